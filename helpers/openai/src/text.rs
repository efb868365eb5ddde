//! Reading answers: the text of a response or a chat completion
//! ([`OutputText`]), and a tool call's arguments as a Rust type
//! ([`ToolArguments`]).
//!
//! ```no_run
//! # openai_helpers::__doc_paths!();
//! use openai_client::prelude::*;
//! # async fn f(client: openai_client::Client) -> Result<(), openai_client::Error> {
//! # #[cfg(feature = "responses")] {
//! use openai_client::helpers::text::OutputText;
//! let request = openai_client::types::CreateResponse::new().model("gpt-4o-mini").input("Hi");
//! let response = client.responses().create(&request).await?;
//! println!("{}", response.all_output_text());
//! # }
//! # Ok(()) }
//! ```

use serde::de::DeserializeOwned;

use openai_client_core::Error;

/// The text of an answer.
pub trait OutputText {
    /// All the output text, joined in order (what the official SDKs call
    /// `output_text`; empty when there is none). The name differs because
    /// `Response` already has an `output_text` builder method for the
    /// field the API leaves empty.
    fn all_output_text(&self) -> String;
    /// The model's refusal, if it refused.
    fn refusal_text(&self) -> Option<String>;
}

#[cfg(feature = "responses")]
impl OutputText for openai_client_core::types::Response {
    fn all_output_text(&self) -> String {
        use openai_client_core::types::{OutputItem, OutputMessageContent};
        let mut text = String::new();
        for item in &self.output {
            if let OutputItem::Message(message) = item {
                for content in &message.content {
                    if let OutputMessageContent::OutputText(part) = content {
                        text.push_str(&part.text);
                    }
                }
            }
        }
        text
    }
    fn refusal_text(&self) -> Option<String> {
        use openai_client_core::types::{OutputItem, OutputMessageContent};
        self.output.iter().find_map(|item| match item {
            OutputItem::Message(message) => message.content.iter().find_map(|c| match c {
                OutputMessageContent::Refusal(r) => Some(r.refusal.clone()),
                _ => None,
            }),
            _ => None,
        })
    }
}

#[cfg(feature = "chat")]
impl OutputText for openai_client_core::types::CreateChatCompletionResponse {
    /// The first choice's content.
    fn all_output_text(&self) -> String {
        self.choices
            .first()
            .and_then(|c| c.message.content.clone())
            .unwrap_or_default()
    }
    fn refusal_text(&self) -> Option<String> {
        self.choices.first().and_then(|c| c.message.refusal.clone())
    }
}

/// A function call's arguments, read as a Rust type.
pub trait ToolArguments {
    /// The function's name.
    fn function_name(&self) -> &str;
    /// The arguments as `T` (a decode error names the path that did not
    /// fit).
    fn arguments<T: DeserializeOwned>(&self) -> Result<T, Error>;
}

#[cfg(feature = "chat")]
impl ToolArguments for openai_client_core::types::ChatCompletionMessageToolCall {
    fn function_name(&self) -> &str {
        &self.function.name
    }
    fn arguments<T: DeserializeOwned>(&self) -> Result<T, Error> {
        sdk_runtime::de::json(self.function.arguments.as_bytes())
    }
}

#[cfg(feature = "responses")]
impl ToolArguments for openai_client_core::types::FunctionToolCall {
    fn function_name(&self) -> &str {
        &self.name
    }
    fn arguments<T: DeserializeOwned>(&self) -> Result<T, Error> {
        sdk_runtime::de::json(self.arguments.as_bytes())
    }
}
