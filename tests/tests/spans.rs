//! Tracing spans, captured by a subscriber layer: one span per call with
//! its operation and resource, the OpenTelemetry GenAI attributes
//! (operation, request and response model, response id, token usage), the
//! status and the retry count, and one span per attempt; no secret appears
//! in any of them.

use mock_http::{MockServer, Recorded, Reply};
use openai_client::prelude::*;
use openai_client::runtime::Environment;
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing_subscriber::layer::{Context, SubscriberExt};

/// One span: its id, name and fields as recorded so far.
type Captured = (u64, &'static str, BTreeMap<String, String>);

/// Every span.
#[derive(Clone, Default)]
struct Spans(Arc<Mutex<Vec<Captured>>>);

struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
}

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for Spans {
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, _: Context<'_, S>) {
        let mut fields = BTreeMap::new();
        attrs.record(&mut Fields(&mut fields));
        let mut spans = self.0.lock().expect("lock");
        spans.push((id.into_u64(), attrs.metadata().name(), fields));
    }
    fn on_record(&self, id: &Id, values: &Record<'_>, _: Context<'_, S>) {
        let mut spans = self.0.lock().expect("lock");
        if let Some((_, _, fields)) = spans.iter_mut().rev().find(|(i, _, _)| *i == id.into_u64()) {
            values.record(&mut Fields(fields));
        }
    }
}

impl Spans {
    fn named(&self, name: &str) -> Vec<BTreeMap<String, String>> {
        let spans = self.0.lock().expect("lock");
        spans
            .iter()
            .filter(|(_, n, _)| *n == name)
            .map(|(_, _, f)| f.clone())
            .collect()
    }
    fn all_text(&self) -> String {
        format!(
            "{:?}",
            self.0
                .lock()
                .expect("lock")
                .iter()
                .map(|(_, n, f)| (n, f))
                .collect::<Vec<_>>()
        )
    }
}

const SECRET: &str = "sk-span-secret-1234567890";

#[tokio::test]
async fn a_call_has_a_genai_span_and_a_span_per_attempt_without_secrets() {
    let spans = Spans::default();
    let subscriber = tracing_subscriber::registry().with(spans.clone());
    let _guard = tracing::subscriber::set_default(subscriber);

    let answer = r#"{"id":"chatcmpl-span","object":"chat.completion","created":1,"model":"gpt-4o-mini-2024-07-18","choices":[{"index":0,"finish_reason":"stop","logprobs":null,"message":{"role":"assistant","content":"Hi","refusal":null}}],"usage":{"prompt_tokens":11,"completion_tokens":3,"total_tokens":14}}"#;
    let server = MockServer::start(move |r: &Recorded| match (r.index, r.path()) {
        (0, _) => {
            Reply::json(503, r#"{"error":{"message":"busy"}}"#).with_header("retry-after-ms", "1")
        }
        (_, "/chat/completions") => Reply::json(200, answer),
        _ => Reply::json(
            404,
            r#"{"error":{"message":"no such model","code":"model_not_found"}}"#,
        ),
    })
    .await;
    let client = Client::builder()
        .environment(Environment::empty())
        .base_url(server.url())
        .api_key(SECRET)
        .build()
        .expect("client");
    let request = types::CreateChatCompletionRequest::new("gpt-4o-mini", ["Hi"]);
    client
        .chat()
        .completions()
        .create(&request)
        .await
        .expect("ok");

    let calls = spans.named("sdk.call");
    assert_eq!(calls.len(), 1, "{}", spans.all_text());
    let call = &calls[0];
    let field = |name: &str| call.get(name).map(String::as_str);
    assert_eq!(field("otel.name"), Some("chat gpt-4o-mini"));
    assert_eq!(field("otel.kind"), Some("client"));
    assert_eq!(field("sdk.operation"), Some("createChatCompletion"));
    assert_eq!(field("sdk.resource"), Some("chat.completions"));
    assert_eq!(field("gen_ai.operation.name"), Some("chat"));
    assert_eq!(field("gen_ai.request.model"), Some("gpt-4o-mini"));
    assert_eq!(field("gen_ai.response.id"), Some("chatcmpl-span"));
    assert_eq!(
        field("gen_ai.response.model"),
        Some("gpt-4o-mini-2024-07-18")
    );
    assert_eq!(field("gen_ai.usage.input_tokens"), Some("11"));
    assert_eq!(field("gen_ai.usage.output_tokens"), Some("3"));
    assert_eq!(field("http.request.method"), Some("POST"));
    assert_eq!(field("http.response.status_code"), Some("200"));
    assert_eq!(field("sdk.retries"), Some("1"));
    assert_eq!(field("server.address"), Some("127.0.0.1"));

    let attempts = spans.named("sdk.attempt");
    assert_eq!(attempts.len(), 2, "{}", spans.all_text());
    assert_eq!(
        attempts[0]
            .get("http.response.status_code")
            .map(String::as_str),
        Some("503")
    );
    assert_eq!(
        attempts[1]
            .get("http.request.resend_count")
            .map(String::as_str),
        Some("1")
    );
    assert_eq!(
        attempts[1]
            .get("http.response.status_code")
            .map(String::as_str),
        Some("200")
    );

    // A call that fails: the status and the error type; an operation
    // without GenAI attributes is named by its id.
    let missing = client
        .models()
        .retrieve("no-such-model")
        .await
        .expect_err("404");
    assert!(missing.is_not_found(), "{missing}");
    let calls = spans.named("sdk.call");
    let failed = calls.last().expect("a second call");
    assert_eq!(
        failed.get("otel.name").map(String::as_str),
        Some("retrieveModel")
    );
    assert!(failed.get("gen_ai.operation.name").is_none(), "{failed:?}");
    assert_eq!(
        failed.get("sdk.resource").map(String::as_str),
        Some("models")
    );
    assert!(failed.get("error.type").is_some(), "{failed:?}");

    assert!(
        !spans.all_text().contains(SECRET),
        "a secret in a span: {}",
        spans.all_text()
    );
}
