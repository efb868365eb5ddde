//! Structured outputs and tools from Rust types (feature
//! `structured-outputs`): `parse::<T>` on chat completions and responses
//! asks for a strict JSON schema derived from `T` and reads the answer back
//! into `T` (or the refusal); `function_tool::<T>` and
//! `response_function_tool::<T>` describe a function's arguments by a type.
//!
//! An answer cut off by the length limit or the content filter is an
//! [`Error::Incomplete`] (with the answer kept), not a decode error.
//!
//! ```no_run
//! # openai_helpers::__doc_paths!();
//! use openai_client::prelude::*;
//! # async fn f(client: Client) -> Result<(), Error> {
//! # #[cfg(all(feature = "chat", feature = "structured-outputs"))] {
//! #[derive(serde::Deserialize, schemars::JsonSchema)]
//! struct Recipe { name: String, minutes: u32 }
//! let request = types::CreateChatCompletionRequest::new("gpt-4o-mini", ["A quick pasta recipe."]);
//! let answer = client.chat().completions().parse::<Recipe>(&request).await?;
//! if let Some(recipe) = answer.parsed() {
//!     println!("{} ({} min)", recipe.name, recipe.minutes);
//! }
//! # }
//! # Ok(()) }
//! ```
#![cfg(feature = "structured-outputs")]

use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::strict_schema::{Optional, to_strict};
use openai_client_core::Error;

/// A type an answer can be read into: `serde::Deserialize` for the
/// answer, `schemars::JsonSchema` for the schema sent with the request.
/// Without them, the compiler says so and how to fix it ("`Plain` can't be
/// a structured output ... derive both"):
///
/// ```compile_fail
/// # openai_helpers::__doc_paths!();
/// use openai_client::prelude::*;
/// struct Plain { name: String }
/// # async fn f(client: Client, request: types::CreateChatCompletionRequest) -> Result<(), Error> {
/// let answer = client.chat().completions().parse::<Plain>(&request).await?;
/// # Ok(()) }
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` can't be a structured output: it needs `serde::Deserialize` and `schemars::JsonSchema`",
    label = "not a structured output",
    note = "derive both: `#[derive(serde::Deserialize, schemars::JsonSchema)]` (dependencies `serde` with feature `derive`, and `schemars` 1)"
)]
pub trait StructuredOutput: JsonSchema + DeserializeOwned {}

impl<T: JsonSchema + DeserializeOwned> StructuredOutput for T {}

/// The strict JSON schema of `T`, and the name it goes by (`[A-Za-z0-9_-]`,
/// at most 64 characters). Every property is required: an `Option` field
/// accepts `null`, a `#[serde(default)]` field must be given.
pub fn strict_schema_of<T: JsonSchema + ?Sized>() -> Result<(String, Map<String, Value>), Error> {
    let schema = schemars::SchemaGenerator::default().into_root_schema_for::<T>();
    let strict = to_strict(schema.as_value(), Optional::Required)
        .map_err(|e| Error::InvalidRequest(format!("the schema of `{}`: {e}", T::schema_name())))?;
    let name: String = T::schema_name()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .take(64)
        .collect();
    match strict {
        Value::Object(map) => Ok((name, map)),
        _ => Err(Error::InvalidRequest(format!(
            "the schema of `{name}` is not an object"
        ))),
    }
}

/// One answer read as `T`: the value, or the model's refusal.
#[derive(Debug, Clone, PartialEq)]
pub enum Parsed<T> {
    /// The answer, as `T`.
    Value(T),
    /// The model refused; its explanation.
    Refusal(String),
    /// The answer has no content, only tool calls.
    NoContent,
}

impl<T> Parsed<T> {
    /// The value, unless the model refused.
    pub fn value(&self) -> Option<&T> {
        match self {
            Self::Value(v) => Some(v),
            Self::Refusal(_) | Self::NoContent => None,
        }
    }
    /// The refusal, if the model refused.
    pub fn refusal(&self) -> Option<&str> {
        match self {
            Self::Refusal(r) => Some(r),
            Self::Value(_) | Self::NoContent => None,
        }
    }
}

