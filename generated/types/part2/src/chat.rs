//! Types of the `chat` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[cfg(any(feature = "chat", feature = "threads"))]
/// `none` means the model will not call any tools and instead generates a message. `auto` means the model can pick between generating a message or calling one or more tools. `required` means the model must call one or more tools before responding to the user.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AssistantsApiToolChoiceOptionMode {
    /// `none`
    NoneType,
    /// `auto`
    Auto,
    /// `required`
    Required,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "chat", feature = "threads"))]
impl AssistantsApiToolChoiceOptionMode {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::NoneType => "none",
            Self::Auto => "auto",
            Self::Required => "required",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "none" => Self::NoneType,
            "auto" => Self::Auto,
            "required" => Self::Required,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "chat", feature = "threads"))]
impl From<&str> for AssistantsApiToolChoiceOptionMode {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "chat", feature = "threads"))]
impl From<String> for AssistantsApiToolChoiceOptionMode {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "chat", feature = "threads"))]
impl std::fmt::Display for AssistantsApiToolChoiceOptionMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "chat", feature = "threads"))]
impl Serialize for AssistantsApiToolChoiceOptionMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "chat", feature = "threads"))]
impl<'de> Deserialize<'de> for AssistantsApiToolChoiceOptionMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "chat", feature = "threads"))]
impl Default for AssistantsApiToolChoiceOptionMode {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "chat", feature = "threads"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AssistantsNamedToolChoiceFunction {
    /// The name of the function to call.
    pub name: String,
}
#[cfg(any(feature = "chat", feature = "threads"))]
impl sdk_runtime_types::de::Object for AssistantsNamedToolChoiceFunction {
    const NAME: &'static str = "AssistantsNamedToolChoiceFunction";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut name),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name: name.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "chat", feature = "threads"))]
impl<'de> Deserialize<'de> for AssistantsNamedToolChoiceFunction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "chat", feature = "threads"))]
impl AssistantsNamedToolChoiceFunction {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }
}
#[cfg(any(feature = "chat", feature = "threads"))]
/// Whether to enable [parallel function calling](https://platform.openai.com/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.
pub type ParallelToolCalls = bool;
#[cfg(any(feature = "chat", feature = "moderations", feature = "threads"))]
/// The constant `image_url`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ImageUrlLiteral {
    /// `image_url`
    #[default]
    ImageUrl,
}
#[cfg(any(feature = "chat", feature = "moderations", feature = "threads"))]
impl ImageUrlLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "image_url"
    }
}
#[cfg(any(feature = "chat", feature = "moderations", feature = "threads"))]
impl std::fmt::Display for ImageUrlLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "chat", feature = "moderations", feature = "threads"))]
impl Serialize for ImageUrlLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("image_url")
    }
}
#[cfg(any(feature = "chat", feature = "moderations", feature = "threads"))]
impl<'de> Deserialize<'de> for ImageUrlLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "image_url")
            .map(|()| Self::ImageUrl)
    }
}
#[cfg(feature = "chat")]
/// Constrains the tools available to the model to a pre-defined set.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ChatCompletionAllowedTools {
    /// Constrains the tools available to the model to a pre-defined set.
    ///
    /// `auto` allows the model to pick from among the allowed tools and generate a
    /// message.
    ///
    /// `required` requires the model to call one or more of the allowed tools.
    pub mode: ChatCompletionAllowedToolsMode,
    /// A list of tool definitions that the model should be allowed to call.
    ///
    /// For the Chat Completions API, the list of tool definitions might look like:
    /// ```text
    /// [
    ///   { "type": "function", "function": { "name": "get_weather" } },
    ///   { "type": "function", "function": { "name": "get_time" } }
    /// ]
    /// ```
    pub tools: Vec<serde_json::Map<String, serde_json::Value>>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionAllowedTools {
    const NAME: &'static str = "ChatCompletionAllowedTools";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut mode: Option<ChatCompletionAllowedToolsMode> = None;
        let mut tools: Option<Vec<serde_json::Map<String, serde_json::Value>>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "mode" => 0,
                    "tools" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut mode),
                1 => sdk_runtime_types::de::value(&mut map, &mut tools),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            mode: mode.unwrap_or_default(),
            tools: tools.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionAllowedTools {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionAllowedTools {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        mode: impl Into<ChatCompletionAllowedToolsMode>,
        tools: impl Into<Vec<serde_json::Map<String, serde_json::Value>>>,
    ) -> Self {
        Self {
            mode: mode.into(),
            tools: tools.into(),
        }
    }
}
#[cfg(feature = "chat")]
/// Constrains the tools available to the model to a pre-defined set.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ChatCompletionAllowedToolsChoice {
    /// Allowed tool configuration type. Always `allowed_tools`.
    #[serde(rename = "type")]
    pub type_: AllowedToolsLiteral,
    pub allowed_tools: ChatCompletionAllowedTools,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionAllowedToolsChoice {
    const NAME: &'static str = "ChatCompletionAllowedToolsChoice";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<AllowedToolsLiteral> = None;
        let mut allowed_tools: Option<ChatCompletionAllowedTools> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "allowed_tools" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut allowed_tools),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            allowed_tools: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(allowed_tools, "allowed_tools")?,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionAllowedToolsChoice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionAllowedToolsChoice {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(allowed_tools: impl Into<ChatCompletionAllowedTools>) -> Self {
        Self {
            type_: Default::default(),
            allowed_tools: allowed_tools.into(),
        }
    }
}
#[cfg(feature = "chat")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionDeleted {
    /// The type of object being deleted.
    pub object: ChatCompletionDeletedLiteral,
    /// The ID of the chat completion that was deleted.
    pub id: String,
    /// Whether the chat completion was deleted.
    pub deleted: bool,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionDeleted {
    const NAME: &'static str = "ChatCompletionDeleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ChatCompletionDeletedLiteral> = None;
        let mut id: Option<String> = None;
        let mut deleted: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    "deleted" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut deleted),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            id: id.unwrap_or_default(),
            deleted: deleted.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionDeleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionDeleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>, deleted: impl Into<bool>) -> Self {
        Self {
            object: Default::default(),
            id: id.into(),
            deleted: deleted.into(),
        }
    }
}
#[cfg(feature = "chat")]
/// The constant `chat.completion.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ChatCompletionDeletedLiteral {
    /// `chat.completion.deleted`
    #[default]
    ChatCompletionDeleted,
}
#[cfg(feature = "chat")]
impl ChatCompletionDeletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "chat.completion.deleted"
    }
}
#[cfg(feature = "chat")]
impl std::fmt::Display for ChatCompletionDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "chat")]
impl Serialize for ChatCompletionDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("chat.completion.deleted")
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "chat.completion.deleted")
            .map(|()| Self::ChatCompletionDeleted)
    }
}
#[cfg(feature = "chat")]
/// Specifying a particular function via `{"name": "my_function"}` forces the model to call that function.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ChatCompletionFunctionCallOption {
    /// The name of the function to call.
    pub name: String,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionFunctionCallOption {
    const NAME: &'static str = "ChatCompletionFunctionCallOption";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut name),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name: sdk_runtime_types::de::required::<_, A::Error>(name, "name")?,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionFunctionCallOption {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionFunctionCallOption {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }
}
#[cfg(feature = "chat")]
///
/// **Deprecated** by the API.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ChatCompletionFunctions {
    /// A description of what the function does, used by the model to choose when and how to call the function.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The name of the function to be called. Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length of 64.
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<FunctionParameters>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionFunctions {
    const NAME: &'static str = "ChatCompletionFunctions";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut description: Option<String> = None;
        let mut name: Option<String> = None;
        let mut parameters: Option<FunctionParameters> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "description" => 0,
                    "name" => 1,
                    "parameters" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut description),
                1 => sdk_runtime_types::de::value(&mut map, &mut name),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut parameters),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            description,
            name: name.unwrap_or_default(),
            parameters,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionFunctions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionFunctions {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            description: None,
            name: name.into(),
            parameters: None,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `parameters`.
    pub fn parameters(mut self, value: impl Into<FunctionParameters>) -> Self {
        self.parameters = Some(value.into());
        self
    }
}
#[cfg(feature = "chat")]
/// An object representing a list of Chat Completions.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionList {
    /// The type of this object. It is always set to "list".
    pub object: ListLiteral,
    /// An array of chat completion objects.
    pub data: Vec<ChatCompletion>,
    /// The identifier of the first chat completion in the data array.
    pub first_id: String,
    /// The identifier of the last chat completion in the data array.
    pub last_id: String,
    /// Indicates whether there are more Chat Completions available.
    pub has_more: bool,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionList {
    const NAME: &'static str = "ChatCompletionList";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<ChatCompletion>> = None;
        let mut first_id: Option<String> = None;
        let mut last_id: Option<String> = None;
        let mut has_more: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "data" => 1,
                    "first_id" => 2,
                    "last_id" => 3,
                    "has_more" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                2 => sdk_runtime_types::de::value(&mut map, &mut first_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut last_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
            first_id: first_id.unwrap_or_default(),
            last_id: last_id.unwrap_or_default(),
            has_more: has_more.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionList {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        data: impl Into<Vec<ChatCompletion>>,
        first_id: impl Into<String>,
        last_id: impl Into<String>,
        has_more: impl Into<bool>,
    ) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            first_id: first_id.into(),
            last_id: last_id.into(),
            has_more: has_more.into(),
        }
    }
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::pagination::Page for ChatCompletionList {
    type Item = ChatCompletion;
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
#[cfg(feature = "chat")]
/// Represents a chat completion response returned by model, based on the provided input.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletion {
    /// A unique identifier for the chat completion.
    pub id: String,
    /// A list of chat completion choices. Can be more than one if `n` is greater than 1.
    pub choices: Vec<ChatCompletionChoice>,
    /// The Unix timestamp (in seconds) of when the chat completion was created.
    pub created: i64,
    /// The model used for the chat completion.
    pub model: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_tier: Option<ServiceTier>,
    /// This fingerprint represents the backend configuration that the model runs with.
    ///
    /// Can be used in conjunction with the `seed` request parameter to understand when backend changes have been made that might impact determinism.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub system_fingerprint: Option<String>,
    /// The object type, which is always `chat.completion`.
    pub object: ChatCompletionLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usage: Option<Box<CompletionUsage>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moderation: Option<Box<ChatCompletionModeration>>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletion {
    const NAME: &'static str = "ChatCompletion";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut choices: Option<Vec<ChatCompletionChoice>> = None;
        let mut created: Option<i64> = None;
        let mut model: Option<String> = None;
        let mut metadata: Option<Metadata> = None;
        let mut service_tier: Option<ServiceTier> = None;
        let mut system_fingerprint: Option<String> = None;
        let mut object: Option<ChatCompletionLiteral> = None;
        let mut usage: Option<Box<CompletionUsage>> = None;
        let mut moderation: Option<Box<ChatCompletionModeration>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "choices" => 1,
                    "created" => 2,
                    "model" => 3,
                    "metadata" => 4,
                    "service_tier" => 5,
                    "system_fingerprint" => 6,
                    "object" => 7,
                    "usage" => 8,
                    "moderation" => 9,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut choices),
                2 => sdk_runtime_types::de::value(&mut map, &mut created),
                3 => sdk_runtime_types::de::value(&mut map, &mut model),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut service_tier),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut system_fingerprint),
                7 => sdk_runtime_types::de::value(&mut map, &mut object),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut usage),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut moderation),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            choices: choices.unwrap_or_default(),
            created: created.unwrap_or_default(),
            model: model.unwrap_or_default(),
            metadata,
            service_tier,
            system_fingerprint,
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            usage,
            moderation,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletion {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletion {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        choices: impl Into<Vec<ChatCompletionChoice>>,
        created: impl Into<i64>,
        model: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            choices: choices.into(),
            created: created.into(),
            model: model.into(),
            metadata: None,
            service_tier: None,
            system_fingerprint: None,
            object: Default::default(),
            usage: None,
            moderation: None,
        }
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
    /// Sets `service_tier`.
    pub fn service_tier(mut self, value: impl Into<ServiceTier>) -> Self {
        self.service_tier = Some(value.into());
        self
    }
    /// Sets `system_fingerprint`.
    pub fn system_fingerprint(mut self, value: impl Into<String>) -> Self {
        self.system_fingerprint = Some(value.into());
        self
    }
    /// Sets `usage`.
    pub fn usage(mut self, value: impl Into<CompletionUsage>) -> Self {
        self.usage = Some(Box::new(value.into()));
        self
    }
    /// Sets `moderation`.
    pub fn moderation(mut self, value: impl Into<ChatCompletionModeration>) -> Self {
        self.moderation = Some(Box::new(value.into()));
        self
    }
}
#[cfg(feature = "chat")]
/// The specification's name for [`ChatCompletion`].
pub type CreateChatCompletionResponse = ChatCompletion;
#[cfg(feature = "chat")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionChoice {
    /// The reason the model stopped generating tokens. This will be `stop` if the model hit a natural stop point or a provided stop sequence,
    /// `length` if the maximum number of tokens specified in the request was reached,
    /// `content_filter` if content was omitted due to a flag from our content filters,
    /// `tool_calls` if the model called a tool, or `function_call` (deprecated) if the model called a function.
    /// Read the [Model Spec](https://model-spec.openai.com/2025-12-18.html) for more.
    pub finish_reason: CreateChatCompletionResponseChoiceFinishReason,
    /// The index of the choice in the list of choices.
    pub index: i64,
    pub message: ChatCompletionMessage,
    pub logprobs: Option<CreateChatCompletionResponseChoiceLogprobs>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionChoice {
    const NAME: &'static str = "ChatCompletionChoice";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut finish_reason: Option<CreateChatCompletionResponseChoiceFinishReason> = None;
        let mut index: Option<i64> = None;
        let mut message: Option<ChatCompletionMessage> = None;
        let mut logprobs: Option<CreateChatCompletionResponseChoiceLogprobs> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "finish_reason" => 0,
                    "index" => 1,
                    "message" => 2,
                    "logprobs" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut finish_reason),
                1 => sdk_runtime_types::de::value(&mut map, &mut index),
                2 => sdk_runtime_types::de::value(&mut map, &mut message),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut logprobs),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            finish_reason: finish_reason.unwrap_or_default(),
            index: index.unwrap_or_default(),
            message: message.unwrap_or_default(),
            logprobs,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionChoice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionChoice {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        finish_reason: impl Into<CreateChatCompletionResponseChoiceFinishReason>,
        index: impl Into<i64>,
        message: impl Into<ChatCompletionMessage>,
    ) -> Self {
        Self {
            finish_reason: finish_reason.into(),
            index: index.into(),
            message: message.into(),
            logprobs: None,
        }
    }
    /// Sets `logprobs`.
    pub fn logprobs(
        mut self,
        value: impl Into<CreateChatCompletionResponseChoiceLogprobs>,
    ) -> Self {
        self.logprobs = Some(value.into());
        self
    }
}
#[cfg(feature = "chat")]
/// The specification's name for [`ChatCompletionChoice`].
pub type CreateChatCompletionResponseChoice = ChatCompletionChoice;
#[cfg(feature = "chat")]
/// The reason the model stopped generating tokens. This will be `stop` if the model hit a natural stop point or a provided stop sequence,
/// `length` if the maximum number of tokens specified in the request was reached,
/// `content_filter` if content was omitted due to a flag from our content filters,
/// `tool_calls` if the model called a tool, or `function_call` (deprecated) if the model called a function.
/// Read the [Model Spec](https://model-spec.openai.com/2025-12-18.html) for more.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreateChatCompletionResponseChoiceFinishReason {
    /// `stop`
    Stop,
    /// `length`
    Length,
    /// `tool_calls`
    ToolCalls,
    /// `content_filter`
    ContentFilter,
    /// `function_call`
    FunctionCall,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "chat")]
