//! Types of the `evals` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
/// An object specifying the format that the model must output.
///
/// Configuring `{ "type": "json_schema" }` enables Structured Outputs,
/// which ensures the model will match your supplied JSON schema. Learn more in the
/// [Structured Outputs guide](https://platform.openai.com/docs/guides/structured-outputs).
///
/// The default format is `{ "type": "text" }` with no additional options.
///
/// **Not recommended for gpt-4o and newer models:**
///
/// Setting to `{ "type": "json_object" }` enables the older JSON mode, which
/// ensures the message the model generates is valid JSON. Using `json_schema`
/// is preferred for models that support it.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum TextResponseFormatConfiguration {
    /// `text`
    Text(ResponseFormatText),
    /// `json_schema`
    JsonSchema(TextResponseFormatJsonSchema),
    /// `json_object`
    JsonObject(ResponseFormatJsonObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for TextResponseFormatConfiguration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(value) => value.serialize(serializer),
            Self::JsonSchema(value) => value.serialize(serializer),
            Self::JsonObject(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for TextResponseFormatConfiguration {
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
impl<'de> Deserialize<'de> for TextResponseFormatConfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<ResponseFormatText> for TextResponseFormatConfiguration {
    fn from(value: ResponseFormatText) -> Self {
        Self::Text(value)
    }
}
impl From<TextResponseFormatJsonSchema> for TextResponseFormatConfiguration {
    fn from(value: TextResponseFormatJsonSchema) -> Self {
        Self::JsonSchema(value)
    }
}
impl From<ResponseFormatJsonObject> for TextResponseFormatConfiguration {
    fn from(value: ResponseFormatJsonObject) -> Self {
        Self::JsonObject(value)
    }
}
/// JSON Schema response format. Used to generate structured JSON responses.
/// Learn more about [Structured Outputs](https://platform.openai.com/docs/guides/structured-outputs).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct TextResponseFormatJsonSchema {
    /// The type of response format being defined. Always `json_schema`.
    #[serde(rename = "type")]
    pub type_: JsonSchemaLiteral,
    /// A description of what the response format is for, used by the model to
    /// determine how to respond in the format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The name of the response format. Must be a-z, A-Z, 0-9, or contain
    /// underscores and dashes, with a maximum length of 64.
    pub name: String,
    pub schema: ResponseFormatJsonSchemaSchema,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strict: Option<bool>,
}
impl sdk_runtime_types::de::Object for TextResponseFormatJsonSchema {
    const NAME: &'static str = "TextResponseFormatJsonSchema";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<JsonSchemaLiteral> = None;
        let mut description: Option<String> = None;
        let mut name: Option<String> = None;
        let mut schema: Option<ResponseFormatJsonSchemaSchema> = None;
        let mut strict: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "description" => 1,
                    "name" => 2,
                    "schema" => 3,
                    "strict" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut description),
                2 => sdk_runtime_types::de::value(&mut map, &mut name),
                3 => sdk_runtime_types::de::value(&mut map, &mut schema),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut strict),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            description,
            name: name.unwrap_or_default(),
            schema: schema.unwrap_or_default(),
            strict,
        })
    }
}
impl<'de> Deserialize<'de> for TextResponseFormatJsonSchema {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl TextResponseFormatJsonSchema {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        schema: impl Into<ResponseFormatJsonSchemaSchema>,
    ) -> Self {
        Self {
            type_: Default::default(),
            description: None,
            name: name.into(),
            schema: schema.into(),
            strict: None,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `strict`.
    pub fn strict(mut self, value: impl Into<bool>) -> Self {
        self.strict = Some(value.into());
        self
    }
}
