//! Free-standing schemas (feature `extra-types`).
#[allow(unused_imports)]
use super::*;
/// Token counts
pub type BetaTokenCountsResource = TokenCountsResource;
pub type BetaInputContent = InputContent;
/// A text input to the model.
pub type BetaInputTextContent = InputTextContent;
/// Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
pub type BetaPromptCacheBreakpointConfig = PromptCacheBreakpointParam;
/// An image input to the model. Learn about [image inputs](https://platform.openai.com/docs/guides/vision).
pub type BetaInputImageContent = InputImageContent;
pub type BetaImageDetail = DetailEnum;
/// A file input to the model.
pub type BetaInputFileContent = InputFileContent;
pub type BetaFileInputDetail = FileDetailEnum;
/// Labels an `assistant` message as intermediate commentary (`commentary`) or the final answer (`final_answer`).
/// For models like `gpt-5.3-codex` and beyond, when sending follow-up requests, preserve and resend
/// phase on all assistant messages — dropping it can degrade performance. Not used for user messages.
pub type BetaMessagePhase = MessagePhase;
pub type BetaOutputMessageContent = OutputMessageContent;
/// A text output from the model.
pub type BetaOutputTextContent = OutputTextContent;
/// An annotation that applies to a span of output text.
pub type BetaAnnotation = Annotation;
/// A citation to a file.
pub type BetaFileCitationBody = FileCitationBody;
/// A citation for a web resource used to generate a model response.
pub type BetaUrlCitationBody = UrlCitationBody;
/// A citation for a container file used to generate a model response.
pub type BetaContainerFileCitationBody = ContainerFileCitationBody;
/// A path to a file.
pub type BetaFilePath = FilePath;
/// The log probability of a token.
pub type BetaLogProb = LogProb;
/// The top log probability of a token.
pub type BetaTopLogProb = TopLogProb;
/// A refusal from the model.
pub type BetaRefusalContent = RefusalContent;
pub type BetaComputerAction = ComputerAction;
/// A click action.
pub type BetaClickParam = ClickParam;
pub type BetaClickButtonType = ClickButtonType;
/// A double click action.
pub type BetaDoubleClickAction = DoubleClickAction;
/// A drag action.
pub type BetaDragParam = DragParam;
/// An x/y coordinate pair, e.g. `{ x: 100, y: 200 }`.
pub type BetaCoordParam = DragPoint;
/// A collection of keypresses the model would like to perform.
pub type BetaKeyPressAction = KeyPressAction;
/// A mouse move action.
pub type BetaMoveParam = MoveParam;
/// A screenshot action.
pub type BetaScreenshotParam = ScreenshotParam;
/// A scroll action.
pub type BetaScrollParam = ScrollParam;
/// An action to type in text.
pub type BetaTypeParam = TypeParam;
/// A wait action.
pub type BetaWaitParam = WaitParam;
/// A pending safety check for the computer call.
pub type BetaComputerCallSafetyCheckParam = ComputerCallSafetyCheckParam;
/// A computer screenshot image used with the computer use tool.
pub type BetaComputerScreenshotImage = ComputerScreenshotImage;
pub type BetaFunctionCallItemStatus = MessageStatus;
/// Action type "search" - Performs a web search query.
pub type BetaWebSearchActionSearch = WebSearchActionSearch;
/// Action type "open_page" - Opens a specific URL from search results.
pub type BetaWebSearchActionOpenPage = WebSearchActionOpenPage;
/// Action type "find_in_page": Searches for a pattern within a loaded page.
pub type BetaWebSearchActionFind = WebSearchActionFind;
/// The execution context that produced this tool call.
pub type BetaToolCallCaller = ToolCallCaller;
pub type BetaDirectToolCallCaller = DirectToolCallCaller;
pub type BetaProgramToolCallCaller = ProgramToolCallCaller;
/// A text input to the model.
pub type BetaInputTextContentParam = InputTextContentParam;
/// Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
pub type BetaPromptCacheBreakpointParam = PromptCacheBreakpointParam;
/// An image input to the model. Learn about [image inputs](https://platform.openai.com/docs/guides/vision)
pub type BetaInputImageContentParamAutoParam = InputImageContentParamAutoParam;
pub type BetaDetailEnum = DetailEnum;
/// A file input to the model.
pub type BetaInputFileContentParam = InputFileContentParam;
pub type BetaFileDetailEnum = FileDetailEnum;
/// The execution context that produced this tool call.
pub type BetaToolCallCallerParam = ToolCallCallerParam;
pub type BetaDirectToolCallCallerParam = DirectToolCallCallerParam;
pub type BetaProgramToolCallCallerParam = ProgramToolCallCallerParam;
pub type BetaMultiAgentAction1 = BetaMultiAgentAction;
pub type BetaFileCitationParam = FileCitationParam;
pub type BetaUrlCitationParam = UrlCitationParam;
pub type BetaContainerFileCitationParam = ContainerFileCitationParam;
pub type BetaToolSearchExecutionType = ToolSearchExecutionType;
/// Defines a function in your own code the model can choose to call. Learn more about [function calling](https://platform.openai.com/docs/guides/function-calling).
pub type BetaFunctionTool = FunctionTool;
pub type BetaCallableToolAllowedCaller = CallableToolAllowedCaller;
/// A tool that searches for relevant content from uploaded files. Learn more about the [file search tool](https://platform.openai.com/docs/guides/tools-file-search).
pub type BetaFileSearchTool = FileSearchTool;
pub type BetaRankingOptions = RankingOptions;
pub type BetaRankerVersionType = RankerVersionType;
pub type BetaHybridSearchOptions = HybridSearchOptions;
pub type BetaFilters = Filters;
/// A filter used to compare a specified attribute key to a given value using a defined comparison operation.
pub type BetaComparisonFilter = ComparisonFilter;
/// Combine multiple filters using `and` or `or`.
pub type BetaCompoundFilter = CompoundFilter;
/// A tool that controls a virtual computer. Learn more about the [computer tool](https://platform.openai.com/docs/guides/tools-computer-use).
pub type BetaComputerTool = ComputerTool;
/// A tool that controls a virtual computer. Learn more about the [computer tool](https://platform.openai.com/docs/guides/tools-computer-use).
pub type BetaComputerUsePreviewTool = ComputerUsePreviewTool;
pub type BetaComputerEnvironment = ComputerEnvironment;
/// Search the Internet for sources related to the prompt. Learn more about the
/// [web search tool](https://platform.openai.com/docs/guides/tools-web-search).
pub type BetaWebSearchTool = WebSearchTool;
/// The approximate location of the user.
pub type BetaWebSearchApproximateLocation = WebSearchApproximateLocation;
/// A filter object to specify which tools are allowed.
pub type BetaMcpToolFilter = McpToolFilter;
/// A tool that runs Python code to help generate a response to a prompt.
pub type BetaCodeInterpreterTool = CodeInterpreterTool;
/// Configuration for a code interpreter container. Optionally specify the IDs of the files to run the code on.
pub type BetaAutoCodeInterpreterToolParam = AutoCodeInterpreterToolParam;
pub type BetaContainerMemoryLimit = ContainerMemoryLimit;
pub type BetaContainerNetworkPolicyDisabledParam = ContainerNetworkPolicyDisabledParam;
pub type BetaContainerNetworkPolicyAllowlistParam = ContainerNetworkPolicyAllowlistParam;
pub type BetaContainerNetworkPolicyDomainSecretParam = ContainerNetworkPolicyDomainSecretParam;
pub type BetaProgrammaticToolCallingParam = ProgrammaticToolCallingParam;
/// A tool that generates images using the GPT image models.
pub type BetaImageGenTool = ImageGenTool;
/// Control how much effort the model will exert to match the style and features, especially facial features, of input images. This parameter is only supported for `gpt-image-1` and `gpt-image-1.5` and later models, unsupported for `gpt-image-1-mini`. Supports `high` and `low`. Defaults to `low`.
pub type BetaInputFidelity = InputFidelity;
pub type BetaImageGenActionEnum = ImageGenActionEnum;
/// A tool that allows the model to execute shell commands in a local environment.
pub type BetaLocalShellToolParam = LocalShellToolParam;
/// A tool that allows the model to execute shell commands.
pub type BetaFunctionShellToolParam = FunctionShellToolParam;
pub type BetaContainerAutoParam = ContainerAutoParam;
pub type BetaSkillReferenceParam = SkillReferenceParam;
pub type BetaInlineSkillParam = InlineSkillParam;
/// Inline skill payload
pub type BetaInlineSkillSourceParam = InlineSkillSourceParam;
pub type BetaLocalEnvironmentParam = LocalEnvironmentParam;
pub type BetaLocalSkillParam = LocalSkillParam;
pub type BetaContainerReferenceParam = ContainerReferenceParam;
/// A custom tool that processes input using a specified format. Learn more about   [custom tools](https://platform.openai.com/docs/guides/function-calling#custom-tools)
pub type BetaCustomToolParam = CustomToolParam;
/// Unconstrained free-form text.
pub type BetaCustomTextFormatParam = CustomTextFormatParam;
/// A grammar defined by the user.
pub type BetaCustomGrammarFormatParam = CustomGrammarFormatParam;
pub type BetaGrammarSyntax1 = GrammarSyntax1;
/// This tool searches the web for relevant results to use in a response. Learn more about the [web search tool](https://platform.openai.com/docs/guides/tools-web-search).
pub type BetaWebSearchPreviewTool = WebSearchPreviewTool;
pub type BetaApproximateLocation = ApproximateLocation;
pub type BetaSearchContextSize = SearchContextSize;
pub type BetaSearchContentType = SearchContentType;
/// Allows the assistant to create, delete, or update files using unified diffs.
pub type BetaApplyPatchToolParam = ApplyPatchToolParam;
/// A summary text from the model.
pub type BetaSummaryTextContent = SummaryTextContent;
/// Reasoning text from the model.
pub type BetaReasoningTextContent = ReasoningTextContent;
/// The logs output from the code interpreter.
pub type BetaCodeInterpreterOutputLogs = CodeInterpreterOutputLogs;
/// The image output from the code interpreter.
pub type BetaCodeInterpreterOutputImage = CodeInterpreterOutputImage;
/// Execute a shell command on the server.
pub type BetaLocalShellExecAction = LocalShellExecAction;
/// Commands and limits describing how to run the shell tool call.
pub type BetaFunctionShellActionParam = FunctionShellActionParam;
/// Status values reported for shell tool calls.
pub type BetaFunctionShellCallItemStatus = FunctionShellCallItemStatus;
/// Captured stdout and stderr for a portion of a shell tool call output.
pub type BetaFunctionShellCallOutputContentParam = FunctionShellCallOutputContentParam;
/// The exit or timeout outcome associated with this shell call.
pub type BetaFunctionShellCallOutputOutcomeParam = FunctionShellCallOutputOutcomeParam;
/// Indicates that the shell call exceeded its configured time limit.
pub type BetaFunctionShellCallOutputTimeoutOutcomeParam = FunctionShellCallOutputTimeoutOutcome;
/// Indicates that the shell commands finished and returned an exit code.
pub type BetaFunctionShellCallOutputExitOutcomeParam = FunctionShellCallOutputExitOutcomeParam;
/// Status values reported for apply_patch tool calls.
pub type BetaApplyPatchCallStatusParam = ApplyPatchCallStatusParam;
/// One of the create_file, delete_file, or update_file operations supplied to the apply_patch tool.
pub type BetaApplyPatchOperationParam = ApplyPatchOperationParam;
/// Instruction for creating a new file via the apply_patch tool.
pub type BetaApplyPatchCreateFileOperationParam = ApplyPatchCreateFileOperationParam;
/// Instruction for deleting an existing file via the apply_patch tool.
pub type BetaApplyPatchDeleteFileOperationParam = ApplyPatchDeleteFileOperationParam;
/// Instruction for updating an existing file via the apply_patch tool.
pub type BetaApplyPatchUpdateFileOperationParam = ApplyPatchUpdateFileOperationParam;
/// Outcome values reported for apply_patch tool call outputs.
pub type BetaApplyPatchCallOutputStatusParam = ApplyPatchCallOutputStatusParam;
/// A tool available on an MCP server.
pub type BetaMcpListToolsTool = McpListToolsTool;
pub type BetaMcpToolCallError = McpToolCallError;
pub type BetaMcpProtocolError = McpProtocolError;
pub type BetaMcpToolExecutionError = McpToolExecutionError;
pub type BetaHttpError = HttpError;
pub type BetaMcpToolCallStatus = McpToolCallStatus;
pub type BetaFunctionAndCustomToolCallOutput = InputContent;
pub type BetaProgramOutputItemStatus = ProgramOutputStatus;
/// Default response format. Used to generate text responses.
pub type BetaResponseFormatText = ResponseFormatText;
/// JSON object response format. An older method of generating JSON responses.
/// Using `json_schema` is recommended for models that support it. Note that the
/// model will not generate JSON without a system or user message instructing it
/// to do so.
pub type BetaResponseFormatJsonObject = ResponseFormatJsonObject;
/// Constrains the verbosity of the model's response. Lower values will result in
/// more concise responses, while higher values will result in more verbose responses.
/// Currently supported values are `low`, `medium`, and `high`. The default is
/// `medium`.
pub type BetaVerbosity = Verbosity;
/// **gpt-5 and o-series models only**
///
/// Configuration options for
/// [reasoning models](https://platform.openai.com/docs/guides/reasoning).
pub type BetaReasoning = Reasoning;
pub type BetaReasoningModeEnum = ReasoningModeEnum;
/// Constrains effort on reasoning for reasoning models. Currently supported
/// values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`.
/// Reducing reasoning effort can result in faster responses and fewer tokens
/// used on reasoning in a response. Not all reasoning models support every
/// value. See the
/// [reasoning guide](https://platform.openai.com/docs/guides/reasoning)
/// for model-specific support.
pub type BetaReasoningEffort = ReasoningEffort;
pub type BetaTruncationEnum = TruncationEnum;
pub type BetaPersonalityEnum = PersonalityEnum;
/// The conversation that this response belongs to. Items from this conversation are prepended to `input_items` for this response request.
/// Input items and output items from this response are automatically added to this conversation after this response completes.
pub type BetaConversationParam = ConversationParam;
/// The conversation that this response belongs to.
pub type BetaConversationParam2 = ConversationParam2;
/// How the model should select which tool (or tools) to use when generating
/// a response. See the `tools` parameter to see how to specify which tools
/// the model can call.
pub type BetaToolChoiceParam = ToolChoiceParam;
/// Controls which (if any) tool is called by the model.
///
/// `none` means the model will not call any tool and instead generates a message.
///
/// `auto` means the model can pick between generating a message or calling one or
/// more tools.
///
/// `required` means the model must call one or more tools.
pub type BetaToolChoiceOptions = ToolChoiceOptions;
/// Constrains the tools available to the model to a pre-defined set.
pub type BetaToolChoiceAllowed = ToolChoiceAllowed;
/// Indicates that the model should use a built-in tool to generate a response.
/// [Learn more about built-in tools](https://platform.openai.com/docs/guides/tools).
pub type BetaToolChoiceTypes = ToolChoiceTypes;
/// Use this option to force the model to call a specific function.
pub type BetaToolChoiceFunction = ToolChoiceFunction;
/// Use this option to force the model to call a specific tool on a remote MCP server.
pub type BetaToolChoiceMcp = ToolChoiceMcp;
/// Use this option to force the model to call a specific custom tool.
pub type BetaToolChoiceCustom = ToolChoiceCustom;
pub type BetaSpecificProgrammaticToolCallingParam = SpecificProgrammaticToolCallingParam;
/// Forces the model to call the apply_patch tool when executing a tool call.
pub type BetaSpecificApplyPatchParam = SpecificApplyPatchParam;
/// Forces the model to call the shell tool when a tool call is required.
pub type BetaSpecificFunctionShellParam = SpecificFunctionShellParam;
/// Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](https://platform.openai.com/docs/models) to browse and compare available models.
pub type BetaModelIdsCompaction = ModelIdsCompaction;
pub type BetaPromptCacheRetentionEnum = PromptCacheRetentionEnum;
/// Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt caching guide](https://platform.openai.com/docs/guides/prompt-caching) for current details.
pub type BetaPromptCacheOptionsParam = PromptCacheOptionsParam;
pub type BetaPromptCacheTtlEnum = PromptCacheTtlEnum;
pub type BetaPromptCacheModeEnum = PromptCacheModeEnum;
pub type BetaServiceTierEnum = ServiceTierEnum;
pub type BetaModelIdsResponses = ModelIds;
pub type BetaModelIdsShared = ModelIdsShared;
pub type BetaError = ErrorType;
pub type BetaComputerCallOutputStatus = ComputerCallOutputStatus;
pub type BetaFunctionCallStatus = MessageStatus;
pub type BetaFunctionCallOutputStatusEnum = MessageStatus;
/// A text content.
pub type BetaTextContent = TextContent;
/// A screenshot of a computer.
pub type BetaComputerScreenshotContent = ComputerScreenshotContent;
pub type BetaMessageRole = MessageRole;
pub type BetaProgramOutputStatus = ProgramOutputStatus;
/// Execute a shell command.
pub type BetaFunctionShellAction = FunctionShellAction;
pub type BetaFunctionShellCallStatus = MessageStatus;
/// Represents the use of a local environment to perform shell actions.
pub type BetaLocalEnvironmentResource = LocalEnvironmentResource;
/// Represents a container created with /v1/containers.
pub type BetaContainerReferenceResource = ContainerReferenceResource;
pub type BetaFunctionShellCallOutputStatusEnum = MessageStatus;
/// The content of a shell tool call output that was emitted.
pub type BetaFunctionShellCallOutputContent = FunctionShellCallOutputContent;
/// Indicates that the shell call exceeded its configured time limit.
pub type BetaFunctionShellCallOutputTimeoutOutcome = FunctionShellCallOutputTimeoutOutcome;
/// Indicates that the shell commands finished and returned an exit code.
pub type BetaFunctionShellCallOutputExitOutcome = FunctionShellCallOutputExitOutcome;
pub type BetaApplyPatchCallStatus = ApplyPatchCallStatus;
/// Instruction describing how to create a file via the apply_patch tool.
pub type BetaApplyPatchCreateFileOperation = ApplyPatchCreateFileOperation;
/// Instruction describing how to delete a file via the apply_patch tool.
pub type BetaApplyPatchDeleteFileOperation = ApplyPatchDeleteFileOperation;
/// Instruction describing how to update a file via the apply_patch tool.
pub type BetaApplyPatchUpdateFileOperation = ApplyPatchUpdateFileOperation;
pub type BetaApplyPatchCallOutputStatus = ApplyPatchCallOutputStatus;
/// The output of a computer tool call.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(call_id, output))]
pub struct BetaComputerToolCallOutput {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the computer tool call output. Always `computer_call_output`.
    #[api(rename = "type", constant)]
    pub type_: ComputerCallOutputLiteral,
    /// The ID of the computer tool call output.
    pub id: Option<String>,
    /// The ID of the computer tool call that produced the output.
    #[api(default)]
    pub call_id: String,
    /// The safety checks reported by the API that have been acknowledged by the
    /// developer.
    pub acknowledged_safety_checks: Option<Vec<ComputerCallSafetyCheckParam>>,
    /// A computer screenshot image used with the computer use tool.
    #[api(default)]
    pub output: ComputerScreenshotImage,
    /// The status of the message input. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when input items are returned via API.
    pub status: Option<ComputerToolCallStatus>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
pub type BetaMessageStatus = MessageStatus;
pub type BetaMessagePhase2 = MessagePhase2;
/// Represents token usage details including input tokens, output tokens,
/// a breakdown of output tokens, and the total tokens used.
pub type BetaResponseUsage = ResponseUsage;
/// Specifies the processing type used for serving the request.
/// - If set to 'auto', then the request will be processed with the service tier configured in the Project settings. Unless otherwise configured, the Project will use 'default'.
/// - If set to 'default', then the request will be processed with the standard pricing and performance for the selected model.
/// - If set to '[flex](https://platform.openai.com/docs/guides/flex-processing)', then the request will be processed with the Flex Processing service tier.
/// - To opt-in to [Fast mode](https://platform.openai.com/api/docs/guides/fast-mode) at the request level, include the `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your request.
/// - If set to 'ultrafast', then the request will be processed with the access-controlled Ultrafast Processing service tier. This tier is currently available for `gpt-5.6-sol`; a response served through it will show `service_tier=ultrafast`.
/// - When not set, the default behavior is 'auto'.
///
/// When the `service_tier` parameter is set, the response body will include the `service_tier` value based on the processing mode actually used to serve the request. This response value may be different from the value set in the parameter.
pub type BetaServiceTierResponses = ServiceTierResponses;
/// An error object returned when the model fails to generate a Response.
pub type BetaResponseError = ResponseError;
/// The error code for the response.
pub type BetaResponseErrorCode = ResponseErrorCode;
/// The prompt-caching options that were applied to the response. Supported for `gpt-5.6` and later models.
pub type BetaPromptCacheOptions = PromptCacheOptions;
/// Moderation results or errors for the response input and output.
pub type BetaModeration = Moderation;
/// A moderation result produced for the response input or output.
pub type BetaModerationResultBody = ModerationResultBody;
pub type BetaModerationInputType = SearchContentType;
/// An error produced while attempting moderation for the response input or output.
pub type BetaModerationErrorBody = ModerationErrorBody;
/// The conversation that this response belonged to. Input items and output items from this response were automatically added to this conversation.
pub type BetaResponseConversation = ResponseConversation;
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct BetaResponseProperties {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct BetaModelResponseProperties {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// A logprob is the logarithmic probability that the model assigns to producing
/// a particular token at a given position in the sequence. Less-negative (higher)
/// logprob values indicate greater model confidence in that token choice.
pub type BetaResponseLogProb = ResponseLogProb;
/// A delta of stdout/stderr emitted while a shell call was running.
pub type BetaShellCallOutputDelta = ShellCallOutputDelta;
pub type BetaOutputContent = OutputContent;
/// An audio output from the model.
pub type BetaOutputAudio = OutputAudio;
/// An audio input to the model.
pub type BetaInputAudio = InputAudio;
/// Multi-modal input and output contents.
pub type BetaContent = Content;
/// Specify additional output data to include in the model response. Currently supported values are:
/// - `web_search_call.results`: Include the search results of the web search tool call.
/// - `web_search_call.action.sources`: Include the sources of the web search tool call.
/// - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter tool call items.
/// - `computer_call_output.output.image_url`: Include image urls from the computer call output.
/// - `file_search_call.results`: Include the search results of the file search tool call.
/// - `message.input_image.image_url`: Include image urls from the input message.
/// - `message.output_text.logprobs`: Include logprobs with assistant messages.
/// - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses API statelessly (like when the `store` parameter is set to `false`, or when an organization is enrolled in the zero data retention program).
pub type BetaIncludeEnum = IncludeEnum;
/// Server events emitted by the Responses WebSocket server.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum BetaResponsesServerEvent {
    /// `response.audio.delta`
    #[api(tag = "response.audio.delta")]
    ResponseAudioDelta(BetaResponsesServerEventBetaResponseAudioWsDelta),
    /// `response.audio.done`
    #[api(tag = "response.audio.done")]
    ResponseAudioDone(BetaResponsesServerEventBetaResponseAudioWsDone),
    /// `response.audio.transcript.delta`
    #[api(tag = "response.audio.transcript.delta")]
    ResponseAudioTranscriptDelta(
        BetaResponsesServerEventBetaResponseAudioTranscriptWsDelta,
    ),
    /// `response.audio.transcript.done`
    #[api(tag = "response.audio.transcript.done")]
    ResponseAudioTranscriptDone(
        BetaResponsesServerEventBetaResponseAudioTranscriptWsDone,
    ),
    /// `response.code_interpreter_call_code.delta`
    #[api(tag = "response.code_interpreter_call_code.delta")]
    ResponseCodeInterpreterCallCodeDelta(
        BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDelta,
    ),
    /// `response.code_interpreter_call_code.done`
    #[api(tag = "response.code_interpreter_call_code.done")]
    ResponseCodeInterpreterCallCodeDone(
        BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDone,
    ),
    /// `response.code_interpreter_call.completed`
    #[api(tag = "response.code_interpreter_call.completed")]
    ResponseCodeInterpreterCallCompleted(
        BetaResponsesServerEventBetaResponseCodeInterpreterCallWsCompleted,
    ),
    /// `response.code_interpreter_call.in_progress`
    #[api(tag = "response.code_interpreter_call.in_progress")]
    ResponseCodeInterpreterCallInProgress(
        BetaResponsesServerEventBetaResponseCodeInterpreterCallInWsProgress,
    ),
    /// `response.code_interpreter_call.interpreting`
    #[api(tag = "response.code_interpreter_call.interpreting")]
    ResponseCodeInterpreterCallInterpreting(
        BetaResponsesServerEventBetaResponseCodeInterpreterCallWsInterpreting,
    ),
    /// `response.completed`
    #[api(tag = "response.completed")]
    ResponseCompleted(BetaResponsesServerEventBetaResponseWsCompleted),
    /// `response.content_part.added`
    #[api(tag = "response.content_part.added")]
    ResponseContentPartAdded(BetaResponsesServerEventBetaResponseContentPartWsAdded),
    /// `response.content_part.done`
    #[api(tag = "response.content_part.done")]
    ResponseContentPartDone(BetaResponsesServerEventBetaResponseContentPartWsDone),
    /// `response.created`
    #[api(tag = "response.created")]
    ResponseCreated(BetaResponsesServerEventBetaResponseWsCreated),
    /// `response.file_search_call.completed`
    #[api(tag = "response.file_search_call.completed")]
    ResponseFileSearchCallCompleted(
        BetaResponsesServerEventBetaResponseFileSearchCallWsCompleted,
    ),
    /// `response.file_search_call.in_progress`
    #[api(tag = "response.file_search_call.in_progress")]
    ResponseFileSearchCallInProgress(
        BetaResponsesServerEventBetaResponseFileSearchCallInWsProgress,
    ),
    /// `response.file_search_call.searching`
    #[api(tag = "response.file_search_call.searching")]
    ResponseFileSearchCallSearching(
        BetaResponsesServerEventBetaResponseFileSearchCallWsSearching,
    ),
    /// `response.function_call_arguments.delta`
    #[api(tag = "response.function_call_arguments.delta")]
    ResponseFunctionCallArgumentsDelta(
        BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDelta,
    ),
    /// `response.function_call_arguments.done`
    #[api(tag = "response.function_call_arguments.done")]
    ResponseFunctionCallArgumentsDone(
        BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDone,
    ),
    /// `response.shell_call_command.added`
    #[api(tag = "response.shell_call_command.added")]
    ResponseShellCallCommandAdded(
        BetaResponsesServerEventBetaResponseShellCallCommandWsAdded,
    ),
    /// `response.shell_call_command.delta`
    #[api(tag = "response.shell_call_command.delta")]
    ResponseShellCallCommandDelta(
        BetaResponsesServerEventBetaResponseShellCallCommandWsDelta,
    ),
    /// `response.shell_call_command.done`
    #[api(tag = "response.shell_call_command.done")]
    ResponseShellCallCommandDone(
        BetaResponsesServerEventBetaResponseShellCallCommandWsDone,
    ),
    /// `response.shell_call_output_content.delta`
    #[api(tag = "response.shell_call_output_content.delta")]
    ResponseShellCallOutputContentDelta(
        BetaResponsesServerEventBetaResponseShellCallOutputContentWsDelta,
    ),
    /// `response.shell_call_output_content.done`
    #[api(tag = "response.shell_call_output_content.done")]
    ResponseShellCallOutputContentDone(
        BetaResponsesServerEventBetaResponseShellCallOutputContentWsDone,
    ),
    /// `response.in_progress`
    #[api(tag = "response.in_progress")]
    ResponseInProgress(BetaResponsesServerEventBetaResponseInWsProgress),
    /// `response.failed`
    #[api(tag = "response.failed")]
    ResponseFailed(BetaResponsesServerEventBetaResponseWsFailed),
    /// `response.incomplete`
    #[api(tag = "response.incomplete")]
    ResponseIncomplete(BetaResponsesServerEventBetaResponseWsIncomplete),
    /// `response.output_item.added`
    #[api(tag = "response.output_item.added")]
    ResponseOutputItemAdded(BetaResponsesServerEventBetaResponseOutputItemWsAdded),
    /// `response.output_item.done`
    #[api(tag = "response.output_item.done")]
    ResponseOutputItemDone(BetaResponsesServerEventBetaResponseOutputItemWsDone),
    /// `response.reasoning_summary_part.added`
    #[api(tag = "response.reasoning_summary_part.added")]
    ResponseReasoningSummaryPartAdded(
        BetaResponsesServerEventBetaResponseReasoningSummaryPartWsAdded,
    ),
    /// `response.reasoning_summary_part.done`
    #[api(tag = "response.reasoning_summary_part.done")]
    ResponseReasoningSummaryPartDone(
        BetaResponsesServerEventBetaResponseReasoningSummaryPartWsDone,
    ),
    /// `response.reasoning_summary_text.delta`
    #[api(tag = "response.reasoning_summary_text.delta")]
    ResponseReasoningSummaryTextDelta(
        BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDelta,
    ),
    /// `response.reasoning_summary_text.done`
    #[api(tag = "response.reasoning_summary_text.done")]
    ResponseReasoningSummaryTextDone(
        BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDone,
    ),
    /// `response.reasoning_text.delta`
    #[api(tag = "response.reasoning_text.delta")]
    ResponseReasoningTextDelta(BetaResponsesServerEventBetaResponseReasoningTextWsDelta),
    /// `response.reasoning_text.done`
    #[api(tag = "response.reasoning_text.done")]
    ResponseReasoningTextDone(BetaResponsesServerEventBetaResponseReasoningTextWsDone),
    /// `response.refusal.delta`
    #[api(tag = "response.refusal.delta")]
    ResponseRefusalDelta(BetaResponsesServerEventBetaResponseRefusalWsDelta),
    /// `response.refusal.done`
    #[api(tag = "response.refusal.done")]
    ResponseRefusalDone(BetaResponsesServerEventBetaResponseRefusalWsDone),
    /// `response.output_text.delta`
    #[api(tag = "response.output_text.delta")]
    ResponseOutputTextDelta(BetaResponsesServerEventBetaResponseTextWsDelta),
    /// `response.output_text.done`
    #[api(tag = "response.output_text.done")]
    ResponseOutputTextDone(BetaResponsesServerEventBetaResponseTextWsDone),
    /// `response.web_search_call.completed`
    #[api(tag = "response.web_search_call.completed")]
    ResponseWebSearchCallCompleted(
        BetaResponsesServerEventBetaResponseWebSearchCallWsCompleted,
    ),
    /// `response.web_search_call.in_progress`
    #[api(tag = "response.web_search_call.in_progress")]
    ResponseWebSearchCallInProgress(
        BetaResponsesServerEventBetaResponseWebSearchCallInWsProgress,
    ),
    /// `response.web_search_call.searching`
    #[api(tag = "response.web_search_call.searching")]
    ResponseWebSearchCallSearching(
        BetaResponsesServerEventBetaResponseWebSearchCallWsSearching,
    ),
    /// `response.image_generation_call.completed`
    #[api(tag = "response.image_generation_call.completed")]
    ResponseImageGenerationCallCompleted(
        BetaResponsesServerEventBetaResponseImageGenCallWsCompleted,
    ),
    /// `response.image_generation_call.generating`
    #[api(tag = "response.image_generation_call.generating")]
    ResponseImageGenerationCallGenerating(
        BetaResponsesServerEventBetaResponseImageGenCallWsGenerating,
    ),
    /// `response.image_generation_call.in_progress`
    #[api(tag = "response.image_generation_call.in_progress")]
    ResponseImageGenerationCallInProgress(
        BetaResponsesServerEventBetaResponseImageGenCallInWsProgress,
    ),
    /// `response.image_generation_call.partial_image`
    #[api(tag = "response.image_generation_call.partial_image")]
    ResponseImageGenerationCallPartialImage(
        BetaResponsesServerEventBetaResponseImageGenCallPartialWsImage,
    ),
    /// `response.mcp_call_arguments.delta`
    #[api(tag = "response.mcp_call_arguments.delta")]
    ResponseMcpCallArgumentsDelta(
        BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDelta,
    ),
    /// `response.mcp_call_arguments.done`
    #[api(tag = "response.mcp_call_arguments.done")]
    ResponseMcpCallArgumentsDone(
        BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDone,
    ),
    /// `response.mcp_call.completed`
    #[api(tag = "response.mcp_call.completed")]
    ResponseMcpCallCompleted(BetaResponsesServerEventBetaResponseMcpCallWsCompleted),
    /// `response.mcp_call.failed`
    #[api(tag = "response.mcp_call.failed")]
    ResponseMcpCallFailed(BetaResponsesServerEventBetaResponseMcpCallWsFailed),
    /// `response.mcp_call.in_progress`
    #[api(tag = "response.mcp_call.in_progress")]
    ResponseMcpCallInProgress(BetaResponsesServerEventBetaResponseMcpCallInWsProgress),
    /// `response.mcp_list_tools.completed`
    #[api(tag = "response.mcp_list_tools.completed")]
    ResponseMcpListToolsCompleted(
        BetaResponsesServerEventBetaResponseMcpListToolsWsCompleted,
    ),
    /// `response.mcp_list_tools.failed`
    #[api(tag = "response.mcp_list_tools.failed")]
    ResponseMcpListToolsFailed(BetaResponsesServerEventBetaResponseMcpListToolsWsFailed),
    /// `response.mcp_list_tools.in_progress`
    #[api(tag = "response.mcp_list_tools.in_progress")]
    ResponseMcpListToolsInProgress(
        BetaResponsesServerEventBetaResponseMcpListToolsInWsProgress,
    ),
    /// `response.output_text.annotation.added`
    #[api(tag = "response.output_text.annotation.added")]
    ResponseOutputTextAnnotationAdded(
        BetaResponsesServerEventBetaResponseOutputTextAnnotationWsAdded,
    ),
    /// `response.queued`
    #[api(tag = "response.queued")]
    ResponseQueued(BetaResponsesServerEventBetaResponseWsQueued),
    /// `response.custom_tool_call_input.delta`
    #[api(tag = "response.custom_tool_call_input.delta")]
    ResponseCustomToolCallInputDelta(
        BetaResponsesServerEventBetaResponseCustomToolCallInputWsDelta,
    ),
    /// `response.custom_tool_call_input.done`
    #[api(tag = "response.custom_tool_call_input.done")]
    ResponseCustomToolCallInputDone(
        BetaResponsesServerEventBetaResponseCustomToolCallInputWsDone,
    ),
    /// `error`
    #[api(tag = "error")]
    ErrorType(BetaResponseWsError),
    /// `response.inject.created`
    #[api(tag = "response.inject.created")]
    ResponseInjectCreated(BetaResponseInjectCreatedEvent),
    /// `response.inject.failed`
    #[api(tag = "response.inject.failed")]
    ResponseInjectFailed(BetaResponseInjectFailedEvent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// Emitted when there is a partial audio response.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sequence_number, delta))]
pub struct BetaResponsesServerEventBetaResponseAudioWsDelta {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseAudioWsDone {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseAudioTranscriptWsDelta {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseAudioTranscriptWsDone {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDelta {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDone {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseCodeInterpreterCallWsCompleted {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseCodeInterpreterCallInWsProgress {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseCodeInterpreterCallWsInterpreting {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseWsCompleted {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.completed`.
    #[api(rename = "type", constant)]
    pub type_: ResponseCompletedLiteral,
    /// Properties of the completed response.
    pub response: BetaResponse,
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
pub struct BetaResponsesServerEventBetaResponseContentPartWsAdded {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseContentPartWsDone {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseWsCreated {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.created`.
    #[api(rename = "type", constant)]
    pub type_: ResponseCreatedLiteral,
    /// The response that was created.
    pub response: BetaResponse,
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
pub struct BetaResponsesServerEventBetaResponseFileSearchCallWsCompleted {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseFileSearchCallInWsProgress {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseFileSearchCallWsSearching {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDelta {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDone {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseShellCallCommandWsAdded {
    /// The type of the event, always `response.shell_call_command.added`.
    #[api(rename = "type", constant)]
    pub type_: ResponseShellCallCommandAddedLiteral,
    /// The sequence number of the event that was emitted.
    #[api(default)]
    pub sequence_number: i64,
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseShellCallCommandWsDelta {
    /// The type of the event, always `response.shell_call_command.delta`.
    #[api(rename = "type", constant)]
    pub type_: ResponseShellCallCommandDeltaLiteral,
    /// The sequence number of the event that was emitted.
    #[api(default)]
    pub sequence_number: i64,
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseShellCallCommandWsDone {
    /// The type of the event, always `response.shell_call_command.done`.
    #[api(rename = "type", constant)]
    pub type_: ResponseShellCallCommandDoneLiteral,
    /// The sequence number of the event that was emitted.
    #[api(default)]
    pub sequence_number: i64,
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseShellCallOutputContentWsDelta {
    /// The type of the event, always `response.shell_call_output_content.delta`.
    #[api(rename = "type", constant)]
    pub type_: ResponseShellCallOutputContentDeltaLiteral,
    /// The sequence number of the event that was emitted.
    #[api(default)]
    pub sequence_number: i64,
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseShellCallOutputContentWsDone {
    /// The type of the event, always `response.shell_call_output_content.done`.
    #[api(rename = "type", constant)]
    pub type_: ResponseShellCallOutputContentDoneLiteral,
    /// The sequence number of the event that was emitted.
    #[api(default)]
    pub sequence_number: i64,
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseInWsProgress {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.in_progress`.
    #[api(rename = "type", constant)]
    pub type_: ResponseInProgressLiteral,
    /// The response that is in progress.
    pub response: BetaResponse,
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
pub struct BetaResponsesServerEventBetaResponseWsFailed {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.failed`.
    #[api(rename = "type", constant)]
    pub type_: ResponseFailedLiteral,
    /// The sequence number of this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The response that failed.
    pub response: BetaResponse,
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
pub struct BetaResponsesServerEventBetaResponseWsIncomplete {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.incomplete`.
    #[api(rename = "type", constant)]
    pub type_: ResponseIncompleteLiteral,
    /// The response that was incomplete.
    pub response: BetaResponse,
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
pub struct BetaResponsesServerEventBetaResponseOutputItemWsAdded {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
    pub item: BetaOutputItem,
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
pub struct BetaResponsesServerEventBetaResponseOutputItemWsDone {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
    pub item: BetaOutputItem,
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
pub struct BetaResponsesServerEventBetaResponseReasoningSummaryPartWsAdded {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseReasoningSummaryPartWsDone {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDelta {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDone {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseReasoningTextWsDelta {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseReasoningTextWsDone {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseRefusalWsDelta {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseRefusalWsDone {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseTextWsDelta {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseTextWsDone {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseWebSearchCallWsCompleted {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseWebSearchCallInWsProgress {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseWebSearchCallWsSearching {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseImageGenCallWsCompleted {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseImageGenCallWsGenerating {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseImageGenCallInWsProgress {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseImageGenCallPartialWsImage {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDelta {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDone {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseMcpCallWsCompleted {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseMcpCallWsFailed {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseMcpCallInWsProgress {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseMcpListToolsWsCompleted {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseMcpListToolsWsFailed {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseMcpListToolsInWsProgress {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseOutputTextAnnotationWsAdded {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseWsQueued {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always 'response.queued'.
    #[api(rename = "type", constant)]
    pub type_: ResponseQueuedLiteral,
    /// The full response object that is queued.
    pub response: BetaResponse,
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
pub struct BetaResponsesServerEventBetaResponseCustomToolCallInputWsDelta {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
pub struct BetaResponsesServerEventBetaResponseCustomToolCallInputWsDone {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
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
/// Emitted when an error occurs while processing a Responses WebSocket request.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(error))]
pub struct BetaResponseWsError {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `error`.
    #[api(rename = "type", constant)]
    pub type_: ErrorTypeLiteral,
    /// The HTTP status code associated with a WebSocket protocol error.
    pub status: Option<i64>,
    /// The sequence number of an error emitted by the response stream.
    pub sequence_number: Option<i64>,
    /// Details about the error.
    #[api(default)]
    pub error: ErrorPayload,
    /// The WebSocket lane that emitted this event. This field is present when the
    /// originating `response.create` event supplied a `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// An error payload that was emitted for a streaming error event.
pub type BetaErrorPayload = ErrorPayload;
/// Emitted when all injected input items were validated and committed to the
/// active response.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(response_id, sequence_number))]
pub struct BetaResponseInjectCreatedEvent {
    /// The event discriminator. Always `response.inject.created`.
    #[api(rename = "type", constant)]
    pub type_: ResponseInjectCreatedLiteral,
    /// The ID of the response that accepted the input.
    #[api(default)]
    pub response_id: String,
    /// The sequence number for this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The multiplexed WebSocket stream that emitted the event. This field is
    /// present only when WebSocket multiplexing is enabled separately.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when injected input could not be committed to a response. The event
/// returns the uncommitted raw input so the client can retry it in another
/// response when appropriate.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(response_id, input, error, sequence_number))]
pub struct BetaResponseInjectFailedEvent {
    /// The event discriminator. Always `response.inject.failed`.
    #[api(rename = "type", constant)]
    pub type_: ResponseInjectFailedLiteral,
    /// The ID of the response that rejected the input.
    #[api(default)]
    pub response_id: String,
    /// The raw input items that were not committed.
    #[api(default)]
    pub input: Vec<BetaInputItem>,
    /// Information about why the input was not committed.
    #[api(default)]
    pub error: BetaResponseInjectFailedEventError,
    /// The sequence number for this event.
    #[api(default)]
    pub sequence_number: i64,
    /// The multiplexed WebSocket stream that emitted the event. This field is
    /// present only when WebSocket multiplexing is enabled separately.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Information about why the input was not committed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(code, message))]
pub struct BetaResponseInjectFailedEventError {
    /// A machine-readable error code.
    #[api(default)]
    pub code: BetaResponseInjectFailedEventErrorCode,
    /// A human-readable description of the error.
    #[api(default)]
    pub message: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// A machine-readable error code.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum BetaResponseInjectFailedEventErrorCode {
    /// `response_already_completed`
    ResponseAlreadyCompleted,
    /// `response_not_found`
    ResponseNotFound,
    /// A value this version of the SDK does not know.
    Other(String),
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
pub struct BetaResponsesWebSocketStreamEvent {
    /// The value this type extends; its fields are serialized inline.
    #[serde(flatten)]
    pub base: BetaResponsesWebSocketStreamEventBase,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum BetaResponsesWebSocketStreamEventBase {
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
/// Client events accepted by the Responses WebSocket server.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum BetaResponsesClientEvent {
    /// `response.create`
    #[api(tag = "response.create")]
    ResponseCreate(Box<BetaResponsesClientEventResponseCreate>),
    /// `response.inject`
    #[api(tag = "response.inject")]
    ResponseInject(BetaResponseInjectEvent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
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
pub struct BetaResponsesClientEventResponseCreate {
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
/// Configuration for running moderation on the input and output of this response.
pub type BetaModerationParam = ModerationParam;
/// The policy to apply to moderated response input and output.
pub type BetaModerationPolicyParam = ModerationPolicyParam;
/// The moderation policy for the response input.
pub type BetaModerationConfigParam = ModerationConfigParam;
pub type BetaModerationMode = ModerationMode;
/// Options for streaming responses. Only set this when you set `stream: true`.
pub type BetaResponseStreamOptions = ResponseStreamOptions;
pub type BetaContextManagementParam = ContextManagementParam;
/// Injects input items into an active response over a WebSocket connection.
/// The items are validated and committed atomically. Currently, the server
/// accepts client-owned tool outputs that resume a waiting agent.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(response_id, input))]
pub struct BetaResponseInjectEvent {
    /// The event discriminator. Always `response.inject`.
    #[api(rename = "type", constant)]
    pub type_: ResponseInjectLiteral,
    /// The ID of the active response that should receive the input.
    #[api(default)]
    pub response_id: String,
    /// Input items to inject into the active response.
    ///
    /// At most `16384` items.
    #[api(default)]
    pub input: Vec<BetaInputItem>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct BetaCreateModelResponseProperties {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
