//! The thirteen frictions of everyday code that issue 22 lists, each in the
//! short form the crate now allows, run against a local server. A test's
//! name carries the friction's number; its body is the code a user writes.

mod local;
use local::client;

use mock_http::{MockServer, Recorded, Reply};
use openai_client::prelude::*;
use serde_json::{Value, json};

fn completion(message: Value, finish: &str) -> String {
    json!({
        "id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "gpt-4o-mini",
        "choices": [{"index": 0, "finish_reason": finish, "logprobs": null, "message": message}]
    })
    .to_string()
}

fn text_completion(text: &str) -> String {
    completion(
        json!({"role": "assistant", "content": text, "refusal": null}),
        "stop",
    )
}

fn tool_call_completion() -> String {
    completion(
        json!({"role": "assistant", "content": null, "refusal": null, "tool_calls": [{
            "id": "call_1", "type": "function",
            "function": {"name": "GetWeather", "arguments": "{\"city\":\"Oslo\"}"}
        }]}),
        "tool_calls",
    )
}

fn response(output: Value) -> String {
    json!({
        "id": "resp_1", "object": "response", "created_at": 1, "status": "completed",
        "model": "gpt-4o-mini", "output": output, "parallel_tool_calls": true,
        "tool_choice": "auto", "tools": [], "error": null, "incomplete_details": null,
        "instructions": null, "metadata": {}, "temperature": 1, "top_p": 1
    })
    .to_string()
}

fn text_response(text: &str) -> String {
    response(json!([{
        "type": "message", "id": "msg_1", "role": "assistant", "status": "completed",
        "content": [{"type": "output_text", "text": text, "annotations": []}]
    }]))
}

fn chunk(content: &str) -> String {
    let chunk = json!({
        "id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "gpt-4o-mini",
        "choices": [{"index": 0, "delta": {"content": content}, "finish_reason": null}]
    });
    format!("data: {chunk}\n\n")
}

fn sent_json(request: &Recorded) -> Value {
    serde_json::from_slice(&request.body).expect("a JSON body")
}

async fn answering(body: String) -> MockServer {
    MockServer::start(move |_: &Recorded| Reply::json(200, &body)).await
}

/// A server that streams one chunk per text, then `[DONE]`, with a request
/// id when one is given.
async fn streaming(texts: &[&str], request_id: Option<&'static str>) -> MockServer {
    let body: String = texts.iter().map(|t| chunk(t)).collect::<String>() + "data: [DONE]\n\n";
    MockServer::start(move |_: &Recorded| {
        let reply = Reply::sse(&[body.as_bytes()]);
        match request_id {
            Some(id) => reply.with_header("x-request-id", id),
            None => reply,
        }
    })
    .await
}

/// The weather in a city.
#[derive(serde::Deserialize, schemars::JsonSchema)]
struct GetWeather {
    city: String,
}

#[tokio::test]
async fn friction_01_a_response_s_text_is_output_text() {
    let server = answering(text_response("A haiku.")).await;
    let request = types::CreateResponse::new("gpt-4o-mini", "Write a haiku.");
    let response = client(&server).responses().create(&request).await.unwrap();
    assert_eq!(response.output_text(), "A haiku.");
}

#[tokio::test]
async fn friction_02_one_prelude_import_brings_the_client_the_types_and_stream_ext() {
    // `Client`, `types`, `Error`, `StreamExt` and the helpers' traits all
    // come from the one `use openai_client::prelude::*;` above.
    let server = streaming(&["Hi", "!"], None).await;
    let client: Client = client(&server);
    let request = types::CreateChatCompletionRequest::new("gpt-4o-mini", ["Hi"]);
    let mut stream = client
        .chat()
        .completions()
        .create_stream(&request)
        .await
        .unwrap();
    let first: Result<types::ChatCompletionChunk, Error> = stream.next().await.unwrap();
    assert_eq!(first.unwrap().output_text(), "Hi");
}

