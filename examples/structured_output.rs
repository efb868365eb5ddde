//! A structured output, the answer read into a Rust type:
//! `cargo run -p sdk-examples --example structured_output`.

use openai_client::prelude::*;

#[derive(serde::Deserialize, schemars::JsonSchema)]
struct CalendarEvent {
    name: String,
    date: String,
    participants: Vec<String>,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;
    let prompt = "Alice and Bob are going to a science fair on Friday.";
    let request = types::CreateChatCompletionRequest::new("gpt-4o-mini", [prompt]);
    let completion = client.chat().completions().parse(&request).await?;
    let event: &CalendarEvent = completion.parsed().ok_or("the model refused")?;
    println!("{} on {}: {:?}", event.name, event.date, event.participants);
    Ok(())
}
