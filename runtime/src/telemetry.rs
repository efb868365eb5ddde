//! Tracing spans: one per call and one per attempt, with the attribute
//! names of the OpenTelemetry semantic conventions (HTTP client spans, and
//! GenAI spans for the operations the API description marks:
//! `gen_ai.operation.name`, `gen_ai.request.model`, `gen_ai.response.id`,
//! `gen_ai.usage.input_tokens`, `gen_ai.usage.output_tokens`). They are
//! plain `tracing` spans: `tracing-opentelemetry` exports them (`otel.name`
//! names the span, `otel.kind` is `client`) without the runtime depending
//! on OpenTelemetry. No header, query value or body text other than these
//! attributes is recorded, so no secret can reach them. What costs
//! anything (reading the model from the request, the usage from the
//! answer) is done only when a subscriber wants the span.

use serde::Deserialize;
use tracing::Span;
use tracing::field::Empty;

use crate::error::Error;
use crate::request::{Body, RequestSpec};
use crate::response::ResponseMeta;

/// The span of one call (every attempt, the answer's head; a stream's
/// events come after it closes).
pub(crate) fn call_span(spec: &RequestSpec, host: Option<&str>) -> Span {
    let operation = spec.operation.map(|o| o.id);
    let resource = spec.operation.and_then(|o| o.resource);
    let gen_ai = spec.operation.and_then(|o| o.gen_ai);
    let span = tracing::info_span!(
        "sdk.call",
        otel.name = Empty,
        otel.kind = "client",
        sdk.operation = operation,
        sdk.resource = resource,
        http.request.method = %spec.method,
        server.address = host,
        http.response.status_code = Empty,
        sdk.retries = Empty,
        error.type = Empty,
        gen_ai.operation.name = gen_ai,
        gen_ai.request.model = Empty,
        gen_ai.response.id = Empty,
        gen_ai.response.model = Empty,
        gen_ai.usage.input_tokens = Empty,
        gen_ai.usage.output_tokens = Empty,
    );
    if !span.is_disabled() {
        let name = gen_ai.or(operation).unwrap_or("request");
        span.record("otel.name", name);
    }
    span
}

/// Records what the call's body says, once it is serialized: for a GenAI
/// operation, the model asked for (and the span's name, `chat gpt-4o`).
pub(crate) fn record_request(span: &Span, spec: &RequestSpec, body: &Body) {
    let Some(gen_ai) = spec.operation.and_then(|o| o.gen_ai) else {
        return;
    };
    if span.is_disabled() {
        return;
    }
    let Some(model) = (match body {
        Body::Json(bytes) => model_of(bytes),
        _ => None,
    }) else {
        return;
    };
    span.record("gen_ai.request.model", model.as_str());
    span.record("otel.name", format!("{gen_ai} {model}").as_str());
}

/// The span of one attempt (the exchange with the server).
pub(crate) fn attempt_span(attempt: u32) -> Span {
    tracing::debug_span!(
        "sdk.attempt",
        otel.name = "attempt",
        otel.kind = "client",
        http.request.resend_count = attempt.saturating_sub(1),
        http.response.status_code = Empty,
        error.type = Empty,
    )
}

/// Records how the call ended: the status, and for a GenAI operation the
/// response id, model and token usage of a buffered JSON answer.
pub(crate) fn record_answer(span: &Span, meta: &ResponseMeta, body: Option<&[u8]>, gen_ai: bool) {
    if span.is_disabled() {
        return;
    }
    span.record("http.response.status_code", meta.status.as_u16());
    let Some(answer) = body.filter(|_| gen_ai).and_then(answer_of) else {
        return;
    };
    if let Some(id) = &answer.id {
        span.record("gen_ai.response.id", id.as_str());
    }
    if let Some(model) = &answer.model {
        span.record("gen_ai.response.model", model.as_str());
    }
    if let Some(usage) = answer.usage {
        if let Some(n) = usage.input_tokens.or(usage.prompt_tokens) {
            span.record("gen_ai.usage.input_tokens", n);
        }
        if let Some(n) = usage.output_tokens.or(usage.completion_tokens) {
            span.record("gen_ai.usage.output_tokens", n);
        }
    }
}

/// Records a failed call or attempt: its status when the server answered,
/// and the kind of error.
pub(crate) fn record_error(span: &Span, error: &Error) {
    if span.is_disabled() {
        return;
    }
    if let Some(status) = error.status() {
        span.record("http.response.status_code", status.as_u16());
    }
    let kind = match error {
        Error::Api(e) => e.status.as_str().to_owned(),
        Error::Timeout { .. } => "timeout".to_owned(),
        Error::Connection { .. } => "connection".to_owned(),
        Error::Decode(_) => "decode".to_owned(),
        Error::Auth { .. } => "auth".to_owned(),
        _ => "other".to_owned(),
    };
    span.record("error.type", kind.as_str());
}

fn model_of(body: &[u8]) -> Option<String> {
    #[derive(Deserialize)]
    struct Request {
        model: Option<String>,
    }
    serde_json::from_slice::<Request>(body).ok()?.model
}

#[derive(Deserialize)]
struct Answer {
    id: Option<String>,
    model: Option<String>,
    usage: Option<Usage>,
}

#[derive(Deserialize)]
struct Usage {
    input_tokens: Option<u64>,
    output_tokens: Option<u64>,
    prompt_tokens: Option<u64>,
    completion_tokens: Option<u64>,
}

fn answer_of(body: &[u8]) -> Option<Answer> {
    serde_json::from_slice(body).ok()
}
