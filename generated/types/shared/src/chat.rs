//! Types of the `chat` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[cfg(any(feature = "chat", feature = "extra-types", feature = "threads"))]
/// Specifies the detail level of the image if specified by the user. `low` uses fewer tokens, you can opt in to high resolution using `high`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum MessageContentImageFileObjectImageFileDetail {
    /// `auto`
    #[default]
    Auto,
    /// `low`
    Low,
    /// `high`
    High,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "threads"))]
impl MessageContentImageFileObjectImageFileDetail {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Low => "low",
            Self::High => "high",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "low" => Self::Low,
            "high" => Self::High,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "threads"))]
impl From<&str> for MessageContentImageFileObjectImageFileDetail {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "threads"))]
impl From<String> for MessageContentImageFileObjectImageFileDetail {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "threads"))]
impl std::fmt::Display for MessageContentImageFileObjectImageFileDetail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "threads"))]
impl Serialize for MessageContentImageFileObjectImageFileDetail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "threads"))]
impl<'de> Deserialize<'de> for MessageContentImageFileObjectImageFileDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Constrains the tools available to the model to a pre-defined set.
///
/// `auto` allows the model to pick from among the allowed tools and generate a
/// message.
///
/// `required` requires the model to call one or more of the allowed tools.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ChatCompletionAllowedToolsMode {
    /// `auto`
    Auto,
    /// `required`
    Required,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl ChatCompletionAllowedToolsMode {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Required => "required",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "required" => Self::Required,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<&str> for ChatCompletionAllowedToolsMode {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<String> for ChatCompletionAllowedToolsMode {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl std::fmt::Display for ChatCompletionAllowedToolsMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Serialize for ChatCompletionAllowedToolsMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for ChatCompletionAllowedToolsMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Default for ChatCompletionAllowedToolsMode {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
/// The tool calls generated by the model, such as function calls.
pub type ChatCompletionMessageToolCalls = Vec<ChatCompletionMessageToolCallUnion>;
#[cfg(any(feature = "chat", feature = "extra-types"))]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatCompletionMessageToolCallUnion {
    /// `function`
    Function(ChatCompletionMessageToolCall),
    /// `custom`
    Custom(ChatCompletionMessageCustomToolCall),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl Serialize for ChatCompletionMessageToolCallUnion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Function(value) => value.serialize(serializer),
            Self::Custom(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl sdk_runtime_types::de::TaggedUnion for ChatCompletionMessageToolCallUnion {
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
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl<'de> Deserialize<'de> for ChatCompletionMessageToolCallUnion {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl From<ChatCompletionMessageToolCall> for ChatCompletionMessageToolCallUnion {
    fn from(value: ChatCompletionMessageToolCall) -> Self {
        Self::Function(value)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl From<ChatCompletionMessageCustomToolCall> for ChatCompletionMessageToolCallUnion {
    fn from(value: ChatCompletionMessageCustomToolCall) -> Self {
        Self::Custom(value)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
/// The specification's name for [`ChatCompletionMessageToolCallUnion`].
pub type ChatCompletionMessageToolCallsItem = ChatCompletionMessageToolCallUnion;
#[cfg(any(feature = "chat", feature = "extra-types"))]
/// A call to a function tool created by the model.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionMessageToolCall {
    /// The ID of the tool call.
    pub id: String,
    /// The type of the tool. Currently, only `function` is supported.
    #[serde(rename = "type")]
    pub type_: FunctionLiteral,
    /// The function that the model called.
    pub function: ChatCompletionMessageToolCallFunction,
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl sdk_runtime_types::de::Object for ChatCompletionMessageToolCall {
    const NAME: &'static str = "ChatCompletionMessageToolCall";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<FunctionLiteral> = None;
        let mut function: Option<ChatCompletionMessageToolCallFunction> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "function" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut function),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            function: function.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl<'de> Deserialize<'de> for ChatCompletionMessageToolCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl ChatCompletionMessageToolCall {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        function: impl Into<ChatCompletionMessageToolCallFunction>,
    ) -> Self {
        Self {
            id: id.into(),
            type_: Default::default(),
            function: function.into(),
        }
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
/// The function that the model called.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionMessageToolCallFunction {
    /// The name of the function to call.
    pub name: String,
    /// The arguments to call the function with, as generated by the model in JSON format. Note that the model does not always generate valid JSON, and may hallucinate parameters not defined by your function schema. Validate the arguments in your code before calling your function.
    pub arguments: String,
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl sdk_runtime_types::de::Object for ChatCompletionMessageToolCallFunction {
    const NAME: &'static str = "ChatCompletionMessageToolCallFunction";
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
                0 => sdk_runtime_types::de::value(&mut map, &mut name),
                1 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name: name.unwrap_or_default(),
            arguments: arguments.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl<'de> Deserialize<'de> for ChatCompletionMessageToolCallFunction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl ChatCompletionMessageToolCallFunction {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>, arguments: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            arguments: arguments.into(),
        }
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
/// A call to a custom tool created by the model.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionMessageCustomToolCall {
    /// The ID of the tool call.
    pub id: String,
    /// The type of the tool. Always `custom`.
    #[serde(rename = "type")]
    pub type_: CustomLiteral,
    /// The custom tool that the model called.
    pub custom: ChatCompletionMessageCustomToolCallCustom,
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl sdk_runtime_types::de::Object for ChatCompletionMessageCustomToolCall {
    const NAME: &'static str = "ChatCompletionMessageCustomToolCall";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<CustomLiteral> = None;
        let mut custom: Option<ChatCompletionMessageCustomToolCallCustom> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "custom" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut custom),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            custom: custom.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl<'de> Deserialize<'de> for ChatCompletionMessageCustomToolCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl ChatCompletionMessageCustomToolCall {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        custom: impl Into<ChatCompletionMessageCustomToolCallCustom>,
    ) -> Self {
        Self {
            id: id.into(),
            type_: Default::default(),
            custom: custom.into(),
        }
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
/// The custom tool that the model called.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionMessageCustomToolCallCustom {
    /// The name of the custom tool to call.
    pub name: String,
    /// The input for the custom tool call generated by the model.
    pub input: String,
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl sdk_runtime_types::de::Object for ChatCompletionMessageCustomToolCallCustom {
    const NAME: &'static str = "ChatCompletionMessageCustomToolCallCustom";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut input: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "input" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut name),
                1 => sdk_runtime_types::de::value(&mut map, &mut input),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name: name.unwrap_or_default(),
            input: input.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl<'de> Deserialize<'de> for ChatCompletionMessageCustomToolCallCustom {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl ChatCompletionMessageCustomToolCallCustom {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>, input: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            input: input.into(),
        }
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
/// Deprecated and replaced by `tool_calls`. The name and arguments of a function that should be called, as generated by the model.
///
/// **Deprecated** by the API.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionResponseMessageFunctionCall {
    /// The arguments to call the function with, as generated by the model in JSON format. Note that the model does not always generate valid JSON, and may hallucinate parameters not defined by your function schema. Validate the arguments in your code before calling your function.
    pub arguments: String,
    /// The name of the function to call.
    pub name: String,
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl sdk_runtime_types::de::Object for ChatCompletionResponseMessageFunctionCall {
    const NAME: &'static str = "ChatCompletionResponseMessageFunctionCall";
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
                0 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                1 => sdk_runtime_types::de::value(&mut map, &mut name),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            arguments: arguments.unwrap_or_default(),
            name: name.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl<'de> Deserialize<'de> for ChatCompletionResponseMessageFunctionCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl ChatCompletionResponseMessageFunctionCall {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(arguments: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            arguments: arguments.into(),
            name: name.into(),
        }
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
/// Learn about [text inputs](https://platform.openai.com/docs/guides/text-generation).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionRequestMessageContentPartText {
    /// The type of the content part.
    #[serde(rename = "type")]
    pub type_: TextLiteral,
    /// The text content.
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_breakpoint: Option<PromptCacheBreakpointParam>,
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl sdk_runtime_types::de::Object for ChatCompletionRequestMessageContentPartText {
    const NAME: &'static str = "ChatCompletionRequestMessageContentPartText";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<TextLiteral> = None;
        let mut text: Option<String> = None;
        let mut prompt_cache_breakpoint: Option<PromptCacheBreakpointParam> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "text" => 1,
                    "prompt_cache_breakpoint" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut text),
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
            text: text.unwrap_or_default(),
            prompt_cache_breakpoint,
        })
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl<'de> Deserialize<'de> for ChatCompletionRequestMessageContentPartText {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl ChatCompletionRequestMessageContentPartText {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            text: text.into(),
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
#[cfg(any(feature = "chat", feature = "extra-types", feature = "realtime"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ChatCompletionModality {
    /// `text`
    Text,
    /// `audio`
    Audio,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "realtime"))]
impl ChatCompletionModality {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::Audio => "audio",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "text" => Self::Text,
            "audio" => Self::Audio,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "realtime"))]
impl From<&str> for ChatCompletionModality {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "realtime"))]
impl From<String> for ChatCompletionModality {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "realtime"))]
impl std::fmt::Display for ChatCompletionModality {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "realtime"))]
impl Serialize for ChatCompletionModality {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "realtime"))]
impl<'de> Deserialize<'de> for ChatCompletionModality {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "realtime"))]
impl Default for ChatCompletionModality {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
/// The contents of the assistant message. Required unless `tool_calls` or `function_call` is specified.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ChatCompletionRequestAssistantMessageContent {
    PartList(Vec<ChatCompletionRequestAssistantMessageContentPart>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl From<Vec<ChatCompletionRequestAssistantMessageContentPart>>
for ChatCompletionRequestAssistantMessageContent {
    fn from(value: Vec<ChatCompletionRequestAssistantMessageContentPart>) -> Self {
        Self::PartList(value)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl From<String> for ChatCompletionRequestAssistantMessageContent {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl From<&str> for ChatCompletionRequestAssistantMessageContent {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatCompletionRequestAssistantMessageContentPart {
    /// `text`
    Text(ChatCompletionRequestMessageContentPartText),
    /// `refusal`
    Refusal(ChatCompletionRequestMessageContentPartRefusal),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl Serialize for ChatCompletionRequestAssistantMessageContentPart {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(value) => value.serialize(serializer),
            Self::Refusal(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl sdk_runtime_types::de::TaggedUnion
for ChatCompletionRequestAssistantMessageContentPart {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "text" => Deserialize::deserialize(content).map(Self::Text),
                "refusal" => Deserialize::deserialize(content).map(Self::Refusal),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl<'de> Deserialize<'de> for ChatCompletionRequestAssistantMessageContentPart {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl From<ChatCompletionRequestMessageContentPartText>
for ChatCompletionRequestAssistantMessageContentPart {
    fn from(value: ChatCompletionRequestMessageContentPartText) -> Self {
        Self::Text(value)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl From<ChatCompletionRequestMessageContentPartRefusal>
for ChatCompletionRequestAssistantMessageContentPart {
    fn from(value: ChatCompletionRequestMessageContentPartRefusal) -> Self {
        Self::Refusal(value)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
/// Refusal content part
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ChatCompletionRequestMessageContentPartRefusal {
    /// The type of the content part.
    #[serde(rename = "type")]
    pub type_: RefusalLiteral,
    /// The refusal message generated by the model.
    pub refusal: String,
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl sdk_runtime_types::de::Object for ChatCompletionRequestMessageContentPartRefusal {
    const NAME: &'static str = "ChatCompletionRequestMessageContentPartRefusal";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<RefusalLiteral> = None;
        let mut refusal: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "refusal" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut refusal),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            refusal: refusal.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl<'de> Deserialize<'de> for ChatCompletionRequestMessageContentPartRefusal {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl ChatCompletionRequestMessageContentPartRefusal {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(refusal: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            refusal: refusal.into(),
        }
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
/// Data about a previous audio response from the model.
/// [Learn more](https://platform.openai.com/docs/guides/audio).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ChatCompletionRequestAssistantMessageAudio {
    /// Unique identifier for a previous audio response from the model.
    pub id: String,
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl sdk_runtime_types::de::Object for ChatCompletionRequestAssistantMessageAudio {
    const NAME: &'static str = "ChatCompletionRequestAssistantMessageAudio";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { id: id.unwrap_or_default() })
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl<'de> Deserialize<'de> for ChatCompletionRequestAssistantMessageAudio {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl ChatCompletionRequestAssistantMessageAudio {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
/// The constant `system`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SystemLiteral {
    /// `system`
    #[default]
    System,
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl SystemLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "system"
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl std::fmt::Display for SystemLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl Serialize for SystemLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("system")
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl<'de> Deserialize<'de> for SystemLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "system").map(|()| Self::System)
    }
}
#[cfg(
    any(
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning"
    )
)]
/// The constant `input_audio`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum InputAudioLiteral {
    /// `input_audio`
    #[default]
    InputAudio,
}
#[cfg(
    any(
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning"
    )
)]
impl InputAudioLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "input_audio"
    }
}
#[cfg(
    any(
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning"
    )
)]
impl std::fmt::Display for InputAudioLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning"
    )
)]
impl Serialize for InputAudioLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("input_audio")
    }
}
#[cfg(
    any(
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning"
    )
)]
impl<'de> Deserialize<'de> for InputAudioLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "input_audio")
            .map(|()| Self::InputAudio)
    }
}
#[cfg(
    any(
        feature = "chat",
        feature = "extra-types",
        feature = "organization",
        feature = "projects"
    )
)]
/// The constant `user`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum UserLiteral {
    /// `user`
    #[default]
    User,
}
#[cfg(
    any(
        feature = "chat",
        feature = "extra-types",
        feature = "organization",
        feature = "projects"
    )
)]
impl UserLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "user"
    }
}
#[cfg(
    any(
        feature = "chat",
        feature = "extra-types",
        feature = "organization",
        feature = "projects"
    )
)]
impl std::fmt::Display for UserLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "chat",
        feature = "extra-types",
        feature = "organization",
        feature = "projects"
    )
)]
impl Serialize for UserLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("user")
    }
}
#[cfg(
    any(
        feature = "chat",
        feature = "extra-types",
        feature = "organization",
        feature = "projects"
    )
)]
impl<'de> Deserialize<'de> for UserLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "user").map(|()| Self::User)
    }
}
#[cfg(any(feature = "chat", feature = "evals"))]
/// A function tool that can be used to generate a response.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatCompletionTool {
    /// The type of the tool. Currently, only `function` is supported.
    #[serde(rename = "type")]
    pub type_: FunctionLiteral,
    pub function: FunctionObject,
}
#[cfg(any(feature = "chat", feature = "evals"))]
impl sdk_runtime_types::de::Object for ChatCompletionTool {
    const NAME: &'static str = "ChatCompletionTool";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<FunctionLiteral> = None;
        let mut function: Option<FunctionObject> = None;
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
            function: function.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "chat", feature = "evals"))]
