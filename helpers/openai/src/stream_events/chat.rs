//! A chat-completion stream read as events: content, refusal, logprobs and
//! tool-call-argument deltas (each with what came so far) and their
//! completions, then the final completion.

use crate::by_index::ByIndex;
use futures_core::Stream;
use serde::de::DeserializeOwned;
use std::collections::VecDeque;
use std::pin::Pin;
use std::task::{Context, Poll};

use crate::streaming::ChatCompletionAccumulator;
use openai_client_core::Error;
use openai_client_core::types::{
    ChatCompletionTokenLogprob, CreateChatCompletionResponse, CreateChatCompletionStreamResponse,
};

/// One step of a chat-completion stream.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ChatStreamEvent {
    /// A chunk as it came (before the events it gives).
    Chunk(Box<CreateChatCompletionStreamResponse>),
    /// More text of choice `choice`.
    ContentDelta {
        /// The choice's index.
        choice: i64,
        /// The new text.
        delta: String,
        /// The text so far.
        snapshot: String,
    },
    /// The text of choice `choice` is complete.
    ContentDone {
        /// The choice's index.
        choice: i64,
        /// The whole text.
        content: String,
    },
    /// More of the refusal of choice `choice`.
    RefusalDelta {
        /// The choice's index.
        choice: i64,
        /// The new text.
        delta: String,
        /// The refusal so far.
        snapshot: String,
    },
    /// The refusal of choice `choice` is complete.
    RefusalDone {
        /// The choice's index.
        choice: i64,
        /// The whole refusal.
        refusal: String,
    },
    /// More of a tool call's arguments.
    ToolCallArgumentsDelta {
        /// The choice's index.
        choice: i64,
        /// The tool call's index.
        index: i64,
        /// The function's name.
        name: String,
        /// The new text.
        delta: String,
        /// The arguments so far.
        snapshot: String,
    },
    /// More log probabilities of the content of choice `choice`.
    LogprobsContentDelta {
        /// The choice's index.
        choice: i64,
        /// The new tokens.
        content: Vec<ChatCompletionTokenLogprob>,
        /// The tokens so far.
        snapshot: Vec<ChatCompletionTokenLogprob>,
    },
    /// The log probabilities of the content of choice `choice` are
    /// complete.
    LogprobsContentDone {
        /// The choice's index.
        choice: i64,
        /// All the tokens.
        content: Vec<ChatCompletionTokenLogprob>,
    },
    /// More log probabilities of the refusal of choice `choice`.
    LogprobsRefusalDelta {
        /// The choice's index.
        choice: i64,
        /// The new tokens.
        refusal: Vec<ChatCompletionTokenLogprob>,
        /// The tokens so far.
        snapshot: Vec<ChatCompletionTokenLogprob>,
    },
    /// The log probabilities of the refusal of choice `choice` are
    /// complete.
    LogprobsRefusalDone {
        /// The choice's index.
        choice: i64,
        /// All the tokens.
        refusal: Vec<ChatCompletionTokenLogprob>,
    },
    /// A tool call's arguments are complete.
    ToolCallArgumentsDone {
        /// The choice's index.
        choice: i64,
        /// The tool call's index.
        index: i64,
        /// The function's name.
        name: String,
        /// The whole arguments (JSON text).
        arguments: String,
    },
}

impl ChatStreamEvent {
    /// A completed tool call's arguments as `T`.
    pub fn parsed_arguments<T: DeserializeOwned>(&self) -> Option<Result<T, Error>> {
        match self {
            Self::ToolCallArgumentsDone { arguments, .. } => {
                Some(sdk_runtime::de::json(arguments.as_bytes()))
            }
            _ => None,
        }
    }

