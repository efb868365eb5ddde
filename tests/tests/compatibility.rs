//! Answers of OpenAI-compatible servers and of Azure OpenAI with content
//! filtering (`tests/fixtures/compat/`, sources in its `SOURCES.md`),
//! served from 127.0.0.1 and decoded through the typed API: every chunk
//! decodes, the fields a server adds stay readable and go back out
//! unchanged, and a value of another shape than the spec's is kept.

mod local;
use local::client;

use mock_http::{MockServer, Recorded, Reply};
use openai_client::prelude::*;
use openai_client::providers::azure::Azure;
use openai_client::runtime::Environment;
use serde_json::{Value, json};

fn fixture(name: &str) -> String {
    let path = format!("{}/fixtures/compat/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A server that answers every request with `name`: SSE for `.sse`, JSON
/// otherwise.
async fn serving(name: &'static str) -> MockServer {
    let body = fixture(name);
    MockServer::start(move |_: &Recorded| {
        if name.ends_with(".sse") {
            Reply::sse(&[body.as_bytes()])
        } else {
            Reply::json(200, &body)
        }
    })
    .await
}

fn azure_client(server: &MockServer) -> Client {
    let provider = Azure::builder()
        .endpoint(server.url())
        .environment(Environment::empty())
        .api_version("2024-10-21")
        .api_key("azure-key")
        .build()
        .expect("provider");
    Client::builder()
        .environment(Environment::empty())
        .provider(provider)
        .max_retries(0)
        .build()
        .expect("client")
}

fn request() -> types::CreateChatCompletionRequest {
    types::CreateChatCompletionRequest::new("gpt-4o", ["Tell me a story."])
}

#[tokio::test]
async fn an_azure_stream_with_content_filtering_yields_every_chunk_and_its_filter_results() {
    let server = serving("azure_filtered_stream.sse").await;
    let mut stream = azure_client(&server)
        .chat()
        .completions()
        .create_stream(&request())
        .await
        .expect("a stream");
    let mut chunks = Vec::new();
    while let Some(chunk) = stream.next().await {
        chunks.push(chunk.expect("every chunk decodes"));
    }
    assert_eq!(chunks.len(), 6);
    assert!(
        server.requests()[0]
            .path()
            .starts_with("/openai/deployments/gpt-4o/")
    );

    // The first chunk: no choice, the prompt's filter results, an empty
    // `object` kept as it came.
    let prompt = chunks[0]
        .prompt_filter_results
        .as_ref()
        .expect("prompt filter results");
    let results = prompt[0].content_filter_results.as_ref().expect("results");
    let jailbreak = results.jailbreak.as_ref().expect("jailbreak");
    assert_eq!(jailbreak.detected, Some(false));
    assert_eq!(chunks[0].extra.get("object"), Some(&json!("")));
    assert!(chunks[0].choices.is_empty());

    // The text, then the annotation chunk that stops the answer.
    let text: String = chunks
        .iter()
        .map(|c| c.output_text().into_owned())
        .collect();
    assert_eq!(text, "Here is a story");
    let last = &chunks[5].choices[0];
    assert_eq!(
        last.finish_reason,
        Some(types::CreateChatCompletionResponseChoiceFinishReason::ContentFilter)
    );
    let violence = last
        .content_filter_results
        .as_ref()
        .and_then(|r| r.violence.as_ref())
        .expect("violence");
    assert_eq!(violence.filtered, Some(true));
    assert_eq!(
        violence.severity,
        Some(types::AzureContentFilterSeverityResultSeverity::Medium)
    );
    assert_eq!(
        last.extra
            .get("content_filter_offsets")
            .map(|o| &o["end_offset"]),
        Some(&json!(15))
    );
}

#[tokio::test]
async fn the_stream_events_of_a_filtered_azure_answer_keep_its_id_and_its_stop_reason() {
    let server = serving("azure_filtered_stream.sse").await;
    let events = azure_client(&server)
        .chat()
        .completions()
        .stream(&request())
        .await
        .expect("a stream");
    let completion = events.final_completion().await.expect("the completion");
    assert_eq!(completion.id, "chatcmpl-AzF1");
    assert_eq!(completion.model, "gpt-4o-2024-08-06");
    assert_eq!(completion.output_text(), "Here is a story");
    assert_eq!(
        completion.choices[0].finish_reason,
        types::CreateChatCompletionResponseChoiceFinishReason::ContentFilter
    );
}

#[tokio::test]
async fn an_azure_completion_carries_its_filter_results() {
    let server = serving("azure_filtered_completion.json").await;
    let completion = azure_client(&server)
        .chat()
        .completions()
        .create(&request())
        .await
        .expect("a completion");
    let prompt = &completion
        .prompt_filter_results
        .as_ref()
        .expect("prompt results")[0];
    assert_eq!(prompt.prompt_index, Some(0));
    let choice = completion.choices[0]
        .content_filter_results
        .as_ref()
        .expect("choice results");
    assert_eq!(
        choice
            .protected_material_text
            .as_ref()
            .and_then(|r| r.detected),
        Some(false)
    );
}

/// Decoded, then serialized: the fields the spec does not have come back
/// out unchanged.
fn round_trip<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).expect("serializes")
}

