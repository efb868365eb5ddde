//! Reading answers: the text of a response, a chat completion, a message or
//! a stream chunk ([`OutputText`]), and a chat completion's first answer
//! ([`ChatCompletionExt`]).
//!
//! ```no_run
//! # openai_helpers::__doc_paths!();
//! use openai_client::prelude::*;
//! # async fn f(client: Client) -> Result<(), Error> {
//! # #[cfg(feature = "responses")] {
//! let request = types::CreateResponse::new("gpt-4o-mini", "Write a haiku about Rust.");
//! let response = client.responses().create(&request).await?;
//! println!("{}", response.output_text());
//! # }
//! # Ok(()) }
//! ```

use std::borrow::Cow;

/// The text of an answer, as the official SDKs' `output_text`.
pub trait OutputText {
    /// All the output text, joined in order; empty when there is none (a
    /// refusal, only tool calls, a chunk without content).
    fn output_text(&self) -> Cow<'_, str>;
    /// The model's refusal, if it refused.
    fn refusal_text(&self) -> Option<&str>;
}

#[cfg(feature = "responses")]
impl OutputText for openai_client_core::types::Response {
    fn output_text(&self) -> Cow<'_, str> {
        use openai_client_core::types::{OutputItem, OutputMessageContent};
        let mut parts = self.output.iter().flat_map(|item| match item {
            OutputItem::Message(message) => message.content.as_slice(),
            _ => &[],
        });
        let mut texts = parts.by_ref().filter_map(|content| match content {
            OutputMessageContent::OutputText(part) => Some(part.text.as_str()),
            _ => None,
        });
        let Some(first) = texts.next() else {
            return Cow::Borrowed("");
        };
        match texts.next() {
            None => Cow::Borrowed(first),
            Some(second) => {
                let mut all = format!("{first}{second}");
                texts.for_each(|t| all.push_str(t));
                Cow::Owned(all)
            }
        }
    }
    fn refusal_text(&self) -> Option<&str> {
        use openai_client_core::types::{OutputItem, OutputMessageContent};
        self.output.iter().find_map(|item| match item {
            OutputItem::Message(message) => message.content.iter().find_map(|c| match c {
                OutputMessageContent::Refusal(r) => Some(r.refusal.as_str()),
                _ => None,
            }),
            _ => None,
        })
    }
}

#[cfg(feature = "chat")]
impl OutputText for openai_client_core::types::ChatCompletionMessage {
    /// The message's content.
    fn output_text(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.content.as_deref().unwrap_or_default())
    }
    fn refusal_text(&self) -> Option<&str> {
        self.refusal.as_deref()
    }
}

#[cfg(feature = "chat")]
impl OutputText for openai_client_core::types::ChatCompletion {
    /// The first choice's content (as `choices[0].message.content`).
    fn output_text(&self) -> Cow<'_, str> {
        self.message()
            .map_or(Cow::Borrowed(""), OutputText::output_text)
    }
    fn refusal_text(&self) -> Option<&str> {
        self.message()?.refusal_text()
    }
}

#[cfg(feature = "chat")]
impl OutputText for openai_client_core::types::ChatCompletionChunk {
    /// The first choice's new content (as `choices[0].delta.content`).
    fn output_text(&self) -> Cow<'_, str> {
        let delta = self.choices.first().map(|c| &c.delta);
        Cow::Borrowed(delta.and_then(|d| d.content.as_deref()).unwrap_or_default())
    }
    fn refusal_text(&self) -> Option<&str> {
        self.choices.first()?.delta.refusal.as_deref()
    }
}

/// A chat completion's first answer, the one an everyday program reads
/// (`choices[0]`).
#[cfg(feature = "chat")]
pub trait ChatCompletionExt {
    /// The first choice's message; `None` when the server sent no choice.
    fn message(&self) -> Option<&openai_client_core::types::ChatCompletionMessage>;
}

#[cfg(feature = "chat")]
impl ChatCompletionExt for openai_client_core::types::ChatCompletion {
    fn message(&self) -> Option<&openai_client_core::types::ChatCompletionMessage> {
        self.choices.first().map(|c| &c.message)
    }
}

#[cfg(all(test, any(feature = "chat", feature = "responses")))]
mod tests {
    use super::*;

    #[cfg(feature = "responses")]
    #[test]
    fn a_response_joins_its_text_parts_and_borrows_a_single_one() {
        let one: openai_client_core::types::Response = serde_json::from_value(serde_json::json!({
            "id": "r", "object": "response", "created_at": 1, "status": "completed",
            "model": "m", "output": [{"type": "message", "id": "m1", "role": "assistant",
            "status": "completed", "content": [{"type": "output_text", "text": "Hi", "annotations": []}]}],
            "parallel_tool_calls": true, "tool_choice": "auto", "tools": []
        }))
        .expect("a response");
        assert!(matches!(one.output_text(), Cow::Borrowed("Hi")));
        let mut two = one.clone();
        two.output.push(one.output[0].clone());
        assert_eq!(two.output_text(), "HiHi");
        assert_eq!(two.refusal_text(), None);
    }

    #[cfg(feature = "chat")]
    #[test]
    fn a_completion_reads_its_first_choice() {
        let completion: openai_client_core::types::ChatCompletion =
            serde_json::from_value(serde_json::json!({
                "id": "c", "object": "chat.completion", "created": 1, "model": "m",
                "choices": [{"index": 0, "finish_reason": "stop", "logprobs": null,
                    "message": {"role": "assistant", "content": "Hello", "refusal": null}}]
            }))
            .expect("a completion");
        assert_eq!(completion.output_text(), "Hello");
        assert_eq!(
            completion.message().map(|m| m.output_text()),
            Some("Hello".into())
        );
        let empty = openai_client_core::types::ChatCompletion::default();
        assert_eq!(empty.output_text(), "");
        assert!(empty.message().is_none());
    }
}
