//! Types of the `webhooks` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
/// Sent when a batch API request has been cancelled.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct WebhookBatchCancelled {
    /// The Unix timestamp (in seconds) of when the batch API request was cancelled.
    pub created_at: i64,
    /// The unique ID of the event.
    pub id: String,
    /// Event data payload.
    pub data: WebhookBatchFailedData,
    /// The object of the event. Always `event`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `batch.cancelled`.
    #[serde(rename = "type")]
    pub type_: BatchCancelledLiteral,
}
impl sdk_runtime_types::de::Object for WebhookBatchCancelled {
    const NAME: &'static str = "WebhookBatchCancelled";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut id: Option<String> = None;
        let mut data: Option<WebhookBatchFailedData> = None;
        let mut object: Option<EventLiteral> = None;
        let mut type_: Option<BatchCancelledLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "created_at" => 0,
                    "id" => 1,
                    "data" => 2,
                    "object" => 3,
                    "type" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut data),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                4 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            created_at: created_at.unwrap_or_default(),
            id: id.unwrap_or_default(),
            data: data.unwrap_or_default(),
            object,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for WebhookBatchCancelled {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl WebhookBatchCancelled {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
/// The constant `event`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum EventLiteral {
    /// `event`
    #[default]
    Event,
}
impl EventLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "event"
    }
}
impl std::fmt::Display for EventLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EventLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("event")
    }
}
impl<'de> Deserialize<'de> for EventLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "event").map(|()| Self::Event)
    }
}
/// The constant `batch.cancelled`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum BatchCancelledLiteral {
    /// `batch.cancelled`
    #[default]
    BatchCancelled,
}
impl BatchCancelledLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "batch.cancelled"
    }
}
impl std::fmt::Display for BatchCancelledLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BatchCancelledLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("batch.cancelled")
    }
}
impl<'de> Deserialize<'de> for BatchCancelledLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "batch.cancelled")
            .map(|()| Self::BatchCancelled)
    }
}
/// Sent when a batch API request has been completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct WebhookBatchCompleted {
    /// The Unix timestamp (in seconds) of when the batch API request was completed.
    pub created_at: i64,
    /// The unique ID of the event.
    pub id: String,
    /// Event data payload.
    pub data: WebhookBatchFailedData,
    /// The object of the event. Always `event`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `batch.completed`.
    #[serde(rename = "type")]
    pub type_: BatchCompletedLiteral,
}
impl sdk_runtime_types::de::Object for WebhookBatchCompleted {
    const NAME: &'static str = "WebhookBatchCompleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut id: Option<String> = None;
        let mut data: Option<WebhookBatchFailedData> = None;
        let mut object: Option<EventLiteral> = None;
        let mut type_: Option<BatchCompletedLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "created_at" => 0,
                    "id" => 1,
                    "data" => 2,
                    "object" => 3,
                    "type" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut data),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                4 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            created_at: created_at.unwrap_or_default(),
            id: id.unwrap_or_default(),
            data: data.unwrap_or_default(),
            object,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for WebhookBatchCompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl WebhookBatchCompleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
