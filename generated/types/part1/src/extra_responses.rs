//! Free-standing schemas (feature `extra-types`).
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
/// Client events accepted by the Responses WebSocket server.
pub type ResponsesClientEvent = ResponsesClientEventResponseCreate;
/// Client event for creating a response over a persistent WebSocket connection.
/// This payload uses the same top-level fields as `POST /v1/responses`, plus
/// WebSocket-only envelope metadata.
///
/// Notes:
/// - `stream` is implicit over WebSocket and should not be sent.
/// - `background` is not supported over WebSocket.
/// - `stream_id` is WebSocket-only and is not part of `POST /v1/responses`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ResponsesClientEventResponseCreate {
    /// The type of the client event. Always `response.create`.
    #[serde(rename = "type")]
    pub type_: ResponseCreateLiteral,
    /// The WebSocket lane for this response. Requests with the same
    /// `stream_id` are processed FIFO, and events for the response echo the
    /// same `stream_id`.
    ///
    /// `stream_id` controls routing; `previous_response_id` controls
    /// conversation lineage, so a new lane can fork from a response created
    /// on another lane.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    /// An integer between 0 and 20 specifying the maximum number of most likely
    /// tokens to return at each token position, each with an associated log
    /// probability. In some cases, the number of returned tokens may be fewer than
    /// requested.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub top_logprobs: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub top_p: Option<f64>,
    /// This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
    /// A stable identifier for your end-users.
    /// Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices#safety-identifiers).
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub safety_identifier: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_key: Option<String>,
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_retention: Option<CreateChatCompletionRequestPromptCacheRetention>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_options: Option<PromptCacheOptionsParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_response_id: Option<String>,
    /// Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    /// offers a wide range of models with different capabilities, performance
    /// characteristics, and price points. Refer to the [model guide](https://platform.openai.com/docs/models)
    /// to browse and compare available models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<ModelIds>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub background: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_tool_calls: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<Box<ResponseTextParam>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<ToolsArray>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_choice: Option<ToolChoiceParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt: Option<Prompt>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_tier: Option<ServiceTierResponses>,
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub truncation: Option<CreateResponseTruncation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reasoning: Option<Box<Reasoning>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<InputParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<IncludeEnum>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parallel_tool_calls: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub store: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moderation: Option<ModerationParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_options: Option<ResponseStreamOptions>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversation: Option<ConversationParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context_management: Option<Vec<ContextManagementParam>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_output_tokens: Option<i64>,
}
impl sdk_runtime_types::de::Object for ResponsesClientEventResponseCreate {
    const NAME: &'static str = "ResponsesClientEventResponseCreate";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseCreateLiteral> = None;
        let mut stream_id: Option<String> = None;
        let mut metadata: Option<Metadata> = None;
        let mut top_logprobs: Option<i64> = None;
        let mut temperature: Option<f64> = None;
        let mut top_p: Option<f64> = None;
        let mut user: Option<String> = None;
        let mut safety_identifier: Option<String> = None;
        let mut prompt_cache_key: Option<String> = None;
        let mut prompt_cache_retention: Option<
            CreateChatCompletionRequestPromptCacheRetention,
        > = None;
        let mut prompt_cache_options: Option<PromptCacheOptionsParam> = None;
        let mut previous_response_id: Option<String> = None;
        let mut model: Option<ModelIds> = None;
        let mut background: Option<bool> = None;
        let mut max_tool_calls: Option<i64> = None;
        let mut text: Option<Box<ResponseTextParam>> = None;
        let mut tools: Option<ToolsArray> = None;
        let mut tool_choice: Option<ToolChoiceParam> = None;
        let mut prompt: Option<Prompt> = None;
        let mut service_tier: Option<ServiceTierResponses> = None;
        let mut truncation: Option<CreateResponseTruncation> = None;
        let mut reasoning: Option<Box<Reasoning>> = None;
        let mut input: Option<InputParam> = None;
        let mut include: Option<Vec<IncludeEnum>> = None;
        let mut parallel_tool_calls: Option<bool> = None;
        let mut store: Option<bool> = None;
        let mut instructions: Option<String> = None;
        let mut moderation: Option<ModerationParam> = None;
        let mut stream: Option<bool> = None;
        let mut stream_options: Option<ResponseStreamOptions> = None;
        let mut conversation: Option<ConversationParam> = None;
        let mut context_management: Option<Vec<ContextManagementParam>> = None;
        let mut max_output_tokens: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "stream_id" => 1,
                    "metadata" => 2,
                    "top_logprobs" => 3,
                    "temperature" => 4,
                    "top_p" => 5,
                    "user" => 6,
                    "safety_identifier" => 7,
                    "prompt_cache_key" => 8,
                    "prompt_cache_retention" => 9,
                    "prompt_cache_options" => 10,
                    "previous_response_id" => 11,
                    "model" => 12,
                    "background" => 13,
                    "max_tool_calls" => 14,
                    "text" => 15,
                    "tools" => 16,
                    "tool_choice" => 17,
                    "prompt" => 18,
                    "service_tier" => 19,
                    "truncation" => 20,
                    "reasoning" => 21,
                    "input" => 22,
                    "include" => 23,
                    "parallel_tool_calls" => 24,
                    "store" => 25,
                    "instructions" => 26,
                    "moderation" => 27,
                    "stream" => 28,
                    "stream_options" => 29,
                    "conversation" => 30,
                    "context_management" => 31,
                    "max_output_tokens" => 32,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut top_logprobs),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut temperature),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut top_p),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut user),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut safety_identifier),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut prompt_cache_key),
                9 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut prompt_cache_retention,
                    )
                }
                10 => {
                    sdk_runtime_types::de::nullable(&mut map, &mut prompt_cache_options)
                }
                11 => {
                    sdk_runtime_types::de::nullable(&mut map, &mut previous_response_id)
                }
                12 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                13 => sdk_runtime_types::de::nullable(&mut map, &mut background),
                14 => sdk_runtime_types::de::nullable(&mut map, &mut max_tool_calls),
                15 => sdk_runtime_types::de::nullable(&mut map, &mut text),
                16 => sdk_runtime_types::de::nullable(&mut map, &mut tools),
                17 => sdk_runtime_types::de::nullable(&mut map, &mut tool_choice),
                18 => sdk_runtime_types::de::nullable(&mut map, &mut prompt),
                19 => sdk_runtime_types::de::nullable(&mut map, &mut service_tier),
                20 => sdk_runtime_types::de::nullable(&mut map, &mut truncation),
                21 => sdk_runtime_types::de::nullable(&mut map, &mut reasoning),
                22 => sdk_runtime_types::de::nullable(&mut map, &mut input),
                23 => sdk_runtime_types::de::nullable(&mut map, &mut include),
                24 => sdk_runtime_types::de::nullable(&mut map, &mut parallel_tool_calls),
                25 => sdk_runtime_types::de::nullable(&mut map, &mut store),
                26 => sdk_runtime_types::de::nullable(&mut map, &mut instructions),
                27 => sdk_runtime_types::de::nullable(&mut map, &mut moderation),
                28 => sdk_runtime_types::de::nullable(&mut map, &mut stream),
                29 => sdk_runtime_types::de::nullable(&mut map, &mut stream_options),
                30 => sdk_runtime_types::de::nullable(&mut map, &mut conversation),
                31 => sdk_runtime_types::de::nullable(&mut map, &mut context_management),
                32 => sdk_runtime_types::de::nullable(&mut map, &mut max_output_tokens),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            stream_id,
            metadata,
            top_logprobs,
            temperature,
            top_p,
            user,
            safety_identifier,
            prompt_cache_key,
            prompt_cache_retention,
            prompt_cache_options,
            previous_response_id,
            model,
            background,
            max_tool_calls,
            text,
            tools,
            tool_choice,
            prompt,
            service_tier,
            truncation,
            reasoning,
            input,
            include,
            parallel_tool_calls,
            store,
            instructions,
            moderation,
            stream,
            stream_options,
            conversation,
            context_management,
            max_output_tokens,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesClientEventResponseCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesClientEventResponseCreate {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            stream_id: None,
            metadata: None,
            top_logprobs: None,
            temperature: None,
            top_p: None,
            user: None,
            safety_identifier: None,
            prompt_cache_key: None,
            prompt_cache_retention: None,
            prompt_cache_options: None,
            previous_response_id: None,
            model: None,
            background: None,
            max_tool_calls: None,
            text: None,
            tools: None,
            tool_choice: None,
            prompt: None,
            service_tier: None,
            truncation: None,
            reasoning: None,
            input: None,
            include: None,
            parallel_tool_calls: None,
            store: None,
            instructions: None,
            moderation: None,
            stream: None,
            stream_options: None,
            conversation: None,
            context_management: None,
            max_output_tokens: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
    /// Sets `top_logprobs`.
    pub fn top_logprobs(mut self, value: impl Into<i64>) -> Self {
        self.top_logprobs = Some(value.into());
        self
    }
    /// Sets `temperature`.
    pub fn temperature(mut self, value: impl Into<f64>) -> Self {
        self.temperature = Some(value.into());
        self
    }
    /// Sets `top_p`.
    pub fn top_p(mut self, value: impl Into<f64>) -> Self {
        self.top_p = Some(value.into());
        self
    }
    /// Sets `user`.
    pub fn user(mut self, value: impl Into<String>) -> Self {
        self.user = Some(value.into());
        self
    }
    /// Sets `safety_identifier`.
    pub fn safety_identifier(mut self, value: impl Into<String>) -> Self {
        self.safety_identifier = Some(value.into());
        self
    }
    /// Sets `prompt_cache_key`.
    pub fn prompt_cache_key(mut self, value: impl Into<String>) -> Self {
        self.prompt_cache_key = Some(value.into());
        self
    }
    /// Sets `prompt_cache_retention`.
    pub fn prompt_cache_retention(
        mut self,
        value: impl Into<CreateChatCompletionRequestPromptCacheRetention>,
    ) -> Self {
        self.prompt_cache_retention = Some(value.into());
        self
    }
    /// Sets `prompt_cache_options`.
    pub fn prompt_cache_options(
        mut self,
        value: impl Into<PromptCacheOptionsParam>,
    ) -> Self {
        self.prompt_cache_options = Some(value.into());
        self
    }
    /// Sets `previous_response_id`.
    pub fn previous_response_id(mut self, value: impl Into<String>) -> Self {
        self.previous_response_id = Some(value.into());
        self
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<ModelIds>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `background`.
    pub fn background(mut self, value: impl Into<bool>) -> Self {
        self.background = Some(value.into());
        self
    }
    /// Sets `max_tool_calls`.
    pub fn max_tool_calls(mut self, value: impl Into<i64>) -> Self {
        self.max_tool_calls = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<ResponseTextParam>) -> Self {
        self.text = Some(Box::new(value.into()));
        self
    }
    /// Sets `tools`.
    pub fn tools(mut self, value: impl Into<ToolsArray>) -> Self {
        self.tools = Some(value.into());
        self
    }
    /// Sets `tool_choice`.
    pub fn tool_choice(mut self, value: impl Into<ToolChoiceParam>) -> Self {
        self.tool_choice = Some(value.into());
        self
    }
    /// Sets `prompt`.
    pub fn prompt(mut self, value: impl Into<Prompt>) -> Self {
        self.prompt = Some(value.into());
        self
    }
    /// Sets `service_tier`.
    pub fn service_tier(mut self, value: impl Into<ServiceTierResponses>) -> Self {
        self.service_tier = Some(value.into());
        self
    }
    /// Sets `truncation`.
    pub fn truncation(mut self, value: impl Into<CreateResponseTruncation>) -> Self {
        self.truncation = Some(value.into());
        self
    }
    /// Sets `reasoning`.
    pub fn reasoning(mut self, value: impl Into<Reasoning>) -> Self {
        self.reasoning = Some(Box::new(value.into()));
        self
    }
    /// Sets `input`.
    pub fn input(mut self, value: impl Into<InputParam>) -> Self {
        self.input = Some(value.into());
        self
    }
    /// Sets `include`.
    pub fn include(mut self, value: impl Into<Vec<IncludeEnum>>) -> Self {
        self.include = Some(value.into());
        self
    }
    /// Sets `parallel_tool_calls`.
    pub fn parallel_tool_calls(mut self, value: impl Into<bool>) -> Self {
        self.parallel_tool_calls = Some(value.into());
        self
    }
    /// Sets `store`.
    pub fn store(mut self, value: impl Into<bool>) -> Self {
        self.store = Some(value.into());
        self
    }
    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }
    /// Sets `moderation`.
    pub fn moderation(mut self, value: impl Into<ModerationParam>) -> Self {
        self.moderation = Some(value.into());
        self
    }
    /// Sets `stream`.
    pub fn stream(mut self, value: impl Into<bool>) -> Self {
        self.stream = Some(value.into());
        self
    }
    /// Sets `stream_options`.
    pub fn stream_options(mut self, value: impl Into<ResponseStreamOptions>) -> Self {
        self.stream_options = Some(value.into());
        self
    }
    /// Sets `conversation`.
    pub fn conversation(mut self, value: impl Into<ConversationParam>) -> Self {
        self.conversation = Some(value.into());
        self
    }
    /// Sets `context_management`.
    pub fn context_management(
        mut self,
        value: impl Into<Vec<ContextManagementParam>>,
    ) -> Self {
        self.context_management = Some(value.into());
        self
    }
    /// Sets `max_output_tokens`.
    pub fn max_output_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_output_tokens = Some(value.into());
        self
    }
}
/// Server events emitted by the Responses WebSocket server.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ResponsesServerEvent {
    /// `response.audio.delta`
    ResponseAudioDelta(ResponsesServerEventResponseAudioWsDelta),
    /// `response.audio.done`
    ResponseAudioDone(ResponsesServerEventResponseAudioWsDone),
    /// `response.audio.transcript.delta`
    ResponseAudioTranscriptDelta(ResponsesServerEventResponseAudioTranscriptWsDelta),
    /// `response.audio.transcript.done`
    ResponseAudioTranscriptDone(ResponsesServerEventResponseAudioTranscriptWsDone),
    /// `response.code_interpreter_call_code.delta`
    ResponseCodeInterpreterCallCodeDelta(
        ResponsesServerEventResponseCodeInterpreterCallCodeWsDelta,
    ),
    /// `response.code_interpreter_call_code.done`
    ResponseCodeInterpreterCallCodeDone(
        ResponsesServerEventResponseCodeInterpreterCallCodeWsDone,
    ),
    /// `response.code_interpreter_call.completed`
    ResponseCodeInterpreterCallCompleted(
        ResponsesServerEventResponseCodeInterpreterCallWsCompleted,
    ),
    /// `response.code_interpreter_call.in_progress`
    ResponseCodeInterpreterCallInProgress(
        ResponsesServerEventResponseCodeInterpreterCallInWsProgress,
    ),
    /// `response.code_interpreter_call.interpreting`
    ResponseCodeInterpreterCallInterpreting(
        ResponsesServerEventResponseCodeInterpreterCallWsInterpreting,
    ),
    /// `response.completed`
    ResponseCompleted(ResponsesServerEventResponseWsCompleted),
    /// `response.content_part.added`
    ResponseContentPartAdded(ResponsesServerEventResponseContentPartWsAdded),
    /// `response.content_part.done`
    ResponseContentPartDone(ResponsesServerEventResponseContentPartWsDone),
    /// `response.created`
    ResponseCreated(ResponsesServerEventResponseWsCreated),
    /// `response.file_search_call.completed`
    ResponseFileSearchCallCompleted(
        ResponsesServerEventResponseFileSearchCallWsCompleted,
    ),
    /// `response.file_search_call.in_progress`
    ResponseFileSearchCallInProgress(
        ResponsesServerEventResponseFileSearchCallInWsProgress,
    ),
    /// `response.file_search_call.searching`
    ResponseFileSearchCallSearching(
        ResponsesServerEventResponseFileSearchCallWsSearching,
    ),
    /// `response.function_call_arguments.delta`
    ResponseFunctionCallArgumentsDelta(
        ResponsesServerEventResponseFunctionCallArgumentsWsDelta,
    ),
    /// `response.function_call_arguments.done`
    ResponseFunctionCallArgumentsDone(
        ResponsesServerEventResponseFunctionCallArgumentsWsDone,
    ),
    /// `response.shell_call_command.added`
    ResponseShellCallCommandAdded(ResponsesServerEventResponseShellCallCommandWsAdded),
    /// `response.shell_call_command.delta`
    ResponseShellCallCommandDelta(ResponsesServerEventResponseShellCallCommandWsDelta),
    /// `response.shell_call_command.done`
    ResponseShellCallCommandDone(ResponsesServerEventResponseShellCallCommandWsDone),
    /// `response.shell_call_output_content.delta`
    ResponseShellCallOutputContentDelta(
        ResponsesServerEventResponseShellCallOutputContentWsDelta,
    ),
    /// `response.shell_call_output_content.done`
    ResponseShellCallOutputContentDone(
        ResponsesServerEventResponseShellCallOutputContentWsDone,
    ),
    /// `response.in_progress`
    ResponseInProgress(ResponsesServerEventResponseInWsProgress),
    /// `response.failed`
    ResponseFailed(ResponsesServerEventResponseWsFailed),
    /// `response.incomplete`
    ResponseIncomplete(ResponsesServerEventResponseWsIncomplete),
    /// `response.output_item.added`
    ResponseOutputItemAdded(ResponsesServerEventResponseOutputItemWsAdded),
    /// `response.output_item.done`
    ResponseOutputItemDone(ResponsesServerEventResponseOutputItemWsDone),
    /// `response.reasoning_summary_part.added`
    ResponseReasoningSummaryPartAdded(
        ResponsesServerEventResponseReasoningSummaryPartWsAdded,
    ),
    /// `response.reasoning_summary_part.done`
    ResponseReasoningSummaryPartDone(
        ResponsesServerEventResponseReasoningSummaryPartWsDone,
    ),
    /// `response.reasoning_summary_text.delta`
    ResponseReasoningSummaryTextDelta(
        ResponsesServerEventResponseReasoningSummaryTextWsDelta,
    ),
    /// `response.reasoning_summary_text.done`
    ResponseReasoningSummaryTextDone(
        ResponsesServerEventResponseReasoningSummaryTextWsDone,
    ),
    /// `response.reasoning_text.delta`
    ResponseReasoningTextDelta(ResponsesServerEventResponseReasoningTextWsDelta),
    /// `response.reasoning_text.done`
    ResponseReasoningTextDone(ResponsesServerEventResponseReasoningTextWsDone),
    /// `response.refusal.delta`
    ResponseRefusalDelta(ResponsesServerEventResponseRefusalWsDelta),
    /// `response.refusal.done`
    ResponseRefusalDone(ResponsesServerEventResponseRefusalWsDone),
    /// `response.output_text.delta`
    ResponseOutputTextDelta(ResponsesServerEventResponseTextWsDelta),
    /// `response.output_text.done`
    ResponseOutputTextDone(ResponsesServerEventResponseTextWsDone),
    /// `response.web_search_call.completed`
    ResponseWebSearchCallCompleted(ResponsesServerEventResponseWebSearchCallWsCompleted),
    /// `response.web_search_call.in_progress`
    ResponseWebSearchCallInProgress(
        ResponsesServerEventResponseWebSearchCallInWsProgress,
    ),
    /// `response.web_search_call.searching`
    ResponseWebSearchCallSearching(ResponsesServerEventResponseWebSearchCallWsSearching),
    /// `response.image_generation_call.completed`
    ResponseImageGenerationCallCompleted(
        ResponsesServerEventResponseImageGenCallWsCompleted,
    ),
    /// `response.image_generation_call.generating`
    ResponseImageGenerationCallGenerating(
        ResponsesServerEventResponseImageGenCallWsGenerating,
    ),
    /// `response.image_generation_call.in_progress`
    ResponseImageGenerationCallInProgress(
        ResponsesServerEventResponseImageGenCallInWsProgress,
    ),
    /// `response.image_generation_call.partial_image`
    ResponseImageGenerationCallPartialImage(
        ResponsesServerEventResponseImageGenCallPartialWsImage,
    ),
    /// `response.mcp_call_arguments.delta`
    ResponseMcpCallArgumentsDelta(ResponsesServerEventResponseMcpCallArgumentsWsDelta),
    /// `response.mcp_call_arguments.done`
    ResponseMcpCallArgumentsDone(ResponsesServerEventResponseMcpCallArgumentsWsDone),
    /// `response.mcp_call.completed`
    ResponseMcpCallCompleted(ResponsesServerEventResponseMcpCallWsCompleted),
    /// `response.mcp_call.failed`
    ResponseMcpCallFailed(ResponsesServerEventResponseMcpCallWsFailed),
    /// `response.mcp_call.in_progress`
    ResponseMcpCallInProgress(ResponsesServerEventResponseMcpCallInWsProgress),
    /// `response.mcp_list_tools.completed`
    ResponseMcpListToolsCompleted(ResponsesServerEventResponseMcpListToolsWsCompleted),
    /// `response.mcp_list_tools.failed`
    ResponseMcpListToolsFailed(ResponsesServerEventResponseMcpListToolsWsFailed),
    /// `response.mcp_list_tools.in_progress`
    ResponseMcpListToolsInProgress(ResponsesServerEventResponseMcpListToolsInWsProgress),
    /// `response.output_text.annotation.added`
    ResponseOutputTextAnnotationAdded(
        ResponsesServerEventResponseOutputTextAnnotationWsAdded,
    ),
    /// `response.queued`
    ResponseQueued(ResponsesServerEventResponseWsQueued),
    /// `response.custom_tool_call_input.delta`
    ResponseCustomToolCallInputDelta(
        ResponsesServerEventResponseCustomToolCallInputWsDelta,
    ),
    /// `response.custom_tool_call_input.done`
    ResponseCustomToolCallInputDone(
        ResponsesServerEventResponseCustomToolCallInputWsDone,
    ),
    /// `error`
    ErrorType(ResponseWsError),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for ResponsesServerEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ResponseAudioDelta(value) => value.serialize(serializer),
            Self::ResponseAudioDone(value) => value.serialize(serializer),
            Self::ResponseAudioTranscriptDelta(value) => value.serialize(serializer),
            Self::ResponseAudioTranscriptDone(value) => value.serialize(serializer),
            Self::ResponseCodeInterpreterCallCodeDelta(value) => {
                value.serialize(serializer)
            }
            Self::ResponseCodeInterpreterCallCodeDone(value) => {
                value.serialize(serializer)
            }
            Self::ResponseCodeInterpreterCallCompleted(value) => {
                value.serialize(serializer)
            }
            Self::ResponseCodeInterpreterCallInProgress(value) => {
                value.serialize(serializer)
            }
            Self::ResponseCodeInterpreterCallInterpreting(value) => {
                value.serialize(serializer)
            }
            Self::ResponseCompleted(value) => value.serialize(serializer),
            Self::ResponseContentPartAdded(value) => value.serialize(serializer),
            Self::ResponseContentPartDone(value) => value.serialize(serializer),
            Self::ResponseCreated(value) => value.serialize(serializer),
            Self::ResponseFileSearchCallCompleted(value) => value.serialize(serializer),
            Self::ResponseFileSearchCallInProgress(value) => value.serialize(serializer),
            Self::ResponseFileSearchCallSearching(value) => value.serialize(serializer),
            Self::ResponseFunctionCallArgumentsDelta(value) => {
                value.serialize(serializer)
            }
            Self::ResponseFunctionCallArgumentsDone(value) => value.serialize(serializer),
            Self::ResponseShellCallCommandAdded(value) => value.serialize(serializer),
            Self::ResponseShellCallCommandDelta(value) => value.serialize(serializer),
            Self::ResponseShellCallCommandDone(value) => value.serialize(serializer),
            Self::ResponseShellCallOutputContentDelta(value) => {
                value.serialize(serializer)
            }
            Self::ResponseShellCallOutputContentDone(value) => {
                value.serialize(serializer)
            }
            Self::ResponseInProgress(value) => value.serialize(serializer),
            Self::ResponseFailed(value) => value.serialize(serializer),
            Self::ResponseIncomplete(value) => value.serialize(serializer),
            Self::ResponseOutputItemAdded(value) => value.serialize(serializer),
            Self::ResponseOutputItemDone(value) => value.serialize(serializer),
            Self::ResponseReasoningSummaryPartAdded(value) => value.serialize(serializer),
            Self::ResponseReasoningSummaryPartDone(value) => value.serialize(serializer),
            Self::ResponseReasoningSummaryTextDelta(value) => value.serialize(serializer),
            Self::ResponseReasoningSummaryTextDone(value) => value.serialize(serializer),
            Self::ResponseReasoningTextDelta(value) => value.serialize(serializer),
            Self::ResponseReasoningTextDone(value) => value.serialize(serializer),
            Self::ResponseRefusalDelta(value) => value.serialize(serializer),
            Self::ResponseRefusalDone(value) => value.serialize(serializer),
            Self::ResponseOutputTextDelta(value) => value.serialize(serializer),
            Self::ResponseOutputTextDone(value) => value.serialize(serializer),
            Self::ResponseWebSearchCallCompleted(value) => value.serialize(serializer),
            Self::ResponseWebSearchCallInProgress(value) => value.serialize(serializer),
            Self::ResponseWebSearchCallSearching(value) => value.serialize(serializer),
            Self::ResponseImageGenerationCallCompleted(value) => {
                value.serialize(serializer)
            }
            Self::ResponseImageGenerationCallGenerating(value) => {
                value.serialize(serializer)
            }
            Self::ResponseImageGenerationCallInProgress(value) => {
                value.serialize(serializer)
            }
            Self::ResponseImageGenerationCallPartialImage(value) => {
                value.serialize(serializer)
            }
            Self::ResponseMcpCallArgumentsDelta(value) => value.serialize(serializer),
            Self::ResponseMcpCallArgumentsDone(value) => value.serialize(serializer),
            Self::ResponseMcpCallCompleted(value) => value.serialize(serializer),
            Self::ResponseMcpCallFailed(value) => value.serialize(serializer),
            Self::ResponseMcpCallInProgress(value) => value.serialize(serializer),
            Self::ResponseMcpListToolsCompleted(value) => value.serialize(serializer),
            Self::ResponseMcpListToolsFailed(value) => value.serialize(serializer),
            Self::ResponseMcpListToolsInProgress(value) => value.serialize(serializer),
            Self::ResponseOutputTextAnnotationAdded(value) => value.serialize(serializer),
            Self::ResponseQueued(value) => value.serialize(serializer),
            Self::ResponseCustomToolCallInputDelta(value) => value.serialize(serializer),
            Self::ResponseCustomToolCallInputDone(value) => value.serialize(serializer),
            Self::ErrorType(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for ResponsesServerEvent {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "response.audio.delta" => {
                    Deserialize::deserialize(content).map(Self::ResponseAudioDelta)
                }
                "response.audio.done" => {
                    Deserialize::deserialize(content).map(Self::ResponseAudioDone)
                }
                "response.audio.transcript.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseAudioTranscriptDelta)
                }
                "response.audio.transcript.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseAudioTranscriptDone)
                }
                "response.code_interpreter_call_code.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseCodeInterpreterCallCodeDelta)
                }
                "response.code_interpreter_call_code.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseCodeInterpreterCallCodeDone)
                }
                "response.code_interpreter_call.completed" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseCodeInterpreterCallCompleted)
                }
                "response.code_interpreter_call.in_progress" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseCodeInterpreterCallInProgress)
                }
                "response.code_interpreter_call.interpreting" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseCodeInterpreterCallInterpreting)
                }
                "response.completed" => {
                    Deserialize::deserialize(content).map(Self::ResponseCompleted)
                }
                "response.content_part.added" => {
                    Deserialize::deserialize(content).map(Self::ResponseContentPartAdded)
                }
                "response.content_part.done" => {
                    Deserialize::deserialize(content).map(Self::ResponseContentPartDone)
                }
                "response.created" => {
                    Deserialize::deserialize(content).map(Self::ResponseCreated)
                }
                "response.file_search_call.completed" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseFileSearchCallCompleted)
                }
                "response.file_search_call.in_progress" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseFileSearchCallInProgress)
                }
                "response.file_search_call.searching" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseFileSearchCallSearching)
                }
                "response.function_call_arguments.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseFunctionCallArgumentsDelta)
                }
                "response.function_call_arguments.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseFunctionCallArgumentsDone)
                }
                "response.shell_call_command.added" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseShellCallCommandAdded)
                }
                "response.shell_call_command.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseShellCallCommandDelta)
                }
                "response.shell_call_command.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseShellCallCommandDone)
                }
                "response.shell_call_output_content.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseShellCallOutputContentDelta)
                }
                "response.shell_call_output_content.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseShellCallOutputContentDone)
                }
                "response.in_progress" => {
                    Deserialize::deserialize(content).map(Self::ResponseInProgress)
                }
                "response.failed" => {
                    Deserialize::deserialize(content).map(Self::ResponseFailed)
                }
                "response.incomplete" => {
                    Deserialize::deserialize(content).map(Self::ResponseIncomplete)
                }
                "response.output_item.added" => {
                    Deserialize::deserialize(content).map(Self::ResponseOutputItemAdded)
                }
                "response.output_item.done" => {
                    Deserialize::deserialize(content).map(Self::ResponseOutputItemDone)
                }
                "response.reasoning_summary_part.added" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseReasoningSummaryPartAdded)
                }
                "response.reasoning_summary_part.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseReasoningSummaryPartDone)
                }
                "response.reasoning_summary_text.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseReasoningSummaryTextDelta)
                }
                "response.reasoning_summary_text.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseReasoningSummaryTextDone)
                }
                "response.reasoning_text.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseReasoningTextDelta)
                }
                "response.reasoning_text.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseReasoningTextDone)
                }
                "response.refusal.delta" => {
                    Deserialize::deserialize(content).map(Self::ResponseRefusalDelta)
                }
                "response.refusal.done" => {
                    Deserialize::deserialize(content).map(Self::ResponseRefusalDone)
                }
                "response.output_text.delta" => {
                    Deserialize::deserialize(content).map(Self::ResponseOutputTextDelta)
                }
                "response.output_text.done" => {
                    Deserialize::deserialize(content).map(Self::ResponseOutputTextDone)
                }
                "response.web_search_call.completed" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseWebSearchCallCompleted)
                }
                "response.web_search_call.in_progress" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseWebSearchCallInProgress)
                }
                "response.web_search_call.searching" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseWebSearchCallSearching)
                }
                "response.image_generation_call.completed" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseImageGenerationCallCompleted)
                }
                "response.image_generation_call.generating" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseImageGenerationCallGenerating)
                }
                "response.image_generation_call.in_progress" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseImageGenerationCallInProgress)
                }
                "response.image_generation_call.partial_image" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseImageGenerationCallPartialImage)
                }
                "response.mcp_call_arguments.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseMcpCallArgumentsDelta)
                }
                "response.mcp_call_arguments.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseMcpCallArgumentsDone)
                }
                "response.mcp_call.completed" => {
                    Deserialize::deserialize(content).map(Self::ResponseMcpCallCompleted)
                }
                "response.mcp_call.failed" => {
                    Deserialize::deserialize(content).map(Self::ResponseMcpCallFailed)
                }
                "response.mcp_call.in_progress" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseMcpCallInProgress)
                }
                "response.mcp_list_tools.completed" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseMcpListToolsCompleted)
                }
                "response.mcp_list_tools.failed" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseMcpListToolsFailed)
                }
                "response.mcp_list_tools.in_progress" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseMcpListToolsInProgress)
                }
                "response.output_text.annotation.added" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseOutputTextAnnotationAdded)
                }
                "response.queued" => {
                    Deserialize::deserialize(content).map(Self::ResponseQueued)
                }
                "response.custom_tool_call_input.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseCustomToolCallInputDelta)
                }
                "response.custom_tool_call_input.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseCustomToolCallInputDone)
                }
                "error" => Deserialize::deserialize(content).map(Self::ErrorType),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<ResponsesServerEventResponseAudioWsDelta> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseAudioWsDelta) -> Self {
        Self::ResponseAudioDelta(value)
    }
}
impl From<ResponsesServerEventResponseAudioWsDone> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseAudioWsDone) -> Self {
        Self::ResponseAudioDone(value)
    }
}
impl From<ResponsesServerEventResponseAudioTranscriptWsDelta> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseAudioTranscriptWsDelta) -> Self {
        Self::ResponseAudioTranscriptDelta(value)
    }
}
impl From<ResponsesServerEventResponseAudioTranscriptWsDone> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseAudioTranscriptWsDone) -> Self {
        Self::ResponseAudioTranscriptDone(value)
    }
}
impl From<ResponsesServerEventResponseCodeInterpreterCallCodeWsDelta>
for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseCodeInterpreterCallCodeWsDelta) -> Self {
        Self::ResponseCodeInterpreterCallCodeDelta(value)
    }
}
impl From<ResponsesServerEventResponseCodeInterpreterCallCodeWsDone>
for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseCodeInterpreterCallCodeWsDone) -> Self {
        Self::ResponseCodeInterpreterCallCodeDone(value)
    }
}
impl From<ResponsesServerEventResponseCodeInterpreterCallWsCompleted>
for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseCodeInterpreterCallWsCompleted) -> Self {
        Self::ResponseCodeInterpreterCallCompleted(value)
    }
}
impl From<ResponsesServerEventResponseCodeInterpreterCallInWsProgress>
for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseCodeInterpreterCallInWsProgress) -> Self {
        Self::ResponseCodeInterpreterCallInProgress(value)
    }
}
impl From<ResponsesServerEventResponseCodeInterpreterCallWsInterpreting>
for ResponsesServerEvent {
    fn from(
        value: ResponsesServerEventResponseCodeInterpreterCallWsInterpreting,
    ) -> Self {
        Self::ResponseCodeInterpreterCallInterpreting(value)
    }
}
impl From<ResponsesServerEventResponseWsCompleted> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseWsCompleted) -> Self {
        Self::ResponseCompleted(value)
    }
}
impl From<ResponsesServerEventResponseContentPartWsAdded> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseContentPartWsAdded) -> Self {
        Self::ResponseContentPartAdded(value)
    }
}
impl From<ResponsesServerEventResponseContentPartWsDone> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseContentPartWsDone) -> Self {
        Self::ResponseContentPartDone(value)
    }
}
impl From<ResponsesServerEventResponseWsCreated> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseWsCreated) -> Self {
        Self::ResponseCreated(value)
    }
}
impl From<ResponsesServerEventResponseFileSearchCallWsCompleted>
for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseFileSearchCallWsCompleted) -> Self {
        Self::ResponseFileSearchCallCompleted(value)
    }
}
impl From<ResponsesServerEventResponseFileSearchCallInWsProgress>
for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseFileSearchCallInWsProgress) -> Self {
        Self::ResponseFileSearchCallInProgress(value)
    }
}
impl From<ResponsesServerEventResponseFileSearchCallWsSearching>
for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseFileSearchCallWsSearching) -> Self {
        Self::ResponseFileSearchCallSearching(value)
    }
}
impl From<ResponsesServerEventResponseFunctionCallArgumentsWsDelta>
for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseFunctionCallArgumentsWsDelta) -> Self {
        Self::ResponseFunctionCallArgumentsDelta(value)
    }
}
impl From<ResponsesServerEventResponseFunctionCallArgumentsWsDone>
for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseFunctionCallArgumentsWsDone) -> Self {
        Self::ResponseFunctionCallArgumentsDone(value)
    }
}
impl From<ResponsesServerEventResponseShellCallCommandWsAdded> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseShellCallCommandWsAdded) -> Self {
        Self::ResponseShellCallCommandAdded(value)
    }
}
impl From<ResponsesServerEventResponseShellCallCommandWsDelta> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseShellCallCommandWsDelta) -> Self {
        Self::ResponseShellCallCommandDelta(value)
    }
}
impl From<ResponsesServerEventResponseShellCallCommandWsDone> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseShellCallCommandWsDone) -> Self {
        Self::ResponseShellCallCommandDone(value)
    }
}
impl From<ResponsesServerEventResponseShellCallOutputContentWsDelta>
for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseShellCallOutputContentWsDelta) -> Self {
        Self::ResponseShellCallOutputContentDelta(value)
    }
}
impl From<ResponsesServerEventResponseShellCallOutputContentWsDone>
for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseShellCallOutputContentWsDone) -> Self {
        Self::ResponseShellCallOutputContentDone(value)
    }
}
impl From<ResponsesServerEventResponseInWsProgress> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseInWsProgress) -> Self {
        Self::ResponseInProgress(value)
    }
}
impl From<ResponsesServerEventResponseWsFailed> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseWsFailed) -> Self {
        Self::ResponseFailed(value)
    }
}
impl From<ResponsesServerEventResponseWsIncomplete> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseWsIncomplete) -> Self {
        Self::ResponseIncomplete(value)
    }
}
impl From<ResponsesServerEventResponseOutputItemWsAdded> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseOutputItemWsAdded) -> Self {
        Self::ResponseOutputItemAdded(value)
    }
}
impl From<ResponsesServerEventResponseOutputItemWsDone> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseOutputItemWsDone) -> Self {
        Self::ResponseOutputItemDone(value)
    }
}
impl From<ResponsesServerEventResponseReasoningSummaryPartWsAdded>
for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseReasoningSummaryPartWsAdded) -> Self {
        Self::ResponseReasoningSummaryPartAdded(value)
    }
}
impl From<ResponsesServerEventResponseReasoningSummaryPartWsDone>
for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseReasoningSummaryPartWsDone) -> Self {
        Self::ResponseReasoningSummaryPartDone(value)
    }
}
impl From<ResponsesServerEventResponseReasoningSummaryTextWsDelta>
for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseReasoningSummaryTextWsDelta) -> Self {
        Self::ResponseReasoningSummaryTextDelta(value)
    }
}
impl From<ResponsesServerEventResponseReasoningSummaryTextWsDone>
for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseReasoningSummaryTextWsDone) -> Self {
        Self::ResponseReasoningSummaryTextDone(value)
    }
}
impl From<ResponsesServerEventResponseReasoningTextWsDelta> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseReasoningTextWsDelta) -> Self {
        Self::ResponseReasoningTextDelta(value)
    }
}
impl From<ResponsesServerEventResponseReasoningTextWsDone> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseReasoningTextWsDone) -> Self {
        Self::ResponseReasoningTextDone(value)
    }
}
impl From<ResponsesServerEventResponseRefusalWsDelta> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseRefusalWsDelta) -> Self {
        Self::ResponseRefusalDelta(value)
    }
}
impl From<ResponsesServerEventResponseRefusalWsDone> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseRefusalWsDone) -> Self {
        Self::ResponseRefusalDone(value)
    }
}
impl From<ResponsesServerEventResponseTextWsDelta> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseTextWsDelta) -> Self {
        Self::ResponseOutputTextDelta(value)
    }
}
impl From<ResponsesServerEventResponseTextWsDone> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseTextWsDone) -> Self {
        Self::ResponseOutputTextDone(value)
    }
}
impl From<ResponsesServerEventResponseWebSearchCallWsCompleted>
for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseWebSearchCallWsCompleted) -> Self {
        Self::ResponseWebSearchCallCompleted(value)
    }
}
impl From<ResponsesServerEventResponseWebSearchCallInWsProgress>
for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseWebSearchCallInWsProgress) -> Self {
        Self::ResponseWebSearchCallInProgress(value)
    }
}
impl From<ResponsesServerEventResponseWebSearchCallWsSearching>
for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseWebSearchCallWsSearching) -> Self {
        Self::ResponseWebSearchCallSearching(value)
    }
}
impl From<ResponsesServerEventResponseImageGenCallWsCompleted> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseImageGenCallWsCompleted) -> Self {
        Self::ResponseImageGenerationCallCompleted(value)
    }
}
impl From<ResponsesServerEventResponseImageGenCallWsGenerating>
for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseImageGenCallWsGenerating) -> Self {
        Self::ResponseImageGenerationCallGenerating(value)
    }
}
impl From<ResponsesServerEventResponseImageGenCallInWsProgress>
for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseImageGenCallInWsProgress) -> Self {
        Self::ResponseImageGenerationCallInProgress(value)
    }
}
impl From<ResponsesServerEventResponseImageGenCallPartialWsImage>
for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseImageGenCallPartialWsImage) -> Self {
        Self::ResponseImageGenerationCallPartialImage(value)
    }
}
impl From<ResponsesServerEventResponseMcpCallArgumentsWsDelta> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseMcpCallArgumentsWsDelta) -> Self {
        Self::ResponseMcpCallArgumentsDelta(value)
    }
}
impl From<ResponsesServerEventResponseMcpCallArgumentsWsDone> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseMcpCallArgumentsWsDone) -> Self {
        Self::ResponseMcpCallArgumentsDone(value)
    }
}
impl From<ResponsesServerEventResponseMcpCallWsCompleted> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseMcpCallWsCompleted) -> Self {
        Self::ResponseMcpCallCompleted(value)
    }
}
impl From<ResponsesServerEventResponseMcpCallWsFailed> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseMcpCallWsFailed) -> Self {
        Self::ResponseMcpCallFailed(value)
    }
}
impl From<ResponsesServerEventResponseMcpCallInWsProgress> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseMcpCallInWsProgress) -> Self {
        Self::ResponseMcpCallInProgress(value)
    }
}
impl From<ResponsesServerEventResponseMcpListToolsWsCompleted> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseMcpListToolsWsCompleted) -> Self {
        Self::ResponseMcpListToolsCompleted(value)
    }
}
impl From<ResponsesServerEventResponseMcpListToolsWsFailed> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseMcpListToolsWsFailed) -> Self {
        Self::ResponseMcpListToolsFailed(value)
    }
}
impl From<ResponsesServerEventResponseMcpListToolsInWsProgress>
for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseMcpListToolsInWsProgress) -> Self {
        Self::ResponseMcpListToolsInProgress(value)
    }
}
impl From<ResponsesServerEventResponseOutputTextAnnotationWsAdded>
for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseOutputTextAnnotationWsAdded) -> Self {
        Self::ResponseOutputTextAnnotationAdded(value)
    }
}
impl From<ResponsesServerEventResponseWsQueued> for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseWsQueued) -> Self {
        Self::ResponseQueued(value)
    }
}
impl From<ResponsesServerEventResponseCustomToolCallInputWsDelta>
for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseCustomToolCallInputWsDelta) -> Self {
        Self::ResponseCustomToolCallInputDelta(value)
    }
}
impl From<ResponsesServerEventResponseCustomToolCallInputWsDone>
for ResponsesServerEvent {
    fn from(value: ResponsesServerEventResponseCustomToolCallInputWsDone) -> Self {
        Self::ResponseCustomToolCallInputDone(value)
    }
}
impl From<ResponseWsError> for ResponsesServerEvent {
    fn from(value: ResponseWsError) -> Self {
        Self::ErrorType(value)
    }
}
/// Emitted when there is a partial audio response.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseAudioWsDelta {
    /// The type of the event. Always `response.audio.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseAudioDeltaLiteral,
    /// A sequence number for this chunk of the stream response.
    pub sequence_number: i64,
    /// A chunk of Base64 encoded response audio bytes.
    pub delta: String,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ResponsesServerEventResponseAudioWsDelta {
    const NAME: &'static str = "ResponsesServerEventResponseAudioWsDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseAudioDeltaLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut delta: Option<String> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "sequence_number" => 1,
                    "delta" => 2,
                    "stream_id" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                2 => sdk_runtime_types::de::value(&mut map, &mut delta),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseAudioWsDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseAudioWsDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(sequence_number: impl Into<i64>, delta: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            delta: delta.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when the audio response is complete.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseAudioWsDone {
    /// The type of the event. Always `response.audio.done`.
    #[serde(rename = "type")]
    pub type_: ResponseAudioDoneLiteral,
    /// The sequence number of the delta.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ResponsesServerEventResponseAudioWsDone {
    const NAME: &'static str = "ResponsesServerEventResponseAudioWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseAudioDoneLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "sequence_number" => 1,
                    "stream_id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseAudioWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseAudioWsDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(sequence_number: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when there is a partial transcript of audio.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseAudioTranscriptWsDelta {
    /// The type of the event. Always `response.audio.transcript.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseAudioTranscriptDeltaLiteral,
    /// The partial transcript of the audio response.
    pub delta: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseAudioTranscriptWsDelta {
    const NAME: &'static str = "ResponsesServerEventResponseAudioTranscriptWsDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseAudioTranscriptDeltaLiteral> = None;
        let mut delta: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "delta" => 1,
                    "sequence_number" => 2,
                    "stream_id" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut delta),
                2 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            delta: delta.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseAudioTranscriptWsDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseAudioTranscriptWsDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(delta: impl Into<String>, sequence_number: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            delta: delta.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when the full audio transcript is completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseAudioTranscriptWsDone {
    /// The type of the event. Always `response.audio.transcript.done`.
    #[serde(rename = "type")]
    pub type_: ResponseAudioTranscriptDoneLiteral,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseAudioTranscriptWsDone {
    const NAME: &'static str = "ResponsesServerEventResponseAudioTranscriptWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseAudioTranscriptDoneLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "sequence_number" => 1,
                    "stream_id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseAudioTranscriptWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseAudioTranscriptWsDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(sequence_number: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a partial code snippet is streamed by the code interpreter.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseCodeInterpreterCallCodeWsDelta {
    /// The type of the event. Always `response.code_interpreter_call_code.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseCodeInterpreterCallCodeDeltaLiteral,
    /// The index of the output item in the response for which the code is being streamed.
    pub output_index: i64,
    /// The unique identifier of the code interpreter tool call item.
    pub item_id: String,
    /// The partial code snippet being streamed by the code interpreter.
    pub delta: String,
    /// The sequence number of this event, used to order streaming events.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseCodeInterpreterCallCodeWsDelta {
    const NAME: &'static str = "ResponsesServerEventResponseCodeInterpreterCallCodeWsDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseCodeInterpreterCallCodeDeltaLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut delta: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "delta" => 3,
                    "sequence_number" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut delta),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for ResponsesServerEventResponseCodeInterpreterCallCodeWsDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseCodeInterpreterCallCodeWsDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        delta: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            delta: delta.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when the code snippet is finalized by the code interpreter.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseCodeInterpreterCallCodeWsDone {
    /// The type of the event. Always `response.code_interpreter_call_code.done`.
    #[serde(rename = "type")]
    pub type_: ResponseCodeInterpreterCallCodeDoneLiteral,
    /// The index of the output item in the response for which the code is finalized.
    pub output_index: i64,
    /// The unique identifier of the code interpreter tool call item.
    pub item_id: String,
    /// The final code snippet output by the code interpreter.
    pub code: String,
    /// The sequence number of this event, used to order streaming events.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseCodeInterpreterCallCodeWsDone {
    const NAME: &'static str = "ResponsesServerEventResponseCodeInterpreterCallCodeWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseCodeInterpreterCallCodeDoneLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut code: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "code" => 3,
                    "sequence_number" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut code),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            code: code.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for ResponsesServerEventResponseCodeInterpreterCallCodeWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseCodeInterpreterCallCodeWsDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        code: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            code: code.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when the code interpreter call is completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseCodeInterpreterCallWsCompleted {
    /// The type of the event. Always `response.code_interpreter_call.completed`.
    #[serde(rename = "type")]
    pub type_: ResponseCodeInterpreterCallCompletedLiteral,
    /// The index of the output item in the response for which the code interpreter call is completed.
    pub output_index: i64,
    /// The unique identifier of the code interpreter tool call item.
    pub item_id: String,
    /// The sequence number of this event, used to order streaming events.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseCodeInterpreterCallWsCompleted {
    const NAME: &'static str = "ResponsesServerEventResponseCodeInterpreterCallWsCompleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseCodeInterpreterCallCompletedLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "sequence_number" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for ResponsesServerEventResponseCodeInterpreterCallWsCompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseCodeInterpreterCallWsCompleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a code interpreter call is in progress.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseCodeInterpreterCallInWsProgress {
    /// The type of the event. Always `response.code_interpreter_call.in_progress`.
    #[serde(rename = "type")]
    pub type_: ResponseCodeInterpreterCallInProgressLiteral,
    /// The index of the output item in the response for which the code interpreter call is in progress.
    pub output_index: i64,
    /// The unique identifier of the code interpreter tool call item.
    pub item_id: String,
    /// The sequence number of this event, used to order streaming events.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseCodeInterpreterCallInWsProgress {
    const NAME: &'static str = "ResponsesServerEventResponseCodeInterpreterCallInWsProgress";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseCodeInterpreterCallInProgressLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "sequence_number" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for ResponsesServerEventResponseCodeInterpreterCallInWsProgress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseCodeInterpreterCallInWsProgress {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when the code interpreter is actively interpreting the code snippet.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseCodeInterpreterCallWsInterpreting {
    /// The type of the event. Always `response.code_interpreter_call.interpreting`.
    #[serde(rename = "type")]
    pub type_: ResponseCodeInterpreterCallInterpretingLiteral,
    /// The index of the output item in the response for which the code interpreter is interpreting code.
    pub output_index: i64,
    /// The unique identifier of the code interpreter tool call item.
    pub item_id: String,
    /// The sequence number of this event, used to order streaming events.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseCodeInterpreterCallWsInterpreting {
    const NAME: &'static str = "ResponsesServerEventResponseCodeInterpreterCallWsInterpreting";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseCodeInterpreterCallInterpretingLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "sequence_number" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for ResponsesServerEventResponseCodeInterpreterCallWsInterpreting {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseCodeInterpreterCallWsInterpreting {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when the model response is complete.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseWsCompleted {
    /// The type of the event. Always `response.completed`.
    #[serde(rename = "type")]
    pub type_: ResponseCompletedLiteral,
    /// Properties of the completed response.
    pub response: Response,
    /// The sequence number for this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ResponsesServerEventResponseWsCompleted {
    const NAME: &'static str = "ResponsesServerEventResponseWsCompleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseCompletedLiteral> = None;
        let mut response: Option<Response> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "response" => 1,
                    "sequence_number" => 2,
                    "stream_id" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut response),
                2 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(response, "response")?,
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseWsCompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseWsCompleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(response: impl Into<Response>, sequence_number: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            response: response.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a new content part is added.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseContentPartWsAdded {
    /// The type of the event. Always `response.content_part.added`.
    #[serde(rename = "type")]
    pub type_: ResponseContentPartAddedLiteral,
    /// The ID of the output item that the content part was added to.
    pub item_id: String,
    /// The index of the output item that the content part was added to.
    pub output_index: i64,
    /// The index of the content part that was added.
    pub content_index: i64,
    /// The content part that was added.
    pub part: OutputContent,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ResponsesServerEventResponseContentPartWsAdded {
    const NAME: &'static str = "ResponsesServerEventResponseContentPartWsAdded";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseContentPartAddedLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut part: Option<OutputContent> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "content_index" => 3,
                    "part" => 4,
                    "sequence_number" => 5,
                    "stream_id" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut part),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            part: sdk_runtime_types::de::required::<_, A::Error>(part, "part")?,
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseContentPartWsAdded {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseContentPartWsAdded {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        part: impl Into<OutputContent>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            part: part.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a content part is done.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseContentPartWsDone {
    /// The type of the event. Always `response.content_part.done`.
    #[serde(rename = "type")]
    pub type_: ResponseContentPartDoneLiteral,
    /// The ID of the output item that the content part was added to.
    pub item_id: String,
    /// The index of the output item that the content part was added to.
    pub output_index: i64,
    /// The index of the content part that is done.
    pub content_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The content part that is done.
    pub part: OutputContent,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ResponsesServerEventResponseContentPartWsDone {
    const NAME: &'static str = "ResponsesServerEventResponseContentPartWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseContentPartDoneLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut part: Option<OutputContent> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "content_index" => 3,
                    "sequence_number" => 4,
                    "part" => 5,
                    "stream_id" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::value(&mut map, &mut part),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            part: sdk_runtime_types::de::required::<_, A::Error>(part, "part")?,
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseContentPartWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseContentPartWsDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
        part: impl Into<OutputContent>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            sequence_number: sequence_number.into(),
            part: part.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// An event that is emitted when a response is created.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseWsCreated {
    /// The type of the event. Always `response.created`.
    #[serde(rename = "type")]
    pub type_: ResponseCreatedLiteral,
    /// The response that was created.
    pub response: Response,
    /// The sequence number for this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ResponsesServerEventResponseWsCreated {
    const NAME: &'static str = "ResponsesServerEventResponseWsCreated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseCreatedLiteral> = None;
        let mut response: Option<Response> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "response" => 1,
                    "sequence_number" => 2,
                    "stream_id" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut response),
                2 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(response, "response")?,
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseWsCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseWsCreated {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(response: impl Into<Response>, sequence_number: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            response: response.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a file search call is completed (results found).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseFileSearchCallWsCompleted {
    /// The type of the event. Always `response.file_search_call.completed`.
    #[serde(rename = "type")]
    pub type_: ResponseFileSearchCallCompletedLiteral,
    /// The index of the output item that the file search call is initiated.
    pub output_index: i64,
    /// The ID of the output item that the file search call is initiated.
    pub item_id: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseFileSearchCallWsCompleted {
    const NAME: &'static str = "ResponsesServerEventResponseFileSearchCallWsCompleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseFileSearchCallCompletedLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "sequence_number" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseFileSearchCallWsCompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseFileSearchCallWsCompleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a file search call is initiated.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseFileSearchCallInWsProgress {
    /// The type of the event. Always `response.file_search_call.in_progress`.
    #[serde(rename = "type")]
    pub type_: ResponseFileSearchCallInProgressLiteral,
    /// The index of the output item that the file search call is initiated.
    pub output_index: i64,
    /// The ID of the output item that the file search call is initiated.
    pub item_id: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseFileSearchCallInWsProgress {
    const NAME: &'static str = "ResponsesServerEventResponseFileSearchCallInWsProgress";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseFileSearchCallInProgressLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "sequence_number" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseFileSearchCallInWsProgress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseFileSearchCallInWsProgress {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a file search is currently searching.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseFileSearchCallWsSearching {
    /// The type of the event. Always `response.file_search_call.searching`.
    #[serde(rename = "type")]
    pub type_: ResponseFileSearchCallSearchingLiteral,
    /// The index of the output item that the file search call is searching.
    pub output_index: i64,
    /// The ID of the output item that the file search call is initiated.
    pub item_id: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseFileSearchCallWsSearching {
    const NAME: &'static str = "ResponsesServerEventResponseFileSearchCallWsSearching";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseFileSearchCallSearchingLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "sequence_number" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseFileSearchCallWsSearching {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseFileSearchCallWsSearching {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when there is a partial function-call arguments delta.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseFunctionCallArgumentsWsDelta {
    /// The type of the event. Always `response.function_call_arguments.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseFunctionCallArgumentsDeltaLiteral,
    /// The ID of the output item that the function-call arguments delta is added to.
    pub item_id: String,
    /// The index of the output item that the function-call arguments delta is added to.
    pub output_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The function-call arguments delta that is added.
    pub delta: String,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseFunctionCallArgumentsWsDelta {
    const NAME: &'static str = "ResponsesServerEventResponseFunctionCallArgumentsWsDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseFunctionCallArgumentsDeltaLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut delta: Option<String> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "sequence_number" => 3,
                    "delta" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::value(&mut map, &mut delta),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseFunctionCallArgumentsWsDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseFunctionCallArgumentsWsDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
        delta: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
            delta: delta.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when function-call arguments are finalized.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseFunctionCallArgumentsWsDone {
    #[serde(rename = "type")]
    pub type_: ResponseFunctionCallArgumentsDoneLiteral,
    /// The ID of the item.
    pub item_id: String,
    /// The name of the function that was called.
    pub name: String,
    /// The index of the output item.
    pub output_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The function-call arguments.
    pub arguments: String,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseFunctionCallArgumentsWsDone {
    const NAME: &'static str = "ResponsesServerEventResponseFunctionCallArgumentsWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseFunctionCallArgumentsDoneLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut arguments: Option<String> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "name" => 2,
                    "output_index" => 3,
                    "sequence_number" => 4,
                    "arguments" => 5,
                    "stream_id" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut name),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            name: name.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            arguments: arguments.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseFunctionCallArgumentsWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseFunctionCallArgumentsWsDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        name: impl Into<String>,
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
        arguments: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            name: name.into(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
            arguments: arguments.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// A streaming event that indicated a shell command was added to a tool call.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseShellCallCommandWsAdded {
    /// The type of the event, always `response.shell_call_command.added`.
    #[serde(rename = "type")]
    pub type_: ResponseShellCallCommandAddedLiteral,
    /// The sequence number of the event that was emitted.
    pub sequence_number: i64,
    /// The index of the output item that was updated.
    pub output_index: i64,
    /// The index of the shell command that was added.
    pub command_index: i64,
    /// The shell command that was added.
    pub command: String,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseShellCallCommandWsAdded {
    const NAME: &'static str = "ResponsesServerEventResponseShellCallCommandWsAdded";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseShellCallCommandAddedLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut output_index: Option<i64> = None;
        let mut command_index: Option<i64> = None;
        let mut command: Option<String> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "sequence_number" => 1,
                    "output_index" => 2,
                    "command_index" => 3,
                    "command" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut command_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut command),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            command_index: command_index.unwrap_or_default(),
            command: command.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseShellCallCommandWsAdded {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseShellCallCommandWsAdded {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        sequence_number: impl Into<i64>,
        output_index: impl Into<i64>,
        command_index: impl Into<i64>,
        command: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            output_index: output_index.into(),
            command_index: command_index.into(),
            command: command.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// A streaming event that indicated a shell command was incrementally updated.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseShellCallCommandWsDelta {
    /// The type of the event, always `response.shell_call_command.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseShellCallCommandDeltaLiteral,
    /// The sequence number of the event that was emitted.
    pub sequence_number: i64,
    /// The index of the output item that was updated.
    pub output_index: i64,
    /// The index of the shell command that was updated.
    pub command_index: i64,
    /// The shell command delta that was appended.
    pub delta: String,
    /// An obfuscation string that was added to pad the event payload.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub obfuscation: Option<String>,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseShellCallCommandWsDelta {
    const NAME: &'static str = "ResponsesServerEventResponseShellCallCommandWsDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseShellCallCommandDeltaLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut output_index: Option<i64> = None;
        let mut command_index: Option<i64> = None;
        let mut delta: Option<String> = None;
        let mut obfuscation: Option<String> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "sequence_number" => 1,
                    "output_index" => 2,
                    "command_index" => 3,
                    "delta" => 4,
                    "obfuscation" => 5,
                    "stream_id" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut command_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut delta),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut obfuscation),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            command_index: command_index.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
            obfuscation,
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseShellCallCommandWsDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseShellCallCommandWsDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        sequence_number: impl Into<i64>,
        output_index: impl Into<i64>,
        command_index: impl Into<i64>,
        delta: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            output_index: output_index.into(),
            command_index: command_index.into(),
            delta: delta.into(),
            obfuscation: None,
            stream_id: None,
        }
    }
    /// Sets `obfuscation`.
    pub fn obfuscation(mut self, value: impl Into<String>) -> Self {
        self.obfuscation = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// A streaming event that indicated a shell command was completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseShellCallCommandWsDone {
    /// The type of the event, always `response.shell_call_command.done`.
    #[serde(rename = "type")]
    pub type_: ResponseShellCallCommandDoneLiteral,
    /// The sequence number of the event that was emitted.
    pub sequence_number: i64,
    /// The index of the output item that was updated.
    pub output_index: i64,
    /// The index of the shell command that was completed.
    pub command_index: i64,
    /// The final shell command that was emitted.
    pub command: String,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseShellCallCommandWsDone {
    const NAME: &'static str = "ResponsesServerEventResponseShellCallCommandWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseShellCallCommandDoneLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut output_index: Option<i64> = None;
        let mut command_index: Option<i64> = None;
        let mut command: Option<String> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "sequence_number" => 1,
                    "output_index" => 2,
                    "command_index" => 3,
                    "command" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut command_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut command),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            command_index: command_index.unwrap_or_default(),
            command: command.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseShellCallCommandWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseShellCallCommandWsDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        sequence_number: impl Into<i64>,
        output_index: impl Into<i64>,
        command_index: impl Into<i64>,
        command: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            output_index: output_index.into(),
            command_index: command_index.into(),
            command: command.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// A streaming event that indicated shell call output was incrementally added.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseShellCallOutputContentWsDelta {
    /// The type of the event, always `response.shell_call_output_content.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseShellCallOutputContentDeltaLiteral,
    /// The sequence number of the event that was emitted.
    pub sequence_number: i64,
    /// The ID of the output item that was updated.
    pub item_id: String,
    /// The index of the output item that was updated.
    pub output_index: i64,
    /// The index of the shell command that produced output.
    pub command_index: i64,
    /// The stdout/stderr delta that was emitted.
    pub delta: ShellCallOutputDelta,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseShellCallOutputContentWsDelta {
    const NAME: &'static str = "ResponsesServerEventResponseShellCallOutputContentWsDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseShellCallOutputContentDeltaLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut command_index: Option<i64> = None;
        let mut delta: Option<ShellCallOutputDelta> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "sequence_number" => 1,
                    "item_id" => 2,
                    "output_index" => 3,
                    "command_index" => 4,
                    "delta" => 5,
                    "stream_id" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut command_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut delta),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            command_index: command_index.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for ResponsesServerEventResponseShellCallOutputContentWsDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseShellCallOutputContentWsDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        sequence_number: impl Into<i64>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        command_index: impl Into<i64>,
        delta: impl Into<ShellCallOutputDelta>,
    ) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            command_index: command_index.into(),
            delta: delta.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// A streaming event that indicated shell call output was completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseShellCallOutputContentWsDone {
    /// The type of the event, always `response.shell_call_output_content.done`.
    #[serde(rename = "type")]
    pub type_: ResponseShellCallOutputContentDoneLiteral,
    /// The sequence number of the event that was emitted.
    pub sequence_number: i64,
    /// The ID of the output item that was updated.
    pub item_id: String,
    /// The index of the output item that was updated.
    pub output_index: i64,
    /// The index of the shell command that produced output.
    pub command_index: i64,
    /// The output contents emitted for the shell command.
    pub output: Vec<FunctionShellCallOutputContent>,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseShellCallOutputContentWsDone {
    const NAME: &'static str = "ResponsesServerEventResponseShellCallOutputContentWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseShellCallOutputContentDoneLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut command_index: Option<i64> = None;
        let mut output: Option<Vec<FunctionShellCallOutputContent>> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "sequence_number" => 1,
                    "item_id" => 2,
                    "output_index" => 3,
                    "command_index" => 4,
                    "output" => 5,
                    "stream_id" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut command_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut output),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            command_index: command_index.unwrap_or_default(),
            output: output.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseShellCallOutputContentWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseShellCallOutputContentWsDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        sequence_number: impl Into<i64>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        command_index: impl Into<i64>,
        output: impl Into<Vec<FunctionShellCallOutputContent>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            command_index: command_index.into(),
            output: output.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when the response is in progress.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseInWsProgress {
    /// The type of the event. Always `response.in_progress`.
    #[serde(rename = "type")]
    pub type_: ResponseInProgressLiteral,
    /// The response that is in progress.
    pub response: Response,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ResponsesServerEventResponseInWsProgress {
    const NAME: &'static str = "ResponsesServerEventResponseInWsProgress";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseInProgressLiteral> = None;
        let mut response: Option<Response> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "response" => 1,
                    "sequence_number" => 2,
                    "stream_id" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut response),
                2 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(response, "response")?,
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseInWsProgress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseInWsProgress {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(response: impl Into<Response>, sequence_number: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            response: response.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// An event that is emitted when a response fails.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseWsFailed {
    /// The type of the event. Always `response.failed`.
    #[serde(rename = "type")]
    pub type_: ResponseFailedLiteral,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The response that failed.
    pub response: Response,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ResponsesServerEventResponseWsFailed {
    const NAME: &'static str = "ResponsesServerEventResponseWsFailed";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseFailedLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut response: Option<Response> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "sequence_number" => 1,
                    "response" => 2,
                    "stream_id" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                2 => sdk_runtime_types::de::value(&mut map, &mut response),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            response: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(response, "response")?,
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseWsFailed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseWsFailed {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(sequence_number: impl Into<i64>, response: impl Into<Response>) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            response: response.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// An event that is emitted when a response finishes as incomplete.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseWsIncomplete {
    /// The type of the event. Always `response.incomplete`.
    #[serde(rename = "type")]
    pub type_: ResponseIncompleteLiteral,
    /// The response that was incomplete.
    pub response: Response,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ResponsesServerEventResponseWsIncomplete {
    const NAME: &'static str = "ResponsesServerEventResponseWsIncomplete";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseIncompleteLiteral> = None;
        let mut response: Option<Response> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "response" => 1,
                    "sequence_number" => 2,
                    "stream_id" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut response),
                2 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(response, "response")?,
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseWsIncomplete {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseWsIncomplete {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(response: impl Into<Response>, sequence_number: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            response: response.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a new output item is added.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseOutputItemWsAdded {
    /// The type of the event. Always `response.output_item.added`.
    #[serde(rename = "type")]
    pub type_: ResponseOutputItemAddedLiteral,
    /// The index of the output item that was added.
    pub output_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The output item that was added. For reasoning items, `encrypted_content`
    /// may be incomplete while the item is in progress. Use the reasoning item
    /// from the corresponding `response.output_item.done` event when passing it
    /// as input to a subsequent request.
    pub item: ResponseOutputItem,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ResponsesServerEventResponseOutputItemWsAdded {
    const NAME: &'static str = "ResponsesServerEventResponseOutputItemWsAdded";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseOutputItemAddedLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut item: Option<ResponseOutputItem> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "sequence_number" => 2,
                    "item" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                3 => sdk_runtime_types::de::value(&mut map, &mut item),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            item: sdk_runtime_types::de::required::<_, A::Error>(item, "item")?,
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseOutputItemWsAdded {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseOutputItemWsAdded {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
        item: impl Into<ResponseOutputItem>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
            item: item.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when an output item is marked done.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseOutputItemWsDone {
    /// The type of the event. Always `response.output_item.done`.
    #[serde(rename = "type")]
    pub type_: ResponseOutputItemDoneLiteral,
    /// The index of the output item that was marked done.
    pub output_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The output item that was marked done.
    pub item: ResponseOutputItem,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ResponsesServerEventResponseOutputItemWsDone {
    const NAME: &'static str = "ResponsesServerEventResponseOutputItemWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseOutputItemDoneLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut item: Option<ResponseOutputItem> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "sequence_number" => 2,
                    "item" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                3 => sdk_runtime_types::de::value(&mut map, &mut item),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            item: sdk_runtime_types::de::required::<_, A::Error>(item, "item")?,
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseOutputItemWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseOutputItemWsDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
        item: impl Into<ResponseOutputItem>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
            item: item.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a new reasoning summary part is added.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseReasoningSummaryPartWsAdded {
    /// The type of the event. Always `response.reasoning_summary_part.added`.
    #[serde(rename = "type")]
    pub type_: ResponseReasoningSummaryPartAddedLiteral,
    /// The ID of the item this summary part is associated with.
    pub item_id: String,
    /// The index of the output item this summary part is associated with.
    pub output_index: i64,
    /// The index of the summary part within the reasoning summary.
    pub summary_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The summary part that was added.
    pub part: ResponseReasoningSummaryPartAddedEventPart,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseReasoningSummaryPartWsAdded {
    const NAME: &'static str = "ResponsesServerEventResponseReasoningSummaryPartWsAdded";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseReasoningSummaryPartAddedLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut summary_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut part: Option<ResponseReasoningSummaryPartAddedEventPart> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "summary_index" => 3,
                    "sequence_number" => 4,
                    "part" => 5,
                    "stream_id" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut summary_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::value(&mut map, &mut part),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            summary_index: summary_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            part: part.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseReasoningSummaryPartWsAdded {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseReasoningSummaryPartWsAdded {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        summary_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
        part: impl Into<ResponseReasoningSummaryPartAddedEventPart>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            summary_index: summary_index.into(),
            sequence_number: sequence_number.into(),
            part: part.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a reasoning summary part is completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseReasoningSummaryPartWsDone {
    /// The type of the event. Always `response.reasoning_summary_part.done`.
    #[serde(rename = "type")]
    pub type_: ResponseReasoningSummaryPartDoneLiteral,
    /// The ID of the item this summary part is associated with.
    pub item_id: String,
    /// The index of the output item this summary part is associated with.
    pub output_index: i64,
    /// The index of the summary part within the reasoning summary.
    pub summary_index: i64,
    /// The completion status of the summary part. Omitted when the part completed
    /// normally and set to `incomplete` when generation was interrupted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<IncompleteLiteral>,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The completed summary part.
    pub part: ResponseReasoningSummaryPartDoneEventPart,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseReasoningSummaryPartWsDone {
    const NAME: &'static str = "ResponsesServerEventResponseReasoningSummaryPartWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseReasoningSummaryPartDoneLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut summary_index: Option<i64> = None;
        let mut status: Option<IncompleteLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut part: Option<ResponseReasoningSummaryPartDoneEventPart> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "summary_index" => 3,
                    "status" => 4,
                    "sequence_number" => 5,
                    "part" => 6,
                    "stream_id" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut summary_index),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                6 => sdk_runtime_types::de::value(&mut map, &mut part),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            summary_index: summary_index.unwrap_or_default(),
            status,
            sequence_number: sequence_number.unwrap_or_default(),
            part: part.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseReasoningSummaryPartWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseReasoningSummaryPartWsDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        summary_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
        part: impl Into<ResponseReasoningSummaryPartDoneEventPart>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            summary_index: summary_index.into(),
            status: None,
            sequence_number: sequence_number.into(),
            part: part.into(),
            stream_id: None,
        }
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<IncompleteLiteral>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a delta is added to a reasoning summary text.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseReasoningSummaryTextWsDelta {
    /// The type of the event. Always `response.reasoning_summary_text.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseReasoningSummaryTextDeltaLiteral,
    /// The ID of the item this summary text delta is associated with.
    pub item_id: String,
    /// The index of the output item this summary text delta is associated with.
    pub output_index: i64,
    /// The index of the summary part within the reasoning summary.
    pub summary_index: i64,
    /// The text delta that was added to the summary.
    pub delta: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseReasoningSummaryTextWsDelta {
    const NAME: &'static str = "ResponsesServerEventResponseReasoningSummaryTextWsDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseReasoningSummaryTextDeltaLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut summary_index: Option<i64> = None;
        let mut delta: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "summary_index" => 3,
                    "delta" => 4,
                    "sequence_number" => 5,
                    "stream_id" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut summary_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut delta),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            summary_index: summary_index.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseReasoningSummaryTextWsDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseReasoningSummaryTextWsDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        summary_index: impl Into<i64>,
        delta: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            summary_index: summary_index.into(),
            delta: delta.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a reasoning summary text is completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseReasoningSummaryTextWsDone {
    /// The type of the event. Always `response.reasoning_summary_text.done`.
    #[serde(rename = "type")]
    pub type_: ResponseReasoningSummaryTextDoneLiteral,
    /// The ID of the item this summary text is associated with.
    pub item_id: String,
    /// The index of the output item this summary text is associated with.
    pub output_index: i64,
    /// The index of the summary part within the reasoning summary.
    pub summary_index: i64,
    /// The full text of the completed reasoning summary.
    pub text: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseReasoningSummaryTextWsDone {
    const NAME: &'static str = "ResponsesServerEventResponseReasoningSummaryTextWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseReasoningSummaryTextDoneLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut summary_index: Option<i64> = None;
        let mut text: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "summary_index" => 3,
                    "text" => 4,
                    "sequence_number" => 5,
                    "stream_id" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut summary_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut text),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            summary_index: summary_index.unwrap_or_default(),
            text: text.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseReasoningSummaryTextWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseReasoningSummaryTextWsDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        summary_index: impl Into<i64>,
        text: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            summary_index: summary_index.into(),
            text: text.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a delta is added to a reasoning text.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseReasoningTextWsDelta {
    /// The type of the event. Always `response.reasoning_text.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseReasoningTextDeltaLiteral,
    /// The ID of the item this reasoning text delta is associated with.
    pub item_id: String,
    /// The index of the output item this reasoning text delta is associated with.
    pub output_index: i64,
    /// The index of the reasoning content part this delta is associated with.
    pub content_index: i64,
    /// The text delta that was added to the reasoning content.
    pub delta: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ResponsesServerEventResponseReasoningTextWsDelta {
    const NAME: &'static str = "ResponsesServerEventResponseReasoningTextWsDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseReasoningTextDeltaLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut delta: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "content_index" => 3,
                    "delta" => 4,
                    "sequence_number" => 5,
                    "stream_id" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut delta),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseReasoningTextWsDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseReasoningTextWsDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        delta: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            delta: delta.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a reasoning text is completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseReasoningTextWsDone {
    /// The type of the event. Always `response.reasoning_text.done`.
    #[serde(rename = "type")]
    pub type_: ResponseReasoningTextDoneLiteral,
    /// The ID of the item this reasoning text is associated with.
    pub item_id: String,
    /// The index of the output item this reasoning text is associated with.
    pub output_index: i64,
    /// The index of the reasoning content part.
    pub content_index: i64,
    /// The full text of the completed reasoning content.
    pub text: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ResponsesServerEventResponseReasoningTextWsDone {
    const NAME: &'static str = "ResponsesServerEventResponseReasoningTextWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseReasoningTextDoneLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut text: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "content_index" => 3,
                    "text" => 4,
                    "sequence_number" => 5,
                    "stream_id" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut text),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            text: text.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseReasoningTextWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseReasoningTextWsDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        text: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            text: text.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when there is a partial refusal text.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseRefusalWsDelta {
    /// The type of the event. Always `response.refusal.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseRefusalDeltaLiteral,
    /// The ID of the output item that the refusal text is added to.
    pub item_id: String,
    /// The index of the output item that the refusal text is added to.
    pub output_index: i64,
    /// The index of the content part that the refusal text is added to.
    pub content_index: i64,
    /// The refusal text that is added.
    pub delta: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ResponsesServerEventResponseRefusalWsDelta {
    const NAME: &'static str = "ResponsesServerEventResponseRefusalWsDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseRefusalDeltaLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut delta: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "content_index" => 3,
                    "delta" => 4,
                    "sequence_number" => 5,
                    "stream_id" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut delta),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseRefusalWsDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseRefusalWsDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        delta: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            delta: delta.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when refusal text is finalized.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseRefusalWsDone {
    /// The type of the event. Always `response.refusal.done`.
    #[serde(rename = "type")]
    pub type_: ResponseRefusalDoneLiteral,
    /// The ID of the output item that the refusal text is finalized.
    pub item_id: String,
    /// The index of the output item that the refusal text is finalized.
    pub output_index: i64,
    /// The index of the content part that the refusal text is finalized.
    pub content_index: i64,
    /// The refusal text that is finalized.
    pub refusal: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ResponsesServerEventResponseRefusalWsDone {
    const NAME: &'static str = "ResponsesServerEventResponseRefusalWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseRefusalDoneLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut refusal: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "content_index" => 3,
                    "refusal" => 4,
                    "sequence_number" => 5,
                    "stream_id" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut refusal),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            refusal: refusal.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseRefusalWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseRefusalWsDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        refusal: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            refusal: refusal.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when there is an additional text delta.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseTextWsDelta {
    /// The type of the event. Always `response.output_text.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseOutputTextDeltaLiteral,
    /// The ID of the output item that the text delta was added to.
    pub item_id: String,
    /// The index of the output item that the text delta was added to.
    pub output_index: i64,
    /// The index of the content part that the text delta was added to.
    pub content_index: i64,
    /// The text delta that was added.
    pub delta: String,
    /// The sequence number for this event.
    pub sequence_number: i64,
    /// The log probabilities of the tokens in the delta.
    pub logprobs: Vec<ResponseLogProb>,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ResponsesServerEventResponseTextWsDelta {
    const NAME: &'static str = "ResponsesServerEventResponseTextWsDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseOutputTextDeltaLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut delta: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut logprobs: Option<Vec<ResponseLogProb>> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "content_index" => 3,
                    "delta" => 4,
                    "sequence_number" => 5,
                    "logprobs" => 6,
                    "stream_id" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut delta),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                6 => sdk_runtime_types::de::value(&mut map, &mut logprobs),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            logprobs: logprobs.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseTextWsDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseTextWsDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        delta: impl Into<String>,
        sequence_number: impl Into<i64>,
        logprobs: impl Into<Vec<ResponseLogProb>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            delta: delta.into(),
            sequence_number: sequence_number.into(),
            logprobs: logprobs.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when text content is finalized.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseTextWsDone {
    /// The type of the event. Always `response.output_text.done`.
    #[serde(rename = "type")]
    pub type_: ResponseOutputTextDoneLiteral,
    /// The ID of the output item that the text content is finalized.
    pub item_id: String,
    /// The index of the output item that the text content is finalized.
    pub output_index: i64,
    /// The index of the content part that the text content is finalized.
    pub content_index: i64,
    /// The text content that is finalized.
    pub text: String,
    /// The sequence number for this event.
    pub sequence_number: i64,
    /// The log probabilities of the tokens in the delta.
    pub logprobs: Vec<ResponseLogProb>,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ResponsesServerEventResponseTextWsDone {
    const NAME: &'static str = "ResponsesServerEventResponseTextWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseOutputTextDoneLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut text: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut logprobs: Option<Vec<ResponseLogProb>> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "content_index" => 3,
                    "text" => 4,
                    "sequence_number" => 5,
                    "logprobs" => 6,
                    "stream_id" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut text),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                6 => sdk_runtime_types::de::value(&mut map, &mut logprobs),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            text: text.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            logprobs: logprobs.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseTextWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseTextWsDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        text: impl Into<String>,
        sequence_number: impl Into<i64>,
        logprobs: impl Into<Vec<ResponseLogProb>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            text: text.into(),
            sequence_number: sequence_number.into(),
            logprobs: logprobs.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a web search call is completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseWebSearchCallWsCompleted {
    /// The type of the event. Always `response.web_search_call.completed`.
    #[serde(rename = "type")]
    pub type_: ResponseWebSearchCallCompletedLiteral,
    /// The index of the output item that the web search call is associated with.
    pub output_index: i64,
    /// Unique ID for the output item associated with the web search call.
    pub item_id: String,
    /// The sequence number of the web search call being processed.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseWebSearchCallWsCompleted {
    const NAME: &'static str = "ResponsesServerEventResponseWebSearchCallWsCompleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseWebSearchCallCompletedLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "sequence_number" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseWebSearchCallWsCompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseWebSearchCallWsCompleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a web search call is initiated.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseWebSearchCallInWsProgress {
    /// The type of the event. Always `response.web_search_call.in_progress`.
    #[serde(rename = "type")]
    pub type_: ResponseWebSearchCallInProgressLiteral,
    /// The index of the output item that the web search call is associated with.
    pub output_index: i64,
    /// Unique ID for the output item associated with the web search call.
    pub item_id: String,
    /// The sequence number of the web search call being processed.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseWebSearchCallInWsProgress {
    const NAME: &'static str = "ResponsesServerEventResponseWebSearchCallInWsProgress";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseWebSearchCallInProgressLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "sequence_number" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseWebSearchCallInWsProgress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseWebSearchCallInWsProgress {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a web search call is executing.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseWebSearchCallWsSearching {
    /// The type of the event. Always `response.web_search_call.searching`.
    #[serde(rename = "type")]
    pub type_: ResponseWebSearchCallSearchingLiteral,
    /// The index of the output item that the web search call is associated with.
    pub output_index: i64,
    /// Unique ID for the output item associated with the web search call.
    pub item_id: String,
    /// The sequence number of the web search call being processed.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseWebSearchCallWsSearching {
    const NAME: &'static str = "ResponsesServerEventResponseWebSearchCallWsSearching";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseWebSearchCallSearchingLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "sequence_number" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseWebSearchCallWsSearching {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseWebSearchCallWsSearching {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when an image generation tool call has completed and the final image is available.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseImageGenCallWsCompleted {
    /// The type of the event. Always 'response.image_generation_call.completed'.
    #[serde(rename = "type")]
    pub type_: ResponseImageGenerationCallCompletedLiteral,
    /// The index of the output item in the response's output array.
    pub output_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The unique identifier of the image generation item being processed.
    pub item_id: String,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseImageGenCallWsCompleted {
    const NAME: &'static str = "ResponsesServerEventResponseImageGenCallWsCompleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseImageGenerationCallCompletedLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "sequence_number" => 2,
                    "item_id" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseImageGenCallWsCompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseImageGenCallWsCompleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
        item_id: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
            item_id: item_id.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when an image generation tool call is actively generating an image (intermediate state).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseImageGenCallWsGenerating {
    /// The type of the event. Always 'response.image_generation_call.generating'.
    #[serde(rename = "type")]
    pub type_: ResponseImageGenerationCallGeneratingLiteral,
    /// The index of the output item in the response's output array.
    pub output_index: i64,
    /// The unique identifier of the image generation item being processed.
    pub item_id: String,
    /// The sequence number of the image generation item being processed.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseImageGenCallWsGenerating {
    const NAME: &'static str = "ResponsesServerEventResponseImageGenCallWsGenerating";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseImageGenerationCallGeneratingLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "sequence_number" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseImageGenCallWsGenerating {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseImageGenCallWsGenerating {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when an image generation tool call is in progress.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseImageGenCallInWsProgress {
    /// The type of the event. Always 'response.image_generation_call.in_progress'.
    #[serde(rename = "type")]
    pub type_: ResponseImageGenerationCallInProgressLiteral,
    /// The index of the output item in the response's output array.
    pub output_index: i64,
    /// The unique identifier of the image generation item being processed.
    pub item_id: String,
    /// The sequence number of the image generation item being processed.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseImageGenCallInWsProgress {
    const NAME: &'static str = "ResponsesServerEventResponseImageGenCallInWsProgress";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseImageGenerationCallInProgressLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "sequence_number" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseImageGenCallInWsProgress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseImageGenCallInWsProgress {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a partial image is available during image generation streaming.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseImageGenCallPartialWsImage {
    /// The type of the event. Always 'response.image_generation_call.partial_image'.
    #[serde(rename = "type")]
    pub type_: ResponseImageGenerationCallPartialImageLiteral,
    /// The index of the output item in the response's output array.
    pub output_index: i64,
    /// The unique identifier of the image generation item being processed.
    pub item_id: String,
    /// The sequence number of the image generation item being processed.
    pub sequence_number: i64,
    /// 0-based index for the partial image (backend is 1-based, but this is 0-based for the user).
    pub partial_image_index: i64,
    /// Base64-encoded partial image data, suitable for rendering as an image.
    pub partial_image_b64: String,
    /// The image size that was used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    /// The image quality that was used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quality: Option<String>,
    /// The background setting that was used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub background: Option<String>,
    /// The output format that was used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_format: Option<String>,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseImageGenCallPartialWsImage {
    const NAME: &'static str = "ResponsesServerEventResponseImageGenCallPartialWsImage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseImageGenerationCallPartialImageLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut partial_image_index: Option<i64> = None;
        let mut partial_image_b64: Option<String> = None;
        let mut size: Option<String> = None;
        let mut quality: Option<String> = None;
        let mut background: Option<String> = None;
        let mut output_format: Option<String> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "sequence_number" => 3,
                    "partial_image_index" => 4,
                    "partial_image_b64" => 5,
                    "size" => 6,
                    "quality" => 7,
                    "background" => 8,
                    "output_format" => 9,
                    "stream_id" => 10,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::value(&mut map, &mut partial_image_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut partial_image_b64),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut size),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut quality),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut background),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut output_format),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            partial_image_index: partial_image_index.unwrap_or_default(),
            partial_image_b64: partial_image_b64.unwrap_or_default(),
            size,
            quality,
            background,
            output_format,
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseImageGenCallPartialWsImage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseImageGenCallPartialWsImage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
        partial_image_index: impl Into<i64>,
        partial_image_b64: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
            partial_image_index: partial_image_index.into(),
            partial_image_b64: partial_image_b64.into(),
            size: None,
            quality: None,
            background: None,
            output_format: None,
            stream_id: None,
        }
    }
    /// Sets `size`.
    pub fn size(mut self, value: impl Into<String>) -> Self {
        self.size = Some(value.into());
        self
    }
    /// Sets `quality`.
    pub fn quality(mut self, value: impl Into<String>) -> Self {
        self.quality = Some(value.into());
        self
    }
    /// Sets `background`.
    pub fn background(mut self, value: impl Into<String>) -> Self {
        self.background = Some(value.into());
        self
    }
    /// Sets `output_format`.
    pub fn output_format(mut self, value: impl Into<String>) -> Self {
        self.output_format = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when there is a delta (partial update) to the arguments of an MCP tool call.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseMcpCallArgumentsWsDelta {
    /// The type of the event. Always 'response.mcp_call_arguments.delta'.
    #[serde(rename = "type")]
    pub type_: ResponseMcpCallArgumentsDeltaLiteral,
    /// The index of the output item in the response's output array.
    pub output_index: i64,
    /// The unique identifier of the MCP tool call item being processed.
    pub item_id: String,
    /// A JSON string containing the partial update to the arguments for the MCP tool call.
    pub delta: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseMcpCallArgumentsWsDelta {
    const NAME: &'static str = "ResponsesServerEventResponseMcpCallArgumentsWsDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseMcpCallArgumentsDeltaLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut delta: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "delta" => 3,
                    "sequence_number" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut delta),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseMcpCallArgumentsWsDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseMcpCallArgumentsWsDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        delta: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            delta: delta.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when the arguments for an MCP tool call are finalized.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseMcpCallArgumentsWsDone {
    /// The type of the event. Always 'response.mcp_call_arguments.done'.
    #[serde(rename = "type")]
    pub type_: ResponseMcpCallArgumentsDoneLiteral,
    /// The index of the output item in the response's output array.
    pub output_index: i64,
    /// The unique identifier of the MCP tool call item being processed.
    pub item_id: String,
    /// A JSON string containing the finalized arguments for the MCP tool call.
    pub arguments: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseMcpCallArgumentsWsDone {
    const NAME: &'static str = "ResponsesServerEventResponseMcpCallArgumentsWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseMcpCallArgumentsDoneLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut arguments: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "arguments" => 3,
                    "sequence_number" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            arguments: arguments.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseMcpCallArgumentsWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseMcpCallArgumentsWsDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        arguments: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            arguments: arguments.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when an MCP  tool call has completed successfully.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseMcpCallWsCompleted {
    /// The type of the event. Always 'response.mcp_call.completed'.
    #[serde(rename = "type")]
    pub type_: ResponseMcpCallCompletedLiteral,
    /// The ID of the MCP tool call item that completed.
    pub item_id: String,
    /// The index of the output item that completed.
    pub output_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ResponsesServerEventResponseMcpCallWsCompleted {
    const NAME: &'static str = "ResponsesServerEventResponseMcpCallWsCompleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseMcpCallCompletedLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "sequence_number" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseMcpCallWsCompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseMcpCallWsCompleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when an MCP  tool call has failed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseMcpCallWsFailed {
    /// The type of the event. Always 'response.mcp_call.failed'.
    #[serde(rename = "type")]
    pub type_: ResponseMcpCallFailedLiteral,
    /// The ID of the MCP tool call item that failed.
    pub item_id: String,
    /// The index of the output item that failed.
    pub output_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ResponsesServerEventResponseMcpCallWsFailed {
    const NAME: &'static str = "ResponsesServerEventResponseMcpCallWsFailed";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseMcpCallFailedLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "sequence_number" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseMcpCallWsFailed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseMcpCallWsFailed {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when an MCP  tool call is in progress.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseMcpCallInWsProgress {
    /// The type of the event. Always 'response.mcp_call.in_progress'.
    #[serde(rename = "type")]
    pub type_: ResponseMcpCallInProgressLiteral,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The index of the output item in the response's output array.
    pub output_index: i64,
    /// The unique identifier of the MCP tool call item being processed.
    pub item_id: String,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ResponsesServerEventResponseMcpCallInWsProgress {
    const NAME: &'static str = "ResponsesServerEventResponseMcpCallInWsProgress";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseMcpCallInProgressLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "sequence_number" => 1,
                    "output_index" => 2,
                    "item_id" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseMcpCallInWsProgress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseMcpCallInWsProgress {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        sequence_number: impl Into<i64>,
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when the list of available MCP tools has been successfully retrieved.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseMcpListToolsWsCompleted {
    /// The type of the event. Always 'response.mcp_list_tools.completed'.
    #[serde(rename = "type")]
    pub type_: ResponseMcpListToolsCompletedLiteral,
    /// The ID of the MCP tool call item that produced this output.
    pub item_id: String,
    /// The index of the output item that was processed.
    pub output_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseMcpListToolsWsCompleted {
    const NAME: &'static str = "ResponsesServerEventResponseMcpListToolsWsCompleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseMcpListToolsCompletedLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "sequence_number" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseMcpListToolsWsCompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseMcpListToolsWsCompleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when the attempt to list available MCP tools has failed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseMcpListToolsWsFailed {
    /// The type of the event. Always 'response.mcp_list_tools.failed'.
    #[serde(rename = "type")]
    pub type_: ResponseMcpListToolsFailedLiteral,
    /// The ID of the MCP tool call item that failed.
    pub item_id: String,
    /// The index of the output item that failed.
    pub output_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ResponsesServerEventResponseMcpListToolsWsFailed {
    const NAME: &'static str = "ResponsesServerEventResponseMcpListToolsWsFailed";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseMcpListToolsFailedLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "sequence_number" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseMcpListToolsWsFailed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseMcpListToolsWsFailed {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when the system is in the process of retrieving the list of available MCP tools.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseMcpListToolsInWsProgress {
    /// The type of the event. Always 'response.mcp_list_tools.in_progress'.
    #[serde(rename = "type")]
    pub type_: ResponseMcpListToolsInProgressLiteral,
    /// The ID of the MCP tool call item that is being processed.
    pub item_id: String,
    /// The index of the output item that is being processed.
    pub output_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseMcpListToolsInWsProgress {
    const NAME: &'static str = "ResponsesServerEventResponseMcpListToolsInWsProgress";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseMcpListToolsInProgressLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "sequence_number" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseMcpListToolsInWsProgress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseMcpListToolsInWsProgress {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when an annotation is added to output text content.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseOutputTextAnnotationWsAdded {
    /// The type of the event. Always 'response.output_text.annotation.added'.
    #[serde(rename = "type")]
    pub type_: ResponseOutputTextAnnotationAddedLiteral,
    /// The unique identifier of the item to which the annotation is being added.
    pub item_id: String,
    /// The index of the output item in the response's output array.
    pub output_index: i64,
    /// The index of the content part within the output item.
    pub content_index: i64,
    /// The index of the annotation within the content part.
    pub annotation_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The annotation object being added. (See annotation schema for details.)
    pub annotation: Option<Annotation>,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseOutputTextAnnotationWsAdded {
    const NAME: &'static str = "ResponsesServerEventResponseOutputTextAnnotationWsAdded";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseOutputTextAnnotationAddedLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut annotation_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut annotation: Option<Annotation> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "content_index" => 3,
                    "annotation_index" => 4,
                    "sequence_number" => 5,
                    "annotation" => 6,
                    "stream_id" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut annotation_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut annotation),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            annotation_index: annotation_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            annotation,
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseOutputTextAnnotationWsAdded {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseOutputTextAnnotationWsAdded {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        annotation_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            annotation_index: annotation_index.into(),
            sequence_number: sequence_number.into(),
            annotation: None,
            stream_id: None,
        }
    }
    /// Sets `annotation`.
    pub fn annotation(mut self, value: impl Into<Annotation>) -> Self {
        self.annotation = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a response is queued and waiting to be processed.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseWsQueued {
    /// The type of the event. Always 'response.queued'.
    #[serde(rename = "type")]
    pub type_: ResponseQueuedLiteral,
    /// The full response object that is queued.
    pub response: Response,
    /// The sequence number for this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ResponsesServerEventResponseWsQueued {
    const NAME: &'static str = "ResponsesServerEventResponseWsQueued";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseQueuedLiteral> = None;
        let mut response: Option<Response> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "response" => 1,
                    "sequence_number" => 2,
                    "stream_id" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut response),
                2 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(response, "response")?,
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseWsQueued {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseWsQueued {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(response: impl Into<Response>, sequence_number: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            response: response.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Event representing a delta (partial update) to the input of a custom tool call.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseCustomToolCallInputWsDelta {
    /// The event type identifier.
    #[serde(rename = "type")]
    pub type_: ResponseCustomToolCallInputDeltaLiteral,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The index of the output this delta applies to.
    pub output_index: i64,
    /// Unique identifier for the API item associated with this event.
    pub item_id: String,
    /// The incremental input data (delta) for the custom tool call.
    pub delta: String,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseCustomToolCallInputWsDelta {
    const NAME: &'static str = "ResponsesServerEventResponseCustomToolCallInputWsDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseCustomToolCallInputDeltaLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut delta: Option<String> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "sequence_number" => 1,
                    "output_index" => 2,
                    "item_id" => 3,
                    "delta" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut delta),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseCustomToolCallInputWsDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseCustomToolCallInputWsDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        sequence_number: impl Into<i64>,
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        delta: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            delta: delta.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Event indicating that input for a custom tool call is complete.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseCustomToolCallInputWsDone {
    /// The event type identifier.
    #[serde(rename = "type")]
    pub type_: ResponseCustomToolCallInputDoneLiteral,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The index of the output this event applies to.
    pub output_index: i64,
    /// Unique identifier for the API item associated with this event.
    pub item_id: String,
    /// The complete input data for the custom tool call.
    pub input: String,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for ResponsesServerEventResponseCustomToolCallInputWsDone {
    const NAME: &'static str = "ResponsesServerEventResponseCustomToolCallInputWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseCustomToolCallInputDoneLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut input: Option<String> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "sequence_number" => 1,
                    "output_index" => 2,
                    "item_id" => 3,
                    "input" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut input),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            input: input.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponsesServerEventResponseCustomToolCallInputWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponsesServerEventResponseCustomToolCallInputWsDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        sequence_number: impl Into<i64>,
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        input: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            input: input.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponsesWebSocketStreamEvent {
    /// The value this type extends; its fields are serialized inline.
    #[serde(flatten)]
    pub base: ResponsesWebSocketStreamEventBase,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl ResponsesWebSocketStreamEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(base: impl Into<ResponsesWebSocketStreamEventBase>) -> Self {
        Self {
            base: base.into(),
            stream_id: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ResponsesWebSocketStreamEventBase {
    /// `response.audio.delta`
    ResponseAudioDelta(ResponseAudioDeltaEvent),
    /// `response.audio.done`
    ResponseAudioDone(ResponseAudioDoneEvent),
    /// `response.audio.transcript.delta`
    ResponseAudioTranscriptDelta(ResponseAudioTranscriptDeltaEvent),
    /// `response.audio.transcript.done`
    ResponseAudioTranscriptDone(ResponseAudioTranscriptDoneEvent),
    /// `response.code_interpreter_call_code.delta`
    ResponseCodeInterpreterCallCodeDelta(ResponseCodeInterpreterCallCodeDeltaEvent),
    /// `response.code_interpreter_call_code.done`
    ResponseCodeInterpreterCallCodeDone(ResponseCodeInterpreterCallCodeDoneEvent),
    /// `response.code_interpreter_call.completed`
    ResponseCodeInterpreterCallCompleted(ResponseCodeInterpreterCallCompletedEvent),
    /// `response.code_interpreter_call.in_progress`
    ResponseCodeInterpreterCallInProgress(ResponseCodeInterpreterCallInProgressEvent),
    /// `response.code_interpreter_call.interpreting`
    ResponseCodeInterpreterCallInterpreting(
        ResponseCodeInterpreterCallInterpretingEvent,
    ),
    /// `response.completed`
    ResponseCompleted(ResponseCompletedEvent),
    /// `response.content_part.added`
    ResponseContentPartAdded(ResponseContentPartAddedEvent),
    /// `response.content_part.done`
    ResponseContentPartDone(ResponseContentPartDoneEvent),
    /// `response.created`
    ResponseCreated(ResponseCreatedEvent),
    /// `response.file_search_call.completed`
    ResponseFileSearchCallCompleted(ResponseFileSearchCallCompletedEvent),
    /// `response.file_search_call.in_progress`
    ResponseFileSearchCallInProgress(ResponseFileSearchCallInProgressEvent),
    /// `response.file_search_call.searching`
    ResponseFileSearchCallSearching(ResponseFileSearchCallSearchingEvent),
    /// `response.function_call_arguments.delta`
    ResponseFunctionCallArgumentsDelta(ResponseFunctionCallArgumentsDeltaEvent),
    /// `response.function_call_arguments.done`
    ResponseFunctionCallArgumentsDone(ResponseFunctionCallArgumentsDoneEvent),
    /// `response.shell_call_command.added`
    ResponseShellCallCommandAdded(ResponseShellCallCommandAddedStreamingEvent),
    /// `response.shell_call_command.delta`
    ResponseShellCallCommandDelta(ResponseShellCallCommandDeltaStreamingEvent),
    /// `response.shell_call_command.done`
    ResponseShellCallCommandDone(ResponseShellCallCommandDoneStreamingEvent),
    /// `response.shell_call_output_content.delta`
    ResponseShellCallOutputContentDelta(
        ResponseShellCallOutputContentDeltaStreamingEvent,
    ),
    /// `response.shell_call_output_content.done`
    ResponseShellCallOutputContentDone(ResponseShellCallOutputContentDoneStreamingEvent),
    /// `response.in_progress`
    ResponseInProgress(ResponseInProgressEvent),
    /// `response.failed`
    ResponseFailed(ResponseFailedEvent),
    /// `response.incomplete`
    ResponseIncomplete(ResponseIncompleteEvent),
    /// `response.output_item.added`
    ResponseOutputItemAdded(ResponseOutputItemAddedEvent),
    /// `response.output_item.done`
    ResponseOutputItemDone(ResponseOutputItemDoneEvent),
    /// `response.reasoning_summary_part.added`
    ResponseReasoningSummaryPartAdded(ResponseReasoningSummaryPartAddedEvent),
    /// `response.reasoning_summary_part.done`
    ResponseReasoningSummaryPartDone(ResponseReasoningSummaryPartDoneEvent),
    /// `response.reasoning_summary_text.delta`
    ResponseReasoningSummaryTextDelta(ResponseReasoningSummaryTextDeltaEvent),
    /// `response.reasoning_summary_text.done`
    ResponseReasoningSummaryTextDone(ResponseReasoningSummaryTextDoneEvent),
    /// `response.reasoning_text.delta`
    ResponseReasoningTextDelta(ResponseReasoningTextDeltaEvent),
    /// `response.reasoning_text.done`
    ResponseReasoningTextDone(ResponseReasoningTextDoneEvent),
    /// `response.refusal.delta`
    ResponseRefusalDelta(ResponseRefusalDeltaEvent),
    /// `response.refusal.done`
    ResponseRefusalDone(ResponseRefusalDoneEvent),
    /// `response.output_text.delta`
    ResponseOutputTextDelta(ResponseTextDeltaEvent),
    /// `response.output_text.done`
    ResponseOutputTextDone(ResponseTextDoneEvent),
    /// `response.web_search_call.completed`
    ResponseWebSearchCallCompleted(ResponseWebSearchCallCompletedEvent),
    /// `response.web_search_call.in_progress`
    ResponseWebSearchCallInProgress(ResponseWebSearchCallInProgressEvent),
    /// `response.web_search_call.searching`
    ResponseWebSearchCallSearching(ResponseWebSearchCallSearchingEvent),
    /// `response.image_generation_call.completed`
    ResponseImageGenerationCallCompleted(ResponseImageGenCallCompletedEvent),
    /// `response.image_generation_call.generating`
    ResponseImageGenerationCallGenerating(ResponseImageGenCallGeneratingEvent),
    /// `response.image_generation_call.in_progress`
    ResponseImageGenerationCallInProgress(ResponseImageGenCallInProgressEvent),
    /// `response.image_generation_call.partial_image`
    ResponseImageGenerationCallPartialImage(ResponseImageGenCallPartialImageEvent),
    /// `response.mcp_call_arguments.delta`
    ResponseMcpCallArgumentsDelta(ResponseMcpCallArgumentsDeltaEvent),
    /// `response.mcp_call_arguments.done`
    ResponseMcpCallArgumentsDone(ResponseMcpCallArgumentsDoneEvent),
    /// `response.mcp_call.completed`
    ResponseMcpCallCompleted(ResponseMcpCallCompletedEvent),
    /// `response.mcp_call.failed`
    ResponseMcpCallFailed(ResponseMcpCallFailedEvent),
    /// `response.mcp_call.in_progress`
    ResponseMcpCallInProgress(ResponseMcpCallInProgressEvent),
    /// `response.mcp_list_tools.completed`
    ResponseMcpListToolsCompleted(ResponseMcpListToolsCompletedEvent),
    /// `response.mcp_list_tools.failed`
    ResponseMcpListToolsFailed(ResponseMcpListToolsFailedEvent),
    /// `response.mcp_list_tools.in_progress`
    ResponseMcpListToolsInProgress(ResponseMcpListToolsInProgressEvent),
    /// `response.output_text.annotation.added`
    ResponseOutputTextAnnotationAdded(ResponseOutputTextAnnotationAddedEvent),
    /// `response.queued`
    ResponseQueued(ResponseQueuedEvent),
    /// `response.custom_tool_call_input.delta`
    ResponseCustomToolCallInputDelta(ResponseCustomToolCallInputDeltaEvent),
    /// `response.custom_tool_call_input.done`
    ResponseCustomToolCallInputDone(ResponseCustomToolCallInputDoneEvent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for ResponsesWebSocketStreamEventBase {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ResponseAudioDelta(value) => value.serialize(serializer),
            Self::ResponseAudioDone(value) => value.serialize(serializer),
            Self::ResponseAudioTranscriptDelta(value) => value.serialize(serializer),
            Self::ResponseAudioTranscriptDone(value) => value.serialize(serializer),
            Self::ResponseCodeInterpreterCallCodeDelta(value) => {
                value.serialize(serializer)
            }
            Self::ResponseCodeInterpreterCallCodeDone(value) => {
                value.serialize(serializer)
            }
            Self::ResponseCodeInterpreterCallCompleted(value) => {
                value.serialize(serializer)
            }
            Self::ResponseCodeInterpreterCallInProgress(value) => {
                value.serialize(serializer)
            }
            Self::ResponseCodeInterpreterCallInterpreting(value) => {
                value.serialize(serializer)
            }
            Self::ResponseCompleted(value) => value.serialize(serializer),
            Self::ResponseContentPartAdded(value) => value.serialize(serializer),
            Self::ResponseContentPartDone(value) => value.serialize(serializer),
            Self::ResponseCreated(value) => value.serialize(serializer),
            Self::ResponseFileSearchCallCompleted(value) => value.serialize(serializer),
            Self::ResponseFileSearchCallInProgress(value) => value.serialize(serializer),
            Self::ResponseFileSearchCallSearching(value) => value.serialize(serializer),
            Self::ResponseFunctionCallArgumentsDelta(value) => {
                value.serialize(serializer)
            }
            Self::ResponseFunctionCallArgumentsDone(value) => value.serialize(serializer),
            Self::ResponseShellCallCommandAdded(value) => value.serialize(serializer),
            Self::ResponseShellCallCommandDelta(value) => value.serialize(serializer),
            Self::ResponseShellCallCommandDone(value) => value.serialize(serializer),
            Self::ResponseShellCallOutputContentDelta(value) => {
                value.serialize(serializer)
            }
            Self::ResponseShellCallOutputContentDone(value) => {
                value.serialize(serializer)
            }
            Self::ResponseInProgress(value) => value.serialize(serializer),
            Self::ResponseFailed(value) => value.serialize(serializer),
            Self::ResponseIncomplete(value) => value.serialize(serializer),
            Self::ResponseOutputItemAdded(value) => value.serialize(serializer),
            Self::ResponseOutputItemDone(value) => value.serialize(serializer),
            Self::ResponseReasoningSummaryPartAdded(value) => value.serialize(serializer),
            Self::ResponseReasoningSummaryPartDone(value) => value.serialize(serializer),
            Self::ResponseReasoningSummaryTextDelta(value) => value.serialize(serializer),
            Self::ResponseReasoningSummaryTextDone(value) => value.serialize(serializer),
            Self::ResponseReasoningTextDelta(value) => value.serialize(serializer),
            Self::ResponseReasoningTextDone(value) => value.serialize(serializer),
            Self::ResponseRefusalDelta(value) => value.serialize(serializer),
            Self::ResponseRefusalDone(value) => value.serialize(serializer),
            Self::ResponseOutputTextDelta(value) => value.serialize(serializer),
            Self::ResponseOutputTextDone(value) => value.serialize(serializer),
            Self::ResponseWebSearchCallCompleted(value) => value.serialize(serializer),
            Self::ResponseWebSearchCallInProgress(value) => value.serialize(serializer),
            Self::ResponseWebSearchCallSearching(value) => value.serialize(serializer),
            Self::ResponseImageGenerationCallCompleted(value) => {
                value.serialize(serializer)
            }
            Self::ResponseImageGenerationCallGenerating(value) => {
                value.serialize(serializer)
            }
            Self::ResponseImageGenerationCallInProgress(value) => {
                value.serialize(serializer)
            }
            Self::ResponseImageGenerationCallPartialImage(value) => {
                value.serialize(serializer)
            }
            Self::ResponseMcpCallArgumentsDelta(value) => value.serialize(serializer),
            Self::ResponseMcpCallArgumentsDone(value) => value.serialize(serializer),
            Self::ResponseMcpCallCompleted(value) => value.serialize(serializer),
            Self::ResponseMcpCallFailed(value) => value.serialize(serializer),
            Self::ResponseMcpCallInProgress(value) => value.serialize(serializer),
            Self::ResponseMcpListToolsCompleted(value) => value.serialize(serializer),
            Self::ResponseMcpListToolsFailed(value) => value.serialize(serializer),
            Self::ResponseMcpListToolsInProgress(value) => value.serialize(serializer),
            Self::ResponseOutputTextAnnotationAdded(value) => value.serialize(serializer),
            Self::ResponseQueued(value) => value.serialize(serializer),
            Self::ResponseCustomToolCallInputDelta(value) => value.serialize(serializer),
            Self::ResponseCustomToolCallInputDone(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for ResponsesWebSocketStreamEventBase {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "response.audio.delta" => {
                    Deserialize::deserialize(content).map(Self::ResponseAudioDelta)
                }
                "response.audio.done" => {
                    Deserialize::deserialize(content).map(Self::ResponseAudioDone)
                }
                "response.audio.transcript.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseAudioTranscriptDelta)
                }
                "response.audio.transcript.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseAudioTranscriptDone)
                }
                "response.code_interpreter_call_code.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseCodeInterpreterCallCodeDelta)
                }
                "response.code_interpreter_call_code.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseCodeInterpreterCallCodeDone)
                }
                "response.code_interpreter_call.completed" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseCodeInterpreterCallCompleted)
                }
                "response.code_interpreter_call.in_progress" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseCodeInterpreterCallInProgress)
                }
                "response.code_interpreter_call.interpreting" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseCodeInterpreterCallInterpreting)
                }
                "response.completed" => {
                    Deserialize::deserialize(content).map(Self::ResponseCompleted)
                }
                "response.content_part.added" => {
                    Deserialize::deserialize(content).map(Self::ResponseContentPartAdded)
                }
                "response.content_part.done" => {
                    Deserialize::deserialize(content).map(Self::ResponseContentPartDone)
                }
                "response.created" => {
                    Deserialize::deserialize(content).map(Self::ResponseCreated)
                }
                "response.file_search_call.completed" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseFileSearchCallCompleted)
                }
                "response.file_search_call.in_progress" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseFileSearchCallInProgress)
                }
                "response.file_search_call.searching" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseFileSearchCallSearching)
                }
                "response.function_call_arguments.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseFunctionCallArgumentsDelta)
                }
                "response.function_call_arguments.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseFunctionCallArgumentsDone)
                }
                "response.shell_call_command.added" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseShellCallCommandAdded)
                }
                "response.shell_call_command.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseShellCallCommandDelta)
                }
                "response.shell_call_command.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseShellCallCommandDone)
                }
                "response.shell_call_output_content.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseShellCallOutputContentDelta)
                }
                "response.shell_call_output_content.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseShellCallOutputContentDone)
                }
                "response.in_progress" => {
                    Deserialize::deserialize(content).map(Self::ResponseInProgress)
                }
                "response.failed" => {
                    Deserialize::deserialize(content).map(Self::ResponseFailed)
                }
                "response.incomplete" => {
                    Deserialize::deserialize(content).map(Self::ResponseIncomplete)
                }
                "response.output_item.added" => {
                    Deserialize::deserialize(content).map(Self::ResponseOutputItemAdded)
                }
                "response.output_item.done" => {
                    Deserialize::deserialize(content).map(Self::ResponseOutputItemDone)
                }
                "response.reasoning_summary_part.added" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseReasoningSummaryPartAdded)
                }
                "response.reasoning_summary_part.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseReasoningSummaryPartDone)
                }
                "response.reasoning_summary_text.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseReasoningSummaryTextDelta)
                }
                "response.reasoning_summary_text.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseReasoningSummaryTextDone)
                }
                "response.reasoning_text.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseReasoningTextDelta)
                }
                "response.reasoning_text.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseReasoningTextDone)
                }
                "response.refusal.delta" => {
                    Deserialize::deserialize(content).map(Self::ResponseRefusalDelta)
                }
                "response.refusal.done" => {
                    Deserialize::deserialize(content).map(Self::ResponseRefusalDone)
                }
                "response.output_text.delta" => {
                    Deserialize::deserialize(content).map(Self::ResponseOutputTextDelta)
                }
                "response.output_text.done" => {
                    Deserialize::deserialize(content).map(Self::ResponseOutputTextDone)
                }
                "response.web_search_call.completed" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseWebSearchCallCompleted)
                }
                "response.web_search_call.in_progress" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseWebSearchCallInProgress)
                }
                "response.web_search_call.searching" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseWebSearchCallSearching)
                }
                "response.image_generation_call.completed" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseImageGenerationCallCompleted)
                }
                "response.image_generation_call.generating" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseImageGenerationCallGenerating)
                }
                "response.image_generation_call.in_progress" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseImageGenerationCallInProgress)
                }
                "response.image_generation_call.partial_image" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseImageGenerationCallPartialImage)
                }
                "response.mcp_call_arguments.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseMcpCallArgumentsDelta)
                }
                "response.mcp_call_arguments.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseMcpCallArgumentsDone)
                }
                "response.mcp_call.completed" => {
                    Deserialize::deserialize(content).map(Self::ResponseMcpCallCompleted)
                }
                "response.mcp_call.failed" => {
                    Deserialize::deserialize(content).map(Self::ResponseMcpCallFailed)
                }
                "response.mcp_call.in_progress" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseMcpCallInProgress)
                }
                "response.mcp_list_tools.completed" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseMcpListToolsCompleted)
                }
                "response.mcp_list_tools.failed" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseMcpListToolsFailed)
                }
                "response.mcp_list_tools.in_progress" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseMcpListToolsInProgress)
                }
                "response.output_text.annotation.added" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseOutputTextAnnotationAdded)
                }
                "response.queued" => {
                    Deserialize::deserialize(content).map(Self::ResponseQueued)
                }
                "response.custom_tool_call_input.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseCustomToolCallInputDelta)
                }
                "response.custom_tool_call_input.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseCustomToolCallInputDone)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for ResponsesWebSocketStreamEventBase {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<ResponseAudioDeltaEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseAudioDeltaEvent) -> Self {
        Self::ResponseAudioDelta(value)
    }
}
impl From<ResponseAudioDoneEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseAudioDoneEvent) -> Self {
        Self::ResponseAudioDone(value)
    }
}
impl From<ResponseAudioTranscriptDeltaEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseAudioTranscriptDeltaEvent) -> Self {
        Self::ResponseAudioTranscriptDelta(value)
    }
}
impl From<ResponseAudioTranscriptDoneEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseAudioTranscriptDoneEvent) -> Self {
        Self::ResponseAudioTranscriptDone(value)
    }
}
impl From<ResponseCodeInterpreterCallCodeDeltaEvent>
for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseCodeInterpreterCallCodeDeltaEvent) -> Self {
        Self::ResponseCodeInterpreterCallCodeDelta(value)
    }
}
impl From<ResponseCodeInterpreterCallCodeDoneEvent>
for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseCodeInterpreterCallCodeDoneEvent) -> Self {
        Self::ResponseCodeInterpreterCallCodeDone(value)
    }
}
impl From<ResponseCodeInterpreterCallCompletedEvent>
for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseCodeInterpreterCallCompletedEvent) -> Self {
        Self::ResponseCodeInterpreterCallCompleted(value)
    }
}
impl From<ResponseCodeInterpreterCallInProgressEvent>
for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseCodeInterpreterCallInProgressEvent) -> Self {
        Self::ResponseCodeInterpreterCallInProgress(value)
    }
}
impl From<ResponseCodeInterpreterCallInterpretingEvent>
for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseCodeInterpreterCallInterpretingEvent) -> Self {
        Self::ResponseCodeInterpreterCallInterpreting(value)
    }
}
impl From<ResponseCompletedEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseCompletedEvent) -> Self {
        Self::ResponseCompleted(value)
    }
}
impl From<ResponseContentPartAddedEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseContentPartAddedEvent) -> Self {
        Self::ResponseContentPartAdded(value)
    }
}
impl From<ResponseContentPartDoneEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseContentPartDoneEvent) -> Self {
        Self::ResponseContentPartDone(value)
    }
}
impl From<ResponseCreatedEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseCreatedEvent) -> Self {
        Self::ResponseCreated(value)
    }
}
impl From<ResponseFileSearchCallCompletedEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseFileSearchCallCompletedEvent) -> Self {
        Self::ResponseFileSearchCallCompleted(value)
    }
}
impl From<ResponseFileSearchCallInProgressEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseFileSearchCallInProgressEvent) -> Self {
        Self::ResponseFileSearchCallInProgress(value)
    }
}
impl From<ResponseFileSearchCallSearchingEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseFileSearchCallSearchingEvent) -> Self {
        Self::ResponseFileSearchCallSearching(value)
    }
}
impl From<ResponseFunctionCallArgumentsDeltaEvent>
for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseFunctionCallArgumentsDeltaEvent) -> Self {
        Self::ResponseFunctionCallArgumentsDelta(value)
    }
}
impl From<ResponseFunctionCallArgumentsDoneEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseFunctionCallArgumentsDoneEvent) -> Self {
        Self::ResponseFunctionCallArgumentsDone(value)
    }
}
impl From<ResponseShellCallCommandAddedStreamingEvent>
for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseShellCallCommandAddedStreamingEvent) -> Self {
        Self::ResponseShellCallCommandAdded(value)
    }
}
impl From<ResponseShellCallCommandDeltaStreamingEvent>
for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseShellCallCommandDeltaStreamingEvent) -> Self {
        Self::ResponseShellCallCommandDelta(value)
    }
}
impl From<ResponseShellCallCommandDoneStreamingEvent>
for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseShellCallCommandDoneStreamingEvent) -> Self {
        Self::ResponseShellCallCommandDone(value)
    }
}
impl From<ResponseShellCallOutputContentDeltaStreamingEvent>
for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseShellCallOutputContentDeltaStreamingEvent) -> Self {
        Self::ResponseShellCallOutputContentDelta(value)
    }
}
impl From<ResponseShellCallOutputContentDoneStreamingEvent>
for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseShellCallOutputContentDoneStreamingEvent) -> Self {
        Self::ResponseShellCallOutputContentDone(value)
    }
}
impl From<ResponseInProgressEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseInProgressEvent) -> Self {
        Self::ResponseInProgress(value)
    }
}
impl From<ResponseFailedEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseFailedEvent) -> Self {
        Self::ResponseFailed(value)
    }
}
impl From<ResponseIncompleteEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseIncompleteEvent) -> Self {
        Self::ResponseIncomplete(value)
    }
}
impl From<ResponseOutputItemAddedEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseOutputItemAddedEvent) -> Self {
        Self::ResponseOutputItemAdded(value)
    }
}
impl From<ResponseOutputItemDoneEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseOutputItemDoneEvent) -> Self {
        Self::ResponseOutputItemDone(value)
    }
}
impl From<ResponseReasoningSummaryPartAddedEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseReasoningSummaryPartAddedEvent) -> Self {
        Self::ResponseReasoningSummaryPartAdded(value)
    }
}
impl From<ResponseReasoningSummaryPartDoneEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseReasoningSummaryPartDoneEvent) -> Self {
        Self::ResponseReasoningSummaryPartDone(value)
    }
}
impl From<ResponseReasoningSummaryTextDeltaEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseReasoningSummaryTextDeltaEvent) -> Self {
        Self::ResponseReasoningSummaryTextDelta(value)
    }
}
impl From<ResponseReasoningSummaryTextDoneEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseReasoningSummaryTextDoneEvent) -> Self {
        Self::ResponseReasoningSummaryTextDone(value)
    }
}
impl From<ResponseReasoningTextDeltaEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseReasoningTextDeltaEvent) -> Self {
        Self::ResponseReasoningTextDelta(value)
    }
}
impl From<ResponseReasoningTextDoneEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseReasoningTextDoneEvent) -> Self {
        Self::ResponseReasoningTextDone(value)
    }
}
impl From<ResponseRefusalDeltaEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseRefusalDeltaEvent) -> Self {
        Self::ResponseRefusalDelta(value)
    }
}
impl From<ResponseRefusalDoneEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseRefusalDoneEvent) -> Self {
        Self::ResponseRefusalDone(value)
    }
}
impl From<ResponseTextDeltaEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseTextDeltaEvent) -> Self {
        Self::ResponseOutputTextDelta(value)
    }
}
impl From<ResponseTextDoneEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseTextDoneEvent) -> Self {
        Self::ResponseOutputTextDone(value)
    }
}
impl From<ResponseWebSearchCallCompletedEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseWebSearchCallCompletedEvent) -> Self {
        Self::ResponseWebSearchCallCompleted(value)
    }
}
impl From<ResponseWebSearchCallInProgressEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseWebSearchCallInProgressEvent) -> Self {
        Self::ResponseWebSearchCallInProgress(value)
    }
}
impl From<ResponseWebSearchCallSearchingEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseWebSearchCallSearchingEvent) -> Self {
        Self::ResponseWebSearchCallSearching(value)
    }
}
impl From<ResponseImageGenCallCompletedEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseImageGenCallCompletedEvent) -> Self {
        Self::ResponseImageGenerationCallCompleted(value)
    }
}
impl From<ResponseImageGenCallGeneratingEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseImageGenCallGeneratingEvent) -> Self {
        Self::ResponseImageGenerationCallGenerating(value)
    }
}
impl From<ResponseImageGenCallInProgressEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseImageGenCallInProgressEvent) -> Self {
        Self::ResponseImageGenerationCallInProgress(value)
    }
}
impl From<ResponseImageGenCallPartialImageEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseImageGenCallPartialImageEvent) -> Self {
        Self::ResponseImageGenerationCallPartialImage(value)
    }
}
impl From<ResponseMcpCallArgumentsDeltaEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseMcpCallArgumentsDeltaEvent) -> Self {
        Self::ResponseMcpCallArgumentsDelta(value)
    }
}
impl From<ResponseMcpCallArgumentsDoneEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseMcpCallArgumentsDoneEvent) -> Self {
        Self::ResponseMcpCallArgumentsDone(value)
    }
}
impl From<ResponseMcpCallCompletedEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseMcpCallCompletedEvent) -> Self {
        Self::ResponseMcpCallCompleted(value)
    }
}
impl From<ResponseMcpCallFailedEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseMcpCallFailedEvent) -> Self {
        Self::ResponseMcpCallFailed(value)
    }
}
impl From<ResponseMcpCallInProgressEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseMcpCallInProgressEvent) -> Self {
        Self::ResponseMcpCallInProgress(value)
    }
}
impl From<ResponseMcpListToolsCompletedEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseMcpListToolsCompletedEvent) -> Self {
        Self::ResponseMcpListToolsCompleted(value)
    }
}
impl From<ResponseMcpListToolsFailedEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseMcpListToolsFailedEvent) -> Self {
        Self::ResponseMcpListToolsFailed(value)
    }
}
impl From<ResponseMcpListToolsInProgressEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseMcpListToolsInProgressEvent) -> Self {
        Self::ResponseMcpListToolsInProgress(value)
    }
}
impl From<ResponseOutputTextAnnotationAddedEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseOutputTextAnnotationAddedEvent) -> Self {
        Self::ResponseOutputTextAnnotationAdded(value)
    }
}
impl From<ResponseQueuedEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseQueuedEvent) -> Self {
        Self::ResponseQueued(value)
    }
}
impl From<ResponseCustomToolCallInputDeltaEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseCustomToolCallInputDeltaEvent) -> Self {
        Self::ResponseCustomToolCallInputDelta(value)
    }
}
impl From<ResponseCustomToolCallInputDoneEvent> for ResponsesWebSocketStreamEventBase {
    fn from(value: ResponseCustomToolCallInputDoneEvent) -> Self {
        Self::ResponseCustomToolCallInputDone(value)
    }
}
