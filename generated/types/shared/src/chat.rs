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
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
/// A moderation result produced for the response input or output.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ModerationResultBody {
    /// The object type, which was always `moderation_result` for successful moderation results.
    #[serde(rename = "type")]
    pub type_: ModerationResultLiteral,
    /// The moderation model that produced this result.
    pub model: String,
    /// A boolean indicating whether the content was flagged by any category.
    pub flagged: bool,
    /// A dictionary of moderation categories to booleans, True if the input is flagged under this category.
    pub categories: std::collections::BTreeMap<String, bool>,
    /// A dictionary of moderation categories to scores.
    pub category_scores: std::collections::BTreeMap<String, f64>,
    /// Which modalities of input are reflected by the score for each category.
    pub category_applied_input_types: std::collections::BTreeMap<
        String,
        Vec<ModerationInputType>,
    >,
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ModerationResultBody {
    const NAME: &'static str = "ModerationResultBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ModerationResultLiteral> = None;
        let mut model: Option<String> = None;
        let mut flagged: Option<bool> = None;
        let mut categories: Option<std::collections::BTreeMap<String, bool>> = None;
        let mut category_scores: Option<std::collections::BTreeMap<String, f64>> = None;
        let mut category_applied_input_types: Option<
            std::collections::BTreeMap<String, Vec<ModerationInputType>>,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "model" => 1,
                    "flagged" => 2,
                    "categories" => 3,
                    "category_scores" => 4,
                    "category_applied_input_types" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut model),
                2 => sdk_runtime_types::de::value(&mut map, &mut flagged),
                3 => sdk_runtime_types::de::value(&mut map, &mut categories),
                4 => sdk_runtime_types::de::value(&mut map, &mut category_scores),
                5 => {
                    sdk_runtime_types::de::value(
                        &mut map,
                        &mut category_applied_input_types,
                    )
                }
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            model: model.unwrap_or_default(),
            flagged: flagged.unwrap_or_default(),
            categories: categories.unwrap_or_default(),
            category_scores: category_scores.unwrap_or_default(),
            category_applied_input_types: category_applied_input_types
                .unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ModerationResultBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl ModerationResultBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        model: impl Into<String>,
        flagged: impl Into<bool>,
        categories: impl Into<std::collections::BTreeMap<String, bool>>,
        category_scores: impl Into<std::collections::BTreeMap<String, f64>>,
        category_applied_input_types: impl Into<
            std::collections::BTreeMap<String, Vec<ModerationInputType>>,
        >,
    ) -> Self {
        Self {
            type_: Default::default(),
            model: model.into(),
            flagged: flagged.into(),
            categories: categories.into(),
            category_scores: category_scores.into(),
            category_applied_input_types: category_applied_input_types.into(),
        }
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ModerationInputType {
    /// `text`
    Text,
    /// `image`
    Image,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl ModerationInputType {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::Image => "image",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "text" => Self::Text,
            "image" => Self::Image,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl From<&str> for ModerationInputType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl From<String> for ModerationInputType {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ModerationInputType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl Serialize for ModerationInputType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ModerationInputType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl Default for ModerationInputType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
/// Learn about [text inputs](https://platform.openai.com/docs/guides/text-generation).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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
#[cfg(
    any(
        feature = "chat",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PromptCacheBreakpointParam {
    /// The breakpoint mode. Always `explicit`.
    pub mode: ExplicitLiteral,
}
#[cfg(
    any(
        feature = "chat",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for PromptCacheBreakpointParam {
    const NAME: &'static str = "PromptCacheBreakpointParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut mode: Option<ExplicitLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "mode" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut mode),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            mode: sdk_runtime_types::de::required::<_, A::Error>(mode, "mode")?,
        })
    }
}
#[cfg(
    any(
        feature = "chat",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for PromptCacheBreakpointParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "chat",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl PromptCacheBreakpointParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { mode: Default::default() }
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "realtime"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ChatCompletionModalitiesItem {
    /// `text`
    Text,
    /// `audio`
    Audio,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "realtime"))]
impl ChatCompletionModalitiesItem {
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
impl From<&str> for ChatCompletionModalitiesItem {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "realtime"))]
impl From<String> for ChatCompletionModalitiesItem {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "realtime"))]
impl std::fmt::Display for ChatCompletionModalitiesItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "realtime"))]
impl Serialize for ChatCompletionModalitiesItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "realtime"))]
impl<'de> Deserialize<'de> for ChatCompletionModalitiesItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "realtime"))]
impl Default for ChatCompletionModalitiesItem {
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
/// Deprecated and replaced by `tool_calls`. The name and arguments of a function that should be called, as generated by the model.
///
/// **Deprecated** by the API.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ChatCompletionRequestAssistantMessageFunctionCall {
    /// The arguments to call the function with, as generated by the model in JSON format. Note that the model does not always generate valid JSON, and may hallucinate parameters not defined by your function schema. Validate the arguments in your code before calling your function.
    pub arguments: String,
    /// The name of the function to call.
    pub name: String,
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl sdk_runtime_types::de::Object
for ChatCompletionRequestAssistantMessageFunctionCall {
    const NAME: &'static str = "ChatCompletionRequestAssistantMessageFunctionCall";
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
impl<'de> Deserialize<'de> for ChatCompletionRequestAssistantMessageFunctionCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types"))]
impl ChatCompletionRequestAssistantMessageFunctionCall {
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
#[cfg(any(feature = "chat", feature = "completions"))]
pub type ChatCompletionStreamOptions = ChatCompletionStreamOptions2;
#[cfg(any(feature = "chat", feature = "completions"))]
/// Options for streaming response. Only set this when you set `stream: true`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ChatCompletionStreamOptions2 {
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
impl sdk_runtime_types::de::Object for ChatCompletionStreamOptions2 {
    const NAME: &'static str = "ChatCompletionStreamOptions2";
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
impl<'de> Deserialize<'de> for ChatCompletionStreamOptions2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "chat", feature = "completions"))]
impl ChatCompletionStreamOptions2 {
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
#[cfg(any(feature = "chat", feature = "evals"))]
/// A function tool that can be used to generate a response.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
/// Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt caching guide](https://platform.openai.com/docs/guides/prompt-caching) for current details.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PromptCacheOptionsParam {
    /// The minimum lifetime applied to every implicit and explicit cache breakpoint written by the request. Defaults to `30m`, which is currently the only supported value. The backend may retain cache entries for longer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ttl: Option<PromptCacheTtlEnum>,
    /// Controls whether OpenAI automatically creates an implicit cache breakpoint. Defaults to `implicit`. With `implicit`, OpenAI creates one implicit breakpoint and writes up to the latest three explicit breakpoints in the request. With `explicit`, OpenAI does not create an implicit breakpoint and writes up to the latest four explicit breakpoints. If there are no explicit breakpoints, the request does not use prompt caching.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<PromptCacheModeEnum>,
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for PromptCacheOptionsParam {
    const NAME: &'static str = "PromptCacheOptionsParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut ttl: Option<PromptCacheTtlEnum> = None;
        let mut mode: Option<PromptCacheModeEnum> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "ttl" => 0,
                    "mode" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut ttl),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut mode),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { ttl, mode })
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for PromptCacheOptionsParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl PromptCacheOptionsParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { ttl: None, mode: None }
    }
    /// Sets `ttl`.
    pub fn ttl(mut self, value: impl Into<PromptCacheTtlEnum>) -> Self {
        self.ttl = Some(value.into());
        self
    }
    /// Sets `mode`.
    pub fn mode(mut self, value: impl Into<PromptCacheModeEnum>) -> Self {
        self.mode = Some(value.into());
        self
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum PromptCacheTtlEnum {
    /// `30m`
    #[default]
    V30m,
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl PromptCacheTtlEnum {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "30m"
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for PromptCacheTtlEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl Serialize for PromptCacheTtlEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("30m")
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for PromptCacheTtlEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "30m").map(|()| Self::V30m)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PromptCacheModeEnum {
    /// `implicit`
    Implicit,
    /// `explicit`
    Explicit,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl PromptCacheModeEnum {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Implicit => "implicit",
            Self::Explicit => "explicit",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "implicit" => Self::Implicit,
            "explicit" => Self::Explicit,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl From<&str> for PromptCacheModeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl From<String> for PromptCacheModeEnum {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for PromptCacheModeEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl Serialize for PromptCacheModeEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for PromptCacheModeEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl Default for PromptCacheModeEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
pub type Verbosity = WebSearchToolSearchContextSize;
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
/// Configuration for running moderation on the input and output of this response.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ModerationParam {
    /// The moderation model to use for moderated completions, e.g. 'omni-moderation-latest'.
    pub model: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policy: Option<ModerationPolicyParam>,
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ModerationParam {
    const NAME: &'static str = "ModerationParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut model: Option<String> = None;
        let mut policy: Option<ModerationPolicyParam> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "model" => 0,
                    "policy" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut model),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut policy),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            model: model.unwrap_or_default(),
            policy,
        })
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ModerationParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl ModerationParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(model: impl Into<String>) -> Self {
        Self {
            model: model.into(),
            policy: None,
        }
    }
    /// Sets `policy`.
    pub fn policy(mut self, value: impl Into<ModerationPolicyParam>) -> Self {
        self.policy = Some(value.into());
        self
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
/// The policy to apply to moderated response input and output.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ModerationPolicyParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<ModerationConfigParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<ModerationConfigParam>,
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ModerationPolicyParam {
    const NAME: &'static str = "ModerationPolicyParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut input: Option<ModerationConfigParam> = None;
        let mut output: Option<ModerationConfigParam> = None;
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
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ModerationPolicyParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl ModerationPolicyParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { input: None, output: None }
    }
    /// Sets `input`.
    pub fn input(mut self, value: impl Into<ModerationConfigParam>) -> Self {
        self.input = Some(value.into());
        self
    }
    /// Sets `output`.
    pub fn output(mut self, value: impl Into<ModerationConfigParam>) -> Self {
        self.output = Some(value.into());
        self
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
/// The moderation policy for the response input.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ModerationConfigParam {
    pub mode: ModerationMode,
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ModerationConfigParam {
    const NAME: &'static str = "ModerationConfigParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut mode: Option<ModerationMode> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "mode" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut mode),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            mode: mode.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ModerationConfigParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl ModerationConfigParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(mode: impl Into<ModerationMode>) -> Self {
        Self { mode: mode.into() }
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ModerationMode {
    /// `score`
    Score,
    /// `block`
    Block,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl ModerationMode {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Score => "score",
            Self::Block => "block",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "score" => Self::Score,
            "block" => Self::Block,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl From<&str> for ModerationMode {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl From<String> for ModerationMode {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ModerationMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl Serialize for ModerationMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ModerationMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "chat", feature = "extra-types", feature = "responses"))]
impl Default for ModerationMode {
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
