//! A vector store filled with `upload_and_poll`: the file is uploaded, added
//! to the store, and awaited until its ingestion has ended (at the pace the
//! API asks for with `openai-poll-after-ms`).
//! `cargo run -p sdk-examples --example vector_store`.

use openai_client::prelude::*;
use openai_client::runtime::multipart::FilePart;
use openai_client::runtime::poll::PollOptions;
use openai_client::{Client, types};
use std::time::Duration;

#[tokio::main]
async fn main() -> Result<(), openai_client::Error> {
    let client = Client::from_env()?;
    let store = client
        .vector_stores()
        .create(&types::CreateVectorStoreRequest::new().name("handbook"))
        .await?;
    let file = FilePart::from_bytes(
        "handbook.md",
        b"# Handbook\n\nThe office opens at nine.".to_vec(),
    );
    let options = PollOptions::new()
        .interval(Duration::from_millis(500))
        .timeout(Some(Duration::from_secs(120)));
    let ingested = client
        .vector_stores()
        .files()
        .upload_and_poll(&store.id, file, options)
        .await?;
    println!("{} in {}: {:?}", ingested.id, store.id, ingested.status);
    Ok(())
}
