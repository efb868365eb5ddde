//! Types of the `conversations` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[cfg(feature = "conversations")]
/// A single item within a conversation. The set of possible types are the same as the `output` type of a [Response object](https://platform.openai.com/docs/api-reference/responses/object#responses/object-output).
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ConversationItem {
    /// `message`
    Message(Message),
    /// `function_call`
    FunctionCall(FunctionToolCallResource),
    /// `function_call_output`
    FunctionCallOutput(FunctionToolCallOutputResource),
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
    /// `tool_search_call`
    ToolSearchCall(ToolSearchCall),
    /// `tool_search_output`
    ToolSearchOutput(ToolSearchOutput),
    /// `additional_tools`
    AdditionalTools(AdditionalTools),
    /// `reasoning`
    Reasoning(ReasoningItem),
    /// `program`
    Program(Program),
    /// `program_output`
    ProgramOutput(ProgramOutput),
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
#[cfg(feature = "conversations")]
impl Serialize for ConversationItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Message(value) => value.serialize(serializer),
            Self::FunctionCall(value) => value.serialize(serializer),
            Self::FunctionCallOutput(value) => value.serialize(serializer),
            Self::FileSearchCall(value) => value.serialize(serializer),
            Self::WebSearchCall(value) => value.serialize(serializer),
            Self::ImageGenerationCall(value) => value.serialize(serializer),
            Self::ComputerCall(value) => value.serialize(serializer),
            Self::ComputerCallOutput(value) => value.serialize(serializer),
            Self::ToolSearchCall(value) => value.serialize(serializer),
            Self::ToolSearchOutput(value) => value.serialize(serializer),
            Self::AdditionalTools(value) => value.serialize(serializer),
            Self::Reasoning(value) => value.serialize(serializer),
            Self::Program(value) => value.serialize(serializer),
            Self::ProgramOutput(value) => value.serialize(serializer),
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
#[cfg(feature = "conversations")]
impl sdk_runtime_types::de::TaggedUnion for ConversationItem {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "message" => Deserialize::deserialize(content).map(Self::Message),
                "function_call" => {
                    Deserialize::deserialize(content).map(Self::FunctionCall)
                }
                "function_call_output" => {
                    Deserialize::deserialize(content).map(Self::FunctionCallOutput)
                }
                "file_search_call" => {
                    Deserialize::deserialize(content).map(Self::FileSearchCall)
                }
                "web_search_call" => {
                    Deserialize::deserialize(content).map(Self::WebSearchCall)
                }
                "image_generation_call" => {
                    Deserialize::deserialize(content).map(Self::ImageGenerationCall)
                }
                "computer_call" => {
                    Deserialize::deserialize(content).map(Self::ComputerCall)
                }
                "computer_call_output" => {
                    Deserialize::deserialize(content).map(Self::ComputerCallOutput)
                }
                "tool_search_call" => {
                    Deserialize::deserialize(content).map(Self::ToolSearchCall)
                }
                "tool_search_output" => {
                    Deserialize::deserialize(content).map(Self::ToolSearchOutput)
                }
                "additional_tools" => {
                    Deserialize::deserialize(content).map(Self::AdditionalTools)
                }
                "reasoning" => Deserialize::deserialize(content).map(Self::Reasoning),
                "program" => Deserialize::deserialize(content).map(Self::Program),
                "program_output" => {
                    Deserialize::deserialize(content).map(Self::ProgramOutput)
                }
                "compaction" => Deserialize::deserialize(content).map(Self::Compaction),
                "code_interpreter_call" => {
                    Deserialize::deserialize(content).map(Self::CodeInterpreterCall)
                }
                "local_shell_call" => {
                    Deserialize::deserialize(content).map(Self::LocalShellCall)
                }
                "local_shell_call_output" => {
                    Deserialize::deserialize(content).map(Self::LocalShellCallOutput)
                }
                "shell_call" => Deserialize::deserialize(content).map(Self::ShellCall),
                "shell_call_output" => {
                    Deserialize::deserialize(content).map(Self::ShellCallOutput)
                }
                "apply_patch_call" => {
                    Deserialize::deserialize(content).map(Self::ApplyPatchCall)
                }
                "apply_patch_call_output" => {
                    Deserialize::deserialize(content).map(Self::ApplyPatchCallOutput)
                }
                "mcp_list_tools" => {
                    Deserialize::deserialize(content).map(Self::McpListTools)
                }
                "mcp_approval_request" => {
                    Deserialize::deserialize(content).map(Self::McpApprovalRequest)
                }
                "mcp_approval_response" => {
                    Deserialize::deserialize(content).map(Self::McpApprovalResponse)
                }
                "mcp_call" => Deserialize::deserialize(content).map(Self::McpCall),
                "custom_tool_call" => {
                    Deserialize::deserialize(content).map(Self::CustomToolCall)
                }
                "custom_tool_call_output" => {
                    Deserialize::deserialize(content).map(Self::CustomToolCallOutput)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(feature = "conversations")]
impl<'de> Deserialize<'de> for ConversationItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "conversations")]
impl From<Message> for ConversationItem {
    fn from(value: Message) -> Self {
        Self::Message(value)
    }
}
#[cfg(feature = "conversations")]
impl From<FunctionToolCallResource> for ConversationItem {
    fn from(value: FunctionToolCallResource) -> Self {
        Self::FunctionCall(value)
    }
}
#[cfg(feature = "conversations")]
impl From<FunctionToolCallOutputResource> for ConversationItem {
    fn from(value: FunctionToolCallOutputResource) -> Self {
        Self::FunctionCallOutput(value)
    }
}
#[cfg(feature = "conversations")]
impl From<FileSearchToolCall> for ConversationItem {
    fn from(value: FileSearchToolCall) -> Self {
        Self::FileSearchCall(value)
    }
}
#[cfg(feature = "conversations")]
impl From<WebSearchToolCall> for ConversationItem {
    fn from(value: WebSearchToolCall) -> Self {
        Self::WebSearchCall(value)
    }
}
#[cfg(feature = "conversations")]
impl From<ImageGenToolCall> for ConversationItem {
    fn from(value: ImageGenToolCall) -> Self {
        Self::ImageGenerationCall(value)
    }
}
#[cfg(feature = "conversations")]
impl From<ComputerToolCall> for ConversationItem {
    fn from(value: ComputerToolCall) -> Self {
        Self::ComputerCall(value)
    }
}
#[cfg(feature = "conversations")]
impl From<ComputerToolCallOutputResource> for ConversationItem {
    fn from(value: ComputerToolCallOutputResource) -> Self {
        Self::ComputerCallOutput(value)
    }
}
#[cfg(feature = "conversations")]
impl From<ToolSearchCall> for ConversationItem {
    fn from(value: ToolSearchCall) -> Self {
        Self::ToolSearchCall(value)
    }
}
#[cfg(feature = "conversations")]
impl From<ToolSearchOutput> for ConversationItem {
    fn from(value: ToolSearchOutput) -> Self {
        Self::ToolSearchOutput(value)
    }
}
#[cfg(feature = "conversations")]
impl From<AdditionalTools> for ConversationItem {
    fn from(value: AdditionalTools) -> Self {
        Self::AdditionalTools(value)
    }
}
#[cfg(feature = "conversations")]
impl From<ReasoningItem> for ConversationItem {
    fn from(value: ReasoningItem) -> Self {
        Self::Reasoning(value)
    }
}
#[cfg(feature = "conversations")]
impl From<Program> for ConversationItem {
    fn from(value: Program) -> Self {
        Self::Program(value)
    }
}
#[cfg(feature = "conversations")]
impl From<ProgramOutput> for ConversationItem {
    fn from(value: ProgramOutput) -> Self {
        Self::ProgramOutput(value)
    }
}
#[cfg(feature = "conversations")]
impl From<CompactionBody> for ConversationItem {
    fn from(value: CompactionBody) -> Self {
        Self::Compaction(value)
    }
}
#[cfg(feature = "conversations")]
impl From<CodeInterpreterToolCall> for ConversationItem {
    fn from(value: CodeInterpreterToolCall) -> Self {
        Self::CodeInterpreterCall(value)
    }
}
#[cfg(feature = "conversations")]
impl From<LocalShellToolCall> for ConversationItem {
    fn from(value: LocalShellToolCall) -> Self {
        Self::LocalShellCall(value)
    }
}
#[cfg(feature = "conversations")]
impl From<LocalShellToolCallOutput> for ConversationItem {
    fn from(value: LocalShellToolCallOutput) -> Self {
        Self::LocalShellCallOutput(value)
    }
}
#[cfg(feature = "conversations")]
impl From<FunctionShellCall> for ConversationItem {
    fn from(value: FunctionShellCall) -> Self {
        Self::ShellCall(value)
    }
}
#[cfg(feature = "conversations")]
impl From<FunctionShellCallOutput> for ConversationItem {
    fn from(value: FunctionShellCallOutput) -> Self {
        Self::ShellCallOutput(value)
    }
}
#[cfg(feature = "conversations")]
impl From<ApplyPatchToolCall> for ConversationItem {
    fn from(value: ApplyPatchToolCall) -> Self {
        Self::ApplyPatchCall(value)
    }
}
#[cfg(feature = "conversations")]
impl From<ApplyPatchToolCallOutput> for ConversationItem {
    fn from(value: ApplyPatchToolCallOutput) -> Self {
        Self::ApplyPatchCallOutput(value)
    }
}
#[cfg(feature = "conversations")]
impl From<McpListTools> for ConversationItem {
    fn from(value: McpListTools) -> Self {
        Self::McpListTools(value)
    }
}
#[cfg(feature = "conversations")]
impl From<McpApprovalRequest> for ConversationItem {
    fn from(value: McpApprovalRequest) -> Self {
        Self::McpApprovalRequest(value)
    }
}
#[cfg(feature = "conversations")]
impl From<McpApprovalResponseResource> for ConversationItem {
    fn from(value: McpApprovalResponseResource) -> Self {
        Self::McpApprovalResponse(value)
    }
}
#[cfg(feature = "conversations")]
impl From<McpToolCall> for ConversationItem {
    fn from(value: McpToolCall) -> Self {
        Self::McpCall(value)
    }
}
#[cfg(feature = "conversations")]
impl From<CustomToolCall> for ConversationItem {
    fn from(value: CustomToolCall) -> Self {
        Self::CustomToolCall(value)
    }
}
#[cfg(feature = "conversations")]
impl From<CustomToolCallOutput> for ConversationItem {
    fn from(value: CustomToolCallOutput) -> Self {
        Self::CustomToolCallOutput(value)
    }
}
/// A message to or from the model.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Message {
    /// The type of the message. Always set to `message`.
    #[serde(rename = "type")]
    pub type_: MessageLiteral,
    /// The unique ID of the message.
    pub id: String,
    /// The status of item. One of `in_progress`, `completed`, or `incomplete`. Populated when items are returned via API.
    pub status: MessageStatus,
    /// The role of the message. One of `unknown`, `user`, `assistant`, `system`, `critic`, `discriminator`, `developer`, or `tool`.
    pub role: MessageRole,
    /// The content of the message
    pub content: Vec<MessageContentItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phase: Option<MessagePhase2>,
}
impl sdk_runtime_types::de::Object for Message {
    const NAME: &'static str = "Message";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<MessageLiteral> = None;
        let mut id: Option<String> = None;
        let mut status: Option<MessageStatus> = None;
        let mut role: Option<MessageRole> = None;
        let mut content: Option<Vec<MessageContentItem>> = None;
        let mut phase: Option<MessagePhase2> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "status" => 2,
                    "role" => 3,
                    "content" => 4,
                    "phase" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut status),
                3 => sdk_runtime_types::de::value(&mut map, &mut role),
                4 => sdk_runtime_types::de::value(&mut map, &mut content),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut phase),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: id.unwrap_or_default(),
            status: status.unwrap_or_default(),
            role: role.unwrap_or_default(),
            content: content.unwrap_or_default(),
            phase,
        })
    }
}
impl<'de> Deserialize<'de> for Message {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl Message {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        status: impl Into<MessageStatus>,
        role: impl Into<MessageRole>,
        content: impl Into<Vec<MessageContentItem>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            status: status.into(),
            role: role.into(),
            content: content.into(),
            phase: None,
        }
    }
    /// Sets `phase`.
    pub fn phase(mut self, value: impl Into<MessagePhase2>) -> Self {
        self.phase = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MessageStatus {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl MessageStatus {
    /// The value as sent on the wire.
    #[inline]
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
impl From<&str> for MessageStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for MessageStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for MessageStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for MessageStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for MessageStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for MessageStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// A content part that makes up an input or output item.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageContentItem {
    /// `input_text`
    InputText(InputTextContent),
    /// `output_text`
    OutputText(OutputTextContent),
    /// `text`
    Text(TextContent),
    /// `summary_text`
    SummaryText(SummaryTextContent),
    /// `reasoning_text`
    ReasoningText(ReasoningTextContent),
    /// `refusal`
    Refusal(RefusalContent),
    /// `input_image`
    InputImage(InputImageContent),
    /// `computer_screenshot`
    ComputerScreenshot(ComputerScreenshotContent),
    /// `input_file`
    InputFile(InputFileContent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for MessageContentItem {
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
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for MessageContentItem {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "input_text" => Deserialize::deserialize(content).map(Self::InputText),
                "output_text" => Deserialize::deserialize(content).map(Self::OutputText),
                "text" => Deserialize::deserialize(content).map(Self::Text),
                "summary_text" => {
                    Deserialize::deserialize(content).map(Self::SummaryText)
                }
                "reasoning_text" => {
                    Deserialize::deserialize(content).map(Self::ReasoningText)
                }
                "refusal" => Deserialize::deserialize(content).map(Self::Refusal),
                "input_image" => Deserialize::deserialize(content).map(Self::InputImage),
                "computer_screenshot" => {
                    Deserialize::deserialize(content).map(Self::ComputerScreenshot)
                }
                "input_file" => Deserialize::deserialize(content).map(Self::InputFile),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for MessageContentItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<InputTextContent> for MessageContentItem {
    fn from(value: InputTextContent) -> Self {
        Self::InputText(value)
    }
}
impl From<OutputTextContent> for MessageContentItem {
    fn from(value: OutputTextContent) -> Self {
        Self::OutputText(value)
    }
}
impl From<TextContent> for MessageContentItem {
    fn from(value: TextContent) -> Self {
        Self::Text(value)
    }
}
impl From<SummaryTextContent> for MessageContentItem {
    fn from(value: SummaryTextContent) -> Self {
        Self::SummaryText(value)
    }
}
impl From<ReasoningTextContent> for MessageContentItem {
    fn from(value: ReasoningTextContent) -> Self {
        Self::ReasoningText(value)
    }
}
impl From<RefusalContent> for MessageContentItem {
    fn from(value: RefusalContent) -> Self {
        Self::Refusal(value)
    }
}
impl From<InputImageContent> for MessageContentItem {
    fn from(value: InputImageContent) -> Self {
        Self::InputImage(value)
    }
}
impl From<ComputerScreenshotContent> for MessageContentItem {
    fn from(value: ComputerScreenshotContent) -> Self {
        Self::ComputerScreenshot(value)
    }
}
impl From<InputFileContent> for MessageContentItem {
    fn from(value: InputFileContent) -> Self {
        Self::InputFile(value)
    }
}
/// A text content.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct TextContent {
    #[serde(rename = "type")]
    pub type_: TextLiteral,
    pub text: String,
}
impl sdk_runtime_types::de::Object for TextContent {
    const NAME: &'static str = "TextContent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<TextLiteral> = None;
        let mut text: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "text" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut text),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            text: text.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for TextContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl TextContent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            text: text.into(),
        }
    }
}
/// A screenshot of a computer.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ComputerScreenshotContent {
    /// Specifies the event type. For a computer screenshot, this property is always set to `computer_screenshot`.
    #[serde(rename = "type")]
    pub type_: ComputerScreenshotLiteral,
    pub image_url: Option<String>,
    pub file_id: Option<String>,
    /// The detail level of the screenshot image to be sent to the model. One of `high`, `low`, `auto`, or `original`. Defaults to `auto`.
    pub detail: ImageDetail,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_breakpoint: Option<PromptCacheBreakpointConfig>,
}
impl sdk_runtime_types::de::Object for ComputerScreenshotContent {
    const NAME: &'static str = "ComputerScreenshotContent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ComputerScreenshotLiteral> = None;
        let mut image_url: Option<String> = None;
        let mut file_id: Option<String> = None;
        let mut detail: Option<ImageDetail> = None;
        let mut prompt_cache_breakpoint: Option<PromptCacheBreakpointConfig> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "image_url" => 1,
                    "file_id" => 2,
                    "detail" => 3,
                    "prompt_cache_breakpoint" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut image_url),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut file_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut detail),
                4 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut prompt_cache_breakpoint,
                    )
                }
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            image_url,
            file_id,
            detail: detail.unwrap_or_default(),
            prompt_cache_breakpoint,
        })
    }
}
impl<'de> Deserialize<'de> for ComputerScreenshotContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ComputerScreenshotContent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(detail: impl Into<ImageDetail>) -> Self {
        Self {
            type_: Default::default(),
            image_url: None,
            file_id: None,
            detail: detail.into(),
            prompt_cache_breakpoint: None,
        }
    }
    /// Sets `image_url`.
    pub fn image_url(mut self, value: impl Into<String>) -> Self {
        self.image_url = Some(value.into());
        self
    }
    /// Sets `file_id`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
    /// Sets `prompt_cache_breakpoint`.
    pub fn prompt_cache_breakpoint(
        mut self,
        value: impl Into<PromptCacheBreakpointConfig>,
    ) -> Self {
        self.prompt_cache_breakpoint = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MessagePhase2 {
    /// `commentary`
    Commentary,
    /// `final_answer`
    FinalAnswer,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl MessagePhase2 {
    /// The value as sent on the wire.
    #[inline]
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
impl From<&str> for MessagePhase2 {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for MessagePhase2 {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for MessagePhase2 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for MessagePhase2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for MessagePhase2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for MessagePhase2 {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FunctionToolCallResource {
    /// The unique ID of the function tool call.
    pub id: String,
    /// The type of the function tool call. Always `function_call`.
    #[serde(rename = "type")]
    pub type_: FunctionCallLiteral,
    /// The unique ID of the function tool call generated by the model.
    pub call_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<ToolCallCaller>,
    /// The namespace of the function to run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// The name of the function to run.
    pub name: String,
    /// A JSON string of the arguments to pass to the function.
    pub arguments: String,
    /// The status of the item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    pub status: FunctionCallStatus,
    /// The identifier of the actor that created the item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
impl sdk_runtime_types::de::Object for FunctionToolCallResource {
    const NAME: &'static str = "FunctionToolCallResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<FunctionCallLiteral> = None;
        let mut call_id: Option<String> = None;
        let mut caller: Option<ToolCallCaller> = None;
        let mut namespace: Option<String> = None;
        let mut name: Option<String> = None;
        let mut arguments: Option<String> = None;
        let mut status: Option<FunctionCallStatus> = None;
        let mut created_by: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "call_id" => 2,
                    "caller" => 3,
                    "namespace" => 4,
                    "name" => 5,
                    "arguments" => 6,
                    "status" => 7,
                    "created_by" => 8,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut namespace),
                5 => sdk_runtime_types::de::value(&mut map, &mut name),
                6 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                7 => sdk_runtime_types::de::value(&mut map, &mut status),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut created_by),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            caller,
            namespace,
            name: sdk_runtime_types::de::required::<_, A::Error>(name, "name")?,
            arguments: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(arguments, "arguments")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            created_by,
        })
    }
}
impl<'de> Deserialize<'de> for FunctionToolCallResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl FunctionToolCallResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        name: impl Into<String>,
        arguments: impl Into<String>,
        status: impl Into<FunctionCallStatus>,
    ) -> Self {
        Self {
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
#[cfg(feature = "conversations")]
/// A list of Conversation items.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ConversationItemList {
    /// The type of object returned, must be `list`.
    pub object: ListLiteral,
    /// A list of conversation items.
    pub data: Vec<ConversationItem>,
    /// Whether there are more items available.
    pub has_more: bool,
    /// The ID of the first item in the list.
    pub first_id: String,
    /// The ID of the last item in the list.
    pub last_id: String,
}
#[cfg(feature = "conversations")]
impl sdk_runtime_types::de::Object for ConversationItemList {
    const NAME: &'static str = "ConversationItemList";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<ConversationItem>> = None;
        let mut has_more: Option<bool> = None;
        let mut first_id: Option<String> = None;
        let mut last_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "data" => 1,
                    "has_more" => 2,
                    "first_id" => 3,
                    "last_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                2 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                3 => sdk_runtime_types::de::value(&mut map, &mut first_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut last_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
            has_more: has_more.unwrap_or_default(),
            first_id: first_id.unwrap_or_default(),
            last_id: last_id.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "conversations")]
impl<'de> Deserialize<'de> for ConversationItemList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "conversations")]
impl ConversationItemList {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        data: impl Into<Vec<ConversationItem>>,
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
#[cfg(feature = "conversations")]
impl sdk_runtime_types::pagination::Page for ConversationItemList {
    type Item = ConversationItem;
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
#[cfg(feature = "conversations")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ConversationResource {
    /// The unique ID of the conversation.
    pub id: String,
    /// The object type, which is always `conversation`.
    pub object: ConversationLiteral,
    /// Set of 16 key-value pairs that can be attached to an object. This can be         useful for storing additional information about the object in a structured         format, and querying for objects via API or the dashboard.
    /// Keys are strings with a maximum length of 64 characters. Values are strings         with a maximum length of 512 characters.
    pub metadata: serde_json::Value,
    /// The time at which the conversation was created, measured in seconds since the Unix epoch.
    pub created_at: i64,
}
#[cfg(feature = "conversations")]
impl sdk_runtime_types::de::Object for ConversationResource {
    const NAME: &'static str = "ConversationResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<ConversationLiteral> = None;
        let mut metadata: Option<serde_json::Value> = None;
        let mut created_at: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "metadata" => 2,
                    "created_at" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut metadata),
                3 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            metadata: metadata.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "conversations")]
