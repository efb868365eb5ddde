//! WebSocket handshakes through the Azure OpenAI provider, against a local
//! WebSocket server: the URL (`wss` from the endpoint, `api-version`, the
//! Realtime deployment in the query), and the credential of each kind, asked
//! again when the connection is opened again.
#![cfg(feature = "websocket")]

use mock_http::ws::{Session, WsServer};
use sdk_provider_azure::{Azure, AzureBuilder};
use sdk_runtime::identity::{Identity, resolver_fn};
use sdk_runtime::websocket::{ReconnectPolicy, WebSocketOptions};
use sdk_runtime::{Client, Environment, SecretString};
use serde_json::Value;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

const VERSION: &str = "2025-04-01-preview";

fn client(provider: Azure) -> Client {
    Client::builder("https://api.openai.com/v1")
        .environment(Environment::empty())
        .provider(provider)
        .build()
        .expect("client")
}

/// A classic-layout provider for the server's endpoint, read from no
/// environment.
fn classic(server: &WsServer) -> AzureBuilder {
    Azure::builder()
        .endpoint(server.url())
        .environment(Environment::empty())
        .api_version(VERSION)
}

fn options() -> WebSocketOptions {
    WebSocketOptions::new().reconnect(
        ReconnectPolicy::default()
            .initial_delay(Duration::from_millis(5))
            .max_delay(Duration::from_millis(20)),
    )
}

/// Sends one event and waits for the client to go.
async fn hello(mut session: Session) {
    session.send_text(r#"{"type":"session.created"}"#).await;
    session.next_text().await;
}

#[tokio::test]
async fn classic_layout_names_the_realtime_deployment_and_sends_the_api_key() {
    let server = WsServer::start(hello).await;
    let provider = classic(&server)
        .api_key("azure-ws-key")
        .build()
        .expect("provider");
    let client = client(provider);
    let mut realtime = client
        .websocket::<Value, Value>("/realtime")
        .query("model", "gpt-rt")
        .options(options())
        .await
        .expect("connect");
    assert_eq!(
        realtime.recv().await.unwrap().unwrap()["type"],
        "session.created"
    );
    realtime.close().await.unwrap();
    let responses = client
        .websocket::<Value, Value>("/responses")
        .options(options())
        .await
        .expect("connect");
    responses.close().await.unwrap();

    let handshakes = server.handshakes();
    assert_eq!(handshakes[0].path(), "/openai/realtime");
    assert_eq!(
        handshakes[0].query(),
        [
            ("deployment".to_owned(), "gpt-rt".to_owned()),
            ("api-version".to_owned(), VERSION.to_owned())
        ]
    );
    assert_eq!(handshakes[0].header("api-key"), Some("azure-ws-key"));
    assert_eq!(handshakes[0].header("authorization"), None);
    assert_eq!(
        handshakes[1].uri,
        format!("/openai/responses?api-version={VERSION}")
    );
    assert_eq!(handshakes[1].header("api-key"), Some("azure-ws-key"));
}

#[tokio::test]
async fn a_fixed_deployment_wins_over_the_model() {
    let server = WsServer::start(hello).await;
    let provider = classic(&server)
        .deployment("prod-realtime")
        .ad_token("entra-static")
        .build()
        .expect("provider");
    let connection = client(provider)
        .websocket::<Value, Value>("/realtime")
        .query("model", "gpt-rt")
        .options(options())
        .await
        .expect("connect");
    connection.close().await.unwrap();
    let handshake = &server.handshakes()[0];
    assert_eq!(
        handshake.query_value("deployment").as_deref(),
        Some("prod-realtime")
    );
    assert_eq!(handshake.query_value("model"), None);
    assert_eq!(
        handshake.header("authorization"),
        Some("Bearer entra-static")
    );
}

#[tokio::test]
async fn v1_layout_keeps_the_model_and_asks_the_token_provider_on_every_handshake() {
    // The first session vanishes, so the client opens a second one.
    let server = WsServer::start(|session: Session| async move {
        if session.index == 0 {
            drop(session);
        } else {
            hello(session).await;
        }
    })
    .await;
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&calls);
    let provider = Azure::builder()
        .endpoint(server.url())
        .environment(Environment::empty())
        .v1()
        .ad_token_provider(resolver_fn(move || {
            let n = counter.fetch_add(1, Ordering::SeqCst);
            async move {
                Ok(Identity::new(
                    SecretString::from(format!("token-{n}")),
                    None,
                ))
            }
        }))
        .build()
        .expect("provider");
    let mut connection = client(provider)
        .websocket::<Value, Value>("/realtime")
        .query("model", "gpt-rt")
        .options(options())
        .await
        .expect("connect");
    assert_eq!(
        connection.recv().await.unwrap().unwrap()["type"],
        "session.created"
    );
    assert_eq!(connection.reconnects(), 1);
    connection.close().await.unwrap();
    let handshakes = server.handshakes();
    assert_eq!(handshakes[0].uri, "/openai/v1/realtime?model=gpt-rt");
    assert_eq!(
        handshakes[0].header("authorization"),
        Some("Bearer token-0")
    );
    assert_eq!(
        handshakes[1].header("authorization"),
        Some("Bearer token-1")
    );
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn the_classic_realtime_socket_needs_a_deployment() {
    let server = WsServer::start(hello).await;
    let provider = classic(&server)
        .api_key("azure-ws-key")
        .build()
        .expect("provider");
    let error = client(provider)
        .websocket::<Value, Value>("/realtime")
        .options(options())
        .await
        .expect_err("no deployment");
    assert!(error.to_string().contains("needs a deployment"), "{error}");
    assert!(!format!("{error:?}").contains("azure-ws-key"));
    assert_eq!(server.connections(), 0);
}
