//! Embeddings of a sentence (asked for in base64, as the official SDKs do,
//! and decoded): `cargo run -p sdk-examples --example embeddings`.

use openai_client::prelude::*;

#[tokio::main]
async fn main() -> Result<(), Error> {
    let client = Client::from_env()?;
    let request = types::CreateEmbeddingRequest::new("text-embedding-3-small", "Delicious food.");
    let response = client.embeddings().create(&request).await?;
    for item in &response.data {
        println!("{:?}", &item.embedding[..item.embedding.len().min(5)]);
    }
    Ok(())
}
