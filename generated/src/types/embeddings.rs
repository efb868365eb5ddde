//! Types of the `embeddings` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreateEmbeddingRequest {
    /// Input text to embed, encoded as a string or array of tokens. To embed multiple inputs in a single request, pass an array of strings or array of token arrays. The input must not exceed the max input tokens for the model (8192 tokens for all embedding models), cannot be an empty string, and any array must be 2048 dimensions or less. [Example Python code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens. In addition to the per-input token limit, all embedding  models enforce a maximum of 300,000 tokens summed across all inputs in a  single request.
    pub input: CreateEmbeddingRequestInput,
    /// ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them.
    #[serde(default)]
    pub model: CreateEmbeddingRequestModel,
    /// The format to return the embeddings in. Can be either `float` or [`base64`](https://pypi.org/project/pybase64/).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encoding_format: Option<CreateEmbeddingRequestEncodingFormat>,
    /// The number of dimensions the resulting output embeddings should have. Only supported in `text-embedding-3` and later models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<i64>,
    /// A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
}
impl CreateEmbeddingRequest {
    /// A value with the required fields set and the optional ones unset.
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
/// ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them.
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
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
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
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateEmbeddingResponse {
    /// The list of embeddings generated by the model.
    #[serde(default)]
    pub data: Vec<Embedding>,
    /// The name of the model used to generate the embedding.
    #[serde(default)]
    pub model: String,
    /// The object type, which is always "list".
    pub object: ListLiteral,
    /// The usage information for the request.
    #[serde(default)]
    pub usage: CreateEmbeddingResponseUsage,
}
impl CreateEmbeddingResponse {
    /// A value with the required fields set and the optional ones unset.
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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Embedding {
    /// The index of the embedding in the list of embeddings.
    #[serde(default)]
    pub index: i64,
    /// The embedding vector, which is a list of floats. The length of vector depends on the model as listed in the [embedding guide](/docs/guides/embeddings).
    #[serde(default)]
    pub embedding: Vec<f32>,
    /// The object type, which is always "embedding".
    pub object: EmbeddingLiteral,
}
impl Embedding {
    /// A value with the required fields set and the optional ones unset.
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
        sdk_runtime::de::literal(deserializer, "embedding").map(|()| Self::Embedding)
    }
}
/// The usage information for the request.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateEmbeddingResponseUsage {
    /// The number of tokens used by the prompt.
    #[serde(default)]
    pub prompt_tokens: i64,
    /// The total number of tokens used by the request.
    #[serde(default)]
    pub total_tokens: i64,
}
impl CreateEmbeddingResponseUsage {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(prompt_tokens: impl Into<i64>, total_tokens: impl Into<i64>) -> Self {
        Self {
            prompt_tokens: prompt_tokens.into(),
            total_tokens: total_tokens.into(),
        }
    }
}