impl CreateChatCompletionResponseChoiceFinishReason {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Stop => "stop",
            Self::Length => "length",
            Self::ToolCalls => "tool_calls",
            Self::ContentFilter => "content_filter",
            Self::FunctionCall => "function_call",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "stop" => Self::Stop,
            "length" => Self::Length,
            "tool_calls" => Self::ToolCalls,
            "content_filter" => Self::ContentFilter,
            "function_call" => Self::FunctionCall,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "chat")]
impl From<&str> for CreateChatCompletionResponseChoiceFinishReason {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "chat")]
impl From<String> for CreateChatCompletionResponseChoiceFinishReason {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "chat")]
impl std::fmt::Display for CreateChatCompletionResponseChoiceFinishReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "chat")]
impl Serialize for CreateChatCompletionResponseChoiceFinishReason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for CreateChatCompletionResponseChoiceFinishReason {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "chat")]
impl Default for CreateChatCompletionResponseChoiceFinishReason {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "chat")]
/// A chat completion message generated by the model.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionMessage {
    pub content: Option<String>,
    pub refusal: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_calls: Option<ChatCompletionMessageToolCalls>,
    /// Annotations for the message, when applicable, as when using the
    /// [web search tool](https://platform.openai.com/docs/guides/tools-web-search?api-mode=chat).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annotations: Option<Vec<ChatCompletionResponseMessageAnnotation>>,
    /// The role of the author of this message.
    pub role: AssistantLiteral,
    /// Deprecated and replaced by `tool_calls`. The name and arguments of a function that should be called, as generated by the model.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub function_call: Option<ChatCompletionResponseMessageFunctionCall>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio: Option<ChatCompletionResponseMessageAudio>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionMessage {
    const NAME: &'static str = "ChatCompletionMessage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut content: Option<String> = None;
        let mut refusal: Option<String> = None;
        let mut tool_calls: Option<ChatCompletionMessageToolCalls> = None;
        let mut annotations: Option<Vec<ChatCompletionResponseMessageAnnotation>> = None;
        let mut role: Option<AssistantLiteral> = None;
        let mut function_call: Option<ChatCompletionResponseMessageFunctionCall> = None;
        let mut audio: Option<ChatCompletionResponseMessageAudio> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "content" => 0,
                    "refusal" => 1,
                    "tool_calls" => 2,
                    "annotations" => 3,
                    "role" => 4,
                    "function_call" => 5,
                    "audio" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut content),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut refusal),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut tool_calls),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut annotations),
                4 => sdk_runtime_types::de::value(&mut map, &mut role),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut function_call),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut audio),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            content,
            refusal,
            tool_calls,
            annotations,
            role: sdk_runtime_types::de::required::<_, A::Error>(role, "role")?,
            function_call,
            audio,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionMessage {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            content: None,
            refusal: None,
            tool_calls: None,
            annotations: None,
            role: Default::default(),
            function_call: None,
            audio: None,
        }
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
    /// Sets `refusal`.
    pub fn refusal(mut self, value: impl Into<String>) -> Self {
        self.refusal = Some(value.into());
        self
    }
    /// Sets `tool_calls`.
    pub fn tool_calls(
        mut self,
        value: impl Into<ChatCompletionMessageToolCalls>,
    ) -> Self {
        self.tool_calls = Some(value.into());
        self
    }
    /// Sets `annotations`.
    pub fn annotations(
        mut self,
        value: impl Into<Vec<ChatCompletionResponseMessageAnnotation>>,
    ) -> Self {
        self.annotations = Some(value.into());
        self
    }
    /// Sets `function_call`.
    pub fn function_call(
        mut self,
        value: impl Into<ChatCompletionResponseMessageFunctionCall>,
    ) -> Self {
        self.function_call = Some(value.into());
        self
    }
    /// Sets `audio`.
    pub fn audio(
        mut self,
        value: impl Into<ChatCompletionResponseMessageAudio>,
    ) -> Self {
        self.audio = Some(value.into());
        self
    }
}
#[cfg(feature = "chat")]
/// The specification's name for [`ChatCompletionMessage`].
pub type ChatCompletionResponseMessage = ChatCompletionMessage;
#[cfg(feature = "chat")]
/// A URL citation when using web search.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionResponseMessageAnnotation {
    /// The type of the URL citation. Always `url_citation`.
    #[serde(rename = "type")]
    pub type_: UrlCitationLiteral,
    /// A URL citation when using web search.
    pub url_citation: ChatCompletionResponseMessageAnnotationUrlCitation,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionResponseMessageAnnotation {
    const NAME: &'static str = "ChatCompletionResponseMessageAnnotation";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<UrlCitationLiteral> = None;
        let mut url_citation: Option<
            ChatCompletionResponseMessageAnnotationUrlCitation,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "url_citation" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut url_citation),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            url_citation: url_citation.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionResponseMessageAnnotation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionResponseMessageAnnotation {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        url_citation: impl Into<ChatCompletionResponseMessageAnnotationUrlCitation>,
    ) -> Self {
        Self {
            type_: Default::default(),
            url_citation: url_citation.into(),
        }
    }
}
#[cfg(feature = "chat")]
/// A URL citation when using web search.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionResponseMessageAnnotationUrlCitation {
    /// The index of the last character of the URL citation in the message.
    pub end_index: i64,
    /// The index of the first character of the URL citation in the message.
    pub start_index: i64,
    /// The URL of the web resource.
    pub url: String,
    /// The title of the web resource.
    pub title: String,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object
for ChatCompletionResponseMessageAnnotationUrlCitation {
    const NAME: &'static str = "ChatCompletionResponseMessageAnnotationUrlCitation";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut end_index: Option<i64> = None;
        let mut start_index: Option<i64> = None;
        let mut url: Option<String> = None;
        let mut title: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "end_index" => 0,
                    "start_index" => 1,
                    "url" => 2,
                    "title" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut end_index),
                1 => sdk_runtime_types::de::value(&mut map, &mut start_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut url),
                3 => sdk_runtime_types::de::value(&mut map, &mut title),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            end_index: end_index.unwrap_or_default(),
            start_index: start_index.unwrap_or_default(),
            url: url.unwrap_or_default(),
            title: title.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionResponseMessageAnnotationUrlCitation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionResponseMessageAnnotationUrlCitation {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        end_index: impl Into<i64>,
        start_index: impl Into<i64>,
        url: impl Into<String>,
        title: impl Into<String>,
    ) -> Self {
        Self {
            end_index: end_index.into(),
            start_index: start_index.into(),
            url: url.into(),
            title: title.into(),
        }
    }
}
#[cfg(feature = "chat")]
/// If the audio output modality is requested, this object contains data
/// about the audio response from the model. [Learn more](https://platform.openai.com/docs/guides/audio).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionResponseMessageAudio {
    /// Unique identifier for this audio response.
    pub id: String,
    /// The Unix timestamp (in seconds) for when this audio response will
    /// no longer be accessible on the server for use in multi-turn
    /// conversations.
    pub expires_at: i64,
    /// Base64 encoded audio bytes generated by the model, in the format
    /// specified in the request.
    pub data: String,
    /// Transcript of the audio generated by the model.
    pub transcript: String,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionResponseMessageAudio {
    const NAME: &'static str = "ChatCompletionResponseMessageAudio";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut expires_at: Option<i64> = None;
        let mut data: Option<String> = None;
        let mut transcript: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "expires_at" => 1,
                    "data" => 2,
                    "transcript" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut expires_at),
                2 => sdk_runtime_types::de::value(&mut map, &mut data),
                3 => sdk_runtime_types::de::value(&mut map, &mut transcript),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            expires_at: expires_at.unwrap_or_default(),
            data: data.unwrap_or_default(),
            transcript: transcript.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionResponseMessageAudio {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionResponseMessageAudio {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        expires_at: impl Into<i64>,
        data: impl Into<String>,
        transcript: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            expires_at: expires_at.into(),
            data: data.into(),
            transcript: transcript.into(),
        }
    }
}
#[cfg(feature = "chat")]
/// Log probability information for the choice.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CreateChatCompletionResponseChoiceLogprobs {
    pub content: Option<Vec<ChatCompletionTokenLogprob>>,
    pub refusal: Option<Vec<ChatCompletionTokenLogprob>>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for CreateChatCompletionResponseChoiceLogprobs {
    const NAME: &'static str = "CreateChatCompletionResponseChoiceLogprobs";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut content: Option<Vec<ChatCompletionTokenLogprob>> = None;
        let mut refusal: Option<Vec<ChatCompletionTokenLogprob>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "content" => 0,
                    "refusal" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut content),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut refusal),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { content, refusal })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for CreateChatCompletionResponseChoiceLogprobs {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl CreateChatCompletionResponseChoiceLogprobs {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            content: None,
            refusal: None,
        }
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<Vec<ChatCompletionTokenLogprob>>) -> Self {
        self.content = Some(value.into());
        self
    }
    /// Sets `refusal`.
    pub fn refusal(mut self, value: impl Into<Vec<ChatCompletionTokenLogprob>>) -> Self {
        self.refusal = Some(value.into());
        self
    }
}
#[cfg(feature = "chat")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionTokenLogprob {
    /// The token.
    pub token: String,
    /// The log probability of this token, if it is within the top 20 most likely tokens. Otherwise, the value `-9999.0` is used to signify that the token is very unlikely.
    pub logprob: f64,
    pub bytes: Option<Vec<i64>>,
    /// List of the most likely tokens and their log probability, at this token position. The number of entries may be fewer than the requested `top_logprobs`.
    pub top_logprobs: Vec<ChatCompletionTokenLogprobTopLogprob>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionTokenLogprob {
    const NAME: &'static str = "ChatCompletionTokenLogprob";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut token: Option<String> = None;
        let mut logprob: Option<f64> = None;
        let mut bytes: Option<Vec<i64>> = None;
        let mut top_logprobs: Option<Vec<ChatCompletionTokenLogprobTopLogprob>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "token" => 0,
                    "logprob" => 1,
                    "bytes" => 2,
                    "top_logprobs" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut token),
                1 => sdk_runtime_types::de::value(&mut map, &mut logprob),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut bytes),
                3 => sdk_runtime_types::de::value(&mut map, &mut top_logprobs),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            token: token.unwrap_or_default(),
            logprob: logprob.unwrap_or_default(),
            bytes,
            top_logprobs: top_logprobs.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionTokenLogprob {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionTokenLogprob {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        token: impl Into<String>,
        logprob: impl Into<f64>,
        top_logprobs: impl Into<Vec<ChatCompletionTokenLogprobTopLogprob>>,
    ) -> Self {
        Self {
            token: token.into(),
            logprob: logprob.into(),
            bytes: None,
            top_logprobs: top_logprobs.into(),
        }
    }
    /// Sets `bytes`.
    pub fn bytes(mut self, value: impl Into<Vec<i64>>) -> Self {
        self.bytes = Some(value.into());
        self
    }
}
#[cfg(feature = "chat")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionTokenLogprobTopLogprob {
    /// The token.
    pub token: String,
    /// The log probability of this token, if it is within the top 20 most likely tokens. Otherwise, the value `-9999.0` is used to signify that the token is very unlikely.
    pub logprob: f64,
    pub bytes: Option<Vec<i64>>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionTokenLogprobTopLogprob {
    const NAME: &'static str = "ChatCompletionTokenLogprobTopLogprob";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut token: Option<String> = None;
        let mut logprob: Option<f64> = None;
        let mut bytes: Option<Vec<i64>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "token" => 0,
                    "logprob" => 1,
                    "bytes" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut token),
                1 => sdk_runtime_types::de::value(&mut map, &mut logprob),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut bytes),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            token: token.unwrap_or_default(),
            logprob: logprob.unwrap_or_default(),
            bytes,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionTokenLogprobTopLogprob {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionTokenLogprobTopLogprob {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(token: impl Into<String>, logprob: impl Into<f64>) -> Self {
        Self {
            token: token.into(),
            logprob: logprob.into(),
            bytes: None,
        }
    }
    /// Sets `bytes`.
    pub fn bytes(mut self, value: impl Into<Vec<i64>>) -> Self {
        self.bytes = Some(value.into());
        self
    }
}
#[cfg(feature = "chat")]
/// Specifies the processing type used for serving the request.
/// - If set to 'auto', then the request will be processed with the service tier configured in the Project settings. Unless otherwise configured, the Project will use 'default'.
/// - If set to 'default', then the request will be processed with the standard pricing and performance for the selected model.
/// - If set to '[flex](https://platform.openai.com/docs/guides/flex-processing)', then the request will be processed with the Flex Processing service tier.
/// - To opt-in to [Fast mode](https://platform.openai.com/api/docs/guides/fast-mode) at the request level, include the `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your request.
/// - When not set, the default behavior is 'auto'.
///
/// When the `service_tier` parameter is set, the response body will include the `service_tier` value based on the processing mode actually used to serve the request. This response value may be different from the value set in the parameter.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ServiceTier {
    /// `auto`
    #[default]
    Auto,
    /// `default`
    DefaultType,
    /// `flex`
    Flex,
    /// `scale`
    Scale,
    /// `priority`
    Priority,
    /// `fast`
    Fast,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "chat")]
impl ServiceTier {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::DefaultType => "default",
            Self::Flex => "flex",
            Self::Scale => "scale",
            Self::Priority => "priority",
            Self::Fast => "fast",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "default" => Self::DefaultType,
            "flex" => Self::Flex,
            "scale" => Self::Scale,
            "priority" => Self::Priority,
            "fast" => Self::Fast,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "chat")]
impl From<&str> for ServiceTier {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "chat")]
impl From<String> for ServiceTier {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "chat")]
impl std::fmt::Display for ServiceTier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "chat")]
impl Serialize for ServiceTier {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ServiceTier {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "chat")]
/// The constant `chat.completion`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ChatCompletionLiteral {
    /// `chat.completion`
    #[default]
    ChatCompletion,
}
#[cfg(feature = "chat")]
impl ChatCompletionLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "chat.completion"
    }
}
#[cfg(feature = "chat")]
impl std::fmt::Display for ChatCompletionLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "chat")]
impl Serialize for ChatCompletionLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("chat.completion")
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "chat.completion")
            .map(|()| Self::ChatCompletion)
    }
}
#[cfg(feature = "chat")]
/// Moderation results or errors for the request input and generated output.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionModeration {
    /// Moderation for the request input.
    pub input: ChatCompletionModerationInput,
    /// Moderation for the generated output.
    pub output: ChatCompletionModerationOutput,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionModeration {
    const NAME: &'static str = "ChatCompletionModeration";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut input: Option<ChatCompletionModerationInput> = None;
        let mut output: Option<ChatCompletionModerationOutput> = None;
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
                0 => sdk_runtime_types::de::value(&mut map, &mut input),
                1 => sdk_runtime_types::de::value(&mut map, &mut output),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            input: sdk_runtime_types::de::required::<_, A::Error>(input, "input")?,
            output: sdk_runtime_types::de::required::<_, A::Error>(output, "output")?,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionModeration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionModeration {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        input: impl Into<ChatCompletionModerationInput>,
        output: impl Into<ChatCompletionModerationOutput>,
    ) -> Self {
        Self {
            input: input.into(),
            output: output.into(),
        }
    }
}
#[cfg(feature = "chat")]
/// Moderation for the request input.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatCompletionModerationInput {
    /// `moderation_results`
    ModerationResults(ChatCompletionModerationResults),
    /// `error`
    ErrorType(ChatCompletionModerationError),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(feature = "chat")]
