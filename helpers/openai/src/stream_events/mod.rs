//! High-level stream events, in the spirit of the official SDKs' stream
//! helpers: `client.chat().completions().stream(&request)` reads a chat
//! completion as content, refusal, logprobs and tool-call-argument deltas
//! (each with what came so far) and their completions, then gives the
//! final completion; `client.responses().stream(&request)` reads a
//! response's events with its output text so far, then the final
//! response.
//!
//! ```no_run
//! # openai_helpers::__doc_paths!();
//! use openai_client::prelude::*;
//! # async fn f(client: Client) -> Result<(), Error> {
//! # #[cfg(feature = "chat")] {
//! use openai_client::helpers::stream_events::ChatStreamEvent;
//! let request = types::CreateChatCompletionRequest::new("gpt-4o-mini", ["Count to five."]);
//! let mut events = client.chat().completions().stream(&request).await?;
//! while let Some(event) = events.next().await {
//!     if let ChatStreamEvent::ContentDelta { delta, .. } = event? {
//!         print!("{delta}");
//!     }
//! }
//! let completion = events.current_completion()?;
//! println!("\n{} tokens", completion.usage.map_or(0, |u| u.total_tokens));
//! # }
//! # Ok(()) }
//! ```

#[cfg(any(feature = "chat", feature = "responses"))]
use openai_client_core::Error;
#[cfg(any(feature = "chat", feature = "responses"))]
use sdk_runtime::{ApiResponse, sse::EventStream};

#[cfg(feature = "chat")]
pub use chat::{ChatEvents, ChatStreamEvent};
#[cfg(feature = "responses")]
pub use responses::ResponseEvents;

#[cfg(feature = "chat")]
mod chat;
#[cfg(feature = "responses")]
mod responses;

/// What `client.chat().completions().stream(..)` gives: the events of a
/// chat-completion stream (the response's status, headers and request id
/// through [`ChatEvents::get_ref`]).
#[cfg(feature = "chat")]
pub type ChatCompletionStream =
    ChatEvents<ApiResponse<EventStream<openai_client_core::types::ChatCompletionChunk>>>;

/// What `client.responses().stream(..)` gives: the events of a Responses
/// stream, with the output text so far.
#[cfg(feature = "responses")]
pub type ResponseStream =
    ResponseEvents<ApiResponse<EventStream<openai_client_core::types::ResponseStreamEvent>>>;

/// `stream` on `client.chat().completions()`.
#[cfg(feature = "chat")]
pub trait ChatCompletionsStream {
    /// Creates a streamed chat completion (`stream: true`) and reads it as
    /// [`ChatStreamEvent`]s; the final completion comes from
    /// [`ChatEvents::final_completion`] (or, once the events are read,
    /// [`ChatEvents::current_completion`]).
    fn stream(
        &self,
        request: &openai_client_core::types::CreateChatCompletionRequest,
    ) -> impl Future<Output = Result<ChatCompletionStream, Error>> + Send;
}

#[cfg(feature = "chat")]
impl ChatCompletionsStream for openai_client_core::resources::chat::ChatCompletions {
    async fn stream(
        &self,
        request: &openai_client_core::types::CreateChatCompletionRequest,
    ) -> Result<ChatCompletionStream, Error> {
        Ok(ChatEvents::new(self.create_stream(request).await?))
    }
}

/// `stream` on `client.responses()`.
#[cfg(feature = "responses")]
pub trait ResponsesStream {
    /// Creates a streamed response (`stream: true`) and reads its events,
    /// keeping the output text so far; the final response comes from
    /// [`ResponseEvents::final_response`].
    fn stream(
        &self,
        request: &openai_client_core::types::CreateResponse,
    ) -> impl Future<Output = Result<ResponseStream, Error>> + Send;
}

#[cfg(feature = "responses")]
impl ResponsesStream for openai_client_core::resources::responses::Responses {
    async fn stream(
        &self,
        request: &openai_client_core::types::CreateResponse,
    ) -> Result<ResponseStream, Error> {
        Ok(ResponseEvents::new(self.create_stream(request).await?))
    }
}
