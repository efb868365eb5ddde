//! Types of the `models` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteModelResponse {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub deleted: bool,
    #[serde(default)]
    pub object: String,
}
impl DeleteModelResponse {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        deleted: impl Into<bool>,
        object: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            deleted: deleted.into(),
            object: object.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListModelsResponse {
    pub object: ListLiteral,
    #[serde(default)]
    pub data: Vec<Model>,
}
impl ListModelsResponse {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(data: impl Into<Vec<Model>>) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
        }
    }
}
/// Describes an OpenAI model offering that can be used with the API.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Model {
    /// The model identifier, which can be referenced in the API endpoints.
    #[serde(default)]
    pub id: String,
    /// The Unix timestamp (in seconds) when the model was created.
    #[serde(default)]
    pub created: i64,
    /// The object type, which is always "model".
    pub object: ModelLiteral,
    /// The organization that owns the model.
    #[serde(default)]
    pub owned_by: String,
    /// The date when the model will shut down, or null if not announced.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shutdown_date: Option<String>,
}
impl Model {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        created: impl Into<i64>,
        owned_by: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            created: created.into(),
            object: Default::default(),
            owned_by: owned_by.into(),
            shutdown_date: None,
        }
    }
    /// Sets `shutdown_date`.
    pub fn shutdown_date(mut self, value: impl Into<String>) -> Self {
        self.shutdown_date = Some(value.into());
        self
    }
}
/// The constant `model`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ModelLiteral {
    /// `model`
    #[default]
    Model,
}
impl ModelLiteral {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &'static str {
        "model"
    }
}
impl std::fmt::Display for ModelLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ModelLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("model")
    }
}
impl<'de> Deserialize<'de> for ModelLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::literal(deserializer, "model").map(|()| Self::Model)
    }
}