#[tokio::test]
async fn friction_03_a_streamed_answer_is_read_without_into_inner() {
    let server = streaming(&["One,", " two."], Some("req_s")).await;
    let request = types::CreateChatCompletionRequest::new("gpt-4o-mini", ["Count."]);
    let mut stream = client(&server)
        .chat()
        .completions()
        .create_stream(&request)
        .await
        .unwrap();
    let mut text = String::new();
    while let Some(chunk) = stream.next().await {
        text += &chunk.unwrap().output_text();
    }
    assert_eq!(text, "One, two.");
    assert_eq!(stream.request_id(), Some("req_s"));
}

#[tokio::test]
async fn friction_04_auto_paginate_needs_no_pin() {
    let server = MockServer::start(|request: &Recorded| {
        let file = |id: &str| {
            json!({"id": id, "object": "file", "bytes": 1, "created_at": 1,
                   "filename": format!("{id}.jsonl"), "purpose": "batch", "status": "processed"})
        };
        let page = if request.query().iter().any(|(k, _)| k == "after") {
            json!({"object": "list", "data": [file("file_2")], "first_id": "file_2",
                   "last_id": "file_2", "has_more": false})
        } else {
            json!({"object": "list", "data": [file("file_1")], "first_id": "file_1",
                   "last_id": "file_1", "has_more": true})
        };
        Reply::json(200, &page.to_string())
    })
    .await;
    let client = client(&server);
    let params = types::ListFilesParams::new();
    let mut files = client.files().list(&params).auto_paginate();
    let mut ids = Vec::new();
    while let Some(file) = files.next().await {
        ids.push(file.unwrap().id);
    }
    assert_eq!(ids, ["file_1", "file_2"]);
}

#[tokio::test]
async fn friction_05_parse_and_function_tool_work_with_default_features() {
    #[derive(serde::Deserialize, schemars::JsonSchema)]
    struct CalendarEvent {
        name: String,
        participants: Vec<String>,
    }
    let answer = r#"{"name":"Science fair","participants":["Alice","Bob"]}"#;
    let server = answering(text_completion(answer)).await;
    let request = types::CreateChatCompletionRequest::new("gpt-4o-mini", ["Alice and Bob."])
        .tools([function_tool::<GetWeather>().unwrap()]);
    let completion = client(&server)
        .chat()
        .completions()
        .parse::<CalendarEvent>(&request)
        .await
        .unwrap();
    let event = completion.parsed().expect("a parsed answer");
    assert_eq!(
        (event.name.as_str(), event.participants.len()),
        ("Science fair", 2)
    );
    let sent = sent_json(&server.requests()[0]);
    assert_eq!(sent["response_format"]["type"], "json_schema");
    assert_eq!(sent["tools"][0]["function"]["name"], "GetWeather");
}

#[tokio::test]
async fn friction_06_messages_need_no_into_and_no_annotation() {
    let server = answering(text_completion("Hello.")).await;
    let request = types::CreateChatCompletionRequest::new(
        "gpt-4o-mini",
        [
            types::ChatCompletionRequestMessage::system("Be brief."),
            "Hi".into(),
        ],
    );
    client(&server)
        .chat()
        .completions()
        .create(&request)
        .await
        .unwrap();
    let sent = sent_json(&server.requests()[0]);
    assert_eq!(
        sent["messages"],
        json!([{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}])
    );
}

#[tokio::test]
async fn friction_07_function_calls_are_read_without_matching_the_enum() {
    let server = answering(tool_call_completion()).await;
    let request = types::CreateChatCompletionRequest::new("gpt-4o-mini", ["Weather?"]);
    let completion = client(&server)
        .chat()
        .completions()
        .create(&request)
        .await
        .unwrap();
    let calls: Vec<_> = completion.function_calls().collect();
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].function_name(), "GetWeather");
    assert_eq!(calls[0].arguments::<GetWeather>().unwrap().city, "Oslo");
}

