//! Embeddings of two sentences.

use openai_client::{Client, types};

#[tokio::main]
async fn main() -> Result<(), openai_client::Error> {
    let client = Client::from_env()?;
    let request = types::CreateEmbeddingRequest::new(
        vec!["The cat sat.".to_owned(), "A dog ran.".to_owned()],
        "text-embedding-3-small",
    );
    let embeddings = client.embeddings().create(&request).await?;
    for e in &embeddings.data {
        println!("#{}: {} dimensions", e.index, e.embedding.len());
    }
    Ok(())
}
