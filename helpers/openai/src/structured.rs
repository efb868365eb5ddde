//! Structured outputs and tools from Rust types (feature
//! `structured-outputs`): `parse::<T>` on chat completions and responses
//! asks for a strict JSON schema derived from `T` and reads the answer back
//! into `T` (or the refusal); `function_tool::<T>` and
//! `response_function_tool::<T>` describe a function's arguments by a type.
//!
//! ```no_run
//! # openai_helpers::__doc_paths!();
//! use openai_client::prelude::*;
//! # async fn f(client: openai_client::Client) -> Result<(), openai_client::Error> {
//! # #[cfg(all(feature = "chat", feature = "structured-outputs"))] {
//! use openai_client::types;
//! #[derive(serde::Deserialize, schemars::JsonSchema)]
//! struct Recipe { name: String, minutes: u32 }
//! let request = types::CreateChatCompletionRequest::new(
//!     [types::ChatCompletionRequestUserMessage::new("A quick pasta recipe.").into()],
//!     "gpt-4o-mini",
//! );
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

/// The strict JSON schema of `T`, and the name it goes by (`[A-Za-z0-9_-]`,
/// at most 64 characters). Every property is required: an `Option` field
/// accepts `null`, a `#[serde(default)]` field must be given.
pub fn strict_schema_of<T: JsonSchema>() -> Result<(String, Map<String, Value>), Error> {
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
}

impl<T> Parsed<T> {
    /// The value, unless the model refused.
    pub fn value(&self) -> Option<&T> {
        match self {
            Self::Value(v) => Some(v),
            Self::Refusal(_) => None,
        }
    }
    /// The refusal, if the model refused.
    pub fn refusal(&self) -> Option<&str> {
        match self {
            Self::Refusal(r) => Some(r),
            Self::Value(_) => None,
        }
    }
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
        /// tuple, an enum at the root), and with a decode error when an
        /// answer is not a `T` (for example cut off by `max_tokens`).
        fn parse<T: JsonSchema + DeserializeOwned>(
            &self,
            request: &types::CreateChatCompletionRequest,
        ) -> impl std::future::Future<Output = Result<ParsedChatCompletion<T>, Error>> + Send;
    }

    impl ChatCompletionsParse for openai_client_core::resources::chat::ChatCompletions {
        async fn parse<T: JsonSchema + DeserializeOwned>(
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
            let choices = completion
                .choices
                .iter()
                .map(
                    |choice| match (&choice.message.refusal, &choice.message.content) {
                        (Some(refusal), _) => Ok(Parsed::Refusal(refusal.clone())),
                        (None, content) => {
                            decode(content.as_deref().unwrap_or_default()).map(Parsed::Value)
                        }
                    },
                )
                .collect::<Result<_, Error>>()?;
            Ok(ParsedChatCompletion {
                completion,
                choices,
            })
        }
    }

    /// A chat function tool whose parameters are `T`'s strict JSON schema
    /// (read the calls' arguments back with
    /// [`ToolArguments`](super::super::text::ToolArguments)).
    pub fn function_tool<T: JsonSchema>(
        name: &str,
        description: &str,
    ) -> Result<types::ChatCompletionToolUnion, Error> {
        let (_, schema) = strict_schema_of::<T>()?;
        let function = types::FunctionObject::new(name)
            .description(description)
            .parameters(schema)
            .strict(true);
        Ok(types::ChatCompletionTool::new(function).into())
    }
}

#[cfg(feature = "chat")]
pub use chat::{ChatCompletionsParse, ParsedChatCompletion, function_tool};

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
        /// into `T` (or is the model's refusal).
        fn parse<T: JsonSchema + DeserializeOwned>(
            &self,
            request: &types::CreateResponse,
        ) -> impl std::future::Future<Output = Result<ParsedResponse<T>, Error>> + Send;
    }

    impl ResponsesParse for openai_client_core::resources::responses::Responses {
        async fn parse<T: JsonSchema + DeserializeOwned>(
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
            let output = match response.refusal_text() {
                Some(refusal) => Parsed::Refusal(refusal),
                None => Parsed::Value(decode(&response.all_output_text())?),
            };
            Ok(ParsedResponse { response, output })
        }
    }

    /// A Responses function tool whose parameters are `T`'s strict JSON
    /// schema.
    pub fn response_function_tool<T: JsonSchema>(
        name: &str,
        description: &str,
    ) -> Result<types::Tool, Error> {
        let (_, schema) = strict_schema_of::<T>()?;
        Ok(types::FunctionTool::new(name)
            .description(description)
            .parameters(schema)
            .strict(true)
            .into())
    }
}

#[cfg(feature = "responses")]
pub use responses::{ParsedResponse, ResponsesParse, response_function_tool};