impl Serialize for ChatCompletionModerationInput {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ModerationResults(value) => value.serialize(serializer),
            Self::ErrorType(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::TaggedUnion for ChatCompletionModerationInput {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "moderation_results" => {
                    Deserialize::deserialize(content).map(Self::ModerationResults)
                }
                "error" => Deserialize::deserialize(content).map(Self::ErrorType),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionModerationInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "chat")]
impl From<ChatCompletionModerationResults> for ChatCompletionModerationInput {
    fn from(value: ChatCompletionModerationResults) -> Self {
        Self::ModerationResults(value)
    }
}
#[cfg(feature = "chat")]
impl From<ChatCompletionModerationError> for ChatCompletionModerationInput {
    fn from(value: ChatCompletionModerationError) -> Self {
        Self::ErrorType(value)
    }
}
#[cfg(feature = "chat")]
/// Successful moderation results for the request input or generated output.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionModerationResults {
    /// The object type, which is always `moderation_results`.
    #[serde(rename = "type")]
    pub type_: ModerationResultsLiteral,
    /// The moderation model used to generate the results.
    pub model: String,
    /// A list of moderation results.
    pub results: Vec<ModerationResultBody>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionModerationResults {
    const NAME: &'static str = "ChatCompletionModerationResults";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ModerationResultsLiteral> = None;
        let mut model: Option<String> = None;
        let mut results: Option<Vec<ModerationResultBody>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "model" => 1,
                    "results" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut model),
                2 => sdk_runtime_types::de::value(&mut map, &mut results),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            model: model.unwrap_or_default(),
            results: results.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionModerationResults {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionModerationResults {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        model: impl Into<String>,
        results: impl Into<Vec<ModerationResultBody>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            model: model.into(),
            results: results.into(),
        }
    }
}
#[cfg(feature = "chat")]
/// The constant `moderation_results`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ModerationResultsLiteral {
    /// `moderation_results`
    #[default]
    ModerationResults,
}
#[cfg(feature = "chat")]
impl ModerationResultsLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "moderation_results"
    }
}
#[cfg(feature = "chat")]
impl std::fmt::Display for ModerationResultsLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "chat")]
impl Serialize for ModerationResultsLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("moderation_results")
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ModerationResultsLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "moderation_results")
            .map(|()| Self::ModerationResults)
    }
}
#[cfg(feature = "chat")]
/// An error produced while attempting moderation.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionModerationError {
    /// The object type, which is always `error`.
    #[serde(rename = "type")]
    pub type_: ErrorTypeLiteral,
    /// The error code.
    pub code: String,
    /// The error message.
    pub message: String,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionModerationError {
    const NAME: &'static str = "ChatCompletionModerationError";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ErrorTypeLiteral> = None;
        let mut code: Option<String> = None;
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
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionModerationError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionModerationError {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            code: code.into(),
            message: message.into(),
        }
    }
}
#[cfg(feature = "chat")]
/// Moderation for the generated output.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatCompletionModerationOutput {
    /// `moderation_results`
    ModerationResults(ChatCompletionModerationResults),
    /// `error`
    ErrorType(ChatCompletionModerationError),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(feature = "chat")]
impl Serialize for ChatCompletionModerationOutput {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ModerationResults(value) => value.serialize(serializer),
            Self::ErrorType(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::TaggedUnion for ChatCompletionModerationOutput {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "moderation_results" => {
                    Deserialize::deserialize(content).map(Self::ModerationResults)
                }
                "error" => Deserialize::deserialize(content).map(Self::ErrorType),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionModerationOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "chat")]
impl From<ChatCompletionModerationResults> for ChatCompletionModerationOutput {
    fn from(value: ChatCompletionModerationResults) -> Self {
        Self::ModerationResults(value)
    }
}
#[cfg(feature = "chat")]
impl From<ChatCompletionModerationError> for ChatCompletionModerationOutput {
    fn from(value: ChatCompletionModerationError) -> Self {
        Self::ErrorType(value)
    }
}
#[cfg(feature = "chat")]
/// An object representing a list of chat completion messages.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionMessageList {
    /// The type of this object. It is always set to "list".
    pub object: ListLiteral,
    /// An array of chat completion message objects.
    pub data: Vec<ChatCompletionMessageListDataItem>,
    /// The identifier of the first chat message in the data array.
    pub first_id: String,
    /// The identifier of the last chat message in the data array.
    pub last_id: String,
    /// Indicates whether there are more chat messages available.
    pub has_more: bool,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionMessageList {
    const NAME: &'static str = "ChatCompletionMessageList";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<ChatCompletionMessageListDataItem>> = None;
        let mut first_id: Option<String> = None;
        let mut last_id: Option<String> = None;
        let mut has_more: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "data" => 1,
                    "first_id" => 2,
                    "last_id" => 3,
                    "has_more" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                2 => sdk_runtime_types::de::value(&mut map, &mut first_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut last_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
            first_id: first_id.unwrap_or_default(),
            last_id: last_id.unwrap_or_default(),
            has_more: has_more.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionMessageList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionMessageList {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        data: impl Into<Vec<ChatCompletionMessageListDataItem>>,
        first_id: impl Into<String>,
        last_id: impl Into<String>,
        has_more: impl Into<bool>,
    ) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            first_id: first_id.into(),
            last_id: last_id.into(),
            has_more: has_more.into(),
        }
    }
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::pagination::Page for ChatCompletionMessageList {
    type Item = ChatCompletionMessageListDataItem;
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
#[cfg(feature = "chat")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionMessageListDataItem {
    pub content: Option<String>,
    pub refusal: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_calls: Option<ChatCompletionMessageToolCalls>,
    /// Annotations for the message, when applicable, as when using the
    /// [web search tool](https://platform.openai.com/docs/guides/tools-web-search?api-mode=chat).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annotations: Option<Vec<ChatCompletionResponseMessageAnnotation>>,
    /// The role of the author of this message.
    pub role: AssistantLiteral,
    /// Deprecated and replaced by `tool_calls`. The name and arguments of a function that should be called, as generated by the model.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub function_call: Option<ChatCompletionResponseMessageFunctionCall>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio: Option<ChatCompletionResponseMessageAudio>,
    /// The identifier of the chat message.
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_parts: Option<Vec<ChatCompletionMessageListDataItemContentPart>>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionMessageListDataItem {
    const NAME: &'static str = "ChatCompletionMessageListDataItem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut content: Option<String> = None;
        let mut refusal: Option<String> = None;
        let mut tool_calls: Option<ChatCompletionMessageToolCalls> = None;
        let mut annotations: Option<Vec<ChatCompletionResponseMessageAnnotation>> = None;
        let mut role: Option<AssistantLiteral> = None;
        let mut function_call: Option<ChatCompletionResponseMessageFunctionCall> = None;
        let mut audio: Option<ChatCompletionResponseMessageAudio> = None;
        let mut id: Option<String> = None;
        let mut content_parts: Option<
            Vec<ChatCompletionMessageListDataItemContentPart>,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "content" => 0,
                    "refusal" => 1,
                    "tool_calls" => 2,
                    "annotations" => 3,
                    "role" => 4,
                    "function_call" => 5,
                    "audio" => 6,
                    "id" => 7,
                    "content_parts" => 8,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut content),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut refusal),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut tool_calls),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut annotations),
                4 => sdk_runtime_types::de::value(&mut map, &mut role),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut function_call),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut audio),
                7 => sdk_runtime_types::de::value(&mut map, &mut id),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut content_parts),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            content,
            refusal,
            tool_calls,
            annotations,
            role: sdk_runtime_types::de::required::<_, A::Error>(role, "role")?,
            function_call,
            audio,
            id: id.unwrap_or_default(),
            content_parts,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionMessageListDataItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionMessageListDataItem {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            content: None,
            refusal: None,
            tool_calls: None,
            annotations: None,
            role: Default::default(),
            function_call: None,
            audio: None,
            id: id.into(),
            content_parts: None,
        }
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
    /// Sets `refusal`.
    pub fn refusal(mut self, value: impl Into<String>) -> Self {
        self.refusal = Some(value.into());
        self
    }
    /// Sets `tool_calls`.
    pub fn tool_calls(
        mut self,
        value: impl Into<ChatCompletionMessageToolCalls>,
    ) -> Self {
        self.tool_calls = Some(value.into());
        self
    }
    /// Sets `annotations`.
    pub fn annotations(
        mut self,
        value: impl Into<Vec<ChatCompletionResponseMessageAnnotation>>,
    ) -> Self {
        self.annotations = Some(value.into());
        self
    }
    /// Sets `function_call`.
    pub fn function_call(
        mut self,
        value: impl Into<ChatCompletionResponseMessageFunctionCall>,
    ) -> Self {
        self.function_call = Some(value.into());
        self
    }
    /// Sets `audio`.
    pub fn audio(
        mut self,
        value: impl Into<ChatCompletionResponseMessageAudio>,
    ) -> Self {
        self.audio = Some(value.into());
        self
    }
    /// Sets `content_parts`.
    pub fn content_parts(
        mut self,
        value: impl Into<Vec<ChatCompletionMessageListDataItemContentPart>>,
    ) -> Self {
        self.content_parts = Some(value.into());
        self
    }
}
#[cfg(feature = "chat")]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatCompletionMessageListDataItemContentPart {
    /// `text`
    Text(ChatCompletionRequestMessageContentPartText),
    /// `image_url`
    ImageUrl(ChatCompletionRequestMessageContentPartImage),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(feature = "chat")]
impl Serialize for ChatCompletionMessageListDataItemContentPart {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(value) => value.serialize(serializer),
            Self::ImageUrl(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::TaggedUnion
for ChatCompletionMessageListDataItemContentPart {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "text" => Deserialize::deserialize(content).map(Self::Text),
                "image_url" => Deserialize::deserialize(content).map(Self::ImageUrl),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionMessageListDataItemContentPart {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "chat")]
impl From<ChatCompletionRequestMessageContentPartText>
for ChatCompletionMessageListDataItemContentPart {
    fn from(value: ChatCompletionRequestMessageContentPartText) -> Self {
        Self::Text(value)
    }
}
#[cfg(feature = "chat")]
impl From<ChatCompletionRequestMessageContentPartImage>
for ChatCompletionMessageListDataItemContentPart {
    fn from(value: ChatCompletionRequestMessageContentPartImage) -> Self {
        Self::ImageUrl(value)
    }
}
#[cfg(feature = "chat")]
/// Learn about [image inputs](https://platform.openai.com/docs/guides/vision).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionRequestMessageContentPartImage {
    /// The type of the content part.
    #[serde(rename = "type")]
    pub type_: ImageUrlLiteral,
    pub image_url: ChatCompletionRequestMessageContentPartImageImageUrl,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_breakpoint: Option<PromptCacheBreakpointParam>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionRequestMessageContentPartImage {
    const NAME: &'static str = "ChatCompletionRequestMessageContentPartImage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ImageUrlLiteral> = None;
        let mut image_url: Option<
            ChatCompletionRequestMessageContentPartImageImageUrl,
        > = None;
        let mut prompt_cache_breakpoint: Option<PromptCacheBreakpointParam> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "image_url" => 1,
                    "prompt_cache_breakpoint" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut image_url),
                2 => {
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
            image_url: image_url.unwrap_or_default(),
            prompt_cache_breakpoint,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionRequestMessageContentPartImage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionRequestMessageContentPartImage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        image_url: impl Into<ChatCompletionRequestMessageContentPartImageImageUrl>,
    ) -> Self {
        Self {
            type_: Default::default(),
            image_url: image_url.into(),
            prompt_cache_breakpoint: None,
        }
    }
    /// Sets `prompt_cache_breakpoint`.
    pub fn prompt_cache_breakpoint(
        mut self,
        value: impl Into<PromptCacheBreakpointParam>,
    ) -> Self {
        self.prompt_cache_breakpoint = Some(value.into());
        self
    }
}
#[cfg(feature = "chat")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionRequestMessageContentPartImageImageUrl {
    /// Either a URL of the image or the base64 encoded image data.
    pub url: String,
    /// Specifies the detail level of the image. Learn more in the [Vision guide](https://platform.openai.com/docs/guides/vision#low-or-high-fidelity-image-understanding).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<MessageContentImageFileObjectImageFileDetail>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object
for ChatCompletionRequestMessageContentPartImageImageUrl {
    const NAME: &'static str = "ChatCompletionRequestMessageContentPartImageImageUrl";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut url: Option<String> = None;
        let mut detail: Option<MessageContentImageFileObjectImageFileDetail> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "url" => 0,
                    "detail" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut url),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut detail),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            url: url.unwrap_or_default(),
            detail,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionRequestMessageContentPartImageImageUrl {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionRequestMessageContentPartImageImageUrl {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            detail: None,
        }
    }
    /// Sets `detail`.
    pub fn detail(
        mut self,
        value: impl Into<MessageContentImageFileObjectImageFileDetail>,
    ) -> Self {
        self.detail = Some(value.into());
        self
    }
}
#[cfg(feature = "chat")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionMessageToolCallChunk {
    pub index: i64,
    /// The ID of the tool call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the tool. Currently, only `function` is supported.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<FunctionLiteral>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub function: Option<ChatCompletionMessageToolCallChunkFunction>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionMessageToolCallChunk {
    const NAME: &'static str = "ChatCompletionMessageToolCallChunk";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut index: Option<i64> = None;
        let mut id: Option<String> = None;
        let mut type_: Option<FunctionLiteral> = None;
        let mut function: Option<ChatCompletionMessageToolCallChunkFunction> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "index" => 0,
                    "id" => 1,
                    "type" => 2,
                    "function" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut index),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut function),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            index: index.unwrap_or_default(),
            id,
            type_,
            function,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionMessageToolCallChunk {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionMessageToolCallChunk {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(index: impl Into<i64>) -> Self {
        Self {
            index: index.into(),
            id: None,
            type_: None,
            function: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<FunctionLiteral>) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `function`.
    pub fn function(
        mut self,
        value: impl Into<ChatCompletionMessageToolCallChunkFunction>,
    ) -> Self {
        self.function = Some(value.into());
        self
    }
}
#[cfg(feature = "chat")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionMessageToolCallChunkFunction {
    /// The name of the function to call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The arguments to call the function with, as generated by the model in JSON format. Note that the model does not always generate valid JSON, and may hallucinate parameters not defined by your function schema. Validate the arguments in your code before calling your function.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arguments: Option<String>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionMessageToolCallChunkFunction {
    const NAME: &'static str = "ChatCompletionMessageToolCallChunkFunction";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut arguments: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "arguments" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut arguments),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { name, arguments })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionMessageToolCallChunkFunction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionMessageToolCallChunkFunction {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            name: None,
            arguments: None,
        }
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
}
#[cfg(feature = "chat")]
/// Specifies a tool the model should use. Use to force the model to call a specific function.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ChatCompletionNamedToolChoice {
    /// For function calling, the type is always `function`.
    #[serde(rename = "type")]
    pub type_: FunctionLiteral,
    pub function: AssistantsNamedToolChoiceFunction,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionNamedToolChoice {
    const NAME: &'static str = "ChatCompletionNamedToolChoice";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<FunctionLiteral> = None;
        let mut function: Option<AssistantsNamedToolChoiceFunction> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "function" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut function),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            function: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(function, "function")?,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionNamedToolChoice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionNamedToolChoice {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(function: impl Into<AssistantsNamedToolChoiceFunction>) -> Self {
        Self {
            type_: Default::default(),
            function: function.into(),
        }
    }
}
#[cfg(feature = "chat")]
/// Specifies a tool the model should use. Use to force the model to call a specific custom tool.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ChatCompletionNamedToolChoiceCustom {
    /// For custom tool calling, the type is always `custom`.
    #[serde(rename = "type")]
    pub type_: CustomLiteral,
    pub custom: ChatCompletionNamedToolChoiceCustomCustom,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionNamedToolChoiceCustom {
    const NAME: &'static str = "ChatCompletionNamedToolChoiceCustom";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<CustomLiteral> = None;
        let mut custom: Option<ChatCompletionNamedToolChoiceCustomCustom> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "custom" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut custom),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            custom: sdk_runtime_types::de::required::<_, A::Error>(custom, "custom")?,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionNamedToolChoiceCustom {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionNamedToolChoiceCustom {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(custom: impl Into<ChatCompletionNamedToolChoiceCustomCustom>) -> Self {
        Self {
            type_: Default::default(),
            custom: custom.into(),
        }
    }
}
#[cfg(feature = "chat")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ChatCompletionNamedToolChoiceCustomCustom {
    /// The name of the custom tool to call.
    pub name: String,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionNamedToolChoiceCustomCustom {
    const NAME: &'static str = "ChatCompletionNamedToolChoiceCustomCustom";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut name),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name: name.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionNamedToolChoiceCustomCustom {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionNamedToolChoiceCustomCustom {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }
}
#[cfg(feature = "chat")]
/// Messages sent by the model in response to user messages.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ChatCompletionRequestAssistantMessage {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<ChatCompletionRequestAssistantMessageContent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refusal: Option<String>,
    /// The role of the messages author, in this case `assistant`.
    pub role: AssistantLiteral,
    /// An optional name for the participant. Provides the model information to differentiate between participants of the same role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio: Option<ChatCompletionRequestAssistantMessageAudio>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_calls: Option<ChatCompletionMessageToolCalls>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub function_call: Option<ChatCompletionResponseMessageFunctionCall>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionRequestAssistantMessage {
    const NAME: &'static str = "ChatCompletionRequestAssistantMessage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut content: Option<ChatCompletionRequestAssistantMessageContent> = None;
        let mut refusal: Option<String> = None;
        let mut role: Option<AssistantLiteral> = None;
        let mut name: Option<String> = None;
        let mut audio: Option<ChatCompletionRequestAssistantMessageAudio> = None;
        let mut tool_calls: Option<ChatCompletionMessageToolCalls> = None;
        let mut function_call: Option<ChatCompletionResponseMessageFunctionCall> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "content" => 0,
                    "refusal" => 1,
                    "role" => 2,
                    "name" => 3,
                    "audio" => 4,
                    "tool_calls" => 5,
                    "function_call" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut content),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut refusal),
                2 => sdk_runtime_types::de::value(&mut map, &mut role),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut audio),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut tool_calls),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut function_call),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            content,
            refusal,
            role: sdk_runtime_types::de::required::<_, A::Error>(role, "role")?,
            name,
            audio,
            tool_calls,
            function_call,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionRequestAssistantMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionRequestAssistantMessage {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            content: None,
            refusal: None,
            role: Default::default(),
            name: None,
            audio: None,
            tool_calls: None,
            function_call: None,
        }
    }
    /// Sets `content`.
    pub fn content(
        mut self,
        value: impl Into<ChatCompletionRequestAssistantMessageContent>,
    ) -> Self {
        self.content = Some(value.into());
        self
    }
    /// Sets `refusal`.
    pub fn refusal(mut self, value: impl Into<String>) -> Self {
        self.refusal = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `audio`.
    pub fn audio(
        mut self,
        value: impl Into<ChatCompletionRequestAssistantMessageAudio>,
    ) -> Self {
        self.audio = Some(value.into());
        self
    }
    /// Sets `tool_calls`.
    pub fn tool_calls(
        mut self,
        value: impl Into<ChatCompletionMessageToolCalls>,
    ) -> Self {
        self.tool_calls = Some(value.into());
        self
    }
    /// Sets `function_call`.
    pub fn function_call(
        mut self,
        value: impl Into<ChatCompletionResponseMessageFunctionCall>,
    ) -> Self {
        self.function_call = Some(value.into());
        self
    }
}
#[cfg(feature = "chat")]
/// Developer-provided instructions that the model should follow, regardless of
/// messages sent by the user. With o1 models and newer, `developer` messages
/// replace the previous `system` messages.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChatCompletionRequestDeveloperMessage {
    /// The contents of the developer message.
    pub content: ChatCompletionRequestDeveloperMessageContent,
    /// The role of the messages author, in this case `developer`.
    pub role: DeveloperLiteral,
    /// An optional name for the participant. Provides the model information to differentiate between participants of the same role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionRequestDeveloperMessage {
    const NAME: &'static str = "ChatCompletionRequestDeveloperMessage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut content: Option<ChatCompletionRequestDeveloperMessageContent> = None;
        let mut role: Option<DeveloperLiteral> = None;
        let mut name: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "content" => 0,
                    "role" => 1,
                    "name" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut content),
                1 => sdk_runtime_types::de::value(&mut map, &mut role),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            content: sdk_runtime_types::de::required::<_, A::Error>(content, "content")?,
            role: sdk_runtime_types::de::required::<_, A::Error>(role, "role")?,
            name,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionRequestDeveloperMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionRequestDeveloperMessage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        content: impl Into<ChatCompletionRequestDeveloperMessageContent>,
    ) -> Self {
        Self {
            content: content.into(),
            role: Default::default(),
            name: None,
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
#[cfg(feature = "chat")]
/// The contents of the developer message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ChatCompletionRequestDeveloperMessageContent {
    MessageContentPartTextList(Vec<ChatCompletionRequestMessageContentPartText>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(feature = "chat")]
impl From<Vec<ChatCompletionRequestMessageContentPartText>>
for ChatCompletionRequestDeveloperMessageContent {
    fn from(value: Vec<ChatCompletionRequestMessageContentPartText>) -> Self {
        Self::MessageContentPartTextList(value)
    }
}
#[cfg(feature = "chat")]
impl From<String> for ChatCompletionRequestDeveloperMessageContent {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
#[cfg(feature = "chat")]
impl From<&str> for ChatCompletionRequestDeveloperMessageContent {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
#[cfg(feature = "chat")]
/// Function message
///
/// **Deprecated** by the API.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ChatCompletionRequestFunctionMessage {
    /// The role of the messages author, in this case `function`.
    pub role: FunctionLiteral,
    pub content: Option<String>,
    /// The name of the function to call.
    pub name: String,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionRequestFunctionMessage {
    const NAME: &'static str = "ChatCompletionRequestFunctionMessage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut role: Option<FunctionLiteral> = None;
        let mut content: Option<String> = None;
        let mut name: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "role" => 0,
                    "content" => 1,
                    "name" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut role),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut content),
                2 => sdk_runtime_types::de::value(&mut map, &mut name),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            role: sdk_runtime_types::de::required::<_, A::Error>(role, "role")?,
            content,
            name: name.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionRequestFunctionMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionRequestFunctionMessage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            role: Default::default(),
            content: None,
            name: name.into(),
        }
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
}
#[cfg(feature = "chat")]
///
/// Told apart by the `role` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatCompletionRequestMessage {
    /// `developer`
    Developer(ChatCompletionRequestDeveloperMessage),
    /// `system`
    System(ChatCompletionRequestSystemMessage),
    /// `user`
    User(ChatCompletionRequestUserMessage),
    /// `assistant`
    Assistant(ChatCompletionRequestAssistantMessage),
    /// `tool`
    Tool(ChatCompletionRequestToolMessage),
    /// `function`
    Function(ChatCompletionRequestFunctionMessage),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(feature = "chat")]
