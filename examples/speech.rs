//! Text to speech, saved to a file (a binary response).

use openai_client::{Client, types};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;
    let request = types::CreateSpeechRequest::new("gpt-4o-mini-tts", "Hello from Rust!", "alloy");
    let audio = client.audio().speech().create(&request).await?;
    let path = std::env::temp_dir().join("speech.mp3");
    tokio::fs::write(&path, audio.as_ref()).await?;
    println!("wrote {} bytes to {}", audio.len(), path.display());
    Ok(())
}
