//! Types of the `responses` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
#[cfg(feature = "responses")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct CreateResponse {
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
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Configuration options for a text response from the model. Can be plain
/// text or structured JSON data. Learn more:
/// - [Text inputs and outputs](https://platform.openai.com/docs/guides/text)
/// - [Structured Outputs](https://platform.openai.com/docs/guides/structured-outputs)
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct ResponseTextParam {
    /// An object specifying the format that the model must output.
    ///
    /// Configuring `{ "type": "json_schema" }` enables Structured Outputs,
    /// which ensures the model will match your supplied JSON schema. Learn more in the
    /// [Structured Outputs guide](https://platform.openai.com/docs/guides/structured-outputs).
    ///
    /// The default format is `{ "type": "text" }` with no additional options.
    ///
    /// **Not recommended for gpt-4o and newer models:**
    ///
    /// Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    /// ensures the message the model generates is valid JSON. Using `json_schema`
    /// is preferred for models that support it.
    pub format: Option<Box<TextResponseFormatConfiguration>>,
    /// Constrains the verbosity of the model's response. Lower values will result in
    /// more concise responses, while higher values will result in more verbose responses.
    /// Currently supported values are `low`, `medium`, and `high`. The default is
    /// `medium`.
    pub verbosity: Option<Verbosity>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
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
pub type ToolsArray = Vec<Tool>;
/// Optional map of values to substitute in for variables in your
/// prompt. The substitution values can either be strings, or other
/// Response input types like images or files.
pub type ResponsePromptVariables = std::collections::BTreeMap<
    String,
    ResponsePromptVariablesValue,
>;
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Text, image, or file inputs to the model, used to generate a response.
///
/// Learn more:
/// - [Text inputs and outputs](https://platform.openai.com/docs/guides/text)
/// - [Image inputs](https://platform.openai.com/docs/guides/images)
/// - [File inputs](https://platform.openai.com/docs/guides/pdf-files)
/// - [Conversation state](https://platform.openai.com/docs/guides/conversation-state)
/// - [Function calling](https://platform.openai.com/docs/guides/function-calling)
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum InputParam {
    ItemList(Vec<InputItem>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// ResponseCustomToolCallOutputItem
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(id, call_id, output, status))]
#[api(strict)]
#[non_exhaustive]
pub struct CustomToolCallOutputResource {
    /// The type of the custom tool call output. Always `custom_tool_call_output`.
    #[api(rename = "type", constant)]
    pub type_: CustomToolCallOutputLiteral,
    /// The unique ID of the custom tool call output item.
    pub id: String,
    /// The call ID, used to map this custom tool call output to a custom tool call.
    pub call_id: String,
    /// The execution context that produced this tool call.
    pub caller: Option<ToolCallCallerParam>,
    /// The output from the custom tool call generated by your code.
    /// Can be a string or an list of output content.
    pub output: CustomToolCallOutputOutput,
    /// The status of the item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    pub status: MessageStatus,
    /// The identifier of the actor that created the item.
    pub created_by: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "responses")]
