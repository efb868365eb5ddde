//! Free-standing schemas (feature `extra-types`).
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
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
/// Opaque encrypted content that Responses API decrypts inside trusted model execution.
pub type BetaEncryptedContentParam = BetaEncryptedContent;
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaComputerToolCallOutput {
    /// The agent that produced this item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
    /// The type of the computer tool call output. Always `computer_call_output`.
    #[serde(rename = "type")]
    pub type_: ComputerCallOutputLiteral,
    /// The ID of the computer tool call output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The ID of the computer tool call that produced the output.
    pub call_id: String,
    /// The safety checks reported by the API that have been acknowledged by the
    /// developer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acknowledged_safety_checks: Option<Vec<ComputerCallSafetyCheckParam>>,
    pub output: ComputerScreenshotImage,
    /// The status of the message input. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when input items are returned via API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ComputerToolCallStatus>,
}
impl sdk_runtime_types::de::Object for BetaComputerToolCallOutput {
    const NAME: &'static str = "BetaComputerToolCallOutput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ComputerCallOutputLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut acknowledged_safety_checks: Option<Vec<ComputerCallSafetyCheckParam>> = None;
        let mut output: Option<ComputerScreenshotImage> = None;
        let mut status: Option<ComputerToolCallStatus> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "id" => 2,
                    "call_id" => 3,
                    "acknowledged_safety_checks" => 4,
                    "output" => 5,
                    "status" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                3 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                4 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut acknowledged_safety_checks,
                    )
                }
                5 => sdk_runtime_types::de::value(&mut map, &mut output),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id,
            call_id: call_id.unwrap_or_default(),
            acknowledged_safety_checks,
            output: output.unwrap_or_default(),
            status,
        })
    }
}
impl<'de> Deserialize<'de> for BetaComputerToolCallOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaComputerToolCallOutput {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        call_id: impl Into<String>,
        output: impl Into<ComputerScreenshotImage>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            id: None,
            call_id: call_id.into(),
            acknowledged_safety_checks: None,
            output: output.into(),
            status: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `acknowledged_safety_checks`.
    pub fn acknowledged_safety_checks(
        mut self,
        value: impl Into<Vec<ComputerCallSafetyCheckParam>>,
    ) -> Self {
        self.acknowledged_safety_checks = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<ComputerToolCallStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponseProperties {
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
    pub text: Option<Box<BetaResponseTextParam>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<BetaToolsArray>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_choice: Option<ToolChoiceParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt: Option<BetaPrompt>,
}
impl sdk_runtime_types::de::Object for BetaResponseProperties {
    const NAME: &'static str = "BetaResponseProperties";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut previous_response_id: Option<String> = None;
        let mut model: Option<ModelIds> = None;
        let mut background: Option<bool> = None;
        let mut max_tool_calls: Option<i64> = None;
        let mut text: Option<Box<BetaResponseTextParam>> = None;
        let mut tools: Option<BetaToolsArray> = None;
        let mut tool_choice: Option<ToolChoiceParam> = None;
        let mut prompt: Option<BetaPrompt> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "previous_response_id" => 0,
                    "model" => 1,
                    "background" => 2,
                    "max_tool_calls" => 3,
                    "text" => 4,
                    "tools" => 5,
                    "tool_choice" => 6,
                    "prompt" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut previous_response_id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut background),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut max_tool_calls),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut text),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut tools),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut tool_choice),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut prompt),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            previous_response_id,
            model,
            background,
            max_tool_calls,
            text,
            tools,
            tool_choice,
            prompt,
        })
    }
}
impl<'de> Deserialize<'de> for BetaResponseProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponseProperties {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            previous_response_id: None,
            model: None,
            background: None,
            max_tool_calls: None,
            text: None,
            tools: None,
            tool_choice: None,
            prompt: None,
        }
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
    pub fn text(mut self, value: impl Into<BetaResponseTextParam>) -> Self {
        self.text = Some(Box::new(value.into()));
        self
    }
    /// Sets `tools`.
    pub fn tools(mut self, value: impl Into<BetaToolsArray>) -> Self {
        self.tools = Some(value.into());
        self
    }
    /// Sets `tool_choice`.
    pub fn tool_choice(mut self, value: impl Into<ToolChoiceParam>) -> Self {
        self.tool_choice = Some(value.into());
        self
    }
    /// Sets `prompt`.
    pub fn prompt(mut self, value: impl Into<BetaPrompt>) -> Self {
        self.prompt = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaModelResponseProperties {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BetaMetadata>,
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
}
impl sdk_runtime_types::de::Object for BetaModelResponseProperties {
    const NAME: &'static str = "BetaModelResponseProperties";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut metadata: Option<BetaMetadata> = None;
        let mut top_logprobs: Option<i64> = None;
        let mut temperature: Option<f64> = None;
        let mut top_p: Option<f64> = None;
        let mut user: Option<String> = None;
        let mut safety_identifier: Option<String> = None;
        let mut prompt_cache_key: Option<String> = None;
        let mut prompt_cache_retention: Option<
            CreateChatCompletionRequestPromptCacheRetention,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "metadata" => 0,
                    "top_logprobs" => 1,
                    "temperature" => 2,
                    "top_p" => 3,
                    "user" => 4,
                    "safety_identifier" => 5,
                    "prompt_cache_key" => 6,
                    "prompt_cache_retention" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut top_logprobs),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut temperature),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut top_p),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut user),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut safety_identifier),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut prompt_cache_key),
                7 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut prompt_cache_retention,
                    )
                }
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            metadata,
            top_logprobs,
            temperature,
            top_p,
            user,
            safety_identifier,
            prompt_cache_key,
            prompt_cache_retention,
        })
    }
}
impl<'de> Deserialize<'de> for BetaModelResponseProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaModelResponseProperties {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            metadata: None,
            top_logprobs: None,
            temperature: None,
            top_p: None,
            user: None,
            safety_identifier: None,
            prompt_cache_key: None,
            prompt_cache_retention: None,
        }
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<BetaMetadata>) -> Self {
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
#[derive(Debug, Clone, PartialEq)]
pub enum BetaResponsesServerEvent {
    /// `response.audio.delta`
    ResponseAudioDelta(BetaResponsesServerEventBetaResponseAudioWsDelta),
    /// `response.audio.done`
    ResponseAudioDone(BetaResponsesServerEventBetaResponseAudioWsDone),
    /// `response.audio.transcript.delta`
    ResponseAudioTranscriptDelta(
        BetaResponsesServerEventBetaResponseAudioTranscriptWsDelta,
    ),
    /// `response.audio.transcript.done`
    ResponseAudioTranscriptDone(
        BetaResponsesServerEventBetaResponseAudioTranscriptWsDone,
    ),
    /// `response.code_interpreter_call_code.delta`
    ResponseCodeInterpreterCallCodeDelta(
        BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDelta,
    ),
    /// `response.code_interpreter_call_code.done`
    ResponseCodeInterpreterCallCodeDone(
        BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDone,
    ),
    /// `response.code_interpreter_call.completed`
    ResponseCodeInterpreterCallCompleted(
        BetaResponsesServerEventBetaResponseCodeInterpreterCallWsCompleted,
    ),
    /// `response.code_interpreter_call.in_progress`
    ResponseCodeInterpreterCallInProgress(
        BetaResponsesServerEventBetaResponseCodeInterpreterCallInWsProgress,
    ),
    /// `response.code_interpreter_call.interpreting`
    ResponseCodeInterpreterCallInterpreting(
        BetaResponsesServerEventBetaResponseCodeInterpreterCallWsInterpreting,
    ),
    /// `response.completed`
    ResponseCompleted(BetaResponsesServerEventBetaResponseWsCompleted),
    /// `response.content_part.added`
    ResponseContentPartAdded(BetaResponsesServerEventBetaResponseContentPartWsAdded),
    /// `response.content_part.done`
    ResponseContentPartDone(BetaResponsesServerEventBetaResponseContentPartWsDone),
    /// `response.created`
    ResponseCreated(BetaResponsesServerEventBetaResponseWsCreated),
    /// `response.file_search_call.completed`
    ResponseFileSearchCallCompleted(
        BetaResponsesServerEventBetaResponseFileSearchCallWsCompleted,
    ),
    /// `response.file_search_call.in_progress`
    ResponseFileSearchCallInProgress(
        BetaResponsesServerEventBetaResponseFileSearchCallInWsProgress,
    ),
    /// `response.file_search_call.searching`
    ResponseFileSearchCallSearching(
        BetaResponsesServerEventBetaResponseFileSearchCallWsSearching,
    ),
    /// `response.function_call_arguments.delta`
    ResponseFunctionCallArgumentsDelta(
        BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDelta,
    ),
    /// `response.function_call_arguments.done`
    ResponseFunctionCallArgumentsDone(
        BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDone,
    ),
    /// `response.shell_call_command.added`
    ResponseShellCallCommandAdded(
        BetaResponsesServerEventBetaResponseShellCallCommandWsAdded,
    ),
    /// `response.shell_call_command.delta`
    ResponseShellCallCommandDelta(
        BetaResponsesServerEventBetaResponseShellCallCommandWsDelta,
    ),
    /// `response.shell_call_command.done`
    ResponseShellCallCommandDone(
        BetaResponsesServerEventBetaResponseShellCallCommandWsDone,
    ),
    /// `response.shell_call_output_content.delta`
    ResponseShellCallOutputContentDelta(
        BetaResponsesServerEventBetaResponseShellCallOutputContentWsDelta,
    ),
    /// `response.shell_call_output_content.done`
    ResponseShellCallOutputContentDone(
        BetaResponsesServerEventBetaResponseShellCallOutputContentWsDone,
    ),
    /// `response.in_progress`
    ResponseInProgress(BetaResponsesServerEventBetaResponseInWsProgress),
    /// `response.failed`
    ResponseFailed(BetaResponsesServerEventBetaResponseWsFailed),
    /// `response.incomplete`
    ResponseIncomplete(BetaResponsesServerEventBetaResponseWsIncomplete),
    /// `response.output_item.added`
    ResponseOutputItemAdded(BetaResponsesServerEventBetaResponseOutputItemWsAdded),
    /// `response.output_item.done`
    ResponseOutputItemDone(BetaResponsesServerEventBetaResponseOutputItemWsDone),
    /// `response.reasoning_summary_part.added`
    ResponseReasoningSummaryPartAdded(
        BetaResponsesServerEventBetaResponseReasoningSummaryPartWsAdded,
    ),
    /// `response.reasoning_summary_part.done`
    ResponseReasoningSummaryPartDone(
        BetaResponsesServerEventBetaResponseReasoningSummaryPartWsDone,
    ),
    /// `response.reasoning_summary_text.delta`
    ResponseReasoningSummaryTextDelta(
        BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDelta,
    ),
    /// `response.reasoning_summary_text.done`
    ResponseReasoningSummaryTextDone(
        BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDone,
    ),
    /// `response.reasoning_text.delta`
    ResponseReasoningTextDelta(BetaResponsesServerEventBetaResponseReasoningTextWsDelta),
    /// `response.reasoning_text.done`
    ResponseReasoningTextDone(BetaResponsesServerEventBetaResponseReasoningTextWsDone),
    /// `response.refusal.delta`
    ResponseRefusalDelta(BetaResponsesServerEventBetaResponseRefusalWsDelta),
    /// `response.refusal.done`
    ResponseRefusalDone(BetaResponsesServerEventBetaResponseRefusalWsDone),
    /// `response.output_text.delta`
    ResponseOutputTextDelta(BetaResponsesServerEventBetaResponseTextWsDelta),
    /// `response.output_text.done`
    ResponseOutputTextDone(BetaResponsesServerEventBetaResponseTextWsDone),
    /// `response.web_search_call.completed`
    ResponseWebSearchCallCompleted(
        BetaResponsesServerEventBetaResponseWebSearchCallWsCompleted,
    ),
    /// `response.web_search_call.in_progress`
    ResponseWebSearchCallInProgress(
        BetaResponsesServerEventBetaResponseWebSearchCallInWsProgress,
    ),
    /// `response.web_search_call.searching`
    ResponseWebSearchCallSearching(
        BetaResponsesServerEventBetaResponseWebSearchCallWsSearching,
    ),
    /// `response.image_generation_call.completed`
    ResponseImageGenerationCallCompleted(
        BetaResponsesServerEventBetaResponseImageGenCallWsCompleted,
    ),
    /// `response.image_generation_call.generating`
    ResponseImageGenerationCallGenerating(
        BetaResponsesServerEventBetaResponseImageGenCallWsGenerating,
    ),
    /// `response.image_generation_call.in_progress`
    ResponseImageGenerationCallInProgress(
        BetaResponsesServerEventBetaResponseImageGenCallInWsProgress,
    ),
    /// `response.image_generation_call.partial_image`
    ResponseImageGenerationCallPartialImage(
        BetaResponsesServerEventBetaResponseImageGenCallPartialWsImage,
    ),
    /// `response.mcp_call_arguments.delta`
    ResponseMcpCallArgumentsDelta(
        BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDelta,
    ),
    /// `response.mcp_call_arguments.done`
    ResponseMcpCallArgumentsDone(
        BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDone,
    ),
    /// `response.mcp_call.completed`
    ResponseMcpCallCompleted(BetaResponsesServerEventBetaResponseMcpCallWsCompleted),
    /// `response.mcp_call.failed`
    ResponseMcpCallFailed(BetaResponsesServerEventBetaResponseMcpCallWsFailed),
    /// `response.mcp_call.in_progress`
    ResponseMcpCallInProgress(BetaResponsesServerEventBetaResponseMcpCallInWsProgress),
    /// `response.mcp_list_tools.completed`
    ResponseMcpListToolsCompleted(
        BetaResponsesServerEventBetaResponseMcpListToolsWsCompleted,
    ),
    /// `response.mcp_list_tools.failed`
    ResponseMcpListToolsFailed(BetaResponsesServerEventBetaResponseMcpListToolsWsFailed),
    /// `response.mcp_list_tools.in_progress`
    ResponseMcpListToolsInProgress(
        BetaResponsesServerEventBetaResponseMcpListToolsInWsProgress,
    ),
    /// `response.output_text.annotation.added`
    ResponseOutputTextAnnotationAdded(
        BetaResponsesServerEventBetaResponseOutputTextAnnotationWsAdded,
    ),
    /// `response.queued`
    ResponseQueued(BetaResponsesServerEventBetaResponseWsQueued),
    /// `response.custom_tool_call_input.delta`
    ResponseCustomToolCallInputDelta(
        BetaResponsesServerEventBetaResponseCustomToolCallInputWsDelta,
    ),
    /// `response.custom_tool_call_input.done`
    ResponseCustomToolCallInputDone(
        BetaResponsesServerEventBetaResponseCustomToolCallInputWsDone,
    ),
    /// `error`
    ErrorType(BetaResponseWsError),
    /// `response.inject.created`
    ResponseInjectCreated(BetaResponseInjectCreatedEvent),
    /// `response.inject.failed`
    ResponseInjectFailed(BetaResponseInjectFailedEvent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for BetaResponsesServerEvent {
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
            Self::ResponseInjectCreated(value) => value.serialize(serializer),
            Self::ResponseInjectFailed(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for BetaResponsesServerEvent {
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
                "response.inject.created" => {
                    Deserialize::deserialize(content).map(Self::ResponseInjectCreated)
                }
                "response.inject.failed" => {
                    Deserialize::deserialize(content).map(Self::ResponseInjectFailed)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for BetaResponsesServerEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<BetaResponsesServerEventBetaResponseAudioWsDelta>
for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseAudioWsDelta) -> Self {
        Self::ResponseAudioDelta(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseAudioWsDone> for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseAudioWsDone) -> Self {
        Self::ResponseAudioDone(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseAudioTranscriptWsDelta>
for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseAudioTranscriptWsDelta) -> Self {
        Self::ResponseAudioTranscriptDelta(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseAudioTranscriptWsDone>
for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseAudioTranscriptWsDone) -> Self {
        Self::ResponseAudioTranscriptDone(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDelta>
for BetaResponsesServerEvent {
    fn from(
        value: BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDelta,
    ) -> Self {
        Self::ResponseCodeInterpreterCallCodeDelta(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDone>
for BetaResponsesServerEvent {
    fn from(
        value: BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDone,
    ) -> Self {
        Self::ResponseCodeInterpreterCallCodeDone(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseCodeInterpreterCallWsCompleted>
for BetaResponsesServerEvent {
    fn from(
        value: BetaResponsesServerEventBetaResponseCodeInterpreterCallWsCompleted,
    ) -> Self {
        Self::ResponseCodeInterpreterCallCompleted(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseCodeInterpreterCallInWsProgress>
for BetaResponsesServerEvent {
    fn from(
        value: BetaResponsesServerEventBetaResponseCodeInterpreterCallInWsProgress,
    ) -> Self {
        Self::ResponseCodeInterpreterCallInProgress(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseCodeInterpreterCallWsInterpreting>
for BetaResponsesServerEvent {
    fn from(
        value: BetaResponsesServerEventBetaResponseCodeInterpreterCallWsInterpreting,
    ) -> Self {
        Self::ResponseCodeInterpreterCallInterpreting(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseWsCompleted> for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseWsCompleted) -> Self {
        Self::ResponseCompleted(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseContentPartWsAdded>
for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseContentPartWsAdded) -> Self {
        Self::ResponseContentPartAdded(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseContentPartWsDone>
for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseContentPartWsDone) -> Self {
        Self::ResponseContentPartDone(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseWsCreated> for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseWsCreated) -> Self {
        Self::ResponseCreated(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseFileSearchCallWsCompleted>
for BetaResponsesServerEvent {
    fn from(
        value: BetaResponsesServerEventBetaResponseFileSearchCallWsCompleted,
    ) -> Self {
        Self::ResponseFileSearchCallCompleted(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseFileSearchCallInWsProgress>
for BetaResponsesServerEvent {
    fn from(
        value: BetaResponsesServerEventBetaResponseFileSearchCallInWsProgress,
    ) -> Self {
        Self::ResponseFileSearchCallInProgress(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseFileSearchCallWsSearching>
for BetaResponsesServerEvent {
    fn from(
        value: BetaResponsesServerEventBetaResponseFileSearchCallWsSearching,
    ) -> Self {
        Self::ResponseFileSearchCallSearching(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDelta>
for BetaResponsesServerEvent {
    fn from(
        value: BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDelta,
    ) -> Self {
        Self::ResponseFunctionCallArgumentsDelta(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDone>
for BetaResponsesServerEvent {
    fn from(
        value: BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDone,
    ) -> Self {
        Self::ResponseFunctionCallArgumentsDone(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseShellCallCommandWsAdded>
for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseShellCallCommandWsAdded) -> Self {
        Self::ResponseShellCallCommandAdded(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseShellCallCommandWsDelta>
for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseShellCallCommandWsDelta) -> Self {
        Self::ResponseShellCallCommandDelta(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseShellCallCommandWsDone>
for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseShellCallCommandWsDone) -> Self {
        Self::ResponseShellCallCommandDone(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseShellCallOutputContentWsDelta>
for BetaResponsesServerEvent {
    fn from(
        value: BetaResponsesServerEventBetaResponseShellCallOutputContentWsDelta,
    ) -> Self {
        Self::ResponseShellCallOutputContentDelta(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseShellCallOutputContentWsDone>
for BetaResponsesServerEvent {
    fn from(
        value: BetaResponsesServerEventBetaResponseShellCallOutputContentWsDone,
    ) -> Self {
        Self::ResponseShellCallOutputContentDone(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseInWsProgress>
for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseInWsProgress) -> Self {
        Self::ResponseInProgress(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseWsFailed> for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseWsFailed) -> Self {
        Self::ResponseFailed(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseWsIncomplete>
for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseWsIncomplete) -> Self {
        Self::ResponseIncomplete(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseOutputItemWsAdded>
for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseOutputItemWsAdded) -> Self {
        Self::ResponseOutputItemAdded(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseOutputItemWsDone>
for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseOutputItemWsDone) -> Self {
        Self::ResponseOutputItemDone(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseReasoningSummaryPartWsAdded>
for BetaResponsesServerEvent {
    fn from(
        value: BetaResponsesServerEventBetaResponseReasoningSummaryPartWsAdded,
    ) -> Self {
        Self::ResponseReasoningSummaryPartAdded(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseReasoningSummaryPartWsDone>
for BetaResponsesServerEvent {
    fn from(
        value: BetaResponsesServerEventBetaResponseReasoningSummaryPartWsDone,
    ) -> Self {
        Self::ResponseReasoningSummaryPartDone(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDelta>
for BetaResponsesServerEvent {
    fn from(
        value: BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDelta,
    ) -> Self {
        Self::ResponseReasoningSummaryTextDelta(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDone>
for BetaResponsesServerEvent {
    fn from(
        value: BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDone,
    ) -> Self {
        Self::ResponseReasoningSummaryTextDone(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseReasoningTextWsDelta>
for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseReasoningTextWsDelta) -> Self {
        Self::ResponseReasoningTextDelta(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseReasoningTextWsDone>
for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseReasoningTextWsDone) -> Self {
        Self::ResponseReasoningTextDone(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseRefusalWsDelta>
for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseRefusalWsDelta) -> Self {
        Self::ResponseRefusalDelta(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseRefusalWsDone>
for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseRefusalWsDone) -> Self {
        Self::ResponseRefusalDone(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseTextWsDelta> for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseTextWsDelta) -> Self {
        Self::ResponseOutputTextDelta(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseTextWsDone> for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseTextWsDone) -> Self {
        Self::ResponseOutputTextDone(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseWebSearchCallWsCompleted>
for BetaResponsesServerEvent {
    fn from(
        value: BetaResponsesServerEventBetaResponseWebSearchCallWsCompleted,
    ) -> Self {
        Self::ResponseWebSearchCallCompleted(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseWebSearchCallInWsProgress>
for BetaResponsesServerEvent {
    fn from(
        value: BetaResponsesServerEventBetaResponseWebSearchCallInWsProgress,
    ) -> Self {
        Self::ResponseWebSearchCallInProgress(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseWebSearchCallWsSearching>
for BetaResponsesServerEvent {
    fn from(
        value: BetaResponsesServerEventBetaResponseWebSearchCallWsSearching,
    ) -> Self {
        Self::ResponseWebSearchCallSearching(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseImageGenCallWsCompleted>
for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseImageGenCallWsCompleted) -> Self {
        Self::ResponseImageGenerationCallCompleted(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseImageGenCallWsGenerating>
for BetaResponsesServerEvent {
    fn from(
        value: BetaResponsesServerEventBetaResponseImageGenCallWsGenerating,
    ) -> Self {
        Self::ResponseImageGenerationCallGenerating(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseImageGenCallInWsProgress>
for BetaResponsesServerEvent {
    fn from(
        value: BetaResponsesServerEventBetaResponseImageGenCallInWsProgress,
    ) -> Self {
        Self::ResponseImageGenerationCallInProgress(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseImageGenCallPartialWsImage>
for BetaResponsesServerEvent {
    fn from(
        value: BetaResponsesServerEventBetaResponseImageGenCallPartialWsImage,
    ) -> Self {
        Self::ResponseImageGenerationCallPartialImage(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDelta>
for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDelta) -> Self {
        Self::ResponseMcpCallArgumentsDelta(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDone>
for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDone) -> Self {
        Self::ResponseMcpCallArgumentsDone(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseMcpCallWsCompleted>
for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseMcpCallWsCompleted) -> Self {
        Self::ResponseMcpCallCompleted(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseMcpCallWsFailed>
for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseMcpCallWsFailed) -> Self {
        Self::ResponseMcpCallFailed(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseMcpCallInWsProgress>
for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseMcpCallInWsProgress) -> Self {
        Self::ResponseMcpCallInProgress(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseMcpListToolsWsCompleted>
for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseMcpListToolsWsCompleted) -> Self {
        Self::ResponseMcpListToolsCompleted(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseMcpListToolsWsFailed>
for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseMcpListToolsWsFailed) -> Self {
        Self::ResponseMcpListToolsFailed(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseMcpListToolsInWsProgress>
for BetaResponsesServerEvent {
    fn from(
        value: BetaResponsesServerEventBetaResponseMcpListToolsInWsProgress,
    ) -> Self {
        Self::ResponseMcpListToolsInProgress(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseOutputTextAnnotationWsAdded>
for BetaResponsesServerEvent {
    fn from(
        value: BetaResponsesServerEventBetaResponseOutputTextAnnotationWsAdded,
    ) -> Self {
        Self::ResponseOutputTextAnnotationAdded(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseWsQueued> for BetaResponsesServerEvent {
    fn from(value: BetaResponsesServerEventBetaResponseWsQueued) -> Self {
        Self::ResponseQueued(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseCustomToolCallInputWsDelta>
for BetaResponsesServerEvent {
    fn from(
        value: BetaResponsesServerEventBetaResponseCustomToolCallInputWsDelta,
    ) -> Self {
        Self::ResponseCustomToolCallInputDelta(value)
    }
}
impl From<BetaResponsesServerEventBetaResponseCustomToolCallInputWsDone>
for BetaResponsesServerEvent {
    fn from(
        value: BetaResponsesServerEventBetaResponseCustomToolCallInputWsDone,
    ) -> Self {
        Self::ResponseCustomToolCallInputDone(value)
    }
}
impl From<BetaResponseWsError> for BetaResponsesServerEvent {
    fn from(value: BetaResponseWsError) -> Self {
        Self::ErrorType(value)
    }
}
impl From<BetaResponseInjectCreatedEvent> for BetaResponsesServerEvent {
    fn from(value: BetaResponseInjectCreatedEvent) -> Self {
        Self::ResponseInjectCreated(value)
    }
}
impl From<BetaResponseInjectFailedEvent> for BetaResponsesServerEvent {
    fn from(value: BetaResponseInjectFailedEvent) -> Self {
        Self::ResponseInjectFailed(value)
    }
}
/// Emitted when there is a partial audio response.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseAudioWsDelta {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
impl sdk_runtime_types::de::Object for BetaResponsesServerEventBetaResponseAudioWsDelta {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseAudioWsDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseAudioDeltaLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut delta: Option<String> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "sequence_number" => 2,
                    "delta" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                3 => sdk_runtime_types::de::value(&mut map, &mut delta),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for BetaResponsesServerEventBetaResponseAudioWsDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseAudioWsDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(sequence_number: impl Into<i64>, delta: impl Into<String>) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            delta: delta.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when the audio response is complete.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseAudioWsDone {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
impl sdk_runtime_types::de::Object for BetaResponsesServerEventBetaResponseAudioWsDone {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseAudioWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseAudioDoneLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "sequence_number" => 2,
                    "stream_id" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for BetaResponsesServerEventBetaResponseAudioWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseAudioWsDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(sequence_number: impl Into<i64>) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when there is a partial transcript of audio.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseAudioTranscriptWsDelta {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseAudioTranscriptWsDelta {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseAudioTranscriptWsDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseAudioTranscriptDeltaLiteral> = None;
        let mut delta: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "delta" => 2,
                    "sequence_number" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut delta),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            delta: delta.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseAudioTranscriptWsDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseAudioTranscriptWsDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(delta: impl Into<String>, sequence_number: impl Into<i64>) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            delta: delta.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when the full audio transcript is completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseAudioTranscriptWsDone {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseAudioTranscriptWsDone {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseAudioTranscriptWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseAudioTranscriptDoneLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "sequence_number" => 2,
                    "stream_id" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseAudioTranscriptWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseAudioTranscriptWsDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(sequence_number: impl Into<i64>) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a partial code snippet is streamed by the code interpreter.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDelta {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDelta {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseCodeInterpreterCallCodeDeltaLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut delta: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "output_index" => 2,
                    "item_id" => 3,
                    "delta" => 4,
                    "sequence_number" => 5,
                    "stream_id" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut delta),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
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
for BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        delta: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            delta: delta.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when the code snippet is finalized by the code interpreter.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDone {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDone {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseCodeInterpreterCallCodeDoneLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut code: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "output_index" => 2,
                    "item_id" => 3,
                    "code" => 4,
                    "sequence_number" => 5,
                    "stream_id" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut code),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
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
for BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        code: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            code: code.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when the code interpreter call is completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseCodeInterpreterCallWsCompleted {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseCodeInterpreterCallWsCompleted {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseCodeInterpreterCallWsCompleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseCodeInterpreterCallCompletedLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "output_index" => 2,
                    "item_id" => 3,
                    "sequence_number" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseCodeInterpreterCallWsCompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseCodeInterpreterCallWsCompleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a code interpreter call is in progress.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseCodeInterpreterCallInWsProgress {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseCodeInterpreterCallInWsProgress {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseCodeInterpreterCallInWsProgress";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseCodeInterpreterCallInProgressLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "output_index" => 2,
                    "item_id" => 3,
                    "sequence_number" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseCodeInterpreterCallInWsProgress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseCodeInterpreterCallInWsProgress {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when the code interpreter is actively interpreting the code snippet.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseCodeInterpreterCallWsInterpreting {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseCodeInterpreterCallWsInterpreting {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseCodeInterpreterCallWsInterpreting";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseCodeInterpreterCallInterpretingLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "output_index" => 2,
                    "item_id" => 3,
                    "sequence_number" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseCodeInterpreterCallWsInterpreting {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseCodeInterpreterCallWsInterpreting {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when the model response is complete.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BetaResponsesServerEventBetaResponseWsCompleted {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.completed`.
    #[serde(rename = "type")]
    pub type_: ResponseCompletedLiteral,
    /// Properties of the completed response.
    pub response: BetaResponse,
    /// The sequence number for this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for BetaResponsesServerEventBetaResponseWsCompleted {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseWsCompleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseCompletedLiteral> = None;
        let mut response: Option<BetaResponse> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "response" => 2,
                    "sequence_number" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
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
impl<'de> Deserialize<'de> for BetaResponsesServerEventBetaResponseWsCompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseWsCompleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        response: impl Into<BetaResponse>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            response: response.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a new content part is added.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BetaResponsesServerEventBetaResponseContentPartWsAdded {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
impl sdk_runtime_types::de::Object
for BetaResponsesServerEventBetaResponseContentPartWsAdded {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseContentPartWsAdded";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
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
                    "agent" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "output_index" => 3,
                    "content_index" => 4,
                    "part" => 5,
                    "sequence_number" => 6,
                    "stream_id" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut part),
                6 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
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
impl<'de> Deserialize<'de> for BetaResponsesServerEventBetaResponseContentPartWsAdded {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseContentPartWsAdded {
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
            agent: None,
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            part: part.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a content part is done.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BetaResponsesServerEventBetaResponseContentPartWsDone {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
impl sdk_runtime_types::de::Object
for BetaResponsesServerEventBetaResponseContentPartWsDone {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseContentPartWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
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
                    "agent" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "output_index" => 3,
                    "content_index" => 4,
                    "sequence_number" => 5,
                    "part" => 6,
                    "stream_id" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                6 => sdk_runtime_types::de::value(&mut map, &mut part),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
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
impl<'de> Deserialize<'de> for BetaResponsesServerEventBetaResponseContentPartWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseContentPartWsDone {
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
            agent: None,
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            sequence_number: sequence_number.into(),
            part: part.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// An event that is emitted when a response is created.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BetaResponsesServerEventBetaResponseWsCreated {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.created`.
    #[serde(rename = "type")]
    pub type_: ResponseCreatedLiteral,
    /// The response that was created.
    pub response: BetaResponse,
    /// The sequence number for this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for BetaResponsesServerEventBetaResponseWsCreated {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseWsCreated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseCreatedLiteral> = None;
        let mut response: Option<BetaResponse> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "response" => 2,
                    "sequence_number" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
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
impl<'de> Deserialize<'de> for BetaResponsesServerEventBetaResponseWsCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseWsCreated {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        response: impl Into<BetaResponse>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            response: response.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a file search call is completed (results found).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseFileSearchCallWsCompleted {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseFileSearchCallWsCompleted {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseFileSearchCallWsCompleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseFileSearchCallCompletedLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "output_index" => 2,
                    "item_id" => 3,
                    "sequence_number" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseFileSearchCallWsCompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseFileSearchCallWsCompleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a file search call is initiated.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseFileSearchCallInWsProgress {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseFileSearchCallInWsProgress {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseFileSearchCallInWsProgress";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseFileSearchCallInProgressLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "output_index" => 2,
                    "item_id" => 3,
                    "sequence_number" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseFileSearchCallInWsProgress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseFileSearchCallInWsProgress {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a file search is currently searching.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseFileSearchCallWsSearching {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseFileSearchCallWsSearching {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseFileSearchCallWsSearching";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseFileSearchCallSearchingLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "output_index" => 2,
                    "item_id" => 3,
                    "sequence_number" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseFileSearchCallWsSearching {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseFileSearchCallWsSearching {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when there is a partial function-call arguments delta.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDelta {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDelta {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseFunctionCallArgumentsDeltaLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut delta: Option<String> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "output_index" => 3,
                    "sequence_number" => 4,
                    "delta" => 5,
                    "stream_id" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::value(&mut map, &mut delta),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
        delta: impl Into<String>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
            delta: delta.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when function-call arguments are finalized.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDone {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDone {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
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
                    "agent" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "name" => 3,
                    "output_index" => 4,
                    "sequence_number" => 5,
                    "arguments" => 6,
                    "stream_id" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut name),
                4 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                6 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
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
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDone {
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
            agent: None,
            type_: Default::default(),
            item_id: item_id.into(),
            name: name.into(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
            arguments: arguments.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// A streaming event that indicated a shell command was added to a tool call.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseShellCallCommandWsAdded {
    /// The type of the event, always `response.shell_call_command.added`.
    #[serde(rename = "type")]
    pub type_: ResponseShellCallCommandAddedLiteral,
    /// The sequence number of the event that was emitted.
    pub sequence_number: i64,
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseShellCallCommandWsAdded {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseShellCallCommandWsAdded";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseShellCallCommandAddedLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut agent: Option<BetaAgentTag> = None;
        let mut output_index: Option<i64> = None;
        let mut command_index: Option<i64> = None;
        let mut command: Option<String> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "sequence_number" => 1,
                    "agent" => 2,
                    "output_index" => 3,
                    "command_index" => 4,
                    "command" => 5,
                    "stream_id" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut command_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut command),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            agent,
            output_index: output_index.unwrap_or_default(),
            command_index: command_index.unwrap_or_default(),
            command: command.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseShellCallCommandWsAdded {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseShellCallCommandWsAdded {
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
            agent: None,
            output_index: output_index.into(),
            command_index: command_index.into(),
            command: command.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// A streaming event that indicated a shell command was incrementally updated.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseShellCallCommandWsDelta {
    /// The type of the event, always `response.shell_call_command.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseShellCallCommandDeltaLiteral,
    /// The sequence number of the event that was emitted.
    pub sequence_number: i64,
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseShellCallCommandWsDelta {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseShellCallCommandWsDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseShellCallCommandDeltaLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut agent: Option<BetaAgentTag> = None;
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
                    "agent" => 2,
                    "output_index" => 3,
                    "command_index" => 4,
                    "delta" => 5,
                    "obfuscation" => 6,
                    "stream_id" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut command_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut delta),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut obfuscation),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            agent,
            output_index: output_index.unwrap_or_default(),
            command_index: command_index.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
            obfuscation,
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseShellCallCommandWsDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseShellCallCommandWsDelta {
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
            agent: None,
            output_index: output_index.into(),
            command_index: command_index.into(),
            delta: delta.into(),
            obfuscation: None,
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
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
pub struct BetaResponsesServerEventBetaResponseShellCallCommandWsDone {
    /// The type of the event, always `response.shell_call_command.done`.
    #[serde(rename = "type")]
    pub type_: ResponseShellCallCommandDoneLiteral,
    /// The sequence number of the event that was emitted.
    pub sequence_number: i64,
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseShellCallCommandWsDone {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseShellCallCommandWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseShellCallCommandDoneLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut agent: Option<BetaAgentTag> = None;
        let mut output_index: Option<i64> = None;
        let mut command_index: Option<i64> = None;
        let mut command: Option<String> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "sequence_number" => 1,
                    "agent" => 2,
                    "output_index" => 3,
                    "command_index" => 4,
                    "command" => 5,
                    "stream_id" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut command_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut command),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            agent,
            output_index: output_index.unwrap_or_default(),
            command_index: command_index.unwrap_or_default(),
            command: command.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseShellCallCommandWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseShellCallCommandWsDone {
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
            agent: None,
            output_index: output_index.into(),
            command_index: command_index.into(),
            command: command.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// A streaming event that indicated shell call output was incrementally added.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseShellCallOutputContentWsDelta {
    /// The type of the event, always `response.shell_call_output_content.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseShellCallOutputContentDeltaLiteral,
    /// The sequence number of the event that was emitted.
    pub sequence_number: i64,
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseShellCallOutputContentWsDelta {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseShellCallOutputContentWsDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseShellCallOutputContentDeltaLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut agent: Option<BetaAgentTag> = None;
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
                    "agent" => 2,
                    "item_id" => 3,
                    "output_index" => 4,
                    "command_index" => 5,
                    "delta" => 6,
                    "stream_id" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut command_index),
                6 => sdk_runtime_types::de::value(&mut map, &mut delta),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            agent,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            command_index: command_index.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseShellCallOutputContentWsDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseShellCallOutputContentWsDelta {
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
            agent: None,
            item_id: item_id.into(),
            output_index: output_index.into(),
            command_index: command_index.into(),
            delta: delta.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// A streaming event that indicated shell call output was completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseShellCallOutputContentWsDone {
    /// The type of the event, always `response.shell_call_output_content.done`.
    #[serde(rename = "type")]
    pub type_: ResponseShellCallOutputContentDoneLiteral,
    /// The sequence number of the event that was emitted.
    pub sequence_number: i64,
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseShellCallOutputContentWsDone {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseShellCallOutputContentWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseShellCallOutputContentDoneLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut agent: Option<BetaAgentTag> = None;
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
                    "agent" => 2,
                    "item_id" => 3,
                    "output_index" => 4,
                    "command_index" => 5,
                    "output" => 6,
                    "stream_id" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut command_index),
                6 => sdk_runtime_types::de::value(&mut map, &mut output),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            agent,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            command_index: command_index.unwrap_or_default(),
            output: output.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseShellCallOutputContentWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseShellCallOutputContentWsDone {
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
            agent: None,
            item_id: item_id.into(),
            output_index: output_index.into(),
            command_index: command_index.into(),
            output: output.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when the response is in progress.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BetaResponsesServerEventBetaResponseInWsProgress {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.in_progress`.
    #[serde(rename = "type")]
    pub type_: ResponseInProgressLiteral,
    /// The response that is in progress.
    pub response: BetaResponse,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for BetaResponsesServerEventBetaResponseInWsProgress {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseInWsProgress";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseInProgressLiteral> = None;
        let mut response: Option<BetaResponse> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "response" => 2,
                    "sequence_number" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
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
impl<'de> Deserialize<'de> for BetaResponsesServerEventBetaResponseInWsProgress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseInWsProgress {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        response: impl Into<BetaResponse>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            response: response.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// An event that is emitted when a response fails.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BetaResponsesServerEventBetaResponseWsFailed {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.failed`.
    #[serde(rename = "type")]
    pub type_: ResponseFailedLiteral,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The response that failed.
    pub response: BetaResponse,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for BetaResponsesServerEventBetaResponseWsFailed {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseWsFailed";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseFailedLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut response: Option<BetaResponse> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "sequence_number" => 2,
                    "response" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                3 => sdk_runtime_types::de::value(&mut map, &mut response),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
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
impl<'de> Deserialize<'de> for BetaResponsesServerEventBetaResponseWsFailed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseWsFailed {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        sequence_number: impl Into<i64>,
        response: impl Into<BetaResponse>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            response: response.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// An event that is emitted when a response finishes as incomplete.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BetaResponsesServerEventBetaResponseWsIncomplete {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.incomplete`.
    #[serde(rename = "type")]
    pub type_: ResponseIncompleteLiteral,
    /// The response that was incomplete.
    pub response: BetaResponse,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for BetaResponsesServerEventBetaResponseWsIncomplete {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseWsIncomplete";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseIncompleteLiteral> = None;
        let mut response: Option<BetaResponse> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "response" => 2,
                    "sequence_number" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
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
impl<'de> Deserialize<'de> for BetaResponsesServerEventBetaResponseWsIncomplete {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseWsIncomplete {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        response: impl Into<BetaResponse>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            response: response.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a new output item is added.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BetaResponsesServerEventBetaResponseOutputItemWsAdded {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
    pub item: BetaOutputItem,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for BetaResponsesServerEventBetaResponseOutputItemWsAdded {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseOutputItemWsAdded";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseOutputItemAddedLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut item: Option<BetaOutputItem> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "output_index" => 2,
                    "sequence_number" => 3,
                    "item" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::value(&mut map, &mut item),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            item: sdk_runtime_types::de::required::<_, A::Error>(item, "item")?,
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for BetaResponsesServerEventBetaResponseOutputItemWsAdded {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseOutputItemWsAdded {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
        item: impl Into<BetaOutputItem>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
            item: item.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when an output item is marked done.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BetaResponsesServerEventBetaResponseOutputItemWsDone {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.output_item.done`.
    #[serde(rename = "type")]
    pub type_: ResponseOutputItemDoneLiteral,
    /// The index of the output item that was marked done.
    pub output_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The output item that was marked done.
    pub item: BetaOutputItem,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for BetaResponsesServerEventBetaResponseOutputItemWsDone {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseOutputItemWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseOutputItemDoneLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut item: Option<BetaOutputItem> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "output_index" => 2,
                    "sequence_number" => 3,
                    "item" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::value(&mut map, &mut item),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            item: sdk_runtime_types::de::required::<_, A::Error>(item, "item")?,
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for BetaResponsesServerEventBetaResponseOutputItemWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseOutputItemWsDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
        item: impl Into<BetaOutputItem>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
            item: item.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a new reasoning summary part is added.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseReasoningSummaryPartWsAdded {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseReasoningSummaryPartWsAdded {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseReasoningSummaryPartWsAdded";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
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
                    "agent" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "output_index" => 3,
                    "summary_index" => 4,
                    "sequence_number" => 5,
                    "part" => 6,
                    "stream_id" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut summary_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                6 => sdk_runtime_types::de::value(&mut map, &mut part),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
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
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseReasoningSummaryPartWsAdded {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseReasoningSummaryPartWsAdded {
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
            agent: None,
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            summary_index: summary_index.into(),
            sequence_number: sequence_number.into(),
            part: part.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a reasoning summary part is completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseReasoningSummaryPartWsDone {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseReasoningSummaryPartWsDone {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseReasoningSummaryPartWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
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
                    "agent" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "output_index" => 3,
                    "summary_index" => 4,
                    "status" => 5,
                    "sequence_number" => 6,
                    "part" => 7,
                    "stream_id" => 8,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut summary_index),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                6 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                7 => sdk_runtime_types::de::value(&mut map, &mut part),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
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
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseReasoningSummaryPartWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseReasoningSummaryPartWsDone {
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
            agent: None,
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
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
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
pub struct BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDelta {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDelta {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
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
                    "agent" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "output_index" => 3,
                    "summary_index" => 4,
                    "delta" => 5,
                    "sequence_number" => 6,
                    "stream_id" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut summary_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut delta),
                6 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
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
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDelta {
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
            agent: None,
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            summary_index: summary_index.into(),
            delta: delta.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a reasoning summary text is completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDone {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDone {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
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
                    "agent" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "output_index" => 3,
                    "summary_index" => 4,
                    "text" => 5,
                    "sequence_number" => 6,
                    "stream_id" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut summary_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut text),
                6 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
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
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDone {
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
            agent: None,
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            summary_index: summary_index.into(),
            text: text.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a delta is added to a reasoning text.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseReasoningTextWsDelta {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
impl sdk_runtime_types::de::Object
for BetaResponsesServerEventBetaResponseReasoningTextWsDelta {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseReasoningTextWsDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
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
                    "agent" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "output_index" => 3,
                    "content_index" => 4,
                    "delta" => 5,
                    "sequence_number" => 6,
                    "stream_id" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut delta),
                6 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
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
impl<'de> Deserialize<'de> for BetaResponsesServerEventBetaResponseReasoningTextWsDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseReasoningTextWsDelta {
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
            agent: None,
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            delta: delta.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a reasoning text is completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseReasoningTextWsDone {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
impl sdk_runtime_types::de::Object
for BetaResponsesServerEventBetaResponseReasoningTextWsDone {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseReasoningTextWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
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
                    "agent" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "output_index" => 3,
                    "content_index" => 4,
                    "text" => 5,
                    "sequence_number" => 6,
                    "stream_id" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut text),
                6 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
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
impl<'de> Deserialize<'de> for BetaResponsesServerEventBetaResponseReasoningTextWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseReasoningTextWsDone {
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
            agent: None,
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            text: text.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when there is a partial refusal text.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseRefusalWsDelta {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
impl sdk_runtime_types::de::Object
for BetaResponsesServerEventBetaResponseRefusalWsDelta {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseRefusalWsDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
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
                    "agent" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "output_index" => 3,
                    "content_index" => 4,
                    "delta" => 5,
                    "sequence_number" => 6,
                    "stream_id" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut delta),
                6 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
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
impl<'de> Deserialize<'de> for BetaResponsesServerEventBetaResponseRefusalWsDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseRefusalWsDelta {
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
            agent: None,
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            delta: delta.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when refusal text is finalized.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseRefusalWsDone {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
impl sdk_runtime_types::de::Object
for BetaResponsesServerEventBetaResponseRefusalWsDone {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseRefusalWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
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
                    "agent" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "output_index" => 3,
                    "content_index" => 4,
                    "refusal" => 5,
                    "sequence_number" => 6,
                    "stream_id" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut refusal),
                6 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
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
impl<'de> Deserialize<'de> for BetaResponsesServerEventBetaResponseRefusalWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseRefusalWsDone {
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
            agent: None,
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            refusal: refusal.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when there is an additional text delta.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseTextWsDelta {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
impl sdk_runtime_types::de::Object for BetaResponsesServerEventBetaResponseTextWsDelta {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseTextWsDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
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
                    "agent" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "output_index" => 3,
                    "content_index" => 4,
                    "delta" => 5,
                    "sequence_number" => 6,
                    "logprobs" => 7,
                    "stream_id" => 8,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut delta),
                6 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                7 => sdk_runtime_types::de::value(&mut map, &mut logprobs),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
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
impl<'de> Deserialize<'de> for BetaResponsesServerEventBetaResponseTextWsDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseTextWsDelta {
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
            agent: None,
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
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when text content is finalized.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseTextWsDone {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
impl sdk_runtime_types::de::Object for BetaResponsesServerEventBetaResponseTextWsDone {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseTextWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
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
                    "agent" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "output_index" => 3,
                    "content_index" => 4,
                    "text" => 5,
                    "sequence_number" => 6,
                    "logprobs" => 7,
                    "stream_id" => 8,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut text),
                6 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                7 => sdk_runtime_types::de::value(&mut map, &mut logprobs),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
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
impl<'de> Deserialize<'de> for BetaResponsesServerEventBetaResponseTextWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseTextWsDone {
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
            agent: None,
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
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a web search call is completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseWebSearchCallWsCompleted {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseWebSearchCallWsCompleted {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseWebSearchCallWsCompleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseWebSearchCallCompletedLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "output_index" => 2,
                    "item_id" => 3,
                    "sequence_number" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseWebSearchCallWsCompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseWebSearchCallWsCompleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a web search call is initiated.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseWebSearchCallInWsProgress {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseWebSearchCallInWsProgress {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseWebSearchCallInWsProgress";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseWebSearchCallInProgressLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "output_index" => 2,
                    "item_id" => 3,
                    "sequence_number" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseWebSearchCallInWsProgress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseWebSearchCallInWsProgress {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a web search call is executing.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseWebSearchCallWsSearching {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseWebSearchCallWsSearching {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseWebSearchCallWsSearching";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseWebSearchCallSearchingLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "output_index" => 2,
                    "item_id" => 3,
                    "sequence_number" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseWebSearchCallWsSearching {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseWebSearchCallWsSearching {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when an image generation tool call has completed and the final image is available.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseImageGenCallWsCompleted {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseImageGenCallWsCompleted {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseImageGenCallWsCompleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseImageGenerationCallCompletedLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "output_index" => 2,
                    "sequence_number" => 3,
                    "item_id" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseImageGenCallWsCompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseImageGenCallWsCompleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
        item_id: impl Into<String>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
            item_id: item_id.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when an image generation tool call is actively generating an image (intermediate state).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseImageGenCallWsGenerating {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseImageGenCallWsGenerating {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseImageGenCallWsGenerating";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseImageGenerationCallGeneratingLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "output_index" => 2,
                    "item_id" => 3,
                    "sequence_number" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseImageGenCallWsGenerating {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseImageGenCallWsGenerating {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when an image generation tool call is in progress.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseImageGenCallInWsProgress {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseImageGenCallInWsProgress {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseImageGenCallInWsProgress";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseImageGenerationCallInProgressLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "output_index" => 2,
                    "item_id" => 3,
                    "sequence_number" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseImageGenCallInWsProgress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseImageGenCallInWsProgress {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when a partial image is available during image generation streaming.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseImageGenCallPartialWsImage {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseImageGenCallPartialWsImage {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseImageGenCallPartialWsImage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
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
                    "agent" => 0,
                    "type" => 1,
                    "output_index" => 2,
                    "item_id" => 3,
                    "sequence_number" => 4,
                    "partial_image_index" => 5,
                    "partial_image_b64" => 6,
                    "size" => 7,
                    "quality" => 8,
                    "background" => 9,
                    "output_format" => 10,
                    "stream_id" => 11,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::value(&mut map, &mut partial_image_index),
                6 => sdk_runtime_types::de::value(&mut map, &mut partial_image_b64),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut size),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut quality),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut background),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut output_format),
                11 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
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
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseImageGenCallPartialWsImage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseImageGenCallPartialWsImage {
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
            agent: None,
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
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
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
pub struct BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDelta {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDelta {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseMcpCallArgumentsDeltaLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut delta: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "output_index" => 2,
                    "item_id" => 3,
                    "delta" => 4,
                    "sequence_number" => 5,
                    "stream_id" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut delta),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
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
for BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        delta: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            delta: delta.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when the arguments for an MCP tool call are finalized.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDone {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDone {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseMcpCallArgumentsDoneLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut arguments: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "output_index" => 2,
                    "item_id" => 3,
                    "arguments" => 4,
                    "sequence_number" => 5,
                    "stream_id" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            arguments: arguments.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        arguments: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            arguments: arguments.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when an MCP  tool call has completed successfully.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseMcpCallWsCompleted {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
impl sdk_runtime_types::de::Object
for BetaResponsesServerEventBetaResponseMcpCallWsCompleted {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseMcpCallWsCompleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseMcpCallCompletedLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "output_index" => 3,
                    "sequence_number" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for BetaResponsesServerEventBetaResponseMcpCallWsCompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseMcpCallWsCompleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when an MCP  tool call has failed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseMcpCallWsFailed {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
impl sdk_runtime_types::de::Object
for BetaResponsesServerEventBetaResponseMcpCallWsFailed {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseMcpCallWsFailed";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseMcpCallFailedLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "output_index" => 3,
                    "sequence_number" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for BetaResponsesServerEventBetaResponseMcpCallWsFailed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseMcpCallWsFailed {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when an MCP  tool call is in progress.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseMcpCallInWsProgress {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
impl sdk_runtime_types::de::Object
for BetaResponsesServerEventBetaResponseMcpCallInWsProgress {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseMcpCallInWsProgress";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseMcpCallInProgressLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "sequence_number" => 2,
                    "output_index" => 3,
                    "item_id" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for BetaResponsesServerEventBetaResponseMcpCallInWsProgress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseMcpCallInWsProgress {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        sequence_number: impl Into<i64>,
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when the list of available MCP tools has been successfully retrieved.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseMcpListToolsWsCompleted {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseMcpListToolsWsCompleted {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseMcpListToolsWsCompleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseMcpListToolsCompletedLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "output_index" => 3,
                    "sequence_number" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseMcpListToolsWsCompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseMcpListToolsWsCompleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when the attempt to list available MCP tools has failed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseMcpListToolsWsFailed {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
impl sdk_runtime_types::de::Object
for BetaResponsesServerEventBetaResponseMcpListToolsWsFailed {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseMcpListToolsWsFailed";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseMcpListToolsFailedLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "output_index" => 3,
                    "sequence_number" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for BetaResponsesServerEventBetaResponseMcpListToolsWsFailed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseMcpListToolsWsFailed {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when the system is in the process of retrieving the list of available MCP tools.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseMcpListToolsInWsProgress {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseMcpListToolsInWsProgress {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseMcpListToolsInWsProgress";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseMcpListToolsInProgressLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "output_index" => 3,
                    "sequence_number" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseMcpListToolsInWsProgress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseMcpListToolsInWsProgress {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when an annotation is added to output text content.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseOutputTextAnnotationWsAdded {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseOutputTextAnnotationWsAdded {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseOutputTextAnnotationWsAdded";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
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
                    "agent" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "output_index" => 3,
                    "content_index" => 4,
                    "annotation_index" => 5,
                    "sequence_number" => 6,
                    "annotation" => 7,
                    "stream_id" => 8,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut annotation_index),
                6 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut annotation),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
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
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseOutputTextAnnotationWsAdded {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseOutputTextAnnotationWsAdded {
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
            agent: None,
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
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
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
pub struct BetaResponsesServerEventBetaResponseWsQueued {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always 'response.queued'.
    #[serde(rename = "type")]
    pub type_: ResponseQueuedLiteral,
    /// The full response object that is queued.
    pub response: BetaResponse,
    /// The sequence number for this event.
    pub sequence_number: i64,
    /// The WebSocket lane that emitted this event. This field is present
    /// when the originating `response.create` event supplied a
    /// `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for BetaResponsesServerEventBetaResponseWsQueued {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseWsQueued";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseQueuedLiteral> = None;
        let mut response: Option<BetaResponse> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "response" => 2,
                    "sequence_number" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
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
impl<'de> Deserialize<'de> for BetaResponsesServerEventBetaResponseWsQueued {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseWsQueued {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        response: impl Into<BetaResponse>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            response: response.into(),
            sequence_number: sequence_number.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Event representing a delta (partial update) to the input of a custom tool call.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseCustomToolCallInputWsDelta {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseCustomToolCallInputWsDelta {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseCustomToolCallInputWsDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseCustomToolCallInputDeltaLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut delta: Option<String> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "sequence_number" => 2,
                    "output_index" => 3,
                    "item_id" => 4,
                    "delta" => 5,
                    "stream_id" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                5 => sdk_runtime_types::de::value(&mut map, &mut delta),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseCustomToolCallInputWsDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseCustomToolCallInputWsDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        sequence_number: impl Into<i64>,
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        delta: impl Into<String>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            delta: delta.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Event indicating that input for a custom tool call is complete.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesServerEventBetaResponseCustomToolCallInputWsDone {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
for BetaResponsesServerEventBetaResponseCustomToolCallInputWsDone {
    const NAME: &'static str = "BetaResponsesServerEventBetaResponseCustomToolCallInputWsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ResponseCustomToolCallInputDoneLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut input: Option<String> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "sequence_number" => 2,
                    "output_index" => 3,
                    "item_id" => 4,
                    "input" => 5,
                    "stream_id" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                5 => sdk_runtime_types::de::value(&mut map, &mut input),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            input: input.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de>
for BetaResponsesServerEventBetaResponseCustomToolCallInputWsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesServerEventBetaResponseCustomToolCallInputWsDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        sequence_number: impl Into<i64>,
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        input: impl Into<String>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            input: input.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// Emitted when an error occurs while processing a Responses WebSocket request.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponseWsError {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `error`.
    #[serde(rename = "type")]
    pub type_: ErrorTypeLiteral,
    /// The HTTP status code associated with a WebSocket protocol error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
    /// The sequence number of an error emitted by the response stream.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence_number: Option<i64>,
    /// Details about the error.
    pub error: ErrorPayload,
    /// The WebSocket lane that emitted this event. This field is present when the
    /// originating `response.create` event supplied a `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for BetaResponseWsError {
    const NAME: &'static str = "BetaResponseWsError";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ErrorTypeLiteral> = None;
        let mut status: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut error: Option<ErrorPayload> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "status" => 2,
                    "sequence_number" => 3,
                    "error" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::value(&mut map, &mut error),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            status,
            sequence_number,
            error: error.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for BetaResponseWsError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponseWsError {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(error: impl Into<ErrorPayload>) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            status: None,
            sequence_number: None,
            error: error.into(),
            stream_id: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<i64>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `sequence_number`.
    pub fn sequence_number(mut self, value: impl Into<i64>) -> Self {
        self.sequence_number = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// An error payload that was emitted for a streaming error event.
pub type BetaErrorPayload = ErrorPayload;
/// Emitted when all injected input items were validated and committed to the
/// active response.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponseInjectCreatedEvent {
    /// The event discriminator. Always `response.inject.created`.
    #[serde(rename = "type")]
    pub type_: ResponseInjectCreatedLiteral,
    /// The ID of the response that accepted the input.
    pub response_id: String,
    /// The sequence number for this event.
    pub sequence_number: i64,
    /// The multiplexed WebSocket stream that emitted the event. This field is
    /// present only when WebSocket multiplexing is enabled separately.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for BetaResponseInjectCreatedEvent {
    const NAME: &'static str = "BetaResponseInjectCreatedEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseInjectCreatedLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "response_id" => 1,
                    "sequence_number" => 2,
                    "stream_id" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for BetaResponseInjectCreatedEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponseInjectCreatedEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(response_id: impl Into<String>, sequence_number: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            response_id: response_id.into(),
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
/// Emitted when injected input could not be committed to a response. The event
/// returns the uncommitted raw input so the client can retry it in another
/// response when appropriate.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponseInjectFailedEvent {
    /// The event discriminator. Always `response.inject.failed`.
    #[serde(rename = "type")]
    pub type_: ResponseInjectFailedLiteral,
    /// The ID of the response that rejected the input.
    pub response_id: String,
    /// The raw input items that were not committed.
    pub input: Vec<BetaInputItem>,
    /// Information about why the input was not committed.
    pub error: BetaResponseInjectFailedEventError,
    /// The sequence number for this event.
    pub sequence_number: i64,
    /// The multiplexed WebSocket stream that emitted the event. This field is
    /// present only when WebSocket multiplexing is enabled separately.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for BetaResponseInjectFailedEvent {
    const NAME: &'static str = "BetaResponseInjectFailedEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseInjectFailedLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut input: Option<Vec<BetaInputItem>> = None;
        let mut error: Option<BetaResponseInjectFailedEventError> = None;
        let mut sequence_number: Option<i64> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "response_id" => 1,
                    "input" => 2,
                    "error" => 3,
                    "sequence_number" => 4,
                    "stream_id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut input),
                3 => sdk_runtime_types::de::value(&mut map, &mut error),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            input: input.unwrap_or_default(),
            error: error.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for BetaResponseInjectFailedEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponseInjectFailedEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        response_id: impl Into<String>,
        input: impl Into<Vec<BetaInputItem>>,
        error: impl Into<BetaResponseInjectFailedEventError>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            response_id: response_id.into(),
            input: input.into(),
            error: error.into(),
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
/// Information about why the input was not committed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponseInjectFailedEventError {
    /// A machine-readable error code.
    pub code: BetaResponseInjectFailedEventErrorCode,
    /// A human-readable description of the error.
    pub message: String,
}
impl sdk_runtime_types::de::Object for BetaResponseInjectFailedEventError {
    const NAME: &'static str = "BetaResponseInjectFailedEventError";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut code: Option<BetaResponseInjectFailedEventErrorCode> = None;
        let mut message: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "code" => 0,
                    "message" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut code),
                1 => sdk_runtime_types::de::value(&mut map, &mut message),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            code: code.unwrap_or_default(),
            message: message.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for BetaResponseInjectFailedEventError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponseInjectFailedEventError {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        code: impl Into<BetaResponseInjectFailedEventErrorCode>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
        }
    }
}
/// A machine-readable error code.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BetaResponseInjectFailedEventErrorCode {
    /// `response_already_completed`
    ResponseAlreadyCompleted,
    /// `response_not_found`
    ResponseNotFound,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl BetaResponseInjectFailedEventErrorCode {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ResponseAlreadyCompleted => "response_already_completed",
            Self::ResponseNotFound => "response_not_found",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "response_already_completed" => Self::ResponseAlreadyCompleted,
            "response_not_found" => Self::ResponseNotFound,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for BetaResponseInjectFailedEventErrorCode {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for BetaResponseInjectFailedEventErrorCode {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for BetaResponseInjectFailedEventErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BetaResponseInjectFailedEventErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BetaResponseInjectFailedEventErrorCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for BetaResponseInjectFailedEventErrorCode {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
impl BetaResponsesWebSocketStreamEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(base: impl Into<BetaResponsesWebSocketStreamEventBase>) -> Self {
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
pub enum BetaResponsesWebSocketStreamEventBase {
    /// `response.audio.delta`
    ResponseAudioDelta(BetaResponseAudioDeltaEvent),
    /// `response.audio.done`
    ResponseAudioDone(BetaResponseAudioDoneEvent),
    /// `response.audio.transcript.delta`
    ResponseAudioTranscriptDelta(BetaResponseAudioTranscriptDeltaEvent),
    /// `response.audio.transcript.done`
    ResponseAudioTranscriptDone(BetaResponseAudioTranscriptDoneEvent),
    /// `response.code_interpreter_call_code.delta`
    ResponseCodeInterpreterCallCodeDelta(BetaResponseCodeInterpreterCallCodeDeltaEvent),
    /// `response.code_interpreter_call_code.done`
    ResponseCodeInterpreterCallCodeDone(BetaResponseCodeInterpreterCallCodeDoneEvent),
    /// `response.code_interpreter_call.completed`
    ResponseCodeInterpreterCallCompleted(BetaResponseCodeInterpreterCallCompletedEvent),
    /// `response.code_interpreter_call.in_progress`
    ResponseCodeInterpreterCallInProgress(
        BetaResponseCodeInterpreterCallInProgressEvent,
    ),
    /// `response.code_interpreter_call.interpreting`
    ResponseCodeInterpreterCallInterpreting(
        BetaResponseCodeInterpreterCallInterpretingEvent,
    ),
    /// `response.completed`
    ResponseCompleted(BetaResponseCompletedEvent),
    /// `response.content_part.added`
    ResponseContentPartAdded(BetaResponseContentPartAddedEvent),
    /// `response.content_part.done`
    ResponseContentPartDone(BetaResponseContentPartDoneEvent),
    /// `response.created`
    ResponseCreated(BetaResponseCreatedEvent),
    /// `response.file_search_call.completed`
    ResponseFileSearchCallCompleted(BetaResponseFileSearchCallCompletedEvent),
    /// `response.file_search_call.in_progress`
    ResponseFileSearchCallInProgress(BetaResponseFileSearchCallInProgressEvent),
    /// `response.file_search_call.searching`
    ResponseFileSearchCallSearching(BetaResponseFileSearchCallSearchingEvent),
    /// `response.function_call_arguments.delta`
    ResponseFunctionCallArgumentsDelta(BetaResponseFunctionCallArgumentsDeltaEvent),
    /// `response.function_call_arguments.done`
    ResponseFunctionCallArgumentsDone(BetaResponseFunctionCallArgumentsDoneEvent),
    /// `response.shell_call_command.added`
    ResponseShellCallCommandAdded(BetaResponseShellCallCommandAddedStreamingEvent),
    /// `response.shell_call_command.delta`
    ResponseShellCallCommandDelta(BetaResponseShellCallCommandDeltaStreamingEvent),
    /// `response.shell_call_command.done`
    ResponseShellCallCommandDone(BetaResponseShellCallCommandDoneStreamingEvent),
    /// `response.shell_call_output_content.delta`
    ResponseShellCallOutputContentDelta(
        BetaResponseShellCallOutputContentDeltaStreamingEvent,
    ),
    /// `response.shell_call_output_content.done`
    ResponseShellCallOutputContentDone(
        BetaResponseShellCallOutputContentDoneStreamingEvent,
    ),
    /// `response.in_progress`
    ResponseInProgress(BetaResponseInProgressEvent),
    /// `response.failed`
    ResponseFailed(BetaResponseFailedEvent),
    /// `response.incomplete`
    ResponseIncomplete(BetaResponseIncompleteEvent),
    /// `response.output_item.added`
    ResponseOutputItemAdded(BetaResponseOutputItemAddedEvent),
    /// `response.output_item.done`
    ResponseOutputItemDone(BetaResponseOutputItemDoneEvent),
    /// `response.reasoning_summary_part.added`
    ResponseReasoningSummaryPartAdded(BetaResponseReasoningSummaryPartAddedEvent),
    /// `response.reasoning_summary_part.done`
    ResponseReasoningSummaryPartDone(BetaResponseReasoningSummaryPartDoneEvent),
    /// `response.reasoning_summary_text.delta`
    ResponseReasoningSummaryTextDelta(BetaResponseReasoningSummaryTextDeltaEvent),
    /// `response.reasoning_summary_text.done`
    ResponseReasoningSummaryTextDone(BetaResponseReasoningSummaryTextDoneEvent),
    /// `response.reasoning_text.delta`
    ResponseReasoningTextDelta(BetaResponseReasoningTextDeltaEvent),
    /// `response.reasoning_text.done`
    ResponseReasoningTextDone(BetaResponseReasoningTextDoneEvent),
    /// `response.refusal.delta`
    ResponseRefusalDelta(BetaResponseRefusalDeltaEvent),
    /// `response.refusal.done`
    ResponseRefusalDone(BetaResponseRefusalDoneEvent),
    /// `response.output_text.delta`
    ResponseOutputTextDelta(BetaResponseTextDeltaEvent),
    /// `response.output_text.done`
    ResponseOutputTextDone(BetaResponseTextDoneEvent),
    /// `response.web_search_call.completed`
    ResponseWebSearchCallCompleted(BetaResponseWebSearchCallCompletedEvent),
    /// `response.web_search_call.in_progress`
    ResponseWebSearchCallInProgress(BetaResponseWebSearchCallInProgressEvent),
    /// `response.web_search_call.searching`
    ResponseWebSearchCallSearching(BetaResponseWebSearchCallSearchingEvent),
    /// `response.image_generation_call.completed`
    ResponseImageGenerationCallCompleted(BetaResponseImageGenCallCompletedEvent),
    /// `response.image_generation_call.generating`
    ResponseImageGenerationCallGenerating(BetaResponseImageGenCallGeneratingEvent),
    /// `response.image_generation_call.in_progress`
    ResponseImageGenerationCallInProgress(BetaResponseImageGenCallInProgressEvent),
    /// `response.image_generation_call.partial_image`
    ResponseImageGenerationCallPartialImage(BetaResponseImageGenCallPartialImageEvent),
    /// `response.mcp_call_arguments.delta`
    ResponseMcpCallArgumentsDelta(BetaResponseMcpCallArgumentsDeltaEvent),
    /// `response.mcp_call_arguments.done`
    ResponseMcpCallArgumentsDone(BetaResponseMcpCallArgumentsDoneEvent),
    /// `response.mcp_call.completed`
    ResponseMcpCallCompleted(BetaResponseMcpCallCompletedEvent),
    /// `response.mcp_call.failed`
    ResponseMcpCallFailed(BetaResponseMcpCallFailedEvent),
    /// `response.mcp_call.in_progress`
    ResponseMcpCallInProgress(BetaResponseMcpCallInProgressEvent),
    /// `response.mcp_list_tools.completed`
    ResponseMcpListToolsCompleted(BetaResponseMcpListToolsCompletedEvent),
    /// `response.mcp_list_tools.failed`
    ResponseMcpListToolsFailed(BetaResponseMcpListToolsFailedEvent),
    /// `response.mcp_list_tools.in_progress`
    ResponseMcpListToolsInProgress(BetaResponseMcpListToolsInProgressEvent),
    /// `response.output_text.annotation.added`
    ResponseOutputTextAnnotationAdded(BetaResponseOutputTextAnnotationAddedEvent),
    /// `response.queued`
    ResponseQueued(BetaResponseQueuedEvent),
    /// `response.custom_tool_call_input.delta`
    ResponseCustomToolCallInputDelta(BetaResponseCustomToolCallInputDeltaEvent),
    /// `response.custom_tool_call_input.done`
    ResponseCustomToolCallInputDone(BetaResponseCustomToolCallInputDoneEvent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for BetaResponsesWebSocketStreamEventBase {
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
impl sdk_runtime_types::de::TaggedUnion for BetaResponsesWebSocketStreamEventBase {
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
impl<'de> Deserialize<'de> for BetaResponsesWebSocketStreamEventBase {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<BetaResponseAudioDeltaEvent> for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseAudioDeltaEvent) -> Self {
        Self::ResponseAudioDelta(value)
    }
}
impl From<BetaResponseAudioDoneEvent> for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseAudioDoneEvent) -> Self {
        Self::ResponseAudioDone(value)
    }
}
impl From<BetaResponseAudioTranscriptDeltaEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseAudioTranscriptDeltaEvent) -> Self {
        Self::ResponseAudioTranscriptDelta(value)
    }
}
impl From<BetaResponseAudioTranscriptDoneEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseAudioTranscriptDoneEvent) -> Self {
        Self::ResponseAudioTranscriptDone(value)
    }
}
impl From<BetaResponseCodeInterpreterCallCodeDeltaEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseCodeInterpreterCallCodeDeltaEvent) -> Self {
        Self::ResponseCodeInterpreterCallCodeDelta(value)
    }
}
impl From<BetaResponseCodeInterpreterCallCodeDoneEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseCodeInterpreterCallCodeDoneEvent) -> Self {
        Self::ResponseCodeInterpreterCallCodeDone(value)
    }
}
impl From<BetaResponseCodeInterpreterCallCompletedEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseCodeInterpreterCallCompletedEvent) -> Self {
        Self::ResponseCodeInterpreterCallCompleted(value)
    }
}
impl From<BetaResponseCodeInterpreterCallInProgressEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseCodeInterpreterCallInProgressEvent) -> Self {
        Self::ResponseCodeInterpreterCallInProgress(value)
    }
}
impl From<BetaResponseCodeInterpreterCallInterpretingEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseCodeInterpreterCallInterpretingEvent) -> Self {
        Self::ResponseCodeInterpreterCallInterpreting(value)
    }
}
impl From<BetaResponseCompletedEvent> for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseCompletedEvent) -> Self {
        Self::ResponseCompleted(value)
    }
}
impl From<BetaResponseContentPartAddedEvent> for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseContentPartAddedEvent) -> Self {
        Self::ResponseContentPartAdded(value)
    }
}
impl From<BetaResponseContentPartDoneEvent> for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseContentPartDoneEvent) -> Self {
        Self::ResponseContentPartDone(value)
    }
}
impl From<BetaResponseCreatedEvent> for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseCreatedEvent) -> Self {
        Self::ResponseCreated(value)
    }
}
impl From<BetaResponseFileSearchCallCompletedEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseFileSearchCallCompletedEvent) -> Self {
        Self::ResponseFileSearchCallCompleted(value)
    }
}
impl From<BetaResponseFileSearchCallInProgressEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseFileSearchCallInProgressEvent) -> Self {
        Self::ResponseFileSearchCallInProgress(value)
    }
}
impl From<BetaResponseFileSearchCallSearchingEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseFileSearchCallSearchingEvent) -> Self {
        Self::ResponseFileSearchCallSearching(value)
    }
}
impl From<BetaResponseFunctionCallArgumentsDeltaEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseFunctionCallArgumentsDeltaEvent) -> Self {
        Self::ResponseFunctionCallArgumentsDelta(value)
    }
}
impl From<BetaResponseFunctionCallArgumentsDoneEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseFunctionCallArgumentsDoneEvent) -> Self {
        Self::ResponseFunctionCallArgumentsDone(value)
    }
}
impl From<BetaResponseShellCallCommandAddedStreamingEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseShellCallCommandAddedStreamingEvent) -> Self {
        Self::ResponseShellCallCommandAdded(value)
    }
}
impl From<BetaResponseShellCallCommandDeltaStreamingEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseShellCallCommandDeltaStreamingEvent) -> Self {
        Self::ResponseShellCallCommandDelta(value)
    }
}
impl From<BetaResponseShellCallCommandDoneStreamingEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseShellCallCommandDoneStreamingEvent) -> Self {
        Self::ResponseShellCallCommandDone(value)
    }
}
impl From<BetaResponseShellCallOutputContentDeltaStreamingEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseShellCallOutputContentDeltaStreamingEvent) -> Self {
        Self::ResponseShellCallOutputContentDelta(value)
    }
}
impl From<BetaResponseShellCallOutputContentDoneStreamingEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseShellCallOutputContentDoneStreamingEvent) -> Self {
        Self::ResponseShellCallOutputContentDone(value)
    }
}
impl From<BetaResponseInProgressEvent> for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseInProgressEvent) -> Self {
        Self::ResponseInProgress(value)
    }
}
impl From<BetaResponseFailedEvent> for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseFailedEvent) -> Self {
        Self::ResponseFailed(value)
    }
}
impl From<BetaResponseIncompleteEvent> for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseIncompleteEvent) -> Self {
        Self::ResponseIncomplete(value)
    }
}
impl From<BetaResponseOutputItemAddedEvent> for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseOutputItemAddedEvent) -> Self {
        Self::ResponseOutputItemAdded(value)
    }
}
impl From<BetaResponseOutputItemDoneEvent> for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseOutputItemDoneEvent) -> Self {
        Self::ResponseOutputItemDone(value)
    }
}
impl From<BetaResponseReasoningSummaryPartAddedEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseReasoningSummaryPartAddedEvent) -> Self {
        Self::ResponseReasoningSummaryPartAdded(value)
    }
}
impl From<BetaResponseReasoningSummaryPartDoneEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseReasoningSummaryPartDoneEvent) -> Self {
        Self::ResponseReasoningSummaryPartDone(value)
    }
}
impl From<BetaResponseReasoningSummaryTextDeltaEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseReasoningSummaryTextDeltaEvent) -> Self {
        Self::ResponseReasoningSummaryTextDelta(value)
    }
}
impl From<BetaResponseReasoningSummaryTextDoneEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseReasoningSummaryTextDoneEvent) -> Self {
        Self::ResponseReasoningSummaryTextDone(value)
    }
}
impl From<BetaResponseReasoningTextDeltaEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseReasoningTextDeltaEvent) -> Self {
        Self::ResponseReasoningTextDelta(value)
    }
}
impl From<BetaResponseReasoningTextDoneEvent> for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseReasoningTextDoneEvent) -> Self {
        Self::ResponseReasoningTextDone(value)
    }
}
impl From<BetaResponseRefusalDeltaEvent> for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseRefusalDeltaEvent) -> Self {
        Self::ResponseRefusalDelta(value)
    }
}
impl From<BetaResponseRefusalDoneEvent> for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseRefusalDoneEvent) -> Self {
        Self::ResponseRefusalDone(value)
    }
}
impl From<BetaResponseTextDeltaEvent> for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseTextDeltaEvent) -> Self {
        Self::ResponseOutputTextDelta(value)
    }
}
impl From<BetaResponseTextDoneEvent> for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseTextDoneEvent) -> Self {
        Self::ResponseOutputTextDone(value)
    }
}
impl From<BetaResponseWebSearchCallCompletedEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseWebSearchCallCompletedEvent) -> Self {
        Self::ResponseWebSearchCallCompleted(value)
    }
}
impl From<BetaResponseWebSearchCallInProgressEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseWebSearchCallInProgressEvent) -> Self {
        Self::ResponseWebSearchCallInProgress(value)
    }
}
impl From<BetaResponseWebSearchCallSearchingEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseWebSearchCallSearchingEvent) -> Self {
        Self::ResponseWebSearchCallSearching(value)
    }
}
impl From<BetaResponseImageGenCallCompletedEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseImageGenCallCompletedEvent) -> Self {
        Self::ResponseImageGenerationCallCompleted(value)
    }
}
impl From<BetaResponseImageGenCallGeneratingEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseImageGenCallGeneratingEvent) -> Self {
        Self::ResponseImageGenerationCallGenerating(value)
    }
}
impl From<BetaResponseImageGenCallInProgressEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseImageGenCallInProgressEvent) -> Self {
        Self::ResponseImageGenerationCallInProgress(value)
    }
}
impl From<BetaResponseImageGenCallPartialImageEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseImageGenCallPartialImageEvent) -> Self {
        Self::ResponseImageGenerationCallPartialImage(value)
    }
}
impl From<BetaResponseMcpCallArgumentsDeltaEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseMcpCallArgumentsDeltaEvent) -> Self {
        Self::ResponseMcpCallArgumentsDelta(value)
    }
}
impl From<BetaResponseMcpCallArgumentsDoneEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseMcpCallArgumentsDoneEvent) -> Self {
        Self::ResponseMcpCallArgumentsDone(value)
    }
}
impl From<BetaResponseMcpCallCompletedEvent> for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseMcpCallCompletedEvent) -> Self {
        Self::ResponseMcpCallCompleted(value)
    }
}
impl From<BetaResponseMcpCallFailedEvent> for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseMcpCallFailedEvent) -> Self {
        Self::ResponseMcpCallFailed(value)
    }
}
impl From<BetaResponseMcpCallInProgressEvent> for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseMcpCallInProgressEvent) -> Self {
        Self::ResponseMcpCallInProgress(value)
    }
}
impl From<BetaResponseMcpListToolsCompletedEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseMcpListToolsCompletedEvent) -> Self {
        Self::ResponseMcpListToolsCompleted(value)
    }
}
impl From<BetaResponseMcpListToolsFailedEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseMcpListToolsFailedEvent) -> Self {
        Self::ResponseMcpListToolsFailed(value)
    }
}
impl From<BetaResponseMcpListToolsInProgressEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseMcpListToolsInProgressEvent) -> Self {
        Self::ResponseMcpListToolsInProgress(value)
    }
}
impl From<BetaResponseOutputTextAnnotationAddedEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseOutputTextAnnotationAddedEvent) -> Self {
        Self::ResponseOutputTextAnnotationAdded(value)
    }
}
impl From<BetaResponseQueuedEvent> for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseQueuedEvent) -> Self {
        Self::ResponseQueued(value)
    }
}
impl From<BetaResponseCustomToolCallInputDeltaEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseCustomToolCallInputDeltaEvent) -> Self {
        Self::ResponseCustomToolCallInputDelta(value)
    }
}
impl From<BetaResponseCustomToolCallInputDoneEvent>
for BetaResponsesWebSocketStreamEventBase {
    fn from(value: BetaResponseCustomToolCallInputDoneEvent) -> Self {
        Self::ResponseCustomToolCallInputDone(value)
    }
}
/// Client events accepted by the Responses WebSocket server.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum BetaResponsesClientEvent {
    /// `response.create`
    ResponseCreate(Box<BetaResponsesClientEventResponseCreate>),
    /// `response.inject`
    ResponseInject(BetaResponseInjectEvent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for BetaResponsesClientEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ResponseCreate(value) => value.serialize(serializer),
            Self::ResponseInject(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for BetaResponsesClientEvent {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "response.create" => {
                    Deserialize::deserialize(content).map(Self::ResponseCreate)
                }
                "response.inject" => {
                    Deserialize::deserialize(content).map(Self::ResponseInject)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for BetaResponsesClientEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<BetaResponsesClientEventResponseCreate> for BetaResponsesClientEvent {
    fn from(value: BetaResponsesClientEventResponseCreate) -> Self {
        Self::ResponseCreate(Box::new(value))
    }
}
impl From<BetaResponseInjectEvent> for BetaResponsesClientEvent {
    fn from(value: BetaResponseInjectEvent) -> Self {
        Self::ResponseInject(value)
    }
}
/// Client event for creating a response over a persistent WebSocket connection.
/// This payload uses the same top-level fields as `POST /v1/responses`, plus
/// WebSocket-only envelope metadata.
///
/// Notes:
/// - `stream` is implicit over WebSocket and should not be sent.
/// - `background` is not supported over WebSocket.
/// - `stream_id` is WebSocket-only and is not part of `POST /v1/responses`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponsesClientEventResponseCreate {
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
    pub metadata: Option<BetaMetadata>,
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
    pub text: Option<Box<BetaResponseTextParam>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<BetaToolsArray>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_choice: Option<ToolChoiceParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt: Option<BetaPrompt>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_tier: Option<ServiceTierResponses>,
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub truncation: Option<CreateResponseTruncation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reasoning: Option<Box<Reasoning>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<BetaInputParam>,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub multi_agent: Option<BetaMultiAgentParam>,
}
impl sdk_runtime_types::de::Object for BetaResponsesClientEventResponseCreate {
    const NAME: &'static str = "BetaResponsesClientEventResponseCreate";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseCreateLiteral> = None;
        let mut stream_id: Option<String> = None;
        let mut metadata: Option<BetaMetadata> = None;
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
        let mut text: Option<Box<BetaResponseTextParam>> = None;
        let mut tools: Option<BetaToolsArray> = None;
        let mut tool_choice: Option<ToolChoiceParam> = None;
        let mut prompt: Option<BetaPrompt> = None;
        let mut service_tier: Option<ServiceTierResponses> = None;
        let mut truncation: Option<CreateResponseTruncation> = None;
        let mut reasoning: Option<Box<Reasoning>> = None;
        let mut input: Option<BetaInputParam> = None;
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
        let mut multi_agent: Option<BetaMultiAgentParam> = None;
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
                    "multi_agent" => 33,
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
                33 => sdk_runtime_types::de::nullable(&mut map, &mut multi_agent),
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
            multi_agent,
        })
    }
}
impl<'de> Deserialize<'de> for BetaResponsesClientEventResponseCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponsesClientEventResponseCreate {
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
            multi_agent: None,
        }
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<BetaMetadata>) -> Self {
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
    pub fn text(mut self, value: impl Into<BetaResponseTextParam>) -> Self {
        self.text = Some(Box::new(value.into()));
        self
    }
    /// Sets `tools`.
    pub fn tools(mut self, value: impl Into<BetaToolsArray>) -> Self {
        self.tools = Some(value.into());
        self
    }
    /// Sets `tool_choice`.
    pub fn tool_choice(mut self, value: impl Into<ToolChoiceParam>) -> Self {
        self.tool_choice = Some(value.into());
        self
    }
    /// Sets `prompt`.
    pub fn prompt(mut self, value: impl Into<BetaPrompt>) -> Self {
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
    pub fn input(mut self, value: impl Into<BetaInputParam>) -> Self {
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
    /// Sets `multi_agent`.
    pub fn multi_agent(mut self, value: impl Into<BetaMultiAgentParam>) -> Self {
        self.multi_agent = Some(value.into());
        self
    }
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaResponseInjectEvent {
    /// The event discriminator. Always `response.inject`.
    #[serde(rename = "type")]
    pub type_: ResponseInjectLiteral,
    /// The ID of the active response that should receive the input.
    pub response_id: String,
    /// Input items to inject into the active response.
    pub input: Vec<BetaInputItem>,
}
impl sdk_runtime_types::de::Object for BetaResponseInjectEvent {
    const NAME: &'static str = "BetaResponseInjectEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseInjectLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut input: Option<Vec<BetaInputItem>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "response_id" => 1,
                    "input" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut input),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            input: input.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for BetaResponseInjectEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponseInjectEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        response_id: impl Into<String>,
        input: impl Into<Vec<BetaInputItem>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            response_id: response_id.into(),
            input: input.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaCreateModelResponseProperties {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BetaMetadata>,
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
}
impl sdk_runtime_types::de::Object for BetaCreateModelResponseProperties {
    const NAME: &'static str = "BetaCreateModelResponseProperties";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut metadata: Option<BetaMetadata> = None;
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
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "metadata" => 0,
                    "top_logprobs" => 1,
                    "temperature" => 2,
                    "top_p" => 3,
                    "user" => 4,
                    "safety_identifier" => 5,
                    "prompt_cache_key" => 6,
                    "prompt_cache_retention" => 7,
                    "prompt_cache_options" => 8,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut top_logprobs),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut temperature),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut top_p),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut user),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut safety_identifier),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut prompt_cache_key),
                7 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut prompt_cache_retention,
                    )
                }
                8 => sdk_runtime_types::de::nullable(&mut map, &mut prompt_cache_options),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            metadata,
            top_logprobs,
            temperature,
            top_p,
            user,
            safety_identifier,
            prompt_cache_key,
            prompt_cache_retention,
            prompt_cache_options,
        })
    }
}
impl<'de> Deserialize<'de> for BetaCreateModelResponseProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaCreateModelResponseProperties {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            metadata: None,
            top_logprobs: None,
            temperature: None,
            top_p: None,
            user: None,
            safety_identifier: None,
            prompt_cache_key: None,
            prompt_cache_retention: None,
            prompt_cache_options: None,
        }
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<BetaMetadata>) -> Self {
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
}