/// The constant `batch.completed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum BatchCompletedLiteral {
    /// `batch.completed`
    #[default]
    BatchCompleted,
}
impl BatchCompletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "batch.completed"
    }
}
impl std::fmt::Display for BatchCompletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BatchCompletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("batch.completed")
    }
}
impl<'de> Deserialize<'de> for BatchCompletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "batch.completed")
            .map(|()| Self::BatchCompleted)
    }
}
/// Sent when a batch API request has expired.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct WebhookBatchExpired {
    /// The Unix timestamp (in seconds) of when the batch API request expired.
    pub created_at: i64,
    /// The unique ID of the event.
    pub id: String,
    /// Event data payload.
    pub data: WebhookBatchFailedData,
    /// The object of the event. Always `event`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `batch.expired`.
    #[serde(rename = "type")]
    pub type_: BatchExpiredLiteral,
}
impl sdk_runtime_types::de::Object for WebhookBatchExpired {
    const NAME: &'static str = "WebhookBatchExpired";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut id: Option<String> = None;
        let mut data: Option<WebhookBatchFailedData> = None;
        let mut object: Option<EventLiteral> = None;
        let mut type_: Option<BatchExpiredLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "created_at" => 0,
                    "id" => 1,
                    "data" => 2,
                    "object" => 3,
                    "type" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut data),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                4 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            created_at: created_at.unwrap_or_default(),
            id: id.unwrap_or_default(),
            data: data.unwrap_or_default(),
            object,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for WebhookBatchExpired {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl WebhookBatchExpired {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
/// The constant `batch.expired`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum BatchExpiredLiteral {
    /// `batch.expired`
    #[default]
    BatchExpired,
}
impl BatchExpiredLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "batch.expired"
    }
}
impl std::fmt::Display for BatchExpiredLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BatchExpiredLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("batch.expired")
    }
}
impl<'de> Deserialize<'de> for BatchExpiredLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "batch.expired")
            .map(|()| Self::BatchExpired)
    }
}
/// Sent when a batch API request has failed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
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
impl sdk_runtime_types::de::Object for WebhookBatchFailed {
    const NAME: &'static str = "WebhookBatchFailed";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut id: Option<String> = None;
        let mut data: Option<WebhookBatchFailedData> = None;
        let mut object: Option<EventLiteral> = None;
        let mut type_: Option<BatchFailedLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "created_at" => 0,
                    "id" => 1,
                    "data" => 2,
                    "object" => 3,
                    "type" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut data),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                4 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            created_at: created_at.unwrap_or_default(),
            id: id.unwrap_or_default(),
            data: data.unwrap_or_default(),
            object,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for WebhookBatchFailed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl WebhookBatchFailed {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct WebhookBatchFailedData {
    /// The unique ID of the batch API request.
    pub id: String,
}
impl sdk_runtime_types::de::Object for WebhookBatchFailedData {
    const NAME: &'static str = "WebhookBatchFailedData";
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
impl<'de> Deserialize<'de> for WebhookBatchFailedData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl WebhookBatchFailedData {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
/// The constant `batch.failed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum BatchFailedLiteral {
    /// `batch.failed`
    #[default]
    BatchFailed,
}
impl BatchFailedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "batch.failed"
    }
}
impl std::fmt::Display for BatchFailedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BatchFailedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("batch.failed")
    }
}
impl<'de> Deserialize<'de> for BatchFailedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "batch.failed")
            .map(|()| Self::BatchFailed)
    }
}
/// Sent when an eval run has been canceled.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct WebhookEvalRunCanceled {
    /// The Unix timestamp (in seconds) of when the eval run was canceled.
    pub created_at: i64,
    /// The unique ID of the event.
    pub id: String,
    /// Event data payload.
    pub data: WebhookEvalRunFailedData,
    /// The object of the event. Always `event`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `eval.run.canceled`.
    #[serde(rename = "type")]
    pub type_: EvalRunCanceledLiteral,
}
impl sdk_runtime_types::de::Object for WebhookEvalRunCanceled {
    const NAME: &'static str = "WebhookEvalRunCanceled";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut id: Option<String> = None;
        let mut data: Option<WebhookEvalRunFailedData> = None;
        let mut object: Option<EventLiteral> = None;
        let mut type_: Option<EvalRunCanceledLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "created_at" => 0,
                    "id" => 1,
                    "data" => 2,
                    "object" => 3,
                    "type" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut data),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                4 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            created_at: created_at.unwrap_or_default(),
            id: id.unwrap_or_default(),
            data: data.unwrap_or_default(),
            object,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for WebhookEvalRunCanceled {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl WebhookEvalRunCanceled {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
/// The constant `eval.run.canceled`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum EvalRunCanceledLiteral {
    /// `eval.run.canceled`
    #[default]
    EvalRunCanceled,
}
impl EvalRunCanceledLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "eval.run.canceled"
    }
}
impl std::fmt::Display for EvalRunCanceledLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EvalRunCanceledLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("eval.run.canceled")
    }
}
impl<'de> Deserialize<'de> for EvalRunCanceledLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "eval.run.canceled")
            .map(|()| Self::EvalRunCanceled)
    }
}
/// Sent when an eval run has failed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
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
impl sdk_runtime_types::de::Object for WebhookEvalRunFailed {
    const NAME: &'static str = "WebhookEvalRunFailed";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut id: Option<String> = None;
        let mut data: Option<WebhookEvalRunFailedData> = None;
        let mut object: Option<EventLiteral> = None;
        let mut type_: Option<EvalRunFailedLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "created_at" => 0,
                    "id" => 1,
                    "data" => 2,
                    "object" => 3,
                    "type" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut data),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                4 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            created_at: created_at.unwrap_or_default(),
            id: id.unwrap_or_default(),
            data: data.unwrap_or_default(),
            object,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for WebhookEvalRunFailed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl WebhookEvalRunFailed {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct WebhookEvalRunFailedData {
    /// The unique ID of the eval run.
    pub id: String,
}
impl sdk_runtime_types::de::Object for WebhookEvalRunFailedData {
    const NAME: &'static str = "WebhookEvalRunFailedData";
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
impl<'de> Deserialize<'de> for WebhookEvalRunFailedData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl WebhookEvalRunFailedData {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
/// The constant `eval.run.failed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum EvalRunFailedLiteral {
    /// `eval.run.failed`
    #[default]
    EvalRunFailed,
}
impl EvalRunFailedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "eval.run.failed"
    }
}
impl std::fmt::Display for EvalRunFailedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EvalRunFailedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("eval.run.failed")
    }
}
impl<'de> Deserialize<'de> for EvalRunFailedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "eval.run.failed")
            .map(|()| Self::EvalRunFailed)
    }
}
/// Sent when an eval run has succeeded.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct WebhookEvalRunSucceeded {
    /// The Unix timestamp (in seconds) of when the eval run succeeded.
    pub created_at: i64,
    /// The unique ID of the event.
    pub id: String,
    /// Event data payload.
    pub data: WebhookEvalRunFailedData,
    /// The object of the event. Always `event`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `eval.run.succeeded`.
    #[serde(rename = "type")]
    pub type_: EvalRunSucceededLiteral,
}
impl sdk_runtime_types::de::Object for WebhookEvalRunSucceeded {
    const NAME: &'static str = "WebhookEvalRunSucceeded";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut id: Option<String> = None;
        let mut data: Option<WebhookEvalRunFailedData> = None;
        let mut object: Option<EventLiteral> = None;
        let mut type_: Option<EvalRunSucceededLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "created_at" => 0,
                    "id" => 1,
                    "data" => 2,
                    "object" => 3,
                    "type" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut data),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                4 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            created_at: created_at.unwrap_or_default(),
            id: id.unwrap_or_default(),
            data: data.unwrap_or_default(),
            object,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for WebhookEvalRunSucceeded {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl WebhookEvalRunSucceeded {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
/// The constant `eval.run.succeeded`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum EvalRunSucceededLiteral {
    /// `eval.run.succeeded`
    #[default]
    EvalRunSucceeded,
}
impl EvalRunSucceededLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "eval.run.succeeded"
    }
}
impl std::fmt::Display for EvalRunSucceededLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EvalRunSucceededLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("eval.run.succeeded")
    }
}
impl<'de> Deserialize<'de> for EvalRunSucceededLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "eval.run.succeeded")
            .map(|()| Self::EvalRunSucceeded)
    }
}
/// Sent when a fine-tuning job has been cancelled.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct WebhookFineTuningJobCancelled {
    /// The Unix timestamp (in seconds) of when the fine-tuning job was cancelled.
    pub created_at: i64,
    /// The unique ID of the event.
    pub id: String,
    /// Event data payload.
    pub data: WebhookFineTuningJobFailedData,
    /// The object of the event. Always `event`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `fine_tuning.job.cancelled`.
    #[serde(rename = "type")]
    pub type_: FineTuningJobCancelledLiteral,
}
impl sdk_runtime_types::de::Object for WebhookFineTuningJobCancelled {
    const NAME: &'static str = "WebhookFineTuningJobCancelled";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut id: Option<String> = None;
        let mut data: Option<WebhookFineTuningJobFailedData> = None;
        let mut object: Option<EventLiteral> = None;
        let mut type_: Option<FineTuningJobCancelledLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "created_at" => 0,
                    "id" => 1,
                    "data" => 2,
                    "object" => 3,
                    "type" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut data),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                4 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            created_at: created_at.unwrap_or_default(),
            id: id.unwrap_or_default(),
            data: data.unwrap_or_default(),
            object,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for WebhookFineTuningJobCancelled {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl WebhookFineTuningJobCancelled {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
/// The constant `fine_tuning.job.cancelled`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum FineTuningJobCancelledLiteral {
    /// `fine_tuning.job.cancelled`
    #[default]
    FineTuningJobCancelled,
}
impl FineTuningJobCancelledLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "fine_tuning.job.cancelled"
    }
}
impl std::fmt::Display for FineTuningJobCancelledLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for FineTuningJobCancelledLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("fine_tuning.job.cancelled")
    }
}
impl<'de> Deserialize<'de> for FineTuningJobCancelledLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "fine_tuning.job.cancelled")
            .map(|()| Self::FineTuningJobCancelled)
    }
}
/// Sent when a fine-tuning job has failed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
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
impl sdk_runtime_types::de::Object for WebhookFineTuningJobFailed {
    const NAME: &'static str = "WebhookFineTuningJobFailed";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut id: Option<String> = None;
        let mut data: Option<WebhookFineTuningJobFailedData> = None;
        let mut object: Option<EventLiteral> = None;
        let mut type_: Option<FineTuningJobFailedLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "created_at" => 0,
                    "id" => 1,
                    "data" => 2,
                    "object" => 3,
                    "type" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut data),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                4 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            created_at: created_at.unwrap_or_default(),
            id: id.unwrap_or_default(),
            data: data.unwrap_or_default(),
            object,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for WebhookFineTuningJobFailed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl WebhookFineTuningJobFailed {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct WebhookFineTuningJobFailedData {
    /// The unique ID of the fine-tuning job.
    pub id: String,
}
impl sdk_runtime_types::de::Object for WebhookFineTuningJobFailedData {
    const NAME: &'static str = "WebhookFineTuningJobFailedData";
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
impl<'de> Deserialize<'de> for WebhookFineTuningJobFailedData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl WebhookFineTuningJobFailedData {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
/// The constant `fine_tuning.job.failed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum FineTuningJobFailedLiteral {
    /// `fine_tuning.job.failed`
    #[default]
    FineTuningJobFailed,
}
impl FineTuningJobFailedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "fine_tuning.job.failed"
    }
}
impl std::fmt::Display for FineTuningJobFailedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for FineTuningJobFailedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("fine_tuning.job.failed")
    }
}
impl<'de> Deserialize<'de> for FineTuningJobFailedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "fine_tuning.job.failed")
            .map(|()| Self::FineTuningJobFailed)
    }
}
/// Sent when a fine-tuning job has succeeded.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct WebhookFineTuningJobSucceeded {
    /// The Unix timestamp (in seconds) of when the fine-tuning job succeeded.
    pub created_at: i64,
    /// The unique ID of the event.
    pub id: String,
    /// Event data payload.
    pub data: WebhookFineTuningJobFailedData,
    /// The object of the event. Always `event`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `fine_tuning.job.succeeded`.
    #[serde(rename = "type")]
    pub type_: FineTuningJobSucceededLiteral,
}
impl sdk_runtime_types::de::Object for WebhookFineTuningJobSucceeded {
    const NAME: &'static str = "WebhookFineTuningJobSucceeded";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut id: Option<String> = None;
        let mut data: Option<WebhookFineTuningJobFailedData> = None;
        let mut object: Option<EventLiteral> = None;
        let mut type_: Option<FineTuningJobSucceededLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "created_at" => 0,
                    "id" => 1,
                    "data" => 2,
                    "object" => 3,
                    "type" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut data),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                4 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            created_at: created_at.unwrap_or_default(),
            id: id.unwrap_or_default(),
            data: data.unwrap_or_default(),
            object,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for WebhookFineTuningJobSucceeded {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl WebhookFineTuningJobSucceeded {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
/// The constant `fine_tuning.job.succeeded`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum FineTuningJobSucceededLiteral {
    /// `fine_tuning.job.succeeded`
    #[default]
    FineTuningJobSucceeded,
}
impl FineTuningJobSucceededLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "fine_tuning.job.succeeded"
    }
}
impl std::fmt::Display for FineTuningJobSucceededLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for FineTuningJobSucceededLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("fine_tuning.job.succeeded")
    }
}
impl<'de> Deserialize<'de> for FineTuningJobSucceededLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "fine_tuning.job.succeeded")
            .map(|()| Self::FineTuningJobSucceeded)
    }
}
/// Sent when an incoming API SIP session is available for Live acceptance. The
/// same pending session can also emit `realtime.call.incoming`; the first
/// successful Realtime or Live accept endpoint selects the runtime surface.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
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
impl sdk_runtime_types::de::Object for WebhookLiveCallIncoming {
    const NAME: &'static str = "WebhookLiveCallIncoming";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut id: Option<String> = None;
        let mut data: Option<WebhookLiveCallIncomingData> = None;
        let mut object: Option<EventLiteral> = None;
        let mut type_: Option<LiveCallIncomingLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "created_at" => 0,
                    "id" => 1,
                    "data" => 2,
                    "object" => 3,
                    "type" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut data),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                4 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            created_at: created_at.unwrap_or_default(),
            id: id.unwrap_or_default(),
            data: data.unwrap_or_default(),
            object,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for WebhookLiveCallIncoming {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl WebhookLiveCallIncoming {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct WebhookLiveCallIncomingData {
    /// The Transceiver `rtc_...` ID of the pending SIP session. The same
    /// value appears as `call_id` in `realtime.call.incoming`.
    pub session_id: String,
    /// Headers from the SIP Invite.
    pub sip_headers: Vec<WebhookLiveCallIncomingDataSipHeader>,
}
impl sdk_runtime_types::de::Object for WebhookLiveCallIncomingData {
    const NAME: &'static str = "WebhookLiveCallIncomingData";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut session_id: Option<String> = None;
        let mut sip_headers: Option<Vec<WebhookLiveCallIncomingDataSipHeader>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "session_id" => 0,
                    "sip_headers" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut session_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut sip_headers),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            session_id: session_id.unwrap_or_default(),
            sip_headers: sip_headers.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for WebhookLiveCallIncomingData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl WebhookLiveCallIncomingData {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        session_id: impl Into<String>,
        sip_headers: impl Into<Vec<WebhookLiveCallIncomingDataSipHeader>>,
    ) -> Self {
        Self {
            session_id: session_id.into(),
            sip_headers: sip_headers.into(),
        }
    }
}
/// A header from the SIP Invite.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct WebhookLiveCallIncomingDataSipHeader {
    /// Name of the SIP Header.
    pub name: String,
    /// Value of the SIP Header.
    pub value: String,
}
impl sdk_runtime_types::de::Object for WebhookLiveCallIncomingDataSipHeader {
    const NAME: &'static str = "WebhookLiveCallIncomingDataSipHeader";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut value: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "value" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut name),
                1 => sdk_runtime_types::de::value(&mut map, &mut value),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name: name.unwrap_or_default(),
            value: value.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for WebhookLiveCallIncomingDataSipHeader {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl WebhookLiveCallIncomingDataSipHeader {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            value: value.into(),
        }
    }
}
/// The constant `live.call.incoming`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum LiveCallIncomingLiteral {
    /// `live.call.incoming`
    #[default]
    LiveCallIncoming,
}
impl LiveCallIncomingLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "live.call.incoming"
    }
}
impl std::fmt::Display for LiveCallIncomingLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for LiveCallIncomingLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("live.call.incoming")
    }
}
impl<'de> Deserialize<'de> for LiveCallIncomingLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "live.call.incoming")
            .map(|()| Self::LiveCallIncoming)
    }
}
/// Sent when an incoming API SIP session is available for Realtime acceptance.
/// The same pending session can also emit `live.call.incoming`; the first
/// successful Realtime or Live accept endpoint selects the runtime surface.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
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
impl sdk_runtime_types::de::Object for WebhookRealtimeCallIncoming {
    const NAME: &'static str = "WebhookRealtimeCallIncoming";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut id: Option<String> = None;
        let mut data: Option<WebhookRealtimeCallIncomingData> = None;
        let mut object: Option<EventLiteral> = None;
        let mut type_: Option<RealtimeCallIncomingLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "created_at" => 0,
                    "id" => 1,
                    "data" => 2,
                    "object" => 3,
                    "type" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut data),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                4 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            created_at: created_at.unwrap_or_default(),
            id: id.unwrap_or_default(),
            data: data.unwrap_or_default(),
            object,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for WebhookRealtimeCallIncoming {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl WebhookRealtimeCallIncoming {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct WebhookRealtimeCallIncomingData {
    /// The Transceiver `rtc_...` ID of the pending SIP session. The same
    /// value appears as `session_id` in `live.call.incoming`.
    pub call_id: String,
    /// Headers from the SIP Invite.
    pub sip_headers: Vec<WebhookLiveCallIncomingDataSipHeader>,
}
impl sdk_runtime_types::de::Object for WebhookRealtimeCallIncomingData {
    const NAME: &'static str = "WebhookRealtimeCallIncomingData";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut call_id: Option<String> = None;
        let mut sip_headers: Option<Vec<WebhookLiveCallIncomingDataSipHeader>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "call_id" => 0,
                    "sip_headers" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut sip_headers),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            call_id: call_id.unwrap_or_default(),
            sip_headers: sip_headers.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for WebhookRealtimeCallIncomingData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl WebhookRealtimeCallIncomingData {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        call_id: impl Into<String>,
        sip_headers: impl Into<Vec<WebhookLiveCallIncomingDataSipHeader>>,
    ) -> Self {
        Self {
            call_id: call_id.into(),
            sip_headers: sip_headers.into(),
        }
    }
}
/// The constant `realtime.call.incoming`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum RealtimeCallIncomingLiteral {
    /// `realtime.call.incoming`
    #[default]
    RealtimeCallIncoming,
}
impl RealtimeCallIncomingLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "realtime.call.incoming"
    }
}
impl std::fmt::Display for RealtimeCallIncomingLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RealtimeCallIncomingLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("realtime.call.incoming")
    }
}
impl<'de> Deserialize<'de> for RealtimeCallIncomingLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "realtime.call.incoming")
            .map(|()| Self::RealtimeCallIncoming)
    }
}
/// Sent when a background response has been cancelled.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct WebhookResponseCancelled {
    /// The Unix timestamp (in seconds) of when the model response was cancelled.
    pub created_at: i64,
    /// The unique ID of the event.
    pub id: String,
    /// Event data payload.
    pub data: WebhookResponseFailedData,
    /// The object of the event. Always `event`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `response.cancelled`.
    #[serde(rename = "type")]
    pub type_: ResponseCancelledLiteral,
}
impl sdk_runtime_types::de::Object for WebhookResponseCancelled {
    const NAME: &'static str = "WebhookResponseCancelled";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut id: Option<String> = None;
        let mut data: Option<WebhookResponseFailedData> = None;
        let mut object: Option<EventLiteral> = None;
        let mut type_: Option<ResponseCancelledLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "created_at" => 0,
                    "id" => 1,
                    "data" => 2,
                    "object" => 3,
                    "type" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut data),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                4 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            created_at: created_at.unwrap_or_default(),
            id: id.unwrap_or_default(),
            data: data.unwrap_or_default(),
            object,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for WebhookResponseCancelled {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl WebhookResponseCancelled {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
/// The constant `response.cancelled`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseCancelledLiteral {
    /// `response.cancelled`
    #[default]
    ResponseCancelled,
}
impl ResponseCancelledLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.cancelled"
    }
}
impl std::fmt::Display for ResponseCancelledLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ResponseCancelledLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.cancelled")
    }
}
impl<'de> Deserialize<'de> for ResponseCancelledLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.cancelled")
            .map(|()| Self::ResponseCancelled)
    }
}
/// Sent when a background response has been completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct WebhookResponseCompleted {
    /// The Unix timestamp (in seconds) of when the model response was completed.
    pub created_at: i64,
    /// The unique ID of the event.
    pub id: String,
    /// Event data payload.
    pub data: WebhookResponseFailedData,
    /// The object of the event. Always `event`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `response.completed`.
    #[serde(rename = "type")]
    pub type_: ResponseCompletedLiteral,
}
impl sdk_runtime_types::de::Object for WebhookResponseCompleted {
    const NAME: &'static str = "WebhookResponseCompleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut id: Option<String> = None;
        let mut data: Option<WebhookResponseFailedData> = None;
        let mut object: Option<EventLiteral> = None;
        let mut type_: Option<ResponseCompletedLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "created_at" => 0,
                    "id" => 1,
                    "data" => 2,
                    "object" => 3,
                    "type" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut data),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                4 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            created_at: created_at.unwrap_or_default(),
            id: id.unwrap_or_default(),
            data: data.unwrap_or_default(),
            object,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for WebhookResponseCompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl WebhookResponseCompleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