/// ResponseCustomToolCallItem
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, call_id, name, input, status))]
#[api(strict)]
#[non_exhaustive]
pub struct CustomToolCallResource {
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
#[cfg(feature = "responses")]
/// The output of a function tool call.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(output))]
#[non_exhaustive]
pub struct FunctionToolCallOutput {
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
#[cfg(feature = "responses")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(role, content, id))]
#[api(strict)]
#[non_exhaustive]
pub struct InputMessageResource {
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
    pub content: InputMessageContentList,
    /// The unique ID of the message input.
    pub id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "responses")]
/// Content item used to generate a response.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum ItemResource {
    FunctionToolCallResource(FunctionToolCallResource),
    CustomToolCallResource(CustomToolCallResource),
    FunctionShellCall(FunctionShellCall),
    FunctionShellCallOutput(FunctionShellCallOutput),
    ToolSearchCall(ToolSearchCall),
    ToolSearchOutput(ToolSearchOutput),
    CodeInterpreterToolCall(CodeInterpreterToolCall),
    McpToolCall(McpToolCall),
    ComputerToolCall(ComputerToolCall),
    ComputerToolCallOutputResource(ComputerToolCallOutputResource),
    ApplyPatchToolCall(ApplyPatchToolCall),
    CustomToolCallOutputResource(CustomToolCallOutputResource),
    OutputMessage(OutputMessage),
    Program(Program),
    ProgramOutput(ProgramOutput),
    LocalShellToolCall(LocalShellToolCall),
    McpApprovalRequest(McpApprovalRequest),
    FunctionToolCallOutputResource(FunctionToolCallOutputResource),
    ApplyPatchToolCallOutput(ApplyPatchToolCallOutput),
    InputMessageResource(InputMessageResource),
    FileSearchToolCall(FileSearchToolCall),
    McpListTools(McpListTools),
    McpApprovalResponseResource(McpApprovalResponseResource),
    WebSearchToolCall(WebSearchToolCall),
    AdditionalTools(AdditionalTools),
    ImageGenToolCall(ImageGenToolCall),
    ReasoningItem(ReasoningItem),
    CompactionBody(CompactionBody),
    LocalShellToolCallOutput(LocalShellToolCallOutput),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum ResponseOutputItem {
    /// `message`
    #[api(tag = "message")]
    Message(OutputMessage),
    /// `file_search_call`
    #[api(tag = "file_search_call")]
    FileSearchCall(FileSearchToolCall),
    /// `function_call`
    #[api(tag = "function_call")]
    FunctionCall(FunctionToolCall),
    /// `function_call_output`
    #[api(tag = "function_call_output")]
    FunctionCallOutput(FunctionToolCallOutputResource),
    /// `web_search_call`
    #[api(tag = "web_search_call")]
    WebSearchCall(WebSearchToolCall),
    /// `computer_call`
    #[api(tag = "computer_call")]
    ComputerCall(ComputerToolCall),
    /// `computer_call_output`
    #[api(tag = "computer_call_output")]
    ComputerCallOutput(ComputerToolCallOutputResource),
    /// `reasoning`
    #[api(tag = "reasoning")]
    Reasoning(ReasoningItem),
    /// `program`
    #[api(tag = "program")]
    Program(Program),
    /// `program_output`
    #[api(tag = "program_output")]
    ProgramOutput(ProgramOutput),
    /// `tool_search_call`
    #[api(tag = "tool_search_call")]
    ToolSearchCall(ToolSearchCall),
    /// `tool_search_output`
    #[api(tag = "tool_search_output")]
    ToolSearchOutput(ToolSearchOutput),
    /// `additional_tools`
    #[api(tag = "additional_tools")]
    AdditionalTools(AdditionalTools),
    /// `compaction`
    #[api(tag = "compaction")]
    Compaction(CompactionBody),
    /// `image_generation_call`
    #[api(tag = "image_generation_call")]
    ImageGenerationCall(ImageGenToolCall),
    /// `code_interpreter_call`
    #[api(tag = "code_interpreter_call")]
    CodeInterpreterCall(CodeInterpreterToolCall),
    /// `local_shell_call`
    #[api(tag = "local_shell_call")]
    LocalShellCall(LocalShellToolCall),
    /// `local_shell_call_output`
    #[api(tag = "local_shell_call_output")]
    LocalShellCallOutput(LocalShellToolCallOutput),
    /// `shell_call`
    #[api(tag = "shell_call")]
    ShellCall(FunctionShellCall),
    /// `shell_call_output`
    #[api(tag = "shell_call_output")]
    ShellCallOutput(FunctionShellCallOutput),
    /// `apply_patch_call`
    #[api(tag = "apply_patch_call")]
    ApplyPatchCall(ApplyPatchToolCall),
    /// `apply_patch_call_output`
    #[api(tag = "apply_patch_call_output")]
    ApplyPatchCallOutput(ApplyPatchToolCallOutput),
    /// `mcp_call`
    #[api(tag = "mcp_call")]
    McpCall(McpToolCall),
    /// `mcp_list_tools`
    #[api(tag = "mcp_list_tools")]
    McpListTools(McpListTools),
    /// `mcp_approval_request`
    #[api(tag = "mcp_approval_request")]
    McpApprovalRequest(McpApprovalRequest),
    /// `mcp_approval_response`
    #[api(tag = "mcp_approval_response")]
    McpApprovalResponse(McpApprovalResponseResource),
    /// `custom_tool_call`
    #[api(tag = "custom_tool_call")]
    CustomToolCall(CustomToolCall),
    /// `custom_tool_call_output`
    #[api(tag = "custom_tool_call_output")]
    CustomToolCallOutput(CustomToolCallOutputResource),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// The specification's name for [`ResponseOutputItem`].
pub type OutputItem = ResponseOutputItem;
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// The response object
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(model, tools, tool_choice, id, created_at, output, parallel_tool_calls))]
#[non_exhaustive]
pub struct Response {
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard.
    ///
    /// Keys are strings with a maximum length of 64 characters. Values are strings
    /// with a maximum length of 512 characters.
    #[api(nullable)]
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
    #[api(nullable)]
    pub temperature: Option<f64>,
    /// An alternative to sampling with temperature, called nucleus sampling,
    /// where the model considers the results of the tokens with top_p probability
    /// mass. So 0.1 means only the tokens comprising the top 10% probability mass
    /// are considered.
    ///
    /// We generally recommend altering this or `temperature` but not both.
    #[api(nullable)]
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
    /// The unique ID of the previous response to the model. Use this to
    /// create multi-turn conversations. Learn more about
    /// [conversation state](https://platform.openai.com/docs/guides/conversation-state). Cannot be used in conjunction with `conversation`.
    pub previous_response_id: Option<String>,
    /// Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    /// offers a wide range of models with different capabilities, performance
    /// characteristics, and price points. Refer to the [model guide](https://platform.openai.com/docs/models)
    /// to browse and compare available models.
    #[api(default)]
    pub model: ModelIds,
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
    #[api(default)]
    pub tools: ToolsArray,
    /// How the model should select which tool (or tools) to use when generating
    /// a response. See the `tools` parameter to see how to specify which tools
    /// the model can call.
    pub tool_choice: ToolChoiceParam,
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
    pub truncation: Option<CreateResponseTruncation>,
    /// Unique identifier for this Response.
    #[api(default)]
    pub id: String,
    /// The object type of this resource - always set to `response`.
    #[api(constant)]
    pub object: ResponseLiteral,
    /// The status of the response generation. One of `completed`, `failed`,
    /// `in_progress`, `cancelled`, `queued`, or `incomplete`.
    pub status: Option<ResponseStatus>,
    /// Unix timestamp (in seconds) of when this Response was created.
    #[api(default)]
    pub created_at: f64,
    /// Unix timestamp (in seconds) of when this Response was completed.
    /// Only present when the status is `completed`.
    pub completed_at: Option<f64>,
    /// An error object returned when the model fails to generate a Response.
    #[api(nullable)]
    pub error: Option<ResponseError>,
    /// Details about why the response is incomplete.
    #[api(nullable)]
    pub incomplete_details: Option<ResponseIncompleteDetails>,
    /// An array of content items generated by the model.
    ///
    /// - The length and order of items in the `output` array is dependent
    ///   on the model's response.
    /// - Rather than accessing the first item in the `output` array and
    ///   assuming it's an `assistant` message with the content generated by
    ///   the model, you might consider using the `output_text` property where
    ///   supported in SDKs.
    #[api(default)]
    pub output: Vec<ResponseOutputItem>,
    /// **gpt-5 and o-series models only**
    ///
    /// Configuration options for
    /// [reasoning models](https://platform.openai.com/docs/guides/reasoning).
    pub reasoning: Option<Box<Reasoning>>,
    /// A system (or developer) message inserted into the model's context.
    ///
    /// When using along with `previous_response_id`, the instructions from a previous
    /// response will not be carried over to the next response. This makes it simple
    /// to swap out system (or developer) messages in new responses.
    #[api(nullable)]
    pub instructions: Option<ResponseInstructions>,
    /// SDK-only convenience property that contains the aggregated text output
    /// from all `output_text` items in the `output` array, if any are present.
    /// Supported in the Python and JavaScript SDKs.
    pub output_text: Option<String>,
    /// Represents token usage details including input tokens, output tokens,
    /// a breakdown of output tokens, and the total tokens used.
    pub usage: Option<ResponseUsage>,
    /// The prompt-caching options that were applied to the response. Supported for `gpt-5.6` and later models.
    pub prompt_cache_options: Option<PromptCacheOptions>,
    /// Moderation results for the response input and output, if moderated completions were requested.
    pub moderation: Option<Box<Moderation>>,
    /// Whether to allow the model to run tool calls in parallel.
    ///
    /// Defaults to `true`.
    #[api(default)]
    pub parallel_tool_calls: bool,
    /// The conversation that this response belonged to. Input items and output items from this response were automatically added to this conversation.
    pub conversation: Option<ResponseConversation>,
    /// An upper bound for the number of tokens that can be generated for a response, including visible output tokens and [reasoning tokens](https://platform.openai.com/docs/guides/reasoning).
    pub max_output_tokens: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// A system (or developer) message inserted into the model's context.
///
/// When using along with `previous_response_id`, the instructions from a previous
/// response will not be carried over to the next response. This makes it simple
/// to swap out system (or developer) messages in new responses.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum ResponseInstructions {
    InputItemList(Vec<InputItem>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when there is a partial audio response.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number, delta))]