#[tokio::test]
async fn friction_08_the_answer_is_appended_to_the_conversation_as_it_is() {
    let server = answering(tool_call_completion()).await;
    let mut request = types::CreateChatCompletionRequest::new("gpt-4o-mini", ["Weather?"]);
    let completion = client(&server)
        .chat()
        .completions()
        .create(&request)
        .await
        .unwrap();
    let message = completion.message().unwrap();
    request.messages.push(message.clone().into());
    let sent = serde_json::to_value(&request.messages[1]).unwrap();
    assert_eq!(sent["role"], "assistant");
    assert_eq!(sent["tool_calls"][0]["id"], "call_1");
}

#[tokio::test]
async fn friction_09_response_output_goes_back_as_input() {
    let output = json!([{
        "type": "function_call", "id": "fc_1", "call_id": "call_9", "name": "GetWeather",
        "arguments": "{\"city\":\"Oslo\"}", "status": "completed"
    }]);
    let server = answering(response(output)).await;
    let client = client(&server);
    let mut input = vec![types::InputItem::from("Weather in Oslo?")];
    let request = types::CreateResponse::new("gpt-4o-mini", input.clone());
    let first = client.responses().create(&request).await.unwrap();
    input.extend(first.output.iter().cloned().map(types::InputItem::from));
    for call in first.function_calls() {
        input.push(call.output("21°C"));
    }
    client
        .responses()
        .create(&types::CreateResponse::new("gpt-4o-mini", input))
        .await
        .unwrap();
    let sent = sent_json(&server.requests()[1]);
    assert_eq!(sent["input"][1]["type"], "function_call");
    assert_eq!(sent["input"][2]["type"], "function_call_output");
    assert_eq!(sent["input"][2]["call_id"], "call_9");
    assert_eq!(sent["input"][2]["output"], "21°C");
}

#[test]
fn friction_10_the_three_request_types_take_the_model_first() {
    let chat = types::CreateChatCompletionRequest::new("gpt-4o-mini", ["Hi"]);
    let response = types::CreateResponse::new("gpt-4o-mini", "Hi");
    let embedding = types::CreateEmbeddingRequest::new("text-embedding-3-small", "Hi");
    let models = [
        serde_json::to_value(&chat).unwrap()["model"].clone(),
        serde_json::to_value(&response).unwrap()["model"].clone(),
        serde_json::to_value(&embedding).unwrap()["model"].clone(),
    ];
    assert_eq!(
        models,
        ["gpt-4o-mini", "gpt-4o-mini", "text-embedding-3-small"]
    );
}

#[tokio::test]
async fn friction_11_a_message_s_text_prints_without_unwrapping() {
    let server = answering(text_completion("Hello.")).await;
    let request = types::CreateChatCompletionRequest::new("gpt-4o-mini", ["Hi"]);
    let completion = client(&server)
        .chat()
        .completions()
        .create(&request)
        .await
        .unwrap();
    assert_eq!(format!("{}", completion.output_text()), "Hello.");
    let message = completion.message().unwrap();
    assert_eq!(format!("{}", message.output_text()), "Hello.");
}

#[tokio::test]
async fn friction_12_high_level_stream_events_come_in_one_step() {
    let server = streaming(&["Hel", "lo."], None).await;
    let client = client(&server);
    let request = types::CreateChatCompletionRequest::new("gpt-4o-mini", ["Hi"]);
    let mut events = client.chat().completions().stream(&request).await.unwrap();
    while let Some(event) = events.next().await {
        event.unwrap();
    }
    let completion = events.final_completion().await.unwrap();
    assert_eq!(completion.output_text(), "Hello.");
    assert_eq!(
        sent_json(&server.requests()[0])["stream"],
        json!(true),
        "stream() asks for a stream"
    );
}

#[tokio::test]
async fn friction_13_errors_name_types_by_the_name_users_write() {
    // A decode error names the type as `types::Response` shows it, never by
    // the crate that defines it (`openai_types::responses::Response`).
    let server = answering(r#"{"id": 5}"#.to_owned()).await;
    let request = types::CreateResponse::new("gpt-4o-mini", "Hi");
    let error = client(&server)
        .responses()
        .create(&request)
        .await
        .unwrap_err();
    let message = error.to_string();
    assert!(
        message.starts_with("failed to decode Response at "),
        "{message}"
    );
    assert!(!message.contains("openai_types"), "{message}");
}
