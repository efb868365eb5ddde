//! Amazon Bedrock: the same client, routed with one line. Bearer tokens
//! (`AWS_BEARER_TOKEN_BEDROCK`) or AWS SigV4 (static keys, a profile, or the
//! default credential chain), Responses and chat, streamed or not.
//!
//! `AWS_REGION=us-west-2 BEDROCK_MODEL=openai.gpt-oss-120b cargo run -p sdk-examples --example bedrock`

use futures_util::StreamExt;
use openai_client::providers::bedrock::Bedrock;
use openai_client::{Client, types};

#[tokio::main]
async fn main() -> Result<(), openai_client::Error> {
    let model = std::env::var("BEDROCK_MODEL").unwrap_or_else(|_| "openai.gpt-oss-120b".into());
    // Picks a bearer token when AWS_BEARER_TOKEN_BEDROCK is set, else SigV4
    // with the default AWS credential chain. `.bearer_token(..)`,
    // `.aws_credentials(..)` or `.profile(..)` choose explicitly.
    let provider = Bedrock::builder().build().await?;
    println!(
        "Bedrock at {} with {}",
        provider.region().unwrap_or("?"),
        provider.auth_mode()
    );
    let client = Client::builder().provider(provider).build()?;

    let request = types::CreateResponse::new(model.as_str(), "Say hi.").store(false);
    let response = client.responses().create(&request).await?;
    println!("responses: {}", response.id);

    let chat = types::CreateChatCompletionRequest::new(model.as_str(), ["Say hi."]);
    let mut stream = client
        .chat()
        .completions()
        .create_stream(&chat)
        .await?
        .into_inner();
    while let Some(chunk) = stream.next().await {
        for choice in &chunk?.choices {
            print!("{}", choice.delta.content.as_deref().unwrap_or(""));
        }
    }
    println!();
    Ok(())
}
