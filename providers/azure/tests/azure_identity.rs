//! Azure OpenAI with `azure_identity` credentials (feature
//! `azure-identity`), against a local server: the token's scope, the
//! bearer header, caching until shortly before expiry, errors and refusals.
#![cfg(feature = "identity")]

use azure_core::credentials::{AccessToken, TokenCredential, TokenRequestOptions};
use azure_core::time::{Duration, OffsetDateTime};
use mock_http::{MockServer, Recorded, Reply};
use sdk_provider_azure::Azure;
use sdk_provider_azure::entra::COGNITIVE_SERVICES_SCOPE;
use sdk_runtime::{Client, Environment, Method, RequestSpec};
use serde_json::Value;
use std::sync::{Arc, Mutex};

/// A credential that hands out `token-0`, `token-1`, … each valid for
/// `lifetime`, and records the scopes it was asked for.
#[derive(Debug)]
struct Fake {
    lifetime: Duration,
    scopes: Mutex<Vec<String>>,
    fail: bool,
}

impl Fake {
    fn new(lifetime: Duration) -> Arc<Self> {
        Arc::new(Self {
            lifetime,
            scopes: Mutex::default(),
            fail: false,
        })
    }
    fn calls(&self) -> usize {
        self.scopes.lock().unwrap().len()
    }
}

#[async_trait::async_trait]
impl TokenCredential for Fake {
    async fn get_token(
        &self,
        scopes: &[&str],
        _: Option<TokenRequestOptions<'_>>,
    ) -> azure_core::Result<AccessToken> {
        let mut seen = self.scopes.lock().unwrap();
        seen.push(scopes.join(" "));
        if self.fail {
            return Err(azure_core::Error::with_message(
                azure_core::error::ErrorKind::Credential,
                "the CLI is not logged in",
            ));
        }
        Ok(AccessToken::new(
            format!("token-{}", seen.len() - 1),
            OffsetDateTime::now_utc() + self.lifetime,
        ))
    }
}

async fn three_requests(credential: Arc<Fake>, scope: Option<&str>) -> Vec<String> {
    let server = MockServer::start(|_: &Recorded| Reply::json(200, "{}")).await;
    let mut builder = Azure::builder()
        .endpoint(server.url())
        .environment(Environment::empty())
        .api_version("2024-10-21")
        .token_credential(credential);
    if let Some(scope) = scope {
        builder = builder.token_scope(scope);
    }
    let provider = builder.build().expect("provider");
    assert_eq!(provider.auth_mode(), "token-credential");
    let client = Client::builder("https://api.openai.com/v1")
        .environment(Environment::empty())
        .provider(provider)
        .build()
        .expect("client");
    for _ in 0..3 {
        client
            .request::<Value>(RequestSpec::new(Method::GET, "/models"))
            .await
            .expect("ok");
    }
    server
        .requests()
        .iter()
        .map(|r| r.header("authorization").unwrap_or_default().to_owned())
        .collect()
}

#[tokio::test]
async fn a_token_is_asked_for_the_cognitive_services_scope_and_cached() {
    let credential = Fake::new(Duration::hours(1));
    let sent = three_requests(Arc::clone(&credential), None).await;
    assert_eq!(sent, ["Bearer token-0"; 3]);
    assert_eq!(credential.calls(), 1);
    assert_eq!(
        *credential.scopes.lock().unwrap(),
        ["https://cognitiveservices.azure.com/.default"]
    );
    assert_eq!(
        COGNITIVE_SERVICES_SCOPE,
        "https://cognitiveservices.azure.com/.default"
    );
}

#[tokio::test]
async fn a_token_about_to_expire_is_fetched_again() {
    // Inside the cache's refresh window (a minute before expiry).
    let credential = Fake::new(Duration::seconds(20));
    let sent = three_requests(Arc::clone(&credential), Some("api://custom/.default")).await;
    assert_eq!(sent, ["Bearer token-0", "Bearer token-1", "Bearer token-2"]);
    assert_eq!(
        credential.scopes.lock().unwrap()[0],
        "api://custom/.default"
    );
}

#[tokio::test]
async fn a_credential_that_fails_is_an_auth_error_and_nothing_is_sent() {
    let server = MockServer::start(|_: &Recorded| Reply::json(200, "{}")).await;
    let credential = Arc::new(Fake {
        lifetime: Duration::hours(1),
        scopes: Mutex::default(),
        fail: true,
    });
    let provider = Azure::builder()
        .endpoint(server.url())
        .environment(Environment::empty())
        .api_version("2024-10-21")
        .token_credential(credential)
        .build()
        .expect("provider");
    let client = Client::builder("https://api.openai.com/v1")
        .environment(Environment::empty())
        .provider(provider)
        .build()
        .expect("client");
    let error = client
        .request::<Value>(RequestSpec::new(Method::GET, "/models"))
        .await
        .expect_err("no token");
    assert!(matches!(error, sdk_runtime::Error::Auth { .. }), "{error}");
    assert!(
        error
            .to_string()
            .contains("Microsoft Entra ID gave no token"),
        "{error}"
    );
    // The credential's own error is in the chain of causes.
    let mut causes = Vec::new();
    let mut cause = std::error::Error::source(&error);
    while let Some(c) = cause {
        causes.push(c.to_string());
        cause = c.source();
    }
    assert!(
        causes.iter().any(|c| c.contains("not logged in")),
        "{causes:?}"
    );
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn a_credential_next_to_another_is_refused() {
    let error = Azure::builder()
        .endpoint("https://r.openai.azure.com")
        .environment(Environment::empty())
        .api_version("2024-10-21")
        .api_key("key")
        .default_credential()
        .build()
        .expect_err("two credentials");
    assert!(
        error
            .to_string()
            .contains("api_key and token_credential or default_credential"),
        "{error}"
    );
    // The default chain builds without contacting anything.
    let provider = Azure::builder()
        .endpoint("https://r.openai.azure.com")
        .environment(Environment::empty())
        .api_version("2024-10-21")
        .default_credential()
        .build()
        .expect("provider");
    assert_eq!(provider.auth_mode(), "default-credential");
}