/// An [`Error::Incomplete`]: an answer the length limit or the content
/// filter cut off (`reason`), kept as JSON.
#[cfg(any(feature = "chat", feature = "responses"))]
fn incomplete<T: serde::Serialize>(
    answer: &sdk_runtime::ApiResponse<T>,
    reason: &impl std::fmt::Display,
) -> Error {
    Error::Incomplete(Box::new(sdk_runtime::IncompleteAnswer::new(
        reason.to_string(),
        answer.request_id().map(str::to_owned),
        serde_json::to_value(&**answer).unwrap_or_default(),
    )))
}

#[cfg(any(feature = "chat", feature = "responses"))]
fn decode<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
    sdk_runtime::de::json::<T>(text.as_bytes())
}

#[cfg(feature = "chat")]
mod chat {
    use super::*;
    use openai_client_core::types;
    use sdk_runtime::ApiResponse;

    /// A chat completion whose choices were read as `T`.
    #[derive(Debug)]
    pub struct ParsedChatCompletion<T> {
        /// The completion as it came (status, headers, request id too).
        pub completion: ApiResponse<types::CreateChatCompletionResponse>,
        /// Each choice, in order, read as `T` or refused.
        pub choices: Vec<Parsed<T>>,
        /// The calls of the request's strict function tools, their
        /// arguments read as JSON (read them as a type with
        /// [`ParsedToolCall::arguments`]).
        pub tool_calls: Vec<ParsedToolCall>,
    }

