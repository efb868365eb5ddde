//! Function calls in an answer: [`FunctionCalls`] lists them (the
//! function variants of a message's tool calls, the function-call items of
//! a response); [`FunctionCall`] reads one's arguments as a Rust type and
//! makes the message or input item that answers it.
//!
//! ```no_run
//! # openai_helpers::__doc_paths!();
//! use openai_client::prelude::*;
//! # #[derive(serde::Deserialize)] struct GetWeather { city: String }
//! # async fn f(client: Client, request: types::CreateChatCompletionRequest) -> Result<(), Error> {
//! # #[cfg(feature = "chat")] {
//! let completion = client.chat().completions().create(&request).await?;
//! for call in completion.function_calls() {
//!     let args: GetWeather = call.arguments()?;
//!     println!("{} wants the weather in {} ({})", call.function_name(), args.city, call.call_id());
//!     let answer: types::ChatCompletionRequestMessage = call.output("Sunny, 21°C");
//! }
//! # }
//! # Ok(()) }
//! ```

use serde::de::DeserializeOwned;

use openai_client_core::Error;

/// A function call: its name, id and arguments (read as a Rust type), and
/// the answer that carries its output back.
pub trait FunctionCall {
    /// What carries the function's output back to the model: a tool
    /// message in chat, a `function_call_output` input item in Responses.
    type Output;
    /// The function's name.
    fn function_name(&self) -> &str;
    /// The id that the function's output answers (a chat tool message's
    /// `tool_call_id`, a Responses `function_call_output`'s `call_id`).
    fn call_id(&self) -> &str;
    /// The arguments as JSON text, as the model wrote them.
    fn raw_arguments(&self) -> &str;
    /// The arguments as `T` (a decode error names the path that did not
    /// fit).
    fn arguments<T: DeserializeOwned>(&self) -> Result<T, Error> {
        sdk_runtime::de::json(self.raw_arguments().as_bytes())
    }
    /// The message or input item that answers this call with `output`.
    fn output(&self, output: impl Into<String>) -> Self::Output;
}

#[cfg(feature = "chat")]
impl FunctionCall for openai_client_core::types::ChatCompletionMessageToolCall {
    type Output = openai_client_core::types::ChatCompletionRequestMessage;
    fn function_name(&self) -> &str {
        &self.function.name
    }
    fn call_id(&self) -> &str {
        &self.id
    }
    fn raw_arguments(&self) -> &str {
        &self.function.arguments
    }
    fn output(&self, output: impl Into<String>) -> Self::Output {
        Self::Output::tool(output.into(), self.id.clone())
    }
}

#[cfg(feature = "responses")]
impl FunctionCall for openai_client_core::types::FunctionToolCall {
    type Output = openai_client_core::types::InputItem;
    fn function_name(&self) -> &str {
        &self.name
    }
    fn call_id(&self) -> &str {
        &self.call_id
    }
    fn raw_arguments(&self) -> &str {
        &self.arguments
    }
    fn output(&self, output: impl Into<String>) -> Self::Output {
        openai_client_core::types::FunctionCallOutputItemParam::new(output.into())
            .call_id(self.call_id.clone())
            .into()
    }
}

/// The function calls of an answer, in order.
pub trait FunctionCalls {
    /// One call.
    type Call: FunctionCall;
    /// The function calls (custom tool calls and other items are left out).
    fn function_calls(&self) -> impl Iterator<Item = &Self::Call>;
}

#[cfg(feature = "chat")]
impl FunctionCalls for openai_client_core::types::ChatCompletionMessage {
    type Call = openai_client_core::types::ChatCompletionMessageToolCall;
    fn function_calls(&self) -> impl Iterator<Item = &Self::Call> {
        use openai_client_core::types::ChatCompletionMessageToolCallUnion as Call;
        self.tool_calls
            .iter()
            .flatten()
            .filter_map(|call| match call {
                Call::Function(call) => Some(call),
                _ => None,
            })
    }
}

#[cfg(feature = "chat")]
impl FunctionCalls for openai_client_core::types::ChatCompletion {
    type Call = openai_client_core::types::ChatCompletionMessageToolCall;
    /// The first choice's function calls.
    fn function_calls(&self) -> impl Iterator<Item = &Self::Call> {
        use crate::text::ChatCompletionExt;
        self.message()
            .into_iter()
            .flat_map(FunctionCalls::function_calls)
    }
}

#[cfg(feature = "responses")]
impl FunctionCalls for openai_client_core::types::Response {
    type Call = openai_client_core::types::FunctionToolCall;
    fn function_calls(&self) -> impl Iterator<Item = &Self::Call> {
        use openai_client_core::types::OutputItem;
        self.output.iter().filter_map(|item| match item {
            OutputItem::FunctionCall(call) => Some(call),
            _ => None,
        })
    }
}

#[cfg(all(test, feature = "chat"))]
mod tests {
    use super::*;

    #[test]
    fn function_calls_skip_custom_calls_and_read_their_arguments() {
        let completion: openai_client_core::types::ChatCompletion =
            serde_json::from_value(serde_json::json!({
                "id": "c", "object": "chat.completion", "created": 1, "model": "m",
                "choices": [{"index": 0, "finish_reason": "tool_calls", "logprobs": null,
                    "message": {"role": "assistant", "content": null, "refusal": null, "tool_calls": [
                        {"id": "a", "type": "custom", "custom": {"name": "x", "input": "y"}},
                        {"id": "b", "type": "function", "function": {"name": "get_weather", "arguments": "{\"city\":\"Oslo\"}"}}
                    ]}}]
            }))
            .expect("a completion");
        let calls: Vec<_> = completion.function_calls().collect();
        assert_eq!(calls.len(), 1);
        assert_eq!(
            (calls[0].function_name(), calls[0].call_id()),
            ("get_weather", "b")
        );
        let args: serde_json::Value = calls[0].arguments().expect("arguments");
        assert_eq!(args["city"], "Oslo");
        let bad = calls[0].arguments::<Vec<u8>>().expect_err("not a list");
        assert!(bad.to_string().contains("invalid type"), "{bad}");
        let answer = serde_json::to_value(calls[0].output("Sunny")).expect("a message");
        assert_eq!(
            answer,
            serde_json::json!({"role": "tool", "content": "Sunny", "tool_call_id": "b"})
        );
    }
}
