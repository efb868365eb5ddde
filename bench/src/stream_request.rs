//! The request of a streamed call: a `_stream` method adds `"stream": true`
//! to the serialized body, so a large conversation pays for that merge on
//! every call. Loopback, a 200-message chat request (about 100 KB), the
//! server answers one chunk and `[DONE]`; raw reqwest posts the same bytes.

use crate::{Sample, header, post_raw, serve};
use futures_util::StreamExt;
use mock_http::Reply;
use tokio::runtime::Runtime;

pub fn stream_request(rt: &Runtime, server_rt: &Runtime) {
    header("A streamed call's request (loopback, 200 messages, median of 500)");
    let chunk = br#"data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"hi"},"finish_reason":"stop"}]}

data: [DONE]

"#;
    let server = serve(server_rt, Reply::sse(&[chunk]));
    let base = server.url();
    let line = "A line of the conversation, long enough to stand for a real turn. ".repeat(7);
    let messages = (0..200).map(|i| format!("{i}: {line}"));
    let request = openai_client::types::CreateChatCompletionRequest::new("gpt-4o-mini", messages);
    let mut payload = serde_json::to_value(&request).expect("json");
    payload["stream"] = true.into();
    let payload = serde_json::to_vec(&payload).expect("json");
    rt.block_on(async {
        let client = openai_client::Client::builder()
            .base_url(&base)
            .api_key("sk-bench")
            .build()
            .expect("client");
        let raw = reqwest::Client::new();
        let url = format!("{base}/chat/completions");
        let (mut ours, mut bare) = (Sample::new(), Sample::new());
        for i in 0..550 {
            let keep = i >= 50;
            ours.record(keep, async {
                let mut stream = client
                    .chat()
                    .completions()
                    .create_stream(&request)
                    .await
                    .expect("ours");
                while let Some(chunk) = stream.next().await {
                    chunk.expect("chunk");
                }
            })
            .await;
            bare.record(keep, post_raw(&raw, &url, &payload)).await;
        }
        let b = bare.report("raw reqwest, the same bytes (body read, not decoded)", None);
        ours.report("openai-client create_stream, every chunk decoded", Some(b));
    });
    println!("\n(request body: {} bytes)", payload.len());
}
