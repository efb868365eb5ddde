//! Types of the `files` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[cfg(feature = "files")]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateFileRequest {
    /// The File object (not file name) to be uploaded.
    pub file: sdk_runtime_types::multipart::FilePart,
    /// The intended purpose of the uploaded file. One of:
    /// - `assistants`: Used in the Assistants API
    /// - `batch`: Used in the Batch API
    /// - `fine-tune`: Used for fine-tuning
    /// - `vision`: Images used for vision fine-tuning
    /// - `user_data`: Flexible file type for any purpose
    /// - `evals`: Used for eval data sets
    pub purpose: FilePurpose,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_after: Option<FileExpirationAfter>,
}
#[cfg(feature = "files")]
impl sdk_runtime_types::de::Object for CreateFileRequest {
    const NAME: &'static str = "CreateFileRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut file: Option<sdk_runtime_types::multipart::FilePart> = None;
        let mut purpose: Option<FilePurpose> = None;
        let mut expires_after: Option<FileExpirationAfter> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "file" => 0,
                    "purpose" => 1,
                    "expires_after" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut file),
                1 => sdk_runtime_types::de::value(&mut map, &mut purpose),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut expires_after),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            file: sdk_runtime_types::de::required::<_, A::Error>(file, "file")?,
            purpose: purpose.unwrap_or_default(),
            expires_after,
        })
    }
}
#[cfg(feature = "files")]
impl<'de> Deserialize<'de> for CreateFileRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "files")]
impl CreateFileRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        file: impl Into<sdk_runtime_types::multipart::FilePart>,
        purpose: impl Into<FilePurpose>,
    ) -> Self {
        Self {
            file: file.into(),
            purpose: purpose.into(),
            expires_after: None,
        }
    }
    /// Sets `expires_after`.
    pub fn expires_after(mut self, value: impl Into<FileExpirationAfter>) -> Self {
        self.expires_after = Some(value.into());
        self
    }
}
#[cfg(feature = "files")]
impl sdk_runtime_types::multipart::ToForm for CreateFileRequest {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.file("file", &self.file);
        form.field("purpose", &self.purpose);
        form.field("expires_after", &self.expires_after);
    }
}
#[cfg(feature = "files")]
/// The intended purpose of the uploaded file. One of:
/// - `assistants`: Used in the Assistants API
/// - `batch`: Used in the Batch API
/// - `fine-tune`: Used for fine-tuning
/// - `vision`: Images used for vision fine-tuning
/// - `user_data`: Flexible file type for any purpose
/// - `evals`: Used for eval data sets
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FilePurpose {
    /// `assistants`
    Assistants,
    /// `batch`
    Batch,
    /// `fine-tune`
    FineTune,
    /// `vision`
    Vision,
    /// `user_data`
    UserData,
    /// `evals`
    Evals,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "files")]
impl FilePurpose {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Assistants => "assistants",
            Self::Batch => "batch",
            Self::FineTune => "fine-tune",
            Self::Vision => "vision",
            Self::UserData => "user_data",
            Self::Evals => "evals",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "assistants" => Self::Assistants,
            "batch" => Self::Batch,
            "fine-tune" => Self::FineTune,
            "vision" => Self::Vision,
            "user_data" => Self::UserData,
            "evals" => Self::Evals,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "files")]
