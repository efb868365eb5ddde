//! The generated OpenAI client's authentication, from the spec's security
//! schemes and the `[client]` config: the API key on ordinary operations,
//! the admin key on the admin operations, OpenAI's headers and variables,
//! and the checks around providers.

use mock_http::{MockServer, Recorded, Reply};
use openai_client::Client;
use sdk_runtime::Environment;

const ADMIN_KEY: &str = r#"{"object":"organization.admin_api_key","id":"key_1","name":"k","redacted_value":"sk-admin...","created_at":1,"last_used_at":null,"owner":{"type":"user","object":"organization.user","id":"u","name":"n","created_at":1,"role":"owner"}}"#;
const MODEL: &str = r#"{"id":"gpt-x","object":"model","created":1,"owned_by":"openai"}"#;

async fn server() -> MockServer {
    MockServer::start(|r: &Recorded| {
        if r.path().starts_with("/organization/") {
            Reply::json(200, ADMIN_KEY)
        } else {
            Reply::json(200, MODEL)
        }
    })
    .await
}

#[tokio::test]
async fn admin_operations_use_the_admin_key_and_others_the_api_key() {
    let server = server().await;
    let client = Client::builder()
        .environment(Environment::from_map([
            ("OPENAI_API_KEY", "sk-normal"),
            ("OPENAI_ADMIN_KEY", "sk-admin"),
            ("OPENAI_BASE_URL", server.url().as_str()),
            ("OPENAI_ORG_ID", "org-1"),
            ("OPENAI_PROJECT_ID", "proj-1"),
        ]))
        .build()
        .expect("client");
    client.models().retrieve("gpt-x").await.expect("model");
    client
        .organization()
        .admin_api_keys()
        .retrieve("key_1")
        .await
        .expect("admin key");
    let r = server.requests();
    assert_eq!(r[0].header("authorization"), Some("Bearer sk-normal"));
    assert_eq!(r[1].header("authorization"), Some("Bearer sk-admin"));
    for request in &r {
        assert_eq!(request.header("openai-organization"), Some("org-1"));
        assert_eq!(request.header("openai-project"), Some("proj-1"));
    }
}

#[tokio::test]
async fn an_admin_operation_without_the_admin_key_sends_nothing() {
    let server = server().await;
    let client = Client::builder()
        .environment(Environment::empty())
        .api_key("sk-normal")
        .base_url(server.url())
        .build()
        .expect("client");
    let err = client
        .organization()
        .admin_api_keys()
        .retrieve("key_1")
        .await
        .unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("admin_api_key(..)") && text.contains("OPENAI_ADMIN_KEY"),
        "{text}"
    );
    assert!(server.requests().is_empty());

    // An admin-only client is fine for admin operations, and says what is
    // missing for the others.
    let admin = Client::builder()
        .environment(Environment::empty())
        .admin_api_key("sk-admin")
        .base_url(server.url())
        .build()
        .expect("admin client");
    admin
        .organization()
        .admin_api_keys()
        .retrieve("key_1")
        .await
        .expect("admin call");
    let err = admin.models().retrieve("gpt-x").await.unwrap_err();
    assert!(err.to_string().contains("OPENAI_API_KEY"), "{err}");

    let err = Client::builder()
        .environment(Environment::empty())
        .build()
        .unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("OPENAI_API_KEY") && text.contains("OPENAI_ADMIN_KEY"),
        "{text}"
    );
}

#[tokio::test]
async fn openai_errors_are_read_from_their_envelope() {
    let server = MockServer::start(|_: &Recorded| {
        Reply::json(
            404,
            r#"{"error":{"message":"no such model","type":"invalid_request_error","param":"model","code":"model_not_found"}}"#,
        )
        .with_header("x-request-id", "req_9")
    })
    .await;
    let client = Client::builder()
        .environment(Environment::empty())
        .api_key("sk-normal")
        .base_url(server.url())
        .max_retries(0)
        .build()
        .expect("client");
    let err = client.models().retrieve("nope").await.unwrap_err();
    let api = err.as_api().expect("api error");
    let object = api.error.as_ref().expect("error object");
    assert_eq!(object.code.as_deref(), Some("model_not_found"));
    assert_eq!(object.param.as_deref(), Some("model"));
    assert_eq!(err.request_id(), Some("req_9"));
}

#[derive(Debug)]
struct Gateway(String);

impl sdk_runtime::auth::Provider for Gateway {
    fn name(&self) -> &str {
        "gateway"
    }
    fn base_url(&self) -> &str {
        &self.0
    }
    fn authenticator(&self) -> std::sync::Arc<dyn sdk_runtime::auth::Authenticator> {
        std::sync::Arc::new(sdk_runtime::auth::NoAuth)
    }
}

#[tokio::test]
async fn a_provider_refuses_openai_options_and_ignores_openai_variables() {
    let err = Client::builder()
        .api_key("sk-x")
        .admin_api_key("sk-y")
        .organization("org")
        .project("proj")
        .base_url("https://elsewhere.invalid")
        .provider(Gateway("https://gateway.invalid".into()))
        .build()
        .unwrap_err();
    let text = err.to_string();
    for option in [
        "api_key",
        "admin_api_key",
        "organization",
        "project",
        "base_url",
    ] {
        assert!(text.contains(option), "{option}: {text}");
    }

    let server = server().await;
    let client = Client::builder()
        .environment(Environment::from_map([
            ("OPENAI_API_KEY", "sk-normal"),
            ("OPENAI_ORG_ID", "org-1"),
            ("OPENAI_BASE_URL", "http://127.0.0.1:1"),
        ]))
        .provider(Gateway(server.url()))
        .build()
        .expect("client");
    client.models().retrieve("gpt-x").await.expect("model");
    let r = &server.requests()[0];
    assert_eq!(r.header("authorization"), None);
    assert_eq!(r.header("openai-organization"), None);
}
