//! A `reqwest::Client` the user configures, passed with `http_client`:
//! through a forward proxy on 127.0.0.1, with a client certificate against a
//! local TLS server that requires one (mutual TLS), and refused when its own
//! redirect policy takes a request to another origin. (The client is
//! built with rustls, the runtime's default TLS.)
#![cfg(feature = "rustls")]

use mock_http::{MockServer, Recorded, Reply};
use rcgen::{BasicConstraints, CertificateParams, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use sdk_runtime::auth::scheme::Bearer;
use sdk_runtime::transport::reqwest;
use sdk_runtime::{Client, Environment, Method, RequestSpec};
use serde_json::Value;
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

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

/// Reads a request head (through the blank line) and what followed it.
async fn read_head(stream: &mut (impl AsyncReadExt + Unpin)) -> Option<(String, Vec<u8>)> {
    let mut buf = Vec::new();
    loop {
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..end + 4]).into_owned();
            return Some((head, buf[end + 4..].to_vec()));
        }
        let mut chunk = [0u8; 4096];
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
}

/// A forward proxy: takes absolute-form requests, records their request
/// lines, and relays each connection to the origin it names.
async fn start_proxy() -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    tokio::spawn(async move {
        while let Ok((mut downstream, _)) = listener.accept().await {
            let log = Arc::clone(&log);
            tokio::spawn(async move {
                let Some((head, rest)) = read_head(&mut downstream).await else {
                    return;
                };
                let line = head.lines().next().unwrap_or_default().to_owned();
                log.lock().expect("log").push(line.clone());
                // `GET http://host:port/path HTTP/1.1` -> origin form.
                let mut parts = line.splitn(3, ' ');
                let (method, target, version) = (
                    parts.next().unwrap_or_default(),
                    parts.next().unwrap_or_default(),
                    parts.next().unwrap_or_default(),
                );
                let Ok(url) = url::Url::parse(target) else {
                    return;
                };
                let authority = format!(
                    "{}:{}",
                    url.host_str().unwrap_or_default(),
                    url.port().unwrap_or(80)
                );
                let Ok(mut upstream) = TcpStream::connect(authority).await else {
                    return;
                };
                let path = &target[url.origin().ascii_serialization().len()..];
                let rewritten = head.replacen(&line, &format!("{method} {path} {version}"), 1);
                if upstream.write_all(rewritten.as_bytes()).await.is_err()
                    || upstream.write_all(&rest).await.is_err()
                {
                    return;
                }
                let _ = tokio::io::copy_bidirectional(&mut downstream, &mut upstream).await;
            });
        }
    });
    (url, seen)
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
        *seen.lock().expect("log"),
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

/// A CA, a server certificate for 127.0.0.1 and a client certificate, all
/// made for this test.
struct Pki {
    ca: CertificateDer<'static>,
    server: (CertificateDer<'static>, PrivateKeyDer<'static>),
    client: (CertificateDer<'static>, PrivateKeyDer<'static>),
}

fn pki() -> Pki {
    let ca_key = KeyPair::generate().expect("ca key");
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).expect("ca params");
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca = ca_params.self_signed(&ca_key).expect("ca");
    let issuer = Issuer::new(ca_params, ca_key);
    let leaf = |name: &str, purpose: ExtendedKeyUsagePurpose| {
        let key = KeyPair::generate().expect("key");
        let mut params = CertificateParams::new(vec![name.to_owned()]).expect("params");
        params.extended_key_usages = vec![purpose];
        let cert = params.signed_by(&key, &issuer).expect("signed");
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
        (cert.der().clone(), key)
    };
    Pki {
        ca: ca.der().clone(),
        server: leaf("127.0.0.1", ExtendedKeyUsagePurpose::ServerAuth),
        client: leaf("sdk-test-client", ExtendedKeyUsagePurpose::ClientAuth),
    }
}

/// A TLS server on 127.0.0.1 that requires a client certificate signed by
/// the CA; it answers each request with how many certificates the client
/// presented.
async fn start_mtls_server(pki: &Pki) -> String {
    let mut roots = rustls::RootCertStore::empty();
    roots.add(pki.ca.clone()).expect("root");
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(
        Arc::new(roots),
        provider.clone(),
    )
    .build()
    .expect("verifier");
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("versions")
        .with_client_cert_verifier(verifier)
        .with_single_cert(vec![pki.server.0.clone()], pki.server.1.clone_key())
        .expect("server config");
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("https://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let Ok(mut tls) = acceptor.accept(tcp).await else {
                    return;
                };
                let presented = tls.get_ref().1.peer_certificates().map_or(0, <[_]>::len);
                while read_head(&mut tls).await.is_some() {
                    let body = format!(r#"{{"client_certificates":{presented}}}"#);
                    let reply = format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                        body.len()
                    );
                    if tls.write_all(reply.as_bytes()).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    url
}

fn tls_client(pki: &Pki, with_certificate: bool) -> reqwest::Client {
    let mut roots = rustls::RootCertStore::empty();
    roots.add(pki.ca.clone()).expect("root");
    let builder = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .expect("versions")
    .with_root_certificates(roots);
    let config = if with_certificate {
        builder
            .with_client_auth_cert(vec![pki.client.0.clone()], pki.client.1.clone_key())
            .expect("client certificate")
    } else {
        builder.with_no_client_auth()
    };
    reqwest::Client::builder()
        .tls_backend_preconfigured(config)
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