#[non_exhaustive]
pub struct ResponseAudioDeltaEvent {
    /// The type of the event. Always `response.audio.delta`.
    #[api(rename = "type", constant)]
    pub type_: ResponseAudioDeltaLiteral,
    /// A sequence number for this chunk of the stream response.
    #[api(default)]
    pub sequence_number: i64,
    /// A chunk of Base64 encoded response audio bytes.
    #[api(default)]
    pub delta: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when the audio response is complete.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number))]
#[non_exhaustive]
pub struct ResponseAudioDoneEvent {
    /// The type of the event. Always `response.audio.done`.
    #[api(rename = "type", constant)]
    pub type_: ResponseAudioDoneLiteral,
    /// The sequence number of the delta.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when there is a partial transcript of audio.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(delta, sequence_number))]
#[non_exhaustive]
pub struct ResponseAudioTranscriptDeltaEvent {
    /// The type of the event. Always `response.audio.transcript.delta`.
    #[api(rename = "type", constant)]
    pub type_: ResponseAudioTranscriptDeltaLiteral,
    /// The partial transcript of the audio response.
    #[api(default)]
    pub delta: String,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when the full audio transcript is completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number))]
#[non_exhaustive]
pub struct ResponseAudioTranscriptDoneEvent {
    /// The type of the event. Always `response.audio.transcript.done`.
    #[api(rename = "type", constant)]
    pub type_: ResponseAudioTranscriptDoneLiteral,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a partial code snippet is streamed by the code interpreter.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, delta, sequence_number))]
