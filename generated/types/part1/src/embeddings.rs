//! Types of the `embeddings` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateEmbeddingRequest {
    /// Input text to embed, encoded as a string or array of tokens. To embed multiple inputs in a single request, pass an array of strings or array of token arrays. The input must not exceed the max input tokens for the model (8192 tokens for all embedding models), cannot be an empty string, and any array must be 2048 dimensions or less. [Example Python code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens. In addition to the per-input token limit, all embedding  models enforce a maximum of 300,000 tokens summed across all inputs in a  single request.
    pub input: CreateEmbeddingRequestInput,
    /// ID of the model to use. You can use the [List models](https://platform.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://platform.openai.com/docs/models) for descriptions of them.
    pub model: CreateEmbeddingRequestModel,
    /// The format to return the embeddings in. Can be either `float` or [`base64`](https://pypi.org/project/pybase64/).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encoding_format: Option<CreateEmbeddingRequestEncodingFormat>,
    /// The number of dimensions the resulting output embeddings should have. Only supported in `text-embedding-3` and later models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<i64>,
    /// A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices#end-user-ids).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
}
impl sdk_runtime_types::de::Object for CreateEmbeddingRequest {
    const NAME: &'static str = "CreateEmbeddingRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut input: Option<CreateEmbeddingRequestInput> = None;
        let mut model: Option<CreateEmbeddingRequestModel> = None;
        let mut encoding_format: Option<CreateEmbeddingRequestEncodingFormat> = None;
        let mut dimensions: Option<i64> = None;
        let mut user: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "input" => 0,
                    "model" => 1,
                    "encoding_format" => 2,
                    "dimensions" => 3,
                    "user" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut input),
                1 => sdk_runtime_types::de::value(&mut map, &mut model),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut encoding_format),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut dimensions),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut user),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            input: sdk_runtime_types::de::required::<_, A::Error>(input, "input")?,
            model: model.unwrap_or_default(),
            encoding_format,
            dimensions,
            user,
        })
    }
}
impl<'de> Deserialize<'de> for CreateEmbeddingRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateEmbeddingRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        input: impl Into<CreateEmbeddingRequestInput>,
        model: impl Into<CreateEmbeddingRequestModel>,
    ) -> Self {
        Self {
            input: input.into(),
            model: model.into(),
            encoding_format: None,
            dimensions: None,
            user: None,
        }
    }
    /// Sets `encoding_format`.
    pub fn encoding_format(
        mut self,
        value: impl Into<CreateEmbeddingRequestEncodingFormat>,
    ) -> Self {
        self.encoding_format = Some(value.into());
        self
    }
    /// Sets `dimensions`.
    pub fn dimensions(mut self, value: impl Into<i64>) -> Self {
        self.dimensions = Some(value.into());
        self
    }
    /// Sets `user`.
    pub fn user(mut self, value: impl Into<String>) -> Self {
        self.user = Some(value.into());
        self
    }
}
/// Input text to embed, encoded as a string or array of tokens. To embed multiple inputs in a single request, pass an array of strings or array of token arrays. The input must not exceed the max input tokens for the model (8192 tokens for all embedding models), cannot be an empty string, and any array must be 2048 dimensions or less. [Example Python code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens. In addition to the per-input token limit, all embedding  models enforce a maximum of 300,000 tokens summed across all inputs in a  single request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CreateEmbeddingRequestInput {
    StringList(Vec<String>),
    IntegerList(Vec<i64>),
    IntegerListList(Vec<Vec<i64>>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<Vec<String>> for CreateEmbeddingRequestInput {
    fn from(value: Vec<String>) -> Self {
        Self::StringList(value)
    }
}
impl From<Vec<i64>> for CreateEmbeddingRequestInput {
    fn from(value: Vec<i64>) -> Self {
        Self::IntegerList(value)
    }
}
impl From<Vec<Vec<i64>>> for CreateEmbeddingRequestInput {
    fn from(value: Vec<Vec<i64>>) -> Self {
        Self::IntegerListList(value)
    }
}
impl From<String> for CreateEmbeddingRequestInput {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
impl From<&str> for CreateEmbeddingRequestInput {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
/// ID of the model to use. You can use the [List models](https://platform.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://platform.openai.com/docs/models) for descriptions of them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreateEmbeddingRequestModel {
    /// `text-embedding-ada-002`
    TextEmbeddingAda002,
    /// `text-embedding-3-small`
    TextEmbedding3Small,
    /// `text-embedding-3-large`
    TextEmbedding3Large,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl CreateEmbeddingRequestModel {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::TextEmbeddingAda002 => "text-embedding-ada-002",
            Self::TextEmbedding3Small => "text-embedding-3-small",
            Self::TextEmbedding3Large => "text-embedding-3-large",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "text-embedding-ada-002" => Self::TextEmbeddingAda002,
            "text-embedding-3-small" => Self::TextEmbedding3Small,
            "text-embedding-3-large" => Self::TextEmbedding3Large,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for CreateEmbeddingRequestModel {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for CreateEmbeddingRequestModel {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for CreateEmbeddingRequestModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for CreateEmbeddingRequestModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for CreateEmbeddingRequestModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for CreateEmbeddingRequestModel {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// The format to return the embeddings in. Can be either `float` or [`base64`](https://pypi.org/project/pybase64/).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CreateEmbeddingRequestEncodingFormat {
    /// `float`
    #[default]
    Float,
    /// `base64`
    Base64,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl CreateEmbeddingRequestEncodingFormat {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Float => "float",
            Self::Base64 => "base64",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "float" => Self::Float,
            "base64" => Self::Base64,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for CreateEmbeddingRequestEncodingFormat {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for CreateEmbeddingRequestEncodingFormat {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for CreateEmbeddingRequestEncodingFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for CreateEmbeddingRequestEncodingFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for CreateEmbeddingRequestEncodingFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CreateEmbeddingResponse {
    /// The list of embeddings generated by the model.
    pub data: Vec<Embedding>,
    /// The name of the model used to generate the embedding.
    pub model: String,
    /// The object type, which is always "list".
    pub object: ListLiteral,
    /// The usage information for the request.
    pub usage: CreateEmbeddingResponseUsage,
}
impl sdk_runtime_types::de::Object for CreateEmbeddingResponse {
    const NAME: &'static str = "CreateEmbeddingResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut data: Option<Vec<Embedding>> = None;
        let mut model: Option<String> = None;
        let mut object: Option<ListLiteral> = None;
        let mut usage: Option<CreateEmbeddingResponseUsage> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "data" => 0,
                    "model" => 1,
                    "object" => 2,
                    "usage" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut data),
                1 => sdk_runtime_types::de::value(&mut map, &mut model),
                2 => sdk_runtime_types::de::value(&mut map, &mut object),
                3 => sdk_runtime_types::de::value(&mut map, &mut usage),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            data: data.unwrap_or_default(),
            model: model.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            usage: usage.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for CreateEmbeddingResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateEmbeddingResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        data: impl Into<Vec<Embedding>>,
        model: impl Into<String>,
        usage: impl Into<CreateEmbeddingResponseUsage>,
    ) -> Self {
        Self {
            data: data.into(),
            model: model.into(),
            object: Default::default(),
            usage: usage.into(),
        }
    }
}
/// Represents an embedding vector returned by embedding endpoint.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct Embedding {
    /// The index of the embedding in the list of embeddings.
    pub index: i64,
    /// The embedding vector, which is a list of floats. The length of vector depends on the model as listed in the [embedding guide](https://platform.openai.com/docs/guides/embeddings).
    pub embedding: Vec<f32>,
    /// The object type, which is always "embedding".
    pub object: EmbeddingLiteral,
}
impl sdk_runtime_types::de::Object for Embedding {
    const NAME: &'static str = "Embedding";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut index: Option<i64> = None;
        let mut embedding: Option<Vec<f32>> = None;
        let mut object: Option<EmbeddingLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "index" => 0,
                    "embedding" => 1,
                    "object" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut index),
                1 => sdk_runtime_types::de::value(&mut map, &mut embedding),
                2 => sdk_runtime_types::de::value(&mut map, &mut object),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            index: index.unwrap_or_default(),
            embedding: embedding.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
        })
    }
}
impl<'de> Deserialize<'de> for Embedding {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl Embedding {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(index: impl Into<i64>, embedding: impl Into<Vec<f32>>) -> Self {
        Self {
            index: index.into(),
            embedding: embedding.into(),
            object: Default::default(),
        }
    }
}
/// The constant `embedding`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum EmbeddingLiteral {
    /// `embedding`
    #[default]
    Embedding,
}
impl EmbeddingLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "embedding"
    }
}
impl std::fmt::Display for EmbeddingLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EmbeddingLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("embedding")
    }
}
impl<'de> Deserialize<'de> for EmbeddingLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "embedding")
            .map(|()| Self::Embedding)
    }
}
/// The usage information for the request.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CreateEmbeddingResponseUsage {
    /// The number of tokens used by the prompt.
    pub prompt_tokens: i64,
    /// The total number of tokens used by the request.
    pub total_tokens: i64,
}
impl sdk_runtime_types::de::Object for CreateEmbeddingResponseUsage {
    const NAME: &'static str = "CreateEmbeddingResponseUsage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut prompt_tokens: Option<i64> = None;
        let mut total_tokens: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "prompt_tokens" => 0,
                    "total_tokens" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut prompt_tokens),
                1 => sdk_runtime_types::de::value(&mut map, &mut total_tokens),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            prompt_tokens: prompt_tokens.unwrap_or_default(),
            total_tokens: total_tokens.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for CreateEmbeddingResponseUsage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateEmbeddingResponseUsage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(prompt_tokens: impl Into<i64>, total_tokens: impl Into<i64>) -> Self {
        Self {
            prompt_tokens: prompt_tokens.into(),
            total_tokens: total_tokens.into(),
        }
    }
}
