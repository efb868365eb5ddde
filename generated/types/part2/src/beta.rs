//! Types of the `beta` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct BetaTokenCountsBody {
    /// Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](https://platform.openai.com/docs/models) to browse and compare available models.
    pub model: Option<String>,
    /// Text, image, or file inputs to the model, used to generate a response
    pub input: Option<BetaTokenCountsBodyInput>,
    /// The unique ID of the previous response to the model. Use this to create multi-turn conversations. Learn more about [conversation state](https://platform.openai.com/docs/guides/conversation-state). Cannot be used in conjunction with `conversation`.
    pub previous_response_id: Option<String>,
    /// An array of tools the model may call while generating a response. You can specify which tool to use by setting the `tool_choice` parameter.
    pub tools: Option<Vec<BetaTool>>,
    /// Configuration options for a text response from the model. Can be plain
    /// text or structured JSON data. Learn more:
    /// - [Text inputs and outputs](https://platform.openai.com/docs/guides/text)
    /// - [Structured Outputs](https://platform.openai.com/docs/guides/structured-outputs)
    pub text: Option<Box<BetaResponseTextParam>>,
    /// **gpt-5 and o-series models only** Configuration options for [reasoning models](https://platform.openai.com/docs/guides/reasoning).
    pub reasoning: Option<Box<Reasoning>>,
    /// The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response to fit the context window by dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with a 400 error.
    #[deprecated(note = "Deprecated by the API.")]
    pub truncation: Option<TruncationEnum>,
    /// A system (or developer) message inserted into the model's context.
    /// When used along with `previous_response_id`, the instructions from a previous response will not be carried over to the next response. This makes it simple to swap out system (or developer) messages in new responses.
    pub instructions: Option<String>,
    /// A model-owned style preset to apply to this request. Omit this parameter to use the model's default style. Supported values may expand over time. Values must be at most 64 characters.
    pub personality: Option<PersonalityEnum>,
    /// The conversation that this response belongs to. Items from this conversation are prepended to `input_items` for this response request.
    /// Input items and output items from this response are automatically added to this conversation after this response completes.
    pub conversation: Option<ConversationParam>,
    /// Controls which tool the model should use, if any.
    pub tool_choice: Option<ToolChoiceParam>,
    /// Whether to allow the model to run tool calls in parallel.
    pub parallel_tool_calls: Option<bool>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Text, image, or file inputs to the model, used to generate a response
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum BetaTokenCountsBodyInput {
    InputItemList(Vec<BetaInputItem>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct BetaCompactResponseMethodPublicBody {
    /// Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](https://platform.openai.com/docs/models) to browse and compare available models.
    #[api(nullable)]
    pub model: Option<ModelIdsCompaction>,
    /// Text, image, or file inputs to the model, used to generate a response
    pub input: Option<BetaTokenCountsBodyInput>,
    /// The unique ID of the previous response to the model. Use this to create multi-turn conversations. Learn more about [conversation state](https://platform.openai.com/docs/guides/conversation-state). Cannot be used in conjunction with `conversation`.
    pub previous_response_id: Option<String>,
    /// A system (or developer) message inserted into the model's context.
    /// When used along with `previous_response_id`, the instructions from a previous response will not be carried over to the next response. This makes it simple to swap out system (or developer) messages in new responses.
    pub instructions: Option<String>,
    /// A key to use when reading from or writing to the prompt cache.
    ///
    /// At most `64` characters.
    pub prompt_cache_key: Option<String>,
    /// How long to retain a prompt cache entry created by this request.
    #[deprecated(note = "Deprecated by the API.")]
    pub prompt_cache_retention: Option<PromptCacheRetentionEnum>,
    /// Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt caching guide](https://platform.openai.com/docs/guides/prompt-caching) for current details.
    pub prompt_cache_options: Option<PromptCacheOptionsParam>,
    /// Specifies the processing type used for serving the request.   - If set to 'auto', then the request will be processed with the service tier configured in the Project settings. Unless otherwise configured, the Project will use 'default'.   - If set to 'default', then the request will be processed with the standard pricing and performance for the selected model.   - If set to '[flex](https://platform.openai.com/docs/guides/flex-processing)', then the request will be processed with the Flex Processing service tier.   - To opt-in to [Fast mode](https://platform.openai.com/api/docs/guides/fast-mode) at the request level, include the `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your request.   - When not set, the default behavior is 'auto'.
    /// When the `service_tier` parameter is set, the response body will include the `service_tier` value based on the processing mode actually used to serve the request. This response value may be different from the value set in the parameter.
    pub service_tier: Option<ServiceTierEnum>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// A list of Response items.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more, first_id, last_id))]
#[non_exhaustive]
pub struct BetaResponseItemList {
    /// The type of object returned, must be `list`.
    #[api(constant)]
    pub object: ListLiteral,
    /// A list of items used to generate this response.
    #[api(default)]
    pub data: Vec<BetaItemResource>,
    /// Whether there are more items available.
    #[api(default)]
    pub has_more: bool,
    /// The ID of the first item in the list.
    #[api(default)]
    pub first_id: String,
    /// The ID of the last item in the list.
    #[api(default)]
    pub last_id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
impl sdk_runtime_types::pagination::Page for BetaResponseItemList {
    type Item = BetaItemResource;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        Some(self.last_id.clone()).filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
/// Content item used to generate a response.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum BetaItemResource {
    FunctionToolCallResource(BetaFunctionToolCallResource),
    FunctionShellCall(BetaFunctionShellCall),
    FunctionShellCallOutput(BetaFunctionShellCallOutput),
    CustomToolCallResource(BetaCustomToolCallResource),
    ToolSearchCall(BetaToolSearchCall),
    ToolSearchOutput(BetaToolSearchOutput),
    CodeInterpreterToolCall(BetaCodeInterpreterToolCall),
    McpToolCall(BetaMcpToolCall),
    ComputerToolCall(BetaComputerToolCall),
    ComputerToolCallOutputResource(BetaComputerToolCallOutputResource),
    ApplyPatchToolCall(BetaApplyPatchToolCall),
    CustomToolCallOutputResource(BetaCustomToolCallOutputResource),
    OutputMessage(BetaOutputMessage),
    AgentMessage(BetaAgentMessage),
    MultiAgentCall(BetaMultiAgentCall),
    MultiAgentCallOutput(BetaMultiAgentCallOutput),
    Program(BetaProgram),
    ProgramOutput(BetaProgramOutput),
    LocalShellToolCall(BetaLocalShellToolCall),
    McpApprovalRequest(BetaMcpApprovalRequest),
    FunctionToolCallOutputResource(BetaFunctionToolCallOutputResource),
    ApplyPatchToolCallOutput(BetaApplyPatchToolCallOutput),
    InputMessageResource(BetaInputMessageResource),
    FileSearchToolCall(BetaFileSearchToolCall),
    McpListTools(BetaMcpListTools),
    McpApprovalResponseResource(BetaMcpApprovalResponseResource),
    WebSearchToolCall(BetaWebSearchToolCall),
    AdditionalTools(BetaAdditionalTools),
    ImageGenToolCall(BetaImageGenToolCall),
    ReasoningItem(BetaReasoningItem),
    CompactionBody(BetaCompactionBody),
    LocalShellToolCallOutput(BetaLocalShellToolCallOutput),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(role, content, id))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaInputMessageResource {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the message input. Always set to `message`.
    #[api(rename = "type", constant)]
    pub type_: MessageLiteral,
    /// The role of the message input. One of `user`, `system`, or `developer`.
    pub role: InputMessageRole,
    /// The status of item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    pub status: Option<ComputerToolCallStatus>,
    /// A list of one or many input items to the model, containing different content
    /// types.
    pub content: BetaInputMessageContentList,
    /// The unique ID of the message input.
    pub id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, call_id, name, arguments, status))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaFunctionToolCallResource {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The unique ID of the function tool call.
    pub id: String,
    /// The type of the function tool call. Always `function_call`.
    #[api(rename = "type", constant)]
    pub type_: FunctionCallLiteral,
    /// The unique ID of the function tool call generated by the model.
    pub call_id: String,
    /// The execution context that produced this tool call.
    pub caller: Option<ToolCallCaller>,
    /// The namespace of the function to run.
    pub namespace: Option<String>,
    /// The name of the function to run.
    pub name: String,
    /// A JSON string of the arguments to pass to the function.
    pub arguments: String,
    /// The status of the item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    pub status: MessageStatus,
    /// The identifier of the actor that created the item.
    pub created_by: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// ResponseCustomToolCallItem
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, call_id, name, input, status))]
#[api(strict)]
#[non_exhaustive]
pub struct BetaCustomToolCallResource {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the custom tool call. Always `custom_tool_call`.
    #[api(rename = "type", constant)]
    pub type_: CustomToolCallLiteral,
    /// The unique ID of the custom tool call item.
    pub id: String,
    /// An identifier used to map this custom tool call to a tool call output.
    pub call_id: String,
    /// The execution context that produced this tool call.
    pub caller: Option<ToolCallCaller>,
    /// The namespace of the custom tool being called.
    pub namespace: Option<String>,
    /// The name of the custom tool being called.
    pub name: String,
    /// The input for the custom tool call generated by the model.
    pub input: String,
    /// The status of the item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    pub status: MessageStatus,
    /// The identifier of the actor that created the item.
    pub created_by: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The output of a function tool call.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(output))]