impl Serialize for ChatCompletionRequestMessage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Developer(value) => value.serialize(serializer),
            Self::System(value) => value.serialize(serializer),
            Self::User(value) => value.serialize(serializer),
            Self::Assistant(value) => value.serialize(serializer),
            Self::Tool(value) => value.serialize(serializer),
            Self::Function(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::TaggedUnion for ChatCompletionRequestMessage {
    const TAG: &'static str = "role";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "developer" => Deserialize::deserialize(content).map(Self::Developer),
                "system" => Deserialize::deserialize(content).map(Self::System),
                "user" => Deserialize::deserialize(content).map(Self::User),
                "assistant" => Deserialize::deserialize(content).map(Self::Assistant),
                "tool" => Deserialize::deserialize(content).map(Self::Tool),
                "function" => Deserialize::deserialize(content).map(Self::Function),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionRequestMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "chat")]
impl From<ChatCompletionRequestDeveloperMessage> for ChatCompletionRequestMessage {
    fn from(value: ChatCompletionRequestDeveloperMessage) -> Self {
        Self::Developer(value)
    }
}
#[cfg(feature = "chat")]
impl From<ChatCompletionRequestSystemMessage> for ChatCompletionRequestMessage {
    fn from(value: ChatCompletionRequestSystemMessage) -> Self {
        Self::System(value)
    }
}
#[cfg(feature = "chat")]
impl From<ChatCompletionRequestUserMessage> for ChatCompletionRequestMessage {
    fn from(value: ChatCompletionRequestUserMessage) -> Self {
        Self::User(value)
    }
}
#[cfg(feature = "chat")]
impl From<ChatCompletionRequestAssistantMessage> for ChatCompletionRequestMessage {
    fn from(value: ChatCompletionRequestAssistantMessage) -> Self {
        Self::Assistant(value)
    }
}
#[cfg(feature = "chat")]
impl From<ChatCompletionRequestToolMessage> for ChatCompletionRequestMessage {
    fn from(value: ChatCompletionRequestToolMessage) -> Self {
        Self::Tool(value)
    }
}
#[cfg(feature = "chat")]
impl From<ChatCompletionRequestFunctionMessage> for ChatCompletionRequestMessage {
    fn from(value: ChatCompletionRequestFunctionMessage) -> Self {
        Self::Function(value)
    }
}
#[cfg(feature = "chat")]
/// Developer-provided instructions that the model should follow, regardless of
/// messages sent by the user. With o1 models and newer, use `developer` messages
/// for this purpose instead.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChatCompletionRequestSystemMessage {
    /// The contents of the system message.
    pub content: ChatCompletionRequestSystemMessageContent,
    /// The role of the messages author, in this case `system`.
    pub role: SystemLiteral,
    /// An optional name for the participant. Provides the model information to differentiate between participants of the same role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionRequestSystemMessage {
    const NAME: &'static str = "ChatCompletionRequestSystemMessage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut content: Option<ChatCompletionRequestSystemMessageContent> = None;
        let mut role: Option<SystemLiteral> = None;
        let mut name: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "content" => 0,
                    "role" => 1,
                    "name" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut content),
                1 => sdk_runtime_types::de::value(&mut map, &mut role),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            content: sdk_runtime_types::de::required::<_, A::Error>(content, "content")?,
            role: sdk_runtime_types::de::required::<_, A::Error>(role, "role")?,
            name,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionRequestSystemMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionRequestSystemMessage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(content: impl Into<ChatCompletionRequestSystemMessageContent>) -> Self {
        Self {
            content: content.into(),
            role: Default::default(),
            name: None,
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
#[cfg(feature = "chat")]
/// The contents of the system message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ChatCompletionRequestSystemMessageContent {
    PartList(Vec<ChatCompletionRequestSystemMessageContentPart>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(feature = "chat")]
impl From<Vec<ChatCompletionRequestSystemMessageContentPart>>
for ChatCompletionRequestSystemMessageContent {
    fn from(value: Vec<ChatCompletionRequestSystemMessageContentPart>) -> Self {
        Self::PartList(value)
    }
}
#[cfg(feature = "chat")]
impl From<String> for ChatCompletionRequestSystemMessageContent {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
#[cfg(feature = "chat")]
impl From<&str> for ChatCompletionRequestSystemMessageContent {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
#[cfg(feature = "chat")]
pub type ChatCompletionRequestSystemMessageContentPart = ChatCompletionRequestMessageContentPartText;
#[cfg(feature = "chat")]
/// Messages sent by an end user, containing prompts or additional context
/// information.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChatCompletionRequestUserMessage {
    /// The contents of the user message.
    pub content: ChatCompletionRequestUserMessageContent,
    /// The role of the messages author, in this case `user`.
    pub role: UserLiteral,
    /// An optional name for the participant. Provides the model information to differentiate between participants of the same role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionRequestUserMessage {
    const NAME: &'static str = "ChatCompletionRequestUserMessage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut content: Option<ChatCompletionRequestUserMessageContent> = None;
        let mut role: Option<UserLiteral> = None;
        let mut name: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "content" => 0,
                    "role" => 1,
                    "name" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut content),
                1 => sdk_runtime_types::de::value(&mut map, &mut role),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            content: sdk_runtime_types::de::required::<_, A::Error>(content, "content")?,
            role: sdk_runtime_types::de::required::<_, A::Error>(role, "role")?,
            name,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionRequestUserMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionRequestUserMessage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(content: impl Into<ChatCompletionRequestUserMessageContent>) -> Self {
        Self {
            content: content.into(),
            role: Default::default(),
            name: None,
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
#[cfg(feature = "chat")]
/// The contents of the user message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ChatCompletionRequestUserMessageContent {
    PartList(Vec<ChatCompletionRequestUserMessageContentPart>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(feature = "chat")]
impl From<Vec<ChatCompletionRequestUserMessageContentPart>>
for ChatCompletionRequestUserMessageContent {
    fn from(value: Vec<ChatCompletionRequestUserMessageContentPart>) -> Self {
        Self::PartList(value)
    }
}
#[cfg(feature = "chat")]
impl From<String> for ChatCompletionRequestUserMessageContent {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
#[cfg(feature = "chat")]
impl From<&str> for ChatCompletionRequestUserMessageContent {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
#[cfg(feature = "chat")]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatCompletionRequestUserMessageContentPart {
    /// `text`
    Text(ChatCompletionRequestMessageContentPartText),
    /// `image_url`
    ImageUrl(ChatCompletionRequestMessageContentPartImage),
    /// `input_audio`
    InputAudio(ChatCompletionRequestMessageContentPartAudio),
    /// `file`
    File(ChatCompletionRequestMessageContentPartFile),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(feature = "chat")]
impl Serialize for ChatCompletionRequestUserMessageContentPart {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(value) => value.serialize(serializer),
            Self::ImageUrl(value) => value.serialize(serializer),
            Self::InputAudio(value) => value.serialize(serializer),
            Self::File(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::TaggedUnion for ChatCompletionRequestUserMessageContentPart {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "text" => Deserialize::deserialize(content).map(Self::Text),
                "image_url" => Deserialize::deserialize(content).map(Self::ImageUrl),
                "input_audio" => Deserialize::deserialize(content).map(Self::InputAudio),
                "file" => Deserialize::deserialize(content).map(Self::File),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionRequestUserMessageContentPart {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "chat")]
impl From<ChatCompletionRequestMessageContentPartText>
for ChatCompletionRequestUserMessageContentPart {
    fn from(value: ChatCompletionRequestMessageContentPartText) -> Self {
        Self::Text(value)
    }
}
#[cfg(feature = "chat")]
impl From<ChatCompletionRequestMessageContentPartImage>
for ChatCompletionRequestUserMessageContentPart {
    fn from(value: ChatCompletionRequestMessageContentPartImage) -> Self {
        Self::ImageUrl(value)
    }
}
#[cfg(feature = "chat")]
impl From<ChatCompletionRequestMessageContentPartAudio>
for ChatCompletionRequestUserMessageContentPart {
    fn from(value: ChatCompletionRequestMessageContentPartAudio) -> Self {
        Self::InputAudio(value)
    }
}
#[cfg(feature = "chat")]
impl From<ChatCompletionRequestMessageContentPartFile>
for ChatCompletionRequestUserMessageContentPart {
    fn from(value: ChatCompletionRequestMessageContentPartFile) -> Self {
        Self::File(value)
    }
}
#[cfg(feature = "chat")]
/// Learn about [audio inputs](https://platform.openai.com/docs/guides/audio).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ChatCompletionRequestMessageContentPartAudio {
    /// The type of the content part. Always `input_audio`.
    #[serde(rename = "type")]
    pub type_: InputAudioLiteral,
    pub input_audio: ChatCompletionRequestMessageContentPartAudioInputAudio,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_breakpoint: Option<PromptCacheBreakpointParam>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionRequestMessageContentPartAudio {
    const NAME: &'static str = "ChatCompletionRequestMessageContentPartAudio";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<InputAudioLiteral> = None;
        let mut input_audio: Option<
            ChatCompletionRequestMessageContentPartAudioInputAudio,
        > = None;
        let mut prompt_cache_breakpoint: Option<PromptCacheBreakpointParam> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "input_audio" => 1,
                    "prompt_cache_breakpoint" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut input_audio),
                2 => {
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
            input_audio: input_audio.unwrap_or_default(),
            prompt_cache_breakpoint,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionRequestMessageContentPartAudio {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionRequestMessageContentPartAudio {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        input_audio: impl Into<ChatCompletionRequestMessageContentPartAudioInputAudio>,
    ) -> Self {
        Self {
            type_: Default::default(),
            input_audio: input_audio.into(),
            prompt_cache_breakpoint: None,
        }
    }
    /// Sets `prompt_cache_breakpoint`.
    pub fn prompt_cache_breakpoint(
        mut self,
        value: impl Into<PromptCacheBreakpointParam>,
    ) -> Self {
        self.prompt_cache_breakpoint = Some(value.into());
        self
    }
}
#[cfg(feature = "chat")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ChatCompletionRequestMessageContentPartAudioInputAudio {
    /// Base64 encoded audio data.
    pub data: String,
    /// The format of the encoded audio data. Currently supports "wav" and "mp3".
    pub format: ChatCompletionRequestMessageContentPartAudioInputAudioFormat,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object
for ChatCompletionRequestMessageContentPartAudioInputAudio {
    const NAME: &'static str = "ChatCompletionRequestMessageContentPartAudioInputAudio";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut data: Option<String> = None;
        let mut format: Option<
            ChatCompletionRequestMessageContentPartAudioInputAudioFormat,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "data" => 0,
                    "format" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut data),
                1 => sdk_runtime_types::de::value(&mut map, &mut format),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            data: data.unwrap_or_default(),
            format: format.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionRequestMessageContentPartAudioInputAudio {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionRequestMessageContentPartAudioInputAudio {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        data: impl Into<String>,
        format: impl Into<ChatCompletionRequestMessageContentPartAudioInputAudioFormat>,
    ) -> Self {
        Self {
            data: data.into(),
            format: format.into(),
        }
    }
}
#[cfg(feature = "chat")]
/// The format of the encoded audio data. Currently supports "wav" and "mp3".
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ChatCompletionRequestMessageContentPartAudioInputAudioFormat {
    /// `wav`
    Wav,
    /// `mp3`
    Mp3,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "chat")]
impl ChatCompletionRequestMessageContentPartAudioInputAudioFormat {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Wav => "wav",
            Self::Mp3 => "mp3",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "wav" => Self::Wav,
            "mp3" => Self::Mp3,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "chat")]
impl From<&str> for ChatCompletionRequestMessageContentPartAudioInputAudioFormat {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "chat")]
impl From<String> for ChatCompletionRequestMessageContentPartAudioInputAudioFormat {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "chat")]
impl std::fmt::Display for ChatCompletionRequestMessageContentPartAudioInputAudioFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "chat")]
impl Serialize for ChatCompletionRequestMessageContentPartAudioInputAudioFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de>
for ChatCompletionRequestMessageContentPartAudioInputAudioFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "chat")]
impl Default for ChatCompletionRequestMessageContentPartAudioInputAudioFormat {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "chat")]
/// Learn about [file inputs](https://platform.openai.com/docs/guides/text) for text generation.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ChatCompletionRequestMessageContentPartFile {
    /// The type of the content part. Always `file`.
    #[serde(rename = "type")]
    pub type_: FileLiteral,
    pub file: ChatCompletionRequestMessageContentPartFileFile,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_breakpoint: Option<PromptCacheBreakpointParam>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionRequestMessageContentPartFile {
    const NAME: &'static str = "ChatCompletionRequestMessageContentPartFile";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<FileLiteral> = None;
        let mut file: Option<ChatCompletionRequestMessageContentPartFileFile> = None;
        let mut prompt_cache_breakpoint: Option<PromptCacheBreakpointParam> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "file" => 1,
                    "prompt_cache_breakpoint" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut file),
                2 => {
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
            file: file.unwrap_or_default(),
            prompt_cache_breakpoint,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionRequestMessageContentPartFile {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionRequestMessageContentPartFile {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        file: impl Into<ChatCompletionRequestMessageContentPartFileFile>,
    ) -> Self {
        Self {
            type_: Default::default(),
            file: file.into(),
            prompt_cache_breakpoint: None,
        }
    }
    /// Sets `prompt_cache_breakpoint`.
    pub fn prompt_cache_breakpoint(
        mut self,
        value: impl Into<PromptCacheBreakpointParam>,
    ) -> Self {
        self.prompt_cache_breakpoint = Some(value.into());
        self
    }
}
#[cfg(feature = "chat")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ChatCompletionRequestMessageContentPartFileFile {
    /// The name of the file, used when passing the file to the model as a
    /// string.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    /// The base64 encoded file data, used when passing the file to the model
    /// as a string.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_data: Option<String>,
    /// The ID of an uploaded file to use as input.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionRequestMessageContentPartFileFile {
    const NAME: &'static str = "ChatCompletionRequestMessageContentPartFileFile";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut filename: Option<String> = None;
        let mut file_data: Option<String> = None;
        let mut file_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "filename" => 0,
                    "file_data" => 1,
                    "file_id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut filename),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut file_data),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut file_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            filename,
            file_data,
            file_id,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionRequestMessageContentPartFileFile {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionRequestMessageContentPartFileFile {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            filename: None,
            file_data: None,
            file_id: None,
        }
    }
    /// Sets `filename`.
    pub fn filename(mut self, value: impl Into<String>) -> Self {
        self.filename = Some(value.into());
        self
    }
    /// Sets `file_data`.
    pub fn file_data(mut self, value: impl Into<String>) -> Self {
        self.file_data = Some(value.into());
        self
    }
    /// Sets `file_id`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
}
#[cfg(feature = "chat")]
/// Tool message
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChatCompletionRequestToolMessage {
    /// The role of the messages author, in this case `tool`.
    pub role: ToolLiteral,
    /// The contents of the tool message.
    pub content: ChatCompletionRequestToolMessageContent,
    /// Tool call that this message is responding to.
    pub tool_call_id: String,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionRequestToolMessage {
    const NAME: &'static str = "ChatCompletionRequestToolMessage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut role: Option<ToolLiteral> = None;
        let mut content: Option<ChatCompletionRequestToolMessageContent> = None;
        let mut tool_call_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "role" => 0,
                    "content" => 1,
                    "tool_call_id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut role),
                1 => sdk_runtime_types::de::value(&mut map, &mut content),
                2 => sdk_runtime_types::de::value(&mut map, &mut tool_call_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            role: sdk_runtime_types::de::required::<_, A::Error>(role, "role")?,
            content: sdk_runtime_types::de::required::<_, A::Error>(content, "content")?,
            tool_call_id: tool_call_id.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionRequestToolMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionRequestToolMessage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        content: impl Into<ChatCompletionRequestToolMessageContent>,
        tool_call_id: impl Into<String>,
    ) -> Self {
        Self {
            role: Default::default(),
            content: content.into(),
            tool_call_id: tool_call_id.into(),
        }
    }
}
#[cfg(feature = "chat")]
/// The constant `tool`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ToolLiteral {
    /// `tool`
    #[default]
    Tool,
}
#[cfg(feature = "chat")]
impl ToolLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "tool"
    }
}
#[cfg(feature = "chat")]
impl std::fmt::Display for ToolLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "chat")]
impl Serialize for ToolLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("tool")
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ToolLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "tool").map(|()| Self::Tool)
    }
}
#[cfg(feature = "chat")]
/// The contents of the tool message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ChatCompletionRequestToolMessageContent {
    PartList(Vec<ChatCompletionRequestToolMessageContentPart>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(feature = "chat")]
