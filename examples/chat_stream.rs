//! A streamed chat completion printed token by token, and the final
//! completion rebuilt from the chunks.

use futures_util::StreamExt;
use openai_client::extras::streaming::ChatCompletionAccumulator;
use openai_client::{Client, types};
use std::io::Write;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;
    let request = types::CreateChatCompletionRequest::new(
        [types::ChatCompletionRequestUserMessage::new("Count to five.").into()],
        "gpt-4o-mini",
    );
    let mut chunks = client
        .chat()
        .completions()
        .create_stream(&request)
        .await?
        .into_inner();
    let mut all = ChatCompletionAccumulator::new();
    while let Some(chunk) = chunks.next().await {
        let chunk = chunk?;
        for choice in &chunk.choices {
            print!("{}", choice.delta.content.as_deref().unwrap_or(""));
        }
        std::io::stdout().flush()?;
        all.push(&chunk);
    }
    println!();
    let completion = all.completion()?;
    println!("{} chunks, final id {}", all.chunks(), completion.id);
    Ok(())
}
