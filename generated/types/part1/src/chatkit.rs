//! Types of the `chatkit` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
/// Controls diagnostic tracing during the session.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatkitWorkflowTracing {
    /// Indicates whether tracing is enabled.
    pub enabled: bool,
}
impl sdk_runtime_types::de::Object for ChatkitWorkflowTracing {
    const NAME: &'static str = "ChatkitWorkflowTracing";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut enabled: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "enabled" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut enabled),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            enabled: enabled.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ChatkitWorkflowTracing {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ChatkitWorkflowTracing {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(enabled: impl Into<bool>) -> Self {
        Self { enabled: enabled.into() }
    }
}
/// Workflow metadata and state returned for the session.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatkitWorkflow {
    /// Identifier of the workflow backing the session.
    pub id: String,
    pub version: Option<String>,
    pub state_variables: Option<
        std::collections::BTreeMap<String, WorkflowParamStateVariablesValue>,
    >,
    /// Tracing settings applied to the workflow.
    pub tracing: ChatkitWorkflowTracing,
}
impl sdk_runtime_types::de::Object for ChatkitWorkflow {
    const NAME: &'static str = "ChatkitWorkflow";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut version: Option<String> = None;
        let mut state_variables: Option<
            std::collections::BTreeMap<String, WorkflowParamStateVariablesValue>,
        > = None;
        let mut tracing: Option<ChatkitWorkflowTracing> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "version" => 1,
                    "state_variables" => 2,
                    "tracing" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut version),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut state_variables),
                3 => sdk_runtime_types::de::value(&mut map, &mut tracing),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            version,
            state_variables,
            tracing: tracing.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ChatkitWorkflow {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ChatkitWorkflow {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        tracing: impl Into<ChatkitWorkflowTracing>,
    ) -> Self {
        Self {
            id: id.into(),
            version: None,
            state_variables: None,
            tracing: tracing.into(),
        }
    }
    /// Sets `version`.
    pub fn version(mut self, value: impl Into<String>) -> Self {
        self.version = Some(value.into());
        self
    }
    /// Sets `state_variables`.
    pub fn state_variables(
        mut self,
        value: impl Into<
            std::collections::BTreeMap<String, WorkflowParamStateVariablesValue>,
        >,
    ) -> Self {
        self.state_variables = Some(value.into());
        self
    }
}
/// Active per-minute request limit for the session.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatSessionRateLimits {
    /// Maximum allowed requests per one-minute window.
    pub max_requests_per_1_minute: i64,
}
impl sdk_runtime_types::de::Object for ChatSessionRateLimits {
    const NAME: &'static str = "ChatSessionRateLimits";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut max_requests_per_1_minute: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "max_requests_per_1_minute" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => {
                    sdk_runtime_types::de::value(
                        &mut map,
                        &mut max_requests_per_1_minute,
                    )
                }
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            max_requests_per_1_minute: max_requests_per_1_minute.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ChatSessionRateLimits {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ChatSessionRateLimits {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(max_requests_per_1_minute: impl Into<i64>) -> Self {
        Self {
            max_requests_per_1_minute: max_requests_per_1_minute.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ChatSessionStatus {
    /// `active`
    Active,
    /// `expired`
    Expired,
    /// `cancelled`
    Cancelled,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl ChatSessionStatus {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Expired => "expired",
            Self::Cancelled => "cancelled",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "expired" => Self::Expired,
            "cancelled" => Self::Cancelled,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for ChatSessionStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for ChatSessionStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for ChatSessionStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ChatSessionStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ChatSessionStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for ChatSessionStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Automatic thread title preferences for the session.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatSessionAutomaticThreadTitling {
    /// Whether automatic thread titling is enabled.
    pub enabled: bool,
}
impl sdk_runtime_types::de::Object for ChatSessionAutomaticThreadTitling {
    const NAME: &'static str = "ChatSessionAutomaticThreadTitling";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut enabled: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "enabled" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut enabled),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            enabled: enabled.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ChatSessionAutomaticThreadTitling {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ChatSessionAutomaticThreadTitling {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(enabled: impl Into<bool>) -> Self {
        Self { enabled: enabled.into() }
    }
}
/// Upload permissions and limits applied to the session.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatSessionFileUpload {
    /// Indicates if uploads are enabled for the session.
    pub enabled: bool,
    pub max_file_size: Option<i64>,
    pub max_files: Option<i64>,
}
impl sdk_runtime_types::de::Object for ChatSessionFileUpload {
    const NAME: &'static str = "ChatSessionFileUpload";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut enabled: Option<bool> = None;
        let mut max_file_size: Option<i64> = None;
        let mut max_files: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "enabled" => 0,
                    "max_file_size" => 1,
                    "max_files" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut enabled),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut max_file_size),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut max_files),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            enabled: enabled.unwrap_or_default(),
            max_file_size,
            max_files,
        })
    }
}
impl<'de> Deserialize<'de> for ChatSessionFileUpload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ChatSessionFileUpload {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(enabled: impl Into<bool>) -> Self {
        Self {
            enabled: enabled.into(),
            max_file_size: None,
            max_files: None,
        }
    }
    /// Sets `max_file_size`.
    pub fn max_file_size(mut self, value: impl Into<i64>) -> Self {
        self.max_file_size = Some(value.into());
        self
    }
    /// Sets `max_files`.
    pub fn max_files(mut self, value: impl Into<i64>) -> Self {
        self.max_files = Some(value.into());
        self
    }
}
/// History retention preferences returned for the session.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatSessionHistory {
    /// Indicates if chat history is persisted for the session.
    pub enabled: bool,
    pub recent_threads: Option<i64>,
}
impl sdk_runtime_types::de::Object for ChatSessionHistory {
    const NAME: &'static str = "ChatSessionHistory";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut enabled: Option<bool> = None;
        let mut recent_threads: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "enabled" => 0,
                    "recent_threads" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut enabled),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut recent_threads),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            enabled: enabled.unwrap_or_default(),
            recent_threads,
        })
    }
}
impl<'de> Deserialize<'de> for ChatSessionHistory {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ChatSessionHistory {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(enabled: impl Into<bool>) -> Self {
        Self {
            enabled: enabled.into(),
            recent_threads: None,
        }
    }
    /// Sets `recent_threads`.
    pub fn recent_threads(mut self, value: impl Into<i64>) -> Self {
        self.recent_threads = Some(value.into());
        self
    }
}
/// ChatKit configuration for the session.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatSessionChatkitConfiguration {
    /// Automatic thread titling preferences.
    pub automatic_thread_titling: ChatSessionAutomaticThreadTitling,
    /// Upload settings for the session.
    pub file_upload: ChatSessionFileUpload,
    /// History retention configuration.
    pub history: ChatSessionHistory,
}
impl sdk_runtime_types::de::Object for ChatSessionChatkitConfiguration {
    const NAME: &'static str = "ChatSessionChatkitConfiguration";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut automatic_thread_titling: Option<ChatSessionAutomaticThreadTitling> = None;
        let mut file_upload: Option<ChatSessionFileUpload> = None;
        let mut history: Option<ChatSessionHistory> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "automatic_thread_titling" => 0,
                    "file_upload" => 1,
                    "history" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => {
                    sdk_runtime_types::de::value(&mut map, &mut automatic_thread_titling)
                }
                1 => sdk_runtime_types::de::value(&mut map, &mut file_upload),
                2 => sdk_runtime_types::de::value(&mut map, &mut history),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            automatic_thread_titling: automatic_thread_titling.unwrap_or_default(),
            file_upload: file_upload.unwrap_or_default(),
            history: history.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ChatSessionChatkitConfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ChatSessionChatkitConfiguration {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        automatic_thread_titling: impl Into<ChatSessionAutomaticThreadTitling>,
        file_upload: impl Into<ChatSessionFileUpload>,
        history: impl Into<ChatSessionHistory>,
    ) -> Self {
        Self {
            automatic_thread_titling: automatic_thread_titling.into(),
            file_upload: file_upload.into(),
            history: history.into(),
        }
    }
}
/// Represents a ChatKit session and its resolved configuration.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ChatSessionResource {
    /// Identifier for the ChatKit session.
    pub id: String,
    /// Type discriminator that is always `chatkit.session`.
    pub object: ChatkitSessionLiteral,
    /// Unix timestamp (in seconds) for when the session expires.
    pub expires_at: i64,
    /// Ephemeral client secret that authenticates session requests.
    pub client_secret: String,
    /// Workflow metadata for the session.
    pub workflow: ChatkitWorkflow,
    /// User identifier associated with the session.
    pub user: String,
    /// Resolved rate limit values.
    pub rate_limits: ChatSessionRateLimits,
    /// Convenience copy of the per-minute request limit.
    pub max_requests_per_1_minute: i64,
    /// Current lifecycle state of the session.
    pub status: ChatSessionStatus,
    /// Resolved ChatKit feature configuration for the session.
    pub chatkit_configuration: ChatSessionChatkitConfiguration,
}
impl sdk_runtime_types::de::Object for ChatSessionResource {
    const NAME: &'static str = "ChatSessionResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<ChatkitSessionLiteral> = None;
        let mut expires_at: Option<i64> = None;
        let mut client_secret: Option<String> = None;
        let mut workflow: Option<ChatkitWorkflow> = None;
        let mut user: Option<String> = None;
        let mut rate_limits: Option<ChatSessionRateLimits> = None;
        let mut max_requests_per_1_minute: Option<i64> = None;
        let mut status: Option<ChatSessionStatus> = None;
        let mut chatkit_configuration: Option<ChatSessionChatkitConfiguration> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "expires_at" => 2,
                    "client_secret" => 3,
                    "workflow" => 4,
                    "user" => 5,
                    "rate_limits" => 6,
                    "max_requests_per_1_minute" => 7,
                    "status" => 8,
                    "chatkit_configuration" => 9,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut expires_at),
                3 => sdk_runtime_types::de::value(&mut map, &mut client_secret),
                4 => sdk_runtime_types::de::value(&mut map, &mut workflow),
                5 => sdk_runtime_types::de::value(&mut map, &mut user),
                6 => sdk_runtime_types::de::value(&mut map, &mut rate_limits),
                7 => {
                    sdk_runtime_types::de::value(
                        &mut map,
                        &mut max_requests_per_1_minute,
                    )
                }
                8 => sdk_runtime_types::de::value(&mut map, &mut status),
                9 => sdk_runtime_types::de::value(&mut map, &mut chatkit_configuration),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            expires_at: expires_at.unwrap_or_default(),
            client_secret: client_secret.unwrap_or_default(),
            workflow: workflow.unwrap_or_default(),
            user: user.unwrap_or_default(),
            rate_limits: rate_limits.unwrap_or_default(),
            max_requests_per_1_minute: max_requests_per_1_minute.unwrap_or_default(),
            status: status.unwrap_or_default(),
            chatkit_configuration: chatkit_configuration.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ChatSessionResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ChatSessionResource {}
