//! A chat completion: `cargo run -p sdk-examples --example chat`.

use openai_client::prelude::*;

#[tokio::main]
async fn main() -> Result<(), Error> {
    let client = Client::from_env()?;
    let request = types::CreateChatCompletionRequest::new("gpt-4o-mini", ["Write a haiku."]);
    let completion = client.chat().completions().create(&request).await?;
    println!("{}", completion.output_text());
    Ok(())
}