#[non_exhaustive]
pub struct BetaFunctionToolCallOutput {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The unique ID of the function tool call output. Populated when this item
    /// is returned via API.
    pub id: Option<String>,
    /// The type of the function tool call output. Always `function_call_output`.
    #[api(rename = "type", constant)]
    pub type_: FunctionCallOutputLiteral,
    /// The unique ID of the function tool call generated by the model.
    pub call_id: Option<String>,
    /// The name of the tool that produced the output.
    pub name: Option<String>,
    /// The namespace of the tool that produced the output.
    pub namespace: Option<String>,
    /// The execution context that produced this tool call.
    pub caller: Option<ToolCallCallerParam>,
    /// The output from the function call generated by your code.
    /// Can be a string or an list of output content.
    pub output: FunctionToolCallOutputResourceOutput,
    /// The status of the item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    pub status: Option<ComputerToolCallStatus>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The compacted response object
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, output, created_at, usage))]
#[non_exhaustive]
pub struct BetaCompactResource {
    /// The unique identifier for the compacted response.
    #[api(default)]
    pub id: String,
    /// The object type. Always `response.compaction`.
    #[api(constant)]
    pub object: ResponseCompactionLiteral,
    /// The compacted list of output items.
    #[api(default)]
    pub output: Vec<BetaItemField>,
    /// Unix timestamp (in seconds) when the compacted conversation was created.
    #[api(default)]
    pub created_at: i64,
    /// Token accounting for the compaction pass, including cached, reasoning, and total tokens.
    #[api(default)]
    pub usage: ResponseUsage,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// An item representing a message, tool call, tool output, reasoning, or other response element.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum BetaItemField {
    /// `message`
    #[api(tag = "message")]
    Message(BetaMessage),
    /// `program`
    #[api(tag = "program")]
    Program(BetaProgram),
    /// `program_output`
    #[api(tag = "program_output")]
    ProgramOutput(BetaProgramOutput),
    /// `function_call`
    #[api(tag = "function_call")]
    FunctionCall(BetaFunctionToolCall),
    /// `multi_agent_call`
    #[api(tag = "multi_agent_call")]
    MultiAgentCall(BetaMultiAgentCall),
    /// `multi_agent_call_output`
    #[api(tag = "multi_agent_call_output")]
    MultiAgentCallOutput(BetaMultiAgentCallOutput),
    /// `tool_search_call`
    #[api(tag = "tool_search_call")]
    ToolSearchCall(BetaToolSearchCall),
    /// `tool_search_output`
    #[api(tag = "tool_search_output")]
    ToolSearchOutput(BetaToolSearchOutput),
    /// `additional_tools`
    #[api(tag = "additional_tools")]
    AdditionalTools(BetaAdditionalTools),
    /// `agent_message`
    #[api(tag = "agent_message")]
    AgentMessage(BetaAgentMessage),
    /// `function_call_output`
    #[api(tag = "function_call_output")]
    FunctionCallOutput(BetaFunctionToolCallOutput),
    /// `file_search_call`
    #[api(tag = "file_search_call")]
    FileSearchCall(BetaFileSearchToolCall),
    /// `web_search_call`
    #[api(tag = "web_search_call")]
    WebSearchCall(BetaWebSearchToolCall),
    /// `image_generation_call`
    #[api(tag = "image_generation_call")]
    ImageGenerationCall(BetaImageGenToolCall),
    /// `computer_call`
    #[api(tag = "computer_call")]
    ComputerCall(BetaComputerToolCall),
    /// `computer_call_output`
    #[api(tag = "computer_call_output")]
    ComputerCallOutput(BetaComputerToolCallOutputResource),
    /// `reasoning`
    #[api(tag = "reasoning")]
    Reasoning(BetaReasoningItem),
    /// `compaction`
    #[api(tag = "compaction")]
    Compaction(BetaCompactionBody),
    /// `code_interpreter_call`
    #[api(tag = "code_interpreter_call")]
    CodeInterpreterCall(BetaCodeInterpreterToolCall),
    /// `local_shell_call`
    #[api(tag = "local_shell_call")]
    LocalShellCall(BetaLocalShellToolCall),
    /// `local_shell_call_output`
    #[api(tag = "local_shell_call_output")]
    LocalShellCallOutput(BetaLocalShellToolCallOutput),
    /// `shell_call`
    #[api(tag = "shell_call")]
    ShellCall(BetaFunctionShellCall),
    /// `shell_call_output`
    #[api(tag = "shell_call_output")]
    ShellCallOutput(BetaFunctionShellCallOutput),
    /// `apply_patch_call`
    #[api(tag = "apply_patch_call")]
    ApplyPatchCall(BetaApplyPatchToolCall),
    /// `apply_patch_call_output`
    #[api(tag = "apply_patch_call_output")]
    ApplyPatchCallOutput(BetaApplyPatchToolCallOutput),
    /// `mcp_list_tools`
    #[api(tag = "mcp_list_tools")]
    McpListTools(BetaMcpListTools),
    /// `mcp_approval_request`
    #[api(tag = "mcp_approval_request")]
    McpApprovalRequest(BetaMcpApprovalRequest),
    /// `mcp_approval_response`
    #[api(tag = "mcp_approval_response")]
    McpApprovalResponse(BetaMcpApprovalResponseResource),
    /// `mcp_call`
    #[api(tag = "mcp_call")]
    McpCall(BetaMcpToolCall),
    /// `custom_tool_call`
    #[api(tag = "custom_tool_call")]
    CustomToolCall(BetaCustomToolCall),
    /// `custom_tool_call_output`
    #[api(tag = "custom_tool_call_output")]
    CustomToolCallOutput(BetaCustomToolCallOutput),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// A message to or from the model.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, status, role, content))]
#[non_exhaustive]
pub struct BetaMessage {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the message. Always set to `message`.
    #[api(rename = "type", constant)]
    pub type_: MessageLiteral,
    /// The unique ID of the message.
    #[api(default)]
    pub id: String,
    /// The status of item. One of `in_progress`, `completed`, or `incomplete`. Populated when items are returned via API.
    #[api(default)]
    pub status: MessageStatus,
    /// The role of the message. One of `unknown`, `user`, `assistant`, `system`, `critic`, `discriminator`, `developer`, or `tool`.
    #[api(default)]
    pub role: MessageRole,
    /// The content of the message
    #[api(default)]
    pub content: Vec<BetaMessageContentItem>,
    /// Labels an `assistant` message as intermediate commentary (`commentary`) or the final answer (`final_answer`). For models like `gpt-5.3-codex` and beyond, when sending follow-up requests, preserve and resend phase on all assistant messages — dropping it can degrade performance. Not used for user messages.
    pub phase: Option<MessagePhase2>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when an error occurs.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(message, sequence_number))]
