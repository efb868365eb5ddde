//! Types of the `uploads` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(data))]
pub struct AddUploadPartRequest {
    /// The chunk of bytes for this Part.
    pub data: sdk_runtime_types::multipart::FilePart,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
impl sdk_runtime_types::multipart::ToForm for AddUploadPartRequest {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.file("data", &self.data);
        for (name, value) in self.extra.iter() {
            form.field(name, value);
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(part_ids))]
pub struct CompleteUploadRequest {
    /// The ordered list of Part IDs.
    #[api(default)]
    pub part_ids: Vec<String>,
    /// The optional md5 checksum for the file contents to verify if the bytes uploaded matches what you expect.
    pub md5: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(filename, purpose, bytes, mime_type))]
pub struct CreateUploadRequest {
    /// The name of the file to upload.
    #[api(default)]
    pub filename: String,
    /// The intended purpose of the uploaded file.
    ///
    /// See the \[documentation on File
    /// purposes\](<https://platform.openai.com/docs/api-reference/files/create#files-create-purpose>).
    #[api(default)]
    pub purpose: UploadPurpose,
    /// The number of bytes in the file you are uploading.
    #[api(default)]
    pub bytes: i64,
    /// The MIME type of the file.
    ///
    ///
    /// This must fall within the supported MIME types for your file purpose. See
    /// the supported MIME types for assistants and vision.
    #[api(default)]
    pub mime_type: String,
    /// The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other files are persisted until they are manually deleted.
    pub expires_after: Option<FileExpirationAfter>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The intended purpose of the uploaded file.
///
/// See the \[documentation on File
/// purposes\](<https://platform.openai.com/docs/api-reference/files/create#files-create-purpose>).
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum UploadPurpose {
    /// `assistants`
    Assistants,
    /// `batch`
    Batch,
    /// `fine-tune`
    #[api(rename = "fine-tune")]
    FineTune,
    /// `vision`
    Vision,
    /// A value this version of the SDK does not know.
    Other(String),
}
/// The specification's name for [`UploadPurpose`].
pub type CreateUploadRequestPurpose = UploadPurpose;
/// The Upload object can accept byte chunks in the form of Parts.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, created_at, filename, bytes, purpose, status, expires_at))]
#[non_exhaustive]
pub struct Upload {
    /// The Upload unique identifier, which can be referenced in API endpoints.
    #[api(default)]
    pub id: String,
    /// The Unix timestamp (in seconds) for when the Upload was created.
    #[api(default)]
    pub created_at: i64,
    /// The name of the file to be uploaded.
    #[api(default)]
    pub filename: String,
    /// The intended number of bytes to be uploaded.
    #[api(default)]
    pub bytes: i64,
    /// The intended purpose of the file. [Please refer here](https://platform.openai.com/docs/api-reference/files/object#files/object-purpose) for acceptable values.
    #[api(default)]
    pub purpose: String,
    /// The status of the Upload.
    #[api(default)]
    pub status: UploadStatus,
    /// The Unix timestamp (in seconds) for when the Upload will expire.
    #[api(default)]
    pub expires_at: i64,
    /// The object type, which is always "upload".
    pub object: Option<UploadLiteral>,
    /// The `File` object represents a document that has been uploaded to OpenAI.
    pub file: Option<Box<FileObject>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The status of the Upload.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
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
/// The constant `upload`.
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
pub enum UploadLiteral {
    /// `upload`
    #[default]
    Upload,
}
/// The upload Part represents a chunk of bytes we can add to an Upload object.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, created_at, upload_id))]
#[non_exhaustive]
pub struct UploadPart {
    /// The upload Part unique identifier, which can be referenced in API endpoints.
    #[api(default)]
    pub id: String,
    /// The Unix timestamp (in seconds) for when the Part was created.
    #[api(default)]
    pub created_at: i64,
    /// The ID of the Upload object that this Part was added to.
    #[api(default)]
    pub upload_id: String,
    /// The object type, which is always `upload.part`.
    #[api(constant)]
    pub object: UploadPartLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `upload.part`.
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
pub enum UploadPartLiteral {
    /// `upload.part`
    #[default]
    #[api(rename = "upload.part")]
    UploadPart,
}
