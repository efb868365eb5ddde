//! The Azure OpenAI provider against a local server: URLs, `api-version`,
//! deployment paths and the credential header for each credential kind and
//! both layouts; environment precedence; refusals; redirects; redaction.

use mock_http::{MockServer, Recorded, Reply};
use sdk_provider_azure::{Azure, AzureBuilder};
use sdk_runtime::identity::{Identity, resolver_fn};
use sdk_runtime::multipart::{FilePart, Form};
use sdk_runtime::{Body, Client, Environment, Method, RequestSpec, SecretString};
use serde_json::{Value, json};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

const VERSION: &str = "2024-10-21";

fn env(pairs: &[(&str, &str)]) -> Environment {
    Environment::from_map(
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
    )
}

fn azure(server: &MockServer) -> AzureBuilder {
    Azure::builder()
        .endpoint(server.url())
        .environment(Environment::empty())
}

fn client(provider: Azure) -> Client {
    Client::builder("https://api.openai.com/v1")
        .environment(Environment::empty())
        .provider(provider)
        .build()
        .expect("client")
}

fn post(path: &str, body: Value) -> RequestSpec {
    RequestSpec::new(Method::POST, path).with_body(Body::json(&body).expect("json"))
}

async fn send(client: &Client, spec: RequestSpec) -> Result<Value, sdk_runtime::Error> {
    client.request::<Value>(spec).await.map(|r| r.into_inner())
}

#[tokio::test]
async fn classic_layout_routes_deployments_and_sends_the_api_key() {
    let server = MockServer::start(|_: &Recorded| Reply::json(200, "{}")).await;
    let provider = azure(&server)
        .api_version(VERSION)
        .api_key("azure-key-1")
        .build()
        .expect("provider");
    assert_eq!(provider.auth_mode(), "api-key");
    let client = client(provider);
    send(
        &client,
        post(
            "/chat/completions",
            json!({"model": "gpt-4o-prod", "messages": []}),
        ),
    )
    .await
    .expect("chat");
    send(&client, RequestSpec::new(Method::GET, "/files"))
        .await
        .expect("files");
    let mut form = Form::new();
    form.text("model", "whisper-eu");
    form.file("file", &FilePart::from_bytes("a.wav", b"RIFF".to_vec()));
    send(
        &client,
        RequestSpec::new(Method::POST, "/audio/transcriptions").with_body(Body::from_form(&form)),
    )
    .await
    .expect("transcription");
    let requests = server.requests();
    let targets: Vec<&str> = requests.iter().map(|r| r.target.as_str()).collect();
    assert_eq!(
        targets,
        [
            "/openai/deployments/gpt-4o-prod/chat/completions?api-version=2024-10-21",
            "/openai/files?api-version=2024-10-21",
            "/openai/deployments/whisper-eu/audio/transcriptions?api-version=2024-10-21",
        ]
    );
    for r in &requests {
        assert_eq!(r.header("api-key"), Some("azure-key-1"));
        assert_eq!(r.header("authorization"), None);
    }
}

#[tokio::test]
async fn a_client_for_one_deployment_and_a_request_without_a_model() {
    let server = MockServer::start(|_: &Recorded| Reply::json(200, "{}")).await;
    let fixed = client(
        azure(&server)
            .api_version(VERSION)
            .deployment("prod")
            .api_key("k")
            .build()
            .expect("provider"),
    );
    send(
        &fixed,
        post("/embeddings", json!({"model": "ignored", "input": "x"})),
    )
    .await
    .expect("embeddings");
    send(&fixed, RequestSpec::new(Method::GET, "/models"))
        .await
        .expect("models");
    let targets: Vec<String> = server.requests().iter().map(|r| r.target.clone()).collect();
    assert_eq!(
        targets,
        [
            "/openai/deployments/prod/embeddings?api-version=2024-10-21",
            "/openai/models?api-version=2024-10-21",
        ]
    );

    let by_model = client(
        azure(&server)
            .api_version(VERSION)
            .api_key("k")
            .build()
            .expect("provider"),
    );
    let error = send(&by_model, post("/embeddings", json!({"input": "x"})))
        .await
        .expect_err("no model");
    assert!(error.to_string().contains("names no `model`"), "{error}");
    assert_eq!(server.requests().len(), 2, "nothing sent");
}

#[tokio::test]
async fn v1_layout_keeps_paths_and_sends_a_version_only_when_given() {
    let server = MockServer::start(|_: &Recorded| Reply::json(200, "{}")).await;
    let plain = client(
        azure(&server)
            .v1()
            .ad_token("entra-token")
            .build()
            .expect("provider"),
    );
    send(
        &plain,
        post("/chat/completions", json!({"model": "gpt-4o"})),
    )
    .await
    .expect("chat");
    let versioned = client(
        azure(&server)
            .v1()
            .api_version("preview")
            .api_key("k")
            .build()
            .expect("provider"),
    );
    send(&versioned, post("/responses", json!({"model": "gpt-4o"})))
        .await
        .expect("responses");
    let requests = server.requests();
    assert_eq!(requests[0].target, "/openai/v1/chat/completions");
    assert_eq!(
        requests[0].header("authorization"),
        Some("Bearer entra-token")
    );
    assert_eq!(requests[0].header("api-key"), None);
    assert_eq!(
        requests[1].target,
        "/openai/v1/responses?api-version=preview"
    );
}

