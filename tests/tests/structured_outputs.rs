//! `parse::<T>` on chat completions and responses, function tools from
//! types and typed tool arguments, against a local server: the request
//! carries `T`'s strict schema, the answer comes back as `T` or as the
//! refusal, an answer cut off is `Error::Incomplete` and a bad answer is a
//! decode error.

mod local;
use local::client;

use mock_http::{MockServer, Recorded, Reply};
use openai_client::helpers::structured::{function_tool_named, response_function_tool_named};
use openai_client::prelude::*;
use openai_client::types;
use schemars::JsonSchema;
use serde::Deserialize;
use serde_json::{Value, json};

#[derive(Debug, PartialEq, Deserialize, JsonSchema)]
struct Recipe {
    name: String,
    minutes: u32,
    vegetarian: Option<bool>,
}

fn chat_answer(message: Value) -> String {
    json!({
        "id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "gpt-4o-mini",
        "choices": [{"index": 0, "finish_reason": "stop", "logprobs": null, "message": message}]
    })
    .to_string()
}

fn chat_request() -> types::CreateChatCompletionRequest {
    types::CreateChatCompletionRequest::new("gpt-4o-mini", ["A quick pasta recipe."])
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
    assert_eq!(refused.completion.output_text(), "");

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
    let request = types::CreateResponse::new("gpt-4o-mini", "A recipe")
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
        answer.response.output_text(),
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
    let tool = function_tool_named::<Weather>("weather", "The weather in a city").expect("tool");
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
    let call = completion.function_calls().next().expect("a function call");
    assert_eq!(
        (call.function_name(), call.call_id()),
        ("weather", "call_1")
    );
    assert_eq!(
        call.arguments::<Weather>().expect("typed"),
        Weather {
            city: "Paris".into(),
            unit: None
        }
    );
    let wrong = call.arguments::<Recipe>().expect_err("not a recipe");
    assert!(matches!(wrong, openai_client::Error::Decode(_)), "{wrong}");

    let tool = response_function_tool_named::<Weather>("weather", "The weather").expect("tool");
    let request = types::CreateResponse::new("gpt-4o-mini", "Oslo?").tools([tool]);
    let response = client.responses().create(&request).await.expect("ok");
    let sent = body(&server.requests()[1]);
    assert_eq!(sent["tools"][0]["type"], "function");
    assert_eq!(sent["tools"][0]["strict"], true);
    let call = response.function_calls().next().expect("a function call");
    assert_eq!(
        call.arguments::<Weather>().expect("typed"),
        Weather {
            city: "Oslo".into(),
            unit: Some("C".into())
        }
    );
    let answer = serde_json::to_value(call.output("21")).expect("an input item");
    assert_eq!(
        answer,
        json!({"type": "function_call_output", "call_id": "call_2", "output": "21"})
    );
}

/// A weather query (named and described by the type itself).
#[derive(Debug, PartialEq, Deserialize, JsonSchema)]
struct GetWeather {
    city: String,
}

#[tokio::test]
async fn a_tool_from_a_type_alone_takes_its_name_and_doc_and_parse_reads_strict_calls() {
    let server = MockServer::start(|_: &Recorded| {
        Reply::json(
            200,
            &chat_answer(
                json!({"role": "assistant", "content": null, "refusal": null, "tool_calls": [
                    {"id": "call_1", "type": "function",
                     "function": {"name": "GetWeather", "arguments": r#"{"city":"Oslo"}"#}}
                ]}),
            ),
        )
    })
    .await;
    let client = client(&server);
    let request = chat_request().tools([function_tool::<GetWeather>().expect("tool")]);
    let parsed = client
        .chat()
        .completions()
        .parse::<Recipe>(&request)
        .await
        .expect("only tool calls");
    let sent = body(&server.requests()[0]);
    assert_eq!(sent["tools"][0]["function"]["name"], "GetWeather");
    assert_eq!(
        sent["tools"][0]["function"]["description"],
        "A weather query (named and described by the type itself)."
    );
    assert_eq!(parsed.parsed(), None);
    assert_eq!(parsed.tool_calls.len(), 1);
    assert_eq!(parsed.tool_calls[0].name, "GetWeather");
    assert_eq!(
        parsed.tool_calls[0]
            .arguments::<GetWeather>()
            .expect("typed"),
        GetWeather {
            city: "Oslo".into()
        }
    );
}

#[tokio::test]
async fn an_answer_cut_off_is_an_incomplete_error_that_keeps_the_answer() {
    let server = MockServer::start(|r: &Recorded| {
        let reason = if r.index == 0 { "length" } else { "content_filter" };
        Reply::json(
            200,
            &json!({
                "id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "gpt-4o-mini",
                "choices": [{"index": 0, "finish_reason": reason, "logprobs": null,
                    "message": {"role": "assistant", "refusal": null, "content": r#"{"name":"Aglio"#}}]
            })
            .to_string(),
        )
        .with_header("x-request-id", "req_cut")
    })
    .await;
    let client = client(&server);
    for reason in ["length", "content_filter"] {
        let error = client
            .chat()
            .completions()
            .parse::<Recipe>(&chat_request())
            .await
            .expect_err("cut off");
        let incomplete = error.as_incomplete().expect("an incomplete answer");
        assert_eq!(incomplete.reason, reason);
        assert_eq!(error.request_id(), Some("req_cut"));
        assert_eq!(
            incomplete.answer["choices"][0]["message"]["content"],
            r#"{"name":"Aglio"#
        );
        assert!(error.to_string().contains(reason), "{error}");
    }
}

#[tokio::test]
async fn an_incomplete_response_is_an_incomplete_error() {
    let server = MockServer::start(|_: &Recorded| {
        Reply::json(
            200,
            &json!({
                "id": "resp_1", "object": "response", "created_at": 1, "status": "incomplete",
                "incomplete_details": {"reason": "max_output_tokens"},
                "model": "gpt-4o-mini", "tools": [], "tool_choice": "auto", "parallel_tool_calls": true,
                "output": [{"type": "message", "id": "msg_1", "status": "incomplete", "role": "assistant",
                    "content": [{"type": "output_text", "text": "{\"name\":", "annotations": []}]}]
            })
            .to_string(),
        )
    })
    .await;
    let error = client(&server)
        .responses()
        .parse::<Recipe>(&types::CreateResponse::new("gpt-4o-mini", "A recipe"))
        .await
        .expect_err("incomplete");
    let incomplete = error.as_incomplete().expect("an incomplete answer");
    assert_eq!(incomplete.reason, "max_output_tokens");
    assert_eq!(incomplete.answer["id"], "resp_1");
}
