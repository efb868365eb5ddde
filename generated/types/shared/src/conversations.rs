//! Types of the `conversations` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A tool that runs Python code to help generate a response to a prompt.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CodeInterpreterTool {
    /// The type of the code interpreter tool. Always `code_interpreter`.
    #[serde(rename = "type")]
    pub type_: CodeInterpreterLiteral,
    /// The code interpreter container. Can be a container ID or an object that
    /// specifies uploaded file IDs to make available to your code, along with an
    /// optional `memory_limit` setting.
    pub container: CodeInterpreterToolContainer,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_callers: Option<Vec<CallableToolAllowedCaller>>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for CodeInterpreterTool {
    const NAME: &'static str = "CodeInterpreterTool";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<CodeInterpreterLiteral> = None;
        let mut container: Option<CodeInterpreterToolContainer> = None;
        let mut allowed_callers: Option<Vec<CallableToolAllowedCaller>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "container" => 1,
                    "allowed_callers" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut container),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut allowed_callers),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            container: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(container, "container")?,
            allowed_callers,
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for CodeInterpreterTool {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl CodeInterpreterTool {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(container: impl Into<CodeInterpreterToolContainer>) -> Self {
        Self {
            type_: Default::default(),
            container: container.into(),
            allowed_callers: None,
        }
    }
    /// Sets `allowed_callers`.
    pub fn allowed_callers(
        mut self,
        value: impl Into<Vec<CallableToolAllowedCaller>>,
    ) -> Self {
        self.allowed_callers = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The code interpreter container. Can be a container ID or an object that
/// specifies uploaded file IDs to make available to your code, along with an
/// optional `memory_limit` setting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CodeInterpreterToolContainer {
    AutoCodeInterpreterToolParam(AutoCodeInterpreterToolParam),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<AutoCodeInterpreterToolParam> for CodeInterpreterToolContainer {
    fn from(value: AutoCodeInterpreterToolParam) -> Self {
        Self::AutoCodeInterpreterToolParam(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<String> for CodeInterpreterToolContainer {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<&str> for CodeInterpreterToolContainer {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Configuration for a code interpreter container. Optionally specify the IDs of the files to run the code on.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AutoCodeInterpreterToolParam {
    /// Always `auto`.
    #[serde(rename = "type")]
    pub type_: AutoLiteral,
    /// An optional list of uploaded files to make available to your code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_ids: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub memory_limit: Option<ContainerMemoryLimit>,
    /// Network access policy for the container.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub network_policy: Option<AutoCodeInterpreterToolParamNetworkPolicy>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for AutoCodeInterpreterToolParam {
    const NAME: &'static str = "AutoCodeInterpreterToolParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<AutoLiteral> = None;
        let mut file_ids: Option<Vec<String>> = None;
        let mut memory_limit: Option<ContainerMemoryLimit> = None;
        let mut network_policy: Option<AutoCodeInterpreterToolParamNetworkPolicy> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "file_ids" => 1,
                    "memory_limit" => 2,
                    "network_policy" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut file_ids),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut memory_limit),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut network_policy),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            file_ids,
            memory_limit,
            network_policy,
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for AutoCodeInterpreterToolParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl AutoCodeInterpreterToolParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            file_ids: None,
            memory_limit: None,
            network_policy: None,
        }
    }
    /// Sets `file_ids`.
    pub fn file_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.file_ids = Some(value.into());
        self
    }
    /// Sets `memory_limit`.
    pub fn memory_limit(mut self, value: impl Into<ContainerMemoryLimit>) -> Self {
        self.memory_limit = Some(value.into());
        self
    }
    /// Sets `network_policy`.
    pub fn network_policy(
        mut self,
        value: impl Into<AutoCodeInterpreterToolParamNetworkPolicy>,
    ) -> Self {
        self.network_policy = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ContainerMemoryLimit {
    /// `1g`
    V1g,
    /// `4g`
    V4g,
    /// `16g`
    V16g,
    /// `64g`
    V64g,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl ContainerMemoryLimit {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::V1g => "1g",
            Self::V4g => "4g",
            Self::V16g => "16g",
            Self::V64g => "64g",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "1g" => Self::V1g,
            "4g" => Self::V4g,
            "16g" => Self::V16g,
            "64g" => Self::V64g,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<&str> for ContainerMemoryLimit {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<String> for ContainerMemoryLimit {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl std::fmt::Display for ContainerMemoryLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Serialize for ContainerMemoryLimit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for ContainerMemoryLimit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Default for ContainerMemoryLimit {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Network access policy for the container.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum AutoCodeInterpreterToolParamNetworkPolicy {
    /// `disabled`
    Disabled(ContainerNetworkPolicyDisabledParam),
    /// `allowlist`
    Allowlist(ContainerNetworkPolicyAllowlistParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Serialize for AutoCodeInterpreterToolParamNetworkPolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Disabled(value) => value.serialize(serializer),
            Self::Allowlist(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::TaggedUnion for AutoCodeInterpreterToolParamNetworkPolicy {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "disabled" => Deserialize::deserialize(content).map(Self::Disabled),
                "allowlist" => Deserialize::deserialize(content).map(Self::Allowlist),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for AutoCodeInterpreterToolParamNetworkPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<ContainerNetworkPolicyDisabledParam>
for AutoCodeInterpreterToolParamNetworkPolicy {
    fn from(value: ContainerNetworkPolicyDisabledParam) -> Self {
        Self::Disabled(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<ContainerNetworkPolicyAllowlistParam>
for AutoCodeInterpreterToolParamNetworkPolicy {
    fn from(value: ContainerNetworkPolicyAllowlistParam) -> Self {
        Self::Allowlist(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CallableToolAllowedCaller {
    /// `direct`
    Direct,
    /// `programmatic`
    Programmatic,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl CallableToolAllowedCaller {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Direct => "direct",
            Self::Programmatic => "programmatic",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "direct" => Self::Direct,
            "programmatic" => Self::Programmatic,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl From<&str> for CallableToolAllowedCaller {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl From<String> for CallableToolAllowedCaller {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl std::fmt::Display for CallableToolAllowedCaller {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl Serialize for CallableToolAllowedCaller {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for CallableToolAllowedCaller {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl Default for CallableToolAllowedCaller {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A tool call to run code.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CodeInterpreterToolCall {
    /// The type of the code interpreter tool call. Always `code_interpreter_call`.
    #[serde(rename = "type")]
    pub type_: CodeInterpreterCallLiteral,
    /// The unique ID of the code interpreter tool call.
    pub id: String,
    /// The status of the code interpreter tool call. Valid values are `in_progress`, `completed`, `incomplete`, `interpreting`, and `failed`.
    pub status: CodeInterpreterToolCallStatus,
    /// The ID of the container used to run the code.
    pub container_id: String,
    pub code: Option<String>,
    pub outputs: Option<Vec<CodeInterpreterToolCallOutputsItem>>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for CodeInterpreterToolCall {
    const NAME: &'static str = "CodeInterpreterToolCall";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<CodeInterpreterCallLiteral> = None;
        let mut id: Option<String> = None;
        let mut status: Option<CodeInterpreterToolCallStatus> = None;
        let mut container_id: Option<String> = None;
        let mut code: Option<String> = None;
        let mut outputs: Option<Vec<CodeInterpreterToolCallOutputsItem>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "status" => 2,
                    "container_id" => 3,
                    "code" => 4,
                    "outputs" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut status),
                3 => sdk_runtime_types::de::value(&mut map, &mut container_id),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut code),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut outputs),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            container_id: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(container_id, "container_id")?,
            code,
            outputs,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for CodeInterpreterToolCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl CodeInterpreterToolCall {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        status: impl Into<CodeInterpreterToolCallStatus>,
        container_id: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            status: status.into(),
            container_id: container_id.into(),
            code: None,
            outputs: None,
        }
    }
    /// Sets `code`.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets `outputs`.
    pub fn outputs(
        mut self,
        value: impl Into<Vec<CodeInterpreterToolCallOutputsItem>>,
    ) -> Self {
        self.outputs = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum CodeInterpreterToolCallOutputsItem {
    /// `logs`
    Logs(CodeInterpreterOutputLogs),
    /// `image`
    Image(CodeInterpreterOutputImage),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for CodeInterpreterToolCallOutputsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Logs(value) => value.serialize(serializer),
            Self::Image(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::TaggedUnion for CodeInterpreterToolCallOutputsItem {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "logs" => Deserialize::deserialize(content).map(Self::Logs),
                "image" => Deserialize::deserialize(content).map(Self::Image),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for CodeInterpreterToolCallOutputsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<CodeInterpreterOutputLogs> for CodeInterpreterToolCallOutputsItem {
    fn from(value: CodeInterpreterOutputLogs) -> Self {
        Self::Logs(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<CodeInterpreterOutputImage> for CodeInterpreterToolCallOutputsItem {
    fn from(value: CodeInterpreterOutputImage) -> Self {
        Self::Image(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The logs output from the code interpreter.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CodeInterpreterOutputLogs {
    /// The type of the output. Always `logs`.
    #[serde(rename = "type")]
    pub type_: LogsLiteral,
    /// The logs output from the code interpreter.
    pub logs: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for CodeInterpreterOutputLogs {
    const NAME: &'static str = "CodeInterpreterOutputLogs";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<LogsLiteral> = None;
        let mut logs: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "logs" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut logs),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            logs: logs.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for CodeInterpreterOutputLogs {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl CodeInterpreterOutputLogs {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(logs: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            logs: logs.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The image output from the code interpreter.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CodeInterpreterOutputImage {
    /// The type of the output. Always `image`.
    #[serde(rename = "type")]
    pub type_: ImageLiteral,
    /// The URL of the image output from the code interpreter.
    pub url: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for CodeInterpreterOutputImage {
    const NAME: &'static str = "CodeInterpreterOutputImage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ImageLiteral> = None;
        let mut url: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "url" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut url),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            url: url.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for CodeInterpreterOutputImage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl CodeInterpreterOutputImage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            url: url.into(),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
/// A filter used to compare a specified attribute key to a given value using a defined comparison operation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ComparisonFilter {
    /// Specifies the comparison operator: `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `in`, `nin`.
    /// - `eq`: equals
    /// - `ne`: not equal
    /// - `gt`: greater than
    /// - `gte`: greater than or equal
    /// - `lt`: less than
    /// - `lte`: less than or equal
    /// - `in`: in
    /// - `nin`: not in
    #[serde(rename = "type")]
    pub type_: ComparisonFilterType,
    /// The key to compare against the value.
    pub key: String,
    /// The value to compare against the attribute key; supports string, number, or boolean types.
    pub value: ComparisonFilterValueType,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
impl sdk_runtime_types::de::Object for ComparisonFilter {
    const NAME: &'static str = "ComparisonFilter";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ComparisonFilterType> = None;
        let mut key: Option<String> = None;
        let mut value: Option<ComparisonFilterValueType> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "key" => 1,
                    "value" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut key),
                2 => sdk_runtime_types::de::value(&mut map, &mut value),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            key: sdk_runtime_types::de::required::<_, A::Error>(key, "key")?,
            value: sdk_runtime_types::de::required::<_, A::Error>(value, "value")?,
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
impl<'de> Deserialize<'de> for ComparisonFilter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
impl ComparisonFilter {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        type_: impl Into<ComparisonFilterType>,
        key: impl Into<String>,
        value: impl Into<ComparisonFilterValueType>,
    ) -> Self {
        Self {
            type_: type_.into(),
            key: key.into(),
            value: value.into(),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
/// The value to compare against the attribute key; supports string, number, or boolean types.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ComparisonFilterValueType {
    Variant4ItemList(Vec<ComparisonFilterValueTypeVariant4Item>),
    Number(f64),
    Bool(bool),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
impl From<Vec<ComparisonFilterValueTypeVariant4Item>> for ComparisonFilterValueType {
    fn from(value: Vec<ComparisonFilterValueTypeVariant4Item>) -> Self {
        Self::Variant4ItemList(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
impl From<f64> for ComparisonFilterValueType {
    fn from(value: f64) -> Self {
        Self::Number(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
impl From<bool> for ComparisonFilterValueType {
    fn from(value: bool) -> Self {
        Self::Bool(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
impl From<String> for ComparisonFilterValueType {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
impl From<&str> for ComparisonFilterValueType {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ComparisonFilterValueTypeVariant4Item {
    Number(f64),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
impl From<f64> for ComparisonFilterValueTypeVariant4Item {
    fn from(value: f64) -> Self {
        Self::Number(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
impl From<String> for ComparisonFilterValueTypeVariant4Item {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
impl From<&str> for ComparisonFilterValueTypeVariant4Item {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
/// Combine multiple filters using `and` or `or`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CompoundFilter {
    /// Type of operation: `and` or `or`.
    #[serde(rename = "type")]
    pub type_: CompoundFilterType,
    /// Array of filters to combine. Items can be `ComparisonFilter` or `CompoundFilter`.
    pub filters: Vec<CompoundFilterFiltersItem>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
impl sdk_runtime_types::de::Object for CompoundFilter {
    const NAME: &'static str = "CompoundFilter";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<CompoundFilterType> = None;
        let mut filters: Option<Vec<CompoundFilterFiltersItem>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "filters" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut filters),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: type_.unwrap_or_default(),
            filters: filters.unwrap_or_default(),
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
impl<'de> Deserialize<'de> for CompoundFilter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
impl CompoundFilter {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        type_: impl Into<CompoundFilterType>,
        filters: impl Into<Vec<CompoundFilterFiltersItem>>,
    ) -> Self {
        Self {
            type_: type_.into(),
            filters: filters.into(),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CompoundFilterFiltersItem {
    ComparisonFilter(ComparisonFilter),
    Any(serde_json::Value),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
impl From<ComparisonFilter> for CompoundFilterFiltersItem {
    fn from(value: ComparisonFilter) -> Self {
        Self::ComparisonFilter(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ComputerAction {
    /// `click`
    Click(ClickParam),
    /// `double_click`
    DoubleClick(DoubleClickAction),
    /// `drag`
    Drag(DragParam),
    /// `keypress`
    Keypress(KeyPressAction),
    /// `move`
    Move(MoveParam),
    /// `screenshot`
    Screenshot(ScreenshotParam),
    /// `scroll`
    Scroll(ScrollParam),
    /// `type`
    Type(TypeParam),
    /// `wait`
    Wait(WaitParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for ComputerAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Click(value) => value.serialize(serializer),
            Self::DoubleClick(value) => value.serialize(serializer),
            Self::Drag(value) => value.serialize(serializer),
            Self::Keypress(value) => value.serialize(serializer),
            Self::Move(value) => value.serialize(serializer),
            Self::Screenshot(value) => value.serialize(serializer),
            Self::Scroll(value) => value.serialize(serializer),
            Self::Type(value) => value.serialize(serializer),
            Self::Wait(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::TaggedUnion for ComputerAction {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "click" => Deserialize::deserialize(content).map(Self::Click),
                "double_click" => {
                    Deserialize::deserialize(content).map(Self::DoubleClick)
                }
                "drag" => Deserialize::deserialize(content).map(Self::Drag),
                "keypress" => Deserialize::deserialize(content).map(Self::Keypress),
                "move" => Deserialize::deserialize(content).map(Self::Move),
                "screenshot" => Deserialize::deserialize(content).map(Self::Screenshot),
                "scroll" => Deserialize::deserialize(content).map(Self::Scroll),
                "type" => Deserialize::deserialize(content).map(Self::Type),
                "wait" => Deserialize::deserialize(content).map(Self::Wait),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ComputerAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ClickParam> for ComputerAction {
    fn from(value: ClickParam) -> Self {
        Self::Click(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<DoubleClickAction> for ComputerAction {
    fn from(value: DoubleClickAction) -> Self {
        Self::DoubleClick(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<DragParam> for ComputerAction {
    fn from(value: DragParam) -> Self {
        Self::Drag(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<KeyPressAction> for ComputerAction {
    fn from(value: KeyPressAction) -> Self {
        Self::Keypress(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<MoveParam> for ComputerAction {
    fn from(value: MoveParam) -> Self {
        Self::Move(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ScreenshotParam> for ComputerAction {
    fn from(value: ScreenshotParam) -> Self {
        Self::Screenshot(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ScrollParam> for ComputerAction {
    fn from(value: ScrollParam) -> Self {
        Self::Scroll(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<TypeParam> for ComputerAction {
    fn from(value: TypeParam) -> Self {
        Self::Type(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<WaitParam> for ComputerAction {
    fn from(value: WaitParam) -> Self {
        Self::Wait(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A click action.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ClickParam {
    /// Specifies the event type. For a click action, this property is always `click`.
    #[serde(rename = "type")]
    pub type_: ClickLiteral,
    /// Indicates which mouse button was pressed during the click. One of `left`, `right`, `wheel`, `back`, or `forward`.
    pub button: ClickButtonType,
    /// The x-coordinate where the click occurred.
    pub x: i64,
    /// The y-coordinate where the click occurred.
    pub y: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keys: Option<Vec<String>>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ClickParam {
    const NAME: &'static str = "ClickParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ClickLiteral> = None;
        let mut button: Option<ClickButtonType> = None;
        let mut x: Option<i64> = None;
        let mut y: Option<i64> = None;
        let mut keys: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "button" => 1,
                    "x" => 2,
                    "y" => 3,
                    "keys" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut button),
                2 => sdk_runtime_types::de::value(&mut map, &mut x),
                3 => sdk_runtime_types::de::value(&mut map, &mut y),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut keys),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            button: button.unwrap_or_default(),
            x: x.unwrap_or_default(),
            y: y.unwrap_or_default(),
            keys,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ClickParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ClickParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        button: impl Into<ClickButtonType>,
        x: impl Into<i64>,
        y: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            button: button.into(),
            x: x.into(),
            y: y.into(),
            keys: None,
        }
    }
    /// Sets `keys`.
    pub fn keys(mut self, value: impl Into<Vec<String>>) -> Self {
        self.keys = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ClickButtonType {
    /// `left`
    Left,
    /// `right`
    Right,
    /// `wheel`
    Wheel,
    /// `back`
    Back,
    /// `forward`
    Forward,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ClickButtonType {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Left => "left",
            Self::Right => "right",
            Self::Wheel => "wheel",
            Self::Back => "back",
            Self::Forward => "forward",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "left" => Self::Left,
            "right" => Self::Right,
            "wheel" => Self::Wheel,
            "back" => Self::Back,
            "forward" => Self::Forward,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<&str> for ClickButtonType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<String> for ClickButtonType {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ClickButtonType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for ClickButtonType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ClickButtonType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Default for ClickButtonType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A double click action.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct DoubleClickAction {
    /// Specifies the event type. For a double click action, this property is always set to `double_click`.
    #[serde(rename = "type")]
    pub type_: DoubleClickLiteral,
    /// The x-coordinate where the double click occurred.
    pub x: i64,
    /// The y-coordinate where the double click occurred.
    pub y: i64,
    pub keys: Option<Vec<String>>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for DoubleClickAction {
    const NAME: &'static str = "DoubleClickAction";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<DoubleClickLiteral> = None;
        let mut x: Option<i64> = None;
        let mut y: Option<i64> = None;
        let mut keys: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "x" => 1,
                    "y" => 2,
                    "keys" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut x),
                2 => sdk_runtime_types::de::value(&mut map, &mut y),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut keys),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            x: x.unwrap_or_default(),
            y: y.unwrap_or_default(),
            keys,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for DoubleClickAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl DoubleClickAction {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(x: impl Into<i64>, y: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            x: x.into(),
            y: y.into(),
            keys: None,
        }
    }
    /// Sets `keys`.
    pub fn keys(mut self, value: impl Into<Vec<String>>) -> Self {
        self.keys = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A drag action.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct DragParam {
    /// Specifies the event type. For a drag action, this property is always set to `drag`.
    #[serde(rename = "type")]
    pub type_: DragLiteral,
    /// An array of coordinates representing the path of the drag action. Coordinates will appear as an array of objects, eg
    /// ```text
    /// [
    ///   { x: 100, y: 200 },
    ///   { x: 200, y: 300 }
    /// ]
    /// ```
    pub path: Vec<CoordParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keys: Option<Vec<String>>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for DragParam {
    const NAME: &'static str = "DragParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<DragLiteral> = None;
        let mut path: Option<Vec<CoordParam>> = None;
        let mut keys: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "path" => 1,
                    "keys" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut path),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut keys),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            path: path.unwrap_or_default(),
            keys,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for DragParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl DragParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(path: impl Into<Vec<CoordParam>>) -> Self {
        Self {
            type_: Default::default(),
            path: path.into(),
            keys: None,
        }
    }
    /// Sets `keys`.
    pub fn keys(mut self, value: impl Into<Vec<String>>) -> Self {
        self.keys = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// An x/y coordinate pair, e.g. `{ x: 100, y: 200 }`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CoordParam {
    /// The x-coordinate.
    pub x: i64,
    /// The y-coordinate.
    pub y: i64,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for CoordParam {
    const NAME: &'static str = "CoordParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut x: Option<i64> = None;
        let mut y: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "x" => 0,
                    "y" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut x),
                1 => sdk_runtime_types::de::value(&mut map, &mut y),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            x: x.unwrap_or_default(),
            y: y.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for CoordParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl CoordParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(x: impl Into<i64>, y: impl Into<i64>) -> Self {
        Self { x: x.into(), y: y.into() }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A collection of keypresses the model would like to perform.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct KeyPressAction {
    /// Specifies the event type. For a keypress action, this property is always set to `keypress`.
    #[serde(rename = "type")]
    pub type_: KeypressLiteral,
    /// The combination of keys the model is requesting to be pressed. This is an array of strings, each representing a key.
    pub keys: Vec<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for KeyPressAction {
    const NAME: &'static str = "KeyPressAction";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<KeypressLiteral> = None;
        let mut keys: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "keys" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut keys),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            keys: keys.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for KeyPressAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl KeyPressAction {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(keys: impl Into<Vec<String>>) -> Self {
        Self {
            type_: Default::default(),
            keys: keys.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A mouse move action.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct MoveParam {
    /// Specifies the event type. For a move action, this property is always set to `move`.
    #[serde(rename = "type")]
    pub type_: MoveLiteral,
    /// The x-coordinate to move to.
    pub x: i64,
    /// The y-coordinate to move to.
    pub y: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keys: Option<Vec<String>>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for MoveParam {
    const NAME: &'static str = "MoveParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<MoveLiteral> = None;
        let mut x: Option<i64> = None;
        let mut y: Option<i64> = None;
        let mut keys: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "x" => 1,
                    "y" => 2,
                    "keys" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut x),
                2 => sdk_runtime_types::de::value(&mut map, &mut y),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut keys),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            x: x.unwrap_or_default(),
            y: y.unwrap_or_default(),
            keys,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for MoveParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl MoveParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(x: impl Into<i64>, y: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            x: x.into(),
            y: y.into(),
            keys: None,
        }
    }
    /// Sets `keys`.
    pub fn keys(mut self, value: impl Into<Vec<String>>) -> Self {
        self.keys = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A screenshot action.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ScreenshotParam {
    /// Specifies the event type. For a screenshot action, this property is always set to `screenshot`.
    #[serde(rename = "type")]
    pub type_: ScreenshotLiteral,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ScreenshotParam {
    const NAME: &'static str = "ScreenshotParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ScreenshotLiteral> = None;
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ScreenshotParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ScreenshotParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: Default::default() }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A scroll action.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ScrollParam {
    /// Specifies the event type. For a scroll action, this property is always set to `scroll`.
    #[serde(rename = "type")]
    pub type_: ScrollLiteral,
    /// The x-coordinate where the scroll occurred.
    pub x: i64,
    /// The y-coordinate where the scroll occurred.
    pub y: i64,
    /// The horizontal scroll distance.
    pub scroll_x: i64,
    /// The vertical scroll distance.
    pub scroll_y: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keys: Option<Vec<String>>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ScrollParam {
    const NAME: &'static str = "ScrollParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ScrollLiteral> = None;
        let mut x: Option<i64> = None;
        let mut y: Option<i64> = None;
        let mut scroll_x: Option<i64> = None;
        let mut scroll_y: Option<i64> = None;
        let mut keys: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "x" => 1,
                    "y" => 2,
                    "scroll_x" => 3,
                    "scroll_y" => 4,
                    "keys" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut x),
                2 => sdk_runtime_types::de::value(&mut map, &mut y),
                3 => sdk_runtime_types::de::value(&mut map, &mut scroll_x),
                4 => sdk_runtime_types::de::value(&mut map, &mut scroll_y),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut keys),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            x: x.unwrap_or_default(),
            y: y.unwrap_or_default(),
            scroll_x: scroll_x.unwrap_or_default(),
            scroll_y: scroll_y.unwrap_or_default(),
            keys,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ScrollParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ScrollParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        x: impl Into<i64>,
        y: impl Into<i64>,
        scroll_x: impl Into<i64>,
        scroll_y: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            x: x.into(),
            y: y.into(),
            scroll_x: scroll_x.into(),
            scroll_y: scroll_y.into(),
            keys: None,
        }
    }
    /// Sets `keys`.
    pub fn keys(mut self, value: impl Into<Vec<String>>) -> Self {
        self.keys = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// An action to type in text.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct TypeParam {
    /// Specifies the event type. For a type action, this property is always set to `type`.
    #[serde(rename = "type")]
    pub type_: TypeLiteral,
    /// The text to type.
    pub text: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for TypeParam {
    const NAME: &'static str = "TypeParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<TypeLiteral> = None;
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for TypeParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl TypeParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            text: text.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A wait action.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct WaitParam {
    /// Specifies the event type. For a wait action, this property is always set to `wait`.
    #[serde(rename = "type")]
    pub type_: WaitLiteral,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for WaitParam {
    const NAME: &'static str = "WaitParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<WaitLiteral> = None;
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for WaitParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl WaitParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: Default::default() }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Flattened batched actions for `computer_use`. Each action includes an
/// `type` discriminator and action-specific fields.
pub type ComputerActionList = Vec<ComputerAction>;
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A computer screenshot image used with the computer use tool.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ComputerScreenshotImage {
    /// Specifies the event type. For a computer screenshot, this property is
    /// always set to `computer_screenshot`.
    #[serde(rename = "type")]
    pub type_: ComputerScreenshotLiteral,
    /// The URL of the screenshot image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    /// The identifier of an uploaded file that contains the screenshot.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ComputerScreenshotImage {
    const NAME: &'static str = "ComputerScreenshotImage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ComputerScreenshotLiteral> = None;
        let mut image_url: Option<String> = None;
        let mut file_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "image_url" => 1,
                    "file_id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut image_url),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut file_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            image_url,
            file_id,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ComputerScreenshotImage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ComputerScreenshotImage {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            image_url: None,
            file_id: None,
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
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A tool call to a computer use tool. See the
/// [computer use guide](https://platform.openai.com/docs/guides/tools-computer-use) for more information.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ComputerToolCall {
    /// The type of the computer call. Always `computer_call`.
    #[serde(rename = "type")]
    pub type_: ComputerCallLiteral,
    /// The unique ID of the computer call.
    pub id: String,
    /// An identifier used when responding to the tool call with output.
    pub call_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<ComputerAction>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actions: Option<ComputerActionList>,
    /// The pending safety checks for the computer call.
    pub pending_safety_checks: Vec<ComputerCallSafetyCheckParam>,
    /// The status of the item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    pub status: ComputerToolCallStatus,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ComputerToolCall {
    const NAME: &'static str = "ComputerToolCall";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ComputerCallLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut action: Option<ComputerAction> = None;
        let mut actions: Option<ComputerActionList> = None;
        let mut pending_safety_checks: Option<Vec<ComputerCallSafetyCheckParam>> = None;
        let mut status: Option<ComputerToolCallStatus> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "action" => 3,
                    "actions" => 4,
                    "pending_safety_checks" => 5,
                    "status" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut action),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut actions),
                5 => sdk_runtime_types::de::value(&mut map, &mut pending_safety_checks),
                6 => sdk_runtime_types::de::value(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            action,
            actions,
            pending_safety_checks: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(pending_safety_checks, "pending_safety_checks")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ComputerToolCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ComputerToolCall {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        pending_safety_checks: impl Into<Vec<ComputerCallSafetyCheckParam>>,
        status: impl Into<ComputerToolCallStatus>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            call_id: call_id.into(),
            action: None,
            actions: None,
            pending_safety_checks: pending_safety_checks.into(),
            status: status.into(),
        }
    }
    /// Sets `action`.
    pub fn action(mut self, value: impl Into<ComputerAction>) -> Self {
        self.action = Some(value.into());
        self
    }
    /// Sets `actions`.
    pub fn actions(mut self, value: impl Into<ComputerActionList>) -> Self {
        self.actions = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A pending safety check for the computer call.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ComputerCallSafetyCheckParam {
    /// The ID of the pending safety check.
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ComputerCallSafetyCheckParam {
    const NAME: &'static str = "ComputerCallSafetyCheckParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut code: Option<String> = None;
        let mut message: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "code" => 1,
                    "message" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut code),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut message),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            code,
            message,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ComputerCallSafetyCheckParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ComputerCallSafetyCheckParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            code: None,
            message: None,
        }
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
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ComputerToolCallOutputResource {
    /// The type of the computer tool call output. Always `computer_call_output`.
    #[serde(rename = "type")]
    pub type_: ComputerCallOutputLiteral,
    /// The unique ID of the computer call tool output.
    pub id: String,
    /// The ID of the computer tool call that produced the output.
    pub call_id: String,
    /// The safety checks reported by the API that have been acknowledged by the
    /// developer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acknowledged_safety_checks: Option<Vec<ComputerCallSafetyCheckParam>>,
    pub output: ComputerScreenshotImage,
    /// The status of the message input. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when input items are returned via API.
    pub status: ComputerCallOutputStatus,
    /// The identifier of the actor that created the item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ComputerToolCallOutputResource {
    const NAME: &'static str = "ComputerToolCallOutputResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ComputerCallOutputLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut acknowledged_safety_checks: Option<Vec<ComputerCallSafetyCheckParam>> = None;
        let mut output: Option<ComputerScreenshotImage> = None;
        let mut status: Option<ComputerCallOutputStatus> = None;
        let mut created_by: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "acknowledged_safety_checks" => 3,
                    "output" => 4,
                    "status" => 5,
                    "created_by" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut acknowledged_safety_checks,
                    )
                }
                4 => sdk_runtime_types::de::value(&mut map, &mut output),
                5 => sdk_runtime_types::de::value(&mut map, &mut status),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut created_by),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            acknowledged_safety_checks,
            output: sdk_runtime_types::de::required::<_, A::Error>(output, "output")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            created_by,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ComputerToolCallOutputResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ComputerToolCallOutputResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        output: impl Into<ComputerScreenshotImage>,
        status: impl Into<ComputerCallOutputStatus>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            call_id: call_id.into(),
            acknowledged_safety_checks: None,
            output: output.into(),
            status: status.into(),
            created_by: None,
        }
    }
    /// Sets `acknowledged_safety_checks`.
    pub fn acknowledged_safety_checks(
        mut self,
        value: impl Into<Vec<ComputerCallSafetyCheckParam>>,
    ) -> Self {
        self.acknowledged_safety_checks = Some(value.into());
        self
    }
    /// Sets `created_by`.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ComputerCallOutputStatus {
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// `failed`
    Failed,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ComputerCallOutputStatus {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::Incomplete => "incomplete",
            Self::Failed => "failed",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "completed" => Self::Completed,
            "incomplete" => Self::Incomplete,
            "failed" => Self::Failed,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<&str> for ComputerCallOutputStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<String> for ComputerCallOutputStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ComputerCallOutputStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for ComputerCallOutputStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ComputerCallOutputStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Default for ComputerCallOutputStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum InputContent {
    /// `input_text`
    InputText(InputTextContent),
    /// `input_image`
    InputImage(InputImageContent),
    /// `input_file`
    InputFile(InputFileContent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Serialize for InputContent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::InputText(value) => value.serialize(serializer),
            Self::InputImage(value) => value.serialize(serializer),
            Self::InputFile(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::TaggedUnion for InputContent {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "input_text" => Deserialize::deserialize(content).map(Self::InputText),
                "input_image" => Deserialize::deserialize(content).map(Self::InputImage),
                "input_file" => Deserialize::deserialize(content).map(Self::InputFile),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for InputContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<InputTextContent> for InputContent {
    fn from(value: InputTextContent) -> Self {
        Self::InputText(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<InputImageContent> for InputContent {
    fn from(value: InputImageContent) -> Self {
        Self::InputImage(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<InputFileContent> for InputContent {
    fn from(value: InputFileContent) -> Self {
        Self::InputFile(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "realtime",
        feature = "responses"
    )
)]
/// A text input to the model.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct InputTextContent {
    /// The type of the input item. Always `input_text`.
    #[serde(rename = "type")]
    pub type_: InputTextLiteral,
    /// The text input to the model.
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_breakpoint: Option<PromptCacheBreakpointConfig>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "realtime",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for InputTextContent {
    const NAME: &'static str = "InputTextContent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<InputTextLiteral> = None;
        let mut text: Option<String> = None;
        let mut prompt_cache_breakpoint: Option<PromptCacheBreakpointConfig> = None;
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
            text: sdk_runtime_types::de::required::<_, A::Error>(text, "text")?,
            prompt_cache_breakpoint,
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "realtime",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for InputTextContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "realtime",
        feature = "responses"
    )
)]
impl InputTextContent {
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
        value: impl Into<PromptCacheBreakpointConfig>,
    ) -> Self {
        self.prompt_cache_breakpoint = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "realtime",
        feature = "responses"
    )
)]
/// Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PromptCacheBreakpointConfig {
    /// The breakpoint mode. Always `explicit`.
    pub mode: ExplicitLiteral,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "realtime",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for PromptCacheBreakpointConfig {
    const NAME: &'static str = "PromptCacheBreakpointConfig";
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
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "realtime",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for PromptCacheBreakpointConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "realtime",
        feature = "responses"
    )
)]
impl PromptCacheBreakpointConfig {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { mode: Default::default() }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
/// An image input to the model. Learn about [image inputs](https://platform.openai.com/docs/guides/vision).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct InputImageContent {
    /// The type of the input item. Always `input_image`.
    #[serde(rename = "type")]
    pub type_: InputImageLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// The detail level of the image to be sent to the model. One of `high`, `low`, `auto`, or `original`. Defaults to `auto`.
    pub detail: ImageDetail,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_breakpoint: Option<PromptCacheBreakpointConfig>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for InputImageContent {
    const NAME: &'static str = "InputImageContent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<InputImageLiteral> = None;
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
            detail: sdk_runtime_types::de::required::<_, A::Error>(detail, "detail")?,
            prompt_cache_breakpoint,
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for InputImageContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl InputImageContent {
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
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ImageDetail {
    /// `low`
    Low,
    /// `high`
    High,
    /// `auto`
    Auto,
    /// `original`
    Original,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl ImageDetail {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "low",
            Self::High => "high",
            Self::Auto => "auto",
            Self::Original => "original",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "low" => Self::Low,
            "high" => Self::High,
            "auto" => Self::Auto,
            "original" => Self::Original,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl From<&str> for ImageDetail {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl From<String> for ImageDetail {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl std::fmt::Display for ImageDetail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl Serialize for ImageDetail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for ImageDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl Default for ImageDetail {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
/// A file input to the model.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct InputFileContent {
    /// The type of the input item. Always `input_file`.
    #[serde(rename = "type")]
    pub type_: InputFileLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// The name of the file to be sent to the model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    /// The content of the file to be sent to the model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_data: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_breakpoint: Option<PromptCacheBreakpointConfig>,
    /// The URL of the file to be sent to the model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_url: Option<String>,
    /// The detail level of the file to be sent to the model. Use `auto` to let the system select the detail level; for GPT-5.6 and later models, `auto` uses high-quality rendering, which may increase input token usage. Use `low` for lower-cost rendering, or `high` to render the file at higher quality. Defaults to `auto`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<FileInputDetail>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for InputFileContent {
    const NAME: &'static str = "InputFileContent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<InputFileLiteral> = None;
        let mut file_id: Option<String> = None;
        let mut filename: Option<String> = None;
        let mut file_data: Option<String> = None;
        let mut prompt_cache_breakpoint: Option<PromptCacheBreakpointConfig> = None;
        let mut file_url: Option<String> = None;
        let mut detail: Option<FileInputDetail> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "file_id" => 1,
                    "filename" => 2,
                    "file_data" => 3,
                    "prompt_cache_breakpoint" => 4,
                    "file_url" => 5,
                    "detail" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut file_id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut filename),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut file_data),
                4 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut prompt_cache_breakpoint,
                    )
                }
                5 => sdk_runtime_types::de::nullable(&mut map, &mut file_url),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut detail),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            file_id,
            filename,
            file_data,
            prompt_cache_breakpoint,
            file_url,
            detail,
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for InputFileContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl InputFileContent {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            file_id: None,
            filename: None,
            file_data: None,
            prompt_cache_breakpoint: None,
            file_url: None,
            detail: None,
        }
    }
    /// Sets `file_id`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
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
    /// Sets `prompt_cache_breakpoint`.
    pub fn prompt_cache_breakpoint(
        mut self,
        value: impl Into<PromptCacheBreakpointConfig>,
    ) -> Self {
        self.prompt_cache_breakpoint = Some(value.into());
        self
    }
    /// Sets `file_url`.
    pub fn file_url(mut self, value: impl Into<String>) -> Self {
        self.file_url = Some(value.into());
        self
    }
    /// Sets `detail`.
    pub fn detail(mut self, value: impl Into<FileInputDetail>) -> Self {
        self.detail = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FileInputDetail {
    /// `auto`
    Auto,
    /// `low`
    Low,
    /// `high`
    High,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl FileInputDetail {
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
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl From<&str> for FileInputDetail {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl From<String> for FileInputDetail {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl std::fmt::Display for FileInputDetail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl Serialize for FileInputDetail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for FileInputDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl Default for FileInputDetail {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A text output from the model.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct OutputTextContent {
    /// The type of the output text. Always `output_text`.
    #[serde(rename = "type")]
    pub type_: OutputTextLiteral,
    /// The text output from the model.
    pub text: String,
    /// The annotations of the text output.
    pub annotations: Vec<Annotation>,
    pub logprobs: Vec<LogProb>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for OutputTextContent {
    const NAME: &'static str = "OutputTextContent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<OutputTextLiteral> = None;
        let mut text: Option<String> = None;
        let mut annotations: Option<Vec<Annotation>> = None;
        let mut logprobs: Option<Vec<LogProb>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "text" => 1,
                    "annotations" => 2,
                    "logprobs" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut text),
                2 => sdk_runtime_types::de::value(&mut map, &mut annotations),
                3 => sdk_runtime_types::de::value(&mut map, &mut logprobs),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            text: text.unwrap_or_default(),
            annotations: annotations.unwrap_or_default(),
            logprobs: logprobs.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for OutputTextContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl OutputTextContent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        text: impl Into<String>,
        annotations: impl Into<Vec<Annotation>>,
        logprobs: impl Into<Vec<LogProb>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            text: text.into(),
            annotations: annotations.into(),
            logprobs: logprobs.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// An annotation that applies to a span of output text.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum Annotation {
    /// `file_citation`
    FileCitation(FileCitationBody),
    /// `url_citation`
    UrlCitation(UrlCitationBody),
    /// `container_file_citation`
    ContainerFileCitation(ContainerFileCitationBody),
    /// `file_path`
    FilePath(FilePath),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for Annotation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::FileCitation(value) => value.serialize(serializer),
            Self::UrlCitation(value) => value.serialize(serializer),
            Self::ContainerFileCitation(value) => value.serialize(serializer),
            Self::FilePath(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::TaggedUnion for Annotation {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "file_citation" => {
                    Deserialize::deserialize(content).map(Self::FileCitation)
                }
                "url_citation" => {
                    Deserialize::deserialize(content).map(Self::UrlCitation)
                }
                "container_file_citation" => {
                    Deserialize::deserialize(content).map(Self::ContainerFileCitation)
                }
                "file_path" => Deserialize::deserialize(content).map(Self::FilePath),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for Annotation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<FileCitationBody> for Annotation {
    fn from(value: FileCitationBody) -> Self {
        Self::FileCitation(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<UrlCitationBody> for Annotation {
    fn from(value: UrlCitationBody) -> Self {
        Self::UrlCitation(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ContainerFileCitationBody> for Annotation {
    fn from(value: ContainerFileCitationBody) -> Self {
        Self::ContainerFileCitation(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<FilePath> for Annotation {
    fn from(value: FilePath) -> Self {
        Self::FilePath(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A citation to a file.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FileCitationBody {
    /// The type of the file citation. Always `file_citation`.
    #[serde(rename = "type")]
    pub type_: FileCitationLiteral,
    /// The ID of the file.
    pub file_id: String,
    /// The index of the file in the list of files.
    pub index: i64,
    /// The filename of the file cited.
    pub filename: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for FileCitationBody {
    const NAME: &'static str = "FileCitationBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<FileCitationLiteral> = None;
        let mut file_id: Option<String> = None;
        let mut index: Option<i64> = None;
        let mut filename: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "file_id" => 1,
                    "index" => 2,
                    "filename" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut file_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut index),
                3 => sdk_runtime_types::de::value(&mut map, &mut filename),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            file_id: file_id.unwrap_or_default(),
            index: index.unwrap_or_default(),
            filename: filename.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FileCitationBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FileCitationBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        file_id: impl Into<String>,
        index: impl Into<i64>,
        filename: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            file_id: file_id.into(),
            index: index.into(),
            filename: filename.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A citation for a web resource used to generate a model response.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UrlCitationBody {
    /// The type of the URL citation. Always `url_citation`.
    #[serde(rename = "type")]
    pub type_: UrlCitationLiteral,
    /// The URL of the web resource.
    pub url: String,
    /// The index of the first character of the URL citation in the message.
    pub start_index: i64,
    /// The index of the last character of the URL citation in the message.
    pub end_index: i64,
    /// The title of the web resource.
    pub title: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for UrlCitationBody {
    const NAME: &'static str = "UrlCitationBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<UrlCitationLiteral> = None;
        let mut url: Option<String> = None;
        let mut start_index: Option<i64> = None;
        let mut end_index: Option<i64> = None;
        let mut title: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "url" => 1,
                    "start_index" => 2,
                    "end_index" => 3,
                    "title" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut url),
                2 => sdk_runtime_types::de::value(&mut map, &mut start_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut end_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut title),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            url: url.unwrap_or_default(),
            start_index: start_index.unwrap_or_default(),
            end_index: end_index.unwrap_or_default(),
            title: title.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for UrlCitationBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl UrlCitationBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        url: impl Into<String>,
        start_index: impl Into<i64>,
        end_index: impl Into<i64>,
        title: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            url: url.into(),
            start_index: start_index.into(),
            end_index: end_index.into(),
            title: title.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A citation for a container file used to generate a model response.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContainerFileCitationBody {
    /// The type of the container file citation. Always `container_file_citation`.
    #[serde(rename = "type")]
    pub type_: ContainerFileCitationLiteral,
    /// The ID of the container file.
    pub container_id: String,
    /// The ID of the file.
    pub file_id: String,
    /// The index of the first character of the container file citation in the message.
    pub start_index: i64,
    /// The index of the last character of the container file citation in the message.
    pub end_index: i64,
    /// The filename of the container file cited.
    pub filename: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ContainerFileCitationBody {
    const NAME: &'static str = "ContainerFileCitationBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ContainerFileCitationLiteral> = None;
        let mut container_id: Option<String> = None;
        let mut file_id: Option<String> = None;
        let mut start_index: Option<i64> = None;
        let mut end_index: Option<i64> = None;
        let mut filename: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "container_id" => 1,
                    "file_id" => 2,
                    "start_index" => 3,
                    "end_index" => 4,
                    "filename" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut container_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut file_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut start_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut end_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut filename),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            container_id: container_id.unwrap_or_default(),
            file_id: file_id.unwrap_or_default(),
            start_index: start_index.unwrap_or_default(),
            end_index: end_index.unwrap_or_default(),
            filename: filename.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ContainerFileCitationBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ContainerFileCitationBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        container_id: impl Into<String>,
        file_id: impl Into<String>,
        start_index: impl Into<i64>,
        end_index: impl Into<i64>,
        filename: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            container_id: container_id.into(),
            file_id: file_id.into(),
            start_index: start_index.into(),
            end_index: end_index.into(),
            filename: filename.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A path to a file.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FilePath {
    /// The type of the file path. Always `file_path`.
    #[serde(rename = "type")]
    pub type_: FilePathLiteral,
    /// The ID of the file.
    pub file_id: String,
    /// The index of the file in the list of files.
    pub index: i64,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for FilePath {
    const NAME: &'static str = "FilePath";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<FilePathLiteral> = None;
        let mut file_id: Option<String> = None;
        let mut index: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "file_id" => 1,
                    "index" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut file_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut index),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            file_id: file_id.unwrap_or_default(),
            index: index.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FilePath {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FilePath {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(file_id: impl Into<String>, index: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            file_id: file_id.into(),
            index: index.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The log probability of a token.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct LogProb {
    pub token: String,
    pub logprob: f64,
    pub bytes: Vec<i64>,
    pub top_logprobs: Vec<TopLogProb>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for LogProb {
    const NAME: &'static str = "LogProb";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut token: Option<String> = None;
        let mut logprob: Option<f64> = None;
        let mut bytes: Option<Vec<i64>> = None;
        let mut top_logprobs: Option<Vec<TopLogProb>> = None;
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
                2 => sdk_runtime_types::de::value(&mut map, &mut bytes),
                3 => sdk_runtime_types::de::value(&mut map, &mut top_logprobs),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            token: token.unwrap_or_default(),
            logprob: logprob.unwrap_or_default(),
            bytes: bytes.unwrap_or_default(),
            top_logprobs: top_logprobs.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for LogProb {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl LogProb {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        token: impl Into<String>,
        logprob: impl Into<f64>,
        bytes: impl Into<Vec<i64>>,
        top_logprobs: impl Into<Vec<TopLogProb>>,
    ) -> Self {
        Self {
            token: token.into(),
            logprob: logprob.into(),
            bytes: bytes.into(),
            top_logprobs: top_logprobs.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The top log probability of a token.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct TopLogProb {
    pub token: String,
    pub logprob: f64,
    pub bytes: Vec<i64>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for TopLogProb {
    const NAME: &'static str = "TopLogProb";
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
                2 => sdk_runtime_types::de::value(&mut map, &mut bytes),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            token: token.unwrap_or_default(),
            logprob: logprob.unwrap_or_default(),
            bytes: bytes.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for TopLogProb {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl TopLogProb {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        token: impl Into<String>,
        logprob: impl Into<f64>,
        bytes: impl Into<Vec<i64>>,
    ) -> Self {
        Self {
            token: token.into(),
            logprob: logprob.into(),
            bytes: bytes.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A refusal from the model.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RefusalContent {
    /// The type of the refusal. Always `refusal`.
    #[serde(rename = "type")]
    pub type_: RefusalLiteral,
    /// The refusal explanation from the model.
    pub refusal: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for RefusalContent {
    const NAME: &'static str = "RefusalContent";
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for RefusalContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl RefusalContent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(refusal: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            refusal: refusal.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Reasoning text from the model.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ReasoningTextContent {
    /// The type of the reasoning text. Always `reasoning_text`.
    #[serde(rename = "type")]
    pub type_: ReasoningTextLiteral,
    /// The reasoning text from the model.
    pub text: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ReasoningTextContent {
    const NAME: &'static str = "ReasoningTextContent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ReasoningTextLiteral> = None;
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ReasoningTextContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ReasoningTextContent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            text: text.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MessageRole {
    /// `unknown`
    Unknown,
    /// `user`
    User,
    /// `assistant`
    Assistant,
    /// `system`
    System,
    /// `critic`
    Critic,
    /// `discriminator`
    Discriminator,
    /// `developer`
    Developer,
    /// `tool`
    Tool,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl MessageRole {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::User => "user",
            Self::Assistant => "assistant",
            Self::System => "system",
            Self::Critic => "critic",
            Self::Discriminator => "discriminator",
            Self::Developer => "developer",
            Self::Tool => "tool",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "unknown" => Self::Unknown,
            "user" => Self::User,
            "assistant" => Self::Assistant,
            "system" => Self::System,
            "critic" => Self::Critic,
            "discriminator" => Self::Discriminator,
            "developer" => Self::Developer,
            "tool" => Self::Tool,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<&str> for MessageRole {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<String> for MessageRole {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for MessageRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for MessageRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for MessageRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Default for MessageRole {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A summary text from the model.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct SummaryTextContent {
    /// The type of the object. Always `summary_text`.
    #[serde(rename = "type")]
    pub type_: SummaryTextLiteral,
    /// A summary of the reasoning output from the model so far.
    pub text: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for SummaryTextContent {
    const NAME: &'static str = "SummaryTextContent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<SummaryTextLiteral> = None;
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for SummaryTextContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl SummaryTextContent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            text: text.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The execution context that produced this tool call.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ToolCallCaller {
    /// `direct`
    Direct(DirectToolCallCaller),
    /// `program`
    Program(ProgramToolCallCaller),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for ToolCallCaller {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Direct(value) => value.serialize(serializer),
            Self::Program(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::TaggedUnion for ToolCallCaller {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "direct" => Deserialize::deserialize(content).map(Self::Direct),
                "program" => Deserialize::deserialize(content).map(Self::Program),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ToolCallCaller {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<DirectToolCallCaller> for ToolCallCaller {
    fn from(value: DirectToolCallCaller) -> Self {
        Self::Direct(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ProgramToolCallCaller> for ToolCallCaller {
    fn from(value: ProgramToolCallCaller) -> Self {
        Self::Program(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct DirectToolCallCaller {
    #[serde(rename = "type")]
    pub type_: DirectLiteral,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for DirectToolCallCaller {
    const NAME: &'static str = "DirectToolCallCaller";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<DirectLiteral> = None;
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for DirectToolCallCaller {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl DirectToolCallCaller {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: Default::default() }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ProgramToolCallCaller {
    #[serde(rename = "type")]
    pub type_: ProgramLiteral,
    /// The call ID of the program item that produced this tool call.
    pub caller_id: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ProgramToolCallCaller {
    const NAME: &'static str = "ProgramToolCallCaller";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ProgramLiteral> = None;
        let mut caller_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "caller_id" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut caller_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            caller_id: caller_id.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ProgramToolCallCaller {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ProgramToolCallCaller {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(caller_id: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            caller_id: caller_id.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FunctionCallStatus {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FunctionCallStatus {
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<&str> for FunctionCallStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<String> for FunctionCallStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for FunctionCallStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for FunctionCallStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionCallStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Default for FunctionCallStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FunctionToolCallOutputResource {
    /// The unique ID of the function call tool output.
    pub id: String,
    /// The type of the function tool call output. Always `function_call_output`.
    #[serde(rename = "type")]
    pub type_: FunctionCallOutputLiteral,
    /// The unique ID of the function tool call generated by the model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_id: Option<String>,
    /// The name of the tool that produced the output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The namespace of the tool that produced the output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<ToolCallCallerParam>,
    /// The output from the function call generated by your code.
    /// Can be a string or an list of output content.
    pub output: FunctionToolCallOutputResourceOutput,
    /// The status of the item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    pub status: FunctionCallOutputStatusEnum,
    /// The identifier of the actor that created the item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for FunctionToolCallOutputResource {
    const NAME: &'static str = "FunctionToolCallOutputResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<FunctionCallOutputLiteral> = None;
        let mut call_id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut namespace: Option<String> = None;
        let mut caller: Option<ToolCallCallerParam> = None;
        let mut output: Option<FunctionToolCallOutputResourceOutput> = None;
        let mut status: Option<FunctionCallOutputStatusEnum> = None;
        let mut created_by: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "call_id" => 2,
                    "name" => 3,
                    "namespace" => 4,
                    "caller" => 5,
                    "output" => 6,
                    "status" => 7,
                    "created_by" => 8,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut namespace),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                6 => sdk_runtime_types::de::value(&mut map, &mut output),
                7 => sdk_runtime_types::de::value(&mut map, &mut status),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut created_by),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            call_id,
            name,
            namespace,
            caller,
            output: sdk_runtime_types::de::required::<_, A::Error>(output, "output")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            created_by,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionToolCallOutputResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FunctionToolCallOutputResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        output: impl Into<FunctionToolCallOutputResourceOutput>,
        status: impl Into<FunctionCallOutputStatusEnum>,
    ) -> Self {
        Self {
            id: id.into(),
            type_: Default::default(),
            call_id: None,
            name: None,
            namespace: None,
            caller: None,
            output: output.into(),
            status: status.into(),
            created_by: None,
        }
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
    /// Sets `namespace`.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<ToolCallCallerParam>) -> Self {
        self.caller = Some(value.into());
        self
    }
    /// Sets `created_by`.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The execution context that produced this tool call.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ToolCallCallerParam {
    /// `direct`
    Direct(DirectToolCallCallerParam),
    /// `program`
    Program(ProgramToolCallCallerParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for ToolCallCallerParam {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Direct(value) => value.serialize(serializer),
            Self::Program(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::TaggedUnion for ToolCallCallerParam {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "direct" => Deserialize::deserialize(content).map(Self::Direct),
                "program" => Deserialize::deserialize(content).map(Self::Program),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ToolCallCallerParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<DirectToolCallCallerParam> for ToolCallCallerParam {
    fn from(value: DirectToolCallCallerParam) -> Self {
        Self::Direct(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ProgramToolCallCallerParam> for ToolCallCallerParam {
    fn from(value: ProgramToolCallCallerParam) -> Self {
        Self::Program(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct DirectToolCallCallerParam {
    /// The caller type. Always `direct`.
    #[serde(rename = "type")]
    pub type_: DirectLiteral,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for DirectToolCallCallerParam {
    const NAME: &'static str = "DirectToolCallCallerParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<DirectLiteral> = None;
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for DirectToolCallCallerParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl DirectToolCallCallerParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: Default::default() }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ProgramToolCallCallerParam {
    /// The caller type. Always `program`.
    #[serde(rename = "type")]
    pub type_: ProgramLiteral,
    /// The call ID of the program item that produced this tool call.
    pub caller_id: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ProgramToolCallCallerParam {
    const NAME: &'static str = "ProgramToolCallCallerParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ProgramLiteral> = None;
        let mut caller_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "caller_id" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut caller_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            caller_id: caller_id.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ProgramToolCallCallerParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ProgramToolCallCallerParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(caller_id: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            caller_id: caller_id.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The output from the function call generated by your code.
/// Can be a string or an list of output content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FunctionToolCallOutputResourceOutput {
    AndCustomToolCallOutputList(Vec<FunctionAndCustomToolCallOutput>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<Vec<FunctionAndCustomToolCallOutput>>
for FunctionToolCallOutputResourceOutput {
    fn from(value: Vec<FunctionAndCustomToolCallOutput>) -> Self {
        Self::AndCustomToolCallOutputList(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<String> for FunctionToolCallOutputResourceOutput {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<&str> for FunctionToolCallOutputResourceOutput {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum FunctionAndCustomToolCallOutput {
    /// `input_text`
    InputText(InputTextContent),
    /// `input_image`
    InputImage(InputImageContent),
    /// `input_file`
    InputFile(InputFileContent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for FunctionAndCustomToolCallOutput {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::InputText(value) => value.serialize(serializer),
            Self::InputImage(value) => value.serialize(serializer),
            Self::InputFile(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::TaggedUnion for FunctionAndCustomToolCallOutput {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "input_text" => Deserialize::deserialize(content).map(Self::InputText),
                "input_image" => Deserialize::deserialize(content).map(Self::InputImage),
                "input_file" => Deserialize::deserialize(content).map(Self::InputFile),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionAndCustomToolCallOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<InputTextContent> for FunctionAndCustomToolCallOutput {
    fn from(value: InputTextContent) -> Self {
        Self::InputText(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<InputImageContent> for FunctionAndCustomToolCallOutput {
    fn from(value: InputImageContent) -> Self {
        Self::InputImage(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<InputFileContent> for FunctionAndCustomToolCallOutput {
    fn from(value: InputFileContent) -> Self {
        Self::InputFile(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FunctionCallOutputStatusEnum {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FunctionCallOutputStatusEnum {
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<&str> for FunctionCallOutputStatusEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<String> for FunctionCallOutputStatusEnum {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for FunctionCallOutputStatusEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for FunctionCallOutputStatusEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionCallOutputStatusEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Default for FunctionCallOutputStatusEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The results of a file search tool call. See the
/// [file search guide](https://platform.openai.com/docs/guides/tools-file-search) for more information.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FileSearchToolCall {
    /// The unique ID of the file search tool call.
    pub id: String,
    /// The type of the file search tool call. Always `file_search_call`.
    #[serde(rename = "type")]
    pub type_: FileSearchCallLiteral,
    /// The status of the file search tool call. One of `in_progress`,
    /// `searching`, `incomplete` or `failed`,
    pub status: FileSearchToolCallStatus,
    /// The queries used to search for files.
    pub queries: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<FileSearchToolCallResultsItem>>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for FileSearchToolCall {
    const NAME: &'static str = "FileSearchToolCall";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<FileSearchCallLiteral> = None;
        let mut status: Option<FileSearchToolCallStatus> = None;
        let mut queries: Option<Vec<String>> = None;
        let mut results: Option<Vec<FileSearchToolCallResultsItem>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "status" => 2,
                    "queries" => 3,
                    "results" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut status),
                3 => sdk_runtime_types::de::value(&mut map, &mut queries),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut results),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            queries: sdk_runtime_types::de::required::<_, A::Error>(queries, "queries")?,
            results,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FileSearchToolCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FileSearchToolCall {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        status: impl Into<FileSearchToolCallStatus>,
        queries: impl Into<Vec<String>>,
    ) -> Self {
        Self {
            id: id.into(),
            type_: Default::default(),
            status: status.into(),
            queries: queries.into(),
            results: None,
        }
    }
    /// Sets `results`.
    pub fn results(
        mut self,
        value: impl Into<Vec<FileSearchToolCallResultsItem>>,
    ) -> Self {
        self.results = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FileSearchToolCallResultsItem {
    /// The unique ID of the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// The text that was retrieved from the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The name of the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<VectorStoreFileAttributes>,
    /// The relevance score of the file - a value between 0 and 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f32>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for FileSearchToolCallResultsItem {
    const NAME: &'static str = "FileSearchToolCallResultsItem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut file_id: Option<String> = None;
        let mut text: Option<String> = None;
        let mut filename: Option<String> = None;
        let mut attributes: Option<VectorStoreFileAttributes> = None;
        let mut score: Option<f32> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "file_id" => 0,
                    "text" => 1,
                    "filename" => 2,
                    "attributes" => 3,
                    "score" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut file_id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut text),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut filename),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut attributes),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut score),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            file_id,
            text,
            filename,
            attributes,
            score,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FileSearchToolCallResultsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FileSearchToolCallResultsItem {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            file_id: None,
            text: None,
            filename: None,
            attributes: None,
            score: None,
        }
    }
    /// Sets `file_id`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
    /// Sets `filename`.
    pub fn filename(mut self, value: impl Into<String>) -> Self {
        self.filename = Some(value.into());
        self
    }
    /// Sets `attributes`.
    pub fn attributes(mut self, value: impl Into<VectorStoreFileAttributes>) -> Self {
        self.attributes = Some(value.into());
        self
    }
    /// Sets `score`.
    pub fn score(mut self, value: impl Into<f32>) -> Self {
        self.score = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The results of a web search tool call. See the
/// [web search guide](https://platform.openai.com/docs/guides/tools-web-search) for more information.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WebSearchToolCall {
    /// The unique ID of the web search tool call.
    pub id: String,
    /// The type of the web search tool call. Always `web_search_call`.
    #[serde(rename = "type")]
    pub type_: WebSearchCallLiteral,
    /// The status of the web search tool call.
    pub status: WebSearchToolCallStatus,
    /// An object describing the specific action taken in this web search call.
    /// Includes details on how the model used the web (search, open_page, find_in_page).
    pub action: WebSearchToolCallAction,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for WebSearchToolCall {
    const NAME: &'static str = "WebSearchToolCall";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<WebSearchCallLiteral> = None;
        let mut status: Option<WebSearchToolCallStatus> = None;
        let mut action: Option<WebSearchToolCallAction> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "status" => 2,
                    "action" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut status),
                3 => sdk_runtime_types::de::value(&mut map, &mut action),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            action: sdk_runtime_types::de::required::<_, A::Error>(action, "action")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for WebSearchToolCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl WebSearchToolCall {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        status: impl Into<WebSearchToolCallStatus>,
        action: impl Into<WebSearchToolCallAction>,
    ) -> Self {
        Self {
            id: id.into(),
            type_: Default::default(),
            status: status.into(),
            action: action.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// An object describing the specific action taken in this web search call.
/// Includes details on how the model used the web (search, open_page, find_in_page).
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum WebSearchToolCallAction {
    /// `search`
    Search(WebSearchActionSearch),
    /// `open_page`
    OpenPage(WebSearchActionOpenPage),
    /// `find_in_page`
    FindInPage(WebSearchActionFind),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for WebSearchToolCallAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Search(value) => value.serialize(serializer),
            Self::OpenPage(value) => value.serialize(serializer),
            Self::FindInPage(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::TaggedUnion for WebSearchToolCallAction {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "search" => Deserialize::deserialize(content).map(Self::Search),
                "open_page" => Deserialize::deserialize(content).map(Self::OpenPage),
                "find_in_page" => Deserialize::deserialize(content).map(Self::FindInPage),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for WebSearchToolCallAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<WebSearchActionSearch> for WebSearchToolCallAction {
    fn from(value: WebSearchActionSearch) -> Self {
        Self::Search(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<WebSearchActionOpenPage> for WebSearchToolCallAction {
    fn from(value: WebSearchActionOpenPage) -> Self {
        Self::OpenPage(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<WebSearchActionFind> for WebSearchToolCallAction {
    fn from(value: WebSearchActionFind) -> Self {
        Self::FindInPage(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Action type "search" - Performs a web search query.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct WebSearchActionSearch {
    /// The action type.
    #[serde(rename = "type")]
    pub type_: SearchLiteral,
    /// The search query.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// The search queries.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queries: Option<Vec<String>>,
    /// The sources used in the search.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sources: Option<Vec<WebSearchActionSearchSourcesItem>>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for WebSearchActionSearch {
    const NAME: &'static str = "WebSearchActionSearch";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<SearchLiteral> = None;
        let mut query: Option<String> = None;
        let mut queries: Option<Vec<String>> = None;
        let mut sources: Option<Vec<WebSearchActionSearchSourcesItem>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "query" => 1,
                    "queries" => 2,
                    "sources" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut query),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut queries),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut sources),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            query,
            queries,
            sources,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for WebSearchActionSearch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl WebSearchActionSearch {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            query: None,
            queries: None,
            sources: None,
        }
    }
    /// Sets `query`.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }
    /// Sets `queries`.
    pub fn queries(mut self, value: impl Into<Vec<String>>) -> Self {
        self.queries = Some(value.into());
        self
    }
    /// Sets `sources`.
    pub fn sources(
        mut self,
        value: impl Into<Vec<WebSearchActionSearchSourcesItem>>,
    ) -> Self {
        self.sources = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A source used in the search.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct WebSearchActionSearchSourcesItem {
    /// The type of source. Always `url`.
    #[serde(rename = "type")]
    pub type_: UrlLiteral,
    /// The URL of the source.
    pub url: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for WebSearchActionSearchSourcesItem {
    const NAME: &'static str = "WebSearchActionSearchSourcesItem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<UrlLiteral> = None;
        let mut url: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "url" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut url),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            url: url.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for WebSearchActionSearchSourcesItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl WebSearchActionSearchSourcesItem {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            url: url.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Action type "open_page" - Opens a specific URL from search results.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct WebSearchActionOpenPage {
    /// The action type.
    #[serde(rename = "type")]
    pub type_: OpenPageLiteral,
    /// The URL opened by the model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for WebSearchActionOpenPage {
    const NAME: &'static str = "WebSearchActionOpenPage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<OpenPageLiteral> = None;
        let mut url: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "url" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut url),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            url,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for WebSearchActionOpenPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl WebSearchActionOpenPage {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            url: None,
        }
    }
    /// Sets `url`.
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Action type "find_in_page": Searches for a pattern within a loaded page.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct WebSearchActionFind {
    /// The action type.
    #[serde(rename = "type")]
    pub type_: FindInPageLiteral,
    /// The URL of the page searched for the pattern.
    pub url: String,
    /// The pattern or text to search for within the page.
    pub pattern: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for WebSearchActionFind {
    const NAME: &'static str = "WebSearchActionFind";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<FindInPageLiteral> = None;
        let mut url: Option<String> = None;
        let mut pattern: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "url" => 1,
                    "pattern" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut url),
                2 => sdk_runtime_types::de::value(&mut map, &mut pattern),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            url: url.unwrap_or_default(),
            pattern: pattern.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for WebSearchActionFind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl WebSearchActionFind {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(url: impl Into<String>, pattern: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            url: url.into(),
            pattern: pattern.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// An image generation request made by the model.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ImageGenToolCall {
    /// The type of the image generation call. Always `image_generation_call`.
    #[serde(rename = "type")]
    pub type_: ImageGenerationCallLiteral,
    /// The unique ID of the image generation call.
    pub id: String,
    /// The status of the image generation call.
    pub status: ImageGenToolCallStatus,
    pub result: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ImageGenToolCall {
    const NAME: &'static str = "ImageGenToolCall";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ImageGenerationCallLiteral> = None;
        let mut id: Option<String> = None;
        let mut status: Option<ImageGenToolCallStatus> = None;
        let mut result: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "status" => 2,
                    "result" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut status),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut result),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            result,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ImageGenToolCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ImageGenToolCall {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        status: impl Into<ImageGenToolCallStatus>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            status: status.into(),
            result: None,
        }
    }
    /// Sets `result`.
    pub fn result(mut self, value: impl Into<String>) -> Self {
        self.result = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ToolSearchCall {
    /// The type of the item. Always `tool_search_call`.
    #[serde(rename = "type")]
    pub type_: ToolSearchCallLiteral,
    /// The unique ID of the tool search call item.
    pub id: String,
    pub call_id: Option<String>,
    /// Whether tool search was executed by the server or by the client.
    pub execution: ToolSearchExecutionType,
    /// Arguments used for the tool search call.
    pub arguments: serde_json::Value,
    /// The status of the tool search call item that was recorded.
    pub status: FunctionCallStatus,
    /// The identifier of the actor that created the item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ToolSearchCall {
    const NAME: &'static str = "ToolSearchCall";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ToolSearchCallLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut execution: Option<ToolSearchExecutionType> = None;
        let mut arguments: Option<serde_json::Value> = None;
        let mut status: Option<FunctionCallStatus> = None;
        let mut created_by: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "execution" => 3,
                    "arguments" => 4,
                    "status" => 5,
                    "created_by" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut execution),
                4 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                5 => sdk_runtime_types::de::value(&mut map, &mut status),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut created_by),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            call_id,
            execution: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(execution, "execution")?,
            arguments: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(arguments, "arguments")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            created_by,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ToolSearchCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ToolSearchCall {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        execution: impl Into<ToolSearchExecutionType>,
        arguments: impl Into<serde_json::Value>,
        status: impl Into<FunctionCallStatus>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            call_id: None,
            execution: execution.into(),
            arguments: arguments.into(),
            status: status.into(),
            created_by: None,
        }
    }
    /// Sets `call_id`.
    pub fn call_id(mut self, value: impl Into<String>) -> Self {
        self.call_id = Some(value.into());
        self
    }
    /// Sets `created_by`.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ToolSearchExecutionType {
    /// `server`
    Server,
    /// `client`
    ClientType,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl ToolSearchExecutionType {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Server => "server",
            Self::ClientType => "client",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "server" => Self::Server,
            "client" => Self::ClientType,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<&str> for ToolSearchExecutionType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<String> for ToolSearchExecutionType {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl std::fmt::Display for ToolSearchExecutionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Serialize for ToolSearchExecutionType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for ToolSearchExecutionType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Default for ToolSearchExecutionType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ToolSearchOutput {
    /// The type of the item. Always `tool_search_output`.
    #[serde(rename = "type")]
    pub type_: ToolSearchOutputLiteral,
    /// The unique ID of the tool search output item.
    pub id: String,
    pub call_id: Option<String>,
    /// Whether tool search was executed by the server or by the client.
    pub execution: ToolSearchExecutionType,
    /// The loaded tool definitions returned by tool search.
    pub tools: Vec<Tool>,
    /// The status of the tool search output item that was recorded.
    pub status: FunctionCallOutputStatusEnum,
    /// The identifier of the actor that created the item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ToolSearchOutput {
    const NAME: &'static str = "ToolSearchOutput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ToolSearchOutputLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut execution: Option<ToolSearchExecutionType> = None;
        let mut tools: Option<Vec<Tool>> = None;
        let mut status: Option<FunctionCallOutputStatusEnum> = None;
        let mut created_by: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "execution" => 3,
                    "tools" => 4,
                    "status" => 5,
                    "created_by" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut execution),
                4 => sdk_runtime_types::de::value(&mut map, &mut tools),
                5 => sdk_runtime_types::de::value(&mut map, &mut status),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut created_by),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            call_id,
            execution: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(execution, "execution")?,
            tools: sdk_runtime_types::de::required::<_, A::Error>(tools, "tools")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            created_by,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ToolSearchOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ToolSearchOutput {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        execution: impl Into<ToolSearchExecutionType>,
        tools: impl Into<Vec<Tool>>,
        status: impl Into<FunctionCallOutputStatusEnum>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            call_id: None,
            execution: execution.into(),
            tools: tools.into(),
            status: status.into(),
            created_by: None,
        }
    }
    /// Sets `call_id`.
    pub fn call_id(mut self, value: impl Into<String>) -> Self {
        self.call_id = Some(value.into());
        self
    }
    /// Sets `created_by`.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A tool that can be used to generate a response.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum Tool {
    /// `function`
    Function(FunctionTool),
    /// `file_search`
    FileSearch(FileSearchTool),
    /// `computer`
    Computer(ComputerTool),
    /// `computer_use_preview`
    ComputerUsePreview(ComputerUsePreviewTool),
    /// `web_search`, `web_search_2025_08_26`
    WebSearch(WebSearchTool),
    /// `mcp`
    Mcp(McpTool),
    /// `code_interpreter`
    CodeInterpreter(CodeInterpreterTool),
    /// `programmatic_tool_calling`
    ProgrammaticToolCalling(ProgrammaticToolCallingParam),
    /// `image_generation`
    ImageGeneration(ImageGenTool),
    /// `local_shell`
    LocalShell(LocalShellToolParam),
    /// `shell`
    Shell(FunctionShellToolParam),
    /// `custom`
    Custom(CustomToolParam),
    /// `namespace`
    Namespace(NamespaceToolParam),
    /// `tool_search`
    ToolSearch(ToolSearchToolParam),
    /// `web_search_preview`, `web_search_preview_2025_03_11`
    WebSearchPreview(WebSearchPreviewTool),
    /// `apply_patch`
    ApplyPatch(ApplyPatchToolParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Serialize for Tool {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Function(value) => value.serialize(serializer),
            Self::FileSearch(value) => value.serialize(serializer),
            Self::Computer(value) => value.serialize(serializer),
            Self::ComputerUsePreview(value) => value.serialize(serializer),
            Self::WebSearch(value) => value.serialize(serializer),
            Self::Mcp(value) => value.serialize(serializer),
            Self::CodeInterpreter(value) => value.serialize(serializer),
            Self::ProgrammaticToolCalling(value) => value.serialize(serializer),
            Self::ImageGeneration(value) => value.serialize(serializer),
            Self::LocalShell(value) => value.serialize(serializer),
            Self::Shell(value) => value.serialize(serializer),
            Self::Custom(value) => value.serialize(serializer),
            Self::Namespace(value) => value.serialize(serializer),
            Self::ToolSearch(value) => value.serialize(serializer),
            Self::WebSearchPreview(value) => value.serialize(serializer),
            Self::ApplyPatch(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::TaggedUnion for Tool {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "function" => Deserialize::deserialize(content).map(Self::Function),
                "file_search" => Deserialize::deserialize(content).map(Self::FileSearch),
                "computer" => Deserialize::deserialize(content).map(Self::Computer),
                "computer_use_preview" => {
                    Deserialize::deserialize(content).map(Self::ComputerUsePreview)
                }
                "web_search" | "web_search_2025_08_26" => {
                    Deserialize::deserialize(content).map(Self::WebSearch)
                }
                "mcp" => Deserialize::deserialize(content).map(Self::Mcp),
                "code_interpreter" => {
                    Deserialize::deserialize(content).map(Self::CodeInterpreter)
                }
                "programmatic_tool_calling" => {
                    Deserialize::deserialize(content).map(Self::ProgrammaticToolCalling)
                }
                "image_generation" => {
                    Deserialize::deserialize(content).map(Self::ImageGeneration)
                }
                "local_shell" => Deserialize::deserialize(content).map(Self::LocalShell),
                "shell" => Deserialize::deserialize(content).map(Self::Shell),
                "custom" => Deserialize::deserialize(content).map(Self::Custom),
                "namespace" => Deserialize::deserialize(content).map(Self::Namespace),
                "tool_search" => Deserialize::deserialize(content).map(Self::ToolSearch),
                "web_search_preview" | "web_search_preview_2025_03_11" => {
                    Deserialize::deserialize(content).map(Self::WebSearchPreview)
                }
                "apply_patch" => Deserialize::deserialize(content).map(Self::ApplyPatch),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for Tool {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<FunctionTool> for Tool {
    fn from(value: FunctionTool) -> Self {
        Self::Function(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<FileSearchTool> for Tool {
    fn from(value: FileSearchTool) -> Self {
        Self::FileSearch(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<ComputerTool> for Tool {
    fn from(value: ComputerTool) -> Self {
        Self::Computer(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<ComputerUsePreviewTool> for Tool {
    fn from(value: ComputerUsePreviewTool) -> Self {
        Self::ComputerUsePreview(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<WebSearchTool> for Tool {
    fn from(value: WebSearchTool) -> Self {
        Self::WebSearch(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<McpTool> for Tool {
    fn from(value: McpTool) -> Self {
        Self::Mcp(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<CodeInterpreterTool> for Tool {
    fn from(value: CodeInterpreterTool) -> Self {
        Self::CodeInterpreter(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<ProgrammaticToolCallingParam> for Tool {
    fn from(value: ProgrammaticToolCallingParam) -> Self {
        Self::ProgrammaticToolCalling(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<ImageGenTool> for Tool {
    fn from(value: ImageGenTool) -> Self {
        Self::ImageGeneration(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<LocalShellToolParam> for Tool {
    fn from(value: LocalShellToolParam) -> Self {
        Self::LocalShell(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<FunctionShellToolParam> for Tool {
    fn from(value: FunctionShellToolParam) -> Self {
        Self::Shell(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<CustomToolParam> for Tool {
    fn from(value: CustomToolParam) -> Self {
        Self::Custom(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<NamespaceToolParam> for Tool {
    fn from(value: NamespaceToolParam) -> Self {
        Self::Namespace(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<ToolSearchToolParam> for Tool {
    fn from(value: ToolSearchToolParam) -> Self {
        Self::ToolSearch(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<WebSearchPreviewTool> for Tool {
    fn from(value: WebSearchPreviewTool) -> Self {
        Self::WebSearchPreview(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<ApplyPatchToolParam> for Tool {
    fn from(value: ApplyPatchToolParam) -> Self {
        Self::ApplyPatch(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Defines a function in your own code the model can choose to call. Learn more about [function calling](https://platform.openai.com/docs/guides/function-calling).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FunctionTool {
    /// The type of the function tool. Always `function`.
    #[serde(rename = "type")]
    pub type_: FunctionLiteral,
    /// The name of the function to call.
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub parameters: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_schema: Option<serde_json::Map<String, serde_json::Value>>,
    pub strict: Option<bool>,
    /// Whether this function is deferred and loaded via tool search.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub defer_loading: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_callers: Option<Vec<CallableToolAllowedCaller>>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for FunctionTool {
    const NAME: &'static str = "FunctionTool";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<FunctionLiteral> = None;
        let mut name: Option<String> = None;
        let mut description: Option<String> = None;
        let mut parameters: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut output_schema: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut strict: Option<bool> = None;
        let mut defer_loading: Option<bool> = None;
        let mut allowed_callers: Option<Vec<CallableToolAllowedCaller>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "name" => 1,
                    "description" => 2,
                    "parameters" => 3,
                    "output_schema" => 4,
                    "strict" => 5,
                    "defer_loading" => 6,
                    "allowed_callers" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut name),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut description),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut parameters),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut output_schema),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut strict),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut defer_loading),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut allowed_callers),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            name: name.unwrap_or_default(),
            description,
            parameters,
            output_schema,
            strict,
            defer_loading,
            allowed_callers,
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for FunctionTool {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl FunctionTool {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            name: name.into(),
            description: None,
            parameters: None,
            output_schema: None,
            strict: None,
            defer_loading: None,
            allowed_callers: None,
        }
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
    /// Sets `output_schema`.
    pub fn output_schema(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.output_schema = Some(value.into());
        self
    }
    /// Sets `strict`.
    pub fn strict(mut self, value: impl Into<bool>) -> Self {
        self.strict = Some(value.into());
        self
    }
    /// Sets `defer_loading`.
    pub fn defer_loading(mut self, value: impl Into<bool>) -> Self {
        self.defer_loading = Some(value.into());
        self
    }
    /// Sets `allowed_callers`.
    pub fn allowed_callers(
        mut self,
        value: impl Into<Vec<CallableToolAllowedCaller>>,
    ) -> Self {
        self.allowed_callers = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A tool that searches for relevant content from uploaded files. Learn more about the [file search tool](https://platform.openai.com/docs/guides/tools-file-search).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FileSearchTool {
    /// The type of the file search tool. Always `file_search`.
    #[serde(rename = "type")]
    pub type_: FileSearchLiteral,
    /// The IDs of the vector stores to search.
    pub vector_store_ids: Vec<String>,
    /// The maximum number of results to return. This number should be between 1 and 50 inclusive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_num_results: Option<i64>,
    /// Ranking options for search.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ranking_options: Option<RankingOptions>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filters: Option<Filters>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for FileSearchTool {
    const NAME: &'static str = "FileSearchTool";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<FileSearchLiteral> = None;
        let mut vector_store_ids: Option<Vec<String>> = None;
        let mut max_num_results: Option<i64> = None;
        let mut ranking_options: Option<RankingOptions> = None;
        let mut filters: Option<Filters> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "vector_store_ids" => 1,
                    "max_num_results" => 2,
                    "ranking_options" => 3,
                    "filters" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut vector_store_ids),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut max_num_results),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut ranking_options),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut filters),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            vector_store_ids: vector_store_ids.unwrap_or_default(),
            max_num_results,
            ranking_options,
            filters,
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for FileSearchTool {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl FileSearchTool {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(vector_store_ids: impl Into<Vec<String>>) -> Self {
        Self {
            type_: Default::default(),
            vector_store_ids: vector_store_ids.into(),
            max_num_results: None,
            ranking_options: None,
            filters: None,
        }
    }
    /// Sets `max_num_results`.
    pub fn max_num_results(mut self, value: impl Into<i64>) -> Self {
        self.max_num_results = Some(value.into());
        self
    }
    /// Sets `ranking_options`.
    pub fn ranking_options(mut self, value: impl Into<RankingOptions>) -> Self {
        self.ranking_options = Some(value.into());
        self
    }
    /// Sets `filters`.
    pub fn filters(mut self, value: impl Into<Filters>) -> Self {
        self.filters = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RankingOptions {
    /// The ranker to use for the file search.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ranker: Option<RankerVersionType>,
    /// The score threshold for the file search, a number between 0 and 1. Numbers closer to 1 will attempt to return only the most relevant results, but may return fewer results.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score_threshold: Option<f64>,
    /// Weights that control how reciprocal rank fusion balances semantic embedding matches versus sparse keyword matches when hybrid search is enabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hybrid_search: Option<HybridSearchOptions>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for RankingOptions {
    const NAME: &'static str = "RankingOptions";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut ranker: Option<RankerVersionType> = None;
        let mut score_threshold: Option<f64> = None;
        let mut hybrid_search: Option<HybridSearchOptions> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "ranker" => 0,
                    "score_threshold" => 1,
                    "hybrid_search" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut ranker),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut score_threshold),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut hybrid_search),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            ranker,
            score_threshold,
            hybrid_search,
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for RankingOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl RankingOptions {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            ranker: None,
            score_threshold: None,
            hybrid_search: None,
        }
    }
    /// Sets `ranker`.
    pub fn ranker(mut self, value: impl Into<RankerVersionType>) -> Self {
        self.ranker = Some(value.into());
        self
    }
    /// Sets `score_threshold`.
    pub fn score_threshold(mut self, value: impl Into<f64>) -> Self {
        self.score_threshold = Some(value.into());
        self
    }
    /// Sets `hybrid_search`.
    pub fn hybrid_search(mut self, value: impl Into<HybridSearchOptions>) -> Self {
        self.hybrid_search = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RankerVersionType {
    /// `auto`
    Auto,
    /// `default-2024-11-15`
    Default20241115,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl RankerVersionType {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Default20241115 => "default-2024-11-15",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "default-2024-11-15" => Self::Default20241115,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<&str> for RankerVersionType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<String> for RankerVersionType {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl std::fmt::Display for RankerVersionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Serialize for RankerVersionType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for RankerVersionType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Default for RankerVersionType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct HybridSearchOptions {
    /// The weight of the embedding in the reciprocal ranking fusion.
    pub embedding_weight: f64,
    /// The weight of the text in the reciprocal ranking fusion.
    pub text_weight: f64,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for HybridSearchOptions {
    const NAME: &'static str = "HybridSearchOptions";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut embedding_weight: Option<f64> = None;
        let mut text_weight: Option<f64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "embedding_weight" => 0,
                    "text_weight" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut embedding_weight),
                1 => sdk_runtime_types::de::value(&mut map, &mut text_weight),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            embedding_weight: embedding_weight.unwrap_or_default(),
            text_weight: text_weight.unwrap_or_default(),
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for HybridSearchOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl HybridSearchOptions {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(embedding_weight: impl Into<f64>, text_weight: impl Into<f64>) -> Self {
        Self {
            embedding_weight: embedding_weight.into(),
            text_weight: text_weight.into(),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum Filters {
    /// `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `in`, `nin`
    EqType(ComparisonFilter),
    /// `and`, `or`
    And(CompoundFilter),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Serialize for Filters {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::EqType(value) => value.serialize(serializer),
            Self::And(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::TaggedUnion for Filters {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "eq" | "ne" | "gt" | "gte" | "lt" | "lte" | "in" | "nin" => {
                    Deserialize::deserialize(content).map(Self::EqType)
                }
                "and" | "or" => Deserialize::deserialize(content).map(Self::And),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for Filters {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<ComparisonFilter> for Filters {
    fn from(value: ComparisonFilter) -> Self {
        Self::EqType(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<CompoundFilter> for Filters {
    fn from(value: CompoundFilter) -> Self {
        Self::And(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A tool that controls a virtual computer. Learn more about the [computer tool](https://platform.openai.com/docs/guides/tools-computer-use).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ComputerTool {
    /// The type of the computer tool. Always `computer`.
    #[serde(rename = "type")]
    pub type_: ComputerLiteral,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for ComputerTool {
    const NAME: &'static str = "ComputerTool";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ComputerLiteral> = None;
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
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for ComputerTool {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl ComputerTool {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: Default::default() }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A tool that controls a virtual computer. Learn more about the [computer tool](https://platform.openai.com/docs/guides/tools-computer-use).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ComputerUsePreviewTool {
    /// The type of the computer use tool. Always `computer_use_preview`.
    #[serde(rename = "type")]
    pub type_: ComputerUsePreviewLiteral,
    /// The type of computer environment to control.
    pub environment: ComputerEnvironment,
    /// The width of the computer display.
    pub display_width: i64,
    /// The height of the computer display.
    pub display_height: i64,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for ComputerUsePreviewTool {
    const NAME: &'static str = "ComputerUsePreviewTool";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ComputerUsePreviewLiteral> = None;
        let mut environment: Option<ComputerEnvironment> = None;
        let mut display_width: Option<i64> = None;
        let mut display_height: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "environment" => 1,
                    "display_width" => 2,
                    "display_height" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut environment),
                2 => sdk_runtime_types::de::value(&mut map, &mut display_width),
                3 => sdk_runtime_types::de::value(&mut map, &mut display_height),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            environment: environment.unwrap_or_default(),
            display_width: display_width.unwrap_or_default(),
            display_height: display_height.unwrap_or_default(),
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for ComputerUsePreviewTool {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl ComputerUsePreviewTool {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        environment: impl Into<ComputerEnvironment>,
        display_width: impl Into<i64>,
        display_height: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            environment: environment.into(),
            display_width: display_width.into(),
            display_height: display_height.into(),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ComputerEnvironment {
    /// `windows`
    Windows,
    /// `mac`
    Mac,
    /// `linux`
    Linux,
    /// `ubuntu`
    Ubuntu,
    /// `browser`
    Browser,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl ComputerEnvironment {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Windows => "windows",
            Self::Mac => "mac",
            Self::Linux => "linux",
            Self::Ubuntu => "ubuntu",
            Self::Browser => "browser",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "windows" => Self::Windows,
            "mac" => Self::Mac,
            "linux" => Self::Linux,
            "ubuntu" => Self::Ubuntu,
            "browser" => Self::Browser,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<&str> for ComputerEnvironment {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<String> for ComputerEnvironment {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl std::fmt::Display for ComputerEnvironment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Serialize for ComputerEnvironment {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for ComputerEnvironment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Default for ComputerEnvironment {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Search the Internet for sources related to the prompt. Learn more about the
/// [web search tool](https://platform.openai.com/docs/guides/tools-web-search).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct WebSearchTool {
    /// The type of the web search tool. One of `web_search` or `web_search_2025_08_26`.
    #[serde(rename = "type")]
    pub type_: WebSearchToolType,
    /// Allow live internet access for web search. Defaults to true when omitted. When false, the web search tool runs in offline/cache-only mode and will not fetch new external content.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_web_access: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filters: Option<WebSearchToolFilters>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_location: Option<WebSearchApproximateLocation>,
    /// High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or `high`. `medium` is the default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub search_context_size: Option<WebSearchToolSearchContextSize>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for WebSearchTool {
    const NAME: &'static str = "WebSearchTool";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<WebSearchToolType> = None;
        let mut external_web_access: Option<bool> = None;
        let mut filters: Option<WebSearchToolFilters> = None;
        let mut user_location: Option<WebSearchApproximateLocation> = None;
        let mut search_context_size: Option<WebSearchToolSearchContextSize> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "external_web_access" => 1,
                    "filters" => 2,
                    "user_location" => 3,
                    "search_context_size" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut external_web_access),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut filters),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut user_location),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut search_context_size),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: type_.unwrap_or_default(),
            external_web_access,
            filters,
            user_location,
            search_context_size,
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for WebSearchTool {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl WebSearchTool {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(type_: impl Into<WebSearchToolType>) -> Self {
        Self {
            type_: type_.into(),
            external_web_access: None,
            filters: None,
            user_location: None,
            search_context_size: None,
        }
    }
    /// Sets `external_web_access`.
    pub fn external_web_access(mut self, value: impl Into<bool>) -> Self {
        self.external_web_access = Some(value.into());
        self
    }
    /// Sets `filters`.
    pub fn filters(mut self, value: impl Into<WebSearchToolFilters>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sets `user_location`.
    pub fn user_location(
        mut self,
        value: impl Into<WebSearchApproximateLocation>,
    ) -> Self {
        self.user_location = Some(value.into());
        self
    }
    /// Sets `search_context_size`.
    pub fn search_context_size(
        mut self,
        value: impl Into<WebSearchToolSearchContextSize>,
    ) -> Self {
        self.search_context_size = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Filters for the search.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct WebSearchToolFilters {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_domains: Option<Vec<String>>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for WebSearchToolFilters {
    const NAME: &'static str = "WebSearchToolFilters";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut allowed_domains: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "allowed_domains" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut allowed_domains),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { allowed_domains })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for WebSearchToolFilters {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl WebSearchToolFilters {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { allowed_domains: None }
    }
    /// Sets `allowed_domains`.
    pub fn allowed_domains(mut self, value: impl Into<Vec<String>>) -> Self {
        self.allowed_domains = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
pub type WebSearchApproximateLocation = WebSearchApproximateLocation2;
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The approximate location of the user.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct WebSearchApproximateLocation2 {
    /// The type of location approximation. Always `approximate`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<ApproximateLiteral>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for WebSearchApproximateLocation2 {
    const NAME: &'static str = "WebSearchApproximateLocation2";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ApproximateLiteral> = None;
        let mut country: Option<String> = None;
        let mut region: Option<String> = None;
        let mut city: Option<String> = None;
        let mut timezone: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "country" => 1,
                    "region" => 2,
                    "city" => 3,
                    "timezone" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut country),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut region),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut city),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut timezone),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_,
            country,
            region,
            city,
            timezone,
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for WebSearchApproximateLocation2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl WebSearchApproximateLocation2 {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: None,
            country: None,
            region: None,
            city: None,
            timezone: None,
        }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<ApproximateLiteral>) -> Self {
        self.type_ = Some(value.into());
        self
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
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
/// Give the model access to additional tools via remote Model Context Protocol
/// (MCP) servers. [Learn more about MCP](https://platform.openai.com/docs/guides/tools-remote-mcp).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct McpTool {
    /// The type of the MCP tool. Always `mcp`.
    #[serde(rename = "type")]
    pub type_: McpLiteral,
    /// A label for this MCP server, used to identify it in tool calls.
    pub server_label: String,
    /// The URL for the MCP server. One of `server_url`, `connector_id`, or
    /// `tunnel_id` must be provided.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server_url: Option<String>,
    /// Identifier for service connectors, like those available in ChatGPT. One of
    /// `server_url`, `connector_id`, or `tunnel_id` must be provided. Learn more
    /// about service connectors [here](https://platform.openai.com/docs/guides/tools-remote-mcp#connectors).
    ///
    /// Currently supported `connector_id` values are:
    ///
    /// - Dropbox: `connector_dropbox`
    /// - Gmail: `connector_gmail`
    /// - Google Calendar: `connector_googlecalendar`
    /// - Google Drive: `connector_googledrive`
    /// - Microsoft Teams: `connector_microsoftteams`
    /// - Outlook Calendar: `connector_outlookcalendar`
    /// - Outlook Email: `connector_outlookemail`
    /// - SharePoint: `connector_sharepoint`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub connector_id: Option<McpToolConnectorId>,
    /// The Secure MCP Tunnel ID to use instead of a direct server URL. One of
    /// `server_url`, `connector_id`, or `tunnel_id` must be provided.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tunnel_id: Option<String>,
    /// An OAuth access token that can be used with a remote MCP server, either
    /// with a custom MCP server URL or a service connector. Your application
    /// must handle the OAuth authorization flow and provide the token here.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authorization: Option<String>,
    /// Optional description of the MCP server, used to provide more context.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server_description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headers: Option<std::collections::BTreeMap<String, String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_tools: Option<McpToolAllowedTools>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_callers: Option<Vec<CallableToolAllowedCaller>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub require_approval: Option<McpToolRequireApproval>,
    /// Whether this MCP tool is deferred and discovered via tool search.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub defer_loading: Option<bool>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for McpTool {
    const NAME: &'static str = "McpTool";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<McpLiteral> = None;
        let mut server_label: Option<String> = None;
        let mut server_url: Option<String> = None;
        let mut connector_id: Option<McpToolConnectorId> = None;
        let mut tunnel_id: Option<String> = None;
        let mut authorization: Option<String> = None;
        let mut server_description: Option<String> = None;
        let mut headers: Option<std::collections::BTreeMap<String, String>> = None;
        let mut allowed_tools: Option<McpToolAllowedTools> = None;
        let mut allowed_callers: Option<Vec<CallableToolAllowedCaller>> = None;
        let mut require_approval: Option<McpToolRequireApproval> = None;
        let mut defer_loading: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "server_label" => 1,
                    "server_url" => 2,
                    "connector_id" => 3,
                    "tunnel_id" => 4,
                    "authorization" => 5,
                    "server_description" => 6,
                    "headers" => 7,
                    "allowed_tools" => 8,
                    "allowed_callers" => 9,
                    "require_approval" => 10,
                    "defer_loading" => 11,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut server_label),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut server_url),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut connector_id),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut tunnel_id),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut authorization),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut server_description),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut headers),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut allowed_tools),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut allowed_callers),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut require_approval),
                11 => sdk_runtime_types::de::nullable(&mut map, &mut defer_loading),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            server_label: server_label.unwrap_or_default(),
            server_url,
            connector_id,
            tunnel_id,
            authorization,
            server_description,
            headers,
            allowed_tools,
            allowed_callers,
            require_approval,
            defer_loading,
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for McpTool {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl McpTool {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(server_label: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            server_label: server_label.into(),
            server_url: None,
            connector_id: None,
            tunnel_id: None,
            authorization: None,
            server_description: None,
            headers: None,
            allowed_tools: None,
            allowed_callers: None,
            require_approval: None,
            defer_loading: None,
        }
    }
    /// Sets `server_url`.
    pub fn server_url(mut self, value: impl Into<String>) -> Self {
        self.server_url = Some(value.into());
        self
    }
    /// Sets `connector_id`.
    pub fn connector_id(mut self, value: impl Into<McpToolConnectorId>) -> Self {
        self.connector_id = Some(value.into());
        self
    }
    /// Sets `tunnel_id`.
    pub fn tunnel_id(mut self, value: impl Into<String>) -> Self {
        self.tunnel_id = Some(value.into());
        self
    }
    /// Sets `authorization`.
    pub fn authorization(mut self, value: impl Into<String>) -> Self {
        self.authorization = Some(value.into());
        self
    }
    /// Sets `server_description`.
    pub fn server_description(mut self, value: impl Into<String>) -> Self {
        self.server_description = Some(value.into());
        self
    }
    /// Sets `headers`.
    pub fn headers(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.headers = Some(value.into());
        self
    }
    /// Sets `allowed_tools`.
    pub fn allowed_tools(mut self, value: impl Into<McpToolAllowedTools>) -> Self {
        self.allowed_tools = Some(value.into());
        self
    }
    /// Sets `allowed_callers`.
    pub fn allowed_callers(
        mut self,
        value: impl Into<Vec<CallableToolAllowedCaller>>,
    ) -> Self {
        self.allowed_callers = Some(value.into());
        self
    }
    /// Sets `require_approval`.
    pub fn require_approval(mut self, value: impl Into<McpToolRequireApproval>) -> Self {
        self.require_approval = Some(value.into());
        self
    }
    /// Sets `defer_loading`.
    pub fn defer_loading(mut self, value: impl Into<bool>) -> Self {
        self.defer_loading = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
/// List of allowed tool names or a filter object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum McpToolAllowedTools {
    Filter(McpToolFilter),
    StringList(Vec<String>),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl From<McpToolFilter> for McpToolAllowedTools {
    fn from(value: McpToolFilter) -> Self {
        Self::Filter(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl From<Vec<String>> for McpToolAllowedTools {
    fn from(value: Vec<String>) -> Self {
        Self::StringList(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
/// A filter object to specify which tools are allowed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct McpToolFilter {
    /// List of allowed tool names.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_names: Option<Vec<String>>,
    /// Indicates whether or not a tool modifies data or is read-only. If an
    /// MCP server is [annotated with `readOnlyHint`](https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint),
    /// it will match this filter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for McpToolFilter {
    const NAME: &'static str = "McpToolFilter";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut tool_names: Option<Vec<String>> = None;
        let mut read_only: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "tool_names" => 0,
                    "read_only" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut tool_names),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut read_only),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { tool_names, read_only })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for McpToolFilter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl McpToolFilter {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            tool_names: None,
            read_only: None,
        }
    }
    /// Sets `tool_names`.
    pub fn tool_names(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tool_names = Some(value.into());
        self
    }
    /// Sets `read_only`.
    pub fn read_only(mut self, value: impl Into<bool>) -> Self {
        self.read_only = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
/// Specify which of the MCP server's tools require approval.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum McpToolRequireApproval {
    McpToolApprovalFilter(McpToolRequireApprovalMcpToolApprovalFilter),
    McpToolApprovalSetting(McpToolRequireApprovalMcpToolApprovalSetting),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl From<McpToolRequireApprovalMcpToolApprovalFilter> for McpToolRequireApproval {
    fn from(value: McpToolRequireApprovalMcpToolApprovalFilter) -> Self {
        Self::McpToolApprovalFilter(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl From<McpToolRequireApprovalMcpToolApprovalSetting> for McpToolRequireApproval {
    fn from(value: McpToolRequireApprovalMcpToolApprovalSetting) -> Self {
        Self::McpToolApprovalSetting(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl From<&str> for McpToolRequireApproval {
    fn from(value: &str) -> Self {
        Self::McpToolApprovalSetting(value.into())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
/// Specify which of the MCP server's tools require approval. Can be
/// `always`, `never`, or a filter object associated with tools
/// that require approval.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct McpToolRequireApprovalMcpToolApprovalFilter {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub always: Option<McpToolFilter>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub never: Option<McpToolFilter>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for McpToolRequireApprovalMcpToolApprovalFilter {
    const NAME: &'static str = "McpToolRequireApprovalMcpToolApprovalFilter";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut always: Option<McpToolFilter> = None;
        let mut never: Option<McpToolFilter> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "always" => 0,
                    "never" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut always),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut never),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { always, never })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for McpToolRequireApprovalMcpToolApprovalFilter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl McpToolRequireApprovalMcpToolApprovalFilter {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { always: None, never: None }
    }
    /// Sets `always`.
    pub fn always(mut self, value: impl Into<McpToolFilter>) -> Self {
        self.always = Some(value.into());
        self
    }
    /// Sets `never`.
    pub fn never(mut self, value: impl Into<McpToolFilter>) -> Self {
        self.never = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ProgrammaticToolCallingParam {
    /// The type of the tool. Always `programmatic_tool_calling`.
    #[serde(rename = "type")]
    pub type_: ProgrammaticToolCallingLiteral,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for ProgrammaticToolCallingParam {
    const NAME: &'static str = "ProgrammaticToolCallingParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ProgrammaticToolCallingLiteral> = None;
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
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for ProgrammaticToolCallingParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl ProgrammaticToolCallingParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: Default::default() }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A tool that generates images using the GPT image models.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ImageGenTool {
    /// The type of the image generation tool. Always `image_generation`.
    #[serde(rename = "type")]
    pub type_: ImageGenerationLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<ImageGenToolModel>,
    /// The quality of the generated image. One of `low`, `medium`, `high`,
    /// or `auto`. Default: `auto`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quality: Option<ImageGenToolQuality>,
    /// The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<ImageGenToolSize>,
    /// The output format of the generated image. One of `png`, `webp`, or
    /// `jpeg`. Default: `png`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_format: Option<ImageGenToolOutputFormat>,
    /// Compression level for the output image. Default: 100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_compression: Option<i64>,
    /// Moderation level for the generated image. Default: `auto`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moderation: Option<ImageGenToolModeration>,
    /// Set the background of the generated image. One of `transparent`,
    /// `opaque`, or `auto`. Transparent backgrounds are available for
    /// supported GPT Image models. For `gpt-image-2` and
    /// `gpt-image-2-2026-04-21`, this support is in preview. When using
    /// `transparent`, set the output format to `png` or `webp`. Default: `auto`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub background: Option<ImageGenToolBackground>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_fidelity: Option<InputFidelity>,
    /// Optional mask for inpainting. Contains `image_url`
    /// (string, optional) and `file_id` (string, optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_image_mask: Option<ImageGenToolInputImageMask>,
    /// Number of partial images to generate in streaming mode, from 0 (default value) to 3.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partial_images: Option<i64>,
    /// Whether to generate a new image or edit an existing image. Default: `auto`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<ImageGenActionEnum>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for ImageGenTool {
    const NAME: &'static str = "ImageGenTool";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ImageGenerationLiteral> = None;
        let mut model: Option<ImageGenToolModel> = None;
        let mut quality: Option<ImageGenToolQuality> = None;
        let mut size: Option<ImageGenToolSize> = None;
        let mut output_format: Option<ImageGenToolOutputFormat> = None;
        let mut output_compression: Option<i64> = None;
        let mut moderation: Option<ImageGenToolModeration> = None;
        let mut background: Option<ImageGenToolBackground> = None;
        let mut input_fidelity: Option<InputFidelity> = None;
        let mut input_image_mask: Option<ImageGenToolInputImageMask> = None;
        let mut partial_images: Option<i64> = None;
        let mut action: Option<ImageGenActionEnum> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "model" => 1,
                    "quality" => 2,
                    "size" => 3,
                    "output_format" => 4,
                    "output_compression" => 5,
                    "moderation" => 6,
                    "background" => 7,
                    "input_fidelity" => 8,
                    "input_image_mask" => 9,
                    "partial_images" => 10,
                    "action" => 11,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut quality),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut size),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut output_format),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut output_compression),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut moderation),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut background),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut input_fidelity),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut input_image_mask),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut partial_images),
                11 => sdk_runtime_types::de::nullable(&mut map, &mut action),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            model,
            quality,
            size,
            output_format,
            output_compression,
            moderation,
            background,
            input_fidelity,
            input_image_mask,
            partial_images,
            action,
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for ImageGenTool {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl ImageGenTool {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            model: None,
            quality: None,
            size: None,
            output_format: None,
            output_compression: None,
            moderation: None,
            background: None,
            input_fidelity: None,
            input_image_mask: None,
            partial_images: None,
            action: None,
        }
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<ImageGenToolModel>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `quality`.
    pub fn quality(mut self, value: impl Into<ImageGenToolQuality>) -> Self {
        self.quality = Some(value.into());
        self
    }
    /// Sets `size`.
    pub fn size(mut self, value: impl Into<ImageGenToolSize>) -> Self {
        self.size = Some(value.into());
        self
    }
    /// Sets `output_format`.
    pub fn output_format(mut self, value: impl Into<ImageGenToolOutputFormat>) -> Self {
        self.output_format = Some(value.into());
        self
    }
    /// Sets `output_compression`.
    pub fn output_compression(mut self, value: impl Into<i64>) -> Self {
        self.output_compression = Some(value.into());
        self
    }
    /// Sets `moderation`.
    pub fn moderation(mut self, value: impl Into<ImageGenToolModeration>) -> Self {
        self.moderation = Some(value.into());
        self
    }
    /// Sets `background`.
    pub fn background(mut self, value: impl Into<ImageGenToolBackground>) -> Self {
        self.background = Some(value.into());
        self
    }
    /// Sets `input_fidelity`.
    pub fn input_fidelity(mut self, value: impl Into<InputFidelity>) -> Self {
        self.input_fidelity = Some(value.into());
        self
    }
    /// Sets `input_image_mask`.
    pub fn input_image_mask(
        mut self,
        value: impl Into<ImageGenToolInputImageMask>,
    ) -> Self {
        self.input_image_mask = Some(value.into());
        self
    }
    /// Sets `partial_images`.
    pub fn partial_images(mut self, value: impl Into<i64>) -> Self {
        self.partial_images = Some(value.into());
        self
    }
    /// Sets `action`.
    pub fn action(mut self, value: impl Into<ImageGenActionEnum>) -> Self {
        self.action = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ImageGenToolModel {
    /// `gpt-image-1`
    GptImage1,
    /// `gpt-image-1-mini`
    GptImage1Mini,
    /// `gpt-image-1.5`
    GptImage15,
    /// `gpt-image-2`
    GptImage2,
    /// `gpt-image-2-2026-04-21`
    GptImage220260421,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl ImageGenToolModel {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::GptImage1 => "gpt-image-1",
            Self::GptImage1Mini => "gpt-image-1-mini",
            Self::GptImage15 => "gpt-image-1.5",
            Self::GptImage2 => "gpt-image-2",
            Self::GptImage220260421 => "gpt-image-2-2026-04-21",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "gpt-image-1" => Self::GptImage1,
            "gpt-image-1-mini" => Self::GptImage1Mini,
            "gpt-image-1.5" => Self::GptImage15,
            "gpt-image-2" => Self::GptImage2,
            "gpt-image-2-2026-04-21" => Self::GptImage220260421,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<&str> for ImageGenToolModel {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<String> for ImageGenToolModel {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl std::fmt::Display for ImageGenToolModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Serialize for ImageGenToolModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for ImageGenToolModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Default for ImageGenToolModel {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ImageGenToolSize {
    /// `1024x1024`
    V1024x1024,
    /// `1024x1536`
    V1024x1536,
    /// `1536x1024`
    V1536x1024,
    /// `auto`
    #[default]
    Auto,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl ImageGenToolSize {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::V1024x1024 => "1024x1024",
            Self::V1024x1536 => "1024x1536",
            Self::V1536x1024 => "1536x1024",
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "1024x1024" => Self::V1024x1024,
            "1024x1536" => Self::V1024x1536,
            "1536x1024" => Self::V1536x1024,
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<&str> for ImageGenToolSize {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<String> for ImageGenToolSize {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl std::fmt::Display for ImageGenToolSize {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Serialize for ImageGenToolSize {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for ImageGenToolSize {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "images",
        feature = "responses"
    )
)]
/// Control how much effort the model will exert to match the style and features, especially facial features, of input images. This parameter is only supported for `gpt-image-1` and `gpt-image-1.5` and later models, unsupported for `gpt-image-1-mini`. Supports `high` and `low`. Defaults to `low`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum InputFidelity {
    /// `high`
    High,
    /// `low`
    Low,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "images",
        feature = "responses"
    )
)]
impl InputFidelity {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::High => "high",
            Self::Low => "low",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "high" => Self::High,
            "low" => Self::Low,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "images",
        feature = "responses"
    )
)]
impl From<&str> for InputFidelity {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "images",
        feature = "responses"
    )
)]
impl From<String> for InputFidelity {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "images",
        feature = "responses"
    )
)]
impl std::fmt::Display for InputFidelity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "images",
        feature = "responses"
    )
)]
impl Serialize for InputFidelity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "images",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for InputFidelity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "images",
        feature = "responses"
    )
)]
impl Default for InputFidelity {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Optional mask for inpainting. Contains `image_url`
/// (string, optional) and `file_id` (string, optional).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ImageGenToolInputImageMask {
    /// Base64-encoded mask image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    /// File ID for the mask image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for ImageGenToolInputImageMask {
    const NAME: &'static str = "ImageGenToolInputImageMask";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut image_url: Option<String> = None;
        let mut file_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "image_url" => 0,
                    "file_id" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut image_url),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut file_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { image_url, file_id })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for ImageGenToolInputImageMask {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl ImageGenToolInputImageMask {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            image_url: None,
            file_id: None,
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
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ImageGenActionEnum {
    /// `generate`
    Generate,
    /// `edit`
    Edit,
    /// `auto`
    Auto,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl ImageGenActionEnum {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Generate => "generate",
            Self::Edit => "edit",
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "generate" => Self::Generate,
            "edit" => Self::Edit,
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<&str> for ImageGenActionEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<String> for ImageGenActionEnum {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl std::fmt::Display for ImageGenActionEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Serialize for ImageGenActionEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for ImageGenActionEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Default for ImageGenActionEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A tool that allows the model to execute shell commands in a local environment.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct LocalShellToolParam {
    /// The type of the local shell tool. Always `local_shell`.
    #[serde(rename = "type")]
    pub type_: LocalShellLiteral,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for LocalShellToolParam {
    const NAME: &'static str = "LocalShellToolParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<LocalShellLiteral> = None;
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
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for LocalShellToolParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl LocalShellToolParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: Default::default() }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A tool that allows the model to execute shell commands.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FunctionShellToolParam {
    /// The type of the shell tool. Always `shell`.
    #[serde(rename = "type")]
    pub type_: ShellLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub environment: Option<Box<FunctionShellToolParamEnvironment>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_callers: Option<Vec<CallableToolAllowedCaller>>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for FunctionShellToolParam {
    const NAME: &'static str = "FunctionShellToolParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ShellLiteral> = None;
        let mut environment: Option<Box<FunctionShellToolParamEnvironment>> = None;
        let mut allowed_callers: Option<Vec<CallableToolAllowedCaller>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "environment" => 1,
                    "allowed_callers" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut environment),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut allowed_callers),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            environment,
            allowed_callers,
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for FunctionShellToolParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl FunctionShellToolParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            environment: None,
            allowed_callers: None,
        }
    }
    /// Sets `environment`.
    pub fn environment(
        mut self,
        value: impl Into<FunctionShellToolParamEnvironment>,
    ) -> Self {
        self.environment = Some(Box::new(value.into()));
        self
    }
    /// Sets `allowed_callers`.
    pub fn allowed_callers(
        mut self,
        value: impl Into<Vec<CallableToolAllowedCaller>>,
    ) -> Self {
        self.allowed_callers = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum FunctionShellToolParamEnvironment {
    /// `container_auto`
    ContainerAuto(ContainerAutoParam),
    /// `local`
    Local(LocalEnvironmentParam),
    /// `container_reference`
    ContainerReference(ContainerReferenceParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Serialize for FunctionShellToolParamEnvironment {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ContainerAuto(value) => value.serialize(serializer),
            Self::Local(value) => value.serialize(serializer),
            Self::ContainerReference(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::TaggedUnion for FunctionShellToolParamEnvironment {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "container_auto" => {
                    Deserialize::deserialize(content).map(Self::ContainerAuto)
                }
                "local" => Deserialize::deserialize(content).map(Self::Local),
                "container_reference" => {
                    Deserialize::deserialize(content).map(Self::ContainerReference)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for FunctionShellToolParamEnvironment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<ContainerAutoParam> for FunctionShellToolParamEnvironment {
    fn from(value: ContainerAutoParam) -> Self {
        Self::ContainerAuto(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<LocalEnvironmentParam> for FunctionShellToolParamEnvironment {
    fn from(value: LocalEnvironmentParam) -> Self {
        Self::Local(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<ContainerReferenceParam> for FunctionShellToolParamEnvironment {
    fn from(value: ContainerReferenceParam) -> Self {
        Self::ContainerReference(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContainerAutoParam {
    /// Automatically creates a container for this request
    #[serde(rename = "type")]
    pub type_: ContainerAutoLiteral,
    /// An optional list of uploaded files to make available to your code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_ids: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub memory_limit: Option<ContainerMemoryLimit>,
    /// Network access policy for the container.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub network_policy: Option<ContainerAutoParamNetworkPolicy>,
    /// An optional list of skills referenced by id or inline data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skills: Option<Vec<ContainerAutoParamSkillsItem>>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for ContainerAutoParam {
    const NAME: &'static str = "ContainerAutoParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ContainerAutoLiteral> = None;
        let mut file_ids: Option<Vec<String>> = None;
        let mut memory_limit: Option<ContainerMemoryLimit> = None;
        let mut network_policy: Option<ContainerAutoParamNetworkPolicy> = None;
        let mut skills: Option<Vec<ContainerAutoParamSkillsItem>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "file_ids" => 1,
                    "memory_limit" => 2,
                    "network_policy" => 3,
                    "skills" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut file_ids),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut memory_limit),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut network_policy),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut skills),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            file_ids,
            memory_limit,
            network_policy,
            skills,
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for ContainerAutoParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl ContainerAutoParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            file_ids: None,
            memory_limit: None,
            network_policy: None,
            skills: None,
        }
    }
    /// Sets `file_ids`.
    pub fn file_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.file_ids = Some(value.into());
        self
    }
    /// Sets `memory_limit`.
    pub fn memory_limit(mut self, value: impl Into<ContainerMemoryLimit>) -> Self {
        self.memory_limit = Some(value.into());
        self
    }
    /// Sets `network_policy`.
    pub fn network_policy(
        mut self,
        value: impl Into<ContainerAutoParamNetworkPolicy>,
    ) -> Self {
        self.network_policy = Some(value.into());
        self
    }
    /// Sets `skills`.
    pub fn skills(
        mut self,
        value: impl Into<Vec<ContainerAutoParamSkillsItem>>,
    ) -> Self {
        self.skills = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Network access policy for the container.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ContainerAutoParamNetworkPolicy {
    /// `disabled`
    Disabled(ContainerNetworkPolicyDisabledParam),
    /// `allowlist`
    Allowlist(ContainerNetworkPolicyAllowlistParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Serialize for ContainerAutoParamNetworkPolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Disabled(value) => value.serialize(serializer),
            Self::Allowlist(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::TaggedUnion for ContainerAutoParamNetworkPolicy {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "disabled" => Deserialize::deserialize(content).map(Self::Disabled),
                "allowlist" => Deserialize::deserialize(content).map(Self::Allowlist),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for ContainerAutoParamNetworkPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<ContainerNetworkPolicyDisabledParam> for ContainerAutoParamNetworkPolicy {
    fn from(value: ContainerNetworkPolicyDisabledParam) -> Self {
        Self::Disabled(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<ContainerNetworkPolicyAllowlistParam> for ContainerAutoParamNetworkPolicy {
    fn from(value: ContainerNetworkPolicyAllowlistParam) -> Self {
        Self::Allowlist(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ContainerAutoParamSkillsItem {
    /// `skill_reference`
    SkillReference(SkillReferenceParam),
    /// `inline`
    Inline(InlineSkillParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Serialize for ContainerAutoParamSkillsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::SkillReference(value) => value.serialize(serializer),
            Self::Inline(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::TaggedUnion for ContainerAutoParamSkillsItem {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "skill_reference" => {
                    Deserialize::deserialize(content).map(Self::SkillReference)
                }
                "inline" => Deserialize::deserialize(content).map(Self::Inline),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for ContainerAutoParamSkillsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<SkillReferenceParam> for ContainerAutoParamSkillsItem {
    fn from(value: SkillReferenceParam) -> Self {
        Self::SkillReference(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<InlineSkillParam> for ContainerAutoParamSkillsItem {
    fn from(value: InlineSkillParam) -> Self {
        Self::Inline(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct LocalEnvironmentParam {
    /// Use a local computer environment.
    #[serde(rename = "type")]
    pub type_: LocalLiteral,
    /// An optional list of skills.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skills: Option<Vec<LocalSkillParam>>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for LocalEnvironmentParam {
    const NAME: &'static str = "LocalEnvironmentParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<LocalLiteral> = None;
        let mut skills: Option<Vec<LocalSkillParam>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "skills" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut skills),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            skills,
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for LocalEnvironmentParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl LocalEnvironmentParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            skills: None,
        }
    }
    /// Sets `skills`.
    pub fn skills(mut self, value: impl Into<Vec<LocalSkillParam>>) -> Self {
        self.skills = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct LocalSkillParam {
    /// The name of the skill.
    pub name: String,
    /// The description of the skill.
    pub description: String,
    /// The path to the directory containing the skill.
    pub path: String,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for LocalSkillParam {
    const NAME: &'static str = "LocalSkillParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut description: Option<String> = None;
        let mut path: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "description" => 1,
                    "path" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut name),
                1 => sdk_runtime_types::de::value(&mut map, &mut description),
                2 => sdk_runtime_types::de::value(&mut map, &mut path),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name: name.unwrap_or_default(),
            description: description.unwrap_or_default(),
            path: path.unwrap_or_default(),
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for LocalSkillParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl LocalSkillParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        path: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            description: description.into(),
            path: path.into(),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContainerReferenceParam {
    /// References a container created with the /v1/containers endpoint
    #[serde(rename = "type")]
    pub type_: ContainerReferenceLiteral,
    /// The ID of the referenced container.
    pub container_id: String,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for ContainerReferenceParam {
    const NAME: &'static str = "ContainerReferenceParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ContainerReferenceLiteral> = None;
        let mut container_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "container_id" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut container_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            container_id: container_id.unwrap_or_default(),
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for ContainerReferenceParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl ContainerReferenceParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(container_id: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            container_id: container_id.into(),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A custom tool that processes input using a specified format. Learn more about   [custom tools](https://platform.openai.com/docs/guides/function-calling#custom-tools)
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CustomToolParam {
    /// The type of the custom tool. Always `custom`.
    #[serde(rename = "type")]
    pub type_: CustomLiteral,
    /// The name of the custom tool, used to identify it in tool calls.
    pub name: String,
    /// Optional description of the custom tool, used to provide more context.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The input format for the custom tool. Default is unconstrained text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<CustomToolParamFormat>,
    /// Whether this tool should be deferred and discovered via tool search.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub defer_loading: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_callers: Option<Vec<CallableToolAllowedCaller>>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for CustomToolParam {
    const NAME: &'static str = "CustomToolParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<CustomLiteral> = None;
        let mut name: Option<String> = None;
        let mut description: Option<String> = None;
        let mut format: Option<CustomToolParamFormat> = None;
        let mut defer_loading: Option<bool> = None;
        let mut allowed_callers: Option<Vec<CallableToolAllowedCaller>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "name" => 1,
                    "description" => 2,
                    "format" => 3,
                    "defer_loading" => 4,
                    "allowed_callers" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut name),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut description),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut format),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut defer_loading),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut allowed_callers),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            name: name.unwrap_or_default(),
            description,
            format,
            defer_loading,
            allowed_callers,
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for CustomToolParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl CustomToolParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            name: name.into(),
            description: None,
            format: None,
            defer_loading: None,
            allowed_callers: None,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `format`.
    pub fn format(mut self, value: impl Into<CustomToolParamFormat>) -> Self {
        self.format = Some(value.into());
        self
    }
    /// Sets `defer_loading`.
    pub fn defer_loading(mut self, value: impl Into<bool>) -> Self {
        self.defer_loading = Some(value.into());
        self
    }
    /// Sets `allowed_callers`.
    pub fn allowed_callers(
        mut self,
        value: impl Into<Vec<CallableToolAllowedCaller>>,
    ) -> Self {
        self.allowed_callers = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// The input format for the custom tool. Default is unconstrained text.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum CustomToolParamFormat {
    /// `text`
    Text(CustomTextFormatParam),
    /// `grammar`
    Grammar(CustomGrammarFormatParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Serialize for CustomToolParamFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(value) => value.serialize(serializer),
            Self::Grammar(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::TaggedUnion for CustomToolParamFormat {
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
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for CustomToolParamFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<CustomTextFormatParam> for CustomToolParamFormat {
    fn from(value: CustomTextFormatParam) -> Self {
        Self::Text(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<CustomGrammarFormatParam> for CustomToolParamFormat {
    fn from(value: CustomGrammarFormatParam) -> Self {
        Self::Grammar(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Unconstrained free-form text.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CustomTextFormatParam {
    /// Unconstrained text format. Always `text`.
    #[serde(rename = "type")]
    pub type_: TextLiteral,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for CustomTextFormatParam {
    const NAME: &'static str = "CustomTextFormatParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<TextLiteral> = None;
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
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for CustomTextFormatParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl CustomTextFormatParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: Default::default() }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A grammar defined by the user.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CustomGrammarFormatParam {
    /// Grammar format. Always `grammar`.
    #[serde(rename = "type")]
    pub type_: GrammarLiteral,
    /// The syntax of the grammar definition. One of `lark` or `regex`.
    pub syntax: GrammarSyntax1,
    /// The grammar definition.
    pub definition: String,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for CustomGrammarFormatParam {
    const NAME: &'static str = "CustomGrammarFormatParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<GrammarLiteral> = None;
        let mut syntax: Option<GrammarSyntax1> = None;
        let mut definition: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "syntax" => 1,
                    "definition" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut syntax),
                2 => sdk_runtime_types::de::value(&mut map, &mut definition),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            syntax: syntax.unwrap_or_default(),
            definition: definition.unwrap_or_default(),
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for CustomGrammarFormatParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl CustomGrammarFormatParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        syntax: impl Into<GrammarSyntax1>,
        definition: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            syntax: syntax.into(),
            definition: definition.into(),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GrammarSyntax1 {
    /// `lark`
    Lark,
    /// `regex`
    Regex,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl GrammarSyntax1 {
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
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<&str> for GrammarSyntax1 {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<String> for GrammarSyntax1 {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl std::fmt::Display for GrammarSyntax1 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Serialize for GrammarSyntax1 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for GrammarSyntax1 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Default for GrammarSyntax1 {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Groups function/custom tools under a shared namespace.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct NamespaceToolParam {
    /// The type of the tool. Always `namespace`.
    #[serde(rename = "type")]
    pub type_: NamespaceLiteral,
    /// The namespace name used in tool calls (for example, `crm`).
    pub name: String,
    /// A description of the namespace shown to the model.
    pub description: String,
    /// The function/custom tools available inside this namespace.
    pub tools: Vec<NamespaceToolParamToolsItem>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for NamespaceToolParam {
    const NAME: &'static str = "NamespaceToolParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<NamespaceLiteral> = None;
        let mut name: Option<String> = None;
        let mut description: Option<String> = None;
        let mut tools: Option<Vec<NamespaceToolParamToolsItem>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "name" => 1,
                    "description" => 2,
                    "tools" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut name),
                2 => sdk_runtime_types::de::value(&mut map, &mut description),
                3 => sdk_runtime_types::de::value(&mut map, &mut tools),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            name: name.unwrap_or_default(),
            description: description.unwrap_or_default(),
            tools: tools.unwrap_or_default(),
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for NamespaceToolParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl NamespaceToolParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        tools: impl Into<Vec<NamespaceToolParamToolsItem>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            name: name.into(),
            description: description.into(),
            tools: tools.into(),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A function or custom tool that belongs to a namespace.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum NamespaceToolParamToolsItem {
    /// `function`
    Function(FunctionToolParam),
    /// `custom`
    Custom(CustomToolParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Serialize for NamespaceToolParamToolsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Function(value) => value.serialize(serializer),
            Self::Custom(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::TaggedUnion for NamespaceToolParamToolsItem {
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
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for NamespaceToolParamToolsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<FunctionToolParam> for NamespaceToolParamToolsItem {
    fn from(value: FunctionToolParam) -> Self {
        Self::Function(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<CustomToolParam> for NamespaceToolParamToolsItem {
    fn from(value: CustomToolParam) -> Self {
        Self::Custom(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FunctionToolParam {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<EmptyModelParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strict: Option<bool>,
    #[serde(rename = "type")]
    pub type_: FunctionLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_schema: Option<serde_json::Map<String, serde_json::Value>>,
    /// Whether this function should be deferred and discovered via tool search.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub defer_loading: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_callers: Option<Vec<CallableToolAllowedCaller>>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for FunctionToolParam {
    const NAME: &'static str = "FunctionToolParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut description: Option<String> = None;
        let mut parameters: Option<EmptyModelParam> = None;
        let mut strict: Option<bool> = None;
        let mut type_: Option<FunctionLiteral> = None;
        let mut output_schema: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut defer_loading: Option<bool> = None;
        let mut allowed_callers: Option<Vec<CallableToolAllowedCaller>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "description" => 1,
                    "parameters" => 2,
                    "strict" => 3,
                    "type" => 4,
                    "output_schema" => 5,
                    "defer_loading" => 6,
                    "allowed_callers" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut name),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut description),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut parameters),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut strict),
                4 => sdk_runtime_types::de::value(&mut map, &mut type_),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut output_schema),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut defer_loading),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut allowed_callers),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name: name.unwrap_or_default(),
            description,
            parameters,
            strict,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_schema,
            defer_loading,
            allowed_callers,
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for FunctionToolParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl FunctionToolParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            description: None,
            parameters: None,
            strict: None,
            type_: Default::default(),
            output_schema: None,
            defer_loading: None,
            allowed_callers: None,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `parameters`.
    pub fn parameters(mut self, value: impl Into<EmptyModelParam>) -> Self {
        self.parameters = Some(value.into());
        self
    }
    /// Sets `strict`.
    pub fn strict(mut self, value: impl Into<bool>) -> Self {
        self.strict = Some(value.into());
        self
    }
    /// Sets `output_schema`.
    pub fn output_schema(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.output_schema = Some(value.into());
        self
    }
    /// Sets `defer_loading`.
    pub fn defer_loading(mut self, value: impl Into<bool>) -> Self {
        self.defer_loading = Some(value.into());
        self
    }
    /// Sets `allowed_callers`.
    pub fn allowed_callers(
        mut self,
        value: impl Into<Vec<CallableToolAllowedCaller>>,
    ) -> Self {
        self.allowed_callers = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
pub type EmptyModelParam = serde_json::Map<String, serde_json::Value>;
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Hosted or BYOT tool search configuration for deferred tools.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ToolSearchToolParam {
    /// The type of the tool. Always `tool_search`.
    #[serde(rename = "type")]
    pub type_: ToolSearchLiteral,
    /// Whether tool search is executed by the server or by the client.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub execution: Option<ToolSearchExecutionType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<EmptyModelParam>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for ToolSearchToolParam {
    const NAME: &'static str = "ToolSearchToolParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ToolSearchLiteral> = None;
        let mut execution: Option<ToolSearchExecutionType> = None;
        let mut description: Option<String> = None;
        let mut parameters: Option<EmptyModelParam> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "execution" => 1,
                    "description" => 2,
                    "parameters" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut execution),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut description),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut parameters),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            execution,
            description,
            parameters,
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for ToolSearchToolParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl ToolSearchToolParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            execution: None,
            description: None,
            parameters: None,
        }
    }
    /// Sets `execution`.
    pub fn execution(mut self, value: impl Into<ToolSearchExecutionType>) -> Self {
        self.execution = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `parameters`.
    pub fn parameters(mut self, value: impl Into<EmptyModelParam>) -> Self {
        self.parameters = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// This tool searches the web for relevant results to use in a response. Learn more about the [web search tool](https://platform.openai.com/docs/guides/tools-web-search).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct WebSearchPreviewTool {
    /// The type of the web search tool. One of `web_search_preview` or `web_search_preview_2025_03_11`.
    #[serde(rename = "type")]
    pub type_: WebSearchPreviewToolType,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_location: Option<Box<ApproximateLocation>>,
    /// High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or `high`. `medium` is the default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub search_context_size: Option<SearchContextSize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub search_content_types: Option<Vec<SearchContentType>>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for WebSearchPreviewTool {
    const NAME: &'static str = "WebSearchPreviewTool";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<WebSearchPreviewToolType> = None;
        let mut user_location: Option<Box<ApproximateLocation>> = None;
        let mut search_context_size: Option<SearchContextSize> = None;
        let mut search_content_types: Option<Vec<SearchContentType>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "user_location" => 1,
                    "search_context_size" => 2,
                    "search_content_types" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut user_location),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut search_context_size),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut search_content_types),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: type_.unwrap_or_default(),
            user_location,
            search_context_size,
            search_content_types,
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for WebSearchPreviewTool {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl WebSearchPreviewTool {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(type_: impl Into<WebSearchPreviewToolType>) -> Self {
        Self {
            type_: type_.into(),
            user_location: None,
            search_context_size: None,
            search_content_types: None,
        }
    }
    /// Sets `user_location`.
    pub fn user_location(mut self, value: impl Into<ApproximateLocation>) -> Self {
        self.user_location = Some(Box::new(value.into()));
        self
    }
    /// Sets `search_context_size`.
    pub fn search_context_size(mut self, value: impl Into<SearchContextSize>) -> Self {
        self.search_context_size = Some(value.into());
        self
    }
    /// Sets `search_content_types`.
    pub fn search_content_types(
        mut self,
        value: impl Into<Vec<SearchContentType>>,
    ) -> Self {
        self.search_content_types = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ApproximateLocation {
    /// The type of location approximation. Always `approximate`.
    #[serde(rename = "type")]
    pub type_: ApproximateLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for ApproximateLocation {
    const NAME: &'static str = "ApproximateLocation";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ApproximateLiteral> = None;
        let mut country: Option<String> = None;
        let mut region: Option<String> = None;
        let mut city: Option<String> = None;
        let mut timezone: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "country" => 1,
                    "region" => 2,
                    "city" => 3,
                    "timezone" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut country),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut region),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut city),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut timezone),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            country,
            region,
            city,
            timezone,
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for ApproximateLocation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl ApproximateLocation {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
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
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SearchContextSize {
    /// `low`
    Low,
    /// `medium`
    Medium,
    /// `high`
    High,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl SearchContextSize {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<&str> for SearchContextSize {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<String> for SearchContextSize {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl std::fmt::Display for SearchContextSize {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Serialize for SearchContextSize {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for SearchContextSize {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Default for SearchContextSize {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SearchContentType {
    /// `text`
    Text,
    /// `image`
    Image,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl SearchContentType {
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
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<&str> for SearchContentType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<String> for SearchContentType {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl std::fmt::Display for SearchContentType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Serialize for SearchContentType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for SearchContentType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Default for SearchContentType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Allows the assistant to create, delete, or update files using unified diffs.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ApplyPatchToolParam {
    /// The type of the tool. Always `apply_patch`.
    #[serde(rename = "type")]
    pub type_: ApplyPatchLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_callers: Option<Vec<CallableToolAllowedCaller>>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for ApplyPatchToolParam {
    const NAME: &'static str = "ApplyPatchToolParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ApplyPatchLiteral> = None;
        let mut allowed_callers: Option<Vec<CallableToolAllowedCaller>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "allowed_callers" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut allowed_callers),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            allowed_callers,
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for ApplyPatchToolParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl ApplyPatchToolParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            allowed_callers: None,
        }
    }
    /// Sets `allowed_callers`.
    pub fn allowed_callers(
        mut self,
        value: impl Into<Vec<CallableToolAllowedCaller>>,
    ) -> Self {
        self.allowed_callers = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AdditionalTools {
    /// The type of the item. Always `additional_tools`.
    #[serde(rename = "type")]
    pub type_: AdditionalToolsLiteral,
    /// The unique ID of the additional tools item.
    pub id: String,
    /// The role that provided the additional tools.
    pub role: MessageRole,
    /// The additional tool definitions made available at this item.
    pub tools: Vec<Tool>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for AdditionalTools {
    const NAME: &'static str = "AdditionalTools";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<AdditionalToolsLiteral> = None;
        let mut id: Option<String> = None;
        let mut role: Option<MessageRole> = None;
        let mut tools: Option<Vec<Tool>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "role" => 2,
                    "tools" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut role),
                3 => sdk_runtime_types::de::value(&mut map, &mut tools),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            role: sdk_runtime_types::de::required::<_, A::Error>(role, "role")?,
            tools: sdk_runtime_types::de::required::<_, A::Error>(tools, "tools")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for AdditionalTools {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl AdditionalTools {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        role: impl Into<MessageRole>,
        tools: impl Into<Vec<Tool>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            role: role.into(),
            tools: tools.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A description of the chain of thought used by a reasoning model while generating
/// a response. Be sure to include these items in your `input` to the Responses API
/// for subsequent turns of a conversation if you are manually
/// [managing context](https://platform.openai.com/docs/guides/conversation-state).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ReasoningItem {
    /// The type of the object. Always `reasoning`.
    #[serde(rename = "type")]
    pub type_: ReasoningLiteral,
    /// The unique identifier of the reasoning content.
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encrypted_content: Option<String>,
    /// Reasoning summary content.
    pub summary: Vec<SummaryTextContent>,
    /// Reasoning text content.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<Vec<ReasoningTextContent>>,
    /// The status of the item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ComputerToolCallStatus>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ReasoningItem {
    const NAME: &'static str = "ReasoningItem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ReasoningLiteral> = None;
        let mut id: Option<String> = None;
        let mut encrypted_content: Option<String> = None;
        let mut summary: Option<Vec<SummaryTextContent>> = None;
        let mut content: Option<Vec<ReasoningTextContent>> = None;
        let mut status: Option<ComputerToolCallStatus> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "encrypted_content" => 2,
                    "summary" => 3,
                    "content" => 4,
                    "status" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut encrypted_content),
                3 => sdk_runtime_types::de::value(&mut map, &mut summary),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut content),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            encrypted_content,
            summary: sdk_runtime_types::de::required::<_, A::Error>(summary, "summary")?,
            content,
            status,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ReasoningItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ReasoningItem {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        summary: impl Into<Vec<SummaryTextContent>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            encrypted_content: None,
            summary: summary.into(),
            content: None,
            status: None,
        }
    }
    /// Sets `encrypted_content`.
    pub fn encrypted_content(mut self, value: impl Into<String>) -> Self {
        self.encrypted_content = Some(value.into());
        self
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<Vec<ReasoningTextContent>>) -> Self {
        self.content = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<ComputerToolCallStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Program {
    /// The type of the item. Always `program`.
    #[serde(rename = "type")]
    pub type_: ProgramLiteral,
    /// The unique ID of the program item.
    pub id: String,
    /// The stable call ID of the program item.
    pub call_id: String,
    /// The JavaScript source executed by programmatic tool calling.
    pub code: String,
    /// Opaque program replay fingerprint that must be round-tripped.
    pub fingerprint: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for Program {
    const NAME: &'static str = "Program";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ProgramLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut code: Option<String> = None;
        let mut fingerprint: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "code" => 3,
                    "fingerprint" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut code),
                4 => sdk_runtime_types::de::value(&mut map, &mut fingerprint),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            code: sdk_runtime_types::de::required::<_, A::Error>(code, "code")?,
            fingerprint: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(fingerprint, "fingerprint")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for Program {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Program {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        code: impl Into<String>,
        fingerprint: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            call_id: call_id.into(),
            code: code.into(),
            fingerprint: fingerprint.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ProgramOutput {
    /// The type of the item. Always `program_output`.
    #[serde(rename = "type")]
    pub type_: ProgramOutputLiteral,
    /// The unique ID of the program output item.
    pub id: String,
    /// The call ID of the program item.
    pub call_id: String,
    /// The result produced by the program item.
    pub result: String,
    /// The terminal status of the program output item.
    pub status: ProgramOutputStatus,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ProgramOutput {
    const NAME: &'static str = "ProgramOutput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ProgramOutputLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut result: Option<String> = None;
        let mut status: Option<ProgramOutputStatus> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "result" => 3,
                    "status" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut result),
                4 => sdk_runtime_types::de::value(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            result: sdk_runtime_types::de::required::<_, A::Error>(result, "result")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ProgramOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ProgramOutput {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        result: impl Into<String>,
        status: impl Into<ProgramOutputStatus>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            call_id: call_id.into(),
            result: result.into(),
            status: status.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ProgramOutputStatus {
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ProgramOutputStatus {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::Incomplete => "incomplete",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "completed" => Self::Completed,
            "incomplete" => Self::Incomplete,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<&str> for ProgramOutputStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<String> for ProgramOutputStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ProgramOutputStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for ProgramOutputStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ProgramOutputStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Default for ProgramOutputStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A compaction item generated by the [`v1/responses/compact` API](https://platform.openai.com/docs/api-reference/responses/compact).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CompactionBody {
    /// The type of the item. Always `compaction`.
    #[serde(rename = "type")]
    pub type_: CompactionLiteral,
    /// The unique ID of the compaction item.
    pub id: String,
    /// The encrypted content that was produced by compaction.
    pub encrypted_content: String,
    /// The identifier of the actor that created the item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for CompactionBody {
    const NAME: &'static str = "CompactionBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<CompactionLiteral> = None;
        let mut id: Option<String> = None;
        let mut encrypted_content: Option<String> = None;
        let mut created_by: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "encrypted_content" => 2,
                    "created_by" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut encrypted_content),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut created_by),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            encrypted_content: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(encrypted_content, "encrypted_content")?,
            created_by,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for CompactionBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl CompactionBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>, encrypted_content: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            encrypted_content: encrypted_content.into(),
            created_by: None,
        }
    }
    /// Sets `created_by`.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A tool call to run a command on the local shell.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct LocalShellToolCall {
    /// The type of the local shell call. Always `local_shell_call`.
    #[serde(rename = "type")]
    pub type_: LocalShellCallLiteral,
    /// The unique ID of the local shell call.
    pub id: String,
    /// The unique ID of the local shell tool call generated by the model.
    pub call_id: String,
    pub action: LocalShellExecAction,
    /// The status of the local shell call.
    pub status: ComputerToolCallStatus,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for LocalShellToolCall {
    const NAME: &'static str = "LocalShellToolCall";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<LocalShellCallLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut action: Option<LocalShellExecAction> = None;
        let mut status: Option<ComputerToolCallStatus> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "action" => 3,
                    "status" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut action),
                4 => sdk_runtime_types::de::value(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            action: sdk_runtime_types::de::required::<_, A::Error>(action, "action")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for LocalShellToolCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl LocalShellToolCall {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        action: impl Into<LocalShellExecAction>,
        status: impl Into<ComputerToolCallStatus>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            call_id: call_id.into(),
            action: action.into(),
            status: status.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Execute a shell command on the server.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct LocalShellExecAction {
    /// The type of the local shell action. Always `exec`.
    #[serde(rename = "type")]
    pub type_: ExecLiteral,
    /// The command to run.
    pub command: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeout_ms: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub working_directory: Option<String>,
    /// Environment variables to set for the command.
    pub env: std::collections::BTreeMap<String, String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for LocalShellExecAction {
    const NAME: &'static str = "LocalShellExecAction";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ExecLiteral> = None;
        let mut command: Option<Vec<String>> = None;
        let mut timeout_ms: Option<i64> = None;
        let mut working_directory: Option<String> = None;
        let mut env: Option<std::collections::BTreeMap<String, String>> = None;
        let mut user: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "command" => 1,
                    "timeout_ms" => 2,
                    "working_directory" => 3,
                    "env" => 4,
                    "user" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut command),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut timeout_ms),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut working_directory),
                4 => sdk_runtime_types::de::value(&mut map, &mut env),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut user),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            command: command.unwrap_or_default(),
            timeout_ms,
            working_directory,
            env: env.unwrap_or_default(),
            user,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for LocalShellExecAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl LocalShellExecAction {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        command: impl Into<Vec<String>>,
        env: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            command: command.into(),
            timeout_ms: None,
            working_directory: None,
            env: env.into(),
            user: None,
        }
    }
    /// Sets `timeout_ms`.
    pub fn timeout_ms(mut self, value: impl Into<i64>) -> Self {
        self.timeout_ms = Some(value.into());
        self
    }
    /// Sets `working_directory`.
    pub fn working_directory(mut self, value: impl Into<String>) -> Self {
        self.working_directory = Some(value.into());
        self
    }
    /// Sets `user`.
    pub fn user(mut self, value: impl Into<String>) -> Self {
        self.user = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The output of a local shell tool call.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct LocalShellToolCallOutput {
    /// The type of the local shell tool call output. Always `local_shell_call_output`.
    #[serde(rename = "type")]
    pub type_: LocalShellCallOutputLiteral,
    /// The unique ID of the local shell tool call generated by the model.
    pub id: String,
    /// A JSON string of the output of the local shell tool call.
    pub output: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ComputerToolCallStatus>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for LocalShellToolCallOutput {
    const NAME: &'static str = "LocalShellToolCallOutput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<LocalShellCallOutputLiteral> = None;
        let mut id: Option<String> = None;
        let mut output: Option<String> = None;
        let mut status: Option<ComputerToolCallStatus> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "output" => 2,
                    "status" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            output: sdk_runtime_types::de::required::<_, A::Error>(output, "output")?,
            status,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for LocalShellToolCallOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl LocalShellToolCallOutput {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>, output: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            output: output.into(),
            status: None,
        }
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<ComputerToolCallStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A tool call that executes one or more shell commands in a managed environment.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FunctionShellCall {
    /// The type of the item. Always `shell_call`.
    #[serde(rename = "type")]
    pub type_: ShellCallLiteral,
    /// The unique ID of the shell tool call. Populated when this item is returned via API.
    pub id: String,
    /// The unique ID of the shell tool call generated by the model.
    pub call_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<ToolCallCaller>,
    /// The shell commands and limits that describe how to run the tool call.
    pub action: FunctionShellAction,
    /// The status of the shell call. One of `in_progress`, `completed`, or `incomplete`.
    pub status: FunctionShellCallStatus,
    pub environment: Option<FunctionShellCallEnvironment>,
    /// The ID of the entity that created this tool call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for FunctionShellCall {
    const NAME: &'static str = "FunctionShellCall";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ShellCallLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut caller: Option<ToolCallCaller> = None;
        let mut action: Option<FunctionShellAction> = None;
        let mut status: Option<FunctionShellCallStatus> = None;
        let mut environment: Option<FunctionShellCallEnvironment> = None;
        let mut created_by: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "caller" => 3,
                    "action" => 4,
                    "status" => 5,
                    "environment" => 6,
                    "created_by" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                4 => sdk_runtime_types::de::value(&mut map, &mut action),
                5 => sdk_runtime_types::de::value(&mut map, &mut status),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut environment),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut created_by),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            caller,
            action: sdk_runtime_types::de::required::<_, A::Error>(action, "action")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            environment,
            created_by,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionShellCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FunctionShellCall {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        action: impl Into<FunctionShellAction>,
        status: impl Into<FunctionShellCallStatus>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            call_id: call_id.into(),
            caller: None,
            action: action.into(),
            status: status.into(),
            environment: None,
            created_by: None,
        }
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<ToolCallCaller>) -> Self {
        self.caller = Some(value.into());
        self
    }
    /// Sets `environment`.
    pub fn environment(
        mut self,
        value: impl Into<FunctionShellCallEnvironment>,
    ) -> Self {
        self.environment = Some(value.into());
        self
    }
    /// Sets `created_by`.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Execute a shell command.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FunctionShellAction {
    pub commands: Vec<String>,
    pub timeout_ms: Option<i64>,
    pub max_output_length: Option<i64>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for FunctionShellAction {
    const NAME: &'static str = "FunctionShellAction";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut commands: Option<Vec<String>> = None;
        let mut timeout_ms: Option<i64> = None;
        let mut max_output_length: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "commands" => 0,
                    "timeout_ms" => 1,
                    "max_output_length" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut commands),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut timeout_ms),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut max_output_length),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            commands: commands.unwrap_or_default(),
            timeout_ms,
            max_output_length,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionShellAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FunctionShellAction {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(commands: impl Into<Vec<String>>) -> Self {
        Self {
            commands: commands.into(),
            timeout_ms: None,
            max_output_length: None,
        }
    }
    /// Sets `timeout_ms`.
    pub fn timeout_ms(mut self, value: impl Into<i64>) -> Self {
        self.timeout_ms = Some(value.into());
        self
    }
    /// Sets `max_output_length`.
    pub fn max_output_length(mut self, value: impl Into<i64>) -> Self {
        self.max_output_length = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FunctionShellCallStatus {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FunctionShellCallStatus {
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<&str> for FunctionShellCallStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<String> for FunctionShellCallStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for FunctionShellCallStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for FunctionShellCallStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionShellCallStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Default for FunctionShellCallStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum FunctionShellCallEnvironment {
    /// `local`
    Local(LocalEnvironmentResource),
    /// `container_reference`
    ContainerReference(ContainerReferenceResource),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for FunctionShellCallEnvironment {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Local(value) => value.serialize(serializer),
            Self::ContainerReference(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::TaggedUnion for FunctionShellCallEnvironment {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "local" => Deserialize::deserialize(content).map(Self::Local),
                "container_reference" => {
                    Deserialize::deserialize(content).map(Self::ContainerReference)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionShellCallEnvironment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<LocalEnvironmentResource> for FunctionShellCallEnvironment {
    fn from(value: LocalEnvironmentResource) -> Self {
        Self::Local(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ContainerReferenceResource> for FunctionShellCallEnvironment {
    fn from(value: ContainerReferenceResource) -> Self {
        Self::ContainerReference(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Represents the use of a local environment to perform shell actions.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct LocalEnvironmentResource {
    /// The environment type. Always `local`.
    #[serde(rename = "type")]
    pub type_: LocalLiteral,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for LocalEnvironmentResource {
    const NAME: &'static str = "LocalEnvironmentResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<LocalLiteral> = None;
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for LocalEnvironmentResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl LocalEnvironmentResource {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: Default::default() }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Represents a container created with /v1/containers.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContainerReferenceResource {
    /// The environment type. Always `container_reference`.
    #[serde(rename = "type")]
    pub type_: ContainerReferenceLiteral,
    pub container_id: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ContainerReferenceResource {
    const NAME: &'static str = "ContainerReferenceResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ContainerReferenceLiteral> = None;
        let mut container_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "container_id" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut container_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            container_id: container_id.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ContainerReferenceResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ContainerReferenceResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(container_id: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            container_id: container_id.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The output of a shell tool call that was emitted.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FunctionShellCallOutput {
    /// The type of the shell call output. Always `shell_call_output`.
    #[serde(rename = "type")]
    pub type_: ShellCallOutputLiteral,
    /// The unique ID of the shell call output. Populated when this item is returned via API.
    pub id: String,
    /// The unique ID of the shell tool call generated by the model.
    pub call_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<ToolCallCaller>,
    /// The status of the shell call output. One of `in_progress`, `completed`, or `incomplete`.
    pub status: FunctionShellCallOutputStatusEnum,
    /// An array of shell call output contents
    pub output: Vec<FunctionShellCallOutputContent>,
    pub max_output_length: Option<i64>,
    /// The identifier of the actor that created the item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for FunctionShellCallOutput {
    const NAME: &'static str = "FunctionShellCallOutput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ShellCallOutputLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut caller: Option<ToolCallCaller> = None;
        let mut status: Option<FunctionShellCallOutputStatusEnum> = None;
        let mut output: Option<Vec<FunctionShellCallOutputContent>> = None;
        let mut max_output_length: Option<i64> = None;
        let mut created_by: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "caller" => 3,
                    "status" => 4,
                    "output" => 5,
                    "max_output_length" => 6,
                    "created_by" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                4 => sdk_runtime_types::de::value(&mut map, &mut status),
                5 => sdk_runtime_types::de::value(&mut map, &mut output),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut max_output_length),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut created_by),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            caller,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            output: sdk_runtime_types::de::required::<_, A::Error>(output, "output")?,
            max_output_length,
            created_by,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionShellCallOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FunctionShellCallOutput {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        status: impl Into<FunctionShellCallOutputStatusEnum>,
        output: impl Into<Vec<FunctionShellCallOutputContent>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            call_id: call_id.into(),
            caller: None,
            status: status.into(),
            output: output.into(),
            max_output_length: None,
            created_by: None,
        }
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<ToolCallCaller>) -> Self {
        self.caller = Some(value.into());
        self
    }
    /// Sets `max_output_length`.
    pub fn max_output_length(mut self, value: impl Into<i64>) -> Self {
        self.max_output_length = Some(value.into());
        self
    }
    /// Sets `created_by`.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FunctionShellCallOutputStatusEnum {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FunctionShellCallOutputStatusEnum {
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<&str> for FunctionShellCallOutputStatusEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<String> for FunctionShellCallOutputStatusEnum {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for FunctionShellCallOutputStatusEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for FunctionShellCallOutputStatusEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionShellCallOutputStatusEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Default for FunctionShellCallOutputStatusEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The content of a shell tool call output that was emitted.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FunctionShellCallOutputContent {
    /// The standard output that was captured.
    pub stdout: String,
    /// The standard error output that was captured.
    pub stderr: String,
    /// Represents either an exit outcome (with an exit code) or a timeout outcome for a shell call output chunk.
    pub outcome: FunctionShellCallOutputContentOutcome,
    /// The identifier of the actor that created the item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for FunctionShellCallOutputContent {
    const NAME: &'static str = "FunctionShellCallOutputContent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut stdout: Option<String> = None;
        let mut stderr: Option<String> = None;
        let mut outcome: Option<FunctionShellCallOutputContentOutcome> = None;
        let mut created_by: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "stdout" => 0,
                    "stderr" => 1,
                    "outcome" => 2,
                    "created_by" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut stdout),
                1 => sdk_runtime_types::de::value(&mut map, &mut stderr),
                2 => sdk_runtime_types::de::value(&mut map, &mut outcome),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut created_by),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            stdout: stdout.unwrap_or_default(),
            stderr: stderr.unwrap_or_default(),
            outcome: sdk_runtime_types::de::required::<_, A::Error>(outcome, "outcome")?,
            created_by,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionShellCallOutputContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FunctionShellCallOutputContent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        stdout: impl Into<String>,
        stderr: impl Into<String>,
        outcome: impl Into<FunctionShellCallOutputContentOutcome>,
    ) -> Self {
        Self {
            stdout: stdout.into(),
            stderr: stderr.into(),
            outcome: outcome.into(),
            created_by: None,
        }
    }
    /// Sets `created_by`.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Represents either an exit outcome (with an exit code) or a timeout outcome for a shell call output chunk.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum FunctionShellCallOutputContentOutcome {
    /// `timeout`
    Timeout(FunctionShellCallOutputTimeoutOutcome),
    /// `exit`
    Exit(FunctionShellCallOutputExitOutcome),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for FunctionShellCallOutputContentOutcome {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Timeout(value) => value.serialize(serializer),
            Self::Exit(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::TaggedUnion for FunctionShellCallOutputContentOutcome {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "timeout" => Deserialize::deserialize(content).map(Self::Timeout),
                "exit" => Deserialize::deserialize(content).map(Self::Exit),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionShellCallOutputContentOutcome {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<FunctionShellCallOutputTimeoutOutcome>
for FunctionShellCallOutputContentOutcome {
    fn from(value: FunctionShellCallOutputTimeoutOutcome) -> Self {
        Self::Timeout(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<FunctionShellCallOutputExitOutcome> for FunctionShellCallOutputContentOutcome {
    fn from(value: FunctionShellCallOutputExitOutcome) -> Self {
        Self::Exit(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Indicates that the shell call exceeded its configured time limit.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FunctionShellCallOutputTimeoutOutcome {
    /// The outcome type. Always `timeout`.
    #[serde(rename = "type")]
    pub type_: TimeoutLiteral,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for FunctionShellCallOutputTimeoutOutcome {
    const NAME: &'static str = "FunctionShellCallOutputTimeoutOutcome";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<TimeoutLiteral> = None;
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionShellCallOutputTimeoutOutcome {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FunctionShellCallOutputTimeoutOutcome {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: Default::default() }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Indicates that the shell commands finished and returned an exit code.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FunctionShellCallOutputExitOutcome {
    /// The outcome type. Always `exit`.
    #[serde(rename = "type")]
    pub type_: ExitLiteral,
    /// Exit code from the shell process.
    pub exit_code: i64,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for FunctionShellCallOutputExitOutcome {
    const NAME: &'static str = "FunctionShellCallOutputExitOutcome";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ExitLiteral> = None;
        let mut exit_code: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "exit_code" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut exit_code),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            exit_code: exit_code.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionShellCallOutputExitOutcome {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FunctionShellCallOutputExitOutcome {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(exit_code: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            exit_code: exit_code.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A tool call that applies file diffs by creating, deleting, or updating files.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ApplyPatchToolCall {
    /// The type of the item. Always `apply_patch_call`.
    #[serde(rename = "type")]
    pub type_: ApplyPatchCallLiteral,
    /// The unique ID of the apply patch tool call. Populated when this item is returned via API.
    pub id: String,
    /// The unique ID of the apply patch tool call generated by the model.
    pub call_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<ToolCallCaller>,
    /// The status of the apply patch tool call. One of `in_progress` or `completed`.
    pub status: ApplyPatchCallStatus,
    /// One of the create_file, delete_file, or update_file operations applied via apply_patch.
    pub operation: ApplyPatchToolCallOperation,
    /// The ID of the entity that created this tool call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ApplyPatchToolCall {
    const NAME: &'static str = "ApplyPatchToolCall";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ApplyPatchCallLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut caller: Option<ToolCallCaller> = None;
        let mut status: Option<ApplyPatchCallStatus> = None;
        let mut operation: Option<ApplyPatchToolCallOperation> = None;
        let mut created_by: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "caller" => 3,
                    "status" => 4,
                    "operation" => 5,
                    "created_by" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                4 => sdk_runtime_types::de::value(&mut map, &mut status),
                5 => sdk_runtime_types::de::value(&mut map, &mut operation),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut created_by),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            caller,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            operation: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(operation, "operation")?,
            created_by,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ApplyPatchToolCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ApplyPatchToolCall {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        status: impl Into<ApplyPatchCallStatus>,
        operation: impl Into<ApplyPatchToolCallOperation>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            call_id: call_id.into(),
            caller: None,
            status: status.into(),
            operation: operation.into(),
            created_by: None,
        }
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<ToolCallCaller>) -> Self {
        self.caller = Some(value.into());
        self
    }
    /// Sets `created_by`.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApplyPatchCallStatus {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ApplyPatchCallStatus {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in_progress",
            Self::Completed => "completed",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "in_progress" => Self::InProgress,
            "completed" => Self::Completed,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<&str> for ApplyPatchCallStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<String> for ApplyPatchCallStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ApplyPatchCallStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for ApplyPatchCallStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ApplyPatchCallStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Default for ApplyPatchCallStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// One of the create_file, delete_file, or update_file operations applied via apply_patch.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ApplyPatchToolCallOperation {
    /// `create_file`
    CreateFile(ApplyPatchCreateFileOperation),
    /// `delete_file`
    DeleteFile(ApplyPatchDeleteFileOperation),
    /// `update_file`
    UpdateFile(ApplyPatchUpdateFileOperation),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for ApplyPatchToolCallOperation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::CreateFile(value) => value.serialize(serializer),
            Self::DeleteFile(value) => value.serialize(serializer),
            Self::UpdateFile(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::TaggedUnion for ApplyPatchToolCallOperation {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "create_file" => Deserialize::deserialize(content).map(Self::CreateFile),
                "delete_file" => Deserialize::deserialize(content).map(Self::DeleteFile),
                "update_file" => Deserialize::deserialize(content).map(Self::UpdateFile),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ApplyPatchToolCallOperation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ApplyPatchCreateFileOperation> for ApplyPatchToolCallOperation {
    fn from(value: ApplyPatchCreateFileOperation) -> Self {
        Self::CreateFile(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ApplyPatchDeleteFileOperation> for ApplyPatchToolCallOperation {
    fn from(value: ApplyPatchDeleteFileOperation) -> Self {
        Self::DeleteFile(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ApplyPatchUpdateFileOperation> for ApplyPatchToolCallOperation {
    fn from(value: ApplyPatchUpdateFileOperation) -> Self {
        Self::UpdateFile(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Instruction describing how to create a file via the apply_patch tool.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ApplyPatchCreateFileOperation {
    /// Create a new file with the provided diff.
    #[serde(rename = "type")]
    pub type_: CreateFileLiteral,
    /// Path of the file to create.
    pub path: String,
    /// Diff to apply.
    pub diff: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ApplyPatchCreateFileOperation {
    const NAME: &'static str = "ApplyPatchCreateFileOperation";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<CreateFileLiteral> = None;
        let mut path: Option<String> = None;
        let mut diff: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "path" => 1,
                    "diff" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut path),
                2 => sdk_runtime_types::de::value(&mut map, &mut diff),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            path: path.unwrap_or_default(),
            diff: diff.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ApplyPatchCreateFileOperation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ApplyPatchCreateFileOperation {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(path: impl Into<String>, diff: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            path: path.into(),
            diff: diff.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Instruction describing how to delete a file via the apply_patch tool.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ApplyPatchDeleteFileOperation {
    /// Delete the specified file.
    #[serde(rename = "type")]
    pub type_: DeleteFileLiteral,
    /// Path of the file to delete.
    pub path: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ApplyPatchDeleteFileOperation {
    const NAME: &'static str = "ApplyPatchDeleteFileOperation";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<DeleteFileLiteral> = None;
        let mut path: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "path" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut path),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            path: path.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ApplyPatchDeleteFileOperation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ApplyPatchDeleteFileOperation {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(path: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            path: path.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Instruction describing how to update a file via the apply_patch tool.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ApplyPatchUpdateFileOperation {
    /// Update an existing file with the provided diff.
    #[serde(rename = "type")]
    pub type_: UpdateFileLiteral,
    /// Path of the file to update.
    pub path: String,
    /// Diff to apply.
    pub diff: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ApplyPatchUpdateFileOperation {
    const NAME: &'static str = "ApplyPatchUpdateFileOperation";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<UpdateFileLiteral> = None;
        let mut path: Option<String> = None;
        let mut diff: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "path" => 1,
                    "diff" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut path),
                2 => sdk_runtime_types::de::value(&mut map, &mut diff),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            path: path.unwrap_or_default(),
            diff: diff.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ApplyPatchUpdateFileOperation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ApplyPatchUpdateFileOperation {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(path: impl Into<String>, diff: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            path: path.into(),
            diff: diff.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The output emitted by an apply patch tool call.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ApplyPatchToolCallOutput {
    /// The type of the item. Always `apply_patch_call_output`.
    #[serde(rename = "type")]
    pub type_: ApplyPatchCallOutputLiteral,
    /// The unique ID of the apply patch tool call output. Populated when this item is returned via API.
    pub id: String,
    /// The unique ID of the apply patch tool call generated by the model.
    pub call_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<ToolCallCaller>,
    /// The status of the apply patch tool call output. One of `completed` or `failed`.
    pub status: ApplyPatchCallOutputStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
    /// The ID of the entity that created this tool call output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ApplyPatchToolCallOutput {
    const NAME: &'static str = "ApplyPatchToolCallOutput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ApplyPatchCallOutputLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut caller: Option<ToolCallCaller> = None;
        let mut status: Option<ApplyPatchCallOutputStatus> = None;
        let mut output: Option<String> = None;
        let mut created_by: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "caller" => 3,
                    "status" => 4,
                    "output" => 5,
                    "created_by" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                4 => sdk_runtime_types::de::value(&mut map, &mut status),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut output),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut created_by),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            caller,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            output,
            created_by,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ApplyPatchToolCallOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ApplyPatchToolCallOutput {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        status: impl Into<ApplyPatchCallOutputStatus>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            call_id: call_id.into(),
            caller: None,
            status: status.into(),
            output: None,
            created_by: None,
        }
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<ToolCallCaller>) -> Self {
        self.caller = Some(value.into());
        self
    }
    /// Sets `output`.
    pub fn output(mut self, value: impl Into<String>) -> Self {
        self.output = Some(value.into());
        self
    }
    /// Sets `created_by`.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApplyPatchCallOutputStatus {
    /// `completed`
    Completed,
    /// `failed`
    Failed,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ApplyPatchCallOutputStatus {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "completed" => Self::Completed,
            "failed" => Self::Failed,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<&str> for ApplyPatchCallOutputStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<String> for ApplyPatchCallOutputStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ApplyPatchCallOutputStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for ApplyPatchCallOutputStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ApplyPatchCallOutputStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Default for ApplyPatchCallOutputStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A list of tools available on an MCP server.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct McpListTools {
    /// The type of the item. Always `mcp_list_tools`.
    #[serde(rename = "type")]
    pub type_: McpListToolsLiteral,
    /// The unique ID of the list.
    pub id: String,
    /// The label of the MCP server.
    pub server_label: String,
    /// The tools available on the server.
    pub tools: Vec<McpListToolsTool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for McpListTools {
    const NAME: &'static str = "McpListTools";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<McpListToolsLiteral> = None;
        let mut id: Option<String> = None;
        let mut server_label: Option<String> = None;
        let mut tools: Option<Vec<McpListToolsTool>> = None;
        let mut error: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "server_label" => 2,
                    "tools" => 3,
                    "error" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut server_label),
                3 => sdk_runtime_types::de::value(&mut map, &mut tools),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut error),
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
            tools: sdk_runtime_types::de::required::<_, A::Error>(tools, "tools")?,
            error,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for McpListTools {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl McpListTools {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        server_label: impl Into<String>,
        tools: impl Into<Vec<McpListToolsTool>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            server_label: server_label.into(),
            tools: tools.into(),
            error: None,
        }
    }
    /// Sets `error`.
    pub fn error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A tool available on an MCP server.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct McpListToolsTool {
    /// The name of the tool.
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The JSON schema describing the tool's input.
    pub input_schema: serde_json::Map<String, serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annotations: Option<serde_json::Map<String, serde_json::Value>>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for McpListToolsTool {
    const NAME: &'static str = "McpListToolsTool";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut description: Option<String> = None;
        let mut input_schema: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut annotations: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "description" => 1,
                    "input_schema" => 2,
                    "annotations" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut name),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut description),
                2 => sdk_runtime_types::de::value(&mut map, &mut input_schema),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut annotations),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name: name.unwrap_or_default(),
            description,
            input_schema: input_schema.unwrap_or_default(),
            annotations,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for McpListToolsTool {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl McpListToolsTool {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        input_schema: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        Self {
            name: name.into(),
            description: None,
            input_schema: input_schema.into(),
            annotations: None,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `annotations`.
    pub fn annotations(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.annotations = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A request for human approval of a tool invocation.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct McpApprovalRequest {
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for McpApprovalRequest {
    const NAME: &'static str = "McpApprovalRequest";
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for McpApprovalRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl McpApprovalRequest {
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A response to an MCP approval request.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct McpApprovalResponseResource {
    /// The type of the item. Always `mcp_approval_response`.
    #[serde(rename = "type")]
    pub type_: McpApprovalResponseLiteral,
    /// The unique ID of the approval response
    pub id: String,
    /// The ID of the approval request being answered.
    pub approval_request_id: String,
    /// Whether the request was approved.
    pub approve: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for McpApprovalResponseResource {
    const NAME: &'static str = "McpApprovalResponseResource";
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for McpApprovalResponseResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl McpApprovalResponseResource {
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// An invocation of a tool on an MCP server.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct McpToolCall {
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
    pub output: Option<String>,
    /// The error from the tool call, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<McpToolCallError>,
    /// The status of the tool call. One of `in_progress`, `completed`, `incomplete`, `calling`, or `failed`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<McpToolCallStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approval_request_id: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for McpToolCall {
    const NAME: &'static str = "McpToolCall";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<McpCallLiteral> = None;
        let mut id: Option<String> = None;
        let mut server_label: Option<String> = None;
        let mut name: Option<String> = None;
        let mut arguments: Option<String> = None;
        let mut output: Option<String> = None;
        let mut error: Option<McpToolCallError> = None;
        let mut status: Option<McpToolCallStatus> = None;
        let mut approval_request_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "server_label" => 2,
                    "name" => 3,
                    "arguments" => 4,
                    "output" => 5,
                    "error" => 6,
                    "status" => 7,
                    "approval_request_id" => 8,
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
                5 => sdk_runtime_types::de::nullable(&mut map, &mut output),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut error),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut approval_request_id),
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
            output,
            error,
            status,
            approval_request_id,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for McpToolCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl McpToolCall {
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
            output: None,
            error: None,
            status: None,
            approval_request_id: None,
        }
    }
    /// Sets `output`.
    pub fn output(mut self, value: impl Into<String>) -> Self {
        self.output = Some(value.into());
        self
    }
    /// Sets `error`.
    pub fn error(mut self, value: impl Into<McpToolCallError>) -> Self {
        self.error = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<McpToolCallStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `approval_request_id`.
    pub fn approval_request_id(mut self, value: impl Into<String>) -> Self {
        self.approval_request_id = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum McpToolCallError {
    /// `mcp_protocol_error`
    McpProtocolError(McpProtocolError),
    /// `mcp_tool_execution_error`
    McpToolExecutionError(McpToolExecutionError),
    /// `http_error`
    HttpError(HttpError),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for McpToolCallError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::McpProtocolError(value) => value.serialize(serializer),
            Self::McpToolExecutionError(value) => value.serialize(serializer),
            Self::HttpError(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::TaggedUnion for McpToolCallError {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "mcp_protocol_error" => {
                    Deserialize::deserialize(content).map(Self::McpProtocolError)
                }
                "mcp_tool_execution_error" => {
                    Deserialize::deserialize(content).map(Self::McpToolExecutionError)
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for McpToolCallError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<McpProtocolError> for McpToolCallError {
    fn from(value: McpProtocolError) -> Self {
        Self::McpProtocolError(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<McpToolExecutionError> for McpToolCallError {
    fn from(value: McpToolExecutionError) -> Self {
        Self::McpToolExecutionError(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<HttpError> for McpToolCallError {
    fn from(value: HttpError) -> Self {
        Self::HttpError(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct McpProtocolError {
    #[serde(rename = "type")]
    pub type_: McpProtocolErrorLiteral,
    pub code: i64,
    pub message: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for McpProtocolError {
    const NAME: &'static str = "McpProtocolError";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<McpProtocolErrorLiteral> = None;
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for McpProtocolError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl McpProtocolError {
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct McpToolExecutionError {
    #[serde(rename = "type")]
    pub type_: McpToolExecutionErrorLiteral,
    pub content: serde_json::Value,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for McpToolExecutionError {
    const NAME: &'static str = "McpToolExecutionError";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<McpToolExecutionErrorLiteral> = None;
        let mut content: Option<serde_json::Value> = None;
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
            content: content.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for McpToolExecutionError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl McpToolExecutionError {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(content: impl Into<serde_json::Value>) -> Self {
        Self {
            type_: Default::default(),
            content: content.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct HttpError {
    #[serde(rename = "type")]
    pub type_: HttpErrorLiteral,
    pub code: i64,
    pub message: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for HttpError {
    const NAME: &'static str = "HttpError";
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for HttpError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl HttpError {
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum McpToolCallStatus {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// `calling`
    Calling,
    /// `failed`
    Failed,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl McpToolCallStatus {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in_progress",
            Self::Completed => "completed",
            Self::Incomplete => "incomplete",
            Self::Calling => "calling",
            Self::Failed => "failed",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "in_progress" => Self::InProgress,
            "completed" => Self::Completed,
            "incomplete" => Self::Incomplete,
            "calling" => Self::Calling,
            "failed" => Self::Failed,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<&str> for McpToolCallStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<String> for McpToolCallStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for McpToolCallStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for McpToolCallStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for McpToolCallStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Default for McpToolCallStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A call to a custom tool created by the model.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CustomToolCall {
    /// The type of the custom tool call. Always `custom_tool_call`.
    #[serde(rename = "type")]
    pub type_: CustomToolCallLiteral,
    /// The unique ID of the custom tool call in the OpenAI platform.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// An identifier used to map this custom tool call to a tool call output.
    pub call_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<ToolCallCaller>,
    /// The namespace of the custom tool being called.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// The name of the custom tool being called.
    pub name: String,
    /// The input for the custom tool call generated by the model.
    pub input: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for CustomToolCall {
    const NAME: &'static str = "CustomToolCall";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<CustomToolCallLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut caller: Option<ToolCallCaller> = None;
        let mut namespace: Option<String> = None;
        let mut name: Option<String> = None;
        let mut input: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "caller" => 3,
                    "namespace" => 4,
                    "name" => 5,
                    "input" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut namespace),
                5 => sdk_runtime_types::de::value(&mut map, &mut name),
                6 => sdk_runtime_types::de::value(&mut map, &mut input),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            caller,
            namespace,
            name: sdk_runtime_types::de::required::<_, A::Error>(name, "name")?,
            input: sdk_runtime_types::de::required::<_, A::Error>(input, "input")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for CustomToolCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl CustomToolCall {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        call_id: impl Into<String>,
        name: impl Into<String>,
        input: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: None,
            call_id: call_id.into(),
            caller: None,
            namespace: None,
            name: name.into(),
            input: input.into(),
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
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
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The output of a custom tool call from your code, being sent back to the model.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CustomToolCallOutput {
    /// The type of the custom tool call output. Always `custom_tool_call_output`.
    #[serde(rename = "type")]
    pub type_: CustomToolCallOutputLiteral,
    /// The unique ID of the custom tool call output in the OpenAI platform.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The call ID, used to map this custom tool call output to a custom tool call.
    pub call_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<ToolCallCallerParam>,
    /// The output from the custom tool call generated by your code.
    /// Can be a string or an list of output content.
    pub output: CustomToolCallOutputOutput,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for CustomToolCallOutput {
    const NAME: &'static str = "CustomToolCallOutput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<CustomToolCallOutputLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut caller: Option<ToolCallCallerParam> = None;
        let mut output: Option<CustomToolCallOutputOutput> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "caller" => 3,
                    "output" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                4 => sdk_runtime_types::de::value(&mut map, &mut output),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            caller,
            output: sdk_runtime_types::de::required::<_, A::Error>(output, "output")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for CustomToolCallOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl CustomToolCallOutput {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        call_id: impl Into<String>,
        output: impl Into<CustomToolCallOutputOutput>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: None,
            call_id: call_id.into(),
            caller: None,
            output: output.into(),
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<ToolCallCallerParam>) -> Self {
        self.caller = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The output from the custom tool call generated by your code.
/// Can be a string or an list of output content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CustomToolCallOutputOutput {
    FunctionAndCustomToolCallOutputList(Vec<FunctionAndCustomToolCallOutput>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<Vec<FunctionAndCustomToolCallOutput>> for CustomToolCallOutputOutput {
    fn from(value: Vec<FunctionAndCustomToolCallOutput>) -> Self {
        Self::FunctionAndCustomToolCallOutputList(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<String> for CustomToolCallOutputOutput {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<&str> for CustomToolCallOutputOutput {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A message input to the model with a role indicating instruction following
/// hierarchy. Instructions given with the `developer` or `system` role take
/// precedence over instructions given with the `user` role. Messages with the
/// `assistant` role are presumed to have been generated by the model in previous
/// interactions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EasyInputMessage {
    /// The role of the message input. One of `user`, `assistant`, `system`, or
    /// `developer`.
    pub role: EasyInputMessageRole,
    /// Text, image, or audio input to the model, used to generate a response.
    /// Can also contain previous assistant responses.
    pub content: EasyInputMessageContent,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phase: Option<MessagePhase>,
    /// The type of the message input. Always `message`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<MessageLiteral>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for EasyInputMessage {
    const NAME: &'static str = "EasyInputMessage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut role: Option<EasyInputMessageRole> = None;
        let mut content: Option<EasyInputMessageContent> = None;
        let mut phase: Option<MessagePhase> = None;
        let mut type_: Option<MessageLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "role" => 0,
                    "content" => 1,
                    "phase" => 2,
                    "type" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut role),
                1 => sdk_runtime_types::de::value(&mut map, &mut content),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut phase),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            role: sdk_runtime_types::de::required::<_, A::Error>(role, "role")?,
            content: sdk_runtime_types::de::required::<_, A::Error>(content, "content")?,
            phase,
            type_,
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for EasyInputMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl EasyInputMessage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        role: impl Into<EasyInputMessageRole>,
        content: impl Into<EasyInputMessageContent>,
    ) -> Self {
        Self {
            role: role.into(),
            content: content.into(),
            phase: None,
            type_: None,
        }
    }
    /// Sets `phase`.
    pub fn phase(mut self, value: impl Into<MessagePhase>) -> Self {
        self.phase = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<MessageLiteral>) -> Self {
        self.type_ = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Text, image, or audio input to the model, used to generate a response.
/// Can also contain previous assistant responses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum EasyInputMessageContent {
    InputMessageContentList(InputMessageContentList),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<InputMessageContentList> for EasyInputMessageContent {
    fn from(value: InputMessageContentList) -> Self {
        Self::InputMessageContentList(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<String> for EasyInputMessageContent {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<&str> for EasyInputMessageContent {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A list of one or many input items to the model, containing different content
/// types.
pub type InputMessageContentList = Vec<InputContent>;
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Labels an `assistant` message as intermediate commentary (`commentary`) or the final answer (`final_answer`).
/// For models like `gpt-5.3-codex` and beyond, when sending follow-up requests, preserve and resend
/// phase on all assistant messages — dropping it can degrade performance. Not used for user messages.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MessagePhase {
    /// `commentary`
    Commentary,
    /// `final_answer`
    FinalAnswer,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl MessagePhase {
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
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<&str> for MessagePhase {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<String> for MessagePhase {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl std::fmt::Display for MessagePhase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Serialize for MessagePhase {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for MessagePhase {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Default for MessagePhase {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum InputItem {
    ProgramItemParam(ProgramItemParam),
    ProgramOutputItemParam(ProgramOutputItemParam),
    EasyInputMessage(EasyInputMessage),
    ItemReferenceParam(ItemReferenceParam),
    CompactionTriggerItemParam(CompactionTriggerItemParam),
    Item(Box<Item>),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ProgramItemParam> for InputItem {
    fn from(value: ProgramItemParam) -> Self {
        Self::ProgramItemParam(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ProgramOutputItemParam> for InputItem {
    fn from(value: ProgramOutputItemParam) -> Self {
        Self::ProgramOutputItemParam(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<EasyInputMessage> for InputItem {
    fn from(value: EasyInputMessage) -> Self {
        Self::EasyInputMessage(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ItemReferenceParam> for InputItem {
    fn from(value: ItemReferenceParam) -> Self {
        Self::ItemReferenceParam(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<CompactionTriggerItemParam> for InputItem {
    fn from(value: CompactionTriggerItemParam) -> Self {
        Self::CompactionTriggerItemParam(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<Item> for InputItem {
    fn from(value: Item) -> Self {
        Self::Item(Box::new(value))
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Content item used to generate a response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Item {
    CodeInterpreterToolCall(CodeInterpreterToolCall),
    McpToolCall(McpToolCall),
    ComputerToolCall(ComputerToolCall),
    OutputMessage(OutputMessage),
    LocalShellToolCall(LocalShellToolCall),
    McpApprovalRequest(McpApprovalRequest),
    FunctionToolCall(FunctionToolCall),
    CustomToolCall(CustomToolCall),
    ApplyPatchToolCallItemParam(ApplyPatchToolCallItemParam),
    FileSearchToolCall(FileSearchToolCall),
    McpListTools(McpListTools),
    WebSearchToolCall(WebSearchToolCall),
    ImageGenToolCall(ImageGenToolCall),
    FunctionShellCallItemParam(FunctionShellCallItemParam),
    FunctionShellCallOutputItemParam(FunctionShellCallOutputItemParam),
    ComputerCallOutputItemParam(ComputerCallOutputItemParam),
    ReasoningItem(ReasoningItem),
    ApplyPatchToolCallOutputItemParam(ApplyPatchToolCallOutputItemParam),
    McpApprovalResponse(McpApprovalResponse),
    CustomToolCallOutput(CustomToolCallOutput),
    AdditionalToolsItemParam(AdditionalToolsItemParam),
    LocalShellToolCallOutput(LocalShellToolCallOutput),
    FunctionCallOutputItemParam(FunctionCallOutputItemParam),
    ToolSearchCallItemParam(ToolSearchCallItemParam),
    ToolSearchOutputItemParam(ToolSearchOutputItemParam),
    InputMessage(InputMessage),
    CompactionSummaryItemParam(CompactionSummaryItemParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<CodeInterpreterToolCall> for Item {
    fn from(value: CodeInterpreterToolCall) -> Self {
        Self::CodeInterpreterToolCall(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<McpToolCall> for Item {
    fn from(value: McpToolCall) -> Self {
        Self::McpToolCall(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ComputerToolCall> for Item {
    fn from(value: ComputerToolCall) -> Self {
        Self::ComputerToolCall(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<OutputMessage> for Item {
    fn from(value: OutputMessage) -> Self {
        Self::OutputMessage(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<LocalShellToolCall> for Item {
    fn from(value: LocalShellToolCall) -> Self {
        Self::LocalShellToolCall(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<McpApprovalRequest> for Item {
    fn from(value: McpApprovalRequest) -> Self {
        Self::McpApprovalRequest(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<FunctionToolCall> for Item {
    fn from(value: FunctionToolCall) -> Self {
        Self::FunctionToolCall(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<CustomToolCall> for Item {
    fn from(value: CustomToolCall) -> Self {
        Self::CustomToolCall(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ApplyPatchToolCallItemParam> for Item {
    fn from(value: ApplyPatchToolCallItemParam) -> Self {
        Self::ApplyPatchToolCallItemParam(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<FileSearchToolCall> for Item {
    fn from(value: FileSearchToolCall) -> Self {
        Self::FileSearchToolCall(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<McpListTools> for Item {
    fn from(value: McpListTools) -> Self {
        Self::McpListTools(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<WebSearchToolCall> for Item {
    fn from(value: WebSearchToolCall) -> Self {
        Self::WebSearchToolCall(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ImageGenToolCall> for Item {
    fn from(value: ImageGenToolCall) -> Self {
        Self::ImageGenToolCall(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<FunctionShellCallItemParam> for Item {
    fn from(value: FunctionShellCallItemParam) -> Self {
        Self::FunctionShellCallItemParam(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<FunctionShellCallOutputItemParam> for Item {
    fn from(value: FunctionShellCallOutputItemParam) -> Self {
        Self::FunctionShellCallOutputItemParam(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ComputerCallOutputItemParam> for Item {
    fn from(value: ComputerCallOutputItemParam) -> Self {
        Self::ComputerCallOutputItemParam(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ReasoningItem> for Item {
    fn from(value: ReasoningItem) -> Self {
        Self::ReasoningItem(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ApplyPatchToolCallOutputItemParam> for Item {
    fn from(value: ApplyPatchToolCallOutputItemParam) -> Self {
        Self::ApplyPatchToolCallOutputItemParam(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<McpApprovalResponse> for Item {
    fn from(value: McpApprovalResponse) -> Self {
        Self::McpApprovalResponse(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<CustomToolCallOutput> for Item {
    fn from(value: CustomToolCallOutput) -> Self {
        Self::CustomToolCallOutput(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<AdditionalToolsItemParam> for Item {
    fn from(value: AdditionalToolsItemParam) -> Self {
        Self::AdditionalToolsItemParam(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<LocalShellToolCallOutput> for Item {
    fn from(value: LocalShellToolCallOutput) -> Self {
        Self::LocalShellToolCallOutput(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<FunctionCallOutputItemParam> for Item {
    fn from(value: FunctionCallOutputItemParam) -> Self {
        Self::FunctionCallOutputItemParam(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ToolSearchCallItemParam> for Item {
    fn from(value: ToolSearchCallItemParam) -> Self {
        Self::ToolSearchCallItemParam(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ToolSearchOutputItemParam> for Item {
    fn from(value: ToolSearchOutputItemParam) -> Self {
        Self::ToolSearchOutputItemParam(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<InputMessage> for Item {
    fn from(value: InputMessage) -> Self {
        Self::InputMessage(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<CompactionSummaryItemParam> for Item {
    fn from(value: CompactionSummaryItemParam) -> Self {
        Self::CompactionSummaryItemParam(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A message input to the model with a role indicating instruction following
/// hierarchy. Instructions given with the `developer` or `system` role take
/// precedence over instructions given with the `user` role.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct InputMessage {
    /// The type of the message input. Always set to `message`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<MessageLiteral>,
    /// The role of the message input. One of `user`, `system`, or `developer`.
    pub role: InputMessageRole,
    /// The status of item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ComputerToolCallStatus>,
    pub content: InputMessageContentList,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for InputMessage {
    const NAME: &'static str = "InputMessage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<MessageLiteral> = None;
        let mut role: Option<InputMessageRole> = None;
        let mut status: Option<ComputerToolCallStatus> = None;
        let mut content: Option<InputMessageContentList> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "role" => 1,
                    "status" => 2,
                    "content" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut role),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                3 => sdk_runtime_types::de::value(&mut map, &mut content),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_,
            role: sdk_runtime_types::de::required::<_, A::Error>(role, "role")?,
            status,
            content: sdk_runtime_types::de::required::<_, A::Error>(content, "content")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for InputMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl InputMessage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        role: impl Into<InputMessageRole>,
        content: impl Into<InputMessageContentList>,
    ) -> Self {
        Self {
            type_: None,
            role: role.into(),
            status: None,
            content: content.into(),
        }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<MessageLiteral>) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<ComputerToolCallStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// An output message from the model.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct OutputMessage {
    /// The unique ID of the output message.
    pub id: String,
    /// The type of the output message. Always `message`.
    #[serde(rename = "type")]
    pub type_: MessageLiteral,
    /// The role of the output message. Always `assistant`.
    pub role: AssistantLiteral,
    /// The content of the output message.
    pub content: Vec<OutputMessageContent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phase: Option<MessagePhase>,
    /// The status of the message input. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when input items are returned via API.
    pub status: ComputerToolCallStatus,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for OutputMessage {
    const NAME: &'static str = "OutputMessage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<MessageLiteral> = None;
        let mut role: Option<AssistantLiteral> = None;
        let mut content: Option<Vec<OutputMessageContent>> = None;
        let mut phase: Option<MessagePhase> = None;
        let mut status: Option<ComputerToolCallStatus> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "role" => 2,
                    "content" => 3,
                    "phase" => 4,
                    "status" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut role),
                3 => sdk_runtime_types::de::value(&mut map, &mut content),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut phase),
                5 => sdk_runtime_types::de::value(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            role: sdk_runtime_types::de::required::<_, A::Error>(role, "role")?,
            content: sdk_runtime_types::de::required::<_, A::Error>(content, "content")?,
            phase,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for OutputMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl OutputMessage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        content: impl Into<Vec<OutputMessageContent>>,
        status: impl Into<ComputerToolCallStatus>,
    ) -> Self {
        Self {
            id: id.into(),
            type_: Default::default(),
            role: Default::default(),
            content: content.into(),
            phase: None,
            status: status.into(),
        }
    }
    /// Sets `phase`.
    pub fn phase(mut self, value: impl Into<MessagePhase>) -> Self {
        self.phase = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum OutputMessageContent {
    /// `output_text`
    OutputText(OutputTextContent),
    /// `refusal`
    Refusal(RefusalContent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for OutputMessageContent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::OutputText(value) => value.serialize(serializer),
            Self::Refusal(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::TaggedUnion for OutputMessageContent {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "output_text" => Deserialize::deserialize(content).map(Self::OutputText),
                "refusal" => Deserialize::deserialize(content).map(Self::Refusal),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for OutputMessageContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<OutputTextContent> for OutputMessageContent {
    fn from(value: OutputTextContent) -> Self {
        Self::OutputText(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<RefusalContent> for OutputMessageContent {
    fn from(value: RefusalContent) -> Self {
        Self::Refusal(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The output of a computer tool call.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ComputerCallOutputItemParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The ID of the computer tool call that produced the output.
    pub call_id: String,
    /// The type of the computer tool call output. Always `computer_call_output`.
    #[serde(rename = "type")]
    pub type_: ComputerCallOutputLiteral,
    pub output: ComputerScreenshotImage,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acknowledged_safety_checks: Option<Vec<ComputerCallSafetyCheckParam>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<FunctionCallItemStatus>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ComputerCallOutputItemParam {
    const NAME: &'static str = "ComputerCallOutputItemParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut type_: Option<ComputerCallOutputLiteral> = None;
        let mut output: Option<ComputerScreenshotImage> = None;
        let mut acknowledged_safety_checks: Option<Vec<ComputerCallSafetyCheckParam>> = None;
        let mut status: Option<FunctionCallItemStatus> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "call_id" => 1,
                    "type" => 2,
                    "output" => 3,
                    "acknowledged_safety_checks" => 4,
                    "status" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut type_),
                3 => sdk_runtime_types::de::value(&mut map, &mut output),
                4 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut acknowledged_safety_checks,
                    )
                }
                5 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output: sdk_runtime_types::de::required::<_, A::Error>(output, "output")?,
            acknowledged_safety_checks,
            status,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ComputerCallOutputItemParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ComputerCallOutputItemParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        call_id: impl Into<String>,
        output: impl Into<ComputerScreenshotImage>,
    ) -> Self {
        Self {
            id: None,
            call_id: call_id.into(),
            type_: Default::default(),
            output: output.into(),
            acknowledged_safety_checks: None,
            status: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `acknowledged_safety_checks`.
    pub fn acknowledged_safety_checks(
        mut self,
        value: impl Into<Vec<ComputerCallSafetyCheckParam>>,
    ) -> Self {
        self.acknowledged_safety_checks = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<FunctionCallItemStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FunctionCallItemStatus {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FunctionCallItemStatus {
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<&str> for FunctionCallItemStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<String> for FunctionCallItemStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for FunctionCallItemStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for FunctionCallItemStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionCallItemStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Default for FunctionCallItemStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A tool call to run a function. See the
/// [function calling guide](https://platform.openai.com/docs/guides/function-calling) for more information.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FunctionToolCall {
    /// The unique ID of the function tool call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ComputerToolCallStatus>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for FunctionToolCall {
    const NAME: &'static str = "FunctionToolCall";
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
        let mut status: Option<ComputerToolCallStatus> = None;
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
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut namespace),
                5 => sdk_runtime_types::de::value(&mut map, &mut name),
                6 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            caller,
            namespace,
            name: sdk_runtime_types::de::required::<_, A::Error>(name, "name")?,
            arguments: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(arguments, "arguments")?,
            status,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionToolCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FunctionToolCall {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        call_id: impl Into<String>,
        name: impl Into<String>,
        arguments: impl Into<String>,
    ) -> Self {
        Self {
            id: None,
            type_: Default::default(),
            call_id: call_id.into(),
            caller: None,
            namespace: None,
            name: name.into(),
            arguments: arguments.into(),
            status: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
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
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<ComputerToolCallStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The output of a function tool call.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FunctionCallOutputItemParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_id: Option<String>,
    /// The type of the function tool call output. Always `function_call_output`.
    #[serde(rename = "type")]
    pub type_: FunctionCallOutputLiteral,
    /// Text, image, or file output of the function tool call.
    pub output: FunctionCallOutputItemParamOutput,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<ToolCallCallerParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<FunctionCallItemStatus>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for FunctionCallOutputItemParam {
    const NAME: &'static str = "FunctionCallOutputItemParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut type_: Option<FunctionCallOutputLiteral> = None;
        let mut output: Option<FunctionCallOutputItemParamOutput> = None;
        let mut name: Option<String> = None;
        let mut namespace: Option<String> = None;
        let mut caller: Option<ToolCallCallerParam> = None;
        let mut status: Option<FunctionCallItemStatus> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "call_id" => 1,
                    "type" => 2,
                    "output" => 3,
                    "name" => 4,
                    "namespace" => 5,
                    "caller" => 6,
                    "status" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut call_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut type_),
                3 => sdk_runtime_types::de::value(&mut map, &mut output),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut namespace),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            call_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output: sdk_runtime_types::de::required::<_, A::Error>(output, "output")?,
            name,
            namespace,
            caller,
            status,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionCallOutputItemParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FunctionCallOutputItemParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(output: impl Into<FunctionCallOutputItemParamOutput>) -> Self {
        Self {
            id: None,
            call_id: None,
            type_: Default::default(),
            output: output.into(),
            name: None,
            namespace: None,
            caller: None,
            status: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
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
    /// Sets `namespace`.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<ToolCallCallerParam>) -> Self {
        self.caller = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<FunctionCallItemStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Text, image, or file output of the function tool call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FunctionCallOutputItemParamOutput {
    Variant2ItemList(Vec<FunctionCallOutputItemParamOutputVariant2Item>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<Vec<FunctionCallOutputItemParamOutputVariant2Item>>
for FunctionCallOutputItemParamOutput {
    fn from(value: Vec<FunctionCallOutputItemParamOutputVariant2Item>) -> Self {
        Self::Variant2ItemList(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<String> for FunctionCallOutputItemParamOutput {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<&str> for FunctionCallOutputItemParamOutput {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A piece of message content, such as text, an image, or a file.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum FunctionCallOutputItemParamOutputVariant2Item {
    /// `input_text`
    InputText(InputTextContentParam),
    /// `input_image`
    InputImage(InputImageContentParamAutoParam),
    /// `input_file`
    InputFile(InputFileContentParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for FunctionCallOutputItemParamOutputVariant2Item {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::InputText(value) => value.serialize(serializer),
            Self::InputImage(value) => value.serialize(serializer),
            Self::InputFile(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::TaggedUnion
for FunctionCallOutputItemParamOutputVariant2Item {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "input_text" => Deserialize::deserialize(content).map(Self::InputText),
                "input_image" => Deserialize::deserialize(content).map(Self::InputImage),
                "input_file" => Deserialize::deserialize(content).map(Self::InputFile),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionCallOutputItemParamOutputVariant2Item {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<InputTextContentParam> for FunctionCallOutputItemParamOutputVariant2Item {
    fn from(value: InputTextContentParam) -> Self {
        Self::InputText(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<InputImageContentParamAutoParam>
for FunctionCallOutputItemParamOutputVariant2Item {
    fn from(value: InputImageContentParamAutoParam) -> Self {
        Self::InputImage(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<InputFileContentParam> for FunctionCallOutputItemParamOutputVariant2Item {
    fn from(value: InputFileContentParam) -> Self {
        Self::InputFile(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A text input to the model.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct InputTextContentParam {
    /// The type of the input item. Always `input_text`.
    #[serde(rename = "type")]
    pub type_: InputTextLiteral,
    /// The text input to the model.
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_breakpoint: Option<PromptCacheBreakpointParam>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for InputTextContentParam {
    const NAME: &'static str = "InputTextContentParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<InputTextLiteral> = None;
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for InputTextContentParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl InputTextContentParam {
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// An image input to the model. Learn about [image inputs](https://platform.openai.com/docs/guides/vision)
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct InputImageContentParamAutoParam {
    /// The type of the input item. Always `input_image`.
    #[serde(rename = "type")]
    pub type_: InputImageLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<DetailEnum>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_breakpoint: Option<PromptCacheBreakpointParam>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for InputImageContentParamAutoParam {
    const NAME: &'static str = "InputImageContentParamAutoParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<InputImageLiteral> = None;
        let mut image_url: Option<String> = None;
        let mut file_id: Option<String> = None;
        let mut detail: Option<DetailEnum> = None;
        let mut prompt_cache_breakpoint: Option<PromptCacheBreakpointParam> = None;
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
                3 => sdk_runtime_types::de::nullable(&mut map, &mut detail),
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
            detail,
            prompt_cache_breakpoint,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for InputImageContentParamAutoParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl InputImageContentParamAutoParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            image_url: None,
            file_id: None,
            detail: None,
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
    /// Sets `detail`.
    pub fn detail(mut self, value: impl Into<DetailEnum>) -> Self {
        self.detail = Some(value.into());
        self
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DetailEnum {
    /// `low`
    Low,
    /// `high`
    High,
    /// `auto`
    Auto,
    /// `original`
    Original,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl DetailEnum {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "low",
            Self::High => "high",
            Self::Auto => "auto",
            Self::Original => "original",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "low" => Self::Low,
            "high" => Self::High,
            "auto" => Self::Auto,
            "original" => Self::Original,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<&str> for DetailEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<String> for DetailEnum {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for DetailEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for DetailEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for DetailEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Default for DetailEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A file input to the model.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct InputFileContentParam {
    /// The type of the input item. Always `input_file`.
    #[serde(rename = "type")]
    pub type_: InputFileLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_data: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_url: Option<String>,
    /// The detail level of the file to be sent to the model. Use `auto` to let the system select the detail level; for GPT-5.6 and later models, `auto` uses high-quality rendering, which may increase input token usage. Use `low` for lower-cost rendering, or `high` to render the file at higher quality. Defaults to `auto`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<FileDetailEnum>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_breakpoint: Option<PromptCacheBreakpointParam>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for InputFileContentParam {
    const NAME: &'static str = "InputFileContentParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<InputFileLiteral> = None;
        let mut file_id: Option<String> = None;
        let mut filename: Option<String> = None;
        let mut file_data: Option<String> = None;
        let mut file_url: Option<String> = None;
        let mut detail: Option<FileDetailEnum> = None;
        let mut prompt_cache_breakpoint: Option<PromptCacheBreakpointParam> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "file_id" => 1,
                    "filename" => 2,
                    "file_data" => 3,
                    "file_url" => 4,
                    "detail" => 5,
                    "prompt_cache_breakpoint" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut file_id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut filename),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut file_data),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut file_url),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut detail),
                6 => {
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
            file_id,
            filename,
            file_data,
            file_url,
            detail,
            prompt_cache_breakpoint,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for InputFileContentParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl InputFileContentParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            file_id: None,
            filename: None,
            file_data: None,
            file_url: None,
            detail: None,
            prompt_cache_breakpoint: None,
        }
    }
    /// Sets `file_id`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
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
    /// Sets `file_url`.
    pub fn file_url(mut self, value: impl Into<String>) -> Self {
        self.file_url = Some(value.into());
        self
    }
    /// Sets `detail`.
    pub fn detail(mut self, value: impl Into<FileDetailEnum>) -> Self {
        self.detail = Some(value.into());
        self
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FileDetailEnum {
    /// `auto`
    Auto,
    /// `low`
    Low,
    /// `high`
    High,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FileDetailEnum {
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<&str> for FileDetailEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<String> for FileDetailEnum {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for FileDetailEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for FileDetailEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FileDetailEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Default for FileDetailEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ToolSearchCallItemParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_id: Option<String>,
    /// The item type. Always `tool_search_call`.
    #[serde(rename = "type")]
    pub type_: ToolSearchCallLiteral,
    /// Whether tool search was executed by the server or by the client.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub execution: Option<ToolSearchExecutionType>,
    /// The arguments supplied to the tool search call.
    pub arguments: EmptyModelParam,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<FunctionCallItemStatus>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ToolSearchCallItemParam {
    const NAME: &'static str = "ToolSearchCallItemParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut type_: Option<ToolSearchCallLiteral> = None;
        let mut execution: Option<ToolSearchExecutionType> = None;
        let mut arguments: Option<EmptyModelParam> = None;
        let mut status: Option<FunctionCallItemStatus> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "call_id" => 1,
                    "type" => 2,
                    "execution" => 3,
                    "arguments" => 4,
                    "status" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut call_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut type_),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut execution),
                4 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            call_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            execution,
            arguments: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(arguments, "arguments")?,
            status,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ToolSearchCallItemParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ToolSearchCallItemParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(arguments: impl Into<EmptyModelParam>) -> Self {
        Self {
            id: None,
            call_id: None,
            type_: Default::default(),
            execution: None,
            arguments: arguments.into(),
            status: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `call_id`.
    pub fn call_id(mut self, value: impl Into<String>) -> Self {
        self.call_id = Some(value.into());
        self
    }
    /// Sets `execution`.
    pub fn execution(mut self, value: impl Into<ToolSearchExecutionType>) -> Self {
        self.execution = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<FunctionCallItemStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ToolSearchOutputItemParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_id: Option<String>,
    /// The item type. Always `tool_search_output`.
    #[serde(rename = "type")]
    pub type_: ToolSearchOutputLiteral,
    /// Whether tool search was executed by the server or by the client.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub execution: Option<ToolSearchExecutionType>,
    /// The loaded tool definitions returned by the tool search output.
    pub tools: Vec<Tool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<FunctionCallItemStatus>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ToolSearchOutputItemParam {
    const NAME: &'static str = "ToolSearchOutputItemParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut type_: Option<ToolSearchOutputLiteral> = None;
        let mut execution: Option<ToolSearchExecutionType> = None;
        let mut tools: Option<Vec<Tool>> = None;
        let mut status: Option<FunctionCallItemStatus> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "call_id" => 1,
                    "type" => 2,
                    "execution" => 3,
                    "tools" => 4,
                    "status" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut call_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut type_),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut execution),
                4 => sdk_runtime_types::de::value(&mut map, &mut tools),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            call_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            execution,
            tools: sdk_runtime_types::de::required::<_, A::Error>(tools, "tools")?,
            status,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ToolSearchOutputItemParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ToolSearchOutputItemParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(tools: impl Into<Vec<Tool>>) -> Self {
        Self {
            id: None,
            call_id: None,
            type_: Default::default(),
            execution: None,
            tools: tools.into(),
            status: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `call_id`.
    pub fn call_id(mut self, value: impl Into<String>) -> Self {
        self.call_id = Some(value.into());
        self
    }
    /// Sets `execution`.
    pub fn execution(mut self, value: impl Into<ToolSearchExecutionType>) -> Self {
        self.execution = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<FunctionCallItemStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AdditionalToolsItemParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The item type. Always `additional_tools`.
    #[serde(rename = "type")]
    pub type_: AdditionalToolsLiteral,
    /// The role that provided the additional tools. Only `developer` is supported.
    pub role: DeveloperLiteral,
    /// A list of additional tools made available at this item.
    pub tools: Vec<Tool>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for AdditionalToolsItemParam {
    const NAME: &'static str = "AdditionalToolsItemParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<AdditionalToolsLiteral> = None;
        let mut role: Option<DeveloperLiteral> = None;
        let mut tools: Option<Vec<Tool>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "role" => 2,
                    "tools" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut role),
                3 => sdk_runtime_types::de::value(&mut map, &mut tools),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            role: sdk_runtime_types::de::required::<_, A::Error>(role, "role")?,
            tools: sdk_runtime_types::de::required::<_, A::Error>(tools, "tools")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for AdditionalToolsItemParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl AdditionalToolsItemParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(tools: impl Into<Vec<Tool>>) -> Self {
        Self {
            id: None,
            type_: Default::default(),
            role: Default::default(),
            tools: tools.into(),
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A compaction item generated by the [`v1/responses/compact` API](https://platform.openai.com/docs/api-reference/responses/compact).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CompactionSummaryItemParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the item. Always `compaction`.
    #[serde(rename = "type")]
    pub type_: CompactionLiteral,
    /// The encrypted content of the compaction summary.
    pub encrypted_content: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for CompactionSummaryItemParam {
    const NAME: &'static str = "CompactionSummaryItemParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<CompactionLiteral> = None;
        let mut encrypted_content: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "encrypted_content" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut encrypted_content),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            encrypted_content: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(encrypted_content, "encrypted_content")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for CompactionSummaryItemParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl CompactionSummaryItemParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(encrypted_content: impl Into<String>) -> Self {
        Self {
            id: None,
            type_: Default::default(),
            encrypted_content: encrypted_content.into(),
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A tool representing a request to execute one or more shell commands.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FunctionShellCallItemParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The unique ID of the shell tool call generated by the model.
    pub call_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<ToolCallCallerParam>,
    /// The type of the item. Always `shell_call`.
    #[serde(rename = "type")]
    pub type_: ShellCallLiteral,
    /// The shell commands and limits that describe how to run the tool call.
    pub action: FunctionShellActionParam,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<FunctionShellCallItemStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub environment: Option<FunctionShellCallItemParamEnvironment>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for FunctionShellCallItemParam {
    const NAME: &'static str = "FunctionShellCallItemParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut caller: Option<ToolCallCallerParam> = None;
        let mut type_: Option<ShellCallLiteral> = None;
        let mut action: Option<FunctionShellActionParam> = None;
        let mut status: Option<FunctionShellCallItemStatus> = None;
        let mut environment: Option<FunctionShellCallItemParamEnvironment> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "call_id" => 1,
                    "caller" => 2,
                    "type" => 3,
                    "action" => 4,
                    "status" => 5,
                    "environment" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                3 => sdk_runtime_types::de::value(&mut map, &mut type_),
                4 => sdk_runtime_types::de::value(&mut map, &mut action),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut environment),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            caller,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            action: sdk_runtime_types::de::required::<_, A::Error>(action, "action")?,
            status,
            environment,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionShellCallItemParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FunctionShellCallItemParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        call_id: impl Into<String>,
        action: impl Into<FunctionShellActionParam>,
    ) -> Self {
        Self {
            id: None,
            call_id: call_id.into(),
            caller: None,
            type_: Default::default(),
            action: action.into(),
            status: None,
            environment: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<ToolCallCallerParam>) -> Self {
        self.caller = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<FunctionShellCallItemStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `environment`.
    pub fn environment(
        mut self,
        value: impl Into<FunctionShellCallItemParamEnvironment>,
    ) -> Self {
        self.environment = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Commands and limits describing how to run the shell tool call.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FunctionShellActionParam {
    /// Ordered shell commands for the execution environment to run.
    pub commands: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeout_ms: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_output_length: Option<i64>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for FunctionShellActionParam {
    const NAME: &'static str = "FunctionShellActionParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut commands: Option<Vec<String>> = None;
        let mut timeout_ms: Option<i64> = None;
        let mut max_output_length: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "commands" => 0,
                    "timeout_ms" => 1,
                    "max_output_length" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut commands),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut timeout_ms),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut max_output_length),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            commands: commands.unwrap_or_default(),
            timeout_ms,
            max_output_length,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionShellActionParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FunctionShellActionParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(commands: impl Into<Vec<String>>) -> Self {
        Self {
            commands: commands.into(),
            timeout_ms: None,
            max_output_length: None,
        }
    }
    /// Sets `timeout_ms`.
    pub fn timeout_ms(mut self, value: impl Into<i64>) -> Self {
        self.timeout_ms = Some(value.into());
        self
    }
    /// Sets `max_output_length`.
    pub fn max_output_length(mut self, value: impl Into<i64>) -> Self {
        self.max_output_length = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Status values reported for shell tool calls.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FunctionShellCallItemStatus {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FunctionShellCallItemStatus {
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<&str> for FunctionShellCallItemStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<String> for FunctionShellCallItemStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for FunctionShellCallItemStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for FunctionShellCallItemStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionShellCallItemStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Default for FunctionShellCallItemStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The environment to execute the shell commands in.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum FunctionShellCallItemParamEnvironment {
    /// `local`
    Local(LocalEnvironmentParam),
    /// `container_reference`
    ContainerReference(ContainerReferenceParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for FunctionShellCallItemParamEnvironment {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Local(value) => value.serialize(serializer),
            Self::ContainerReference(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::TaggedUnion for FunctionShellCallItemParamEnvironment {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "local" => Deserialize::deserialize(content).map(Self::Local),
                "container_reference" => {
                    Deserialize::deserialize(content).map(Self::ContainerReference)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionShellCallItemParamEnvironment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<LocalEnvironmentParam> for FunctionShellCallItemParamEnvironment {
    fn from(value: LocalEnvironmentParam) -> Self {
        Self::Local(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ContainerReferenceParam> for FunctionShellCallItemParamEnvironment {
    fn from(value: ContainerReferenceParam) -> Self {
        Self::ContainerReference(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The streamed output items emitted by a shell tool call.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FunctionShellCallOutputItemParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The unique ID of the shell tool call generated by the model.
    pub call_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<ToolCallCallerParam>,
    /// The type of the item. Always `shell_call_output`.
    #[serde(rename = "type")]
    pub type_: ShellCallOutputLiteral,
    /// Captured chunks of stdout and stderr output, along with their associated outcomes.
    pub output: Vec<FunctionShellCallOutputContentParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<FunctionShellCallItemStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_output_length: Option<i64>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for FunctionShellCallOutputItemParam {
    const NAME: &'static str = "FunctionShellCallOutputItemParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut caller: Option<ToolCallCallerParam> = None;
        let mut type_: Option<ShellCallOutputLiteral> = None;
        let mut output: Option<Vec<FunctionShellCallOutputContentParam>> = None;
        let mut status: Option<FunctionShellCallItemStatus> = None;
        let mut max_output_length: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "call_id" => 1,
                    "caller" => 2,
                    "type" => 3,
                    "output" => 4,
                    "status" => 5,
                    "max_output_length" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                3 => sdk_runtime_types::de::value(&mut map, &mut type_),
                4 => sdk_runtime_types::de::value(&mut map, &mut output),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut max_output_length),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            caller,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output: sdk_runtime_types::de::required::<_, A::Error>(output, "output")?,
            status,
            max_output_length,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionShellCallOutputItemParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FunctionShellCallOutputItemParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        call_id: impl Into<String>,
        output: impl Into<Vec<FunctionShellCallOutputContentParam>>,
    ) -> Self {
        Self {
            id: None,
            call_id: call_id.into(),
            caller: None,
            type_: Default::default(),
            output: output.into(),
            status: None,
            max_output_length: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<ToolCallCallerParam>) -> Self {
        self.caller = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<FunctionShellCallItemStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `max_output_length`.
    pub fn max_output_length(mut self, value: impl Into<i64>) -> Self {
        self.max_output_length = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Captured stdout and stderr for a portion of a shell tool call output.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FunctionShellCallOutputContentParam {
    /// Captured stdout output for the shell call.
    pub stdout: String,
    /// Captured stderr output for the shell call.
    pub stderr: String,
    /// The exit or timeout outcome associated with this shell call.
    pub outcome: FunctionShellCallOutputOutcomeParam,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for FunctionShellCallOutputContentParam {
    const NAME: &'static str = "FunctionShellCallOutputContentParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut stdout: Option<String> = None;
        let mut stderr: Option<String> = None;
        let mut outcome: Option<FunctionShellCallOutputOutcomeParam> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "stdout" => 0,
                    "stderr" => 1,
                    "outcome" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut stdout),
                1 => sdk_runtime_types::de::value(&mut map, &mut stderr),
                2 => sdk_runtime_types::de::value(&mut map, &mut outcome),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            stdout: stdout.unwrap_or_default(),
            stderr: stderr.unwrap_or_default(),
            outcome: sdk_runtime_types::de::required::<_, A::Error>(outcome, "outcome")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionShellCallOutputContentParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FunctionShellCallOutputContentParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        stdout: impl Into<String>,
        stderr: impl Into<String>,
        outcome: impl Into<FunctionShellCallOutputOutcomeParam>,
    ) -> Self {
        Self {
            stdout: stdout.into(),
            stderr: stderr.into(),
            outcome: outcome.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The exit or timeout outcome associated with this shell call.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum FunctionShellCallOutputOutcomeParam {
    /// `timeout`
    Timeout(FunctionShellCallOutputTimeoutOutcomeParam),
    /// `exit`
    Exit(FunctionShellCallOutputExitOutcomeParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for FunctionShellCallOutputOutcomeParam {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Timeout(value) => value.serialize(serializer),
            Self::Exit(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::TaggedUnion for FunctionShellCallOutputOutcomeParam {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "timeout" => Deserialize::deserialize(content).map(Self::Timeout),
                "exit" => Deserialize::deserialize(content).map(Self::Exit),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionShellCallOutputOutcomeParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<FunctionShellCallOutputTimeoutOutcomeParam>
for FunctionShellCallOutputOutcomeParam {
    fn from(value: FunctionShellCallOutputTimeoutOutcomeParam) -> Self {
        Self::Timeout(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<FunctionShellCallOutputExitOutcomeParam>
for FunctionShellCallOutputOutcomeParam {
    fn from(value: FunctionShellCallOutputExitOutcomeParam) -> Self {
        Self::Exit(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Indicates that the shell call exceeded its configured time limit.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FunctionShellCallOutputTimeoutOutcomeParam {
    /// The outcome type. Always `timeout`.
    #[serde(rename = "type")]
    pub type_: TimeoutLiteral,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for FunctionShellCallOutputTimeoutOutcomeParam {
    const NAME: &'static str = "FunctionShellCallOutputTimeoutOutcomeParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<TimeoutLiteral> = None;
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionShellCallOutputTimeoutOutcomeParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FunctionShellCallOutputTimeoutOutcomeParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: Default::default() }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Indicates that the shell commands finished and returned an exit code.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FunctionShellCallOutputExitOutcomeParam {
    /// The outcome type. Always `exit`.
    #[serde(rename = "type")]
    pub type_: ExitLiteral,
    /// The exit code returned by the shell process.
    pub exit_code: i64,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for FunctionShellCallOutputExitOutcomeParam {
    const NAME: &'static str = "FunctionShellCallOutputExitOutcomeParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ExitLiteral> = None;
        let mut exit_code: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "exit_code" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut exit_code),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            exit_code: exit_code.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionShellCallOutputExitOutcomeParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FunctionShellCallOutputExitOutcomeParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(exit_code: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            exit_code: exit_code.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A tool call representing a request to create, delete, or update files using diff patches.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ApplyPatchToolCallItemParam {
    /// The type of the item. Always `apply_patch_call`.
    #[serde(rename = "type")]
    pub type_: ApplyPatchCallLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The unique ID of the apply patch tool call generated by the model.
    pub call_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<ToolCallCallerParam>,
    /// The status of the apply patch tool call. One of `in_progress` or `completed`.
    pub status: ApplyPatchCallStatusParam,
    /// The specific create, delete, or update instruction for the apply_patch tool call.
    pub operation: ApplyPatchOperationParam,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ApplyPatchToolCallItemParam {
    const NAME: &'static str = "ApplyPatchToolCallItemParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ApplyPatchCallLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut caller: Option<ToolCallCallerParam> = None;
        let mut status: Option<ApplyPatchCallStatusParam> = None;
        let mut operation: Option<ApplyPatchOperationParam> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "caller" => 3,
                    "status" => 4,
                    "operation" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                4 => sdk_runtime_types::de::value(&mut map, &mut status),
                5 => sdk_runtime_types::de::value(&mut map, &mut operation),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            caller,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            operation: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(operation, "operation")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ApplyPatchToolCallItemParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ApplyPatchToolCallItemParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        call_id: impl Into<String>,
        status: impl Into<ApplyPatchCallStatusParam>,
        operation: impl Into<ApplyPatchOperationParam>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: None,
            call_id: call_id.into(),
            caller: None,
            status: status.into(),
            operation: operation.into(),
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<ToolCallCallerParam>) -> Self {
        self.caller = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Status values reported for apply_patch tool calls.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApplyPatchCallStatusParam {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ApplyPatchCallStatusParam {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in_progress",
            Self::Completed => "completed",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "in_progress" => Self::InProgress,
            "completed" => Self::Completed,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<&str> for ApplyPatchCallStatusParam {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<String> for ApplyPatchCallStatusParam {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ApplyPatchCallStatusParam {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for ApplyPatchCallStatusParam {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ApplyPatchCallStatusParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Default for ApplyPatchCallStatusParam {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// One of the create_file, delete_file, or update_file operations supplied to the apply_patch tool.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ApplyPatchOperationParam {
    /// `create_file`
    CreateFile(ApplyPatchCreateFileOperationParam),
    /// `delete_file`
    DeleteFile(ApplyPatchDeleteFileOperationParam),
    /// `update_file`
    UpdateFile(ApplyPatchUpdateFileOperationParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for ApplyPatchOperationParam {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::CreateFile(value) => value.serialize(serializer),
            Self::DeleteFile(value) => value.serialize(serializer),
            Self::UpdateFile(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::TaggedUnion for ApplyPatchOperationParam {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "create_file" => Deserialize::deserialize(content).map(Self::CreateFile),
                "delete_file" => Deserialize::deserialize(content).map(Self::DeleteFile),
                "update_file" => Deserialize::deserialize(content).map(Self::UpdateFile),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ApplyPatchOperationParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ApplyPatchCreateFileOperationParam> for ApplyPatchOperationParam {
    fn from(value: ApplyPatchCreateFileOperationParam) -> Self {
        Self::CreateFile(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ApplyPatchDeleteFileOperationParam> for ApplyPatchOperationParam {
    fn from(value: ApplyPatchDeleteFileOperationParam) -> Self {
        Self::DeleteFile(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ApplyPatchUpdateFileOperationParam> for ApplyPatchOperationParam {
    fn from(value: ApplyPatchUpdateFileOperationParam) -> Self {
        Self::UpdateFile(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Instruction for creating a new file via the apply_patch tool.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ApplyPatchCreateFileOperationParam {
    /// The operation type. Always `create_file`.
    #[serde(rename = "type")]
    pub type_: CreateFileLiteral,
    /// Path of the file to create relative to the workspace root.
    pub path: String,
    /// Unified diff content to apply when creating the file.
    pub diff: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ApplyPatchCreateFileOperationParam {
    const NAME: &'static str = "ApplyPatchCreateFileOperationParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<CreateFileLiteral> = None;
        let mut path: Option<String> = None;
        let mut diff: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "path" => 1,
                    "diff" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut path),
                2 => sdk_runtime_types::de::value(&mut map, &mut diff),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            path: path.unwrap_or_default(),
            diff: diff.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ApplyPatchCreateFileOperationParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ApplyPatchCreateFileOperationParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(path: impl Into<String>, diff: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            path: path.into(),
            diff: diff.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Instruction for deleting an existing file via the apply_patch tool.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ApplyPatchDeleteFileOperationParam {
    /// The operation type. Always `delete_file`.
    #[serde(rename = "type")]
    pub type_: DeleteFileLiteral,
    /// Path of the file to delete relative to the workspace root.
    pub path: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ApplyPatchDeleteFileOperationParam {
    const NAME: &'static str = "ApplyPatchDeleteFileOperationParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<DeleteFileLiteral> = None;
        let mut path: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "path" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut path),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            path: path.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ApplyPatchDeleteFileOperationParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ApplyPatchDeleteFileOperationParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(path: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            path: path.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Instruction for updating an existing file via the apply_patch tool.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ApplyPatchUpdateFileOperationParam {
    /// The operation type. Always `update_file`.
    #[serde(rename = "type")]
    pub type_: UpdateFileLiteral,
    /// Path of the file to update relative to the workspace root.
    pub path: String,
    /// Unified diff content to apply to the existing file.
    pub diff: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ApplyPatchUpdateFileOperationParam {
    const NAME: &'static str = "ApplyPatchUpdateFileOperationParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<UpdateFileLiteral> = None;
        let mut path: Option<String> = None;
        let mut diff: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "path" => 1,
                    "diff" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut path),
                2 => sdk_runtime_types::de::value(&mut map, &mut diff),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            path: path.unwrap_or_default(),
            diff: diff.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ApplyPatchUpdateFileOperationParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ApplyPatchUpdateFileOperationParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(path: impl Into<String>, diff: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            path: path.into(),
            diff: diff.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The streamed output emitted by an apply patch tool call.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ApplyPatchToolCallOutputItemParam {
    /// The type of the item. Always `apply_patch_call_output`.
    #[serde(rename = "type")]
    pub type_: ApplyPatchCallOutputLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The unique ID of the apply patch tool call generated by the model.
    pub call_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<ToolCallCallerParam>,
    /// The status of the apply patch tool call output. One of `completed` or `failed`.
    pub status: ApplyPatchCallOutputStatusParam,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ApplyPatchToolCallOutputItemParam {
    const NAME: &'static str = "ApplyPatchToolCallOutputItemParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ApplyPatchCallOutputLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut caller: Option<ToolCallCallerParam> = None;
        let mut status: Option<ApplyPatchCallOutputStatusParam> = None;
        let mut output: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "caller" => 3,
                    "status" => 4,
                    "output" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                4 => sdk_runtime_types::de::value(&mut map, &mut status),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut output),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            caller,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            output,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ApplyPatchToolCallOutputItemParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ApplyPatchToolCallOutputItemParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        call_id: impl Into<String>,
        status: impl Into<ApplyPatchCallOutputStatusParam>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: None,
            call_id: call_id.into(),
            caller: None,
            status: status.into(),
            output: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<ToolCallCallerParam>) -> Self {
        self.caller = Some(value.into());
        self
    }
    /// Sets `output`.
    pub fn output(mut self, value: impl Into<String>) -> Self {
        self.output = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Outcome values reported for apply_patch tool call outputs.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApplyPatchCallOutputStatusParam {
    /// `completed`
    Completed,
    /// `failed`
    Failed,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ApplyPatchCallOutputStatusParam {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "completed" => Self::Completed,
            "failed" => Self::Failed,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<&str> for ApplyPatchCallOutputStatusParam {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<String> for ApplyPatchCallOutputStatusParam {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ApplyPatchCallOutputStatusParam {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for ApplyPatchCallOutputStatusParam {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ApplyPatchCallOutputStatusParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Default for ApplyPatchCallOutputStatusParam {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A response to an MCP approval request.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct McpApprovalResponse {
    /// The type of the item. Always `mcp_approval_response`.
    #[serde(rename = "type")]
    pub type_: McpApprovalResponseLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The ID of the approval request being answered.
    pub approval_request_id: String,
    /// Whether the request was approved.
    pub approve: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for McpApprovalResponse {
    const NAME: &'static str = "McpApprovalResponse";
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
                1 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut approval_request_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut approve),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut reason),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id,
            approval_request_id: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(approval_request_id, "approval_request_id")?,
            approve: sdk_runtime_types::de::required::<_, A::Error>(approve, "approve")?,
            reason,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for McpApprovalResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl McpApprovalResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        approval_request_id: impl Into<String>,
        approve: impl Into<bool>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: None,
            approval_request_id: approval_request_id.into(),
            approve: approve.into(),
            reason: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `reason`.
    pub fn reason(mut self, value: impl Into<String>) -> Self {
        self.reason = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Compacts the current context. Must be the final input item.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CompactionTriggerItemParam {
    /// The type of the item. Always `compaction_trigger`.
    #[serde(rename = "type")]
    pub type_: CompactionTriggerLiteral,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for CompactionTriggerItemParam {
    const NAME: &'static str = "CompactionTriggerItemParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<CompactionTriggerLiteral> = None;
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for CompactionTriggerItemParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl CompactionTriggerItemParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: Default::default() }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// An internal identifier for an item to reference.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ItemReferenceParam {
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<ItemReferenceLiteral>,
    /// The ID of the item to reference.
    pub id: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ItemReferenceParam {
    const NAME: &'static str = "ItemReferenceParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ItemReferenceLiteral> = None;
        let mut id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ItemReferenceParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ItemReferenceParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        Self { type_: None, id: id.into() }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<ItemReferenceLiteral>) -> Self {
        self.type_ = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ProgramItemParam {
    /// The unique ID of this program item.
    pub id: String,
    /// The item type. Always `program`.
    #[serde(rename = "type")]
    pub type_: ProgramLiteral,
    /// The stable call ID of the program item.
    pub call_id: String,
    /// The JavaScript source executed by programmatic tool calling.
    pub code: String,
    /// Opaque program replay fingerprint that must be round-tripped.
    pub fingerprint: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ProgramItemParam {
    const NAME: &'static str = "ProgramItemParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<ProgramLiteral> = None;
        let mut call_id: Option<String> = None;
        let mut code: Option<String> = None;
        let mut fingerprint: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "call_id" => 2,
                    "code" => 3,
                    "fingerprint" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut code),
                4 => sdk_runtime_types::de::value(&mut map, &mut fingerprint),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            code: sdk_runtime_types::de::required::<_, A::Error>(code, "code")?,
            fingerprint: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(fingerprint, "fingerprint")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ProgramItemParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ProgramItemParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        code: impl Into<String>,
        fingerprint: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            type_: Default::default(),
            call_id: call_id.into(),
            code: code.into(),
            fingerprint: fingerprint.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ProgramOutputItemParam {
    /// The unique ID of this program output item.
    pub id: String,
    /// The item type. Always `program_output`.
    #[serde(rename = "type")]
    pub type_: ProgramOutputLiteral,
    /// The call ID of the program item.
    pub call_id: String,
    /// The result produced by the program item.
    pub result: String,
    /// The terminal status of the program output.
    pub status: ProgramOutputItemStatus,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ProgramOutputItemParam {
    const NAME: &'static str = "ProgramOutputItemParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<ProgramOutputLiteral> = None;
        let mut call_id: Option<String> = None;
        let mut result: Option<String> = None;
        let mut status: Option<ProgramOutputItemStatus> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "call_id" => 2,
                    "result" => 3,
                    "status" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut result),
                4 => sdk_runtime_types::de::value(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            result: sdk_runtime_types::de::required::<_, A::Error>(result, "result")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ProgramOutputItemParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ProgramOutputItemParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        result: impl Into<String>,
        status: impl Into<ProgramOutputItemStatus>,
    ) -> Self {
        Self {
            id: id.into(),
            type_: Default::default(),
            call_id: call_id.into(),
            result: result.into(),
            status: status.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ProgramOutputItemStatus {
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ProgramOutputItemStatus {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::Incomplete => "incomplete",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "completed" => Self::Completed,
            "incomplete" => Self::Incomplete,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<&str> for ProgramOutputItemStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<String> for ProgramOutputItemStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ProgramOutputItemStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for ProgramOutputItemStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ProgramOutputItemStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Default for ProgramOutputItemStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Specify additional output data to include in the model response. Currently supported values are:
/// - `web_search_call.results`: Include the search results of the web search tool call.
/// - `web_search_call.action.sources`: Include the sources of the web search tool call.
/// - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter tool call items.
/// - `computer_call_output.output.image_url`: Include image urls from the computer call output.
/// - `file_search_call.results`: Include the search results of the file search tool call.
/// - `message.input_image.image_url`: Include image urls from the input message.
/// - `message.output_text.logprobs`: Include logprobs with assistant messages.
/// - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses API statelessly (like when the `store` parameter is set to `false`, or when an organization is enrolled in the zero data retention program).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IncludeEnum {
    /// `file_search_call.results`
    FileSearchCallResults,
    /// `web_search_call.results`
    WebSearchCallResults,
    /// `web_search_call.action.sources`
    WebSearchCallActionSources,
    /// `message.input_image.image_url`
    MessageInputImageImageUrl,
    /// `computer_call_output.output.image_url`
    ComputerCallOutputOutputImageUrl,
    /// `code_interpreter_call.outputs`
    CodeInterpreterCallOutputs,
    /// `reasoning.encrypted_content`
    ReasoningEncryptedContent,
    /// `message.output_text.logprobs`
    MessageOutputTextLogprobs,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl IncludeEnum {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::FileSearchCallResults => "file_search_call.results",
            Self::WebSearchCallResults => "web_search_call.results",
            Self::WebSearchCallActionSources => "web_search_call.action.sources",
            Self::MessageInputImageImageUrl => "message.input_image.image_url",
            Self::ComputerCallOutputOutputImageUrl => {
                "computer_call_output.output.image_url"
            }
            Self::CodeInterpreterCallOutputs => "code_interpreter_call.outputs",
            Self::ReasoningEncryptedContent => "reasoning.encrypted_content",
            Self::MessageOutputTextLogprobs => "message.output_text.logprobs",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "file_search_call.results" => Self::FileSearchCallResults,
            "web_search_call.results" => Self::WebSearchCallResults,
            "web_search_call.action.sources" => Self::WebSearchCallActionSources,
            "message.input_image.image_url" => Self::MessageInputImageImageUrl,
            "computer_call_output.output.image_url" => {
                Self::ComputerCallOutputOutputImageUrl
            }
            "code_interpreter_call.outputs" => Self::CodeInterpreterCallOutputs,
            "reasoning.encrypted_content" => Self::ReasoningEncryptedContent,
            "message.output_text.logprobs" => Self::MessageOutputTextLogprobs,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<&str> for IncludeEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<String> for IncludeEnum {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for IncludeEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Serialize for IncludeEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for IncludeEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Default for IncludeEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct DeletedConversationResource {
    pub object: ConversationDeletedLiteral,
    pub deleted: bool,
    pub id: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types"))]
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
#[cfg(any(feature = "conversations", feature = "extra-types"))]
impl<'de> Deserialize<'de> for DeletedConversationResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types"))]
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
#[cfg(any(feature = "conversations", feature = "extra-types"))]
/// The constant `conversation.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ConversationDeletedLiteral {
    /// `conversation.deleted`
    #[default]
    ConversationDeleted,
}
#[cfg(any(feature = "conversations", feature = "extra-types"))]
impl ConversationDeletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "conversation.deleted"
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types"))]
impl std::fmt::Display for ConversationDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types"))]
impl Serialize for ConversationDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("conversation.deleted")
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types"))]
impl<'de> Deserialize<'de> for ConversationDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "conversation.deleted")
            .map(|()| Self::ConversationDeleted)
    }
}
