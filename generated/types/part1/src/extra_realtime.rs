//! Free-standing schemas (feature `extra-types`).
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
/// Add a new Item to the Conversation's context, including messages, function
/// calls, and function call responses. This event can be used both to populate a
/// "history" of the conversation and to add new items mid-stream, but has the
/// current limitation that it cannot populate assistant audio messages.
///
/// If successful, the server will respond with a `conversation.item.created`
/// event, otherwise an `error` event will be sent.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RealtimeBetaClientEventConversationItemCreate {
    /// Optional client-generated ID used to identify this event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The event type, must be `conversation.item.create`.
    #[serde(rename = "type")]
    pub type_: ConversationItemCreateLiteral,
    /// The ID of the preceding item after which the new item will be inserted.
    /// If not set, the new item will be appended to the end of the conversation.
    /// If set to `root`, the new item will be added to the beginning of the conversation.
    /// If set to an existing ID, it allows an item to be inserted mid-conversation. If the
    /// ID cannot be found, an error will be returned and the item will not be added.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_item_id: Option<String>,
    pub item: RealtimeConversationItem,
}
impl sdk_runtime_types::de::Object for RealtimeBetaClientEventConversationItemCreate {
    const NAME: &'static str = "RealtimeBetaClientEventConversationItemCreate";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ConversationItemCreateLiteral> = None;
        let mut previous_item_id: Option<String> = None;
        let mut item: Option<RealtimeConversationItem> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "previous_item_id" => 2,
                    "item" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut previous_item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            previous_item_id,
            item: sdk_runtime_types::de::required::<_, A::Error>(item, "item")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaClientEventConversationItemCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaClientEventConversationItemCreate {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(item: impl Into<RealtimeConversationItem>) -> Self {
        Self {
            event_id: None,
            type_: Default::default(),
            previous_item_id: None,
            item: item.into(),
        }
    }
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
    /// Sets `previous_item_id`.
    pub fn previous_item_id(mut self, value: impl Into<String>) -> Self {
        self.previous_item_id = Some(value.into());
        self
    }
}
/// A single item within a Realtime conversation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum RealtimeConversationItem {
    McpToolCall(RealtimeMcpToolCall),
    McpApprovalRequest(RealtimeMcpApprovalRequest),
    McpApprovalResponse(RealtimeMcpApprovalResponse),
    FunctionCall(RealtimeConversationItemFunctionCall),
    MessageSystem(RealtimeConversationItemMessageSystem),
    MessageUser(RealtimeConversationItemMessageUser),
    MessageAssistant(RealtimeConversationItemMessageAssistant),
    FunctionCallOutput(RealtimeConversationItemFunctionCallOutput),
    McpListTools(RealtimeMcpListTools),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<RealtimeMcpToolCall> for RealtimeConversationItem {
    fn from(value: RealtimeMcpToolCall) -> Self {
        Self::McpToolCall(value)
    }
}
impl From<RealtimeMcpApprovalRequest> for RealtimeConversationItem {
    fn from(value: RealtimeMcpApprovalRequest) -> Self {
        Self::McpApprovalRequest(value)
    }
}
impl From<RealtimeMcpApprovalResponse> for RealtimeConversationItem {
    fn from(value: RealtimeMcpApprovalResponse) -> Self {
        Self::McpApprovalResponse(value)
    }
}
impl From<RealtimeConversationItemFunctionCall> for RealtimeConversationItem {
    fn from(value: RealtimeConversationItemFunctionCall) -> Self {
        Self::FunctionCall(value)
    }
}
impl From<RealtimeConversationItemMessageSystem> for RealtimeConversationItem {
    fn from(value: RealtimeConversationItemMessageSystem) -> Self {
        Self::MessageSystem(value)
    }
}
impl From<RealtimeConversationItemMessageUser> for RealtimeConversationItem {
    fn from(value: RealtimeConversationItemMessageUser) -> Self {
        Self::MessageUser(value)
    }
}
impl From<RealtimeConversationItemMessageAssistant> for RealtimeConversationItem {
    fn from(value: RealtimeConversationItemMessageAssistant) -> Self {
        Self::MessageAssistant(value)
    }
}
impl From<RealtimeConversationItemFunctionCallOutput> for RealtimeConversationItem {
    fn from(value: RealtimeConversationItemFunctionCallOutput) -> Self {
        Self::FunctionCallOutput(value)
    }
}
impl From<RealtimeMcpListTools> for RealtimeConversationItem {
    fn from(value: RealtimeMcpListTools) -> Self {
        Self::McpListTools(value)
    }
}
/// A system message in a Realtime conversation can be used to provide additional context or instructions to the model. This is similar but distinct from the instruction prompt provided at the start of a conversation, as system messages can be added at any point in the conversation. For major changes to the conversation's behavior, use instructions, but for smaller updates (e.g. "the user is now asking about a different topic"), use system messages.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeConversationItemMessageSystem {
    /// The unique ID of the item. This may be provided by the client or generated by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Identifier for the API object being returned - always `realtime.item`. Optional when creating a new item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<RealtimeItemLiteral>,
    /// The type of the item. Always `message`.
    #[serde(rename = "type")]
    pub type_: MessageLiteral,
    /// The status of the item. Has no effect on the conversation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<RealtimeConversationItemMessageSystemStatus>,
    /// The role of the message sender. Always `system`.
    pub role: SystemLiteral,
    /// The content of the message.
    pub content: Vec<RealtimeConversationItemMessageSystemContentItem>,
}
impl sdk_runtime_types::de::Object for RealtimeConversationItemMessageSystem {
    const NAME: &'static str = "RealtimeConversationItemMessageSystem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<RealtimeItemLiteral> = None;
        let mut type_: Option<MessageLiteral> = None;
        let mut status: Option<RealtimeConversationItemMessageSystemStatus> = None;
        let mut role: Option<SystemLiteral> = None;
        let mut content: Option<Vec<RealtimeConversationItemMessageSystemContentItem>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "type" => 2,
                    "status" => 3,
                    "role" => 4,
                    "content" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut type_),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                4 => sdk_runtime_types::de::value(&mut map, &mut role),
                5 => sdk_runtime_types::de::value(&mut map, &mut content),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            object,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            status,
            role: sdk_runtime_types::de::required::<_, A::Error>(role, "role")?,
            content: sdk_runtime_types::de::required::<_, A::Error>(content, "content")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeConversationItemMessageSystem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeConversationItemMessageSystem {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        content: impl Into<Vec<RealtimeConversationItemMessageSystemContentItem>>,
    ) -> Self {
        Self {
            id: None,
            object: None,
            type_: Default::default(),
            status: None,
            role: Default::default(),
            content: content.into(),
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<RealtimeItemLiteral>) -> Self {
        self.object = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(
        mut self,
        value: impl Into<RealtimeConversationItemMessageSystemStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }
}
/// The constant `realtime.item`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum RealtimeItemLiteral {
    /// `realtime.item`
    #[default]
    RealtimeItem,
}
impl RealtimeItemLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "realtime.item"
    }
}
impl std::fmt::Display for RealtimeItemLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RealtimeItemLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("realtime.item")
    }
}
impl<'de> Deserialize<'de> for RealtimeItemLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "realtime.item")
            .map(|()| Self::RealtimeItem)
    }
}
/// The status of the item. Has no effect on the conversation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RealtimeConversationItemMessageSystemStatus {
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// `in_progress`
    InProgress,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl RealtimeConversationItemMessageSystemStatus {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::Incomplete => "incomplete",
            Self::InProgress => "in_progress",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "completed" => Self::Completed,
            "incomplete" => Self::Incomplete,
            "in_progress" => Self::InProgress,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for RealtimeConversationItemMessageSystemStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for RealtimeConversationItemMessageSystemStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for RealtimeConversationItemMessageSystemStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RealtimeConversationItemMessageSystemStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RealtimeConversationItemMessageSystemStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for RealtimeConversationItemMessageSystemStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeConversationItemMessageSystemContentItem {
    /// The content type. Always `input_text` for system messages.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<InputTextLiteral>,
    /// The text content.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}
impl sdk_runtime_types::de::Object for RealtimeConversationItemMessageSystemContentItem {
    const NAME: &'static str = "RealtimeConversationItemMessageSystemContentItem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<InputTextLiteral> = None;
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
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut text),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { type_, text })
    }
}
impl<'de> Deserialize<'de> for RealtimeConversationItemMessageSystemContentItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeConversationItemMessageSystemContentItem {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: None, text: None }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<InputTextLiteral>) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
}
/// A user message item in a Realtime conversation.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeConversationItemMessageUser {
    /// The unique ID of the item. This may be provided by the client or generated by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Identifier for the API object being returned - always `realtime.item`. Optional when creating a new item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<RealtimeItemLiteral>,
    /// The type of the item. Always `message`.
    #[serde(rename = "type")]
    pub type_: MessageLiteral,
    /// The status of the item. Has no effect on the conversation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<RealtimeConversationItemMessageSystemStatus>,
    /// The role of the message sender. Always `user`.
    pub role: UserLiteral,
    /// The content of the message.
    pub content: Vec<RealtimeConversationItemMessageUserContentItem>,
}
impl sdk_runtime_types::de::Object for RealtimeConversationItemMessageUser {
    const NAME: &'static str = "RealtimeConversationItemMessageUser";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<RealtimeItemLiteral> = None;
        let mut type_: Option<MessageLiteral> = None;
        let mut status: Option<RealtimeConversationItemMessageSystemStatus> = None;
        let mut role: Option<UserLiteral> = None;
        let mut content: Option<Vec<RealtimeConversationItemMessageUserContentItem>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "type" => 2,
                    "status" => 3,
                    "role" => 4,
                    "content" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut type_),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                4 => sdk_runtime_types::de::value(&mut map, &mut role),
                5 => sdk_runtime_types::de::value(&mut map, &mut content),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            object,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            status,
            role: sdk_runtime_types::de::required::<_, A::Error>(role, "role")?,
            content: sdk_runtime_types::de::required::<_, A::Error>(content, "content")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeConversationItemMessageUser {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeConversationItemMessageUser {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        content: impl Into<Vec<RealtimeConversationItemMessageUserContentItem>>,
    ) -> Self {
        Self {
            id: None,
            object: None,
            type_: Default::default(),
            status: None,
            role: Default::default(),
            content: content.into(),
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<RealtimeItemLiteral>) -> Self {
        self.object = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(
        mut self,
        value: impl Into<RealtimeConversationItemMessageSystemStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeConversationItemMessageUserContentItem {
    /// The content type (`input_text`, `input_audio`, or `input_image`).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<RealtimeConversationItemMessageUserContentItemType>,
    /// The text content (for `input_text`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Base64-encoded audio bytes (for `input_audio`), these will be parsed as the format specified in the session input audio type configuration. This defaults to PCM 16-bit 24kHz mono if not specified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio: Option<String>,
    /// Base64-encoded image bytes (for `input_image`) as a data URI. For example `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA...`. Supported formats are PNG and JPEG.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    /// The detail level of the image (for `input_image`). `auto` will default to `high`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<MessageContentImageFileObjectImageFileDetail>,
    /// Transcript of the audio (for `input_audio`). This is not sent to the model, but will be attached to the message item for reference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transcript: Option<String>,
}
impl sdk_runtime_types::de::Object for RealtimeConversationItemMessageUserContentItem {
    const NAME: &'static str = "RealtimeConversationItemMessageUserContentItem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<RealtimeConversationItemMessageUserContentItemType> = None;
        let mut text: Option<String> = None;
        let mut audio: Option<String> = None;
        let mut image_url: Option<String> = None;
        let mut detail: Option<MessageContentImageFileObjectImageFileDetail> = None;
        let mut transcript: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "text" => 1,
                    "audio" => 2,
                    "image_url" => 3,
                    "detail" => 4,
                    "transcript" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut text),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut audio),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut image_url),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut detail),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut transcript),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_,
            text,
            audio,
            image_url,
            detail,
            transcript,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeConversationItemMessageUserContentItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeConversationItemMessageUserContentItem {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: None,
            text: None,
            audio: None,
            image_url: None,
            detail: None,
            transcript: None,
        }
    }
    /// Sets `type`.
    pub fn type_(
        mut self,
        value: impl Into<RealtimeConversationItemMessageUserContentItemType>,
    ) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
    /// Sets `audio`.
    pub fn audio(mut self, value: impl Into<String>) -> Self {
        self.audio = Some(value.into());
        self
    }
    /// Sets `image_url`.
    pub fn image_url(mut self, value: impl Into<String>) -> Self {
        self.image_url = Some(value.into());
        self
    }
    /// Sets `detail`.
    pub fn detail(
        mut self,
        value: impl Into<MessageContentImageFileObjectImageFileDetail>,
    ) -> Self {
        self.detail = Some(value.into());
        self
    }
    /// Sets `transcript`.
    pub fn transcript(mut self, value: impl Into<String>) -> Self {
        self.transcript = Some(value.into());
        self
    }
}
/// The content type (`input_text`, `input_audio`, or `input_image`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RealtimeConversationItemMessageUserContentItemType {
    /// `input_text`
    InputText,
    /// `input_audio`
    InputAudio,
    /// `input_image`
    InputImage,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl RealtimeConversationItemMessageUserContentItemType {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::InputText => "input_text",
            Self::InputAudio => "input_audio",
            Self::InputImage => "input_image",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "input_text" => Self::InputText,
            "input_audio" => Self::InputAudio,
            "input_image" => Self::InputImage,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for RealtimeConversationItemMessageUserContentItemType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for RealtimeConversationItemMessageUserContentItemType {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for RealtimeConversationItemMessageUserContentItemType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RealtimeConversationItemMessageUserContentItemType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RealtimeConversationItemMessageUserContentItemType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for RealtimeConversationItemMessageUserContentItemType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// An assistant message item in a Realtime conversation.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeConversationItemMessageAssistant {
    /// The unique ID of the item. This may be provided by the client or generated by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Identifier for the API object being returned - always `realtime.item`. Optional when creating a new item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<RealtimeItemLiteral>,
    /// The type of the item. Always `message`.
    #[serde(rename = "type")]
    pub type_: MessageLiteral,
    /// The status of the item. Has no effect on the conversation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<RealtimeConversationItemMessageSystemStatus>,
    /// The role of the message sender. Always `assistant`.
    pub role: AssistantLiteral,
    /// The content of the message.
    pub content: Vec<RealtimeConversationItemMessageAssistantContentItem>,
}
impl sdk_runtime_types::de::Object for RealtimeConversationItemMessageAssistant {
    const NAME: &'static str = "RealtimeConversationItemMessageAssistant";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<RealtimeItemLiteral> = None;
        let mut type_: Option<MessageLiteral> = None;
        let mut status: Option<RealtimeConversationItemMessageSystemStatus> = None;
        let mut role: Option<AssistantLiteral> = None;
        let mut content: Option<
            Vec<RealtimeConversationItemMessageAssistantContentItem>,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "type" => 2,
                    "status" => 3,
                    "role" => 4,
                    "content" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut type_),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                4 => sdk_runtime_types::de::value(&mut map, &mut role),
                5 => sdk_runtime_types::de::value(&mut map, &mut content),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            object,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            status,
            role: sdk_runtime_types::de::required::<_, A::Error>(role, "role")?,
            content: sdk_runtime_types::de::required::<_, A::Error>(content, "content")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeConversationItemMessageAssistant {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeConversationItemMessageAssistant {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        content: impl Into<Vec<RealtimeConversationItemMessageAssistantContentItem>>,
    ) -> Self {
        Self {
            id: None,
            object: None,
            type_: Default::default(),
            status: None,
            role: Default::default(),
            content: content.into(),
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<RealtimeItemLiteral>) -> Self {
        self.object = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(
        mut self,
        value: impl Into<RealtimeConversationItemMessageSystemStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeConversationItemMessageAssistantContentItem {
    /// The content type, `output_text` or `output_audio` depending on the session `output_modalities` configuration.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<RealtimeConversationItemMessageAssistantContentItemType>,
    /// The text content.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Base64-encoded audio bytes, these will be parsed as the format specified in the session output audio type configuration. This defaults to PCM 16-bit 24kHz mono if not specified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio: Option<String>,
    /// The transcript of the audio content, this will always be present if the output type is `audio`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transcript: Option<String>,
}
impl sdk_runtime_types::de::Object
for RealtimeConversationItemMessageAssistantContentItem {
    const NAME: &'static str = "RealtimeConversationItemMessageAssistantContentItem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<RealtimeConversationItemMessageAssistantContentItemType> = None;
        let mut text: Option<String> = None;
        let mut audio: Option<String> = None;
        let mut transcript: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "text" => 1,
                    "audio" => 2,
                    "transcript" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut text),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut audio),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut transcript),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_,
            text,
            audio,
            transcript,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeConversationItemMessageAssistantContentItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeConversationItemMessageAssistantContentItem {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: None,
            text: None,
            audio: None,
            transcript: None,
        }
    }
    /// Sets `type`.
    pub fn type_(
        mut self,
        value: impl Into<RealtimeConversationItemMessageAssistantContentItemType>,
    ) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
    /// Sets `audio`.
    pub fn audio(mut self, value: impl Into<String>) -> Self {
        self.audio = Some(value.into());
        self
    }
    /// Sets `transcript`.
    pub fn transcript(mut self, value: impl Into<String>) -> Self {
        self.transcript = Some(value.into());
        self
    }
}
/// The content type, `output_text` or `output_audio` depending on the session `output_modalities` configuration.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RealtimeConversationItemMessageAssistantContentItemType {
    /// `output_text`
    OutputText,
    /// `output_audio`
    OutputAudio,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl RealtimeConversationItemMessageAssistantContentItemType {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::OutputText => "output_text",
            Self::OutputAudio => "output_audio",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "output_text" => Self::OutputText,
            "output_audio" => Self::OutputAudio,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for RealtimeConversationItemMessageAssistantContentItemType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for RealtimeConversationItemMessageAssistantContentItemType {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for RealtimeConversationItemMessageAssistantContentItemType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RealtimeConversationItemMessageAssistantContentItemType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RealtimeConversationItemMessageAssistantContentItemType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for RealtimeConversationItemMessageAssistantContentItemType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// A function call item in a Realtime conversation.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeConversationItemFunctionCall {
    /// The unique ID of the item. This may be provided by the client or generated by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Identifier for the API object being returned - always `realtime.item`. Optional when creating a new item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<RealtimeItemLiteral>,
    /// The type of the item. Always `function_call`.
    #[serde(rename = "type")]
    pub type_: FunctionCallLiteral,
    /// The status of the item. Has no effect on the conversation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<RealtimeConversationItemMessageSystemStatus>,
    /// The ID of the function call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_id: Option<String>,
    /// The name of the function being called.
    pub name: String,
    /// The arguments of the function call. This is a JSON-encoded string representing the arguments passed to the function, for example `{"arg1": "value1", "arg2": 42}`.
    pub arguments: String,
}
impl sdk_runtime_types::de::Object for RealtimeConversationItemFunctionCall {
    const NAME: &'static str = "RealtimeConversationItemFunctionCall";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<RealtimeItemLiteral> = None;
        let mut type_: Option<FunctionCallLiteral> = None;
        let mut status: Option<RealtimeConversationItemMessageSystemStatus> = None;
        let mut call_id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut arguments: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "type" => 2,
                    "status" => 3,
                    "call_id" => 4,
                    "name" => 5,
                    "arguments" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut type_),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut call_id),
                5 => sdk_runtime_types::de::value(&mut map, &mut name),
                6 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            object,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            status,
            call_id,
            name: sdk_runtime_types::de::required::<_, A::Error>(name, "name")?,
            arguments: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(arguments, "arguments")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeConversationItemFunctionCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeConversationItemFunctionCall {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>, arguments: impl Into<String>) -> Self {
        Self {
            id: None,
            object: None,
            type_: Default::default(),
            status: None,
            call_id: None,
            name: name.into(),
            arguments: arguments.into(),
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<RealtimeItemLiteral>) -> Self {
        self.object = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(
        mut self,
        value: impl Into<RealtimeConversationItemMessageSystemStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `call_id`.
    pub fn call_id(mut self, value: impl Into<String>) -> Self {
        self.call_id = Some(value.into());
        self
    }
}
/// A function call output item in a Realtime conversation.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeConversationItemFunctionCallOutput {
    /// The unique ID of the item. This may be provided by the client or generated by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Identifier for the API object being returned - always `realtime.item`. Optional when creating a new item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<RealtimeItemLiteral>,
    /// The type of the item. Always `function_call_output`.
    #[serde(rename = "type")]
    pub type_: FunctionCallOutputLiteral,
    /// The status of the item. Has no effect on the conversation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<RealtimeConversationItemMessageSystemStatus>,
    /// The ID of the function call this output is for.
    pub call_id: String,
    /// The output of the function call, this is free text and can contain any information or simply be empty.
    pub output: String,
}
impl sdk_runtime_types::de::Object for RealtimeConversationItemFunctionCallOutput {
    const NAME: &'static str = "RealtimeConversationItemFunctionCallOutput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<RealtimeItemLiteral> = None;
        let mut type_: Option<FunctionCallOutputLiteral> = None;
        let mut status: Option<RealtimeConversationItemMessageSystemStatus> = None;
        let mut call_id: Option<String> = None;
        let mut output: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "type" => 2,
                    "status" => 3,
                    "call_id" => 4,
                    "output" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut type_),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                4 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                5 => sdk_runtime_types::de::value(&mut map, &mut output),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            object,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            status,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            output: sdk_runtime_types::de::required::<_, A::Error>(output, "output")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeConversationItemFunctionCallOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeConversationItemFunctionCallOutput {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(call_id: impl Into<String>, output: impl Into<String>) -> Self {
        Self {
            id: None,
            object: None,
            type_: Default::default(),
            status: None,
            call_id: call_id.into(),
            output: output.into(),
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<RealtimeItemLiteral>) -> Self {
        self.object = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(
        mut self,
        value: impl Into<RealtimeConversationItemMessageSystemStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }
}
/// A Realtime item responding to an MCP approval request.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeMcpApprovalResponse {
    /// The type of the item. Always `mcp_approval_response`.
    #[serde(rename = "type")]
    pub type_: McpApprovalResponseLiteral,
    /// The unique ID of the approval response.
    pub id: String,
    /// The ID of the approval request being answered.
    pub approval_request_id: String,
    /// Whether the request was approved.
    pub approve: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}
impl sdk_runtime_types::de::Object for RealtimeMcpApprovalResponse {
    const NAME: &'static str = "RealtimeMcpApprovalResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<McpApprovalResponseLiteral> = None;
        let mut id: Option<String> = None;
        let mut approval_request_id: Option<String> = None;
        let mut approve: Option<bool> = None;
        let mut reason: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "approval_request_id" => 2,
                    "approve" => 3,
                    "reason" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut approval_request_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut approve),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut reason),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            approval_request_id: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(approval_request_id, "approval_request_id")?,
            approve: sdk_runtime_types::de::required::<_, A::Error>(approve, "approve")?,
            reason,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeMcpApprovalResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeMcpApprovalResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        approval_request_id: impl Into<String>,
        approve: impl Into<bool>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            approval_request_id: approval_request_id.into(),
            approve: approve.into(),
            reason: None,
        }
    }
    /// Sets `reason`.
    pub fn reason(mut self, value: impl Into<String>) -> Self {
        self.reason = Some(value.into());
        self
    }
}
/// A Realtime item listing tools available on an MCP server.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeMcpListTools {
    /// The type of the item. Always `mcp_list_tools`.
    #[serde(rename = "type")]
    pub type_: McpListToolsLiteral,
    /// The unique ID of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The label of the MCP server.
    pub server_label: String,
    /// The tools available on the server.
    pub tools: Vec<McpListToolsTool>,
}
impl sdk_runtime_types::de::Object for RealtimeMcpListTools {
    const NAME: &'static str = "RealtimeMcpListTools";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<McpListToolsLiteral> = None;
        let mut id: Option<String> = None;
        let mut server_label: Option<String> = None;
        let mut tools: Option<Vec<McpListToolsTool>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "server_label" => 2,
                    "tools" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut server_label),
                3 => sdk_runtime_types::de::value(&mut map, &mut tools),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id,
            server_label: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(server_label, "server_label")?,
            tools: sdk_runtime_types::de::required::<_, A::Error>(tools, "tools")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeMcpListTools {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeMcpListTools {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        server_label: impl Into<String>,
        tools: impl Into<Vec<McpListToolsTool>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: None,
            server_label: server_label.into(),
            tools: tools.into(),
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}
/// A Realtime item representing an invocation of a tool on an MCP server.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeMcpToolCall {
    /// The type of the item. Always `mcp_call`.
    #[serde(rename = "type")]
    pub type_: McpCallLiteral,
    /// The unique ID of the tool call.
    pub id: String,
    /// The label of the MCP server running the tool.
    pub server_label: String,
    /// The name of the tool that was run.
    pub name: String,
    /// A JSON string of the arguments passed to the tool.
    pub arguments: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approval_request_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<RealtimeMcpToolCallErrorType>,
}
impl sdk_runtime_types::de::Object for RealtimeMcpToolCall {
    const NAME: &'static str = "RealtimeMcpToolCall";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<McpCallLiteral> = None;
        let mut id: Option<String> = None;
        let mut server_label: Option<String> = None;
        let mut name: Option<String> = None;
        let mut arguments: Option<String> = None;
        let mut approval_request_id: Option<String> = None;
        let mut output: Option<String> = None;
        let mut error: Option<RealtimeMcpToolCallErrorType> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "server_label" => 2,
                    "name" => 3,
                    "arguments" => 4,
                    "approval_request_id" => 5,
                    "output" => 6,
                    "error" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut server_label),
                3 => sdk_runtime_types::de::value(&mut map, &mut name),
                4 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut approval_request_id),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut output),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut error),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            server_label: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(server_label, "server_label")?,
            name: sdk_runtime_types::de::required::<_, A::Error>(name, "name")?,
            arguments: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(arguments, "arguments")?,
            approval_request_id,
            output,
            error,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeMcpToolCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeMcpToolCall {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        server_label: impl Into<String>,
        name: impl Into<String>,
        arguments: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            server_label: server_label.into(),
            name: name.into(),
            arguments: arguments.into(),
            approval_request_id: None,
            output: None,
            error: None,
        }
    }
    /// Sets `approval_request_id`.
    pub fn approval_request_id(mut self, value: impl Into<String>) -> Self {
        self.approval_request_id = Some(value.into());
        self
    }
    /// Sets `output`.
    pub fn output(mut self, value: impl Into<String>) -> Self {
        self.output = Some(value.into());
        self
    }
    /// Sets `error`.
    pub fn error(mut self, value: impl Into<RealtimeMcpToolCallErrorType>) -> Self {
        self.error = Some(value.into());
        self
    }
}
/// The error from the tool call, if any.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeMcpToolCallErrorType {
    /// `protocol_error`
    ProtocolError(RealtimeMcpProtocolError),
    /// `tool_execution_error`
    ToolExecutionError(RealtimeMcpToolExecutionError),
    /// `http_error`
    HttpError(RealtimeMcphttpError),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for RealtimeMcpToolCallErrorType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ProtocolError(value) => value.serialize(serializer),
            Self::ToolExecutionError(value) => value.serialize(serializer),
            Self::HttpError(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for RealtimeMcpToolCallErrorType {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "protocol_error" => {
                    Deserialize::deserialize(content).map(Self::ProtocolError)
                }
                "tool_execution_error" => {
                    Deserialize::deserialize(content).map(Self::ToolExecutionError)
                }
                "http_error" => Deserialize::deserialize(content).map(Self::HttpError),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for RealtimeMcpToolCallErrorType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<RealtimeMcpProtocolError> for RealtimeMcpToolCallErrorType {
    fn from(value: RealtimeMcpProtocolError) -> Self {
        Self::ProtocolError(value)
    }
}
impl From<RealtimeMcpToolExecutionError> for RealtimeMcpToolCallErrorType {
    fn from(value: RealtimeMcpToolExecutionError) -> Self {
        Self::ToolExecutionError(value)
    }
}
impl From<RealtimeMcphttpError> for RealtimeMcpToolCallErrorType {
    fn from(value: RealtimeMcphttpError) -> Self {
        Self::HttpError(value)
    }
}
/// Realtime MCP protocol error
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeMcpProtocolError {
    #[serde(rename = "type")]
    pub type_: ProtocolErrorLiteral,
    pub code: i64,
    pub message: String,
}
impl sdk_runtime_types::de::Object for RealtimeMcpProtocolError {
    const NAME: &'static str = "RealtimeMcpProtocolError";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ProtocolErrorLiteral> = None;
        let mut code: Option<i64> = None;
        let mut message: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "code" => 1,
                    "message" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut code),
                2 => sdk_runtime_types::de::value(&mut map, &mut message),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            code: code.unwrap_or_default(),
            message: message.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeMcpProtocolError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeMcpProtocolError {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(code: impl Into<i64>, message: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            code: code.into(),
            message: message.into(),
        }
    }
}
/// Realtime MCP tool execution error
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeMcpToolExecutionError {
    #[serde(rename = "type")]
    pub type_: ToolExecutionErrorLiteral,
    pub message: String,
}
impl sdk_runtime_types::de::Object for RealtimeMcpToolExecutionError {
    const NAME: &'static str = "RealtimeMcpToolExecutionError";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ToolExecutionErrorLiteral> = None;
        let mut message: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "message" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut message),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            message: message.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeMcpToolExecutionError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeMcpToolExecutionError {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            message: message.into(),
        }
    }
}
/// Realtime MCP HTTP error
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeMcphttpError {
    #[serde(rename = "type")]
    pub type_: HttpErrorLiteral,
    pub code: i64,
    pub message: String,
}
impl sdk_runtime_types::de::Object for RealtimeMcphttpError {
    const NAME: &'static str = "RealtimeMcphttpError";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<HttpErrorLiteral> = None;
        let mut code: Option<i64> = None;
        let mut message: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "code" => 1,
                    "message" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut code),
                2 => sdk_runtime_types::de::value(&mut map, &mut message),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            code: code.unwrap_or_default(),
            message: message.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeMcphttpError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeMcphttpError {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(code: impl Into<i64>, message: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            code: code.into(),
            message: message.into(),
        }
    }
}
/// A Realtime item requesting human approval of a tool invocation.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeMcpApprovalRequest {
    /// The type of the item. Always `mcp_approval_request`.
    #[serde(rename = "type")]
    pub type_: McpApprovalRequestLiteral,
    /// The unique ID of the approval request.
    pub id: String,
    /// The label of the MCP server making the request.
    pub server_label: String,
    /// The name of the tool to run.
    pub name: String,
    /// A JSON string of arguments for the tool.
    pub arguments: String,
}
impl sdk_runtime_types::de::Object for RealtimeMcpApprovalRequest {
    const NAME: &'static str = "RealtimeMcpApprovalRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<McpApprovalRequestLiteral> = None;
        let mut id: Option<String> = None;
        let mut server_label: Option<String> = None;
        let mut name: Option<String> = None;
        let mut arguments: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "server_label" => 2,
                    "name" => 3,
                    "arguments" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut server_label),
                3 => sdk_runtime_types::de::value(&mut map, &mut name),
                4 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            server_label: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(server_label, "server_label")?,
            name: sdk_runtime_types::de::required::<_, A::Error>(name, "name")?,
            arguments: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(arguments, "arguments")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeMcpApprovalRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeMcpApprovalRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        server_label: impl Into<String>,
        name: impl Into<String>,
        arguments: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            server_label: server_label.into(),
            name: name.into(),
            arguments: arguments.into(),
        }
    }
}
/// Send this event when you want to remove any item from the conversation
/// history. The server will respond with a `conversation.item.deleted` event,
/// unless the item does not exist in the conversation history, in which case the
/// server will respond with an error.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaClientEventConversationItemDelete {
    /// Optional client-generated ID used to identify this event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The event type, must be `conversation.item.delete`.
    #[serde(rename = "type")]
    pub type_: ConversationItemDeleteLiteral,
    /// The ID of the item to delete.
    pub item_id: String,
}
impl sdk_runtime_types::de::Object for RealtimeBetaClientEventConversationItemDelete {
    const NAME: &'static str = "RealtimeBetaClientEventConversationItemDelete";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ConversationItemDeleteLiteral> = None;
        let mut item_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaClientEventConversationItemDelete {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaClientEventConversationItemDelete {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(item_id: impl Into<String>) -> Self {
        Self {
            event_id: None,
            type_: Default::default(),
            item_id: item_id.into(),
        }
    }
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
}
/// Send this event when you want to retrieve the server's representation of a specific item in the conversation history. This is useful, for example, to inspect user audio after noise cancellation and VAD.
/// The server will respond with a `conversation.item.retrieved` event,
/// unless the item does not exist in the conversation history, in which case the
/// server will respond with an error.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaClientEventConversationItemRetrieve {
    /// Optional client-generated ID used to identify this event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The event type, must be `conversation.item.retrieve`.
    #[serde(rename = "type")]
    pub type_: ConversationItemRetrieveLiteral,
    /// The ID of the item to retrieve.
    pub item_id: String,
}
impl sdk_runtime_types::de::Object for RealtimeBetaClientEventConversationItemRetrieve {
    const NAME: &'static str = "RealtimeBetaClientEventConversationItemRetrieve";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ConversationItemRetrieveLiteral> = None;
        let mut item_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaClientEventConversationItemRetrieve {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaClientEventConversationItemRetrieve {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(item_id: impl Into<String>) -> Self {
        Self {
            event_id: None,
            type_: Default::default(),
            item_id: item_id.into(),
        }
    }
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
}
/// Send this event to truncate a previous assistant message’s audio. The server
/// will produce audio faster than realtime, so this event is useful when the user
/// interrupts to truncate audio that has already been sent to the client but not
/// yet played. This will synchronize the server's understanding of the audio with
/// the client's playback.
///
/// Truncating audio will delete the server-side text transcript to ensure there
/// is not text in the context that hasn't been heard by the user.
///
/// If successful, the server will respond with a `conversation.item.truncated`
/// event.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaClientEventConversationItemTruncate {
    /// Optional client-generated ID used to identify this event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The event type, must be `conversation.item.truncate`.
    #[serde(rename = "type")]
    pub type_: ConversationItemTruncateLiteral,
    /// The ID of the assistant message item to truncate. Only assistant message
    /// items can be truncated.
    pub item_id: String,
    /// The index of the content part to truncate. Set this to 0.
    pub content_index: i64,
    /// Inclusive duration up to which audio is truncated, in milliseconds. If
    /// the audio_end_ms is greater than the actual audio duration, the server
    /// will respond with an error.
    pub audio_end_ms: i64,
}
impl sdk_runtime_types::de::Object for RealtimeBetaClientEventConversationItemTruncate {
    const NAME: &'static str = "RealtimeBetaClientEventConversationItemTruncate";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ConversationItemTruncateLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut content_index: Option<i64> = None;
        let mut audio_end_ms: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "content_index" => 3,
                    "audio_end_ms" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut audio_end_ms),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            audio_end_ms: audio_end_ms.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaClientEventConversationItemTruncate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaClientEventConversationItemTruncate {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        content_index: impl Into<i64>,
        audio_end_ms: impl Into<i64>,
    ) -> Self {
        Self {
            event_id: None,
            type_: Default::default(),
            item_id: item_id.into(),
            content_index: content_index.into(),
            audio_end_ms: audio_end_ms.into(),
        }
    }
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
}
/// Send this event to append audio bytes to the input audio buffer. The audio
/// buffer is temporary storage you can write to and later commit. In Server VAD
/// mode, the audio buffer is used to detect speech and the server will decide
/// when to commit. When Server VAD is disabled, you must commit the audio buffer
/// manually.
///
/// The client may choose how much audio to place in each event up to a maximum
/// of 15 MiB, for example streaming smaller chunks from the client may allow the
/// VAD to be more responsive. Unlike made other client events, the server will
/// not send a confirmation response to this event.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaClientEventInputAudioBufferAppend {
    /// Optional client-generated ID used to identify this event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The event type, must be `input_audio_buffer.append`.
    #[serde(rename = "type")]
    pub type_: InputAudioBufferAppendLiteral,
    /// Base64-encoded audio bytes. This must be in the format specified by the
    /// `input_audio_format` field in the session configuration.
    pub audio: String,
}
impl sdk_runtime_types::de::Object for RealtimeBetaClientEventInputAudioBufferAppend {
    const NAME: &'static str = "RealtimeBetaClientEventInputAudioBufferAppend";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<InputAudioBufferAppendLiteral> = None;
        let mut audio: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "audio" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut audio),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            audio: audio.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaClientEventInputAudioBufferAppend {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaClientEventInputAudioBufferAppend {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(audio: impl Into<String>) -> Self {
        Self {
            event_id: None,
            type_: Default::default(),
            audio: audio.into(),
        }
    }
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
}
/// Send this event to clear the audio bytes in the buffer. The server will
/// respond with an `input_audio_buffer.cleared` event.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaClientEventInputAudioBufferClear {
    /// Optional client-generated ID used to identify this event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The event type, must be `input_audio_buffer.clear`.
    #[serde(rename = "type")]
    pub type_: InputAudioBufferClearLiteral,
}
impl sdk_runtime_types::de::Object for RealtimeBetaClientEventInputAudioBufferClear {
    const NAME: &'static str = "RealtimeBetaClientEventInputAudioBufferClear";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<InputAudioBufferClearLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaClientEventInputAudioBufferClear {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaClientEventInputAudioBufferClear {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            event_id: None,
            type_: Default::default(),
        }
    }
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
}
/// Send this event to commit the user input audio buffer, which will create a
/// new user message item in the conversation. This event will produce an error
/// if the input audio buffer is empty. When in Server VAD mode, the client does
/// not need to send this event, the server will commit the audio buffer
/// automatically.
///
/// Committing the input audio buffer will trigger input audio transcription
/// (if enabled in session configuration), but it will not create a response
/// from the model. The server will respond with an `input_audio_buffer.committed`
/// event.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaClientEventInputAudioBufferCommit {
    /// Optional client-generated ID used to identify this event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The event type, must be `input_audio_buffer.commit`.
    #[serde(rename = "type")]
    pub type_: InputAudioBufferCommitLiteral,
}
impl sdk_runtime_types::de::Object for RealtimeBetaClientEventInputAudioBufferCommit {
    const NAME: &'static str = "RealtimeBetaClientEventInputAudioBufferCommit";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<InputAudioBufferCommitLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaClientEventInputAudioBufferCommit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaClientEventInputAudioBufferCommit {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            event_id: None,
            type_: Default::default(),
        }
    }
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
}
/// **WebRTC/SIP Only:** Emit to cut off the current audio response. This will trigger the server to
/// stop generating audio and emit a `output_audio_buffer.cleared` event. This
/// event should be preceded by a `response.cancel` client event to stop the
/// generation of the current response.
/// [Learn more](https://platform.openai.com/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaClientEventOutputAudioBufferClear {
    /// The unique ID of the client event used for error handling.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The event type, must be `output_audio_buffer.clear`.
    #[serde(rename = "type")]
    pub type_: OutputAudioBufferClearLiteral,
}
impl sdk_runtime_types::de::Object for RealtimeBetaClientEventOutputAudioBufferClear {
    const NAME: &'static str = "RealtimeBetaClientEventOutputAudioBufferClear";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<OutputAudioBufferClearLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaClientEventOutputAudioBufferClear {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaClientEventOutputAudioBufferClear {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            event_id: None,
            type_: Default::default(),
        }
    }
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
}
/// Send this event to cancel an in-progress response. The server will respond
/// with a `response.done` event with a status of `response.status=cancelled`. If
/// there is no response to cancel, the server will respond with an error.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaClientEventResponseCancel {
    /// Optional client-generated ID used to identify this event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The event type, must be `response.cancel`.
    #[serde(rename = "type")]
    pub type_: ResponseCancelLiteral,
    /// A specific response ID to cancel - if not provided, will cancel an
    /// in-progress response in the default conversation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_id: Option<String>,
}
impl sdk_runtime_types::de::Object for RealtimeBetaClientEventResponseCancel {
    const NAME: &'static str = "RealtimeBetaClientEventResponseCancel";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseCancelLiteral> = None;
        let mut response_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut response_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaClientEventResponseCancel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaClientEventResponseCancel {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            event_id: None,
            type_: Default::default(),
            response_id: None,
        }
    }
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
    /// Sets `response_id`.
    pub fn response_id(mut self, value: impl Into<String>) -> Self {
        self.response_id = Some(value.into());
        self
    }
}
/// This event instructs the server to create a Response, which means triggering
/// model inference. When in Server VAD mode, the server will create Responses
/// automatically.
///
/// A Response will include at least one Item, and may have two, in which case
/// the second will be a function call. These Items will be appended to the
/// conversation history.
///
/// The server will respond with a `response.created` event, events for Items
/// and content created, and finally a `response.done` event to indicate the
/// Response is complete.
///
/// The `response.create` event can optionally include inference configuration like
/// `instructions`, and `temperature`. These fields will override the Session's
/// configuration for this Response only.
///
/// Responses can be created out-of-band of the default Conversation, meaning that they can
/// have arbitrary input, and it's possible to disable writing the output to the Conversation.
/// Only one Response can write to the default Conversation at a time, but otherwise multiple
/// Responses can be created in parallel.
///
/// Clients can set `conversation` to `none` to create a Response that does not write to the default
/// Conversation. Arbitrary input can be provided with the `input` field, which is an array accepting
/// raw Items and references to existing Items.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaClientEventResponseCreate {
    /// Optional client-generated ID used to identify this event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The event type, must be `response.create`.
    #[serde(rename = "type")]
    pub type_: ResponseCreateLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response: Option<Box<RealtimeBetaResponseCreateParams>>,
}
impl sdk_runtime_types::de::Object for RealtimeBetaClientEventResponseCreate {
    const NAME: &'static str = "RealtimeBetaClientEventResponseCreate";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseCreateLiteral> = None;
        let mut response: Option<Box<RealtimeBetaResponseCreateParams>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut response),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaClientEventResponseCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaClientEventResponseCreate {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            event_id: None,
            type_: Default::default(),
            response: None,
        }
    }
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
    /// Sets `response`.
    pub fn response(
        mut self,
        value: impl Into<RealtimeBetaResponseCreateParams>,
    ) -> Self {
        self.response = Some(Box::new(value.into()));
        self
    }
}
/// Create a new Realtime response with these parameters
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaResponseCreateParams {
    /// The set of modalities the model can respond with. To disable audio,
    /// set this to \["text"\].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modalities: Option<Vec<ChatCompletionModalitiesItem>>,
    /// The default system instructions (i.e. system message) prepended to model
    /// calls. This field allows the client to guide the model on desired
    /// responses. The model can be instructed on response content and format,
    /// (e.g. "be extremely succinct", "act friendly", "here are examples of good
    /// responses") and on audio behavior (e.g. "talk quickly", "inject emotion
    /// into your voice", "laugh frequently"). The instructions are not guaranteed
    /// to be followed by the model, but they provide guidance to the model on the
    /// desired behavior.
    ///
    /// Note that the server sets default instructions which will be used if this
    /// field is not set and are visible in the `session.created` event at the
    /// start of the session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// The voice the model uses to respond. Supported built-in voices are
    /// `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`,
    /// `marin`, and `cedar`. You may also provide a custom voice object with an
    /// `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed during
    /// the session once the model has responded with audio at least once.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub voice: Option<VoiceIdsOrCustomVoice>,
    /// The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_audio_format: Option<RealtimeBetaResponseCreateParamsOutputAudioFormat>,
    /// Tools (functions) available to the model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<RealtimeBetaResponseCreateParamsToolsItem>>,
    /// How the model chooses tools. Provide one of the string modes or force a specific
    /// function/MCP tool.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_choice: Option<RealtimeBetaResponseCreateParamsToolChoice>,
    /// Sampling temperature for the model, limited to \[0.6, 1.2\]. Defaults to 0.8.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    /// Maximum number of output tokens for a single assistant response,
    /// inclusive of tool calls. Provide an integer between 1 and 4096 to
    /// limit output tokens, or `inf` for the maximum available tokens for a
    /// given model. Defaults to `inf`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_output_tokens: Option<RealtimeBetaResponseCreateParamsMaxOutputTokens>,
    /// Controls which conversation the response is added to. Currently supports
    /// `auto` and `none`, with `auto` as the default value. The `auto` value
    /// means that the contents of the response will be added to the default
    /// conversation. Set this to `none` to create an out-of-band response which
    /// will not add items to default conversation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversation: Option<RealtimeBetaResponseCreateParamsConversation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt: Option<Prompt>,
    /// Input items to include in the prompt for the model. Using this field
    /// creates a new context for this Response instead of using the default
    /// conversation. An empty array `[]` will clear the context for this Response.
    /// Note that this can include references to items from the default conversation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<Vec<RealtimeConversationItem>>,
}
impl sdk_runtime_types::de::Object for RealtimeBetaResponseCreateParams {
    const NAME: &'static str = "RealtimeBetaResponseCreateParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut modalities: Option<Vec<ChatCompletionModalitiesItem>> = None;
        let mut instructions: Option<String> = None;
        let mut voice: Option<VoiceIdsOrCustomVoice> = None;
        let mut output_audio_format: Option<
            RealtimeBetaResponseCreateParamsOutputAudioFormat,
        > = None;
        let mut tools: Option<Vec<RealtimeBetaResponseCreateParamsToolsItem>> = None;
        let mut tool_choice: Option<RealtimeBetaResponseCreateParamsToolChoice> = None;
        let mut temperature: Option<f64> = None;
        let mut max_output_tokens: Option<
            RealtimeBetaResponseCreateParamsMaxOutputTokens,
        > = None;
        let mut conversation: Option<RealtimeBetaResponseCreateParamsConversation> = None;
        let mut metadata: Option<Metadata> = None;
        let mut prompt: Option<Prompt> = None;
        let mut input: Option<Vec<RealtimeConversationItem>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "modalities" => 0,
                    "instructions" => 1,
                    "voice" => 2,
                    "output_audio_format" => 3,
                    "tools" => 4,
                    "tool_choice" => 5,
                    "temperature" => 6,
                    "max_output_tokens" => 7,
                    "conversation" => 8,
                    "metadata" => 9,
                    "prompt" => 10,
                    "input" => 11,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut modalities),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut instructions),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut voice),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut output_audio_format),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut tools),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut tool_choice),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut temperature),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut max_output_tokens),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut conversation),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut prompt),
                11 => sdk_runtime_types::de::nullable(&mut map, &mut input),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            modalities,
            instructions,
            voice,
            output_audio_format,
            tools,
            tool_choice,
            temperature,
            max_output_tokens,
            conversation,
            metadata,
            prompt,
            input,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaResponseCreateParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaResponseCreateParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            modalities: None,
            instructions: None,
            voice: None,
            output_audio_format: None,
            tools: None,
            tool_choice: None,
            temperature: None,
            max_output_tokens: None,
            conversation: None,
            metadata: None,
            prompt: None,
            input: None,
        }
    }
    /// Sets `modalities`.
    pub fn modalities(
        mut self,
        value: impl Into<Vec<ChatCompletionModalitiesItem>>,
    ) -> Self {
        self.modalities = Some(value.into());
        self
    }
    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }
    /// Sets `voice`.
    pub fn voice(mut self, value: impl Into<VoiceIdsOrCustomVoice>) -> Self {
        self.voice = Some(value.into());
        self
    }
    /// Sets `output_audio_format`.
    pub fn output_audio_format(
        mut self,
        value: impl Into<RealtimeBetaResponseCreateParamsOutputAudioFormat>,
    ) -> Self {
        self.output_audio_format = Some(value.into());
        self
    }
    /// Sets `tools`.
    pub fn tools(
        mut self,
        value: impl Into<Vec<RealtimeBetaResponseCreateParamsToolsItem>>,
    ) -> Self {
        self.tools = Some(value.into());
        self
    }
    /// Sets `tool_choice`.
    pub fn tool_choice(
        mut self,
        value: impl Into<RealtimeBetaResponseCreateParamsToolChoice>,
    ) -> Self {
        self.tool_choice = Some(value.into());
        self
    }
    /// Sets `temperature`.
    pub fn temperature(mut self, value: impl Into<f64>) -> Self {
        self.temperature = Some(value.into());
        self
    }
    /// Sets `max_output_tokens`.
    pub fn max_output_tokens(
        mut self,
        value: impl Into<RealtimeBetaResponseCreateParamsMaxOutputTokens>,
    ) -> Self {
        self.max_output_tokens = Some(value.into());
        self
    }
    /// Sets `conversation`.
    pub fn conversation(
        mut self,
        value: impl Into<RealtimeBetaResponseCreateParamsConversation>,
    ) -> Self {
        self.conversation = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
    /// Sets `prompt`.
    pub fn prompt(mut self, value: impl Into<Prompt>) -> Self {
        self.prompt = Some(value.into());
        self
    }
    /// Sets `input`.
    pub fn input(mut self, value: impl Into<Vec<RealtimeConversationItem>>) -> Self {
        self.input = Some(value.into());
        self
    }
}
/// The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RealtimeBetaResponseCreateParamsOutputAudioFormat {
    /// `pcm16`
    Pcm16,
    /// `g711_ulaw`
    G711Ulaw,
    /// `g711_alaw`
    G711Alaw,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl RealtimeBetaResponseCreateParamsOutputAudioFormat {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pcm16 => "pcm16",
            Self::G711Ulaw => "g711_ulaw",
            Self::G711Alaw => "g711_alaw",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "pcm16" => Self::Pcm16,
            "g711_ulaw" => Self::G711Ulaw,
            "g711_alaw" => Self::G711Alaw,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for RealtimeBetaResponseCreateParamsOutputAudioFormat {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for RealtimeBetaResponseCreateParamsOutputAudioFormat {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for RealtimeBetaResponseCreateParamsOutputAudioFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RealtimeBetaResponseCreateParamsOutputAudioFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaResponseCreateParamsOutputAudioFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for RealtimeBetaResponseCreateParamsOutputAudioFormat {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaResponseCreateParamsToolsItem {
    /// The type of the tool, i.e. `function`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<FunctionLiteral>,
    /// The name of the function.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description of the function, including guidance on when and how
    /// to call it, and guidance about what to tell the user when calling
    /// (if anything).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Parameters of the function in JSON Schema.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<serde_json::Map<String, serde_json::Value>>,
}
impl sdk_runtime_types::de::Object for RealtimeBetaResponseCreateParamsToolsItem {
    const NAME: &'static str = "RealtimeBetaResponseCreateParamsToolsItem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<FunctionLiteral> = None;
        let mut name: Option<String> = None;
        let mut description: Option<String> = None;
        let mut parameters: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "name" => 1,
                    "description" => 2,
                    "parameters" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut description),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut parameters),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_,
            name,
            description,
            parameters,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaResponseCreateParamsToolsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaResponseCreateParamsToolsItem {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: None,
            name: None,
            description: None,
            parameters: None,
        }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<FunctionLiteral>) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `parameters`.
    pub fn parameters(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.parameters = Some(value.into());
        self
    }
}
/// How the model chooses tools. Provide one of the string modes or force a specific
/// function/MCP tool.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum RealtimeBetaResponseCreateParamsToolChoice {
    ToolChoiceMcp(ToolChoiceMcp),
    ToolChoiceFunction(ToolChoiceFunction),
    ToolChoiceOptions(ToolChoiceOptions),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<ToolChoiceMcp> for RealtimeBetaResponseCreateParamsToolChoice {
    fn from(value: ToolChoiceMcp) -> Self {
        Self::ToolChoiceMcp(value)
    }
}
impl From<ToolChoiceFunction> for RealtimeBetaResponseCreateParamsToolChoice {
    fn from(value: ToolChoiceFunction) -> Self {
        Self::ToolChoiceFunction(value)
    }
}
impl From<ToolChoiceOptions> for RealtimeBetaResponseCreateParamsToolChoice {
    fn from(value: ToolChoiceOptions) -> Self {
        Self::ToolChoiceOptions(value)
    }
}
impl From<&str> for RealtimeBetaResponseCreateParamsToolChoice {
    fn from(value: &str) -> Self {
        Self::ToolChoiceOptions(value.into())
    }
}
/// Maximum number of output tokens for a single assistant response,
/// inclusive of tool calls. Provide an integer between 1 and 4096 to
/// limit output tokens, or `inf` for the maximum available tokens for a
/// given model. Defaults to `inf`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum RealtimeBetaResponseCreateParamsMaxOutputTokens {
    Integer(i64),
    InfLiteral(InfLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<i64> for RealtimeBetaResponseCreateParamsMaxOutputTokens {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}
impl From<InfLiteral> for RealtimeBetaResponseCreateParamsMaxOutputTokens {
    fn from(value: InfLiteral) -> Self {
        Self::InfLiteral(value)
    }
}
/// Controls which conversation the response is added to. Currently supports
/// `auto` and `none`, with `auto` as the default value. The `auto` value
/// means that the contents of the response will be added to the default
/// conversation. Set this to `none` to create an out-of-band response which
/// will not add items to default conversation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RealtimeBetaResponseCreateParamsConversation {
    /// `auto`
    Auto,
    /// `none`
    NoneType,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl RealtimeBetaResponseCreateParamsConversation {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::NoneType => "none",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "none" => Self::NoneType,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for RealtimeBetaResponseCreateParamsConversation {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for RealtimeBetaResponseCreateParamsConversation {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for RealtimeBetaResponseCreateParamsConversation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RealtimeBetaResponseCreateParamsConversation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaResponseCreateParamsConversation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for RealtimeBetaResponseCreateParamsConversation {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Send this event to update the session’s default configuration.
/// The client may send this event at any time to update any field,
/// except for `voice`. However, note that once a session has been
/// initialized with a particular `model`, it can’t be changed to
/// another model using `session.update`.
///
/// When the server receives a `session.update`, it will respond
/// with a `session.updated` event showing the full, effective configuration.
/// Only the fields that are present are updated. To clear a field like
/// `instructions`, pass an empty string.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaClientEventSessionUpdate {
    /// Optional client-generated ID used to identify this event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The event type, must be `session.update`.
    #[serde(rename = "type")]
    pub type_: SessionUpdateLiteral,
    pub session: RealtimeSessionCreateRequest,
}
impl sdk_runtime_types::de::Object for RealtimeBetaClientEventSessionUpdate {
    const NAME: &'static str = "RealtimeBetaClientEventSessionUpdate";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<SessionUpdateLiteral> = None;
        let mut session: Option<RealtimeSessionCreateRequest> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "session" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut session),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            session: session.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaClientEventSessionUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaClientEventSessionUpdate {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(session: impl Into<RealtimeSessionCreateRequest>) -> Self {
        Self {
            event_id: None,
            type_: Default::default(),
            session: session.into(),
        }
    }
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
}
/// Send this event to update a transcription session.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaClientEventTranscriptionSessionUpdate {
    /// Optional client-generated ID used to identify this event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The event type, must be `transcription_session.update`.
    #[serde(rename = "type")]
    pub type_: TranscriptionSessionUpdateLiteral,
    pub session: RealtimeTranscriptionSessionCreateRequest,
}
impl sdk_runtime_types::de::Object
for RealtimeBetaClientEventTranscriptionSessionUpdate {
    const NAME: &'static str = "RealtimeBetaClientEventTranscriptionSessionUpdate";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<TranscriptionSessionUpdateLiteral> = None;
        let mut session: Option<RealtimeTranscriptionSessionCreateRequest> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "session" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut session),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            session: session.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaClientEventTranscriptionSessionUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaClientEventTranscriptionSessionUpdate {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(session: impl Into<RealtimeTranscriptionSessionCreateRequest>) -> Self {
        Self {
            event_id: None,
            type_: Default::default(),
            session: session.into(),
        }
    }
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
}
/// The response resource.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaResponse {
    /// The unique ID of the response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The object type, must be `realtime.response`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<RealtimeResponseLiteral>,
    /// The final status of the response (`completed`, `cancelled`, `failed`, or
    /// `incomplete`, `in_progress`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<RealtimeBetaResponseStatus>,
    /// Additional details about the status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_details: Option<RealtimeBetaResponseStatusDetails>,
    /// The list of output items generated by the response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<Vec<RealtimeConversationItem>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    /// Usage statistics for the Response, this will correspond to billing. A
    /// Realtime API session will maintain a conversation context and append new
    /// Items to the Conversation, thus output from previous turns (text and
    /// audio tokens) will become the input for later turns.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usage: Option<RealtimeBetaResponseUsage>,
    /// Which conversation the response is added to, determined by the `conversation`
    /// field in the `response.create` event. If `auto`, the response will be added to
    /// the default conversation and the value of `conversation_id` will be an id like
    /// `conv_1234`. If `none`, the response will not be added to any conversation and
    /// the value of `conversation_id` will be `null`. If responses are being triggered
    /// by server VAD, the response will be added to the default conversation, thus
    /// the `conversation_id` will be an id like `conv_1234`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversation_id: Option<String>,
    /// The voice the model used to respond.
    /// Current voice options are `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`,
    /// `shimmer`, and `verse`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub voice: Option<VoiceIdsShared>,
    /// The set of modalities the model used to respond. If there are multiple modalities,
    /// the model will pick one, for example if `modalities` is `["text", "audio"]`, the model
    /// could be responding in either text or audio.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modalities: Option<Vec<ChatCompletionModalitiesItem>>,
    /// The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_audio_format: Option<RealtimeBetaResponseCreateParamsOutputAudioFormat>,
    /// Sampling temperature for the model, limited to \[0.6, 1.2\]. Defaults to 0.8.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    /// Maximum number of output tokens for a single assistant response,
    /// inclusive of tool calls, that was used in this response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_output_tokens: Option<RealtimeBetaResponseMaxOutputTokens>,
}
impl sdk_runtime_types::de::Object for RealtimeBetaResponse {
    const NAME: &'static str = "RealtimeBetaResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<RealtimeResponseLiteral> = None;
        let mut status: Option<RealtimeBetaResponseStatus> = None;
        let mut status_details: Option<RealtimeBetaResponseStatusDetails> = None;
        let mut output: Option<Vec<RealtimeConversationItem>> = None;
        let mut metadata: Option<Metadata> = None;
        let mut usage: Option<RealtimeBetaResponseUsage> = None;
        let mut conversation_id: Option<String> = None;
        let mut voice: Option<VoiceIdsShared> = None;
        let mut modalities: Option<Vec<ChatCompletionModalitiesItem>> = None;
        let mut output_audio_format: Option<
            RealtimeBetaResponseCreateParamsOutputAudioFormat,
        > = None;
        let mut temperature: Option<f64> = None;
        let mut max_output_tokens: Option<RealtimeBetaResponseMaxOutputTokens> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "status" => 2,
                    "status_details" => 3,
                    "output" => 4,
                    "metadata" => 5,
                    "usage" => 6,
                    "conversation_id" => 7,
                    "voice" => 8,
                    "modalities" => 9,
                    "output_audio_format" => 10,
                    "temperature" => 11,
                    "max_output_tokens" => 12,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut status_details),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut output),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut usage),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut conversation_id),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut voice),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut modalities),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut output_audio_format),
                11 => sdk_runtime_types::de::nullable(&mut map, &mut temperature),
                12 => sdk_runtime_types::de::nullable(&mut map, &mut max_output_tokens),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            object,
            status,
            status_details,
            output,
            metadata,
            usage,
            conversation_id,
            voice,
            modalities,
            output_audio_format,
            temperature,
            max_output_tokens,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaResponse {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            id: None,
            object: None,
            status: None,
            status_details: None,
            output: None,
            metadata: None,
            usage: None,
            conversation_id: None,
            voice: None,
            modalities: None,
            output_audio_format: None,
            temperature: None,
            max_output_tokens: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<RealtimeResponseLiteral>) -> Self {
        self.object = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<RealtimeBetaResponseStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `status_details`.
    pub fn status_details(
        mut self,
        value: impl Into<RealtimeBetaResponseStatusDetails>,
    ) -> Self {
        self.status_details = Some(value.into());
        self
    }
    /// Sets `output`.
    pub fn output(mut self, value: impl Into<Vec<RealtimeConversationItem>>) -> Self {
        self.output = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
    /// Sets `usage`.
    pub fn usage(mut self, value: impl Into<RealtimeBetaResponseUsage>) -> Self {
        self.usage = Some(value.into());
        self
    }
    /// Sets `conversation_id`.
    pub fn conversation_id(mut self, value: impl Into<String>) -> Self {
        self.conversation_id = Some(value.into());
        self
    }
    /// Sets `voice`.
    pub fn voice(mut self, value: impl Into<VoiceIdsShared>) -> Self {
        self.voice = Some(value.into());
        self
    }
    /// Sets `modalities`.
    pub fn modalities(
        mut self,
        value: impl Into<Vec<ChatCompletionModalitiesItem>>,
    ) -> Self {
        self.modalities = Some(value.into());
        self
    }
    /// Sets `output_audio_format`.
    pub fn output_audio_format(
        mut self,
        value: impl Into<RealtimeBetaResponseCreateParamsOutputAudioFormat>,
    ) -> Self {
        self.output_audio_format = Some(value.into());
        self
    }
    /// Sets `temperature`.
    pub fn temperature(mut self, value: impl Into<f64>) -> Self {
        self.temperature = Some(value.into());
        self
    }
    /// Sets `max_output_tokens`.
    pub fn max_output_tokens(
        mut self,
        value: impl Into<RealtimeBetaResponseMaxOutputTokens>,
    ) -> Self {
        self.max_output_tokens = Some(value.into());
        self
    }
}
/// The constant `realtime.response`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum RealtimeResponseLiteral {
    /// `realtime.response`
    #[default]
    RealtimeResponse,
}
impl RealtimeResponseLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "realtime.response"
    }
}
impl std::fmt::Display for RealtimeResponseLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RealtimeResponseLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("realtime.response")
    }
}
impl<'de> Deserialize<'de> for RealtimeResponseLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "realtime.response")
            .map(|()| Self::RealtimeResponse)
    }
}
/// The final status of the response (`completed`, `cancelled`, `failed`, or
/// `incomplete`, `in_progress`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RealtimeBetaResponseStatus {
    /// `completed`
    Completed,
    /// `cancelled`
    Cancelled,
    /// `failed`
    Failed,
    /// `incomplete`
    Incomplete,
    /// `in_progress`
    InProgress,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl RealtimeBetaResponseStatus {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::Cancelled => "cancelled",
            Self::Failed => "failed",
            Self::Incomplete => "incomplete",
            Self::InProgress => "in_progress",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "completed" => Self::Completed,
            "cancelled" => Self::Cancelled,
            "failed" => Self::Failed,
            "incomplete" => Self::Incomplete,
            "in_progress" => Self::InProgress,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for RealtimeBetaResponseStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for RealtimeBetaResponseStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for RealtimeBetaResponseStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RealtimeBetaResponseStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaResponseStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for RealtimeBetaResponseStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Additional details about the status.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaResponseStatusDetails {
    /// The type of error that caused the response to fail, corresponding
    /// with the `status` field (`completed`, `cancelled`, `incomplete`,
    /// `failed`).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<RealtimeBetaResponseStatusDetailsType>,
    /// The reason the Response did not complete. For a `cancelled` Response,
    /// one of `turn_detected` (the server VAD detected a new start of speech)
    /// or `client_cancelled` (the client sent a cancel event). For an
    /// `incomplete` Response, one of `max_output_tokens` or `content_filter`
    /// (the server-side safety filter activated and cut off the response).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<RealtimeBetaResponseStatusDetailsReason>,
    /// A description of the error that caused the response to fail,
    /// populated when the `status` is `failed`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<RealtimeBetaResponseStatusDetailsErrorType>,
}
impl sdk_runtime_types::de::Object for RealtimeBetaResponseStatusDetails {
    const NAME: &'static str = "RealtimeBetaResponseStatusDetails";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<RealtimeBetaResponseStatusDetailsType> = None;
        let mut reason: Option<RealtimeBetaResponseStatusDetailsReason> = None;
        let mut error: Option<RealtimeBetaResponseStatusDetailsErrorType> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "reason" => 1,
                    "error" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut reason),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut error),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { type_, reason, error })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaResponseStatusDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaResponseStatusDetails {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: None,
            reason: None,
            error: None,
        }
    }
    /// Sets `type`.
    pub fn type_(
        mut self,
        value: impl Into<RealtimeBetaResponseStatusDetailsType>,
    ) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `reason`.
    pub fn reason(
        mut self,
        value: impl Into<RealtimeBetaResponseStatusDetailsReason>,
    ) -> Self {
        self.reason = Some(value.into());
        self
    }
    /// Sets `error`.
    pub fn error(
        mut self,
        value: impl Into<RealtimeBetaResponseStatusDetailsErrorType>,
    ) -> Self {
        self.error = Some(value.into());
        self
    }
}
/// The type of error that caused the response to fail, corresponding
/// with the `status` field (`completed`, `cancelled`, `incomplete`,
/// `failed`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RealtimeBetaResponseStatusDetailsType {
    /// `completed`
    Completed,
    /// `cancelled`
    Cancelled,
    /// `failed`
    Failed,
    /// `incomplete`
    Incomplete,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl RealtimeBetaResponseStatusDetailsType {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::Cancelled => "cancelled",
            Self::Failed => "failed",
            Self::Incomplete => "incomplete",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "completed" => Self::Completed,
            "cancelled" => Self::Cancelled,
            "failed" => Self::Failed,
            "incomplete" => Self::Incomplete,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for RealtimeBetaResponseStatusDetailsType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for RealtimeBetaResponseStatusDetailsType {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for RealtimeBetaResponseStatusDetailsType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RealtimeBetaResponseStatusDetailsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaResponseStatusDetailsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for RealtimeBetaResponseStatusDetailsType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// The reason the Response did not complete. For a `cancelled` Response,
/// one of `turn_detected` (the server VAD detected a new start of speech)
/// or `client_cancelled` (the client sent a cancel event). For an
/// `incomplete` Response, one of `max_output_tokens` or `content_filter`
/// (the server-side safety filter activated and cut off the response).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RealtimeBetaResponseStatusDetailsReason {
    /// `turn_detected`
    TurnDetected,
    /// `client_cancelled`
    ClientCancelled,
    /// `max_output_tokens`
    MaxOutputTokens,
    /// `content_filter`
    ContentFilter,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl RealtimeBetaResponseStatusDetailsReason {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::TurnDetected => "turn_detected",
            Self::ClientCancelled => "client_cancelled",
            Self::MaxOutputTokens => "max_output_tokens",
            Self::ContentFilter => "content_filter",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "turn_detected" => Self::TurnDetected,
            "client_cancelled" => Self::ClientCancelled,
            "max_output_tokens" => Self::MaxOutputTokens,
            "content_filter" => Self::ContentFilter,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for RealtimeBetaResponseStatusDetailsReason {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for RealtimeBetaResponseStatusDetailsReason {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for RealtimeBetaResponseStatusDetailsReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RealtimeBetaResponseStatusDetailsReason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaResponseStatusDetailsReason {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for RealtimeBetaResponseStatusDetailsReason {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// A description of the error that caused the response to fail,
/// populated when the `status` is `failed`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaResponseStatusDetailsErrorType {
    /// The type of error.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Error code, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}
impl sdk_runtime_types::de::Object for RealtimeBetaResponseStatusDetailsErrorType {
    const NAME: &'static str = "RealtimeBetaResponseStatusDetailsErrorType";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<String> = None;
        let mut code: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "code" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut code),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { type_, code })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaResponseStatusDetailsErrorType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaResponseStatusDetailsErrorType {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: None, code: None }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `code`.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
}
/// Usage statistics for the Response, this will correspond to billing. A
/// Realtime API session will maintain a conversation context and append new
/// Items to the Conversation, thus output from previous turns (text and
/// audio tokens) will become the input for later turns.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaResponseUsage {
    /// The total number of tokens in the Response including input and output
    /// text and audio tokens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total_tokens: Option<i64>,
    /// The number of input tokens used in the Response, including text and
    /// audio tokens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_tokens: Option<i64>,
    /// The number of output tokens sent in the Response, including text and
    /// audio tokens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_tokens: Option<i64>,
    /// Details about the input tokens used in the Response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_token_details: Option<RealtimeBetaResponseUsageInputTokenDetails>,
    /// Details about the output tokens used in the Response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_token_details: Option<RealtimeBetaResponseUsageOutputTokenDetails>,
}
impl sdk_runtime_types::de::Object for RealtimeBetaResponseUsage {
    const NAME: &'static str = "RealtimeBetaResponseUsage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut total_tokens: Option<i64> = None;
        let mut input_tokens: Option<i64> = None;
        let mut output_tokens: Option<i64> = None;
        let mut input_token_details: Option<
            RealtimeBetaResponseUsageInputTokenDetails,
        > = None;
        let mut output_token_details: Option<
            RealtimeBetaResponseUsageOutputTokenDetails,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "total_tokens" => 0,
                    "input_tokens" => 1,
                    "output_tokens" => 2,
                    "input_token_details" => 3,
                    "output_token_details" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut total_tokens),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut input_tokens),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut output_tokens),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut input_token_details),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut output_token_details),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            total_tokens,
            input_tokens,
            output_tokens,
            input_token_details,
            output_token_details,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaResponseUsage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaResponseUsage {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            total_tokens: None,
            input_tokens: None,
            output_tokens: None,
            input_token_details: None,
            output_token_details: None,
        }
    }
    /// Sets `total_tokens`.
    pub fn total_tokens(mut self, value: impl Into<i64>) -> Self {
        self.total_tokens = Some(value.into());
        self
    }
    /// Sets `input_tokens`.
    pub fn input_tokens(mut self, value: impl Into<i64>) -> Self {
        self.input_tokens = Some(value.into());
        self
    }
    /// Sets `output_tokens`.
    pub fn output_tokens(mut self, value: impl Into<i64>) -> Self {
        self.output_tokens = Some(value.into());
        self
    }
    /// Sets `input_token_details`.
    pub fn input_token_details(
        mut self,
        value: impl Into<RealtimeBetaResponseUsageInputTokenDetails>,
    ) -> Self {
        self.input_token_details = Some(value.into());
        self
    }
    /// Sets `output_token_details`.
    pub fn output_token_details(
        mut self,
        value: impl Into<RealtimeBetaResponseUsageOutputTokenDetails>,
    ) -> Self {
        self.output_token_details = Some(value.into());
        self
    }
}
/// Details about the input tokens used in the Response.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaResponseUsageInputTokenDetails {
    /// The number of cached tokens used as input for the Response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cached_tokens: Option<i64>,
    /// The number of text tokens used as input for the Response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text_tokens: Option<i64>,
    /// The number of image tokens used as input for the Response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_tokens: Option<i64>,
    /// The number of audio tokens used as input for the Response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio_tokens: Option<i64>,
    /// Details about the cached tokens used as input for the Response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cached_tokens_details: Option<
        RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails,
    >,
}
impl sdk_runtime_types::de::Object for RealtimeBetaResponseUsageInputTokenDetails {
    const NAME: &'static str = "RealtimeBetaResponseUsageInputTokenDetails";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut cached_tokens: Option<i64> = None;
        let mut text_tokens: Option<i64> = None;
        let mut image_tokens: Option<i64> = None;
        let mut audio_tokens: Option<i64> = None;
        let mut cached_tokens_details: Option<
            RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "cached_tokens" => 0,
                    "text_tokens" => 1,
                    "image_tokens" => 2,
                    "audio_tokens" => 3,
                    "cached_tokens_details" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut cached_tokens),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut text_tokens),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut image_tokens),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut audio_tokens),
                4 => {
                    sdk_runtime_types::de::nullable(&mut map, &mut cached_tokens_details)
                }
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            cached_tokens,
            text_tokens,
            image_tokens,
            audio_tokens,
            cached_tokens_details,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaResponseUsageInputTokenDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaResponseUsageInputTokenDetails {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            cached_tokens: None,
            text_tokens: None,
            image_tokens: None,
            audio_tokens: None,
            cached_tokens_details: None,
        }
    }
    /// Sets `cached_tokens`.
    pub fn cached_tokens(mut self, value: impl Into<i64>) -> Self {
        self.cached_tokens = Some(value.into());
        self
    }
    /// Sets `text_tokens`.
    pub fn text_tokens(mut self, value: impl Into<i64>) -> Self {
        self.text_tokens = Some(value.into());
        self
    }
    /// Sets `image_tokens`.
    pub fn image_tokens(mut self, value: impl Into<i64>) -> Self {
        self.image_tokens = Some(value.into());
        self
    }
    /// Sets `audio_tokens`.
    pub fn audio_tokens(mut self, value: impl Into<i64>) -> Self {
        self.audio_tokens = Some(value.into());
        self
    }
    /// Sets `cached_tokens_details`.
    pub fn cached_tokens_details(
        mut self,
        value: impl Into<RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails>,
    ) -> Self {
        self.cached_tokens_details = Some(value.into());
        self
    }
}
/// Details about the cached tokens used as input for the Response.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails {
    /// The number of cached text tokens used as input for the Response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text_tokens: Option<i64>,
    /// The number of cached image tokens used as input for the Response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_tokens: Option<i64>,
    /// The number of cached audio tokens used as input for the Response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio_tokens: Option<i64>,
}
impl sdk_runtime_types::de::Object
for RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails {
    const NAME: &'static str = "RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut text_tokens: Option<i64> = None;
        let mut image_tokens: Option<i64> = None;
        let mut audio_tokens: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "text_tokens" => 0,
                    "image_tokens" => 1,
                    "audio_tokens" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut text_tokens),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut image_tokens),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut audio_tokens),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            text_tokens,
            image_tokens,
            audio_tokens,
        })
    }
}
impl<'de> Deserialize<'de>
for RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            text_tokens: None,
            image_tokens: None,
            audio_tokens: None,
        }
    }
    /// Sets `text_tokens`.
    pub fn text_tokens(mut self, value: impl Into<i64>) -> Self {
        self.text_tokens = Some(value.into());
        self
    }
    /// Sets `image_tokens`.
    pub fn image_tokens(mut self, value: impl Into<i64>) -> Self {
        self.image_tokens = Some(value.into());
        self
    }
    /// Sets `audio_tokens`.
    pub fn audio_tokens(mut self, value: impl Into<i64>) -> Self {
        self.audio_tokens = Some(value.into());
        self
    }
}
/// Details about the output tokens used in the Response.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaResponseUsageOutputTokenDetails {
    /// The number of text tokens used in the Response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text_tokens: Option<i64>,
    /// The number of audio tokens used in the Response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio_tokens: Option<i64>,
}
impl sdk_runtime_types::de::Object for RealtimeBetaResponseUsageOutputTokenDetails {
    const NAME: &'static str = "RealtimeBetaResponseUsageOutputTokenDetails";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut text_tokens: Option<i64> = None;
        let mut audio_tokens: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "text_tokens" => 0,
                    "audio_tokens" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut text_tokens),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut audio_tokens),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { text_tokens, audio_tokens })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaResponseUsageOutputTokenDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaResponseUsageOutputTokenDetails {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            text_tokens: None,
            audio_tokens: None,
        }
    }
    /// Sets `text_tokens`.
    pub fn text_tokens(mut self, value: impl Into<i64>) -> Self {
        self.text_tokens = Some(value.into());
        self
    }
    /// Sets `audio_tokens`.
    pub fn audio_tokens(mut self, value: impl Into<i64>) -> Self {
        self.audio_tokens = Some(value.into());
        self
    }
}
/// Maximum number of output tokens for a single assistant response,
/// inclusive of tool calls, that was used in this response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum RealtimeBetaResponseMaxOutputTokens {
    Integer(i64),
    InfLiteral(InfLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<i64> for RealtimeBetaResponseMaxOutputTokens {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}
impl From<InfLiteral> for RealtimeBetaResponseMaxOutputTokens {
    fn from(value: InfLiteral) -> Self {
        Self::InfLiteral(value)
    }
}
/// Returned when a conversation item is created. There are several scenarios that produce this event:
/// - The server is generating a Response, which if successful will produce
///   either one or two Items, which will be of type `message`
///   (role `assistant`) or type `function_call`.
/// - The input audio buffer has been committed, either by the client or the
///   server (in `server_vad` mode). The server will take the content of the
///   input audio buffer and add it to a new user message Item.
/// - The client has sent a `conversation.item.create` event to add a new Item
///   to the Conversation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RealtimeBetaServerEventConversationItemCreated {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `conversation.item.created`.
    #[serde(rename = "type")]
    pub type_: ConversationItemCreatedLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_item_id: Option<String>,
    pub item: RealtimeConversationItem,
}
impl sdk_runtime_types::de::Object for RealtimeBetaServerEventConversationItemCreated {
    const NAME: &'static str = "RealtimeBetaServerEventConversationItemCreated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ConversationItemCreatedLiteral> = None;
        let mut previous_item_id: Option<String> = None;
        let mut item: Option<RealtimeConversationItem> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "previous_item_id" => 2,
                    "item" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut previous_item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            previous_item_id,
            item: sdk_runtime_types::de::required::<_, A::Error>(item, "item")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventConversationItemCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventConversationItemCreated {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        item: impl Into<RealtimeConversationItem>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            previous_item_id: None,
            item: item.into(),
        }
    }
    /// Sets `previous_item_id`.
    pub fn previous_item_id(mut self, value: impl Into<String>) -> Self {
        self.previous_item_id = Some(value.into());
        self
    }
}
/// Returned when an item in the conversation is deleted by the client with a
/// `conversation.item.delete` event. This event is used to synchronize the
/// server's understanding of the conversation history with the client's view.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventConversationItemDeleted {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `conversation.item.deleted`.
    #[serde(rename = "type")]
    pub type_: ConversationItemDeletedLiteral,
    /// The ID of the item that was deleted.
    pub item_id: String,
}
impl sdk_runtime_types::de::Object for RealtimeBetaServerEventConversationItemDeleted {
    const NAME: &'static str = "RealtimeBetaServerEventConversationItemDeleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ConversationItemDeletedLiteral> = None;
        let mut item_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventConversationItemDeleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventConversationItemDeleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(event_id: impl Into<String>, item_id: impl Into<String>) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            item_id: item_id.into(),
        }
    }
}
/// This event is the output of audio transcription for user audio written to the
/// user audio buffer. Transcription begins when the input audio buffer is
/// committed by the client or server (in `server_vad` mode). Transcription runs
/// asynchronously with Response creation, so this event may come before or after
/// the Response events.
///
/// Realtime API models accept audio natively, and thus input transcription is a
/// separate process run on a separate ASR (Automatic Speech Recognition) model.
/// The transcript may diverge somewhat from the model's interpretation, and
/// should be treated as a rough guide.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be
    /// `conversation.item.input_audio_transcription.completed`.
    #[serde(rename = "type")]
    pub type_: ConversationItemInputAudioTranscriptionCompletedLiteral,
    /// The ID of the user message item containing the audio.
    pub item_id: String,
    /// The index of the content part containing the audio.
    pub content_index: i64,
    /// The transcribed text.
    pub transcript: String,
    /// The languages detected in the audio. Returned by `gpt-transcribe`. An empty array indicates that no language could be reliably detected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<TranscriptionLanguage>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logprobs: Option<Vec<LogProbProperties>>,
    /// Usage statistics for the transcription.
    pub usage: RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedUsage,
}
impl sdk_runtime_types::de::Object
for RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted {
    const NAME: &'static str = "RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ConversationItemInputAudioTranscriptionCompletedLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut content_index: Option<i64> = None;
        let mut transcript: Option<String> = None;
        let mut languages: Option<Vec<TranscriptionLanguage>> = None;
        let mut logprobs: Option<Vec<LogProbProperties>> = None;
        let mut usage: Option<
            RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedUsage,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "content_index" => 3,
                    "transcript" => 4,
                    "languages" => 5,
                    "logprobs" => 6,
                    "usage" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut transcript),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut languages),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut logprobs),
                7 => sdk_runtime_types::de::value(&mut map, &mut usage),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            transcript: transcript.unwrap_or_default(),
            languages,
            logprobs,
            usage: sdk_runtime_types::de::required::<_, A::Error>(usage, "usage")?,
        })
    }
}
impl<'de> Deserialize<'de>
for RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        item_id: impl Into<String>,
        content_index: impl Into<i64>,
        transcript: impl Into<String>,
        usage: impl Into<
            RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedUsage,
        >,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            item_id: item_id.into(),
            content_index: content_index.into(),
            transcript: transcript.into(),
            languages: None,
            logprobs: None,
            usage: usage.into(),
        }
    }
    /// Sets `languages`.
    pub fn languages(mut self, value: impl Into<Vec<TranscriptionLanguage>>) -> Self {
        self.languages = Some(value.into());
        self
    }
    /// Sets `logprobs`.
    pub fn logprobs(mut self, value: impl Into<Vec<LogProbProperties>>) -> Self {
        self.logprobs = Some(value.into());
        self
    }
}
/// Usage statistics for the transcription.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedUsage {
    /// `tokens`
    Tokens(TranscriptTextUsageTokens),
    /// `duration`
    Duration(TranscriptTextUsageDuration),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize
for RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedUsage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Tokens(value) => value.serialize(serializer),
            Self::Duration(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion
for RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedUsage {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "tokens" => Deserialize::deserialize(content).map(Self::Tokens),
                "duration" => Deserialize::deserialize(content).map(Self::Duration),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de>
for RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedUsage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<TranscriptTextUsageTokens>
for RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedUsage {
    fn from(value: TranscriptTextUsageTokens) -> Self {
        Self::Tokens(value)
    }
}
impl From<TranscriptTextUsageDuration>
for RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompletedUsage {
    fn from(value: TranscriptTextUsageDuration) -> Self {
        Self::Duration(value)
    }
}
/// Returned when the text value of an input audio transcription content part is updated.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `conversation.item.input_audio_transcription.delta`.
    #[serde(rename = "type")]
    pub type_: ConversationItemInputAudioTranscriptionDeltaLiteral,
    /// The ID of the item.
    pub item_id: String,
    /// The index of the content part in the item's content array.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_index: Option<i64>,
    /// The text delta.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delta: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logprobs: Option<Vec<LogProbProperties>>,
}
impl sdk_runtime_types::de::Object
for RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta {
    const NAME: &'static str = "RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ConversationItemInputAudioTranscriptionDeltaLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut content_index: Option<i64> = None;
        let mut delta: Option<String> = None;
        let mut logprobs: Option<Vec<LogProbProperties>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "content_index" => 3,
                    "delta" => 4,
                    "logprobs" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut delta),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut logprobs),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            content_index,
            delta,
            logprobs,
        })
    }
}
impl<'de> Deserialize<'de>
for RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(event_id: impl Into<String>, item_id: impl Into<String>) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            item_id: item_id.into(),
            content_index: None,
            delta: None,
            logprobs: None,
        }
    }
    /// Sets `content_index`.
    pub fn content_index(mut self, value: impl Into<i64>) -> Self {
        self.content_index = Some(value.into());
        self
    }
    /// Sets `delta`.
    pub fn delta(mut self, value: impl Into<String>) -> Self {
        self.delta = Some(value.into());
        self
    }
    /// Sets `logprobs`.
    pub fn logprobs(mut self, value: impl Into<Vec<LogProbProperties>>) -> Self {
        self.logprobs = Some(value.into());
        self
    }
}
/// Returned when input audio transcription is configured, and a transcription
/// request for a user message failed. These events are separate from other
/// `error` events so that the client can identify the related Item.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be
    /// `conversation.item.input_audio_transcription.failed`.
    #[serde(rename = "type")]
    pub type_: ConversationItemInputAudioTranscriptionFailedLiteral,
    /// The ID of the user message item.
    pub item_id: String,
    /// The index of the content part containing the audio.
    pub content_index: i64,
    /// Details of the transcription error.
    pub error: RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedErrorType,
}
impl sdk_runtime_types::de::Object
for RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed {
    const NAME: &'static str = "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ConversationItemInputAudioTranscriptionFailedLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut content_index: Option<i64> = None;
        let mut error: Option<
            RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedErrorType,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "content_index" => 3,
                    "error" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut error),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            error: error.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de>
for RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        item_id: impl Into<String>,
        content_index: impl Into<i64>,
        error: impl Into<
            RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedErrorType,
        >,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            item_id: item_id.into(),
            content_index: content_index.into(),
            error: error.into(),
        }
    }
}
/// Details of the transcription error.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedErrorType {
    /// The type of error.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Error code, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// A human-readable error message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Parameter related to the error, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub param: Option<String>,
}
impl sdk_runtime_types::de::Object
for RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedErrorType {
    const NAME: &'static str = "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedErrorType";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<String> = None;
        let mut code: Option<String> = None;
        let mut message: Option<String> = None;
        let mut param: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "code" => 1,
                    "message" => 2,
                    "param" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut code),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut message),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut param),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_,
            code,
            message,
            param,
        })
    }
}
impl<'de> Deserialize<'de>
for RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedErrorType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedErrorType {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: None,
            code: None,
            message: None,
            param: None,
        }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `code`.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets `message`.
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets `param`.
    pub fn param(mut self, value: impl Into<String>) -> Self {
        self.param = Some(value.into());
        self
    }
}
/// Returned when an input audio transcription segment is identified for an item.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `conversation.item.input_audio_transcription.segment`.
    #[serde(rename = "type")]
    pub type_: ConversationItemInputAudioTranscriptionSegmentLiteral,
    /// The ID of the item containing the input audio content.
    pub item_id: String,
    /// The index of the input audio content part within the item.
    pub content_index: i64,
    /// The text for this segment.
    pub text: String,
    /// The segment identifier.
    pub id: String,
    /// The detected speaker label for this segment.
    pub speaker: String,
    /// Start time of the segment in seconds.
    pub start: f64,
    /// End time of the segment in seconds.
    pub end: f64,
}
impl sdk_runtime_types::de::Object
for RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment {
    const NAME: &'static str = "RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ConversationItemInputAudioTranscriptionSegmentLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut content_index: Option<i64> = None;
        let mut text: Option<String> = None;
        let mut id: Option<String> = None;
        let mut speaker: Option<String> = None;
        let mut start: Option<f64> = None;
        let mut end: Option<f64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "content_index" => 3,
                    "text" => 4,
                    "id" => 5,
                    "speaker" => 6,
                    "start" => 7,
                    "end" => 8,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut text),
                5 => sdk_runtime_types::de::value(&mut map, &mut id),
                6 => sdk_runtime_types::de::value(&mut map, &mut speaker),
                7 => sdk_runtime_types::de::value(&mut map, &mut start),
                8 => sdk_runtime_types::de::value(&mut map, &mut end),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            text: text.unwrap_or_default(),
            id: id.unwrap_or_default(),
            speaker: speaker.unwrap_or_default(),
            start: start.unwrap_or_default(),
            end: end.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de>
for RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment {}
/// Returned when a conversation item is retrieved with `conversation.item.retrieve`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RealtimeBetaServerEventConversationItemRetrieved {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `conversation.item.retrieved`.
    #[serde(rename = "type")]
    pub type_: ConversationItemRetrievedLiteral,
    pub item: RealtimeConversationItem,
}
impl sdk_runtime_types::de::Object for RealtimeBetaServerEventConversationItemRetrieved {
    const NAME: &'static str = "RealtimeBetaServerEventConversationItemRetrieved";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ConversationItemRetrievedLiteral> = None;
        let mut item: Option<RealtimeConversationItem> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "item" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item: sdk_runtime_types::de::required::<_, A::Error>(item, "item")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventConversationItemRetrieved {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventConversationItemRetrieved {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        item: impl Into<RealtimeConversationItem>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            item: item.into(),
        }
    }
}
/// Returned when an earlier assistant audio message item is truncated by the
/// client with a `conversation.item.truncate` event. This event is used to
/// synchronize the server's understanding of the audio with the client's playback.
///
/// This action will truncate the audio and remove the server-side text transcript
/// to ensure there is no text in the context that hasn't been heard by the user.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventConversationItemTruncated {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `conversation.item.truncated`.
    #[serde(rename = "type")]
    pub type_: ConversationItemTruncatedLiteral,
    /// The ID of the assistant message item that was truncated.
    pub item_id: String,
    /// The index of the content part that was truncated.
    pub content_index: i64,
    /// The duration up to which the audio was truncated, in milliseconds.
    pub audio_end_ms: i64,
}
impl sdk_runtime_types::de::Object for RealtimeBetaServerEventConversationItemTruncated {
    const NAME: &'static str = "RealtimeBetaServerEventConversationItemTruncated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ConversationItemTruncatedLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut content_index: Option<i64> = None;
        let mut audio_end_ms: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "content_index" => 3,
                    "audio_end_ms" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut audio_end_ms),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            audio_end_ms: audio_end_ms.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventConversationItemTruncated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventConversationItemTruncated {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        item_id: impl Into<String>,
        content_index: impl Into<i64>,
        audio_end_ms: impl Into<i64>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            item_id: item_id.into(),
            content_index: content_index.into(),
            audio_end_ms: audio_end_ms.into(),
        }
    }
}
/// Returned when an error occurs, which could be a client problem or a server
/// problem. Most errors are recoverable and the session will stay open, we
/// recommend to implementors to monitor and log error messages by default.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventError {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `error`.
    #[serde(rename = "type")]
    pub type_: ErrorTypeLiteral,
    /// Details of the error.
    pub error: RealtimeBetaServerEventErrorErrorType,
}
impl sdk_runtime_types::de::Object for RealtimeBetaServerEventError {
    const NAME: &'static str = "RealtimeBetaServerEventError";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ErrorTypeLiteral> = None;
        let mut error: Option<RealtimeBetaServerEventErrorErrorType> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "error" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut error),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            error: error.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventError {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        error: impl Into<RealtimeBetaServerEventErrorErrorType>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            error: error.into(),
        }
    }
}
/// Details of the error.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventErrorErrorType {
    /// The type of error (e.g., "invalid_request_error", "server_error").
    #[serde(rename = "type")]
    pub type_: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// A human-readable error message.
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub param: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
}
impl sdk_runtime_types::de::Object for RealtimeBetaServerEventErrorErrorType {
    const NAME: &'static str = "RealtimeBetaServerEventErrorErrorType";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<String> = None;
        let mut code: Option<String> = None;
        let mut message: Option<String> = None;
        let mut param: Option<String> = None;
        let mut event_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "code" => 1,
                    "message" => 2,
                    "param" => 3,
                    "event_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut code),
                2 => sdk_runtime_types::de::value(&mut map, &mut message),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut param),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: type_.unwrap_or_default(),
            code,
            message: message.unwrap_or_default(),
            param,
            event_id,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventErrorErrorType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventErrorErrorType {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(type_: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            type_: type_.into(),
            code: None,
            message: message.into(),
            param: None,
            event_id: None,
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
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
}
/// Returned when the input audio buffer is cleared by the client with a
/// `input_audio_buffer.clear` event.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventInputAudioBufferCleared {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `input_audio_buffer.cleared`.
    #[serde(rename = "type")]
    pub type_: InputAudioBufferClearedLiteral,
}
impl sdk_runtime_types::de::Object for RealtimeBetaServerEventInputAudioBufferCleared {
    const NAME: &'static str = "RealtimeBetaServerEventInputAudioBufferCleared";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<InputAudioBufferClearedLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventInputAudioBufferCleared {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventInputAudioBufferCleared {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(event_id: impl Into<String>) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
        }
    }
}
/// Returned when an input audio buffer is committed, either by the client or
/// automatically in server VAD mode. The `item_id` property is the ID of the user
/// message item that will be created, thus a `conversation.item.created` event
/// will also be sent to the client.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventInputAudioBufferCommitted {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `input_audio_buffer.committed`.
    #[serde(rename = "type")]
    pub type_: InputAudioBufferCommittedLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_item_id: Option<String>,
    /// The ID of the user message item that will be created.
    pub item_id: String,
}
impl sdk_runtime_types::de::Object for RealtimeBetaServerEventInputAudioBufferCommitted {
    const NAME: &'static str = "RealtimeBetaServerEventInputAudioBufferCommitted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<InputAudioBufferCommittedLiteral> = None;
        let mut previous_item_id: Option<String> = None;
        let mut item_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "previous_item_id" => 2,
                    "item_id" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut previous_item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            previous_item_id,
            item_id: item_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventInputAudioBufferCommitted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventInputAudioBufferCommitted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(event_id: impl Into<String>, item_id: impl Into<String>) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            previous_item_id: None,
            item_id: item_id.into(),
        }
    }
    /// Sets `previous_item_id`.
    pub fn previous_item_id(mut self, value: impl Into<String>) -> Self {
        self.previous_item_id = Some(value.into());
        self
    }
}
/// Sent by the server when in `server_vad` mode to indicate that speech has been
/// detected in the audio buffer. This can happen any time audio is added to the
/// buffer (unless speech is already detected). The client may want to use this
/// event to interrupt audio playback or provide visual feedback to the user.
///
/// The client should expect to receive a `input_audio_buffer.speech_stopped` event
/// when speech stops. The `item_id` property is the ID of the user message item
/// that will be created when speech stops and will also be included in the
/// `input_audio_buffer.speech_stopped` event (unless the client manually commits
/// the audio buffer during VAD activation).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventInputAudioBufferSpeechStarted {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `input_audio_buffer.speech_started`.
    #[serde(rename = "type")]
    pub type_: InputAudioBufferSpeechStartedLiteral,
    /// Milliseconds from the start of all audio written to the buffer during the
    /// session when speech was first detected. This will correspond to the
    /// beginning of audio sent to the model, and thus includes the
    /// `prefix_padding_ms` configured in the Session.
    pub audio_start_ms: i64,
    /// The ID of the user message item that will be created when speech stops.
    pub item_id: String,
}
impl sdk_runtime_types::de::Object
for RealtimeBetaServerEventInputAudioBufferSpeechStarted {
    const NAME: &'static str = "RealtimeBetaServerEventInputAudioBufferSpeechStarted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<InputAudioBufferSpeechStartedLiteral> = None;
        let mut audio_start_ms: Option<i64> = None;
        let mut item_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "audio_start_ms" => 2,
                    "item_id" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut audio_start_ms),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            audio_start_ms: audio_start_ms.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventInputAudioBufferSpeechStarted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventInputAudioBufferSpeechStarted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        audio_start_ms: impl Into<i64>,
        item_id: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            audio_start_ms: audio_start_ms.into(),
            item_id: item_id.into(),
        }
    }
}
/// Returned in `server_vad` mode when the server detects the end of speech in
/// the audio buffer. The server will also send an `conversation.item.created`
/// event with the user message item that is created from the audio buffer.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventInputAudioBufferSpeechStopped {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `input_audio_buffer.speech_stopped`.
    #[serde(rename = "type")]
    pub type_: InputAudioBufferSpeechStoppedLiteral,
    /// Milliseconds since the session started when speech stopped. This will
    /// correspond to the end of audio sent to the model, and thus includes the
    /// `min_silence_duration_ms` configured in the Session.
    pub audio_end_ms: i64,
    /// The ID of the user message item that will be created.
    pub item_id: String,
}
impl sdk_runtime_types::de::Object
for RealtimeBetaServerEventInputAudioBufferSpeechStopped {
    const NAME: &'static str = "RealtimeBetaServerEventInputAudioBufferSpeechStopped";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<InputAudioBufferSpeechStoppedLiteral> = None;
        let mut audio_end_ms: Option<i64> = None;
        let mut item_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "audio_end_ms" => 2,
                    "item_id" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut audio_end_ms),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            audio_end_ms: audio_end_ms.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventInputAudioBufferSpeechStopped {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventInputAudioBufferSpeechStopped {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        audio_end_ms: impl Into<i64>,
        item_id: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            audio_end_ms: audio_end_ms.into(),
            item_id: item_id.into(),
        }
    }
}
/// Returned when listing MCP tools has completed for an item.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventMcpListToolsCompleted {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `mcp_list_tools.completed`.
    #[serde(rename = "type")]
    pub type_: McpListToolsCompletedLiteral,
    /// The ID of the MCP list tools item.
    pub item_id: String,
}
impl sdk_runtime_types::de::Object for RealtimeBetaServerEventMcpListToolsCompleted {
    const NAME: &'static str = "RealtimeBetaServerEventMcpListToolsCompleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<McpListToolsCompletedLiteral> = None;
        let mut item_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventMcpListToolsCompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventMcpListToolsCompleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(event_id: impl Into<String>, item_id: impl Into<String>) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            item_id: item_id.into(),
        }
    }
}
/// Returned when listing MCP tools has failed for an item.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventMcpListToolsFailed {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `mcp_list_tools.failed`.
    #[serde(rename = "type")]
    pub type_: McpListToolsFailedLiteral,
    /// The ID of the MCP list tools item.
    pub item_id: String,
}
impl sdk_runtime_types::de::Object for RealtimeBetaServerEventMcpListToolsFailed {
    const NAME: &'static str = "RealtimeBetaServerEventMcpListToolsFailed";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<McpListToolsFailedLiteral> = None;
        let mut item_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventMcpListToolsFailed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventMcpListToolsFailed {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(event_id: impl Into<String>, item_id: impl Into<String>) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            item_id: item_id.into(),
        }
    }
}
/// Returned when listing MCP tools is in progress for an item.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventMcpListToolsInProgress {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `mcp_list_tools.in_progress`.
    #[serde(rename = "type")]
    pub type_: McpListToolsInProgressLiteral,
    /// The ID of the MCP list tools item.
    pub item_id: String,
}
impl sdk_runtime_types::de::Object for RealtimeBetaServerEventMcpListToolsInProgress {
    const NAME: &'static str = "RealtimeBetaServerEventMcpListToolsInProgress";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<McpListToolsInProgressLiteral> = None;
        let mut item_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventMcpListToolsInProgress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventMcpListToolsInProgress {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(event_id: impl Into<String>, item_id: impl Into<String>) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            item_id: item_id.into(),
        }
    }
}
/// Emitted at the beginning of a Response to indicate the updated rate limits.
/// When a Response is created some tokens will be "reserved" for the output
/// tokens, the rate limits shown here reflect that reservation, which is then
/// adjusted accordingly once the Response is completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventRateLimitsUpdated {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `rate_limits.updated`.
    #[serde(rename = "type")]
    pub type_: RateLimitsUpdatedLiteral,
    /// List of rate limit information.
    pub rate_limits: Vec<RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem>,
}
impl sdk_runtime_types::de::Object for RealtimeBetaServerEventRateLimitsUpdated {
    const NAME: &'static str = "RealtimeBetaServerEventRateLimitsUpdated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<RateLimitsUpdatedLiteral> = None;
        let mut rate_limits: Option<
            Vec<RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem>,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "rate_limits" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut rate_limits),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            rate_limits: rate_limits.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventRateLimitsUpdated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventRateLimitsUpdated {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        rate_limits: impl Into<
            Vec<RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem>,
        >,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            rate_limits: rate_limits.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem {
    /// The name of the rate limit (`requests`, `tokens`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName>,
    /// The maximum allowed value for the rate limit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// The remaining value before the limit is reached.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remaining: Option<i64>,
    /// Seconds until the rate limit resets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reset_seconds: Option<f64>,
}
impl sdk_runtime_types::de::Object
for RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem {
    const NAME: &'static str = "RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<
            RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName,
        > = None;
        let mut limit: Option<i64> = None;
        let mut remaining: Option<i64> = None;
        let mut reset_seconds: Option<f64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "limit" => 1,
                    "remaining" => 2,
                    "reset_seconds" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut remaining),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut reset_seconds),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name,
            limit,
            remaining,
            reset_seconds,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            name: None,
            limit: None,
            remaining: None,
            reset_seconds: None,
        }
    }
    /// Sets `name`.
    pub fn name(
        mut self,
        value: impl Into<RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName>,
    ) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `remaining`.
    pub fn remaining(mut self, value: impl Into<i64>) -> Self {
        self.remaining = Some(value.into());
        self
    }
    /// Sets `reset_seconds`.
    pub fn reset_seconds(mut self, value: impl Into<f64>) -> Self {
        self.reset_seconds = Some(value.into());
        self
    }
}
/// The name of the rate limit (`requests`, `tokens`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName {
    /// `requests`
    Requests,
    /// `tokens`
    Tokens,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Requests => "requests",
            Self::Tokens => "tokens",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "requests" => Self::Requests,
            "tokens" => Self::Tokens,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de>
for RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Returned when the model-generated audio is updated.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventResponseAudioDelta {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.output_audio.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseOutputAudioDeltaLiteral,
    /// The ID of the response.
    pub response_id: String,
    /// The ID of the item.
    pub item_id: String,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The index of the content part in the item's content array.
    pub content_index: i64,
    /// Base64-encoded audio data delta.
    pub delta: String,
}
impl sdk_runtime_types::de::Object for RealtimeBetaServerEventResponseAudioDelta {
    const NAME: &'static str = "RealtimeBetaServerEventResponseAudioDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseOutputAudioDeltaLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut delta: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    "item_id" => 3,
                    "output_index" => 4,
                    "content_index" => 5,
                    "delta" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                6 => sdk_runtime_types::de::value(&mut map, &mut delta),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventResponseAudioDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventResponseAudioDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response_id: impl Into<String>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        delta: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            delta: delta.into(),
        }
    }
}
/// Returned when the model-generated audio is done. Also emitted when a Response
/// is interrupted, incomplete, or cancelled.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventResponseAudioDone {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.output_audio.done`.
    #[serde(rename = "type")]
    pub type_: ResponseOutputAudioDoneLiteral,
    /// The ID of the response.
    pub response_id: String,
    /// The ID of the item.
    pub item_id: String,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The index of the content part in the item's content array.
    pub content_index: i64,
}
impl sdk_runtime_types::de::Object for RealtimeBetaServerEventResponseAudioDone {
    const NAME: &'static str = "RealtimeBetaServerEventResponseAudioDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseOutputAudioDoneLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    "item_id" => 3,
                    "output_index" => 4,
                    "content_index" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventResponseAudioDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventResponseAudioDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response_id: impl Into<String>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
        }
    }
}
/// Returned when the model-generated transcription of audio output is updated.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventResponseAudioTranscriptDelta {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.output_audio_transcript.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseOutputAudioTranscriptDeltaLiteral,
    /// The ID of the response.
    pub response_id: String,
    /// The ID of the item.
    pub item_id: String,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The index of the content part in the item's content array.
    pub content_index: i64,
    /// The transcript delta.
    pub delta: String,
}
impl sdk_runtime_types::de::Object
for RealtimeBetaServerEventResponseAudioTranscriptDelta {
    const NAME: &'static str = "RealtimeBetaServerEventResponseAudioTranscriptDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseOutputAudioTranscriptDeltaLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut delta: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    "item_id" => 3,
                    "output_index" => 4,
                    "content_index" => 5,
                    "delta" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                6 => sdk_runtime_types::de::value(&mut map, &mut delta),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventResponseAudioTranscriptDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventResponseAudioTranscriptDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response_id: impl Into<String>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        delta: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            delta: delta.into(),
        }
    }
}
/// Returned when the model-generated transcription of audio output is done
/// streaming. Also emitted when a Response is interrupted, incomplete, or
/// cancelled.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventResponseAudioTranscriptDone {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.output_audio_transcript.done`.
    #[serde(rename = "type")]
    pub type_: ResponseOutputAudioTranscriptDoneLiteral,
    /// The ID of the response.
    pub response_id: String,
    /// The ID of the item.
    pub item_id: String,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The index of the content part in the item's content array.
    pub content_index: i64,
    /// The final transcript of the audio.
    pub transcript: String,
}
impl sdk_runtime_types::de::Object
for RealtimeBetaServerEventResponseAudioTranscriptDone {
    const NAME: &'static str = "RealtimeBetaServerEventResponseAudioTranscriptDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseOutputAudioTranscriptDoneLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut transcript: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    "item_id" => 3,
                    "output_index" => 4,
                    "content_index" => 5,
                    "transcript" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                6 => sdk_runtime_types::de::value(&mut map, &mut transcript),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            transcript: transcript.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventResponseAudioTranscriptDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventResponseAudioTranscriptDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response_id: impl Into<String>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        transcript: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            transcript: transcript.into(),
        }
    }
}
/// Returned when a new content part is added to an assistant message item during
/// response generation.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventResponseContentPartAdded {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.content_part.added`.
    #[serde(rename = "type")]
    pub type_: ResponseContentPartAddedLiteral,
    /// The ID of the response.
    pub response_id: String,
    /// The ID of the item to which the content part was added.
    pub item_id: String,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The index of the content part in the item's content array.
    pub content_index: i64,
    /// The content part that was added.
    pub part: RealtimeBetaServerEventResponseContentPartAddedPart,
}
impl sdk_runtime_types::de::Object for RealtimeBetaServerEventResponseContentPartAdded {
    const NAME: &'static str = "RealtimeBetaServerEventResponseContentPartAdded";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseContentPartAddedLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut part: Option<RealtimeBetaServerEventResponseContentPartAddedPart> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    "item_id" => 3,
                    "output_index" => 4,
                    "content_index" => 5,
                    "part" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                6 => sdk_runtime_types::de::value(&mut map, &mut part),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            part: part.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventResponseContentPartAdded {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventResponseContentPartAdded {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response_id: impl Into<String>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        part: impl Into<RealtimeBetaServerEventResponseContentPartAddedPart>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            part: part.into(),
        }
    }
}
/// The content part that was added.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventResponseContentPartAddedPart {
    /// The content type ("text", "audio").
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<RealtimeBetaServerEventResponseContentPartAddedPartType>,
    /// The text content (if type is "text").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Base64-encoded audio data (if type is "audio").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio: Option<String>,
    /// The transcript of the audio (if type is "audio").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transcript: Option<String>,
}
impl sdk_runtime_types::de::Object
for RealtimeBetaServerEventResponseContentPartAddedPart {
    const NAME: &'static str = "RealtimeBetaServerEventResponseContentPartAddedPart";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<RealtimeBetaServerEventResponseContentPartAddedPartType> = None;
        let mut text: Option<String> = None;
        let mut audio: Option<String> = None;
        let mut transcript: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "text" => 1,
                    "audio" => 2,
                    "transcript" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut text),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut audio),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut transcript),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_,
            text,
            audio,
            transcript,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventResponseContentPartAddedPart {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventResponseContentPartAddedPart {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: None,
            text: None,
            audio: None,
            transcript: None,
        }
    }
    /// Sets `type`.
    pub fn type_(
        mut self,
        value: impl Into<RealtimeBetaServerEventResponseContentPartAddedPartType>,
    ) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
    /// Sets `audio`.
    pub fn audio(mut self, value: impl Into<String>) -> Self {
        self.audio = Some(value.into());
        self
    }
    /// Sets `transcript`.
    pub fn transcript(mut self, value: impl Into<String>) -> Self {
        self.transcript = Some(value.into());
        self
    }
}
/// The content type ("text", "audio").
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RealtimeBetaServerEventResponseContentPartAddedPartType {
    /// `audio`
    Audio,
    /// `text`
    Text,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl RealtimeBetaServerEventResponseContentPartAddedPartType {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Audio => "audio",
            Self::Text => "text",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "audio" => Self::Audio,
            "text" => Self::Text,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for RealtimeBetaServerEventResponseContentPartAddedPartType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for RealtimeBetaServerEventResponseContentPartAddedPartType {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for RealtimeBetaServerEventResponseContentPartAddedPartType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RealtimeBetaServerEventResponseContentPartAddedPartType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventResponseContentPartAddedPartType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for RealtimeBetaServerEventResponseContentPartAddedPartType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Returned when a content part is done streaming in an assistant message item.
/// Also emitted when a Response is interrupted, incomplete, or cancelled.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventResponseContentPartDone {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.content_part.done`.
    #[serde(rename = "type")]
    pub type_: ResponseContentPartDoneLiteral,
    /// The ID of the response.
    pub response_id: String,
    /// The ID of the item.
    pub item_id: String,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The index of the content part in the item's content array.
    pub content_index: i64,
    /// The content part that is done.
    pub part: RealtimeBetaServerEventResponseContentPartDonePart,
}
impl sdk_runtime_types::de::Object for RealtimeBetaServerEventResponseContentPartDone {
    const NAME: &'static str = "RealtimeBetaServerEventResponseContentPartDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseContentPartDoneLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut part: Option<RealtimeBetaServerEventResponseContentPartDonePart> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    "item_id" => 3,
                    "output_index" => 4,
                    "content_index" => 5,
                    "part" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                6 => sdk_runtime_types::de::value(&mut map, &mut part),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            part: part.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventResponseContentPartDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventResponseContentPartDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response_id: impl Into<String>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        part: impl Into<RealtimeBetaServerEventResponseContentPartDonePart>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            part: part.into(),
        }
    }
}
/// The content part that is done.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventResponseContentPartDonePart {
    /// The content type ("text", "audio").
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<RealtimeBetaServerEventResponseContentPartAddedPartType>,
    /// The text content (if type is "text").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Base64-encoded audio data (if type is "audio").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio: Option<String>,
    /// The transcript of the audio (if type is "audio").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transcript: Option<String>,
}
impl sdk_runtime_types::de::Object
for RealtimeBetaServerEventResponseContentPartDonePart {
    const NAME: &'static str = "RealtimeBetaServerEventResponseContentPartDonePart";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<RealtimeBetaServerEventResponseContentPartAddedPartType> = None;
        let mut text: Option<String> = None;
        let mut audio: Option<String> = None;
        let mut transcript: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "text" => 1,
                    "audio" => 2,
                    "transcript" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut text),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut audio),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut transcript),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_,
            text,
            audio,
            transcript,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventResponseContentPartDonePart {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventResponseContentPartDonePart {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: None,
            text: None,
            audio: None,
            transcript: None,
        }
    }
    /// Sets `type`.
    pub fn type_(
        mut self,
        value: impl Into<RealtimeBetaServerEventResponseContentPartAddedPartType>,
    ) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
    /// Sets `audio`.
    pub fn audio(mut self, value: impl Into<String>) -> Self {
        self.audio = Some(value.into());
        self
    }
    /// Sets `transcript`.
    pub fn transcript(mut self, value: impl Into<String>) -> Self {
        self.transcript = Some(value.into());
        self
    }
}
/// Returned when a new Response is created. The first event of response creation,
/// where the response is in an initial state of `in_progress`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventResponseCreated {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.created`.
    #[serde(rename = "type")]
    pub type_: ResponseCreatedLiteral,
    pub response: RealtimeBetaResponse,
}
impl sdk_runtime_types::de::Object for RealtimeBetaServerEventResponseCreated {
    const NAME: &'static str = "RealtimeBetaServerEventResponseCreated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseCreatedLiteral> = None;
        let mut response: Option<RealtimeBetaResponse> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response: response.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventResponseCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventResponseCreated {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response: impl Into<RealtimeBetaResponse>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response: response.into(),
        }
    }
}
/// Returned when a Response is done streaming. Always emitted, no matter the
/// final state. The Response object included in the `response.done` event will
/// include all output Items in the Response but will omit the raw audio data.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventResponseDone {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.done`.
    #[serde(rename = "type")]
    pub type_: ResponseDoneLiteral,
    pub response: RealtimeBetaResponse,
}
impl sdk_runtime_types::de::Object for RealtimeBetaServerEventResponseDone {
    const NAME: &'static str = "RealtimeBetaServerEventResponseDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseDoneLiteral> = None;
        let mut response: Option<RealtimeBetaResponse> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response: response.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventResponseDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventResponseDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response: impl Into<RealtimeBetaResponse>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response: response.into(),
        }
    }
}
/// Returned when the model-generated function call arguments are updated.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventResponseFunctionCallArgumentsDelta {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.function_call_arguments.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseFunctionCallArgumentsDeltaLiteral,
    /// The ID of the response.
    pub response_id: String,
    /// The ID of the function call item.
    pub item_id: String,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The ID of the function call.
    pub call_id: String,
    /// The arguments delta as a JSON string.
    pub delta: String,
}
impl sdk_runtime_types::de::Object
for RealtimeBetaServerEventResponseFunctionCallArgumentsDelta {
    const NAME: &'static str = "RealtimeBetaServerEventResponseFunctionCallArgumentsDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseFunctionCallArgumentsDeltaLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut call_id: Option<String> = None;
        let mut delta: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    "item_id" => 3,
                    "output_index" => 4,
                    "call_id" => 5,
                    "delta" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                6 => sdk_runtime_types::de::value(&mut map, &mut delta),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            call_id: call_id.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de>
for RealtimeBetaServerEventResponseFunctionCallArgumentsDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventResponseFunctionCallArgumentsDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response_id: impl Into<String>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        call_id: impl Into<String>,
        delta: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            call_id: call_id.into(),
            delta: delta.into(),
        }
    }
}
/// Returned when the model-generated function call arguments are done streaming.
/// Also emitted when a Response is interrupted, incomplete, or cancelled.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventResponseFunctionCallArgumentsDone {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.function_call_arguments.done`.
    #[serde(rename = "type")]
    pub type_: ResponseFunctionCallArgumentsDoneLiteral,
    /// The ID of the response.
    pub response_id: String,
    /// The ID of the function call item.
    pub item_id: String,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The ID of the function call.
    pub call_id: String,
    /// The name of the function that was called.
    pub name: String,
    /// The final arguments as a JSON string.
    pub arguments: String,
}
impl sdk_runtime_types::de::Object
for RealtimeBetaServerEventResponseFunctionCallArgumentsDone {
    const NAME: &'static str = "RealtimeBetaServerEventResponseFunctionCallArgumentsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseFunctionCallArgumentsDoneLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut call_id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut arguments: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    "item_id" => 3,
                    "output_index" => 4,
                    "call_id" => 5,
                    "name" => 6,
                    "arguments" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                6 => sdk_runtime_types::de::value(&mut map, &mut name),
                7 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            call_id: call_id.unwrap_or_default(),
            name: name.unwrap_or_default(),
            arguments: arguments.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventResponseFunctionCallArgumentsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventResponseFunctionCallArgumentsDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response_id: impl Into<String>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        call_id: impl Into<String>,
        name: impl Into<String>,
        arguments: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            call_id: call_id.into(),
            name: name.into(),
            arguments: arguments.into(),
        }
    }
}
/// Returned when MCP tool call arguments are updated during response generation.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventResponseMcpCallArgumentsDelta {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.mcp_call_arguments.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseMcpCallArgumentsDeltaLiteral,
    /// The ID of the response.
    pub response_id: String,
    /// The ID of the MCP tool call item.
    pub item_id: String,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The JSON-encoded arguments delta.
    pub delta: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub obfuscation: Option<String>,
}
impl sdk_runtime_types::de::Object
for RealtimeBetaServerEventResponseMcpCallArgumentsDelta {
    const NAME: &'static str = "RealtimeBetaServerEventResponseMcpCallArgumentsDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseMcpCallArgumentsDeltaLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut delta: Option<String> = None;
        let mut obfuscation: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    "item_id" => 3,
                    "output_index" => 4,
                    "delta" => 5,
                    "obfuscation" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut delta),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut obfuscation),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
            obfuscation,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventResponseMcpCallArgumentsDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventResponseMcpCallArgumentsDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response_id: impl Into<String>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        delta: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
            item_id: item_id.into(),
            output_index: output_index.into(),
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
/// Returned when MCP tool call arguments are finalized during response generation.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventResponseMcpCallArgumentsDone {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.mcp_call_arguments.done`.
    #[serde(rename = "type")]
    pub type_: ResponseMcpCallArgumentsDoneLiteral,
    /// The ID of the response.
    pub response_id: String,
    /// The ID of the MCP tool call item.
    pub item_id: String,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The final JSON-encoded arguments string.
    pub arguments: String,
}
impl sdk_runtime_types::de::Object
for RealtimeBetaServerEventResponseMcpCallArgumentsDone {
    const NAME: &'static str = "RealtimeBetaServerEventResponseMcpCallArgumentsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseMcpCallArgumentsDoneLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut arguments: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    "item_id" => 3,
                    "output_index" => 4,
                    "arguments" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            arguments: arguments.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventResponseMcpCallArgumentsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventResponseMcpCallArgumentsDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response_id: impl Into<String>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        arguments: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            arguments: arguments.into(),
        }
    }
}
/// Returned when an MCP tool call has completed successfully.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventResponseMcpCallCompleted {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.mcp_call.completed`.
    #[serde(rename = "type")]
    pub type_: ResponseMcpCallCompletedLiteral,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The ID of the MCP tool call item.
    pub item_id: String,
}
impl sdk_runtime_types::de::Object for RealtimeBetaServerEventResponseMcpCallCompleted {
    const NAME: &'static str = "RealtimeBetaServerEventResponseMcpCallCompleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseMcpCallCompletedLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "output_index" => 2,
                    "item_id" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventResponseMcpCallCompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventResponseMcpCallCompleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
        }
    }
}
/// Returned when an MCP tool call has failed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventResponseMcpCallFailed {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.mcp_call.failed`.
    #[serde(rename = "type")]
    pub type_: ResponseMcpCallFailedLiteral,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The ID of the MCP tool call item.
    pub item_id: String,
}
impl sdk_runtime_types::de::Object for RealtimeBetaServerEventResponseMcpCallFailed {
    const NAME: &'static str = "RealtimeBetaServerEventResponseMcpCallFailed";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseMcpCallFailedLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "output_index" => 2,
                    "item_id" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventResponseMcpCallFailed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventResponseMcpCallFailed {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
        }
    }
}
/// Returned when an MCP tool call has started and is in progress.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventResponseMcpCallInProgress {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.mcp_call.in_progress`.
    #[serde(rename = "type")]
    pub type_: ResponseMcpCallInProgressLiteral,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The ID of the MCP tool call item.
    pub item_id: String,
}
impl sdk_runtime_types::de::Object for RealtimeBetaServerEventResponseMcpCallInProgress {
    const NAME: &'static str = "RealtimeBetaServerEventResponseMcpCallInProgress";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseMcpCallInProgressLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "output_index" => 2,
                    "item_id" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventResponseMcpCallInProgress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventResponseMcpCallInProgress {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
        }
    }
}
/// Returned when a new Item is created during Response generation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RealtimeBetaServerEventResponseOutputItemAdded {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.output_item.added`.
    #[serde(rename = "type")]
    pub type_: ResponseOutputItemAddedLiteral,
    /// The ID of the Response to which the item belongs.
    pub response_id: String,
    /// The index of the output item in the Response.
    pub output_index: i64,
    pub item: RealtimeConversationItem,
}
impl sdk_runtime_types::de::Object for RealtimeBetaServerEventResponseOutputItemAdded {
    const NAME: &'static str = "RealtimeBetaServerEventResponseOutputItemAdded";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseOutputItemAddedLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut item: Option<RealtimeConversationItem> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    "output_index" => 3,
                    "item" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut item),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            item: sdk_runtime_types::de::required::<_, A::Error>(item, "item")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventResponseOutputItemAdded {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventResponseOutputItemAdded {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response_id: impl Into<String>,
        output_index: impl Into<i64>,
        item: impl Into<RealtimeConversationItem>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
            output_index: output_index.into(),
            item: item.into(),
        }
    }
}
/// Returned when an Item is done streaming. Also emitted when a Response is
/// interrupted, incomplete, or cancelled.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RealtimeBetaServerEventResponseOutputItemDone {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.output_item.done`.
    #[serde(rename = "type")]
    pub type_: ResponseOutputItemDoneLiteral,
    /// The ID of the Response to which the item belongs.
    pub response_id: String,
    /// The index of the output item in the Response.
    pub output_index: i64,
    pub item: RealtimeConversationItem,
}
impl sdk_runtime_types::de::Object for RealtimeBetaServerEventResponseOutputItemDone {
    const NAME: &'static str = "RealtimeBetaServerEventResponseOutputItemDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseOutputItemDoneLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut item: Option<RealtimeConversationItem> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    "output_index" => 3,
                    "item" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut item),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            item: sdk_runtime_types::de::required::<_, A::Error>(item, "item")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventResponseOutputItemDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventResponseOutputItemDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response_id: impl Into<String>,
        output_index: impl Into<i64>,
        item: impl Into<RealtimeConversationItem>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
            output_index: output_index.into(),
            item: item.into(),
        }
    }
}
/// Returned when the text value of an "output_text" content part is updated.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventResponseTextDelta {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.output_text.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseOutputTextDeltaLiteral,
    /// The ID of the response.
    pub response_id: String,
    /// The ID of the item.
    pub item_id: String,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The index of the content part in the item's content array.
    pub content_index: i64,
    /// The text delta.
    pub delta: String,
}
impl sdk_runtime_types::de::Object for RealtimeBetaServerEventResponseTextDelta {
    const NAME: &'static str = "RealtimeBetaServerEventResponseTextDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseOutputTextDeltaLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut delta: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    "item_id" => 3,
                    "output_index" => 4,
                    "content_index" => 5,
                    "delta" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                6 => sdk_runtime_types::de::value(&mut map, &mut delta),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventResponseTextDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventResponseTextDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response_id: impl Into<String>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        delta: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            delta: delta.into(),
        }
    }
}
/// Returned when the text value of an "output_text" content part is done streaming. Also
/// emitted when a Response is interrupted, incomplete, or cancelled.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventResponseTextDone {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.output_text.done`.
    #[serde(rename = "type")]
    pub type_: ResponseOutputTextDoneLiteral,
    /// The ID of the response.
    pub response_id: String,
    /// The ID of the item.
    pub item_id: String,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The index of the content part in the item's content array.
    pub content_index: i64,
    /// The final text content.
    pub text: String,
}
impl sdk_runtime_types::de::Object for RealtimeBetaServerEventResponseTextDone {
    const NAME: &'static str = "RealtimeBetaServerEventResponseTextDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseOutputTextDoneLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut text: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    "item_id" => 3,
                    "output_index" => 4,
                    "content_index" => 5,
                    "text" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                6 => sdk_runtime_types::de::value(&mut map, &mut text),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            text: text.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventResponseTextDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventResponseTextDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response_id: impl Into<String>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        text: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            text: text.into(),
        }
    }
}
/// Returned when a Session is created. Emitted automatically when a new
/// connection is established as the first server event. This event will contain
/// the default Session configuration.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventSessionCreated {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `session.created`.
    #[serde(rename = "type")]
    pub type_: SessionCreatedLiteral,
    pub session: RealtimeSession,
}
impl sdk_runtime_types::de::Object for RealtimeBetaServerEventSessionCreated {
    const NAME: &'static str = "RealtimeBetaServerEventSessionCreated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<SessionCreatedLiteral> = None;
        let mut session: Option<RealtimeSession> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "session" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut session),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            session: session.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventSessionCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventSessionCreated {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        session: impl Into<RealtimeSession>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            session: session.into(),
        }
    }
}
/// Realtime session object for the beta interface.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeSession {
    /// Unique identifier for the session that looks like `sess_1234567890abcdef`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The object type. Always `realtime.session`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<RealtimeSessionLiteral>,
    /// The set of modalities the model can respond with. To disable audio,
    /// set this to \["text"\].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modalities: Option<Vec<ChatCompletionModalitiesItem>>,
    /// The Realtime model used for this session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<RealtimeSessionModel>,
    /// The default system instructions (i.e. system message) prepended to model
    /// calls. This field allows the client to guide the model on desired
    /// responses. The model can be instructed on response content and format,
    /// (e.g. "be extremely succinct", "act friendly", "here are examples of good
    /// responses") and on audio behavior (e.g. "talk quickly", "inject emotion
    /// into your voice", "laugh frequently"). The instructions are not
    /// guaranteed to be followed by the model, but they provide guidance to the
    /// model on the desired behavior.
    ///
    ///
    /// Note that the server sets default instructions which will be used if this
    /// field is not set and are visible in the `session.created` event at the
    /// start of the session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// The voice the model uses to respond. Voice cannot be changed during the
    /// session once the model has responded with audio at least once. Current
    /// voice options are `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`,
    /// `shimmer`, and `verse`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub voice: Option<VoiceIdsShared>,
    /// The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    /// For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate,
    /// single channel (mono), and little-endian byte order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_audio_format: Option<
        RealtimeTranscriptionSessionCreateRequestInputAudioFormat,
    >,
    /// The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    /// For `pcm16`, output audio is sampled at a rate of 24kHz.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_audio_format: Option<
        RealtimeTranscriptionSessionCreateRequestInputAudioFormat,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_audio_transcription: Option<AudioTranscriptionResponse>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub turn_detection: Option<RealtimeTurnDetection>,
    /// Configuration for input audio noise reduction. This can be set to `null` to turn off.
    /// Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    /// Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_audio_noise_reduction: Option<RealtimeSessionInputAudioNoiseReduction>,
    /// The speed of the model's spoken response. 1.0 is the default speed. 0.25 is
    /// the minimum speed. 1.5 is the maximum speed. This value can only be changed
    /// in between model turns, not while a response is in progress.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speed: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tracing: Option<RealtimeSessionTracing>,
    /// Tools (functions) available to the model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<RealtimeFunctionTool>>,
    /// How the model chooses tools. Options are `auto`, `none`, `required`, or
    /// specify a function.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_choice: Option<String>,
    /// Sampling temperature for the model, limited to \[0.6, 1.2\]. For audio models a temperature of 0.8 is highly recommended for best performance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    /// Maximum number of output tokens for a single assistant response,
    /// inclusive of tool calls. Provide an integer between 1 and 4096 to
    /// limit output tokens, or `inf` for the maximum available tokens for a
    /// given model. Defaults to `inf`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_response_output_tokens: Option<RealtimeSessionMaxResponseOutputTokens>,
    /// Expiration timestamp for the session, in seconds since epoch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt: Option<Prompt>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<ItemInputAudioTranscriptionLogprobsLiteral>>,
}
impl sdk_runtime_types::de::Object for RealtimeSession {
    const NAME: &'static str = "RealtimeSession";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<RealtimeSessionLiteral> = None;
        let mut modalities: Option<Vec<ChatCompletionModalitiesItem>> = None;
        let mut model: Option<RealtimeSessionModel> = None;
        let mut instructions: Option<String> = None;
        let mut voice: Option<VoiceIdsShared> = None;
        let mut input_audio_format: Option<
            RealtimeTranscriptionSessionCreateRequestInputAudioFormat,
        > = None;
        let mut output_audio_format: Option<
            RealtimeTranscriptionSessionCreateRequestInputAudioFormat,
        > = None;
        let mut input_audio_transcription: Option<AudioTranscriptionResponse> = None;
        let mut turn_detection: Option<RealtimeTurnDetection> = None;
        let mut input_audio_noise_reduction: Option<
            RealtimeSessionInputAudioNoiseReduction,
        > = None;
        let mut speed: Option<f64> = None;
        let mut tracing: Option<RealtimeSessionTracing> = None;
        let mut tools: Option<Vec<RealtimeFunctionTool>> = None;
        let mut tool_choice: Option<String> = None;
        let mut temperature: Option<f64> = None;
        let mut max_response_output_tokens: Option<
            RealtimeSessionMaxResponseOutputTokens,
        > = None;
        let mut expires_at: Option<i64> = None;
        let mut prompt: Option<Prompt> = None;
        let mut include: Option<Vec<ItemInputAudioTranscriptionLogprobsLiteral>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "modalities" => 2,
                    "model" => 3,
                    "instructions" => 4,
                    "voice" => 5,
                    "input_audio_format" => 6,
                    "output_audio_format" => 7,
                    "input_audio_transcription" => 8,
                    "turn_detection" => 9,
                    "input_audio_noise_reduction" => 10,
                    "speed" => 11,
                    "tracing" => 12,
                    "tools" => 13,
                    "tool_choice" => 14,
                    "temperature" => 15,
                    "max_response_output_tokens" => 16,
                    "expires_at" => 17,
                    "prompt" => 18,
                    "include" => 19,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut modalities),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut instructions),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut voice),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut input_audio_format),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut output_audio_format),
                8 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut input_audio_transcription,
                    )
                }
                9 => sdk_runtime_types::de::nullable(&mut map, &mut turn_detection),
                10 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut input_audio_noise_reduction,
                    )
                }
                11 => sdk_runtime_types::de::nullable(&mut map, &mut speed),
                12 => sdk_runtime_types::de::nullable(&mut map, &mut tracing),
                13 => sdk_runtime_types::de::nullable(&mut map, &mut tools),
                14 => sdk_runtime_types::de::nullable(&mut map, &mut tool_choice),
                15 => sdk_runtime_types::de::nullable(&mut map, &mut temperature),
                16 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut max_response_output_tokens,
                    )
                }
                17 => sdk_runtime_types::de::nullable(&mut map, &mut expires_at),
                18 => sdk_runtime_types::de::nullable(&mut map, &mut prompt),
                19 => sdk_runtime_types::de::nullable(&mut map, &mut include),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            object,
            modalities,
            model,
            instructions,
            voice,
            input_audio_format,
            output_audio_format,
            input_audio_transcription,
            turn_detection,
            input_audio_noise_reduction,
            speed,
            tracing,
            tools,
            tool_choice,
            temperature,
            max_response_output_tokens,
            expires_at,
            prompt,
            include,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeSession {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeSession {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            id: None,
            object: None,
            modalities: None,
            model: None,
            instructions: None,
            voice: None,
            input_audio_format: None,
            output_audio_format: None,
            input_audio_transcription: None,
            turn_detection: None,
            input_audio_noise_reduction: None,
            speed: None,
            tracing: None,
            tools: None,
            tool_choice: None,
            temperature: None,
            max_response_output_tokens: None,
            expires_at: None,
            prompt: None,
            include: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<RealtimeSessionLiteral>) -> Self {
        self.object = Some(value.into());
        self
    }
    /// Sets `modalities`.
    pub fn modalities(
        mut self,
        value: impl Into<Vec<ChatCompletionModalitiesItem>>,
    ) -> Self {
        self.modalities = Some(value.into());
        self
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<RealtimeSessionModel>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }
    /// Sets `voice`.
    pub fn voice(mut self, value: impl Into<VoiceIdsShared>) -> Self {
        self.voice = Some(value.into());
        self
    }
    /// Sets `input_audio_format`.
    pub fn input_audio_format(
        mut self,
        value: impl Into<RealtimeTranscriptionSessionCreateRequestInputAudioFormat>,
    ) -> Self {
        self.input_audio_format = Some(value.into());
        self
    }
    /// Sets `output_audio_format`.
    pub fn output_audio_format(
        mut self,
        value: impl Into<RealtimeTranscriptionSessionCreateRequestInputAudioFormat>,
    ) -> Self {
        self.output_audio_format = Some(value.into());
        self
    }
    /// Sets `input_audio_transcription`.
    pub fn input_audio_transcription(
        mut self,
        value: impl Into<AudioTranscriptionResponse>,
    ) -> Self {
        self.input_audio_transcription = Some(value.into());
        self
    }
    /// Sets `turn_detection`.
    pub fn turn_detection(mut self, value: impl Into<RealtimeTurnDetection>) -> Self {
        self.turn_detection = Some(value.into());
        self
    }
    /// Sets `input_audio_noise_reduction`.
    pub fn input_audio_noise_reduction(
        mut self,
        value: impl Into<RealtimeSessionInputAudioNoiseReduction>,
    ) -> Self {
        self.input_audio_noise_reduction = Some(value.into());
        self
    }
    /// Sets `speed`.
    pub fn speed(mut self, value: impl Into<f64>) -> Self {
        self.speed = Some(value.into());
        self
    }
    /// Sets `tracing`.
    pub fn tracing(mut self, value: impl Into<RealtimeSessionTracing>) -> Self {
        self.tracing = Some(value.into());
        self
    }
    /// Sets `tools`.
    pub fn tools(mut self, value: impl Into<Vec<RealtimeFunctionTool>>) -> Self {
        self.tools = Some(value.into());
        self
    }
    /// Sets `tool_choice`.
    pub fn tool_choice(mut self, value: impl Into<String>) -> Self {
        self.tool_choice = Some(value.into());
        self
    }
    /// Sets `temperature`.
    pub fn temperature(mut self, value: impl Into<f64>) -> Self {
        self.temperature = Some(value.into());
        self
    }
    /// Sets `max_response_output_tokens`.
    pub fn max_response_output_tokens(
        mut self,
        value: impl Into<RealtimeSessionMaxResponseOutputTokens>,
    ) -> Self {
        self.max_response_output_tokens = Some(value.into());
        self
    }
    /// Sets `expires_at`.
    pub fn expires_at(mut self, value: impl Into<i64>) -> Self {
        self.expires_at = Some(value.into());
        self
    }
    /// Sets `prompt`.
    pub fn prompt(mut self, value: impl Into<Prompt>) -> Self {
        self.prompt = Some(value.into());
        self
    }
    /// Sets `include`.
    pub fn include(
        mut self,
        value: impl Into<Vec<ItemInputAudioTranscriptionLogprobsLiteral>>,
    ) -> Self {
        self.include = Some(value.into());
        self
    }
}
/// The Realtime model used for this session.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RealtimeSessionModel {
    /// `gpt-realtime`
    GptRealtime,
    /// `gpt-realtime-1.5`
    GptRealtime15,
    /// `gpt-realtime-2025-08-28`
    GptRealtime20250828,
    /// `gpt-4o-realtime-preview`
    Gpt4oRealtimePreview,
    /// `gpt-4o-realtime-preview-2024-10-01`
    Gpt4oRealtimePreview20241001,
    /// `gpt-4o-realtime-preview-2024-12-17`
    Gpt4oRealtimePreview20241217,
    /// `gpt-4o-realtime-preview-2025-06-03`
    Gpt4oRealtimePreview20250603,
    /// `gpt-4o-mini-realtime-preview`
    Gpt4oMiniRealtimePreview,
    /// `gpt-4o-mini-realtime-preview-2024-12-17`
    Gpt4oMiniRealtimePreview20241217,
    /// `gpt-realtime-mini`
    GptRealtimeMini,
    /// `gpt-realtime-mini-2025-10-06`
    GptRealtimeMini20251006,
    /// `gpt-realtime-mini-2025-12-15`
    GptRealtimeMini20251215,
    /// `gpt-audio-1.5`
    GptAudio15,
    /// `gpt-audio-mini`
    GptAudioMini,
    /// `gpt-audio-mini-2025-10-06`
    GptAudioMini20251006,
    /// `gpt-audio-mini-2025-12-15`
    GptAudioMini20251215,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl RealtimeSessionModel {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::GptRealtime => "gpt-realtime",
            Self::GptRealtime15 => "gpt-realtime-1.5",
            Self::GptRealtime20250828 => "gpt-realtime-2025-08-28",
            Self::Gpt4oRealtimePreview => "gpt-4o-realtime-preview",
            Self::Gpt4oRealtimePreview20241001 => "gpt-4o-realtime-preview-2024-10-01",
            Self::Gpt4oRealtimePreview20241217 => "gpt-4o-realtime-preview-2024-12-17",
            Self::Gpt4oRealtimePreview20250603 => "gpt-4o-realtime-preview-2025-06-03",
            Self::Gpt4oMiniRealtimePreview => "gpt-4o-mini-realtime-preview",
            Self::Gpt4oMiniRealtimePreview20241217 => {
                "gpt-4o-mini-realtime-preview-2024-12-17"
            }
            Self::GptRealtimeMini => "gpt-realtime-mini",
            Self::GptRealtimeMini20251006 => "gpt-realtime-mini-2025-10-06",
            Self::GptRealtimeMini20251215 => "gpt-realtime-mini-2025-12-15",
            Self::GptAudio15 => "gpt-audio-1.5",
            Self::GptAudioMini => "gpt-audio-mini",
            Self::GptAudioMini20251006 => "gpt-audio-mini-2025-10-06",
            Self::GptAudioMini20251215 => "gpt-audio-mini-2025-12-15",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "gpt-realtime" => Self::GptRealtime,
            "gpt-realtime-1.5" => Self::GptRealtime15,
            "gpt-realtime-2025-08-28" => Self::GptRealtime20250828,
            "gpt-4o-realtime-preview" => Self::Gpt4oRealtimePreview,
            "gpt-4o-realtime-preview-2024-10-01" => Self::Gpt4oRealtimePreview20241001,
            "gpt-4o-realtime-preview-2024-12-17" => Self::Gpt4oRealtimePreview20241217,
            "gpt-4o-realtime-preview-2025-06-03" => Self::Gpt4oRealtimePreview20250603,
            "gpt-4o-mini-realtime-preview" => Self::Gpt4oMiniRealtimePreview,
            "gpt-4o-mini-realtime-preview-2024-12-17" => {
                Self::Gpt4oMiniRealtimePreview20241217
            }
            "gpt-realtime-mini" => Self::GptRealtimeMini,
            "gpt-realtime-mini-2025-10-06" => Self::GptRealtimeMini20251006,
            "gpt-realtime-mini-2025-12-15" => Self::GptRealtimeMini20251215,
            "gpt-audio-1.5" => Self::GptAudio15,
            "gpt-audio-mini" => Self::GptAudioMini,
            "gpt-audio-mini-2025-10-06" => Self::GptAudioMini20251006,
            "gpt-audio-mini-2025-12-15" => Self::GptAudioMini20251215,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for RealtimeSessionModel {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for RealtimeSessionModel {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for RealtimeSessionModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RealtimeSessionModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RealtimeSessionModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for RealtimeSessionModel {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Configuration for input audio noise reduction. This can be set to `null` to turn off.
/// Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
/// Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeSessionInputAudioNoiseReduction {
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<NoiseReductionType>,
}
impl sdk_runtime_types::de::Object for RealtimeSessionInputAudioNoiseReduction {
    const NAME: &'static str = "RealtimeSessionInputAudioNoiseReduction";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<NoiseReductionType> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { type_ })
    }
}
impl<'de> Deserialize<'de> for RealtimeSessionInputAudioNoiseReduction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeSessionInputAudioNoiseReduction {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: None }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<NoiseReductionType>) -> Self {
        self.type_ = Some(value.into());
        self
    }
}
/// Configuration options for tracing. Set to null to disable tracing. Once
/// tracing is enabled for a session, the configuration cannot be modified.
///
/// `auto` will create a trace for the session with default values for the
/// workflow name, group id, and metadata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum RealtimeSessionTracing {
    TracingConfiguration(RealtimeSessionTracingTracingConfiguration),
    AutoLiteral(AutoLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<RealtimeSessionTracingTracingConfiguration> for RealtimeSessionTracing {
    fn from(value: RealtimeSessionTracingTracingConfiguration) -> Self {
        Self::TracingConfiguration(value)
    }
}
impl From<AutoLiteral> for RealtimeSessionTracing {
    fn from(value: AutoLiteral) -> Self {
        Self::AutoLiteral(value)
    }
}
/// Granular configuration for tracing.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeSessionTracingTracingConfiguration {
    /// The name of the workflow to attach to this trace. This is used to
    /// name the trace in the traces dashboard.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workflow_name: Option<String>,
    /// The group id to attach to this trace to enable filtering and
    /// grouping in the traces dashboard.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// The arbitrary metadata to attach to this trace to enable
    /// filtering in the traces dashboard.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
}
impl sdk_runtime_types::de::Object for RealtimeSessionTracingTracingConfiguration {
    const NAME: &'static str = "RealtimeSessionTracingTracingConfiguration";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut workflow_name: Option<String> = None;
        let mut group_id: Option<String> = None;
        let mut metadata: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "workflow_name" => 0,
                    "group_id" => 1,
                    "metadata" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut workflow_name),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut group_id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            workflow_name,
            group_id,
            metadata,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeSessionTracingTracingConfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeSessionTracingTracingConfiguration {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            workflow_name: None,
            group_id: None,
            metadata: None,
        }
    }
    /// Sets `workflow_name`.
    pub fn workflow_name(mut self, value: impl Into<String>) -> Self {
        self.workflow_name = Some(value.into());
        self
    }
    /// Sets `group_id`.
    pub fn group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
