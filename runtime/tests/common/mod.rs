//! What the transport tests share: a request-head reader, a test PKI with
//! TLS servers on 127.0.0.1, and a forward proxy that relays both plain
//! requests (absolute form) and `CONNECT` tunnels, recording what it saw.
#![allow(dead_code)] // Each test file uses a part.

use rcgen::{BasicConstraints, CertificateParams, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use std::future::Future;
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::server::TlsStream;

/// Reads a request head (through the blank line) and what followed it.
pub async fn read_head(stream: &mut (impl AsyncReadExt + Unpin)) -> Option<(String, Vec<u8>)> {
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

/// A CA, a server certificate for 127.0.0.1 and a client certificate, all
/// made for this test.
pub struct Pki {
    pub ca: CertificateDer<'static>,
    pub server: (CertificateDer<'static>, PrivateKeyDer<'static>),
    pub client: (CertificateDer<'static>, PrivateKeyDer<'static>),
}

pub fn pki() -> Pki {
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
pub async fn start_mtls_server(pki: &Pki) -> String {
    start_tls_server(pki, true).await
}

/// A TLS server on 127.0.0.1 whose certificate the CA signed, asking for a
/// client certificate when `mutual`; it answers each request with how many
/// certificates the client presented.
pub async fn start_tls_server(pki: &Pki, mutual: bool) -> String {
    serve_tls(pki, mutual, |mut tls| async move {
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
    })
    .await
}

/// A TLS listener on 127.0.0.1 with the CA's server certificate (asking for
/// a client certificate when `mutual`) that hands each accepted connection
/// to `serve`; returns its `https` base URL.
pub async fn serve_tls<F, Fut>(pki: &Pki, mutual: bool, serve: F) -> String
where
    F: Fn(TlsStream<TcpStream>) -> Fut + Clone + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let mut roots = rustls::RootCertStore::empty();
    roots.add(pki.ca.clone()).expect("root");
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ServerConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .expect("versions");
    let builder = if mutual {
        let verifier =
            rustls::server::WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider)
                .build()
                .expect("verifier");
        builder.with_client_cert_verifier(verifier)
    } else {
        builder.with_no_client_auth()
    };
    let config = builder
        .with_single_cert(vec![pki.server.0.clone()], pki.server.1.clone_key())
        .expect("server config");
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("https://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let (acceptor, serve) = (acceptor.clone(), serve.clone());
            tokio::spawn(async move {
                if let Ok(tls) = acceptor.accept(tcp).await {
                    serve(tls).await;
                }
            });
        }
    });
    url
}

/// A rustls client setup that trusts the test CA, with the client
/// certificate when `with_certificate`.
pub fn trusting(pki: &Pki, with_certificate: bool) -> rustls::ClientConfig {
    let mut roots = rustls::RootCertStore::empty();
    roots.add(pki.ca.clone()).expect("root");
    let builder = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .expect("versions")
    .with_root_certificates(roots);
    if with_certificate {
        builder
            .with_client_auth_cert(vec![pki.client.0.clone()], pki.client.1.clone_key())
            .expect("client certificate")
    } else {
        builder.with_no_client_auth()
    }
}

/// What a proxy saw: the first line of each request, and its
/// `Proxy-Authorization` header.
#[derive(Default)]
pub struct ProxyLog {
    pub lines: Vec<String>,
    pub authorizations: Vec<Option<String>>,
}

/// A forward proxy on 127.0.0.1: relays `CONNECT host:port` tunnels, and
/// plain requests in absolute form (rewritten to origin form).
pub async fn start_proxy() -> (String, Arc<Mutex<ProxyLog>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    let seen = Arc::new(Mutex::new(ProxyLog::default()));
    let log = Arc::clone(&seen);
    tokio::spawn(async move {
        while let Ok((downstream, _)) = listener.accept().await {
            tokio::spawn(relay(downstream, Arc::clone(&log)));
        }
    });
    (url, seen)
}

async fn relay(mut downstream: TcpStream, log: Arc<Mutex<ProxyLog>>) {
    let Some((head, rest)) = read_head(&mut downstream).await else {
        return;
    };
    let line = head.lines().next().unwrap_or_default().to_owned();
    let authorization = head.lines().find_map(|l| {
        let (name, value) = l.split_once(':')?;
        name.eq_ignore_ascii_case("proxy-authorization")
            .then(|| value.trim().to_owned())
    });
    {
        let mut log = log.lock().expect("log");
        log.lines.push(line.clone());
        log.authorizations.push(authorization);
    }
    let mut parts = line.splitn(3, ' ');
    let (method, target, version) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    );
    if method == "CONNECT" {
        let Ok(mut upstream) = TcpStream::connect(target).await else {
            return;
        };
        let ok = b"HTTP/1.1 200 Connection established\r\n\r\n";
        if downstream.write_all(ok).await.is_err() || upstream.write_all(&rest).await.is_err() {
            return;
        }
        let _ = tokio::io::copy_bidirectional(&mut downstream, &mut upstream).await;
        return;
    }
    // `GET http://host:port/path HTTP/1.1` -> origin form.
    let Ok(url) = target.parse::<http::Uri>() else {
        return;
    };
    let authority = format!(
        "{}:{}",
        url.host().unwrap_or_default(),
        url.port_u16().unwrap_or(80)
    );
    let Ok(mut upstream) = TcpStream::connect(authority).await else {
        return;
    };
    let path = url.path_and_query().map_or("/", |p| p.as_str());
    let rewritten = head.replacen(&line, &format!("{method} {path} {version}"), 1);
    if upstream.write_all(rewritten.as_bytes()).await.is_err()
        || upstream.write_all(&rest).await.is_err()
    {
        return;
    }
    let _ = tokio::io::copy_bidirectional(&mut downstream, &mut upstream).await;
}
