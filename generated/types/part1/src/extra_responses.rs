//! Free-standing schemas (feature `extra-types`).
#[allow(unused_imports)]
use super::*;
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
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ResponsesClientEventResponseCreate {
    /// The type of the client event. Always `response.create`.
    #[api(rename = "type", constant)]
    pub type_: ResponseCreateLiteral,
    /// The WebSocket lane for this response. Requests with the same
    /// `stream_id` are processed FIFO, and events for the response echo the
    /// same `stream_id`.
    ///
    /// `stream_id` controls routing; `previous_response_id` controls
    /// conversation lineage, so a new lane can fork from a response created
    /// on another lane.
    ///
    /// `1` to `256` characters.
    pub stream_id: Option<String>,
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard.
    ///
    /// Keys are strings with a maximum length of 64 characters. Values are strings
    /// with a maximum length of 512 characters.
    pub metadata: Option<Metadata>,
    /// An integer between 0 and 20 specifying the maximum number of most likely
    /// tokens to return at each token position, each with an associated log
    /// probability. In some cases, the number of returned tokens may be fewer than
    /// requested.
    pub top_logprobs: Option<i64>,
    /// What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
    /// We generally recommend altering this or `top_p` but not both.
    ///
    /// Defaults to `1`; from `0` to `2`.
    pub temperature: Option<f64>,
    /// An alternative to sampling with temperature, called nucleus sampling,
    /// where the model considers the results of the tokens with top_p probability
    /// mass. So 0.1 means only the tokens comprising the top 10% probability mass
    /// are considered.
    ///
    /// We generally recommend altering this or `temperature` but not both.
    pub top_p: Option<f64>,
    /// This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
    /// A stable identifier for your end-users.
    /// Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices#safety-identifiers).
    #[deprecated(
        note = "This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations."
    )]
    pub user: Option<String>,
    /// A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.
    /// The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices#safety-identifiers).
    pub safety_identifier: Option<String>,
    /// Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user` field. [Learn more](https://platform.openai.com/docs/guides/prompt-caching).
    pub prompt_cache_key: Option<String>,
    /// Deprecated. Use `prompt_cache_options.ttl` instead.
    ///
    /// The retention policy for the prompt cache. Set to `24h` to enable extended prompt caching, which keeps cached prefixes active for longer, up to a maximum of 24 hours. [Learn more](https://platform.openai.com/docs/guides/prompt-caching#prompt-cache-retention).
    /// This field expresses a maximum retention policy, while
    /// `prompt_cache_options.ttl` expresses a minimum cache lifetime. The two
    /// fields are independent and do not interact.
    /// For `gpt-5.5`, `gpt-5.5-pro`, and future models, only `24h` is supported.
    ///
    /// For older models that support both `in_memory` and `24h`, the default depends on your organization's data retention policy:
    /// - Organizations without ZDR enabled default to `24h`.
    /// - Organizations with ZDR enabled default to `in_memory` when `prompt_cache_retention` is not specified.
    #[deprecated(note = "Deprecated. Use `prompt_cache_options.ttl` instead.")]
    pub prompt_cache_retention: Option<CreateChatCompletionRequestPromptCacheRetention>,
    /// Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt caching guide](https://platform.openai.com/docs/guides/prompt-caching) for current details.
    pub prompt_cache_options: Option<PromptCacheOptionsParam>,
    /// The unique ID of the previous response to the model. Use this to
    /// create multi-turn conversations. Learn more about
    /// [conversation state](https://platform.openai.com/docs/guides/conversation-state). Cannot be used in conjunction with `conversation`.
    pub previous_response_id: Option<String>,
    /// Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    /// offers a wide range of models with different capabilities, performance
    /// characteristics, and price points. Refer to the [model guide](https://platform.openai.com/docs/models)
    /// to browse and compare available models.
    pub model: Option<ModelIds>,
    /// Whether to run the model response in the background.
    /// [Learn more](https://platform.openai.com/docs/guides/background).
    ///
    /// Defaults to `false`.
    pub background: Option<bool>,
    /// The maximum number of total calls to built-in tools that can be processed in a response. This maximum number applies across all built-in tool calls, not per individual tool. Any further attempts to call a tool by the model will be ignored.
    pub max_tool_calls: Option<i64>,
    /// Configuration options for a text response from the model. Can be plain
    /// text or structured JSON data. Learn more:
    /// - [Text inputs and outputs](https://platform.openai.com/docs/guides/text)
    /// - [Structured Outputs](https://platform.openai.com/docs/guides/structured-outputs)
    pub text: Option<Box<ResponseTextParam>>,
    /// An array of tools the model may call while generating a response. You
    /// can specify which tool to use by setting the `tool_choice` parameter.
    ///
    /// We support the following categories of tools:
    /// - **Built-in tools**: Tools that are provided by OpenAI that extend the
    ///   model's capabilities, like [web search](https://platform.openai.com/docs/guides/tools-web-search)
    ///   or [file search](https://platform.openai.com/docs/guides/tools-file-search). Learn more about
    ///   [built-in tools](https://platform.openai.com/docs/guides/tools).
    /// - **MCP Tools**: Integrations with third-party systems via custom MCP servers
    ///   or predefined connectors such as Google Drive and SharePoint. Learn more about
    ///   [MCP Tools](https://platform.openai.com/docs/guides/tools-connectors-mcp).
    /// - **Function calls (custom tools)**: Functions that are defined by you,
    ///   enabling the model to call your own code with strongly typed arguments
    ///   and outputs. Learn more about
    ///   [function calling](https://platform.openai.com/docs/guides/function-calling). You can also use
    ///   custom tools to call your own code.
    pub tools: Option<ToolsArray>,
    /// How the model should select which tool (or tools) to use when generating
    /// a response. See the `tools` parameter to see how to specify which tools
    /// the model can call.
    pub tool_choice: Option<ToolChoiceParam>,
    /// Reference to a prompt template and its variables.
    /// [Learn more](https://platform.openai.com/docs/guides/text?api-mode=responses#reusable-prompts).
    pub prompt: Option<Prompt>,
    /// Specifies the processing type used for serving the request.
    /// - If set to 'auto', then the request will be processed with the service tier configured in the Project settings. Unless otherwise configured, the Project will use 'default'.
    /// - If set to 'default', then the request will be processed with the standard pricing and performance for the selected model.
    /// - If set to '[flex](https://platform.openai.com/docs/guides/flex-processing)', then the request will be processed with the Flex Processing service tier.
    /// - To opt-in to [Fast mode](https://platform.openai.com/api/docs/guides/fast-mode) at the request level, include the `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your request.
    /// - If set to 'ultrafast', then the request will be processed with the access-controlled Ultrafast Processing service tier. This tier is currently available for `gpt-5.6-sol`; a response served through it will show `service_tier=ultrafast`.
    /// - When not set, the default behavior is 'auto'.
    ///
    /// When the `service_tier` parameter is set, the response body will include the `service_tier` value based on the processing mode actually used to serve the request. This response value may be different from the value set in the parameter.
    pub service_tier: Option<ServiceTierResponses>,
    /// The truncation strategy to use for the model response.
    /// - `auto`: If the input to this Response exceeds
    ///   the model's context window size, the model will truncate the
    ///   response to fit the context window by dropping items from the beginning of the conversation.
    /// - `disabled` (default): If the input size will exceed the context window
    ///   size for a model, the request will fail with a 400 error.
    #[deprecated(note = "Deprecated by the API.")]
    pub truncation: Option<CreateResponseTruncation>,
    /// **gpt-5 and o-series models only**
    ///
    /// Configuration options for
    /// [reasoning models](https://platform.openai.com/docs/guides/reasoning).
    pub reasoning: Option<Box<Reasoning>>,
    /// Text, image, or file inputs to the model, used to generate a response.
    ///
    /// Learn more:
    /// - [Text inputs and outputs](https://platform.openai.com/docs/guides/text)
    /// - [Image inputs](https://platform.openai.com/docs/guides/images)
    /// - [File inputs](https://platform.openai.com/docs/guides/pdf-files)
    /// - [Conversation state](https://platform.openai.com/docs/guides/conversation-state)
    /// - [Function calling](https://platform.openai.com/docs/guides/function-calling)
    pub input: Option<InputParam>,
    /// Specify additional output data to include in the model response. Currently supported values are:
    /// - `web_search_call.action.sources`: Include the sources of the web search tool call.
    /// - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter tool call items.
    /// - `computer_call_output.output.image_url`: Include image urls from the computer call output.
    /// - `file_search_call.results`: Include the search results of the file search tool call.
    /// - `message.input_image.image_url`: Include image urls from the input message.
    /// - `message.output_text.logprobs`: Include logprobs with assistant messages.
    /// - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses API statelessly (like when the `store` parameter is set to `false`, or when an organization is enrolled in the zero data retention program).
    pub include: Option<Vec<IncludeEnum>>,
    /// Whether to allow the model to run tool calls in parallel.
    ///
    /// Defaults to `true`.
    pub parallel_tool_calls: Option<bool>,
    /// Whether to store the generated model response for later retrieval via
    /// API.
    ///
    /// Defaults to `true`.
    pub store: Option<bool>,
    /// A system (or developer) message inserted into the model's context.
    ///
    /// When using along with `previous_response_id`, the instructions from a previous
    /// response will not be carried over to the next response. This makes it simple
    /// to swap out system (or developer) messages in new responses.
    pub instructions: Option<String>,
    /// Configuration for running moderation on the input and output of this response.
    pub moderation: Option<Box<ModerationParam>>,
    /// If set to true, the model response data will be streamed to the client
    /// as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
    /// See the [Streaming section below](https://platform.openai.com/docs/api-reference/responses-streaming)
    /// for more information.
    ///
    /// Defaults to `false`.
    pub stream: Option<bool>,
    /// Options for streaming responses. Only set this when you set `stream: true`.
    pub stream_options: Option<ResponseStreamOptions>,
    /// The conversation that this response belongs to. Items from this conversation are prepended to `input_items` for this response request.
    /// Input items and output items from this response are automatically added to this conversation after this response completes.
    pub conversation: Option<ConversationParam>,
    /// Context management configuration for this request.
    ///
    /// At least `1` items.
    pub context_management: Option<Vec<ContextManagementParam>>,
    /// An upper bound for the number of tokens that can be generated for a response, including visible output tokens and [reasoning tokens](https://platform.openai.com/docs/guides/reasoning).
    ///
    /// At least `16`.
    pub max_output_tokens: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Server events emitted by the Responses WebSocket server.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum ResponsesServerEvent {
    /// `response.audio.delta`
    #[api(tag = "response.audio.delta")]
    ResponseAudioDelta(ResponsesServerEventResponseAudioWsDelta),
    /// `response.audio.done`
    #[api(tag = "response.audio.done")]
    ResponseAudioDone(ResponsesServerEventResponseAudioWsDone),
    /// `response.audio.transcript.delta`
    #[api(tag = "response.audio.transcript.delta")]
    ResponseAudioTranscriptDelta(ResponsesServerEventResponseAudioTranscriptWsDelta),
    /// `response.audio.transcript.done`
    #[api(tag = "response.audio.transcript.done")]
    ResponseAudioTranscriptDone(ResponsesServerEventResponseAudioTranscriptWsDone),
    /// `response.code_interpreter_call_code.delta`
    #[api(tag = "response.code_interpreter_call_code.delta")]
    ResponseCodeInterpreterCallCodeDelta(
        ResponsesServerEventResponseCodeInterpreterCallCodeWsDelta,
    ),
    /// `response.code_interpreter_call_code.done`
    #[api(tag = "response.code_interpreter_call_code.done")]
    ResponseCodeInterpreterCallCodeDone(
        ResponsesServerEventResponseCodeInterpreterCallCodeWsDone,
    ),
    /// `response.code_interpreter_call.completed`
    #[api(tag = "response.code_interpreter_call.completed")]
    ResponseCodeInterpreterCallCompleted(
        ResponsesServerEventResponseCodeInterpreterCallWsCompleted,
    ),
    /// `response.code_interpreter_call.in_progress`
    #[api(tag = "response.code_interpreter_call.in_progress")]
    ResponseCodeInterpreterCallInProgress(
        ResponsesServerEventResponseCodeInterpreterCallInWsProgress,
    ),
    /// `response.code_interpreter_call.interpreting`
    #[api(tag = "response.code_interpreter_call.interpreting")]
    ResponseCodeInterpreterCallInterpreting(
        ResponsesServerEventResponseCodeInterpreterCallWsInterpreting,
    ),
    /// `response.completed`
    #[api(tag = "response.completed")]
    ResponseCompleted(ResponsesServerEventResponseWsCompleted),
    /// `response.content_part.added`
    #[api(tag = "response.content_part.added")]
    ResponseContentPartAdded(ResponsesServerEventResponseContentPartWsAdded),
    /// `response.content_part.done`
    #[api(tag = "response.content_part.done")]
    ResponseContentPartDone(ResponsesServerEventResponseContentPartWsDone),
    /// `response.created`
    #[api(tag = "response.created")]
    ResponseCreated(ResponsesServerEventResponseWsCreated),
    /// `response.file_search_call.completed`
    #[api(tag = "response.file_search_call.completed")]
    ResponseFileSearchCallCompleted(
        ResponsesServerEventResponseFileSearchCallWsCompleted,
    ),
    /// `response.file_search_call.in_progress`
    #[api(tag = "response.file_search_call.in_progress")]
    ResponseFileSearchCallInProgress(
        ResponsesServerEventResponseFileSearchCallInWsProgress,
    ),
    /// `response.file_search_call.searching`
    #[api(tag = "response.file_search_call.searching")]
    ResponseFileSearchCallSearching(
        ResponsesServerEventResponseFileSearchCallWsSearching,
    ),
    /// `response.function_call_arguments.delta`
    #[api(tag = "response.function_call_arguments.delta")]
    ResponseFunctionCallArgumentsDelta(
        ResponsesServerEventResponseFunctionCallArgumentsWsDelta,
    ),
    /// `response.function_call_arguments.done`
    #[api(tag = "response.function_call_arguments.done")]
    ResponseFunctionCallArgumentsDone(
        ResponsesServerEventResponseFunctionCallArgumentsWsDone,
    ),
    /// `response.shell_call_command.added`
    #[api(tag = "response.shell_call_command.added")]
    ResponseShellCallCommandAdded(ResponsesServerEventResponseShellCallCommandWsAdded),
    /// `response.shell_call_command.delta`
    #[api(tag = "response.shell_call_command.delta")]
    ResponseShellCallCommandDelta(ResponsesServerEventResponseShellCallCommandWsDelta),
    /// `response.shell_call_command.done`
    #[api(tag = "response.shell_call_command.done")]
    ResponseShellCallCommandDone(ResponsesServerEventResponseShellCallCommandWsDone),
    /// `response.shell_call_output_content.delta`
    #[api(tag = "response.shell_call_output_content.delta")]
    ResponseShellCallOutputContentDelta(
        ResponsesServerEventResponseShellCallOutputContentWsDelta,
    ),
    /// `response.shell_call_output_content.done`
    #[api(tag = "response.shell_call_output_content.done")]
    ResponseShellCallOutputContentDone(
        ResponsesServerEventResponseShellCallOutputContentWsDone,
    ),
    /// `response.in_progress`
    #[api(tag = "response.in_progress")]
    ResponseInProgress(ResponsesServerEventResponseInWsProgress),
    /// `response.failed`
    #[api(tag = "response.failed")]
    ResponseFailed(ResponsesServerEventResponseWsFailed),
    /// `response.incomplete`
    #[api(tag = "response.incomplete")]
    ResponseIncomplete(ResponsesServerEventResponseWsIncomplete),
    /// `response.output_item.added`
    #[api(tag = "response.output_item.added")]
    ResponseOutputItemAdded(ResponsesServerEventResponseOutputItemWsAdded),
    /// `response.output_item.done`
    #[api(tag = "response.output_item.done")]
    ResponseOutputItemDone(ResponsesServerEventResponseOutputItemWsDone),
    /// `response.reasoning_summary_part.added`
    #[api(tag = "response.reasoning_summary_part.added")]
    ResponseReasoningSummaryPartAdded(
        ResponsesServerEventResponseReasoningSummaryPartWsAdded,
    ),
    /// `response.reasoning_summary_part.done`
    #[api(tag = "response.reasoning_summary_part.done")]
    ResponseReasoningSummaryPartDone(
        ResponsesServerEventResponseReasoningSummaryPartWsDone,
    ),
    /// `response.reasoning_summary_text.delta`
    #[api(tag = "response.reasoning_summary_text.delta")]
    ResponseReasoningSummaryTextDelta(
        ResponsesServerEventResponseReasoningSummaryTextWsDelta,
    ),
    /// `response.reasoning_summary_text.done`
    #[api(tag = "response.reasoning_summary_text.done")]
    ResponseReasoningSummaryTextDone(
        ResponsesServerEventResponseReasoningSummaryTextWsDone,
    ),
    /// `response.reasoning_text.delta`
    #[api(tag = "response.reasoning_text.delta")]
    ResponseReasoningTextDelta(ResponsesServerEventResponseReasoningTextWsDelta),
    /// `response.reasoning_text.done`
    #[api(tag = "response.reasoning_text.done")]
    ResponseReasoningTextDone(ResponsesServerEventResponseReasoningTextWsDone),
    /// `response.refusal.delta`
    #[api(tag = "response.refusal.delta")]
    ResponseRefusalDelta(ResponsesServerEventResponseRefusalWsDelta),
    /// `response.refusal.done`
    #[api(tag = "response.refusal.done")]
    ResponseRefusalDone(ResponsesServerEventResponseRefusalWsDone),
    /// `response.output_text.delta`
    #[api(tag = "response.output_text.delta")]
    ResponseOutputTextDelta(ResponsesServerEventResponseTextWsDelta),
    /// `response.output_text.done`
    #[api(tag = "response.output_text.done")]
    ResponseOutputTextDone(ResponsesServerEventResponseTextWsDone),
    /// `response.web_search_call.completed`
    #[api(tag = "response.web_search_call.completed")]
    ResponseWebSearchCallCompleted(ResponsesServerEventResponseWebSearchCallWsCompleted),
    /// `response.web_search_call.in_progress`
    #[api(tag = "response.web_search_call.in_progress")]
    ResponseWebSearchCallInProgress(
        ResponsesServerEventResponseWebSearchCallInWsProgress,
    ),
    /// `response.web_search_call.searching`
    #[api(tag = "response.web_search_call.searching")]
    ResponseWebSearchCallSearching(ResponsesServerEventResponseWebSearchCallWsSearching),
    /// `response.image_generation_call.completed`
    #[api(tag = "response.image_generation_call.completed")]
    ResponseImageGenerationCallCompleted(
        ResponsesServerEventResponseImageGenCallWsCompleted,
    ),
    /// `response.image_generation_call.generating`
    #[api(tag = "response.image_generation_call.generating")]
    ResponseImageGenerationCallGenerating(
        ResponsesServerEventResponseImageGenCallWsGenerating,
    ),
    /// `response.image_generation_call.in_progress`
    #[api(tag = "response.image_generation_call.in_progress")]
    ResponseImageGenerationCallInProgress(
        ResponsesServerEventResponseImageGenCallInWsProgress,
    ),
    /// `response.image_generation_call.partial_image`
    #[api(tag = "response.image_generation_call.partial_image")]
    ResponseImageGenerationCallPartialImage(
        ResponsesServerEventResponseImageGenCallPartialWsImage,
    ),
    /// `response.mcp_call_arguments.delta`
    #[api(tag = "response.mcp_call_arguments.delta")]
    ResponseMcpCallArgumentsDelta(ResponsesServerEventResponseMcpCallArgumentsWsDelta),
    /// `response.mcp_call_arguments.done`
    #[api(tag = "response.mcp_call_arguments.done")]
    ResponseMcpCallArgumentsDone(ResponsesServerEventResponseMcpCallArgumentsWsDone),
    /// `response.mcp_call.completed`
    #[api(tag = "response.mcp_call.completed")]
    ResponseMcpCallCompleted(ResponsesServerEventResponseMcpCallWsCompleted),
    /// `response.mcp_call.failed`
    #[api(tag = "response.mcp_call.failed")]
    ResponseMcpCallFailed(ResponsesServerEventResponseMcpCallWsFailed),
    /// `response.mcp_call.in_progress`
    #[api(tag = "response.mcp_call.in_progress")]
    ResponseMcpCallInProgress(ResponsesServerEventResponseMcpCallInWsProgress),
    /// `response.mcp_list_tools.completed`
    #[api(tag = "response.mcp_list_tools.completed")]
    ResponseMcpListToolsCompleted(ResponsesServerEventResponseMcpListToolsWsCompleted),
    /// `response.mcp_list_tools.failed`
    #[api(tag = "response.mcp_list_tools.failed")]
    ResponseMcpListToolsFailed(ResponsesServerEventResponseMcpListToolsWsFailed),
    /// `response.mcp_list_tools.in_progress`
    #[api(tag = "response.mcp_list_tools.in_progress")]
    ResponseMcpListToolsInProgress(ResponsesServerEventResponseMcpListToolsInWsProgress),
    /// `response.output_text.annotation.added`
    #[api(tag = "response.output_text.annotation.added")]
    ResponseOutputTextAnnotationAdded(
        ResponsesServerEventResponseOutputTextAnnotationWsAdded,
    ),
    /// `response.queued`
    #[api(tag = "response.queued")]
    ResponseQueued(ResponsesServerEventResponseWsQueued),
    /// `response.custom_tool_call_input.delta`
    #[api(tag = "response.custom_tool_call_input.delta")]
    ResponseCustomToolCallInputDelta(
        ResponsesServerEventResponseCustomToolCallInputWsDelta,
    ),
    /// `response.custom_tool_call_input.done`
    #[api(tag = "response.custom_tool_call_input.done")]
    ResponseCustomToolCallInputDone(
        ResponsesServerEventResponseCustomToolCallInputWsDone,
    ),
    /// `error`
    #[api(tag = "error")]
    ErrorType(ResponseWsError),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// Emitted when there is a partial audio response.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number, delta))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseAudioWsDelta {
    /// The type of the event. Always `response.audio.delta`.
    #[api(rename = "type", constant)]
    pub type_: ResponseAudioDeltaLiteral,
    /// A sequence number for this chunk of the stream response.
    #[api(default)]
    pub sequence_number: i64,
    /// A chunk of Base64 encoded response audio bytes.
    #[api(default)]
    pub delta: String,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when the audio response is complete.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseAudioWsDone {
    /// The type of the event. Always `response.audio.done`.
    #[api(rename = "type", constant)]
    pub type_: ResponseAudioDoneLiteral,
    /// The sequence number of the delta.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when there is a partial transcript of audio.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(delta, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseAudioTranscriptWsDelta {
    /// The type of the event. Always `response.audio.transcript.delta`.
    #[api(rename = "type", constant)]
    pub type_: ResponseAudioTranscriptDeltaLiteral,
    /// The partial transcript of the audio response.
    #[api(default)]
    pub delta: String,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when the full audio transcript is completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseAudioTranscriptWsDone {
    /// The type of the event. Always `response.audio.transcript.done`.
    #[api(rename = "type", constant)]
    pub type_: ResponseAudioTranscriptDoneLiteral,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when a partial code snippet is streamed by the code interpreter.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, delta, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseCodeInterpreterCallCodeWsDelta {
    /// The type of the event. Always `response.code_interpreter_call_code.delta`.
    #[api(rename = "type", constant)]
    pub type_: ResponseCodeInterpreterCallCodeDeltaLiteral,
    /// The index of the output item in the response for which the code is being streamed.
    #[api(default)]
    pub output_index: i64,
    /// The unique identifier of the code interpreter tool call item.
    #[api(default)]
    pub item_id: String,
    /// The partial code snippet being streamed by the code interpreter.
    #[api(default)]
    pub delta: String,
    /// The sequence number of this event, used to order streaming events.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when the code snippet is finalized by the code interpreter.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, code, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseCodeInterpreterCallCodeWsDone {
    /// The type of the event. Always `response.code_interpreter_call_code.done`.
    #[api(rename = "type", constant)]
    pub type_: ResponseCodeInterpreterCallCodeDoneLiteral,
    /// The index of the output item in the response for which the code is finalized.
    #[api(default)]
    pub output_index: i64,
    /// The unique identifier of the code interpreter tool call item.
    #[api(default)]
    pub item_id: String,
    /// The final code snippet output by the code interpreter.
    #[api(default)]
    pub code: String,
    /// The sequence number of this event, used to order streaming events.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when the code interpreter call is completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseCodeInterpreterCallWsCompleted {
    /// The type of the event. Always `response.code_interpreter_call.completed`.
    #[api(rename = "type", constant)]
    pub type_: ResponseCodeInterpreterCallCompletedLiteral,
    /// The index of the output item in the response for which the code interpreter call is completed.
    #[api(default)]
    pub output_index: i64,
    /// The unique identifier of the code interpreter tool call item.
    #[api(default)]
    pub item_id: String,
    /// The sequence number of this event, used to order streaming events.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when a code interpreter call is in progress.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseCodeInterpreterCallInWsProgress {
    /// The type of the event. Always `response.code_interpreter_call.in_progress`.
    #[api(rename = "type", constant)]
    pub type_: ResponseCodeInterpreterCallInProgressLiteral,
    /// The index of the output item in the response for which the code interpreter call is in progress.
    #[api(default)]
    pub output_index: i64,
    /// The unique identifier of the code interpreter tool call item.
    #[api(default)]
    pub item_id: String,
    /// The sequence number of this event, used to order streaming events.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when the code interpreter is actively interpreting the code snippet.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseCodeInterpreterCallWsInterpreting {
    /// The type of the event. Always `response.code_interpreter_call.interpreting`.
    #[api(rename = "type", constant)]
    pub type_: ResponseCodeInterpreterCallInterpretingLiteral,
    /// The index of the output item in the response for which the code interpreter is interpreting code.
    #[api(default)]
    pub output_index: i64,
    /// The unique identifier of the code interpreter tool call item.
    #[api(default)]
    pub item_id: String,
    /// The sequence number of this event, used to order streaming events.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when the model response is complete.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(response, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseWsCompleted {
    /// The type of the event. Always `response.completed`.
    #[api(rename = "type", constant)]
    pub type_: ResponseCompletedLiteral,
    /// Properties of the completed response.
    pub response: Response,
    /// The sequence number for this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when a new content part is added.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, content_index, part, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseContentPartWsAdded {
    /// The type of the event. Always `response.content_part.added`.
    #[api(rename = "type", constant)]
    pub type_: ResponseContentPartAddedLiteral,
    /// The ID of the output item that the content part was added to.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item that the content part was added to.
    #[api(default)]
    pub output_index: i64,
    /// The index of the content part that was added.
    #[api(default)]
    pub content_index: i64,
    /// The content part that was added.
    pub part: OutputContent,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when a content part is done.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, content_index, sequence_number, part))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseContentPartWsDone {
    /// The type of the event. Always `response.content_part.done`.
    #[api(rename = "type", constant)]
    pub type_: ResponseContentPartDoneLiteral,
    /// The ID of the output item that the content part was added to.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item that the content part was added to.
    #[api(default)]
    pub output_index: i64,
    /// The index of the content part that is done.
    #[api(default)]
    pub content_index: i64,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The content part that is done.
    pub part: OutputContent,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// An event that is emitted when a response is created.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(response, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseWsCreated {
    /// The type of the event. Always `response.created`.
    #[api(rename = "type", constant)]
    pub type_: ResponseCreatedLiteral,
    /// The response that was created.
    pub response: Response,
    /// The sequence number for this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when a file search call is completed (results found).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseFileSearchCallWsCompleted {
    /// The type of the event. Always `response.file_search_call.completed`.
    #[api(rename = "type", constant)]
    pub type_: ResponseFileSearchCallCompletedLiteral,
    /// The index of the output item that the file search call is initiated.
    #[api(default)]
    pub output_index: i64,
    /// The ID of the output item that the file search call is initiated.
    #[api(default)]
    pub item_id: String,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when a file search call is initiated.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseFileSearchCallInWsProgress {
    /// The type of the event. Always `response.file_search_call.in_progress`.
    #[api(rename = "type", constant)]
    pub type_: ResponseFileSearchCallInProgressLiteral,
    /// The index of the output item that the file search call is initiated.
    #[api(default)]
    pub output_index: i64,
    /// The ID of the output item that the file search call is initiated.
    #[api(default)]
    pub item_id: String,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when a file search is currently searching.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseFileSearchCallWsSearching {
    /// The type of the event. Always `response.file_search_call.searching`.
    #[api(rename = "type", constant)]
    pub type_: ResponseFileSearchCallSearchingLiteral,
    /// The index of the output item that the file search call is searching.
    #[api(default)]
    pub output_index: i64,
    /// The ID of the output item that the file search call is initiated.
    #[api(default)]
    pub item_id: String,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when there is a partial function-call arguments delta.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, sequence_number, delta))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseFunctionCallArgumentsWsDelta {
    /// The type of the event. Always `response.function_call_arguments.delta`.
    #[api(rename = "type", constant)]
    pub type_: ResponseFunctionCallArgumentsDeltaLiteral,
    /// The ID of the output item that the function-call arguments delta is added to.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item that the function-call arguments delta is added to.
    #[api(default)]
    pub output_index: i64,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The function-call arguments delta that is added.
    #[api(default)]
    pub delta: String,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when function-call arguments are finalized.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, name, output_index, sequence_number, arguments))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseFunctionCallArgumentsWsDone {
    #[api(rename = "type", constant)]
    pub type_: ResponseFunctionCallArgumentsDoneLiteral,
    /// The ID of the item.
    #[api(default)]
    pub item_id: String,
    /// The name of the function that was called.
    #[api(default)]
    pub name: String,
    /// The index of the output item.
    #[api(default)]
    pub output_index: i64,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The function-call arguments.
    #[api(default)]
    pub arguments: String,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// A streaming event that indicated a shell command was added to a tool call.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number, output_index, command_index, command))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseShellCallCommandWsAdded {
    /// The type of the event, always `response.shell_call_command.added`.
    #[api(rename = "type", constant)]
    pub type_: ResponseShellCallCommandAddedLiteral,
    /// The sequence number of the event that was emitted.
    #[api(default)]
    pub sequence_number: i64,
    /// The index of the output item that was updated.
    #[api(default)]
    pub output_index: i64,
    /// The index of the shell command that was added.
    #[api(default)]
    pub command_index: i64,
    /// The shell command that was added.
    #[api(default)]
    pub command: String,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// A streaming event that indicated a shell command was incrementally updated.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number, output_index, command_index, delta))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseShellCallCommandWsDelta {
    /// The type of the event, always `response.shell_call_command.delta`.
    #[api(rename = "type", constant)]
    pub type_: ResponseShellCallCommandDeltaLiteral,
    /// The sequence number of the event that was emitted.
    #[api(default)]
    pub sequence_number: i64,
    /// The index of the output item that was updated.
    #[api(default)]
    pub output_index: i64,
    /// The index of the shell command that was updated.
    #[api(default)]
    pub command_index: i64,
    /// The shell command delta that was appended.
    #[api(default)]
    pub delta: String,
    /// An obfuscation string that was added to pad the event payload.
    pub obfuscation: Option<String>,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// A streaming event that indicated a shell command was completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number, output_index, command_index, command))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseShellCallCommandWsDone {
    /// The type of the event, always `response.shell_call_command.done`.
    #[api(rename = "type", constant)]
    pub type_: ResponseShellCallCommandDoneLiteral,
    /// The sequence number of the event that was emitted.
    #[api(default)]
    pub sequence_number: i64,
    /// The index of the output item that was updated.
    #[api(default)]
    pub output_index: i64,
    /// The index of the shell command that was completed.
    #[api(default)]
    pub command_index: i64,
    /// The final shell command that was emitted.
    #[api(default)]
    pub command: String,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// A streaming event that indicated shell call output was incrementally added.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number, item_id, output_index, command_index, delta))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseShellCallOutputContentWsDelta {
    /// The type of the event, always `response.shell_call_output_content.delta`.
    #[api(rename = "type", constant)]
    pub type_: ResponseShellCallOutputContentDeltaLiteral,
    /// The sequence number of the event that was emitted.
    #[api(default)]
    pub sequence_number: i64,
    /// The ID of the output item that was updated.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item that was updated.
    #[api(default)]
    pub output_index: i64,
    /// The index of the shell command that produced output.
    #[api(default)]
    pub command_index: i64,
    /// The stdout/stderr delta that was emitted.
    #[api(default)]
    pub delta: ShellCallOutputDelta,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// A streaming event that indicated shell call output was completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number, item_id, output_index, command_index, output))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseShellCallOutputContentWsDone {
    /// The type of the event, always `response.shell_call_output_content.done`.
    #[api(rename = "type", constant)]
    pub type_: ResponseShellCallOutputContentDoneLiteral,
    /// The sequence number of the event that was emitted.
    #[api(default)]
    pub sequence_number: i64,
    /// The ID of the output item that was updated.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item that was updated.
    #[api(default)]
    pub output_index: i64,
    /// The index of the shell command that produced output.
    #[api(default)]
    pub command_index: i64,
    /// The output contents emitted for the shell command.
    #[api(default)]
    pub output: Vec<FunctionShellCallOutputContent>,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when the response is in progress.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(response, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseInWsProgress {
    /// The type of the event. Always `response.in_progress`.
    #[api(rename = "type", constant)]
    pub type_: ResponseInProgressLiteral,
    /// The response that is in progress.
    pub response: Response,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// An event that is emitted when a response fails.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(sequence_number, response))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseWsFailed {
    /// The type of the event. Always `response.failed`.
    #[api(rename = "type", constant)]
    pub type_: ResponseFailedLiteral,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The response that failed.
    pub response: Response,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// An event that is emitted when a response finishes as incomplete.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(response, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseWsIncomplete {
    /// The type of the event. Always `response.incomplete`.
    #[api(rename = "type", constant)]
    pub type_: ResponseIncompleteLiteral,
    /// The response that was incomplete.
    pub response: Response,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when a new output item is added.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(output_index, sequence_number, item))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseOutputItemWsAdded {
    /// The type of the event. Always `response.output_item.added`.
    #[api(rename = "type", constant)]
    pub type_: ResponseOutputItemAddedLiteral,
    /// The index of the output item that was added.
    #[api(default)]
    pub output_index: i64,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The output item that was added. For reasoning items, `encrypted_content`
    /// may be incomplete while the item is in progress. Use the reasoning item
    /// from the corresponding `response.output_item.done` event when passing it
    /// as input to a subsequent request.
    pub item: ResponseOutputItem,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when an output item is marked done.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(output_index, sequence_number, item))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseOutputItemWsDone {
    /// The type of the event. Always `response.output_item.done`.
    #[api(rename = "type", constant)]
    pub type_: ResponseOutputItemDoneLiteral,
    /// The index of the output item that was marked done.
    #[api(default)]
    pub output_index: i64,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The output item that was marked done.
    pub item: ResponseOutputItem,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when a new reasoning summary part is added.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, summary_index, sequence_number, part))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseReasoningSummaryPartWsAdded {
    /// The type of the event. Always `response.reasoning_summary_part.added`.
    #[api(rename = "type", constant)]
    pub type_: ResponseReasoningSummaryPartAddedLiteral,
    /// The ID of the item this summary part is associated with.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item this summary part is associated with.
    #[api(default)]
    pub output_index: i64,
    /// The index of the summary part within the reasoning summary.
    #[api(default)]
    pub summary_index: i64,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The summary part that was added.
    #[api(default)]
    pub part: ResponseReasoningSummaryPartAddedEventPart,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when a reasoning summary part is completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, summary_index, sequence_number, part))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseReasoningSummaryPartWsDone {
    /// The type of the event. Always `response.reasoning_summary_part.done`.
    #[api(rename = "type", constant)]
    pub type_: ResponseReasoningSummaryPartDoneLiteral,
    /// The ID of the item this summary part is associated with.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item this summary part is associated with.
    #[api(default)]
    pub output_index: i64,
    /// The index of the summary part within the reasoning summary.
    #[api(default)]
    pub summary_index: i64,
    /// The completion status of the summary part. Omitted when the part completed
    /// normally and set to `incomplete` when generation was interrupted.
    pub status: Option<IncompleteLiteral>,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The completed summary part.
    #[api(default)]
    pub part: ResponseReasoningSummaryPartDoneEventPart,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when a delta is added to a reasoning summary text.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, summary_index, delta, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseReasoningSummaryTextWsDelta {
    /// The type of the event. Always `response.reasoning_summary_text.delta`.
    #[api(rename = "type", constant)]
    pub type_: ResponseReasoningSummaryTextDeltaLiteral,
    /// The ID of the item this summary text delta is associated with.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item this summary text delta is associated with.
    #[api(default)]
    pub output_index: i64,
    /// The index of the summary part within the reasoning summary.
    #[api(default)]
    pub summary_index: i64,
    /// The text delta that was added to the summary.
    #[api(default)]
    pub delta: String,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when a reasoning summary text is completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, summary_index, text, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseReasoningSummaryTextWsDone {
    /// The type of the event. Always `response.reasoning_summary_text.done`.
    #[api(rename = "type", constant)]
    pub type_: ResponseReasoningSummaryTextDoneLiteral,
    /// The ID of the item this summary text is associated with.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item this summary text is associated with.
    #[api(default)]
    pub output_index: i64,
    /// The index of the summary part within the reasoning summary.
    #[api(default)]
    pub summary_index: i64,
    /// The full text of the completed reasoning summary.
    #[api(default)]
    pub text: String,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when a delta is added to a reasoning text.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, content_index, delta, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseReasoningTextWsDelta {
    /// The type of the event. Always `response.reasoning_text.delta`.
    #[api(rename = "type", constant)]
    pub type_: ResponseReasoningTextDeltaLiteral,
    /// The ID of the item this reasoning text delta is associated with.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item this reasoning text delta is associated with.
    #[api(default)]
    pub output_index: i64,
    /// The index of the reasoning content part this delta is associated with.
    #[api(default)]
    pub content_index: i64,
    /// The text delta that was added to the reasoning content.
    #[api(default)]
    pub delta: String,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when a reasoning text is completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, content_index, text, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseReasoningTextWsDone {
    /// The type of the event. Always `response.reasoning_text.done`.
    #[api(rename = "type", constant)]
    pub type_: ResponseReasoningTextDoneLiteral,
    /// The ID of the item this reasoning text is associated with.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item this reasoning text is associated with.
    #[api(default)]
    pub output_index: i64,
    /// The index of the reasoning content part.
    #[api(default)]
    pub content_index: i64,
    /// The full text of the completed reasoning content.
    #[api(default)]
    pub text: String,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when there is a partial refusal text.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, content_index, delta, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseRefusalWsDelta {
    /// The type of the event. Always `response.refusal.delta`.
    #[api(rename = "type", constant)]
    pub type_: ResponseRefusalDeltaLiteral,
    /// The ID of the output item that the refusal text is added to.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item that the refusal text is added to.
    #[api(default)]
    pub output_index: i64,
    /// The index of the content part that the refusal text is added to.
    #[api(default)]
    pub content_index: i64,
    /// The refusal text that is added.
    #[api(default)]
    pub delta: String,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when refusal text is finalized.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, content_index, refusal, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseRefusalWsDone {
    /// The type of the event. Always `response.refusal.done`.
    #[api(rename = "type", constant)]
    pub type_: ResponseRefusalDoneLiteral,
    /// The ID of the output item that the refusal text is finalized.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item that the refusal text is finalized.
    #[api(default)]
    pub output_index: i64,
    /// The index of the content part that the refusal text is finalized.
    #[api(default)]
    pub content_index: i64,
    /// The refusal text that is finalized.
    #[api(default)]
    pub refusal: String,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when there is an additional text delta.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, content_index, delta, sequence_number, logprobs))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseTextWsDelta {
    /// The type of the event. Always `response.output_text.delta`.
    #[api(rename = "type", constant)]
    pub type_: ResponseOutputTextDeltaLiteral,
    /// The ID of the output item that the text delta was added to.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item that the text delta was added to.
    #[api(default)]
    pub output_index: i64,
    /// The index of the content part that the text delta was added to.
    #[api(default)]
    pub content_index: i64,
    /// The text delta that was added.
    #[api(default)]
    pub delta: String,
    /// The sequence number for this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The log probabilities of the tokens in the delta.
    #[api(default)]
    pub logprobs: Vec<ResponseLogProb>,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when text content is finalized.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, content_index, text, sequence_number, logprobs))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseTextWsDone {
    /// The type of the event. Always `response.output_text.done`.
    #[api(rename = "type", constant)]
    pub type_: ResponseOutputTextDoneLiteral,
    /// The ID of the output item that the text content is finalized.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item that the text content is finalized.
    #[api(default)]
    pub output_index: i64,
    /// The index of the content part that the text content is finalized.
    #[api(default)]
    pub content_index: i64,
    /// The text content that is finalized.
    #[api(default)]
    pub text: String,
    /// The sequence number for this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The log probabilities of the tokens in the delta.
    #[api(default)]
    pub logprobs: Vec<ResponseLogProb>,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when a web search call is completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseWebSearchCallWsCompleted {
    /// The type of the event. Always `response.web_search_call.completed`.
    #[api(rename = "type", constant)]
    pub type_: ResponseWebSearchCallCompletedLiteral,
    /// The index of the output item that the web search call is associated with.
    #[api(default)]
    pub output_index: i64,
    /// Unique ID for the output item associated with the web search call.
    #[api(default)]
    pub item_id: String,
    /// The sequence number of the web search call being processed.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when a web search call is initiated.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseWebSearchCallInWsProgress {
    /// The type of the event. Always `response.web_search_call.in_progress`.
    #[api(rename = "type", constant)]
    pub type_: ResponseWebSearchCallInProgressLiteral,
    /// The index of the output item that the web search call is associated with.
    #[api(default)]
    pub output_index: i64,
    /// Unique ID for the output item associated with the web search call.
    #[api(default)]
    pub item_id: String,
    /// The sequence number of the web search call being processed.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when a web search call is executing.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseWebSearchCallWsSearching {
    /// The type of the event. Always `response.web_search_call.searching`.
    #[api(rename = "type", constant)]
    pub type_: ResponseWebSearchCallSearchingLiteral,
    /// The index of the output item that the web search call is associated with.
    #[api(default)]
    pub output_index: i64,
    /// Unique ID for the output item associated with the web search call.
    #[api(default)]
    pub item_id: String,
    /// The sequence number of the web search call being processed.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when an image generation tool call has completed and the final image is available.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, sequence_number, item_id))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseImageGenCallWsCompleted {
    /// The type of the event. Always 'response.image_generation_call.completed'.
    #[api(rename = "type", constant)]
    pub type_: ResponseImageGenerationCallCompletedLiteral,
    /// The index of the output item in the response's output array.
    #[api(default)]
    pub output_index: i64,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The unique identifier of the image generation item being processed.
    #[api(default)]
    pub item_id: String,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when an image generation tool call is actively generating an image (intermediate state).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseImageGenCallWsGenerating {
    /// The type of the event. Always 'response.image_generation_call.generating'.
    #[api(rename = "type", constant)]
    pub type_: ResponseImageGenerationCallGeneratingLiteral,
    /// The index of the output item in the response's output array.
    #[api(default)]
    pub output_index: i64,
    /// The unique identifier of the image generation item being processed.
    #[api(default)]
    pub item_id: String,
    /// The sequence number of the image generation item being processed.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when an image generation tool call is in progress.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseImageGenCallInWsProgress {
    /// The type of the event. Always 'response.image_generation_call.in_progress'.
    #[api(rename = "type", constant)]
    pub type_: ResponseImageGenerationCallInProgressLiteral,
    /// The index of the output item in the response's output array.
    #[api(default)]
    pub output_index: i64,
    /// The unique identifier of the image generation item being processed.
    #[api(default)]
    pub item_id: String,
    /// The sequence number of the image generation item being processed.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when a partial image is available during image generation streaming.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(
    new(output_index, item_id, sequence_number, partial_image_index, partial_image_b64)
)]
#[non_exhaustive]
pub struct ResponsesServerEventResponseImageGenCallPartialWsImage {
    /// The type of the event. Always 'response.image_generation_call.partial_image'.
    #[api(rename = "type", constant)]
    pub type_: ResponseImageGenerationCallPartialImageLiteral,
    /// The index of the output item in the response's output array.
    #[api(default)]
    pub output_index: i64,
    /// The unique identifier of the image generation item being processed.
    #[api(default)]
    pub item_id: String,
    /// The sequence number of the image generation item being processed.
    #[api(default)]
    pub sequence_number: i64,
    /// 0-based index for the partial image (backend is 1-based, but this is 0-based for the user).
    #[api(default)]
    pub partial_image_index: i64,
    /// Base64-encoded partial image data, suitable for rendering as an image.
    #[api(default)]
    pub partial_image_b64: String,
    /// The image size that was used.
    pub size: Option<String>,
    /// The image quality that was used.
    pub quality: Option<String>,
    /// The background setting that was used.
    pub background: Option<String>,
    /// The output format that was used.
    pub output_format: Option<String>,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when there is a delta (partial update) to the arguments of an MCP tool call.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, delta, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseMcpCallArgumentsWsDelta {
    /// The type of the event. Always 'response.mcp_call_arguments.delta'.
    #[api(rename = "type", constant)]
    pub type_: ResponseMcpCallArgumentsDeltaLiteral,
    /// The index of the output item in the response's output array.
    #[api(default)]
    pub output_index: i64,
    /// The unique identifier of the MCP tool call item being processed.
    #[api(default)]
    pub item_id: String,
    /// A JSON string containing the partial update to the arguments for the MCP tool call.
    #[api(default)]
    pub delta: String,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when the arguments for an MCP tool call are finalized.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, arguments, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseMcpCallArgumentsWsDone {
    /// The type of the event. Always 'response.mcp_call_arguments.done'.
    #[api(rename = "type", constant)]
    pub type_: ResponseMcpCallArgumentsDoneLiteral,
    /// The index of the output item in the response's output array.
    #[api(default)]
    pub output_index: i64,
    /// The unique identifier of the MCP tool call item being processed.
    #[api(default)]
    pub item_id: String,
    /// A JSON string containing the finalized arguments for the MCP tool call.
    #[api(default)]
    pub arguments: String,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when an MCP  tool call has completed successfully.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseMcpCallWsCompleted {
    /// The type of the event. Always 'response.mcp_call.completed'.
    #[api(rename = "type", constant)]
    pub type_: ResponseMcpCallCompletedLiteral,
    /// The ID of the MCP tool call item that completed.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item that completed.
    #[api(default)]
    pub output_index: i64,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when an MCP  tool call has failed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseMcpCallWsFailed {
    /// The type of the event. Always 'response.mcp_call.failed'.
    #[api(rename = "type", constant)]
    pub type_: ResponseMcpCallFailedLiteral,
    /// The ID of the MCP tool call item that failed.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item that failed.
    #[api(default)]
    pub output_index: i64,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when an MCP  tool call is in progress.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number, output_index, item_id))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseMcpCallInWsProgress {
    /// The type of the event. Always 'response.mcp_call.in_progress'.
    #[api(rename = "type", constant)]
    pub type_: ResponseMcpCallInProgressLiteral,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The index of the output item in the response's output array.
    #[api(default)]
    pub output_index: i64,
    /// The unique identifier of the MCP tool call item being processed.
    #[api(default)]
    pub item_id: String,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when the list of available MCP tools has been successfully retrieved.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseMcpListToolsWsCompleted {
    /// The type of the event. Always 'response.mcp_list_tools.completed'.
    #[api(rename = "type", constant)]
    pub type_: ResponseMcpListToolsCompletedLiteral,
    /// The ID of the MCP tool call item that produced this output.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item that was processed.
    #[api(default)]
    pub output_index: i64,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when the attempt to list available MCP tools has failed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseMcpListToolsWsFailed {
    /// The type of the event. Always 'response.mcp_list_tools.failed'.
    #[api(rename = "type", constant)]
    pub type_: ResponseMcpListToolsFailedLiteral,
    /// The ID of the MCP tool call item that failed.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item that failed.
    #[api(default)]
    pub output_index: i64,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when the system is in the process of retrieving the list of available MCP tools.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseMcpListToolsInWsProgress {
    /// The type of the event. Always 'response.mcp_list_tools.in_progress'.
    #[api(rename = "type", constant)]
    pub type_: ResponseMcpListToolsInProgressLiteral,
    /// The ID of the MCP tool call item that is being processed.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item that is being processed.
    #[api(default)]
    pub output_index: i64,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when an annotation is added to output text content.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, content_index, annotation_index, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseOutputTextAnnotationWsAdded {
    /// The type of the event. Always 'response.output_text.annotation.added'.
    #[api(rename = "type", constant)]
    pub type_: ResponseOutputTextAnnotationAddedLiteral,
    /// The unique identifier of the item to which the annotation is being added.
    #[api(default)]
    pub item_id: String,
    /// The index of the output item in the response's output array.
    #[api(default)]
    pub output_index: i64,
    /// The index of the content part within the output item.
    #[api(default)]
    pub content_index: i64,
    /// The index of the annotation within the content part.
    #[api(default)]
    pub annotation_index: i64,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The annotation object being added. (See annotation schema for details.)
    #[api(nullable)]
    pub annotation: Option<Annotation>,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when a response is queued and waiting to be processed.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(response, sequence_number))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseWsQueued {
    /// The type of the event. Always 'response.queued'.
    #[api(rename = "type", constant)]
    pub type_: ResponseQueuedLiteral,
    /// The full response object that is queued.
    pub response: Response,
    /// The sequence number for this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Event representing a delta (partial update) to the input of a custom tool call.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number, output_index, item_id, delta))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseCustomToolCallInputWsDelta {
    /// The event type identifier.
    #[api(rename = "type", constant)]
    pub type_: ResponseCustomToolCallInputDeltaLiteral,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The index of the output this delta applies to.
    #[api(default)]
    pub output_index: i64,
    /// Unique identifier for the API item associated with this event.
    #[api(default)]
    pub item_id: String,
    /// The incremental input data (delta) for the custom tool call.
    #[api(default)]
    pub delta: String,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Event indicating that input for a custom tool call is complete.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number, output_index, item_id, input))]
#[non_exhaustive]
pub struct ResponsesServerEventResponseCustomToolCallInputWsDone {
    /// The event type identifier.
    #[api(rename = "type", constant)]
    pub type_: ResponseCustomToolCallInputDoneLiteral,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The index of the output this event applies to.
    #[api(default)]
    pub output_index: i64,
    /// Unique identifier for the API item associated with this event.
    #[api(default)]
    pub item_id: String,
    /// The complete input data for the custom tool call.
    #[api(default)]
    pub input: String,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    sdk_runtime_types::Object
)]
#[api(no_serde)]
#[api(new(base))]
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
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum ResponsesWebSocketStreamEventBase {
    /// `response.audio.delta`
    #[api(tag = "response.audio.delta")]
    ResponseAudioDelta(ResponseAudioDeltaEvent),
    /// `response.audio.done`
    #[api(tag = "response.audio.done")]
    ResponseAudioDone(ResponseAudioDoneEvent),
    /// `response.audio.transcript.delta`
    #[api(tag = "response.audio.transcript.delta")]
    ResponseAudioTranscriptDelta(ResponseAudioTranscriptDeltaEvent),
    /// `response.audio.transcript.done`
    #[api(tag = "response.audio.transcript.done")]
    ResponseAudioTranscriptDone(ResponseAudioTranscriptDoneEvent),
    /// `response.code_interpreter_call_code.delta`
    #[api(tag = "response.code_interpreter_call_code.delta")]
    ResponseCodeInterpreterCallCodeDelta(ResponseCodeInterpreterCallCodeDeltaEvent),
    /// `response.code_interpreter_call_code.done`
    #[api(tag = "response.code_interpreter_call_code.done")]
    ResponseCodeInterpreterCallCodeDone(ResponseCodeInterpreterCallCodeDoneEvent),
    /// `response.code_interpreter_call.completed`
    #[api(tag = "response.code_interpreter_call.completed")]
    ResponseCodeInterpreterCallCompleted(ResponseCodeInterpreterCallCompletedEvent),
    /// `response.code_interpreter_call.in_progress`
    #[api(tag = "response.code_interpreter_call.in_progress")]
    ResponseCodeInterpreterCallInProgress(ResponseCodeInterpreterCallInProgressEvent),
    /// `response.code_interpreter_call.interpreting`
    #[api(tag = "response.code_interpreter_call.interpreting")]
    ResponseCodeInterpreterCallInterpreting(
        ResponseCodeInterpreterCallInterpretingEvent,
    ),
    /// `response.completed`
    #[api(tag = "response.completed")]
    ResponseCompleted(ResponseCompletedEvent),
    /// `response.content_part.added`
    #[api(tag = "response.content_part.added")]
    ResponseContentPartAdded(ResponseContentPartAddedEvent),
    /// `response.content_part.done`
    #[api(tag = "response.content_part.done")]
    ResponseContentPartDone(ResponseContentPartDoneEvent),
    /// `response.created`
    #[api(tag = "response.created")]
    ResponseCreated(ResponseCreatedEvent),
    /// `response.file_search_call.completed`
    #[api(tag = "response.file_search_call.completed")]
    ResponseFileSearchCallCompleted(ResponseFileSearchCallCompletedEvent),
    /// `response.file_search_call.in_progress`
    #[api(tag = "response.file_search_call.in_progress")]
    ResponseFileSearchCallInProgress(ResponseFileSearchCallInProgressEvent),
    /// `response.file_search_call.searching`
    #[api(tag = "response.file_search_call.searching")]
    ResponseFileSearchCallSearching(ResponseFileSearchCallSearchingEvent),
    /// `response.function_call_arguments.delta`
    #[api(tag = "response.function_call_arguments.delta")]
    ResponseFunctionCallArgumentsDelta(ResponseFunctionCallArgumentsDeltaEvent),
    /// `response.function_call_arguments.done`
    #[api(tag = "response.function_call_arguments.done")]
    ResponseFunctionCallArgumentsDone(ResponseFunctionCallArgumentsDoneEvent),
    /// `response.shell_call_command.added`
    #[api(tag = "response.shell_call_command.added")]
    ResponseShellCallCommandAdded(ResponseShellCallCommandAddedStreamingEvent),
    /// `response.shell_call_command.delta`
    #[api(tag = "response.shell_call_command.delta")]
    ResponseShellCallCommandDelta(ResponseShellCallCommandDeltaStreamingEvent),
    /// `response.shell_call_command.done`
    #[api(tag = "response.shell_call_command.done")]
    ResponseShellCallCommandDone(ResponseShellCallCommandDoneStreamingEvent),
    /// `response.shell_call_output_content.delta`
    #[api(tag = "response.shell_call_output_content.delta")]
    ResponseShellCallOutputContentDelta(
        ResponseShellCallOutputContentDeltaStreamingEvent,
    ),
    /// `response.shell_call_output_content.done`
    #[api(tag = "response.shell_call_output_content.done")]
    ResponseShellCallOutputContentDone(ResponseShellCallOutputContentDoneStreamingEvent),
    /// `response.in_progress`
    #[api(tag = "response.in_progress")]
    ResponseInProgress(ResponseInProgressEvent),
    /// `response.failed`
    #[api(tag = "response.failed")]
    ResponseFailed(ResponseFailedEvent),
    /// `response.incomplete`
    #[api(tag = "response.incomplete")]
    ResponseIncomplete(ResponseIncompleteEvent),
    /// `response.output_item.added`
    #[api(tag = "response.output_item.added")]
    ResponseOutputItemAdded(ResponseOutputItemAddedEvent),
    /// `response.output_item.done`
    #[api(tag = "response.output_item.done")]
    ResponseOutputItemDone(ResponseOutputItemDoneEvent),
    /// `response.reasoning_summary_part.added`
    #[api(tag = "response.reasoning_summary_part.added")]
    ResponseReasoningSummaryPartAdded(ResponseReasoningSummaryPartAddedEvent),
    /// `response.reasoning_summary_part.done`
    #[api(tag = "response.reasoning_summary_part.done")]
    ResponseReasoningSummaryPartDone(ResponseReasoningSummaryPartDoneEvent),
    /// `response.reasoning_summary_text.delta`
    #[api(tag = "response.reasoning_summary_text.delta")]
    ResponseReasoningSummaryTextDelta(ResponseReasoningSummaryTextDeltaEvent),
    /// `response.reasoning_summary_text.done`
    #[api(tag = "response.reasoning_summary_text.done")]
    ResponseReasoningSummaryTextDone(ResponseReasoningSummaryTextDoneEvent),
    /// `response.reasoning_text.delta`
    #[api(tag = "response.reasoning_text.delta")]
    ResponseReasoningTextDelta(ResponseReasoningTextDeltaEvent),
    /// `response.reasoning_text.done`
    #[api(tag = "response.reasoning_text.done")]
    ResponseReasoningTextDone(ResponseReasoningTextDoneEvent),
    /// `response.refusal.delta`
    #[api(tag = "response.refusal.delta")]
    ResponseRefusalDelta(ResponseRefusalDeltaEvent),
    /// `response.refusal.done`
    #[api(tag = "response.refusal.done")]
    ResponseRefusalDone(ResponseRefusalDoneEvent),
    /// `response.output_text.delta`
    #[api(tag = "response.output_text.delta")]
    ResponseOutputTextDelta(ResponseTextDeltaEvent),
    /// `response.output_text.done`
    #[api(tag = "response.output_text.done")]
    ResponseOutputTextDone(ResponseTextDoneEvent),
    /// `response.web_search_call.completed`
    #[api(tag = "response.web_search_call.completed")]
    ResponseWebSearchCallCompleted(ResponseWebSearchCallCompletedEvent),
    /// `response.web_search_call.in_progress`
    #[api(tag = "response.web_search_call.in_progress")]
    ResponseWebSearchCallInProgress(ResponseWebSearchCallInProgressEvent),
    /// `response.web_search_call.searching`
    #[api(tag = "response.web_search_call.searching")]
    ResponseWebSearchCallSearching(ResponseWebSearchCallSearchingEvent),
    /// `response.image_generation_call.completed`
    #[api(tag = "response.image_generation_call.completed")]
    ResponseImageGenerationCallCompleted(ResponseImageGenCallCompletedEvent),
    /// `response.image_generation_call.generating`
    #[api(tag = "response.image_generation_call.generating")]
    ResponseImageGenerationCallGenerating(ResponseImageGenCallGeneratingEvent),
    /// `response.image_generation_call.in_progress`
    #[api(tag = "response.image_generation_call.in_progress")]
    ResponseImageGenerationCallInProgress(ResponseImageGenCallInProgressEvent),
    /// `response.image_generation_call.partial_image`
    #[api(tag = "response.image_generation_call.partial_image")]
    ResponseImageGenerationCallPartialImage(ResponseImageGenCallPartialImageEvent),
    /// `response.mcp_call_arguments.delta`
    #[api(tag = "response.mcp_call_arguments.delta")]
    ResponseMcpCallArgumentsDelta(ResponseMcpCallArgumentsDeltaEvent),
    /// `response.mcp_call_arguments.done`
    #[api(tag = "response.mcp_call_arguments.done")]
    ResponseMcpCallArgumentsDone(ResponseMcpCallArgumentsDoneEvent),
    /// `response.mcp_call.completed`
    #[api(tag = "response.mcp_call.completed")]
    ResponseMcpCallCompleted(ResponseMcpCallCompletedEvent),
    /// `response.mcp_call.failed`
    #[api(tag = "response.mcp_call.failed")]
    ResponseMcpCallFailed(ResponseMcpCallFailedEvent),
    /// `response.mcp_call.in_progress`
    #[api(tag = "response.mcp_call.in_progress")]
    ResponseMcpCallInProgress(ResponseMcpCallInProgressEvent),
    /// `response.mcp_list_tools.completed`
    #[api(tag = "response.mcp_list_tools.completed")]
    ResponseMcpListToolsCompleted(ResponseMcpListToolsCompletedEvent),
    /// `response.mcp_list_tools.failed`
    #[api(tag = "response.mcp_list_tools.failed")]
    ResponseMcpListToolsFailed(ResponseMcpListToolsFailedEvent),
    /// `response.mcp_list_tools.in_progress`
    #[api(tag = "response.mcp_list_tools.in_progress")]
    ResponseMcpListToolsInProgress(ResponseMcpListToolsInProgressEvent),
    /// `response.output_text.annotation.added`
    #[api(tag = "response.output_text.annotation.added")]
    ResponseOutputTextAnnotationAdded(ResponseOutputTextAnnotationAddedEvent),
    /// `response.queued`
    #[api(tag = "response.queued")]
    ResponseQueued(ResponseQueuedEvent),
    /// `response.custom_tool_call_input.delta`
    #[api(tag = "response.custom_tool_call_input.delta")]
    ResponseCustomToolCallInputDelta(ResponseCustomToolCallInputDeltaEvent),
    /// `response.custom_tool_call_input.done`
    #[api(tag = "response.custom_tool_call_input.done")]
    ResponseCustomToolCallInputDone(ResponseCustomToolCallInputDoneEvent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
