//! Types of the `batches` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, endpoint, input_file_id, completion_window, status, created_at))]
#[non_exhaustive]
pub struct Batch {
    #[api(default)]
    pub id: String,
    /// The object type, which is always `batch`.
    #[api(constant)]
    pub object: BatchLiteral,
    /// The OpenAI API endpoint used by the batch.
    #[api(default)]
    pub endpoint: String,
    /// Model ID used to process the batch, like `gpt-5-2025-08-07`. OpenAI
    /// offers a wide range of models with different capabilities, performance
    /// characteristics, and price points. Refer to the \[model
    /// guide\](<https://platform.openai.com/docs/models>) to browse and compare available models.
    pub model: Option<String>,
    pub errors: Option<BatchErrors>,
    /// The ID of the input file for the batch.
    #[api(default)]
    pub input_file_id: String,
    /// The time frame within which the batch should be processed.
    #[api(default)]
    pub completion_window: String,
    /// The current status of the batch.
    #[api(default)]
    pub status: BatchStatus,
    /// The ID of the file containing the outputs of successfully executed requests.
    pub output_file_id: Option<String>,
    /// The ID of the file containing the outputs of requests with errors.
    pub error_file_id: Option<String>,
    /// The Unix timestamp (in seconds) for when the batch was created.
    #[api(default)]
    pub created_at: i64,
    /// The Unix timestamp (in seconds) for when the batch started processing.
    pub in_progress_at: Option<i64>,
    /// The Unix timestamp (in seconds) for when the batch will expire.
    pub expires_at: Option<i64>,
    /// The Unix timestamp (in seconds) for when the batch started finalizing.
    pub finalizing_at: Option<i64>,
    /// The Unix timestamp (in seconds) for when the batch was completed.
    pub completed_at: Option<i64>,
    /// The Unix timestamp (in seconds) for when the batch failed.
    pub failed_at: Option<i64>,
    /// The Unix timestamp (in seconds) for when the batch expired.
    pub expired_at: Option<i64>,
    /// The Unix timestamp (in seconds) for when the batch started cancelling.
    pub cancelling_at: Option<i64>,
    /// The Unix timestamp (in seconds) for when the batch was cancelled.
    pub cancelled_at: Option<i64>,
    /// The request counts for different statuses within the batch.
    pub request_counts: Option<BatchRequestCounts>,
    /// Represents token usage details including input tokens, output tokens, a
    /// breakdown of output tokens, and the total tokens used. Only populated on
    /// batches created after September 7, 2025.
    pub usage: Option<BatchUsage>,
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard.
    ///
    /// Keys are strings with a maximum length of 64 characters. Values are strings
    /// with a maximum length of 512 characters.
    pub metadata: Option<Metadata>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `batch`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    sdk_runtime_types::StringEnum
)]
#[api(constant)]
pub enum BatchLiteral {
    /// `batch`
    #[default]
    Batch,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct BatchErrors {
    /// The object type, which is always `list`.
    pub object: Option<String>,
    pub data: Option<Vec<BatchError>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct BatchError {
    /// An error code identifying the error type.
    pub code: Option<String>,
    /// A human-readable message providing more details about the error.
    pub message: Option<String>,
    /// The name of the parameter that caused the error, if applicable.
    pub param: Option<String>,
    /// The line number of the input file where the error occurred, if applicable.
    pub line: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The current status of the batch.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
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
/// The request counts for different statuses within the batch.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(total, completed, failed))]
#[non_exhaustive]
pub struct BatchRequestCounts {
    /// Total number of requests in the batch.
    #[api(default)]
    pub total: i64,
    /// Number of requests that have been completed successfully.
    #[api(default)]
    pub completed: i64,
    /// Number of requests that have failed.
    #[api(default)]
    pub failed: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Represents token usage details including input tokens, output tokens, a
/// breakdown of output tokens, and the total tokens used. Only populated on
/// batches created after September 7, 2025.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(
    new(
        input_tokens,
        input_tokens_details,
        output_tokens,
        output_tokens_details,
        total_tokens
    )
)]
#[non_exhaustive]
pub struct BatchUsage {
    /// The number of input tokens.
    #[api(default)]
    pub input_tokens: i64,
    /// A detailed breakdown of the input tokens.
    #[api(default)]
    pub input_tokens_details: BatchUsageInputTokensDetails,
    /// The number of output tokens.
    #[api(default)]
    pub output_tokens: i64,
    /// A detailed breakdown of the output tokens.
    #[api(default)]
    pub output_tokens_details: BatchUsageOutputTokensDetails,
    /// The total number of tokens used.
    #[api(default)]
    pub total_tokens: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// A detailed breakdown of the input tokens.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(cached_tokens))]
#[non_exhaustive]
pub struct BatchUsageInputTokensDetails {
    /// The number of tokens that were retrieved from the cache. \[More on
    /// prompt caching\](<https://platform.openai.com/docs/guides/prompt-caching>).
    #[api(default)]
    pub cached_tokens: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The expiration policy for the output and/or error file that are generated for a batch.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(seconds))]
pub struct BatchFileExpirationAfter {
    /// Anchor timestamp after which the expiration policy applies. Supported anchors: `created_at`. Note that the anchor is the file creation time, not the time the batch is created.
    #[api(constant)]
    pub anchor: CreatedAtLiteral,
    /// The number of seconds after the anchor time that the file will expire. Must be between 3600 (1 hour) and 2592000 (30 days).
    #[api(default)]
    pub seconds: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(input_file_id, endpoint))]
pub struct CreateBatchRequest {
    /// The ID of an uploaded file that contains requests for the new batch.
    ///
    /// See [upload file](https://platform.openai.com/docs/api-reference/files/create) for how to upload a file.
    ///
    /// Your input file must be formatted as a [JSONL file](https://platform.openai.com/docs/api-reference/batch/request-input), and must be uploaded with the purpose `batch`. The file can contain up to 50,000 requests, and can be up to 200 MB in size.
    #[api(default)]
    pub input_file_id: String,
    /// The endpoint to be used for all requests in the batch. Currently `/v1/responses`, `/v1/chat/completions`, `/v1/embeddings`, `/v1/completions`, `/v1/moderations`, `/v1/images/generations`, `/v1/images/edits`, and `/v1/videos` are supported. Note that `/v1/embeddings` batches are also restricted to a maximum of 50,000 embedding inputs across all requests in the batch.
    #[api(default)]
    pub endpoint: CreateBatchRequestEndpoint,
    /// The time frame within which the batch should be processed. Currently only `24h` is supported.
    #[api(constant)]
    pub completion_window: V24hLiteral,
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard.
    ///
    /// Keys are strings with a maximum length of 64 characters. Values are strings
    /// with a maximum length of 512 characters.
    pub metadata: Option<Metadata>,
    /// The expiration policy for the output and/or error file that are generated for a batch.
    pub output_expires_after: Option<BatchFileExpirationAfter>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The endpoint to be used for all requests in the batch. Currently `/v1/responses`, `/v1/chat/completions`, `/v1/embeddings`, `/v1/completions`, `/v1/moderations`, `/v1/images/generations`, `/v1/images/edits`, and `/v1/videos` are supported. Note that `/v1/embeddings` batches are also restricted to a maximum of 50,000 embedding inputs across all requests in the batch.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum CreateBatchRequestEndpoint {
    /// `/v1/responses`
    #[api(rename = "/v1/responses")]
    V1Responses,
    /// `/v1/chat/completions`
    #[api(rename = "/v1/chat/completions")]
    V1ChatCompletions,
    /// `/v1/embeddings`
    #[api(rename = "/v1/embeddings")]
    V1Embeddings,
    /// `/v1/completions`
    #[api(rename = "/v1/completions")]
    V1Completions,
    /// `/v1/moderations`
    #[api(rename = "/v1/moderations")]
    V1Moderations,
    /// `/v1/images/generations`
    #[api(rename = "/v1/images/generations")]
    V1ImagesGenerations,
    /// `/v1/images/edits`
    #[api(rename = "/v1/images/edits")]
    V1ImagesEdits,
    /// `/v1/videos`
    #[api(rename = "/v1/videos")]
    V1Videos,
    /// A value this version of the SDK does not know.
    Other(String),
}
/// The constant `24h`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    sdk_runtime_types::StringEnum
)]
#[api(constant)]
pub enum V24hLiteral {
    /// `24h`
    #[default]
    #[api(rename = "24h")]
    V24h,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct ListBatchesResponse {
    #[api(default)]
    pub data: Vec<Batch>,
    pub first_id: Option<String>,
    pub last_id: Option<String>,
    #[api(default)]
    pub has_more: bool,
    #[api(constant)]
    pub object: ListLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
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
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListBatchesParams {
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    pub after: Option<String>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    pub limit: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
