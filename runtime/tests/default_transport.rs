//! The runtime's own transport (`HyperTransport`) against real servers on
//! 127.0.0.1: the proxies the environment names (a plain request in
//! absolute form with the proxy's credentials, a `CONNECT` tunnel with TLS
//! on top, `NO_PROXY`), a TLS setup of the user's (a private CA, mutual
//! TLS), and a `303` answered with a `GET`.
#![cfg(feature = "rustls")]

mod common;

use common::{pki, start_proxy, start_tls_server, trusting};
use mock_http::{MockServer, Recorded, Reply};
use sdk_runtime::auth::scheme::Bearer;
use sdk_runtime::{Body, Client, ClientBuilder, Environment, Method, RequestSpec};
use serde_json::Value;

fn builder(base: &str, env: &[(&str, &str)]) -> ClientBuilder {
    Client::builder(base)
        .environment(Environment::from_map(env.iter().copied()))
        .authenticator(Bearer::new("sk-transport-test").expect("token"))
}

async fn models(client: &Client) -> Result<Value, sdk_runtime::Error> {
    client
        .request::<Value>(RequestSpec::new(Method::GET, "/v1/models"))
        .max_retries(0)
        .await
        .map(sdk_runtime::ApiResponse::into_inner)
}

#[tokio::test]
async fn plain_requests_go_through_http_proxy_with_its_credentials() {
    let origin = MockServer::start(|_: &Recorded| Reply::json(200, r#"{"via":"origin"}"#)).await;
    let (proxy, seen) = start_proxy().await;
    let with_user = proxy.replace("http://", "http://proxy%20user:s3cret@");
    let client = builder(&origin.url(), &[("HTTP_PROXY", with_user.as_str())])
        .build()
        .expect("client");
    let answer = models(&client).await.expect("through the proxy");
    assert_eq!(answer["via"], "origin");
    let log = seen.lock().expect("log");
    assert_eq!(
        log.lines,
        [format!("GET {}/v1/models HTTP/1.1", origin.url())],
        "absolute form, to the proxy"
    );
    // `proxy user:s3cret`, decoded from the URL, in Basic form.
    assert_eq!(
        log.authorizations,
        [Some("Basic cHJveHkgdXNlcjpzM2NyZXQ=".to_owned())]
    );
    let recorded = &origin.requests()[0];
    assert_eq!(recorded.target, "/v1/models");
    assert_eq!(
        recorded.header("authorization"),
        Some("Bearer sk-transport-test")
    );
}

#[tokio::test]
async fn no_proxy_hosts_are_reached_directly() {
    let origin = MockServer::start(|_: &Recorded| Reply::json(200, "{}")).await;
    let (proxy, seen) = start_proxy().await;
    let env = [
        ("http_proxy", proxy.as_str()),
        ("NO_PROXY", "example.com, 127.0.0.1"),
    ];
    let client = builder(&origin.url(), &env).build().expect("client");
    models(&client).await.expect("direct");
    assert!(
        seen.lock().expect("log").lines.is_empty(),
        "the proxy saw nothing"
    );
    assert_eq!(origin.requests().len(), 1);
}

#[tokio::test]
async fn https_goes_through_a_connect_tunnel_to_a_private_ca() {
    let pki = pki();
    let server = start_tls_server(&pki, false).await;
    let (proxy, seen) = start_proxy().await;
    let client = builder(&server, &[("HTTPS_PROXY", proxy.as_str())])
        .tls_config(trusting(&pki, false))
        .build()
        .expect("client");
    let answer = models(&client).await.expect("through the tunnel");
    assert_eq!(answer["client_certificates"], 0);
    let authority = server.trim_start_matches("https://");
    assert_eq!(
        seen.lock().expect("log").lines,
        [format!("CONNECT {authority} HTTP/1.1")]
    );

    // The platform's roots do not know the test CA: refused, not sent.
    let client = builder(&server, &[]).build().expect("client");
    let error = models(&client).await.expect_err("untrusted");
    assert!(error.is_connection(), "{error:?}");
}

#[tokio::test]
async fn mutual_tls_through_the_users_tls_setup() {
    let pki = pki();
    let server = start_tls_server(&pki, true).await;
    let client = builder(&server, &[])
        .tls_config(trusting(&pki, true))
        .build()
        .expect("client");
    let answer = models(&client).await.expect("accepted with a certificate");
    assert_eq!(answer["client_certificates"], 1);

    let client = builder(&server, &[])
        .tls_config(trusting(&pki, false))
        .build()
        .expect("client");
    let error = models(&client).await.expect_err("refused without one");
    assert!(error.is_connection(), "{error:?}");
}

#[tokio::test]
async fn see_other_is_followed_with_a_get_and_no_body() {
    let server = MockServer::start(|r: &Recorded| match r.path() {
        "/v1/uploads" => Reply::Full {
            status: 303,
            headers: vec![("location".into(), "/v1/uploads/u_1".into())],
            body: Vec::new(),
        },
        _ => Reply::json(200, r#"{"id":"u_1"}"#),
    })
    .await;
    let client = builder(&server.url(), &[]).build().expect("client");
    let body = Body::json(&serde_json::json!({"a": 1})).expect("body");
    let answer = client
        .request::<Value>(RequestSpec::new(Method::POST, "/v1/uploads").with_body(body))
        .await
        .expect("followed")
        .into_inner();
    assert_eq!(answer["id"], "u_1");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(
        (requests[0].method.as_str(), requests[0].body.len()),
        ("POST", 7)
    );
    let second = &requests[1];
    assert_eq!(
        (second.method.as_str(), second.target.as_str()),
        ("GET", "/v1/uploads/u_1")
    );
    assert!(second.body.is_empty() && second.header("content-type").is_none());
    assert_eq!(
        second.header("authorization"),
        Some("Bearer sk-transport-test")
    );
}

#[test]
fn a_tls_setup_with_another_transport_is_refused() {
    let pki = pki();
    let other = sdk_runtime::transport::HyperTransport::new("test", true, &Environment::empty())
        .expect("transport");
    let error = builder("https://api.example.com", &[])
        .tls_config(trusting(&pki, false))
        .transport(other)
        .build()
        .expect_err("conflict");
    assert!(error.to_string().contains("tls_config"), "{error}");
}
