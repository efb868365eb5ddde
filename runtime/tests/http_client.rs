//! A `reqwest::Client` the user configures, passed with `http_client`:
//! through a forward proxy on 127.0.0.1, with a client certificate against a
//! local TLS server that requires one (mutual TLS), and refused when its own
//! redirect policy takes a request to another origin. (The client is
//! built with rustls, the runtime's default TLS.)
#![cfg(all(feature = "rustls", feature = "reqwest"))]

mod common;

use common::{Pki, pki, start_mtls_server, start_proxy, trusting};
use mock_http::{MockServer, Recorded, Reply};
use sdk_runtime::auth::scheme::Bearer;
use sdk_runtime::transport::reqwest;
use sdk_runtime::{Client, Environment, Method, RequestSpec};
use serde_json::Value;

fn install_ring() {
    // reqwest is built without a default crypto provider.
    let _ = rustls::crypto::ring::default_provider().install_default();
}

fn client_with(base: &str, http: reqwest::Client) -> Client {
    Client::builder(base)
        .environment(Environment::empty())
        .authenticator(Bearer::new("sk-proxy-test").expect("token"))
        .http_client(http)
        .build()
        .expect("client")
}

#[tokio::test]
async fn requests_go_through_the_users_proxy() {
    install_ring();
    let origin = MockServer::start(|_: &Recorded| Reply::json(200, r#"{"via":"origin"}"#)).await;
    let (proxy_url, seen) = start_proxy().await;
    let http = reqwest::Client::builder()
        .proxy(reqwest::Proxy::http(&proxy_url).expect("proxy"))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("reqwest client");
    let client = client_with(&origin.url(), http);
    let answer = client
        .request::<Value>(RequestSpec::new(Method::GET, "/v1/models"))
        .await
        .expect("through the proxy");
    assert_eq!(answer["via"], "origin");
    assert_eq!(
        seen.lock().expect("log").lines,
        [format!("GET {}/v1/models HTTP/1.1", origin.url())],
        "the proxy relayed the request"
    );
    let recorded = &origin.requests()[0];
    assert_eq!(recorded.target, "/v1/models");
    assert_eq!(
        recorded.header("authorization"),
        Some("Bearer sk-proxy-test")
    );
}

#[tokio::test]
async fn a_redirect_to_another_origin_is_refused() {
    install_ring();
    let elsewhere = MockServer::start(|_: &Recorded| Reply::json(200, r#"{"stolen":true}"#)).await;
    let target = format!("{}/landing", elsewhere.url());
    let origin = MockServer::start(move |_: &Recorded| {
        Reply::json(302, "{}").with_header("location", &target)
    })
    .await;
    // A client left with reqwest's default policy follows the redirect.
    let client = client_with(&origin.url(), reqwest::Client::new());
    let error = client
        .request::<Value>(RequestSpec::new(Method::GET, "/moved"))
        .await
        .expect_err("refused");
    assert!(error.is_connection(), "{error:?}");
    assert!(error.to_string().contains("another origin"), "{error}");
}

fn tls_client(pki: &Pki, with_certificate: bool) -> reqwest::Client {
    reqwest::Client::builder()
        .tls_backend_preconfigured(trusting(pki, with_certificate))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("reqwest client")
}

#[tokio::test]
async fn mutual_tls_with_a_client_certificate() {
    install_ring();
    let pki = pki();
    let url = start_mtls_server(&pki).await;

    let client = client_with(&url, tls_client(&pki, true));
    let answer = client
        .request::<Value>(RequestSpec::new(Method::GET, "/v1/models"))
        .await
        .expect("the server accepts the client certificate");
    assert_eq!(answer["client_certificates"], 1);

    // Without the certificate, the server ends the handshake.
    let client = client_with(&url, tls_client(&pki, false));
    let error = client
        .request::<Value>(RequestSpec::new(Method::GET, "/v1/models"))
        .max_retries(0)
        .await
        .expect_err("refused without a certificate");
    assert!(error.is_connection(), "{error:?}");
}