impl From<Vec<ChatCompletionRequestToolMessageContentPart>>
for ChatCompletionRequestToolMessageContent {
    fn from(value: Vec<ChatCompletionRequestToolMessageContentPart>) -> Self {
        Self::PartList(value)
    }
}
#[cfg(feature = "chat")]
impl From<String> for ChatCompletionRequestToolMessageContent {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
#[cfg(feature = "chat")]
impl From<&str> for ChatCompletionRequestToolMessageContent {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
#[cfg(feature = "chat")]
pub type ChatCompletionRequestToolMessageContentPart = ChatCompletionRequestMessageContentPartText;
#[cfg(any(feature = "chat", feature = "completions"))]
/// Options for streaming response. Only set this when you set `stream: true`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ChatCompletionStreamOptions {
    /// If set, an additional chunk will be streamed before the `data: [DONE]`
    /// message. The `usage` field on this chunk shows the token usage statistics
    /// for the entire request, and the `choices` field will always be an empty
    /// array.
    ///
    /// All other chunks will also include a `usage` field, but with a null
    /// value. **NOTE:** If the stream is interrupted, you may not receive the
    /// final usage chunk which contains the total token usage for the request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include_usage: Option<bool>,
    /// When true, stream obfuscation will be enabled. Stream obfuscation adds
    /// random characters to an `obfuscation` field on streaming delta events to
    /// normalize payload sizes as a mitigation to certain side-channel attacks.
    /// These obfuscation fields are included by default, but add a small amount
    /// of overhead to the data stream. You can set `include_obfuscation` to
    /// false to optimize for bandwidth if you trust the network links between
    /// your application and the OpenAI API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include_obfuscation: Option<bool>,
}
#[cfg(any(feature = "chat", feature = "completions"))]
impl sdk_runtime_types::de::Object for ChatCompletionStreamOptions {
    const NAME: &'static str = "ChatCompletionStreamOptions";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut include_usage: Option<bool> = None;
        let mut include_obfuscation: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "include_usage" => 0,
                    "include_obfuscation" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut include_usage),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut include_obfuscation),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            include_usage,
            include_obfuscation,
        })
    }
}
#[cfg(any(feature = "chat", feature = "completions"))]
impl<'de> Deserialize<'de> for ChatCompletionStreamOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "chat", feature = "completions"))]
impl ChatCompletionStreamOptions {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            include_usage: None,
            include_obfuscation: None,
        }
    }
    /// Sets `include_usage`.
    pub fn include_usage(mut self, value: impl Into<bool>) -> Self {
        self.include_usage = Some(value.into());
        self
    }
    /// Sets `include_obfuscation`.
    pub fn include_obfuscation(mut self, value: impl Into<bool>) -> Self {
        self.include_obfuscation = Some(value.into());
        self
    }
}
#[cfg(feature = "chat")]
/// A chat completion delta generated by streamed model responses.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionStreamResponseDelta {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// Deprecated and replaced by `tool_calls`. The name and arguments of a function that should be called, as generated by the model.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub function_call: Option<ChatCompletionStreamResponseDeltaFunctionCall>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_calls: Option<Vec<ChatCompletionMessageToolCallChunk>>,
    /// The role of the author of this message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<ChatCompletionStreamResponseDeltaRole>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refusal: Option<String>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionStreamResponseDelta {
    const NAME: &'static str = "ChatCompletionStreamResponseDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut content: Option<String> = None;
        let mut function_call: Option<ChatCompletionStreamResponseDeltaFunctionCall> = None;
        let mut tool_calls: Option<Vec<ChatCompletionMessageToolCallChunk>> = None;
        let mut role: Option<ChatCompletionStreamResponseDeltaRole> = None;
        let mut refusal: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "content" => 0,
                    "function_call" => 1,
                    "tool_calls" => 2,
                    "role" => 3,
                    "refusal" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut content),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut function_call),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut tool_calls),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut role),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut refusal),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            content,
            function_call,
            tool_calls,
            role,
            refusal,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionStreamResponseDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionStreamResponseDelta {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            content: None,
            function_call: None,
            tool_calls: None,
            role: None,
            refusal: None,
        }
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
    /// Sets `function_call`.
    pub fn function_call(
        mut self,
        value: impl Into<ChatCompletionStreamResponseDeltaFunctionCall>,
    ) -> Self {
        self.function_call = Some(value.into());
        self
    }
    /// Sets `tool_calls`.
    pub fn tool_calls(
        mut self,
        value: impl Into<Vec<ChatCompletionMessageToolCallChunk>>,
    ) -> Self {
        self.tool_calls = Some(value.into());
        self
    }
    /// Sets `role`.
    pub fn role(
        mut self,
        value: impl Into<ChatCompletionStreamResponseDeltaRole>,
    ) -> Self {
        self.role = Some(value.into());
        self
    }
    /// Sets `refusal`.
    pub fn refusal(mut self, value: impl Into<String>) -> Self {
        self.refusal = Some(value.into());
        self
    }
}
#[cfg(feature = "chat")]
/// Deprecated and replaced by `tool_calls`. The name and arguments of a function that should be called, as generated by the model.
///
/// **Deprecated** by the API.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionStreamResponseDeltaFunctionCall {
    /// The arguments to call the function with, as generated by the model in JSON format. Note that the model does not always generate valid JSON, and may hallucinate parameters not defined by your function schema. Validate the arguments in your code before calling your function.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arguments: Option<String>,
    /// The name of the function to call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionStreamResponseDeltaFunctionCall {
    const NAME: &'static str = "ChatCompletionStreamResponseDeltaFunctionCall";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut arguments: Option<String> = None;
        let mut name: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "arguments" => 0,
                    "name" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut arguments),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { arguments, name })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionStreamResponseDeltaFunctionCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionStreamResponseDeltaFunctionCall {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            arguments: None,
            name: None,
        }
    }
    /// Sets `arguments`.
    pub fn arguments(mut self, value: impl Into<String>) -> Self {
        self.arguments = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
#[cfg(feature = "chat")]
/// The role of the author of this message.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ChatCompletionStreamResponseDeltaRole {
    /// `developer`
    Developer,
    /// `system`
    System,
    /// `user`
    User,
    /// `assistant`
    Assistant,
    /// `tool`
    Tool,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "chat")]
impl ChatCompletionStreamResponseDeltaRole {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Developer => "developer",
            Self::System => "system",
            Self::User => "user",
            Self::Assistant => "assistant",
            Self::Tool => "tool",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "developer" => Self::Developer,
            "system" => Self::System,
            "user" => Self::User,
            "assistant" => Self::Assistant,
            "tool" => Self::Tool,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "chat")]
impl From<&str> for ChatCompletionStreamResponseDeltaRole {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "chat")]
impl From<String> for ChatCompletionStreamResponseDeltaRole {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "chat")]
impl std::fmt::Display for ChatCompletionStreamResponseDeltaRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "chat")]
impl Serialize for ChatCompletionStreamResponseDeltaRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionStreamResponseDeltaRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "chat")]
impl Default for ChatCompletionStreamResponseDeltaRole {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "chat")]
/// Controls which (if any) tool is called by the model.
/// `none` means the model will not call any tool and instead generates a message.
/// `auto` means the model can pick between generating a message or calling one or more tools.
/// `required` means the model must call one or more tools.
/// Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.
///
/// `none` is the default when no tools are present. `auto` is the default if tools are present.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ChatCompletionToolChoiceOption {
    AllowedToolsChoice(ChatCompletionAllowedToolsChoice),
    NamedToolChoice(ChatCompletionNamedToolChoice),
    NamedToolChoiceCustom(ChatCompletionNamedToolChoiceCustom),
    AssistantsApiToolChoiceOptionMode(AssistantsApiToolChoiceOptionMode),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(feature = "chat")]