/// The constant `chatkit.session`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ChatkitSessionLiteral {
    /// `chatkit.session`
    #[default]
    ChatkitSession,
}
impl ChatkitSessionLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "chatkit.session"
    }
}
impl std::fmt::Display for ChatkitSessionLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ChatkitSessionLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("chatkit.session")
    }
}
impl<'de> Deserialize<'de> for ChatkitSessionLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "chatkit.session")
            .map(|()| Self::ChatkitSession)
    }
}
/// Controls diagnostic tracing during the session.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct WorkflowTracingParam {
    /// Whether tracing is enabled during the session. Defaults to true.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}
impl sdk_runtime_types::de::Object for WorkflowTracingParam {
    const NAME: &'static str = "WorkflowTracingParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut enabled: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "enabled" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut enabled),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { enabled })
    }
}
impl<'de> Deserialize<'de> for WorkflowTracingParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl WorkflowTracingParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { enabled: None }
    }
    /// Sets `enabled`.
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
}
/// Workflow reference and overrides applied to the chat session.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct WorkflowParam {
    /// Identifier for the workflow invoked by the session.
    pub id: String,
    /// Specific workflow version to run. Defaults to the latest deployed version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// State variables forwarded to the workflow. Keys may be up to 64 characters, values must be primitive types, and the map defaults to an empty object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state_variables: Option<
        std::collections::BTreeMap<String, WorkflowParamStateVariablesValue>,
    >,
    /// Optional tracing overrides for the workflow invocation. When omitted, tracing is enabled by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tracing: Option<WorkflowTracingParam>,
}
impl sdk_runtime_types::de::Object for WorkflowParam {
    const NAME: &'static str = "WorkflowParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut version: Option<String> = None;
        let mut state_variables: Option<
            std::collections::BTreeMap<String, WorkflowParamStateVariablesValue>,
        > = None;
        let mut tracing: Option<WorkflowTracingParam> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "version" => 1,
                    "state_variables" => 2,
                    "tracing" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut version),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut state_variables),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut tracing),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            version,
            state_variables,
            tracing,
        })
    }
}
impl<'de> Deserialize<'de> for WorkflowParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl WorkflowParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            version: None,
            state_variables: None,
            tracing: None,
        }
    }
    /// Sets `version`.
    pub fn version(mut self, value: impl Into<String>) -> Self {
        self.version = Some(value.into());
        self
    }
    /// Sets `state_variables`.
    pub fn state_variables(
        mut self,
        value: impl Into<
            std::collections::BTreeMap<String, WorkflowParamStateVariablesValue>,
        >,
    ) -> Self {
        self.state_variables = Some(value.into());
        self
    }
    /// Sets `tracing`.
    pub fn tracing(mut self, value: impl Into<WorkflowTracingParam>) -> Self {
        self.tracing = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum WorkflowParamStateVariablesValue {
    Integer(i64),
    Number(f64),
    Bool(bool),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<i64> for WorkflowParamStateVariablesValue {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}
impl From<f64> for WorkflowParamStateVariablesValue {
    fn from(value: f64) -> Self {
        Self::Number(value)
    }
}
impl From<bool> for WorkflowParamStateVariablesValue {
    fn from(value: bool) -> Self {
        Self::Bool(value)
    }
}
impl From<String> for WorkflowParamStateVariablesValue {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
impl From<&str> for WorkflowParamStateVariablesValue {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
/// Controls when the session expires relative to an anchor timestamp.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ExpiresAfterParam {
    /// Base timestamp used to calculate expiration. Currently fixed to `created_at`.
    pub anchor: CreatedAtLiteral,
    /// Number of seconds after the anchor when the session expires.
    pub seconds: i64,
}
impl sdk_runtime_types::de::Object for ExpiresAfterParam {
    const NAME: &'static str = "ExpiresAfterParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut anchor: Option<CreatedAtLiteral> = None;
        let mut seconds: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "anchor" => 0,
                    "seconds" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut anchor),
                1 => sdk_runtime_types::de::value(&mut map, &mut seconds),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            anchor: sdk_runtime_types::de::required::<_, A::Error>(anchor, "anchor")?,
            seconds: seconds.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ExpiresAfterParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ExpiresAfterParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(seconds: impl Into<i64>) -> Self {
        Self {
            anchor: Default::default(),
            seconds: seconds.into(),
        }
    }
}
/// Controls request rate limits for the session.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RateLimitsParam {
    /// Maximum number of requests allowed per minute for the session. Defaults to 10.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_requests_per_1_minute: Option<i64>,
}
impl sdk_runtime_types::de::Object for RateLimitsParam {
    const NAME: &'static str = "RateLimitsParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut max_requests_per_1_minute: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "max_requests_per_1_minute" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut max_requests_per_1_minute,
                    )
                }
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { max_requests_per_1_minute })
    }
}
impl<'de> Deserialize<'de> for RateLimitsParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RateLimitsParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            max_requests_per_1_minute: None,
        }
    }
    /// Sets `max_requests_per_1_minute`.
    pub fn max_requests_per_1_minute(mut self, value: impl Into<i64>) -> Self {
        self.max_requests_per_1_minute = Some(value.into());
        self
    }
}
/// Controls whether ChatKit automatically generates thread titles.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AutomaticThreadTitlingParam {
    /// Enable automatic thread title generation. Defaults to true.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}
