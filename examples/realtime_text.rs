//! A text conversation over the Realtime WebSocket:
//! `cargo run -p sdk-examples --example realtime_text`.
//!
//! Connects with the client's credentials (`OPENAI_API_KEY`), asks two
//! questions and prints the answers as they stream in. The connection
//! reconnects by itself if it drops; the callback below reports it.

use openai_client::runtime::websocket::{ReconnectDecision, WebSocketOptions};
use openai_client::{Client, types};
use std::time::Duration;

/// A user message, as a `conversation.item.create` event.
fn user_message(text: &str) -> types::RealtimeClientEvent {
    let content = types::RealtimeConversationItemMessageUserContentItem::new()
        .type_(types::RealtimeConversationItemMessageUserContentItemType::InputText)
        .text(text);
    types::RealtimeClientEventConversationItemCreate::new(
        types::RealtimeConversationItemMessageUser::new([content]),
    )
    .into()
}

/// A `response.create` event asking for text only.
fn text_response() -> types::RealtimeClientEvent {
    let params = types::RealtimeResponseCreateParams::new()
        .output_modalities([types::ChatCompletionModality::Text]);
    types::RealtimeClientEventResponseCreate::new()
        .response(params)
        .into()
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;
    let mut connection = client
        .realtime()
        .connect("gpt-realtime")
        .options(WebSocketOptions::new().handshake_timeout(Duration::from_secs(15)))
        .on_reconnect(|context| {
            eprintln!(
                "reconnecting (attempt {}) after: {}",
                context.attempt(),
                context.cause()
            );
            ReconnectDecision::Continue
        })
        .await?;

    for question in ["What is Rust, in one sentence?", "And a WebSocket?"] {
        println!("> {question}");
        connection.send(&user_message(question))?;
        connection.send(&text_response())?;
        while let Some(event) = connection.recv().await {
            match event? {
                types::RealtimeServerEvent::SessionCreated(created) => {
                    println!("(session {:?})", created.event_id);
                }
                types::RealtimeServerEvent::ResponseOutputTextDelta(delta) => {
                    print!("{}", delta.delta);
                }
                types::RealtimeServerEvent::ResponseDone(_) => {
                    println!();
                    break;
                }
                types::RealtimeServerEvent::ErrorType(error) => {
                    return Err(format!("the server reported: {:?}", error.error).into());
                }
                _ => {}
            }
        }
    }
    connection.close().await?;
    Ok(())
}
