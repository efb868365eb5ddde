//! `parse::<T>` on chat completions and responses, function tools from
//! types and typed tool arguments, against a local server: the request
//! carries `T`'s strict schema, the answer comes back as `T` or as the
//! refusal, and a bad answer is a decode error.

use mock_http::{MockServer, Recorded, Reply};
use openai_client::helpers::structured::{function_tool, response_function_tool};
use openai_client::helpers::text::{OutputText, ToolArguments};
use openai_client::prelude::*;
use openai_client::runtime::Environment;
use openai_client::{Client, types};
use schemars::JsonSchema;
use serde::Deserialize;
use serde_json::{Value, json};

#[derive(Debug, PartialEq, Deserialize, JsonSchema)]
struct Recipe {
    name: String,
    minutes: u32,
    vegetarian: Option<bool>,
}

fn client(server: &MockServer) -> Client {
    Client::builder()
        .environment(Environment::empty())
        .base_url(server.url())
        .api_key("sk-test")
        .max_retries(0)
        .build()
        .expect("client")
}

fn chat_answer(message: Value) -> String {
    json!({
        "id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "gpt-4o-mini",
        "choices": [{"index": 0, "finish_reason": "stop", "logprobs": null, "message": message}]
    })
    .to_string()
}

fn chat_request() -> types::CreateChatCompletionRequest {
    types::CreateChatCompletionRequest::new(
        [types::ChatCompletionRequestUserMessage::new("A quick pasta recipe.").into()],
        "gpt-4o-mini",
    )
}

fn body(request: &Recorded) -> Value {
    serde_json::from_slice(&request.body).expect("json body")
}