/// Maximum number of output tokens for a single assistant response,
/// inclusive of tool calls. Provide an integer between 1 and 4096 to
/// limit output tokens, or `inf` for the maximum available tokens for a
/// given model. Defaults to `inf`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum RealtimeSessionMaxResponseOutputTokens {
    Integer(i64),
    InfLiteral(InfLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<i64> for RealtimeSessionMaxResponseOutputTokens {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}
impl From<InfLiteral> for RealtimeSessionMaxResponseOutputTokens {
    fn from(value: InfLiteral) -> Self {
        Self::InfLiteral(value)
    }
}
/// Returned when a session is updated with a `session.update` event, unless
/// there is an error.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventSessionUpdated {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `session.updated`.
    #[serde(rename = "type")]
    pub type_: SessionUpdatedLiteral,
    pub session: RealtimeSession,
}
impl sdk_runtime_types::de::Object for RealtimeBetaServerEventSessionUpdated {
    const NAME: &'static str = "RealtimeBetaServerEventSessionUpdated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<SessionUpdatedLiteral> = None;
        let mut session: Option<RealtimeSession> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "session" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut session),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            session: session.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventSessionUpdated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventSessionUpdated {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        session: impl Into<RealtimeSession>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            session: session.into(),
        }
    }
}
/// Returned when a transcription session is created.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventTranscriptionSessionCreated {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `transcription_session.created`.
    #[serde(rename = "type")]
    pub type_: TranscriptionSessionCreatedLiteral,
    pub session: RealtimeTranscriptionSessionCreateResponse,
}
impl sdk_runtime_types::de::Object
for RealtimeBetaServerEventTranscriptionSessionCreated {
    const NAME: &'static str = "RealtimeBetaServerEventTranscriptionSessionCreated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<TranscriptionSessionCreatedLiteral> = None;
        let mut session: Option<RealtimeTranscriptionSessionCreateResponse> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "session" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut session),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            session: session.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventTranscriptionSessionCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventTranscriptionSessionCreated {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        session: impl Into<RealtimeTranscriptionSessionCreateResponse>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            session: session.into(),
        }
    }
}
/// Returned when a transcription session is updated with a `transcription_session.update` event, unless
/// there is an error.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeBetaServerEventTranscriptionSessionUpdated {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `transcription_session.updated`.
    #[serde(rename = "type")]
    pub type_: TranscriptionSessionUpdatedLiteral,
    pub session: RealtimeTranscriptionSessionCreateResponse,
}
impl sdk_runtime_types::de::Object
for RealtimeBetaServerEventTranscriptionSessionUpdated {
    const NAME: &'static str = "RealtimeBetaServerEventTranscriptionSessionUpdated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<TranscriptionSessionUpdatedLiteral> = None;
        let mut session: Option<RealtimeTranscriptionSessionCreateResponse> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "session" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut session),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            session: session.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeBetaServerEventTranscriptionSessionUpdated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeBetaServerEventTranscriptionSessionUpdated {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        session: impl Into<RealtimeTranscriptionSessionCreateResponse>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            session: session.into(),
        }
    }
}
/// A realtime client event.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeClientEvent {
    /// `conversation.item.create`
    ConversationItemCreate(Box<RealtimeClientEventConversationItemCreate>),
    /// `conversation.item.delete`
    ConversationItemDelete(RealtimeClientEventConversationItemDelete),
    /// `conversation.item.retrieve`
    ConversationItemRetrieve(RealtimeClientEventConversationItemRetrieve),
    /// `conversation.item.truncate`
    ConversationItemTruncate(RealtimeClientEventConversationItemTruncate),
    /// `input_audio_buffer.append`
    InputAudioBufferAppend(RealtimeClientEventInputAudioBufferAppend),
    /// `input_audio_buffer.clear`
    InputAudioBufferClear(RealtimeClientEventInputAudioBufferClear),
    /// `output_audio_buffer.clear`
    OutputAudioBufferClear(RealtimeClientEventOutputAudioBufferClear),
    /// `input_audio_buffer.commit`
    InputAudioBufferCommit(RealtimeClientEventInputAudioBufferCommit),
    /// `response.cancel`
    ResponseCancel(RealtimeClientEventResponseCancel),
    /// `response.create`
    ResponseCreate(Box<RealtimeClientEventResponseCreate>),
    /// `session.update`
    SessionUpdate(Box<RealtimeClientEventSessionUpdate>),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for RealtimeClientEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ConversationItemCreate(value) => value.serialize(serializer),
            Self::ConversationItemDelete(value) => value.serialize(serializer),
            Self::ConversationItemRetrieve(value) => value.serialize(serializer),
            Self::ConversationItemTruncate(value) => value.serialize(serializer),
            Self::InputAudioBufferAppend(value) => value.serialize(serializer),
            Self::InputAudioBufferClear(value) => value.serialize(serializer),
            Self::OutputAudioBufferClear(value) => value.serialize(serializer),
            Self::InputAudioBufferCommit(value) => value.serialize(serializer),
            Self::ResponseCancel(value) => value.serialize(serializer),
            Self::ResponseCreate(value) => value.serialize(serializer),
            Self::SessionUpdate(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for RealtimeClientEvent {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "conversation.item.create" => {
                    Deserialize::deserialize(content).map(Self::ConversationItemCreate)
                }
                "conversation.item.delete" => {
                    Deserialize::deserialize(content).map(Self::ConversationItemDelete)
                }
                "conversation.item.retrieve" => {
                    Deserialize::deserialize(content).map(Self::ConversationItemRetrieve)
                }
                "conversation.item.truncate" => {
                    Deserialize::deserialize(content).map(Self::ConversationItemTruncate)
                }
                "input_audio_buffer.append" => {
                    Deserialize::deserialize(content).map(Self::InputAudioBufferAppend)
                }
                "input_audio_buffer.clear" => {
                    Deserialize::deserialize(content).map(Self::InputAudioBufferClear)
                }
                "output_audio_buffer.clear" => {
                    Deserialize::deserialize(content).map(Self::OutputAudioBufferClear)
                }
                "input_audio_buffer.commit" => {
                    Deserialize::deserialize(content).map(Self::InputAudioBufferCommit)
                }
                "response.cancel" => {
                    Deserialize::deserialize(content).map(Self::ResponseCancel)
                }
                "response.create" => {
                    Deserialize::deserialize(content).map(Self::ResponseCreate)
                }
                "session.update" => {
                    Deserialize::deserialize(content).map(Self::SessionUpdate)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for RealtimeClientEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<RealtimeClientEventConversationItemCreate> for RealtimeClientEvent {
    fn from(value: RealtimeClientEventConversationItemCreate) -> Self {
        Self::ConversationItemCreate(Box::new(value))
    }
}
impl From<RealtimeClientEventConversationItemDelete> for RealtimeClientEvent {
    fn from(value: RealtimeClientEventConversationItemDelete) -> Self {
        Self::ConversationItemDelete(value)
    }
}
impl From<RealtimeClientEventConversationItemRetrieve> for RealtimeClientEvent {
    fn from(value: RealtimeClientEventConversationItemRetrieve) -> Self {
        Self::ConversationItemRetrieve(value)
    }
}
impl From<RealtimeClientEventConversationItemTruncate> for RealtimeClientEvent {
    fn from(value: RealtimeClientEventConversationItemTruncate) -> Self {
        Self::ConversationItemTruncate(value)
    }
}
impl From<RealtimeClientEventInputAudioBufferAppend> for RealtimeClientEvent {
    fn from(value: RealtimeClientEventInputAudioBufferAppend) -> Self {
        Self::InputAudioBufferAppend(value)
    }
}
impl From<RealtimeClientEventInputAudioBufferClear> for RealtimeClientEvent {
    fn from(value: RealtimeClientEventInputAudioBufferClear) -> Self {
        Self::InputAudioBufferClear(value)
    }
}
impl From<RealtimeClientEventOutputAudioBufferClear> for RealtimeClientEvent {
    fn from(value: RealtimeClientEventOutputAudioBufferClear) -> Self {
        Self::OutputAudioBufferClear(value)
    }
}
impl From<RealtimeClientEventInputAudioBufferCommit> for RealtimeClientEvent {
    fn from(value: RealtimeClientEventInputAudioBufferCommit) -> Self {
        Self::InputAudioBufferCommit(value)
    }
}
impl From<RealtimeClientEventResponseCancel> for RealtimeClientEvent {
    fn from(value: RealtimeClientEventResponseCancel) -> Self {
        Self::ResponseCancel(value)
    }
}
impl From<RealtimeClientEventResponseCreate> for RealtimeClientEvent {
    fn from(value: RealtimeClientEventResponseCreate) -> Self {
        Self::ResponseCreate(Box::new(value))
    }
}
impl From<RealtimeClientEventSessionUpdate> for RealtimeClientEvent {
    fn from(value: RealtimeClientEventSessionUpdate) -> Self {
        Self::SessionUpdate(Box::new(value))
    }
}
/// Add a new Item to the Conversation's context, including messages, function
/// calls, and function call responses. This event can be used both to populate a
/// "history" of the conversation and to add new items mid-stream, but has the
/// current limitation that it cannot populate assistant audio messages.
///
/// If successful, the server will respond with a `conversation.item.created`
/// event, otherwise an `error` event will be sent.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RealtimeClientEventConversationItemCreate {
    /// Optional client-generated ID used to identify this event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The event type, must be `conversation.item.create`.
    #[serde(rename = "type")]
    pub type_: ConversationItemCreateLiteral,
    /// The ID of the preceding item after which the new item will be inserted. If not set, the new item will be appended to the end of the conversation.
    ///
    /// If set to `root`, the new item will be added to the beginning of the conversation.
    ///
    /// If set to an existing ID, it allows an item to be inserted mid-conversation. If the ID cannot be found, an error will be returned and the item will not be added.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_item_id: Option<String>,
    pub item: RealtimeConversationItem,
}
impl sdk_runtime_types::de::Object for RealtimeClientEventConversationItemCreate {
    const NAME: &'static str = "RealtimeClientEventConversationItemCreate";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ConversationItemCreateLiteral> = None;
        let mut previous_item_id: Option<String> = None;
        let mut item: Option<RealtimeConversationItem> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "previous_item_id" => 2,
                    "item" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut previous_item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            previous_item_id,
            item: sdk_runtime_types::de::required::<_, A::Error>(item, "item")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeClientEventConversationItemCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeClientEventConversationItemCreate {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(item: impl Into<RealtimeConversationItem>) -> Self {
        Self {
            event_id: None,
            type_: Default::default(),
            previous_item_id: None,
            item: item.into(),
        }
    }
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
    /// Sets `previous_item_id`.
    pub fn previous_item_id(mut self, value: impl Into<String>) -> Self {
        self.previous_item_id = Some(value.into());
        self
    }
}
/// Send this event when you want to remove any item from the conversation
/// history. The server will respond with a `conversation.item.deleted` event,
/// unless the item does not exist in the conversation history, in which case the
/// server will respond with an error.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeClientEventConversationItemDelete {
    /// Optional client-generated ID used to identify this event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The event type, must be `conversation.item.delete`.
    #[serde(rename = "type")]
    pub type_: ConversationItemDeleteLiteral,
    /// The ID of the item to delete.
    pub item_id: String,
}
impl sdk_runtime_types::de::Object for RealtimeClientEventConversationItemDelete {
    const NAME: &'static str = "RealtimeClientEventConversationItemDelete";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ConversationItemDeleteLiteral> = None;
        let mut item_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeClientEventConversationItemDelete {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeClientEventConversationItemDelete {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(item_id: impl Into<String>) -> Self {
        Self {
            event_id: None,
            type_: Default::default(),
            item_id: item_id.into(),
        }
    }
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
}
/// Send this event when you want to retrieve the server's representation of a specific item in the conversation history. This is useful, for example, to inspect user audio after noise cancellation and VAD.
/// The server will respond with a `conversation.item.retrieved` event,
/// unless the item does not exist in the conversation history, in which case the
/// server will respond with an error.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeClientEventConversationItemRetrieve {
    /// Optional client-generated ID used to identify this event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The event type, must be `conversation.item.retrieve`.
    #[serde(rename = "type")]
    pub type_: ConversationItemRetrieveLiteral,
    /// The ID of the item to retrieve.
    pub item_id: String,
}
impl sdk_runtime_types::de::Object for RealtimeClientEventConversationItemRetrieve {
    const NAME: &'static str = "RealtimeClientEventConversationItemRetrieve";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ConversationItemRetrieveLiteral> = None;
        let mut item_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeClientEventConversationItemRetrieve {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeClientEventConversationItemRetrieve {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(item_id: impl Into<String>) -> Self {
        Self {
            event_id: None,
            type_: Default::default(),
            item_id: item_id.into(),
        }
    }
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
}
/// Send this event to truncate a previous assistant message’s audio. The server
/// will produce audio faster than realtime, so this event is useful when the user
/// interrupts to truncate audio that has already been sent to the client but not
/// yet played. This will synchronize the server's understanding of the audio with
/// the client's playback.
///
/// Truncating audio will delete the server-side text transcript to ensure there
/// is not text in the context that hasn't been heard by the user.
///
/// If successful, the server will respond with a `conversation.item.truncated`
/// event.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeClientEventConversationItemTruncate {
    /// Optional client-generated ID used to identify this event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The event type, must be `conversation.item.truncate`.
    #[serde(rename = "type")]
    pub type_: ConversationItemTruncateLiteral,
    /// The ID of the assistant message item to truncate. Only assistant message
    /// items can be truncated.
    pub item_id: String,
    /// The index of the content part to truncate. Set this to `0`.
    pub content_index: i64,
    /// Inclusive duration up to which audio is truncated, in milliseconds. If
    /// the audio_end_ms is greater than the actual audio duration, the server
    /// will respond with an error.
    pub audio_end_ms: i64,
}
impl sdk_runtime_types::de::Object for RealtimeClientEventConversationItemTruncate {
    const NAME: &'static str = "RealtimeClientEventConversationItemTruncate";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ConversationItemTruncateLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut content_index: Option<i64> = None;
        let mut audio_end_ms: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "content_index" => 3,
                    "audio_end_ms" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut audio_end_ms),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            audio_end_ms: audio_end_ms.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeClientEventConversationItemTruncate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeClientEventConversationItemTruncate {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        content_index: impl Into<i64>,
        audio_end_ms: impl Into<i64>,
    ) -> Self {
        Self {
            event_id: None,
            type_: Default::default(),
            item_id: item_id.into(),
            content_index: content_index.into(),
            audio_end_ms: audio_end_ms.into(),
        }
    }
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
}
/// Send this event to append audio bytes to the input audio buffer. The audio
/// buffer is temporary storage you can write to and later commit. A "commit" will create a new
/// user message item in the conversation history from the buffer content and clear the buffer.
/// Input audio transcription (if enabled) will be generated when the buffer is committed.
///
/// If VAD is enabled the audio buffer is used to detect speech and the server will decide
/// when to commit. When Server VAD is disabled, you must commit the audio buffer
/// manually. Input audio noise reduction operates on writes to the audio buffer.
///
/// The client may choose how much audio to place in each event up to a maximum
/// of 15 MiB, for example streaming smaller chunks from the client may allow the
/// VAD to be more responsive. Unlike most other client events, the server will
/// not send a confirmation response to this event.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeClientEventInputAudioBufferAppend {
    /// Optional client-generated ID used to identify this event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The event type, must be `input_audio_buffer.append`.
    #[serde(rename = "type")]
    pub type_: InputAudioBufferAppendLiteral,
    /// Base64-encoded audio bytes. This must be in the format specified by the
    /// `input_audio_format` field in the session configuration.
    pub audio: String,
}
impl sdk_runtime_types::de::Object for RealtimeClientEventInputAudioBufferAppend {
    const NAME: &'static str = "RealtimeClientEventInputAudioBufferAppend";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<InputAudioBufferAppendLiteral> = None;
        let mut audio: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "audio" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut audio),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            audio: audio.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeClientEventInputAudioBufferAppend {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeClientEventInputAudioBufferAppend {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(audio: impl Into<String>) -> Self {
        Self {
            event_id: None,
            type_: Default::default(),
            audio: audio.into(),
        }
    }
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
}
/// Send this event to clear the audio bytes in the buffer. The server will
/// respond with an `input_audio_buffer.cleared` event.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeClientEventInputAudioBufferClear {
    /// Optional client-generated ID used to identify this event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The event type, must be `input_audio_buffer.clear`.
    #[serde(rename = "type")]
    pub type_: InputAudioBufferClearLiteral,
}
impl sdk_runtime_types::de::Object for RealtimeClientEventInputAudioBufferClear {
    const NAME: &'static str = "RealtimeClientEventInputAudioBufferClear";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<InputAudioBufferClearLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeClientEventInputAudioBufferClear {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeClientEventInputAudioBufferClear {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            event_id: None,
            type_: Default::default(),
        }
    }
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
}
/// **WebRTC/SIP Only:** Emit to cut off the current audio response. This will trigger the server to
/// stop generating audio and emit a `output_audio_buffer.cleared` event. This
/// event should be preceded by a `response.cancel` client event to stop the
/// generation of the current response.
/// [Learn more](https://platform.openai.com/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeClientEventOutputAudioBufferClear {
    /// The unique ID of the client event used for error handling.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The event type, must be `output_audio_buffer.clear`.
    #[serde(rename = "type")]
    pub type_: OutputAudioBufferClearLiteral,
}
impl sdk_runtime_types::de::Object for RealtimeClientEventOutputAudioBufferClear {
    const NAME: &'static str = "RealtimeClientEventOutputAudioBufferClear";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<OutputAudioBufferClearLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeClientEventOutputAudioBufferClear {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeClientEventOutputAudioBufferClear {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            event_id: None,
            type_: Default::default(),
        }
    }
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
}
/// Send this event to commit the user input audio buffer, which will create a  new user message item in the conversation. This event will produce an error  if the input audio buffer is empty. When in Server VAD mode, the client does  not need to send this event, the server will commit the audio buffer  automatically.
///
/// Committing the input audio buffer will trigger input audio transcription  (if enabled in session configuration), but it will not create a response  from the model. The server will respond with an `input_audio_buffer.committed` event.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeClientEventInputAudioBufferCommit {
    /// Optional client-generated ID used to identify this event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The event type, must be `input_audio_buffer.commit`.
    #[serde(rename = "type")]
    pub type_: InputAudioBufferCommitLiteral,
}
impl sdk_runtime_types::de::Object for RealtimeClientEventInputAudioBufferCommit {
    const NAME: &'static str = "RealtimeClientEventInputAudioBufferCommit";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<InputAudioBufferCommitLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeClientEventInputAudioBufferCommit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeClientEventInputAudioBufferCommit {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            event_id: None,
            type_: Default::default(),
        }
    }
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
}
/// Send this event to cancel an in-progress response. The server will respond
/// with a `response.done` event with a status of `response.status=cancelled`. If
/// there is no response to cancel, the server will respond with an error. It's safe
/// to call `response.cancel` even if no response is in progress, an error will be
/// returned the session will remain unaffected.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeClientEventResponseCancel {
    /// Optional client-generated ID used to identify this event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The event type, must be `response.cancel`.
    #[serde(rename = "type")]
    pub type_: ResponseCancelLiteral,
    /// A specific response ID to cancel - if not provided, will cancel an
    /// in-progress response in the default conversation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_id: Option<String>,
}
impl sdk_runtime_types::de::Object for RealtimeClientEventResponseCancel {
    const NAME: &'static str = "RealtimeClientEventResponseCancel";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseCancelLiteral> = None;
        let mut response_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut response_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeClientEventResponseCancel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeClientEventResponseCancel {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            event_id: None,
            type_: Default::default(),
            response_id: None,
        }
    }
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
    /// Sets `response_id`.
    pub fn response_id(mut self, value: impl Into<String>) -> Self {
        self.response_id = Some(value.into());
        self
    }
}
/// This event instructs the server to create a Response, which means triggering
/// model inference. When in Server VAD mode, the server will create Responses
/// automatically.
///
/// A Response will include at least one Item, and may have two, in which case
/// the second will be a function call. These Items will be appended to the
/// conversation history by default.
///
/// The server will respond with a `response.created` event, events for Items
/// and content created, and finally a `response.done` event to indicate the
/// Response is complete.
///
/// The `response.create` event includes inference configuration like
/// `instructions` and `tools`. If these are set, they will override the Session's
/// configuration for this Response only.
///
/// Responses can be created out-of-band of the default Conversation, meaning that they can
/// have arbitrary input, and it's possible to disable writing the output to the Conversation.
/// Only one Response can write to the default Conversation at a time, but otherwise multiple
/// Responses can be created in parallel. The `metadata` field is a good way to disambiguate
/// multiple simultaneous Responses.
///
/// Clients can set `conversation` to `none` to create a Response that does not write to the default
/// Conversation. Arbitrary input can be provided with the `input` field, which is an array accepting
/// raw Items and references to existing Items.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeClientEventResponseCreate {
    /// Optional client-generated ID used to identify this event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The event type, must be `response.create`.
    #[serde(rename = "type")]
    pub type_: ResponseCreateLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response: Option<Box<RealtimeResponseCreateParams>>,
}
impl sdk_runtime_types::de::Object for RealtimeClientEventResponseCreate {
    const NAME: &'static str = "RealtimeClientEventResponseCreate";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseCreateLiteral> = None;
        let mut response: Option<Box<RealtimeResponseCreateParams>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut response),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeClientEventResponseCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeClientEventResponseCreate {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            event_id: None,
            type_: Default::default(),
            response: None,
        }
    }
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
    /// Sets `response`.
    pub fn response(mut self, value: impl Into<RealtimeResponseCreateParams>) -> Self {
        self.response = Some(Box::new(value.into()));
        self
    }
}
/// Create a new Realtime response with these parameters
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeResponseCreateParams {
    /// The set of modalities the model used to respond, currently the only possible values are
    /// `[\"audio\"]`, `[\"text\"]`. Audio output always include a text transcript. Setting the
    /// output to mode `text` will disable audio output from the model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_modalities: Option<Vec<ChatCompletionModalitiesItem>>,
    /// The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior.
    /// Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// Configuration for audio input and output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio: Option<RealtimeResponseCreateParamsAudio>,
    /// Tools available to the model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<RealtimeResponseCreateParamsToolsItem>>,
    /// How the model chooses tools. Provide one of the string modes or force a specific
    /// function/MCP tool.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_choice: Option<RealtimeResponseCreateParamsToolChoice>,
    /// Whether the model may call multiple tools in parallel. Only supported by
    /// reasoning Realtime models such as `gpt-realtime-2`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parallel_tool_calls: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reasoning: Option<RealtimeReasoning>,
    /// Maximum number of output tokens for a single assistant response,
    /// inclusive of tool calls. Provide an integer between 1 and 4096 to
    /// limit output tokens, or `inf` for the maximum available tokens for a
    /// given model. Defaults to `inf`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_output_tokens: Option<RealtimeResponseCreateParamsMaxOutputTokens>,
    /// Controls which conversation the response is added to. Currently supports
    /// `auto` and `none`, with `auto` as the default value. The `auto` value
    /// means that the contents of the response will be added to the default
    /// conversation. Set this to `none` to create an out-of-band response which
    /// will not add items to default conversation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversation: Option<RealtimeResponseCreateParamsConversation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt: Option<Prompt>,
    /// Input items to include in the prompt for the model. Using this field
    /// creates a new context for this Response instead of using the default
    /// conversation. An empty array `[]` will clear the context for this Response.
    /// Note that this can include references to items that previously appeared in the session
    /// using their id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<Vec<RealtimeConversationItem>>,
}
impl sdk_runtime_types::de::Object for RealtimeResponseCreateParams {
    const NAME: &'static str = "RealtimeResponseCreateParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut output_modalities: Option<Vec<ChatCompletionModalitiesItem>> = None;
        let mut instructions: Option<String> = None;
        let mut audio: Option<RealtimeResponseCreateParamsAudio> = None;
        let mut tools: Option<Vec<RealtimeResponseCreateParamsToolsItem>> = None;
        let mut tool_choice: Option<RealtimeResponseCreateParamsToolChoice> = None;
        let mut parallel_tool_calls: Option<bool> = None;
        let mut reasoning: Option<RealtimeReasoning> = None;
        let mut max_output_tokens: Option<RealtimeResponseCreateParamsMaxOutputTokens> = None;
        let mut conversation: Option<RealtimeResponseCreateParamsConversation> = None;
        let mut metadata: Option<Metadata> = None;
        let mut prompt: Option<Prompt> = None;
        let mut input: Option<Vec<RealtimeConversationItem>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "output_modalities" => 0,
                    "instructions" => 1,
                    "audio" => 2,
                    "tools" => 3,
                    "tool_choice" => 4,
                    "parallel_tool_calls" => 5,
                    "reasoning" => 6,
                    "max_output_tokens" => 7,
                    "conversation" => 8,
                    "metadata" => 9,
                    "prompt" => 10,
                    "input" => 11,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut output_modalities),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut instructions),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut audio),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut tools),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut tool_choice),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut parallel_tool_calls),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut reasoning),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut max_output_tokens),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut conversation),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut prompt),
                11 => sdk_runtime_types::de::nullable(&mut map, &mut input),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            output_modalities,
            instructions,
            audio,
            tools,
            tool_choice,
            parallel_tool_calls,
            reasoning,
            max_output_tokens,
            conversation,
            metadata,
            prompt,
            input,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeResponseCreateParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeResponseCreateParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            output_modalities: None,
            instructions: None,
            audio: None,
            tools: None,
            tool_choice: None,
            parallel_tool_calls: None,
            reasoning: None,
            max_output_tokens: None,
            conversation: None,
            metadata: None,
            prompt: None,
            input: None,
        }
    }
    /// Sets `output_modalities`.
    pub fn output_modalities(
        mut self,
        value: impl Into<Vec<ChatCompletionModalitiesItem>>,
    ) -> Self {
        self.output_modalities = Some(value.into());
        self
    }
    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }
    /// Sets `audio`.
    pub fn audio(mut self, value: impl Into<RealtimeResponseCreateParamsAudio>) -> Self {
        self.audio = Some(value.into());
        self
    }
    /// Sets `tools`.
    pub fn tools(
        mut self,
        value: impl Into<Vec<RealtimeResponseCreateParamsToolsItem>>,
    ) -> Self {
        self.tools = Some(value.into());
        self
    }
    /// Sets `tool_choice`.
    pub fn tool_choice(
        mut self,
        value: impl Into<RealtimeResponseCreateParamsToolChoice>,
    ) -> Self {
        self.tool_choice = Some(value.into());
        self
    }
    /// Sets `parallel_tool_calls`.
    pub fn parallel_tool_calls(mut self, value: impl Into<bool>) -> Self {
        self.parallel_tool_calls = Some(value.into());
        self
    }
    /// Sets `reasoning`.
    pub fn reasoning(mut self, value: impl Into<RealtimeReasoning>) -> Self {
        self.reasoning = Some(value.into());
        self
    }
    /// Sets `max_output_tokens`.
    pub fn max_output_tokens(
        mut self,
        value: impl Into<RealtimeResponseCreateParamsMaxOutputTokens>,
    ) -> Self {
        self.max_output_tokens = Some(value.into());
        self
    }
    /// Sets `conversation`.
    pub fn conversation(
        mut self,
        value: impl Into<RealtimeResponseCreateParamsConversation>,
    ) -> Self {
        self.conversation = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
    /// Sets `prompt`.
    pub fn prompt(mut self, value: impl Into<Prompt>) -> Self {
        self.prompt = Some(value.into());
        self
    }
    /// Sets `input`.
    pub fn input(mut self, value: impl Into<Vec<RealtimeConversationItem>>) -> Self {
        self.input = Some(value.into());
        self
    }
}
/// Configuration for audio input and output.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeResponseCreateParamsAudio {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<RealtimeResponseCreateParamsAudioOutput>,
}
impl sdk_runtime_types::de::Object for RealtimeResponseCreateParamsAudio {
    const NAME: &'static str = "RealtimeResponseCreateParamsAudio";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut output: Option<RealtimeResponseCreateParamsAudioOutput> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "output" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut output),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { output })
    }
}
impl<'de> Deserialize<'de> for RealtimeResponseCreateParamsAudio {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeResponseCreateParamsAudio {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { output: None }
    }
    /// Sets `output`.
    pub fn output(
        mut self,
        value: impl Into<RealtimeResponseCreateParamsAudioOutput>,
    ) -> Self {
        self.output = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeResponseCreateParamsAudioOutput {
    /// The format of the output audio.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<RealtimeAudioFormats>,
    /// The voice the model uses to respond. Supported built-in voices are
    /// `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`,
    /// `marin`, and `cedar`. You may also provide a custom voice object with
    /// an `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed
    /// during the session once the model has responded with audio at least once.
    /// We recommend `marin` and `cedar` for best quality.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub voice: Option<VoiceIdsOrCustomVoice>,
}
impl sdk_runtime_types::de::Object for RealtimeResponseCreateParamsAudioOutput {
    const NAME: &'static str = "RealtimeResponseCreateParamsAudioOutput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut format: Option<RealtimeAudioFormats> = None;
        let mut voice: Option<VoiceIdsOrCustomVoice> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "format" => 0,
                    "voice" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut format),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut voice),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { format, voice })
    }
}
impl<'de> Deserialize<'de> for RealtimeResponseCreateParamsAudioOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeResponseCreateParamsAudioOutput {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { format: None, voice: None }
    }
    /// Sets `format`.
    pub fn format(mut self, value: impl Into<RealtimeAudioFormats>) -> Self {
        self.format = Some(value.into());
        self
    }
    /// Sets `voice`.
    pub fn voice(mut self, value: impl Into<VoiceIdsOrCustomVoice>) -> Self {
        self.voice = Some(value.into());
        self
    }
}
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeResponseCreateParamsToolsItem {
    /// `function`
    Function(RealtimeFunctionTool),
    /// `mcp`
    Mcp(Box<McpTool>),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for RealtimeResponseCreateParamsToolsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Function(value) => value.serialize(serializer),
            Self::Mcp(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for RealtimeResponseCreateParamsToolsItem {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "function" => Deserialize::deserialize(content).map(Self::Function),
                "mcp" => Deserialize::deserialize(content).map(Self::Mcp),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for RealtimeResponseCreateParamsToolsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<RealtimeFunctionTool> for RealtimeResponseCreateParamsToolsItem {
    fn from(value: RealtimeFunctionTool) -> Self {
        Self::Function(value)
    }
}
impl From<McpTool> for RealtimeResponseCreateParamsToolsItem {
    fn from(value: McpTool) -> Self {
        Self::Mcp(Box::new(value))
    }
}
/// How the model chooses tools. Provide one of the string modes or force a specific
/// function/MCP tool.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum RealtimeResponseCreateParamsToolChoice {
    ToolChoiceMcp(ToolChoiceMcp),
    ToolChoiceFunction(ToolChoiceFunction),
    ToolChoiceOptions(ToolChoiceOptions),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<ToolChoiceMcp> for RealtimeResponseCreateParamsToolChoice {
    fn from(value: ToolChoiceMcp) -> Self {
        Self::ToolChoiceMcp(value)
    }
}
impl From<ToolChoiceFunction> for RealtimeResponseCreateParamsToolChoice {
    fn from(value: ToolChoiceFunction) -> Self {
        Self::ToolChoiceFunction(value)
    }
}
impl From<ToolChoiceOptions> for RealtimeResponseCreateParamsToolChoice {
    fn from(value: ToolChoiceOptions) -> Self {
        Self::ToolChoiceOptions(value)
    }
}
impl From<&str> for RealtimeResponseCreateParamsToolChoice {
    fn from(value: &str) -> Self {
        Self::ToolChoiceOptions(value.into())
    }
}
/// Maximum number of output tokens for a single assistant response,
/// inclusive of tool calls. Provide an integer between 1 and 4096 to
/// limit output tokens, or `inf` for the maximum available tokens for a
/// given model. Defaults to `inf`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum RealtimeResponseCreateParamsMaxOutputTokens {
    Integer(i64),
    InfLiteral(InfLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<i64> for RealtimeResponseCreateParamsMaxOutputTokens {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}
impl From<InfLiteral> for RealtimeResponseCreateParamsMaxOutputTokens {
    fn from(value: InfLiteral) -> Self {
        Self::InfLiteral(value)
    }
}
/// Controls which conversation the response is added to. Currently supports
/// `auto` and `none`, with `auto` as the default value. The `auto` value
/// means that the contents of the response will be added to the default
/// conversation. Set this to `none` to create an out-of-band response which
/// will not add items to default conversation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RealtimeResponseCreateParamsConversation {
    /// `auto`
    Auto,
    /// `none`
    NoneType,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl RealtimeResponseCreateParamsConversation {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::NoneType => "none",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "none" => Self::NoneType,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for RealtimeResponseCreateParamsConversation {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for RealtimeResponseCreateParamsConversation {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for RealtimeResponseCreateParamsConversation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RealtimeResponseCreateParamsConversation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RealtimeResponseCreateParamsConversation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for RealtimeResponseCreateParamsConversation {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Send this event to update the session’s configuration.
/// The client may send this event at any time to update any field
/// except for `voice` and `model`. `voice` can be updated only if there have been no other audio outputs yet.
///
/// When the server receives a `session.update`, it will respond
/// with a `session.updated` event showing the full, effective configuration.
/// Only the fields that are present in the `session.update` are updated. To clear a field like
/// `instructions`, pass an empty string. To clear a field like `tools`, pass an empty array.
/// To clear a field like `turn_detection`, pass `null`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RealtimeClientEventSessionUpdate {
    /// Optional client-generated ID used to identify this event. This is an arbitrary string that a client may assign. It will be passed back if there is an error with the event, but the corresponding `session.updated` event will not include it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The event type, must be `session.update`.
    #[serde(rename = "type")]
    pub type_: SessionUpdateLiteral,
    /// Update the Realtime session. Choose either a realtime
    /// session or a transcription session.
    pub session: RealtimeClientEventSessionUpdateSession,
}
impl sdk_runtime_types::de::Object for RealtimeClientEventSessionUpdate {
    const NAME: &'static str = "RealtimeClientEventSessionUpdate";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<SessionUpdateLiteral> = None;
        let mut session: Option<RealtimeClientEventSessionUpdateSession> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "session" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut session),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            session: sdk_runtime_types::de::required::<_, A::Error>(session, "session")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeClientEventSessionUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeClientEventSessionUpdate {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(session: impl Into<RealtimeClientEventSessionUpdateSession>) -> Self {
        Self {
            event_id: None,
            type_: Default::default(),
            session: session.into(),
        }
    }
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
}
/// Update the Realtime session. Choose either a realtime
/// session or a transcription session.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeClientEventSessionUpdateSession {
    /// `realtime`
    Realtime(Box<RealtimeSessionCreateRequestGa>),
    /// `transcription`
    Transcription(Box<RealtimeTranscriptionSessionCreateRequestGa>),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for RealtimeClientEventSessionUpdateSession {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Realtime(value) => value.serialize(serializer),
            Self::Transcription(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for RealtimeClientEventSessionUpdateSession {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "realtime" => Deserialize::deserialize(content).map(Self::Realtime),
                "transcription" => {
                    Deserialize::deserialize(content).map(Self::Transcription)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for RealtimeClientEventSessionUpdateSession {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<RealtimeSessionCreateRequestGa> for RealtimeClientEventSessionUpdateSession {
    fn from(value: RealtimeSessionCreateRequestGa) -> Self {
        Self::Realtime(Box::new(value))
    }
}
impl From<RealtimeTranscriptionSessionCreateRequestGa>
for RealtimeClientEventSessionUpdateSession {
    fn from(value: RealtimeTranscriptionSessionCreateRequestGa) -> Self {
        Self::Transcription(Box::new(value))
    }
}
/// Send this event to update a transcription session.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeClientEventTranscriptionSessionUpdate {
    /// Optional client-generated ID used to identify this event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The event type, must be `transcription_session.update`.
    #[serde(rename = "type")]
    pub type_: TranscriptionSessionUpdateLiteral,
    pub session: RealtimeTranscriptionSessionCreateRequest,
}
impl sdk_runtime_types::de::Object for RealtimeClientEventTranscriptionSessionUpdate {
    const NAME: &'static str = "RealtimeClientEventTranscriptionSessionUpdate";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<TranscriptionSessionUpdateLiteral> = None;
        let mut session: Option<RealtimeTranscriptionSessionCreateRequest> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "session" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut session),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            session: session.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeClientEventTranscriptionSessionUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeClientEventTranscriptionSessionUpdate {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(session: impl Into<RealtimeTranscriptionSessionCreateRequest>) -> Self {
        Self {
            event_id: None,
            type_: Default::default(),
            session: session.into(),
        }
    }
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
}
/// The item to add to the conversation.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeConversationItemWithReference {
    /// For an item of type (`message` | `function_call` | `function_call_output`)
    /// this field allows the client to assign the unique ID of the item. It is
    /// not required because the server will generate one if not provided.
    ///
    /// For an item of type `item_reference`, this field is required and is a
    /// reference to any item that has previously existed in the conversation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the item (`message`, `function_call`, `function_call_output`, `item_reference`).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<RealtimeConversationItemWithReferenceType>,
    /// Identifier for the API object being returned - always `realtime.item`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<RealtimeItemLiteral>,
    /// The status of the item (`completed`, `incomplete`, `in_progress`). These have no effect
    /// on the conversation, but are accepted for consistency with the
    /// `conversation.item.created` event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<RealtimeConversationItemMessageSystemStatus>,
    /// The role of the message sender (`user`, `assistant`, `system`), only
    /// applicable for `message` items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<RealtimeConversationItemWithReferenceRole>,
    /// The content of the message, applicable for `message` items.
    /// - Message items of role `system` support only `input_text` content
    /// - Message items of role `user` support `input_text` and `input_audio`
    ///   content
    /// - Message items of role `assistant` support `text` content.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<Vec<RealtimeConversationItemWithReferenceContentItem>>,
    /// The ID of the function call (for `function_call` and
    /// `function_call_output` items). If passed on a `function_call_output`
    /// item, the server will check that a `function_call` item with the same
    /// ID exists in the conversation history.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_id: Option<String>,
    /// The name of the function being called (for `function_call` items).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The arguments of the function call (for `function_call` items).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arguments: Option<String>,
    /// The output of the function call (for `function_call_output` items).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
}
impl sdk_runtime_types::de::Object for RealtimeConversationItemWithReference {
    const NAME: &'static str = "RealtimeConversationItemWithReference";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<RealtimeConversationItemWithReferenceType> = None;
        let mut object: Option<RealtimeItemLiteral> = None;
        let mut status: Option<RealtimeConversationItemMessageSystemStatus> = None;
        let mut role: Option<RealtimeConversationItemWithReferenceRole> = None;
        let mut content: Option<Vec<RealtimeConversationItemWithReferenceContentItem>> = None;
        let mut call_id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut arguments: Option<String> = None;
        let mut output: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "object" => 2,
                    "status" => 3,
                    "role" => 4,
                    "content" => 5,
                    "call_id" => 6,
                    "name" => 7,
                    "arguments" => 8,
                    "output" => 9,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut role),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut content),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut call_id),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut arguments),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut output),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            type_,
            object,
            status,
            role,
            content,
            call_id,
            name,
            arguments,
            output,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeConversationItemWithReference {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeConversationItemWithReference {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            id: None,
            type_: None,
            object: None,
            status: None,
            role: None,
            content: None,
            call_id: None,
            name: None,
            arguments: None,
            output: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn type_(
        mut self,
        value: impl Into<RealtimeConversationItemWithReferenceType>,
    ) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<RealtimeItemLiteral>) -> Self {
        self.object = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(
        mut self,
        value: impl Into<RealtimeConversationItemMessageSystemStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `role`.
    pub fn role(
        mut self,
        value: impl Into<RealtimeConversationItemWithReferenceRole>,
    ) -> Self {
        self.role = Some(value.into());
        self
    }
    /// Sets `content`.
    pub fn content(
        mut self,
        value: impl Into<Vec<RealtimeConversationItemWithReferenceContentItem>>,
    ) -> Self {
        self.content = Some(value.into());
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
    /// Sets `arguments`.
    pub fn arguments(mut self, value: impl Into<String>) -> Self {
        self.arguments = Some(value.into());
        self
    }
    /// Sets `output`.
    pub fn output(mut self, value: impl Into<String>) -> Self {
        self.output = Some(value.into());
        self
    }
}
/// The type of the item (`message`, `function_call`, `function_call_output`, `item_reference`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RealtimeConversationItemWithReferenceType {
    /// `message`
    Message,
    /// `function_call`
    FunctionCall,
    /// `function_call_output`
    FunctionCallOutput,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl RealtimeConversationItemWithReferenceType {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Message => "message",
            Self::FunctionCall => "function_call",
            Self::FunctionCallOutput => "function_call_output",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "message" => Self::Message,
            "function_call" => Self::FunctionCall,
            "function_call_output" => Self::FunctionCallOutput,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for RealtimeConversationItemWithReferenceType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for RealtimeConversationItemWithReferenceType {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for RealtimeConversationItemWithReferenceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RealtimeConversationItemWithReferenceType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RealtimeConversationItemWithReferenceType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for RealtimeConversationItemWithReferenceType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// The role of the message sender (`user`, `assistant`, `system`), only
/// applicable for `message` items.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RealtimeConversationItemWithReferenceRole {
    /// `user`
    User,
    /// `assistant`
    Assistant,
    /// `system`
    System,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl RealtimeConversationItemWithReferenceRole {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Assistant => "assistant",
            Self::System => "system",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "assistant" => Self::Assistant,
            "system" => Self::System,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for RealtimeConversationItemWithReferenceRole {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for RealtimeConversationItemWithReferenceRole {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for RealtimeConversationItemWithReferenceRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RealtimeConversationItemWithReferenceRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RealtimeConversationItemWithReferenceRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for RealtimeConversationItemWithReferenceRole {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeConversationItemWithReferenceContentItem {
    /// The content type (`input_text`, `input_audio`, `item_reference`, `text`).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<RealtimeConversationItemWithReferenceContentItemType>,
    /// The text content, used for `input_text` and `text` content types.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// ID of a previous conversation item to reference (for `item_reference`
    /// content types in `response.create` events). These can reference both
    /// client and server created items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Base64-encoded audio bytes, used for `input_audio` content type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio: Option<String>,
    /// The transcript of the audio, used for `input_audio` content type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transcript: Option<String>,
}
impl sdk_runtime_types::de::Object for RealtimeConversationItemWithReferenceContentItem {
    const NAME: &'static str = "RealtimeConversationItemWithReferenceContentItem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<RealtimeConversationItemWithReferenceContentItemType> = None;
        let mut text: Option<String> = None;
        let mut id: Option<String> = None;
        let mut audio: Option<String> = None;
        let mut transcript: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "text" => 1,
                    "id" => 2,
                    "audio" => 3,
                    "transcript" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut text),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut audio),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut transcript),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_,
            text,
            id,
            audio,
            transcript,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeConversationItemWithReferenceContentItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeConversationItemWithReferenceContentItem {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: None,
            text: None,
            id: None,
            audio: None,
            transcript: None,
        }
    }
    /// Sets `type`.
    pub fn type_(
        mut self,
        value: impl Into<RealtimeConversationItemWithReferenceContentItemType>,
    ) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `audio`.
    pub fn audio(mut self, value: impl Into<String>) -> Self {
        self.audio = Some(value.into());
        self
    }
    /// Sets `transcript`.
    pub fn transcript(mut self, value: impl Into<String>) -> Self {
        self.transcript = Some(value.into());
        self
    }
}
/// The content type (`input_text`, `input_audio`, `item_reference`, `text`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RealtimeConversationItemWithReferenceContentItemType {
    /// `input_audio`
    InputAudio,
    /// `input_text`
    InputText,
    /// `item_reference`
    ItemReference,
    /// `text`
    Text,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl RealtimeConversationItemWithReferenceContentItemType {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::InputAudio => "input_audio",
            Self::InputText => "input_text",
            Self::ItemReference => "item_reference",
            Self::Text => "text",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "input_audio" => Self::InputAudio,
            "input_text" => Self::InputText,
            "item_reference" => Self::ItemReference,
            "text" => Self::Text,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for RealtimeConversationItemWithReferenceContentItemType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for RealtimeConversationItemWithReferenceContentItemType {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for RealtimeConversationItemWithReferenceContentItemType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RealtimeConversationItemWithReferenceContentItemType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RealtimeConversationItemWithReferenceContentItemType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for RealtimeConversationItemWithReferenceContentItemType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// The response resource.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeResponse {
    /// The unique ID of the response, will look like `resp_1234`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The object type, must be `realtime.response`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<RealtimeResponseLiteral>,
    /// The final status of the response (`completed`, `cancelled`, `failed`, or
    /// `incomplete`, `in_progress`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<RealtimeBetaResponseStatus>,
    /// Additional details about the status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_details: Option<RealtimeResponseStatusDetails>,
    /// The list of output items generated by the response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<Vec<RealtimeConversationItem>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    /// Configuration for audio output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio: Option<RealtimeResponseAudio>,
    /// Usage statistics for the Response, this will correspond to billing. A
    /// Realtime API session will maintain a conversation context and append new
    /// Items to the Conversation, thus output from previous turns (text and
    /// audio tokens) will become the input for later turns.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usage: Option<RealtimeResponseUsage>,
    /// Which conversation the response is added to, determined by the `conversation`
    /// field in the `response.create` event. If `auto`, the response will be added to
    /// the default conversation and the value of `conversation_id` will be an id like
    /// `conv_1234`. If `none`, the response will not be added to any conversation and
    /// the value of `conversation_id` will be `null`. If responses are being triggered
    /// automatically by VAD the response will be added to the default conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversation_id: Option<String>,
    /// The set of modalities the model used to respond, currently the only possible values are
    /// `[\"audio\"]`, `[\"text\"]`. Audio output always include a text transcript. Setting the
    /// output to mode `text` will disable audio output from the model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_modalities: Option<Vec<ChatCompletionModalitiesItem>>,
    /// Maximum number of output tokens for a single assistant response,
    /// inclusive of tool calls, that was used in this response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_output_tokens: Option<RealtimeResponseMaxOutputTokens>,
}
impl sdk_runtime_types::de::Object for RealtimeResponse {
    const NAME: &'static str = "RealtimeResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<RealtimeResponseLiteral> = None;
        let mut status: Option<RealtimeBetaResponseStatus> = None;
        let mut status_details: Option<RealtimeResponseStatusDetails> = None;
        let mut output: Option<Vec<RealtimeConversationItem>> = None;
        let mut metadata: Option<Metadata> = None;
        let mut audio: Option<RealtimeResponseAudio> = None;
        let mut usage: Option<RealtimeResponseUsage> = None;
        let mut conversation_id: Option<String> = None;
        let mut output_modalities: Option<Vec<ChatCompletionModalitiesItem>> = None;
        let mut max_output_tokens: Option<RealtimeResponseMaxOutputTokens> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "status" => 2,
                    "status_details" => 3,
                    "output" => 4,
                    "metadata" => 5,
                    "audio" => 6,
                    "usage" => 7,
                    "conversation_id" => 8,
                    "output_modalities" => 9,
                    "max_output_tokens" => 10,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut status_details),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut output),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut audio),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut usage),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut conversation_id),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut output_modalities),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut max_output_tokens),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            object,
            status,
            status_details,
            output,
            metadata,
            audio,
            usage,
            conversation_id,
            output_modalities,
            max_output_tokens,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeResponse {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            id: None,
            object: None,
            status: None,
            status_details: None,
            output: None,
            metadata: None,
            audio: None,
            usage: None,
            conversation_id: None,
            output_modalities: None,
            max_output_tokens: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<RealtimeResponseLiteral>) -> Self {
        self.object = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<RealtimeBetaResponseStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `status_details`.
    pub fn status_details(
        mut self,
        value: impl Into<RealtimeResponseStatusDetails>,
    ) -> Self {
        self.status_details = Some(value.into());
        self
    }
    /// Sets `output`.
    pub fn output(mut self, value: impl Into<Vec<RealtimeConversationItem>>) -> Self {
        self.output = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
    /// Sets `audio`.
    pub fn audio(mut self, value: impl Into<RealtimeResponseAudio>) -> Self {
        self.audio = Some(value.into());
        self
    }
    /// Sets `usage`.
    pub fn usage(mut self, value: impl Into<RealtimeResponseUsage>) -> Self {
        self.usage = Some(value.into());
        self
    }
    /// Sets `conversation_id`.
    pub fn conversation_id(mut self, value: impl Into<String>) -> Self {
        self.conversation_id = Some(value.into());
        self
    }
    /// Sets `output_modalities`.
    pub fn output_modalities(
        mut self,
        value: impl Into<Vec<ChatCompletionModalitiesItem>>,
    ) -> Self {
        self.output_modalities = Some(value.into());
        self
    }
    /// Sets `max_output_tokens`.
    pub fn max_output_tokens(
        mut self,
        value: impl Into<RealtimeResponseMaxOutputTokens>,
    ) -> Self {
        self.max_output_tokens = Some(value.into());
        self
    }
}
/// Additional details about the status.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeResponseStatusDetails {
    /// The type of error that caused the response to fail, corresponding
    /// with the `status` field (`completed`, `cancelled`, `incomplete`,
    /// `failed`).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<RealtimeBetaResponseStatusDetailsType>,
    /// The reason the Response did not complete. For a `cancelled` Response,  one of `turn_detected` (the server VAD detected a new start of speech)  or `client_cancelled` (the client sent a cancel event). For an  `incomplete` Response, one of `max_output_tokens` or `content_filter`  (the server-side safety filter activated and cut off the response).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<RealtimeBetaResponseStatusDetailsReason>,
    /// A description of the error that caused the response to fail,
    /// populated when the `status` is `failed`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<RealtimeResponseStatusDetailsErrorType>,
}
impl sdk_runtime_types::de::Object for RealtimeResponseStatusDetails {
    const NAME: &'static str = "RealtimeResponseStatusDetails";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<RealtimeBetaResponseStatusDetailsType> = None;
        let mut reason: Option<RealtimeBetaResponseStatusDetailsReason> = None;
        let mut error: Option<RealtimeResponseStatusDetailsErrorType> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "reason" => 1,
                    "error" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut reason),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut error),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { type_, reason, error })
    }
}
impl<'de> Deserialize<'de> for RealtimeResponseStatusDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeResponseStatusDetails {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: None,
            reason: None,
            error: None,
        }
    }
    /// Sets `type`.
    pub fn type_(
        mut self,
        value: impl Into<RealtimeBetaResponseStatusDetailsType>,
    ) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `reason`.
    pub fn reason(
        mut self,
        value: impl Into<RealtimeBetaResponseStatusDetailsReason>,
    ) -> Self {
        self.reason = Some(value.into());
        self
    }
    /// Sets `error`.
    pub fn error(
        mut self,
        value: impl Into<RealtimeResponseStatusDetailsErrorType>,
    ) -> Self {
        self.error = Some(value.into());
        self
    }
}
/// A description of the error that caused the response to fail,
/// populated when the `status` is `failed`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeResponseStatusDetailsErrorType {
    /// The type of error.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Error code, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}