impl From<ChatCompletionAllowedToolsChoice> for ChatCompletionToolChoiceOption {
    fn from(value: ChatCompletionAllowedToolsChoice) -> Self {
        Self::AllowedToolsChoice(value)
    }
}
#[cfg(feature = "chat")]
impl From<ChatCompletionNamedToolChoice> for ChatCompletionToolChoiceOption {
    fn from(value: ChatCompletionNamedToolChoice) -> Self {
        Self::NamedToolChoice(value)
    }
}
#[cfg(feature = "chat")]
impl From<ChatCompletionNamedToolChoiceCustom> for ChatCompletionToolChoiceOption {
    fn from(value: ChatCompletionNamedToolChoiceCustom) -> Self {
        Self::NamedToolChoiceCustom(value)
    }
}
#[cfg(feature = "chat")]
impl From<AssistantsApiToolChoiceOptionMode> for ChatCompletionToolChoiceOption {
    fn from(value: AssistantsApiToolChoiceOptionMode) -> Self {
        Self::AssistantsApiToolChoiceOptionMode(value)
    }
}
#[cfg(feature = "chat")]
impl From<&str> for ChatCompletionToolChoiceOption {
    fn from(value: &str) -> Self {
        Self::AssistantsApiToolChoiceOptionMode(value.into())
    }
}
#[cfg(feature = "chat")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateChatCompletionRequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    /// An integer between 0 and 20 specifying the maximum number of most likely
    /// tokens to return at each token position, each with an associated log
    /// probability. In some cases, the number of returned tokens may be fewer than
    /// requested.
    /// `logprobs` must be set to `true` if this parameter is used.
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
    /// A list of messages comprising the conversation so far. Depending on the
    /// [model](https://platform.openai.com/docs/models) you use, different message types (modalities) are
    /// supported, like [text](https://platform.openai.com/docs/guides/text-generation),
    /// [images](https://platform.openai.com/docs/guides/vision), and [audio](https://platform.openai.com/docs/guides/audio).
    pub messages: Vec<ChatCompletionRequestMessage>,
    /// Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    /// offers a wide range of models with different capabilities, performance
    /// characteristics, and price points. Refer to the [model guide](https://platform.openai.com/docs/models)
    /// to browse and compare available models.
    pub model: ModelIdsShared,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_tier: Option<ServiceTier>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modalities: Option<ResponseModalities>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verbosity: Option<Verbosity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reasoning_effort: Option<ReasoningEffort>,
    /// An upper bound for the number of tokens that can be generated for a completion, including visible output tokens and [reasoning tokens](https://platform.openai.com/docs/guides/reasoning).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_completion_tokens: Option<i64>,
    /// Number between -2.0 and 2.0. Positive values penalize new tokens based on
    /// their existing frequency in the text so far, decreasing the model's
    /// likelihood to repeat the same line verbatim.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frequency_penalty: Option<f64>,
    /// Number between -2.0 and 2.0. Positive values penalize new tokens based on
    /// whether they appear in the text so far, increasing the model's likelihood
    /// to talk about new topics.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub presence_penalty: Option<f64>,
    /// This tool searches the web for relevant results to use in a response.
    /// Learn more about the [web search tool](https://platform.openai.com/docs/guides/tools-web-search?api-mode=chat).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub web_search_options: Option<Box<CreateChatCompletionRequestWebSearchOptions>>,
    /// An object specifying the format that the model must output.
    ///
    /// Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
    /// Structured Outputs which ensures the model will match your supplied JSON
    /// schema. Learn more in the \[Structured Outputs
    /// guide\](<https://platform.openai.com/docs/guides/structured-outputs>).
    ///
    /// Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    /// ensures the message the model generates is valid JSON. Using `json_schema`
    /// is preferred for models that support it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_format: Option<Box<ResponseFormat>>,
    /// Parameters for audio output. Required when audio output is requested with
    /// `modalities: ["audio"]`. [Learn more](https://platform.openai.com/docs/guides/audio).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio: Option<CreateChatCompletionRequestAudio>,
    /// Whether or not to store the output of this chat completion request for
    /// use in our [model distillation](https://platform.openai.com/docs/guides/distillation) or
    /// [evals](https://platform.openai.com/docs/guides/evals) products.
    ///
    /// Supports text and image inputs. Note: image inputs over 8MB will be dropped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub store: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moderation: Option<ModerationParam>,
    /// If set to true, the model response data will be streamed to the client
    /// as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
    /// See the [Streaming section below](https://platform.openai.com/docs/api-reference/chat/streaming)
    /// for more information, along with the [streaming responses](https://platform.openai.com/docs/guides/streaming-responses)
    /// guide for more information on how to handle the streaming events.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stop: Option<StopConfiguration>,
    /// Modify the likelihood of specified tokens appearing in the completion.
    ///
    /// Accepts a JSON object that maps tokens (specified by their token ID in the
    /// tokenizer) to an associated bias value from -100 to 100. Mathematically,
    /// the bias is added to the logits generated by the model prior to sampling.
    /// The exact effect will vary per model, but values between -1 and 1 should
    /// decrease or increase likelihood of selection; values like -100 or 100
    /// should result in a ban or exclusive selection of the relevant token.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logit_bias: Option<std::collections::BTreeMap<String, i64>>,
    /// Whether to return log probabilities of the output tokens or not. If true,
    /// returns the log probabilities of each output token returned in the
    /// `content` of `message`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logprobs: Option<bool>,
    /// The maximum number of [tokens](https://platform.openai.com/tokenizer) that can be generated in the
    /// chat completion. This value can be used to control
    /// [costs](https://openai.com/api/pricing/) for text generated via API.
    ///
    /// This value is now deprecated in favor of `max_completion_tokens`, and is
    /// not compatible with [o-series models](https://platform.openai.com/docs/guides/reasoning).
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_tokens: Option<i64>,
    /// How many chat completion choices to generate for each input message. Note that you will be charged based on the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub n: Option<i64>,
    /// Configuration for a [Predicted Output](https://platform.openai.com/docs/guides/predicted-outputs),
    /// which can greatly improve response times when large parts of the model
    /// response are known ahead of time. This is most common when you are
    /// regenerating a file with only minor changes to most of the content.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prediction: Option<PredictionContent>,
    /// This feature is in Beta.
    /// If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result.
    /// Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seed: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_options: Option<ChatCompletionStreamOptions>,
    /// A list of tools the model may call. You can provide either
    /// [custom tools](https://platform.openai.com/docs/guides/function-calling#custom-tools) or
    /// [function tools](https://platform.openai.com/docs/guides/function-calling).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<ChatCompletionToolUnion>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_choice: Option<ChatCompletionToolChoiceOption>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parallel_tool_calls: Option<ParallelToolCalls>,
    /// Deprecated in favor of `tool_choice`.
    ///
    /// Controls which (if any) function is called by the model.
    ///
    /// `none` means the model will not call a function and instead generates a
    /// message.
    ///
    /// `auto` means the model can pick between generating a message or calling a
    /// function.
    ///
    /// Specifying a particular function via `{"name": "my_function"}` forces the
    /// model to call that function.
    ///
    /// `none` is the default when no functions are present. `auto` is the default
    /// if functions are present.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub function_call: Option<CreateChatCompletionRequestFunctionCall>,
    /// Deprecated in favor of `tools`.
    ///
    /// A list of functions the model may generate JSON inputs for.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub functions: Option<Vec<ChatCompletionFunctions>>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for CreateChatCompletionRequest {
    const NAME: &'static str = "CreateChatCompletionRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut metadata: Option<Metadata> = None;
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
        let mut messages: Option<Vec<ChatCompletionRequestMessage>> = None;
        let mut model: Option<ModelIdsShared> = None;
        let mut service_tier: Option<ServiceTier> = None;
        let mut modalities: Option<ResponseModalities> = None;
        let mut verbosity: Option<Verbosity> = None;
        let mut reasoning_effort: Option<ReasoningEffort> = None;
        let mut max_completion_tokens: Option<i64> = None;
        let mut frequency_penalty: Option<f64> = None;
        let mut presence_penalty: Option<f64> = None;
        let mut web_search_options: Option<
            Box<CreateChatCompletionRequestWebSearchOptions>,
        > = None;
        let mut response_format: Option<Box<ResponseFormat>> = None;
        let mut audio: Option<CreateChatCompletionRequestAudio> = None;
        let mut store: Option<bool> = None;
        let mut moderation: Option<ModerationParam> = None;
        let mut stream: Option<bool> = None;
        let mut stop: Option<StopConfiguration> = None;
        let mut logit_bias: Option<std::collections::BTreeMap<String, i64>> = None;
        let mut logprobs: Option<bool> = None;
        let mut max_tokens: Option<i64> = None;
        let mut n: Option<i64> = None;
        let mut prediction: Option<PredictionContent> = None;
        let mut seed: Option<i64> = None;
        let mut stream_options: Option<ChatCompletionStreamOptions> = None;
        let mut tools: Option<Vec<ChatCompletionToolUnion>> = None;
        let mut tool_choice: Option<ChatCompletionToolChoiceOption> = None;
        let mut parallel_tool_calls: Option<ParallelToolCalls> = None;
        let mut function_call: Option<CreateChatCompletionRequestFunctionCall> = None;
        let mut functions: Option<Vec<ChatCompletionFunctions>> = None;
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
                    "messages" => 9,
                    "model" => 10,
                    "service_tier" => 11,
                    "modalities" => 12,
                    "verbosity" => 13,
                    "reasoning_effort" => 14,
                    "max_completion_tokens" => 15,
                    "frequency_penalty" => 16,
                    "presence_penalty" => 17,
                    "web_search_options" => 18,
                    "response_format" => 19,
                    "audio" => 20,
                    "store" => 21,
                    "moderation" => 22,
                    "stream" => 23,
                    "stop" => 24,
                    "logit_bias" => 25,
                    "logprobs" => 26,
                    "max_tokens" => 27,
                    "n" => 28,
                    "prediction" => 29,
                    "seed" => 30,
                    "stream_options" => 31,
                    "tools" => 32,
                    "tool_choice" => 33,
                    "parallel_tool_calls" => 34,
                    "function_call" => 35,
                    "functions" => 36,
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
                9 => sdk_runtime_types::de::value(&mut map, &mut messages),
                10 => sdk_runtime_types::de::value(&mut map, &mut model),
                11 => sdk_runtime_types::de::nullable(&mut map, &mut service_tier),
                12 => sdk_runtime_types::de::nullable(&mut map, &mut modalities),
                13 => sdk_runtime_types::de::nullable(&mut map, &mut verbosity),
                14 => sdk_runtime_types::de::nullable(&mut map, &mut reasoning_effort),
                15 => {
                    sdk_runtime_types::de::nullable(&mut map, &mut max_completion_tokens)
                }
                16 => sdk_runtime_types::de::nullable(&mut map, &mut frequency_penalty),
                17 => sdk_runtime_types::de::nullable(&mut map, &mut presence_penalty),
                18 => sdk_runtime_types::de::nullable(&mut map, &mut web_search_options),
                19 => sdk_runtime_types::de::nullable(&mut map, &mut response_format),
                20 => sdk_runtime_types::de::nullable(&mut map, &mut audio),
                21 => sdk_runtime_types::de::nullable(&mut map, &mut store),
                22 => sdk_runtime_types::de::nullable(&mut map, &mut moderation),
                23 => sdk_runtime_types::de::nullable(&mut map, &mut stream),
                24 => sdk_runtime_types::de::nullable(&mut map, &mut stop),
                25 => sdk_runtime_types::de::nullable(&mut map, &mut logit_bias),
                26 => sdk_runtime_types::de::nullable(&mut map, &mut logprobs),
                27 => sdk_runtime_types::de::nullable(&mut map, &mut max_tokens),
                28 => sdk_runtime_types::de::nullable(&mut map, &mut n),
                29 => sdk_runtime_types::de::nullable(&mut map, &mut prediction),
                30 => sdk_runtime_types::de::nullable(&mut map, &mut seed),
                31 => sdk_runtime_types::de::nullable(&mut map, &mut stream_options),
                32 => sdk_runtime_types::de::nullable(&mut map, &mut tools),
                33 => sdk_runtime_types::de::nullable(&mut map, &mut tool_choice),
                34 => sdk_runtime_types::de::nullable(&mut map, &mut parallel_tool_calls),
                35 => sdk_runtime_types::de::nullable(&mut map, &mut function_call),
                36 => sdk_runtime_types::de::nullable(&mut map, &mut functions),
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
            messages: messages.unwrap_or_default(),
            model: model.unwrap_or_default(),
            service_tier,
            modalities,
            verbosity,
            reasoning_effort,
            max_completion_tokens,
            frequency_penalty,
            presence_penalty,
            web_search_options,
            response_format,
            audio,
            store,
            moderation,
            stream,
            stop,
            logit_bias,
            logprobs,
            max_tokens,
            n,
            prediction,
            seed,
            stream_options,
            tools,
            tool_choice,
            parallel_tool_calls,
            function_call,
            functions,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for CreateChatCompletionRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl CreateChatCompletionRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        messages: impl Into<Vec<ChatCompletionRequestMessage>>,
        model: impl Into<ModelIdsShared>,
    ) -> Self {
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
            messages: messages.into(),
            model: model.into(),
            service_tier: None,
            modalities: None,
            verbosity: None,
            reasoning_effort: None,
            max_completion_tokens: None,
            frequency_penalty: None,
            presence_penalty: None,
            web_search_options: None,
            response_format: None,
            audio: None,
            store: None,
            moderation: None,
            stream: None,
            stop: None,
            logit_bias: None,
            logprobs: None,
            max_tokens: None,
            n: None,
            prediction: None,
            seed: None,
            stream_options: None,
            tools: None,
            tool_choice: None,
            parallel_tool_calls: None,
            function_call: None,
            functions: None,
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
    /// Sets `service_tier`.
    pub fn service_tier(mut self, value: impl Into<ServiceTier>) -> Self {
        self.service_tier = Some(value.into());
        self
    }
    /// Sets `modalities`.
    pub fn modalities(mut self, value: impl Into<ResponseModalities>) -> Self {
        self.modalities = Some(value.into());
        self
    }
    /// Sets `verbosity`.
    pub fn verbosity(mut self, value: impl Into<Verbosity>) -> Self {
        self.verbosity = Some(value.into());
        self
    }
    /// Sets `reasoning_effort`.
    pub fn reasoning_effort(mut self, value: impl Into<ReasoningEffort>) -> Self {
        self.reasoning_effort = Some(value.into());
        self
    }
    /// Sets `max_completion_tokens`.
    pub fn max_completion_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_completion_tokens = Some(value.into());
        self
    }
    /// Sets `frequency_penalty`.
    pub fn frequency_penalty(mut self, value: impl Into<f64>) -> Self {
        self.frequency_penalty = Some(value.into());
        self
    }
    /// Sets `presence_penalty`.
    pub fn presence_penalty(mut self, value: impl Into<f64>) -> Self {
        self.presence_penalty = Some(value.into());
        self
    }
    /// Sets `web_search_options`.
    pub fn web_search_options(
        mut self,
        value: impl Into<CreateChatCompletionRequestWebSearchOptions>,
    ) -> Self {
        self.web_search_options = Some(Box::new(value.into()));
        self
    }
    /// Sets `response_format`.
    pub fn response_format(mut self, value: impl Into<ResponseFormat>) -> Self {
        self.response_format = Some(Box::new(value.into()));
        self
    }
    /// Sets `audio`.
    pub fn audio(mut self, value: impl Into<CreateChatCompletionRequestAudio>) -> Self {
        self.audio = Some(value.into());
        self
    }
    /// Sets `store`.
    pub fn store(mut self, value: impl Into<bool>) -> Self {
        self.store = Some(value.into());
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
    /// Sets `stop`.
    pub fn stop(mut self, value: impl Into<StopConfiguration>) -> Self {
        self.stop = Some(value.into());
        self
    }
    /// Sets `logit_bias`.
    pub fn logit_bias(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, i64>>,
    ) -> Self {
        self.logit_bias = Some(value.into());
        self
    }
    /// Sets `logprobs`.
    pub fn logprobs(mut self, value: impl Into<bool>) -> Self {
        self.logprobs = Some(value.into());
        self
    }
    /// Sets `max_tokens`.
    pub fn max_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_tokens = Some(value.into());
        self
    }
    /// Sets `n`.
    pub fn n(mut self, value: impl Into<i64>) -> Self {
        self.n = Some(value.into());
        self
    }
    /// Sets `prediction`.
    pub fn prediction(mut self, value: impl Into<PredictionContent>) -> Self {
        self.prediction = Some(value.into());
        self
    }
    /// Sets `seed`.
    pub fn seed(mut self, value: impl Into<i64>) -> Self {
        self.seed = Some(value.into());
        self
    }
    /// Sets `stream_options`.
    pub fn stream_options(
        mut self,
        value: impl Into<ChatCompletionStreamOptions>,
    ) -> Self {
        self.stream_options = Some(value.into());
        self
    }
    /// Sets `tools`.
    pub fn tools(mut self, value: impl Into<Vec<ChatCompletionToolUnion>>) -> Self {
        self.tools = Some(value.into());
        self
    }
    /// Sets `tool_choice`.
    pub fn tool_choice(
        mut self,
        value: impl Into<ChatCompletionToolChoiceOption>,
    ) -> Self {
        self.tool_choice = Some(value.into());
        self
    }
    /// Sets `parallel_tool_calls`.
    pub fn parallel_tool_calls(mut self, value: impl Into<ParallelToolCalls>) -> Self {
        self.parallel_tool_calls = Some(value.into());
        self
    }
    /// Sets `function_call`.
    pub fn function_call(
        mut self,
        value: impl Into<CreateChatCompletionRequestFunctionCall>,
    ) -> Self {
        self.function_call = Some(value.into());
        self
    }
    /// Sets `functions`.
    pub fn functions(mut self, value: impl Into<Vec<ChatCompletionFunctions>>) -> Self {
        self.functions = Some(value.into());
        self
    }
}
#[cfg(feature = "chat")]
/// Output types that you would like the model to generate.
/// Most models are capable of generating text, which is the default:
///
/// `["text"]`
///
/// The `gpt-4o-audio-preview` model can also be used to
/// [generate audio](https://platform.openai.com/docs/guides/audio). To request that this model generate
/// both text and audio responses, you can use:
///
/// `["text", "audio"]`
pub type ResponseModalities = Vec<ChatCompletionModality>;
#[cfg(feature = "chat")]
/// This tool searches the web for relevant results to use in a response.
/// Learn more about the [web search tool](https://platform.openai.com/docs/guides/tools-web-search?api-mode=chat).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateChatCompletionRequestWebSearchOptions {
    /// Approximate location parameters for the search.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_location: Option<
        Box<CreateChatCompletionRequestWebSearchOptionsUserLocation>,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub search_context_size: Option<WebSearchContextSize>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for CreateChatCompletionRequestWebSearchOptions {
    const NAME: &'static str = "CreateChatCompletionRequestWebSearchOptions";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut user_location: Option<
            Box<CreateChatCompletionRequestWebSearchOptionsUserLocation>,
        > = None;
        let mut search_context_size: Option<WebSearchContextSize> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "user_location" => 0,
                    "search_context_size" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut user_location),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut search_context_size),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            user_location,
            search_context_size,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for CreateChatCompletionRequestWebSearchOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl CreateChatCompletionRequestWebSearchOptions {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            user_location: None,
            search_context_size: None,
        }
    }
    /// Sets `user_location`.
    pub fn user_location(
        mut self,
        value: impl Into<CreateChatCompletionRequestWebSearchOptionsUserLocation>,
    ) -> Self {
        self.user_location = Some(Box::new(value.into()));
        self
    }
    /// Sets `search_context_size`.
    pub fn search_context_size(
        mut self,
        value: impl Into<WebSearchContextSize>,
    ) -> Self {
        self.search_context_size = Some(value.into());
        self
    }
}
#[cfg(feature = "chat")]
/// Approximate location parameters for the search.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateChatCompletionRequestWebSearchOptionsUserLocation {
    /// The type of location approximation. Always `approximate`.
    #[serde(rename = "type")]
    pub type_: ApproximateLiteral,
    pub approximate: WebSearchLocation,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object
