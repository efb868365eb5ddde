//! A chat completion: `cargo run -p sdk-examples --example chat`.

use openai_client::{Client, types};

#[tokio::main]
async fn main() -> Result<(), openai_client::Error> {
    let client = Client::from_env()?;
    let request = types::CreateChatCompletionRequest::new(
        [types::ChatCompletionRequestUserMessage::new("Write a haiku about Rust.").into()],
        "gpt-4o-mini",
    )
    .max_completion_tokens(100);
    let completion = client.chat().completions().create(&request).await?;
    for choice in &completion.choices {
        println!(
            "{}",
            choice.message.content.as_deref().unwrap_or("(no text)")
        );
    }
    println!("request id: {:?}", completion.request_id());
    Ok(())
}
