//! Types of the `files` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(file, purpose))]
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
    #[api(default)]
    pub purpose: FilePurpose,
    /// The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other files are persisted until they are manually deleted.
    pub expires_after: Option<FileExpirationAfter>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
impl sdk_runtime_types::multipart::ToForm for CreateFileRequest {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.file("file", &self.file);
        form.field("purpose", &self.purpose);
        form.field("expires_after", &self.expires_after);
        for (name, value) in self.extra.iter() {
            form.field(name, value);
        }
    }
}
/// The intended purpose of the uploaded file. One of:
/// - `assistants`: Used in the Assistants API
/// - `batch`: Used in the Batch API
/// - `fine-tune`: Used for fine-tuning
/// - `vision`: Images used for vision fine-tuning
/// - `user_data`: Flexible file type for any purpose
/// - `evals`: Used for eval data sets
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum FilePurpose {
    /// `assistants`
    Assistants,
    /// `batch`
    Batch,
    /// `fine-tune`
    #[api(rename = "fine-tune")]
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
/// The specification's name for [`FilePurpose`].
pub type CreateFileRequestPurpose = FilePurpose;
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, deleted))]
#[non_exhaustive]
pub struct DeleteFileResponse {
    #[api(default)]
    pub id: String,
    #[api(constant)]
    pub object: FileLiteral,
    #[api(default)]
    pub deleted: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(object, data, first_id, last_id, has_more))]
#[non_exhaustive]
pub struct ListFilesResponse {
    #[api(default)]
    pub object: String,
    #[api(default)]
    pub data: Vec<FileObject>,
    #[api(default)]
    pub first_id: String,
    #[api(default)]
    pub last_id: String,
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
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
/// Query and header parameters of `listFiles`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListFilesParams {
    /// Only return files with the given purpose.
    pub purpose: Option<String>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 10,000, and the default is 10,000.
    pub limit: Option<i64>,
    /// Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
    pub order: Option<ListAssistantsOrder>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    pub after: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