#[non_exhaustive]
pub struct BetaResponseErrorEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `error`.
    #[api(rename = "type", constant)]
    pub type_: ErrorTypeLiteral,
    /// The error code.
    #[api(nullable)]
    pub code: Option<String>,
    /// The error message.
    #[api(default)]
    pub message: String,
    /// The error parameter.
    #[api(nullable)]
    pub param: Option<String>,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct BetaCreateResponse {
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard.
    ///
    /// Keys are strings with a maximum length of 64 characters. Values are strings
    /// with a maximum length of 512 characters.
    pub metadata: Option<BetaMetadata>,
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
    pub text: Option<Box<BetaResponseTextParam>>,
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
    pub tools: Option<BetaToolsArray>,
    /// How the model should select which tool (or tools) to use when generating
    /// a response. See the `tools` parameter to see how to specify which tools
    /// the model can call.
    pub tool_choice: Option<ToolChoiceParam>,
    /// Reference to a prompt template and its variables.
    /// [Learn more](https://platform.openai.com/docs/guides/text?api-mode=responses#reusable-prompts).
    pub prompt: Option<BetaPrompt>,
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
    pub input: Option<BetaInputParam>,
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
    /// Configuration for server-hosted multi-agent execution.
    pub multi_agent: Option<BetaMultiAgentParam>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Event emitted while a response is streamed.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum BetaResponseStreamEvent {
    /// `response.audio.delta`
    #[api(tag = "response.audio.delta")]
    ResponseAudioDelta(BetaResponseAudioDeltaEvent),
    /// `response.audio.done`
    #[api(tag = "response.audio.done")]
    ResponseAudioDone(BetaResponseAudioDoneEvent),
    /// `response.audio.transcript.delta`
    #[api(tag = "response.audio.transcript.delta")]
    ResponseAudioTranscriptDelta(BetaResponseAudioTranscriptDeltaEvent),
    /// `response.audio.transcript.done`
    #[api(tag = "response.audio.transcript.done")]
    ResponseAudioTranscriptDone(BetaResponseAudioTranscriptDoneEvent),
    /// `response.code_interpreter_call_code.delta`
    #[api(tag = "response.code_interpreter_call_code.delta")]
    ResponseCodeInterpreterCallCodeDelta(BetaResponseCodeInterpreterCallCodeDeltaEvent),
    /// `response.code_interpreter_call_code.done`
    #[api(tag = "response.code_interpreter_call_code.done")]
    ResponseCodeInterpreterCallCodeDone(BetaResponseCodeInterpreterCallCodeDoneEvent),
    /// `response.code_interpreter_call.completed`
    #[api(tag = "response.code_interpreter_call.completed")]
    ResponseCodeInterpreterCallCompleted(BetaResponseCodeInterpreterCallCompletedEvent),
    /// `response.code_interpreter_call.in_progress`
    #[api(tag = "response.code_interpreter_call.in_progress")]
    ResponseCodeInterpreterCallInProgress(
        BetaResponseCodeInterpreterCallInProgressEvent,
    ),
    /// `response.code_interpreter_call.interpreting`
    #[api(tag = "response.code_interpreter_call.interpreting")]
    ResponseCodeInterpreterCallInterpreting(
        BetaResponseCodeInterpreterCallInterpretingEvent,
    ),
    /// `response.completed`
    #[api(tag = "response.completed")]
    ResponseCompleted(BetaResponseCompletedEvent),
    /// `response.content_part.added`
    #[api(tag = "response.content_part.added")]
    ResponseContentPartAdded(BetaResponseContentPartAddedEvent),
    /// `response.content_part.done`
    #[api(tag = "response.content_part.done")]
    ResponseContentPartDone(BetaResponseContentPartDoneEvent),
    /// `response.created`
    #[api(tag = "response.created")]
    ResponseCreated(BetaResponseCreatedEvent),
    /// `error`
    #[api(tag = "error")]
    ErrorType(BetaResponseErrorEvent),
    /// `response.file_search_call.completed`
    #[api(tag = "response.file_search_call.completed")]
    ResponseFileSearchCallCompleted(BetaResponseFileSearchCallCompletedEvent),
    /// `response.file_search_call.in_progress`
    #[api(tag = "response.file_search_call.in_progress")]
    ResponseFileSearchCallInProgress(BetaResponseFileSearchCallInProgressEvent),
    /// `response.file_search_call.searching`
    #[api(tag = "response.file_search_call.searching")]
    ResponseFileSearchCallSearching(BetaResponseFileSearchCallSearchingEvent),
    /// `response.function_call_arguments.delta`
    #[api(tag = "response.function_call_arguments.delta")]
    ResponseFunctionCallArgumentsDelta(BetaResponseFunctionCallArgumentsDeltaEvent),
    /// `response.function_call_arguments.done`
    #[api(tag = "response.function_call_arguments.done")]
    ResponseFunctionCallArgumentsDone(BetaResponseFunctionCallArgumentsDoneEvent),
    /// `response.shell_call_command.added`
    #[api(tag = "response.shell_call_command.added")]
    ResponseShellCallCommandAdded(BetaResponseShellCallCommandAddedStreamingEvent),
    /// `response.shell_call_command.delta`
    #[api(tag = "response.shell_call_command.delta")]
    ResponseShellCallCommandDelta(BetaResponseShellCallCommandDeltaStreamingEvent),
    /// `response.shell_call_command.done`
    #[api(tag = "response.shell_call_command.done")]
    ResponseShellCallCommandDone(BetaResponseShellCallCommandDoneStreamingEvent),
    /// `response.shell_call_output_content.delta`
    #[api(tag = "response.shell_call_output_content.delta")]
    ResponseShellCallOutputContentDelta(
        BetaResponseShellCallOutputContentDeltaStreamingEvent,
    ),
    /// `response.shell_call_output_content.done`
    #[api(tag = "response.shell_call_output_content.done")]
    ResponseShellCallOutputContentDone(
        BetaResponseShellCallOutputContentDoneStreamingEvent,
    ),
    /// `response.in_progress`
    #[api(tag = "response.in_progress")]
    ResponseInProgress(BetaResponseInProgressEvent),
    /// `response.failed`
    #[api(tag = "response.failed")]
    ResponseFailed(BetaResponseFailedEvent),
    /// `response.incomplete`
    #[api(tag = "response.incomplete")]
    ResponseIncomplete(BetaResponseIncompleteEvent),
    /// `response.output_item.added`
    #[api(tag = "response.output_item.added")]
    ResponseOutputItemAdded(BetaResponseOutputItemAddedEvent),
    /// `response.output_item.done`
    #[api(tag = "response.output_item.done")]
    ResponseOutputItemDone(BetaResponseOutputItemDoneEvent),
    /// `response.reasoning_summary_part.added`
    #[api(tag = "response.reasoning_summary_part.added")]
    ResponseReasoningSummaryPartAdded(BetaResponseReasoningSummaryPartAddedEvent),
    /// `response.reasoning_summary_part.done`
    #[api(tag = "response.reasoning_summary_part.done")]
    ResponseReasoningSummaryPartDone(BetaResponseReasoningSummaryPartDoneEvent),
    /// `response.reasoning_summary_text.delta`
    #[api(tag = "response.reasoning_summary_text.delta")]
    ResponseReasoningSummaryTextDelta(BetaResponseReasoningSummaryTextDeltaEvent),
    /// `response.reasoning_summary_text.done`
    #[api(tag = "response.reasoning_summary_text.done")]
    ResponseReasoningSummaryTextDone(BetaResponseReasoningSummaryTextDoneEvent),
    /// `response.reasoning_text.delta`
    #[api(tag = "response.reasoning_text.delta")]
    ResponseReasoningTextDelta(BetaResponseReasoningTextDeltaEvent),
    /// `response.reasoning_text.done`
    #[api(tag = "response.reasoning_text.done")]
    ResponseReasoningTextDone(BetaResponseReasoningTextDoneEvent),
    /// `response.refusal.delta`
    #[api(tag = "response.refusal.delta")]
    ResponseRefusalDelta(BetaResponseRefusalDeltaEvent),
    /// `response.refusal.done`
    #[api(tag = "response.refusal.done")]
    ResponseRefusalDone(BetaResponseRefusalDoneEvent),
    /// `response.output_text.delta`
    #[api(tag = "response.output_text.delta")]
    ResponseOutputTextDelta(BetaResponseTextDeltaEvent),
    /// `response.output_text.done`
    #[api(tag = "response.output_text.done")]
    ResponseOutputTextDone(BetaResponseTextDoneEvent),
    /// `response.web_search_call.completed`
    #[api(tag = "response.web_search_call.completed")]
    ResponseWebSearchCallCompleted(BetaResponseWebSearchCallCompletedEvent),
    /// `response.web_search_call.in_progress`
    #[api(tag = "response.web_search_call.in_progress")]
    ResponseWebSearchCallInProgress(BetaResponseWebSearchCallInProgressEvent),
    /// `response.web_search_call.searching`
    #[api(tag = "response.web_search_call.searching")]
    ResponseWebSearchCallSearching(BetaResponseWebSearchCallSearchingEvent),
    /// `response.image_generation_call.completed`
    #[api(tag = "response.image_generation_call.completed")]
    ResponseImageGenerationCallCompleted(BetaResponseImageGenCallCompletedEvent),
    /// `response.image_generation_call.generating`
    #[api(tag = "response.image_generation_call.generating")]
    ResponseImageGenerationCallGenerating(BetaResponseImageGenCallGeneratingEvent),
    /// `response.image_generation_call.in_progress`
    #[api(tag = "response.image_generation_call.in_progress")]
    ResponseImageGenerationCallInProgress(BetaResponseImageGenCallInProgressEvent),
    /// `response.image_generation_call.partial_image`
    #[api(tag = "response.image_generation_call.partial_image")]
    ResponseImageGenerationCallPartialImage(BetaResponseImageGenCallPartialImageEvent),
    /// `response.mcp_call_arguments.delta`
    #[api(tag = "response.mcp_call_arguments.delta")]
    ResponseMcpCallArgumentsDelta(BetaResponseMcpCallArgumentsDeltaEvent),
    /// `response.mcp_call_arguments.done`
    #[api(tag = "response.mcp_call_arguments.done")]
    ResponseMcpCallArgumentsDone(BetaResponseMcpCallArgumentsDoneEvent),
    /// `response.mcp_call.completed`
    #[api(tag = "response.mcp_call.completed")]
    ResponseMcpCallCompleted(BetaResponseMcpCallCompletedEvent),
    /// `response.mcp_call.failed`
    #[api(tag = "response.mcp_call.failed")]
    ResponseMcpCallFailed(BetaResponseMcpCallFailedEvent),
    /// `response.mcp_call.in_progress`
    #[api(tag = "response.mcp_call.in_progress")]
    ResponseMcpCallInProgress(BetaResponseMcpCallInProgressEvent),
    /// `response.mcp_list_tools.completed`
    #[api(tag = "response.mcp_list_tools.completed")]
    ResponseMcpListToolsCompleted(BetaResponseMcpListToolsCompletedEvent),
    /// `response.mcp_list_tools.failed`
    #[api(tag = "response.mcp_list_tools.failed")]
    ResponseMcpListToolsFailed(BetaResponseMcpListToolsFailedEvent),
    /// `response.mcp_list_tools.in_progress`
    #[api(tag = "response.mcp_list_tools.in_progress")]
    ResponseMcpListToolsInProgress(BetaResponseMcpListToolsInProgressEvent),
    /// `response.output_text.annotation.added`
    #[api(tag = "response.output_text.annotation.added")]
    ResponseOutputTextAnnotationAdded(BetaResponseOutputTextAnnotationAddedEvent),
    /// `response.queued`
    #[api(tag = "response.queued")]
    ResponseQueued(BetaResponseQueuedEvent),
    /// `response.custom_tool_call_input.delta`
    #[api(tag = "response.custom_tool_call_input.delta")]
    ResponseCustomToolCallInputDelta(BetaResponseCustomToolCallInputDeltaEvent),
    /// `response.custom_tool_call_input.done`
    #[api(tag = "response.custom_tool_call_input.done")]
    ResponseCustomToolCallInputDone(BetaResponseCustomToolCallInputDoneEvent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// The constant `responses_multi_agent=v1`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    sdk_runtime_types::StringEnum
)]
#[api(constant)]
pub enum ResponsesMultiAgentV1Literal {
    /// `responses_multi_agent=v1`
    #[default]
    #[api(rename = "responses_multi_agent=v1")]
    ResponsesMultiAgentV1,
}
/// Query and header parameters of `beta_createResponse`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct BetaCreateResponseParams {
    /// Optional beta features to enable for this request.
    #[api(rename = "openai-beta")]
    pub openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Query and header parameters of `beta_getResponse`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct BetaGetResponseParams {
    /// Additional fields to include in the response. See the `include`
    /// parameter for Response creation above for more information.
    pub include: Option<Vec<IncludeEnum>>,
    /// If set to true, the model response data will be streamed to the client
    /// as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
    /// See the [Streaming section below](https://platform.openai.com/docs/api-reference/responses-streaming)
    /// for more information.
    pub stream: Option<bool>,
    /// The sequence number of the event after which to start streaming.
    pub starting_after: Option<i64>,
    /// When true, stream obfuscation will be enabled. Stream obfuscation adds
    /// random characters to an `obfuscation` field on streaming delta events
    /// to normalize payload sizes as a mitigation to certain side-channel
    /// attacks. These obfuscation fields are included by default, but add a
    /// small amount of overhead to the data stream. You can set
    /// `include_obfuscation` to false to optimize for bandwidth if you trust
    /// the network links between your application and the OpenAI API.
    pub include_obfuscation: Option<bool>,
    /// Optional beta features to enable for this request.
    #[api(rename = "openai-beta")]
    pub openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Query and header parameters of `beta_deleteResponse`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct BetaDeleteResponseParams {
    /// Optional beta features to enable for this request.
    #[api(rename = "openai-beta")]
    pub openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Query and header parameters of `beta_cancelResponse`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct BetaCancelResponseParams {
    /// Optional beta features to enable for this request.
    #[api(rename = "openai-beta")]
    pub openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Query and header parameters of `beta_Compactconversation`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct BetaCompactconversationParams {
    /// Optional beta features to enable for this request.
    #[api(rename = "openai-beta")]
    pub openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Query and header parameters of `beta_listInputItems`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct BetaListInputItemsParams {
    /// A limit on the number of objects to be returned. Limit can range between
    /// 1 and 100, and the default is 20.
    pub limit: Option<i64>,
    /// The order to return the input items in. Default is `desc`.
    /// - `asc`: Return the input items in ascending order.
    /// - `desc`: Return the input items in descending order.
    pub order: Option<OrderEnum>,
    /// An item ID to list items after, used in pagination.
    pub after: Option<String>,
    /// Additional fields to include in the response. See the `include`
    /// parameter for Response creation above for more information.
    pub include: Option<Vec<IncludeEnum>>,
    /// Optional beta features to enable for this request.
    #[api(rename = "openai-beta")]
    pub openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Query and header parameters of `beta_Getinputtokencounts`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct BetaGetinputtokencountsParams {
    /// Optional beta features to enable for this request.
    #[api(rename = "openai-beta")]
    pub openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
