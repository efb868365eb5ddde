//! Types used only by the `conversations` feature.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
/// A single item within a conversation. The set of possible types are the same as the `output` type of a [Response object](/docs/api-reference/responses/object#responses/object-output).
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
impl<'de> Deserialize<'de> for ConversationItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let (tag, value) = sdk_runtime::de::tagged(deserializer, "type")?;
        Ok(
            match tag.as_deref() {
                Some("message") => Self::Message(sdk_runtime::de::variant(value)?),
                Some("function_call") => {
                    Self::FunctionCall(sdk_runtime::de::variant(value)?)
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
                Some("tool_search_call") => {
                    Self::ToolSearchCall(sdk_runtime::de::variant(value)?)
                }
                Some("tool_search_output") => {
                    Self::ToolSearchOutput(sdk_runtime::de::variant(value)?)
                }
                Some("additional_tools") => {
                    Self::AdditionalTools(sdk_runtime::de::variant(value)?)
                }
                Some("reasoning") => Self::Reasoning(sdk_runtime::de::variant(value)?),
                Some("program") => Self::Program(sdk_runtime::de::variant(value)?),
                Some("program_output") => {
                    Self::ProgramOutput(sdk_runtime::de::variant(value)?)
                }
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
impl From<Message> for ConversationItem {
    fn from(value: Message) -> Self {
        Self::Message(value)
    }
}
impl From<FunctionToolCallResource> for ConversationItem {
    fn from(value: FunctionToolCallResource) -> Self {
        Self::FunctionCall(value)
    }
}
impl From<FunctionToolCallOutputResource> for ConversationItem {
    fn from(value: FunctionToolCallOutputResource) -> Self {
        Self::FunctionCallOutput(value)
    }
}
impl From<FileSearchToolCall> for ConversationItem {
    fn from(value: FileSearchToolCall) -> Self {
        Self::FileSearchCall(value)
    }
}
impl From<WebSearchToolCall> for ConversationItem {
    fn from(value: WebSearchToolCall) -> Self {
        Self::WebSearchCall(value)
    }
}
impl From<ImageGenToolCall> for ConversationItem {
    fn from(value: ImageGenToolCall) -> Self {
        Self::ImageGenerationCall(value)
    }
}
impl From<ComputerToolCall> for ConversationItem {
    fn from(value: ComputerToolCall) -> Self {
        Self::ComputerCall(value)
    }
}
impl From<ComputerToolCallOutputResource> for ConversationItem {
    fn from(value: ComputerToolCallOutputResource) -> Self {
        Self::ComputerCallOutput(value)
    }
}
impl From<ToolSearchCall> for ConversationItem {
    fn from(value: ToolSearchCall) -> Self {
        Self::ToolSearchCall(value)
    }
}
impl From<ToolSearchOutput> for ConversationItem {
    fn from(value: ToolSearchOutput) -> Self {
        Self::ToolSearchOutput(value)
    }
}
impl From<AdditionalTools> for ConversationItem {
    fn from(value: AdditionalTools) -> Self {
        Self::AdditionalTools(value)
    }
}
impl From<ReasoningItem> for ConversationItem {
    fn from(value: ReasoningItem) -> Self {
        Self::Reasoning(value)
    }
}
impl From<Program> for ConversationItem {
    fn from(value: Program) -> Self {
        Self::Program(value)
    }
}
impl From<ProgramOutput> for ConversationItem {
    fn from(value: ProgramOutput) -> Self {
        Self::ProgramOutput(value)
    }
}
impl From<CompactionBody> for ConversationItem {
    fn from(value: CompactionBody) -> Self {
        Self::Compaction(value)
    }
}
impl From<CodeInterpreterToolCall> for ConversationItem {
    fn from(value: CodeInterpreterToolCall) -> Self {
        Self::CodeInterpreterCall(value)
    }
}
impl From<LocalShellToolCall> for ConversationItem {
    fn from(value: LocalShellToolCall) -> Self {
        Self::LocalShellCall(value)
    }
}
impl From<LocalShellToolCallOutput> for ConversationItem {
    fn from(value: LocalShellToolCallOutput) -> Self {
        Self::LocalShellCallOutput(value)
    }
}
impl From<FunctionShellCall> for ConversationItem {
    fn from(value: FunctionShellCall) -> Self {
        Self::ShellCall(value)
    }
}
impl From<FunctionShellCallOutput> for ConversationItem {
    fn from(value: FunctionShellCallOutput) -> Self {
        Self::ShellCallOutput(value)
    }
}
impl From<ApplyPatchToolCall> for ConversationItem {
    fn from(value: ApplyPatchToolCall) -> Self {
        Self::ApplyPatchCall(value)
    }
}
impl From<ApplyPatchToolCallOutput> for ConversationItem {
    fn from(value: ApplyPatchToolCallOutput) -> Self {
        Self::ApplyPatchCallOutput(value)
    }
}
impl From<McpListTools> for ConversationItem {
    fn from(value: McpListTools) -> Self {
        Self::McpListTools(value)
    }
}
impl From<McpApprovalRequest> for ConversationItem {
    fn from(value: McpApprovalRequest) -> Self {
        Self::McpApprovalRequest(value)
    }
}
impl From<McpApprovalResponseResource> for ConversationItem {
    fn from(value: McpApprovalResponseResource) -> Self {
        Self::McpApprovalResponse(value)
    }
}
impl From<McpToolCall> for ConversationItem {
    fn from(value: McpToolCall) -> Self {
        Self::McpCall(value)
    }
}
impl From<CustomToolCall> for ConversationItem {
    fn from(value: CustomToolCall) -> Self {
        Self::CustomToolCall(value)
    }
}
impl From<CustomToolCallOutput> for ConversationItem {
    fn from(value: CustomToolCallOutput) -> Self {
        Self::CustomToolCallOutput(value)
    }
}
/// A list of Conversation items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
impl ConversationItemList {
    /// A value with the required fields set and the optional ones unset.
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
impl sdk_runtime::pagination::Page for ConversationItemList {
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
impl ConversationResource {
    /// A value with the required fields set and the optional ones unset.
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
/// The constant `conversation`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConversationLiteral {
    /// `conversation`
    Conversation,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl ConversationLiteral {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Conversation => "conversation",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "conversation" => Self::Conversation,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for ConversationLiteral {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for ConversationLiteral {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for ConversationLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ConversationLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ConversationLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for ConversationLiteral {
    fn default() -> Self {
        Self::Conversation
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateConversationBody {
    pub metadata: Option<Metadata>,
    pub items: Option<Vec<InputItem>>,
}
impl CreateConversationBody {
    /// A value with every optional field unset.
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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateConversationBody {
    /// Set of 16 key-value pairs that can be attached to an object. This can be         useful for storing additional information about the object in a structured         format, and querying for objects via API or the dashboard.
    /// Keys are strings with a maximum length of 64 characters. Values are strings         with a maximum length of 512 characters.
    pub metadata: Option<Metadata>,
}
impl UpdateConversationBody {
    /// A value with every optional field unset.
    pub fn new() -> Self {
        Self { metadata: None }
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
/// Query and header parameters of `listConversationItems`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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
impl ListConversationItemsParams {
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
/// Query and header parameters of `createConversationItems`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateConversationItemsParams {
    /// Additional fields to include in the response. See the `include`
    /// parameter for [listing Conversation items above](/docs/api-reference/conversations/list-items#conversations_list_items-include) for more information.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<IncludeEnum>>,
}
impl CreateConversationItemsParams {
    /// A value with every optional field unset.
    pub fn new() -> Self {
        Self { include: None }
    }
    /// Sets `include`.
    pub fn include(mut self, value: impl Into<Vec<IncludeEnum>>) -> Self {
        self.include = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreateConversationItemsRequest {
    /// The items to add to the conversation. You may add up to 20 items at a time.
    pub items: Vec<InputItem>,
}
impl CreateConversationItemsRequest {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(items: impl Into<Vec<InputItem>>) -> Self {
        Self { items: items.into() }
    }
}
/// Query and header parameters of `getConversationItem`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetConversationItemParams {
    /// Additional fields to include in the response. See the `include`
    /// parameter for [listing Conversation items above](/docs/api-reference/conversations/list-items#conversations_list_items-include) for more information.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<IncludeEnum>>,
}
impl GetConversationItemParams {
    /// A value with every optional field unset.
    pub fn new() -> Self {
        Self { include: None }
    }
    /// Sets `include`.
    pub fn include(mut self, value: impl Into<Vec<IncludeEnum>>) -> Self {
        self.include = Some(value.into());
        self
    }
}
