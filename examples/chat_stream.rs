//! A chat completion printed as it streams:
//! `cargo run -p sdk-examples --example chat_stream`.

use openai_client::prelude::*;

#[tokio::main]
async fn main() -> Result<(), Error> {
    let client = Client::from_env()?;
    let request = types::CreateChatCompletionRequest::new("gpt-4o-mini", ["Count to five."]);
    let mut stream = client.chat().completions().create_stream(&request).await?;
    while let Some(chunk) = stream.next().await {
        print!("{}", chunk?.output_text());
    }
    Ok(())
}