#[non_exhaustive]
pub struct ResponseCodeInterpreterCallCodeDeltaEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when the code snippet is finalized by the code interpreter.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, code, sequence_number))]
#[non_exhaustive]
pub struct ResponseCodeInterpreterCallCodeDoneEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when the code interpreter call is completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct ResponseCodeInterpreterCallCompletedEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a code interpreter call is in progress.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct ResponseCodeInterpreterCallInProgressEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when the code interpreter is actively interpreting the code snippet.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct ResponseCodeInterpreterCallInterpretingEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when the model response is complete.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(response, sequence_number))]
#[non_exhaustive]
pub struct ResponseCompletedEvent {
    /// The type of the event. Always `response.completed`.
    #[api(rename = "type", constant)]
    pub type_: ResponseCompletedLiteral,
    /// Properties of the completed response.
    pub response: Response,
    /// The sequence number for this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a new content part is added.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, content_index, part, sequence_number))]
#[non_exhaustive]
pub struct ResponseContentPartAddedEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a content part is done.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, content_index, sequence_number, part))]
#[non_exhaustive]
pub struct ResponseContentPartDoneEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// An event that is emitted when a response is created.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(response, sequence_number))]
#[non_exhaustive]
pub struct ResponseCreatedEvent {
    /// The type of the event. Always `response.created`.
    #[api(rename = "type", constant)]
    pub type_: ResponseCreatedLiteral,
    /// The response that was created.
    pub response: Response,
    /// The sequence number for this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Event representing a delta (partial update) to the input of a custom tool call.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number, output_index, item_id, delta))]
#[non_exhaustive]
pub struct ResponseCustomToolCallInputDeltaEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Event indicating that input for a custom tool call is complete.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number, output_index, item_id, input))]
#[non_exhaustive]
pub struct ResponseCustomToolCallInputDoneEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "responses")]
/// Emitted when an error occurs.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(message, sequence_number))]
#[non_exhaustive]
pub struct ResponseErrorEvent {
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
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// An event that is emitted when a response fails.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(sequence_number, response))]
#[non_exhaustive]
pub struct ResponseFailedEvent {
    /// The type of the event. Always `response.failed`.
    #[api(rename = "type", constant)]
    pub type_: ResponseFailedLiteral,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The response that failed.
    pub response: Response,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a file search call is completed (results found).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct ResponseFileSearchCallCompletedEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a file search call is initiated.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct ResponseFileSearchCallInProgressEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a file search is currently searching.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct ResponseFileSearchCallSearchingEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when there is a partial function-call arguments delta.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, sequence_number, delta))]