#[tokio::test]
async fn provider_fields_are_readable_by_name_and_survive_a_round_trip() {
    for (name, path, expected) in [
        (
            "deepseek_reasoning.json",
            "/choices/0/message/reasoning_content",
            json!("Compare the tenths: 1 < 8, so 9.11 < 9.8."),
        ),
        (
            "groq_completion.json",
            "/x_groq/id",
            json!("req_01jbd6g2qdfw2adyrt2az8hz4w"),
        ),
        ("openrouter_completion.json", "/provider", json!("OpenAI")),
        ("llamacpp_completion.json", "/timings/predicted_n", json!(3)),
    ] {
        let server = serving(name).await;
        let completion = client(&server)
            .chat()
            .completions()
            .create(&request())
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let sent: Value = serde_json::from_str(&fixture(name)).expect("json");
        assert_eq!(
            round_trip(&*completion).pointer(path),
            Some(&expected),
            "{name}"
        );
        // Nothing the server sent is lost.
        assert_eq!(round_trip(&*completion)["usage"], sent["usage"], "{name}");
    }

    let server = serving("deepseek_reasoning.json").await;
    let completion = client(&server)
        .chat()
        .completions()
        .create(&request())
        .await
        .expect("ok");
    let message = completion.message().expect("a message");
    assert_eq!(
        message
            .extra
            .get_as::<String>("reasoning_content")
            .transpose()
            .expect("text")
            .as_deref(),
        Some("Compare the tenths: 1 < 8, so 9.11 < 9.8.")
    );
    assert_eq!(completion.usage.as_ref().map(|u| u.total_tokens), Some(53));
    assert_eq!(
        completion
            .usage
            .as_ref()
            .and_then(|u| u.extra.get("prompt_cache_miss_tokens")),
        Some(&json!(13))
    );
    let groq = serving("groq_completion.json").await;
    let completion = client(&groq)
        .chat()
        .completions()
        .create(&request())
        .await
        .expect("ok");
    assert_eq!(
        completion.extra.get("x_groq").map(|x| &x["id"]),
        Some(&json!("req_01jbd6g2qdfw2adyrt2az8hz4w"))
    );
}

#[tokio::test]
async fn stream_deltas_keep_reasoning_content() {
    let server = serving("deepseek_reasoning_stream.sse").await;
    let mut stream = client(&server)
        .chat()
        .completions()
        .create_stream(&request())
        .await
        .expect("a stream");
    let mut reasoning = String::new();
    let mut text = String::new();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.expect("a chunk");
        let delta = &chunk.choices[0].delta;
        if let Some(Value::String(r)) = delta.extra.get("reasoning_content") {
            reasoning += r;
        }
        text += &chunk.output_text();
    }
    assert_eq!(reasoning, "Compare the tenths.");
    assert_eq!(text, "9.11 is smaller.");
}

#[tokio::test]
async fn chunks_without_object_or_created_decode() {
    let server = serving("no_object_stream.sse").await;
    let events = client(&server)
        .chat()
        .completions()
        .stream(&request())
        .await
        .expect("a stream");
    let completion = events.final_completion().await.expect("the completion");
    assert_eq!(completion.output_text(), "Hello");
    assert_eq!(completion.id, "gen-1");

    let server = MockServer::start(|_: &Recorded| {
        Reply::json(
            200,
            r#"{"id":"c1","model":"m","choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"Hi"}}]}"#,
        )
    })
    .await;
    let completion = client(&server)
        .chat()
        .completions()
        .create(&request())
        .await
        .expect("no object");
    assert_eq!(completion.output_text(), "Hi");
    assert_eq!(completion.created, 0);
}

