//! Accumulators for streamed answers: a chat-completion stream into the
//! final completion (content, refusal, tool calls with their arguments
//! joined, usage), and a Responses event stream into the final response,
//! both readable while the stream is still running.

#[cfg(feature = "chat")]
pub use chat::ChatCompletionAccumulator;
#[cfg(feature = "responses")]
pub use responses::ResponseAccumulator;

#[cfg(feature = "chat")]
mod chat {
    use crate::by_index::ByIndex;
    use openai_client_core::types::{
        CreateChatCompletionResponse, CreateChatCompletionStreamResponse,
    };
    use serde_json::{Map, Value, json};

    #[derive(Debug, Clone, Default)]
    struct ToolCall {
        id: Option<String>,
        kind: Option<String>,
        name: Option<String>,
        arguments: String,
    }

    #[derive(Debug, Clone, Default)]
    struct Choice {
        content: Option<String>,
        refusal: Option<String>,
        tool_calls: ByIndex<ToolCall>,
        finish_reason: Option<Value>,
    }

    /// Folds `chat.completion.chunk` events into a `chat.completion`.
    #[derive(Debug, Clone, Default)]
    pub struct ChatCompletionAccumulator {
        top: Map<String, Value>,
        choices: ByIndex<Choice>,
        chunks: usize,
    }

    impl ChatCompletionAccumulator {
        /// An empty accumulator.
        pub fn new() -> Self {
            Self::default()
        }

        /// Adds one chunk.
        // (`system_fingerprint` is deprecated, but the API still sends it.)
        #[allow(deprecated)]
        pub fn push(&mut self, chunk: &CreateChatCompletionStreamResponse) {
            self.chunks += 1;
            // Azure's annotation chunks carry an empty id and model and a
            // zero `created`: they do not replace the answer's.
            if !chunk.id.is_empty() || !self.top.contains_key("id") {
                self.top.insert("id".into(), json!(chunk.id));
            }
            if chunk.created != 0 || !self.top.contains_key("created") {
                self.top.insert("created".into(), json!(chunk.created));
            }
            if !chunk.model.is_empty() || !self.top.contains_key("model") {
                self.top.insert("model".into(), json!(chunk.model));
            }
            if let Some(fp) = &chunk.system_fingerprint {
                self.top.insert("system_fingerprint".into(), json!(fp));
            }
            if let Some(tier) = &chunk.service_tier {
                self.top.insert("service_tier".into(), json!(tier));
            }
            if let Some(usage) = &chunk.usage {
                self.top.insert("usage".into(), json!(usage));
            }
            for c in &chunk.choices {
                let choice = self.choices.entry(c.index);
                if let Some(text) = &c.delta.content {
                    choice
                        .content
                        .get_or_insert_with(String::new)
                        .push_str(text);
                }
                if let Some(text) = &c.delta.refusal {
                    choice
                        .refusal
                        .get_or_insert_with(String::new)
                        .push_str(text);
                }
                for call in c.delta.tool_calls.iter().flatten() {
                    let state = choice.tool_calls.entry(call.index);
                    if let Some(id) = &call.id {
                        state.id = Some(id.clone());
                    }
                    if let Some(kind) = &call.type_ {
                        state.kind = Some(kind.to_string());
                    }
                    if let Some(function) = &call.function {
                        if let Some(name) = &function.name {
                            state.name.get_or_insert_with(String::new).push_str(name);
                        }
                        if let Some(arguments) = &function.arguments {
                            state.arguments.push_str(arguments);
                        }
                    }
                }
                if let Some(reason) = &c.finish_reason {
                    choice.finish_reason = Some(json!(reason));
                }
            }
        }

        /// The text of choice `index` so far.
        pub fn content(&self, index: i64) -> Option<&str> {
            self.choices.get(index)?.content.as_deref()
        }

        /// How many chunks were added.
        pub fn chunks(&self) -> usize {
            self.chunks
        }

        /// The completion as accumulated so far (final once the stream ended).
        // Inline, so that the decoder of the whole completion is compiled
        // in the crate that calls this, not in every build of the helpers.
        #[inline]
        pub fn completion(&self) -> Result<CreateChatCompletionResponse, serde_json::Error> {
            let mut out = self.top.clone();
            out.insert("object".into(), json!("chat.completion"));
            let choices: Vec<Value> = self
                .choices
                .iter()
                .map(|(index, c)| {
                    let mut message = Map::new();
                    message.insert("role".into(), json!("assistant"));
                    message.insert("content".into(), json!(c.content));
                    message.insert("refusal".into(), json!(c.refusal));
                    if !c.tool_calls.is_empty() {
                        let calls: Vec<Value> = c
                            .tool_calls
                            .iter()
                            .map(|(_, t)| {
                                json!({
                                    "id": t.id.clone().unwrap_or_default(),
                                    "type": t.kind.clone().unwrap_or_else(|| "function".into()),
                                    "function": {
                                        "name": t.name.clone().unwrap_or_default(),
                                        "arguments": t.arguments,
                                    },
                                })
                            })
                            .collect();
                        message.insert("tool_calls".into(), Value::Array(calls));
                    }
                    json!({
                        "index": index,
                        "finish_reason": c.finish_reason.clone().unwrap_or_else(|| json!("stop")),
                        "logprobs": null,
                        "message": message,
                    })
                })
                .collect();
            out.insert("choices".into(), Value::Array(choices));
            // Decoded from text, with the decoder the runtime uses for
            // bodies: one from a `Value` would be a second decoder for the
            // whole completion to compile.
            sdk_runtime::de::from_text(&Value::Object(out).to_string())
        }
    }
}

#[cfg(feature = "responses")]
mod responses {
    use openai_client_core::types::{Response, ResponseStreamEvent};

    /// Follows a Responses event stream: the text as it arrives, and the
    /// response snapshot of the latest lifecycle event (the final one after
    /// `response.completed`, `response.failed` or `response.incomplete`).
    #[derive(Debug, Clone, Default)]
    pub struct ResponseAccumulator {
        text: String,
        response: Option<Response>,
        events: usize,
    }

    impl ResponseAccumulator {
        /// An empty accumulator.
        #[inline]
        pub fn new() -> Self {
            Self::default()
        }

        /// Adds one event.
        // Inline, so that the copy of a whole `Response` is compiled in the
        // crate that calls this, not in every build of the helpers.
        #[inline]
        pub fn push(&mut self, event: &ResponseStreamEvent) {
            self.events += 1;
            match event {
                ResponseStreamEvent::ResponseOutputTextDelta(e) => self.text.push_str(&e.delta),
                ResponseStreamEvent::ResponseCreated(e) => self.response = Some(e.response.clone()),
                ResponseStreamEvent::ResponseInProgress(e) => {
                    self.response = Some(e.response.clone())
                }
                ResponseStreamEvent::ResponseCompleted(e) => {
                    self.response = Some(e.response.clone())
                }
                ResponseStreamEvent::ResponseFailed(e) => self.response = Some(e.response.clone()),
                ResponseStreamEvent::ResponseIncomplete(e) => {
                    self.response = Some(e.response.clone())
                }
                _ => {}
            }
        }

        /// The output text streamed so far.
        pub fn output_text(&self) -> &str {
            &self.text
        }

        /// The latest response snapshot.
        pub fn response(&self) -> Option<&Response> {
            self.response.as_ref()
        }

        /// How many events were added.
        pub fn events(&self) -> usize {
            self.events
        }

        /// The final response, if a lifecycle event carried one.
        pub fn into_response(self) -> Option<Response> {
            self.response
        }
    }
}