#[non_exhaustive]
pub struct ResponseFunctionCallArgumentsDeltaEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when function-call arguments are finalized.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, name, output_index, sequence_number, arguments))]
#[non_exhaustive]
pub struct ResponseFunctionCallArgumentsDoneEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when an image generation tool call has completed and the final image is available.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, sequence_number, item_id))]
#[non_exhaustive]
pub struct ResponseImageGenCallCompletedEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when an image generation tool call is actively generating an image (intermediate state).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct ResponseImageGenCallGeneratingEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when an image generation tool call is in progress.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct ResponseImageGenCallInProgressEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a partial image is available during image generation streaming.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(
    new(output_index, item_id, sequence_number, partial_image_index, partial_image_b64)
)]
#[non_exhaustive]
pub struct ResponseImageGenCallPartialImageEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when the response is in progress.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(response, sequence_number))]
#[non_exhaustive]
pub struct ResponseInProgressEvent {
    /// The type of the event. Always `response.in_progress`.
    #[api(rename = "type", constant)]
    pub type_: ResponseInProgressLiteral,
    /// The response that is in progress.
    pub response: Response,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// An event that is emitted when a response finishes as incomplete.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(response, sequence_number))]
#[non_exhaustive]
pub struct ResponseIncompleteEvent {
    /// The type of the event. Always `response.incomplete`.
    #[api(rename = "type", constant)]
    pub type_: ResponseIncompleteLiteral,
    /// The response that was incomplete.
    pub response: Response,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "responses")]
/// A list of Response items.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more, first_id, last_id))]
#[non_exhaustive]
pub struct ResponseItemList {
    /// The type of object returned, must be `list`.
    #[api(constant)]
    pub object: ListLiteral,
    /// A list of items used to generate this response.
    #[api(default)]
    pub data: Vec<ItemResource>,
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
#[cfg(feature = "responses")]
impl sdk_runtime_types::pagination::Page for ResponseItemList {
    type Item = ItemResource;
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
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when there is a delta (partial update) to the arguments of an MCP tool call.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, delta, sequence_number))]
#[non_exhaustive]
pub struct ResponseMcpCallArgumentsDeltaEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when the arguments for an MCP tool call are finalized.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, arguments, sequence_number))]
#[non_exhaustive]
pub struct ResponseMcpCallArgumentsDoneEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when an MCP  tool call has completed successfully.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, sequence_number))]
#[non_exhaustive]
pub struct ResponseMcpCallCompletedEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when an MCP  tool call has failed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, sequence_number))]
#[non_exhaustive]
pub struct ResponseMcpCallFailedEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when an MCP  tool call is in progress.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number, output_index, item_id))]
#[non_exhaustive]
pub struct ResponseMcpCallInProgressEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when the list of available MCP tools has been successfully retrieved.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, sequence_number))]
#[non_exhaustive]
pub struct ResponseMcpListToolsCompletedEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when the attempt to list available MCP tools has failed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, sequence_number))]
#[non_exhaustive]
pub struct ResponseMcpListToolsFailedEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when the system is in the process of retrieving the list of available MCP tools.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, sequence_number))]
#[non_exhaustive]
pub struct ResponseMcpListToolsInProgressEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a new output item is added.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(output_index, sequence_number, item))]
#[non_exhaustive]
pub struct ResponseOutputItemAddedEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when an output item is marked done.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(output_index, sequence_number, item))]
#[non_exhaustive]
pub struct ResponseOutputItemDoneEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when an annotation is added to output text content.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, content_index, annotation_index, sequence_number))]
#[non_exhaustive]
pub struct ResponseOutputTextAnnotationAddedEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a response is queued and waiting to be processed.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(response, sequence_number))]
#[non_exhaustive]
pub struct ResponseQueuedEvent {
    /// The type of the event. Always 'response.queued'.
    #[api(rename = "type", constant)]
    pub type_: ResponseQueuedLiteral,
    /// The full response object that is queued.
    pub response: Response,
    /// The sequence number for this event.
    #[api(default)]
    pub sequence_number: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a new reasoning summary part is added.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, summary_index, sequence_number, part))]
