//! A Responses event stream that keeps the output text and the response
//! so far.

use futures_core::Stream;
use std::pin::Pin;
use std::task::{Context, Poll};

use crate::streaming::ResponseAccumulator;
use openai_client_core::Error;
use openai_client_core::types::{Response, ResponseStreamEvent};

/// A Responses event stream that keeps the output text and the
/// response so far; its items are the stream's own events (already
/// high-level: text, refusal and function-call-argument deltas and
/// completions).
pub struct ResponseEvents<S> {
    inner: S,
    accumulator: ResponseAccumulator,
}

impl<S> std::fmt::Debug for ResponseEvents<S> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResponseEvents")
            .field("events", &self.accumulator.events())
            .finish()
    }
}

impl<S> ResponseEvents<S>
where
    S: Stream<Item = Result<ResponseStreamEvent, Error>> + Unpin,
{
    /// Reads `stream` (such as `create_stream(..).await?`).
    pub fn new(stream: S) -> Self {
        Self {
            inner: stream,
            accumulator: ResponseAccumulator::new(),
        }
    }

    /// The stream read (for a response: its status, headers and request
    /// id).
    pub fn get_ref(&self) -> &S {
        &self.inner
    }

    /// The next event; `None` at the end of the stream.
    pub async fn next_event(&mut self) -> Option<Result<ResponseStreamEvent, Error>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// The output text so far.
    pub fn output_text(&self) -> &str {
        self.accumulator.output_text()
    }

    /// Reads what is left of the stream and returns the final response
    /// (from its `response.completed`, `response.incomplete` or
    /// `response.failed` event).
    pub async fn final_response(mut self) -> Result<Response, Error> {
        while let Some(event) = self.next_event().await {
            event?;
        }
        self.accumulator
            .into_response()
            .ok_or_else(|| Error::Stream("the stream ended without a final response".to_owned()))
    }
}

impl<S> Stream for ResponseEvents<S>
where
    S: Stream<Item = Result<ResponseStreamEvent, Error>> + Unpin,
{
    type Item = Result<ResponseStreamEvent, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let polled = Pin::new(&mut self.inner).poll_next(cx);
        if let Poll::Ready(Some(Ok(event))) = &polled {
            self.accumulator.push(event);
        }
        polled
    }
}