impl From<&str> for FilePurpose {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "files")]
impl From<String> for FilePurpose {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "files")]
impl std::fmt::Display for FilePurpose {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "files")]
impl Serialize for FilePurpose {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "files")]
impl<'de> Deserialize<'de> for FilePurpose {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "files")]
impl Default for FilePurpose {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "files")]
/// The specification's name for [`FilePurpose`].
pub type CreateFileRequestPurpose = FilePurpose;
/// The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other files are persisted until they are manually deleted.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FileExpirationAfter {
    /// Anchor timestamp after which the expiration policy applies. Supported anchors: `created_at`.
    pub anchor: CreatedAtLiteral,
    /// The number of seconds after the anchor time that the file will expire. Must be between 3600 (1 hour) and 2592000 (30 days).
    pub seconds: i64,
}
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
impl<'de> Deserialize<'de> for FileExpirationAfter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
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
#[cfg(feature = "files")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct DeleteFileResponse {
    pub id: String,
    pub object: FileLiteral,
    pub deleted: bool,
}
#[cfg(feature = "files")]
impl sdk_runtime_types::de::Object for DeleteFileResponse {
    const NAME: &'static str = "DeleteFileResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<FileLiteral> = None;
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
#[cfg(feature = "files")]
impl<'de> Deserialize<'de> for DeleteFileResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "files")]
impl DeleteFileResponse {
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
#[cfg(feature = "files")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ListFilesResponse {
    pub object: String,
    pub data: Vec<FileObject>,
    pub first_id: String,
    pub last_id: String,
    pub has_more: bool,
}
#[cfg(feature = "files")]
impl sdk_runtime_types::de::Object for ListFilesResponse {
    const NAME: &'static str = "ListFilesResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<String> = None;
        let mut data: Option<Vec<FileObject>> = None;
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
                2 => sdk_runtime_types::de::value(&mut map, &mut first_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut last_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: object.unwrap_or_default(),
            data: data.unwrap_or_default(),
            first_id: first_id.unwrap_or_default(),
            last_id: last_id.unwrap_or_default(),
            has_more: has_more.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "files")]
impl<'de> Deserialize<'de> for ListFilesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "files")]
impl ListFilesResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        object: impl Into<String>,
        data: impl Into<Vec<FileObject>>,
        first_id: impl Into<String>,
        last_id: impl Into<String>,
        has_more: impl Into<bool>,
    ) -> Self {
        Self {
            object: object.into(),
            data: data.into(),
            first_id: first_id.into(),
            last_id: last_id.into(),
            has_more: has_more.into(),
        }
    }
}
#[cfg(feature = "files")]
impl sdk_runtime_types::pagination::Page for ListFilesResponse {
    type Item = FileObject;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        Some(self.last_id.clone()).filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
/// The `File` object represents a document that has been uploaded to OpenAI.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FileObject {
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
impl sdk_runtime_types::de::Object for FileObject {
    const NAME: &'static str = "FileObject";
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
impl<'de> Deserialize<'de> for FileObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl FileObject {
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
/// The specification's name for [`FileObject`].
pub type OpenAiFile = FileObject;
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
impl From<&str> for OpenAiFilePurpose {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for OpenAiFilePurpose {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for OpenAiFilePurpose {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OpenAiFilePurpose {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for OpenAiFilePurpose {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for OpenAiFilePurpose {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
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
impl From<&str> for OpenAiFileStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for OpenAiFileStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for OpenAiFileStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OpenAiFileStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for OpenAiFileStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for OpenAiFileStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "files")]
/// Query and header parameters of `listFiles`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListFilesParams {
    /// Only return files with the given purpose.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 10,000, and the default is 10,000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListAssistantsOrder>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
}
#[cfg(feature = "files")]
impl sdk_runtime_types::de::Object for ListFilesParams {
    const NAME: &'static str = "ListFilesParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut purpose: Option<String> = None;
        let mut limit: Option<i64> = None;
        let mut order: Option<ListAssistantsOrder> = None;
        let mut after: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "purpose" => 0,
                    "limit" => 1,
                    "order" => 2,
                    "after" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut purpose),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            purpose,
            limit,
            order,
            after,
        })
    }
}
#[cfg(feature = "files")]
impl<'de> Deserialize<'de> for ListFilesParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "files")]
impl ListFilesParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            purpose: None,
            limit: None,
            order: None,
            after: None,
        }
    }
    /// Sets `purpose`.
    pub fn purpose(mut self, value: impl Into<String>) -> Self {
        self.purpose = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<ListAssistantsOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
}