for CreateChatCompletionRequestWebSearchOptionsUserLocation {
    const NAME: &'static str = "CreateChatCompletionRequestWebSearchOptionsUserLocation";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ApproximateLiteral> = None;
        let mut approximate: Option<WebSearchLocation> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "approximate" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut approximate),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            approximate: approximate.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for CreateChatCompletionRequestWebSearchOptionsUserLocation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl CreateChatCompletionRequestWebSearchOptionsUserLocation {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(approximate: impl Into<WebSearchLocation>) -> Self {
        Self {
            type_: Default::default(),
            approximate: approximate.into(),
        }
    }
}
#[cfg(feature = "chat")]
/// Approximate location parameters for the search.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct WebSearchLocation {
    /// The two-letter
    /// [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1) of the user,
    /// e.g. `US`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Free text input for the region of the user, e.g. `California`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Free text input for the city of the user, e.g. `San Francisco`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// The [IANA timezone](https://timeapi.io/documentation/iana-timezones)
    /// of the user, e.g. `America/Los_Angeles`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for WebSearchLocation {
    const NAME: &'static str = "WebSearchLocation";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut country: Option<String> = None;
        let mut region: Option<String> = None;
        let mut city: Option<String> = None;
        let mut timezone: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "country" => 0,
                    "region" => 1,
                    "city" => 2,
                    "timezone" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut country),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut region),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut city),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut timezone),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            country,
            region,
            city,
            timezone,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for WebSearchLocation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl WebSearchLocation {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            country: None,
            region: None,
            city: None,
            timezone: None,
        }
    }
    /// Sets `country`.
    pub fn country(mut self, value: impl Into<String>) -> Self {
        self.country = Some(value.into());
        self
    }
    /// Sets `region`.
    pub fn region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sets `city`.
    pub fn city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }
    /// Sets `timezone`.
    pub fn timezone(mut self, value: impl Into<String>) -> Self {
        self.timezone = Some(value.into());
        self
    }
}
#[cfg(feature = "chat")]
/// Parameters for audio output. Required when audio output is requested with
/// `modalities: ["audio"]`. [Learn more](https://platform.openai.com/docs/guides/audio).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateChatCompletionRequestAudio {
    /// The voice the model uses to respond. Supported built-in voices are
    /// `alloy`, `ash`, `ballad`, `coral`, `echo`, `fable`, `nova`, `onyx`,
    /// `sage`, `shimmer`, `marin`, and `cedar`. You may also provide a
    /// custom voice object with an `id`, for example `{ "id": "voice_1234" }`.
    pub voice: VoiceIdsOrCustomVoice,
    /// Specifies the output audio format. Must be one of `wav`, `mp3`, `flac`,
    /// `opus`, or `pcm16`.
    pub format: CreateChatCompletionRequestAudioFormat,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for CreateChatCompletionRequestAudio {
    const NAME: &'static str = "CreateChatCompletionRequestAudio";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut voice: Option<VoiceIdsOrCustomVoice> = None;
        let mut format: Option<CreateChatCompletionRequestAudioFormat> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "voice" => 0,
                    "format" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut voice),
                1 => sdk_runtime_types::de::value(&mut map, &mut format),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            voice: sdk_runtime_types::de::required::<_, A::Error>(voice, "voice")?,
            format: format.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for CreateChatCompletionRequestAudio {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl CreateChatCompletionRequestAudio {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        voice: impl Into<VoiceIdsOrCustomVoice>,
        format: impl Into<CreateChatCompletionRequestAudioFormat>,
    ) -> Self {
        Self {
            voice: voice.into(),
            format: format.into(),
        }
    }
}
#[cfg(feature = "chat")]
/// Specifies the output audio format. Must be one of `wav`, `mp3`, `flac`,
/// `opus`, or `pcm16`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreateChatCompletionRequestAudioFormat {
    /// `wav`
    Wav,
    /// `aac`
    Aac,
    /// `mp3`
    Mp3,
    /// `flac`
    Flac,
    /// `opus`
    Opus,
    /// `pcm16`
    Pcm16,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "chat")]
impl CreateChatCompletionRequestAudioFormat {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Wav => "wav",
            Self::Aac => "aac",
            Self::Mp3 => "mp3",
            Self::Flac => "flac",
            Self::Opus => "opus",
            Self::Pcm16 => "pcm16",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "wav" => Self::Wav,
            "aac" => Self::Aac,
            "mp3" => Self::Mp3,
            "flac" => Self::Flac,
            "opus" => Self::Opus,
            "pcm16" => Self::Pcm16,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "chat")]
impl From<&str> for CreateChatCompletionRequestAudioFormat {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "chat")]
impl From<String> for CreateChatCompletionRequestAudioFormat {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "chat")]
impl std::fmt::Display for CreateChatCompletionRequestAudioFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "chat")]
impl Serialize for CreateChatCompletionRequestAudioFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for CreateChatCompletionRequestAudioFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "chat")]
impl Default for CreateChatCompletionRequestAudioFormat {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "chat", feature = "completions"))]
/// Not supported with latest reasoning models `o3` and `o4-mini`.
///
/// Up to 4 sequences where the API will stop generating further tokens. The
/// returned text will not contain the stop sequence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum StopConfiguration {
    StringList(Vec<String>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(any(feature = "chat", feature = "completions"))]
impl From<Vec<String>> for StopConfiguration {
    fn from(value: Vec<String>) -> Self {
        Self::StringList(value)
    }
}
#[cfg(any(feature = "chat", feature = "completions"))]
impl From<String> for StopConfiguration {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
#[cfg(any(feature = "chat", feature = "completions"))]
impl From<&str> for StopConfiguration {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
#[cfg(feature = "chat")]
/// Static predicted output content, such as the content of a text file that is
/// being regenerated.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PredictionContent {
    /// The type of the predicted content you want to provide. This type is
    /// currently always `content`.
    #[serde(rename = "type")]
    pub type_: ContentLiteral,
    /// The content that should be matched when generating a model response.
    /// If generated tokens would match this content, the entire model response
    /// can be returned much more quickly.
    pub content: PredictionContentContent,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for PredictionContent {
    const NAME: &'static str = "PredictionContent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ContentLiteral> = None;
        let mut content: Option<PredictionContentContent> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "content" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut content),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            content: sdk_runtime_types::de::required::<_, A::Error>(content, "content")?,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for PredictionContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl PredictionContent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(content: impl Into<PredictionContentContent>) -> Self {
        Self {
            type_: Default::default(),
            content: content.into(),
        }
    }
}
#[cfg(any(feature = "chat", feature = "organization"))]
/// The constant `content`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ContentLiteral {
    /// `content`
    #[default]
    Content,
}
#[cfg(any(feature = "chat", feature = "organization"))]
impl ContentLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "content"
    }
}
#[cfg(any(feature = "chat", feature = "organization"))]
impl std::fmt::Display for ContentLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "chat", feature = "organization"))]
impl Serialize for ContentLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("content")
    }
}
#[cfg(any(feature = "chat", feature = "organization"))]
impl<'de> Deserialize<'de> for ContentLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "content").map(|()| Self::Content)
    }
}
#[cfg(feature = "chat")]
/// The content that should be matched when generating a model response.
/// If generated tokens would match this content, the entire model response
/// can be returned much more quickly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum PredictionContentContent {
    ChatCompletionRequestMessageContentPartTextList(
        Vec<ChatCompletionRequestMessageContentPartText>,
    ),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(feature = "chat")]
impl From<Vec<ChatCompletionRequestMessageContentPartText>>
for PredictionContentContent {
    fn from(value: Vec<ChatCompletionRequestMessageContentPartText>) -> Self {
        Self::ChatCompletionRequestMessageContentPartTextList(value)
    }
}
#[cfg(feature = "chat")]
impl From<String> for PredictionContentContent {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
#[cfg(feature = "chat")]
impl From<&str> for PredictionContentContent {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
#[cfg(feature = "chat")]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatCompletionToolUnion {
    /// `function`
    Function(ChatCompletionTool),
    /// `custom`
    Custom(CustomToolChatCompletions),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(feature = "chat")]
impl Serialize for ChatCompletionToolUnion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Function(value) => value.serialize(serializer),
            Self::Custom(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::TaggedUnion for ChatCompletionToolUnion {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "function" => Deserialize::deserialize(content).map(Self::Function),
                "custom" => Deserialize::deserialize(content).map(Self::Custom),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionToolUnion {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "chat")]
impl From<ChatCompletionTool> for ChatCompletionToolUnion {
    fn from(value: ChatCompletionTool) -> Self {
        Self::Function(value)
    }
}
#[cfg(feature = "chat")]
impl From<CustomToolChatCompletions> for ChatCompletionToolUnion {
    fn from(value: CustomToolChatCompletions) -> Self {
        Self::Custom(value)
    }
}
#[cfg(feature = "chat")]
/// The specification's name for [`ChatCompletionToolUnion`].
pub type CreateChatCompletionRequestTool = ChatCompletionToolUnion;
#[cfg(feature = "chat")]
/// A custom tool that processes input using a specified format.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CustomToolChatCompletions {
    /// The type of the custom tool. Always `custom`.
    #[serde(rename = "type")]
    pub type_: CustomLiteral,
    /// Properties of the custom tool.
    pub custom: CustomToolChatCompletionsCustom,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for CustomToolChatCompletions {
    const NAME: &'static str = "CustomToolChatCompletions";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<CustomLiteral> = None;
        let mut custom: Option<CustomToolChatCompletionsCustom> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "custom" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut custom),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            custom: custom.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for CustomToolChatCompletions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl CustomToolChatCompletions {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(custom: impl Into<CustomToolChatCompletionsCustom>) -> Self {
        Self {
            type_: Default::default(),
            custom: custom.into(),
        }
    }
}
#[cfg(feature = "chat")]
/// Properties of the custom tool.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CustomToolChatCompletionsCustom {
    /// The name of the custom tool, used to identify it in tool calls.
    pub name: String,
    /// Optional description of the custom tool, used to provide more context.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The input format for the custom tool. Default is unconstrained text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<CustomToolChatCompletionsCustomFormat>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for CustomToolChatCompletionsCustom {
    const NAME: &'static str = "CustomToolChatCompletionsCustom";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut description: Option<String> = None;
        let mut format: Option<CustomToolChatCompletionsCustomFormat> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "description" => 1,
                    "format" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut name),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut description),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut format),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name: name.unwrap_or_default(),
            description,
            format,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for CustomToolChatCompletionsCustom {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl CustomToolChatCompletionsCustom {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            description: None,
            format: None,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `format`.
    pub fn format(
        mut self,
        value: impl Into<CustomToolChatCompletionsCustomFormat>,
    ) -> Self {
        self.format = Some(value.into());
        self
    }
}
#[cfg(feature = "chat")]
/// The input format for the custom tool. Default is unconstrained text.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum CustomToolChatCompletionsCustomFormat {
    /// `text`
    Text(CustomTextFormatParam),
    /// `grammar`
    Grammar(CustomToolChatCompletionsCustomFormatGrammarFormat),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(feature = "chat")]
impl Serialize for CustomToolChatCompletionsCustomFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(value) => value.serialize(serializer),
            Self::Grammar(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::TaggedUnion for CustomToolChatCompletionsCustomFormat {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "text" => Deserialize::deserialize(content).map(Self::Text),
                "grammar" => Deserialize::deserialize(content).map(Self::Grammar),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for CustomToolChatCompletionsCustomFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "chat")]
impl From<CustomTextFormatParam> for CustomToolChatCompletionsCustomFormat {
    fn from(value: CustomTextFormatParam) -> Self {
        Self::Text(value)
    }
}
#[cfg(feature = "chat")]
impl From<CustomToolChatCompletionsCustomFormatGrammarFormat>
for CustomToolChatCompletionsCustomFormat {
    fn from(value: CustomToolChatCompletionsCustomFormatGrammarFormat) -> Self {
        Self::Grammar(value)
    }
}
#[cfg(feature = "chat")]
/// A grammar defined by the user.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CustomToolChatCompletionsCustomFormatGrammarFormat {
    /// Grammar format. Always `grammar`.
    #[serde(rename = "type")]
    pub type_: GrammarLiteral,
    /// Your chosen grammar.
    pub grammar: CustomToolChatCompletionsCustomFormatGrammarFormatGrammar,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object
for CustomToolChatCompletionsCustomFormatGrammarFormat {
    const NAME: &'static str = "CustomToolChatCompletionsCustomFormatGrammarFormat";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<GrammarLiteral> = None;
        let mut grammar: Option<
            CustomToolChatCompletionsCustomFormatGrammarFormatGrammar,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "grammar" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut grammar),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            grammar: grammar.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for CustomToolChatCompletionsCustomFormatGrammarFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl CustomToolChatCompletionsCustomFormatGrammarFormat {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        grammar: impl Into<CustomToolChatCompletionsCustomFormatGrammarFormatGrammar>,
    ) -> Self {
        Self {
            type_: Default::default(),
            grammar: grammar.into(),
        }
    }
}
#[cfg(feature = "chat")]
/// Your chosen grammar.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CustomToolChatCompletionsCustomFormatGrammarFormatGrammar {
    /// The grammar definition.
    pub definition: String,
    /// The syntax of the grammar definition. One of `lark` or `regex`.
    pub syntax: CustomToolChatCompletionsCustomFormatGrammarFormatGrammarSyntax,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object
