//! The Responses API over a persistent WebSocket:
//! `cargo run -p sdk-examples --example responses_websocket`.
//!
//! One socket carries several `response.create` events; each answer
//! streams back as the same events as the SSE stream, on the lane named by
//! its `stream_id`. The second request continues from the first with
//! `previous_response_id`.

use openai_client::{Client, types};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;
    let mut connection = client.responses().connect().await?;

    let mut previous: Option<String> = None;
    for (lane, question) in [
        ("main", "Name a prime number."),
        ("main", "And the next one?"),
    ] {
        let mut request = types::ResponsesClientEvent::new()
            .model("gpt-4o-mini")
            .input(question)
            .stream_id(lane);
        if let Some(id) = &previous {
            request = request.previous_response_id(id.clone());
        }
        println!("> {question}");
        connection.send(&request)?;
        while let Some(event) = connection.recv().await {
            match event? {
                types::ResponsesServerEvent::ResponseOutputTextDelta(delta) => {
                    print!("{}", delta.delta);
                }
                types::ResponsesServerEvent::ResponseCompleted(done) => {
                    println!("\n(response {})", done.response.id);
                    previous = Some(done.response.id);
                    break;
                }
                types::ResponsesServerEvent::ResponseFailed(failed) => {
                    return Err(format!("the response failed: {:?}", failed.response.error).into());
                }
                _ => {}
            }
        }
    }
    connection.close().await?;
    Ok(())
}