impl sdk_runtime_types::de::Object for AutomaticThreadTitlingParam {
    const NAME: &'static str = "AutomaticThreadTitlingParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut enabled: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "enabled" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut enabled),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { enabled })
    }
}
impl<'de> Deserialize<'de> for AutomaticThreadTitlingParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AutomaticThreadTitlingParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { enabled: None }
    }
    /// Sets `enabled`.
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
}
/// Controls whether users can upload files.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FileUploadParam {
    /// Enable uploads for this session. Defaults to false.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Maximum size in megabytes for each uploaded file. Defaults to 512 MB, which is the maximum allowable size.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_file_size: Option<i64>,
    /// Maximum number of files that can be uploaded to the session. Defaults to 10.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_files: Option<i64>,
}
impl sdk_runtime_types::de::Object for FileUploadParam {
    const NAME: &'static str = "FileUploadParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut enabled: Option<bool> = None;
        let mut max_file_size: Option<i64> = None;
        let mut max_files: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "enabled" => 0,
                    "max_file_size" => 1,
                    "max_files" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut enabled),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut max_file_size),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut max_files),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            enabled,
            max_file_size,
            max_files,
        })
    }
}
impl<'de> Deserialize<'de> for FileUploadParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl FileUploadParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            enabled: None,
            max_file_size: None,
            max_files: None,
        }
    }
    /// Sets `enabled`.
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets `max_file_size`.
    pub fn max_file_size(mut self, value: impl Into<i64>) -> Self {
        self.max_file_size = Some(value.into());
        self
    }
    /// Sets `max_files`.
    pub fn max_files(mut self, value: impl Into<i64>) -> Self {
        self.max_files = Some(value.into());
        self
    }
}
/// Controls how much historical context is retained for the session.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct HistoryParam {
    /// Enables chat users to access previous ChatKit threads. Defaults to true.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Number of recent ChatKit threads users have access to. Defaults to unlimited when unset.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recent_threads: Option<i64>,
}
impl sdk_runtime_types::de::Object for HistoryParam {
    const NAME: &'static str = "HistoryParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut enabled: Option<bool> = None;
        let mut recent_threads: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "enabled" => 0,
                    "recent_threads" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut enabled),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut recent_threads),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { enabled, recent_threads })
    }
}
impl<'de> Deserialize<'de> for HistoryParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl HistoryParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            enabled: None,
            recent_threads: None,
        }
    }
    /// Sets `enabled`.
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets `recent_threads`.
    pub fn recent_threads(mut self, value: impl Into<i64>) -> Self {
        self.recent_threads = Some(value.into());
        self
    }
}
/// Optional per-session configuration settings for ChatKit behavior.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ChatkitConfigurationParam {
    /// Configuration for automatic thread titling. When omitted, automatic thread titling is enabled by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub automatic_thread_titling: Option<AutomaticThreadTitlingParam>,
    /// Configuration for upload enablement and limits. When omitted, uploads are disabled by default (max_files 10, max_file_size 512 MB).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_upload: Option<FileUploadParam>,
    /// Configuration for chat history retention. When omitted, history is enabled by default with no limit on recent_threads (null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub history: Option<HistoryParam>,
}
impl sdk_runtime_types::de::Object for ChatkitConfigurationParam {
    const NAME: &'static str = "ChatkitConfigurationParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut automatic_thread_titling: Option<AutomaticThreadTitlingParam> = None;
        let mut file_upload: Option<FileUploadParam> = None;
        let mut history: Option<HistoryParam> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "automatic_thread_titling" => 0,
                    "file_upload" => 1,
                    "history" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut automatic_thread_titling,
                    )
                }
                1 => sdk_runtime_types::de::nullable(&mut map, &mut file_upload),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut history),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            automatic_thread_titling,
            file_upload,
            history,
        })
    }
}
impl<'de> Deserialize<'de> for ChatkitConfigurationParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ChatkitConfigurationParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            automatic_thread_titling: None,
            file_upload: None,
            history: None,
        }
    }
    /// Sets `automatic_thread_titling`.
    pub fn automatic_thread_titling(
        mut self,
        value: impl Into<AutomaticThreadTitlingParam>,
    ) -> Self {
        self.automatic_thread_titling = Some(value.into());
        self
    }
    /// Sets `file_upload`.
    pub fn file_upload(mut self, value: impl Into<FileUploadParam>) -> Self {
        self.file_upload = Some(value.into());
        self
    }
    /// Sets `history`.
    pub fn history(mut self, value: impl Into<HistoryParam>) -> Self {
        self.history = Some(value.into());
        self
    }
}
/// Parameters for provisioning a new ChatKit session.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateChatSessionBody {
    /// Workflow that powers the session.
    pub workflow: WorkflowParam,
    /// A free-form string that identifies your end user; ensures this Session can access other objects that have the same `user` scope.
    pub user: String,
    /// Optional override for session expiration timing in seconds from creation. Defaults to 10 minutes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_after: Option<ExpiresAfterParam>,
    /// Optional override for per-minute request limits. When omitted, defaults to 10.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate_limits: Option<RateLimitsParam>,
    /// Optional overrides for ChatKit runtime configuration features
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chatkit_configuration: Option<ChatkitConfigurationParam>,
}
impl sdk_runtime_types::de::Object for CreateChatSessionBody {
    const NAME: &'static str = "CreateChatSessionBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut workflow: Option<WorkflowParam> = None;
        let mut user: Option<String> = None;
        let mut expires_after: Option<ExpiresAfterParam> = None;
        let mut rate_limits: Option<RateLimitsParam> = None;
        let mut chatkit_configuration: Option<ChatkitConfigurationParam> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "workflow" => 0,
                    "user" => 1,
                    "expires_after" => 2,
                    "rate_limits" => 3,
                    "chatkit_configuration" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut workflow),
                1 => sdk_runtime_types::de::value(&mut map, &mut user),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut expires_after),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut rate_limits),
                4 => {
                    sdk_runtime_types::de::nullable(&mut map, &mut chatkit_configuration)
                }
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            workflow: workflow.unwrap_or_default(),
            user: user.unwrap_or_default(),
            expires_after,
            rate_limits,
            chatkit_configuration,
        })
    }
}
impl<'de> Deserialize<'de> for CreateChatSessionBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateChatSessionBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(workflow: impl Into<WorkflowParam>, user: impl Into<String>) -> Self {
        Self {
            workflow: workflow.into(),
            user: user.into(),
            expires_after: None,
            rate_limits: None,
            chatkit_configuration: None,
        }
    }
    /// Sets `expires_after`.
    pub fn expires_after(mut self, value: impl Into<ExpiresAfterParam>) -> Self {
        self.expires_after = Some(value.into());
        self
    }
    /// Sets `rate_limits`.
    pub fn rate_limits(mut self, value: impl Into<RateLimitsParam>) -> Self {
        self.rate_limits = Some(value.into());
        self
    }
    /// Sets `chatkit_configuration`.
    pub fn chatkit_configuration(
        mut self,
        value: impl Into<ChatkitConfigurationParam>,
    ) -> Self {
        self.chatkit_configuration = Some(value.into());
        self
    }
}
/// Text block that a user contributed to the thread.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct UserMessageInputText {
    /// Type discriminator that is always `input_text`.
    #[serde(rename = "type")]
    pub type_: InputTextLiteral,
    /// Plain-text content supplied by the user.
    pub text: String,
}
impl sdk_runtime_types::de::Object for UserMessageInputText {
    const NAME: &'static str = "UserMessageInputText";
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
impl<'de> Deserialize<'de> for UserMessageInputText {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UserMessageInputText {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            text: text.into(),
        }
    }
}
/// Quoted snippet that the user referenced in their message.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct UserMessageQuotedText {
    /// Type discriminator that is always `quoted_text`.
    #[serde(rename = "type")]
    pub type_: QuotedTextLiteral,
    /// Quoted text content.
    pub text: String,
}
impl sdk_runtime_types::de::Object for UserMessageQuotedText {
    const NAME: &'static str = "UserMessageQuotedText";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<QuotedTextLiteral> = None;
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
impl<'de> Deserialize<'de> for UserMessageQuotedText {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UserMessageQuotedText {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            text: text.into(),
        }
    }
}
/// The constant `quoted_text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum QuotedTextLiteral {
    /// `quoted_text`
    #[default]
    QuotedText,
}
impl QuotedTextLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "quoted_text"
    }
}
impl std::fmt::Display for QuotedTextLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for QuotedTextLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("quoted_text")
    }
}
impl<'de> Deserialize<'de> for QuotedTextLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "quoted_text")
            .map(|()| Self::QuotedText)
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AttachmentType {
    /// `image`
    Image,
    /// `file`
    File,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl AttachmentType {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Image => "image",
            Self::File => "file",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "image" => Self::Image,
            "file" => Self::File,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for AttachmentType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for AttachmentType {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for AttachmentType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for AttachmentType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for AttachmentType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for AttachmentType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Attachment metadata included on thread items.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct Attachment {
    /// Attachment discriminator.
    #[serde(rename = "type")]
    pub type_: AttachmentType,
    /// Identifier for the attachment.
    pub id: String,
    /// Original display name for the attachment.
    pub name: String,
    /// MIME type of the attachment.
    pub mime_type: String,
    pub preview_url: Option<String>,
}
impl sdk_runtime_types::de::Object for Attachment {
    const NAME: &'static str = "Attachment";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<AttachmentType> = None;
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut mime_type: Option<String> = None;
        let mut preview_url: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "name" => 2,
                    "mime_type" => 3,
                    "preview_url" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut name),
                3 => sdk_runtime_types::de::value(&mut map, &mut mime_type),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut preview_url),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: type_.unwrap_or_default(),
            id: id.unwrap_or_default(),
            name: name.unwrap_or_default(),
            mime_type: mime_type.unwrap_or_default(),
            preview_url,
        })
    }
}
impl<'de> Deserialize<'de> for Attachment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl Attachment {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        type_: impl Into<AttachmentType>,
        id: impl Into<String>,
        name: impl Into<String>,
        mime_type: impl Into<String>,
    ) -> Self {
        Self {
            type_: type_.into(),
            id: id.into(),
            name: name.into(),
            mime_type: mime_type.into(),
            preview_url: None,
        }
    }
    /// Sets `preview_url`.
    pub fn preview_url(mut self, value: impl Into<String>) -> Self {
        self.preview_url = Some(value.into());
        self
    }
}
/// Tool selection that the assistant should honor when executing the item.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ToolChoice {
    /// Identifier of the requested tool.
    pub id: String,
}
impl sdk_runtime_types::de::Object for ToolChoice {
    const NAME: &'static str = "ToolChoice";
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
impl<'de> Deserialize<'de> for ToolChoice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ToolChoice {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
/// Model and tool overrides applied when generating the assistant response.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct InferenceOptions {
    pub tool_choice: Option<ToolChoice>,
    pub model: Option<String>,
}
impl sdk_runtime_types::de::Object for InferenceOptions {
    const NAME: &'static str = "InferenceOptions";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut tool_choice: Option<ToolChoice> = None;
        let mut model: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "tool_choice" => 0,
                    "model" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut tool_choice),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { tool_choice, model })
    }
}
impl<'de> Deserialize<'de> for InferenceOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl InferenceOptions {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            tool_choice: None,
            model: None,
        }
    }
    /// Sets `tool_choice`.
    pub fn tool_choice(mut self, value: impl Into<ToolChoice>) -> Self {
        self.tool_choice = Some(value.into());
        self
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }
}
/// User-authored messages within a thread.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct UserMessageItem {
    /// Identifier of the thread item.
    pub id: String,
    /// Type discriminator that is always `chatkit.thread_item`.
    pub object: ChatkitThreadItemLiteral,
    /// Unix timestamp (in seconds) for when the item was created.
    pub created_at: i64,
    /// Identifier of the parent thread.
    pub thread_id: String,
    #[serde(rename = "type")]
    pub type_: ChatkitUserMessageLiteral,
    /// Ordered content elements supplied by the user.
    pub content: Vec<UserMessageItemContentItem>,
    /// Attachments associated with the user message. Defaults to an empty list.
    pub attachments: Vec<Attachment>,
    pub inference_options: Option<InferenceOptions>,
}
impl sdk_runtime_types::de::Object for UserMessageItem {
    const NAME: &'static str = "UserMessageItem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<ChatkitThreadItemLiteral> = None;
        let mut created_at: Option<i64> = None;
        let mut thread_id: Option<String> = None;
        let mut type_: Option<ChatkitUserMessageLiteral> = None;
        let mut content: Option<Vec<UserMessageItemContentItem>> = None;
        let mut attachments: Option<Vec<Attachment>> = None;
        let mut inference_options: Option<InferenceOptions> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "created_at" => 2,
                    "thread_id" => 3,
                    "type" => 4,
                    "content" => 5,
                    "attachments" => 6,
                    "inference_options" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                3 => sdk_runtime_types::de::value(&mut map, &mut thread_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut type_),
                5 => sdk_runtime_types::de::value(&mut map, &mut content),
                6 => sdk_runtime_types::de::value(&mut map, &mut attachments),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut inference_options),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            created_at: created_at.unwrap_or_default(),
            thread_id: thread_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            content: content.unwrap_or_default(),
            attachments: attachments.unwrap_or_default(),
            inference_options,
        })
    }
}
impl<'de> Deserialize<'de> for UserMessageItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UserMessageItem {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        created_at: impl Into<i64>,
        thread_id: impl Into<String>,
        content: impl Into<Vec<UserMessageItemContentItem>>,
        attachments: impl Into<Vec<Attachment>>,
    ) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            created_at: created_at.into(),
            thread_id: thread_id.into(),
            type_: Default::default(),
            content: content.into(),
            attachments: attachments.into(),
            inference_options: None,
        }
    }
    /// Sets `inference_options`.
    pub fn inference_options(mut self, value: impl Into<InferenceOptions>) -> Self {
        self.inference_options = Some(value.into());
        self
    }
}
/// The constant `chatkit.thread_item`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ChatkitThreadItemLiteral {
    /// `chatkit.thread_item`
    #[default]
    ChatkitThreadItem,
}
impl ChatkitThreadItemLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "chatkit.thread_item"
    }
}
impl std::fmt::Display for ChatkitThreadItemLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ChatkitThreadItemLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("chatkit.thread_item")
    }
}
impl<'de> Deserialize<'de> for ChatkitThreadItemLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "chatkit.thread_item")
            .map(|()| Self::ChatkitThreadItem)
    }
}
/// The constant `chatkit.user_message`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ChatkitUserMessageLiteral {
    /// `chatkit.user_message`
    #[default]
    ChatkitUserMessage,
}
impl ChatkitUserMessageLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "chatkit.user_message"
    }
}
impl std::fmt::Display for ChatkitUserMessageLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ChatkitUserMessageLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("chatkit.user_message")
    }
}
impl<'de> Deserialize<'de> for ChatkitUserMessageLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "chatkit.user_message")
            .map(|()| Self::ChatkitUserMessage)
    }
}
/// Content blocks that comprise a user message.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum UserMessageItemContentItem {
    /// `input_text`
    InputText(UserMessageInputText),
    /// `quoted_text`
    QuotedText(UserMessageQuotedText),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for UserMessageItemContentItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::InputText(value) => value.serialize(serializer),
            Self::QuotedText(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for UserMessageItemContentItem {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "input_text" => Deserialize::deserialize(content).map(Self::InputText),
                "quoted_text" => Deserialize::deserialize(content).map(Self::QuotedText),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for UserMessageItemContentItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<UserMessageInputText> for UserMessageItemContentItem {
    fn from(value: UserMessageInputText) -> Self {
        Self::InputText(value)
    }
}
impl From<UserMessageQuotedText> for UserMessageItemContentItem {
    fn from(value: UserMessageQuotedText) -> Self {
        Self::QuotedText(value)
    }
}
/// Attachment source referenced by an annotation.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FileAnnotationSource {
    /// Type discriminator that is always `file`.
    #[serde(rename = "type")]
    pub type_: FileLiteral,
    /// Filename referenced by the annotation.
    pub filename: String,
}
impl sdk_runtime_types::de::Object for FileAnnotationSource {
    const NAME: &'static str = "FileAnnotationSource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<FileLiteral> = None;
        let mut filename: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "filename" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut filename),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            filename: filename.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for FileAnnotationSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl FileAnnotationSource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(filename: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            filename: filename.into(),
        }
    }
}
/// Annotation that references an uploaded file.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FileAnnotation {
    /// Type discriminator that is always `file` for this annotation.
    #[serde(rename = "type")]
    pub type_: FileLiteral,
    /// File attachment referenced by the annotation.
    pub source: FileAnnotationSource,
}
impl sdk_runtime_types::de::Object for FileAnnotation {
    const NAME: &'static str = "FileAnnotation";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<FileLiteral> = None;
        let mut source: Option<FileAnnotationSource> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "source" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut source),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            source: source.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for FileAnnotation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl FileAnnotation {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(source: impl Into<FileAnnotationSource>) -> Self {
        Self {
            type_: Default::default(),
            source: source.into(),
        }
    }
}
/// URL backing an annotation entry.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct UrlAnnotationSource {
    /// Type discriminator that is always `url`.
    #[serde(rename = "type")]
    pub type_: UrlLiteral,
    /// URL referenced by the annotation.
    pub url: String,
}
impl sdk_runtime_types::de::Object for UrlAnnotationSource {
    const NAME: &'static str = "UrlAnnotationSource";
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
impl<'de> Deserialize<'de> for UrlAnnotationSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UrlAnnotationSource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            url: url.into(),
        }
    }
}
/// Annotation that references a URL.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct UrlAnnotation {
    /// Type discriminator that is always `url` for this annotation.
    #[serde(rename = "type")]
    pub type_: UrlLiteral,
    /// URL referenced by the annotation.
    pub source: UrlAnnotationSource,
}
impl sdk_runtime_types::de::Object for UrlAnnotation {
    const NAME: &'static str = "UrlAnnotation";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<UrlLiteral> = None;
        let mut source: Option<UrlAnnotationSource> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "source" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut source),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            source: source.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for UrlAnnotation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UrlAnnotation {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(source: impl Into<UrlAnnotationSource>) -> Self {
        Self {
            type_: Default::default(),
            source: source.into(),
        }
    }
}
/// Assistant response text accompanied by optional annotations.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseOutputText {
    /// Type discriminator that is always `output_text`.
    #[serde(rename = "type")]
    pub type_: OutputTextLiteral,
    /// Assistant generated text.
    pub text: String,
    /// Ordered list of annotations attached to the response text.
    pub annotations: Vec<ResponseOutputTextAnnotation>,
}
impl sdk_runtime_types::de::Object for ResponseOutputText {
    const NAME: &'static str = "ResponseOutputText";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<OutputTextLiteral> = None;
        let mut text: Option<String> = None;
        let mut annotations: Option<Vec<ResponseOutputTextAnnotation>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "text" => 1,
                    "annotations" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut text),
                2 => sdk_runtime_types::de::value(&mut map, &mut annotations),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            text: text.unwrap_or_default(),
            annotations: annotations.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ResponseOutputText {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponseOutputText {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        text: impl Into<String>,
        annotations: impl Into<Vec<ResponseOutputTextAnnotation>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            text: text.into(),
            annotations: annotations.into(),
        }
    }
}
/// Annotation object describing a cited source.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ResponseOutputTextAnnotation {
    /// `file`
    File(FileAnnotation),
    /// `url`
    Url(UrlAnnotation),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for ResponseOutputTextAnnotation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::File(value) => value.serialize(serializer),
            Self::Url(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for ResponseOutputTextAnnotation {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "file" => Deserialize::deserialize(content).map(Self::File),
                "url" => Deserialize::deserialize(content).map(Self::Url),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for ResponseOutputTextAnnotation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<FileAnnotation> for ResponseOutputTextAnnotation {
    fn from(value: FileAnnotation) -> Self {
        Self::File(value)
    }
}
impl From<UrlAnnotation> for ResponseOutputTextAnnotation {
    fn from(value: UrlAnnotation) -> Self {
        Self::Url(value)
    }
}
/// Assistant-authored message within a thread.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AssistantMessageItem {
    /// Identifier of the thread item.
    pub id: String,
    /// Type discriminator that is always `chatkit.thread_item`.
    pub object: ChatkitThreadItemLiteral,
    /// Unix timestamp (in seconds) for when the item was created.
    pub created_at: i64,
    /// Identifier of the parent thread.
    pub thread_id: String,
    /// Type discriminator that is always `chatkit.assistant_message`.
    #[serde(rename = "type")]
    pub type_: ChatkitAssistantMessageLiteral,
    /// Ordered assistant response segments.
    pub content: Vec<ResponseOutputText>,
}
impl sdk_runtime_types::de::Object for AssistantMessageItem {
    const NAME: &'static str = "AssistantMessageItem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<ChatkitThreadItemLiteral> = None;
        let mut created_at: Option<i64> = None;
        let mut thread_id: Option<String> = None;
        let mut type_: Option<ChatkitAssistantMessageLiteral> = None;
        let mut content: Option<Vec<ResponseOutputText>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "created_at" => 2,
                    "thread_id" => 3,
                    "type" => 4,
                    "content" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                3 => sdk_runtime_types::de::value(&mut map, &mut thread_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut type_),
                5 => sdk_runtime_types::de::value(&mut map, &mut content),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            created_at: created_at.unwrap_or_default(),
            thread_id: thread_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            content: content.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for AssistantMessageItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AssistantMessageItem {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        created_at: impl Into<i64>,
        thread_id: impl Into<String>,
        content: impl Into<Vec<ResponseOutputText>>,
    ) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            created_at: created_at.into(),
            thread_id: thread_id.into(),
            type_: Default::default(),
            content: content.into(),
        }
    }
}
/// The constant `chatkit.assistant_message`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ChatkitAssistantMessageLiteral {
    /// `chatkit.assistant_message`
    #[default]
    ChatkitAssistantMessage,
}
impl ChatkitAssistantMessageLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "chatkit.assistant_message"
    }
}
impl std::fmt::Display for ChatkitAssistantMessageLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ChatkitAssistantMessageLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("chatkit.assistant_message")
    }
}
impl<'de> Deserialize<'de> for ChatkitAssistantMessageLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "chatkit.assistant_message")
            .map(|()| Self::ChatkitAssistantMessage)
    }
}
/// Thread item that renders a widget payload.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct WidgetMessageItem {
    /// Identifier of the thread item.
    pub id: String,
    /// Type discriminator that is always `chatkit.thread_item`.
    pub object: ChatkitThreadItemLiteral,
    /// Unix timestamp (in seconds) for when the item was created.
    pub created_at: i64,
    /// Identifier of the parent thread.
    pub thread_id: String,
    /// Type discriminator that is always `chatkit.widget`.
    #[serde(rename = "type")]
    pub type_: ChatkitWidgetLiteral,
    /// Serialized widget payload rendered in the UI.
    pub widget: String,
}
impl sdk_runtime_types::de::Object for WidgetMessageItem {
    const NAME: &'static str = "WidgetMessageItem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<ChatkitThreadItemLiteral> = None;
        let mut created_at: Option<i64> = None;
        let mut thread_id: Option<String> = None;
        let mut type_: Option<ChatkitWidgetLiteral> = None;
        let mut widget: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "created_at" => 2,
                    "thread_id" => 3,
                    "type" => 4,
                    "widget" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                3 => sdk_runtime_types::de::value(&mut map, &mut thread_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut type_),
                5 => sdk_runtime_types::de::value(&mut map, &mut widget),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            created_at: created_at.unwrap_or_default(),
            thread_id: thread_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            widget: widget.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for WidgetMessageItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl WidgetMessageItem {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        created_at: impl Into<i64>,
        thread_id: impl Into<String>,
        widget: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            created_at: created_at.into(),
            thread_id: thread_id.into(),
            type_: Default::default(),
            widget: widget.into(),
        }
    }
}
/// The constant `chatkit.widget`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ChatkitWidgetLiteral {
    /// `chatkit.widget`
    #[default]
    ChatkitWidget,
}
impl ChatkitWidgetLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "chatkit.widget"
    }
}
impl std::fmt::Display for ChatkitWidgetLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ChatkitWidgetLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("chatkit.widget")
    }
}
impl<'de> Deserialize<'de> for ChatkitWidgetLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "chatkit.widget")
            .map(|()| Self::ChatkitWidget)
    }
}
/// Record of a client side tool invocation initiated by the assistant.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ClientToolCallItem {
    /// Identifier of the thread item.
    pub id: String,
    /// Type discriminator that is always `chatkit.thread_item`.
    pub object: ChatkitThreadItemLiteral,
    /// Unix timestamp (in seconds) for when the item was created.
    pub created_at: i64,
    /// Identifier of the parent thread.
    pub thread_id: String,
    /// Type discriminator that is always `chatkit.client_tool_call`.
    #[serde(rename = "type")]
    pub type_: ChatkitClientToolCallLiteral,
    /// Execution status for the tool call.
    pub status: ApplyPatchCallStatus,
    /// Identifier for the client tool call.
    pub call_id: String,
    /// Tool name that was invoked.
    pub name: String,
    /// JSON-encoded arguments that were sent to the tool.
    pub arguments: String,
    pub output: Option<String>,
}
impl sdk_runtime_types::de::Object for ClientToolCallItem {
    const NAME: &'static str = "ClientToolCallItem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<ChatkitThreadItemLiteral> = None;
        let mut created_at: Option<i64> = None;
        let mut thread_id: Option<String> = None;
        let mut type_: Option<ChatkitClientToolCallLiteral> = None;
        let mut status: Option<ApplyPatchCallStatus> = None;
        let mut call_id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut arguments: Option<String> = None;
        let mut output: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "created_at" => 2,
                    "thread_id" => 3,
                    "type" => 4,
                    "status" => 5,
                    "call_id" => 6,
                    "name" => 7,
                    "arguments" => 8,
                    "output" => 9,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                3 => sdk_runtime_types::de::value(&mut map, &mut thread_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut type_),
                5 => sdk_runtime_types::de::value(&mut map, &mut status),
                6 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                7 => sdk_runtime_types::de::value(&mut map, &mut name),
                8 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut output),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            created_at: created_at.unwrap_or_default(),
            thread_id: thread_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            status: status.unwrap_or_default(),
            call_id: call_id.unwrap_or_default(),
            name: name.unwrap_or_default(),
            arguments: arguments.unwrap_or_default(),
            output,
        })
    }
}
impl<'de> Deserialize<'de> for ClientToolCallItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ClientToolCallItem {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        created_at: impl Into<i64>,
        thread_id: impl Into<String>,
        status: impl Into<ApplyPatchCallStatus>,
        call_id: impl Into<String>,
        name: impl Into<String>,
        arguments: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            created_at: created_at.into(),
            thread_id: thread_id.into(),
            type_: Default::default(),
            status: status.into(),
            call_id: call_id.into(),
            name: name.into(),
            arguments: arguments.into(),
            output: None,
        }
    }
    /// Sets `output`.
    pub fn output(mut self, value: impl Into<String>) -> Self {
        self.output = Some(value.into());
        self
    }
}
/// The constant `chatkit.client_tool_call`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ChatkitClientToolCallLiteral {
    /// `chatkit.client_tool_call`
    #[default]
    ChatkitClientToolCall,
}
impl ChatkitClientToolCallLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "chatkit.client_tool_call"
    }
}
impl std::fmt::Display for ChatkitClientToolCallLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ChatkitClientToolCallLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("chatkit.client_tool_call")
    }
}
impl<'de> Deserialize<'de> for ChatkitClientToolCallLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "chatkit.client_tool_call")
            .map(|()| Self::ChatkitClientToolCall)
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TaskType {
    /// `custom`
    Custom,
    /// `thought`
    Thought,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl TaskType {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Custom => "custom",
            Self::Thought => "thought",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "custom" => Self::Custom,
            "thought" => Self::Thought,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for TaskType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for TaskType {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for TaskType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for TaskType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for TaskType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for TaskType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Task emitted by the workflow to show progress and status updates.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct TaskItem {
    /// Identifier of the thread item.
    pub id: String,
    /// Type discriminator that is always `chatkit.thread_item`.
    pub object: ChatkitThreadItemLiteral,
    /// Unix timestamp (in seconds) for when the item was created.
    pub created_at: i64,
    /// Identifier of the parent thread.
    pub thread_id: String,
    /// Type discriminator that is always `chatkit.task`.
    #[serde(rename = "type")]
    pub type_: ChatkitTaskLiteral,
    /// Subtype for the task.
    pub task_type: TaskType,
    pub heading: Option<String>,
    pub summary: Option<String>,
}
impl sdk_runtime_types::de::Object for TaskItem {
    const NAME: &'static str = "TaskItem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<ChatkitThreadItemLiteral> = None;
        let mut created_at: Option<i64> = None;
        let mut thread_id: Option<String> = None;
        let mut type_: Option<ChatkitTaskLiteral> = None;
        let mut task_type: Option<TaskType> = None;
        let mut heading: Option<String> = None;
        let mut summary: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "created_at" => 2,
                    "thread_id" => 3,
                    "type" => 4,
                    "task_type" => 5,
                    "heading" => 6,
                    "summary" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                3 => sdk_runtime_types::de::value(&mut map, &mut thread_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut type_),
                5 => sdk_runtime_types::de::value(&mut map, &mut task_type),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut heading),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut summary),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            created_at: created_at.unwrap_or_default(),
            thread_id: thread_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            task_type: task_type.unwrap_or_default(),
            heading,
            summary,
        })
    }
}
impl<'de> Deserialize<'de> for TaskItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl TaskItem {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        created_at: impl Into<i64>,
        thread_id: impl Into<String>,
        task_type: impl Into<TaskType>,
    ) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            created_at: created_at.into(),
            thread_id: thread_id.into(),
            type_: Default::default(),
            task_type: task_type.into(),
            heading: None,
            summary: None,
        }
    }
    /// Sets `heading`.
    pub fn heading(mut self, value: impl Into<String>) -> Self {
        self.heading = Some(value.into());
        self
    }
    /// Sets `summary`.
    pub fn summary(mut self, value: impl Into<String>) -> Self {
        self.summary = Some(value.into());
        self
    }
}
/// The constant `chatkit.task`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ChatkitTaskLiteral {
    /// `chatkit.task`
    #[default]
    ChatkitTask,
}
impl ChatkitTaskLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "chatkit.task"
    }
}
impl std::fmt::Display for ChatkitTaskLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ChatkitTaskLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("chatkit.task")
    }
}
impl<'de> Deserialize<'de> for ChatkitTaskLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "chatkit.task")
            .map(|()| Self::ChatkitTask)
    }
}
/// Task entry that appears within a TaskGroup.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct TaskGroupTask {
    /// Subtype for the grouped task.
    #[serde(rename = "type")]
    pub type_: TaskType,
    pub heading: Option<String>,
    pub summary: Option<String>,
}
impl sdk_runtime_types::de::Object for TaskGroupTask {
    const NAME: &'static str = "TaskGroupTask";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<TaskType> = None;
        let mut heading: Option<String> = None;
        let mut summary: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "heading" => 1,
                    "summary" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut heading),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut summary),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: type_.unwrap_or_default(),
            heading,
            summary,
        })
    }
}
impl<'de> Deserialize<'de> for TaskGroupTask {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl TaskGroupTask {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(type_: impl Into<TaskType>) -> Self {
        Self {
            type_: type_.into(),
            heading: None,
            summary: None,
        }
    }
    /// Sets `heading`.
    pub fn heading(mut self, value: impl Into<String>) -> Self {
        self.heading = Some(value.into());
        self
    }
    /// Sets `summary`.
    pub fn summary(mut self, value: impl Into<String>) -> Self {
        self.summary = Some(value.into());
        self
    }
}
/// Collection of workflow tasks grouped together in the thread.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct TaskGroupItem {
    /// Identifier of the thread item.
    pub id: String,
    /// Type discriminator that is always `chatkit.thread_item`.
    pub object: ChatkitThreadItemLiteral,
    /// Unix timestamp (in seconds) for when the item was created.
    pub created_at: i64,
    /// Identifier of the parent thread.
    pub thread_id: String,
    /// Type discriminator that is always `chatkit.task_group`.
    #[serde(rename = "type")]
    pub type_: ChatkitTaskGroupLiteral,
    /// Tasks included in the group.
    pub tasks: Vec<TaskGroupTask>,
}
impl sdk_runtime_types::de::Object for TaskGroupItem {
    const NAME: &'static str = "TaskGroupItem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<ChatkitThreadItemLiteral> = None;
        let mut created_at: Option<i64> = None;
        let mut thread_id: Option<String> = None;
        let mut type_: Option<ChatkitTaskGroupLiteral> = None;
        let mut tasks: Option<Vec<TaskGroupTask>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "created_at" => 2,
                    "thread_id" => 3,
                    "type" => 4,
                    "tasks" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                3 => sdk_runtime_types::de::value(&mut map, &mut thread_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut type_),
                5 => sdk_runtime_types::de::value(&mut map, &mut tasks),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            created_at: created_at.unwrap_or_default(),
            thread_id: thread_id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            tasks: tasks.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for TaskGroupItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl TaskGroupItem {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        created_at: impl Into<i64>,
        thread_id: impl Into<String>,
        tasks: impl Into<Vec<TaskGroupTask>>,
    ) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            created_at: created_at.into(),
            thread_id: thread_id.into(),
            type_: Default::default(),
            tasks: tasks.into(),
        }
    }
}
/// The constant `chatkit.task_group`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ChatkitTaskGroupLiteral {
    /// `chatkit.task_group`
    #[default]
    ChatkitTaskGroup,
}
impl ChatkitTaskGroupLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "chatkit.task_group"
    }
}
impl std::fmt::Display for ChatkitTaskGroupLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ChatkitTaskGroupLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("chatkit.task_group")
    }
}
impl<'de> Deserialize<'de> for ChatkitTaskGroupLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "chatkit.task_group")
            .map(|()| Self::ChatkitTaskGroup)
    }
}
/// The thread item
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ThreadItem {
    /// `chatkit.user_message`
    ChatkitUserMessage(UserMessageItem),
    /// `chatkit.assistant_message`
    ChatkitAssistantMessage(AssistantMessageItem),
    /// `chatkit.widget`
    ChatkitWidget(WidgetMessageItem),
    /// `chatkit.client_tool_call`
    ChatkitClientToolCall(ClientToolCallItem),
    /// `chatkit.task`
    ChatkitTask(TaskItem),
    /// `chatkit.task_group`
    ChatkitTaskGroup(TaskGroupItem),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for ThreadItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ChatkitUserMessage(value) => value.serialize(serializer),
            Self::ChatkitAssistantMessage(value) => value.serialize(serializer),
            Self::ChatkitWidget(value) => value.serialize(serializer),
            Self::ChatkitClientToolCall(value) => value.serialize(serializer),
            Self::ChatkitTask(value) => value.serialize(serializer),
            Self::ChatkitTaskGroup(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for ThreadItem {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "chatkit.user_message" => {
                    Deserialize::deserialize(content).map(Self::ChatkitUserMessage)
                }
                "chatkit.assistant_message" => {
                    Deserialize::deserialize(content).map(Self::ChatkitAssistantMessage)
                }
                "chatkit.widget" => {
                    Deserialize::deserialize(content).map(Self::ChatkitWidget)
                }
                "chatkit.client_tool_call" => {
                    Deserialize::deserialize(content).map(Self::ChatkitClientToolCall)
                }
                "chatkit.task" => {
                    Deserialize::deserialize(content).map(Self::ChatkitTask)
                }
                "chatkit.task_group" => {
                    Deserialize::deserialize(content).map(Self::ChatkitTaskGroup)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for ThreadItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<UserMessageItem> for ThreadItem {
    fn from(value: UserMessageItem) -> Self {
        Self::ChatkitUserMessage(value)
    }
}
impl From<AssistantMessageItem> for ThreadItem {
    fn from(value: AssistantMessageItem) -> Self {
        Self::ChatkitAssistantMessage(value)
    }
}
impl From<WidgetMessageItem> for ThreadItem {
    fn from(value: WidgetMessageItem) -> Self {
        Self::ChatkitWidget(value)
    }
}
impl From<ClientToolCallItem> for ThreadItem {
    fn from(value: ClientToolCallItem) -> Self {
        Self::ChatkitClientToolCall(value)
    }
}
impl From<TaskItem> for ThreadItem {
    fn from(value: TaskItem) -> Self {
        Self::ChatkitTask(value)
    }
}
impl From<TaskGroupItem> for ThreadItem {
    fn from(value: TaskGroupItem) -> Self {
        Self::ChatkitTaskGroup(value)
    }
}
/// A paginated list of thread items rendered for the ChatKit API.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ThreadItemListResource {
    /// The type of object returned, must be `list`.
    pub object: ListLiteral,
    /// A list of items
    pub data: Vec<ThreadItem>,
    pub first_id: Option<String>,
    pub last_id: Option<String>,
    /// Whether there are more items available.
    pub has_more: bool,
}
impl sdk_runtime_types::de::Object for ThreadItemListResource {
    const NAME: &'static str = "ThreadItemListResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<ThreadItem>> = None;
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
                2 => sdk_runtime_types::de::nullable(&mut map, &mut first_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut last_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
            first_id,
            last_id,
            has_more: has_more.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ThreadItemListResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ThreadItemListResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Vec<ThreadItem>>, has_more: impl Into<bool>) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            first_id: None,
            last_id: None,
            has_more: has_more.into(),
        }
    }
    /// Sets `first_id`.
    pub fn first_id(mut self, value: impl Into<String>) -> Self {
        self.first_id = Some(value.into());
        self
    }
    /// Sets `last_id`.
    pub fn last_id(mut self, value: impl Into<String>) -> Self {
        self.last_id = Some(value.into());
        self
    }
}
impl sdk_runtime_types::pagination::Page for ThreadItemListResource {
    type Item = ThreadItem;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        self.last_id.clone().filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
/// Indicates that a thread is active.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ActiveStatus {
    /// Status discriminator that is always `active`.
    #[serde(rename = "type")]
    pub type_: ActiveLiteral,
}
impl sdk_runtime_types::de::Object for ActiveStatus {
    const NAME: &'static str = "ActiveStatus";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ActiveLiteral> = None;
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
impl<'de> Deserialize<'de> for ActiveStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ActiveStatus {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: Default::default() }
    }
}
/// The constant `active`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ActiveLiteral {
    /// `active`
    #[default]
    Active,
}
impl ActiveLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "active"
    }
}
impl std::fmt::Display for ActiveLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ActiveLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("active")
    }
}
impl<'de> Deserialize<'de> for ActiveLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "active").map(|()| Self::Active)
    }
}
/// Indicates that a thread is locked and cannot accept new input.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct LockedStatus {
    /// Status discriminator that is always `locked`.
    #[serde(rename = "type")]
    pub type_: LockedLiteral,
    pub reason: Option<String>,
}
impl sdk_runtime_types::de::Object for LockedStatus {
    const NAME: &'static str = "LockedStatus";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<LockedLiteral> = None;
        let mut reason: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "reason" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut reason),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            reason,
        })
    }
}
impl<'de> Deserialize<'de> for LockedStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl LockedStatus {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            reason: None,
        }
    }
    /// Sets `reason`.
    pub fn reason(mut self, value: impl Into<String>) -> Self {
        self.reason = Some(value.into());
        self
    }
}
/// The constant `locked`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum LockedLiteral {
    /// `locked`
    #[default]
    Locked,
}
impl LockedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "locked"
    }
}
impl std::fmt::Display for LockedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for LockedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("locked")
    }
}
impl<'de> Deserialize<'de> for LockedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "locked").map(|()| Self::Locked)
    }
}
/// Indicates that a thread has been closed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ClosedStatus {
    /// Status discriminator that is always `closed`.
    #[serde(rename = "type")]
    pub type_: ClosedLiteral,
    pub reason: Option<String>,
}
impl sdk_runtime_types::de::Object for ClosedStatus {
    const NAME: &'static str = "ClosedStatus";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ClosedLiteral> = None;
        let mut reason: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "reason" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut reason),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            reason,
        })
    }
}
impl<'de> Deserialize<'de> for ClosedStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ClosedStatus {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            reason: None,
        }
    }
    /// Sets `reason`.
    pub fn reason(mut self, value: impl Into<String>) -> Self {
        self.reason = Some(value.into());
        self
    }
}
/// The constant `closed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ClosedLiteral {
    /// `closed`
    #[default]
    Closed,
}
impl ClosedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "closed"
    }
}
impl std::fmt::Display for ClosedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClosedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("closed")
    }
}
impl<'de> Deserialize<'de> for ClosedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "closed").map(|()| Self::Closed)
    }
}
/// Represents a ChatKit thread and its current status.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ThreadResource {
    /// Identifier of the thread.
    pub id: String,
    /// Type discriminator that is always `chatkit.thread`.
    pub object: ChatkitThreadLiteral,
    /// Unix timestamp (in seconds) for when the thread was created.
    pub created_at: i64,
    pub title: Option<String>,
    /// Current status for the thread. Defaults to `active` for newly created threads.
    pub status: ThreadResourceStatus,
    /// Free-form string that identifies your end user who owns the thread.
    pub user: String,
}
impl sdk_runtime_types::de::Object for ThreadResource {
    const NAME: &'static str = "ThreadResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<ChatkitThreadLiteral> = None;
        let mut created_at: Option<i64> = None;
        let mut title: Option<String> = None;
        let mut status: Option<ThreadResourceStatus> = None;
        let mut user: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "created_at" => 2,
                    "title" => 3,
                    "status" => 4,
                    "user" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut title),
                4 => sdk_runtime_types::de::value(&mut map, &mut status),
                5 => sdk_runtime_types::de::value(&mut map, &mut user),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            created_at: created_at.unwrap_or_default(),
            title,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            user: user.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ThreadResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ThreadResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        created_at: impl Into<i64>,
        status: impl Into<ThreadResourceStatus>,
        user: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            created_at: created_at.into(),
            title: None,
            status: status.into(),
            user: user.into(),
        }
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
/// The constant `chatkit.thread`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ChatkitThreadLiteral {
    /// `chatkit.thread`
    #[default]
    ChatkitThread,
}
impl ChatkitThreadLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "chatkit.thread"
    }
}
impl std::fmt::Display for ChatkitThreadLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ChatkitThreadLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("chatkit.thread")
    }
}
impl<'de> Deserialize<'de> for ChatkitThreadLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "chatkit.thread")
            .map(|()| Self::ChatkitThread)
    }
}
/// Current status for the thread. Defaults to `active` for newly created threads.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ThreadResourceStatus {
    /// `active`
    Active(ActiveStatus),
    /// `locked`
    Locked(LockedStatus),
    /// `closed`
    Closed(ClosedStatus),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for ThreadResourceStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Active(value) => value.serialize(serializer),
            Self::Locked(value) => value.serialize(serializer),
            Self::Closed(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for ThreadResourceStatus {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "active" => Deserialize::deserialize(content).map(Self::Active),
                "locked" => Deserialize::deserialize(content).map(Self::Locked),
                "closed" => Deserialize::deserialize(content).map(Self::Closed),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for ThreadResourceStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<ActiveStatus> for ThreadResourceStatus {
    fn from(value: ActiveStatus) -> Self {
        Self::Active(value)
    }
}
impl From<LockedStatus> for ThreadResourceStatus {
    fn from(value: LockedStatus) -> Self {
        Self::Locked(value)
    }
}
impl From<ClosedStatus> for ThreadResourceStatus {
    fn from(value: ClosedStatus) -> Self {
        Self::Closed(value)
    }
}
/// Confirmation payload returned after deleting a thread.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct DeletedThreadResource {
    /// Identifier of the deleted thread.
    pub id: String,
    /// Type discriminator that is always `chatkit.thread.deleted`.
    pub object: ChatkitThreadDeletedLiteral,
    /// Indicates that the thread has been deleted.
    pub deleted: bool,
}
impl sdk_runtime_types::de::Object for DeletedThreadResource {
    const NAME: &'static str = "DeletedThreadResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<ChatkitThreadDeletedLiteral> = None;
        let mut deleted: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "deleted" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut deleted),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            deleted: deleted.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for DeletedThreadResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl DeletedThreadResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>, deleted: impl Into<bool>) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            deleted: deleted.into(),
        }
    }
}
/// The constant `chatkit.thread.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ChatkitThreadDeletedLiteral {
    /// `chatkit.thread.deleted`
    #[default]
    ChatkitThreadDeleted,
}
impl ChatkitThreadDeletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "chatkit.thread.deleted"
    }
}
impl std::fmt::Display for ChatkitThreadDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ChatkitThreadDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("chatkit.thread.deleted")
    }
}
impl<'de> Deserialize<'de> for ChatkitThreadDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "chatkit.thread.deleted")
            .map(|()| Self::ChatkitThreadDeleted)
    }
}
/// A paginated list of ChatKit threads.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ThreadListResource {
    /// The type of object returned, must be `list`.
    pub object: ListLiteral,
    /// A list of items
    pub data: Vec<ThreadResource>,
    pub first_id: Option<String>,
    pub last_id: Option<String>,
    /// Whether there are more items available.
    pub has_more: bool,
}
impl sdk_runtime_types::de::Object for ThreadListResource {
    const NAME: &'static str = "ThreadListResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<ThreadResource>> = None;
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
                2 => sdk_runtime_types::de::nullable(&mut map, &mut first_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut last_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
            first_id,
            last_id,
            has_more: has_more.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ThreadListResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ThreadListResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Vec<ThreadResource>>, has_more: impl Into<bool>) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            first_id: None,
            last_id: None,
            has_more: has_more.into(),
        }
    }
    /// Sets `first_id`.
    pub fn first_id(mut self, value: impl Into<String>) -> Self {
        self.first_id = Some(value.into());
        self
    }
    /// Sets `last_id`.
    pub fn last_id(mut self, value: impl Into<String>) -> Self {
        self.last_id = Some(value.into());
        self
    }
}
impl sdk_runtime_types::pagination::Page for ThreadListResource {
    type Item = ThreadResource;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        self.last_id.clone().filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
/// Query and header parameters of `ListThreadItemsMethod`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListThreadItemsMethodParams {
    /// Maximum number of thread items to return. Defaults to 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Sort order for results by creation time. Defaults to `desc`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<OrderEnum>,
    /// List items created after this thread item ID. Defaults to null for the first page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// List items created before this thread item ID. Defaults to null for the newest results.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
}
impl sdk_runtime_types::de::Object for ListThreadItemsMethodParams {
    const NAME: &'static str = "ListThreadItemsMethodParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut order: Option<OrderEnum> = None;
        let mut after: Option<String> = None;
        let mut before: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "order" => 1,
                    "after" => 2,
                    "before" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut before),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            limit,
            order,
            after,
            before,
        })
    }
}
impl<'de> Deserialize<'de> for ListThreadItemsMethodParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListThreadItemsMethodParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            limit: None,
            order: None,
            after: None,
            before: None,
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
    /// Sets `before`.
    pub fn before(mut self, value: impl Into<String>) -> Self {
        self.before = Some(value.into());
        self
    }
}
/// Query and header parameters of `ListThreadsMethod`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListThreadsMethodParams {
    /// Maximum number of thread items to return. Defaults to 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Sort order for results by creation time. Defaults to `desc`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<OrderEnum>,
    /// List items created after this thread item ID. Defaults to null for the first page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// List items created before this thread item ID. Defaults to null for the newest results.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    /// Filter threads that belong to this user identifier. Defaults to null to return all users.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
}
impl sdk_runtime_types::de::Object for ListThreadsMethodParams {
    const NAME: &'static str = "ListThreadsMethodParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut order: Option<OrderEnum> = None;
        let mut after: Option<String> = None;
        let mut before: Option<String> = None;
        let mut user: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "order" => 1,
                    "after" => 2,
                    "before" => 3,
                    "user" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut before),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut user),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            limit,
            order,
            after,
            before,
            user,
        })
    }
}
impl<'de> Deserialize<'de> for ListThreadsMethodParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListThreadsMethodParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            limit: None,
            order: None,
            after: None,
            before: None,
            user: None,
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
    /// Sets `before`.
    pub fn before(mut self, value: impl Into<String>) -> Self {
        self.before = Some(value.into());
        self
    }
    /// Sets `user`.
    pub fn user(mut self, value: impl Into<String>) -> Self {
        self.user = Some(value.into());
        self
    }
}