for CustomToolChatCompletionsCustomFormatGrammarFormatGrammar {
    const NAME: &'static str = "CustomToolChatCompletionsCustomFormatGrammarFormatGrammar";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut definition: Option<String> = None;
        let mut syntax: Option<
            CustomToolChatCompletionsCustomFormatGrammarFormatGrammarSyntax,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "definition" => 0,
                    "syntax" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut definition),
                1 => sdk_runtime_types::de::value(&mut map, &mut syntax),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            definition: definition.unwrap_or_default(),
            syntax: syntax.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de>
for CustomToolChatCompletionsCustomFormatGrammarFormatGrammar {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl CustomToolChatCompletionsCustomFormatGrammarFormatGrammar {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        definition: impl Into<String>,
        syntax: impl Into<
            CustomToolChatCompletionsCustomFormatGrammarFormatGrammarSyntax,
        >,
    ) -> Self {
        Self {
            definition: definition.into(),
            syntax: syntax.into(),
        }
    }
}
#[cfg(feature = "chat")]
/// The syntax of the grammar definition. One of `lark` or `regex`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CustomToolChatCompletionsCustomFormatGrammarFormatGrammarSyntax {
    /// `lark`
    Lark,
    /// `regex`
    Regex,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "chat")]
impl CustomToolChatCompletionsCustomFormatGrammarFormatGrammarSyntax {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Lark => "lark",
            Self::Regex => "regex",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "lark" => Self::Lark,
            "regex" => Self::Regex,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "chat")]
impl From<&str> for CustomToolChatCompletionsCustomFormatGrammarFormatGrammarSyntax {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "chat")]
impl From<String> for CustomToolChatCompletionsCustomFormatGrammarFormatGrammarSyntax {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "chat")]
impl std::fmt::Display
for CustomToolChatCompletionsCustomFormatGrammarFormatGrammarSyntax {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "chat")]
impl Serialize for CustomToolChatCompletionsCustomFormatGrammarFormatGrammarSyntax {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de>
for CustomToolChatCompletionsCustomFormatGrammarFormatGrammarSyntax {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "chat")]
impl Default for CustomToolChatCompletionsCustomFormatGrammarFormatGrammarSyntax {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "chat")]
/// Deprecated in favor of `tool_choice`.
///
/// Controls which (if any) function is called by the model.
///
/// `none` means the model will not call a function and instead generates a
/// message.
///
/// `auto` means the model can pick between generating a message or calling a
/// function.
///
/// Specifying a particular function via `{"name": "my_function"}` forces the
/// model to call that function.
///
/// `none` is the default when no functions are present. `auto` is the default
/// if functions are present.
///
/// **Deprecated** by the API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CreateChatCompletionRequestFunctionCall {
    ChatCompletionFunctionCallOption(ChatCompletionFunctionCallOption),
    Mode(CreateChatCompletionRequestFunctionCallMode),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(feature = "chat")]
impl From<ChatCompletionFunctionCallOption> for CreateChatCompletionRequestFunctionCall {
    fn from(value: ChatCompletionFunctionCallOption) -> Self {
        Self::ChatCompletionFunctionCallOption(value)
    }
}
#[cfg(feature = "chat")]
impl From<CreateChatCompletionRequestFunctionCallMode>
for CreateChatCompletionRequestFunctionCall {
    fn from(value: CreateChatCompletionRequestFunctionCallMode) -> Self {
        Self::Mode(value)
    }
}
#[cfg(feature = "chat")]
impl From<&str> for CreateChatCompletionRequestFunctionCall {
    fn from(value: &str) -> Self {
        Self::Mode(value.into())
    }
}
#[cfg(feature = "chat")]
/// `none` means the model will not call a function and instead generates a message. `auto` means the model can pick between generating a message or calling a function.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreateChatCompletionRequestFunctionCallMode {
    /// `none`
    NoneType,
    /// `auto`
    Auto,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "chat")]
impl CreateChatCompletionRequestFunctionCallMode {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::NoneType => "none",
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "none" => Self::NoneType,
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "chat")]
impl From<&str> for CreateChatCompletionRequestFunctionCallMode {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "chat")]
impl From<String> for CreateChatCompletionRequestFunctionCallMode {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "chat")]
impl std::fmt::Display for CreateChatCompletionRequestFunctionCallMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "chat")]
impl Serialize for CreateChatCompletionRequestFunctionCallMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for CreateChatCompletionRequestFunctionCallMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "chat")]
impl Default for CreateChatCompletionRequestFunctionCallMode {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "chat")]
/// Represents a streamed chunk of a chat completion response returned
/// by the model, based on the provided input.
/// [Learn more](https://platform.openai.com/docs/guides/streaming-responses).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionChunk {
    /// A unique identifier for the chat completion. Each chunk has the same ID.
    pub id: String,
    /// A list of chat completion choices. Can contain more than one elements if `n` is greater than 1. Can also be empty for the
    /// last chunk if you set `stream_options: {"include_usage": true}`.
    pub choices: Vec<ChatCompletionChunkChoice>,
    /// The Unix timestamp (in seconds) of when the chat completion was created. Each chunk has the same timestamp.
    pub created: i64,
    /// The model to generate the completion.
    pub model: String,
    /// An obfuscation string added to normalize the size of streamed chunks as a
    /// mitigation to certain side-channel attacks. The field is included by
    /// default and omitted when `stream_options.include_obfuscation` is `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub obfuscation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_tier: Option<ServiceTier>,
    /// This fingerprint represents the backend configuration that the model runs with.
    /// Can be used in conjunction with the `seed` request parameter to understand when backend changes have been made that might impact determinism.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub system_fingerprint: Option<String>,
    /// The object type, which is always `chat.completion.chunk`.
    pub object: ChatCompletionChunkLiteral,
    /// An optional field that will only be present when you set
    /// `stream_options: {"include_usage": true}` in your request. When present, it
    /// contains a null value **except for the last chunk** which contains the
    /// token usage statistics for the entire request.
    ///
    /// **NOTE:** If the stream is interrupted or cancelled, you may not
    /// receive the final usage chunk which contains the total token usage for
    /// the request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usage: Option<Box<CompletionUsage>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moderation: Option<Box<ChatCompletionModeration>>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionChunk {
    const NAME: &'static str = "ChatCompletionChunk";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut choices: Option<Vec<ChatCompletionChunkChoice>> = None;
        let mut created: Option<i64> = None;
        let mut model: Option<String> = None;
        let mut obfuscation: Option<String> = None;
        let mut service_tier: Option<ServiceTier> = None;
        let mut system_fingerprint: Option<String> = None;
        let mut object: Option<ChatCompletionChunkLiteral> = None;
        let mut usage: Option<Box<CompletionUsage>> = None;
        let mut moderation: Option<Box<ChatCompletionModeration>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "choices" => 1,
                    "created" => 2,
                    "model" => 3,
                    "obfuscation" => 4,
                    "service_tier" => 5,
                    "system_fingerprint" => 6,
                    "object" => 7,
                    "usage" => 8,
                    "moderation" => 9,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut choices),
                2 => sdk_runtime_types::de::value(&mut map, &mut created),
                3 => sdk_runtime_types::de::value(&mut map, &mut model),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut obfuscation),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut service_tier),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut system_fingerprint),
                7 => sdk_runtime_types::de::value(&mut map, &mut object),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut usage),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut moderation),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            choices: choices.unwrap_or_default(),
            created: created.unwrap_or_default(),
            model: model.unwrap_or_default(),
            obfuscation,
            service_tier,
            system_fingerprint,
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            usage,
            moderation,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionChunk {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionChunk {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        choices: impl Into<Vec<ChatCompletionChunkChoice>>,
        created: impl Into<i64>,
        model: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            choices: choices.into(),
            created: created.into(),
            model: model.into(),
            obfuscation: None,
            service_tier: None,
            system_fingerprint: None,
            object: Default::default(),
            usage: None,
            moderation: None,
        }
    }
    /// Sets `obfuscation`.
    pub fn obfuscation(mut self, value: impl Into<String>) -> Self {
        self.obfuscation = Some(value.into());
        self
    }
    /// Sets `service_tier`.
    pub fn service_tier(mut self, value: impl Into<ServiceTier>) -> Self {
        self.service_tier = Some(value.into());
        self
    }
    /// Sets `system_fingerprint`.
    pub fn system_fingerprint(mut self, value: impl Into<String>) -> Self {
        self.system_fingerprint = Some(value.into());
        self
    }
    /// Sets `usage`.
    pub fn usage(mut self, value: impl Into<CompletionUsage>) -> Self {
        self.usage = Some(Box::new(value.into()));
        self
    }
    /// Sets `moderation`.
    pub fn moderation(mut self, value: impl Into<ChatCompletionModeration>) -> Self {
        self.moderation = Some(Box::new(value.into()));
        self
    }
}
#[cfg(feature = "chat")]
/// The specification's name for [`ChatCompletionChunk`].
pub type CreateChatCompletionStreamResponse = ChatCompletionChunk;
#[cfg(feature = "chat")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionChunkChoice {
    pub delta: ChatCompletionStreamResponseDelta,
    /// Log probability information for the choice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logprobs: Option<CreateChatCompletionStreamResponseChoiceLogprobs>,
    /// The reason the model stopped generating tokens. This will be `stop` if the model hit a natural stop point or a provided stop sequence,
    /// `length` if the maximum number of tokens specified in the request was reached,
    /// `content_filter` if content was omitted due to a flag from our content filters,
    /// `tool_calls` if the model called a tool, or `function_call` (deprecated) if the model called a function.
    pub finish_reason: Option<CreateChatCompletionResponseChoiceFinishReason>,
    /// The index of the choice in the list of choices.
    pub index: i64,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ChatCompletionChunkChoice {
    const NAME: &'static str = "ChatCompletionChunkChoice";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut delta: Option<ChatCompletionStreamResponseDelta> = None;
        let mut logprobs: Option<CreateChatCompletionStreamResponseChoiceLogprobs> = None;
        let mut finish_reason: Option<CreateChatCompletionResponseChoiceFinishReason> = None;
        let mut index: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "delta" => 0,
                    "logprobs" => 1,
                    "finish_reason" => 2,
                    "index" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut delta),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut logprobs),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut finish_reason),
                3 => sdk_runtime_types::de::value(&mut map, &mut index),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            delta: delta.unwrap_or_default(),
            logprobs,
            finish_reason,
            index: index.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionChunkChoice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ChatCompletionChunkChoice {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        delta: impl Into<ChatCompletionStreamResponseDelta>,
        index: impl Into<i64>,
    ) -> Self {
        Self {
            delta: delta.into(),
            logprobs: None,
            finish_reason: None,
            index: index.into(),
        }
    }
    /// Sets `logprobs`.
    pub fn logprobs(
        mut self,
        value: impl Into<CreateChatCompletionStreamResponseChoiceLogprobs>,
    ) -> Self {
        self.logprobs = Some(value.into());
        self
    }
    /// Sets `finish_reason`.
    pub fn finish_reason(
        mut self,
        value: impl Into<CreateChatCompletionResponseChoiceFinishReason>,
    ) -> Self {
        self.finish_reason = Some(value.into());
        self
    }
}
#[cfg(feature = "chat")]
/// The specification's name for [`ChatCompletionChunkChoice`].
pub type CreateChatCompletionStreamResponseChoice = ChatCompletionChunkChoice;
#[cfg(feature = "chat")]
/// Log probability information for the choice.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CreateChatCompletionStreamResponseChoiceLogprobs {
    /// A list of message content tokens with log probability information.
    pub content: Option<Vec<ChatCompletionTokenLogprob>>,
    /// A list of message refusal tokens with log probability information.
    pub refusal: Option<Vec<ChatCompletionTokenLogprob>>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for CreateChatCompletionStreamResponseChoiceLogprobs {
    const NAME: &'static str = "CreateChatCompletionStreamResponseChoiceLogprobs";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut content: Option<Vec<ChatCompletionTokenLogprob>> = None;
        let mut refusal: Option<Vec<ChatCompletionTokenLogprob>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "content" => 0,
                    "refusal" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut content),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut refusal),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { content, refusal })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for CreateChatCompletionStreamResponseChoiceLogprobs {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl CreateChatCompletionStreamResponseChoiceLogprobs {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            content: None,
            refusal: None,
        }
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<Vec<ChatCompletionTokenLogprob>>) -> Self {
        self.content = Some(value.into());
        self
    }
    /// Sets `refusal`.
    pub fn refusal(mut self, value: impl Into<Vec<ChatCompletionTokenLogprob>>) -> Self {
        self.refusal = Some(value.into());
        self
    }
}
#[cfg(feature = "chat")]
/// The constant `chat.completion.chunk`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ChatCompletionChunkLiteral {
    /// `chat.completion.chunk`
    #[default]
    ChatCompletionChunk,
}
#[cfg(feature = "chat")]
impl ChatCompletionChunkLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "chat.completion.chunk"
    }
}
#[cfg(feature = "chat")]
impl std::fmt::Display for ChatCompletionChunkLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "chat")]
impl Serialize for ChatCompletionChunkLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("chat.completion.chunk")
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ChatCompletionChunkLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "chat.completion.chunk")
            .map(|()| Self::ChatCompletionChunk)
    }
}
#[cfg(feature = "chat")]
/// Query and header parameters of `listChatCompletions`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListChatCompletionsParams {
    /// The model used to generate the Chat Completions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// A list of metadata keys to filter the Chat Completions by. Example:
    ///
    /// `metadata[key1]=value1&metadata[key2]=value2`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    /// Identifier for the last chat completion from the previous pagination request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Number of Chat Completions to retrieve.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Sort order for Chat Completions by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListChatCompletionsOrder>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for ListChatCompletionsParams {
    const NAME: &'static str = "ListChatCompletionsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut model: Option<String> = None;
        let mut metadata: Option<Metadata> = None;
        let mut after: Option<String> = None;
        let mut limit: Option<i64> = None;
        let mut order: Option<ListChatCompletionsOrder> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "model" => 0,
                    "metadata" => 1,
                    "after" => 2,
                    "limit" => 3,
                    "order" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            model,
            metadata,
            after,
            limit,
            order,
        })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for ListChatCompletionsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl ListChatCompletionsParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            model: None,
            metadata: None,
            after: None,
            limit: None,
            order: None,
        }
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<ListChatCompletionsOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
}
#[cfg(feature = "chat")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UpdateChatCompletionRequest {
    pub metadata: Option<Metadata>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for UpdateChatCompletionRequest {
    const NAME: &'static str = "UpdateChatCompletionRequest";
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
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for UpdateChatCompletionRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl UpdateChatCompletionRequest {
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
#[cfg(feature = "chat")]
/// Query and header parameters of `getChatCompletionMessages`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct GetChatCompletionMessagesParams {
    /// Identifier for the last message from the previous pagination request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Number of messages to retrieve.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Sort order for messages by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListChatCompletionsOrder>,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::de::Object for GetChatCompletionMessagesParams {
    const NAME: &'static str = "GetChatCompletionMessagesParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut after: Option<String> = None;
        let mut limit: Option<i64> = None;
        let mut order: Option<ListChatCompletionsOrder> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "after" => 0,
                    "limit" => 1,
                    "order" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { after, limit, order })
    }
}
#[cfg(feature = "chat")]
impl<'de> Deserialize<'de> for GetChatCompletionMessagesParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "chat")]
impl GetChatCompletionMessagesParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            after: None,
            limit: None,
            order: None,
        }
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<ListChatCompletionsOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
}
