//! The Responses API: create, then stream with the text as it arrives.

use futures_util::StreamExt;
use openai_client::helpers::streaming::ResponseAccumulator;
use openai_client::{Client, types};

#[tokio::main]
async fn main() -> Result<(), openai_client::Error> {
    let client = Client::from_env()?;
    let request = types::CreateResponse::new()
        .model("gpt-4o-mini")
        .input("Say hello in French.");
    let response = client.responses().create(&request).await?;
    println!("{} is {:?}", response.id, response.status);

    let mut events = client
        .responses()
        .create_stream(&request)
        .await?
        .into_inner();
    let mut acc = ResponseAccumulator::new();
    while let Some(event) = events.next().await {
        acc.push(&event?);
    }
    println!("streamed {} events: {:?}", acc.events(), acc.output_text());
    if let Some(done) = acc.response() {
        println!("final response {}", done.id);
    }
    Ok(())
}
