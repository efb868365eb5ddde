//! Types of the `files` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
/// The constant `file`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum FileLiteral {
    /// `file`
    #[default]
    File,
}
impl FileLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "file"
    }
}
impl std::fmt::Display for FileLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for FileLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("file")
    }
}
impl<'de> Deserialize<'de> for FileLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "file").map(|()| Self::File)
    }
}
#[cfg(any(feature = "files", feature = "uploads"))]
/// The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other files are persisted until they are manually deleted.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FileExpirationAfter {
    /// Anchor timestamp after which the expiration policy applies. Supported anchors: `created_at`.
    pub anchor: CreatedAtLiteral,
    /// The number of seconds after the anchor time that the file will expire. Must be between 3600 (1 hour) and 2592000 (30 days).
    pub seconds: i64,
}
#[cfg(any(feature = "files", feature = "uploads"))]
impl sdk_runtime_types::de::Object for FileExpirationAfter {
    const NAME: &'static str = "FileExpirationAfter";
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
#[cfg(any(feature = "files", feature = "uploads"))]
impl<'de> Deserialize<'de> for FileExpirationAfter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "files", feature = "uploads"))]
impl FileExpirationAfter {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(seconds: impl Into<i64>) -> Self {
        Self {
            anchor: Default::default(),
            seconds: seconds.into(),
        }
    }
}
#[cfg(any(feature = "files", feature = "uploads"))]
/// The `File` object represents a document that has been uploaded to OpenAI.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct OpenAiFile {
    /// The file identifier, which can be referenced in the API endpoints.
    pub id: String,
    /// The size of the file, in bytes.
    pub bytes: i64,
    /// The Unix timestamp (in seconds) for when the file was created.
    pub created_at: i64,
    /// The Unix timestamp (in seconds) for when the file will expire.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    /// The name of the file.
    pub filename: String,
    /// The object type, which is always `file`.
    pub object: FileLiteral,
    /// The intended purpose of the file. Supported values are `assistants`, `assistants_output`, `batch`, `batch_output`, `fine-tune`, `fine-tune-results`, `vision`, and `user_data`.
    pub purpose: OpenAiFilePurpose,
    /// Deprecated. The current status of the file, which can be either `uploaded`, `processed`, or `error`.
    ///
    /// **Deprecated** by the API.
    pub status: OpenAiFileStatus,
    /// Deprecated. For details on why a fine-tuning training file failed validation, see the `error` field on `fine_tuning.job`.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_details: Option<String>,
}
#[cfg(any(feature = "files", feature = "uploads"))]
impl sdk_runtime_types::de::Object for OpenAiFile {
    const NAME: &'static str = "OpenAiFile";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut bytes: Option<i64> = None;
        let mut created_at: Option<i64> = None;
        let mut expires_at: Option<i64> = None;
        let mut filename: Option<String> = None;
        let mut object: Option<FileLiteral> = None;
        let mut purpose: Option<OpenAiFilePurpose> = None;
        let mut status: Option<OpenAiFileStatus> = None;
        let mut status_details: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "bytes" => 1,
                    "created_at" => 2,
                    "expires_at" => 3,
                    "filename" => 4,
                    "object" => 5,
                    "purpose" => 6,
                    "status" => 7,
                    "status_details" => 8,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut bytes),
                2 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut expires_at),
                4 => sdk_runtime_types::de::value(&mut map, &mut filename),
                5 => sdk_runtime_types::de::value(&mut map, &mut object),
                6 => sdk_runtime_types::de::value(&mut map, &mut purpose),
                7 => sdk_runtime_types::de::value(&mut map, &mut status),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut status_details),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            bytes: bytes.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            expires_at,
            filename: filename.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            purpose: purpose.unwrap_or_default(),
            status: status.unwrap_or_default(),
            status_details,
        })
    }
}
#[cfg(any(feature = "files", feature = "uploads"))]
impl<'de> Deserialize<'de> for OpenAiFile {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "files", feature = "uploads"))]
impl OpenAiFile {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        bytes: impl Into<i64>,
        created_at: impl Into<i64>,
        filename: impl Into<String>,
        purpose: impl Into<OpenAiFilePurpose>,
        status: impl Into<OpenAiFileStatus>,
    ) -> Self {
        Self {
            id: id.into(),
            bytes: bytes.into(),
            created_at: created_at.into(),
            expires_at: None,
            filename: filename.into(),
            object: Default::default(),
            purpose: purpose.into(),
            status: status.into(),
            status_details: None,
        }
    }
    /// Sets `expires_at`.
    pub fn expires_at(mut self, value: impl Into<i64>) -> Self {
        self.expires_at = Some(value.into());
        self
    }
    /// Sets `status_details`.
    pub fn status_details(mut self, value: impl Into<String>) -> Self {
        self.status_details = Some(value.into());
        self
    }
}
#[cfg(any(feature = "files", feature = "uploads"))]
/// The intended purpose of the file. Supported values are `assistants`, `assistants_output`, `batch`, `batch_output`, `fine-tune`, `fine-tune-results`, `vision`, and `user_data`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
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
    FineTune,
    /// `fine-tune-results`
    FineTuneResults,
    /// `vision`
    Vision,
    /// `user_data`
    UserData,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "files", feature = "uploads"))]
impl OpenAiFilePurpose {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Assistants => "assistants",
            Self::AssistantsOutput => "assistants_output",
            Self::Batch => "batch",
            Self::BatchOutput => "batch_output",
            Self::FineTune => "fine-tune",
            Self::FineTuneResults => "fine-tune-results",
            Self::Vision => "vision",
            Self::UserData => "user_data",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "assistants" => Self::Assistants,
            "assistants_output" => Self::AssistantsOutput,
            "batch" => Self::Batch,
            "batch_output" => Self::BatchOutput,
            "fine-tune" => Self::FineTune,
            "fine-tune-results" => Self::FineTuneResults,
            "vision" => Self::Vision,
            "user_data" => Self::UserData,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "files", feature = "uploads"))]
impl From<&str> for OpenAiFilePurpose {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "files", feature = "uploads"))]
impl From<String> for OpenAiFilePurpose {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "files", feature = "uploads"))]
impl std::fmt::Display for OpenAiFilePurpose {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "files", feature = "uploads"))]
impl Serialize for OpenAiFilePurpose {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "files", feature = "uploads"))]
impl<'de> Deserialize<'de> for OpenAiFilePurpose {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "files", feature = "uploads"))]
impl Default for OpenAiFilePurpose {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "files", feature = "uploads"))]
/// Deprecated. The current status of the file, which can be either `uploaded`, `processed`, or `error`.
///
/// **Deprecated** by the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OpenAiFileStatus {
    /// `uploaded`
    Uploaded,
    /// `processed`
    Processed,
    /// `error`
    ErrorType,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "files", feature = "uploads"))]
impl OpenAiFileStatus {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Uploaded => "uploaded",
            Self::Processed => "processed",
            Self::ErrorType => "error",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "uploaded" => Self::Uploaded,
            "processed" => Self::Processed,
            "error" => Self::ErrorType,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "files", feature = "uploads"))]
impl From<&str> for OpenAiFileStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "files", feature = "uploads"))]
impl From<String> for OpenAiFileStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "files", feature = "uploads"))]
impl std::fmt::Display for OpenAiFileStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "files", feature = "uploads"))]
impl Serialize for OpenAiFileStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "files", feature = "uploads"))]
impl<'de> Deserialize<'de> for OpenAiFileStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "files", feature = "uploads"))]
impl Default for OpenAiFileStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
