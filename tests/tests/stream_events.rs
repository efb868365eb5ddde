//! High-level chat stream events and the final completion: the expected
//! events for a stream with text, a refusal-free answer and two tool calls,
//! the same events wherever the byte stream is cut, and the final objects.

use openai_client::Error;
use openai_client::helpers::stream_events::{ChatEvents, ChatStreamEvent, ResponseEvents};
use openai_client::runtime::sse::EventStream;
use openai_client::runtime::{ByteStream, Bytes};
use openai_client::types::{CreateChatCompletionStreamResponse, ResponseStreamEvent};
use serde::Deserialize;
use std::time::Duration;

fn chunk(choices: serde_json::Value) -> String {
    let chunk = serde_json::json!({
        "id": "chatcmpl-9", "object": "chat.completion.chunk", "created": 1,
        "model": "gpt-4o-mini", "choices": choices
    });
    format!("data: {chunk}\n\n")
}

fn sse_body() -> Vec<u8> {
    let delta = |d: serde_json::Value, finish: Option<&str>| {
        chunk(
            serde_json::json!([{"index": 0, "delta": d, "finish_reason": finish, "logprobs": null}]),
        )
    };
    let mut body = String::new();
    body += &delta(
        serde_json::json!({"role": "assistant", "content": ""}),
        None,
    );
    body += &delta(serde_json::json!({"content": "Let me "}), None);
    body += &delta(serde_json::json!({"content": "check."}), None);
    body += &delta(
        serde_json::json!({"tool_calls": [{"index": 0, "id": "call_a", "type": "function",
            "function": {"name": "weather", "arguments": "{\"ci"}}]}),
        None,
    );
    body += &delta(
        serde_json::json!({"tool_calls": [{"index": 0, "function": {"arguments": "ty\":\"Oslo\"}"}}]}),
        None,
    );
    body += &delta(
        serde_json::json!({"tool_calls": [{"index": 1, "id": "call_b", "type": "function",
            "function": {"name": "time", "arguments": "{\"zone\":\"CET\"}"}}]}),
        None,
    );
    body += &delta(serde_json::json!({}), Some("tool_calls"));
    body += "data: [DONE]\n\n";
    body.into_bytes()
}

/// The events of `body` delivered in pieces cut at `cuts`.
async fn events_of(body: &[u8], cuts: &[usize]) -> (Vec<ChatStreamEvent>, String) {
    let mut pieces = Vec::new();
    let mut start = 0;
    for &cut in cuts.iter().chain(std::iter::once(&body.len())) {
        pieces.push(Ok(Bytes::copy_from_slice(&body[start..cut])));
        start = cut;
    }
    let bytes = ByteStream::from_stream(futures_util::stream::iter(pieces));
    let stream: EventStream<CreateChatCompletionStreamResponse> =
        EventStream::from_response(bytes, Duration::from_secs(5));
    let mut events = ChatEvents::new(stream);
    let mut out = Vec::new();
    while let Some(event) = events.next_event().await {
        let event = event.expect("event");
        if !matches!(event, ChatStreamEvent::Chunk(_)) {
            out.push(event);
        }
    }
    let completion = events.current_completion().expect("completion");
    (out, serde_json::to_string(&completion).expect("json"))
}

#[derive(Debug, PartialEq, Deserialize)]
struct City {
    city: String,
}

