//! A custom `Authenticator`: an Azure-style `api-key` header instead of the
//! bearer token. It runs on every attempt and sees the final request.

use openai_client::runtime::auth::{Authenticator, BoxFuture, OutgoingRequest};
use openai_client::runtime::{Error, SecretString};
use openai_client::{Client, types};

struct ApiKeyHeader(SecretString);

impl Authenticator for ApiKeyHeader {
    fn authenticate<'a>(
        &'a self,
        request: &'a mut OutgoingRequest,
    ) -> BoxFuture<'a, Result<(), Error>> {
        let result = http::HeaderValue::from_str(self.0.expose())
            .map(|mut value| {
                value.set_sensitive(true);
                request.headers_mut().insert("api-key", value);
            })
            .map_err(|_| Error::auth("the key is not valid header text"));
        Box::pin(async move { result })
    }
}

#[tokio::main]
async fn main() -> Result<(), openai_client::Error> {
    let key = std::env::var("AZURE_OPENAI_API_KEY")
        .or_else(|_| std::env::var("OPENAI_API_KEY"))
        .unwrap_or_default();
    let client = Client::builder()
        .authenticator(ApiKeyHeader(SecretString::new(key)))
        .build()?;
    let models = client.models().list().await?;
    println!("{} models", models.data.len());
    let request = types::CreateResponse::new("gpt-4o-mini", "ping");
    let response = client.responses().create(&request).await?;
    println!("{}", response.id);
    Ok(())
}
