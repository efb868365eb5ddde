//! `wss` against a local TLS WebSocket server: the connection verifies the
//! server's certificate (refused with the platform's roots, accepted with
//! the test CA given as the TLS configuration) and carries typed events.
#![cfg(all(feature = "websocket", feature = "rustls"))]

mod common;

use futures_util::{SinkExt, StreamExt};
use mock_http::ws::tungstenite::Message;
use sdk_runtime::auth::scheme::Bearer;
use sdk_runtime::websocket::WebSocketOptions;
use sdk_runtime::{Client, Environment, Error};
use serde_json::Value;
use std::sync::Arc;
use std::time::Duration;

/// A TLS WebSocket server that answers every text message with an echo
/// event; returns its `https` base URL.
async fn start(pki: &common::Pki) -> String {
    common::serve_tls(pki, false, |tls| async move {
        let Ok(mut socket) = tokio_tungstenite::accept_async(tls).await else {
            return;
        };
        while let Some(Ok(message)) = socket.next().await {
            if let Message::Text(text) = message {
                let reply = serde_json::json!({"type": "echo", "got": text.as_str()});
                let _ = socket.send(Message::text(reply.to_string())).await;
            }
        }
    })
    .await
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
    let pki = common::pki();
    let url = start(&pki).await;
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

    let config = common::trusting(&pki, false);
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
