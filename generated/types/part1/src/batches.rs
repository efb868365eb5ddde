//! Types of the `batches` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct Batch {
    pub id: String,
    /// The object type, which is always `batch`.
    pub object: BatchLiteral,
    /// The OpenAI API endpoint used by the batch.
    pub endpoint: String,
    /// Model ID used to process the batch, like `gpt-5-2025-08-07`. OpenAI
    /// offers a wide range of models with different capabilities, performance
    /// characteristics, and price points. Refer to the \[model
    /// guide\](<https://platform.openai.com/docs/models>) to browse and compare available models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<BatchErrors>,
    /// The ID of the input file for the batch.
    pub input_file_id: String,
    /// The time frame within which the batch should be processed.
    pub completion_window: String,
    /// The current status of the batch.
    pub status: BatchStatus,
    /// The ID of the file containing the outputs of successfully executed requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_file_id: Option<String>,
    /// The ID of the file containing the outputs of requests with errors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_file_id: Option<String>,
    /// The Unix timestamp (in seconds) for when the batch was created.
    pub created_at: i64,
    /// The Unix timestamp (in seconds) for when the batch started processing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_progress_at: Option<i64>,
    /// The Unix timestamp (in seconds) for when the batch will expire.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    /// The Unix timestamp (in seconds) for when the batch started finalizing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finalizing_at: Option<i64>,
    /// The Unix timestamp (in seconds) for when the batch was completed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed_at: Option<i64>,
    /// The Unix timestamp (in seconds) for when the batch failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failed_at: Option<i64>,
    /// The Unix timestamp (in seconds) for when the batch expired.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expired_at: Option<i64>,
    /// The Unix timestamp (in seconds) for when the batch started cancelling.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cancelling_at: Option<i64>,
    /// The Unix timestamp (in seconds) for when the batch was cancelled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cancelled_at: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_counts: Option<BatchRequestCounts>,
    /// Represents token usage details including input tokens, output tokens, a
    /// breakdown of output tokens, and the total tokens used. Only populated on
    /// batches created after September 7, 2025.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usage: Option<BatchUsage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
}
impl sdk_runtime_types::de::Object for Batch {
    const NAME: &'static str = "Batch";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<BatchLiteral> = None;
        let mut endpoint: Option<String> = None;
        let mut model: Option<String> = None;
        let mut errors: Option<BatchErrors> = None;
        let mut input_file_id: Option<String> = None;
        let mut completion_window: Option<String> = None;
        let mut status: Option<BatchStatus> = None;
        let mut output_file_id: Option<String> = None;
        let mut error_file_id: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut in_progress_at: Option<i64> = None;
        let mut expires_at: Option<i64> = None;
        let mut finalizing_at: Option<i64> = None;
        let mut completed_at: Option<i64> = None;
        let mut failed_at: Option<i64> = None;
        let mut expired_at: Option<i64> = None;
        let mut cancelling_at: Option<i64> = None;
        let mut cancelled_at: Option<i64> = None;
        let mut request_counts: Option<BatchRequestCounts> = None;
        let mut usage: Option<BatchUsage> = None;
        let mut metadata: Option<Metadata> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "endpoint" => 2,
                    "model" => 3,
                    "errors" => 4,
                    "input_file_id" => 5,
                    "completion_window" => 6,
                    "status" => 7,
                    "output_file_id" => 8,
                    "error_file_id" => 9,
                    "created_at" => 10,
                    "in_progress_at" => 11,
                    "expires_at" => 12,
                    "finalizing_at" => 13,
                    "completed_at" => 14,
                    "failed_at" => 15,
                    "expired_at" => 16,
                    "cancelling_at" => 17,
                    "cancelled_at" => 18,
                    "request_counts" => 19,
                    "usage" => 20,
                    "metadata" => 21,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut endpoint),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut errors),
                5 => sdk_runtime_types::de::value(&mut map, &mut input_file_id),
                6 => sdk_runtime_types::de::value(&mut map, &mut completion_window),
                7 => sdk_runtime_types::de::value(&mut map, &mut status),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut output_file_id),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut error_file_id),
                10 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                11 => sdk_runtime_types::de::nullable(&mut map, &mut in_progress_at),
                12 => sdk_runtime_types::de::nullable(&mut map, &mut expires_at),
                13 => sdk_runtime_types::de::nullable(&mut map, &mut finalizing_at),
                14 => sdk_runtime_types::de::nullable(&mut map, &mut completed_at),
                15 => sdk_runtime_types::de::nullable(&mut map, &mut failed_at),
                16 => sdk_runtime_types::de::nullable(&mut map, &mut expired_at),
                17 => sdk_runtime_types::de::nullable(&mut map, &mut cancelling_at),
                18 => sdk_runtime_types::de::nullable(&mut map, &mut cancelled_at),
                19 => sdk_runtime_types::de::nullable(&mut map, &mut request_counts),
                20 => sdk_runtime_types::de::nullable(&mut map, &mut usage),
                21 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            endpoint: endpoint.unwrap_or_default(),
            model,
            errors,
            input_file_id: input_file_id.unwrap_or_default(),
            completion_window: completion_window.unwrap_or_default(),
            status: status.unwrap_or_default(),
            output_file_id,
            error_file_id,
            created_at: created_at.unwrap_or_default(),
            in_progress_at,
            expires_at,
            finalizing_at,
            completed_at,
            failed_at,
            expired_at,
            cancelling_at,
            cancelled_at,
            request_counts,
            usage,
            metadata,
        })
    }
}
impl<'de> Deserialize<'de> for Batch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl Batch {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        endpoint: impl Into<String>,
        input_file_id: impl Into<String>,
        completion_window: impl Into<String>,
        status: impl Into<BatchStatus>,
        created_at: impl Into<i64>,
    ) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            endpoint: endpoint.into(),
            model: None,
            errors: None,
            input_file_id: input_file_id.into(),
            completion_window: completion_window.into(),
            status: status.into(),
            output_file_id: None,
            error_file_id: None,
            created_at: created_at.into(),
            in_progress_at: None,
            expires_at: None,
            finalizing_at: None,
            completed_at: None,
            failed_at: None,
            expired_at: None,
            cancelling_at: None,
            cancelled_at: None,
            request_counts: None,
            usage: None,
            metadata: None,
        }
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `errors`.
    pub fn errors(mut self, value: impl Into<BatchErrors>) -> Self {
        self.errors = Some(value.into());
        self
    }
    /// Sets `output_file_id`.
    pub fn output_file_id(mut self, value: impl Into<String>) -> Self {
        self.output_file_id = Some(value.into());
        self
    }
    /// Sets `error_file_id`.
    pub fn error_file_id(mut self, value: impl Into<String>) -> Self {
        self.error_file_id = Some(value.into());
        self
    }
    /// Sets `in_progress_at`.
    pub fn in_progress_at(mut self, value: impl Into<i64>) -> Self {
        self.in_progress_at = Some(value.into());
        self
    }
    /// Sets `expires_at`.
    pub fn expires_at(mut self, value: impl Into<i64>) -> Self {
        self.expires_at = Some(value.into());
        self
    }
    /// Sets `finalizing_at`.
    pub fn finalizing_at(mut self, value: impl Into<i64>) -> Self {
        self.finalizing_at = Some(value.into());
        self
    }
    /// Sets `completed_at`.
    pub fn completed_at(mut self, value: impl Into<i64>) -> Self {
        self.completed_at = Some(value.into());
        self
    }
    /// Sets `failed_at`.
    pub fn failed_at(mut self, value: impl Into<i64>) -> Self {
        self.failed_at = Some(value.into());
        self
    }
    /// Sets `expired_at`.
    pub fn expired_at(mut self, value: impl Into<i64>) -> Self {
        self.expired_at = Some(value.into());
        self
    }
    /// Sets `cancelling_at`.
    pub fn cancelling_at(mut self, value: impl Into<i64>) -> Self {
        self.cancelling_at = Some(value.into());
        self
    }
    /// Sets `cancelled_at`.
    pub fn cancelled_at(mut self, value: impl Into<i64>) -> Self {
        self.cancelled_at = Some(value.into());
        self
    }
    /// Sets `request_counts`.
    pub fn request_counts(mut self, value: impl Into<BatchRequestCounts>) -> Self {
        self.request_counts = Some(value.into());
        self
    }
    /// Sets `usage`.
    pub fn usage(mut self, value: impl Into<BatchUsage>) -> Self {
        self.usage = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
/// The constant `batch`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum BatchLiteral {
    /// `batch`
    #[default]
    Batch,
}
impl BatchLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "batch"
    }
}
impl std::fmt::Display for BatchLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BatchLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("batch")
    }
}
impl<'de> Deserialize<'de> for BatchLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "batch").map(|()| Self::Batch)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct BatchErrors {
    /// The object type, which is always `list`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<BatchError>>,
}
impl sdk_runtime_types::de::Object for BatchErrors {
    const NAME: &'static str = "BatchErrors";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<String> = None;
        let mut data: Option<Vec<BatchError>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { object, data })
    }
}
impl<'de> Deserialize<'de> for BatchErrors {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BatchErrors {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { object: None, data: None }
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<String>) -> Self {
        self.object = Some(value.into());
        self
    }
    /// Sets `data`.
    pub fn data(mut self, value: impl Into<Vec<BatchError>>) -> Self {
        self.data = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct BatchError {
    /// An error code identifying the error type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// A human-readable message providing more details about the error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub param: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<i64>,
}
impl sdk_runtime_types::de::Object for BatchError {
    const NAME: &'static str = "BatchError";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut code: Option<String> = None;
        let mut message: Option<String> = None;
        let mut param: Option<String> = None;
        let mut line: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "code" => 0,
                    "message" => 1,
                    "param" => 2,
                    "line" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut code),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut message),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut param),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut line),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { code, message, param, line })
    }
}
impl<'de> Deserialize<'de> for BatchError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BatchError {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            code: None,
            message: None,
            param: None,
            line: None,
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
    /// Sets `param`.
    pub fn param(mut self, value: impl Into<String>) -> Self {
        self.param = Some(value.into());
        self
    }
    /// Sets `line`.
    pub fn line(mut self, value: impl Into<i64>) -> Self {
        self.line = Some(value.into());
        self
    }
}
/// The current status of the batch.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BatchStatus {
    /// `validating`
    Validating,
    /// `failed`
    Failed,
    /// `in_progress`
    InProgress,
    /// `finalizing`
    Finalizing,
    /// `completed`
    Completed,
    /// `expired`
    Expired,
    /// `cancelling`
    Cancelling,
    /// `cancelled`
    Cancelled,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl BatchStatus {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Validating => "validating",
            Self::Failed => "failed",
            Self::InProgress => "in_progress",
            Self::Finalizing => "finalizing",
            Self::Completed => "completed",
            Self::Expired => "expired",
            Self::Cancelling => "cancelling",
            Self::Cancelled => "cancelled",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "validating" => Self::Validating,
            "failed" => Self::Failed,
            "in_progress" => Self::InProgress,
            "finalizing" => Self::Finalizing,
            "completed" => Self::Completed,
            "expired" => Self::Expired,
            "cancelling" => Self::Cancelling,
            "cancelled" => Self::Cancelled,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for BatchStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for BatchStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for BatchStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BatchStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BatchStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for BatchStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// The request counts for different statuses within the batch.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct BatchRequestCounts {
    /// Total number of requests in the batch.
    pub total: i64,
    /// Number of requests that have been completed successfully.
    pub completed: i64,
    /// Number of requests that have failed.
    pub failed: i64,
}
impl sdk_runtime_types::de::Object for BatchRequestCounts {
    const NAME: &'static str = "BatchRequestCounts";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut total: Option<i64> = None;
        let mut completed: Option<i64> = None;
        let mut failed: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "total" => 0,
                    "completed" => 1,
                    "failed" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut total),
                1 => sdk_runtime_types::de::value(&mut map, &mut completed),
                2 => sdk_runtime_types::de::value(&mut map, &mut failed),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            total: total.unwrap_or_default(),
            completed: completed.unwrap_or_default(),
            failed: failed.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for BatchRequestCounts {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BatchRequestCounts {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        total: impl Into<i64>,
        completed: impl Into<i64>,
        failed: impl Into<i64>,
    ) -> Self {
        Self {
            total: total.into(),
            completed: completed.into(),
            failed: failed.into(),
        }
    }
}
/// Represents token usage details including input tokens, output tokens, a
/// breakdown of output tokens, and the total tokens used. Only populated on
/// batches created after September 7, 2025.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct BatchUsage {
    /// The number of input tokens.
    pub input_tokens: i64,
    /// A detailed breakdown of the input tokens.
    pub input_tokens_details: BatchUsageInputTokensDetails,
    /// The number of output tokens.
    pub output_tokens: i64,
    /// A detailed breakdown of the output tokens.
    pub output_tokens_details: BatchUsageOutputTokensDetails,
    /// The total number of tokens used.
    pub total_tokens: i64,
}
impl sdk_runtime_types::de::Object for BatchUsage {
    const NAME: &'static str = "BatchUsage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut input_tokens: Option<i64> = None;
        let mut input_tokens_details: Option<BatchUsageInputTokensDetails> = None;
        let mut output_tokens: Option<i64> = None;
        let mut output_tokens_details: Option<BatchUsageOutputTokensDetails> = None;
        let mut total_tokens: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "input_tokens" => 0,
                    "input_tokens_details" => 1,
                    "output_tokens" => 2,
                    "output_tokens_details" => 3,
                    "total_tokens" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut input_tokens),
                1 => sdk_runtime_types::de::value(&mut map, &mut input_tokens_details),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_tokens),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_tokens_details),
                4 => sdk_runtime_types::de::value(&mut map, &mut total_tokens),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            input_tokens: input_tokens.unwrap_or_default(),
            input_tokens_details: input_tokens_details.unwrap_or_default(),
            output_tokens: output_tokens.unwrap_or_default(),
            output_tokens_details: output_tokens_details.unwrap_or_default(),
            total_tokens: total_tokens.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for BatchUsage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BatchUsage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        input_tokens: impl Into<i64>,
        input_tokens_details: impl Into<BatchUsageInputTokensDetails>,
        output_tokens: impl Into<i64>,
        output_tokens_details: impl Into<BatchUsageOutputTokensDetails>,
        total_tokens: impl Into<i64>,
    ) -> Self {
        Self {
            input_tokens: input_tokens.into(),
            input_tokens_details: input_tokens_details.into(),
            output_tokens: output_tokens.into(),
            output_tokens_details: output_tokens_details.into(),
            total_tokens: total_tokens.into(),
        }
    }
}
/// A detailed breakdown of the input tokens.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct BatchUsageInputTokensDetails {
    /// The number of tokens that were retrieved from the cache. \[More on
    /// prompt caching\](<https://platform.openai.com/docs/guides/prompt-caching>).
    pub cached_tokens: i64,
}
impl sdk_runtime_types::de::Object for BatchUsageInputTokensDetails {
    const NAME: &'static str = "BatchUsageInputTokensDetails";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut cached_tokens: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "cached_tokens" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut cached_tokens),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            cached_tokens: cached_tokens.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for BatchUsageInputTokensDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BatchUsageInputTokensDetails {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(cached_tokens: impl Into<i64>) -> Self {
        Self {
            cached_tokens: cached_tokens.into(),
        }
    }
}
/// The expiration policy for the output and/or error file that are generated for a batch.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BatchFileExpirationAfter {
    /// Anchor timestamp after which the expiration policy applies. Supported anchors: `created_at`. Note that the anchor is the file creation time, not the time the batch is created.
    pub anchor: CreatedAtLiteral,
    /// The number of seconds after the anchor time that the file will expire. Must be between 3600 (1 hour) and 2592000 (30 days).
    pub seconds: i64,
}
impl sdk_runtime_types::de::Object for BatchFileExpirationAfter {
    const NAME: &'static str = "BatchFileExpirationAfter";
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
impl<'de> Deserialize<'de> for BatchFileExpirationAfter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BatchFileExpirationAfter {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(seconds: impl Into<i64>) -> Self {
        Self {
            anchor: Default::default(),
            seconds: seconds.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateBatchRequest {
    /// The ID of an uploaded file that contains requests for the new batch.
    ///
    /// See [upload file](https://platform.openai.com/docs/api-reference/files/create) for how to upload a file.
    ///
    /// Your input file must be formatted as a [JSONL file](https://platform.openai.com/docs/api-reference/batch/request-input), and must be uploaded with the purpose `batch`. The file can contain up to 50,000 requests, and can be up to 200 MB in size.
    pub input_file_id: String,
    /// The endpoint to be used for all requests in the batch. Currently `/v1/responses`, `/v1/chat/completions`, `/v1/embeddings`, `/v1/completions`, `/v1/moderations`, `/v1/images/generations`, `/v1/images/edits`, and `/v1/videos` are supported. Note that `/v1/embeddings` batches are also restricted to a maximum of 50,000 embedding inputs across all requests in the batch.
    pub endpoint: CreateBatchRequestEndpoint,
    /// The time frame within which the batch should be processed. Currently only `24h` is supported.
    pub completion_window: V24hLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_expires_after: Option<BatchFileExpirationAfter>,
}
impl sdk_runtime_types::de::Object for CreateBatchRequest {
    const NAME: &'static str = "CreateBatchRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut input_file_id: Option<String> = None;
        let mut endpoint: Option<CreateBatchRequestEndpoint> = None;
        let mut completion_window: Option<V24hLiteral> = None;
        let mut metadata: Option<Metadata> = None;
        let mut output_expires_after: Option<BatchFileExpirationAfter> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "input_file_id" => 0,
                    "endpoint" => 1,
                    "completion_window" => 2,
                    "metadata" => 3,
                    "output_expires_after" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut input_file_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut endpoint),
                2 => sdk_runtime_types::de::value(&mut map, &mut completion_window),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut output_expires_after),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            input_file_id: input_file_id.unwrap_or_default(),
            endpoint: endpoint.unwrap_or_default(),
            completion_window: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(completion_window, "completion_window")?,
            metadata,
            output_expires_after,
        })
    }
}
impl<'de> Deserialize<'de> for CreateBatchRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateBatchRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        input_file_id: impl Into<String>,
        endpoint: impl Into<CreateBatchRequestEndpoint>,
    ) -> Self {
        Self {
            input_file_id: input_file_id.into(),
            endpoint: endpoint.into(),
            completion_window: Default::default(),
            metadata: None,
            output_expires_after: None,
        }
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
    /// Sets `output_expires_after`.
    pub fn output_expires_after(
        mut self,
        value: impl Into<BatchFileExpirationAfter>,
    ) -> Self {
        self.output_expires_after = Some(value.into());
        self
    }
}
/// The endpoint to be used for all requests in the batch. Currently `/v1/responses`, `/v1/chat/completions`, `/v1/embeddings`, `/v1/completions`, `/v1/moderations`, `/v1/images/generations`, `/v1/images/edits`, and `/v1/videos` are supported. Note that `/v1/embeddings` batches are also restricted to a maximum of 50,000 embedding inputs across all requests in the batch.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreateBatchRequestEndpoint {
    /// `/v1/responses`
    V1Responses,
    /// `/v1/chat/completions`
    V1ChatCompletions,
    /// `/v1/embeddings`
    V1Embeddings,
    /// `/v1/completions`
    V1Completions,
    /// `/v1/moderations`
    V1Moderations,
    /// `/v1/images/generations`
    V1ImagesGenerations,
    /// `/v1/images/edits`
    V1ImagesEdits,
    /// `/v1/videos`
    V1Videos,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl CreateBatchRequestEndpoint {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::V1Responses => "/v1/responses",
            Self::V1ChatCompletions => "/v1/chat/completions",
            Self::V1Embeddings => "/v1/embeddings",
            Self::V1Completions => "/v1/completions",
            Self::V1Moderations => "/v1/moderations",
            Self::V1ImagesGenerations => "/v1/images/generations",
            Self::V1ImagesEdits => "/v1/images/edits",
            Self::V1Videos => "/v1/videos",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "/v1/responses" => Self::V1Responses,
            "/v1/chat/completions" => Self::V1ChatCompletions,
            "/v1/embeddings" => Self::V1Embeddings,
            "/v1/completions" => Self::V1Completions,
            "/v1/moderations" => Self::V1Moderations,
            "/v1/images/generations" => Self::V1ImagesGenerations,
            "/v1/images/edits" => Self::V1ImagesEdits,
            "/v1/videos" => Self::V1Videos,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for CreateBatchRequestEndpoint {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for CreateBatchRequestEndpoint {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for CreateBatchRequestEndpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for CreateBatchRequestEndpoint {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for CreateBatchRequestEndpoint {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for CreateBatchRequestEndpoint {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// The constant `24h`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum V24hLiteral {
    /// `24h`
    #[default]
    V24h,
}
impl V24hLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "24h"
    }
}
impl std::fmt::Display for V24hLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for V24hLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("24h")
    }
}
impl<'de> Deserialize<'de> for V24hLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "24h").map(|()| Self::V24h)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ListBatchesResponse {
    pub data: Vec<Batch>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_id: Option<String>,
    pub has_more: bool,
    pub object: ListLiteral,
}
impl sdk_runtime_types::de::Object for ListBatchesResponse {
    const NAME: &'static str = "ListBatchesResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut data: Option<Vec<Batch>> = None;
        let mut first_id: Option<String> = None;
        let mut last_id: Option<String> = None;
        let mut has_more: Option<bool> = None;
        let mut object: Option<ListLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "data" => 0,
                    "first_id" => 1,
                    "last_id" => 2,
                    "has_more" => 3,
                    "object" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut data),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut first_id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut last_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                4 => sdk_runtime_types::de::value(&mut map, &mut object),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            data: data.unwrap_or_default(),
            first_id,
            last_id,
            has_more: has_more.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
        })
    }
}
impl<'de> Deserialize<'de> for ListBatchesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListBatchesResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Vec<Batch>>, has_more: impl Into<bool>) -> Self {
        Self {
            data: data.into(),
            first_id: None,
            last_id: None,
            has_more: has_more.into(),
            object: Default::default(),
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
impl sdk_runtime_types::pagination::Page for ListBatchesResponse {
    type Item = Batch;
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
/// Query and header parameters of `listBatches`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListBatchesParams {
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}
impl sdk_runtime_types::de::Object for ListBatchesParams {
    const NAME: &'static str = "ListBatchesParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut after: Option<String> = None;
        let mut limit: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "after" => 0,
                    "limit" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { after, limit })
    }
}
impl<'de> Deserialize<'de> for ListBatchesParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListBatchesParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { after: None, limit: None }
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
}
