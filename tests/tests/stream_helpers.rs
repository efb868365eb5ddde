//! `chat().completions().stream(..)` and `responses().stream(..)` against a
//! local server: `stream: true` is sent, the events come with logprobs and
//! a partial parse of a structured answer, the final objects and the
//! response's request id stay at hand, and a chunk's `output_text()` is its
//! new text.

mod local;
use local::client;

use mock_http::{MockServer, Recorded, Reply};
use openai_client::helpers::stream_events::ChatStreamEvent;
use openai_client::prelude::*;
use serde_json::{Value, json};

fn token(text: &str) -> Value {
    json!({"token": text, "logprob": -0.5, "bytes": null, "top_logprobs": []})
}

fn chunk(delta: Value, logprobs: Value, finish: Option<&str>) -> String {
    let chunk = json!({
        "id": "chatcmpl-s", "object": "chat.completion.chunk", "created": 1, "model": "gpt-4o-mini",
        "choices": [{"index": 0, "delta": delta, "logprobs": logprobs, "finish_reason": finish}]
    });
    format!("data: {chunk}\n\n")
}

fn chat_stream_body() -> String {
    let mut body = String::new();
    body += &chunk(
        json!({"role": "assistant", "content": ""}),
        Value::Null,
        None,
    );
    body += &chunk(
        json!({"content": "{\"name\": \"Sci"}),
        json!({"content": [token("{\"name\": \"Sci")], "refusal": null}),
        None,
    );
    body += &chunk(
        json!({"content": "ence fair\"}"}),
        json!({"content": [token("ence fair\"}")], "refusal": null}),
        Some("stop"),
    );
    body += "data: [DONE]\n\n";
    body
}

#[tokio::test]
async fn chat_stream_gives_events_with_logprobs_a_partial_parse_and_the_final_completion() {
    let server = MockServer::start(|_: &Recorded| {
        let body = chat_stream_body();
        Reply::sse(&[body.as_bytes()]).with_header("x-request-id", "req_stream")
    })
    .await;
    let request = types::CreateChatCompletionRequest::new("gpt-4o-mini", ["A science fair."]);
    let mut events = client(&server)
        .chat()
        .completions()
        .stream(&request)
        .await
        .expect("a stream");
    assert_eq!(events.get_ref().request_id(), Some("req_stream"));
    let mut snapshots = Vec::new();
    let mut logprobs = Vec::new();
    let mut done = Vec::new();
    while let Some(event) = events.next().await {
        let event = event.expect("an event");
        match &event {
            ChatStreamEvent::ContentDelta { .. } => snapshots.push(event.parsed_snapshot()),
            ChatStreamEvent::LogprobsContentDelta {
                content, snapshot, ..
            } => logprobs.push((content.len(), snapshot.len())),
            ChatStreamEvent::LogprobsContentDone { content, .. } => done.push(content.len()),
            _ => {}
        }
    }
    assert_eq!(
        snapshots,
        [
            Some(json!({"name": "Sci"})),
            Some(json!({"name": "Science fair"}))
        ]
    );
    assert_eq!(logprobs, [(1, 1), (1, 2)]);
    assert_eq!(done, [2]);
    let completion = events.current_completion().expect("the completion");
    assert_eq!(completion.output_text(), "{\"name\": \"Science fair\"}");
    let sent: Value = serde_json::from_slice(&server.requests()[0].body).expect("json");
    assert_eq!(sent["stream"], true);
    assert_eq!(sent["model"], "gpt-4o-mini");
}

#[tokio::test]
async fn a_chunk_reads_as_its_new_text() {
    let server =
        MockServer::start(|_: &Recorded| Reply::sse(&[chat_stream_body().as_bytes()])).await;
    let request = types::CreateChatCompletionRequest::new("gpt-4o-mini", ["Hi"]);
    let mut stream = client(&server)
        .chat()
        .completions()
        .create_stream(&request)
        .await
        .expect("a stream");
    let mut text = String::new();
    while let Some(chunk) = stream.next().await {
        text += &chunk.expect("a chunk").output_text();
    }
    assert_eq!(text, "{\"name\": \"Science fair\"}");
}

#[tokio::test]
async fn responses_stream_keeps_the_text_and_gives_the_final_response() {
    let events = [
        r#"{"type":"response.created","sequence_number":0,"response":{"id":"resp_s","object":"response","created_at":1,"status":"in_progress","model":"m","output":[],"tools":[],"tool_choice":"auto","parallel_tool_calls":true}}"#,
        r#"{"type":"response.output_text.delta","sequence_number":1,"item_id":"m1","output_index":0,"content_index":0,"delta":"Hel","logprobs":[]}"#,
        r#"{"type":"response.output_text.delta","sequence_number":2,"item_id":"m1","output_index":0,"content_index":0,"delta":"lo","logprobs":[]}"#,
        r#"{"type":"response.completed","sequence_number":3,"response":{"id":"resp_s","object":"response","created_at":1,"status":"completed","model":"m","output":[{"type":"message","id":"m1","status":"completed","role":"assistant","content":[{"type":"output_text","text":"Hello","annotations":[]}]}],"tools":[],"tool_choice":"auto","parallel_tool_calls":true}}"#,
    ];
    let body: String = events.iter().map(|e| format!("data: {e}\n\n")).collect();
    let server = MockServer::start(move |_: &Recorded| Reply::sse(&[body.as_bytes()])).await;
    let request = types::CreateResponse::new("gpt-4o-mini", "Say hello.");
    let mut events = client(&server)
        .responses()
        .stream(&request)
        .await
        .expect("a stream");
    let mut texts = Vec::new();
    while let Some(event) = events.next().await {
        if let types::ResponseStreamEvent::ResponseOutputTextDelta(_) = event.expect("an event") {
            texts.push(events.output_text().to_owned());
        }
    }
    assert_eq!(texts, ["Hel", "Hello"]);
    let response = events.final_response().await.expect("the final response");
    assert_eq!(response.output_text(), "Hello");
    let sent: Value = serde_json::from_slice(&server.requests()[0].body).expect("json");
    assert_eq!(sent["stream"], true);
    assert_eq!(sent["input"], "Say hello.");
}