    /// The content so far read as JSON although it is not complete yet (a
    /// structured output while it streams: open strings, arrays and
    /// objects are closed; a key without its value is left out). `None`
    /// for other events and for text that is not the start of JSON.
    #[cfg(feature = "structured-outputs")]
    pub fn parsed_snapshot(&self) -> Option<serde_json::Value> {
        match self {
            Self::ContentDelta { snapshot, .. } => crate::partial_json::parse(snapshot),
            Self::ContentDone { content, .. } => crate::partial_json::parse(content),
            _ => None,
        }
    }
}

#[derive(Debug, Default)]
struct ChoiceState {
    content: String,
    content_done: bool,
    refusal: String,
    refusal_done: bool,
    content_logprobs: Vec<ChatCompletionTokenLogprob>,
    refusal_logprobs: Vec<ChatCompletionTokenLogprob>,
    /// Tool calls: name and arguments so far, and whether done.
    tools: ByIndex<(String, String, bool)>,
    current_tool: Option<i64>,
}

/// A chat-completion stream read as [`ChatStreamEvent`]s, keeping the
/// completion so far.
pub struct ChatEvents<S> {
    inner: S,
    accumulator: ChatCompletionAccumulator,
    choices: ByIndex<ChoiceState>,
    queue: VecDeque<ChatStreamEvent>,
    ended: bool,
}

impl<S> std::fmt::Debug for ChatEvents<S> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChatEvents")
            .field("chunks", &self.accumulator.chunks())
            .field("queued", &self.queue.len())
            .field("ended", &self.ended)
            .finish()
    }
}

impl<S> ChatEvents<S>
where
    S: Stream<Item = Result<CreateChatCompletionStreamResponse, Error>> + Unpin,
{
    /// Reads `stream` (such as `create_stream(..).await?`).
    pub fn new(stream: S) -> Self {
        Self {
            inner: stream,
            accumulator: ChatCompletionAccumulator::new(),
            choices: ByIndex::default(),
            queue: VecDeque::new(),
            ended: false,
        }
    }

    /// The stream read (for a response: its status, headers and request
    /// id).
    pub fn get_ref(&self) -> &S {
        &self.inner
    }

    /// The next event; `None` at the end of the stream.
    pub async fn next_event(&mut self) -> Option<Result<ChatStreamEvent, Error>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// The completion so far.
    pub fn current_completion(&self) -> Result<CreateChatCompletionResponse, Error> {
        self.accumulator
            .completion()
            .map_err(|e| Error::Stream(format!("the chunks do not make a chat completion: {e}")))
    }

    /// Reads what is left of the stream and returns the completion.
    pub async fn final_completion(mut self) -> Result<CreateChatCompletionResponse, Error> {
        while let Some(event) = self.next_event().await {
            event?;
        }
        self.current_completion()
    }

    fn on_chunk(&mut self, chunk: CreateChatCompletionStreamResponse) {
        self.accumulator.push(&chunk);
        let mut events = Vec::new();
        for c in &chunk.choices {
            let state = self.choices.entry(c.index);
            if let Some(delta) = c.delta.content.as_deref().filter(|d| !d.is_empty()) {
                state.content.push_str(delta);
                events.push(ChatStreamEvent::ContentDelta {
                    choice: c.index,
                    delta: delta.to_owned(),
                    snapshot: state.content.clone(),
                });
            }
            if let Some(delta) = c.delta.refusal.as_deref().filter(|d| !d.is_empty()) {
                state.refusal.push_str(delta);
                events.push(ChatStreamEvent::RefusalDelta {
                    choice: c.index,
                    delta: delta.to_owned(),
                    snapshot: state.refusal.clone(),
                });
            }
            if let Some(logprobs) = &c.logprobs {
                let content = logprobs.content.as_deref().unwrap_or_default();
                if !content.is_empty() {
                    state.content_logprobs.extend_from_slice(content);
                    events.push(ChatStreamEvent::LogprobsContentDelta {
                        choice: c.index,
                        content: content.to_vec(),
                        snapshot: state.content_logprobs.clone(),
                    });
                }
                let refusal = logprobs.refusal.as_deref().unwrap_or_default();
                if !refusal.is_empty() {
                    state.refusal_logprobs.extend_from_slice(refusal);
                    events.push(ChatStreamEvent::LogprobsRefusalDelta {
                        choice: c.index,
                        refusal: refusal.to_vec(),
                        snapshot: state.refusal_logprobs.clone(),
                    });
                }
            }
            for call in c.delta.tool_calls.iter().flatten() {
                if let Some(previous) = state.current_tool.filter(|p| *p != call.index) {
                    finish_tool(c.index, previous, state, &mut events);
                }
                state.current_tool = Some(call.index);
                let entry = state.tools.entry(call.index);
                let function = call.function.as_ref();
                if let Some(name) = function.and_then(|f| f.name.as_deref()) {
                    entry.0.push_str(name);
                }
                if let Some(delta) = function
                    .and_then(|f| f.arguments.as_deref())
                    .filter(|d| !d.is_empty())
                {
                    entry.1.push_str(delta);
                    events.push(ChatStreamEvent::ToolCallArgumentsDelta {
                        choice: c.index,
                        index: call.index,
                        name: entry.0.clone(),
                        delta: delta.to_owned(),
                        snapshot: entry.1.clone(),
                    });
                }
            }
            if c.finish_reason.is_some() {
                finish_choice(c.index, state, &mut events);
            }
        }
        self.queue
            .push_back(ChatStreamEvent::Chunk(Box::new(chunk)));
        self.queue.extend(events);
    }
}