    /// A call of a strict function tool, with its arguments parsed.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ParsedToolCall {
        /// The index of the choice it belongs to.
        pub choice: i64,
        /// The call's id (the tool message's `tool_call_id`).
        pub id: String,
        /// The function's name.
        pub name: String,
        /// The arguments.
        pub arguments: Value,
    }

    impl ParsedToolCall {
        /// The arguments as `T`.
        pub fn arguments<T: DeserializeOwned>(&self) -> Result<T, Error> {
            T::deserialize(&self.arguments).map_err(|e| {
                Error::InvalidRequest(format!(
                    "the arguments of `{}` (call {}) are not a `{}`: {e}",
                    self.name,
                    self.id,
                    std::any::type_name::<T>()
                ))
            })
        }
    }

    /// The calls of `request`'s strict function tools in `completion`.
    fn strict_tool_calls(
        request: &types::CreateChatCompletionRequest,
        completion: &types::CreateChatCompletionResponse,
    ) -> Result<Vec<ParsedToolCall>, Error> {
        let strict: Vec<&str> = request
            .tools
            .iter()
            .flatten()
            .filter_map(|tool| match tool {
                types::ChatCompletionToolUnion::Function(t) if t.function.strict == Some(true) => {
                    Some(t.function.name.as_str())
                }
                _ => None,
            })
            .collect();
        let mut out = Vec::new();
        for choice in &completion.choices {
            for call in choice.message.tool_calls.iter().flatten() {
                let types::ChatCompletionMessageToolCallUnion::Function(call) = call else {
                    continue;
                };
                if !strict.contains(&call.function.name.as_str()) {
                    continue;
                }
                out.push(ParsedToolCall {
                    choice: choice.index,
                    id: call.id.clone(),
                    name: call.function.name.clone(),
                    arguments: decode(&call.function.arguments)?,
                });
            }
        }
        Ok(out)
    }

    impl<T> ParsedChatCompletion<T> {
        /// The first choice's value, unless the model refused.
        pub fn parsed(&self) -> Option<&T> {
            self.choices.first().and_then(Parsed::value)
        }
        /// The first choice's refusal, if the model refused.
        pub fn refusal(&self) -> Option<&str> {
            self.choices.first().and_then(Parsed::refusal)
        }
    }

    /// Structured outputs of `client.chat().completions()`.
    pub trait ChatCompletionsParse {
        /// Creates a chat completion whose answer is a `T`: the request's
        /// `response_format` becomes `T`'s strict JSON schema, and each
        /// choice is read back into `T` (or is the model's refusal).
        ///
        /// Fails before sending when `T` has no strict schema (a map, a
        /// tuple, an enum at the root); with [`Error::Incomplete`] when a
        /// choice stopped at the length limit or the content filter; with
        /// a decode error when an answer is not a `T`. The arguments of
        /// the request's strict function tools are parsed too.
        fn parse<T: StructuredOutput>(
            &self,
            request: &types::CreateChatCompletionRequest,
        ) -> impl std::future::Future<Output = Result<ParsedChatCompletion<T>, Error>> + Send;
    }

    impl ChatCompletionsParse for openai_client_core::resources::chat::ChatCompletions {
        async fn parse<T: StructuredOutput>(
            &self,
            request: &types::CreateChatCompletionRequest,
        ) -> Result<ParsedChatCompletion<T>, Error> {
            let (name, schema) = strict_schema_of::<T>()?;
            let format = types::ResponseFormatJsonSchema::new(
                types::ResponseFormatJsonSchemaJsonSchema::new(name)
                    .schema(schema)
                    .strict(true),
            );
            let request = request.clone().response_format(
                types::CreateChatCompletionRequestResponseFormat::JsonSchema(format),
            );
            let completion = self.create(&request).await?;
            use types::CreateChatCompletionResponseChoiceFinishReason as Finish;
            if let Some(choice) = completion
                .choices
                .iter()
                .find(|c| matches!(c.finish_reason, Finish::Length | Finish::ContentFilter))
            {
                return Err(incomplete(&completion, &choice.finish_reason));
            }
            let tool_calls = strict_tool_calls(&request, &completion)?;
            let choices = completion
                .choices
                .iter()
                .map(
                    |choice| match (&choice.message.refusal, &choice.message.content) {
                        (Some(refusal), _) => Ok(Parsed::Refusal(refusal.clone())),
                        // Only tool calls: nothing to read as `T`.
                        (None, None) if choice.message.tool_calls.is_some() => {
                            Ok(Parsed::NoContent)
                        }
                        (None, content) => {
                            decode(content.as_deref().unwrap_or_default()).map(Parsed::Value)
                        }
                    },
                )
                .collect::<Result<_, Error>>()?;
            Ok(ParsedChatCompletion {
                completion,
                choices,
                tool_calls,
            })
        }
    }

    /// A chat function tool named after `T` and described by its doc
    /// comment, whose parameters are `T`'s strict JSON schema (as the
    /// Python SDK's `pydantic_function_tool`). Read the calls' arguments
    /// back with [`FunctionCall::arguments`](crate::tool_calls::FunctionCall::arguments).
    pub fn function_tool<T: JsonSchema>() -> Result<types::ChatCompletionToolUnion, Error> {
        let (name, schema) = strict_schema_of::<T>()?;
        Ok(chat_tool(&name, described(&schema), schema))
    }

    /// [`function_tool`] with a name and description of its own.
    pub fn function_tool_named<T: JsonSchema>(
        name: &str,
        description: &str,
    ) -> Result<types::ChatCompletionToolUnion, Error> {
        let (_, schema) = strict_schema_of::<T>()?;
        Ok(chat_tool(name, Some(description.to_owned()), schema))
    }

    fn chat_tool(
        name: &str,
        description: Option<String>,
        schema: Map<String, Value>,
    ) -> types::ChatCompletionToolUnion {
        let mut function = types::FunctionObject::new(name)
            .parameters(schema)
            .strict(true);
        function.description = description;
        types::ChatCompletionTool::new(function).into()
    }
}