#[tokio::test]
async fn chat_chunks_become_deltas_and_completions() {
    let (events, completion) = events_of(&sse_body(), &[]).await;
    let expected = vec![
        ChatStreamEvent::ContentDelta {
            choice: 0,
            delta: "Let me ".into(),
            snapshot: "Let me ".into(),
        },
        ChatStreamEvent::ContentDelta {
            choice: 0,
            delta: "check.".into(),
            snapshot: "Let me check.".into(),
        },
        ChatStreamEvent::ToolCallArgumentsDelta {
            choice: 0,
            index: 0,
            name: "weather".into(),
            delta: "{\"ci".into(),
            snapshot: "{\"ci".into(),
        },
        ChatStreamEvent::ToolCallArgumentsDelta {
            choice: 0,
            index: 0,
            name: "weather".into(),
            delta: "ty\":\"Oslo\"}".into(),
            snapshot: "{\"city\":\"Oslo\"}".into(),
        },
        ChatStreamEvent::ToolCallArgumentsDone {
            choice: 0,
            index: 0,
            name: "weather".into(),
            arguments: "{\"city\":\"Oslo\"}".into(),
        },
        ChatStreamEvent::ToolCallArgumentsDelta {
            choice: 0,
            index: 1,
            name: "time".into(),
            delta: "{\"zone\":\"CET\"}".into(),
            snapshot: "{\"zone\":\"CET\"}".into(),
        },
        ChatStreamEvent::ContentDone {
            choice: 0,
            content: "Let me check.".into(),
        },
        ChatStreamEvent::ToolCallArgumentsDone {
            choice: 0,
            index: 1,
            name: "time".into(),
            arguments: "{\"zone\":\"CET\"}".into(),
        },
    ];
    assert_eq!(events, expected);
    let city = events[4]
        .parsed_arguments::<City>()
        .expect("done event")
        .expect("typed");
    assert_eq!(
        city,
        City {
            city: "Oslo".into()
        }
    );
    assert!(events[0].parsed_arguments::<City>().is_none());
    let completion: serde_json::Value = serde_json::from_str(&completion).unwrap();
    assert_eq!(
        completion["choices"][0]["message"]["content"],
        "Let me check."
    );
    assert_eq!(
        completion["choices"][0]["message"]["tool_calls"][1]["function"]["name"],
        "time"
    );
    assert_eq!(completion["choices"][0]["finish_reason"], "tool_calls");
}

#[tokio::test]
async fn cuts_anywhere_in_the_byte_stream_give_the_same_events() {
    let body = sse_body();
    let whole = events_of(&body, &[]).await;
    for cut in 1..body.len() {
        assert_eq!(events_of(&body, &[cut]).await, whole, "cut at byte {cut}");
    }
    // Many small pieces.
    let cuts: Vec<usize> = (1..body.len()).step_by(7).collect();
    assert_eq!(events_of(&body, &cuts).await, whole);
}

#[tokio::test]
async fn a_stream_that_ends_without_a_finish_reason_still_completes() {
    let mut body = String::new();
    body += &chunk(
        serde_json::json!([{"index": 0, "delta": {"content": "Hi"}, "finish_reason": null}]),
    );
    let (events, _) = events_of(body.as_bytes(), &[]).await;
    assert_eq!(
        events.last(),
        Some(&ChatStreamEvent::ContentDone {
            choice: 0,
            content: "Hi".into()
        })
    );
}

#[tokio::test]
async fn a_responses_stream_keeps_the_text_and_ends_with_the_final_response() {
    let events = [
        r#"{"type":"response.created","sequence_number":0,"response":{"id":"resp_s","object":"response","created_at":1,"status":"in_progress","model":"m","output":[],"tools":[],"tool_choice":"auto","parallel_tool_calls":true}}"#,
        r#"{"type":"response.output_text.delta","sequence_number":1,"item_id":"m1","output_index":0,"content_index":0,"delta":"Hel","logprobs":[]}"#,
        r#"{"type":"response.output_text.delta","sequence_number":2,"item_id":"m1","output_index":0,"content_index":0,"delta":"lo","logprobs":[]}"#,
        r#"{"type":"response.completed","sequence_number":3,"response":{"id":"resp_s","object":"response","created_at":1,"status":"completed","model":"m","output":[],"tools":[],"tool_choice":"auto","parallel_tool_calls":true}}"#,
    ];
    let body: String = events.iter().map(|e| format!("data: {e}\n\n")).collect();
    let stream: EventStream<ResponseStreamEvent> = EventStream::from_response(
        ByteStream::from_bytes(body.into_bytes()),
        Duration::from_secs(5),
    );
    let mut reader = ResponseEvents::new(stream);
    let mut texts = Vec::new();
    while let Some(event) = reader.next_event().await {
        if let ResponseStreamEvent::ResponseOutputTextDelta(_) = event.expect("event") {
            texts.push(reader.output_text().to_owned());
        }
    }
    assert_eq!(texts, ["Hel", "Hello"]);
    let response = reader.final_response().await.expect("final");
    assert_eq!(response.id, "resp_s");

    let empty: EventStream<ResponseStreamEvent> =
        EventStream::from_response(ByteStream::from_bytes(Vec::new()), Duration::from_secs(5));
    let error = ResponseEvents::new(empty)
        .final_response()
        .await
        .expect_err("no final");
    assert!(matches!(error, Error::Stream(_)), "{error}");
}