impl sdk_runtime_types::de::Object for RealtimeResponseStatusDetailsErrorType {
    const NAME: &'static str = "RealtimeResponseStatusDetailsErrorType";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<String> = None;
        let mut code: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "code" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut code),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { type_, code })
    }
}
impl<'de> Deserialize<'de> for RealtimeResponseStatusDetailsErrorType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeResponseStatusDetailsErrorType {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: None, code: None }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `code`.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
}
/// Configuration for audio output.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeResponseAudio {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<RealtimeResponseAudioOutput>,
}
impl sdk_runtime_types::de::Object for RealtimeResponseAudio {
    const NAME: &'static str = "RealtimeResponseAudio";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut output: Option<RealtimeResponseAudioOutput> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "output" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut output),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { output })
    }
}
impl<'de> Deserialize<'de> for RealtimeResponseAudio {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeResponseAudio {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { output: None }
    }
    /// Sets `output`.
    pub fn output(mut self, value: impl Into<RealtimeResponseAudioOutput>) -> Self {
        self.output = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeResponseAudioOutput {
    /// The format of the output audio.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<RealtimeAudioFormats>,
    /// The voice the model uses to respond. Voice cannot be changed during the
    /// session once the model has responded with audio at least once. Current
    /// voice options are `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`,
    /// `shimmer`, `verse`, `marin`, and `cedar`. We recommend `marin` and `cedar` for
    /// best quality.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub voice: Option<VoiceIdsShared>,
}
impl sdk_runtime_types::de::Object for RealtimeResponseAudioOutput {
    const NAME: &'static str = "RealtimeResponseAudioOutput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut format: Option<RealtimeAudioFormats> = None;
        let mut voice: Option<VoiceIdsShared> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "format" => 0,
                    "voice" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut format),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut voice),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { format, voice })
    }
}
impl<'de> Deserialize<'de> for RealtimeResponseAudioOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeResponseAudioOutput {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { format: None, voice: None }
    }
    /// Sets `format`.
    pub fn format(mut self, value: impl Into<RealtimeAudioFormats>) -> Self {
        self.format = Some(value.into());
        self
    }
    /// Sets `voice`.
    pub fn voice(mut self, value: impl Into<VoiceIdsShared>) -> Self {
        self.voice = Some(value.into());
        self
    }
}
/// Usage statistics for the Response, this will correspond to billing. A
/// Realtime API session will maintain a conversation context and append new
/// Items to the Conversation, thus output from previous turns (text and
/// audio tokens) will become the input for later turns.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeResponseUsage {
    /// The total number of tokens in the Response including input and output
    /// text and audio tokens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total_tokens: Option<i64>,
    /// The number of input tokens used in the Response, including text and
    /// audio tokens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_tokens: Option<i64>,
    /// The number of output tokens sent in the Response, including text and
    /// audio tokens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_tokens: Option<i64>,
    /// Details about the input tokens used in the Response. Cached tokens are tokens from previous turns in the conversation that are included as context for the current response. Cached tokens here are counted as a subset of input tokens, meaning input tokens will include cached and uncached tokens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_token_details: Option<RealtimeResponseUsageInputTokenDetails>,
    /// Details about the output tokens used in the Response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_token_details: Option<RealtimeResponseUsageOutputTokenDetails>,
}
impl sdk_runtime_types::de::Object for RealtimeResponseUsage {
    const NAME: &'static str = "RealtimeResponseUsage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut total_tokens: Option<i64> = None;
        let mut input_tokens: Option<i64> = None;
        let mut output_tokens: Option<i64> = None;
        let mut input_token_details: Option<RealtimeResponseUsageInputTokenDetails> = None;
        let mut output_token_details: Option<RealtimeResponseUsageOutputTokenDetails> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "total_tokens" => 0,
                    "input_tokens" => 1,
                    "output_tokens" => 2,
                    "input_token_details" => 3,
                    "output_token_details" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut total_tokens),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut input_tokens),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut output_tokens),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut input_token_details),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut output_token_details),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            total_tokens,
            input_tokens,
            output_tokens,
            input_token_details,
            output_token_details,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeResponseUsage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeResponseUsage {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            total_tokens: None,
            input_tokens: None,
            output_tokens: None,
            input_token_details: None,
            output_token_details: None,
        }
    }
    /// Sets `total_tokens`.
    pub fn total_tokens(mut self, value: impl Into<i64>) -> Self {
        self.total_tokens = Some(value.into());
        self
    }
    /// Sets `input_tokens`.
    pub fn input_tokens(mut self, value: impl Into<i64>) -> Self {
        self.input_tokens = Some(value.into());
        self
    }
    /// Sets `output_tokens`.
    pub fn output_tokens(mut self, value: impl Into<i64>) -> Self {
        self.output_tokens = Some(value.into());
        self
    }
    /// Sets `input_token_details`.
    pub fn input_token_details(
        mut self,
        value: impl Into<RealtimeResponseUsageInputTokenDetails>,
    ) -> Self {
        self.input_token_details = Some(value.into());
        self
    }
    /// Sets `output_token_details`.
    pub fn output_token_details(
        mut self,
        value: impl Into<RealtimeResponseUsageOutputTokenDetails>,
    ) -> Self {
        self.output_token_details = Some(value.into());
        self
    }
}
/// Details about the input tokens used in the Response. Cached tokens are tokens from previous turns in the conversation that are included as context for the current response. Cached tokens here are counted as a subset of input tokens, meaning input tokens will include cached and uncached tokens.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeResponseUsageInputTokenDetails {
    /// The number of cached tokens used as input for the Response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cached_tokens: Option<i64>,
    /// The number of text tokens used as input for the Response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text_tokens: Option<i64>,
    /// The number of image tokens used as input for the Response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_tokens: Option<i64>,
    /// The number of audio tokens used as input for the Response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio_tokens: Option<i64>,
    /// Details about the cached tokens used as input for the Response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cached_tokens_details: Option<
        RealtimeResponseUsageInputTokenDetailsCachedTokensDetails,
    >,
}
impl sdk_runtime_types::de::Object for RealtimeResponseUsageInputTokenDetails {
    const NAME: &'static str = "RealtimeResponseUsageInputTokenDetails";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut cached_tokens: Option<i64> = None;
        let mut text_tokens: Option<i64> = None;
        let mut image_tokens: Option<i64> = None;
        let mut audio_tokens: Option<i64> = None;
        let mut cached_tokens_details: Option<
            RealtimeResponseUsageInputTokenDetailsCachedTokensDetails,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "cached_tokens" => 0,
                    "text_tokens" => 1,
                    "image_tokens" => 2,
                    "audio_tokens" => 3,
                    "cached_tokens_details" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut cached_tokens),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut text_tokens),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut image_tokens),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut audio_tokens),
                4 => {
                    sdk_runtime_types::de::nullable(&mut map, &mut cached_tokens_details)
                }
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            cached_tokens,
            text_tokens,
            image_tokens,
            audio_tokens,
            cached_tokens_details,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeResponseUsageInputTokenDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeResponseUsageInputTokenDetails {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            cached_tokens: None,
            text_tokens: None,
            image_tokens: None,
            audio_tokens: None,
            cached_tokens_details: None,
        }
    }
    /// Sets `cached_tokens`.
    pub fn cached_tokens(mut self, value: impl Into<i64>) -> Self {
        self.cached_tokens = Some(value.into());
        self
    }
    /// Sets `text_tokens`.
    pub fn text_tokens(mut self, value: impl Into<i64>) -> Self {
        self.text_tokens = Some(value.into());
        self
    }
    /// Sets `image_tokens`.
    pub fn image_tokens(mut self, value: impl Into<i64>) -> Self {
        self.image_tokens = Some(value.into());
        self
    }
    /// Sets `audio_tokens`.
    pub fn audio_tokens(mut self, value: impl Into<i64>) -> Self {
        self.audio_tokens = Some(value.into());
        self
    }
    /// Sets `cached_tokens_details`.
    pub fn cached_tokens_details(
        mut self,
        value: impl Into<RealtimeResponseUsageInputTokenDetailsCachedTokensDetails>,
    ) -> Self {
        self.cached_tokens_details = Some(value.into());
        self
    }
}
/// Details about the cached tokens used as input for the Response.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeResponseUsageInputTokenDetailsCachedTokensDetails {
    /// The number of cached text tokens used as input for the Response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text_tokens: Option<i64>,
    /// The number of cached image tokens used as input for the Response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_tokens: Option<i64>,
    /// The number of cached audio tokens used as input for the Response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio_tokens: Option<i64>,
}
impl sdk_runtime_types::de::Object
for RealtimeResponseUsageInputTokenDetailsCachedTokensDetails {
    const NAME: &'static str = "RealtimeResponseUsageInputTokenDetailsCachedTokensDetails";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut text_tokens: Option<i64> = None;
        let mut image_tokens: Option<i64> = None;
        let mut audio_tokens: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "text_tokens" => 0,
                    "image_tokens" => 1,
                    "audio_tokens" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut text_tokens),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut image_tokens),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut audio_tokens),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            text_tokens,
            image_tokens,
            audio_tokens,
        })
    }
}
impl<'de> Deserialize<'de>
for RealtimeResponseUsageInputTokenDetailsCachedTokensDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeResponseUsageInputTokenDetailsCachedTokensDetails {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            text_tokens: None,
            image_tokens: None,
            audio_tokens: None,
        }
    }
    /// Sets `text_tokens`.
    pub fn text_tokens(mut self, value: impl Into<i64>) -> Self {
        self.text_tokens = Some(value.into());
        self
    }
    /// Sets `image_tokens`.
    pub fn image_tokens(mut self, value: impl Into<i64>) -> Self {
        self.image_tokens = Some(value.into());
        self
    }
    /// Sets `audio_tokens`.
    pub fn audio_tokens(mut self, value: impl Into<i64>) -> Self {
        self.audio_tokens = Some(value.into());
        self
    }
}
/// Details about the output tokens used in the Response.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeResponseUsageOutputTokenDetails {
    /// The number of text tokens used in the Response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text_tokens: Option<i64>,
    /// The number of audio tokens used in the Response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio_tokens: Option<i64>,
}
impl sdk_runtime_types::de::Object for RealtimeResponseUsageOutputTokenDetails {
    const NAME: &'static str = "RealtimeResponseUsageOutputTokenDetails";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut text_tokens: Option<i64> = None;
        let mut audio_tokens: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "text_tokens" => 0,
                    "audio_tokens" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut text_tokens),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut audio_tokens),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { text_tokens, audio_tokens })
    }
}
impl<'de> Deserialize<'de> for RealtimeResponseUsageOutputTokenDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeResponseUsageOutputTokenDetails {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            text_tokens: None,
            audio_tokens: None,
        }
    }
    /// Sets `text_tokens`.
    pub fn text_tokens(mut self, value: impl Into<i64>) -> Self {
        self.text_tokens = Some(value.into());
        self
    }
    /// Sets `audio_tokens`.
    pub fn audio_tokens(mut self, value: impl Into<i64>) -> Self {
        self.audio_tokens = Some(value.into());
        self
    }
}
/// Maximum number of output tokens for a single assistant response,
/// inclusive of tool calls, that was used in this response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum RealtimeResponseMaxOutputTokens {
    Integer(i64),
    InfLiteral(InfLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<i64> for RealtimeResponseMaxOutputTokens {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}
impl From<InfLiteral> for RealtimeResponseMaxOutputTokens {
    fn from(value: InfLiteral) -> Self {
        Self::InfLiteral(value)
    }
}
/// A realtime server event.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeServerEvent {
    /// `conversation.created`
    ConversationCreated(RealtimeServerEventConversationCreated),
    /// `conversation.item.created`
    ConversationItemCreated(RealtimeServerEventConversationItemCreated),
    /// `conversation.item.deleted`
    ConversationItemDeleted(RealtimeServerEventConversationItemDeleted),
    /// `conversation.item.input_audio_transcription.completed`
    ConversationItemInputAudioTranscriptionCompleted(
        RealtimeServerEventConversationItemInputAudioTranscriptionCompleted,
    ),
    /// `conversation.item.input_audio_transcription.delta`
    ConversationItemInputAudioTranscriptionDelta(
        RealtimeServerEventConversationItemInputAudioTranscriptionDelta,
    ),
    /// `conversation.item.input_audio_transcription.failed`
    ConversationItemInputAudioTranscriptionFailed(
        RealtimeServerEventConversationItemInputAudioTranscriptionFailed,
    ),
    /// `conversation.item.retrieved`
    ConversationItemRetrieved(RealtimeServerEventConversationItemRetrieved),
    /// `conversation.item.truncated`
    ConversationItemTruncated(RealtimeServerEventConversationItemTruncated),
    /// `error`
    ErrorType(RealtimeServerEventError),
    /// `input_audio_buffer.cleared`
    InputAudioBufferCleared(RealtimeServerEventInputAudioBufferCleared),
    /// `input_audio_buffer.committed`
    InputAudioBufferCommitted(RealtimeServerEventInputAudioBufferCommitted),
    /// `input_audio_buffer.dtmf_event_received`
    InputAudioBufferDtmfEventReceived(
        RealtimeServerEventInputAudioBufferDtmfEventReceived,
    ),
    /// `input_audio_buffer.speech_started`
    InputAudioBufferSpeechStarted(RealtimeServerEventInputAudioBufferSpeechStarted),
    /// `input_audio_buffer.speech_stopped`
    InputAudioBufferSpeechStopped(RealtimeServerEventInputAudioBufferSpeechStopped),
    /// `rate_limits.updated`
    RateLimitsUpdated(RealtimeServerEventRateLimitsUpdated),
    /// `response.output_audio.delta`
    ResponseOutputAudioDelta(RealtimeServerEventResponseAudioDelta),
    /// `response.output_audio.done`
    ResponseOutputAudioDone(RealtimeServerEventResponseAudioDone),
    /// `response.output_audio_transcript.delta`
    ResponseOutputAudioTranscriptDelta(RealtimeServerEventResponseAudioTranscriptDelta),
    /// `response.output_audio_transcript.done`
    ResponseOutputAudioTranscriptDone(RealtimeServerEventResponseAudioTranscriptDone),
    /// `response.content_part.added`
    ResponseContentPartAdded(RealtimeServerEventResponseContentPartAdded),
    /// `response.content_part.done`
    ResponseContentPartDone(RealtimeServerEventResponseContentPartDone),
    /// `response.created`
    ResponseCreated(RealtimeServerEventResponseCreated),
    /// `response.done`
    ResponseDone(RealtimeServerEventResponseDone),
    /// `response.function_call_arguments.delta`
    ResponseFunctionCallArgumentsDelta(
        RealtimeServerEventResponseFunctionCallArgumentsDelta,
    ),
    /// `response.function_call_arguments.done`
    ResponseFunctionCallArgumentsDone(
        RealtimeServerEventResponseFunctionCallArgumentsDone,
    ),
    /// `response.output_item.added`
    ResponseOutputItemAdded(RealtimeServerEventResponseOutputItemAdded),
    /// `response.output_item.done`
    ResponseOutputItemDone(RealtimeServerEventResponseOutputItemDone),
    /// `response.output_text.delta`
    ResponseOutputTextDelta(RealtimeServerEventResponseTextDelta),
    /// `response.output_text.done`
    ResponseOutputTextDone(RealtimeServerEventResponseTextDone),
    /// `session.created`
    SessionCreated(RealtimeServerEventSessionCreated),
    /// `session.updated`
    SessionUpdated(RealtimeServerEventSessionUpdated),
    /// `output_audio_buffer.started`
    OutputAudioBufferStarted(RealtimeServerEventOutputAudioBufferStarted),
    /// `output_audio_buffer.stopped`
    OutputAudioBufferStopped(RealtimeServerEventOutputAudioBufferStopped),
    /// `output_audio_buffer.cleared`
    OutputAudioBufferCleared(RealtimeServerEventOutputAudioBufferCleared),
    /// `conversation.item.added`
    ConversationItemAdded(RealtimeServerEventConversationItemAdded),
    /// `conversation.item.done`
    ConversationItemDone(RealtimeServerEventConversationItemDone),
    /// `input_audio_buffer.timeout_triggered`
    InputAudioBufferTimeoutTriggered(
        RealtimeServerEventInputAudioBufferTimeoutTriggered,
    ),
    /// `conversation.item.input_audio_transcription.segment`
    ConversationItemInputAudioTranscriptionSegment(
        RealtimeServerEventConversationItemInputAudioTranscriptionSegment,
    ),
    /// `mcp_list_tools.in_progress`
    McpListToolsInProgress(RealtimeServerEventMcpListToolsInProgress),
    /// `mcp_list_tools.completed`
    McpListToolsCompleted(RealtimeServerEventMcpListToolsCompleted),
    /// `mcp_list_tools.failed`
    McpListToolsFailed(RealtimeServerEventMcpListToolsFailed),
    /// `response.mcp_call_arguments.delta`
    ResponseMcpCallArgumentsDelta(RealtimeServerEventResponseMcpCallArgumentsDelta),
    /// `response.mcp_call_arguments.done`
    ResponseMcpCallArgumentsDone(RealtimeServerEventResponseMcpCallArgumentsDone),
    /// `response.mcp_call.in_progress`
    ResponseMcpCallInProgress(RealtimeServerEventResponseMcpCallInProgress),
    /// `response.mcp_call.completed`
    ResponseMcpCallCompleted(RealtimeServerEventResponseMcpCallCompleted),
    /// `response.mcp_call.failed`
    ResponseMcpCallFailed(RealtimeServerEventResponseMcpCallFailed),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for RealtimeServerEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ConversationCreated(value) => value.serialize(serializer),
            Self::ConversationItemCreated(value) => value.serialize(serializer),
            Self::ConversationItemDeleted(value) => value.serialize(serializer),
            Self::ConversationItemInputAudioTranscriptionCompleted(value) => {
                value.serialize(serializer)
            }
            Self::ConversationItemInputAudioTranscriptionDelta(value) => {
                value.serialize(serializer)
            }
            Self::ConversationItemInputAudioTranscriptionFailed(value) => {
                value.serialize(serializer)
            }
            Self::ConversationItemRetrieved(value) => value.serialize(serializer),
            Self::ConversationItemTruncated(value) => value.serialize(serializer),
            Self::ErrorType(value) => value.serialize(serializer),
            Self::InputAudioBufferCleared(value) => value.serialize(serializer),
            Self::InputAudioBufferCommitted(value) => value.serialize(serializer),
            Self::InputAudioBufferDtmfEventReceived(value) => value.serialize(serializer),
            Self::InputAudioBufferSpeechStarted(value) => value.serialize(serializer),
            Self::InputAudioBufferSpeechStopped(value) => value.serialize(serializer),
            Self::RateLimitsUpdated(value) => value.serialize(serializer),
            Self::ResponseOutputAudioDelta(value) => value.serialize(serializer),
            Self::ResponseOutputAudioDone(value) => value.serialize(serializer),
            Self::ResponseOutputAudioTranscriptDelta(value) => {
                value.serialize(serializer)
            }
            Self::ResponseOutputAudioTranscriptDone(value) => value.serialize(serializer),
            Self::ResponseContentPartAdded(value) => value.serialize(serializer),
            Self::ResponseContentPartDone(value) => value.serialize(serializer),
            Self::ResponseCreated(value) => value.serialize(serializer),
            Self::ResponseDone(value) => value.serialize(serializer),
            Self::ResponseFunctionCallArgumentsDelta(value) => {
                value.serialize(serializer)
            }
            Self::ResponseFunctionCallArgumentsDone(value) => value.serialize(serializer),
            Self::ResponseOutputItemAdded(value) => value.serialize(serializer),
            Self::ResponseOutputItemDone(value) => value.serialize(serializer),
            Self::ResponseOutputTextDelta(value) => value.serialize(serializer),
            Self::ResponseOutputTextDone(value) => value.serialize(serializer),
            Self::SessionCreated(value) => value.serialize(serializer),
            Self::SessionUpdated(value) => value.serialize(serializer),
            Self::OutputAudioBufferStarted(value) => value.serialize(serializer),
            Self::OutputAudioBufferStopped(value) => value.serialize(serializer),
            Self::OutputAudioBufferCleared(value) => value.serialize(serializer),
            Self::ConversationItemAdded(value) => value.serialize(serializer),
            Self::ConversationItemDone(value) => value.serialize(serializer),
            Self::InputAudioBufferTimeoutTriggered(value) => value.serialize(serializer),
            Self::ConversationItemInputAudioTranscriptionSegment(value) => {
                value.serialize(serializer)
            }
            Self::McpListToolsInProgress(value) => value.serialize(serializer),
            Self::McpListToolsCompleted(value) => value.serialize(serializer),
            Self::McpListToolsFailed(value) => value.serialize(serializer),
            Self::ResponseMcpCallArgumentsDelta(value) => value.serialize(serializer),
            Self::ResponseMcpCallArgumentsDone(value) => value.serialize(serializer),
            Self::ResponseMcpCallInProgress(value) => value.serialize(serializer),
            Self::ResponseMcpCallCompleted(value) => value.serialize(serializer),
            Self::ResponseMcpCallFailed(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for RealtimeServerEvent {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "conversation.created" => {
                    Deserialize::deserialize(content).map(Self::ConversationCreated)
                }
                "conversation.item.created" => {
                    Deserialize::deserialize(content).map(Self::ConversationItemCreated)
                }
                "conversation.item.deleted" => {
                    Deserialize::deserialize(content).map(Self::ConversationItemDeleted)
                }
                "conversation.item.input_audio_transcription.completed" => {
                    Deserialize::deserialize(content)
                        .map(Self::ConversationItemInputAudioTranscriptionCompleted)
                }
                "conversation.item.input_audio_transcription.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ConversationItemInputAudioTranscriptionDelta)
                }
                "conversation.item.input_audio_transcription.failed" => {
                    Deserialize::deserialize(content)
                        .map(Self::ConversationItemInputAudioTranscriptionFailed)
                }
                "conversation.item.retrieved" => {
                    Deserialize::deserialize(content)
                        .map(Self::ConversationItemRetrieved)
                }
                "conversation.item.truncated" => {
                    Deserialize::deserialize(content)
                        .map(Self::ConversationItemTruncated)
                }
                "error" => Deserialize::deserialize(content).map(Self::ErrorType),
                "input_audio_buffer.cleared" => {
                    Deserialize::deserialize(content).map(Self::InputAudioBufferCleared)
                }
                "input_audio_buffer.committed" => {
                    Deserialize::deserialize(content)
                        .map(Self::InputAudioBufferCommitted)
                }
                "input_audio_buffer.dtmf_event_received" => {
                    Deserialize::deserialize(content)
                        .map(Self::InputAudioBufferDtmfEventReceived)
                }
                "input_audio_buffer.speech_started" => {
                    Deserialize::deserialize(content)
                        .map(Self::InputAudioBufferSpeechStarted)
                }
                "input_audio_buffer.speech_stopped" => {
                    Deserialize::deserialize(content)
                        .map(Self::InputAudioBufferSpeechStopped)
                }
                "rate_limits.updated" => {
                    Deserialize::deserialize(content).map(Self::RateLimitsUpdated)
                }
                "response.output_audio.delta" => {
                    Deserialize::deserialize(content).map(Self::ResponseOutputAudioDelta)
                }
                "response.output_audio.done" => {
                    Deserialize::deserialize(content).map(Self::ResponseOutputAudioDone)
                }
                "response.output_audio_transcript.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseOutputAudioTranscriptDelta)
                }
                "response.output_audio_transcript.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseOutputAudioTranscriptDone)
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
                "response.done" => {
                    Deserialize::deserialize(content).map(Self::ResponseDone)
                }
                "response.function_call_arguments.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseFunctionCallArgumentsDelta)
                }
                "response.function_call_arguments.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseFunctionCallArgumentsDone)
                }
                "response.output_item.added" => {
                    Deserialize::deserialize(content).map(Self::ResponseOutputItemAdded)
                }
                "response.output_item.done" => {
                    Deserialize::deserialize(content).map(Self::ResponseOutputItemDone)
                }
                "response.output_text.delta" => {
                    Deserialize::deserialize(content).map(Self::ResponseOutputTextDelta)
                }
                "response.output_text.done" => {
                    Deserialize::deserialize(content).map(Self::ResponseOutputTextDone)
                }
                "session.created" => {
                    Deserialize::deserialize(content).map(Self::SessionCreated)
                }
                "session.updated" => {
                    Deserialize::deserialize(content).map(Self::SessionUpdated)
                }
                "output_audio_buffer.started" => {
                    Deserialize::deserialize(content).map(Self::OutputAudioBufferStarted)
                }
                "output_audio_buffer.stopped" => {
                    Deserialize::deserialize(content).map(Self::OutputAudioBufferStopped)
                }
                "output_audio_buffer.cleared" => {
                    Deserialize::deserialize(content).map(Self::OutputAudioBufferCleared)
                }
                "conversation.item.added" => {
                    Deserialize::deserialize(content).map(Self::ConversationItemAdded)
                }
                "conversation.item.done" => {
                    Deserialize::deserialize(content).map(Self::ConversationItemDone)
                }
                "input_audio_buffer.timeout_triggered" => {
                    Deserialize::deserialize(content)
                        .map(Self::InputAudioBufferTimeoutTriggered)
                }
                "conversation.item.input_audio_transcription.segment" => {
                    Deserialize::deserialize(content)
                        .map(Self::ConversationItemInputAudioTranscriptionSegment)
                }
                "mcp_list_tools.in_progress" => {
                    Deserialize::deserialize(content).map(Self::McpListToolsInProgress)
                }
                "mcp_list_tools.completed" => {
                    Deserialize::deserialize(content).map(Self::McpListToolsCompleted)
                }
                "mcp_list_tools.failed" => {
                    Deserialize::deserialize(content).map(Self::McpListToolsFailed)
                }
                "response.mcp_call_arguments.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseMcpCallArgumentsDelta)
                }
                "response.mcp_call_arguments.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseMcpCallArgumentsDone)
                }
                "response.mcp_call.in_progress" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseMcpCallInProgress)
                }
                "response.mcp_call.completed" => {
                    Deserialize::deserialize(content).map(Self::ResponseMcpCallCompleted)
                }
                "response.mcp_call.failed" => {
                    Deserialize::deserialize(content).map(Self::ResponseMcpCallFailed)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<RealtimeServerEventConversationCreated> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventConversationCreated) -> Self {
        Self::ConversationCreated(value)
    }
}
impl From<RealtimeServerEventConversationItemCreated> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventConversationItemCreated) -> Self {
        Self::ConversationItemCreated(value)
    }
}
impl From<RealtimeServerEventConversationItemDeleted> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventConversationItemDeleted) -> Self {
        Self::ConversationItemDeleted(value)
    }
}
impl From<RealtimeServerEventConversationItemInputAudioTranscriptionCompleted>
for RealtimeServerEvent {
    fn from(
        value: RealtimeServerEventConversationItemInputAudioTranscriptionCompleted,
    ) -> Self {
        Self::ConversationItemInputAudioTranscriptionCompleted(value)
    }
}
impl From<RealtimeServerEventConversationItemInputAudioTranscriptionDelta>
for RealtimeServerEvent {
    fn from(
        value: RealtimeServerEventConversationItemInputAudioTranscriptionDelta,
    ) -> Self {
        Self::ConversationItemInputAudioTranscriptionDelta(value)
    }
}
impl From<RealtimeServerEventConversationItemInputAudioTranscriptionFailed>
for RealtimeServerEvent {
    fn from(
        value: RealtimeServerEventConversationItemInputAudioTranscriptionFailed,
    ) -> Self {
        Self::ConversationItemInputAudioTranscriptionFailed(value)
    }
}
impl From<RealtimeServerEventConversationItemRetrieved> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventConversationItemRetrieved) -> Self {
        Self::ConversationItemRetrieved(value)
    }
}
impl From<RealtimeServerEventConversationItemTruncated> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventConversationItemTruncated) -> Self {
        Self::ConversationItemTruncated(value)
    }
}
impl From<RealtimeServerEventError> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventError) -> Self {
        Self::ErrorType(value)
    }
}
impl From<RealtimeServerEventInputAudioBufferCleared> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventInputAudioBufferCleared) -> Self {
        Self::InputAudioBufferCleared(value)
    }
}
impl From<RealtimeServerEventInputAudioBufferCommitted> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventInputAudioBufferCommitted) -> Self {
        Self::InputAudioBufferCommitted(value)
    }
}
impl From<RealtimeServerEventInputAudioBufferDtmfEventReceived> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventInputAudioBufferDtmfEventReceived) -> Self {
        Self::InputAudioBufferDtmfEventReceived(value)
    }
}
impl From<RealtimeServerEventInputAudioBufferSpeechStarted> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventInputAudioBufferSpeechStarted) -> Self {
        Self::InputAudioBufferSpeechStarted(value)
    }
}
impl From<RealtimeServerEventInputAudioBufferSpeechStopped> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventInputAudioBufferSpeechStopped) -> Self {
        Self::InputAudioBufferSpeechStopped(value)
    }
}
impl From<RealtimeServerEventRateLimitsUpdated> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventRateLimitsUpdated) -> Self {
        Self::RateLimitsUpdated(value)
    }
}
impl From<RealtimeServerEventResponseAudioDelta> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseAudioDelta) -> Self {
        Self::ResponseOutputAudioDelta(value)
    }
}
impl From<RealtimeServerEventResponseAudioDone> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseAudioDone) -> Self {
        Self::ResponseOutputAudioDone(value)
    }
}
impl From<RealtimeServerEventResponseAudioTranscriptDelta> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseAudioTranscriptDelta) -> Self {
        Self::ResponseOutputAudioTranscriptDelta(value)
    }
}
impl From<RealtimeServerEventResponseAudioTranscriptDone> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseAudioTranscriptDone) -> Self {
        Self::ResponseOutputAudioTranscriptDone(value)
    }
}
impl From<RealtimeServerEventResponseContentPartAdded> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseContentPartAdded) -> Self {
        Self::ResponseContentPartAdded(value)
    }
}
impl From<RealtimeServerEventResponseContentPartDone> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseContentPartDone) -> Self {
        Self::ResponseContentPartDone(value)
    }
}
impl From<RealtimeServerEventResponseCreated> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseCreated) -> Self {
        Self::ResponseCreated(value)
    }
}
impl From<RealtimeServerEventResponseDone> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseDone) -> Self {
        Self::ResponseDone(value)
    }
}
impl From<RealtimeServerEventResponseFunctionCallArgumentsDelta>
for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseFunctionCallArgumentsDelta) -> Self {
        Self::ResponseFunctionCallArgumentsDelta(value)
    }
}
impl From<RealtimeServerEventResponseFunctionCallArgumentsDone> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseFunctionCallArgumentsDone) -> Self {
        Self::ResponseFunctionCallArgumentsDone(value)
    }
}
impl From<RealtimeServerEventResponseOutputItemAdded> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseOutputItemAdded) -> Self {
        Self::ResponseOutputItemAdded(value)
    }
}
impl From<RealtimeServerEventResponseOutputItemDone> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseOutputItemDone) -> Self {
        Self::ResponseOutputItemDone(value)
    }
}
impl From<RealtimeServerEventResponseTextDelta> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseTextDelta) -> Self {
        Self::ResponseOutputTextDelta(value)
    }
}
impl From<RealtimeServerEventResponseTextDone> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseTextDone) -> Self {
        Self::ResponseOutputTextDone(value)
    }
}
impl From<RealtimeServerEventSessionCreated> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventSessionCreated) -> Self {
        Self::SessionCreated(value)
    }
}
impl From<RealtimeServerEventSessionUpdated> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventSessionUpdated) -> Self {
        Self::SessionUpdated(value)
    }
}
impl From<RealtimeServerEventOutputAudioBufferStarted> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventOutputAudioBufferStarted) -> Self {
        Self::OutputAudioBufferStarted(value)
    }
}
impl From<RealtimeServerEventOutputAudioBufferStopped> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventOutputAudioBufferStopped) -> Self {
        Self::OutputAudioBufferStopped(value)
    }
}
impl From<RealtimeServerEventOutputAudioBufferCleared> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventOutputAudioBufferCleared) -> Self {
        Self::OutputAudioBufferCleared(value)
    }
}
impl From<RealtimeServerEventConversationItemAdded> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventConversationItemAdded) -> Self {
        Self::ConversationItemAdded(value)
    }
}
impl From<RealtimeServerEventConversationItemDone> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventConversationItemDone) -> Self {
        Self::ConversationItemDone(value)
    }
}
impl From<RealtimeServerEventInputAudioBufferTimeoutTriggered> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventInputAudioBufferTimeoutTriggered) -> Self {
        Self::InputAudioBufferTimeoutTriggered(value)
    }
}
impl From<RealtimeServerEventConversationItemInputAudioTranscriptionSegment>
for RealtimeServerEvent {
    fn from(
        value: RealtimeServerEventConversationItemInputAudioTranscriptionSegment,
    ) -> Self {
        Self::ConversationItemInputAudioTranscriptionSegment(value)
    }
}
impl From<RealtimeServerEventMcpListToolsInProgress> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventMcpListToolsInProgress) -> Self {
        Self::McpListToolsInProgress(value)
    }
}
impl From<RealtimeServerEventMcpListToolsCompleted> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventMcpListToolsCompleted) -> Self {
        Self::McpListToolsCompleted(value)
    }
}
impl From<RealtimeServerEventMcpListToolsFailed> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventMcpListToolsFailed) -> Self {
        Self::McpListToolsFailed(value)
    }
}
impl From<RealtimeServerEventResponseMcpCallArgumentsDelta> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseMcpCallArgumentsDelta) -> Self {
        Self::ResponseMcpCallArgumentsDelta(value)
    }
}
impl From<RealtimeServerEventResponseMcpCallArgumentsDone> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseMcpCallArgumentsDone) -> Self {
        Self::ResponseMcpCallArgumentsDone(value)
    }
}
impl From<RealtimeServerEventResponseMcpCallInProgress> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseMcpCallInProgress) -> Self {
        Self::ResponseMcpCallInProgress(value)
    }
}
impl From<RealtimeServerEventResponseMcpCallCompleted> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseMcpCallCompleted) -> Self {
        Self::ResponseMcpCallCompleted(value)
    }
}
impl From<RealtimeServerEventResponseMcpCallFailed> for RealtimeServerEvent {
    fn from(value: RealtimeServerEventResponseMcpCallFailed) -> Self {
        Self::ResponseMcpCallFailed(value)
    }
}
/// Returned when a conversation is created. Emitted right after session creation.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventConversationCreated {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `conversation.created`.
    #[serde(rename = "type")]
    pub type_: ConversationCreatedLiteral,
    /// The conversation resource.
    pub conversation: RealtimeServerEventConversationCreatedConversation,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventConversationCreated {
    const NAME: &'static str = "RealtimeServerEventConversationCreated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ConversationCreatedLiteral> = None;
        let mut conversation: Option<
            RealtimeServerEventConversationCreatedConversation,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "conversation" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut conversation),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            conversation: conversation.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventConversationCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventConversationCreated {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        conversation: impl Into<RealtimeServerEventConversationCreatedConversation>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            conversation: conversation.into(),
        }
    }
}
/// The conversation resource.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventConversationCreatedConversation {
    /// The unique ID of the conversation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The object type, must be `realtime.conversation`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
}
impl sdk_runtime_types::de::Object
for RealtimeServerEventConversationCreatedConversation {
    const NAME: &'static str = "RealtimeServerEventConversationCreatedConversation";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id, object })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventConversationCreatedConversation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventConversationCreatedConversation {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { id: None, object: None }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<String>) -> Self {
        self.object = Some(value.into());
        self
    }
}
/// Returned when a conversation item is created. There are several scenarios that produce this event:
/// - The server is generating a Response, which if successful will produce
///   either one or two Items, which will be of type `message`
///   (role `assistant`) or type `function_call`.
/// - The input audio buffer has been committed, either by the client or the
///   server (in `server_vad` mode). The server will take the content of the
///   input audio buffer and add it to a new user message Item.
/// - The client has sent a `conversation.item.create` event to add a new Item
///   to the Conversation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RealtimeServerEventConversationItemCreated {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `conversation.item.created`.
    #[serde(rename = "type")]
    pub type_: ConversationItemCreatedLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_item_id: Option<String>,
    pub item: RealtimeConversationItem,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventConversationItemCreated {
    const NAME: &'static str = "RealtimeServerEventConversationItemCreated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ConversationItemCreatedLiteral> = None;
        let mut previous_item_id: Option<String> = None;
        let mut item: Option<RealtimeConversationItem> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "previous_item_id" => 2,
                    "item" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut previous_item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            previous_item_id,
            item: sdk_runtime_types::de::required::<_, A::Error>(item, "item")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventConversationItemCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventConversationItemCreated {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        item: impl Into<RealtimeConversationItem>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            previous_item_id: None,
            item: item.into(),
        }
    }
    /// Sets `previous_item_id`.
    pub fn previous_item_id(mut self, value: impl Into<String>) -> Self {
        self.previous_item_id = Some(value.into());
        self
    }
}
/// Returned when an item in the conversation is deleted by the client with a
/// `conversation.item.delete` event. This event is used to synchronize the
/// server's understanding of the conversation history with the client's view.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventConversationItemDeleted {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `conversation.item.deleted`.
    #[serde(rename = "type")]
    pub type_: ConversationItemDeletedLiteral,
    /// The ID of the item that was deleted.
    pub item_id: String,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventConversationItemDeleted {
    const NAME: &'static str = "RealtimeServerEventConversationItemDeleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ConversationItemDeletedLiteral> = None;
        let mut item_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventConversationItemDeleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventConversationItemDeleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(event_id: impl Into<String>, item_id: impl Into<String>) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            item_id: item_id.into(),
        }
    }
}
/// This event is the output of audio transcription for user audio written to the
/// user audio buffer. Transcription begins when the input audio buffer is
/// committed by the client or server (when VAD is enabled). Transcription runs
/// asynchronously with Response creation, so this event may come before or after
/// the Response events.
///
/// Realtime API models accept audio natively, and thus input transcription is a
/// separate process run on a separate ASR (Automatic Speech Recognition) model.
/// The transcript may diverge somewhat from the model's interpretation, and
/// should be treated as a rough guide.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RealtimeServerEventConversationItemInputAudioTranscriptionCompleted {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be
    /// `conversation.item.input_audio_transcription.completed`.
    #[serde(rename = "type")]
    pub type_: ConversationItemInputAudioTranscriptionCompletedLiteral,
    /// The ID of the item containing the audio that is being transcribed.
    pub item_id: String,
    /// The index of the content part containing the audio.
    pub content_index: i64,
    /// The transcribed text.
    pub transcript: String,
    /// The languages detected in the audio. Returned by `gpt-transcribe`. An empty array indicates that no language could be reliably detected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<TranscriptionLanguage>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logprobs: Option<Vec<LogProbProperties>>,
    /// Usage statistics for the transcription, this is billed according to the ASR model's pricing rather than the realtime model's pricing.
    pub usage: RealtimeServerEventConversationItemInputAudioTranscriptionCompletedUsage,
}
impl sdk_runtime_types::de::Object
for RealtimeServerEventConversationItemInputAudioTranscriptionCompleted {
    const NAME: &'static str = "RealtimeServerEventConversationItemInputAudioTranscriptionCompleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ConversationItemInputAudioTranscriptionCompletedLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut content_index: Option<i64> = None;
        let mut transcript: Option<String> = None;
        let mut languages: Option<Vec<TranscriptionLanguage>> = None;
        let mut logprobs: Option<Vec<LogProbProperties>> = None;
        let mut usage: Option<
            RealtimeServerEventConversationItemInputAudioTranscriptionCompletedUsage,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "content_index" => 3,
                    "transcript" => 4,
                    "languages" => 5,
                    "logprobs" => 6,
                    "usage" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut transcript),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut languages),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut logprobs),
                7 => sdk_runtime_types::de::value(&mut map, &mut usage),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            transcript: transcript.unwrap_or_default(),
            languages,
            logprobs,
            usage: sdk_runtime_types::de::required::<_, A::Error>(usage, "usage")?,
        })
    }
}
impl<'de> Deserialize<'de>
for RealtimeServerEventConversationItemInputAudioTranscriptionCompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventConversationItemInputAudioTranscriptionCompleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        item_id: impl Into<String>,
        content_index: impl Into<i64>,
        transcript: impl Into<String>,
        usage: impl Into<
            RealtimeServerEventConversationItemInputAudioTranscriptionCompletedUsage,
        >,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            item_id: item_id.into(),
            content_index: content_index.into(),
            transcript: transcript.into(),
            languages: None,
            logprobs: None,
            usage: usage.into(),
        }
    }
    /// Sets `languages`.
    pub fn languages(mut self, value: impl Into<Vec<TranscriptionLanguage>>) -> Self {
        self.languages = Some(value.into());
        self
    }
    /// Sets `logprobs`.
    pub fn logprobs(mut self, value: impl Into<Vec<LogProbProperties>>) -> Self {
        self.logprobs = Some(value.into());
        self
    }
}
/// Usage statistics for the transcription, this is billed according to the ASR model's pricing rather than the realtime model's pricing.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeServerEventConversationItemInputAudioTranscriptionCompletedUsage {
    /// `tokens`
    Tokens(TranscriptTextUsageTokens),
    /// `duration`
    Duration(TranscriptTextUsageDuration),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize
