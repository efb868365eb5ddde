//! Types of the `vector-stores` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
/// The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ChunkingStrategyRequestParam {
    /// `auto`
    Auto(AutoChunkingStrategyRequestParam),
    /// `static`
    Static(StaticChunkingStrategyRequestParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for ChunkingStrategyRequestParam {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Auto(value) => value.serialize(serializer),
            Self::Static(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for ChunkingStrategyRequestParam {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "auto" => Deserialize::deserialize(content).map(Self::Auto),
                "static" => Deserialize::deserialize(content).map(Self::Static),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for ChunkingStrategyRequestParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<AutoChunkingStrategyRequestParam> for ChunkingStrategyRequestParam {
    fn from(value: AutoChunkingStrategyRequestParam) -> Self {
        Self::Auto(value)
    }
}
impl From<StaticChunkingStrategyRequestParam> for ChunkingStrategyRequestParam {
    fn from(value: StaticChunkingStrategyRequestParam) -> Self {
        Self::Static(value)
    }
}
/// Customize your own chunking strategy by setting chunk size and chunk overlap.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct StaticChunkingStrategyRequestParam {
    /// Always `static`.
    #[serde(rename = "type")]
    pub type_: StaticLiteral,
    #[serde(rename = "static")]
    pub static_: StaticChunkingStrategy,
}
impl sdk_runtime_types::de::Object for StaticChunkingStrategyRequestParam {
    const NAME: &'static str = "StaticChunkingStrategyRequestParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<StaticLiteral> = None;
        let mut static_: Option<StaticChunkingStrategy> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "static" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut static_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            static_: static_.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for StaticChunkingStrategyRequestParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl StaticChunkingStrategyRequestParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(static_: impl Into<StaticChunkingStrategy>) -> Self {
        Self {
            type_: Default::default(),
            static_: static_.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateVectorStoreFileBatchRequest {
    /// A list of [File](https://platform.openai.com/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files.  If `attributes` or `chunking_strategy` are provided, they will be  applied to all files in the batch. The maximum batch size is 2000 files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with `files`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_ids: Option<Vec<String>>,
    /// A list of objects that each include a `file_id` plus optional `attributes` or `chunking_strategy`. Use this when you need to override metadata for specific files. The global `attributes` or `chunking_strategy` will be ignored and must be specified for each file. The maximum batch size is 2000 files. This endpoint is recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with `file_ids`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub files: Option<Vec<CreateVectorStoreFileRequest>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chunking_strategy: Option<ChunkingStrategyRequestParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<VectorStoreFileAttributes>,
}
impl sdk_runtime_types::de::Object for CreateVectorStoreFileBatchRequest {
    const NAME: &'static str = "CreateVectorStoreFileBatchRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut file_ids: Option<Vec<String>> = None;
        let mut files: Option<Vec<CreateVectorStoreFileRequest>> = None;
        let mut chunking_strategy: Option<ChunkingStrategyRequestParam> = None;
        let mut attributes: Option<VectorStoreFileAttributes> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "file_ids" => 0,
                    "files" => 1,
                    "chunking_strategy" => 2,
                    "attributes" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut file_ids),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut files),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut chunking_strategy),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut attributes),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            file_ids,
            files,
            chunking_strategy,
            attributes,
        })
    }
}
impl<'de> Deserialize<'de> for CreateVectorStoreFileBatchRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateVectorStoreFileBatchRequest {
    /// A value with `file_ids` set: the API needs `file_ids` or `files`.
    #[inline]
    pub fn with_file_ids(file_ids: impl Into<Vec<String>>) -> Self {
        Self {
            file_ids: None,
            files: None,
            chunking_strategy: None,
            attributes: None,
        }
            .file_ids(file_ids)
    }
    /// A value with `files` set: the API needs `file_ids` or `files`.
    #[inline]
    pub fn with_files(files: impl Into<Vec<CreateVectorStoreFileRequest>>) -> Self {
        Self {
            file_ids: None,
            files: None,
            chunking_strategy: None,
            attributes: None,
        }
            .files(files)
    }
    /// Sets `file_ids`.
    pub fn file_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.file_ids = Some(value.into());
        self
    }
    /// Sets `files`.
    pub fn files(mut self, value: impl Into<Vec<CreateVectorStoreFileRequest>>) -> Self {
        self.files = Some(value.into());
        self
    }
    /// Sets `chunking_strategy`.
    pub fn chunking_strategy(
        mut self,
        value: impl Into<ChunkingStrategyRequestParam>,
    ) -> Self {
        self.chunking_strategy = Some(value.into());
        self
    }
    /// Sets `attributes`.
    pub fn attributes(mut self, value: impl Into<VectorStoreFileAttributes>) -> Self {
        self.attributes = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateVectorStoreFileRequest {
    /// A [File](https://platform.openai.com/docs/api-reference/files) ID that the vector store should use. Useful for tools like `file_search` that can access files. For multi-file ingestion, we recommend [`file_batches`](https://platform.openai.com/docs/api-reference/vector-stores-file-batches/createBatch) to minimize per-vector-store write requests.
    pub file_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chunking_strategy: Option<ChunkingStrategyRequestParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<VectorStoreFileAttributes>,
}
impl sdk_runtime_types::de::Object for CreateVectorStoreFileRequest {
    const NAME: &'static str = "CreateVectorStoreFileRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut file_id: Option<String> = None;
        let mut chunking_strategy: Option<ChunkingStrategyRequestParam> = None;
        let mut attributes: Option<VectorStoreFileAttributes> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "file_id" => 0,
                    "chunking_strategy" => 1,
                    "attributes" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut file_id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut chunking_strategy),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut attributes),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            file_id: file_id.unwrap_or_default(),
            chunking_strategy,
            attributes,
        })
    }
}
impl<'de> Deserialize<'de> for CreateVectorStoreFileRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateVectorStoreFileRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(file_id: impl Into<String>) -> Self {
        Self {
            file_id: file_id.into(),
            chunking_strategy: None,
            attributes: None,
        }
    }
    /// Sets `chunking_strategy`.
    pub fn chunking_strategy(
        mut self,
        value: impl Into<ChunkingStrategyRequestParam>,
    ) -> Self {
        self.chunking_strategy = Some(value.into());
        self
    }
    /// Sets `attributes`.
    pub fn attributes(mut self, value: impl Into<VectorStoreFileAttributes>) -> Self {
        self.attributes = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateVectorStoreRequest {
    /// A list of [File](https://platform.openai.com/docs/api-reference/files) IDs that the vector store should use. Useful for tools like `file_search` that can access files.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_ids: Option<Vec<String>>,
    /// The name of the vector store.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A description for the vector store. Can be used to describe the vector store's purpose.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_after: Option<VectorStoreExpirationAfter>,
    /// The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. Only applicable if `file_ids` is non-empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chunking_strategy: Option<CreateVectorStoreRequestChunkingStrategy>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
}
impl sdk_runtime_types::de::Object for CreateVectorStoreRequest {
    const NAME: &'static str = "CreateVectorStoreRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut file_ids: Option<Vec<String>> = None;
        let mut name: Option<String> = None;
        let mut description: Option<String> = None;
        let mut expires_after: Option<VectorStoreExpirationAfter> = None;
        let mut chunking_strategy: Option<CreateVectorStoreRequestChunkingStrategy> = None;
        let mut metadata: Option<Metadata> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "file_ids" => 0,
                    "name" => 1,
                    "description" => 2,
                    "expires_after" => 3,
                    "chunking_strategy" => 4,
                    "metadata" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut file_ids),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut description),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut expires_after),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut chunking_strategy),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            file_ids,
            name,
            description,
            expires_after,
            chunking_strategy,
            metadata,
        })
    }
}
impl<'de> Deserialize<'de> for CreateVectorStoreRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateVectorStoreRequest {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            file_ids: None,
            name: None,
            description: None,
            expires_after: None,
            chunking_strategy: None,
            metadata: None,
        }
    }
    /// Sets `file_ids`.
    pub fn file_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.file_ids = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `expires_after`.
    pub fn expires_after(
        mut self,
        value: impl Into<VectorStoreExpirationAfter>,
    ) -> Self {
        self.expires_after = Some(value.into());
        self
    }
    /// Sets `chunking_strategy`.
    pub fn chunking_strategy(
        mut self,
        value: impl Into<CreateVectorStoreRequestChunkingStrategy>,
    ) -> Self {
        self.chunking_strategy = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
/// The expiration policy for a vector store.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct VectorStoreExpirationAfter {
    /// Anchor timestamp after which the expiration policy applies. Supported anchors: `last_active_at`.
    pub anchor: LastActiveAtLiteral,
    /// The number of days after the anchor time that the vector store will expire.
    pub days: i64,
}
impl sdk_runtime_types::de::Object for VectorStoreExpirationAfter {
    const NAME: &'static str = "VectorStoreExpirationAfter";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut anchor: Option<LastActiveAtLiteral> = None;
        let mut days: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "anchor" => 0,
                    "days" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut anchor),
                1 => sdk_runtime_types::de::value(&mut map, &mut days),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            anchor: sdk_runtime_types::de::required::<_, A::Error>(anchor, "anchor")?,
            days: days.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for VectorStoreExpirationAfter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl VectorStoreExpirationAfter {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(days: impl Into<i64>) -> Self {
        Self {
            anchor: Default::default(),
            days: days.into(),
        }
    }
}
/// The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. Only applicable if `file_ids` is non-empty.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateVectorStoreRequestChunkingStrategy {
    /// `auto`
    Auto(AutoChunkingStrategyRequestParam),
    /// `static`
    Static(StaticChunkingStrategyRequestParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for CreateVectorStoreRequestChunkingStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Auto(value) => value.serialize(serializer),
            Self::Static(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for CreateVectorStoreRequestChunkingStrategy {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "auto" => Deserialize::deserialize(content).map(Self::Auto),
                "static" => Deserialize::deserialize(content).map(Self::Static),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for CreateVectorStoreRequestChunkingStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<AutoChunkingStrategyRequestParam>
for CreateVectorStoreRequestChunkingStrategy {
    fn from(value: AutoChunkingStrategyRequestParam) -> Self {
        Self::Auto(value)
    }
}
impl From<StaticChunkingStrategyRequestParam>
for CreateVectorStoreRequestChunkingStrategy {
    fn from(value: StaticChunkingStrategyRequestParam) -> Self {
        Self::Static(value)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct DeleteVectorStoreFileResponse {
    pub id: String,
    pub deleted: bool,
    pub object: VectorStoreFileDeletedLiteral,
}
impl sdk_runtime_types::de::Object for DeleteVectorStoreFileResponse {
    const NAME: &'static str = "DeleteVectorStoreFileResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut deleted: Option<bool> = None;
        let mut object: Option<VectorStoreFileDeletedLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "deleted" => 1,
                    "object" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut deleted),
                2 => sdk_runtime_types::de::value(&mut map, &mut object),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            deleted: deleted.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
        })
    }
}
impl<'de> Deserialize<'de> for DeleteVectorStoreFileResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl DeleteVectorStoreFileResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>, deleted: impl Into<bool>) -> Self {
        Self {
            id: id.into(),
            deleted: deleted.into(),
            object: Default::default(),
        }
    }
}
/// The constant `vector_store.file.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum VectorStoreFileDeletedLiteral {
    /// `vector_store.file.deleted`
    #[default]
    VectorStoreFileDeleted,
}
impl VectorStoreFileDeletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "vector_store.file.deleted"
    }
}
impl std::fmt::Display for VectorStoreFileDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for VectorStoreFileDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("vector_store.file.deleted")
    }
}
impl<'de> Deserialize<'de> for VectorStoreFileDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "vector_store.file.deleted")
            .map(|()| Self::VectorStoreFileDeleted)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct DeleteVectorStoreResponse {
    pub id: String,
    pub deleted: bool,
    pub object: VectorStoreDeletedLiteral,
}
impl sdk_runtime_types::de::Object for DeleteVectorStoreResponse {
    const NAME: &'static str = "DeleteVectorStoreResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut deleted: Option<bool> = None;
        let mut object: Option<VectorStoreDeletedLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "deleted" => 1,
                    "object" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut deleted),
                2 => sdk_runtime_types::de::value(&mut map, &mut object),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            deleted: deleted.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
        })
    }
}
impl<'de> Deserialize<'de> for DeleteVectorStoreResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl DeleteVectorStoreResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>, deleted: impl Into<bool>) -> Self {
        Self {
            id: id.into(),
            deleted: deleted.into(),
            object: Default::default(),
        }
    }
}
/// The constant `vector_store.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum VectorStoreDeletedLiteral {
    /// `vector_store.deleted`
    #[default]
    VectorStoreDeleted,
}
impl VectorStoreDeletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "vector_store.deleted"
    }
}
impl std::fmt::Display for VectorStoreDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for VectorStoreDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("vector_store.deleted")
    }
}
impl<'de> Deserialize<'de> for VectorStoreDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "vector_store.deleted")
            .map(|()| Self::VectorStoreDeleted)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ListVectorStoreFilesResponse {
    pub object: String,
    pub data: Vec<VectorStoreFile>,
    pub first_id: String,
    pub last_id: String,
    pub has_more: bool,
}
impl sdk_runtime_types::de::Object for ListVectorStoreFilesResponse {
    const NAME: &'static str = "ListVectorStoreFilesResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<String> = None;
        let mut data: Option<Vec<VectorStoreFile>> = None;
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
impl<'de> Deserialize<'de> for ListVectorStoreFilesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListVectorStoreFilesResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        object: impl Into<String>,
        data: impl Into<Vec<VectorStoreFile>>,
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct VectorStoreFile {
    /// The identifier, which can be referenced in API endpoints.
    pub id: String,
    /// The object type, which is always `vector_store.file`.
    pub object: VectorStoreFileLiteral,
    /// The total vector store usage in bytes. Note that this may be different from the original file size.
    pub usage_bytes: i64,
    /// The Unix timestamp (in seconds) for when the vector store file was created.
    pub created_at: i64,
    /// The ID of the [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) that the [File](https://platform.openai.com/docs/api-reference/files) is attached to.
    pub vector_store_id: String,
    /// The status of the vector store file, which can be either `in_progress`, `completed`, `cancelled`, or `failed`. The status `completed` indicates that the vector store file is ready for use.
    pub status: VectorStoreFileObjectStatus,
    pub last_error: Option<VectorStoreFileObjectLastError>,
    /// The strategy used to chunk the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chunking_strategy: Option<VectorStoreFileObjectChunkingStrategy>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<VectorStoreFileAttributes>,
}
impl sdk_runtime_types::de::Object for VectorStoreFile {
    const NAME: &'static str = "VectorStoreFile";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<VectorStoreFileLiteral> = None;
        let mut usage_bytes: Option<i64> = None;
        let mut created_at: Option<i64> = None;
        let mut vector_store_id: Option<String> = None;
        let mut status: Option<VectorStoreFileObjectStatus> = None;
        let mut last_error: Option<VectorStoreFileObjectLastError> = None;
        let mut chunking_strategy: Option<VectorStoreFileObjectChunkingStrategy> = None;
        let mut attributes: Option<VectorStoreFileAttributes> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "usage_bytes" => 2,
                    "created_at" => 3,
                    "vector_store_id" => 4,
                    "status" => 5,
                    "last_error" => 6,
                    "chunking_strategy" => 7,
                    "attributes" => 8,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut usage_bytes),
                3 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                4 => sdk_runtime_types::de::value(&mut map, &mut vector_store_id),
                5 => sdk_runtime_types::de::value(&mut map, &mut status),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut last_error),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut chunking_strategy),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut attributes),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            usage_bytes: usage_bytes.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            vector_store_id: vector_store_id.unwrap_or_default(),
            status: status.unwrap_or_default(),
            last_error,
            chunking_strategy,
            attributes,
        })
    }
}
impl<'de> Deserialize<'de> for VectorStoreFile {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl VectorStoreFile {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        usage_bytes: impl Into<i64>,
        created_at: impl Into<i64>,
        vector_store_id: impl Into<String>,
        status: impl Into<VectorStoreFileObjectStatus>,
    ) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            usage_bytes: usage_bytes.into(),
            created_at: created_at.into(),
            vector_store_id: vector_store_id.into(),
            status: status.into(),
            last_error: None,
            chunking_strategy: None,
            attributes: None,
        }
    }
    /// Sets `last_error`.
    pub fn last_error(
        mut self,
        value: impl Into<VectorStoreFileObjectLastError>,
    ) -> Self {
        self.last_error = Some(value.into());
        self
    }
    /// Sets `chunking_strategy`.
    pub fn chunking_strategy(
        mut self,
        value: impl Into<VectorStoreFileObjectChunkingStrategy>,
    ) -> Self {
        self.chunking_strategy = Some(value.into());
        self
    }
    /// Sets `attributes`.
    pub fn attributes(mut self, value: impl Into<VectorStoreFileAttributes>) -> Self {
        self.attributes = Some(value.into());
        self
    }
}
/// The specification's name for [`VectorStoreFile`].
pub type VectorStoreFileObject = VectorStoreFile;
/// The constant `vector_store.file`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum VectorStoreFileLiteral {
    /// `vector_store.file`
    #[default]
    VectorStoreFile,
}
impl VectorStoreFileLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "vector_store.file"
    }
}
impl std::fmt::Display for VectorStoreFileLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for VectorStoreFileLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("vector_store.file")
    }
}
impl<'de> Deserialize<'de> for VectorStoreFileLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "vector_store.file")
            .map(|()| Self::VectorStoreFile)
    }
}
/// The status of the vector store file, which can be either `in_progress`, `completed`, `cancelled`, or `failed`. The status `completed` indicates that the vector store file is ready for use.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
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
impl VectorStoreFileObjectStatus {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in_progress",
            Self::Completed => "completed",
            Self::Cancelled => "cancelled",
            Self::Failed => "failed",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "in_progress" => Self::InProgress,
            "completed" => Self::Completed,
            "cancelled" => Self::Cancelled,
            "failed" => Self::Failed,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for VectorStoreFileObjectStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for VectorStoreFileObjectStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for VectorStoreFileObjectStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for VectorStoreFileObjectStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for VectorStoreFileObjectStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for VectorStoreFileObjectStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// The last error associated with this vector store file. Will be `null` if there are no errors.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct VectorStoreFileObjectLastError {
    /// One of `server_error`, `unsupported_file`, or `invalid_file`.
    pub code: VectorStoreFileObjectLastErrorCode,
    /// A human-readable description of the error.
    pub message: String,
}
impl sdk_runtime_types::de::Object for VectorStoreFileObjectLastError {
    const NAME: &'static str = "VectorStoreFileObjectLastError";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut code: Option<VectorStoreFileObjectLastErrorCode> = None;
        let mut message: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "code" => 0,
                    "message" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut code),
                1 => sdk_runtime_types::de::value(&mut map, &mut message),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            code: code.unwrap_or_default(),
            message: message.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for VectorStoreFileObjectLastError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl VectorStoreFileObjectLastError {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        code: impl Into<VectorStoreFileObjectLastErrorCode>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
        }
    }
}
/// One of `server_error`, `unsupported_file`, or `invalid_file`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
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
impl VectorStoreFileObjectLastErrorCode {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ServerError => "server_error",
            Self::UnsupportedFile => "unsupported_file",
            Self::InvalidFile => "invalid_file",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "server_error" => Self::ServerError,
            "unsupported_file" => Self::UnsupportedFile,
            "invalid_file" => Self::InvalidFile,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for VectorStoreFileObjectLastErrorCode {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for VectorStoreFileObjectLastErrorCode {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for VectorStoreFileObjectLastErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for VectorStoreFileObjectLastErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for VectorStoreFileObjectLastErrorCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for VectorStoreFileObjectLastErrorCode {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// The strategy used to chunk the file.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum VectorStoreFileObjectChunkingStrategy {
    /// `static`
    Static(StaticChunkingStrategyResponseParam),
    /// `other`
    Other(OtherChunkingStrategyResponseParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for VectorStoreFileObjectChunkingStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Static(value) => value.serialize(serializer),
            Self::Other(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for VectorStoreFileObjectChunkingStrategy {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "static" => Deserialize::deserialize(content).map(Self::Static),
                "other" => Deserialize::deserialize(content).map(Self::Other),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for VectorStoreFileObjectChunkingStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<StaticChunkingStrategyResponseParam>
for VectorStoreFileObjectChunkingStrategy {
    fn from(value: StaticChunkingStrategyResponseParam) -> Self {
        Self::Static(value)
    }
}
impl From<OtherChunkingStrategyResponseParam> for VectorStoreFileObjectChunkingStrategy {
    fn from(value: OtherChunkingStrategyResponseParam) -> Self {
        Self::Other(value)
    }
}
/// This is returned when the chunking strategy is unknown. Typically, this is because the file was indexed before the `chunking_strategy` concept was introduced in the API.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct OtherChunkingStrategyResponseParam {
    /// Always `other`.
    #[serde(rename = "type")]
    pub type_: OtherLiteral,
}
impl sdk_runtime_types::de::Object for OtherChunkingStrategyResponseParam {
    const NAME: &'static str = "OtherChunkingStrategyResponseParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<OtherLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for OtherChunkingStrategyResponseParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl OtherChunkingStrategyResponseParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: Default::default() }
    }
}
/// The constant `other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OtherLiteral {
    /// `other`
    #[default]
    OtherValue,
}
impl OtherLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "other"
    }
}
impl std::fmt::Display for OtherLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OtherLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("other")
    }
}
impl<'de> Deserialize<'de> for OtherLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "other").map(|()| Self::OtherValue)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ListVectorStoresResponse {
    pub object: String,
    pub data: Vec<VectorStore>,
    pub first_id: String,
    pub last_id: String,
    pub has_more: bool,
}
impl sdk_runtime_types::de::Object for ListVectorStoresResponse {
    const NAME: &'static str = "ListVectorStoresResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<String> = None;
        let mut data: Option<Vec<VectorStore>> = None;
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
impl<'de> Deserialize<'de> for ListVectorStoresResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListVectorStoresResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        object: impl Into<String>,
        data: impl Into<Vec<VectorStore>>,
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct VectorStore {
    /// The identifier, which can be referenced in API endpoints.
    pub id: String,
    /// The object type, which is always `vector_store`.
    pub object: VectorStoreLiteral,
    /// The Unix timestamp (in seconds) for when the vector store was created.
    pub created_at: i64,
    /// The name of the vector store.
    pub name: String,
    /// The total number of bytes used by the files in the vector store.
    pub usage_bytes: i64,
    pub file_counts: VectorStoreObjectFileCounts,
    /// The status of the vector store, which can be either `expired`, `in_progress`, or `completed`. A status of `completed` indicates that the vector store is ready for use.
    pub status: VectorStoreObjectStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_after: Option<VectorStoreExpirationAfter>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    pub last_active_at: Option<i64>,
    pub metadata: Option<Metadata>,
}
impl sdk_runtime_types::de::Object for VectorStore {
    const NAME: &'static str = "VectorStore";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<VectorStoreLiteral> = None;
        let mut created_at: Option<i64> = None;
        let mut name: Option<String> = None;
        let mut usage_bytes: Option<i64> = None;
        let mut file_counts: Option<VectorStoreObjectFileCounts> = None;
        let mut status: Option<VectorStoreObjectStatus> = None;
        let mut expires_after: Option<VectorStoreExpirationAfter> = None;
        let mut expires_at: Option<i64> = None;
        let mut last_active_at: Option<i64> = None;
        let mut metadata: Option<Metadata> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "created_at" => 2,
                    "name" => 3,
                    "usage_bytes" => 4,
                    "file_counts" => 5,
                    "status" => 6,
                    "expires_after" => 7,
                    "expires_at" => 8,
                    "last_active_at" => 9,
                    "metadata" => 10,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                3 => sdk_runtime_types::de::value(&mut map, &mut name),
                4 => sdk_runtime_types::de::value(&mut map, &mut usage_bytes),
                5 => sdk_runtime_types::de::value(&mut map, &mut file_counts),
                6 => sdk_runtime_types::de::value(&mut map, &mut status),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut expires_after),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut expires_at),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut last_active_at),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            created_at: created_at.unwrap_or_default(),
            name: name.unwrap_or_default(),
            usage_bytes: usage_bytes.unwrap_or_default(),
            file_counts: file_counts.unwrap_or_default(),
            status: status.unwrap_or_default(),
            expires_after,
            expires_at,
            last_active_at,
            metadata,
        })
    }
}
impl<'de> Deserialize<'de> for VectorStore {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl VectorStore {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        created_at: impl Into<i64>,
        name: impl Into<String>,
        usage_bytes: impl Into<i64>,
        file_counts: impl Into<VectorStoreObjectFileCounts>,
        status: impl Into<VectorStoreObjectStatus>,
    ) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            created_at: created_at.into(),
            name: name.into(),
            usage_bytes: usage_bytes.into(),
            file_counts: file_counts.into(),
            status: status.into(),
            expires_after: None,
            expires_at: None,
            last_active_at: None,
            metadata: None,
        }
    }
    /// Sets `expires_after`.
    pub fn expires_after(
        mut self,
        value: impl Into<VectorStoreExpirationAfter>,
    ) -> Self {
        self.expires_after = Some(value.into());
        self
    }
    /// Sets `expires_at`.
    pub fn expires_at(mut self, value: impl Into<i64>) -> Self {
        self.expires_at = Some(value.into());
        self
    }
    /// Sets `last_active_at`.
    pub fn last_active_at(mut self, value: impl Into<i64>) -> Self {
        self.last_active_at = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
/// The specification's name for [`VectorStore`].
pub type VectorStoreObject = VectorStore;
/// The constant `vector_store`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum VectorStoreLiteral {
    /// `vector_store`
    #[default]
    VectorStore,
}
impl VectorStoreLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "vector_store"
    }
}
impl std::fmt::Display for VectorStoreLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for VectorStoreLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("vector_store")
    }
}
impl<'de> Deserialize<'de> for VectorStoreLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "vector_store")
            .map(|()| Self::VectorStore)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct VectorStoreObjectFileCounts {
    /// The number of files that are currently being processed.
    pub in_progress: i64,
    /// The number of files that have been successfully processed.
    pub completed: i64,
    /// The number of files that have failed to process.
    pub failed: i64,
    /// The number of files that were cancelled.
    pub cancelled: i64,
    /// The total number of files.
    pub total: i64,
}
impl sdk_runtime_types::de::Object for VectorStoreObjectFileCounts {
    const NAME: &'static str = "VectorStoreObjectFileCounts";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut in_progress: Option<i64> = None;
        let mut completed: Option<i64> = None;
        let mut failed: Option<i64> = None;
        let mut cancelled: Option<i64> = None;
        let mut total: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "in_progress" => 0,
                    "completed" => 1,
                    "failed" => 2,
                    "cancelled" => 3,
                    "total" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut in_progress),
                1 => sdk_runtime_types::de::value(&mut map, &mut completed),
                2 => sdk_runtime_types::de::value(&mut map, &mut failed),
                3 => sdk_runtime_types::de::value(&mut map, &mut cancelled),
                4 => sdk_runtime_types::de::value(&mut map, &mut total),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            in_progress: in_progress.unwrap_or_default(),
            completed: completed.unwrap_or_default(),
            failed: failed.unwrap_or_default(),
            cancelled: cancelled.unwrap_or_default(),
            total: total.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for VectorStoreObjectFileCounts {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl VectorStoreObjectFileCounts {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        in_progress: impl Into<i64>,
        completed: impl Into<i64>,
        failed: impl Into<i64>,
        cancelled: impl Into<i64>,
        total: impl Into<i64>,
    ) -> Self {
        Self {
            in_progress: in_progress.into(),
            completed: completed.into(),
            failed: failed.into(),
            cancelled: cancelled.into(),
            total: total.into(),
        }
    }
}
/// The status of the vector store, which can be either `expired`, `in_progress`, or `completed`. A status of `completed` indicates that the vector store is ready for use.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
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
impl VectorStoreObjectStatus {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Expired => "expired",
            Self::InProgress => "in_progress",
            Self::Completed => "completed",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "expired" => Self::Expired,
            "in_progress" => Self::InProgress,
            "completed" => Self::Completed,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for VectorStoreObjectStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for VectorStoreObjectStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for VectorStoreObjectStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for VectorStoreObjectStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for VectorStoreObjectStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for VectorStoreObjectStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UpdateVectorStoreFileAttributesRequest {
    pub attributes: Option<VectorStoreFileAttributes>,
}
impl sdk_runtime_types::de::Object for UpdateVectorStoreFileAttributesRequest {
    const NAME: &'static str = "UpdateVectorStoreFileAttributesRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut attributes: Option<VectorStoreFileAttributes> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "attributes" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut attributes),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { attributes })
    }
}
impl<'de> Deserialize<'de> for UpdateVectorStoreFileAttributesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UpdateVectorStoreFileAttributesRequest {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { attributes: None }
    }
    /// Sets `attributes`.
    pub fn attributes(mut self, value: impl Into<VectorStoreFileAttributes>) -> Self {
        self.attributes = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UpdateVectorStoreRequest {
    /// The name of the vector store.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_after: Option<VectorStoreExpirationAfter>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
}
impl sdk_runtime_types::de::Object for UpdateVectorStoreRequest {
    const NAME: &'static str = "UpdateVectorStoreRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut expires_after: Option<VectorStoreExpirationAfter> = None;
        let mut metadata: Option<Metadata> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "expires_after" => 1,
                    "metadata" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut expires_after),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name,
            expires_after,
            metadata,
        })
    }
}
impl<'de> Deserialize<'de> for UpdateVectorStoreRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UpdateVectorStoreRequest {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            name: None,
            expires_after: None,
            metadata: None,
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `expires_after`.
    pub fn expires_after(
        mut self,
        value: impl Into<VectorStoreExpirationAfter>,
    ) -> Self {
        self.expires_after = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
/// A batch of files attached to a vector store.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct VectorStoreFileBatch {
    /// The identifier, which can be referenced in API endpoints.
    pub id: String,
    /// The object type, which is always `vector_store.file_batch`.
    pub object: VectorStoreFilesBatchLiteral,
    /// The Unix timestamp (in seconds) for when the vector store files batch was created.
    pub created_at: i64,
    /// The ID of the [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) that the [File](https://platform.openai.com/docs/api-reference/files) is attached to.
    pub vector_store_id: String,
    /// The status of the vector store files batch, which can be either `in_progress`, `completed`, `cancelled` or `failed`.
    pub status: VectorStoreFileObjectStatus,
    pub file_counts: VectorStoreFileBatchObjectFileCounts,
}
impl sdk_runtime_types::de::Object for VectorStoreFileBatch {
    const NAME: &'static str = "VectorStoreFileBatch";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<VectorStoreFilesBatchLiteral> = None;
        let mut created_at: Option<i64> = None;
        let mut vector_store_id: Option<String> = None;
        let mut status: Option<VectorStoreFileObjectStatus> = None;
        let mut file_counts: Option<VectorStoreFileBatchObjectFileCounts> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "created_at" => 2,
                    "vector_store_id" => 3,
                    "status" => 4,
                    "file_counts" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                3 => sdk_runtime_types::de::value(&mut map, &mut vector_store_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut status),
                5 => sdk_runtime_types::de::value(&mut map, &mut file_counts),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            created_at: created_at.unwrap_or_default(),
            vector_store_id: vector_store_id.unwrap_or_default(),
            status: status.unwrap_or_default(),
            file_counts: file_counts.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for VectorStoreFileBatch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl VectorStoreFileBatch {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        created_at: impl Into<i64>,
        vector_store_id: impl Into<String>,
        status: impl Into<VectorStoreFileObjectStatus>,
        file_counts: impl Into<VectorStoreFileBatchObjectFileCounts>,
    ) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            created_at: created_at.into(),
            vector_store_id: vector_store_id.into(),
            status: status.into(),
            file_counts: file_counts.into(),
        }
    }
}
/// The specification's name for [`VectorStoreFileBatch`].
pub type VectorStoreFileBatchObject = VectorStoreFileBatch;
/// The constant `vector_store.files_batch`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum VectorStoreFilesBatchLiteral {
    /// `vector_store.files_batch`
    #[default]
    VectorStoreFilesBatch,
}
impl VectorStoreFilesBatchLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "vector_store.files_batch"
    }
}
impl std::fmt::Display for VectorStoreFilesBatchLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for VectorStoreFilesBatchLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("vector_store.files_batch")
    }
}
impl<'de> Deserialize<'de> for VectorStoreFilesBatchLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "vector_store.files_batch")
            .map(|()| Self::VectorStoreFilesBatch)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct VectorStoreFileBatchObjectFileCounts {
    /// The number of files that are currently being processed.
    pub in_progress: i64,
    /// The number of files that have been processed.
    pub completed: i64,
    /// The number of files that have failed to process.
    pub failed: i64,
    /// The number of files that where cancelled.
    pub cancelled: i64,
    /// The total number of files.
    pub total: i64,
}
impl sdk_runtime_types::de::Object for VectorStoreFileBatchObjectFileCounts {
    const NAME: &'static str = "VectorStoreFileBatchObjectFileCounts";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut in_progress: Option<i64> = None;
        let mut completed: Option<i64> = None;
        let mut failed: Option<i64> = None;
        let mut cancelled: Option<i64> = None;
        let mut total: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "in_progress" => 0,
                    "completed" => 1,
                    "failed" => 2,
                    "cancelled" => 3,
                    "total" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut in_progress),
                1 => sdk_runtime_types::de::value(&mut map, &mut completed),
                2 => sdk_runtime_types::de::value(&mut map, &mut failed),
                3 => sdk_runtime_types::de::value(&mut map, &mut cancelled),
                4 => sdk_runtime_types::de::value(&mut map, &mut total),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            in_progress: in_progress.unwrap_or_default(),
            completed: completed.unwrap_or_default(),
            failed: failed.unwrap_or_default(),
            cancelled: cancelled.unwrap_or_default(),
            total: total.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for VectorStoreFileBatchObjectFileCounts {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl VectorStoreFileBatchObjectFileCounts {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        in_progress: impl Into<i64>,
        completed: impl Into<i64>,
        failed: impl Into<i64>,
        cancelled: impl Into<i64>,
        total: impl Into<i64>,
    ) -> Self {
        Self {
            in_progress: in_progress.into(),
            completed: completed.into(),
            failed: failed.into(),
            cancelled: cancelled.into(),
            total: total.into(),
        }
    }
}
/// Represents the parsed content of a vector store file.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct VectorStoreFileContentResponse {
    /// The object type, which is always `vector_store.file_content.page`
    pub object: VectorStoreFileContentPageLiteral,
    /// Parsed content of the file.
    pub data: Vec<VectorStoreFileContentResponseDataItem>,
    /// Indicates if there are more content pages to fetch.
    pub has_more: bool,
    pub next_page: Option<String>,
}
impl sdk_runtime_types::de::Object for VectorStoreFileContentResponse {
    const NAME: &'static str = "VectorStoreFileContentResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<VectorStoreFileContentPageLiteral> = None;
        let mut data: Option<Vec<VectorStoreFileContentResponseDataItem>> = None;
        let mut has_more: Option<bool> = None;
        let mut next_page: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "data" => 1,
                    "has_more" => 2,
                    "next_page" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                2 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut next_page),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
            has_more: has_more.unwrap_or_default(),
            next_page,
        })
    }
}
impl<'de> Deserialize<'de> for VectorStoreFileContentResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl VectorStoreFileContentResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        data: impl Into<Vec<VectorStoreFileContentResponseDataItem>>,
        has_more: impl Into<bool>,
    ) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            has_more: has_more.into(),
            next_page: None,
        }
    }
    /// Sets `next_page`.
    pub fn next_page(mut self, value: impl Into<String>) -> Self {
        self.next_page = Some(value.into());
        self
    }
}
/// The constant `vector_store.file_content.page`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum VectorStoreFileContentPageLiteral {
    /// `vector_store.file_content.page`
    #[default]
    VectorStoreFileContentPage,
}
impl VectorStoreFileContentPageLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "vector_store.file_content.page"
    }
}
impl std::fmt::Display for VectorStoreFileContentPageLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for VectorStoreFileContentPageLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("vector_store.file_content.page")
    }
}
impl<'de> Deserialize<'de> for VectorStoreFileContentPageLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "vector_store.file_content.page")
            .map(|()| Self::VectorStoreFileContentPage)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct VectorStoreFileContentResponseDataItem {
    /// The content type (currently only `"text"`)
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// The text content
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}
impl sdk_runtime_types::de::Object for VectorStoreFileContentResponseDataItem {
    const NAME: &'static str = "VectorStoreFileContentResponseDataItem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<String> = None;
        let mut text: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "text" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut text),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { type_, text })
    }
}
impl<'de> Deserialize<'de> for VectorStoreFileContentResponseDataItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl VectorStoreFileContentResponseDataItem {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: None, text: None }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VectorStoreSearchRequest {
    /// A query string for a search
    pub query: VectorStoreSearchRequestQuery,
    /// Whether to rewrite the natural language query for vector search.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rewrite_query: Option<bool>,
    /// The maximum number of results to return. This number should be between 1 and 50 inclusive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_num_results: Option<i64>,
    /// A filter to apply based on file attributes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filters: Option<VectorStoreSearchRequestFilters>,
    /// Ranking options for search.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ranking_options: Option<VectorStoreSearchRequestRankingOptions>,
}
impl sdk_runtime_types::de::Object for VectorStoreSearchRequest {
    const NAME: &'static str = "VectorStoreSearchRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut query: Option<VectorStoreSearchRequestQuery> = None;
        let mut rewrite_query: Option<bool> = None;
        let mut max_num_results: Option<i64> = None;
        let mut filters: Option<VectorStoreSearchRequestFilters> = None;
        let mut ranking_options: Option<VectorStoreSearchRequestRankingOptions> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "query" => 0,
                    "rewrite_query" => 1,
                    "max_num_results" => 2,
                    "filters" => 3,
                    "ranking_options" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut query),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut rewrite_query),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut max_num_results),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut filters),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut ranking_options),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            query: sdk_runtime_types::de::required::<_, A::Error>(query, "query")?,
            rewrite_query,
            max_num_results,
            filters,
            ranking_options,
        })
    }
}
impl<'de> Deserialize<'de> for VectorStoreSearchRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl VectorStoreSearchRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(query: impl Into<VectorStoreSearchRequestQuery>) -> Self {
        Self {
            query: query.into(),
            rewrite_query: None,
            max_num_results: None,
            filters: None,
            ranking_options: None,
        }
    }
    /// Sets `rewrite_query`.
    pub fn rewrite_query(mut self, value: impl Into<bool>) -> Self {
        self.rewrite_query = Some(value.into());
        self
    }
    /// Sets `max_num_results`.
    pub fn max_num_results(mut self, value: impl Into<i64>) -> Self {
        self.max_num_results = Some(value.into());
        self
    }
    /// Sets `filters`.
    pub fn filters(mut self, value: impl Into<VectorStoreSearchRequestFilters>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sets `ranking_options`.
    pub fn ranking_options(
        mut self,
        value: impl Into<VectorStoreSearchRequestRankingOptions>,
    ) -> Self {
        self.ranking_options = Some(value.into());
        self
    }
}
/// A query string for a search
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum VectorStoreSearchRequestQuery {
    StringList(Vec<String>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<Vec<String>> for VectorStoreSearchRequestQuery {
    fn from(value: Vec<String>) -> Self {
        Self::StringList(value)
    }
}
impl From<String> for VectorStoreSearchRequestQuery {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
impl From<&str> for VectorStoreSearchRequestQuery {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
/// A filter to apply based on file attributes.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum VectorStoreSearchRequestFilters {
    /// `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `in`, `nin`
    EqType(ComparisonFilter),
    /// `and`, `or`
    And(CompoundFilter),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for VectorStoreSearchRequestFilters {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::EqType(value) => value.serialize(serializer),
            Self::And(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for VectorStoreSearchRequestFilters {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "eq" | "ne" | "gt" | "gte" | "lt" | "lte" | "in" | "nin" => {
                    Deserialize::deserialize(content).map(Self::EqType)
                }
                "and" | "or" => Deserialize::deserialize(content).map(Self::And),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for VectorStoreSearchRequestFilters {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<ComparisonFilter> for VectorStoreSearchRequestFilters {
    fn from(value: ComparisonFilter) -> Self {
        Self::EqType(value)
    }
}
impl From<CompoundFilter> for VectorStoreSearchRequestFilters {
    fn from(value: CompoundFilter) -> Self {
        Self::And(value)
    }
}
/// Ranking options for search.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct VectorStoreSearchRequestRankingOptions {
    /// Enable re-ranking; set to `none` to disable, which can help reduce latency.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ranker: Option<VectorStoreSearchRequestRankingOptionsRanker>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score_threshold: Option<f64>,
}
impl sdk_runtime_types::de::Object for VectorStoreSearchRequestRankingOptions {
    const NAME: &'static str = "VectorStoreSearchRequestRankingOptions";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut ranker: Option<VectorStoreSearchRequestRankingOptionsRanker> = None;
        let mut score_threshold: Option<f64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "ranker" => 0,
                    "score_threshold" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut ranker),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut score_threshold),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { ranker, score_threshold })
    }
}
impl<'de> Deserialize<'de> for VectorStoreSearchRequestRankingOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl VectorStoreSearchRequestRankingOptions {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            ranker: None,
            score_threshold: None,
        }
    }
    /// Sets `ranker`.
    pub fn ranker(
        mut self,
        value: impl Into<VectorStoreSearchRequestRankingOptionsRanker>,
    ) -> Self {
        self.ranker = Some(value.into());
        self
    }
    /// Sets `score_threshold`.
    pub fn score_threshold(mut self, value: impl Into<f64>) -> Self {
        self.score_threshold = Some(value.into());
        self
    }
}
/// Enable re-ranking; set to `none` to disable, which can help reduce latency.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum VectorStoreSearchRequestRankingOptionsRanker {
    /// `none`
    NoneType,
    /// `auto`
    #[default]
    Auto,
    /// `default-2024-11-15`
    Default20241115,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl VectorStoreSearchRequestRankingOptionsRanker {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::NoneType => "none",
            Self::Auto => "auto",
            Self::Default20241115 => "default-2024-11-15",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "none" => Self::NoneType,
            "auto" => Self::Auto,
            "default-2024-11-15" => Self::Default20241115,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for VectorStoreSearchRequestRankingOptionsRanker {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for VectorStoreSearchRequestRankingOptionsRanker {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for VectorStoreSearchRequestRankingOptionsRanker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for VectorStoreSearchRequestRankingOptionsRanker {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for VectorStoreSearchRequestRankingOptionsRanker {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct VectorStoreSearchResultContentObject {
    /// The type of content.
    #[serde(rename = "type")]
    pub type_: TextLiteral,
    /// The text content returned from search.
    pub text: String,
}
impl sdk_runtime_types::de::Object for VectorStoreSearchResultContentObject {
    const NAME: &'static str = "VectorStoreSearchResultContentObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<TextLiteral> = None;
        let mut text: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "text" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut text),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            text: text.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for VectorStoreSearchResultContentObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl VectorStoreSearchResultContentObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            text: text.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct VectorStoreSearchResultItem {
    /// The ID of the vector store file.
    pub file_id: String,
    /// The name of the vector store file.
    pub filename: String,
    /// The similarity score for the result.
    pub score: f64,
    pub attributes: Option<VectorStoreFileAttributes>,
    /// Content chunks from the file.
    pub content: Vec<VectorStoreSearchResultContentObject>,
}
impl sdk_runtime_types::de::Object for VectorStoreSearchResultItem {
    const NAME: &'static str = "VectorStoreSearchResultItem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut file_id: Option<String> = None;
        let mut filename: Option<String> = None;
        let mut score: Option<f64> = None;
        let mut attributes: Option<VectorStoreFileAttributes> = None;
        let mut content: Option<Vec<VectorStoreSearchResultContentObject>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "file_id" => 0,
                    "filename" => 1,
                    "score" => 2,
                    "attributes" => 3,
                    "content" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut file_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut filename),
                2 => sdk_runtime_types::de::value(&mut map, &mut score),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut attributes),
                4 => sdk_runtime_types::de::value(&mut map, &mut content),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            file_id: file_id.unwrap_or_default(),
            filename: filename.unwrap_or_default(),
            score: score.unwrap_or_default(),
            attributes,
            content: content.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for VectorStoreSearchResultItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl VectorStoreSearchResultItem {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        file_id: impl Into<String>,
        filename: impl Into<String>,
        score: impl Into<f64>,
        content: impl Into<Vec<VectorStoreSearchResultContentObject>>,
    ) -> Self {
        Self {
            file_id: file_id.into(),
            filename: filename.into(),
            score: score.into(),
            attributes: None,
            content: content.into(),
        }
    }
    /// Sets `attributes`.
    pub fn attributes(mut self, value: impl Into<VectorStoreFileAttributes>) -> Self {
        self.attributes = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct VectorStoreSearchResultsPage {
    /// The object type, which is always `vector_store.search_results.page`
    pub object: VectorStoreSearchResultsPageLiteral,
    pub search_query: Vec<String>,
    /// The list of search result items.
    pub data: Vec<VectorStoreSearchResultItem>,
    /// Indicates if there are more results to fetch.
    pub has_more: bool,
    pub next_page: Option<String>,
}
impl sdk_runtime_types::de::Object for VectorStoreSearchResultsPage {
    const NAME: &'static str = "VectorStoreSearchResultsPage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<VectorStoreSearchResultsPageLiteral> = None;
        let mut search_query: Option<Vec<String>> = None;
        let mut data: Option<Vec<VectorStoreSearchResultItem>> = None;
        let mut has_more: Option<bool> = None;
        let mut next_page: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "search_query" => 1,
                    "data" => 2,
                    "has_more" => 3,
                    "next_page" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut search_query),
                2 => sdk_runtime_types::de::value(&mut map, &mut data),
                3 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut next_page),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            search_query: search_query.unwrap_or_default(),
            data: data.unwrap_or_default(),
            has_more: has_more.unwrap_or_default(),
            next_page,
        })
    }
}
impl<'de> Deserialize<'de> for VectorStoreSearchResultsPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl VectorStoreSearchResultsPage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        search_query: impl Into<Vec<String>>,
        data: impl Into<Vec<VectorStoreSearchResultItem>>,
        has_more: impl Into<bool>,
    ) -> Self {
        Self {
            object: Default::default(),
            search_query: search_query.into(),
            data: data.into(),
            has_more: has_more.into(),
            next_page: None,
        }
    }
    /// Sets `next_page`.
    pub fn next_page(mut self, value: impl Into<String>) -> Self {
        self.next_page = Some(value.into());
        self
    }
}
/// The constant `vector_store.search_results.page`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum VectorStoreSearchResultsPageLiteral {
    /// `vector_store.search_results.page`
    #[default]
    VectorStoreSearchResultsPage,
}
impl VectorStoreSearchResultsPageLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "vector_store.search_results.page"
    }
}
impl std::fmt::Display for VectorStoreSearchResultsPageLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for VectorStoreSearchResultsPageLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("vector_store.search_results.page")
    }
}
impl<'de> Deserialize<'de> for VectorStoreSearchResultsPageLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "vector_store.search_results.page")
            .map(|()| Self::VectorStoreSearchResultsPage)
    }
}
/// Query and header parameters of `listVectorStores`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListVectorStoresParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListAssistantsOrder>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
}
impl sdk_runtime_types::de::Object for ListVectorStoresParams {
    const NAME: &'static str = "ListVectorStoresParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut order: Option<ListAssistantsOrder> = None;
        let mut after: Option<String> = None;
        let mut before: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "order" => 1,
                    "after" => 2,
                    "before" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut before),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            limit,
            order,
            after,
            before,
        })
    }
}
impl<'de> Deserialize<'de> for ListVectorStoresParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListVectorStoresParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            limit: None,
            order: None,
            after: None,
            before: None,
        }
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
    /// Sets `before`.
    pub fn before(mut self, value: impl Into<String>) -> Self {
        self.before = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
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
impl ListFilesInVectorStoreBatchFilter {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in_progress",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Cancelled => "cancelled",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "in_progress" => Self::InProgress,
            "completed" => Self::Completed,
            "failed" => Self::Failed,
            "cancelled" => Self::Cancelled,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for ListFilesInVectorStoreBatchFilter {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for ListFilesInVectorStoreBatchFilter {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for ListFilesInVectorStoreBatchFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ListFilesInVectorStoreBatchFilter {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ListFilesInVectorStoreBatchFilter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for ListFilesInVectorStoreBatchFilter {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Query and header parameters of `listFilesInVectorStoreBatch`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListFilesInVectorStoreBatchParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListAssistantsOrder>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    /// Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filter: Option<ListFilesInVectorStoreBatchFilter>,
}
impl sdk_runtime_types::de::Object for ListFilesInVectorStoreBatchParams {
    const NAME: &'static str = "ListFilesInVectorStoreBatchParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut order: Option<ListAssistantsOrder> = None;
        let mut after: Option<String> = None;
        let mut before: Option<String> = None;
        let mut filter: Option<ListFilesInVectorStoreBatchFilter> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "order" => 1,
                    "after" => 2,
                    "before" => 3,
                    "filter" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut before),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut filter),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            limit,
            order,
            after,
            before,
            filter,
        })
    }
}
impl<'de> Deserialize<'de> for ListFilesInVectorStoreBatchParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListFilesInVectorStoreBatchParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            limit: None,
            order: None,
            after: None,
            before: None,
            filter: None,
        }
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
    /// Sets `before`.
    pub fn before(mut self, value: impl Into<String>) -> Self {
        self.before = Some(value.into());
        self
    }
    /// Sets `filter`.
    pub fn filter(
        mut self,
        value: impl Into<ListFilesInVectorStoreBatchFilter>,
    ) -> Self {
        self.filter = Some(value.into());
        self
    }
}
/// Query and header parameters of `listVectorStoreFiles`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListVectorStoreFilesParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListAssistantsOrder>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    /// Filter by file status. One of `in_progress`, `completed`, `failed`, `cancelled`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filter: Option<ListFilesInVectorStoreBatchFilter>,
}
impl sdk_runtime_types::de::Object for ListVectorStoreFilesParams {
    const NAME: &'static str = "ListVectorStoreFilesParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut order: Option<ListAssistantsOrder> = None;
        let mut after: Option<String> = None;
        let mut before: Option<String> = None;
        let mut filter: Option<ListFilesInVectorStoreBatchFilter> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "order" => 1,
                    "after" => 2,
                    "before" => 3,
                    "filter" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut before),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut filter),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            limit,
            order,
            after,
            before,
            filter,
        })
    }
}
impl<'de> Deserialize<'de> for ListVectorStoreFilesParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListVectorStoreFilesParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            limit: None,
            order: None,
            after: None,
            before: None,
            filter: None,
        }
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
    /// Sets `before`.
    pub fn before(mut self, value: impl Into<String>) -> Self {
        self.before = Some(value.into());
        self
    }
    /// Sets `filter`.
    pub fn filter(
        mut self,
        value: impl Into<ListFilesInVectorStoreBatchFilter>,
    ) -> Self {
        self.filter = Some(value.into());
        self
    }
}
