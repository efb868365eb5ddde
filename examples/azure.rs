//! Azure OpenAI, with an API key and with a Microsoft Entra ID token:
//! `cargo run -p sdk-examples --example azure`.
//!
//! Reads `AZURE_OPENAI_ENDPOINT` and `OPENAI_API_VERSION`; the key comes
//! from `AZURE_OPENAI_API_KEY` and the token from `AZURE_OPENAI_AD_TOKEN`
//! (in a real program, a token provider such as the `azure-identity`
//! feature's credential chain). The deployment is the request's `model`.

use openai_client::providers::azure::Azure;
use openai_client::runtime::SecretString;
use openai_client::runtime::identity::{Identity, resolver_fn};
use openai_client::{Client, types};

fn variable(name: &str) -> Result<String, String> {
    std::env::var(name).map_err(|_| format!("set {name}"))
}

async fn ask(client: &Client, how: &str) -> Result<(), openai_client::Error> {
    let request = types::CreateChatCompletionRequest::new("gpt-4o-mini", ["Say hello."]);
    let completion = client.chat().completions().create(&request).await?;
    println!(
        "{how}: {} ({})",
        completion.choices[0]
            .message
            .content
            .as_deref()
            .unwrap_or("(no text)"),
        completion.model
    );
    Ok(())
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // An API key (sent as `api-key`).
    let with_key = Azure::builder()
        .api_key(variable("AZURE_OPENAI_API_KEY")?)
        .build()?;
    let client = Client::builder().provider(with_key).build()?;
    ask(&client, "API key").await?;

    // A Microsoft Entra ID token, asked for on every attempt (sent as a
    // bearer token).
    let token = variable("AZURE_OPENAI_AD_TOKEN")?;
    let with_token = Azure::builder()
        .ad_token_provider(resolver_fn(move || {
            let token = SecretString::from(token.clone());
            async move { Ok(Identity::new(token, None)) }
        }))
        .build()?;
    let client = Client::builder().provider(with_token).build()?;
    ask(&client, "Entra ID token").await?;
    Ok(())
}