for RealtimeServerEventConversationItemInputAudioTranscriptionCompletedUsage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Tokens(value) => value.serialize(serializer),
            Self::Duration(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion
for RealtimeServerEventConversationItemInputAudioTranscriptionCompletedUsage {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "tokens" => Deserialize::deserialize(content).map(Self::Tokens),
                "duration" => Deserialize::deserialize(content).map(Self::Duration),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de>
for RealtimeServerEventConversationItemInputAudioTranscriptionCompletedUsage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<TranscriptTextUsageTokens>
for RealtimeServerEventConversationItemInputAudioTranscriptionCompletedUsage {
    fn from(value: TranscriptTextUsageTokens) -> Self {
        Self::Tokens(value)
    }
}
impl From<TranscriptTextUsageDuration>
for RealtimeServerEventConversationItemInputAudioTranscriptionCompletedUsage {
    fn from(value: TranscriptTextUsageDuration) -> Self {
        Self::Duration(value)
    }
}
/// Returned when the text value of an input audio transcription content part is updated with incremental transcription results.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventConversationItemInputAudioTranscriptionDelta {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `conversation.item.input_audio_transcription.delta`.
    #[serde(rename = "type")]
    pub type_: ConversationItemInputAudioTranscriptionDeltaLiteral,
    /// The ID of the item containing the audio that is being transcribed.
    pub item_id: String,
    /// The index of the content part in the item's content array.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_index: Option<i64>,
    /// The text delta.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delta: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logprobs: Option<Vec<LogProbProperties>>,
}
impl sdk_runtime_types::de::Object
for RealtimeServerEventConversationItemInputAudioTranscriptionDelta {
    const NAME: &'static str = "RealtimeServerEventConversationItemInputAudioTranscriptionDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ConversationItemInputAudioTranscriptionDeltaLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut content_index: Option<i64> = None;
        let mut delta: Option<String> = None;
        let mut logprobs: Option<Vec<LogProbProperties>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "content_index" => 3,
                    "delta" => 4,
                    "logprobs" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut delta),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut logprobs),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            content_index,
            delta,
            logprobs,
        })
    }
}
impl<'de> Deserialize<'de>
for RealtimeServerEventConversationItemInputAudioTranscriptionDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventConversationItemInputAudioTranscriptionDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(event_id: impl Into<String>, item_id: impl Into<String>) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            item_id: item_id.into(),
            content_index: None,
            delta: None,
            logprobs: None,
        }
    }
    /// Sets `content_index`.
    pub fn content_index(mut self, value: impl Into<i64>) -> Self {
        self.content_index = Some(value.into());
        self
    }
    /// Sets `delta`.
    pub fn delta(mut self, value: impl Into<String>) -> Self {
        self.delta = Some(value.into());
        self
    }
    /// Sets `logprobs`.
    pub fn logprobs(mut self, value: impl Into<Vec<LogProbProperties>>) -> Self {
        self.logprobs = Some(value.into());
        self
    }
}
/// Returned when input audio transcription is configured, and a transcription
/// request for a user message failed. These events are separate from other
/// `error` events so that the client can identify the related Item.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventConversationItemInputAudioTranscriptionFailed {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be
    /// `conversation.item.input_audio_transcription.failed`.
    #[serde(rename = "type")]
    pub type_: ConversationItemInputAudioTranscriptionFailedLiteral,
    /// The ID of the user message item.
    pub item_id: String,
    /// The index of the content part containing the audio.
    pub content_index: i64,
    /// Details of the transcription error.
    pub error: RealtimeServerEventConversationItemInputAudioTranscriptionFailedErrorType,
}
impl sdk_runtime_types::de::Object
for RealtimeServerEventConversationItemInputAudioTranscriptionFailed {
    const NAME: &'static str = "RealtimeServerEventConversationItemInputAudioTranscriptionFailed";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ConversationItemInputAudioTranscriptionFailedLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut content_index: Option<i64> = None;
        let mut error: Option<
            RealtimeServerEventConversationItemInputAudioTranscriptionFailedErrorType,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "content_index" => 3,
                    "error" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut error),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            error: error.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de>
