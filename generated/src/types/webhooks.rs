//! Types of the `webhooks` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
/// Sent when a batch API request has been cancelled.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookBatchCancelled {
    /// The Unix timestamp (in seconds) of when the batch API request was cancelled.
    pub created_at: i64,
    /// The unique ID of the event.
    pub id: String,
    /// Event data payload.
    pub data: WebhookBatchCancelledData,
    /// The object of the event. Always `event`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `batch.cancelled`.
    #[serde(rename = "type")]
    pub type_: BatchCancelledLiteral,
}
impl WebhookBatchCancelled {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        created_at: impl Into<i64>,
        id: impl Into<String>,
        data: impl Into<WebhookBatchCancelledData>,
    ) -> Self {
        Self {
            created_at: created_at.into(),
            id: id.into(),
            data: data.into(),
            object: None,
            type_: Default::default(),
        }
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<EventLiteral>) -> Self {
        self.object = Some(value.into());
        self
    }
}
/// Event data payload.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookBatchCancelledData {
    /// The unique ID of the batch API request.
    pub id: String,
}
impl WebhookBatchCancelledData {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
/// The constant `event`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EventLiteral {
    /// `event`
    #[default]
    Event,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl EventLiteral {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Event => "event",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "event" => Self::Event,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for EventLiteral {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for EventLiteral {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for EventLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EventLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for EventLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
/// The constant `batch.cancelled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum BatchCancelledLiteral {
    /// `batch.cancelled`
    #[default]
    BatchCancelled,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl BatchCancelledLiteral {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BatchCancelled => "batch.cancelled",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "batch.cancelled" => Self::BatchCancelled,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for BatchCancelledLiteral {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for BatchCancelledLiteral {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for BatchCancelledLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BatchCancelledLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BatchCancelledLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
/// Sent when a batch API request has been completed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookBatchCompleted {
    /// The Unix timestamp (in seconds) of when the batch API request was completed.
    pub created_at: i64,
    /// The unique ID of the event.
    pub id: String,
    /// Event data payload.
    pub data: WebhookBatchCompletedData,
    /// The object of the event. Always `event`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `batch.completed`.
    #[serde(rename = "type")]
    pub type_: BatchCompletedLiteral,
}
impl WebhookBatchCompleted {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        created_at: impl Into<i64>,
        id: impl Into<String>,
        data: impl Into<WebhookBatchCompletedData>,
    ) -> Self {
        Self {
            created_at: created_at.into(),
            id: id.into(),
            data: data.into(),
            object: None,
            type_: Default::default(),
        }
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<EventLiteral>) -> Self {
        self.object = Some(value.into());
        self
    }
}
/// Event data payload.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookBatchCompletedData {
    /// The unique ID of the batch API request.
    pub id: String,
}
impl WebhookBatchCompletedData {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
/// The constant `batch.completed`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum BatchCompletedLiteral {
    /// `batch.completed`
    #[default]
    BatchCompleted,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl BatchCompletedLiteral {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BatchCompleted => "batch.completed",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "batch.completed" => Self::BatchCompleted,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for BatchCompletedLiteral {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for BatchCompletedLiteral {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for BatchCompletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BatchCompletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BatchCompletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
/// Sent when a batch API request has expired.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookBatchExpired {
    /// The Unix timestamp (in seconds) of when the batch API request expired.
    pub created_at: i64,
    /// The unique ID of the event.
    pub id: String,
    /// Event data payload.
    pub data: WebhookBatchExpiredData,
    /// The object of the event. Always `event`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `batch.expired`.
    #[serde(rename = "type")]
    pub type_: BatchExpiredLiteral,
}
impl WebhookBatchExpired {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        created_at: impl Into<i64>,
        id: impl Into<String>,
        data: impl Into<WebhookBatchExpiredData>,
    ) -> Self {
        Self {
            created_at: created_at.into(),
            id: id.into(),
            data: data.into(),
            object: None,
            type_: Default::default(),
        }
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<EventLiteral>) -> Self {
        self.object = Some(value.into());
        self
    }
}
/// Event data payload.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookBatchExpiredData {
    /// The unique ID of the batch API request.
    pub id: String,
}
impl WebhookBatchExpiredData {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
/// The constant `batch.expired`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum BatchExpiredLiteral {
    /// `batch.expired`
    #[default]
    BatchExpired,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl BatchExpiredLiteral {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BatchExpired => "batch.expired",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "batch.expired" => Self::BatchExpired,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for BatchExpiredLiteral {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for BatchExpiredLiteral {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for BatchExpiredLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BatchExpiredLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BatchExpiredLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
/// Sent when a batch API request has failed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookBatchFailed {
    /// The Unix timestamp (in seconds) of when the batch API request failed.
    pub created_at: i64,
    /// The unique ID of the event.
    pub id: String,
    /// Event data payload.
    pub data: WebhookBatchFailedData,
    /// The object of the event. Always `event`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `batch.failed`.
    #[serde(rename = "type")]
    pub type_: BatchFailedLiteral,
}
impl WebhookBatchFailed {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        created_at: impl Into<i64>,
        id: impl Into<String>,
        data: impl Into<WebhookBatchFailedData>,
    ) -> Self {
        Self {
            created_at: created_at.into(),
            id: id.into(),
            data: data.into(),
            object: None,
            type_: Default::default(),
        }
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<EventLiteral>) -> Self {
        self.object = Some(value.into());
        self
    }
}
/// Event data payload.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookBatchFailedData {
    /// The unique ID of the batch API request.
    pub id: String,
}
impl WebhookBatchFailedData {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
/// The constant `batch.failed`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum BatchFailedLiteral {
    /// `batch.failed`
    #[default]
    BatchFailed,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl BatchFailedLiteral {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BatchFailed => "batch.failed",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "batch.failed" => Self::BatchFailed,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for BatchFailedLiteral {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for BatchFailedLiteral {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for BatchFailedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BatchFailedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BatchFailedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
/// Sent when an eval run has been canceled.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookEvalRunCanceled {
    /// The Unix timestamp (in seconds) of when the eval run was canceled.
    pub created_at: i64,
    /// The unique ID of the event.
    pub id: String,
    /// Event data payload.
    pub data: WebhookEvalRunCanceledData,
    /// The object of the event. Always `event`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `eval.run.canceled`.
    #[serde(rename = "type")]
    pub type_: EvalRunCanceledLiteral,
}
impl WebhookEvalRunCanceled {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        created_at: impl Into<i64>,
        id: impl Into<String>,
        data: impl Into<WebhookEvalRunCanceledData>,
    ) -> Self {
        Self {
            created_at: created_at.into(),
            id: id.into(),
            data: data.into(),
            object: None,
            type_: Default::default(),
        }
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<EventLiteral>) -> Self {
        self.object = Some(value.into());
        self
    }
}
/// Event data payload.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookEvalRunCanceledData {
    /// The unique ID of the eval run.
    pub id: String,
}
impl WebhookEvalRunCanceledData {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
/// The constant `eval.run.canceled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EvalRunCanceledLiteral {
    /// `eval.run.canceled`
    #[default]
    EvalRunCanceled,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl EvalRunCanceledLiteral {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EvalRunCanceled => "eval.run.canceled",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "eval.run.canceled" => Self::EvalRunCanceled,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for EvalRunCanceledLiteral {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for EvalRunCanceledLiteral {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for EvalRunCanceledLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EvalRunCanceledLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for EvalRunCanceledLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
/// Sent when an eval run has failed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookEvalRunFailed {
    /// The Unix timestamp (in seconds) of when the eval run failed.
    pub created_at: i64,
    /// The unique ID of the event.
    pub id: String,
    /// Event data payload.
    pub data: WebhookEvalRunFailedData,
    /// The object of the event. Always `event`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `eval.run.failed`.
    #[serde(rename = "type")]
    pub type_: EvalRunFailedLiteral,
}
impl WebhookEvalRunFailed {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        created_at: impl Into<i64>,
        id: impl Into<String>,
        data: impl Into<WebhookEvalRunFailedData>,
    ) -> Self {
        Self {
            created_at: created_at.into(),
            id: id.into(),
            data: data.into(),
            object: None,
            type_: Default::default(),
        }
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<EventLiteral>) -> Self {
        self.object = Some(value.into());
        self
    }
}
/// Event data payload.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookEvalRunFailedData {
    /// The unique ID of the eval run.
    pub id: String,
}
impl WebhookEvalRunFailedData {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
/// The constant `eval.run.failed`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EvalRunFailedLiteral {
    /// `eval.run.failed`
    #[default]
    EvalRunFailed,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl EvalRunFailedLiteral {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EvalRunFailed => "eval.run.failed",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "eval.run.failed" => Self::EvalRunFailed,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for EvalRunFailedLiteral {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for EvalRunFailedLiteral {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for EvalRunFailedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EvalRunFailedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for EvalRunFailedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
/// Sent when an eval run has succeeded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookEvalRunSucceeded {
    /// The Unix timestamp (in seconds) of when the eval run succeeded.
    pub created_at: i64,
    /// The unique ID of the event.
    pub id: String,
    /// Event data payload.
    pub data: WebhookEvalRunSucceededData,
    /// The object of the event. Always `event`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `eval.run.succeeded`.
    #[serde(rename = "type")]
    pub type_: EvalRunSucceededLiteral,
}
impl WebhookEvalRunSucceeded {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        created_at: impl Into<i64>,
        id: impl Into<String>,
        data: impl Into<WebhookEvalRunSucceededData>,
    ) -> Self {
        Self {
            created_at: created_at.into(),
            id: id.into(),
            data: data.into(),
            object: None,
            type_: Default::default(),
        }
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<EventLiteral>) -> Self {
        self.object = Some(value.into());
        self
    }
}
/// Event data payload.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookEvalRunSucceededData {
    /// The unique ID of the eval run.
    pub id: String,
}
impl WebhookEvalRunSucceededData {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
/// The constant `eval.run.succeeded`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EvalRunSucceededLiteral {
    /// `eval.run.succeeded`
    #[default]
    EvalRunSucceeded,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl EvalRunSucceededLiteral {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EvalRunSucceeded => "eval.run.succeeded",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "eval.run.succeeded" => Self::EvalRunSucceeded,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for EvalRunSucceededLiteral {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for EvalRunSucceededLiteral {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for EvalRunSucceededLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EvalRunSucceededLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for EvalRunSucceededLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
/// Sent when a fine-tuning job has been cancelled.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookFineTuningJobCancelled {
    /// The Unix timestamp (in seconds) of when the fine-tuning job was cancelled.
    pub created_at: i64,
    /// The unique ID of the event.
    pub id: String,
    /// Event data payload.
    pub data: WebhookFineTuningJobCancelledData,
    /// The object of the event. Always `event`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `fine_tuning.job.cancelled`.
    #[serde(rename = "type")]
    pub type_: FineTuningJobCancelledLiteral,
}
impl WebhookFineTuningJobCancelled {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        created_at: impl Into<i64>,
        id: impl Into<String>,
        data: impl Into<WebhookFineTuningJobCancelledData>,
    ) -> Self {
        Self {
            created_at: created_at.into(),
            id: id.into(),
            data: data.into(),
            object: None,
            type_: Default::default(),
        }
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<EventLiteral>) -> Self {
        self.object = Some(value.into());
        self
    }
}
/// Event data payload.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookFineTuningJobCancelledData {
    /// The unique ID of the fine-tuning job.
    pub id: String,
}
impl WebhookFineTuningJobCancelledData {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
/// The constant `fine_tuning.job.cancelled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum FineTuningJobCancelledLiteral {
    /// `fine_tuning.job.cancelled`
    #[default]
    FineTuningJobCancelled,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl FineTuningJobCancelledLiteral {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FineTuningJobCancelled => "fine_tuning.job.cancelled",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "fine_tuning.job.cancelled" => Self::FineTuningJobCancelled,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for FineTuningJobCancelledLiteral {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for FineTuningJobCancelledLiteral {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for FineTuningJobCancelledLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for FineTuningJobCancelledLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for FineTuningJobCancelledLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
/// Sent when a fine-tuning job has failed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookFineTuningJobFailed {
    /// The Unix timestamp (in seconds) of when the fine-tuning job failed.
    pub created_at: i64,
    /// The unique ID of the event.
    pub id: String,
    /// Event data payload.
    pub data: WebhookFineTuningJobFailedData,
    /// The object of the event. Always `event`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `fine_tuning.job.failed`.
    #[serde(rename = "type")]
    pub type_: FineTuningJobFailedLiteral,
}
impl WebhookFineTuningJobFailed {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        created_at: impl Into<i64>,
        id: impl Into<String>,
        data: impl Into<WebhookFineTuningJobFailedData>,
    ) -> Self {
        Self {
            created_at: created_at.into(),
            id: id.into(),
            data: data.into(),
            object: None,
            type_: Default::default(),
        }
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<EventLiteral>) -> Self {
        self.object = Some(value.into());
        self
    }
}
/// Event data payload.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookFineTuningJobFailedData {
    /// The unique ID of the fine-tuning job.
    pub id: String,
}
impl WebhookFineTuningJobFailedData {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
/// The constant `fine_tuning.job.failed`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum FineTuningJobFailedLiteral {
    /// `fine_tuning.job.failed`
    #[default]
    FineTuningJobFailed,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl FineTuningJobFailedLiteral {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FineTuningJobFailed => "fine_tuning.job.failed",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "fine_tuning.job.failed" => Self::FineTuningJobFailed,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for FineTuningJobFailedLiteral {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for FineTuningJobFailedLiteral {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for FineTuningJobFailedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for FineTuningJobFailedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for FineTuningJobFailedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
/// Sent when a fine-tuning job has succeeded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookFineTuningJobSucceeded {
    /// The Unix timestamp (in seconds) of when the fine-tuning job succeeded.
    pub created_at: i64,
    /// The unique ID of the event.
    pub id: String,
    /// Event data payload.
    pub data: WebhookFineTuningJobSucceededData,
    /// The object of the event. Always `event`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `fine_tuning.job.succeeded`.
    #[serde(rename = "type")]
    pub type_: FineTuningJobSucceededLiteral,
}
impl WebhookFineTuningJobSucceeded {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        created_at: impl Into<i64>,
        id: impl Into<String>,
        data: impl Into<WebhookFineTuningJobSucceededData>,
    ) -> Self {
        Self {
            created_at: created_at.into(),
            id: id.into(),
            data: data.into(),
            object: None,
            type_: Default::default(),
        }
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<EventLiteral>) -> Self {
        self.object = Some(value.into());
        self
    }
}
/// Event data payload.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookFineTuningJobSucceededData {
    /// The unique ID of the fine-tuning job.
    pub id: String,
}
impl WebhookFineTuningJobSucceededData {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
/// The constant `fine_tuning.job.succeeded`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum FineTuningJobSucceededLiteral {
    /// `fine_tuning.job.succeeded`
    #[default]
    FineTuningJobSucceeded,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl FineTuningJobSucceededLiteral {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FineTuningJobSucceeded => "fine_tuning.job.succeeded",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "fine_tuning.job.succeeded" => Self::FineTuningJobSucceeded,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for FineTuningJobSucceededLiteral {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for FineTuningJobSucceededLiteral {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for FineTuningJobSucceededLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for FineTuningJobSucceededLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for FineTuningJobSucceededLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
/// Sent when an incoming API SIP session is available for Live acceptance. The
/// same pending session can also emit `realtime.call.incoming`; the first
/// successful Realtime or Live accept endpoint selects the runtime surface.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookLiveCallIncoming {
    /// The Unix timestamp (in seconds) of when the event was created.
    pub created_at: i64,
    /// The unique ID of the event.
    pub id: String,
    /// Event data payload.
    pub data: WebhookLiveCallIncomingData,
    /// The object of the event. Always `event`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `live.call.incoming`.
    #[serde(rename = "type")]
    pub type_: LiveCallIncomingLiteral,
}
impl WebhookLiveCallIncoming {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        created_at: impl Into<i64>,
        id: impl Into<String>,
        data: impl Into<WebhookLiveCallIncomingData>,
    ) -> Self {
        Self {
            created_at: created_at.into(),
            id: id.into(),
            data: data.into(),
            object: None,
            type_: Default::default(),
        }
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<EventLiteral>) -> Self {
        self.object = Some(value.into());
        self
    }
}
/// Event data payload.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookLiveCallIncomingData {
    /// The Transceiver `rtc_...` ID of the pending SIP session. The same
    /// value appears as `call_id` in `realtime.call.incoming`.
    pub session_id: String,
    /// Headers from the SIP Invite.
    pub sip_headers: Vec<WebhookLiveCallIncomingDataSipHeadersItem>,
}
impl WebhookLiveCallIncomingData {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        session_id: impl Into<String>,
        sip_headers: impl Into<Vec<WebhookLiveCallIncomingDataSipHeadersItem>>,
    ) -> Self {
        Self {
            session_id: session_id.into(),
            sip_headers: sip_headers.into(),
        }
    }
}
/// A header from the SIP Invite.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookLiveCallIncomingDataSipHeadersItem {
    /// Name of the SIP Header.
    pub name: String,
    /// Value of the SIP Header.
    pub value: String,
}
impl WebhookLiveCallIncomingDataSipHeadersItem {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(name: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            value: value.into(),
        }
    }
}
/// The constant `live.call.incoming`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum LiveCallIncomingLiteral {
    /// `live.call.incoming`
    #[default]
    LiveCallIncoming,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl LiveCallIncomingLiteral {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LiveCallIncoming => "live.call.incoming",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "live.call.incoming" => Self::LiveCallIncoming,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for LiveCallIncomingLiteral {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for LiveCallIncomingLiteral {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for LiveCallIncomingLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for LiveCallIncomingLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for LiveCallIncomingLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
/// Sent when an incoming API SIP session is available for Realtime acceptance.
/// The same pending session can also emit `live.call.incoming`; the first
/// successful Realtime or Live accept endpoint selects the runtime surface.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookRealtimeCallIncoming {
    /// The Unix timestamp (in seconds) of when the model response was completed.
    pub created_at: i64,
    /// The unique ID of the event.
    pub id: String,
    /// Event data payload.
    pub data: WebhookRealtimeCallIncomingData,
    /// The object of the event. Always `event`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `realtime.call.incoming`.
    #[serde(rename = "type")]
    pub type_: RealtimeCallIncomingLiteral,
}
impl WebhookRealtimeCallIncoming {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        created_at: impl Into<i64>,
        id: impl Into<String>,
        data: impl Into<WebhookRealtimeCallIncomingData>,
    ) -> Self {
        Self {
            created_at: created_at.into(),
            id: id.into(),
            data: data.into(),
            object: None,
            type_: Default::default(),
        }
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<EventLiteral>) -> Self {
        self.object = Some(value.into());
        self
    }
}
/// Event data payload.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookRealtimeCallIncomingData {
    /// The Transceiver `rtc_...` ID of the pending SIP session. The same
    /// value appears as `session_id` in `live.call.incoming`.
    pub call_id: String,
    /// Headers from the SIP Invite.
    pub sip_headers: Vec<WebhookRealtimeCallIncomingDataSipHeadersItem>,
}
impl WebhookRealtimeCallIncomingData {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        call_id: impl Into<String>,
        sip_headers: impl Into<Vec<WebhookRealtimeCallIncomingDataSipHeadersItem>>,
    ) -> Self {
        Self {
            call_id: call_id.into(),
            sip_headers: sip_headers.into(),
        }
    }
}
/// A header from the SIP Invite.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookRealtimeCallIncomingDataSipHeadersItem {
    /// Name of the SIP Header.
    pub name: String,
    /// Value of the SIP Header.
    pub value: String,
}
impl WebhookRealtimeCallIncomingDataSipHeadersItem {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(name: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            value: value.into(),
        }
    }
}
/// The constant `realtime.call.incoming`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum RealtimeCallIncomingLiteral {
    /// `realtime.call.incoming`
    #[default]
    RealtimeCallIncoming,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl RealtimeCallIncomingLiteral {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RealtimeCallIncoming => "realtime.call.incoming",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "realtime.call.incoming" => Self::RealtimeCallIncoming,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for RealtimeCallIncomingLiteral {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for RealtimeCallIncomingLiteral {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for RealtimeCallIncomingLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RealtimeCallIncomingLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RealtimeCallIncomingLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
/// Sent when a background response has been cancelled.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookResponseCancelled {
    /// The Unix timestamp (in seconds) of when the model response was cancelled.
    pub created_at: i64,
    /// The unique ID of the event.
    pub id: String,
    /// Event data payload.
    pub data: WebhookResponseCancelledData,
    /// The object of the event. Always `event`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `response.cancelled`.
    #[serde(rename = "type")]
    pub type_: ResponseCancelledLiteral,
}
impl WebhookResponseCancelled {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        created_at: impl Into<i64>,
        id: impl Into<String>,
        data: impl Into<WebhookResponseCancelledData>,
    ) -> Self {
        Self {
            created_at: created_at.into(),
            id: id.into(),
            data: data.into(),
            object: None,
            type_: Default::default(),
        }
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<EventLiteral>) -> Self {
        self.object = Some(value.into());
        self
    }
}
/// Event data payload.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookResponseCancelledData {
    /// The unique ID of the model response.
    pub id: String,
}
impl WebhookResponseCancelledData {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
/// The constant `response.cancelled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ResponseCancelledLiteral {
    /// `response.cancelled`
    #[default]
    ResponseCancelled,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl ResponseCancelledLiteral {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ResponseCancelled => "response.cancelled",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "response.cancelled" => Self::ResponseCancelled,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for ResponseCancelledLiteral {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for ResponseCancelledLiteral {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for ResponseCancelledLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ResponseCancelledLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ResponseCancelledLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
/// Sent when a background response has been completed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookResponseCompleted {
    /// The Unix timestamp (in seconds) of when the model response was completed.
    pub created_at: i64,
    /// The unique ID of the event.
    pub id: String,
    /// Event data payload.
    pub data: WebhookResponseCompletedData,
    /// The object of the event. Always `event`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `response.completed`.
    #[serde(rename = "type")]
    pub type_: ResponseCompletedLiteral,
}
impl WebhookResponseCompleted {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        created_at: impl Into<i64>,
        id: impl Into<String>,
        data: impl Into<WebhookResponseCompletedData>,
    ) -> Self {
        Self {
            created_at: created_at.into(),
            id: id.into(),
            data: data.into(),
            object: None,
            type_: Default::default(),
        }
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<EventLiteral>) -> Self {
        self.object = Some(value.into());
        self
    }
}
/// Event data payload.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookResponseCompletedData {
    /// The unique ID of the model response.
    pub id: String,
}
impl WebhookResponseCompletedData {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
/// Sent when a background response has failed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookResponseFailed {
    /// The Unix timestamp (in seconds) of when the model response failed.
    pub created_at: i64,
    /// The unique ID of the event.
    pub id: String,
    /// Event data payload.
    pub data: WebhookResponseFailedData,
    /// The object of the event. Always `event`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `response.failed`.
    #[serde(rename = "type")]
    pub type_: ResponseFailedLiteral,
}
impl WebhookResponseFailed {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        created_at: impl Into<i64>,
        id: impl Into<String>,
        data: impl Into<WebhookResponseFailedData>,
    ) -> Self {
        Self {
            created_at: created_at.into(),
            id: id.into(),
            data: data.into(),
            object: None,
            type_: Default::default(),
        }
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<EventLiteral>) -> Self {
        self.object = Some(value.into());
        self
    }
}
/// Event data payload.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookResponseFailedData {
    /// The unique ID of the model response.
    pub id: String,
}
impl WebhookResponseFailedData {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
/// Sent when a background response has been interrupted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookResponseIncomplete {
    /// The Unix timestamp (in seconds) of when the model response was interrupted.
    pub created_at: i64,
    /// The unique ID of the event.
    pub id: String,
    /// Event data payload.
    pub data: WebhookResponseIncompleteData,
    /// The object of the event. Always `event`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `response.incomplete`.
    #[serde(rename = "type")]
    pub type_: ResponseIncompleteLiteral,
}
impl WebhookResponseIncomplete {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        created_at: impl Into<i64>,
        id: impl Into<String>,
        data: impl Into<WebhookResponseIncompleteData>,
    ) -> Self {
        Self {
            created_at: created_at.into(),
            id: id.into(),
            data: data.into(),
            object: None,
            type_: Default::default(),
        }
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<EventLiteral>) -> Self {
        self.object = Some(value.into());
        self
    }
}
/// Event data payload.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookResponseIncompleteData {
    /// The unique ID of the model response.
    pub id: String,
}
impl WebhookResponseIncompleteData {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
