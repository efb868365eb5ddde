//! `wss` against a local TLS WebSocket server: the connection verifies the
//! server's certificate (refused with the platform's roots, accepted with
//! the test CA given as the TLS configuration) and carries typed events.
#![cfg(all(feature = "websocket", feature = "rustls"))]

mod common;

use futures_util::{SinkExt, StreamExt};
use mock_http::ws::tungstenite::Message;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use sdk_runtime::auth::scheme::Bearer;
use sdk_runtime::websocket::WebSocketOptions;
use sdk_runtime::{Client, Environment, Error};
use serde_json::Value;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;

/// A TLS WebSocket server that answers every text message with an echo
/// event; returns its `https` base URL.
async fn start(cert: CertificateDer<'static>, key: PrivateKeyDer<'static>) -> String {
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .expect("versions")
    .with_no_client_auth()
    .with_single_cert(vec![cert], key)
    .expect("server config");
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("https://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let Ok(tls) = acceptor.accept(tcp).await else {
                    return;
                };
                let Ok(mut socket) = tokio_tungstenite::accept_async(tls).await else {
                    return;
                };
                while let Some(Ok(message)) = socket.next().await {
                    if let Message::Text(text) = message {
                        let reply = serde_json::json!({"type": "echo", "got": text.as_str()});
                        let _ = socket.send(Message::text(reply.to_string())).await;
                    }
                }
            });
        }
    });
    url
}

fn client(url: &str) -> Client {
    Client::builder(url)
        .environment(Environment::empty())
        .authenticator(Bearer::new("sk-tls").expect("token"))
        .build()
        .expect("client")
}

#[tokio::test]
async fn wss_verifies_the_server_and_carries_events() {
    let common::Pki {
        ca,
        server: (cert, key),
        ..
    } = common::pki();
    let url = start(cert, key).await;
    let options = WebSocketOptions::new().handshake_timeout(Duration::from_secs(10));

    // The platform's roots do not know the test CA.
    let error = client(&url)
        .websocket::<Value, Value>("/realtime")
        .options(options.clone())
        .await
        .expect_err("unknown CA");
    assert!(matches!(error, Error::Connection { .. }), "{error}");
    assert!(
        error.to_string().contains("TLS handshake failed"),
        "{error}"
    );

    let mut roots = rustls::RootCertStore::empty();
    roots.add(ca).expect("root");
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .expect("versions")
    .with_root_certificates(roots)
    .with_no_client_auth();
    let mut connection = client(&url)
        .websocket::<Value, Value>("/realtime")
        .options(options.tls_config(Arc::new(config)))
        .await
        .expect("connect over TLS");
    connection
        .send(&serde_json::json!({"type": "hello"}))
        .unwrap();
    let event = connection.recv().await.unwrap().unwrap();
    assert_eq!(event["type"], "echo");
    assert_eq!(event["got"], r#"{"type":"hello"}"#);
    connection.close().await.unwrap();
}
