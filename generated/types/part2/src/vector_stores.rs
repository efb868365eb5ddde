//! Types of the `vector-stores` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
/// The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum ChunkingStrategyRequestParam {
    /// `auto`
    #[api(tag = "auto")]
    Auto(AutoChunkingStrategyRequestParam),
    /// `static`
    #[api(tag = "static")]
    Static(StaticChunkingStrategyRequestParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// Customize your own chunking strategy by setting chunk size and chunk overlap.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(static_))]
pub struct StaticChunkingStrategyRequestParam {
    /// Always `static`.
    #[api(rename = "type", constant)]
    pub type_: StaticLiteral,
    #[api(rename = "static", default)]
    pub static_: StaticChunkingStrategy,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(alternative(file_ids))]
#[api(alternative(files))]
#[non_exhaustive]
pub struct CreateVectorStoreFileBatchRequest {
    /// A list of [File](https://platform.openai.com/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files.  If `attributes` or `chunking_strategy` are provided, they will be  applied to all files in the batch. The maximum batch size is 2000 files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with `files`.
    ///
    /// `1` to `2000` items.
    pub file_ids: Option<Vec<String>>,
    /// A list of objects that each include a `file_id` plus optional `attributes` or `chunking_strategy`. Use this when you need to override metadata for specific files. The global `attributes` or `chunking_strategy` will be ignored and must be specified for each file. The maximum batch size is 2000 files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with `file_ids`.
    ///
    /// `1` to `2000` items.
    pub files: Option<Vec<CreateVectorStoreFileRequest>>,
    /// The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.
    pub chunking_strategy: Option<ChunkingStrategyRequestParam>,
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard. Keys are strings
    /// with a maximum length of 64 characters. Values are strings with a maximum
    /// length of 512 characters, booleans, or numbers.
    pub attributes: Option<VectorStoreFileAttributes>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(file_id))]