fn finish_tool(
    choice: i64,
    index: i64,
    state: &mut ChoiceState,
    events: &mut Vec<ChatStreamEvent>,
) {
    if let Some((name, arguments, done)) = state.tools.get_mut(index)
        && !*done
    {
        *done = true;
        events.push(ChatStreamEvent::ToolCallArgumentsDone {
            choice,
            index,
            name: name.clone(),
            arguments: arguments.clone(),
        });
    }
}

/// The done events of everything of the choice still open.
fn finish_choice(choice: i64, state: &mut ChoiceState, events: &mut Vec<ChatStreamEvent>) {
    if !state.content.is_empty() && !state.content_done {
        state.content_done = true;
        events.push(ChatStreamEvent::ContentDone {
            choice,
            content: state.content.clone(),
        });
    }
    if !state.refusal.is_empty() && !state.refusal_done {
        state.refusal_done = true;
        events.push(ChatStreamEvent::RefusalDone {
            choice,
            refusal: state.refusal.clone(),
        });
    }
    if !state.content_logprobs.is_empty() {
        events.push(ChatStreamEvent::LogprobsContentDone {
            choice,
            content: std::mem::take(&mut state.content_logprobs),
        });
    }
    if !state.refusal_logprobs.is_empty() {
        events.push(ChatStreamEvent::LogprobsRefusalDone {
            choice,
            refusal: std::mem::take(&mut state.refusal_logprobs),
        });
    }
    let open: Vec<i64> = state.tools.iter().map(|(index, _)| index).collect();
    for index in open {
        finish_tool(choice, index, state, events);
    }
}

impl<S> Stream for ChatEvents<S>
where
    S: Stream<Item = Result<CreateChatCompletionStreamResponse, Error>> + Unpin,
{
    type Item = Result<ChatStreamEvent, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        loop {
            if let Some(event) = self.queue.pop_front() {
                return Poll::Ready(Some(Ok(event)));
            }
            if self.ended {
                return Poll::Ready(None);
            }
            match Pin::new(&mut self.inner).poll_next(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(Some(Err(e))) => return Poll::Ready(Some(Err(e))),
                Poll::Ready(Some(Ok(chunk))) => self.on_chunk(chunk),
                Poll::Ready(None) => {
                    // A stream that ends without a finish reason still
                    // completes what it opened.
                    self.ended = true;
                    let mut events = Vec::new();
                    for (index, state) in self.choices.iter_mut() {
                        finish_choice(index, state, &mut events);
                    }
                    self.queue.extend(events);
                }
            }
        }
    }
}
