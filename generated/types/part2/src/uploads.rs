//! Types of the `uploads` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AddUploadPartRequest {
    /// The chunk of bytes for this Part.
    pub data: sdk_runtime_types::multipart::FilePart,
}
impl sdk_runtime_types::de::Object for AddUploadPartRequest {
    const NAME: &'static str = "AddUploadPartRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut data: Option<sdk_runtime_types::multipart::FilePart> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "data" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            data: sdk_runtime_types::de::required::<_, A::Error>(data, "data")?,
        })
    }
}
impl<'de> Deserialize<'de> for AddUploadPartRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AddUploadPartRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<sdk_runtime_types::multipart::FilePart>) -> Self {
        Self { data: data.into() }
    }
}
impl sdk_runtime_types::multipart::ToForm for AddUploadPartRequest {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.file("data", &self.data);
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CompleteUploadRequest {
    /// The ordered list of Part IDs.
    pub part_ids: Vec<String>,
    /// The optional md5 checksum for the file contents to verify if the bytes uploaded matches what you expect.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub md5: Option<String>,
}
impl sdk_runtime_types::de::Object for CompleteUploadRequest {
    const NAME: &'static str = "CompleteUploadRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut part_ids: Option<Vec<String>> = None;
        let mut md5: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "part_ids" => 0,
                    "md5" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut part_ids),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut md5),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            part_ids: part_ids.unwrap_or_default(),
            md5,
        })
    }
}
impl<'de> Deserialize<'de> for CompleteUploadRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CompleteUploadRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(part_ids: impl Into<Vec<String>>) -> Self {
        Self {
            part_ids: part_ids.into(),
            md5: None,
        }
    }
    /// Sets `md5`.
    pub fn md5(mut self, value: impl Into<String>) -> Self {
        self.md5 = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateUploadRequest {
    /// The name of the file to upload.
    pub filename: String,
    /// The intended purpose of the uploaded file.
    ///
    /// See the \[documentation on File
    /// purposes\](<https://platform.openai.com/docs/api-reference/files/create#files-create-purpose>).
    pub purpose: UploadPurpose,
    /// The number of bytes in the file you are uploading.
    pub bytes: i64,
    /// The MIME type of the file.
    ///
    ///
    /// This must fall within the supported MIME types for your file purpose. See
    /// the supported MIME types for assistants and vision.
    pub mime_type: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_after: Option<FileExpirationAfter>,
}
impl sdk_runtime_types::de::Object for CreateUploadRequest {
    const NAME: &'static str = "CreateUploadRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut filename: Option<String> = None;
        let mut purpose: Option<UploadPurpose> = None;
        let mut bytes: Option<i64> = None;
        let mut mime_type: Option<String> = None;
        let mut expires_after: Option<FileExpirationAfter> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "filename" => 0,
                    "purpose" => 1,
                    "bytes" => 2,
                    "mime_type" => 3,
                    "expires_after" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut filename),
                1 => sdk_runtime_types::de::value(&mut map, &mut purpose),
                2 => sdk_runtime_types::de::value(&mut map, &mut bytes),
                3 => sdk_runtime_types::de::value(&mut map, &mut mime_type),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut expires_after),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            filename: filename.unwrap_or_default(),
            purpose: purpose.unwrap_or_default(),
            bytes: bytes.unwrap_or_default(),
            mime_type: mime_type.unwrap_or_default(),
            expires_after,
        })
    }
}
impl<'de> Deserialize<'de> for CreateUploadRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateUploadRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        filename: impl Into<String>,
        purpose: impl Into<UploadPurpose>,
        bytes: impl Into<i64>,
        mime_type: impl Into<String>,
    ) -> Self {
        Self {
            filename: filename.into(),
            purpose: purpose.into(),
            bytes: bytes.into(),
            mime_type: mime_type.into(),
            expires_after: None,
        }
    }
    /// Sets `expires_after`.
    pub fn expires_after(mut self, value: impl Into<FileExpirationAfter>) -> Self {
        self.expires_after = Some(value.into());
        self
    }
}
/// The intended purpose of the uploaded file.
///
/// See the \[documentation on File
/// purposes\](<https://platform.openai.com/docs/api-reference/files/create#files-create-purpose>).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UploadPurpose {
    /// `assistants`
    Assistants,
    /// `batch`
    Batch,
    /// `fine-tune`
    FineTune,
    /// `vision`
    Vision,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl UploadPurpose {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Assistants => "assistants",
            Self::Batch => "batch",
            Self::FineTune => "fine-tune",
            Self::Vision => "vision",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "assistants" => Self::Assistants,
            "batch" => Self::Batch,
            "fine-tune" => Self::FineTune,
            "vision" => Self::Vision,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for UploadPurpose {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for UploadPurpose {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for UploadPurpose {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for UploadPurpose {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for UploadPurpose {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for UploadPurpose {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// The specification's name for [`UploadPurpose`].
pub type CreateUploadRequestPurpose = UploadPurpose;
/// The Upload object can accept byte chunks in the form of Parts.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct Upload {
    /// The Upload unique identifier, which can be referenced in API endpoints.
    pub id: String,
    /// The Unix timestamp (in seconds) for when the Upload was created.
    pub created_at: i64,
    /// The name of the file to be uploaded.
    pub filename: String,
    /// The intended number of bytes to be uploaded.
    pub bytes: i64,
    /// The intended purpose of the file. [Please refer here](https://platform.openai.com/docs/api-reference/files/object#files/object-purpose) for acceptable values.
    pub purpose: String,
    /// The status of the Upload.
    pub status: UploadStatus,
    /// The Unix timestamp (in seconds) for when the Upload will expire.
    pub expires_at: i64,
    /// The object type, which is always "upload".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<UploadLiteral>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<Box<FileObject>>,
}
impl sdk_runtime_types::de::Object for Upload {
    const NAME: &'static str = "Upload";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut filename: Option<String> = None;
        let mut bytes: Option<i64> = None;
        let mut purpose: Option<String> = None;
        let mut status: Option<UploadStatus> = None;
        let mut expires_at: Option<i64> = None;
        let mut object: Option<UploadLiteral> = None;
        let mut file: Option<Box<FileObject>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "created_at" => 1,
                    "filename" => 2,
                    "bytes" => 3,
                    "purpose" => 4,
                    "status" => 5,
                    "expires_at" => 6,
                    "object" => 7,
                    "file" => 8,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                2 => sdk_runtime_types::de::value(&mut map, &mut filename),
                3 => sdk_runtime_types::de::value(&mut map, &mut bytes),
                4 => sdk_runtime_types::de::value(&mut map, &mut purpose),
                5 => sdk_runtime_types::de::value(&mut map, &mut status),
                6 => sdk_runtime_types::de::value(&mut map, &mut expires_at),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut file),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            filename: filename.unwrap_or_default(),
            bytes: bytes.unwrap_or_default(),
            purpose: purpose.unwrap_or_default(),
            status: status.unwrap_or_default(),
            expires_at: expires_at.unwrap_or_default(),
            object,
            file,
        })
    }
}
impl<'de> Deserialize<'de> for Upload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl Upload {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        created_at: impl Into<i64>,
        filename: impl Into<String>,
        bytes: impl Into<i64>,
        purpose: impl Into<String>,
        status: impl Into<UploadStatus>,
        expires_at: impl Into<i64>,
    ) -> Self {
        Self {
            id: id.into(),
            created_at: created_at.into(),
            filename: filename.into(),
            bytes: bytes.into(),
            purpose: purpose.into(),
            status: status.into(),
            expires_at: expires_at.into(),
            object: None,
            file: None,
        }
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<UploadLiteral>) -> Self {
        self.object = Some(value.into());
        self
    }
    /// Sets `file`.
    pub fn file(mut self, value: impl Into<FileObject>) -> Self {
        self.file = Some(Box::new(value.into()));
        self
    }
}
/// The status of the Upload.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UploadStatus {
    /// `pending`
    Pending,
    /// `completed`
    Completed,
    /// `cancelled`
    Cancelled,
    /// `expired`
    Expired,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl UploadStatus {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Completed => "completed",
            Self::Cancelled => "cancelled",
            Self::Expired => "expired",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "pending" => Self::Pending,
            "completed" => Self::Completed,
            "cancelled" => Self::Cancelled,
            "expired" => Self::Expired,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for UploadStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for UploadStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for UploadStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for UploadStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for UploadStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for UploadStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// The constant `upload`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum UploadLiteral {
    /// `upload`
    #[default]
    Upload,
}
impl UploadLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "upload"
    }
}
impl std::fmt::Display for UploadLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for UploadLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("upload")
    }
}
impl<'de> Deserialize<'de> for UploadLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "upload").map(|()| Self::Upload)
    }
}
/// The upload Part represents a chunk of bytes we can add to an Upload object.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct UploadPart {
    /// The upload Part unique identifier, which can be referenced in API endpoints.
    pub id: String,
    /// The Unix timestamp (in seconds) for when the Part was created.
    pub created_at: i64,
    /// The ID of the Upload object that this Part was added to.
    pub upload_id: String,
    /// The object type, which is always `upload.part`.
    pub object: UploadPartLiteral,
}
impl sdk_runtime_types::de::Object for UploadPart {
    const NAME: &'static str = "UploadPart";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut upload_id: Option<String> = None;
        let mut object: Option<UploadPartLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "created_at" => 1,
                    "upload_id" => 2,
                    "object" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                2 => sdk_runtime_types::de::value(&mut map, &mut upload_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut object),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            upload_id: upload_id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
        })
    }
}
impl<'de> Deserialize<'de> for UploadPart {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UploadPart {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        created_at: impl Into<i64>,
        upload_id: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            created_at: created_at.into(),
            upload_id: upload_id.into(),
            object: Default::default(),
        }
    }
}
/// The constant `upload.part`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum UploadPartLiteral {
    /// `upload.part`
    #[default]
    UploadPart,
}
impl UploadPartLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "upload.part"
    }
}
impl std::fmt::Display for UploadPartLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for UploadPartLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("upload.part")
    }
}
impl<'de> Deserialize<'de> for UploadPartLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "upload.part")
            .map(|()| Self::UploadPart)
    }
}
