//! Every request a generated method makes names its operation (the
//! `operationId` and the client's path to its resource): every hook sees
//! it, and so do the API and decoding errors it ends in. Against a real
//! HTTP server on 127.0.0.1. A hook may also change the typed request a
//! generated method was given, before it is serialized.

use mock_http::{MockServer, Recorded, Reply};
use openai_client::prelude::*;
use openai_client::runtime::Environment;
use openai_client::runtime::auth::OutgoingRequest;
use openai_client::runtime::interceptor::{ErrorContext, Interceptor, ResponseContext};
use openai_client::runtime::request::{Operation, RequestSpec};
use std::sync::{Arc, Mutex};

/// Notes the operation each hook sees, as `hook:id@resource`.
#[derive(Debug, Default, Clone)]
struct Seen(Arc<Mutex<Vec<String>>>);

impl Seen {
    fn note(&self, hook: &str, operation: Option<Operation>) {
        let text = match operation {
            Some(o) => format!("{hook}:{}@{}", o.id, o.resource.unwrap_or("-")),
            None => format!("{hook}:none"),
        };
        self.0.lock().expect("lock").push(text);
    }

    fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.0.lock().expect("lock"))
    }
}

impl Interceptor for Seen {
    fn modify_before_serialization(&self, request: &mut RequestSpec) -> Result<(), Error> {
        self.note("serialize", request.operation);
        Ok(())
    }
    fn modify_before_attempt(&self, request: &mut OutgoingRequest) -> Result<(), Error> {
        self.note("attempt", request.operation());
        Ok(())
    }
    fn read_after_response(&self, response: &ResponseContext<'_>) {
        self.note("response", response.operation());
    }
    fn read_on_error(&self, error: &ErrorContext<'_>) {
        self.note("error", error.operation());
    }
}

fn client(server: &MockServer, seen: &Seen) -> Client {
    Client::builder()
        .environment(Environment::empty())
        .base_url(server.url())
        .api_key("sk-test")
        .max_retries(0)
        .interceptor(seen.clone())
        .build()
        .expect("client")
}

#[tokio::test]
async fn hooks_and_errors_name_the_operation_and_its_resource() {
    let server = MockServer::start(|r: &Recorded| match r.path() {
        "/vector_stores/vs_1/files/f_1" => Reply::json(404, r#"{"error":{"message":"gone"}}"#),
        "/models/m_1" => Reply::json(200, r#"{"id": "m_1", "#),
        _ => Reply::json(200, "{}"),
    })
    .await;
    let seen = Seen::default();
    let client = client(&server, &seen);

    let error = client
        .vector_stores()
        .files()
        .retrieve("vs_1", "f_1")
        .await
        .expect_err("404");
    assert!(error.is_not_found(), "{error}");
    let operation = error.operation().expect("an API error names its operation");
    assert_eq!(
        (operation.id, operation.resource),
        ("getVectorStoreFile", Some("vector_stores.files"))
    );
    let named = "getVectorStoreFile@vector_stores.files";
    assert_eq!(
        seen.take(),
        [
            format!("serialize:{named}"),
            format!("attempt:{named}"),
            format!("response:{named}"),
            format!("error:{named}"),
        ]
    );

    // An answer that does not decode names the operation too.
    let error = client
        .models()
        .retrieve("m_1")
        .await
        .expect_err("a body cut short");
    assert!(matches!(error, Error::Decode(_)), "{error}");
    let operation = error
        .operation()
        .expect("a decoding error names its operation");
    assert_eq!(
        (operation.id, operation.resource),
        ("retrieveModel", Some("models"))
    );
    assert_eq!(
        seen.take(),
        [
            "serialize:retrieveModel@models",
            "attempt:retrieveModel@models",
            "response:retrieveModel@models",
        ]
    );

    // A request of the user's own names none.
    let error = client
        .runtime()
        .request::<String>(RequestSpec::new(http::Method::GET, "/custom"))
        .await
        .expect_err("an object is no string");
    assert_eq!(error.operation(), None);
    assert_eq!(
        seen.take(),
        ["serialize:none", "attempt:none", "response:none"]
    );
}

/// Turns the temperature of every chat completion down, on the typed
/// request, before it is serialized.
#[derive(Debug)]
struct Cool;

impl Interceptor for Cool {
    fn modify_before_serialization(&self, request: &mut RequestSpec) -> Result<(), Error> {
        if let Some(chat) = request.body_as_mut::<types::CreateChatCompletionRequest>() {
            chat.temperature = Some(0.0);
        }
        Ok(())
    }
}

#[tokio::test]
async fn a_hook_changes_the_typed_request_of_a_generated_method() {
    let answer = r#"{"id":"c","object":"chat.completion","created":1,"model":"m","choices":[]}"#;
    let server = MockServer::start(move |_: &Recorded| Reply::json(200, answer)).await;
    let client = Client::builder()
        .environment(Environment::empty())
        .base_url(server.url())
        .api_key("sk-test")
        .interceptor(Cool)
        .build()
        .expect("client");
    let request = types::CreateChatCompletionRequest::new("gpt-4o-mini", ["Hi"]).temperature(1.5);
    client
        .chat()
        .completions()
        .create(&request)
        .await
        .expect("ok");
    let sent: serde_json::Value =
        serde_json::from_slice(&server.requests()[0].body).expect("JSON body");
    assert_eq!(sent["temperature"], 0.0);
    assert_eq!(sent["model"], "gpt-4o-mini");
    // The caller's own request is untouched.
    assert_eq!(request.temperature, Some(1.5));
}