/// Sent when a background response has failed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
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
impl sdk_runtime_types::de::Object for WebhookResponseFailed {
    const NAME: &'static str = "WebhookResponseFailed";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut id: Option<String> = None;
        let mut data: Option<WebhookResponseFailedData> = None;
        let mut object: Option<EventLiteral> = None;
        let mut type_: Option<ResponseFailedLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "created_at" => 0,
                    "id" => 1,
                    "data" => 2,
                    "object" => 3,
                    "type" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut data),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                4 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            created_at: created_at.unwrap_or_default(),
            id: id.unwrap_or_default(),
            data: data.unwrap_or_default(),
            object,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for WebhookResponseFailed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl WebhookResponseFailed {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct WebhookResponseFailedData {
    /// The unique ID of the model response.
    pub id: String,
}
impl sdk_runtime_types::de::Object for WebhookResponseFailedData {
    const NAME: &'static str = "WebhookResponseFailedData";
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
impl<'de> Deserialize<'de> for WebhookResponseFailedData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl WebhookResponseFailedData {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
/// Sent when a background response has been interrupted.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct WebhookResponseIncomplete {
    /// The Unix timestamp (in seconds) of when the model response was interrupted.
    pub created_at: i64,
    /// The unique ID of the event.
    pub id: String,
    /// Event data payload.
    pub data: WebhookResponseFailedData,
    /// The object of the event. Always `event`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<EventLiteral>,
    /// The type of the event. Always `response.incomplete`.
    #[serde(rename = "type")]
    pub type_: ResponseIncompleteLiteral,
}
impl sdk_runtime_types::de::Object for WebhookResponseIncomplete {
    const NAME: &'static str = "WebhookResponseIncomplete";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut created_at: Option<i64> = None;
        let mut id: Option<String> = None;
        let mut data: Option<WebhookResponseFailedData> = None;
        let mut object: Option<EventLiteral> = None;
        let mut type_: Option<ResponseIncompleteLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "created_at" => 0,
                    "id" => 1,
                    "data" => 2,
                    "object" => 3,
                    "type" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut data),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                4 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            created_at: created_at.unwrap_or_default(),
            id: id.unwrap_or_default(),
            data: data.unwrap_or_default(),
            object,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for WebhookResponseIncomplete {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl WebhookResponseIncomplete {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
/// Any webhook delivery, told apart by its `type`.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum WebhookEvent {
    /// `batch.cancelled`
    BatchCancelled(WebhookBatchCancelled),
    /// `batch.completed`
    BatchCompleted(WebhookBatchCompleted),
    /// `batch.expired`
    BatchExpired(WebhookBatchExpired),
    /// `batch.failed`
    BatchFailed(WebhookBatchFailed),
    /// `eval.run.canceled`
    EvalRunCanceled(WebhookEvalRunCanceled),
    /// `eval.run.failed`
    EvalRunFailed(WebhookEvalRunFailed),
    /// `eval.run.succeeded`
    EvalRunSucceeded(WebhookEvalRunSucceeded),
    /// `fine_tuning.job.cancelled`
    FineTuningJobCancelled(WebhookFineTuningJobCancelled),
    /// `fine_tuning.job.failed`
    FineTuningJobFailed(WebhookFineTuningJobFailed),
    /// `fine_tuning.job.succeeded`
    FineTuningJobSucceeded(WebhookFineTuningJobSucceeded),
    /// `live.call.incoming`
    LiveCallIncoming(WebhookLiveCallIncoming),
    /// `realtime.call.incoming`
    RealtimeCallIncoming(WebhookRealtimeCallIncoming),
    /// `response.cancelled`
    ResponseCancelled(WebhookResponseCancelled),
    /// `response.completed`
    ResponseCompleted(WebhookResponseCompleted),
    /// `response.failed`
    ResponseFailed(WebhookResponseFailed),
    /// `response.incomplete`
    ResponseIncomplete(WebhookResponseIncomplete),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for WebhookEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::BatchCancelled(value) => value.serialize(serializer),
            Self::BatchCompleted(value) => value.serialize(serializer),
            Self::BatchExpired(value) => value.serialize(serializer),
            Self::BatchFailed(value) => value.serialize(serializer),
            Self::EvalRunCanceled(value) => value.serialize(serializer),
            Self::EvalRunFailed(value) => value.serialize(serializer),
            Self::EvalRunSucceeded(value) => value.serialize(serializer),
            Self::FineTuningJobCancelled(value) => value.serialize(serializer),
            Self::FineTuningJobFailed(value) => value.serialize(serializer),
            Self::FineTuningJobSucceeded(value) => value.serialize(serializer),
            Self::LiveCallIncoming(value) => value.serialize(serializer),
            Self::RealtimeCallIncoming(value) => value.serialize(serializer),
            Self::ResponseCancelled(value) => value.serialize(serializer),
            Self::ResponseCompleted(value) => value.serialize(serializer),
            Self::ResponseFailed(value) => value.serialize(serializer),
            Self::ResponseIncomplete(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for WebhookEvent {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "batch.cancelled" => {
                    Deserialize::deserialize(content).map(Self::BatchCancelled)
                }
                "batch.completed" => {
                    Deserialize::deserialize(content).map(Self::BatchCompleted)
                }
                "batch.expired" => {
                    Deserialize::deserialize(content).map(Self::BatchExpired)
                }
                "batch.failed" => {
                    Deserialize::deserialize(content).map(Self::BatchFailed)
                }
                "eval.run.canceled" => {
                    Deserialize::deserialize(content).map(Self::EvalRunCanceled)
                }
                "eval.run.failed" => {
                    Deserialize::deserialize(content).map(Self::EvalRunFailed)
                }
                "eval.run.succeeded" => {
                    Deserialize::deserialize(content).map(Self::EvalRunSucceeded)
                }
                "fine_tuning.job.cancelled" => {
                    Deserialize::deserialize(content).map(Self::FineTuningJobCancelled)
                }
                "fine_tuning.job.failed" => {
                    Deserialize::deserialize(content).map(Self::FineTuningJobFailed)
                }
                "fine_tuning.job.succeeded" => {
                    Deserialize::deserialize(content).map(Self::FineTuningJobSucceeded)
                }
                "live.call.incoming" => {
                    Deserialize::deserialize(content).map(Self::LiveCallIncoming)
                }
                "realtime.call.incoming" => {
                    Deserialize::deserialize(content).map(Self::RealtimeCallIncoming)
                }
                "response.cancelled" => {
                    Deserialize::deserialize(content).map(Self::ResponseCancelled)
                }
                "response.completed" => {
                    Deserialize::deserialize(content).map(Self::ResponseCompleted)
                }
                "response.failed" => {
                    Deserialize::deserialize(content).map(Self::ResponseFailed)
                }
                "response.incomplete" => {
                    Deserialize::deserialize(content).map(Self::ResponseIncomplete)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for WebhookEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<WebhookBatchCancelled> for WebhookEvent {
    fn from(value: WebhookBatchCancelled) -> Self {
        Self::BatchCancelled(value)
    }
}
impl From<WebhookBatchCompleted> for WebhookEvent {
    fn from(value: WebhookBatchCompleted) -> Self {
        Self::BatchCompleted(value)
    }
}
impl From<WebhookBatchExpired> for WebhookEvent {
    fn from(value: WebhookBatchExpired) -> Self {
        Self::BatchExpired(value)
    }
}
impl From<WebhookBatchFailed> for WebhookEvent {
    fn from(value: WebhookBatchFailed) -> Self {
        Self::BatchFailed(value)
    }
}
impl From<WebhookEvalRunCanceled> for WebhookEvent {
    fn from(value: WebhookEvalRunCanceled) -> Self {
        Self::EvalRunCanceled(value)
    }
}
impl From<WebhookEvalRunFailed> for WebhookEvent {
    fn from(value: WebhookEvalRunFailed) -> Self {
        Self::EvalRunFailed(value)
    }
}
impl From<WebhookEvalRunSucceeded> for WebhookEvent {
    fn from(value: WebhookEvalRunSucceeded) -> Self {
        Self::EvalRunSucceeded(value)
    }
}
impl From<WebhookFineTuningJobCancelled> for WebhookEvent {
    fn from(value: WebhookFineTuningJobCancelled) -> Self {
        Self::FineTuningJobCancelled(value)
    }
}
impl From<WebhookFineTuningJobFailed> for WebhookEvent {
    fn from(value: WebhookFineTuningJobFailed) -> Self {
        Self::FineTuningJobFailed(value)
    }
}
impl From<WebhookFineTuningJobSucceeded> for WebhookEvent {
    fn from(value: WebhookFineTuningJobSucceeded) -> Self {
        Self::FineTuningJobSucceeded(value)
    }
}
impl From<WebhookLiveCallIncoming> for WebhookEvent {
    fn from(value: WebhookLiveCallIncoming) -> Self {
        Self::LiveCallIncoming(value)
    }
}
impl From<WebhookRealtimeCallIncoming> for WebhookEvent {
    fn from(value: WebhookRealtimeCallIncoming) -> Self {
        Self::RealtimeCallIncoming(value)
    }
}
impl From<WebhookResponseCancelled> for WebhookEvent {
    fn from(value: WebhookResponseCancelled) -> Self {
        Self::ResponseCancelled(value)
    }
}
impl From<WebhookResponseCompleted> for WebhookEvent {
    fn from(value: WebhookResponseCompleted) -> Self {
        Self::ResponseCompleted(value)
    }
}
impl From<WebhookResponseFailed> for WebhookEvent {
    fn from(value: WebhookResponseFailed) -> Self {
        Self::ResponseFailed(value)
    }
}
impl From<WebhookResponseIncomplete> for WebhookEvent {
    fn from(value: WebhookResponseIncomplete) -> Self {
        Self::ResponseIncomplete(value)
    }
}