#[cfg(feature = "chat")]
pub use chat::{
    ChatCompletionsParse, ParsedChatCompletion, ParsedToolCall, function_tool, function_tool_named,
};

/// The description of a schema (a type's doc comment).
#[cfg(any(feature = "chat", feature = "responses"))]
fn described(schema: &Map<String, Value>) -> Option<String> {
    schema
        .get("description")
        .and_then(Value::as_str)
        .map(str::to_owned)
}

#[cfg(feature = "responses")]
mod responses {
    use super::*;
    use crate::text::OutputText;
    use openai_client_core::types;
    use sdk_runtime::ApiResponse;

    /// A response whose text was read as `T`.
    #[derive(Debug)]
    pub struct ParsedResponse<T> {
        /// The response as it came (status, headers, request id too).
        pub response: ApiResponse<types::Response>,
        /// The output text read as `T`, or the refusal.
        pub output: Parsed<T>,
    }

    impl<T> ParsedResponse<T> {
        /// The value, unless the model refused.
        pub fn output_parsed(&self) -> Option<&T> {
            self.output.value()
        }
        /// The refusal, if the model refused.
        pub fn refusal(&self) -> Option<&str> {
            self.output.refusal()
        }
    }

    /// Structured outputs of `client.responses()`.
    pub trait ResponsesParse {
        /// Creates a response whose text is a `T`: the request's text format
        /// becomes `T`'s strict JSON schema, and the output text is read back
        /// into `T` (or is the model's refusal). A response left incomplete
        /// (`max_output_tokens`, the content filter) is an
        /// [`Error::Incomplete`].
        fn parse<T: StructuredOutput>(
            &self,
            request: &types::CreateResponse,
        ) -> impl std::future::Future<Output = Result<ParsedResponse<T>, Error>> + Send;
    }

    impl ResponsesParse for openai_client_core::resources::responses::Responses {
        async fn parse<T: StructuredOutput>(
            &self,
            request: &types::CreateResponse,
        ) -> Result<ParsedResponse<T>, Error> {
            let (name, schema) = strict_schema_of::<T>()?;
            let format = types::TextResponseFormatJsonSchema::new(name, schema).strict(true);
            let mut text = request.text.as_deref().cloned().unwrap_or_default();
            text.format = Some(Box::new(
                types::TextResponseFormatConfiguration::JsonSchema(format),
            ));
            let request = request.clone().text(text);
            let response = self.create(&request).await?;
            if let Some(reason) = response
                .incomplete_details
                .as_ref()
                .and_then(|d| d.reason.as_ref())
            {
                return Err(incomplete(&response, reason));
            }
            let output = match response.refusal_text() {
                Some(refusal) => Parsed::Refusal(refusal.to_owned()),
                None => Parsed::Value(decode(&response.output_text())?),
            };
            Ok(ParsedResponse { response, output })
        }
    }

    /// A Responses function tool named after `T` and described by its doc
    /// comment, whose parameters are `T`'s strict JSON schema.
    pub fn response_function_tool<T: JsonSchema>() -> Result<types::Tool, Error> {
        let (name, schema) = strict_schema_of::<T>()?;
        Ok(responses_tool(&name, described(&schema), schema))
    }

    /// [`response_function_tool`] with a name and description of its own.
    pub fn response_function_tool_named<T: JsonSchema>(
        name: &str,
        description: &str,
    ) -> Result<types::Tool, Error> {
        let (_, schema) = strict_schema_of::<T>()?;
        Ok(responses_tool(name, Some(description.to_owned()), schema))
    }

    fn responses_tool(
        name: &str,
        description: Option<String>,
        schema: Map<String, Value>,
    ) -> types::Tool {
        let mut tool = types::FunctionTool::new(name)
            .parameters(schema)
            .strict(true);
        tool.description = description;
        tool.into()
    }
}

#[cfg(feature = "responses")]
pub use responses::{
    ParsedResponse, ResponsesParse, response_function_tool, response_function_tool_named,
};