impl<'de> Deserialize<'de> for ChatCompletionTool {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "chat", feature = "evals"))]
impl ChatCompletionTool {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(function: impl Into<FunctionObject>) -> Self {
        Self {
            type_: Default::default(),
            function: function.into(),
        }
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ModelIdsShared {
    /// `gpt-5.6-sol`
    Gpt56Sol,
    /// `gpt-5.6-terra`
    Gpt56Terra,
    /// `gpt-5.6-luna`
    Gpt56Luna,
    /// `gpt-5.5`
    Gpt55,
    /// `gpt-5.5-2026-04-23`
    Gpt5520260423,
    /// `gpt-5.4`
    Gpt54,
    /// `gpt-5.4-mini`
    Gpt54Mini,
    /// `gpt-5.4-nano`
    Gpt54Nano,
    /// `gpt-5.4-mini-2026-03-17`
    Gpt54Mini20260317,
    /// `gpt-5.4-nano-2026-03-17`
    Gpt54Nano20260317,
    /// `gpt-5.3-chat-latest`
    Gpt53ChatLatest,
    /// `gpt-5.2`
    Gpt52,
    /// `gpt-5.2-2025-12-11`
    Gpt5220251211,
    /// `gpt-5.2-chat-latest`
    Gpt52ChatLatest,
    /// `gpt-5.2-pro`
    Gpt52Pro,
    /// `gpt-5.2-pro-2025-12-11`
    Gpt52Pro20251211,
    /// `gpt-5.1`
    Gpt51,
    /// `gpt-5.1-2025-11-13`
    Gpt5120251113,
    /// `gpt-5.1-codex`
    Gpt51Codex,
    /// `gpt-5.1-mini`
    Gpt51Mini,
    /// `gpt-5.1-chat-latest`
    Gpt51ChatLatest,
    /// `gpt-5`
    Gpt5,
    /// `gpt-5-mini`
    Gpt5Mini,
    /// `gpt-5-nano`
    Gpt5Nano,
    /// `gpt-5-2025-08-07`
    Gpt520250807,
    /// `gpt-5-mini-2025-08-07`
    Gpt5Mini20250807,
    /// `gpt-5-nano-2025-08-07`
    Gpt5Nano20250807,
    /// `gpt-5-chat-latest`
    Gpt5ChatLatest,
    /// `gpt-4.1`
    Gpt41,
    /// `gpt-4.1-mini`
    Gpt41Mini,
    /// `gpt-4.1-nano`
    Gpt41Nano,
    /// `gpt-4.1-2025-04-14`
    Gpt4120250414,
    /// `gpt-4.1-mini-2025-04-14`
    Gpt41Mini20250414,
    /// `gpt-4.1-nano-2025-04-14`
    Gpt41Nano20250414,
    /// `o4-mini`
    O4Mini,
    /// `o4-mini-2025-04-16`
    O4Mini20250416,
    /// `o3`
    O3,
    /// `o3-2025-04-16`
    O320250416,
    /// `o3-mini`
    O3Mini,
    /// `o3-mini-2025-01-31`
    O3Mini20250131,
    /// `o1`
    O1,
    /// `o1-2024-12-17`
    O120241217,
    /// `o1-preview`
    O1Preview,
    /// `o1-preview-2024-09-12`
    O1Preview20240912,
    /// `o1-mini`
    O1Mini,
    /// `o1-mini-2024-09-12`
    O1Mini20240912,
    /// `gpt-4o`
    Gpt4o,
    /// `gpt-4o-2024-11-20`
    Gpt4o20241120,
    /// `gpt-4o-2024-08-06`
    Gpt4o20240806,
    /// `gpt-4o-2024-05-13`
    Gpt4o20240513,
    /// `gpt-4o-audio-preview`
    Gpt4oAudioPreview,
    /// `gpt-4o-audio-preview-2024-10-01`
    Gpt4oAudioPreview20241001,
    /// `gpt-4o-audio-preview-2024-12-17`
    Gpt4oAudioPreview20241217,
    /// `gpt-4o-audio-preview-2025-06-03`
    Gpt4oAudioPreview20250603,
    /// `gpt-4o-mini-audio-preview`
    Gpt4oMiniAudioPreview,
    /// `gpt-4o-mini-audio-preview-2024-12-17`
    Gpt4oMiniAudioPreview20241217,
    /// `gpt-4o-search-preview`
    Gpt4oSearchPreview,
    /// `gpt-4o-mini-search-preview`
    Gpt4oMiniSearchPreview,
    /// `gpt-4o-search-preview-2025-03-11`
    Gpt4oSearchPreview20250311,
    /// `gpt-4o-mini-search-preview-2025-03-11`
    Gpt4oMiniSearchPreview20250311,
    /// `chatgpt-4o-latest`
    Chatgpt4oLatest,
    /// `codex-mini-latest`
    CodexMiniLatest,
    /// `gpt-4o-mini`
    Gpt4oMini,
    /// `gpt-4o-mini-2024-07-18`
    Gpt4oMini20240718,
    /// `gpt-4-turbo`
    Gpt4Turbo,
    /// `gpt-4-turbo-2024-04-09`
    Gpt4Turbo20240409,
    /// `gpt-4-0125-preview`
    Gpt40125Preview,
    /// `gpt-4-turbo-preview`
    Gpt4TurboPreview,
    /// `gpt-4-1106-preview`
    Gpt41106Preview,
    /// `gpt-4-vision-preview`
    Gpt4VisionPreview,
    /// `gpt-4`
    Gpt4,
    /// `gpt-4-0314`
    Gpt40314,
    /// `gpt-4-0613`
    Gpt40613,
    /// `gpt-4-32k`
    Gpt432k,
    /// `gpt-4-32k-0314`
    Gpt432k0314,
    /// `gpt-4-32k-0613`
    Gpt432k0613,
    /// `gpt-3.5-turbo`
    Gpt35Turbo,
    /// `gpt-3.5-turbo-16k`
    Gpt35Turbo16k,
    /// `gpt-3.5-turbo-0301`
    Gpt35Turbo0301,
    /// `gpt-3.5-turbo-0613`
    Gpt35Turbo0613,
    /// `gpt-3.5-turbo-1106`
    Gpt35Turbo1106,
    /// `gpt-3.5-turbo-0125`
    Gpt35Turbo0125,
    /// `gpt-3.5-turbo-16k-0613`
    Gpt35Turbo16k0613,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl ModelIdsShared {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gpt56Sol => "gpt-5.6-sol",
            Self::Gpt56Terra => "gpt-5.6-terra",
            Self::Gpt56Luna => "gpt-5.6-luna",
            Self::Gpt55 => "gpt-5.5",
            Self::Gpt5520260423 => "gpt-5.5-2026-04-23",
            Self::Gpt54 => "gpt-5.4",
            Self::Gpt54Mini => "gpt-5.4-mini",
            Self::Gpt54Nano => "gpt-5.4-nano",
            Self::Gpt54Mini20260317 => "gpt-5.4-mini-2026-03-17",
            Self::Gpt54Nano20260317 => "gpt-5.4-nano-2026-03-17",
            Self::Gpt53ChatLatest => "gpt-5.3-chat-latest",
            Self::Gpt52 => "gpt-5.2",
            Self::Gpt5220251211 => "gpt-5.2-2025-12-11",
            Self::Gpt52ChatLatest => "gpt-5.2-chat-latest",
            Self::Gpt52Pro => "gpt-5.2-pro",
            Self::Gpt52Pro20251211 => "gpt-5.2-pro-2025-12-11",
            Self::Gpt51 => "gpt-5.1",
            Self::Gpt5120251113 => "gpt-5.1-2025-11-13",
            Self::Gpt51Codex => "gpt-5.1-codex",
            Self::Gpt51Mini => "gpt-5.1-mini",
            Self::Gpt51ChatLatest => "gpt-5.1-chat-latest",
            Self::Gpt5 => "gpt-5",
            Self::Gpt5Mini => "gpt-5-mini",
            Self::Gpt5Nano => "gpt-5-nano",
            Self::Gpt520250807 => "gpt-5-2025-08-07",
            Self::Gpt5Mini20250807 => "gpt-5-mini-2025-08-07",
            Self::Gpt5Nano20250807 => "gpt-5-nano-2025-08-07",
            Self::Gpt5ChatLatest => "gpt-5-chat-latest",
            Self::Gpt41 => "gpt-4.1",
            Self::Gpt41Mini => "gpt-4.1-mini",
            Self::Gpt41Nano => "gpt-4.1-nano",
            Self::Gpt4120250414 => "gpt-4.1-2025-04-14",
            Self::Gpt41Mini20250414 => "gpt-4.1-mini-2025-04-14",
            Self::Gpt41Nano20250414 => "gpt-4.1-nano-2025-04-14",
            Self::O4Mini => "o4-mini",
            Self::O4Mini20250416 => "o4-mini-2025-04-16",
            Self::O3 => "o3",
            Self::O320250416 => "o3-2025-04-16",
            Self::O3Mini => "o3-mini",
            Self::O3Mini20250131 => "o3-mini-2025-01-31",
            Self::O1 => "o1",
            Self::O120241217 => "o1-2024-12-17",
            Self::O1Preview => "o1-preview",
            Self::O1Preview20240912 => "o1-preview-2024-09-12",
            Self::O1Mini => "o1-mini",
            Self::O1Mini20240912 => "o1-mini-2024-09-12",
            Self::Gpt4o => "gpt-4o",
            Self::Gpt4o20241120 => "gpt-4o-2024-11-20",
            Self::Gpt4o20240806 => "gpt-4o-2024-08-06",
            Self::Gpt4o20240513 => "gpt-4o-2024-05-13",
            Self::Gpt4oAudioPreview => "gpt-4o-audio-preview",
            Self::Gpt4oAudioPreview20241001 => "gpt-4o-audio-preview-2024-10-01",
            Self::Gpt4oAudioPreview20241217 => "gpt-4o-audio-preview-2024-12-17",
            Self::Gpt4oAudioPreview20250603 => "gpt-4o-audio-preview-2025-06-03",
            Self::Gpt4oMiniAudioPreview => "gpt-4o-mini-audio-preview",
            Self::Gpt4oMiniAudioPreview20241217 => "gpt-4o-mini-audio-preview-2024-12-17",
            Self::Gpt4oSearchPreview => "gpt-4o-search-preview",
            Self::Gpt4oMiniSearchPreview => "gpt-4o-mini-search-preview",
            Self::Gpt4oSearchPreview20250311 => "gpt-4o-search-preview-2025-03-11",
            Self::Gpt4oMiniSearchPreview20250311 => {
                "gpt-4o-mini-search-preview-2025-03-11"
            }
            Self::Chatgpt4oLatest => "chatgpt-4o-latest",
            Self::CodexMiniLatest => "codex-mini-latest",
            Self::Gpt4oMini => "gpt-4o-mini",
            Self::Gpt4oMini20240718 => "gpt-4o-mini-2024-07-18",
            Self::Gpt4Turbo => "gpt-4-turbo",
            Self::Gpt4Turbo20240409 => "gpt-4-turbo-2024-04-09",
            Self::Gpt40125Preview => "gpt-4-0125-preview",
            Self::Gpt4TurboPreview => "gpt-4-turbo-preview",
            Self::Gpt41106Preview => "gpt-4-1106-preview",
            Self::Gpt4VisionPreview => "gpt-4-vision-preview",
            Self::Gpt4 => "gpt-4",
            Self::Gpt40314 => "gpt-4-0314",
            Self::Gpt40613 => "gpt-4-0613",
            Self::Gpt432k => "gpt-4-32k",
            Self::Gpt432k0314 => "gpt-4-32k-0314",
            Self::Gpt432k0613 => "gpt-4-32k-0613",
            Self::Gpt35Turbo => "gpt-3.5-turbo",
            Self::Gpt35Turbo16k => "gpt-3.5-turbo-16k",
            Self::Gpt35Turbo0301 => "gpt-3.5-turbo-0301",
            Self::Gpt35Turbo0613 => "gpt-3.5-turbo-0613",
            Self::Gpt35Turbo1106 => "gpt-3.5-turbo-1106",
            Self::Gpt35Turbo0125 => "gpt-3.5-turbo-0125",
            Self::Gpt35Turbo16k0613 => "gpt-3.5-turbo-16k-0613",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "gpt-5.6-sol" => Self::Gpt56Sol,
            "gpt-5.6-terra" => Self::Gpt56Terra,
            "gpt-5.6-luna" => Self::Gpt56Luna,
            "gpt-5.5" => Self::Gpt55,
            "gpt-5.5-2026-04-23" => Self::Gpt5520260423,
            "gpt-5.4" => Self::Gpt54,
            "gpt-5.4-mini" => Self::Gpt54Mini,
            "gpt-5.4-nano" => Self::Gpt54Nano,
            "gpt-5.4-mini-2026-03-17" => Self::Gpt54Mini20260317,
            "gpt-5.4-nano-2026-03-17" => Self::Gpt54Nano20260317,
            "gpt-5.3-chat-latest" => Self::Gpt53ChatLatest,
            "gpt-5.2" => Self::Gpt52,
            "gpt-5.2-2025-12-11" => Self::Gpt5220251211,
            "gpt-5.2-chat-latest" => Self::Gpt52ChatLatest,
            "gpt-5.2-pro" => Self::Gpt52Pro,
            "gpt-5.2-pro-2025-12-11" => Self::Gpt52Pro20251211,
            "gpt-5.1" => Self::Gpt51,
            "gpt-5.1-2025-11-13" => Self::Gpt5120251113,
            "gpt-5.1-codex" => Self::Gpt51Codex,
            "gpt-5.1-mini" => Self::Gpt51Mini,
            "gpt-5.1-chat-latest" => Self::Gpt51ChatLatest,
            "gpt-5" => Self::Gpt5,
            "gpt-5-mini" => Self::Gpt5Mini,
            "gpt-5-nano" => Self::Gpt5Nano,
            "gpt-5-2025-08-07" => Self::Gpt520250807,
            "gpt-5-mini-2025-08-07" => Self::Gpt5Mini20250807,
            "gpt-5-nano-2025-08-07" => Self::Gpt5Nano20250807,
            "gpt-5-chat-latest" => Self::Gpt5ChatLatest,
            "gpt-4.1" => Self::Gpt41,
            "gpt-4.1-mini" => Self::Gpt41Mini,
            "gpt-4.1-nano" => Self::Gpt41Nano,
            "gpt-4.1-2025-04-14" => Self::Gpt4120250414,
            "gpt-4.1-mini-2025-04-14" => Self::Gpt41Mini20250414,
            "gpt-4.1-nano-2025-04-14" => Self::Gpt41Nano20250414,
            "o4-mini" => Self::O4Mini,
            "o4-mini-2025-04-16" => Self::O4Mini20250416,
            "o3" => Self::O3,
            "o3-2025-04-16" => Self::O320250416,
            "o3-mini" => Self::O3Mini,
            "o3-mini-2025-01-31" => Self::O3Mini20250131,
            "o1" => Self::O1,
            "o1-2024-12-17" => Self::O120241217,
            "o1-preview" => Self::O1Preview,
            "o1-preview-2024-09-12" => Self::O1Preview20240912,
            "o1-mini" => Self::O1Mini,
            "o1-mini-2024-09-12" => Self::O1Mini20240912,
            "gpt-4o" => Self::Gpt4o,
            "gpt-4o-2024-11-20" => Self::Gpt4o20241120,
            "gpt-4o-2024-08-06" => Self::Gpt4o20240806,
            "gpt-4o-2024-05-13" => Self::Gpt4o20240513,
            "gpt-4o-audio-preview" => Self::Gpt4oAudioPreview,
            "gpt-4o-audio-preview-2024-10-01" => Self::Gpt4oAudioPreview20241001,
            "gpt-4o-audio-preview-2024-12-17" => Self::Gpt4oAudioPreview20241217,
            "gpt-4o-audio-preview-2025-06-03" => Self::Gpt4oAudioPreview20250603,
            "gpt-4o-mini-audio-preview" => Self::Gpt4oMiniAudioPreview,
            "gpt-4o-mini-audio-preview-2024-12-17" => Self::Gpt4oMiniAudioPreview20241217,
            "gpt-4o-search-preview" => Self::Gpt4oSearchPreview,
            "gpt-4o-mini-search-preview" => Self::Gpt4oMiniSearchPreview,
            "gpt-4o-search-preview-2025-03-11" => Self::Gpt4oSearchPreview20250311,
            "gpt-4o-mini-search-preview-2025-03-11" => {
                Self::Gpt4oMiniSearchPreview20250311
            }
            "chatgpt-4o-latest" => Self::Chatgpt4oLatest,
            "codex-mini-latest" => Self::CodexMiniLatest,
            "gpt-4o-mini" => Self::Gpt4oMini,
            "gpt-4o-mini-2024-07-18" => Self::Gpt4oMini20240718,
            "gpt-4-turbo" => Self::Gpt4Turbo,
            "gpt-4-turbo-2024-04-09" => Self::Gpt4Turbo20240409,
            "gpt-4-0125-preview" => Self::Gpt40125Preview,
            "gpt-4-turbo-preview" => Self::Gpt4TurboPreview,
            "gpt-4-1106-preview" => Self::Gpt41106Preview,
            "gpt-4-vision-preview" => Self::Gpt4VisionPreview,
            "gpt-4" => Self::Gpt4,
            "gpt-4-0314" => Self::Gpt40314,
            "gpt-4-0613" => Self::Gpt40613,
            "gpt-4-32k" => Self::Gpt432k,
            "gpt-4-32k-0314" => Self::Gpt432k0314,
            "gpt-4-32k-0613" => Self::Gpt432k0613,
            "gpt-3.5-turbo" => Self::Gpt35Turbo,
            "gpt-3.5-turbo-16k" => Self::Gpt35Turbo16k,
            "gpt-3.5-turbo-0301" => Self::Gpt35Turbo0301,
            "gpt-3.5-turbo-0613" => Self::Gpt35Turbo0613,
            "gpt-3.5-turbo-1106" => Self::Gpt35Turbo1106,
            "gpt-3.5-turbo-0125" => Self::Gpt35Turbo0125,
            "gpt-3.5-turbo-16k-0613" => Self::Gpt35Turbo16k0613,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl From<&str> for ModelIdsShared {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl From<String> for ModelIdsShared {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl std::fmt::Display for ModelIdsShared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl Serialize for ModelIdsShared {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl<'de> Deserialize<'de> for ModelIdsShared {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl Default for ModelIdsShared {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "chat", feature = "evals"))]
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
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ResponseFormat {
    /// `text`
    Text(ResponseFormatText),
    /// `json_schema`
    JsonSchema(ResponseFormatJsonSchema),
    /// `json_object`
    JsonObject(ResponseFormatJsonObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "chat", feature = "evals"))]
impl Serialize for ResponseFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(value) => value.serialize(serializer),
            Self::JsonSchema(value) => value.serialize(serializer),
            Self::JsonObject(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(any(feature = "chat", feature = "evals"))]
impl sdk_runtime_types::de::TaggedUnion for ResponseFormat {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "text" => Deserialize::deserialize(content).map(Self::Text),
                "json_schema" => Deserialize::deserialize(content).map(Self::JsonSchema),
                "json_object" => Deserialize::deserialize(content).map(Self::JsonObject),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(any(feature = "chat", feature = "evals"))]
impl<'de> Deserialize<'de> for ResponseFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(any(feature = "chat", feature = "evals"))]
impl From<ResponseFormatText> for ResponseFormat {
    fn from(value: ResponseFormatText) -> Self {
        Self::Text(value)
    }
}
#[cfg(any(feature = "chat", feature = "evals"))]
impl From<ResponseFormatJsonSchema> for ResponseFormat {
    fn from(value: ResponseFormatJsonSchema) -> Self {
        Self::JsonSchema(value)
    }
}
#[cfg(any(feature = "chat", feature = "evals"))]
impl From<ResponseFormatJsonObject> for ResponseFormat {
    fn from(value: ResponseFormatJsonObject) -> Self {
        Self::JsonObject(value)
    }
}
#[cfg(any(feature = "chat", feature = "evals"))]
/// The specification's name for [`ResponseFormat`].
pub type CreateChatCompletionRequestResponseFormat = ResponseFormat;
#[cfg(
    any(
        feature = "chat",
        feature = "evals",
        feature = "organization",
        feature = "projects"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ListChatCompletionsOrder {
    /// `asc`
    #[default]
    Asc,
    /// `desc`
    Desc,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "chat",
        feature = "evals",
        feature = "organization",
        feature = "projects"
    )
)]
impl ListChatCompletionsOrder {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "asc",
            Self::Desc => "desc",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "asc" => Self::Asc,
            "desc" => Self::Desc,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(
    any(
        feature = "chat",
        feature = "evals",
        feature = "organization",
        feature = "projects"
    )
)]
impl From<&str> for ListChatCompletionsOrder {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(
    any(
        feature = "chat",
        feature = "evals",
        feature = "organization",
        feature = "projects"
    )
)]
impl From<String> for ListChatCompletionsOrder {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(
    any(
        feature = "chat",
        feature = "evals",
        feature = "organization",
        feature = "projects"
    )
)]
impl std::fmt::Display for ListChatCompletionsOrder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "chat",
        feature = "evals",
        feature = "organization",
        feature = "projects"
    )
)]
impl Serialize for ListChatCompletionsOrder {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "chat",
        feature = "evals",
        feature = "organization",
        feature = "projects"
    )
)]
impl<'de> Deserialize<'de> for ListChatCompletionsOrder {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