#[tokio::test]
async fn content_of_another_shape_is_kept_whole_and_the_answer_decodes() {
    let server = serving("mistral_thinking.json").await;
    let completion = client(&server)
        .chat()
        .completions()
        .create(&request())
        .await
        .expect("the answer decodes");
    let message = completion.message().expect("a message");
    assert_eq!(message.content, None);
    let parts = message
        .extra
        .get("content")
        .and_then(Value::as_array)
        .expect("the parts");
    assert_eq!(parts[1]["text"], "2 + 2 = 4.");
    assert_eq!(
        parts[0]["thinking"][0]["text"],
        "The user asks for 2+2. That is 4."
    );
    // Sent back as it came.
    assert_eq!(round_trip(message)["content"], json!(parts));
}

#[tokio::test]
async fn a_stream_or_an_answer_decodes_into_the_callers_own_type() {
    #[derive(serde::Deserialize)]
    struct Delta {
        content: Option<String>,
        reasoning_content: Option<String>,
    }
    #[derive(serde::Deserialize)]
    struct Choice {
        delta: Delta,
    }
    #[derive(serde::Deserialize)]
    struct Chunk {
        choices: Vec<Choice>,
    }
    let server = serving("deepseek_reasoning_stream.sse").await;
    let mut stream = client(&server)
        .chat()
        .completions()
        .create_stream(&request())
        .stream_as::<Chunk>()
        .await
        .expect("a stream");
    let (mut reasoning, mut text) = (String::new(), String::new());
    while let Some(chunk) = stream.next().await {
        for choice in chunk.expect("my chunk").choices {
            reasoning += choice
                .delta
                .reasoning_content
                .as_deref()
                .unwrap_or_default();
            text += choice.delta.content.as_deref().unwrap_or_default();
        }
    }
    assert_eq!(
        (reasoning.as_str(), text.as_str()),
        ("Compare the tenths.", "9.11 is smaller.")
    );

    #[derive(serde::Deserialize)]
    struct Timings {
        predicted_n: u32,
    }
    #[derive(serde::Deserialize)]
    struct LlamaAnswer {
        timings: Timings,
    }
    let server = serving("llamacpp_completion.json").await;
    let answer = client(&server)
        .chat()
        .completions()
        .create(&request())
        .json::<LlamaAnswer>()
        .await
        .expect("my answer");
    assert_eq!(answer.timings.predicted_n, 3);
}

#[tokio::test]
async fn fields_of_a_server_go_back_in_the_next_request_at_any_depth() {
    // DeepSeek's thinking mode with tools wants each assistant message's
    // `reasoning_content` sent back.
    let server = serving("deepseek_reasoning.json").await;
    let client = client(&server);
    let mut next = request();
    let completion = client.chat().completions().create(&next).await.expect("ok");
    next.messages
        .push(completion.message().expect("a message").clone().into());
    // A field of the caller's own on a message it builds, and on the request.
    let mut note = types::ChatCompletionRequestAssistantMessage::new().content("Noted.");
    note.extra
        .insert("reasoning_content", "Nothing to think about.");
    next.messages.push(note.into());
    next.extra.insert("thinking", json!({"type": "enabled"}));
    client.chat().completions().create(&next).await.expect("ok");
    let sent: Value = serde_json::from_slice(&server.requests()[1].body).expect("json");
    assert_eq!(
        sent["messages"][1]["reasoning_content"],
        "Compare the tenths: 1 < 8, so 9.11 < 9.8."
    );
    assert_eq!(sent["messages"][1]["role"], "assistant");
    assert_eq!(
        sent["messages"][2]["reasoning_content"],
        "Nothing to think about."
    );
    assert_eq!(sent["thinking"]["type"], "enabled");
}

#[tokio::test]
async fn azure_refuses_dot_deployments_before_sending_and_routes_a_multipart_model_whole() {
    let server = MockServer::start(|_: &Recorded| Reply::json(200, r#"{"text":"hello"}"#)).await;
    let client = azure_client(&server);
    for name in [".", ".."] {
        let request = types::CreateChatCompletionRequest::new(name, ["Hi"]);
        let error = client
            .chat()
            .completions()
            .create(&request)
            .await
            .expect_err("refused");
        assert!(error.to_string().contains(&format!("`{name}`")), "{error}");
    }
    assert!(server.requests().is_empty(), "nothing was sent");

    let file = openai_client::runtime::multipart::FilePart::from_bytes("a.wav", b"RIFF".to_vec());
    let request = types::CreateTranscriptionRequest::new(file, "whisper-1\r\nevil");
    let _ = client.audio().transcriptions().create(&request).await;
    let sent = &server.requests()[0];
    assert_eq!(
        sent.path(),
        "/openai/deployments/whisper-1%0D%0Aevil/audio/transcriptions",
        "the URL names the whole model, as the body does"
    );
}
