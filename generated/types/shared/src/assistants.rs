//! Types of the `assistants` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The constant `assistant`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum AssistantLiteral {
    /// `assistant`
    #[default]
    Assistant,
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl AssistantLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "assistant"
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl std::fmt::Display for AssistantLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Serialize for AssistantLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("assistant")
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for AssistantLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "assistant")
            .map(|()| Self::Assistant)
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
/// The constant `code_interpreter`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum CodeInterpreterLiteral {
    /// `code_interpreter`
    #[default]
    CodeInterpreter,
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl CodeInterpreterLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "code_interpreter"
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl std::fmt::Display for CodeInterpreterLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl Serialize for CodeInterpreterLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("code_interpreter")
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl<'de> Deserialize<'de> for CodeInterpreterLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "code_interpreter")
            .map(|()| Self::CodeInterpreter)
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
/// The constant `file_search`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum FileSearchLiteral {
    /// `file_search`
    #[default]
    FileSearch,
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl FileSearchLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "file_search"
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl std::fmt::Display for FileSearchLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl Serialize for FileSearchLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("file_search")
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl<'de> Deserialize<'de> for FileSearchLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "file_search")
            .map(|()| Self::FileSearch)
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses",
        feature = "threads"
    )
)]
/// The constant `function`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum FunctionLiteral {
    /// `function`
    #[default]
    Function,
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses",
        feature = "threads"
    )
)]
impl FunctionLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "function"
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses",
        feature = "threads"
    )
)]
impl std::fmt::Display for FunctionLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses",
        feature = "threads"
    )
)]
impl Serialize for FunctionLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("function")
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses",
        feature = "threads"
    )
)]
impl<'de> Deserialize<'de> for FunctionLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "function").map(|()| Self::Function)
    }
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FunctionObject {
    /// A description of what the function does, used by the model to choose when and how to call the function.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The name of the function to be called. Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length of 64.
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<FunctionParameters>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strict: Option<bool>,
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
impl sdk_runtime_types::de::Object for FunctionObject {
    const NAME: &'static str = "FunctionObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut description: Option<String> = None;
        let mut name: Option<String> = None;
        let mut parameters: Option<FunctionParameters> = None;
        let mut strict: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "description" => 0,
                    "name" => 1,
                    "parameters" => 2,
                    "strict" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut description),
                1 => sdk_runtime_types::de::value(&mut map, &mut name),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut parameters),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut strict),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            description,
            name: name.unwrap_or_default(),
            parameters,
            strict,
        })
    }
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
impl<'de> Deserialize<'de> for FunctionObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
impl FunctionObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            description: None,
            name: name.into(),
            parameters: None,
            strict: None,
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
    /// Sets `strict`.
    pub fn strict(mut self, value: impl Into<bool>) -> Self {
        self.strict = Some(value.into());
        self
    }
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
/// The parameters the functions accepts, described as a JSON Schema object. See the [guide](https://platform.openai.com/docs/guides/function-calling) for examples, and the [JSON Schema reference](https://json-schema.org/understanding-json-schema/) for documentation about the format.
///
/// Omitting `parameters` defines a function with an empty parameter list.
pub type FunctionParameters = serde_json::Map<String, serde_json::Value>;
#[cfg(
    any(
        feature = "assistants",
        feature = "batches",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "responses",
        feature = "threads",
        feature = "vector-stores"
    )
)]
/// Set of 16 key-value pairs that can be attached to an object. This can be
/// useful for storing additional information about the object in a structured
/// format, and querying for objects via API or the dashboard.
///
/// Keys are strings with a maximum length of 64 characters. Values are strings
/// with a maximum length of 512 characters.
pub type Metadata = std::collections::BTreeMap<String, String>;
#[cfg(
    any(
        feature = "assistants",
        feature = "audio",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "realtime",
        feature = "responses",
        feature = "threads",
        feature = "vector-stores"
    )
)]
/// The constant `auto`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum AutoLiteral {
    /// `auto`
    #[default]
    Auto,
}
#[cfg(
    any(
        feature = "assistants",
        feature = "audio",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "realtime",
        feature = "responses",
        feature = "threads",
        feature = "vector-stores"
    )
)]
impl AutoLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "auto"
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "audio",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "realtime",
        feature = "responses",
        feature = "threads",
        feature = "vector-stores"
    )
)]
impl std::fmt::Display for AutoLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "audio",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "realtime",
        feature = "responses",
        feature = "threads",
        feature = "vector-stores"
    )
)]
impl Serialize for AutoLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("auto")
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "audio",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "realtime",
        feature = "responses",
        feature = "threads",
        feature = "vector-stores"
    )
)]
impl<'de> Deserialize<'de> for AutoLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "auto").map(|()| Self::Auto)
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "moderations",
        feature = "responses",
        feature = "threads",
        feature = "vector-stores"
    )
)]
/// The constant `text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TextLiteral {
    /// `text`
    #[default]
    Text,
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "moderations",
        feature = "responses",
        feature = "threads",
        feature = "vector-stores"
    )
)]
impl TextLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "text"
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "moderations",
        feature = "responses",
        feature = "threads",
        feature = "vector-stores"
    )
)]
impl std::fmt::Display for TextLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "moderations",
        feature = "responses",
        feature = "threads",
        feature = "vector-stores"
    )
)]
impl Serialize for TextLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("text")
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "moderations",
        feature = "responses",
        feature = "threads",
        feature = "vector-stores"
    )
)]
impl<'de> Deserialize<'de> for TextLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "text").map(|()| Self::Text)
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
/// The constant `json_object`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum JsonObjectLiteral {
    /// `json_object`
    #[default]
    JsonObject,
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl JsonObjectLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "json_object"
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl std::fmt::Display for JsonObjectLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl Serialize for JsonObjectLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("json_object")
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl<'de> Deserialize<'de> for JsonObjectLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "json_object")
            .map(|()| Self::JsonObject)
    }
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
/// JSON Schema response format. Used to generate structured JSON responses.
/// Learn more about [Structured Outputs](https://platform.openai.com/docs/guides/structured-outputs).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseFormatJsonSchema {
    /// The type of response format being defined. Always `json_schema`.
    #[serde(rename = "type")]
    pub type_: JsonSchemaLiteral,
    /// Structured Outputs configuration options, including a JSON Schema.
    pub json_schema: JsonSchemaFormat,
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
impl sdk_runtime_types::de::Object for ResponseFormatJsonSchema {
    const NAME: &'static str = "ResponseFormatJsonSchema";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<JsonSchemaLiteral> = None;
        let mut json_schema: Option<JsonSchemaFormat> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "json_schema" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut json_schema),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            json_schema: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(json_schema, "json_schema")?,
        })
    }
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
impl<'de> Deserialize<'de> for ResponseFormatJsonSchema {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
impl ResponseFormatJsonSchema {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(json_schema: impl Into<JsonSchemaFormat>) -> Self {
        Self {
            type_: Default::default(),
            json_schema: json_schema.into(),
        }
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
/// The constant `json_schema`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum JsonSchemaLiteral {
    /// `json_schema`
    #[default]
    JsonSchema,
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl JsonSchemaLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "json_schema"
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl std::fmt::Display for JsonSchemaLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl Serialize for JsonSchemaLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("json_schema")
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl<'de> Deserialize<'de> for JsonSchemaLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "json_schema")
            .map(|()| Self::JsonSchema)
    }
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
/// Structured Outputs configuration options, including a JSON Schema.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct JsonSchemaFormat {
    /// A description of what the response format is for, used by the model to
    /// determine how to respond in the format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The name of the response format. Must be a-z, A-Z, 0-9, or contain
    /// underscores and dashes, with a maximum length of 64.
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema: Option<ResponseFormatJsonSchemaSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strict: Option<bool>,
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
impl sdk_runtime_types::de::Object for JsonSchemaFormat {
    const NAME: &'static str = "JsonSchemaFormat";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut description: Option<String> = None;
        let mut name: Option<String> = None;
        let mut schema: Option<ResponseFormatJsonSchemaSchema> = None;
        let mut strict: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "description" => 0,
                    "name" => 1,
                    "schema" => 2,
                    "strict" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut description),
                1 => sdk_runtime_types::de::value(&mut map, &mut name),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut schema),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut strict),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            description,
            name: name.unwrap_or_default(),
            schema,
            strict,
        })
    }
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
impl<'de> Deserialize<'de> for JsonSchemaFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
impl JsonSchemaFormat {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            description: None,
            name: name.into(),
            schema: None,
            strict: None,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `schema`.
    pub fn schema(mut self, value: impl Into<ResponseFormatJsonSchemaSchema>) -> Self {
        self.schema = Some(value.into());
        self
    }
    /// Sets `strict`.
    pub fn strict(mut self, value: impl Into<bool>) -> Self {
        self.strict = Some(value.into());
        self
    }
}
#[cfg(
    any(feature = "assistants", feature = "chat", feature = "evals", feature = "threads")
)]
/// The specification's name for [`JsonSchemaFormat`].
pub type ResponseFormatJsonSchemaJsonSchema = JsonSchemaFormat;
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector-stores"))]
/// The default strategy. This strategy currently uses a `max_chunk_size_tokens` of `800` and `chunk_overlap_tokens` of `400`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AutoChunkingStrategyRequestParam {
    /// Always `auto`.
    #[serde(rename = "type")]
    pub type_: AutoLiteral,
}
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector-stores"))]
impl sdk_runtime_types::de::Object for AutoChunkingStrategyRequestParam {
    const NAME: &'static str = "AutoChunkingStrategyRequestParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<AutoLiteral> = None;
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
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector-stores"))]
impl<'de> Deserialize<'de> for AutoChunkingStrategyRequestParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector-stores"))]
impl AutoChunkingStrategyRequestParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: Default::default() }
    }
}
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector-stores"))]
/// The constant `static`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum StaticLiteral {
    /// `static`
    #[default]
    Static,
}
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector-stores"))]
impl StaticLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "static"
    }
}
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector-stores"))]
impl std::fmt::Display for StaticLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector-stores"))]
impl Serialize for StaticLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("static")
    }
}
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector-stores"))]
impl<'de> Deserialize<'de> for StaticLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "static").map(|()| Self::Static)
    }
}
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector-stores"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct StaticChunkingStrategy {
    /// The maximum number of tokens in each chunk. The default value is `800`. The minimum value is `100` and the maximum value is `4096`.
    pub max_chunk_size_tokens: i64,
    /// The number of tokens that overlap between chunks. The default value is `400`.
    ///
    /// Note that the overlap must not exceed half of `max_chunk_size_tokens`.
    pub chunk_overlap_tokens: i64,
}
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector-stores"))]
impl sdk_runtime_types::de::Object for StaticChunkingStrategy {
    const NAME: &'static str = "StaticChunkingStrategy";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut max_chunk_size_tokens: Option<i64> = None;
        let mut chunk_overlap_tokens: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "max_chunk_size_tokens" => 0,
                    "chunk_overlap_tokens" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut max_chunk_size_tokens),
                1 => sdk_runtime_types::de::value(&mut map, &mut chunk_overlap_tokens),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            max_chunk_size_tokens: max_chunk_size_tokens.unwrap_or_default(),
            chunk_overlap_tokens: chunk_overlap_tokens.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector-stores"))]
