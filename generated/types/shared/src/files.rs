//! Types of the `files` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
/// The constant `file`.
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
pub enum FileLiteral {
    /// `file`
    #[default]
    File,
}
#[cfg(any(feature = "files", feature = "uploads"))]
/// The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other files are persisted until they are manually deleted.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(seconds))]
pub struct FileExpirationAfter {
    /// Anchor timestamp after which the expiration policy applies. Supported anchors: `created_at`.
    #[api(constant)]
    pub anchor: CreatedAtLiteral,
    /// The number of seconds after the anchor time that the file will expire. Must be between 3600 (1 hour) and 2592000 (30 days).
    #[api(default)]
    pub seconds: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "files", feature = "uploads"))]
/// The `File` object represents a document that has been uploaded to OpenAI.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, bytes, created_at, filename, purpose, status))]
#[non_exhaustive]
pub struct FileObject {
    /// The file identifier, which can be referenced in the API endpoints.
    #[api(default)]
    pub id: String,
    /// The size of the file, in bytes.
    #[api(default)]
    pub bytes: i64,
    /// The Unix timestamp (in seconds) for when the file was created.
    #[api(default)]
    pub created_at: i64,
    /// The Unix timestamp (in seconds) for when the file will expire.
    pub expires_at: Option<i64>,
    /// The name of the file.
    #[api(default)]
    pub filename: String,
    /// The object type, which is always `file`.
    #[api(constant)]
    pub object: FileLiteral,
    /// The intended purpose of the file. Supported values are `assistants`, `assistants_output`, `batch`, `batch_output`, `fine-tune`, `fine-tune-results`, `vision`, and `user_data`.
    #[api(default)]
    pub purpose: OpenAiFilePurpose,
    /// Deprecated. The current status of the file, which can be either `uploaded`, `processed`, or `error`.
    #[deprecated(
        note = "Deprecated. The current status of the file, which can be either `uploaded`, `processed`, or `error`."
    )]
    #[api(default)]
    pub status: OpenAiFileStatus,
    /// Deprecated. For details on why a fine-tuning training file failed validation, see the `error` field on `fine_tuning.job`.
    #[deprecated(
        note = "Deprecated. For details on why a fine-tuning training file failed validation, see the `error` field on `fine_tuning.job`."
    )]
    pub status_details: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "files", feature = "uploads"))]
/// The specification's name for [`FileObject`].
pub type OpenAiFile = FileObject;
#[cfg(any(feature = "files", feature = "uploads"))]
/// The intended purpose of the file. Supported values are `assistants`, `assistants_output`, `batch`, `batch_output`, `fine-tune`, `fine-tune-results`, `vision`, and `user_data`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum OpenAiFilePurpose {
    /// `assistants`
    Assistants,
    /// `assistants_output`
    AssistantsOutput,
    /// `batch`
    Batch,
    /// `batch_output`
    BatchOutput,
    /// `fine-tune`
    #[api(rename = "fine-tune")]
    FineTune,
    /// `fine-tune-results`
    #[api(rename = "fine-tune-results")]
    FineTuneResults,
    /// `vision`
    Vision,
    /// `user_data`
    UserData,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "files", feature = "uploads"))]
/// Deprecated. The current status of the file, which can be either `uploaded`, `processed`, or `error`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum OpenAiFileStatus {
    /// `uploaded`
    Uploaded,
    /// `processed`
    Processed,
    /// `error`
    #[api(rename = "error")]
    ErrorType,
    /// A value this version of the SDK does not know.
    Other(String),
}