impl<'de> Deserialize<'de> for ConversationResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "conversations")]
impl ConversationResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        metadata: impl Into<serde_json::Value>,
        created_at: impl Into<i64>,
    ) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            metadata: metadata.into(),
            created_at: created_at.into(),
        }
    }
}
#[cfg(feature = "conversations")]
/// The constant `conversation`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ConversationLiteral {
    /// `conversation`
    #[default]
    Conversation,
}
#[cfg(feature = "conversations")]
impl ConversationLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "conversation"
    }
}
#[cfg(feature = "conversations")]
impl std::fmt::Display for ConversationLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "conversations")]
impl Serialize for ConversationLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("conversation")
    }
}
#[cfg(feature = "conversations")]
impl<'de> Deserialize<'de> for ConversationLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "conversation")
            .map(|()| Self::Conversation)
    }
}
#[cfg(feature = "conversations")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateConversationBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<InputItem>>,
}
#[cfg(feature = "conversations")]
impl sdk_runtime_types::de::Object for CreateConversationBody {
    const NAME: &'static str = "CreateConversationBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut metadata: Option<Metadata> = None;
        let mut items: Option<Vec<InputItem>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "metadata" => 0,
                    "items" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut items),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { metadata, items })
    }
}
#[cfg(feature = "conversations")]
impl<'de> Deserialize<'de> for CreateConversationBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "conversations")]
impl CreateConversationBody {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            metadata: None,
            items: None,
        }
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
    /// Sets `items`.
    pub fn items(mut self, value: impl Into<Vec<InputItem>>) -> Self {
        self.items = Some(value.into());
        self
    }
}
#[cfg(feature = "conversations")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UpdateConversationBody {
    /// Set of 16 key-value pairs that can be attached to an object. This can be         useful for storing additional information about the object in a structured         format, and querying for objects via API or the dashboard.
    /// Keys are strings with a maximum length of 64 characters. Values are strings         with a maximum length of 512 characters.
    pub metadata: Option<Metadata>,
}
#[cfg(feature = "conversations")]
impl sdk_runtime_types::de::Object for UpdateConversationBody {
    const NAME: &'static str = "UpdateConversationBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut metadata: Option<Metadata> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "metadata" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { metadata })
    }
}
#[cfg(feature = "conversations")]
impl<'de> Deserialize<'de> for UpdateConversationBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "conversations")]
impl UpdateConversationBody {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { metadata: None }
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
#[cfg(feature = "conversations")]
/// Query and header parameters of `listConversationItems`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListConversationItemsParams {
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
    /// Specify additional output data to include in the model response. Currently supported values are:
    /// - `web_search_call.action.sources`: Include the sources of the web search tool call.
    /// - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter tool call items.
    /// - `computer_call_output.output.image_url`: Include image urls from the computer call output.
    /// - `file_search_call.results`: Include the search results of the file search tool call.
    /// - `message.input_image.image_url`: Include image urls from the input message.
    /// - `message.output_text.logprobs`: Include logprobs with assistant messages.
    /// - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses API statelessly (like when the `store` parameter is set to `false`, or when an organization is enrolled in the zero data retention program).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<IncludeEnum>>,
}
#[cfg(feature = "conversations")]
impl sdk_runtime_types::de::Object for ListConversationItemsParams {
    const NAME: &'static str = "ListConversationItemsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut order: Option<ListConversationItemsOrder> = None;
        let mut after: Option<String> = None;
        let mut include: Option<Vec<IncludeEnum>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "order" => 1,
                    "after" => 2,
                    "include" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut include),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            limit,
            order,
            after,
            include,
        })
    }
}
#[cfg(feature = "conversations")]
impl<'de> Deserialize<'de> for ListConversationItemsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "conversations")]
impl ListConversationItemsParams {
    /// A value with every optional field unset.
    #[inline]
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
#[cfg(feature = "conversations")]
/// Query and header parameters of `createConversationItems`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateConversationItemsParams {
    /// Additional fields to include in the response. See the `include`
    /// parameter for [listing Conversation items above](https://platform.openai.com/docs/api-reference/conversations/list-items#conversations_list_items-include) for more information.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<IncludeEnum>>,
}
#[cfg(feature = "conversations")]
impl sdk_runtime_types::de::Object for CreateConversationItemsParams {
    const NAME: &'static str = "CreateConversationItemsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut include: Option<Vec<IncludeEnum>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "include" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut include),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { include })
    }
}
#[cfg(feature = "conversations")]
impl<'de> Deserialize<'de> for CreateConversationItemsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "conversations")]
impl CreateConversationItemsParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { include: None }
    }
    /// Sets `include`.
    pub fn include(mut self, value: impl Into<Vec<IncludeEnum>>) -> Self {
        self.include = Some(value.into());
        self
    }
}
#[cfg(feature = "conversations")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateConversationItemsRequest {
    /// The items to add to the conversation. You may add up to 20 items at a time.
    pub items: Vec<InputItem>,
}
#[cfg(feature = "conversations")]
impl sdk_runtime_types::de::Object for CreateConversationItemsRequest {
    const NAME: &'static str = "CreateConversationItemsRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut items: Option<Vec<InputItem>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "items" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut items),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            items: items.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "conversations")]
impl<'de> Deserialize<'de> for CreateConversationItemsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "conversations")]
impl CreateConversationItemsRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(items: impl Into<Vec<InputItem>>) -> Self {
        Self { items: items.into() }
    }
}
#[cfg(feature = "conversations")]
/// Query and header parameters of `getConversationItem`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct GetConversationItemParams {
    /// Additional fields to include in the response. See the `include`
    /// parameter for [listing Conversation items above](https://platform.openai.com/docs/api-reference/conversations/list-items#conversations_list_items-include) for more information.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<IncludeEnum>>,
}
#[cfg(feature = "conversations")]
impl sdk_runtime_types::de::Object for GetConversationItemParams {
    const NAME: &'static str = "GetConversationItemParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut include: Option<Vec<IncludeEnum>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "include" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut include),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { include })
    }
}
#[cfg(feature = "conversations")]
impl<'de> Deserialize<'de> for GetConversationItemParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "conversations")]
impl GetConversationItemParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { include: None }
    }
    /// Sets `include`.
    pub fn include(mut self, value: impl Into<Vec<IncludeEnum>>) -> Self {
        self.include = Some(value.into());
        self
    }
}