pub struct CreateVectorStoreFileRequest {
    /// A [File](https://platform.openai.com/docs/api-reference/files) ID that the vector store should use. Useful for tools like `file_search` that can access files. For multi-file ingestion, we recommend [`file_batches`](https://platform.openai.com/docs/api-reference/vector-stores-file-batches/createBatch) to minimize per-vector-store write requests.
    #[api(default)]
    pub file_id: String,
    /// The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.
    pub chunking_strategy: Option<ChunkingStrategyRequestParam>,
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard. Keys are strings
    /// with a maximum length of 64 characters. Values are strings with a maximum
    /// length of 512 characters, booleans, or numbers.
    pub attributes: Option<VectorStoreFileAttributes>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct CreateVectorStoreRequest {
    /// A list of [File](https://platform.openai.com/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files.
    ///
    /// At most `500` items.
    pub file_ids: Option<Vec<String>>,
    /// The name of the vector store.
    pub name: Option<String>,
    /// A description for the vector store. Can be used to describe the vector store's purpose.
    pub description: Option<String>,
    /// The expiration policy for a vector store.
    pub expires_after: Option<VectorStoreExpirationAfter>,
    /// The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. Only applicable if `file_ids` is non-empty.
    pub chunking_strategy: Option<CreateVectorStoreRequestChunkingStrategy>,
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
/// The expiration policy for a vector store.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(days))]
#[non_exhaustive]
pub struct VectorStoreExpirationAfter {
    /// Anchor timestamp after which the expiration policy applies. Supported anchors: `last_active_at`.
    #[api(constant)]
    pub anchor: LastActiveAtLiteral,
    /// The number of days after the anchor time that the vector store will expire.
    ///
    /// From `1` to `365`.
    #[api(default)]
    pub days: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. Only applicable if `file_ids` is non-empty.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum CreateVectorStoreRequestChunkingStrategy {
    /// `auto`
    #[api(tag = "auto")]
    Auto(AutoChunkingStrategyRequestParam),
    /// `static`
    #[api(tag = "static")]
    Static(StaticChunkingStrategyRequestParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, deleted))]
#[non_exhaustive]
pub struct DeleteVectorStoreFileResponse {
    #[api(default)]
    pub id: String,
    #[api(default)]
    pub deleted: bool,
    #[api(constant)]
    pub object: VectorStoreFileDeletedLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `vector_store.file.deleted`.
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
pub enum VectorStoreFileDeletedLiteral {
    /// `vector_store.file.deleted`
    #[default]
    #[api(rename = "vector_store.file.deleted")]
    VectorStoreFileDeleted,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, deleted))]
#[non_exhaustive]
pub struct DeleteVectorStoreResponse {
    #[api(default)]
    pub id: String,
    #[api(default)]
    pub deleted: bool,
    #[api(constant)]
    pub object: VectorStoreDeletedLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `vector_store.deleted`.
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
pub enum VectorStoreDeletedLiteral {
    /// `vector_store.deleted`
    #[default]
    #[api(rename = "vector_store.deleted")]
    VectorStoreDeleted,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(object, data, first_id, last_id, has_more))]
#[non_exhaustive]
pub struct ListVectorStoreFilesResponse {
    #[api(default)]
    pub object: String,
    #[api(default)]
    pub data: Vec<VectorStoreFile>,
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
impl sdk_runtime_types::pagination::Page for ListVectorStoreFilesResponse {
    type Item = VectorStoreFile;
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
/// A list of files attached to a vector store.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, usage_bytes, created_at, vector_store_id, status))]
#[non_exhaustive]
pub struct VectorStoreFile {
    /// The identifier, which can be referenced in API endpoints.
    #[api(default)]
    pub id: String,
    /// The object type, which is always `vector_store.file`.
    #[api(constant)]
    pub object: VectorStoreFileLiteral,
    /// The total vector store usage in bytes. Note that this may be different from the original file size.
    #[api(default)]
    pub usage_bytes: i64,
    /// The Unix timestamp (in seconds) for when the vector store file was created.
    #[api(default)]
    pub created_at: i64,
    /// The ID of the [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) that the [File](https://platform.openai.com/docs/api-reference/files) is attached to.
    #[api(default)]
    pub vector_store_id: String,
    /// The status of the vector store file, which can be either `in_progress`, `completed`, `cancelled`, or `failed`. The status `completed` indicates that the vector store file is ready for use.
    #[api(default)]
    pub status: VectorStoreFileObjectStatus,
    /// The last error associated with this vector store file. Will be `null` if there are no errors.
    #[api(nullable)]
    pub last_error: Option<VectorStoreFileObjectLastError>,
    /// The strategy used to chunk the file.
    pub chunking_strategy: Option<VectorStoreFileObjectChunkingStrategy>,
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard. Keys are strings
    /// with a maximum length of 64 characters. Values are strings with a maximum
    /// length of 512 characters, booleans, or numbers.
    pub attributes: Option<VectorStoreFileAttributes>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The specification's name for [`VectorStoreFile`].
pub type VectorStoreFileObject = VectorStoreFile;
/// The constant `vector_store.file`.
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
pub enum VectorStoreFileLiteral {
    /// `vector_store.file`
    #[default]
    #[api(rename = "vector_store.file")]
    VectorStoreFile,
}
/// The status of the vector store file, which can be either `in_progress`, `completed`, `cancelled`, or `failed`. The status `completed` indicates that the vector store file is ready for use.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum VectorStoreFileObjectStatus {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// `cancelled`
    Cancelled,
    /// `failed`
    Failed,
    /// A value this version of the SDK does not know.
    Other(String),
}
/// The last error associated with this vector store file. Will be `null` if there are no errors.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(code, message))]
#[non_exhaustive]
pub struct VectorStoreFileObjectLastError {
    /// One of `server_error`, `unsupported_file`, or `invalid_file`.
    #[api(default)]
    pub code: VectorStoreFileObjectLastErrorCode,
    /// A human-readable description of the error.
    #[api(default)]
    pub message: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// One of `server_error`, `unsupported_file`, or `invalid_file`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum VectorStoreFileObjectLastErrorCode {
    /// `server_error`
    ServerError,
    /// `unsupported_file`
    UnsupportedFile,
    /// `invalid_file`
    InvalidFile,
    /// A value this version of the SDK does not know.
    Other(String),
}
/// The strategy used to chunk the file.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum VectorStoreFileObjectChunkingStrategy {
    /// `static`
    #[api(tag = "static")]
    Static(StaticChunkingStrategyResponseParam),
    /// `other`
    #[api(tag = "other")]
    Other(OtherChunkingStrategyResponseParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// This is returned when the chunking strategy is unknown. Typically, this is because the file was indexed before the `chunking_strategy` concept was introduced in the API.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct OtherChunkingStrategyResponseParam {
    /// Always `other`.
    #[api(rename = "type", constant)]
    pub type_: OtherLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `other`.
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
pub enum OtherLiteral {
    /// `other`
    #[default]
    #[api(rename = "other")]
    OtherValue,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(object, data, first_id, last_id, has_more))]
#[non_exhaustive]
pub struct ListVectorStoresResponse {
    #[api(default)]
    pub object: String,
    #[api(default)]
    pub data: Vec<VectorStore>,
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
impl sdk_runtime_types::pagination::Page for ListVectorStoresResponse {
    type Item = VectorStore;
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
/// A vector store is a collection of processed files can be used by the `file_search` tool.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, created_at, name, usage_bytes, file_counts, status))]
#[non_exhaustive]
pub struct VectorStore {
    /// The identifier, which can be referenced in API endpoints.
    #[api(default)]
    pub id: String,
    /// The object type, which is always `vector_store`.
    #[api(constant)]
    pub object: VectorStoreLiteral,
    /// The Unix timestamp (in seconds) for when the vector store was created.
    #[api(default)]
    pub created_at: i64,
    /// The name of the vector store.
    #[api(default)]
    pub name: String,
    /// The total number of bytes used by the files in the vector store.
    #[api(default)]
    pub usage_bytes: i64,
    #[api(default)]
    pub file_counts: VectorStoreObjectFileCounts,
    /// The status of the vector store, which can be either `expired`, `in_progress`, or `completed`. A status of `completed` indicates that the vector store is ready for use.
    #[api(default)]
    pub status: VectorStoreObjectStatus,
    /// The expiration policy for a vector store.
    pub expires_after: Option<VectorStoreExpirationAfter>,
    /// The Unix timestamp (in seconds) for when the vector store will expire.
    pub expires_at: Option<i64>,
    /// The Unix timestamp (in seconds) for when the vector store was last active.
    #[api(nullable)]
    pub last_active_at: Option<i64>,
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard.
    ///
    /// Keys are strings with a maximum length of 64 characters. Values are strings
    /// with a maximum length of 512 characters.
    #[api(nullable)]
    pub metadata: Option<Metadata>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The specification's name for [`VectorStore`].
pub type VectorStoreObject = VectorStore;
/// The constant `vector_store`.
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
pub enum VectorStoreLiteral {
    /// `vector_store`
    #[default]
    VectorStore,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(in_progress, completed, failed, cancelled, total))]
#[non_exhaustive]
pub struct VectorStoreObjectFileCounts {
    /// The number of files that are currently being processed.
    #[api(default)]
    pub in_progress: i64,
    /// The number of files that have been successfully processed.
    #[api(default)]
    pub completed: i64,
    /// The number of files that have failed to process.
    #[api(default)]
    pub failed: i64,
    /// The number of files that were cancelled.
    #[api(default)]
    pub cancelled: i64,
    /// The total number of files.
    #[api(default)]
    pub total: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The status of the vector store, which can be either `expired`, `in_progress`, or `completed`. A status of `completed` indicates that the vector store is ready for use.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum VectorStoreObjectStatus {
    /// `expired`
    Expired,
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct UpdateVectorStoreFileAttributesRequest {
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard. Keys are strings
    /// with a maximum length of 64 characters. Values are strings with a maximum
    /// length of 512 characters, booleans, or numbers.
    #[api(nullable)]
    pub attributes: Option<VectorStoreFileAttributes>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct UpdateVectorStoreRequest {
    /// The name of the vector store.
    pub name: Option<String>,
    /// The expiration policy for a vector store.
    pub expires_after: Option<VectorStoreExpirationAfter>,
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
/// A batch of files attached to a vector store.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, created_at, vector_store_id, status, file_counts))]
#[non_exhaustive]
pub struct VectorStoreFileBatch {
    /// The identifier, which can be referenced in API endpoints.
    #[api(default)]
    pub id: String,
    /// The object type, which is always `vector_store.file_batch`.
    #[api(constant)]
    pub object: VectorStoreFilesBatchLiteral,
    /// The Unix timestamp (in seconds) for when the vector store files batch was created.
    #[api(default)]
    pub created_at: i64,
    /// The ID of the [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) that the [File](https://platform.openai.com/docs/api-reference/files) is attached to.
    #[api(default)]
    pub vector_store_id: String,
    /// The status of the vector store files batch, which can be either `in_progress`, `completed`, `cancelled` or `failed`.
    #[api(default)]
    pub status: VectorStoreFileObjectStatus,
    #[api(default)]
    pub file_counts: VectorStoreFileBatchObjectFileCounts,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The specification's name for [`VectorStoreFileBatch`].
pub type VectorStoreFileBatchObject = VectorStoreFileBatch;
/// The constant `vector_store.files_batch`.
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
pub enum VectorStoreFilesBatchLiteral {
    /// `vector_store.files_batch`
    #[default]
    #[api(rename = "vector_store.files_batch")]
    VectorStoreFilesBatch,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(in_progress, completed, failed, cancelled, total))]
#[non_exhaustive]
pub struct VectorStoreFileBatchObjectFileCounts {
    /// The number of files that are currently being processed.
    #[api(default)]
    pub in_progress: i64,
    /// The number of files that have been processed.
    #[api(default)]
    pub completed: i64,
    /// The number of files that have failed to process.
    #[api(default)]
    pub failed: i64,
    /// The number of files that where cancelled.
    #[api(default)]
    pub cancelled: i64,
    /// The total number of files.
    #[api(default)]
    pub total: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Represents the parsed content of a vector store file.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct VectorStoreFileContentResponse {
    /// The object type, which is always `vector_store.file_content.page`
    #[api(constant)]
    pub object: VectorStoreFileContentPageLiteral,
    /// Parsed content of the file.
    #[api(default)]
    pub data: Vec<VectorStoreFileContentResponseDataItem>,
    /// Indicates if there are more content pages to fetch.
    #[api(default)]
    pub has_more: bool,
    /// The token for the next page, if any.
    #[api(nullable)]
    pub next_page: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `vector_store.file_content.page`.
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
pub enum VectorStoreFileContentPageLiteral {
    /// `vector_store.file_content.page`
    #[default]
    #[api(rename = "vector_store.file_content.page")]
    VectorStoreFileContentPage,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct VectorStoreFileContentResponseDataItem {
    /// The content type (currently only `"text"`)
    #[api(rename = "type")]
    pub type_: Option<String>,
    /// The text content
    pub text: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(query))]
pub struct VectorStoreSearchRequest {
    /// A query string for a search
    pub query: VectorStoreSearchRequestQuery,
    /// Whether to rewrite the natural language query for vector search.
    ///
    /// Defaults to `false`.
    pub rewrite_query: Option<bool>,
    /// The maximum number of results to return. This number should be between 1 and 50 inclusive.
    ///
    /// Defaults to `10`; from `1` to `50`.
    pub max_num_results: Option<i64>,
    /// A filter to apply based on file attributes.
    pub filters: Option<Box<VectorStoreSearchRequestFilters>>,
    /// Ranking options for search.
    pub ranking_options: Option<VectorStoreSearchRequestRankingOptions>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// A query string for a search
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum VectorStoreSearchRequestQuery {
    StringList(Vec<String>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
/// A filter to apply based on file attributes.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum VectorStoreSearchRequestFilters {
    /// `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `in`, `nin`
    #[api(
        tag = "eq",
        tag = "ne",
        tag = "gt",
        tag = "gte",
        tag = "lt",
        tag = "lte",
        tag = "in",
        tag = "nin"
    )]
    EqType(ComparisonFilter),
    /// `and`, `or`
    #[api(tag = "and", tag = "or")]
    And(CompoundFilter),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// Ranking options for search.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct VectorStoreSearchRequestRankingOptions {
    /// Enable re-ranking; set to `none` to disable, which can help reduce latency.
    ///
    /// Defaults to `auto`.
    pub ranker: Option<VectorStoreSearchRequestRankingOptionsRanker>,
    /// Defaults to `0`; from `0` to `1`.
    pub score_threshold: Option<f64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Enable re-ranking; set to `none` to disable, which can help reduce latency.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum VectorStoreSearchRequestRankingOptionsRanker {
    /// `none`
    #[api(rename = "none")]
    NoneType,
    /// `auto`
    #[default]
    Auto,
    /// `default-2024-11-15`
    #[api(rename = "default-2024-11-15")]
    Default20241115,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(text))]
#[non_exhaustive]
pub struct VectorStoreSearchResultContentObject {
    /// The type of content.
    #[api(rename = "type", constant)]
    pub type_: TextLiteral,
    /// The text content returned from search.
    #[api(default)]
    pub text: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(file_id, filename, score, content))]
#[non_exhaustive]
pub struct VectorStoreSearchResultItem {
    /// The ID of the vector store file.
    #[api(default)]
    pub file_id: String,
    /// The name of the vector store file.
    #[api(default)]
    pub filename: String,
    /// The similarity score for the result.
    ///
    /// From `0` to `1`.
    #[api(default)]
    pub score: f64,
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard. Keys are strings
    /// with a maximum length of 64 characters. Values are strings with a maximum
    /// length of 512 characters, booleans, or numbers.
    #[api(nullable)]
    pub attributes: Option<VectorStoreFileAttributes>,
    /// Content chunks from the file.
    #[api(default)]
    pub content: Vec<VectorStoreSearchResultContentObject>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(search_query, data, has_more))]
#[non_exhaustive]
pub struct VectorStoreSearchResultsPage {
    /// The object type, which is always `vector_store.search_results.page`
    #[api(constant)]
    pub object: VectorStoreSearchResultsPageLiteral,
    #[api(default)]
    pub search_query: Vec<String>,
    /// The list of search result items.
    #[api(default)]
    pub data: Vec<VectorStoreSearchResultItem>,
    /// Indicates if there are more results to fetch.
    #[api(default)]
    pub has_more: bool,
    /// The token for the next page, if any.
    #[api(nullable)]
    pub next_page: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `vector_store.search_results.page`.
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
pub enum VectorStoreSearchResultsPageLiteral {
    /// `vector_store.search_results.page`
    #[default]
    #[api(rename = "vector_store.search_results.page")]
    VectorStoreSearchResultsPage,
}
/// Query and header parameters of `listVectorStores`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListVectorStoresParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    pub limit: Option<i64>,
    /// Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
    pub order: Option<ListAssistantsOrder>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    pub after: Option<String>,
    /// A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
    pub before: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ListFilesInVectorStoreBatchFilter {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// `failed`
    Failed,
    /// `cancelled`
    Cancelled,
    /// A value this version of the SDK does not know.
    Other(String),
}
/// Query and header parameters of `listFilesInVectorStoreBatch`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListFilesInVectorStoreBatchParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    pub limit: Option<i64>,
    /// Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
    pub order: Option<ListAssistantsOrder>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    pub after: Option<String>,
    /// A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
    pub before: Option<String>,
    /// Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.
    pub filter: Option<ListFilesInVectorStoreBatchFilter>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Query and header parameters of `listVectorStoreFiles`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListVectorStoreFilesParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    pub limit: Option<i64>,
    /// Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
    pub order: Option<ListAssistantsOrder>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    pub after: Option<String>,
    /// A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
    pub before: Option<String>,
    /// Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.
    pub filter: Option<ListFilesInVectorStoreBatchFilter>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