#[tokio::test]
async fn chat_parse_sends_the_strict_schema_and_reads_the_value_or_the_refusal() {
    let server = MockServer::start(|r: &Recorded| match r.index {
        0 => Reply::json(
            200,
            &chat_answer(json!({"role": "assistant", "refusal": null,
                "content": r#"{"name":"Aglio e olio","minutes":15,"vegetarian":true}"#})),
        ),
        1 => Reply::json(
            200,
            &chat_answer(json!({"role": "assistant", "content": null, "refusal": "I can't help with that."})),
        ),
        _ => Reply::json(
            200,
            &chat_answer(json!({"role": "assistant", "refusal": null, "content": r#"{"name":"Cut off","minu"#})),
        ),
    })
    .await;
    let client = client(&server);
    let answer = client
        .chat()
        .completions()
        .parse::<Recipe>(&chat_request())
        .await
        .expect("parsed");
    assert_eq!(
        answer.parsed(),
        Some(&Recipe {
            name: "Aglio e olio".into(),
            minutes: 15,
            vegetarian: Some(true)
        })
    );
    assert_eq!(answer.refusal(), None);
    assert_eq!(answer.completion.id, "chatcmpl-1");

    let sent = body(&server.requests()[0]);
    let format = &sent["response_format"];
    assert_eq!(format["type"], "json_schema");
    assert_eq!(format["json_schema"]["name"], "Recipe");
    assert_eq!(format["json_schema"]["strict"], true);
    let schema = &format["json_schema"]["schema"];
    assert_eq!(schema["additionalProperties"], false);
    // Every field is required (in the order serde_json keeps the properties).
    let mut required: Vec<&str> = schema["required"]
        .as_array()
        .expect("required")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    required.sort_unstable();
    assert_eq!(required, ["minutes", "name", "vegetarian"]);
    assert_eq!(
        schema["properties"]["vegetarian"]["type"],
        json!(["boolean", "null"])
    );
    assert_eq!(sent["messages"][0]["content"], "A quick pasta recipe.");

    let refused = client
        .chat()
        .completions()
        .parse::<Recipe>(&chat_request())
        .await
        .expect("refusal");
    assert_eq!(refused.parsed(), None);
    assert_eq!(refused.refusal(), Some("I can't help with that."));
    assert_eq!(refused.completion.all_output_text(), "");

    let error = client
        .chat()
        .completions()
        .parse::<Recipe>(&chat_request())
        .await
        .expect_err("cut off");
    assert!(matches!(error, openai_client::Error::Decode(_)), "{error}");
    assert!(error.to_string().contains("Recipe"), "{error}");
}

fn response_answer(content: Value) -> String {
    json!({
        "id": "resp_1", "object": "response", "created_at": 1, "status": "completed",
        "model": "gpt-4o-mini", "tools": [], "tool_choice": "auto", "parallel_tool_calls": true,
        "output": [
            {"type": "reasoning", "id": "rs_1", "summary": []},
            {"type": "message", "id": "msg_1", "status": "completed", "role": "assistant", "content": content}
        ]
    })
    .to_string()
}

#[tokio::test]
async fn responses_parse_reads_the_output_text_as_the_type() {
    let server = MockServer::start(|r: &Recorded| match r.index {
        0 => Reply::json(
            200,
            &response_answer(json!([
                {"type": "output_text", "text": r#"{"name":"Pesto","#, "annotations": []},
                {"type": "output_text", "text": r#""minutes":10,"vegetarian":null}"#, "annotations": []}
            ])),
        ),
        _ => Reply::json(200, &response_answer(json!([{"type": "refusal", "refusal": "No."}]))),
    })
    .await;
    let client = client(&server);
    let request = types::CreateResponse::new()
        .model("gpt-4o-mini")
        .input("A recipe")
        .text(types::ResponseTextParam::new().verbosity(types::Verbosity::Low));
    let answer = client
        .responses()
        .parse::<Recipe>(&request)
        .await
        .expect("parsed");
    assert_eq!(
        answer.output_parsed(),
        Some(&Recipe {
            name: "Pesto".into(),
            minutes: 10,
            vegetarian: None
        })
    );
    assert_eq!(
        answer.response.all_output_text(),
        r#"{"name":"Pesto","minutes":10,"vegetarian":null}"#
    );
    let sent = body(&server.requests()[0]);
    assert_eq!(sent["text"]["format"]["type"], "json_schema");
    assert_eq!(sent["text"]["format"]["name"], "Recipe");
    assert_eq!(sent["text"]["format"]["strict"], true);
    // The request's other text settings are kept.
    assert_eq!(sent["text"]["verbosity"], "low");

    let refused = client
        .responses()
        .parse::<Recipe>(&request)
        .await
        .expect("refusal");
    assert_eq!(refused.refusal(), Some("No."));
    assert_eq!(refused.output_parsed(), None);
}

#[derive(Debug, PartialEq, Deserialize, JsonSchema)]
struct Weather {
    /// The city, such as "Paris".
    city: String,
    unit: Option<String>,
}

#[tokio::test]
async fn function_tools_from_types_and_typed_arguments() {
    let server = MockServer::start(|r: &Recorded| match r.path() {
        "/chat/completions" => Reply::json(
            200,
            &chat_answer(json!({"role": "assistant", "content": null, "refusal": null, "tool_calls": [
                {"id": "call_1", "type": "function",
                 "function": {"name": "weather", "arguments": r#"{"city":"Paris","unit":null}"#}}
            ]})),
        ),
        _ => Reply::json(
            200,
            &json!({
                "id": "resp_2", "object": "response", "created_at": 1, "status": "completed",
                "model": "gpt-4o-mini", "tools": [], "tool_choice": "auto", "parallel_tool_calls": true,
                "output": [{"type": "function_call", "call_id": "call_2", "name": "weather",
                            "arguments": r#"{"city":"Oslo","unit":"C"}"#}]
            })
            .to_string(),
        ),
    })
    .await;
    let client = client(&server);
    let tool = function_tool::<Weather>("weather", "The weather in a city").expect("tool");
    let request = chat_request().tools([tool]);
    let completion = client
        .chat()
        .completions()
        .create(&request)
        .await
        .expect("ok");
    let sent = body(&server.requests()[0]);
    let function = &sent["tools"][0]["function"];
    assert_eq!(function["name"], "weather");
    assert_eq!(function["strict"], true);
    assert_eq!(function["parameters"]["additionalProperties"], false);
    assert_eq!(
        function["parameters"]["properties"]["city"]["description"],
        "The city, such as \"Paris\"."
    );
    let calls = completion.choices[0]
        .message
        .tool_calls
        .clone()
        .unwrap_or_default();
    let types::ChatCompletionMessageToolCallsItem::Function(call) = &calls[0] else {
        panic!("a function call");
    };
    assert_eq!(call.function_name(), "weather");
    assert_eq!(
        call.arguments::<Weather>().expect("typed"),
        Weather {
            city: "Paris".into(),
            unit: None
        }
    );
    let wrong = call.arguments::<Recipe>().expect_err("not a recipe");
    assert!(matches!(wrong, openai_client::Error::Decode(_)), "{wrong}");

    let tool = response_function_tool::<Weather>("weather", "The weather").expect("tool");
    let request = types::CreateResponse::new()
        .model("gpt-4o-mini")
        .input("Oslo?")
        .tools([tool]);
    let response = client.responses().create(&request).await.expect("ok");
    let sent = body(&server.requests()[1]);
    assert_eq!(sent["tools"][0]["type"], "function");
    assert_eq!(sent["tools"][0]["strict"], true);
    let types::OutputItem::FunctionCall(call) = &response.output[0] else {
        panic!("a function call");
    };
    assert_eq!(
        call.arguments::<Weather>().expect("typed"),
        Weather {
            city: "Oslo".into(),
            unit: Some("C".into())
        }
    );
}
