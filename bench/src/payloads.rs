//! Synthetic payloads shaped like real API answers.

use serde_json::{Value, json};

fn logprob(i: usize) -> Value {
    json!({"token": format!("tok{i}"), "logprob": -0.25, "bytes": [116, 111, 107], "top_logprobs": [
        {"token": "a", "logprob": -1.5, "bytes": [97]}, {"token": "b", "logprob": -2.5, "bytes": [98]}
    ]})
}

/// A chat completion with `choices` choices of `tokens` logprobs each.
pub fn chat_completion(choices: usize, tokens: usize) -> String {
    let choices: Vec<Value> = (0..choices)
        .map(|i| {
            json!({
                "index": i,
                "finish_reason": "tool_calls",
                "logprobs": {"content": (0..tokens).map(logprob).collect::<Vec<_>>(), "refusal": null},
                "message": {
                    "role": "assistant",
                    "content": "The weather tool will know. ".repeat(4),
                    "refusal": null,
                    "tool_calls": [{"id": format!("call_{i}"), "type": "function", "function": {"name": "get_weather", "arguments": "{\"city\":\"Oslo\"}"}}]
                }
            })
        })
        .collect();
    json!({
        "id": "chatcmpl-1", "object": "chat.completion", "created": 1_700_000_000, "model": "gpt-4o-mini",
        "choices": choices,
        "usage": {"prompt_tokens": 10, "completion_tokens": 20, "total_tokens": 30}
    })
    .to_string()
}

/// A chat request body.
pub fn chat_request() -> Vec<u8> {
    json!({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hello there, how are you?"}]})
        .to_string()
        .into_bytes()
}

/// A Responses object with `n` message output items.
pub fn response_with_items(n: usize) -> String {
    let output: Vec<Value> = (0..n)
        .map(|i| {
            json!({"type": "message", "id": format!("msg_{i}"), "status": "completed", "role": "assistant",
                "content": [{"type": "output_text", "text": "Some output text for this item.", "annotations": [], "logprobs": []}]})
        })
        .collect();
    json!({
        "id": "resp_1", "object": "response", "created_at": 1, "status": "completed", "model": "gpt-4o-mini",
        "output": output, "parallel_tool_calls": true, "tool_choice": "auto", "tools": [], "error": null,
        "incomplete_details": null, "instructions": null, "metadata": null, "temperature": null, "top_p": null
    })
    .to_string()
}

/// A list of `n` models.
pub fn models(n: usize) -> String {
    let data: Vec<Value> = (0..n)
        .map(|i| json!({"id": format!("model-{i}"), "object": "model", "created": 1_700_000_000 + i, "owned_by": "openai"}))
        .collect();
    json!({"object": "list", "data": data}).to_string()
}

/// A chat-completion SSE stream of `n` chunks and `[DONE]`.
pub fn chat_sse(n: usize) -> Vec<u8> {
    let mut out = String::new();
    for i in 0..n {
        let chunk = json!({"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": "gpt-4o-mini",
            "choices": [{"index": 0, "delta": {"content": format!("token{i} ")}, "finish_reason": null}]});
        out.push_str(&format!("data: {chunk}\n\n"));
    }
    out.push_str("data: [DONE]\n\n");
    out.into_bytes()
}

/// A Responses SSE stream of `n` text deltas.
pub fn responses_sse(n: usize) -> Vec<u8> {
    let mut out = String::new();
    for i in 0..n {
        let event = json!({"type": "response.output_text.delta", "item_id": "msg_1", "output_index": 0,
            "content_index": 0, "delta": format!("token{i} "), "sequence_number": i, "logprobs": []});
        out.push_str(&format!(
            "event: response.output_text.delta\ndata: {event}\n\n"
        ));
    }
    out.into_bytes()
}

/// Splits bytes at pseudo-random boundaries (deterministic for a seed).
pub fn split_randomly(data: &[u8], seed: u64) -> Vec<bytes::Bytes> {
    let mut state = seed;
    let mut out = Vec::new();
    let mut at = 0;
    while at < data.len() {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let len = 1 + (state >> 33) as usize % 4096;
        let end = (at + len).min(data.len());
        out.push(bytes::Bytes::copy_from_slice(&data[at..end]));
        at = end;
    }
    out
}