#[non_exhaustive]
pub struct ResponseReasoningSummaryPartAddedEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a reasoning summary part is completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, summary_index, sequence_number, part))]
#[non_exhaustive]
pub struct ResponseReasoningSummaryPartDoneEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a delta is added to a reasoning summary text.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, summary_index, delta, sequence_number))]
#[non_exhaustive]
pub struct ResponseReasoningSummaryTextDeltaEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a reasoning summary text is completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, summary_index, text, sequence_number))]
#[non_exhaustive]
pub struct ResponseReasoningSummaryTextDoneEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a delta is added to a reasoning text.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, content_index, delta, sequence_number))]
#[non_exhaustive]
pub struct ResponseReasoningTextDeltaEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a reasoning text is completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, content_index, text, sequence_number))]
#[non_exhaustive]
pub struct ResponseReasoningTextDoneEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when there is a partial refusal text.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, content_index, delta, sequence_number))]
#[non_exhaustive]
pub struct ResponseRefusalDeltaEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when refusal text is finalized.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, content_index, refusal, sequence_number))]
#[non_exhaustive]
pub struct ResponseRefusalDoneEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "responses")]
/// Event emitted while a response is streamed.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum ResponseStreamEvent {
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
    /// `error`
    #[api(tag = "error")]
    ErrorType(ResponseErrorEvent),
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
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// A streaming event that indicated a shell command was added to a tool call.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number, output_index, command_index, command))]
#[non_exhaustive]
pub struct ResponseShellCallCommandAddedStreamingEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// A streaming event that indicated a shell command was incrementally updated.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number, output_index, command_index, delta))]
#[non_exhaustive]
pub struct ResponseShellCallCommandDeltaStreamingEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// A streaming event that indicated a shell command was completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number, output_index, command_index, command))]
#[non_exhaustive]
pub struct ResponseShellCallCommandDoneStreamingEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// A streaming event that indicated shell call output was incrementally added.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number, item_id, output_index, command_index, delta))]
#[non_exhaustive]
pub struct ResponseShellCallOutputContentDeltaStreamingEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// A streaming event that indicated shell call output was completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number, item_id, output_index, command_index, output))]
#[non_exhaustive]
pub struct ResponseShellCallOutputContentDoneStreamingEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when there is an additional text delta.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, content_index, delta, sequence_number, logprobs))]
#[non_exhaustive]
pub struct ResponseTextDeltaEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when text content is finalized.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(item_id, output_index, content_index, text, sequence_number, logprobs))]
#[non_exhaustive]
pub struct ResponseTextDoneEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a web search call is completed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct ResponseWebSearchCallCompletedEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a web search call is initiated.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct ResponseWebSearchCallInProgressEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a web search call is executing.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(output_index, item_id, sequence_number))]
#[non_exhaustive]
pub struct ResponseWebSearchCallSearchingEvent {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "responses")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct TokenCountsBody {
    /// Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](https://platform.openai.com/docs/models) to browse and compare available models.
    pub model: Option<String>,
    /// Text, image, or file inputs to the model, used to generate a response
    pub input: Option<TokenCountsBodyInput>,
    /// The unique ID of the previous response to the model. Use this to create multi-turn conversations. Learn more about [conversation state](https://platform.openai.com/docs/guides/conversation-state). Cannot be used in conjunction with `conversation`.
    pub previous_response_id: Option<String>,
    /// An array of tools the model may call while generating a response. You can specify which tool to use by setting the `tool_choice` parameter.
    pub tools: Option<Vec<Tool>>,
    /// Configuration options for a text response from the model. Can be plain
    /// text or structured JSON data. Learn more:
    /// - [Text inputs and outputs](https://platform.openai.com/docs/guides/text)
    /// - [Structured Outputs](https://platform.openai.com/docs/guides/structured-outputs)
    pub text: Option<Box<ResponseTextParam>>,
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
#[cfg(feature = "responses")]
/// Text, image, or file inputs to the model, used to generate a response
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum TokenCountsBodyInput {
    InputItemList(Vec<InputItem>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(feature = "responses")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct CompactResponseMethodPublicBody {
    /// Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](https://platform.openai.com/docs/models) to browse and compare available models.
    #[api(nullable)]
    pub model: Option<ModelIdsCompaction>,
    /// Text, image, or file inputs to the model, used to generate a response
    pub input: Option<TokenCountsBodyInput>,
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
#[cfg(feature = "responses")]
/// An item representing a message, tool call, tool output, reasoning, or other response element.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum ItemField {
    /// `message`
    #[api(tag = "message")]
    Message(Message),
    /// `program`
    #[api(tag = "program")]
    Program(Program),
    /// `program_output`
    #[api(tag = "program_output")]
    ProgramOutput(ProgramOutput),
    /// `function_call`
    #[api(tag = "function_call")]
    FunctionCall(FunctionToolCall),
    /// `tool_search_call`
    #[api(tag = "tool_search_call")]
    ToolSearchCall(ToolSearchCall),
    /// `tool_search_output`
    #[api(tag = "tool_search_output")]
    ToolSearchOutput(ToolSearchOutput),
    /// `additional_tools`
    #[api(tag = "additional_tools")]
    AdditionalTools(AdditionalTools),
    /// `function_call_output`
    #[api(tag = "function_call_output")]
    FunctionCallOutput(FunctionToolCallOutput),
    /// `file_search_call`
    #[api(tag = "file_search_call")]
    FileSearchCall(FileSearchToolCall),
    /// `web_search_call`
    #[api(tag = "web_search_call")]
    WebSearchCall(WebSearchToolCall),
    /// `image_generation_call`
    #[api(tag = "image_generation_call")]
    ImageGenerationCall(ImageGenToolCall),
    /// `computer_call`
    #[api(tag = "computer_call")]
    ComputerCall(ComputerToolCall),
    /// `computer_call_output`
    #[api(tag = "computer_call_output")]
    ComputerCallOutput(ComputerToolCallOutputResource),
    /// `reasoning`
    #[api(tag = "reasoning")]
    Reasoning(ReasoningItem),
    /// `compaction`
    #[api(tag = "compaction")]
    Compaction(CompactionBody),
    /// `code_interpreter_call`
    #[api(tag = "code_interpreter_call")]
    CodeInterpreterCall(CodeInterpreterToolCall),
    /// `local_shell_call`
    #[api(tag = "local_shell_call")]
    LocalShellCall(LocalShellToolCall),
    /// `local_shell_call_output`
    #[api(tag = "local_shell_call_output")]
    LocalShellCallOutput(LocalShellToolCallOutput),
    /// `shell_call`
    #[api(tag = "shell_call")]
    ShellCall(FunctionShellCall),
    /// `shell_call_output`
    #[api(tag = "shell_call_output")]
    ShellCallOutput(FunctionShellCallOutput),
    /// `apply_patch_call`
    #[api(tag = "apply_patch_call")]
    ApplyPatchCall(ApplyPatchToolCall),
    /// `apply_patch_call_output`
    #[api(tag = "apply_patch_call_output")]
    ApplyPatchCallOutput(ApplyPatchToolCallOutput),
    /// `mcp_list_tools`
    #[api(tag = "mcp_list_tools")]
    McpListTools(McpListTools),
    /// `mcp_approval_request`
    #[api(tag = "mcp_approval_request")]
    McpApprovalRequest(McpApprovalRequest),
    /// `mcp_approval_response`
    #[api(tag = "mcp_approval_response")]
    McpApprovalResponse(McpApprovalResponseResource),
    /// `mcp_call`
    #[api(tag = "mcp_call")]
    McpCall(McpToolCall),
    /// `custom_tool_call`
    #[api(tag = "custom_tool_call")]
    CustomToolCall(CustomToolCall),
    /// `custom_tool_call_output`
    #[api(tag = "custom_tool_call_output")]
    CustomToolCallOutput(CustomToolCallOutput),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(feature = "responses")]
/// The compacted response object
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, output, created_at, usage))]
#[non_exhaustive]
pub struct CompactResource {
    /// The unique identifier for the compacted response.
    #[api(default)]
    pub id: String,
    /// The object type. Always `response.compaction`.
    #[api(constant)]
    pub object: ResponseCompactionLiteral,
    /// The compacted list of output items.
    #[api(default)]
    pub output: Vec<ItemField>,
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
#[cfg(feature = "responses")]
/// Query and header parameters of `getResponse`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct GetResponseParams {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "responses")]
/// Query and header parameters of `listInputItems`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListInputItemsParams {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