impl<'de> Deserialize<'de> for StaticChunkingStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector-stores"))]
impl StaticChunkingStrategy {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        max_chunk_size_tokens: impl Into<i64>,
        chunk_overlap_tokens: impl Into<i64>,
    ) -> Self {
        Self {
            max_chunk_size_tokens: max_chunk_size_tokens.into(),
            chunk_overlap_tokens: chunk_overlap_tokens.into(),
        }
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "responses",
        feature = "threads"
    )
)]
/// Constrains effort on reasoning for reasoning models. Currently supported
/// values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`.
/// Reducing reasoning effort can result in faster responses and fewer tokens
/// used on reasoning in a response. Not all reasoning models support every
/// value. See the
/// [reasoning guide](https://platform.openai.com/docs/guides/reasoning)
/// for model-specific support.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ReasoningEffort {
    /// `none`
    NoneType,
    /// `minimal`
    Minimal,
    /// `low`
    Low,
    /// `medium`
    #[default]
    Medium,
    /// `high`
    High,
    /// `xhigh`
    Xhigh,
    /// `max`
    Max,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "responses",
        feature = "threads"
    )
)]
impl ReasoningEffort {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::NoneType => "none",
            Self::Minimal => "minimal",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Xhigh => "xhigh",
            Self::Max => "max",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "none" => Self::NoneType,
            "minimal" => Self::Minimal,
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            "xhigh" => Self::Xhigh,
            "max" => Self::Max,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "responses",
        feature = "threads"
    )
)]
impl From<&str> for ReasoningEffort {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "responses",
        feature = "threads"
    )
)]
impl From<String> for ReasoningEffort {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "responses",
        feature = "threads"
    )
)]
impl std::fmt::Display for ReasoningEffort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "responses",
        feature = "threads"
    )
)]
impl Serialize for ReasoningEffort {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "responses",
        feature = "threads"
    )
)]
impl<'de> Deserialize<'de> for ReasoningEffort {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector-stores"))]
/// Static Chunking Strategy
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct StaticChunkingStrategyResponseParam {
    /// Always `static`.
    #[serde(rename = "type")]
    pub type_: StaticLiteral,
    #[serde(rename = "static")]
    pub static_: StaticChunkingStrategy,
}
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector-stores"))]
impl sdk_runtime_types::de::Object for StaticChunkingStrategyResponseParam {
    const NAME: &'static str = "StaticChunkingStrategyResponseParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<StaticLiteral> = None;
        let mut static_: Option<StaticChunkingStrategy> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "static" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut static_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            static_: static_.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector-stores"))]
impl<'de> Deserialize<'de> for StaticChunkingStrategyResponseParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "assistants", feature = "threads", feature = "vector-stores"))]
impl StaticChunkingStrategyResponseParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(static_: impl Into<StaticChunkingStrategy>) -> Self {
        Self {
            type_: Default::default(),
            static_: static_.into(),
        }
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "containers",
        feature = "files",
        feature = "organization",
        feature = "threads",
        feature = "vector-stores"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ListAssistantsOrder {
    /// `asc`
    Asc,
    /// `desc`
    #[default]
    Desc,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "assistants",
        feature = "containers",
        feature = "files",
        feature = "organization",
        feature = "threads",
        feature = "vector-stores"
    )
)]
impl ListAssistantsOrder {
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
        feature = "assistants",
        feature = "containers",
        feature = "files",
        feature = "organization",
        feature = "threads",
        feature = "vector-stores"
    )
)]
impl From<&str> for ListAssistantsOrder {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "containers",
        feature = "files",
        feature = "organization",
        feature = "threads",
        feature = "vector-stores"
    )
)]
impl From<String> for ListAssistantsOrder {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "containers",
        feature = "files",
        feature = "organization",
        feature = "threads",
        feature = "vector-stores"
    )
)]
impl std::fmt::Display for ListAssistantsOrder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "containers",
        feature = "files",
        feature = "organization",
        feature = "threads",
        feature = "vector-stores"
    )
)]
impl Serialize for ListAssistantsOrder {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "containers",
        feature = "files",
        feature = "organization",
        feature = "threads",
        feature = "vector-stores"
    )
)]
impl<'de> Deserialize<'de> for ListAssistantsOrder {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
