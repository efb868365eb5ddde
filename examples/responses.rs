//! A Responses call printing its text:
//! `cargo run -p sdk-examples --example responses`.

use openai_client::prelude::*;

#[tokio::main]
async fn main() -> Result<(), Error> {
    let client = Client::from_env()?;
    let request = types::CreateResponse::new("gpt-4o-mini", "Write a haiku.");
    let response = client.responses().create(&request).await?;
    println!("{}", response.output_text());
    Ok(())
}
