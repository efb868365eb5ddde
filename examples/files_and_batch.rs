//! Upload a JSONL file (multipart) and start a batch with it.

use openai_client::runtime::multipart::FilePart;
use openai_client::{Client, types};

#[tokio::main]
async fn main() -> Result<(), openai_client::Error> {
    let client = Client::from_env()?;
    let line = r#"{"custom_id":"1","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hi"}]}}"#;
    let file = FilePart::from_bytes("requests.jsonl", format!("{line}\n").into_bytes());
    let upload = types::CreateFileRequest::new(file, types::FilePurpose::Batch);
    let uploaded = client.files().create(&upload).await?;
    println!("uploaded {} ({} bytes)", uploaded.id, uploaded.bytes);
    let batch = types::CreateBatchRequest::new(
        uploaded.id.clone(),
        types::CreateBatchRequestEndpoint::V1ChatCompletions,
    );
    let batch = client.batches().create(&batch).await?;
    println!("batch {} is {}", batch.id, batch.status);
    Ok(())
}
