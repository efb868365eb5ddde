//! Types used only by the `responses` feature.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateResponse {
    pub metadata: Option<Metadata>,
    /// An integer between 0 and 20 specifying the maximum number of most likely
    /// tokens to return at each token position, each with an associated log
    /// probability. In some cases, the number of returned tokens may be fewer than
    /// requested.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub top_logprobs: Option<i64>,
    pub temperature: Option<f64>,
    pub top_p: Option<f64>,
    /// This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
    /// A stable identifier for your end-users.
    /// Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    pub safety_identifier: Option<String>,
    pub prompt_cache_key: Option<String>,
    ///
    /// **Deprecated** by the API.
    pub prompt_cache_retention: Option<CreateChatCompletionRequestPromptCacheRetention>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_options: Option<PromptCacheOptionsParam>,
    pub previous_response_id: Option<String>,
    /// Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    /// offers a wide range of models with different capabilities, performance
    /// characteristics, and price points. Refer to the [model guide](/docs/models)
    /// to browse and compare available models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<ModelIdsResponses>,
    pub background: Option<bool>,
    pub max_tool_calls: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<ResponseTextParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<ToolsArray>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_choice: Option<ToolChoiceParam>,
    pub prompt: Option<Prompt>,
    pub service_tier: Option<ServiceTierResponses>,
    ///
    /// **Deprecated** by the API.
    pub truncation: Option<CreateResponseTruncation>,
    pub reasoning: Option<Reasoning>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<InputParam>,
    pub include: Option<Vec<IncludeEnum>>,
    pub parallel_tool_calls: Option<bool>,
    pub store: Option<bool>,
    pub instructions: Option<String>,
    pub moderation: Option<ModerationParam>,
    pub stream: Option<bool>,
    pub stream_options: Option<ResponseStreamOptions>,
    pub conversation: Option<ConversationParam>,
    pub context_management: Option<Vec<ContextManagementParam>>,
    pub max_output_tokens: Option<i64>,
}
impl CreateResponse {
    /// A value with every optional field unset.
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
    pub fn model(mut self, value: impl Into<ModelIdsResponses>) -> Self {
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
        self.text = Some(value.into());
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
        self.reasoning = Some(value.into());
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
/// ResponseCustomToolCallItem
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CustomToolCallResource {
    /// The type of the custom tool call. Always `custom_tool_call`.
    #[serde(rename = "type")]
    pub type_: CustomToolCallLiteral,
    /// The unique ID of the custom tool call item.
    pub id: String,
    /// An identifier used to map this custom tool call to a tool call output.
    pub call_id: String,
    pub caller: Option<ToolCallCaller>,
    /// The namespace of the custom tool being called.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// The name of the custom tool being called.
    pub name: String,
    /// The input for the custom tool call generated by the model.
    pub input: String,
    /// The status of the item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    pub status: FunctionCallStatus,
    /// The identifier of the actor that created the item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
impl CustomToolCallResource {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        name: impl Into<String>,
        input: impl Into<String>,
        status: impl Into<FunctionCallStatus>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            call_id: call_id.into(),
            caller: None,
            namespace: None,
            name: name.into(),
            input: input.into(),
            status: status.into(),
            created_by: None,
        }
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<ToolCallCaller>) -> Self {
        self.caller = Some(value.into());
        self
    }
    /// Sets `namespace`.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sets `created_by`.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
}
/// The output of a function tool call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FunctionToolCallOutput {
    /// The unique ID of the function tool call output. Populated when this item
    /// is returned via API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the function tool call output. Always `function_call_output`.
    #[serde(rename = "type")]
    pub type_: FunctionCallOutputLiteral,
    /// The unique ID of the function tool call generated by the model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_id: Option<String>,
    /// The name of the tool that produced the output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The namespace of the tool that produced the output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    pub caller: Option<ToolCallCallerParam>,
    /// The output from the function call generated by your code.
    /// Can be a string or an list of output content.
    pub output: FunctionToolCallOutputResourceOutput,
    /// The status of the item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ComputerToolCallStatus>,
}
impl FunctionToolCallOutput {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(output: impl Into<FunctionToolCallOutputResourceOutput>) -> Self {
        Self {
            id: None,
            type_: Default::default(),
            call_id: None,
            name: None,
            namespace: None,
            caller: None,
            output: output.into(),
            status: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `call_id`.
    pub fn call_id(mut self, value: impl Into<String>) -> Self {
        self.call_id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `namespace`.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<ToolCallCallerParam>) -> Self {
        self.caller = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<ComputerToolCallStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InputMessageResource {
    /// The type of the message input. Always set to `message`.
    #[serde(rename = "type")]
    pub type_: MessageLiteral2,
    /// The role of the message input. One of `user`, `system`, or `developer`.
    pub role: InputMessageRole,
    /// The status of item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ComputerToolCallStatus>,
    pub content: InputMessageContentList,
    /// The unique ID of the message input.
    pub id: String,
}
impl InputMessageResource {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        role: impl Into<InputMessageRole>,
        content: impl Into<InputMessageContentList>,
        id: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            role: role.into(),
            status: None,
            content: content.into(),
            id: id.into(),
        }
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<ComputerToolCallStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
/// Content item used to generate a response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
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
    Other(serde_json::Value),
}
impl From<FunctionToolCallResource> for ItemResource {
    fn from(value: FunctionToolCallResource) -> Self {
        Self::FunctionToolCallResource(value)
    }
}
impl From<CustomToolCallResource> for ItemResource {
    fn from(value: CustomToolCallResource) -> Self {
        Self::CustomToolCallResource(value)
    }
}
impl From<FunctionShellCall> for ItemResource {
    fn from(value: FunctionShellCall) -> Self {
        Self::FunctionShellCall(value)
    }
}
impl From<FunctionShellCallOutput> for ItemResource {
    fn from(value: FunctionShellCallOutput) -> Self {
        Self::FunctionShellCallOutput(value)
    }
}
impl From<ToolSearchCall> for ItemResource {
    fn from(value: ToolSearchCall) -> Self {
        Self::ToolSearchCall(value)
    }
}
impl From<ToolSearchOutput> for ItemResource {
    fn from(value: ToolSearchOutput) -> Self {
        Self::ToolSearchOutput(value)
    }
}
impl From<CodeInterpreterToolCall> for ItemResource {
    fn from(value: CodeInterpreterToolCall) -> Self {
        Self::CodeInterpreterToolCall(value)
    }
}
impl From<McpToolCall> for ItemResource {
    fn from(value: McpToolCall) -> Self {
        Self::McpToolCall(value)
    }
}
impl From<ComputerToolCall> for ItemResource {
    fn from(value: ComputerToolCall) -> Self {
        Self::ComputerToolCall(value)
    }
}
impl From<ComputerToolCallOutputResource> for ItemResource {
    fn from(value: ComputerToolCallOutputResource) -> Self {
        Self::ComputerToolCallOutputResource(value)
    }
}
impl From<ApplyPatchToolCall> for ItemResource {
    fn from(value: ApplyPatchToolCall) -> Self {
        Self::ApplyPatchToolCall(value)
    }
}
impl From<CustomToolCallOutputResource> for ItemResource {
    fn from(value: CustomToolCallOutputResource) -> Self {
        Self::CustomToolCallOutputResource(value)
    }
}
impl From<OutputMessage> for ItemResource {
    fn from(value: OutputMessage) -> Self {
        Self::OutputMessage(value)
    }
}
impl From<Program> for ItemResource {
    fn from(value: Program) -> Self {
        Self::Program(value)
    }
}
impl From<ProgramOutput> for ItemResource {
    fn from(value: ProgramOutput) -> Self {
        Self::ProgramOutput(value)
    }
}
impl From<LocalShellToolCall> for ItemResource {
    fn from(value: LocalShellToolCall) -> Self {
        Self::LocalShellToolCall(value)
    }
}
impl From<McpApprovalRequest> for ItemResource {
    fn from(value: McpApprovalRequest) -> Self {
        Self::McpApprovalRequest(value)
    }
}
impl From<FunctionToolCallOutputResource> for ItemResource {
    fn from(value: FunctionToolCallOutputResource) -> Self {
        Self::FunctionToolCallOutputResource(value)
    }
}
impl From<ApplyPatchToolCallOutput> for ItemResource {
    fn from(value: ApplyPatchToolCallOutput) -> Self {
        Self::ApplyPatchToolCallOutput(value)
    }
}
impl From<InputMessageResource> for ItemResource {
    fn from(value: InputMessageResource) -> Self {
        Self::InputMessageResource(value)
    }
}
impl From<FileSearchToolCall> for ItemResource {
    fn from(value: FileSearchToolCall) -> Self {
        Self::FileSearchToolCall(value)
    }
}
impl From<McpListTools> for ItemResource {
    fn from(value: McpListTools) -> Self {
        Self::McpListTools(value)
    }
}
impl From<McpApprovalResponseResource> for ItemResource {
    fn from(value: McpApprovalResponseResource) -> Self {
        Self::McpApprovalResponseResource(value)
    }
}
impl From<WebSearchToolCall> for ItemResource {
    fn from(value: WebSearchToolCall) -> Self {
        Self::WebSearchToolCall(value)
    }
}
impl From<AdditionalTools> for ItemResource {
    fn from(value: AdditionalTools) -> Self {
        Self::AdditionalTools(value)
    }
}
impl From<ImageGenToolCall> for ItemResource {
    fn from(value: ImageGenToolCall) -> Self {
        Self::ImageGenToolCall(value)
    }
}
impl From<ReasoningItem> for ItemResource {
    fn from(value: ReasoningItem) -> Self {
        Self::ReasoningItem(value)
    }
}
impl From<CompactionBody> for ItemResource {
    fn from(value: CompactionBody) -> Self {
        Self::CompactionBody(value)
    }
}
impl From<LocalShellToolCallOutput> for ItemResource {
    fn from(value: LocalShellToolCallOutput) -> Self {
        Self::LocalShellToolCallOutput(value)
    }
}
/// Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ModelIdsCompaction {
    String(String),
    Responses(ModelIdsResponses),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<String> for ModelIdsCompaction {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
impl From<&str> for ModelIdsCompaction {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
impl From<ModelIdsResponses> for ModelIdsCompaction {
    fn from(value: ModelIdsResponses) -> Self {
        Self::Responses(value)
    }
}
/// Emitted when there is a partial audio response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseAudioDeltaEvent {
    /// The type of the event. Always `response.audio.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseAudioDeltaLiteral,
    /// A sequence number for this chunk of the stream response.
    pub sequence_number: i64,
    /// A chunk of Base64 encoded response audio bytes.
    pub delta: String,
}
impl ResponseAudioDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(sequence_number: impl Into<i64>, delta: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            delta: delta.into(),
        }
    }
}
/// Emitted when the audio response is complete.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseAudioDoneEvent {
    /// The type of the event. Always `response.audio.done`.
    #[serde(rename = "type")]
    pub type_: ResponseAudioDoneLiteral,
    /// The sequence number of the delta.
    pub sequence_number: i64,
}
impl ResponseAudioDoneEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(sequence_number: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
        }
    }
}
/// Emitted when there is a partial transcript of audio.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseAudioTranscriptDeltaEvent {
    /// The type of the event. Always `response.audio.transcript.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseAudioTranscriptDeltaLiteral,
    /// The partial transcript of the audio response.
    pub delta: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
impl ResponseAudioTranscriptDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(delta: impl Into<String>, sequence_number: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            delta: delta.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
/// Emitted when the full audio transcript is completed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseAudioTranscriptDoneEvent {
    /// The type of the event. Always `response.audio.transcript.done`.
    #[serde(rename = "type")]
    pub type_: ResponseAudioTranscriptDoneLiteral,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
impl ResponseAudioTranscriptDoneEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(sequence_number: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
        }
    }
}
/// Emitted when a partial code snippet is streamed by the code interpreter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseCodeInterpreterCallCodeDeltaEvent {
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
}
impl ResponseCodeInterpreterCallCodeDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when the code snippet is finalized by the code interpreter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseCodeInterpreterCallCodeDoneEvent {
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
}
impl ResponseCodeInterpreterCallCodeDoneEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when the code interpreter call is completed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseCodeInterpreterCallCompletedEvent {
    /// The type of the event. Always `response.code_interpreter_call.completed`.
    #[serde(rename = "type")]
    pub type_: ResponseCodeInterpreterCallCompletedLiteral,
    /// The index of the output item in the response for which the code interpreter call is completed.
    pub output_index: i64,
    /// The unique identifier of the code interpreter tool call item.
    pub item_id: String,
    /// The sequence number of this event, used to order streaming events.
    pub sequence_number: i64,
}
impl ResponseCodeInterpreterCallCompletedEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when a code interpreter call is in progress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseCodeInterpreterCallInProgressEvent {
    /// The type of the event. Always `response.code_interpreter_call.in_progress`.
    #[serde(rename = "type")]
    pub type_: ResponseCodeInterpreterCallInProgressLiteral,
    /// The index of the output item in the response for which the code interpreter call is in progress.
    pub output_index: i64,
    /// The unique identifier of the code interpreter tool call item.
    pub item_id: String,
    /// The sequence number of this event, used to order streaming events.
    pub sequence_number: i64,
}
impl ResponseCodeInterpreterCallInProgressEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when the code interpreter is actively interpreting the code snippet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseCodeInterpreterCallInterpretingEvent {
    /// The type of the event. Always `response.code_interpreter_call.interpreting`.
    #[serde(rename = "type")]
    pub type_: ResponseCodeInterpreterCallInterpretingLiteral,
    /// The index of the output item in the response for which the code interpreter is interpreting code.
    pub output_index: i64,
    /// The unique identifier of the code interpreter tool call item.
    pub item_id: String,
    /// The sequence number of this event, used to order streaming events.
    pub sequence_number: i64,
}
impl ResponseCodeInterpreterCallInterpretingEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when the model response is complete.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseCompletedEvent {
    /// The type of the event. Always `response.completed`.
    #[serde(rename = "type")]
    pub type_: ResponseCompletedLiteral,
    /// Properties of the completed response.
    pub response: Response,
    /// The sequence number for this event.
    pub sequence_number: i64,
}
impl ResponseCompletedEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(response: impl Into<Response>, sequence_number: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            response: response.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
/// Emitted when a new content part is added.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseContentPartAddedEvent {
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
}
impl ResponseContentPartAddedEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when a content part is done.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseContentPartDoneEvent {
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
}
impl ResponseContentPartDoneEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// An event that is emitted when a response is created.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseCreatedEvent {
    /// The type of the event. Always `response.created`.
    #[serde(rename = "type")]
    pub type_: ResponseCreatedLiteral,
    /// The response that was created.
    pub response: Response,
    /// The sequence number for this event.
    pub sequence_number: i64,
}
impl ResponseCreatedEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(response: impl Into<Response>, sequence_number: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            response: response.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
/// Event representing a delta (partial update) to the input of a custom tool call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseCustomToolCallInputDeltaEvent {
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
}
impl ResponseCustomToolCallInputDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Event indicating that input for a custom tool call is complete.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseCustomToolCallInputDoneEvent {
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
}
impl ResponseCustomToolCallInputDoneEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when an error occurs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseErrorEvent {
    /// The type of the event. Always `error`.
    #[serde(rename = "type")]
    pub type_: ErrorTypeLiteral,
    pub code: Option<String>,
    /// The error message.
    pub message: String,
    pub param: Option<String>,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
impl ResponseErrorEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(message: impl Into<String>, sequence_number: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            code: None,
            message: message.into(),
            param: None,
            sequence_number: sequence_number.into(),
        }
    }
    /// Sets `code`.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets `param`.
    pub fn param(mut self, value: impl Into<String>) -> Self {
        self.param = Some(value.into());
        self
    }
}
/// An event that is emitted when a response fails.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseFailedEvent {
    /// The type of the event. Always `response.failed`.
    #[serde(rename = "type")]
    pub type_: ResponseFailedLiteral,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The response that failed.
    pub response: Response,
}
impl ResponseFailedEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(sequence_number: impl Into<i64>, response: impl Into<Response>) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            response: response.into(),
        }
    }
}
/// Emitted when a file search call is completed (results found).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseFileSearchCallCompletedEvent {
    /// The type of the event. Always `response.file_search_call.completed`.
    #[serde(rename = "type")]
    pub type_: ResponseFileSearchCallCompletedLiteral,
    /// The index of the output item that the file search call is initiated.
    pub output_index: i64,
    /// The ID of the output item that the file search call is initiated.
    pub item_id: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
impl ResponseFileSearchCallCompletedEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when a file search call is initiated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseFileSearchCallInProgressEvent {
    /// The type of the event. Always `response.file_search_call.in_progress`.
    #[serde(rename = "type")]
    pub type_: ResponseFileSearchCallInProgressLiteral,
    /// The index of the output item that the file search call is initiated.
    pub output_index: i64,
    /// The ID of the output item that the file search call is initiated.
    pub item_id: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
impl ResponseFileSearchCallInProgressEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when a file search is currently searching.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseFileSearchCallSearchingEvent {
    /// The type of the event. Always `response.file_search_call.searching`.
    #[serde(rename = "type")]
    pub type_: ResponseFileSearchCallSearchingLiteral,
    /// The index of the output item that the file search call is searching.
    pub output_index: i64,
    /// The ID of the output item that the file search call is initiated.
    pub item_id: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
impl ResponseFileSearchCallSearchingEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when there is a partial function-call arguments delta.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseFunctionCallArgumentsDeltaEvent {
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
}
impl ResponseFunctionCallArgumentsDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when function-call arguments are finalized.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseFunctionCallArgumentsDoneEvent {
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
}
impl ResponseFunctionCallArgumentsDoneEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when an image generation tool call has completed and the final image is available.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseImageGenCallCompletedEvent {
    /// The type of the event. Always 'response.image_generation_call.completed'.
    #[serde(rename = "type")]
    pub type_: ResponseImageGenerationCallCompletedLiteral,
    /// The index of the output item in the response's output array.
    pub output_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The unique identifier of the image generation item being processed.
    pub item_id: String,
}
impl ResponseImageGenCallCompletedEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when an image generation tool call is actively generating an image (intermediate state).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseImageGenCallGeneratingEvent {
    /// The type of the event. Always 'response.image_generation_call.generating'.
    #[serde(rename = "type")]
    pub type_: ResponseImageGenerationCallGeneratingLiteral,
    /// The index of the output item in the response's output array.
    pub output_index: i64,
    /// The unique identifier of the image generation item being processed.
    pub item_id: String,
    /// The sequence number of the image generation item being processed.
    pub sequence_number: i64,
}
impl ResponseImageGenCallGeneratingEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when an image generation tool call is in progress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseImageGenCallInProgressEvent {
    /// The type of the event. Always 'response.image_generation_call.in_progress'.
    #[serde(rename = "type")]
    pub type_: ResponseImageGenerationCallInProgressLiteral,
    /// The index of the output item in the response's output array.
    pub output_index: i64,
    /// The unique identifier of the image generation item being processed.
    pub item_id: String,
    /// The sequence number of the image generation item being processed.
    pub sequence_number: i64,
}
impl ResponseImageGenCallInProgressEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when a partial image is available during image generation streaming.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseImageGenCallPartialImageEvent {
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
}
impl ResponseImageGenCallPartialImageEvent {
    /// A value with the required fields set and the optional ones unset.
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
}
/// Emitted when the response is in progress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseInProgressEvent {
    /// The type of the event. Always `response.in_progress`.
    #[serde(rename = "type")]
    pub type_: ResponseInProgressLiteral,
    /// The response that is in progress.
    pub response: Response,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
impl ResponseInProgressEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(response: impl Into<Response>, sequence_number: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            response: response.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
/// An event that is emitted when a response finishes as incomplete.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseIncompleteEvent {
    /// The type of the event. Always `response.incomplete`.
    #[serde(rename = "type")]
    pub type_: ResponseIncompleteLiteral,
    /// The response that was incomplete.
    pub response: Response,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
impl ResponseIncompleteEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(response: impl Into<Response>, sequence_number: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            response: response.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
/// A list of Response items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseItemList {
    /// The type of object returned, must be `list`.
    pub object: ListLiteral,
    /// A list of items used to generate this response.
    pub data: Vec<ItemResource>,
    /// Whether there are more items available.
    pub has_more: bool,
    /// The ID of the first item in the list.
    pub first_id: String,
    /// The ID of the last item in the list.
    pub last_id: String,
}
impl ResponseItemList {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        data: impl Into<Vec<ItemResource>>,
        has_more: impl Into<bool>,
        first_id: impl Into<String>,
        last_id: impl Into<String>,
    ) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            has_more: has_more.into(),
            first_id: first_id.into(),
            last_id: last_id.into(),
        }
    }
}
impl sdk_runtime::pagination::Page for ResponseItemList {
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
/// Emitted when there is a delta (partial update) to the arguments of an MCP tool call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseMcpCallArgumentsDeltaEvent {
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
}
impl ResponseMcpCallArgumentsDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when the arguments for an MCP tool call are finalized.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseMcpCallArgumentsDoneEvent {
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
}
impl ResponseMcpCallArgumentsDoneEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when an MCP  tool call has completed successfully.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseMcpCallCompletedEvent {
    /// The type of the event. Always 'response.mcp_call.completed'.
    #[serde(rename = "type")]
    pub type_: ResponseMcpCallCompletedLiteral,
    /// The ID of the MCP tool call item that completed.
    pub item_id: String,
    /// The index of the output item that completed.
    pub output_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
impl ResponseMcpCallCompletedEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when an MCP  tool call has failed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseMcpCallFailedEvent {
    /// The type of the event. Always 'response.mcp_call.failed'.
    #[serde(rename = "type")]
    pub type_: ResponseMcpCallFailedLiteral,
    /// The ID of the MCP tool call item that failed.
    pub item_id: String,
    /// The index of the output item that failed.
    pub output_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
impl ResponseMcpCallFailedEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when an MCP  tool call is in progress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseMcpCallInProgressEvent {
    /// The type of the event. Always 'response.mcp_call.in_progress'.
    #[serde(rename = "type")]
    pub type_: ResponseMcpCallInProgressLiteral,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The index of the output item in the response's output array.
    pub output_index: i64,
    /// The unique identifier of the MCP tool call item being processed.
    pub item_id: String,
}
impl ResponseMcpCallInProgressEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when the list of available MCP tools has been successfully retrieved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseMcpListToolsCompletedEvent {
    /// The type of the event. Always 'response.mcp_list_tools.completed'.
    #[serde(rename = "type")]
    pub type_: ResponseMcpListToolsCompletedLiteral,
    /// The ID of the MCP tool call item that produced this output.
    pub item_id: String,
    /// The index of the output item that was processed.
    pub output_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
impl ResponseMcpListToolsCompletedEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when the attempt to list available MCP tools has failed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseMcpListToolsFailedEvent {
    /// The type of the event. Always 'response.mcp_list_tools.failed'.
    #[serde(rename = "type")]
    pub type_: ResponseMcpListToolsFailedLiteral,
    /// The ID of the MCP tool call item that failed.
    pub item_id: String,
    /// The index of the output item that failed.
    pub output_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
impl ResponseMcpListToolsFailedEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when the system is in the process of retrieving the list of available MCP tools.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseMcpListToolsInProgressEvent {
    /// The type of the event. Always 'response.mcp_list_tools.in_progress'.
    #[serde(rename = "type")]
    pub type_: ResponseMcpListToolsInProgressLiteral,
    /// The ID of the MCP tool call item that is being processed.
    pub item_id: String,
    /// The index of the output item that is being processed.
    pub output_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
impl ResponseMcpListToolsInProgressEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when a new output item is added.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseOutputItemAddedEvent {
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
    pub item: OutputItem,
}
impl ResponseOutputItemAddedEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
        item: impl Into<OutputItem>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
            item: item.into(),
        }
    }
}
/// Emitted when an output item is marked done.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseOutputItemDoneEvent {
    /// The type of the event. Always `response.output_item.done`.
    #[serde(rename = "type")]
    pub type_: ResponseOutputItemDoneLiteral,
    /// The index of the output item that was marked done.
    pub output_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The output item that was marked done.
    pub item: OutputItem,
}
impl ResponseOutputItemDoneEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
        item: impl Into<OutputItem>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
            item: item.into(),
        }
    }
}
/// Emitted when an annotation is added to output text content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseOutputTextAnnotationAddedEvent {
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
}
impl ResponseOutputTextAnnotationAddedEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `annotation`.
    pub fn annotation(mut self, value: impl Into<Annotation>) -> Self {
        self.annotation = Some(value.into());
        self
    }
}
/// Emitted when a response is queued and waiting to be processed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseQueuedEvent {
    /// The type of the event. Always 'response.queued'.
    #[serde(rename = "type")]
    pub type_: ResponseQueuedLiteral,
    /// The full response object that is queued.
    pub response: Response,
    /// The sequence number for this event.
    pub sequence_number: i64,
}
impl ResponseQueuedEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(response: impl Into<Response>, sequence_number: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            response: response.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
/// Emitted when a new reasoning summary part is added.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseReasoningSummaryPartAddedEvent {
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
}
impl ResponseReasoningSummaryPartAddedEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when a reasoning summary part is completed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseReasoningSummaryPartDoneEvent {
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
}
impl ResponseReasoningSummaryPartDoneEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<IncompleteLiteral>) -> Self {
        self.status = Some(value.into());
        self
    }
}
/// Emitted when a delta is added to a reasoning summary text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseReasoningSummaryTextDeltaEvent {
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
}
impl ResponseReasoningSummaryTextDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when a reasoning summary text is completed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseReasoningSummaryTextDoneEvent {
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
}
impl ResponseReasoningSummaryTextDoneEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when a delta is added to a reasoning text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseReasoningTextDeltaEvent {
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
}
impl ResponseReasoningTextDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when a reasoning text is completed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseReasoningTextDoneEvent {
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
}
impl ResponseReasoningTextDoneEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when there is a partial refusal text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseRefusalDeltaEvent {
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
}
impl ResponseRefusalDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when refusal text is finalized.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseRefusalDoneEvent {
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
}
impl ResponseRefusalDoneEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Event emitted while a response is streamed.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ResponseStreamEvent {
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
    /// `error`
    ErrorType(ResponseErrorEvent),
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
impl Serialize for ResponseStreamEvent {
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
            Self::ErrorType(value) => value.serialize(serializer),
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
impl<'de> Deserialize<'de> for ResponseStreamEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let (tag, value) = sdk_runtime::de::tagged(deserializer, "type")?;
        Ok(
            match tag.as_deref() {
                Some("response.audio.delta") => {
                    Self::ResponseAudioDelta(sdk_runtime::de::variant(value)?)
                }
                Some("response.audio.done") => {
                    Self::ResponseAudioDone(sdk_runtime::de::variant(value)?)
                }
                Some("response.audio.transcript.delta") => {
                    Self::ResponseAudioTranscriptDelta(sdk_runtime::de::variant(value)?)
                }
                Some("response.audio.transcript.done") => {
                    Self::ResponseAudioTranscriptDone(sdk_runtime::de::variant(value)?)
                }
                Some("response.code_interpreter_call_code.delta") => {
                    Self::ResponseCodeInterpreterCallCodeDelta(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.code_interpreter_call_code.done") => {
                    Self::ResponseCodeInterpreterCallCodeDone(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.code_interpreter_call.completed") => {
                    Self::ResponseCodeInterpreterCallCompleted(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.code_interpreter_call.in_progress") => {
                    Self::ResponseCodeInterpreterCallInProgress(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.code_interpreter_call.interpreting") => {
                    Self::ResponseCodeInterpreterCallInterpreting(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.completed") => {
                    Self::ResponseCompleted(sdk_runtime::de::variant(value)?)
                }
                Some("response.content_part.added") => {
                    Self::ResponseContentPartAdded(sdk_runtime::de::variant(value)?)
                }
                Some("response.content_part.done") => {
                    Self::ResponseContentPartDone(sdk_runtime::de::variant(value)?)
                }
                Some("response.created") => {
                    Self::ResponseCreated(sdk_runtime::de::variant(value)?)
                }
                Some("error") => Self::ErrorType(sdk_runtime::de::variant(value)?),
                Some("response.file_search_call.completed") => {
                    Self::ResponseFileSearchCallCompleted(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.file_search_call.in_progress") => {
                    Self::ResponseFileSearchCallInProgress(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.file_search_call.searching") => {
                    Self::ResponseFileSearchCallSearching(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.function_call_arguments.delta") => {
                    Self::ResponseFunctionCallArgumentsDelta(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.function_call_arguments.done") => {
                    Self::ResponseFunctionCallArgumentsDone(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.shell_call_command.added") => {
                    Self::ResponseShellCallCommandAdded(sdk_runtime::de::variant(value)?)
                }
                Some("response.shell_call_command.delta") => {
                    Self::ResponseShellCallCommandDelta(sdk_runtime::de::variant(value)?)
                }
                Some("response.shell_call_command.done") => {
                    Self::ResponseShellCallCommandDone(sdk_runtime::de::variant(value)?)
                }
                Some("response.shell_call_output_content.delta") => {
                    Self::ResponseShellCallOutputContentDelta(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.shell_call_output_content.done") => {
                    Self::ResponseShellCallOutputContentDone(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.in_progress") => {
                    Self::ResponseInProgress(sdk_runtime::de::variant(value)?)
                }
                Some("response.failed") => {
                    Self::ResponseFailed(sdk_runtime::de::variant(value)?)
                }
                Some("response.incomplete") => {
                    Self::ResponseIncomplete(sdk_runtime::de::variant(value)?)
                }
                Some("response.output_item.added") => {
                    Self::ResponseOutputItemAdded(sdk_runtime::de::variant(value)?)
                }
                Some("response.output_item.done") => {
                    Self::ResponseOutputItemDone(sdk_runtime::de::variant(value)?)
                }
                Some("response.reasoning_summary_part.added") => {
                    Self::ResponseReasoningSummaryPartAdded(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.reasoning_summary_part.done") => {
                    Self::ResponseReasoningSummaryPartDone(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.reasoning_summary_text.delta") => {
                    Self::ResponseReasoningSummaryTextDelta(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.reasoning_summary_text.done") => {
                    Self::ResponseReasoningSummaryTextDone(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.reasoning_text.delta") => {
                    Self::ResponseReasoningTextDelta(sdk_runtime::de::variant(value)?)
                }
                Some("response.reasoning_text.done") => {
                    Self::ResponseReasoningTextDone(sdk_runtime::de::variant(value)?)
                }
                Some("response.refusal.delta") => {
                    Self::ResponseRefusalDelta(sdk_runtime::de::variant(value)?)
                }
                Some("response.refusal.done") => {
                    Self::ResponseRefusalDone(sdk_runtime::de::variant(value)?)
                }
                Some("response.output_text.delta") => {
                    Self::ResponseOutputTextDelta(sdk_runtime::de::variant(value)?)
                }
                Some("response.output_text.done") => {
                    Self::ResponseOutputTextDone(sdk_runtime::de::variant(value)?)
                }
                Some("response.web_search_call.completed") => {
                    Self::ResponseWebSearchCallCompleted(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.web_search_call.in_progress") => {
                    Self::ResponseWebSearchCallInProgress(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.web_search_call.searching") => {
                    Self::ResponseWebSearchCallSearching(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.image_generation_call.completed") => {
                    Self::ResponseImageGenerationCallCompleted(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.image_generation_call.generating") => {
                    Self::ResponseImageGenerationCallGenerating(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.image_generation_call.in_progress") => {
                    Self::ResponseImageGenerationCallInProgress(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.image_generation_call.partial_image") => {
                    Self::ResponseImageGenerationCallPartialImage(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.mcp_call_arguments.delta") => {
                    Self::ResponseMcpCallArgumentsDelta(sdk_runtime::de::variant(value)?)
                }
                Some("response.mcp_call_arguments.done") => {
                    Self::ResponseMcpCallArgumentsDone(sdk_runtime::de::variant(value)?)
                }
                Some("response.mcp_call.completed") => {
                    Self::ResponseMcpCallCompleted(sdk_runtime::de::variant(value)?)
                }
                Some("response.mcp_call.failed") => {
                    Self::ResponseMcpCallFailed(sdk_runtime::de::variant(value)?)
                }
                Some("response.mcp_call.in_progress") => {
                    Self::ResponseMcpCallInProgress(sdk_runtime::de::variant(value)?)
                }
                Some("response.mcp_list_tools.completed") => {
                    Self::ResponseMcpListToolsCompleted(sdk_runtime::de::variant(value)?)
                }
                Some("response.mcp_list_tools.failed") => {
                    Self::ResponseMcpListToolsFailed(sdk_runtime::de::variant(value)?)
                }
                Some("response.mcp_list_tools.in_progress") => {
                    Self::ResponseMcpListToolsInProgress(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.output_text.annotation.added") => {
                    Self::ResponseOutputTextAnnotationAdded(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.queued") => {
                    Self::ResponseQueued(sdk_runtime::de::variant(value)?)
                }
                Some("response.custom_tool_call_input.delta") => {
                    Self::ResponseCustomToolCallInputDelta(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.custom_tool_call_input.done") => {
                    Self::ResponseCustomToolCallInputDone(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                _ => Self::Unknown(value),
            },
        )
    }
}
impl From<ResponseAudioDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseAudioDeltaEvent) -> Self {
        Self::ResponseAudioDelta(value)
    }
}
impl From<ResponseAudioDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseAudioDoneEvent) -> Self {
        Self::ResponseAudioDone(value)
    }
}
impl From<ResponseAudioTranscriptDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseAudioTranscriptDeltaEvent) -> Self {
        Self::ResponseAudioTranscriptDelta(value)
    }
}
impl From<ResponseAudioTranscriptDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseAudioTranscriptDoneEvent) -> Self {
        Self::ResponseAudioTranscriptDone(value)
    }
}
impl From<ResponseCodeInterpreterCallCodeDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseCodeInterpreterCallCodeDeltaEvent) -> Self {
        Self::ResponseCodeInterpreterCallCodeDelta(value)
    }
}
impl From<ResponseCodeInterpreterCallCodeDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseCodeInterpreterCallCodeDoneEvent) -> Self {
        Self::ResponseCodeInterpreterCallCodeDone(value)
    }
}
impl From<ResponseCodeInterpreterCallCompletedEvent> for ResponseStreamEvent {
    fn from(value: ResponseCodeInterpreterCallCompletedEvent) -> Self {
        Self::ResponseCodeInterpreterCallCompleted(value)
    }
}
impl From<ResponseCodeInterpreterCallInProgressEvent> for ResponseStreamEvent {
    fn from(value: ResponseCodeInterpreterCallInProgressEvent) -> Self {
        Self::ResponseCodeInterpreterCallInProgress(value)
    }
}
impl From<ResponseCodeInterpreterCallInterpretingEvent> for ResponseStreamEvent {
    fn from(value: ResponseCodeInterpreterCallInterpretingEvent) -> Self {
        Self::ResponseCodeInterpreterCallInterpreting(value)
    }
}
impl From<ResponseCompletedEvent> for ResponseStreamEvent {
    fn from(value: ResponseCompletedEvent) -> Self {
        Self::ResponseCompleted(value)
    }
}
impl From<ResponseContentPartAddedEvent> for ResponseStreamEvent {
    fn from(value: ResponseContentPartAddedEvent) -> Self {
        Self::ResponseContentPartAdded(value)
    }
}
impl From<ResponseContentPartDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseContentPartDoneEvent) -> Self {
        Self::ResponseContentPartDone(value)
    }
}
impl From<ResponseCreatedEvent> for ResponseStreamEvent {
    fn from(value: ResponseCreatedEvent) -> Self {
        Self::ResponseCreated(value)
    }
}
impl From<ResponseErrorEvent> for ResponseStreamEvent {
    fn from(value: ResponseErrorEvent) -> Self {
        Self::ErrorType(value)
    }
}
impl From<ResponseFileSearchCallCompletedEvent> for ResponseStreamEvent {
    fn from(value: ResponseFileSearchCallCompletedEvent) -> Self {
        Self::ResponseFileSearchCallCompleted(value)
    }
}
impl From<ResponseFileSearchCallInProgressEvent> for ResponseStreamEvent {
    fn from(value: ResponseFileSearchCallInProgressEvent) -> Self {
        Self::ResponseFileSearchCallInProgress(value)
    }
}
impl From<ResponseFileSearchCallSearchingEvent> for ResponseStreamEvent {
    fn from(value: ResponseFileSearchCallSearchingEvent) -> Self {
        Self::ResponseFileSearchCallSearching(value)
    }
}
impl From<ResponseFunctionCallArgumentsDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseFunctionCallArgumentsDeltaEvent) -> Self {
        Self::ResponseFunctionCallArgumentsDelta(value)
    }
}
impl From<ResponseFunctionCallArgumentsDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseFunctionCallArgumentsDoneEvent) -> Self {
        Self::ResponseFunctionCallArgumentsDone(value)
    }
}
impl From<ResponseShellCallCommandAddedStreamingEvent> for ResponseStreamEvent {
    fn from(value: ResponseShellCallCommandAddedStreamingEvent) -> Self {
        Self::ResponseShellCallCommandAdded(value)
    }
}
impl From<ResponseShellCallCommandDeltaStreamingEvent> for ResponseStreamEvent {
    fn from(value: ResponseShellCallCommandDeltaStreamingEvent) -> Self {
        Self::ResponseShellCallCommandDelta(value)
    }
}
impl From<ResponseShellCallCommandDoneStreamingEvent> for ResponseStreamEvent {
    fn from(value: ResponseShellCallCommandDoneStreamingEvent) -> Self {
        Self::ResponseShellCallCommandDone(value)
    }
}
impl From<ResponseShellCallOutputContentDeltaStreamingEvent> for ResponseStreamEvent {
    fn from(value: ResponseShellCallOutputContentDeltaStreamingEvent) -> Self {
        Self::ResponseShellCallOutputContentDelta(value)
    }
}
impl From<ResponseShellCallOutputContentDoneStreamingEvent> for ResponseStreamEvent {
    fn from(value: ResponseShellCallOutputContentDoneStreamingEvent) -> Self {
        Self::ResponseShellCallOutputContentDone(value)
    }
}
impl From<ResponseInProgressEvent> for ResponseStreamEvent {
    fn from(value: ResponseInProgressEvent) -> Self {
        Self::ResponseInProgress(value)
    }
}
impl From<ResponseFailedEvent> for ResponseStreamEvent {
    fn from(value: ResponseFailedEvent) -> Self {
        Self::ResponseFailed(value)
    }
}
impl From<ResponseIncompleteEvent> for ResponseStreamEvent {
    fn from(value: ResponseIncompleteEvent) -> Self {
        Self::ResponseIncomplete(value)
    }
}
impl From<ResponseOutputItemAddedEvent> for ResponseStreamEvent {
    fn from(value: ResponseOutputItemAddedEvent) -> Self {
        Self::ResponseOutputItemAdded(value)
    }
}
impl From<ResponseOutputItemDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseOutputItemDoneEvent) -> Self {
        Self::ResponseOutputItemDone(value)
    }
}
impl From<ResponseReasoningSummaryPartAddedEvent> for ResponseStreamEvent {
    fn from(value: ResponseReasoningSummaryPartAddedEvent) -> Self {
        Self::ResponseReasoningSummaryPartAdded(value)
    }
}
impl From<ResponseReasoningSummaryPartDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseReasoningSummaryPartDoneEvent) -> Self {
        Self::ResponseReasoningSummaryPartDone(value)
    }
}
impl From<ResponseReasoningSummaryTextDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseReasoningSummaryTextDeltaEvent) -> Self {
        Self::ResponseReasoningSummaryTextDelta(value)
    }
}
impl From<ResponseReasoningSummaryTextDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseReasoningSummaryTextDoneEvent) -> Self {
        Self::ResponseReasoningSummaryTextDone(value)
    }
}
impl From<ResponseReasoningTextDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseReasoningTextDeltaEvent) -> Self {
        Self::ResponseReasoningTextDelta(value)
    }
}
impl From<ResponseReasoningTextDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseReasoningTextDoneEvent) -> Self {
        Self::ResponseReasoningTextDone(value)
    }
}
impl From<ResponseRefusalDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseRefusalDeltaEvent) -> Self {
        Self::ResponseRefusalDelta(value)
    }
}
impl From<ResponseRefusalDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseRefusalDoneEvent) -> Self {
        Self::ResponseRefusalDone(value)
    }
}
impl From<ResponseTextDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseTextDeltaEvent) -> Self {
        Self::ResponseOutputTextDelta(value)
    }
}
impl From<ResponseTextDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseTextDoneEvent) -> Self {
        Self::ResponseOutputTextDone(value)
    }
}
impl From<ResponseWebSearchCallCompletedEvent> for ResponseStreamEvent {
    fn from(value: ResponseWebSearchCallCompletedEvent) -> Self {
        Self::ResponseWebSearchCallCompleted(value)
    }
}
impl From<ResponseWebSearchCallInProgressEvent> for ResponseStreamEvent {
    fn from(value: ResponseWebSearchCallInProgressEvent) -> Self {
        Self::ResponseWebSearchCallInProgress(value)
    }
}
impl From<ResponseWebSearchCallSearchingEvent> for ResponseStreamEvent {
    fn from(value: ResponseWebSearchCallSearchingEvent) -> Self {
        Self::ResponseWebSearchCallSearching(value)
    }
}
impl From<ResponseImageGenCallCompletedEvent> for ResponseStreamEvent {
    fn from(value: ResponseImageGenCallCompletedEvent) -> Self {
        Self::ResponseImageGenerationCallCompleted(value)
    }
}
impl From<ResponseImageGenCallGeneratingEvent> for ResponseStreamEvent {
    fn from(value: ResponseImageGenCallGeneratingEvent) -> Self {
        Self::ResponseImageGenerationCallGenerating(value)
    }
}
impl From<ResponseImageGenCallInProgressEvent> for ResponseStreamEvent {
    fn from(value: ResponseImageGenCallInProgressEvent) -> Self {
        Self::ResponseImageGenerationCallInProgress(value)
    }
}
impl From<ResponseImageGenCallPartialImageEvent> for ResponseStreamEvent {
    fn from(value: ResponseImageGenCallPartialImageEvent) -> Self {
        Self::ResponseImageGenerationCallPartialImage(value)
    }
}
impl From<ResponseMcpCallArgumentsDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseMcpCallArgumentsDeltaEvent) -> Self {
        Self::ResponseMcpCallArgumentsDelta(value)
    }
}
impl From<ResponseMcpCallArgumentsDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseMcpCallArgumentsDoneEvent) -> Self {
        Self::ResponseMcpCallArgumentsDone(value)
    }
}
impl From<ResponseMcpCallCompletedEvent> for ResponseStreamEvent {
    fn from(value: ResponseMcpCallCompletedEvent) -> Self {
        Self::ResponseMcpCallCompleted(value)
    }
}
impl From<ResponseMcpCallFailedEvent> for ResponseStreamEvent {
    fn from(value: ResponseMcpCallFailedEvent) -> Self {
        Self::ResponseMcpCallFailed(value)
    }
}
impl From<ResponseMcpCallInProgressEvent> for ResponseStreamEvent {
    fn from(value: ResponseMcpCallInProgressEvent) -> Self {
        Self::ResponseMcpCallInProgress(value)
    }
}
impl From<ResponseMcpListToolsCompletedEvent> for ResponseStreamEvent {
    fn from(value: ResponseMcpListToolsCompletedEvent) -> Self {
        Self::ResponseMcpListToolsCompleted(value)
    }
}
impl From<ResponseMcpListToolsFailedEvent> for ResponseStreamEvent {
    fn from(value: ResponseMcpListToolsFailedEvent) -> Self {
        Self::ResponseMcpListToolsFailed(value)
    }
}
impl From<ResponseMcpListToolsInProgressEvent> for ResponseStreamEvent {
    fn from(value: ResponseMcpListToolsInProgressEvent) -> Self {
        Self::ResponseMcpListToolsInProgress(value)
    }
}
impl From<ResponseOutputTextAnnotationAddedEvent> for ResponseStreamEvent {
    fn from(value: ResponseOutputTextAnnotationAddedEvent) -> Self {
        Self::ResponseOutputTextAnnotationAdded(value)
    }
}
impl From<ResponseQueuedEvent> for ResponseStreamEvent {
    fn from(value: ResponseQueuedEvent) -> Self {
        Self::ResponseQueued(value)
    }
}
impl From<ResponseCustomToolCallInputDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseCustomToolCallInputDeltaEvent) -> Self {
        Self::ResponseCustomToolCallInputDelta(value)
    }
}
impl From<ResponseCustomToolCallInputDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseCustomToolCallInputDoneEvent) -> Self {
        Self::ResponseCustomToolCallInputDone(value)
    }
}
/// A streaming event that indicated a shell command was added to a tool call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseShellCallCommandAddedStreamingEvent {
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
}
impl ResponseShellCallCommandAddedStreamingEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// A streaming event that indicated a shell command was incrementally updated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseShellCallCommandDeltaStreamingEvent {
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
}
impl ResponseShellCallCommandDeltaStreamingEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `obfuscation`.
    pub fn obfuscation(mut self, value: impl Into<String>) -> Self {
        self.obfuscation = Some(value.into());
        self
    }
}
/// A streaming event that indicated a shell command was completed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseShellCallCommandDoneStreamingEvent {
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
}
impl ResponseShellCallCommandDoneStreamingEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// A streaming event that indicated shell call output was incrementally added.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseShellCallOutputContentDeltaStreamingEvent {
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
}
impl ResponseShellCallOutputContentDeltaStreamingEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// A streaming event that indicated shell call output was completed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseShellCallOutputContentDoneStreamingEvent {
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
}
impl ResponseShellCallOutputContentDoneStreamingEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when there is an additional text delta.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseTextDeltaEvent {
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
}
impl ResponseTextDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when text content is finalized.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseTextDoneEvent {
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
}
impl ResponseTextDoneEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when a web search call is completed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseWebSearchCallCompletedEvent {
    /// The type of the event. Always `response.web_search_call.completed`.
    #[serde(rename = "type")]
    pub type_: ResponseWebSearchCallCompletedLiteral,
    /// The index of the output item that the web search call is associated with.
    pub output_index: i64,
    /// Unique ID for the output item associated with the web search call.
    pub item_id: String,
    /// The sequence number of the web search call being processed.
    pub sequence_number: i64,
}
impl ResponseWebSearchCallCompletedEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when a web search call is initiated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseWebSearchCallInProgressEvent {
    /// The type of the event. Always `response.web_search_call.in_progress`.
    #[serde(rename = "type")]
    pub type_: ResponseWebSearchCallInProgressLiteral,
    /// The index of the output item that the web search call is associated with.
    pub output_index: i64,
    /// Unique ID for the output item associated with the web search call.
    pub item_id: String,
    /// The sequence number of the web search call being processed.
    pub sequence_number: i64,
}
impl ResponseWebSearchCallInProgressEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
/// Emitted when a web search call is executing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseWebSearchCallSearchingEvent {
    /// The type of the event. Always `response.web_search_call.searching`.
    #[serde(rename = "type")]
    pub type_: ResponseWebSearchCallSearchingLiteral,
    /// The index of the output item that the web search call is associated with.
    pub output_index: i64,
    /// Unique ID for the output item associated with the web search call.
    pub item_id: String,
    /// The sequence number of the web search call being processed.
    pub sequence_number: i64,
}
impl ResponseWebSearchCallSearchingEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TruncationEnum {
    /// `auto`
    Auto,
    /// `disabled`
    Disabled,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl TruncationEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Disabled => "disabled",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "disabled" => Self::Disabled,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for TruncationEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for TruncationEnum {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for TruncationEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for TruncationEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for TruncationEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PersonalityEnum {
    /// `friendly`
    Friendly,
    /// `pragmatic`
    Pragmatic,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl PersonalityEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Friendly => "friendly",
            Self::Pragmatic => "pragmatic",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "friendly" => Self::Friendly,
            "pragmatic" => Self::Pragmatic,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for PersonalityEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for PersonalityEnum {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for PersonalityEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for PersonalityEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for PersonalityEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TokenCountsBody {
    pub model: Option<String>,
    pub input: Option<TokenCountsBodyInput>,
    pub previous_response_id: Option<String>,
    pub tools: Option<Vec<Tool>>,
    pub text: Option<ResponseTextParam>,
    pub reasoning: Option<Reasoning>,
    /// The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response to fit the context window by dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with a 400 error.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub truncation: Option<TruncationEnum>,
    pub instructions: Option<String>,
    /// A model-owned style preset to apply to this request. Omit this parameter to use the model's default style. Supported values may expand over time. Values must be at most 64 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub personality: Option<PersonalityEnum>,
    pub conversation: Option<ConversationParam>,
    pub tool_choice: Option<ToolChoiceParam>,
    pub parallel_tool_calls: Option<bool>,
}
impl TokenCountsBody {
    /// A value with every optional field unset.
    pub fn new() -> Self {
        Self {
            model: None,
            input: None,
            previous_response_id: None,
            tools: None,
            text: None,
            reasoning: None,
            truncation: None,
            instructions: None,
            personality: None,
            conversation: None,
            tool_choice: None,
            parallel_tool_calls: None,
        }
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `input`.
    pub fn input(mut self, value: impl Into<TokenCountsBodyInput>) -> Self {
        self.input = Some(value.into());
        self
    }
    /// Sets `previous_response_id`.
    pub fn previous_response_id(mut self, value: impl Into<String>) -> Self {
        self.previous_response_id = Some(value.into());
        self
    }
    /// Sets `tools`.
    pub fn tools(mut self, value: impl Into<Vec<Tool>>) -> Self {
        self.tools = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<ResponseTextParam>) -> Self {
        self.text = Some(value.into());
        self
    }
    /// Sets `reasoning`.
    pub fn reasoning(mut self, value: impl Into<Reasoning>) -> Self {
        self.reasoning = Some(value.into());
        self
    }
    /// Sets `truncation`.
    pub fn truncation(mut self, value: impl Into<TruncationEnum>) -> Self {
        self.truncation = Some(value.into());
        self
    }
    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }
    /// Sets `personality`.
    pub fn personality(mut self, value: impl Into<PersonalityEnum>) -> Self {
        self.personality = Some(value.into());
        self
    }
    /// Sets `conversation`.
    pub fn conversation(mut self, value: impl Into<ConversationParam>) -> Self {
        self.conversation = Some(value.into());
        self
    }
    /// Sets `tool_choice`.
    pub fn tool_choice(mut self, value: impl Into<ToolChoiceParam>) -> Self {
        self.tool_choice = Some(value.into());
        self
    }
    /// Sets `parallel_tool_calls`.
    pub fn parallel_tool_calls(mut self, value: impl Into<bool>) -> Self {
        self.parallel_tool_calls = Some(value.into());
        self
    }
}
/// Text, image, or file inputs to the model, used to generate a response
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum TokenCountsBodyInput {
    InputItemList(Vec<InputItem>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<Vec<InputItem>> for TokenCountsBodyInput {
    fn from(value: Vec<InputItem>) -> Self {
        Self::InputItemList(value)
    }
}
impl From<String> for TokenCountsBodyInput {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
impl From<&str> for TokenCountsBodyInput {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
/// Token counts
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TokenCountsResource {
    pub object: ResponseInputTokensLiteral,
    pub input_tokens: i64,
}
impl TokenCountsResource {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(input_tokens: impl Into<i64>) -> Self {
        Self {
            object: Default::default(),
            input_tokens: input_tokens.into(),
        }
    }
}
/// The constant `response.input_tokens`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ResponseInputTokensLiteral {
    /// `response.input_tokens`
    ResponseInputTokens,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl ResponseInputTokensLiteral {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ResponseInputTokens => "response.input_tokens",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "response.input_tokens" => Self::ResponseInputTokens,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for ResponseInputTokensLiteral {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for ResponseInputTokensLiteral {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for ResponseInputTokensLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ResponseInputTokensLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ResponseInputTokensLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for ResponseInputTokensLiteral {
    fn default() -> Self {
        Self::ResponseInputTokens
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PromptCacheRetentionEnum {
    /// `in_memory`
    InMemory,
    /// `24h`
    V24h,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl PromptCacheRetentionEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InMemory => "in_memory",
            Self::V24h => "24h",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "in_memory" => Self::InMemory,
            "24h" => Self::V24h,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for PromptCacheRetentionEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for PromptCacheRetentionEnum {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for PromptCacheRetentionEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for PromptCacheRetentionEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for PromptCacheRetentionEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ServiceTierEnum {
    /// `auto`
    Auto,
    /// `default`
    DefaultType,
    /// `fast`
    Fast,
    /// `flex`
    Flex,
    /// `priority`
    Priority,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl ServiceTierEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::DefaultType => "default",
            Self::Fast => "fast",
            Self::Flex => "flex",
            Self::Priority => "priority",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "default" => Self::DefaultType,
            "fast" => Self::Fast,
            "flex" => Self::Flex,
            "priority" => Self::Priority,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for ServiceTierEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for ServiceTierEnum {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for ServiceTierEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ServiceTierEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ServiceTierEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CompactResponseMethodPublicBody {
    pub model: Option<ModelIdsCompaction>,
    pub input: Option<CompactResponseMethodPublicBodyInput>,
    pub previous_response_id: Option<String>,
    pub instructions: Option<String>,
    pub prompt_cache_key: Option<String>,
    pub prompt_cache_retention: Option<PromptCacheRetentionEnum>,
    pub prompt_cache_options: Option<PromptCacheOptionsParam>,
    pub service_tier: Option<ServiceTierEnum>,
}
impl CompactResponseMethodPublicBody {
    /// A value with every optional field unset.
    pub fn new() -> Self {
        Self {
            model: None,
            input: None,
            previous_response_id: None,
            instructions: None,
            prompt_cache_key: None,
            prompt_cache_retention: None,
            prompt_cache_options: None,
            service_tier: None,
        }
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<ModelIdsCompaction>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `input`.
    pub fn input(
        mut self,
        value: impl Into<CompactResponseMethodPublicBodyInput>,
    ) -> Self {
        self.input = Some(value.into());
        self
    }
    /// Sets `previous_response_id`.
    pub fn previous_response_id(mut self, value: impl Into<String>) -> Self {
        self.previous_response_id = Some(value.into());
        self
    }
    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
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
        value: impl Into<PromptCacheRetentionEnum>,
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
    /// Sets `service_tier`.
    pub fn service_tier(mut self, value: impl Into<ServiceTierEnum>) -> Self {
        self.service_tier = Some(value.into());
        self
    }
}
/// Text, image, or file inputs to the model, used to generate a response
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CompactResponseMethodPublicBodyInput {
    InputItemList(Vec<InputItem>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<Vec<InputItem>> for CompactResponseMethodPublicBodyInput {
    fn from(value: Vec<InputItem>) -> Self {
        Self::InputItemList(value)
    }
}
impl From<String> for CompactResponseMethodPublicBodyInput {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
impl From<&str> for CompactResponseMethodPublicBodyInput {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
/// An item representing a message, tool call, tool output, reasoning, or other response element.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ItemField {
    /// `message`
    Message(Message),
    /// `program`
    Program(Program),
    /// `program_output`
    ProgramOutput(ProgramOutput),
    /// `function_call`
    FunctionCall(FunctionToolCall),
    /// `tool_search_call`
    ToolSearchCall(ToolSearchCall),
    /// `tool_search_output`
    ToolSearchOutput(ToolSearchOutput),
    /// `additional_tools`
    AdditionalTools(AdditionalTools),
    /// `function_call_output`
    FunctionCallOutput(FunctionToolCallOutput),
    /// `file_search_call`
    FileSearchCall(FileSearchToolCall),
    /// `web_search_call`
    WebSearchCall(WebSearchToolCall),
    /// `image_generation_call`
    ImageGenerationCall(ImageGenToolCall),
    /// `computer_call`
    ComputerCall(ComputerToolCall),
    /// `computer_call_output`
    ComputerCallOutput(ComputerToolCallOutputResource),
    /// `reasoning`
    Reasoning(ReasoningItem),
    /// `compaction`
    Compaction(CompactionBody),
    /// `code_interpreter_call`
    CodeInterpreterCall(CodeInterpreterToolCall),
    /// `local_shell_call`
    LocalShellCall(LocalShellToolCall),
    /// `local_shell_call_output`
    LocalShellCallOutput(LocalShellToolCallOutput),
    /// `shell_call`
    ShellCall(FunctionShellCall),
    /// `shell_call_output`
    ShellCallOutput(FunctionShellCallOutput),
    /// `apply_patch_call`
    ApplyPatchCall(ApplyPatchToolCall),
    /// `apply_patch_call_output`
    ApplyPatchCallOutput(ApplyPatchToolCallOutput),
    /// `mcp_list_tools`
    McpListTools(McpListTools),
    /// `mcp_approval_request`
    McpApprovalRequest(McpApprovalRequest),
    /// `mcp_approval_response`
    McpApprovalResponse(McpApprovalResponseResource),
    /// `mcp_call`
    McpCall(McpToolCall),
    /// `custom_tool_call`
    CustomToolCall(CustomToolCall),
    /// `custom_tool_call_output`
    CustomToolCallOutput(CustomToolCallOutput),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for ItemField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Message(value) => value.serialize(serializer),
            Self::Program(value) => value.serialize(serializer),
            Self::ProgramOutput(value) => value.serialize(serializer),
            Self::FunctionCall(value) => value.serialize(serializer),
            Self::ToolSearchCall(value) => value.serialize(serializer),
            Self::ToolSearchOutput(value) => value.serialize(serializer),
            Self::AdditionalTools(value) => value.serialize(serializer),
            Self::FunctionCallOutput(value) => value.serialize(serializer),
            Self::FileSearchCall(value) => value.serialize(serializer),
            Self::WebSearchCall(value) => value.serialize(serializer),
            Self::ImageGenerationCall(value) => value.serialize(serializer),
            Self::ComputerCall(value) => value.serialize(serializer),
            Self::ComputerCallOutput(value) => value.serialize(serializer),
            Self::Reasoning(value) => value.serialize(serializer),
            Self::Compaction(value) => value.serialize(serializer),
            Self::CodeInterpreterCall(value) => value.serialize(serializer),
            Self::LocalShellCall(value) => value.serialize(serializer),
            Self::LocalShellCallOutput(value) => value.serialize(serializer),
            Self::ShellCall(value) => value.serialize(serializer),
            Self::ShellCallOutput(value) => value.serialize(serializer),
            Self::ApplyPatchCall(value) => value.serialize(serializer),
            Self::ApplyPatchCallOutput(value) => value.serialize(serializer),
            Self::McpListTools(value) => value.serialize(serializer),
            Self::McpApprovalRequest(value) => value.serialize(serializer),
            Self::McpApprovalResponse(value) => value.serialize(serializer),
            Self::McpCall(value) => value.serialize(serializer),
            Self::CustomToolCall(value) => value.serialize(serializer),
            Self::CustomToolCallOutput(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl<'de> Deserialize<'de> for ItemField {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let (tag, value) = sdk_runtime::de::tagged(deserializer, "type")?;
        Ok(
            match tag.as_deref() {
                Some("message") => Self::Message(sdk_runtime::de::variant(value)?),
                Some("program") => Self::Program(sdk_runtime::de::variant(value)?),
                Some("program_output") => {
                    Self::ProgramOutput(sdk_runtime::de::variant(value)?)
                }
                Some("function_call") => {
                    Self::FunctionCall(sdk_runtime::de::variant(value)?)
                }
                Some("tool_search_call") => {
                    Self::ToolSearchCall(sdk_runtime::de::variant(value)?)
                }
                Some("tool_search_output") => {
                    Self::ToolSearchOutput(sdk_runtime::de::variant(value)?)
                }
                Some("additional_tools") => {
                    Self::AdditionalTools(sdk_runtime::de::variant(value)?)
                }
                Some("function_call_output") => {
                    Self::FunctionCallOutput(sdk_runtime::de::variant(value)?)
                }
                Some("file_search_call") => {
                    Self::FileSearchCall(sdk_runtime::de::variant(value)?)
                }
                Some("web_search_call") => {
                    Self::WebSearchCall(sdk_runtime::de::variant(value)?)
                }
                Some("image_generation_call") => {
                    Self::ImageGenerationCall(sdk_runtime::de::variant(value)?)
                }
                Some("computer_call") => {
                    Self::ComputerCall(sdk_runtime::de::variant(value)?)
                }
                Some("computer_call_output") => {
                    Self::ComputerCallOutput(sdk_runtime::de::variant(value)?)
                }
                Some("reasoning") => Self::Reasoning(sdk_runtime::de::variant(value)?),
                Some("compaction") => Self::Compaction(sdk_runtime::de::variant(value)?),
                Some("code_interpreter_call") => {
                    Self::CodeInterpreterCall(sdk_runtime::de::variant(value)?)
                }
                Some("local_shell_call") => {
                    Self::LocalShellCall(sdk_runtime::de::variant(value)?)
                }
                Some("local_shell_call_output") => {
                    Self::LocalShellCallOutput(sdk_runtime::de::variant(value)?)
                }
                Some("shell_call") => Self::ShellCall(sdk_runtime::de::variant(value)?),
                Some("shell_call_output") => {
                    Self::ShellCallOutput(sdk_runtime::de::variant(value)?)
                }
                Some("apply_patch_call") => {
                    Self::ApplyPatchCall(sdk_runtime::de::variant(value)?)
                }
                Some("apply_patch_call_output") => {
                    Self::ApplyPatchCallOutput(sdk_runtime::de::variant(value)?)
                }
                Some("mcp_list_tools") => {
                    Self::McpListTools(sdk_runtime::de::variant(value)?)
                }
                Some("mcp_approval_request") => {
                    Self::McpApprovalRequest(sdk_runtime::de::variant(value)?)
                }
                Some("mcp_approval_response") => {
                    Self::McpApprovalResponse(sdk_runtime::de::variant(value)?)
                }
                Some("mcp_call") => Self::McpCall(sdk_runtime::de::variant(value)?),
                Some("custom_tool_call") => {
                    Self::CustomToolCall(sdk_runtime::de::variant(value)?)
                }
                Some("custom_tool_call_output") => {
                    Self::CustomToolCallOutput(sdk_runtime::de::variant(value)?)
                }
                _ => Self::Unknown(value),
            },
        )
    }
}
impl From<Message> for ItemField {
    fn from(value: Message) -> Self {
        Self::Message(value)
    }
}
impl From<Program> for ItemField {
    fn from(value: Program) -> Self {
        Self::Program(value)
    }
}
impl From<ProgramOutput> for ItemField {
    fn from(value: ProgramOutput) -> Self {
        Self::ProgramOutput(value)
    }
}
impl From<FunctionToolCall> for ItemField {
    fn from(value: FunctionToolCall) -> Self {
        Self::FunctionCall(value)
    }
}
impl From<ToolSearchCall> for ItemField {
    fn from(value: ToolSearchCall) -> Self {
        Self::ToolSearchCall(value)
    }
}
impl From<ToolSearchOutput> for ItemField {
    fn from(value: ToolSearchOutput) -> Self {
        Self::ToolSearchOutput(value)
    }
}
impl From<AdditionalTools> for ItemField {
    fn from(value: AdditionalTools) -> Self {
        Self::AdditionalTools(value)
    }
}
impl From<FunctionToolCallOutput> for ItemField {
    fn from(value: FunctionToolCallOutput) -> Self {
        Self::FunctionCallOutput(value)
    }
}
impl From<FileSearchToolCall> for ItemField {
    fn from(value: FileSearchToolCall) -> Self {
        Self::FileSearchCall(value)
    }
}
impl From<WebSearchToolCall> for ItemField {
    fn from(value: WebSearchToolCall) -> Self {
        Self::WebSearchCall(value)
    }
}
impl From<ImageGenToolCall> for ItemField {
    fn from(value: ImageGenToolCall) -> Self {
        Self::ImageGenerationCall(value)
    }
}
impl From<ComputerToolCall> for ItemField {
    fn from(value: ComputerToolCall) -> Self {
        Self::ComputerCall(value)
    }
}
impl From<ComputerToolCallOutputResource> for ItemField {
    fn from(value: ComputerToolCallOutputResource) -> Self {
        Self::ComputerCallOutput(value)
    }
}
impl From<ReasoningItem> for ItemField {
    fn from(value: ReasoningItem) -> Self {
        Self::Reasoning(value)
    }
}
impl From<CompactionBody> for ItemField {
    fn from(value: CompactionBody) -> Self {
        Self::Compaction(value)
    }
}
impl From<CodeInterpreterToolCall> for ItemField {
    fn from(value: CodeInterpreterToolCall) -> Self {
        Self::CodeInterpreterCall(value)
    }
}
impl From<LocalShellToolCall> for ItemField {
    fn from(value: LocalShellToolCall) -> Self {
        Self::LocalShellCall(value)
    }
}
impl From<LocalShellToolCallOutput> for ItemField {
    fn from(value: LocalShellToolCallOutput) -> Self {
        Self::LocalShellCallOutput(value)
    }
}
impl From<FunctionShellCall> for ItemField {
    fn from(value: FunctionShellCall) -> Self {
        Self::ShellCall(value)
    }
}
impl From<FunctionShellCallOutput> for ItemField {
    fn from(value: FunctionShellCallOutput) -> Self {
        Self::ShellCallOutput(value)
    }
}
impl From<ApplyPatchToolCall> for ItemField {
    fn from(value: ApplyPatchToolCall) -> Self {
        Self::ApplyPatchCall(value)
    }
}
impl From<ApplyPatchToolCallOutput> for ItemField {
    fn from(value: ApplyPatchToolCallOutput) -> Self {
        Self::ApplyPatchCallOutput(value)
    }
}
impl From<McpListTools> for ItemField {
    fn from(value: McpListTools) -> Self {
        Self::McpListTools(value)
    }
}
impl From<McpApprovalRequest> for ItemField {
    fn from(value: McpApprovalRequest) -> Self {
        Self::McpApprovalRequest(value)
    }
}
impl From<McpApprovalResponseResource> for ItemField {
    fn from(value: McpApprovalResponseResource) -> Self {
        Self::McpApprovalResponse(value)
    }
}
impl From<McpToolCall> for ItemField {
    fn from(value: McpToolCall) -> Self {
        Self::McpCall(value)
    }
}
impl From<CustomToolCall> for ItemField {
    fn from(value: CustomToolCall) -> Self {
        Self::CustomToolCall(value)
    }
}
impl From<CustomToolCallOutput> for ItemField {
    fn from(value: CustomToolCallOutput) -> Self {
        Self::CustomToolCallOutput(value)
    }
}
/// The compacted response object
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompactResource {
    /// The unique identifier for the compacted response.
    pub id: String,
    /// The object type. Always `response.compaction`.
    pub object: ResponseCompactionLiteral,
    /// The compacted list of output items.
    pub output: Vec<ItemField>,
    /// Unix timestamp (in seconds) when the compacted conversation was created.
    pub created_at: i64,
    /// Token accounting for the compaction pass, including cached, reasoning, and total tokens.
    pub usage: ResponseUsage,
}
impl CompactResource {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        output: impl Into<Vec<ItemField>>,
        created_at: impl Into<i64>,
        usage: impl Into<ResponseUsage>,
    ) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            output: output.into(),
            created_at: created_at.into(),
            usage: usage.into(),
        }
    }
}
/// The constant `response.compaction`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ResponseCompactionLiteral {
    /// `response.compaction`
    ResponseCompaction,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl ResponseCompactionLiteral {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ResponseCompaction => "response.compaction",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "response.compaction" => Self::ResponseCompaction,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for ResponseCompactionLiteral {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for ResponseCompactionLiteral {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for ResponseCompactionLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ResponseCompactionLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ResponseCompactionLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for ResponseCompactionLiteral {
    fn default() -> Self {
        Self::ResponseCompaction
    }
}
/// Token counts
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaTokenCountsResource {
    pub object: ResponseInputTokensLiteral,
    pub input_tokens: i64,
}
impl BetaTokenCountsResource {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(input_tokens: impl Into<i64>) -> Self {
        Self {
            object: Default::default(),
            input_tokens: input_tokens.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BetaTokenCountsBody {
    pub model: Option<String>,
    pub input: Option<BetaTokenCountsBodyInput>,
    pub previous_response_id: Option<String>,
    pub tools: Option<Vec<BetaTool>>,
    pub text: Option<BetaResponseTextParam>,
    pub reasoning: Option<BetaReasoning>,
    /// The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response to fit the context window by dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with a 400 error.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub truncation: Option<BetaTruncationEnum>,
    pub instructions: Option<String>,
    /// A model-owned style preset to apply to this request. Omit this parameter to use the model's default style. Supported values may expand over time. Values must be at most 64 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub personality: Option<BetaPersonalityEnum>,
    pub conversation: Option<BetaConversationParam>,
    pub tool_choice: Option<BetaToolChoiceParam>,
    pub parallel_tool_calls: Option<bool>,
}
impl BetaTokenCountsBody {
    /// A value with every optional field unset.
    pub fn new() -> Self {
        Self {
            model: None,
            input: None,
            previous_response_id: None,
            tools: None,
            text: None,
            reasoning: None,
            truncation: None,
            instructions: None,
            personality: None,
            conversation: None,
            tool_choice: None,
            parallel_tool_calls: None,
        }
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `input`.
    pub fn input(mut self, value: impl Into<BetaTokenCountsBodyInput>) -> Self {
        self.input = Some(value.into());
        self
    }
    /// Sets `previous_response_id`.
    pub fn previous_response_id(mut self, value: impl Into<String>) -> Self {
        self.previous_response_id = Some(value.into());
        self
    }
    /// Sets `tools`.
    pub fn tools(mut self, value: impl Into<Vec<BetaTool>>) -> Self {
        self.tools = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<BetaResponseTextParam>) -> Self {
        self.text = Some(value.into());
        self
    }
    /// Sets `reasoning`.
    pub fn reasoning(mut self, value: impl Into<BetaReasoning>) -> Self {
        self.reasoning = Some(value.into());
        self
    }
    /// Sets `truncation`.
    pub fn truncation(mut self, value: impl Into<BetaTruncationEnum>) -> Self {
        self.truncation = Some(value.into());
        self
    }
    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }
    /// Sets `personality`.
    pub fn personality(mut self, value: impl Into<BetaPersonalityEnum>) -> Self {
        self.personality = Some(value.into());
        self
    }
    /// Sets `conversation`.
    pub fn conversation(mut self, value: impl Into<BetaConversationParam>) -> Self {
        self.conversation = Some(value.into());
        self
    }
    /// Sets `tool_choice`.
    pub fn tool_choice(mut self, value: impl Into<BetaToolChoiceParam>) -> Self {
        self.tool_choice = Some(value.into());
        self
    }
    /// Sets `parallel_tool_calls`.
    pub fn parallel_tool_calls(mut self, value: impl Into<bool>) -> Self {
        self.parallel_tool_calls = Some(value.into());
        self
    }
}
/// Text, image, or file inputs to the model, used to generate a response
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum BetaTokenCountsBodyInput {
    InputItemList(Vec<BetaInputItem>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<Vec<BetaInputItem>> for BetaTokenCountsBodyInput {
    fn from(value: Vec<BetaInputItem>) -> Self {
        Self::InputItemList(value)
    }
}
impl From<String> for BetaTokenCountsBodyInput {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
impl From<&str> for BetaTokenCountsBodyInput {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BetaTruncationEnum {
    /// `auto`
    Auto,
    /// `disabled`
    Disabled,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl BetaTruncationEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Disabled => "disabled",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "disabled" => Self::Disabled,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for BetaTruncationEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for BetaTruncationEnum {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for BetaTruncationEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BetaTruncationEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BetaTruncationEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BetaPersonalityEnum {
    /// `friendly`
    Friendly,
    /// `pragmatic`
    Pragmatic,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl BetaPersonalityEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Friendly => "friendly",
            Self::Pragmatic => "pragmatic",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "friendly" => Self::Friendly,
            "pragmatic" => Self::Pragmatic,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for BetaPersonalityEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for BetaPersonalityEnum {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for BetaPersonalityEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BetaPersonalityEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BetaPersonalityEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BetaCompactResponseMethodPublicBody {
    pub model: Option<BetaModelIdsCompaction>,
    pub input: Option<BetaCompactResponseMethodPublicBodyInput>,
    pub previous_response_id: Option<String>,
    pub instructions: Option<String>,
    pub prompt_cache_key: Option<String>,
    pub prompt_cache_retention: Option<BetaPromptCacheRetentionEnum>,
    pub prompt_cache_options: Option<BetaPromptCacheOptionsParam>,
    pub service_tier: Option<BetaServiceTierEnum>,
}
impl BetaCompactResponseMethodPublicBody {
    /// A value with every optional field unset.
    pub fn new() -> Self {
        Self {
            model: None,
            input: None,
            previous_response_id: None,
            instructions: None,
            prompt_cache_key: None,
            prompt_cache_retention: None,
            prompt_cache_options: None,
            service_tier: None,
        }
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<BetaModelIdsCompaction>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `input`.
    pub fn input(
        mut self,
        value: impl Into<BetaCompactResponseMethodPublicBodyInput>,
    ) -> Self {
        self.input = Some(value.into());
        self
    }
    /// Sets `previous_response_id`.
    pub fn previous_response_id(mut self, value: impl Into<String>) -> Self {
        self.previous_response_id = Some(value.into());
        self
    }
    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
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
        value: impl Into<BetaPromptCacheRetentionEnum>,
    ) -> Self {
        self.prompt_cache_retention = Some(value.into());
        self
    }
    /// Sets `prompt_cache_options`.
    pub fn prompt_cache_options(
        mut self,
        value: impl Into<BetaPromptCacheOptionsParam>,
    ) -> Self {
        self.prompt_cache_options = Some(value.into());
        self
    }
    /// Sets `service_tier`.
    pub fn service_tier(mut self, value: impl Into<BetaServiceTierEnum>) -> Self {
        self.service_tier = Some(value.into());
        self
    }
}
/// Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum BetaModelIdsCompaction {
    String(String),
    Responses(BetaModelIdsResponses),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<String> for BetaModelIdsCompaction {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
impl From<&str> for BetaModelIdsCompaction {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
impl From<BetaModelIdsResponses> for BetaModelIdsCompaction {
    fn from(value: BetaModelIdsResponses) -> Self {
        Self::Responses(value)
    }
}
/// Text, image, or file inputs to the model, used to generate a response
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum BetaCompactResponseMethodPublicBodyInput {
    InputItemList(Vec<BetaInputItem>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<Vec<BetaInputItem>> for BetaCompactResponseMethodPublicBodyInput {
    fn from(value: Vec<BetaInputItem>) -> Self {
        Self::InputItemList(value)
    }
}
impl From<String> for BetaCompactResponseMethodPublicBodyInput {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
impl From<&str> for BetaCompactResponseMethodPublicBodyInput {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BetaPromptCacheRetentionEnum {
    /// `in_memory`
    InMemory,
    /// `24h`
    V24h,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl BetaPromptCacheRetentionEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InMemory => "in_memory",
            Self::V24h => "24h",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "in_memory" => Self::InMemory,
            "24h" => Self::V24h,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for BetaPromptCacheRetentionEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for BetaPromptCacheRetentionEnum {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for BetaPromptCacheRetentionEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BetaPromptCacheRetentionEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BetaPromptCacheRetentionEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BetaServiceTierEnum {
    /// `auto`
    Auto,
    /// `default`
    DefaultType,
    /// `fast`
    Fast,
    /// `flex`
    Flex,
    /// `priority`
    Priority,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl BetaServiceTierEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::DefaultType => "default",
            Self::Fast => "fast",
            Self::Flex => "flex",
            Self::Priority => "priority",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "default" => Self::DefaultType,
            "fast" => Self::Fast,
            "flex" => Self::Flex,
            "priority" => Self::Priority,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for BetaServiceTierEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for BetaServiceTierEnum {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for BetaServiceTierEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BetaServiceTierEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BetaServiceTierEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
/// A list of Response items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseItemList {
    /// The type of object returned, must be `list`.
    pub object: ListLiteral,
    /// A list of items used to generate this response.
    pub data: Vec<BetaItemResource>,
    /// Whether there are more items available.
    pub has_more: bool,
    /// The ID of the first item in the list.
    pub first_id: String,
    /// The ID of the last item in the list.
    pub last_id: String,
}
impl BetaResponseItemList {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        data: impl Into<Vec<BetaItemResource>>,
        has_more: impl Into<bool>,
        first_id: impl Into<String>,
        last_id: impl Into<String>,
    ) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            has_more: has_more.into(),
            first_id: first_id.into(),
            last_id: last_id.into(),
        }
    }
}
impl sdk_runtime::pagination::Page for BetaResponseItemList {
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
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
    Other(serde_json::Value),
}
impl From<BetaFunctionToolCallResource> for BetaItemResource {
    fn from(value: BetaFunctionToolCallResource) -> Self {
        Self::FunctionToolCallResource(value)
    }
}
impl From<BetaFunctionShellCall> for BetaItemResource {
    fn from(value: BetaFunctionShellCall) -> Self {
        Self::FunctionShellCall(value)
    }
}
impl From<BetaFunctionShellCallOutput> for BetaItemResource {
    fn from(value: BetaFunctionShellCallOutput) -> Self {
        Self::FunctionShellCallOutput(value)
    }
}
impl From<BetaCustomToolCallResource> for BetaItemResource {
    fn from(value: BetaCustomToolCallResource) -> Self {
        Self::CustomToolCallResource(value)
    }
}
impl From<BetaToolSearchCall> for BetaItemResource {
    fn from(value: BetaToolSearchCall) -> Self {
        Self::ToolSearchCall(value)
    }
}
impl From<BetaToolSearchOutput> for BetaItemResource {
    fn from(value: BetaToolSearchOutput) -> Self {
        Self::ToolSearchOutput(value)
    }
}
impl From<BetaCodeInterpreterToolCall> for BetaItemResource {
    fn from(value: BetaCodeInterpreterToolCall) -> Self {
        Self::CodeInterpreterToolCall(value)
    }
}
impl From<BetaMcpToolCall> for BetaItemResource {
    fn from(value: BetaMcpToolCall) -> Self {
        Self::McpToolCall(value)
    }
}
impl From<BetaComputerToolCall> for BetaItemResource {
    fn from(value: BetaComputerToolCall) -> Self {
        Self::ComputerToolCall(value)
    }
}
impl From<BetaComputerToolCallOutputResource> for BetaItemResource {
    fn from(value: BetaComputerToolCallOutputResource) -> Self {
        Self::ComputerToolCallOutputResource(value)
    }
}
impl From<BetaApplyPatchToolCall> for BetaItemResource {
    fn from(value: BetaApplyPatchToolCall) -> Self {
        Self::ApplyPatchToolCall(value)
    }
}
impl From<BetaCustomToolCallOutputResource> for BetaItemResource {
    fn from(value: BetaCustomToolCallOutputResource) -> Self {
        Self::CustomToolCallOutputResource(value)
    }
}
impl From<BetaOutputMessage> for BetaItemResource {
    fn from(value: BetaOutputMessage) -> Self {
        Self::OutputMessage(value)
    }
}
impl From<BetaAgentMessage> for BetaItemResource {
    fn from(value: BetaAgentMessage) -> Self {
        Self::AgentMessage(value)
    }
}
impl From<BetaMultiAgentCall> for BetaItemResource {
    fn from(value: BetaMultiAgentCall) -> Self {
        Self::MultiAgentCall(value)
    }
}
impl From<BetaMultiAgentCallOutput> for BetaItemResource {
    fn from(value: BetaMultiAgentCallOutput) -> Self {
        Self::MultiAgentCallOutput(value)
    }
}
impl From<BetaProgram> for BetaItemResource {
    fn from(value: BetaProgram) -> Self {
        Self::Program(value)
    }
}
impl From<BetaProgramOutput> for BetaItemResource {
    fn from(value: BetaProgramOutput) -> Self {
        Self::ProgramOutput(value)
    }
}
impl From<BetaLocalShellToolCall> for BetaItemResource {
    fn from(value: BetaLocalShellToolCall) -> Self {
        Self::LocalShellToolCall(value)
    }
}
impl From<BetaMcpApprovalRequest> for BetaItemResource {
    fn from(value: BetaMcpApprovalRequest) -> Self {
        Self::McpApprovalRequest(value)
    }
}
impl From<BetaFunctionToolCallOutputResource> for BetaItemResource {
    fn from(value: BetaFunctionToolCallOutputResource) -> Self {
        Self::FunctionToolCallOutputResource(value)
    }
}
impl From<BetaApplyPatchToolCallOutput> for BetaItemResource {
    fn from(value: BetaApplyPatchToolCallOutput) -> Self {
        Self::ApplyPatchToolCallOutput(value)
    }
}
impl From<BetaInputMessageResource> for BetaItemResource {
    fn from(value: BetaInputMessageResource) -> Self {
        Self::InputMessageResource(value)
    }
}
impl From<BetaFileSearchToolCall> for BetaItemResource {
    fn from(value: BetaFileSearchToolCall) -> Self {
        Self::FileSearchToolCall(value)
    }
}
impl From<BetaMcpListTools> for BetaItemResource {
    fn from(value: BetaMcpListTools) -> Self {
        Self::McpListTools(value)
    }
}
impl From<BetaMcpApprovalResponseResource> for BetaItemResource {
    fn from(value: BetaMcpApprovalResponseResource) -> Self {
        Self::McpApprovalResponseResource(value)
    }
}
impl From<BetaWebSearchToolCall> for BetaItemResource {
    fn from(value: BetaWebSearchToolCall) -> Self {
        Self::WebSearchToolCall(value)
    }
}
impl From<BetaAdditionalTools> for BetaItemResource {
    fn from(value: BetaAdditionalTools) -> Self {
        Self::AdditionalTools(value)
    }
}
impl From<BetaImageGenToolCall> for BetaItemResource {
    fn from(value: BetaImageGenToolCall) -> Self {
        Self::ImageGenToolCall(value)
    }
}
impl From<BetaReasoningItem> for BetaItemResource {
    fn from(value: BetaReasoningItem) -> Self {
        Self::ReasoningItem(value)
    }
}
impl From<BetaCompactionBody> for BetaItemResource {
    fn from(value: BetaCompactionBody) -> Self {
        Self::CompactionBody(value)
    }
}
impl From<BetaLocalShellToolCallOutput> for BetaItemResource {
    fn from(value: BetaLocalShellToolCallOutput) -> Self {
        Self::LocalShellToolCallOutput(value)
    }
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaInputMessageResource {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the message input. Always set to `message`.
    #[serde(rename = "type")]
    pub type_: MessageLiteral2,
    /// The role of the message input. One of `user`, `system`, or `developer`.
    pub role: InputMessageRole,
    /// The status of item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ComputerToolCallStatus>,
    pub content: BetaInputMessageContentList,
    /// The unique ID of the message input.
    pub id: String,
}
impl BetaInputMessageResource {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        role: impl Into<InputMessageRole>,
        content: impl Into<BetaInputMessageContentList>,
        id: impl Into<String>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            role: role.into(),
            status: None,
            content: content.into(),
            id: id.into(),
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<ComputerToolCallStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaFunctionToolCallResource {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The unique ID of the function tool call.
    pub id: String,
    /// The type of the function tool call. Always `function_call`.
    #[serde(rename = "type")]
    pub type_: FunctionCallLiteral,
    /// The unique ID of the function tool call generated by the model.
    pub call_id: String,
    pub caller: Option<BetaToolCallCaller>,
    /// The namespace of the function to run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// The name of the function to run.
    pub name: String,
    /// A JSON string of the arguments to pass to the function.
    pub arguments: String,
    /// The status of the item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    pub status: BetaFunctionCallStatus,
    /// The identifier of the actor that created the item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
impl BetaFunctionToolCallResource {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        name: impl Into<String>,
        arguments: impl Into<String>,
        status: impl Into<BetaFunctionCallStatus>,
    ) -> Self {
        Self {
            agent: None,
            id: id.into(),
            type_: Default::default(),
            call_id: call_id.into(),
            caller: None,
            namespace: None,
            name: name.into(),
            arguments: arguments.into(),
            status: status.into(),
            created_by: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<BetaToolCallCaller>) -> Self {
        self.caller = Some(value.into());
        self
    }
    /// Sets `namespace`.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sets `created_by`.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
}
/// ResponseCustomToolCallItem
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaCustomToolCallResource {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The type of the custom tool call. Always `custom_tool_call`.
    #[serde(rename = "type")]
    pub type_: CustomToolCallLiteral,
    /// The unique ID of the custom tool call item.
    pub id: String,
    /// An identifier used to map this custom tool call to a tool call output.
    pub call_id: String,
    pub caller: Option<BetaToolCallCaller>,
    /// The namespace of the custom tool being called.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// The name of the custom tool being called.
    pub name: String,
    /// The input for the custom tool call generated by the model.
    pub input: String,
    /// The status of the item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    pub status: BetaFunctionCallStatus,
    /// The identifier of the actor that created the item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
impl BetaCustomToolCallResource {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        name: impl Into<String>,
        input: impl Into<String>,
        status: impl Into<BetaFunctionCallStatus>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            id: id.into(),
            call_id: call_id.into(),
            caller: None,
            namespace: None,
            name: name.into(),
            input: input.into(),
            status: status.into(),
            created_by: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<BetaToolCallCaller>) -> Self {
        self.caller = Some(value.into());
        self
    }
    /// Sets `namespace`.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sets `created_by`.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
}
/// The output of a function tool call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaFunctionToolCallOutput {
    /// The agent that produced this item.
    pub agent: Option<BetaAgentTag>,
    /// The unique ID of the function tool call output. Populated when this item
    /// is returned via API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the function tool call output. Always `function_call_output`.
    #[serde(rename = "type")]
    pub type_: FunctionCallOutputLiteral,
    /// The unique ID of the function tool call generated by the model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_id: Option<String>,
    /// The name of the tool that produced the output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The namespace of the tool that produced the output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    pub caller: Option<BetaToolCallCallerParam>,
    /// The output from the function call generated by your code.
    /// Can be a string or an list of output content.
    pub output: BetaFunctionToolCallOutputResourceOutput,
    /// The status of the item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ComputerToolCallStatus>,
}
impl BetaFunctionToolCallOutput {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(output: impl Into<BetaFunctionToolCallOutputResourceOutput>) -> Self {
        Self {
            agent: None,
            id: None,
            type_: Default::default(),
            call_id: None,
            name: None,
            namespace: None,
            caller: None,
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
    /// Sets `call_id`.
    pub fn call_id(mut self, value: impl Into<String>) -> Self {
        self.call_id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `namespace`.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<BetaToolCallCallerParam>) -> Self {
        self.caller = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<ComputerToolCallStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
/// The compacted response object
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaCompactResource {
    /// The unique identifier for the compacted response.
    pub id: String,
    /// The object type. Always `response.compaction`.
    pub object: ResponseCompactionLiteral,
    /// The compacted list of output items.
    pub output: Vec<BetaItemField>,
    /// Unix timestamp (in seconds) when the compacted conversation was created.
    pub created_at: i64,
    /// Token accounting for the compaction pass, including cached, reasoning, and total tokens.
    pub usage: BetaResponseUsage,
}
impl BetaCompactResource {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        output: impl Into<Vec<BetaItemField>>,
        created_at: impl Into<i64>,
        usage: impl Into<BetaResponseUsage>,
    ) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            output: output.into(),
            created_at: created_at.into(),
            usage: usage.into(),
        }
    }
}
/// An item representing a message, tool call, tool output, reasoning, or other response element.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum BetaItemField {
    /// `message`
    Message(BetaMessage),
    /// `program`
    Program(BetaProgram),
    /// `program_output`
    ProgramOutput(BetaProgramOutput),
    /// `function_call`
    FunctionCall(BetaFunctionToolCall),
    /// `multi_agent_call`
    MultiAgentCall(BetaMultiAgentCall),
    /// `multi_agent_call_output`
    MultiAgentCallOutput(BetaMultiAgentCallOutput),
    /// `tool_search_call`
    ToolSearchCall(BetaToolSearchCall),
    /// `tool_search_output`
    ToolSearchOutput(BetaToolSearchOutput),
    /// `additional_tools`
    AdditionalTools(BetaAdditionalTools),
    /// `agent_message`
    AgentMessage(BetaAgentMessage),
    /// `function_call_output`
    FunctionCallOutput(BetaFunctionToolCallOutput),
    /// `file_search_call`
    FileSearchCall(BetaFileSearchToolCall),
    /// `web_search_call`
    WebSearchCall(BetaWebSearchToolCall),
    /// `image_generation_call`
    ImageGenerationCall(BetaImageGenToolCall),
    /// `computer_call`
    ComputerCall(BetaComputerToolCall),
    /// `computer_call_output`
    ComputerCallOutput(BetaComputerToolCallOutputResource),
    /// `reasoning`
    Reasoning(BetaReasoningItem),
    /// `compaction`
    Compaction(BetaCompactionBody),
    /// `code_interpreter_call`
    CodeInterpreterCall(BetaCodeInterpreterToolCall),
    /// `local_shell_call`
    LocalShellCall(BetaLocalShellToolCall),
    /// `local_shell_call_output`
    LocalShellCallOutput(BetaLocalShellToolCallOutput),
    /// `shell_call`
    ShellCall(BetaFunctionShellCall),
    /// `shell_call_output`
    ShellCallOutput(BetaFunctionShellCallOutput),
    /// `apply_patch_call`
    ApplyPatchCall(BetaApplyPatchToolCall),
    /// `apply_patch_call_output`
    ApplyPatchCallOutput(BetaApplyPatchToolCallOutput),
    /// `mcp_list_tools`
    McpListTools(BetaMcpListTools),
    /// `mcp_approval_request`
    McpApprovalRequest(BetaMcpApprovalRequest),
    /// `mcp_approval_response`
    McpApprovalResponse(BetaMcpApprovalResponseResource),
    /// `mcp_call`
    McpCall(BetaMcpToolCall),
    /// `custom_tool_call`
    CustomToolCall(BetaCustomToolCall),
    /// `custom_tool_call_output`
    CustomToolCallOutput(BetaCustomToolCallOutput),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for BetaItemField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Message(value) => value.serialize(serializer),
            Self::Program(value) => value.serialize(serializer),
            Self::ProgramOutput(value) => value.serialize(serializer),
            Self::FunctionCall(value) => value.serialize(serializer),
            Self::MultiAgentCall(value) => value.serialize(serializer),
            Self::MultiAgentCallOutput(value) => value.serialize(serializer),
            Self::ToolSearchCall(value) => value.serialize(serializer),
            Self::ToolSearchOutput(value) => value.serialize(serializer),
            Self::AdditionalTools(value) => value.serialize(serializer),
            Self::AgentMessage(value) => value.serialize(serializer),
            Self::FunctionCallOutput(value) => value.serialize(serializer),
            Self::FileSearchCall(value) => value.serialize(serializer),
            Self::WebSearchCall(value) => value.serialize(serializer),
            Self::ImageGenerationCall(value) => value.serialize(serializer),
            Self::ComputerCall(value) => value.serialize(serializer),
            Self::ComputerCallOutput(value) => value.serialize(serializer),
            Self::Reasoning(value) => value.serialize(serializer),
            Self::Compaction(value) => value.serialize(serializer),
            Self::CodeInterpreterCall(value) => value.serialize(serializer),
            Self::LocalShellCall(value) => value.serialize(serializer),
            Self::LocalShellCallOutput(value) => value.serialize(serializer),
            Self::ShellCall(value) => value.serialize(serializer),
            Self::ShellCallOutput(value) => value.serialize(serializer),
            Self::ApplyPatchCall(value) => value.serialize(serializer),
            Self::ApplyPatchCallOutput(value) => value.serialize(serializer),
            Self::McpListTools(value) => value.serialize(serializer),
            Self::McpApprovalRequest(value) => value.serialize(serializer),
            Self::McpApprovalResponse(value) => value.serialize(serializer),
            Self::McpCall(value) => value.serialize(serializer),
            Self::CustomToolCall(value) => value.serialize(serializer),
            Self::CustomToolCallOutput(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl<'de> Deserialize<'de> for BetaItemField {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let (tag, value) = sdk_runtime::de::tagged(deserializer, "type")?;
        Ok(
            match tag.as_deref() {
                Some("message") => Self::Message(sdk_runtime::de::variant(value)?),
                Some("program") => Self::Program(sdk_runtime::de::variant(value)?),
                Some("program_output") => {
                    Self::ProgramOutput(sdk_runtime::de::variant(value)?)
                }
                Some("function_call") => {
                    Self::FunctionCall(sdk_runtime::de::variant(value)?)
                }
                Some("multi_agent_call") => {
                    Self::MultiAgentCall(sdk_runtime::de::variant(value)?)
                }
                Some("multi_agent_call_output") => {
                    Self::MultiAgentCallOutput(sdk_runtime::de::variant(value)?)
                }
                Some("tool_search_call") => {
                    Self::ToolSearchCall(sdk_runtime::de::variant(value)?)
                }
                Some("tool_search_output") => {
                    Self::ToolSearchOutput(sdk_runtime::de::variant(value)?)
                }
                Some("additional_tools") => {
                    Self::AdditionalTools(sdk_runtime::de::variant(value)?)
                }
                Some("agent_message") => {
                    Self::AgentMessage(sdk_runtime::de::variant(value)?)
                }
                Some("function_call_output") => {
                    Self::FunctionCallOutput(sdk_runtime::de::variant(value)?)
                }
                Some("file_search_call") => {
                    Self::FileSearchCall(sdk_runtime::de::variant(value)?)
                }
                Some("web_search_call") => {
                    Self::WebSearchCall(sdk_runtime::de::variant(value)?)
                }
                Some("image_generation_call") => {
                    Self::ImageGenerationCall(sdk_runtime::de::variant(value)?)
                }
                Some("computer_call") => {
                    Self::ComputerCall(sdk_runtime::de::variant(value)?)
                }
                Some("computer_call_output") => {
                    Self::ComputerCallOutput(sdk_runtime::de::variant(value)?)
                }
                Some("reasoning") => Self::Reasoning(sdk_runtime::de::variant(value)?),
                Some("compaction") => Self::Compaction(sdk_runtime::de::variant(value)?),
                Some("code_interpreter_call") => {
                    Self::CodeInterpreterCall(sdk_runtime::de::variant(value)?)
                }
                Some("local_shell_call") => {
                    Self::LocalShellCall(sdk_runtime::de::variant(value)?)
                }
                Some("local_shell_call_output") => {
                    Self::LocalShellCallOutput(sdk_runtime::de::variant(value)?)
                }
                Some("shell_call") => Self::ShellCall(sdk_runtime::de::variant(value)?),
                Some("shell_call_output") => {
                    Self::ShellCallOutput(sdk_runtime::de::variant(value)?)
                }
                Some("apply_patch_call") => {
                    Self::ApplyPatchCall(sdk_runtime::de::variant(value)?)
                }
                Some("apply_patch_call_output") => {
                    Self::ApplyPatchCallOutput(sdk_runtime::de::variant(value)?)
                }
                Some("mcp_list_tools") => {
                    Self::McpListTools(sdk_runtime::de::variant(value)?)
                }
                Some("mcp_approval_request") => {
                    Self::McpApprovalRequest(sdk_runtime::de::variant(value)?)
                }
                Some("mcp_approval_response") => {
                    Self::McpApprovalResponse(sdk_runtime::de::variant(value)?)
                }
                Some("mcp_call") => Self::McpCall(sdk_runtime::de::variant(value)?),
                Some("custom_tool_call") => {
                    Self::CustomToolCall(sdk_runtime::de::variant(value)?)
                }
                Some("custom_tool_call_output") => {
                    Self::CustomToolCallOutput(sdk_runtime::de::variant(value)?)
                }
                _ => Self::Unknown(value),
            },
        )
    }
}
impl From<BetaMessage> for BetaItemField {
    fn from(value: BetaMessage) -> Self {
        Self::Message(value)
    }
}
impl From<BetaProgram> for BetaItemField {
    fn from(value: BetaProgram) -> Self {
        Self::Program(value)
    }
}
impl From<BetaProgramOutput> for BetaItemField {
    fn from(value: BetaProgramOutput) -> Self {
        Self::ProgramOutput(value)
    }
}
impl From<BetaFunctionToolCall> for BetaItemField {
    fn from(value: BetaFunctionToolCall) -> Self {
        Self::FunctionCall(value)
    }
}
impl From<BetaMultiAgentCall> for BetaItemField {
    fn from(value: BetaMultiAgentCall) -> Self {
        Self::MultiAgentCall(value)
    }
}
impl From<BetaMultiAgentCallOutput> for BetaItemField {
    fn from(value: BetaMultiAgentCallOutput) -> Self {
        Self::MultiAgentCallOutput(value)
    }
}
impl From<BetaToolSearchCall> for BetaItemField {
    fn from(value: BetaToolSearchCall) -> Self {
        Self::ToolSearchCall(value)
    }
}
impl From<BetaToolSearchOutput> for BetaItemField {
    fn from(value: BetaToolSearchOutput) -> Self {
        Self::ToolSearchOutput(value)
    }
}
impl From<BetaAdditionalTools> for BetaItemField {
    fn from(value: BetaAdditionalTools) -> Self {
        Self::AdditionalTools(value)
    }
}
impl From<BetaAgentMessage> for BetaItemField {
    fn from(value: BetaAgentMessage) -> Self {
        Self::AgentMessage(value)
    }
}
impl From<BetaFunctionToolCallOutput> for BetaItemField {
    fn from(value: BetaFunctionToolCallOutput) -> Self {
        Self::FunctionCallOutput(value)
    }
}
impl From<BetaFileSearchToolCall> for BetaItemField {
    fn from(value: BetaFileSearchToolCall) -> Self {
        Self::FileSearchCall(value)
    }
}
impl From<BetaWebSearchToolCall> for BetaItemField {
    fn from(value: BetaWebSearchToolCall) -> Self {
        Self::WebSearchCall(value)
    }
}
impl From<BetaImageGenToolCall> for BetaItemField {
    fn from(value: BetaImageGenToolCall) -> Self {
        Self::ImageGenerationCall(value)
    }
}
impl From<BetaComputerToolCall> for BetaItemField {
    fn from(value: BetaComputerToolCall) -> Self {
        Self::ComputerCall(value)
    }
}
impl From<BetaComputerToolCallOutputResource> for BetaItemField {
    fn from(value: BetaComputerToolCallOutputResource) -> Self {
        Self::ComputerCallOutput(value)
    }
}
impl From<BetaReasoningItem> for BetaItemField {
    fn from(value: BetaReasoningItem) -> Self {
        Self::Reasoning(value)
    }
}
impl From<BetaCompactionBody> for BetaItemField {
    fn from(value: BetaCompactionBody) -> Self {
        Self::Compaction(value)
    }
}
impl From<BetaCodeInterpreterToolCall> for BetaItemField {
    fn from(value: BetaCodeInterpreterToolCall) -> Self {
        Self::CodeInterpreterCall(value)
    }
}
impl From<BetaLocalShellToolCall> for BetaItemField {
    fn from(value: BetaLocalShellToolCall) -> Self {
        Self::LocalShellCall(value)
    }
}
impl From<BetaLocalShellToolCallOutput> for BetaItemField {
    fn from(value: BetaLocalShellToolCallOutput) -> Self {
        Self::LocalShellCallOutput(value)
    }
}
impl From<BetaFunctionShellCall> for BetaItemField {
    fn from(value: BetaFunctionShellCall) -> Self {
        Self::ShellCall(value)
    }
}
impl From<BetaFunctionShellCallOutput> for BetaItemField {
    fn from(value: BetaFunctionShellCallOutput) -> Self {
        Self::ShellCallOutput(value)
    }
}
impl From<BetaApplyPatchToolCall> for BetaItemField {
    fn from(value: BetaApplyPatchToolCall) -> Self {
        Self::ApplyPatchCall(value)
    }
}
impl From<BetaApplyPatchToolCallOutput> for BetaItemField {
    fn from(value: BetaApplyPatchToolCallOutput) -> Self {
        Self::ApplyPatchCallOutput(value)
    }
}
impl From<BetaMcpListTools> for BetaItemField {
    fn from(value: BetaMcpListTools) -> Self {
        Self::McpListTools(value)
    }
}
impl From<BetaMcpApprovalRequest> for BetaItemField {
    fn from(value: BetaMcpApprovalRequest) -> Self {
        Self::McpApprovalRequest(value)
    }
}
impl From<BetaMcpApprovalResponseResource> for BetaItemField {
    fn from(value: BetaMcpApprovalResponseResource) -> Self {
        Self::McpApprovalResponse(value)
    }
}
impl From<BetaMcpToolCall> for BetaItemField {
    fn from(value: BetaMcpToolCall) -> Self {
        Self::McpCall(value)
    }
}
impl From<BetaCustomToolCall> for BetaItemField {
    fn from(value: BetaCustomToolCall) -> Self {
        Self::CustomToolCall(value)
    }
}
impl From<BetaCustomToolCallOutput> for BetaItemField {
    fn from(value: BetaCustomToolCallOutput) -> Self {
        Self::CustomToolCallOutput(value)
    }
}
/// A message to or from the model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaMessage {
    /// The agent that produced this item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
    /// The type of the message. Always set to `message`.
    #[serde(rename = "type")]
    pub type_: MessageLiteral,
    /// The unique ID of the message.
    pub id: String,
    /// The status of item. One of `in_progress`, `completed`, or `incomplete`. Populated when items are returned via API.
    pub status: BetaMessageStatus,
    /// The role of the message. One of `unknown`, `user`, `assistant`, `system`, `critic`, `discriminator`, `developer`, or `tool`.
    pub role: BetaMessageRole,
    /// The content of the message
    pub content: Vec<BetaMessageContentItem>,
    pub phase: Option<BetaMessagePhase2>,
}
impl BetaMessage {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        status: impl Into<BetaMessageStatus>,
        role: impl Into<BetaMessageRole>,
        content: impl Into<Vec<BetaMessageContentItem>>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            id: id.into(),
            status: status.into(),
            role: role.into(),
            content: content.into(),
            phase: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `phase`.
    pub fn phase(mut self, value: impl Into<BetaMessagePhase2>) -> Self {
        self.phase = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BetaMessageStatus {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl BetaMessageStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in_progress",
            Self::Completed => "completed",
            Self::Incomplete => "incomplete",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "in_progress" => Self::InProgress,
            "completed" => Self::Completed,
            "incomplete" => Self::Incomplete,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for BetaMessageStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for BetaMessageStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for BetaMessageStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BetaMessageStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BetaMessageStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
/// A content part that makes up an input or output item.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum BetaMessageContentItem {
    /// `input_text`
    InputText(BetaInputTextContent),
    /// `output_text`
    OutputText(BetaOutputTextContent),
    /// `text`
    Text(BetaTextContent),
    /// `summary_text`
    SummaryText(BetaSummaryTextContent),
    /// `reasoning_text`
    ReasoningText(BetaReasoningTextContent),
    /// `refusal`
    Refusal(BetaRefusalContent),
    /// `input_image`
    InputImage(BetaInputImageContent),
    /// `computer_screenshot`
    ComputerScreenshot(BetaComputerScreenshotContent),
    /// `input_file`
    InputFile(BetaInputFileContent),
    /// `encrypted_content`
    EncryptedContent(BetaEncryptedContent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for BetaMessageContentItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::InputText(value) => value.serialize(serializer),
            Self::OutputText(value) => value.serialize(serializer),
            Self::Text(value) => value.serialize(serializer),
            Self::SummaryText(value) => value.serialize(serializer),
            Self::ReasoningText(value) => value.serialize(serializer),
            Self::Refusal(value) => value.serialize(serializer),
            Self::InputImage(value) => value.serialize(serializer),
            Self::ComputerScreenshot(value) => value.serialize(serializer),
            Self::InputFile(value) => value.serialize(serializer),
            Self::EncryptedContent(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl<'de> Deserialize<'de> for BetaMessageContentItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let (tag, value) = sdk_runtime::de::tagged(deserializer, "type")?;
        Ok(
            match tag.as_deref() {
                Some("input_text") => Self::InputText(sdk_runtime::de::variant(value)?),
                Some("output_text") => Self::OutputText(sdk_runtime::de::variant(value)?),
                Some("text") => Self::Text(sdk_runtime::de::variant(value)?),
                Some("summary_text") => {
                    Self::SummaryText(sdk_runtime::de::variant(value)?)
                }
                Some("reasoning_text") => {
                    Self::ReasoningText(sdk_runtime::de::variant(value)?)
                }
                Some("refusal") => Self::Refusal(sdk_runtime::de::variant(value)?),
                Some("input_image") => Self::InputImage(sdk_runtime::de::variant(value)?),
                Some("computer_screenshot") => {
                    Self::ComputerScreenshot(sdk_runtime::de::variant(value)?)
                }
                Some("input_file") => Self::InputFile(sdk_runtime::de::variant(value)?),
                Some("encrypted_content") => {
                    Self::EncryptedContent(sdk_runtime::de::variant(value)?)
                }
                _ => Self::Unknown(value),
            },
        )
    }
}
impl From<BetaInputTextContent> for BetaMessageContentItem {
    fn from(value: BetaInputTextContent) -> Self {
        Self::InputText(value)
    }
}
impl From<BetaOutputTextContent> for BetaMessageContentItem {
    fn from(value: BetaOutputTextContent) -> Self {
        Self::OutputText(value)
    }
}
impl From<BetaTextContent> for BetaMessageContentItem {
    fn from(value: BetaTextContent) -> Self {
        Self::Text(value)
    }
}
impl From<BetaSummaryTextContent> for BetaMessageContentItem {
    fn from(value: BetaSummaryTextContent) -> Self {
        Self::SummaryText(value)
    }
}
impl From<BetaReasoningTextContent> for BetaMessageContentItem {
    fn from(value: BetaReasoningTextContent) -> Self {
        Self::ReasoningText(value)
    }
}
impl From<BetaRefusalContent> for BetaMessageContentItem {
    fn from(value: BetaRefusalContent) -> Self {
        Self::Refusal(value)
    }
}
impl From<BetaInputImageContent> for BetaMessageContentItem {
    fn from(value: BetaInputImageContent) -> Self {
        Self::InputImage(value)
    }
}
impl From<BetaComputerScreenshotContent> for BetaMessageContentItem {
    fn from(value: BetaComputerScreenshotContent) -> Self {
        Self::ComputerScreenshot(value)
    }
}
impl From<BetaInputFileContent> for BetaMessageContentItem {
    fn from(value: BetaInputFileContent) -> Self {
        Self::InputFile(value)
    }
}
impl From<BetaEncryptedContent> for BetaMessageContentItem {
    fn from(value: BetaEncryptedContent) -> Self {
        Self::EncryptedContent(value)
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BetaMessagePhase2 {
    /// `commentary`
    Commentary,
    /// `final_answer`
    FinalAnswer,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl BetaMessagePhase2 {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Commentary => "commentary",
            Self::FinalAnswer => "final_answer",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "commentary" => Self::Commentary,
            "final_answer" => Self::FinalAnswer,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for BetaMessagePhase2 {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for BetaMessagePhase2 {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for BetaMessagePhase2 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BetaMessagePhase2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BetaMessagePhase2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
/// Event indicating that input for a custom tool call is complete.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseCustomToolCallInputDoneEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseCustomToolCallInputDoneEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Event representing a delta (partial update) to the input of a custom tool call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseCustomToolCallInputDeltaEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseCustomToolCallInputDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when a response is queued and waiting to be processed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseQueuedEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always 'response.queued'.
    #[serde(rename = "type")]
    pub type_: ResponseQueuedLiteral,
    /// The full response object that is queued.
    pub response: BetaResponse,
    /// The sequence number for this event.
    pub sequence_number: i64,
}
impl BetaResponseQueuedEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        response: impl Into<BetaResponse>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            response: response.into(),
            sequence_number: sequence_number.into(),
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when an annotation is added to output text content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseOutputTextAnnotationAddedEvent {
    /// The agent that owns this multi-agent streaming event.
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
    pub annotation: Option<BetaAnnotation>,
}
impl BetaResponseOutputTextAnnotationAddedEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `annotation`.
    pub fn annotation(mut self, value: impl Into<BetaAnnotation>) -> Self {
        self.annotation = Some(value.into());
        self
    }
}
/// Emitted when the system is in the process of retrieving the list of available MCP tools.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseMcpListToolsInProgressEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseMcpListToolsInProgressEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when the attempt to list available MCP tools has failed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseMcpListToolsFailedEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseMcpListToolsFailedEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when the list of available MCP tools has been successfully retrieved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseMcpListToolsCompletedEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseMcpListToolsCompletedEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when an MCP  tool call is in progress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseMcpCallInProgressEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseMcpCallInProgressEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when an MCP  tool call has failed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseMcpCallFailedEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseMcpCallFailedEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when an MCP  tool call has completed successfully.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseMcpCallCompletedEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseMcpCallCompletedEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when the arguments for an MCP tool call are finalized.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseMcpCallArgumentsDoneEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseMcpCallArgumentsDoneEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when there is a delta (partial update) to the arguments of an MCP tool call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseMcpCallArgumentsDeltaEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseMcpCallArgumentsDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when a partial image is available during image generation streaming.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseImageGenCallPartialImageEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseImageGenCallPartialImageEvent {
    /// A value with the required fields set and the optional ones unset.
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
}
/// Emitted when an image generation tool call is in progress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseImageGenCallInProgressEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseImageGenCallInProgressEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when an image generation tool call is actively generating an image (intermediate state).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseImageGenCallGeneratingEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseImageGenCallGeneratingEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when an image generation tool call has completed and the final image is available.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseImageGenCallCompletedEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseImageGenCallCompletedEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when a reasoning text is completed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseReasoningTextDoneEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseReasoningTextDoneEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when a delta is added to a reasoning text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseReasoningTextDeltaEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseReasoningTextDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when a reasoning summary text is completed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseReasoningSummaryTextDoneEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseReasoningSummaryTextDoneEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when a delta is added to a reasoning summary text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseReasoningSummaryTextDeltaEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseReasoningSummaryTextDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when a reasoning summary part is completed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseReasoningSummaryPartDoneEvent {
    /// The agent that owns this multi-agent streaming event.
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
    pub part: BetaResponseReasoningSummaryPartDoneEventPart,
}
impl BetaResponseReasoningSummaryPartDoneEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        summary_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
        part: impl Into<BetaResponseReasoningSummaryPartDoneEventPart>,
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
}
/// Emitted when a new reasoning summary part is added.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseReasoningSummaryPartAddedEvent {
    /// The agent that owns this multi-agent streaming event.
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
    pub part: BetaResponseReasoningSummaryPartAddedEventPart,
}
impl BetaResponseReasoningSummaryPartAddedEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        summary_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
        part: impl Into<BetaResponseReasoningSummaryPartAddedEventPart>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            summary_index: summary_index.into(),
            sequence_number: sequence_number.into(),
            part: part.into(),
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when text content is finalized.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseTextDoneEvent {
    /// The agent that owns this multi-agent streaming event.
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
    pub logprobs: Vec<BetaResponseLogProb>,
}
impl BetaResponseTextDoneEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        text: impl Into<String>,
        sequence_number: impl Into<i64>,
        logprobs: impl Into<Vec<BetaResponseLogProb>>,
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when there is an additional text delta.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseTextDeltaEvent {
    /// The agent that owns this multi-agent streaming event.
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
    pub logprobs: Vec<BetaResponseLogProb>,
}
impl BetaResponseTextDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        delta: impl Into<String>,
        sequence_number: impl Into<i64>,
        logprobs: impl Into<Vec<BetaResponseLogProb>>,
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when refusal text is finalized.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseRefusalDoneEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseRefusalDoneEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when there is a partial refusal text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseRefusalDeltaEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseRefusalDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when an output item is marked done.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseOutputItemDoneEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseOutputItemDoneEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when a new output item is added.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseOutputItemAddedEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseOutputItemAddedEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when the response is in progress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseInProgressEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.in_progress`.
    #[serde(rename = "type")]
    pub type_: ResponseInProgressLiteral,
    /// The response that is in progress.
    pub response: BetaResponse,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
impl BetaResponseInProgressEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        response: impl Into<BetaResponse>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            response: response.into(),
            sequence_number: sequence_number.into(),
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// A streaming event that indicated shell call output was completed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseShellCallOutputContentDoneStreamingEvent {
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
    pub output: Vec<BetaFunctionShellCallOutputContent>,
}
impl BetaResponseShellCallOutputContentDoneStreamingEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        sequence_number: impl Into<i64>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        command_index: impl Into<i64>,
        output: impl Into<Vec<BetaFunctionShellCallOutputContent>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            agent: None,
            item_id: item_id.into(),
            output_index: output_index.into(),
            command_index: command_index.into(),
            output: output.into(),
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// A streaming event that indicated shell call output was incrementally added.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseShellCallOutputContentDeltaStreamingEvent {
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
    pub delta: BetaShellCallOutputDelta,
}
impl BetaResponseShellCallOutputContentDeltaStreamingEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        sequence_number: impl Into<i64>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        command_index: impl Into<i64>,
        delta: impl Into<BetaShellCallOutputDelta>,
    ) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            agent: None,
            item_id: item_id.into(),
            output_index: output_index.into(),
            command_index: command_index.into(),
            delta: delta.into(),
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// A streaming event that indicated a shell command was completed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseShellCallCommandDoneStreamingEvent {
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
}
impl BetaResponseShellCallCommandDoneStreamingEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// A streaming event that indicated a shell command was incrementally updated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseShellCallCommandDeltaStreamingEvent {
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
}
impl BetaResponseShellCallCommandDeltaStreamingEvent {
    /// A value with the required fields set and the optional ones unset.
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
}
/// A streaming event that indicated a shell command was added to a tool call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseShellCallCommandAddedStreamingEvent {
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
}
impl BetaResponseShellCallCommandAddedStreamingEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when function-call arguments are finalized.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseFunctionCallArgumentsDoneEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseFunctionCallArgumentsDoneEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when there is a partial function-call arguments delta.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseFunctionCallArgumentsDeltaEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseFunctionCallArgumentsDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when a file search is currently searching.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseFileSearchCallSearchingEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseFileSearchCallSearchingEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when a file search call is initiated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseFileSearchCallInProgressEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseFileSearchCallInProgressEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when a file search call is completed (results found).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseFileSearchCallCompletedEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseFileSearchCallCompletedEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when an error occurs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseErrorEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `error`.
    #[serde(rename = "type")]
    pub type_: ErrorTypeLiteral,
    pub code: Option<String>,
    /// The error message.
    pub message: String,
    pub param: Option<String>,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
impl BetaResponseErrorEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(message: impl Into<String>, sequence_number: impl Into<i64>) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            code: None,
            message: message.into(),
            param: None,
            sequence_number: sequence_number.into(),
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `code`.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets `param`.
    pub fn param(mut self, value: impl Into<String>) -> Self {
        self.param = Some(value.into());
        self
    }
}
/// An event that is emitted when a response is created.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseCreatedEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.created`.
    #[serde(rename = "type")]
    pub type_: ResponseCreatedLiteral,
    /// The response that was created.
    pub response: BetaResponse,
    /// The sequence number for this event.
    pub sequence_number: i64,
}
impl BetaResponseCreatedEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        response: impl Into<BetaResponse>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            response: response.into(),
            sequence_number: sequence_number.into(),
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when a content part is done.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseContentPartDoneEvent {
    /// The agent that owns this multi-agent streaming event.
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
    pub part: BetaOutputContent,
}
impl BetaResponseContentPartDoneEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
        part: impl Into<BetaOutputContent>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            sequence_number: sequence_number.into(),
            part: part.into(),
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when a new content part is added.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseContentPartAddedEvent {
    /// The agent that owns this multi-agent streaming event.
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
    pub part: BetaOutputContent,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
impl BetaResponseContentPartAddedEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        part: impl Into<BetaOutputContent>,
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when the model response is complete.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseCompletedEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.completed`.
    #[serde(rename = "type")]
    pub type_: ResponseCompletedLiteral,
    /// Properties of the completed response.
    pub response: BetaResponse,
    /// The sequence number for this event.
    pub sequence_number: i64,
}
impl BetaResponseCompletedEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        response: impl Into<BetaResponse>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            response: response.into(),
            sequence_number: sequence_number.into(),
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when the code interpreter is actively interpreting the code snippet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseCodeInterpreterCallInterpretingEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseCodeInterpreterCallInterpretingEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when a code interpreter call is in progress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseCodeInterpreterCallInProgressEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseCodeInterpreterCallInProgressEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when the code interpreter call is completed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseCodeInterpreterCallCompletedEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseCodeInterpreterCallCompletedEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when the code snippet is finalized by the code interpreter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseCodeInterpreterCallCodeDoneEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseCodeInterpreterCallCodeDoneEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when a partial code snippet is streamed by the code interpreter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseCodeInterpreterCallCodeDeltaEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseCodeInterpreterCallCodeDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when the full audio transcript is completed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseAudioTranscriptDoneEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.audio.transcript.done`.
    #[serde(rename = "type")]
    pub type_: ResponseAudioTranscriptDoneLiteral,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
impl BetaResponseAudioTranscriptDoneEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(sequence_number: impl Into<i64>) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            sequence_number: sequence_number.into(),
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when there is a partial transcript of audio.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseAudioTranscriptDeltaEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.audio.transcript.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseAudioTranscriptDeltaLiteral,
    /// The partial transcript of the audio response.
    pub delta: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
impl BetaResponseAudioTranscriptDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(delta: impl Into<String>, sequence_number: impl Into<i64>) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            delta: delta.into(),
            sequence_number: sequence_number.into(),
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when the audio response is complete.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseAudioDoneEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.audio.done`.
    #[serde(rename = "type")]
    pub type_: ResponseAudioDoneLiteral,
    /// The sequence number of the delta.
    pub sequence_number: i64,
}
impl BetaResponseAudioDoneEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(sequence_number: impl Into<i64>) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            sequence_number: sequence_number.into(),
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when there is a partial audio response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseAudioDeltaEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.audio.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseAudioDeltaLiteral,
    /// A sequence number for this chunk of the stream response.
    pub sequence_number: i64,
    /// A chunk of Base64 encoded response audio bytes.
    pub delta: String,
}
impl BetaResponseAudioDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(sequence_number: impl Into<i64>, delta: impl Into<String>) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            delta: delta.into(),
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// An event that is emitted when a response finishes as incomplete.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseIncompleteEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.incomplete`.
    #[serde(rename = "type")]
    pub type_: ResponseIncompleteLiteral,
    /// The response that was incomplete.
    pub response: BetaResponse,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
impl BetaResponseIncompleteEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        response: impl Into<BetaResponse>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            response: response.into(),
            sequence_number: sequence_number.into(),
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// An event that is emitted when a response fails.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseFailedEvent {
    /// The agent that owns this multi-agent streaming event.
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `response.failed`.
    #[serde(rename = "type")]
    pub type_: ResponseFailedLiteral,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The response that failed.
    pub response: BetaResponse,
}
impl BetaResponseFailedEvent {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        sequence_number: impl Into<i64>,
        response: impl Into<BetaResponse>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            response: response.into(),
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when a web search call is completed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseWebSearchCallCompletedEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseWebSearchCallCompletedEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when a web search call is executing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseWebSearchCallSearchingEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseWebSearchCallSearchingEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
/// Emitted when a web search call is initiated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BetaResponseWebSearchCallInProgressEvent {
    /// The agent that owns this multi-agent streaming event.
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
}
impl BetaResponseWebSearchCallInProgressEvent {
    /// A value with the required fields set and the optional ones unset.
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
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BetaCreateResponse {
    pub metadata: Option<BetaMetadata>,
    /// An integer between 0 and 20 specifying the maximum number of most likely
    /// tokens to return at each token position, each with an associated log
    /// probability. In some cases, the number of returned tokens may be fewer than
    /// requested.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub top_logprobs: Option<i64>,
    pub temperature: Option<f64>,
    pub top_p: Option<f64>,
    /// This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
    /// A stable identifier for your end-users.
    /// Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    pub safety_identifier: Option<String>,
    pub prompt_cache_key: Option<String>,
    ///
    /// **Deprecated** by the API.
    pub prompt_cache_retention: Option<CreateChatCompletionRequestPromptCacheRetention>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_options: Option<BetaPromptCacheOptionsParam>,
    pub previous_response_id: Option<String>,
    /// Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    /// offers a wide range of models with different capabilities, performance
    /// characteristics, and price points. Refer to the [model guide](/docs/models)
    /// to browse and compare available models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<BetaModelIdsResponses>,
    pub background: Option<bool>,
    pub max_tool_calls: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<BetaResponseTextParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<BetaToolsArray>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_choice: Option<BetaToolChoiceParam>,
    pub prompt: Option<BetaPrompt>,
    pub service_tier: Option<BetaServiceTierResponses>,
    ///
    /// **Deprecated** by the API.
    pub truncation: Option<CreateResponseTruncation>,
    pub reasoning: Option<BetaReasoning>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<BetaInputParam>,
    pub include: Option<Vec<BetaIncludeEnum>>,
    pub parallel_tool_calls: Option<bool>,
    pub store: Option<bool>,
    pub instructions: Option<String>,
    pub moderation: Option<BetaModerationParam>,
    pub stream: Option<bool>,
    pub stream_options: Option<BetaResponseStreamOptions>,
    pub conversation: Option<BetaConversationParam>,
    pub context_management: Option<Vec<BetaContextManagementParam>>,
    pub max_output_tokens: Option<i64>,
    pub multi_agent: Option<BetaMultiAgentParam>,
}
impl BetaCreateResponse {
    /// A value with every optional field unset.
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
        value: impl Into<BetaPromptCacheOptionsParam>,
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
    pub fn model(mut self, value: impl Into<BetaModelIdsResponses>) -> Self {
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
        self.text = Some(value.into());
        self
    }
    /// Sets `tools`.
    pub fn tools(mut self, value: impl Into<BetaToolsArray>) -> Self {
        self.tools = Some(value.into());
        self
    }
    /// Sets `tool_choice`.
    pub fn tool_choice(mut self, value: impl Into<BetaToolChoiceParam>) -> Self {
        self.tool_choice = Some(value.into());
        self
    }
    /// Sets `prompt`.
    pub fn prompt(mut self, value: impl Into<BetaPrompt>) -> Self {
        self.prompt = Some(value.into());
        self
    }
    /// Sets `service_tier`.
    pub fn service_tier(mut self, value: impl Into<BetaServiceTierResponses>) -> Self {
        self.service_tier = Some(value.into());
        self
    }
    /// Sets `truncation`.
    pub fn truncation(mut self, value: impl Into<CreateResponseTruncation>) -> Self {
        self.truncation = Some(value.into());
        self
    }
    /// Sets `reasoning`.
    pub fn reasoning(mut self, value: impl Into<BetaReasoning>) -> Self {
        self.reasoning = Some(value.into());
        self
    }
    /// Sets `input`.
    pub fn input(mut self, value: impl Into<BetaInputParam>) -> Self {
        self.input = Some(value.into());
        self
    }
    /// Sets `include`.
    pub fn include(mut self, value: impl Into<Vec<BetaIncludeEnum>>) -> Self {
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
    pub fn moderation(mut self, value: impl Into<BetaModerationParam>) -> Self {
        self.moderation = Some(value.into());
        self
    }
    /// Sets `stream`.
    pub fn stream(mut self, value: impl Into<bool>) -> Self {
        self.stream = Some(value.into());
        self
    }
    /// Sets `stream_options`.
    pub fn stream_options(
        mut self,
        value: impl Into<BetaResponseStreamOptions>,
    ) -> Self {
        self.stream_options = Some(value.into());
        self
    }
    /// Sets `conversation`.
    pub fn conversation(mut self, value: impl Into<BetaConversationParam>) -> Self {
        self.conversation = Some(value.into());
        self
    }
    /// Sets `context_management`.
    pub fn context_management(
        mut self,
        value: impl Into<Vec<BetaContextManagementParam>>,
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
/// Event emitted while a response is streamed.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum BetaResponseStreamEvent {
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
    /// `error`
    ErrorType(BetaResponseErrorEvent),
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
impl Serialize for BetaResponseStreamEvent {
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
            Self::ErrorType(value) => value.serialize(serializer),
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
impl<'de> Deserialize<'de> for BetaResponseStreamEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let (tag, value) = sdk_runtime::de::tagged(deserializer, "type")?;
        Ok(
            match tag.as_deref() {
                Some("response.audio.delta") => {
                    Self::ResponseAudioDelta(sdk_runtime::de::variant(value)?)
                }
                Some("response.audio.done") => {
                    Self::ResponseAudioDone(sdk_runtime::de::variant(value)?)
                }
                Some("response.audio.transcript.delta") => {
                    Self::ResponseAudioTranscriptDelta(sdk_runtime::de::variant(value)?)
                }
                Some("response.audio.transcript.done") => {
                    Self::ResponseAudioTranscriptDone(sdk_runtime::de::variant(value)?)
                }
                Some("response.code_interpreter_call_code.delta") => {
                    Self::ResponseCodeInterpreterCallCodeDelta(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.code_interpreter_call_code.done") => {
                    Self::ResponseCodeInterpreterCallCodeDone(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.code_interpreter_call.completed") => {
                    Self::ResponseCodeInterpreterCallCompleted(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.code_interpreter_call.in_progress") => {
                    Self::ResponseCodeInterpreterCallInProgress(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.code_interpreter_call.interpreting") => {
                    Self::ResponseCodeInterpreterCallInterpreting(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.completed") => {
                    Self::ResponseCompleted(sdk_runtime::de::variant(value)?)
                }
                Some("response.content_part.added") => {
                    Self::ResponseContentPartAdded(sdk_runtime::de::variant(value)?)
                }
                Some("response.content_part.done") => {
                    Self::ResponseContentPartDone(sdk_runtime::de::variant(value)?)
                }
                Some("response.created") => {
                    Self::ResponseCreated(sdk_runtime::de::variant(value)?)
                }
                Some("error") => Self::ErrorType(sdk_runtime::de::variant(value)?),
                Some("response.file_search_call.completed") => {
                    Self::ResponseFileSearchCallCompleted(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.file_search_call.in_progress") => {
                    Self::ResponseFileSearchCallInProgress(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.file_search_call.searching") => {
                    Self::ResponseFileSearchCallSearching(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.function_call_arguments.delta") => {
                    Self::ResponseFunctionCallArgumentsDelta(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.function_call_arguments.done") => {
                    Self::ResponseFunctionCallArgumentsDone(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.shell_call_command.added") => {
                    Self::ResponseShellCallCommandAdded(sdk_runtime::de::variant(value)?)
                }
                Some("response.shell_call_command.delta") => {
                    Self::ResponseShellCallCommandDelta(sdk_runtime::de::variant(value)?)
                }
                Some("response.shell_call_command.done") => {
                    Self::ResponseShellCallCommandDone(sdk_runtime::de::variant(value)?)
                }
                Some("response.shell_call_output_content.delta") => {
                    Self::ResponseShellCallOutputContentDelta(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.shell_call_output_content.done") => {
                    Self::ResponseShellCallOutputContentDone(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.in_progress") => {
                    Self::ResponseInProgress(sdk_runtime::de::variant(value)?)
                }
                Some("response.failed") => {
                    Self::ResponseFailed(sdk_runtime::de::variant(value)?)
                }
                Some("response.incomplete") => {
                    Self::ResponseIncomplete(sdk_runtime::de::variant(value)?)
                }
                Some("response.output_item.added") => {
                    Self::ResponseOutputItemAdded(sdk_runtime::de::variant(value)?)
                }
                Some("response.output_item.done") => {
                    Self::ResponseOutputItemDone(sdk_runtime::de::variant(value)?)
                }
                Some("response.reasoning_summary_part.added") => {
                    Self::ResponseReasoningSummaryPartAdded(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.reasoning_summary_part.done") => {
                    Self::ResponseReasoningSummaryPartDone(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.reasoning_summary_text.delta") => {
                    Self::ResponseReasoningSummaryTextDelta(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.reasoning_summary_text.done") => {
                    Self::ResponseReasoningSummaryTextDone(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.reasoning_text.delta") => {
                    Self::ResponseReasoningTextDelta(sdk_runtime::de::variant(value)?)
                }
                Some("response.reasoning_text.done") => {
                    Self::ResponseReasoningTextDone(sdk_runtime::de::variant(value)?)
                }
                Some("response.refusal.delta") => {
                    Self::ResponseRefusalDelta(sdk_runtime::de::variant(value)?)
                }
                Some("response.refusal.done") => {
                    Self::ResponseRefusalDone(sdk_runtime::de::variant(value)?)
                }
                Some("response.output_text.delta") => {
                    Self::ResponseOutputTextDelta(sdk_runtime::de::variant(value)?)
                }
                Some("response.output_text.done") => {
                    Self::ResponseOutputTextDone(sdk_runtime::de::variant(value)?)
                }
                Some("response.web_search_call.completed") => {
                    Self::ResponseWebSearchCallCompleted(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.web_search_call.in_progress") => {
                    Self::ResponseWebSearchCallInProgress(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.web_search_call.searching") => {
                    Self::ResponseWebSearchCallSearching(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.image_generation_call.completed") => {
                    Self::ResponseImageGenerationCallCompleted(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.image_generation_call.generating") => {
                    Self::ResponseImageGenerationCallGenerating(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.image_generation_call.in_progress") => {
                    Self::ResponseImageGenerationCallInProgress(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.image_generation_call.partial_image") => {
                    Self::ResponseImageGenerationCallPartialImage(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.mcp_call_arguments.delta") => {
                    Self::ResponseMcpCallArgumentsDelta(sdk_runtime::de::variant(value)?)
                }
                Some("response.mcp_call_arguments.done") => {
                    Self::ResponseMcpCallArgumentsDone(sdk_runtime::de::variant(value)?)
                }
                Some("response.mcp_call.completed") => {
                    Self::ResponseMcpCallCompleted(sdk_runtime::de::variant(value)?)
                }
                Some("response.mcp_call.failed") => {
                    Self::ResponseMcpCallFailed(sdk_runtime::de::variant(value)?)
                }
                Some("response.mcp_call.in_progress") => {
                    Self::ResponseMcpCallInProgress(sdk_runtime::de::variant(value)?)
                }
                Some("response.mcp_list_tools.completed") => {
                    Self::ResponseMcpListToolsCompleted(sdk_runtime::de::variant(value)?)
                }
                Some("response.mcp_list_tools.failed") => {
                    Self::ResponseMcpListToolsFailed(sdk_runtime::de::variant(value)?)
                }
                Some("response.mcp_list_tools.in_progress") => {
                    Self::ResponseMcpListToolsInProgress(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.output_text.annotation.added") => {
                    Self::ResponseOutputTextAnnotationAdded(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.queued") => {
                    Self::ResponseQueued(sdk_runtime::de::variant(value)?)
                }
                Some("response.custom_tool_call_input.delta") => {
                    Self::ResponseCustomToolCallInputDelta(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                Some("response.custom_tool_call_input.done") => {
                    Self::ResponseCustomToolCallInputDone(
                        sdk_runtime::de::variant(value)?,
                    )
                }
                _ => Self::Unknown(value),
            },
        )
    }
}
impl From<BetaResponseAudioDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseAudioDeltaEvent) -> Self {
        Self::ResponseAudioDelta(value)
    }
}
impl From<BetaResponseAudioDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseAudioDoneEvent) -> Self {
        Self::ResponseAudioDone(value)
    }
}
impl From<BetaResponseAudioTranscriptDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseAudioTranscriptDeltaEvent) -> Self {
        Self::ResponseAudioTranscriptDelta(value)
    }
}
impl From<BetaResponseAudioTranscriptDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseAudioTranscriptDoneEvent) -> Self {
        Self::ResponseAudioTranscriptDone(value)
    }
}
impl From<BetaResponseCodeInterpreterCallCodeDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseCodeInterpreterCallCodeDeltaEvent) -> Self {
        Self::ResponseCodeInterpreterCallCodeDelta(value)
    }
}
impl From<BetaResponseCodeInterpreterCallCodeDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseCodeInterpreterCallCodeDoneEvent) -> Self {
        Self::ResponseCodeInterpreterCallCodeDone(value)
    }
}
impl From<BetaResponseCodeInterpreterCallCompletedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseCodeInterpreterCallCompletedEvent) -> Self {
        Self::ResponseCodeInterpreterCallCompleted(value)
    }
}
impl From<BetaResponseCodeInterpreterCallInProgressEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseCodeInterpreterCallInProgressEvent) -> Self {
        Self::ResponseCodeInterpreterCallInProgress(value)
    }
}
impl From<BetaResponseCodeInterpreterCallInterpretingEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseCodeInterpreterCallInterpretingEvent) -> Self {
        Self::ResponseCodeInterpreterCallInterpreting(value)
    }
}
impl From<BetaResponseCompletedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseCompletedEvent) -> Self {
        Self::ResponseCompleted(value)
    }
}
impl From<BetaResponseContentPartAddedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseContentPartAddedEvent) -> Self {
        Self::ResponseContentPartAdded(value)
    }
}
impl From<BetaResponseContentPartDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseContentPartDoneEvent) -> Self {
        Self::ResponseContentPartDone(value)
    }
}
impl From<BetaResponseCreatedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseCreatedEvent) -> Self {
        Self::ResponseCreated(value)
    }
}
impl From<BetaResponseErrorEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseErrorEvent) -> Self {
        Self::ErrorType(value)
    }
}
impl From<BetaResponseFileSearchCallCompletedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseFileSearchCallCompletedEvent) -> Self {
        Self::ResponseFileSearchCallCompleted(value)
    }
}
impl From<BetaResponseFileSearchCallInProgressEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseFileSearchCallInProgressEvent) -> Self {
        Self::ResponseFileSearchCallInProgress(value)
    }
}
impl From<BetaResponseFileSearchCallSearchingEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseFileSearchCallSearchingEvent) -> Self {
        Self::ResponseFileSearchCallSearching(value)
    }
}
impl From<BetaResponseFunctionCallArgumentsDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseFunctionCallArgumentsDeltaEvent) -> Self {
        Self::ResponseFunctionCallArgumentsDelta(value)
    }
}
impl From<BetaResponseFunctionCallArgumentsDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseFunctionCallArgumentsDoneEvent) -> Self {
        Self::ResponseFunctionCallArgumentsDone(value)
    }
}
impl From<BetaResponseShellCallCommandAddedStreamingEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseShellCallCommandAddedStreamingEvent) -> Self {
        Self::ResponseShellCallCommandAdded(value)
    }
}
impl From<BetaResponseShellCallCommandDeltaStreamingEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseShellCallCommandDeltaStreamingEvent) -> Self {
        Self::ResponseShellCallCommandDelta(value)
    }
}
impl From<BetaResponseShellCallCommandDoneStreamingEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseShellCallCommandDoneStreamingEvent) -> Self {
        Self::ResponseShellCallCommandDone(value)
    }
}
impl From<BetaResponseShellCallOutputContentDeltaStreamingEvent>
for BetaResponseStreamEvent {
    fn from(value: BetaResponseShellCallOutputContentDeltaStreamingEvent) -> Self {
        Self::ResponseShellCallOutputContentDelta(value)
    }
}
impl From<BetaResponseShellCallOutputContentDoneStreamingEvent>
for BetaResponseStreamEvent {
    fn from(value: BetaResponseShellCallOutputContentDoneStreamingEvent) -> Self {
        Self::ResponseShellCallOutputContentDone(value)
    }
}
impl From<BetaResponseInProgressEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseInProgressEvent) -> Self {
        Self::ResponseInProgress(value)
    }
}
impl From<BetaResponseFailedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseFailedEvent) -> Self {
        Self::ResponseFailed(value)
    }
}
impl From<BetaResponseIncompleteEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseIncompleteEvent) -> Self {
        Self::ResponseIncomplete(value)
    }
}
impl From<BetaResponseOutputItemAddedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseOutputItemAddedEvent) -> Self {
        Self::ResponseOutputItemAdded(value)
    }
}
impl From<BetaResponseOutputItemDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseOutputItemDoneEvent) -> Self {
        Self::ResponseOutputItemDone(value)
    }
}
impl From<BetaResponseReasoningSummaryPartAddedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseReasoningSummaryPartAddedEvent) -> Self {
        Self::ResponseReasoningSummaryPartAdded(value)
    }
}
impl From<BetaResponseReasoningSummaryPartDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseReasoningSummaryPartDoneEvent) -> Self {
        Self::ResponseReasoningSummaryPartDone(value)
    }
}
impl From<BetaResponseReasoningSummaryTextDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseReasoningSummaryTextDeltaEvent) -> Self {
        Self::ResponseReasoningSummaryTextDelta(value)
    }
}
impl From<BetaResponseReasoningSummaryTextDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseReasoningSummaryTextDoneEvent) -> Self {
        Self::ResponseReasoningSummaryTextDone(value)
    }
}
impl From<BetaResponseReasoningTextDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseReasoningTextDeltaEvent) -> Self {
        Self::ResponseReasoningTextDelta(value)
    }
}
impl From<BetaResponseReasoningTextDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseReasoningTextDoneEvent) -> Self {
        Self::ResponseReasoningTextDone(value)
    }
}
impl From<BetaResponseRefusalDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseRefusalDeltaEvent) -> Self {
        Self::ResponseRefusalDelta(value)
    }
}
impl From<BetaResponseRefusalDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseRefusalDoneEvent) -> Self {
        Self::ResponseRefusalDone(value)
    }
}
impl From<BetaResponseTextDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseTextDeltaEvent) -> Self {
        Self::ResponseOutputTextDelta(value)
    }
}
impl From<BetaResponseTextDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseTextDoneEvent) -> Self {
        Self::ResponseOutputTextDone(value)
    }
}
impl From<BetaResponseWebSearchCallCompletedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseWebSearchCallCompletedEvent) -> Self {
        Self::ResponseWebSearchCallCompleted(value)
    }
}
impl From<BetaResponseWebSearchCallInProgressEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseWebSearchCallInProgressEvent) -> Self {
        Self::ResponseWebSearchCallInProgress(value)
    }
}
impl From<BetaResponseWebSearchCallSearchingEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseWebSearchCallSearchingEvent) -> Self {
        Self::ResponseWebSearchCallSearching(value)
    }
}
impl From<BetaResponseImageGenCallCompletedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseImageGenCallCompletedEvent) -> Self {
        Self::ResponseImageGenerationCallCompleted(value)
    }
}
impl From<BetaResponseImageGenCallGeneratingEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseImageGenCallGeneratingEvent) -> Self {
        Self::ResponseImageGenerationCallGenerating(value)
    }
}
impl From<BetaResponseImageGenCallInProgressEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseImageGenCallInProgressEvent) -> Self {
        Self::ResponseImageGenerationCallInProgress(value)
    }
}
impl From<BetaResponseImageGenCallPartialImageEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseImageGenCallPartialImageEvent) -> Self {
        Self::ResponseImageGenerationCallPartialImage(value)
    }
}
impl From<BetaResponseMcpCallArgumentsDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseMcpCallArgumentsDeltaEvent) -> Self {
        Self::ResponseMcpCallArgumentsDelta(value)
    }
}
impl From<BetaResponseMcpCallArgumentsDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseMcpCallArgumentsDoneEvent) -> Self {
        Self::ResponseMcpCallArgumentsDone(value)
    }
}
impl From<BetaResponseMcpCallCompletedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseMcpCallCompletedEvent) -> Self {
        Self::ResponseMcpCallCompleted(value)
    }
}
impl From<BetaResponseMcpCallFailedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseMcpCallFailedEvent) -> Self {
        Self::ResponseMcpCallFailed(value)
    }
}
impl From<BetaResponseMcpCallInProgressEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseMcpCallInProgressEvent) -> Self {
        Self::ResponseMcpCallInProgress(value)
    }
}
impl From<BetaResponseMcpListToolsCompletedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseMcpListToolsCompletedEvent) -> Self {
        Self::ResponseMcpListToolsCompleted(value)
    }
}
impl From<BetaResponseMcpListToolsFailedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseMcpListToolsFailedEvent) -> Self {
        Self::ResponseMcpListToolsFailed(value)
    }
}
impl From<BetaResponseMcpListToolsInProgressEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseMcpListToolsInProgressEvent) -> Self {
        Self::ResponseMcpListToolsInProgress(value)
    }
}
impl From<BetaResponseOutputTextAnnotationAddedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseOutputTextAnnotationAddedEvent) -> Self {
        Self::ResponseOutputTextAnnotationAdded(value)
    }
}
impl From<BetaResponseQueuedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseQueuedEvent) -> Self {
        Self::ResponseQueued(value)
    }
}
impl From<BetaResponseCustomToolCallInputDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseCustomToolCallInputDeltaEvent) -> Self {
        Self::ResponseCustomToolCallInputDelta(value)
    }
}
impl From<BetaResponseCustomToolCallInputDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseCustomToolCallInputDoneEvent) -> Self {
        Self::ResponseCustomToolCallInputDone(value)
    }
}
/// Query and header parameters of `getResponse`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetResponseParams {
    /// Additional fields to include in the response. See the `include`
    /// parameter for Response creation above for more information.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<IncludeEnum>>,
    /// If set to true, the model response data will be streamed to the client
    /// as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
    /// See the [Streaming section below](/docs/api-reference/responses-streaming)
    /// for more information.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,
    /// The sequence number of the event after which to start streaming.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starting_after: Option<i64>,
    /// When true, stream obfuscation will be enabled. Stream obfuscation adds
    /// random characters to an `obfuscation` field on streaming delta events
    /// to normalize payload sizes as a mitigation to certain side-channel
    /// attacks. These obfuscation fields are included by default, but add a
    /// small amount of overhead to the data stream. You can set
    /// `include_obfuscation` to false to optimize for bandwidth if you trust
    /// the network links between your application and the OpenAI API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include_obfuscation: Option<bool>,
}
impl GetResponseParams {
    /// A value with every optional field unset.
    pub fn new() -> Self {
        Self {
            include: None,
            stream: None,
            starting_after: None,
            include_obfuscation: None,
        }
    }
    /// Sets `include`.
    pub fn include(mut self, value: impl Into<Vec<IncludeEnum>>) -> Self {
        self.include = Some(value.into());
        self
    }
    /// Sets `stream`.
    pub fn stream(mut self, value: impl Into<bool>) -> Self {
        self.stream = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<i64>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `include_obfuscation`.
    pub fn include_obfuscation(mut self, value: impl Into<bool>) -> Self {
        self.include_obfuscation = Some(value.into());
        self
    }
}
/// Query and header parameters of `listInputItems`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListInputItemsParams {
    /// A limit on the number of objects to be returned. Limit can range between
    /// 1 and 100, and the default is 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// The order to return the input items in. Default is `desc`.
    /// - `asc`: Return the input items in ascending order.
    /// - `desc`: Return the input items in descending order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListConversationItemsOrder>,
    /// An item ID to list items after, used in pagination.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Additional fields to include in the response. See the `include`
    /// parameter for Response creation above for more information.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<IncludeEnum>>,
}
impl ListInputItemsParams {
    /// A value with every optional field unset.
    pub fn new() -> Self {
        Self {
            limit: None,
            order: None,
            after: None,
            include: None,
        }
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<ListConversationItemsOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `include`.
    pub fn include(mut self, value: impl Into<Vec<IncludeEnum>>) -> Self {
        self.include = Some(value.into());
        self
    }
}
/// The constant `responses_multi_agent=v1`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ResponsesMultiAgentV1Literal {
    /// `responses_multi_agent=v1`
    ResponsesMultiAgentV1,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl ResponsesMultiAgentV1Literal {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ResponsesMultiAgentV1 => "responses_multi_agent=v1",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "responses_multi_agent=v1" => Self::ResponsesMultiAgentV1,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for ResponsesMultiAgentV1Literal {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for ResponsesMultiAgentV1Literal {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for ResponsesMultiAgentV1Literal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ResponsesMultiAgentV1Literal {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ResponsesMultiAgentV1Literal {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for ResponsesMultiAgentV1Literal {
    fn default() -> Self {
        Self::ResponsesMultiAgentV1
    }
}
/// Query and header parameters of `beta_createResponse`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BetaCreateResponseParams {
    /// Optional beta features to enable for this request.
    #[serde(rename = "openai-beta", skip_serializing_if = "Option::is_none")]
    pub openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>>,
}
impl BetaCreateResponseParams {
    /// A value with every optional field unset.
    pub fn new() -> Self {
        Self { openai_beta: None }
    }
    /// Sets `openai-beta`.
    pub fn openai_beta(
        mut self,
        value: impl Into<Vec<ResponsesMultiAgentV1Literal>>,
    ) -> Self {
        self.openai_beta = Some(value.into());
        self
    }
}
/// Query and header parameters of `beta_getResponse`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BetaGetResponseParams {
    /// Additional fields to include in the response. See the `include`
    /// parameter for Response creation above for more information.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<BetaIncludeEnum>>,
    /// If set to true, the model response data will be streamed to the client
    /// as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
    /// See the [Streaming section below](/docs/api-reference/responses-streaming)
    /// for more information.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,
    /// The sequence number of the event after which to start streaming.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starting_after: Option<i64>,
    /// When true, stream obfuscation will be enabled. Stream obfuscation adds
    /// random characters to an `obfuscation` field on streaming delta events
    /// to normalize payload sizes as a mitigation to certain side-channel
    /// attacks. These obfuscation fields are included by default, but add a
    /// small amount of overhead to the data stream. You can set
    /// `include_obfuscation` to false to optimize for bandwidth if you trust
    /// the network links between your application and the OpenAI API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include_obfuscation: Option<bool>,
    /// Optional beta features to enable for this request.
    #[serde(rename = "openai-beta", skip_serializing_if = "Option::is_none")]
    pub openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>>,
}
impl BetaGetResponseParams {
    /// A value with every optional field unset.
    pub fn new() -> Self {
        Self {
            include: None,
            stream: None,
            starting_after: None,
            include_obfuscation: None,
            openai_beta: None,
        }
    }
    /// Sets `include`.
    pub fn include(mut self, value: impl Into<Vec<BetaIncludeEnum>>) -> Self {
        self.include = Some(value.into());
        self
    }
    /// Sets `stream`.
    pub fn stream(mut self, value: impl Into<bool>) -> Self {
        self.stream = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<i64>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `include_obfuscation`.
    pub fn include_obfuscation(mut self, value: impl Into<bool>) -> Self {
        self.include_obfuscation = Some(value.into());
        self
    }
    /// Sets `openai-beta`.
    pub fn openai_beta(
        mut self,
        value: impl Into<Vec<ResponsesMultiAgentV1Literal>>,
    ) -> Self {
        self.openai_beta = Some(value.into());
        self
    }
}
/// Query and header parameters of `beta_deleteResponse`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BetaDeleteResponseParams {
    /// Optional beta features to enable for this request.
    #[serde(rename = "openai-beta", skip_serializing_if = "Option::is_none")]
    pub openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>>,
}
impl BetaDeleteResponseParams {
    /// A value with every optional field unset.
    pub fn new() -> Self {
        Self { openai_beta: None }
    }
    /// Sets `openai-beta`.
    pub fn openai_beta(
        mut self,
        value: impl Into<Vec<ResponsesMultiAgentV1Literal>>,
    ) -> Self {
        self.openai_beta = Some(value.into());
        self
    }
}
/// Query and header parameters of `beta_cancelResponse`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BetaCancelResponseParams {
    /// Optional beta features to enable for this request.
    #[serde(rename = "openai-beta", skip_serializing_if = "Option::is_none")]
    pub openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>>,
}
impl BetaCancelResponseParams {
    /// A value with every optional field unset.
    pub fn new() -> Self {
        Self { openai_beta: None }
    }
    /// Sets `openai-beta`.
    pub fn openai_beta(
        mut self,
        value: impl Into<Vec<ResponsesMultiAgentV1Literal>>,
    ) -> Self {
        self.openai_beta = Some(value.into());
        self
    }
}
/// Query and header parameters of `beta_Compactconversation`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BetaCompactconversationParams {
    /// Optional beta features to enable for this request.
    #[serde(rename = "openai-beta", skip_serializing_if = "Option::is_none")]
    pub openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>>,
}
impl BetaCompactconversationParams {
    /// A value with every optional field unset.
    pub fn new() -> Self {
        Self { openai_beta: None }
    }
    /// Sets `openai-beta`.
    pub fn openai_beta(
        mut self,
        value: impl Into<Vec<ResponsesMultiAgentV1Literal>>,
    ) -> Self {
        self.openai_beta = Some(value.into());
        self
    }
}
/// Query and header parameters of `beta_listInputItems`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BetaListInputItemsParams {
    /// A limit on the number of objects to be returned. Limit can range between
    /// 1 and 100, and the default is 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// The order to return the input items in. Default is `desc`.
    /// - `asc`: Return the input items in ascending order.
    /// - `desc`: Return the input items in descending order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListConversationItemsOrder>,
    /// An item ID to list items after, used in pagination.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Additional fields to include in the response. See the `include`
    /// parameter for Response creation above for more information.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<BetaIncludeEnum>>,
    /// Optional beta features to enable for this request.
    #[serde(rename = "openai-beta", skip_serializing_if = "Option::is_none")]
    pub openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>>,
}
impl BetaListInputItemsParams {
    /// A value with every optional field unset.
    pub fn new() -> Self {
        Self {
            limit: None,
            order: None,
            after: None,
            include: None,
            openai_beta: None,
        }
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<ListConversationItemsOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `include`.
    pub fn include(mut self, value: impl Into<Vec<BetaIncludeEnum>>) -> Self {
        self.include = Some(value.into());
        self
    }
    /// Sets `openai-beta`.
    pub fn openai_beta(
        mut self,
        value: impl Into<Vec<ResponsesMultiAgentV1Literal>>,
    ) -> Self {
        self.openai_beta = Some(value.into());
        self
    }
}
/// Query and header parameters of `beta_Getinputtokencounts`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BetaGetinputtokencountsParams {
    /// Optional beta features to enable for this request.
    #[serde(rename = "openai-beta", skip_serializing_if = "Option::is_none")]
    pub openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>>,
}
impl BetaGetinputtokencountsParams {
    /// A value with every optional field unset.
    pub fn new() -> Self {
        Self { openai_beta: None }
    }
    /// Sets `openai-beta`.
    pub fn openai_beta(
        mut self,
        value: impl Into<Vec<ResponsesMultiAgentV1Literal>>,
    ) -> Self {
        self.openai_beta = Some(value.into());
        self
    }
}