#[tokio::test]
async fn a_token_provider_is_asked_on_every_attempt() {
    let server = MockServer::start(|r: &Recorded| match r.index {
        0 => Reply::json(500, "{}").with_header("retry-after-ms", "1"),
        _ => Reply::json(200, "{}"),
    })
    .await;
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&calls);
    let provider = azure(&server)
        .api_version(VERSION)
        .ad_token_provider(resolver_fn(move || {
            let n = counter.fetch_add(1, Ordering::SeqCst);
            async move {
                Ok(Identity::new(
                    SecretString::from(format!("token-{n}")),
                    None,
                ))
            }
        }))
        .build()
        .expect("provider");
    assert_eq!(provider.auth_mode(), "ad-token-provider");
    send(&client(provider), RequestSpec::new(Method::GET, "/models"))
        .await
        .expect("second attempt");
    let tokens: Vec<Option<String>> = server
        .requests()
        .iter()
        .map(|r| r.header("authorization").map(str::to_owned))
        .collect();
    assert_eq!(
        tokens,
        [Some("Bearer token-0".into()), Some("Bearer token-1".into())]
    );
}

#[tokio::test]
async fn settings_come_from_the_environment_unless_given() {
    let server = MockServer::start(|_: &Recorded| Reply::json(200, "{}")).await;
    let ambient = env(&[
        ("AZURE_OPENAI_ENDPOINT", &server.url()),
        ("OPENAI_API_VERSION", "2025-01-01"),
        ("AZURE_OPENAI_API_KEY", "env-key"),
    ]);
    let from_env = Azure::builder()
        .environment(ambient.clone())
        .build()
        .expect("env");
    assert_eq!(from_env.auth_mode(), "api-key-env");
    send(&client(from_env), RequestSpec::new(Method::GET, "/models"))
        .await
        .expect("sent");
    // Explicit settings win over the variables.
    let explicit = Azure::builder()
        .environment(ambient)
        .api_version(VERSION)
        .ad_token("explicit-token")
        .build()
        .expect("explicit");
    assert_eq!(explicit.auth_mode(), "ad-token");
    send(&client(explicit), RequestSpec::new(Method::GET, "/models"))
        .await
        .expect("sent");
    let requests = server.requests();
    assert_eq!(requests[0].target, "/openai/models?api-version=2025-01-01");
    assert_eq!(requests[0].header("api-key"), Some("env-key"));
    assert_eq!(requests[1].target, "/openai/models?api-version=2024-10-21");
    assert_eq!(
        requests[1].header("authorization"),
        Some("Bearer explicit-token")
    );
    assert_eq!(requests[1].header("api-key"), None);
}

#[tokio::test]
async fn conflicting_or_missing_settings_are_refused_with_the_options_named() {
    let refused = |builder: AzureBuilder| builder.build().expect_err("refused").to_string();
    let base = || {
        Azure::builder()
            .endpoint("https://r.openai.azure.com")
            .api_version(VERSION)
            .environment(Environment::empty())
    };
    let both = refused(base().api_key("k").ad_token("t"));
    assert!(both.contains("not api_key and ad_token"), "{both}");
    let none = refused(base());
    assert!(
        none.contains("no credential") && none.contains("AZURE_OPENAI_API_KEY"),
        "{none}"
    );
    let two_vars = refused(base().environment(env(&[
        ("AZURE_OPENAI_API_KEY", "k"),
        ("AZURE_OPENAI_AD_TOKEN", "t"),
    ])));
    assert!(
        two_vars.contains("both AZURE_OPENAI_API_KEY and AZURE_OPENAI_AD_TOKEN"),
        "{two_vars}"
    );
    let no_endpoint = refused(
        Azure::builder()
            .environment(Environment::empty())
            .api_key("k"),
    );
    assert!(
        no_endpoint.contains("AZURE_OPENAI_ENDPOINT"),
        "{no_endpoint}"
    );
    let no_version = refused(
        Azure::builder()
            .endpoint("https://r.openai.azure.com")
            .environment(Environment::empty())
            .api_key("k"),
    );
    assert!(no_version.contains("OPENAI_API_VERSION"), "{no_version}");
    // The provider owns the base URL and the credential.
    let provider = base().api_key("k").build().expect("provider");
    let error = Client::builder("https://api.openai.com/v1")
        .environment(Environment::empty())
        .base_url("https://elsewhere.example")
        .provider(provider)
        .build()
        .expect_err("base_url refused");
    assert!(error.to_string().contains("base_url"), "{error}");
}

#[tokio::test]
async fn credentials_never_follow_a_redirect_nor_show_in_debug_or_errors() {
    let other = MockServer::start(|_: &Recorded| Reply::json(200, "{}")).await;
    let target = format!("{}/stolen", other.url());
    let server = MockServer::start(move |_: &Recorded| {
        Reply::json(307, "{}").with_header("location", &target)
    })
    .await;
    let provider = azure(&server)
        .api_version(VERSION)
        .api_key("super-secret-key")
        .build()
        .expect("provider");
    let shown = format!("{provider:?}");
    let client = client(provider);
    let error = send(&client, RequestSpec::new(Method::GET, "/models"))
        .await
        .expect_err("redirect not followed");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(307));
    assert!(other.requests().is_empty(), "the other origin saw nothing");
    for text in [
        shown,
        format!("{client:?}"),
        format!("{error:?}"),
        error.to_string(),
    ] {
        assert!(!text.contains("super-secret-key"), "{text}");
    }
    let builder = format!("{:?}", Azure::builder().api_key("super-secret-key"));
    assert!(!builder.contains("super-secret-key"), "{builder}");
}
