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
#[cfg(feature = "conversations")]
/// A list of Conversation items.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct DeletedConversationResource {
    pub object: ConversationDeletedLiteral,
    pub deleted: bool,
    pub id: String,
}
impl sdk_runtime_types::de::Object for DeletedConversationResource {
    const NAME: &'static str = "DeletedConversationResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ConversationDeletedLiteral> = None;
        let mut deleted: Option<bool> = None;
        let mut id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "deleted" => 1,
                    "id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut deleted),
                2 => sdk_runtime_types::de::value(&mut map, &mut id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            deleted: deleted.unwrap_or_default(),
            id: id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for DeletedConversationResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl DeletedConversationResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(deleted: impl Into<bool>, id: impl Into<String>) -> Self {
        Self {
            object: Default::default(),
            deleted: deleted.into(),
            id: id.into(),
        }
    }
}
/// The constant `conversation.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ConversationDeletedLiteral {
    /// `conversation.deleted`
    #[default]
    ConversationDeleted,
}
impl ConversationDeletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "conversation.deleted"
    }
}
impl std::fmt::Display for ConversationDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ConversationDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("conversation.deleted")
    }
}
impl<'de> Deserialize<'de> for ConversationDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "conversation.deleted")
            .map(|()| Self::ConversationDeleted)
    }
}
#[cfg(feature = "conversations")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
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
    pub order: Option<OrderEnum>,
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
        let mut order: Option<OrderEnum> = None;
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
    pub fn order(mut self, value: impl Into<OrderEnum>) -> Self {
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
