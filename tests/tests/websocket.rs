//! The generated client's WebSocket methods against local WebSocket
//! servers that speak the Realtime and Responses protocols: the handshake
//! (URL, bearer, the client's headers; Azure's deployment and
//! `api-version`), typed events both ways, and an unknown event type.

use mock_http::fake_openai;
use mock_http::ws::{Session, WsServer};
use openai_client::providers::azure::Azure;
use openai_client::runtime::Environment;
use openai_client::{Client, types};

fn client(server: &WsServer) -> Client {
    Client::builder()
        .environment(Environment::empty())
        .base_url(format!("{}/v1", server.url()))
        .api_key("sk-realtime-test")
        .organization("org-ws")
        .build()
        .expect("client")
}

fn user_message(text: &str) -> types::RealtimeClientEvent {
    let content = types::RealtimeConversationItemMessageUserContentItem::new()
        .type_(types::RealtimeConversationItemMessageUserContentItemType::InputText)
        .text(text);
    types::RealtimeClientEventConversationItemCreate::new(
        types::RealtimeConversationItemMessageUser::new([content]),
    )
    .into()
}

fn response_create() -> types::RealtimeClientEvent {
    types::RealtimeClientEventResponseCreate::new().into()
}

#[tokio::test]
async fn a_realtime_text_conversation_is_typed_both_ways() {
    let server = WsServer::start(fake_openai::realtime).await;
    let mut connection = client(&server)
        .realtime()
        .connect("gpt-realtime")
        .await
        .expect("connect");
    let handshake = &server.handshakes()[0];
    assert_eq!(handshake.uri, "/v1/realtime?model=gpt-realtime");
    assert_eq!(
        handshake.header("authorization"),
        Some("Bearer sk-realtime-test")
    );
    assert_eq!(handshake.header("openai-organization"), Some("org-ws"));

    match connection.recv().await.unwrap().unwrap() {
        types::RealtimeServerEvent::SessionCreated(event) => assert_eq!(event.event_id, "evt_1"),
        other => panic!("expected session.created, got {other:?}"),
    }
    connection.send(&user_message("hello there")).unwrap();
    connection.send(&response_create()).unwrap();
    let mut text = String::new();
    loop {
        match connection.recv().await.unwrap().unwrap() {
            types::RealtimeServerEvent::ConversationItemAdded(_)
            | types::RealtimeServerEvent::ResponseCreated(_) => {}
            types::RealtimeServerEvent::ResponseOutputTextDelta(delta) => {
                text.push_str(&delta.delta)
            }
            types::RealtimeServerEvent::ResponseOutputTextDone(done) => assert_eq!(done.text, text),
            types::RealtimeServerEvent::ResponseDone(_) => break,
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(text, "You said: hello there");
    connection.close().await.unwrap();
}

#[tokio::test]
async fn an_unknown_server_event_is_the_catch_all_variant() {
    let server = WsServer::start(|mut s: Session| async move {
        s.send_text(r#"{"type":"conversation.teleported","event_id":"e9","where":"mars"}"#)
            .await;
        s.next_text().await;
    })
    .await;
    let mut connection = client(&server)
        .realtime()
        .connect("gpt-realtime")
        .await
        .unwrap();
    match connection.recv().await.unwrap().unwrap() {
        types::RealtimeServerEvent::Unknown(value) => {
            assert_eq!(value["type"], "conversation.teleported");
            assert_eq!(value["where"], "mars");
        }
        other => panic!("expected the catch-all, got {other:?}"),
    }
}

#[tokio::test]
async fn the_responses_socket_streams_typed_events() {
    let server = WsServer::start(fake_openai::responses).await;
    let mut connection = client(&server)
        .responses()
        .connect()
        .await
        .expect("connect");
    assert_eq!(server.handshakes()[0].uri, "/v1/responses");
    let request = types::ResponsesClientEvent::new()
        .model("gpt-4o-mini")
        .input("ping")
        .stream_id("lane-1");
    connection.send(&request).unwrap();
    let mut text = String::new();
    loop {
        match connection.recv().await.unwrap().unwrap() {
            types::ResponsesServerEvent::ResponseCreated(created) => {
                assert_eq!(created.stream_id.as_deref(), Some("lane-1"));
            }
            types::ResponsesServerEvent::ResponseOutputTextDelta(delta) => {
                text.push_str(&delta.delta)
            }
            types::ResponsesServerEvent::ResponseOutputTextDone(done) => {
                assert_eq!(done.text, text)
            }
            types::ResponsesServerEvent::ResponseCompleted(done) => {
                assert_eq!(done.response.id, "resp_ws_1");
                break;
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(text, "You said: ping");
}

#[tokio::test]
async fn an_azure_client_opens_the_realtime_socket_of_its_deployment() {
    let server = WsServer::start(fake_openai::realtime).await;
    let provider = Azure::builder()
        .endpoint(server.url())
        .environment(Environment::empty())
        .api_version("2025-04-01-preview")
        .api_key("azure-realtime-key")
        .build()
        .expect("provider");
    let client = Client::builder()
        .environment(Environment::empty())
        .provider(provider)
        .build()
        .expect("client");
    let mut connection = client
        .realtime()
        .connect("gpt-rt-deployment")
        .await
        .expect("connect");
    assert!(matches!(
        connection.recv().await.unwrap().unwrap(),
        types::RealtimeServerEvent::SessionCreated(_)
    ));
    let handshake = &server.handshakes()[0];
    assert_eq!(handshake.path(), "/openai/realtime");
    assert_eq!(
        handshake.query_value("deployment").as_deref(),
        Some("gpt-rt-deployment")
    );
    assert_eq!(
        handshake.query_value("api-version").as_deref(),
        Some("2025-04-01-preview")
    );
    assert_eq!(handshake.header("api-key"), Some("azure-realtime-key"));
}
