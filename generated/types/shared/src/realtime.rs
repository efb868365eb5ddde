//! Types of the `realtime` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
/// Controls which (if any) tool is called by the model.
///
/// `none` means the model will not call any tool and instead generates a message.
///
/// `auto` means the model can pick between generating a message or calling one or
/// more tools.
///
/// `required` means the model must call one or more tools.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ToolChoiceOptions {
    /// `none`
    NoneType,
    /// `auto`
    Auto,
    /// `required`
    Required,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl ToolChoiceOptions {
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
impl From<&str> for ToolChoiceOptions {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for ToolChoiceOptions {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for ToolChoiceOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ToolChoiceOptions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ToolChoiceOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for ToolChoiceOptions {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Use this option to force the model to call a specific function.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ToolChoiceFunction {
    /// For function calling, the type is always `function`.
    #[serde(rename = "type")]
    pub type_: FunctionLiteral,
    /// The name of the function to call.
    pub name: String,
}
impl sdk_runtime_types::de::Object for ToolChoiceFunction {
    const NAME: &'static str = "ToolChoiceFunction";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<FunctionLiteral> = None;
        let mut name: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "name" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut name),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            name: sdk_runtime_types::de::required::<_, A::Error>(name, "name")?,
        })
    }
}
impl<'de> Deserialize<'de> for ToolChoiceFunction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ToolChoiceFunction {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            name: name.into(),
        }
    }
}
/// Use this option to force the model to call a specific tool on a remote MCP server.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ToolChoiceMcp {
    /// For MCP tools, the type is always `mcp`.
    #[serde(rename = "type")]
    pub type_: McpLiteral,
    /// The label of the MCP server to use.
    pub server_label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
impl sdk_runtime_types::de::Object for ToolChoiceMcp {
    const NAME: &'static str = "ToolChoiceMcp";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<McpLiteral> = None;
        let mut server_label: Option<String> = None;
        let mut name: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "server_label" => 1,
                    "name" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut server_label),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            server_label: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(server_label, "server_label")?,
            name,
        })
    }
}
impl<'de> Deserialize<'de> for ToolChoiceMcp {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ToolChoiceMcp {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(server_label: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            server_label: server_label.into(),
            name: None,
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
pub type Prompt = Prompt2;
/// Reference to a prompt template and its variables.
/// [Learn more](https://platform.openai.com/docs/guides/text?api-mode=responses#reusable-prompts).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Prompt2 {
    /// The unique identifier of the prompt template to use.
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variables: Option<ResponsePromptVariables>,
}
impl sdk_runtime_types::de::Object for Prompt2 {
    const NAME: &'static str = "Prompt2";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut version: Option<String> = None;
        let mut variables: Option<ResponsePromptVariables> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "version" => 1,
                    "variables" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut version),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut variables),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            version,
            variables,
        })
    }
}
impl<'de> Deserialize<'de> for Prompt2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl Prompt2 {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            version: None,
            variables: None,
        }
    }
    /// Sets `version`.
    pub fn version(mut self, value: impl Into<String>) -> Self {
        self.version = Some(value.into());
        self
    }
    /// Sets `variables`.
    pub fn variables(mut self, value: impl Into<ResponsePromptVariables>) -> Self {
        self.variables = Some(value.into());
        self
    }
}
