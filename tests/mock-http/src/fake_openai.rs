//! Scripted stand-ins for OpenAI's WebSocket APIs, for tests and for the
//! examples in CI: a Realtime session that answers `response.create` with
//! the text of the last user message, and a Responses socket that answers
//! each `response.create` with a streamed response. The events are valid
//! against the OpenAI spec's schemas.

use serde_json::{Value, json};

use crate::ws::Session;

/// A Realtime session: `session.created` first; each
/// `conversation.item.create` is acknowledged with
/// `conversation.item.added`; each `response.create` gets
/// `response.created`, a text delta per word of the answer,
/// `response.output_text.done` and `response.done`.
pub async fn realtime(mut session: Session) {
    let model = session
        .handshake
        .query_value("model")
        .or_else(|| session.handshake.query_value("deployment"))
        .unwrap_or_default();
    let mut n = 0;
    let mut event_id = || {
        n += 1;
        format!("evt_{n}")
    };
    let created = json!({
        "type": "session.created",
        "event_id": event_id(),
        "session": {"type": "realtime", "object": "realtime.session", "id": "sess_1", "model": model}
    });
    if !session.send_text(created.to_string()).await {
        return;
    }
    let mut last_text = String::new();
    let mut responses = 0;
    while let Some(text) = session.next_text().await {
        let Ok(event) = serde_json::from_str::<Value>(&text) else {
            let error = json!({
                "type": "error",
                "event_id": event_id(),
                "error": {"type": "invalid_request_error", "message": "the event is not JSON"}
            });
            session.send_text(error.to_string()).await;
            continue;
        };
        match event["type"].as_str().unwrap_or_default() {
            "conversation.item.create" => {
                let item = &event["item"];
                last_text = item["content"][0]["text"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned();
                let added = json!({
                    "type": "conversation.item.added",
                    "event_id": event_id(),
                    "previous_item_id": null,
                    "item": {
                        "id": format!("item_user_{responses}"),
                        "type": "message",
                        "object": "realtime.item",
                        "status": "completed",
                        "role": "user",
                        "content": [{"type": "input_text", "text": last_text}]
                    }
                });
                session.send_text(added.to_string()).await;
            }
            "response.create" => {
                responses += 1;
                let response_id = format!("resp_{responses}");
                let item_id = format!("item_{responses}");
                let answer = format!("You said: {last_text}");
                let mut script = vec![json!({
                    "type": "response.created",
                    "event_id": event_id(),
                    "response": {"id": response_id, "object": "realtime.response", "status": "in_progress", "output": []}
                })];
                let words: Vec<&str> = answer.split_inclusive(' ').collect();
                for word in &words {
                    script.push(json!({
                        "type": "response.output_text.delta",
                        "event_id": event_id(),
                        "response_id": response_id,
                        "item_id": item_id,
                        "output_index": 0,
                        "content_index": 0,
                        "delta": word
                    }));
                }
                script.push(json!({
                    "type": "response.output_text.done",
                    "event_id": event_id(),
                    "response_id": response_id,
                    "item_id": item_id,
                    "output_index": 0,
                    "content_index": 0,
                    "text": answer
                }));
                script.push(json!({
                    "type": "response.done",
                    "event_id": event_id(),
                    "response": {"id": response_id, "object": "realtime.response", "status": "completed"}
                }));
                for event in script {
                    if !session.send_text(event.to_string()).await {
                        return;
                    }
                }
            }
            _ => {}
        }
    }
}

/// The Responses API's WebSocket mode: each `response.create` is answered
/// with `response.created`, a text delta per word, `response.output_text.done`
/// and `response.completed`, echoing the request's `stream_id`.
pub async fn responses(mut session: Session) {
    let mut sequence = 0;
    let mut responses = 0;
    while let Some(text) = session.next_text().await {
        let Ok(event) = serde_json::from_str::<Value>(&text) else {
            continue;
        };
        if event["type"] != "response.create" {
            continue;
        }
        responses += 1;
        let model = event["model"].as_str().unwrap_or("gpt-4o-mini").to_owned();
        let input = match &event["input"] {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let answer = format!("You said: {input}");
        let id = format!("resp_ws_{responses}");
        let item_id = format!("msg_ws_{responses}");
        let stream_id = event.get("stream_id").cloned();
        let response = |status: &str, output: Value| {
            json!({
                "id": id, "object": "response", "created_at": 1_764_000_000, "status": status,
                "model": model, "output": output, "tools": [], "tool_choice": "auto",
                "parallel_tool_calls": true
            })
        };
        let mut script = vec![
            json!({"type": "response.created", "response": response("in_progress", json!([]))}),
        ];
        for word in answer.split_inclusive(' ') {
            script.push(json!({
                "type": "response.output_text.delta", "item_id": item_id, "output_index": 0,
                "content_index": 0, "delta": word, "logprobs": []
            }));
        }
        script.push(json!({
            "type": "response.output_text.done", "item_id": item_id, "output_index": 0,
            "content_index": 0, "text": answer, "logprobs": []
        }));
        let message = json!([{
            "type": "message", "id": item_id, "status": "completed", "role": "assistant",
            "content": [{"type": "output_text", "text": answer, "annotations": []}]
        }]);
        script.push(
            json!({"type": "response.completed", "response": response("completed", message)}),
        );
        for mut event in script {
            event["sequence_number"] = json!(sequence);
            sequence += 1;
            if let Some(stream_id) = &stream_id {
                event["stream_id"] = stream_id.clone();
            }
            if !session.send_text(event.to_string()).await {
                return;
            }
        }
    }
}