for RealtimeServerEventConversationItemInputAudioTranscriptionFailed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventConversationItemInputAudioTranscriptionFailed {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        item_id: impl Into<String>,
        content_index: impl Into<i64>,
        error: impl Into<
            RealtimeServerEventConversationItemInputAudioTranscriptionFailedErrorType,
        >,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            item_id: item_id.into(),
            content_index: content_index.into(),
            error: error.into(),
        }
    }
}
/// Details of the transcription error.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventConversationItemInputAudioTranscriptionFailedErrorType {
    /// The type of error.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Error code, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// A human-readable error message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Parameter related to the error, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub param: Option<String>,
}
impl sdk_runtime_types::de::Object
for RealtimeServerEventConversationItemInputAudioTranscriptionFailedErrorType {
    const NAME: &'static str = "RealtimeServerEventConversationItemInputAudioTranscriptionFailedErrorType";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<String> = None;
        let mut code: Option<String> = None;
        let mut message: Option<String> = None;
        let mut param: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "code" => 1,
                    "message" => 2,
                    "param" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut code),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut message),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut param),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_,
            code,
            message,
            param,
        })
    }
}
impl<'de> Deserialize<'de>
for RealtimeServerEventConversationItemInputAudioTranscriptionFailedErrorType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventConversationItemInputAudioTranscriptionFailedErrorType {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: None,
            code: None,
            message: None,
            param: None,
        }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `code`.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets `message`.
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets `param`.
    pub fn param(mut self, value: impl Into<String>) -> Self {
        self.param = Some(value.into());
        self
    }
}
/// Returned when a conversation item is retrieved with `conversation.item.retrieve`. This is provided as a way to fetch the server's representation of an item, for example to get access to the post-processed audio data after noise cancellation and VAD. It includes the full content of the Item, including audio data.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RealtimeServerEventConversationItemRetrieved {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `conversation.item.retrieved`.
    #[serde(rename = "type")]
    pub type_: ConversationItemRetrievedLiteral,
    pub item: RealtimeConversationItem,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventConversationItemRetrieved {
    const NAME: &'static str = "RealtimeServerEventConversationItemRetrieved";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ConversationItemRetrievedLiteral> = None;
        let mut item: Option<RealtimeConversationItem> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "item" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item: sdk_runtime_types::de::required::<_, A::Error>(item, "item")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventConversationItemRetrieved {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventConversationItemRetrieved {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        item: impl Into<RealtimeConversationItem>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            item: item.into(),
        }
    }
}
/// Returned when an earlier assistant audio message item is truncated by the
/// client with a `conversation.item.truncate` event. This event is used to
/// synchronize the server's understanding of the audio with the client's playback.
///
/// This action will truncate the audio and remove the server-side text transcript
/// to ensure there is no text in the context that hasn't been heard by the user.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventConversationItemTruncated {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `conversation.item.truncated`.
    #[serde(rename = "type")]
    pub type_: ConversationItemTruncatedLiteral,
    /// The ID of the assistant message item that was truncated.
    pub item_id: String,
    /// The index of the content part that was truncated.
    pub content_index: i64,
    /// The duration up to which the audio was truncated, in milliseconds.
    pub audio_end_ms: i64,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventConversationItemTruncated {
    const NAME: &'static str = "RealtimeServerEventConversationItemTruncated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ConversationItemTruncatedLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut content_index: Option<i64> = None;
        let mut audio_end_ms: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "content_index" => 3,
                    "audio_end_ms" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut audio_end_ms),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            audio_end_ms: audio_end_ms.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventConversationItemTruncated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventConversationItemTruncated {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        item_id: impl Into<String>,
        content_index: impl Into<i64>,
        audio_end_ms: impl Into<i64>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            item_id: item_id.into(),
            content_index: content_index.into(),
            audio_end_ms: audio_end_ms.into(),
        }
    }
}
/// Returned when an error occurs, which could be a client problem or a server
/// problem. Most errors are recoverable and the session will stay open, we
/// recommend to implementors to monitor and log error messages by default.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventError {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `error`.
    #[serde(rename = "type")]
    pub type_: ErrorTypeLiteral,
    /// Details of the error.
    pub error: RealtimeServerEventErrorErrorType,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventError {
    const NAME: &'static str = "RealtimeServerEventError";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ErrorTypeLiteral> = None;
        let mut error: Option<RealtimeServerEventErrorErrorType> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "error" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut error),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            error: error.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventError {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        error: impl Into<RealtimeServerEventErrorErrorType>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            error: error.into(),
        }
    }
}
/// Details of the error.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventErrorErrorType {
    /// The type of error (e.g., "invalid_request_error", "server_error").
    #[serde(rename = "type")]
    pub type_: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// A human-readable error message.
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub param: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventErrorErrorType {
    const NAME: &'static str = "RealtimeServerEventErrorErrorType";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<String> = None;
        let mut code: Option<String> = None;
        let mut message: Option<String> = None;
        let mut param: Option<String> = None;
        let mut event_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "code" => 1,
                    "message" => 2,
                    "param" => 3,
                    "event_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut code),
                2 => sdk_runtime_types::de::value(&mut map, &mut message),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut param),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: type_.unwrap_or_default(),
            code,
            message: message.unwrap_or_default(),
            param,
            event_id,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventErrorErrorType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventErrorErrorType {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(type_: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            type_: type_.into(),
            code: None,
            message: message.into(),
            param: None,
            event_id: None,
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
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
}
/// Returned when the input audio buffer is cleared by the client with a
/// `input_audio_buffer.clear` event.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventInputAudioBufferCleared {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `input_audio_buffer.cleared`.
    #[serde(rename = "type")]
    pub type_: InputAudioBufferClearedLiteral,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventInputAudioBufferCleared {
    const NAME: &'static str = "RealtimeServerEventInputAudioBufferCleared";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<InputAudioBufferClearedLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventInputAudioBufferCleared {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventInputAudioBufferCleared {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(event_id: impl Into<String>) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
        }
    }
}
/// Returned when an input audio buffer is committed, either by the client or
/// automatically in server VAD mode. The `item_id` property is the ID of the user
/// message item that will be created, thus a `conversation.item.created` event
/// will also be sent to the client.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventInputAudioBufferCommitted {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `input_audio_buffer.committed`.
    #[serde(rename = "type")]
    pub type_: InputAudioBufferCommittedLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_item_id: Option<String>,
    /// The ID of the user message item that will be created.
    pub item_id: String,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventInputAudioBufferCommitted {
    const NAME: &'static str = "RealtimeServerEventInputAudioBufferCommitted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<InputAudioBufferCommittedLiteral> = None;
        let mut previous_item_id: Option<String> = None;
        let mut item_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "previous_item_id" => 2,
                    "item_id" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut previous_item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            previous_item_id,
            item_id: item_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventInputAudioBufferCommitted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventInputAudioBufferCommitted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(event_id: impl Into<String>, item_id: impl Into<String>) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            previous_item_id: None,
            item_id: item_id.into(),
        }
    }
    /// Sets `previous_item_id`.
    pub fn previous_item_id(mut self, value: impl Into<String>) -> Self {
        self.previous_item_id = Some(value.into());
        self
    }
}
/// **SIP Only:** Returned when an DTMF event is received. A DTMF event is a message that
/// represents a telephone keypad press (0–9, *, #, A–D). The `event` property
/// is the keypad that the user press. The `received_at` is the UTC Unix Timestamp
/// that the server received the event.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventInputAudioBufferDtmfEventReceived {
    /// The event type, must be `input_audio_buffer.dtmf_event_received`.
    #[serde(rename = "type")]
    pub type_: InputAudioBufferDtmfEventReceivedLiteral,
    /// The telephone keypad that was pressed by the user.
    pub event: String,
    /// UTC Unix Timestamp when DTMF Event was received by server.
    pub received_at: i64,
}
impl sdk_runtime_types::de::Object
for RealtimeServerEventInputAudioBufferDtmfEventReceived {
    const NAME: &'static str = "RealtimeServerEventInputAudioBufferDtmfEventReceived";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<InputAudioBufferDtmfEventReceivedLiteral> = None;
        let mut event: Option<String> = None;
        let mut received_at: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "event" => 1,
                    "received_at" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut event),
                2 => sdk_runtime_types::de::value(&mut map, &mut received_at),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            event: event.unwrap_or_default(),
            received_at: received_at.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventInputAudioBufferDtmfEventReceived {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventInputAudioBufferDtmfEventReceived {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(event: impl Into<String>, received_at: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            event: event.into(),
            received_at: received_at.into(),
        }
    }
}
/// Sent by the server when in `server_vad` mode to indicate that speech has been
/// detected in the audio buffer. This can happen any time audio is added to the
/// buffer (unless speech is already detected). The client may want to use this
/// event to interrupt audio playback or provide visual feedback to the user.
///
/// The client should expect to receive a `input_audio_buffer.speech_stopped` event
/// when speech stops. The `item_id` property is the ID of the user message item
/// that will be created when speech stops and will also be included in the
/// `input_audio_buffer.speech_stopped` event (unless the client manually commits
/// the audio buffer during VAD activation).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventInputAudioBufferSpeechStarted {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `input_audio_buffer.speech_started`.
    #[serde(rename = "type")]
    pub type_: InputAudioBufferSpeechStartedLiteral,
    /// Milliseconds from the start of all audio written to the buffer during the
    /// session when speech was first detected. This will correspond to the
    /// beginning of audio sent to the model, and thus includes the
    /// `prefix_padding_ms` configured in the Session.
    pub audio_start_ms: i64,
    /// The ID of the user message item that will be created when speech stops.
    pub item_id: String,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventInputAudioBufferSpeechStarted {
    const NAME: &'static str = "RealtimeServerEventInputAudioBufferSpeechStarted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<InputAudioBufferSpeechStartedLiteral> = None;
        let mut audio_start_ms: Option<i64> = None;
        let mut item_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "audio_start_ms" => 2,
                    "item_id" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut audio_start_ms),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            audio_start_ms: audio_start_ms.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventInputAudioBufferSpeechStarted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventInputAudioBufferSpeechStarted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        audio_start_ms: impl Into<i64>,
        item_id: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            audio_start_ms: audio_start_ms.into(),
            item_id: item_id.into(),
        }
    }
}
/// Returned in `server_vad` mode when the server detects the end of speech in
/// the audio buffer. The server will also send an `conversation.item.created`
/// event with the user message item that is created from the audio buffer.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventInputAudioBufferSpeechStopped {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `input_audio_buffer.speech_stopped`.
    #[serde(rename = "type")]
    pub type_: InputAudioBufferSpeechStoppedLiteral,
    /// Milliseconds since the session started when speech stopped. This will
    /// correspond to the end of audio sent to the model, and thus includes the
    /// `min_silence_duration_ms` configured in the Session.
    pub audio_end_ms: i64,
    /// The ID of the user message item that will be created.
    pub item_id: String,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventInputAudioBufferSpeechStopped {
    const NAME: &'static str = "RealtimeServerEventInputAudioBufferSpeechStopped";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<InputAudioBufferSpeechStoppedLiteral> = None;
        let mut audio_end_ms: Option<i64> = None;
        let mut item_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "audio_end_ms" => 2,
                    "item_id" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut audio_end_ms),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            audio_end_ms: audio_end_ms.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventInputAudioBufferSpeechStopped {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventInputAudioBufferSpeechStopped {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        audio_end_ms: impl Into<i64>,
        item_id: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            audio_end_ms: audio_end_ms.into(),
            item_id: item_id.into(),
        }
    }
}
/// Emitted at the beginning of a Response to indicate the updated rate limits.
/// When a Response is created some tokens will be "reserved" for the output
/// tokens, the rate limits shown here reflect that reservation, which is then
/// adjusted accordingly once the Response is completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventRateLimitsUpdated {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `rate_limits.updated`.
    #[serde(rename = "type")]
    pub type_: RateLimitsUpdatedLiteral,
    /// List of rate limit information.
    pub rate_limits: Vec<RealtimeServerEventRateLimitsUpdatedRateLimitsItem>,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventRateLimitsUpdated {
    const NAME: &'static str = "RealtimeServerEventRateLimitsUpdated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<RateLimitsUpdatedLiteral> = None;
        let mut rate_limits: Option<
            Vec<RealtimeServerEventRateLimitsUpdatedRateLimitsItem>,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "rate_limits" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut rate_limits),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            rate_limits: rate_limits.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventRateLimitsUpdated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventRateLimitsUpdated {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        rate_limits: impl Into<Vec<RealtimeServerEventRateLimitsUpdatedRateLimitsItem>>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            rate_limits: rate_limits.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventRateLimitsUpdatedRateLimitsItem {
    /// The name of the rate limit (`requests`, `tokens`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName>,
    /// The maximum allowed value for the rate limit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// The remaining value before the limit is reached.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remaining: Option<i64>,
    /// Seconds until the rate limit resets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reset_seconds: Option<f64>,
}
impl sdk_runtime_types::de::Object
for RealtimeServerEventRateLimitsUpdatedRateLimitsItem {
    const NAME: &'static str = "RealtimeServerEventRateLimitsUpdatedRateLimitsItem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<
            RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName,
        > = None;
        let mut limit: Option<i64> = None;
        let mut remaining: Option<i64> = None;
        let mut reset_seconds: Option<f64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "limit" => 1,
                    "remaining" => 2,
                    "reset_seconds" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut remaining),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut reset_seconds),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name,
            limit,
            remaining,
            reset_seconds,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventRateLimitsUpdatedRateLimitsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventRateLimitsUpdatedRateLimitsItem {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            name: None,
            limit: None,
            remaining: None,
            reset_seconds: None,
        }
    }
    /// Sets `name`.
    pub fn name(
        mut self,
        value: impl Into<RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName>,
    ) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `remaining`.
    pub fn remaining(mut self, value: impl Into<i64>) -> Self {
        self.remaining = Some(value.into());
        self
    }
    /// Sets `reset_seconds`.
    pub fn reset_seconds(mut self, value: impl Into<f64>) -> Self {
        self.reset_seconds = Some(value.into());
        self
    }
}
/// Returned when the model-generated audio is updated.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventResponseAudioDelta {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.output_audio.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseOutputAudioDeltaLiteral,
    /// The ID of the response.
    pub response_id: String,
    /// The ID of the item.
    pub item_id: String,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The index of the content part in the item's content array.
    pub content_index: i64,
    /// Base64-encoded audio data delta.
    pub delta: String,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventResponseAudioDelta {
    const NAME: &'static str = "RealtimeServerEventResponseAudioDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseOutputAudioDeltaLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut delta: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    "item_id" => 3,
                    "output_index" => 4,
                    "content_index" => 5,
                    "delta" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                6 => sdk_runtime_types::de::value(&mut map, &mut delta),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventResponseAudioDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventResponseAudioDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response_id: impl Into<String>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        delta: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            delta: delta.into(),
        }
    }
}
/// Returned when the model-generated audio is done. Also emitted when a Response
/// is interrupted, incomplete, or cancelled.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventResponseAudioDone {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.output_audio.done`.
    #[serde(rename = "type")]
    pub type_: ResponseOutputAudioDoneLiteral,
    /// The ID of the response.
    pub response_id: String,
    /// The ID of the item.
    pub item_id: String,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The index of the content part in the item's content array.
    pub content_index: i64,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventResponseAudioDone {
    const NAME: &'static str = "RealtimeServerEventResponseAudioDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseOutputAudioDoneLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    "item_id" => 3,
                    "output_index" => 4,
                    "content_index" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventResponseAudioDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventResponseAudioDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response_id: impl Into<String>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
        }
    }
}
/// Returned when the model-generated transcription of audio output is updated.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventResponseAudioTranscriptDelta {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.output_audio_transcript.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseOutputAudioTranscriptDeltaLiteral,
    /// The ID of the response.
    pub response_id: String,
    /// The ID of the item.
    pub item_id: String,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The index of the content part in the item's content array.
    pub content_index: i64,
    /// The transcript delta.
    pub delta: String,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventResponseAudioTranscriptDelta {
    const NAME: &'static str = "RealtimeServerEventResponseAudioTranscriptDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseOutputAudioTranscriptDeltaLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut delta: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    "item_id" => 3,
                    "output_index" => 4,
                    "content_index" => 5,
                    "delta" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                6 => sdk_runtime_types::de::value(&mut map, &mut delta),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventResponseAudioTranscriptDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventResponseAudioTranscriptDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response_id: impl Into<String>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        delta: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            delta: delta.into(),
        }
    }
}
/// Returned when the model-generated transcription of audio output is done
/// streaming. Also emitted when a Response is interrupted, incomplete, or
/// cancelled.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventResponseAudioTranscriptDone {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.output_audio_transcript.done`.
    #[serde(rename = "type")]
    pub type_: ResponseOutputAudioTranscriptDoneLiteral,
    /// The ID of the response.
    pub response_id: String,
    /// The ID of the item.
    pub item_id: String,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The index of the content part in the item's content array.
    pub content_index: i64,
    /// The final transcript of the audio.
    pub transcript: String,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventResponseAudioTranscriptDone {
    const NAME: &'static str = "RealtimeServerEventResponseAudioTranscriptDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseOutputAudioTranscriptDoneLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut transcript: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    "item_id" => 3,
                    "output_index" => 4,
                    "content_index" => 5,
                    "transcript" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                6 => sdk_runtime_types::de::value(&mut map, &mut transcript),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            transcript: transcript.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventResponseAudioTranscriptDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventResponseAudioTranscriptDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response_id: impl Into<String>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        transcript: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            transcript: transcript.into(),
        }
    }
}
/// Returned when a new content part is added to an assistant message item during
/// response generation.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventResponseContentPartAdded {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.content_part.added`.
    #[serde(rename = "type")]
    pub type_: ResponseContentPartAddedLiteral,
    /// The ID of the response.
    pub response_id: String,
    /// The ID of the item to which the content part was added.
    pub item_id: String,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The index of the content part in the item's content array.
    pub content_index: i64,
    /// The content part that was added.
    pub part: RealtimeServerEventResponseContentPartAddedPart,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventResponseContentPartAdded {
    const NAME: &'static str = "RealtimeServerEventResponseContentPartAdded";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseContentPartAddedLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut part: Option<RealtimeServerEventResponseContentPartAddedPart> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    "item_id" => 3,
                    "output_index" => 4,
                    "content_index" => 5,
                    "part" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                6 => sdk_runtime_types::de::value(&mut map, &mut part),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            part: part.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventResponseContentPartAdded {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventResponseContentPartAdded {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response_id: impl Into<String>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        part: impl Into<RealtimeServerEventResponseContentPartAddedPart>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            part: part.into(),
        }
    }
}
/// The content part that was added.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventResponseContentPartAddedPart {
    /// The content type ("text", "audio").
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<RealtimeBetaServerEventResponseContentPartAddedPartType>,
    /// The text content (if type is "text").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Base64-encoded audio data (if type is "audio").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio: Option<String>,
    /// The transcript of the audio (if type is "audio").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transcript: Option<String>,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventResponseContentPartAddedPart {
    const NAME: &'static str = "RealtimeServerEventResponseContentPartAddedPart";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<RealtimeBetaServerEventResponseContentPartAddedPartType> = None;
        let mut text: Option<String> = None;
        let mut audio: Option<String> = None;
        let mut transcript: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "text" => 1,
                    "audio" => 2,
                    "transcript" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut text),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut audio),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut transcript),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_,
            text,
            audio,
            transcript,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventResponseContentPartAddedPart {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventResponseContentPartAddedPart {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: None,
            text: None,
            audio: None,
            transcript: None,
        }
    }
    /// Sets `type`.
    pub fn type_(
        mut self,
        value: impl Into<RealtimeBetaServerEventResponseContentPartAddedPartType>,
    ) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
    /// Sets `audio`.
    pub fn audio(mut self, value: impl Into<String>) -> Self {
        self.audio = Some(value.into());
        self
    }
    /// Sets `transcript`.
    pub fn transcript(mut self, value: impl Into<String>) -> Self {
        self.transcript = Some(value.into());
        self
    }
}
/// Returned when a content part is done streaming in an assistant message item.
/// Also emitted when a Response is interrupted, incomplete, or cancelled.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventResponseContentPartDone {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.content_part.done`.
    #[serde(rename = "type")]
    pub type_: ResponseContentPartDoneLiteral,
    /// The ID of the response.
    pub response_id: String,
    /// The ID of the item.
    pub item_id: String,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The index of the content part in the item's content array.
    pub content_index: i64,
    /// The content part that is done.
    pub part: RealtimeServerEventResponseContentPartDonePart,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventResponseContentPartDone {
    const NAME: &'static str = "RealtimeServerEventResponseContentPartDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseContentPartDoneLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut part: Option<RealtimeServerEventResponseContentPartDonePart> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    "item_id" => 3,
                    "output_index" => 4,
                    "content_index" => 5,
                    "part" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                6 => sdk_runtime_types::de::value(&mut map, &mut part),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            part: part.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventResponseContentPartDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventResponseContentPartDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response_id: impl Into<String>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        part: impl Into<RealtimeServerEventResponseContentPartDonePart>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            part: part.into(),
        }
    }
}
/// The content part that is done.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventResponseContentPartDonePart {
    /// The content type ("text", "audio").
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<RealtimeBetaServerEventResponseContentPartAddedPartType>,
    /// The text content (if type is "text").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Base64-encoded audio data (if type is "audio").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio: Option<String>,
    /// The transcript of the audio (if type is "audio").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transcript: Option<String>,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventResponseContentPartDonePart {
    const NAME: &'static str = "RealtimeServerEventResponseContentPartDonePart";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<RealtimeBetaServerEventResponseContentPartAddedPartType> = None;
        let mut text: Option<String> = None;
        let mut audio: Option<String> = None;
        let mut transcript: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "text" => 1,
                    "audio" => 2,
                    "transcript" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut text),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut audio),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut transcript),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_,
            text,
            audio,
            transcript,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventResponseContentPartDonePart {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventResponseContentPartDonePart {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: None,
            text: None,
            audio: None,
            transcript: None,
        }
    }
    /// Sets `type`.
    pub fn type_(
        mut self,
        value: impl Into<RealtimeBetaServerEventResponseContentPartAddedPartType>,
    ) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
    /// Sets `audio`.
    pub fn audio(mut self, value: impl Into<String>) -> Self {
        self.audio = Some(value.into());
        self
    }
    /// Sets `transcript`.
    pub fn transcript(mut self, value: impl Into<String>) -> Self {
        self.transcript = Some(value.into());
        self
    }
}
/// Returned when a new Response is created. The first event of response creation,
/// where the response is in an initial state of `in_progress`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventResponseCreated {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.created`.
    #[serde(rename = "type")]
    pub type_: ResponseCreatedLiteral,
    pub response: RealtimeResponse,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventResponseCreated {
    const NAME: &'static str = "RealtimeServerEventResponseCreated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseCreatedLiteral> = None;
        let mut response: Option<RealtimeResponse> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response: response.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventResponseCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventResponseCreated {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response: impl Into<RealtimeResponse>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response: response.into(),
        }
    }
}
/// Returned when a Response is done streaming. Always emitted, no matter the
/// final state. The Response object included in the `response.done` event will
/// include all output Items in the Response but will omit the raw audio data.
///
/// Clients should check the `status` field of the Response to determine if it was successful
/// (`completed`) or if there was another outcome: `cancelled`, `failed`, or `incomplete`.
///
/// A response will contain all output items that were generated during the response, excluding
/// any audio content.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventResponseDone {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.done`.
    #[serde(rename = "type")]
    pub type_: ResponseDoneLiteral,
    pub response: RealtimeResponse,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventResponseDone {
    const NAME: &'static str = "RealtimeServerEventResponseDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseDoneLiteral> = None;
        let mut response: Option<RealtimeResponse> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response: response.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventResponseDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventResponseDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response: impl Into<RealtimeResponse>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response: response.into(),
        }
    }
}
/// Returned when the model-generated function call arguments are updated.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventResponseFunctionCallArgumentsDelta {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.function_call_arguments.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseFunctionCallArgumentsDeltaLiteral,
    /// The ID of the response.
    pub response_id: String,
    /// The ID of the function call item.
    pub item_id: String,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The ID of the function call.
    pub call_id: String,
    /// The arguments delta as a JSON string.
    pub delta: String,
}
impl sdk_runtime_types::de::Object
for RealtimeServerEventResponseFunctionCallArgumentsDelta {
    const NAME: &'static str = "RealtimeServerEventResponseFunctionCallArgumentsDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseFunctionCallArgumentsDeltaLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut call_id: Option<String> = None;
        let mut delta: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    "item_id" => 3,
                    "output_index" => 4,
                    "call_id" => 5,
                    "delta" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                6 => sdk_runtime_types::de::value(&mut map, &mut delta),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            call_id: call_id.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventResponseFunctionCallArgumentsDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventResponseFunctionCallArgumentsDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response_id: impl Into<String>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        call_id: impl Into<String>,
        delta: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            call_id: call_id.into(),
            delta: delta.into(),
        }
    }
}
/// Returned when the model-generated function call arguments are done streaming.
/// Also emitted when a Response is interrupted, incomplete, or cancelled.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventResponseFunctionCallArgumentsDone {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.function_call_arguments.done`.
    #[serde(rename = "type")]
    pub type_: ResponseFunctionCallArgumentsDoneLiteral,
    /// The ID of the response.
    pub response_id: String,
    /// The ID of the function call item.
    pub item_id: String,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The ID of the function call.
    pub call_id: String,
    /// The name of the function that was called.
    pub name: String,
    /// The final arguments as a JSON string.
    pub arguments: String,
}
impl sdk_runtime_types::de::Object
for RealtimeServerEventResponseFunctionCallArgumentsDone {
    const NAME: &'static str = "RealtimeServerEventResponseFunctionCallArgumentsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseFunctionCallArgumentsDoneLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut call_id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut arguments: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    "item_id" => 3,
                    "output_index" => 4,
                    "call_id" => 5,
                    "name" => 6,
                    "arguments" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                6 => sdk_runtime_types::de::value(&mut map, &mut name),
                7 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            call_id: call_id.unwrap_or_default(),
            name: name.unwrap_or_default(),
            arguments: arguments.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventResponseFunctionCallArgumentsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventResponseFunctionCallArgumentsDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response_id: impl Into<String>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        call_id: impl Into<String>,
        name: impl Into<String>,
        arguments: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            call_id: call_id.into(),
            name: name.into(),
            arguments: arguments.into(),
        }
    }
}
/// Returned when a new Item is created during Response generation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RealtimeServerEventResponseOutputItemAdded {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.output_item.added`.
    #[serde(rename = "type")]
    pub type_: ResponseOutputItemAddedLiteral,
    /// The ID of the Response to which the item belongs.
    pub response_id: String,
    /// The index of the output item in the Response.
    pub output_index: i64,
    pub item: RealtimeConversationItem,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventResponseOutputItemAdded {
    const NAME: &'static str = "RealtimeServerEventResponseOutputItemAdded";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseOutputItemAddedLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut item: Option<RealtimeConversationItem> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    "output_index" => 3,
                    "item" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut item),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            item: sdk_runtime_types::de::required::<_, A::Error>(item, "item")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventResponseOutputItemAdded {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventResponseOutputItemAdded {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response_id: impl Into<String>,
        output_index: impl Into<i64>,
        item: impl Into<RealtimeConversationItem>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
            output_index: output_index.into(),
            item: item.into(),
        }
    }
}
/// Returned when an Item is done streaming. Also emitted when a Response is
/// interrupted, incomplete, or cancelled.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RealtimeServerEventResponseOutputItemDone {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.output_item.done`.
    #[serde(rename = "type")]
    pub type_: ResponseOutputItemDoneLiteral,
    /// The ID of the Response to which the item belongs.
    pub response_id: String,
    /// The index of the output item in the Response.
    pub output_index: i64,
    pub item: RealtimeConversationItem,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventResponseOutputItemDone {
    const NAME: &'static str = "RealtimeServerEventResponseOutputItemDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseOutputItemDoneLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut item: Option<RealtimeConversationItem> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    "output_index" => 3,
                    "item" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut item),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            item: sdk_runtime_types::de::required::<_, A::Error>(item, "item")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventResponseOutputItemDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventResponseOutputItemDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response_id: impl Into<String>,
        output_index: impl Into<i64>,
        item: impl Into<RealtimeConversationItem>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
            output_index: output_index.into(),
            item: item.into(),
        }
    }
}
/// Returned when the text value of an "output_text" content part is updated.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventResponseTextDelta {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.output_text.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseOutputTextDeltaLiteral,
    /// The ID of the response.
    pub response_id: String,
    /// The ID of the item.
    pub item_id: String,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The index of the content part in the item's content array.
    pub content_index: i64,
    /// The text delta.
    pub delta: String,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventResponseTextDelta {
    const NAME: &'static str = "RealtimeServerEventResponseTextDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseOutputTextDeltaLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut delta: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    "item_id" => 3,
                    "output_index" => 4,
                    "content_index" => 5,
                    "delta" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                6 => sdk_runtime_types::de::value(&mut map, &mut delta),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventResponseTextDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventResponseTextDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response_id: impl Into<String>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        delta: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            delta: delta.into(),
        }
    }
}
/// Returned when the text value of an "output_text" content part is done streaming. Also
/// emitted when a Response is interrupted, incomplete, or cancelled.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventResponseTextDone {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.output_text.done`.
    #[serde(rename = "type")]
    pub type_: ResponseOutputTextDoneLiteral,
    /// The ID of the response.
    pub response_id: String,
    /// The ID of the item.
    pub item_id: String,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The index of the content part in the item's content array.
    pub content_index: i64,
    /// The final text content.
    pub text: String,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventResponseTextDone {
    const NAME: &'static str = "RealtimeServerEventResponseTextDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseOutputTextDoneLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut text: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    "item_id" => 3,
                    "output_index" => 4,
                    "content_index" => 5,
                    "text" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                6 => sdk_runtime_types::de::value(&mut map, &mut text),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            text: text.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventResponseTextDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventResponseTextDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response_id: impl Into<String>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        text: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            text: text.into(),
        }
    }
}
/// Returned when a Session is created. Emitted automatically when a new
/// connection is established as the first server event. This event will contain
/// the default Session configuration.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RealtimeServerEventSessionCreated {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `session.created`.
    #[serde(rename = "type")]
    pub type_: SessionCreatedLiteral,
    /// The session configuration.
    pub session: RealtimeServerEventSessionCreatedSession,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventSessionCreated {
    const NAME: &'static str = "RealtimeServerEventSessionCreated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<SessionCreatedLiteral> = None;
        let mut session: Option<RealtimeServerEventSessionCreatedSession> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "session" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut session),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            session: sdk_runtime_types::de::required::<_, A::Error>(session, "session")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventSessionCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventSessionCreated {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        session: impl Into<RealtimeServerEventSessionCreatedSession>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            session: session.into(),
        }
    }
}
/// The session configuration.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeServerEventSessionCreatedSession {
    /// `realtime`
    Realtime(Box<RealtimeSessionCreateResponseGa>),
    /// `transcription`
    Transcription(Box<RealtimeTranscriptionSessionCreateResponseGa>),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for RealtimeServerEventSessionCreatedSession {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Realtime(value) => value.serialize(serializer),
            Self::Transcription(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for RealtimeServerEventSessionCreatedSession {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "realtime" => Deserialize::deserialize(content).map(Self::Realtime),
                "transcription" => {
                    Deserialize::deserialize(content).map(Self::Transcription)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventSessionCreatedSession {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<RealtimeSessionCreateResponseGa> for RealtimeServerEventSessionCreatedSession {
    fn from(value: RealtimeSessionCreateResponseGa) -> Self {
        Self::Realtime(Box::new(value))
    }
}
impl From<RealtimeTranscriptionSessionCreateResponseGa>
for RealtimeServerEventSessionCreatedSession {
    fn from(value: RealtimeTranscriptionSessionCreateResponseGa) -> Self {
        Self::Transcription(Box::new(value))
    }
}
/// Returned when a session is updated with a `session.update` event, unless
/// there is an error.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RealtimeServerEventSessionUpdated {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `session.updated`.
    #[serde(rename = "type")]
    pub type_: SessionUpdatedLiteral,
    /// The session configuration.
    pub session: RealtimeServerEventSessionUpdatedSession,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventSessionUpdated {
    const NAME: &'static str = "RealtimeServerEventSessionUpdated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<SessionUpdatedLiteral> = None;
        let mut session: Option<RealtimeServerEventSessionUpdatedSession> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "session" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut session),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            session: sdk_runtime_types::de::required::<_, A::Error>(session, "session")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventSessionUpdated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventSessionUpdated {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        session: impl Into<RealtimeServerEventSessionUpdatedSession>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            session: session.into(),
        }
    }
}
/// The session configuration.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeServerEventSessionUpdatedSession {
    /// `realtime`
    Realtime(Box<RealtimeSessionCreateResponseGa>),
    /// `transcription`
    Transcription(Box<RealtimeTranscriptionSessionCreateResponseGa>),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for RealtimeServerEventSessionUpdatedSession {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Realtime(value) => value.serialize(serializer),
            Self::Transcription(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for RealtimeServerEventSessionUpdatedSession {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "realtime" => Deserialize::deserialize(content).map(Self::Realtime),
                "transcription" => {
                    Deserialize::deserialize(content).map(Self::Transcription)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventSessionUpdatedSession {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<RealtimeSessionCreateResponseGa> for RealtimeServerEventSessionUpdatedSession {
    fn from(value: RealtimeSessionCreateResponseGa) -> Self {
        Self::Realtime(Box::new(value))
    }
}
impl From<RealtimeTranscriptionSessionCreateResponseGa>
for RealtimeServerEventSessionUpdatedSession {
    fn from(value: RealtimeTranscriptionSessionCreateResponseGa) -> Self {
        Self::Transcription(Box::new(value))
    }
}
/// **WebRTC/SIP Only:** Emitted when the server begins streaming audio to the client. This event is
/// emitted after an audio content part has been added (`response.content_part.added`)
/// to the response.
/// [Learn more](https://platform.openai.com/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventOutputAudioBufferStarted {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `output_audio_buffer.started`.
    #[serde(rename = "type")]
    pub type_: OutputAudioBufferStartedLiteral,
    /// The unique ID of the response that produced the audio.
    pub response_id: String,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventOutputAudioBufferStarted {
    const NAME: &'static str = "RealtimeServerEventOutputAudioBufferStarted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<OutputAudioBufferStartedLiteral> = None;
        let mut response_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventOutputAudioBufferStarted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventOutputAudioBufferStarted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(event_id: impl Into<String>, response_id: impl Into<String>) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
        }
    }
}
/// **WebRTC/SIP Only:** Emitted when the output audio buffer has been completely drained on the server,
/// and no more audio is forthcoming. This event is emitted after the full response
/// data has been sent to the client (`response.done`).
/// [Learn more](https://platform.openai.com/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventOutputAudioBufferStopped {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `output_audio_buffer.stopped`.
    #[serde(rename = "type")]
    pub type_: OutputAudioBufferStoppedLiteral,
    /// The unique ID of the response that produced the audio.
    pub response_id: String,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventOutputAudioBufferStopped {
    const NAME: &'static str = "RealtimeServerEventOutputAudioBufferStopped";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<OutputAudioBufferStoppedLiteral> = None;
        let mut response_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventOutputAudioBufferStopped {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventOutputAudioBufferStopped {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(event_id: impl Into<String>, response_id: impl Into<String>) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
        }
    }
}
/// **WebRTC/SIP Only:** Emitted when the output audio buffer is cleared. This happens either in VAD
/// mode when the user has interrupted (`input_audio_buffer.speech_started`),
/// or when the client has emitted the `output_audio_buffer.clear` event to manually
/// cut off the current audio response.
/// [Learn more](https://platform.openai.com/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventOutputAudioBufferCleared {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `output_audio_buffer.cleared`.
    #[serde(rename = "type")]
    pub type_: OutputAudioBufferClearedLiteral,
    /// The unique ID of the response that produced the audio.
    pub response_id: String,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventOutputAudioBufferCleared {
    const NAME: &'static str = "RealtimeServerEventOutputAudioBufferCleared";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<OutputAudioBufferClearedLiteral> = None;
        let mut response_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventOutputAudioBufferCleared {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventOutputAudioBufferCleared {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(event_id: impl Into<String>, response_id: impl Into<String>) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
        }
    }
}
/// Sent by the server when an Item is added to the default Conversation. This can happen in several cases:
/// - When the client sends a `conversation.item.create` event.
/// - When the input audio buffer is committed. In this case the item will be a user message containing the audio from the buffer.
/// - When the model is generating a Response. In this case the `conversation.item.added` event will be sent when the model starts generating a specific Item, and thus it will not yet have any content (and `status` will be `in_progress`).
///
/// The event will include the full content of the Item (except when model is generating a Response) except for audio data, which can be retrieved separately with a `conversation.item.retrieve` event if necessary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RealtimeServerEventConversationItemAdded {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `conversation.item.added`.
    #[serde(rename = "type")]
    pub type_: ConversationItemAddedLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_item_id: Option<String>,
    pub item: RealtimeConversationItem,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventConversationItemAdded {
    const NAME: &'static str = "RealtimeServerEventConversationItemAdded";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ConversationItemAddedLiteral> = None;
        let mut previous_item_id: Option<String> = None;
        let mut item: Option<RealtimeConversationItem> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "previous_item_id" => 2,
                    "item" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut previous_item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            previous_item_id,
            item: sdk_runtime_types::de::required::<_, A::Error>(item, "item")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventConversationItemAdded {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventConversationItemAdded {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        item: impl Into<RealtimeConversationItem>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            previous_item_id: None,
            item: item.into(),
        }
    }
    /// Sets `previous_item_id`.
    pub fn previous_item_id(mut self, value: impl Into<String>) -> Self {
        self.previous_item_id = Some(value.into());
        self
    }
}
/// Returned when a conversation item is finalized.
///
/// The event will include the full content of the Item except for audio data, which can be retrieved separately with a `conversation.item.retrieve` event if needed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RealtimeServerEventConversationItemDone {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `conversation.item.done`.
    #[serde(rename = "type")]
    pub type_: ConversationItemDoneLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_item_id: Option<String>,
    pub item: RealtimeConversationItem,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventConversationItemDone {
    const NAME: &'static str = "RealtimeServerEventConversationItemDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ConversationItemDoneLiteral> = None;
        let mut previous_item_id: Option<String> = None;
        let mut item: Option<RealtimeConversationItem> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "previous_item_id" => 2,
                    "item" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut previous_item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            previous_item_id,
            item: sdk_runtime_types::de::required::<_, A::Error>(item, "item")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventConversationItemDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventConversationItemDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        item: impl Into<RealtimeConversationItem>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            previous_item_id: None,
            item: item.into(),
        }
    }
    /// Sets `previous_item_id`.
    pub fn previous_item_id(mut self, value: impl Into<String>) -> Self {
        self.previous_item_id = Some(value.into());
        self
    }
}
/// Returned when the Server VAD timeout is triggered for the input audio buffer. This is configured
/// with `idle_timeout_ms` in the `turn_detection` settings of the session, and it indicates that
/// there hasn't been any speech detected for the configured duration.
///
/// The `audio_start_ms` and `audio_end_ms` fields indicate the segment of audio after the last
/// model response up to the triggering time, as an offset from the beginning of audio written
/// to the input audio buffer. This means it demarcates the segment of audio that was silent and
/// the difference between the start and end values will roughly match the configured timeout.
///
/// The empty audio will be committed to the conversation as an `input_audio` item (there will be a
/// `input_audio_buffer.committed` event) and a model response will be generated. There may be speech
/// that didn't trigger VAD but is still detected by the model, so the model may respond with
/// something relevant to the conversation or a prompt to continue speaking.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventInputAudioBufferTimeoutTriggered {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `input_audio_buffer.timeout_triggered`.
    #[serde(rename = "type")]
    pub type_: InputAudioBufferTimeoutTriggeredLiteral,
    /// Millisecond offset of audio written to the input audio buffer that was after the playback time of the last model response.
    pub audio_start_ms: i64,
    /// Millisecond offset of audio written to the input audio buffer at the time the timeout was triggered.
    pub audio_end_ms: i64,
    /// The ID of the item associated with this segment.
    pub item_id: String,
}
impl sdk_runtime_types::de::Object
for RealtimeServerEventInputAudioBufferTimeoutTriggered {
    const NAME: &'static str = "RealtimeServerEventInputAudioBufferTimeoutTriggered";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<InputAudioBufferTimeoutTriggeredLiteral> = None;
        let mut audio_start_ms: Option<i64> = None;
        let mut audio_end_ms: Option<i64> = None;
        let mut item_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "audio_start_ms" => 2,
                    "audio_end_ms" => 3,
                    "item_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut audio_start_ms),
                3 => sdk_runtime_types::de::value(&mut map, &mut audio_end_ms),
                4 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            audio_start_ms: audio_start_ms.unwrap_or_default(),
            audio_end_ms: audio_end_ms.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventInputAudioBufferTimeoutTriggered {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventInputAudioBufferTimeoutTriggered {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        audio_start_ms: impl Into<i64>,
        audio_end_ms: impl Into<i64>,
        item_id: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            audio_start_ms: audio_start_ms.into(),
            audio_end_ms: audio_end_ms.into(),
            item_id: item_id.into(),
        }
    }
}
/// Returned when an input audio transcription segment is identified for an item.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventConversationItemInputAudioTranscriptionSegment {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `conversation.item.input_audio_transcription.segment`.
    #[serde(rename = "type")]
    pub type_: ConversationItemInputAudioTranscriptionSegmentLiteral,
    /// The ID of the item containing the input audio content.
    pub item_id: String,
    /// The index of the input audio content part within the item.
    pub content_index: i64,
    /// The text for this segment.
    pub text: String,
    /// The segment identifier.
    pub id: String,
    /// The detected speaker label for this segment.
    pub speaker: String,
    /// Start time of the segment in seconds.
    pub start: f64,
    /// End time of the segment in seconds.
    pub end: f64,
}
impl sdk_runtime_types::de::Object
for RealtimeServerEventConversationItemInputAudioTranscriptionSegment {
    const NAME: &'static str = "RealtimeServerEventConversationItemInputAudioTranscriptionSegment";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ConversationItemInputAudioTranscriptionSegmentLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut content_index: Option<i64> = None;
        let mut text: Option<String> = None;
        let mut id: Option<String> = None;
        let mut speaker: Option<String> = None;
        let mut start: Option<f64> = None;
        let mut end: Option<f64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    "content_index" => 3,
                    "text" => 4,
                    "id" => 5,
                    "speaker" => 6,
                    "start" => 7,
                    "end" => 8,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut text),
                5 => sdk_runtime_types::de::value(&mut map, &mut id),
                6 => sdk_runtime_types::de::value(&mut map, &mut speaker),
                7 => sdk_runtime_types::de::value(&mut map, &mut start),
                8 => sdk_runtime_types::de::value(&mut map, &mut end),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            text: text.unwrap_or_default(),
            id: id.unwrap_or_default(),
            speaker: speaker.unwrap_or_default(),
            start: start.unwrap_or_default(),
            end: end.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de>
for RealtimeServerEventConversationItemInputAudioTranscriptionSegment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventConversationItemInputAudioTranscriptionSegment {}
/// Returned when listing MCP tools is in progress for an item.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventMcpListToolsInProgress {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `mcp_list_tools.in_progress`.
    #[serde(rename = "type")]
    pub type_: McpListToolsInProgressLiteral,
    /// The ID of the MCP list tools item.
    pub item_id: String,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventMcpListToolsInProgress {
    const NAME: &'static str = "RealtimeServerEventMcpListToolsInProgress";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<McpListToolsInProgressLiteral> = None;
        let mut item_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventMcpListToolsInProgress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventMcpListToolsInProgress {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(event_id: impl Into<String>, item_id: impl Into<String>) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            item_id: item_id.into(),
        }
    }
}
/// Returned when listing MCP tools has completed for an item.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventMcpListToolsCompleted {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `mcp_list_tools.completed`.
    #[serde(rename = "type")]
    pub type_: McpListToolsCompletedLiteral,
    /// The ID of the MCP list tools item.
    pub item_id: String,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventMcpListToolsCompleted {
    const NAME: &'static str = "RealtimeServerEventMcpListToolsCompleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<McpListToolsCompletedLiteral> = None;
        let mut item_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventMcpListToolsCompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventMcpListToolsCompleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(event_id: impl Into<String>, item_id: impl Into<String>) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            item_id: item_id.into(),
        }
    }
}
/// Returned when listing MCP tools has failed for an item.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventMcpListToolsFailed {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `mcp_list_tools.failed`.
    #[serde(rename = "type")]
    pub type_: McpListToolsFailedLiteral,
    /// The ID of the MCP list tools item.
    pub item_id: String,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventMcpListToolsFailed {
    const NAME: &'static str = "RealtimeServerEventMcpListToolsFailed";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<McpListToolsFailedLiteral> = None;
        let mut item_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "item_id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventMcpListToolsFailed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventMcpListToolsFailed {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(event_id: impl Into<String>, item_id: impl Into<String>) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            item_id: item_id.into(),
        }
    }
}
/// Returned when MCP tool call arguments are updated during response generation.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventResponseMcpCallArgumentsDelta {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.mcp_call_arguments.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseMcpCallArgumentsDeltaLiteral,
    /// The ID of the response.
    pub response_id: String,
    /// The ID of the MCP tool call item.
    pub item_id: String,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The JSON-encoded arguments delta.
    pub delta: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub obfuscation: Option<String>,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventResponseMcpCallArgumentsDelta {
    const NAME: &'static str = "RealtimeServerEventResponseMcpCallArgumentsDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseMcpCallArgumentsDeltaLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut delta: Option<String> = None;
        let mut obfuscation: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    "item_id" => 3,
                    "output_index" => 4,
                    "delta" => 5,
                    "obfuscation" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut delta),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut obfuscation),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
            obfuscation,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventResponseMcpCallArgumentsDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventResponseMcpCallArgumentsDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response_id: impl Into<String>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        delta: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
            item_id: item_id.into(),
            output_index: output_index.into(),
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
/// Returned when MCP tool call arguments are finalized during response generation.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventResponseMcpCallArgumentsDone {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.mcp_call_arguments.done`.
    #[serde(rename = "type")]
    pub type_: ResponseMcpCallArgumentsDoneLiteral,
    /// The ID of the response.
    pub response_id: String,
    /// The ID of the MCP tool call item.
    pub item_id: String,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The final JSON-encoded arguments string.
    pub arguments: String,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventResponseMcpCallArgumentsDone {
    const NAME: &'static str = "RealtimeServerEventResponseMcpCallArgumentsDone";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseMcpCallArgumentsDoneLiteral> = None;
        let mut response_id: Option<String> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut arguments: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "response_id" => 2,
                    "item_id" => 3,
                    "output_index" => 4,
                    "arguments" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut response_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response_id: response_id.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            arguments: arguments.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventResponseMcpCallArgumentsDone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventResponseMcpCallArgumentsDone {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        response_id: impl Into<String>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        arguments: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            response_id: response_id.into(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            arguments: arguments.into(),
        }
    }
}
/// Returned when an MCP tool call has started and is in progress.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventResponseMcpCallInProgress {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.mcp_call.in_progress`.
    #[serde(rename = "type")]
    pub type_: ResponseMcpCallInProgressLiteral,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The ID of the MCP tool call item.
    pub item_id: String,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventResponseMcpCallInProgress {
    const NAME: &'static str = "RealtimeServerEventResponseMcpCallInProgress";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseMcpCallInProgressLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "output_index" => 2,
                    "item_id" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventResponseMcpCallInProgress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventResponseMcpCallInProgress {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
        }
    }
}
/// Returned when an MCP tool call has completed successfully.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventResponseMcpCallCompleted {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.mcp_call.completed`.
    #[serde(rename = "type")]
    pub type_: ResponseMcpCallCompletedLiteral,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The ID of the MCP tool call item.
    pub item_id: String,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventResponseMcpCallCompleted {
    const NAME: &'static str = "RealtimeServerEventResponseMcpCallCompleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseMcpCallCompletedLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "output_index" => 2,
                    "item_id" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventResponseMcpCallCompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventResponseMcpCallCompleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
        }
    }
}
/// Returned when an MCP tool call has failed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventResponseMcpCallFailed {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `response.mcp_call.failed`.
    #[serde(rename = "type")]
    pub type_: ResponseMcpCallFailedLiteral,
    /// The index of the output item in the response.
    pub output_index: i64,
    /// The ID of the MCP tool call item.
    pub item_id: String,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventResponseMcpCallFailed {
    const NAME: &'static str = "RealtimeServerEventResponseMcpCallFailed";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<ResponseMcpCallFailedLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "output_index" => 2,
                    "item_id" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventResponseMcpCallFailed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventResponseMcpCallFailed {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
        }
    }
}
/// Returned when a transcription session is updated with a `transcription_session.update` event, unless
/// there is an error.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeServerEventTranscriptionSessionUpdated {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `transcription_session.updated`.
    #[serde(rename = "type")]
    pub type_: TranscriptionSessionUpdatedLiteral,
    pub session: RealtimeTranscriptionSessionCreateResponse,
}
impl sdk_runtime_types::de::Object for RealtimeServerEventTranscriptionSessionUpdated {
    const NAME: &'static str = "RealtimeServerEventTranscriptionSessionUpdated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<TranscriptionSessionUpdatedLiteral> = None;
        let mut session: Option<RealtimeTranscriptionSessionCreateResponse> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "session" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut session),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            session: session.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeServerEventTranscriptionSessionUpdated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeServerEventTranscriptionSessionUpdated {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        session: impl Into<RealtimeTranscriptionSessionCreateResponse>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            session: session.into(),
        }
    }
}
/// A Realtime translation client event.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeTranslationClientEvent {
    /// `session.update`
    SessionUpdate(RealtimeTranslationClientEventSessionUpdate),
    /// `session.input_audio_buffer.append`
    SessionInputAudioBufferAppend(RealtimeTranslationClientEventInputAudioBufferAppend),
    /// `session.close`
    SessionClose(RealtimeTranslationClientEventSessionClose),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for RealtimeTranslationClientEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::SessionUpdate(value) => value.serialize(serializer),
            Self::SessionInputAudioBufferAppend(value) => value.serialize(serializer),
            Self::SessionClose(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for RealtimeTranslationClientEvent {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "session.update" => {
                    Deserialize::deserialize(content).map(Self::SessionUpdate)
                }
                "session.input_audio_buffer.append" => {
                    Deserialize::deserialize(content)
                        .map(Self::SessionInputAudioBufferAppend)
                }
                "session.close" => {
                    Deserialize::deserialize(content).map(Self::SessionClose)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for RealtimeTranslationClientEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<RealtimeTranslationClientEventSessionUpdate>
for RealtimeTranslationClientEvent {
    fn from(value: RealtimeTranslationClientEventSessionUpdate) -> Self {
        Self::SessionUpdate(value)
    }
}
impl From<RealtimeTranslationClientEventInputAudioBufferAppend>
for RealtimeTranslationClientEvent {
    fn from(value: RealtimeTranslationClientEventInputAudioBufferAppend) -> Self {
        Self::SessionInputAudioBufferAppend(value)
    }
}
impl From<RealtimeTranslationClientEventSessionClose>
for RealtimeTranslationClientEvent {
    fn from(value: RealtimeTranslationClientEventSessionClose) -> Self {
        Self::SessionClose(value)
    }
}
/// Send this event to update the translation session configuration. Translation
/// sessions support updates to `audio.output.language`, `audio.input.transcription`,
/// and `audio.input.noise_reduction`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeTranslationClientEventSessionUpdate {
    /// Optional client-generated ID used to identify this event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The event type, must be `session.update`.
    #[serde(rename = "type")]
    pub type_: SessionUpdateLiteral,
    /// Translation session fields to update. The session `type` and `model` are set
    /// at creation and cannot be changed with `session.update`.
    pub session: RealtimeTranslationSessionUpdateRequest,
}
impl sdk_runtime_types::de::Object for RealtimeTranslationClientEventSessionUpdate {
    const NAME: &'static str = "RealtimeTranslationClientEventSessionUpdate";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<SessionUpdateLiteral> = None;
        let mut session: Option<RealtimeTranslationSessionUpdateRequest> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "session" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut session),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            session: session.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranslationClientEventSessionUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranslationClientEventSessionUpdate {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(session: impl Into<RealtimeTranslationSessionUpdateRequest>) -> Self {
        Self {
            event_id: None,
            type_: Default::default(),
            session: session.into(),
        }
    }
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
}
/// Realtime translation session fields that can be updated with `session.update`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeTranslationSessionUpdateRequest {
    /// Configuration for translation input and output audio.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio: Option<RealtimeTranslationSessionUpdateRequestAudio>,
}
impl sdk_runtime_types::de::Object for RealtimeTranslationSessionUpdateRequest {
    const NAME: &'static str = "RealtimeTranslationSessionUpdateRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut audio: Option<RealtimeTranslationSessionUpdateRequestAudio> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "audio" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut audio),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { audio })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranslationSessionUpdateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranslationSessionUpdateRequest {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { audio: None }
    }
    /// Sets `audio`.
    pub fn audio(
        mut self,
        value: impl Into<RealtimeTranslationSessionUpdateRequestAudio>,
    ) -> Self {
        self.audio = Some(value.into());
        self
    }
}
/// Configuration for translation input and output audio.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeTranslationSessionUpdateRequestAudio {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<RealtimeTranslationSessionUpdateRequestAudioInput>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<RealtimeTranslationSessionUpdateRequestAudioOutput>,
}
impl sdk_runtime_types::de::Object for RealtimeTranslationSessionUpdateRequestAudio {
    const NAME: &'static str = "RealtimeTranslationSessionUpdateRequestAudio";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut input: Option<RealtimeTranslationSessionUpdateRequestAudioInput> = None;
        let mut output: Option<RealtimeTranslationSessionUpdateRequestAudioOutput> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "input" => 0,
                    "output" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut input),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut output),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { input, output })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranslationSessionUpdateRequestAudio {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranslationSessionUpdateRequestAudio {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { input: None, output: None }
    }
    /// Sets `input`.
    pub fn input(
        mut self,
        value: impl Into<RealtimeTranslationSessionUpdateRequestAudioInput>,
    ) -> Self {
        self.input = Some(value.into());
        self
    }
    /// Sets `output`.
    pub fn output(
        mut self,
        value: impl Into<RealtimeTranslationSessionUpdateRequestAudioOutput>,
    ) -> Self {
        self.output = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeTranslationSessionUpdateRequestAudioInput {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transcription: Option<
        RealtimeTranslationSessionUpdateRequestAudioInputTranscription,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub noise_reduction: Option<
        RealtimeTranslationSessionUpdateRequestAudioInputNoiseReduction,
    >,
}
impl sdk_runtime_types::de::Object
for RealtimeTranslationSessionUpdateRequestAudioInput {
    const NAME: &'static str = "RealtimeTranslationSessionUpdateRequestAudioInput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut transcription: Option<
            RealtimeTranslationSessionUpdateRequestAudioInputTranscription,
        > = None;
        let mut noise_reduction: Option<
            RealtimeTranslationSessionUpdateRequestAudioInputNoiseReduction,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "transcription" => 0,
                    "noise_reduction" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut transcription),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut noise_reduction),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            transcription,
            noise_reduction,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranslationSessionUpdateRequestAudioInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranslationSessionUpdateRequestAudioInput {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            transcription: None,
            noise_reduction: None,
        }
    }
    /// Sets `transcription`.
    pub fn transcription(
        mut self,
        value: impl Into<RealtimeTranslationSessionUpdateRequestAudioInputTranscription>,
    ) -> Self {
        self.transcription = Some(value.into());
        self
    }
    /// Sets `noise_reduction`.
    pub fn noise_reduction(
        mut self,
        value: impl Into<RealtimeTranslationSessionUpdateRequestAudioInputNoiseReduction>,
    ) -> Self {
        self.noise_reduction = Some(value.into());
        self
    }
}
/// Optional source-language transcription. When configured, the server emits
/// `session.input_transcript.delta` events. Translation itself still runs from
/// the input audio stream.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeTranslationSessionUpdateRequestAudioInputTranscription {
    /// The transcription model to use for source transcript deltas.
    pub model: String,
}
impl sdk_runtime_types::de::Object
for RealtimeTranslationSessionUpdateRequestAudioInputTranscription {
    const NAME: &'static str = "RealtimeTranslationSessionUpdateRequestAudioInputTranscription";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut model: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "model" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut model),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            model: model.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de>
for RealtimeTranslationSessionUpdateRequestAudioInputTranscription {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranslationSessionUpdateRequestAudioInputTranscription {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(model: impl Into<String>) -> Self {
        Self { model: model.into() }
    }
}
/// Optional input noise reduction. Set to `null` to disable it.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeTranslationSessionUpdateRequestAudioInputNoiseReduction {
    #[serde(rename = "type")]
    pub type_: NoiseReductionType,
}
impl sdk_runtime_types::de::Object
for RealtimeTranslationSessionUpdateRequestAudioInputNoiseReduction {
    const NAME: &'static str = "RealtimeTranslationSessionUpdateRequestAudioInputNoiseReduction";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<NoiseReductionType> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: type_.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de>
for RealtimeTranslationSessionUpdateRequestAudioInputNoiseReduction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranslationSessionUpdateRequestAudioInputNoiseReduction {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(type_: impl Into<NoiseReductionType>) -> Self {
        Self { type_: type_.into() }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeTranslationSessionUpdateRequestAudioOutput {
    /// Target language for translated output audio and transcript deltas.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}
impl sdk_runtime_types::de::Object
for RealtimeTranslationSessionUpdateRequestAudioOutput {
    const NAME: &'static str = "RealtimeTranslationSessionUpdateRequestAudioOutput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut language: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "language" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut language),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { language })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranslationSessionUpdateRequestAudioOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranslationSessionUpdateRequestAudioOutput {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { language: None }
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
/// Send this event to append audio bytes to the translation session input audio buffer.
///
/// WebSocket translation sessions accept base64-encoded 24 kHz PCM16 mono
/// little-endian raw audio bytes. Unsupported websocket audio formats return a
/// validation error because lower-quality audio materially degrades translation
/// quality.
///
/// Translation consumes 200 ms engine frames. For best realtime behavior, append
/// audio in 200 ms chunks. If a chunk is shorter, the server buffers it until it
/// has enough audio for one frame. If a chunk is longer, the server splits it into
/// 200 ms frames and enqueues them back-to-back.
///
/// Keep appending silence while the session is active. If a client stops sending
/// audio and later resumes, model time treats the resumed audio as contiguous with
/// the previous audio rather than as a real-world pause.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeTranslationClientEventInputAudioBufferAppend {
    /// Optional client-generated ID used to identify this event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The event type, must be `session.input_audio_buffer.append`.
    #[serde(rename = "type")]
    pub type_: SessionInputAudioBufferAppendLiteral,
    /// Base64-encoded 24 kHz PCM16 mono audio bytes.
    pub audio: String,
}
impl sdk_runtime_types::de::Object
for RealtimeTranslationClientEventInputAudioBufferAppend {
    const NAME: &'static str = "RealtimeTranslationClientEventInputAudioBufferAppend";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<SessionInputAudioBufferAppendLiteral> = None;
        let mut audio: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "audio" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut audio),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            audio: audio.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranslationClientEventInputAudioBufferAppend {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranslationClientEventInputAudioBufferAppend {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(audio: impl Into<String>) -> Self {
        Self {
            event_id: None,
            type_: Default::default(),
            audio: audio.into(),
        }
    }
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
}
/// Gracefully close the realtime translation session. The server flushes pending
/// input audio and emits any remaining translated output before closing the
/// session.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeTranslationClientEventSessionClose {
    /// Optional client-generated ID used to identify this event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The event type, must be `session.close`.
    #[serde(rename = "type")]
    pub type_: SessionCloseLiteral,
}
impl sdk_runtime_types::de::Object for RealtimeTranslationClientEventSessionClose {
    const NAME: &'static str = "RealtimeTranslationClientEventSessionClose";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<SessionCloseLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranslationClientEventSessionClose {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranslationClientEventSessionClose {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            event_id: None,
            type_: Default::default(),
        }
    }
    /// Sets `event_id`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
}
/// A Realtime translation server event.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeTranslationServerEvent {
    /// `error`
    ErrorType(RealtimeServerEventError),
    /// `session.created`
    SessionCreated(RealtimeTranslationServerEventSessionCreated),
    /// `session.updated`
    SessionUpdated(RealtimeTranslationServerEventSessionUpdated),
    /// `session.closed`
    SessionClosed(RealtimeTranslationServerEventSessionClosed),
    /// `session.input_transcript.delta`
    SessionInputTranscriptDelta(
        RealtimeTranslationServerEventSessionInputTranscriptDelta,
    ),
    /// `session.output_transcript.delta`
    SessionOutputTranscriptDelta(
        RealtimeTranslationServerEventSessionOutputTranscriptDelta,
    ),
    /// `session.output_audio.delta`
    SessionOutputAudioDelta(RealtimeTranslationServerEventSessionOutputAudioDelta),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for RealtimeTranslationServerEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ErrorType(value) => value.serialize(serializer),
            Self::SessionCreated(value) => value.serialize(serializer),
            Self::SessionUpdated(value) => value.serialize(serializer),
            Self::SessionClosed(value) => value.serialize(serializer),
            Self::SessionInputTranscriptDelta(value) => value.serialize(serializer),
            Self::SessionOutputTranscriptDelta(value) => value.serialize(serializer),
            Self::SessionOutputAudioDelta(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for RealtimeTranslationServerEvent {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "error" => Deserialize::deserialize(content).map(Self::ErrorType),
                "session.created" => {
                    Deserialize::deserialize(content).map(Self::SessionCreated)
                }
                "session.updated" => {
                    Deserialize::deserialize(content).map(Self::SessionUpdated)
                }
                "session.closed" => {
                    Deserialize::deserialize(content).map(Self::SessionClosed)
                }
                "session.input_transcript.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::SessionInputTranscriptDelta)
                }
                "session.output_transcript.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::SessionOutputTranscriptDelta)
                }
                "session.output_audio.delta" => {
                    Deserialize::deserialize(content).map(Self::SessionOutputAudioDelta)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for RealtimeTranslationServerEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<RealtimeServerEventError> for RealtimeTranslationServerEvent {
    fn from(value: RealtimeServerEventError) -> Self {
        Self::ErrorType(value)
    }
}
impl From<RealtimeTranslationServerEventSessionCreated>
for RealtimeTranslationServerEvent {
    fn from(value: RealtimeTranslationServerEventSessionCreated) -> Self {
        Self::SessionCreated(value)
    }
}
impl From<RealtimeTranslationServerEventSessionUpdated>
for RealtimeTranslationServerEvent {
    fn from(value: RealtimeTranslationServerEventSessionUpdated) -> Self {
        Self::SessionUpdated(value)
    }
}
impl From<RealtimeTranslationServerEventSessionClosed>
for RealtimeTranslationServerEvent {
    fn from(value: RealtimeTranslationServerEventSessionClosed) -> Self {
        Self::SessionClosed(value)
    }
}
impl From<RealtimeTranslationServerEventSessionInputTranscriptDelta>
for RealtimeTranslationServerEvent {
    fn from(value: RealtimeTranslationServerEventSessionInputTranscriptDelta) -> Self {
        Self::SessionInputTranscriptDelta(value)
    }
}
impl From<RealtimeTranslationServerEventSessionOutputTranscriptDelta>
for RealtimeTranslationServerEvent {
    fn from(value: RealtimeTranslationServerEventSessionOutputTranscriptDelta) -> Self {
        Self::SessionOutputTranscriptDelta(value)
    }
}
impl From<RealtimeTranslationServerEventSessionOutputAudioDelta>
for RealtimeTranslationServerEvent {
    fn from(value: RealtimeTranslationServerEventSessionOutputAudioDelta) -> Self {
        Self::SessionOutputAudioDelta(value)
    }
}
/// Returned when a translation session is created. Emitted automatically when a
/// new connection is established as the first server event. This event contains
/// the default translation session configuration.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeTranslationServerEventSessionCreated {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `session.created`.
    #[serde(rename = "type")]
    pub type_: SessionCreatedLiteral,
    /// The translation session configuration.
    pub session: RealtimeTranslationSession,
}
impl sdk_runtime_types::de::Object for RealtimeTranslationServerEventSessionCreated {
    const NAME: &'static str = "RealtimeTranslationServerEventSessionCreated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<SessionCreatedLiteral> = None;
        let mut session: Option<RealtimeTranslationSession> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "session" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut session),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            session: session.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranslationServerEventSessionCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranslationServerEventSessionCreated {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        session: impl Into<RealtimeTranslationSession>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            session: session.into(),
        }
    }
}
/// Returned when a translation session is updated with a `session.update` event,
/// unless there is an error.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeTranslationServerEventSessionUpdated {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `session.updated`.
    #[serde(rename = "type")]
    pub type_: SessionUpdatedLiteral,
    /// The translation session configuration.
    pub session: RealtimeTranslationSession,
}
impl sdk_runtime_types::de::Object for RealtimeTranslationServerEventSessionUpdated {
    const NAME: &'static str = "RealtimeTranslationServerEventSessionUpdated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<SessionUpdatedLiteral> = None;
        let mut session: Option<RealtimeTranslationSession> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "session" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut session),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            session: session.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranslationServerEventSessionUpdated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranslationServerEventSessionUpdated {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        event_id: impl Into<String>,
        session: impl Into<RealtimeTranslationSession>,
    ) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            session: session.into(),
        }
    }
}
/// Returned when a realtime translation session is closed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeTranslationServerEventSessionClosed {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `session.closed`.
    #[serde(rename = "type")]
    pub type_: SessionClosedLiteral,
}
impl sdk_runtime_types::de::Object for RealtimeTranslationServerEventSessionClosed {
    const NAME: &'static str = "RealtimeTranslationServerEventSessionClosed";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<SessionClosedLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranslationServerEventSessionClosed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranslationServerEventSessionClosed {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(event_id: impl Into<String>) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
        }
    }
}
/// Returned when optional source-language transcript text is available. This event
/// is emitted only when `audio.input.transcription` is configured.
///
/// Transcript deltas are append-only text fragments. Clients should not insert
/// unconditional spaces between deltas.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeTranslationServerEventSessionInputTranscriptDelta {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `session.input_transcript.delta`.
    #[serde(rename = "type")]
    pub type_: SessionInputTranscriptDeltaLiteral,
    /// Append-only source-language transcript text.
    pub delta: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub elapsed_ms: Option<i64>,
}
impl sdk_runtime_types::de::Object
for RealtimeTranslationServerEventSessionInputTranscriptDelta {
    const NAME: &'static str = "RealtimeTranslationServerEventSessionInputTranscriptDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<SessionInputTranscriptDeltaLiteral> = None;
        let mut delta: Option<String> = None;
        let mut elapsed_ms: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "delta" => 2,
                    "elapsed_ms" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut delta),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut elapsed_ms),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            delta: delta.unwrap_or_default(),
            elapsed_ms,
        })
    }
}
impl<'de> Deserialize<'de>
for RealtimeTranslationServerEventSessionInputTranscriptDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranslationServerEventSessionInputTranscriptDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(event_id: impl Into<String>, delta: impl Into<String>) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            delta: delta.into(),
            elapsed_ms: None,
        }
    }
    /// Sets `elapsed_ms`.
    pub fn elapsed_ms(mut self, value: impl Into<i64>) -> Self {
        self.elapsed_ms = Some(value.into());
        self
    }
}
/// Returned when translated transcript text is available.
///
/// Transcript deltas are append-only text fragments. Clients should not insert
/// unconditional spaces between deltas.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeTranslationServerEventSessionOutputTranscriptDelta {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `session.output_transcript.delta`.
    #[serde(rename = "type")]
    pub type_: SessionOutputTranscriptDeltaLiteral,
    /// Append-only transcript text for the translated output audio.
    pub delta: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub elapsed_ms: Option<i64>,
}
impl sdk_runtime_types::de::Object
for RealtimeTranslationServerEventSessionOutputTranscriptDelta {
    const NAME: &'static str = "RealtimeTranslationServerEventSessionOutputTranscriptDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<SessionOutputTranscriptDeltaLiteral> = None;
        let mut delta: Option<String> = None;
        let mut elapsed_ms: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "delta" => 2,
                    "elapsed_ms" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut delta),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut elapsed_ms),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            delta: delta.unwrap_or_default(),
            elapsed_ms,
        })
    }
}
impl<'de> Deserialize<'de>
for RealtimeTranslationServerEventSessionOutputTranscriptDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranslationServerEventSessionOutputTranscriptDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(event_id: impl Into<String>, delta: impl Into<String>) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            delta: delta.into(),
            elapsed_ms: None,
        }
    }
    /// Sets `elapsed_ms`.
    pub fn elapsed_ms(mut self, value: impl Into<i64>) -> Self {
        self.elapsed_ms = Some(value.into());
        self
    }
}
/// Returned when translated output audio is available. The `delta` contains a
/// PCM16 audio chunk whose length can vary. Clients should decode and queue the
/// complete delta instead of assuming a fixed byte or sample count.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeTranslationServerEventSessionOutputAudioDelta {
    /// The unique ID of the server event.
    pub event_id: String,
    /// The event type, must be `session.output_audio.delta`.
    #[serde(rename = "type")]
    pub type_: SessionOutputAudioDeltaLiteral,
    /// Base64-encoded translated audio data.
    pub delta: String,
    /// Sample rate of the audio delta.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sample_rate: Option<i64>,
    /// Number of audio channels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channels: Option<i64>,
    /// Audio encoding for `delta`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<Pcm16Literal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub elapsed_ms: Option<i64>,
}
impl sdk_runtime_types::de::Object
for RealtimeTranslationServerEventSessionOutputAudioDelta {
    const NAME: &'static str = "RealtimeTranslationServerEventSessionOutputAudioDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event_id: Option<String> = None;
        let mut type_: Option<SessionOutputAudioDeltaLiteral> = None;
        let mut delta: Option<String> = None;
        let mut sample_rate: Option<i64> = None;
        let mut channels: Option<i64> = None;
        let mut format: Option<Pcm16Literal> = None;
        let mut elapsed_ms: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event_id" => 0,
                    "type" => 1,
                    "delta" => 2,
                    "sample_rate" => 3,
                    "channels" => 4,
                    "format" => 5,
                    "elapsed_ms" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut delta),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut sample_rate),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut channels),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut format),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut elapsed_ms),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event_id: event_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            delta: delta.unwrap_or_default(),
            sample_rate,
            channels,
            format,
            elapsed_ms,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranslationServerEventSessionOutputAudioDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranslationServerEventSessionOutputAudioDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(event_id: impl Into<String>, delta: impl Into<String>) -> Self {
        Self {
            event_id: event_id.into(),
            type_: Default::default(),
            delta: delta.into(),
            sample_rate: None,
            channels: None,
            format: None,
            elapsed_ms: None,
        }
    }
    /// Sets `sample_rate`.
    pub fn sample_rate(mut self, value: impl Into<i64>) -> Self {
        self.sample_rate = Some(value.into());
        self
    }
    /// Sets `channels`.
    pub fn channels(mut self, value: impl Into<i64>) -> Self {
        self.channels = Some(value.into());
        self
    }
    /// Sets `format`.
    pub fn format(mut self, value: impl Into<Pcm16Literal>) -> Self {
        self.format = Some(value.into());
        self
    }
    /// Sets `elapsed_ms`.
    pub fn elapsed_ms(mut self, value: impl Into<i64>) -> Self {
        self.elapsed_ms = Some(value.into());
        self
    }
}
