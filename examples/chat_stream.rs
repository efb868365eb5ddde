//! A streamed chat completion printed as it arrives, read through the
//! high-level events, then the final completion.

use openai_client::helpers::stream_events::{ChatEvents, ChatStreamEvent};
use openai_client::{Client, types};
use std::io::Write;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;
    let request = types::CreateChatCompletionRequest::new(
        [types::ChatCompletionRequestUserMessage::new("Count to five.").into()],
        "gpt-4o-mini",
    );
    let stream = client.chat().completions().create_stream(&request).await?;
    let mut events = ChatEvents::new(stream.into_inner());
    while let Some(event) = events.next_event().await {
        match event? {
            ChatStreamEvent::ContentDelta { delta, .. } => print!("{delta}"),
            ChatStreamEvent::RefusalDone { refusal, .. } => print!("(refused: {refusal})"),
            _ => {}
        }
        std::io::stdout().flush()?;
    }
    println!();
    let completion = events.final_completion().await?;
    println!("final completion {}", completion.id);
    Ok(())
}
