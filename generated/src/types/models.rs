//! Types of the `models` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeleteModelResponse {
    pub id: String,
    pub deleted: bool,
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListModelsResponse {
    pub object: ListLiteral,
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Model {
    /// The model identifier, which can be referenced in the API endpoints.
    pub id: String,
    /// The Unix timestamp (in seconds) when the model was created.
    pub created: i64,
    /// The object type, which is always "model".
    pub object: ModelLiteral,
    /// The organization that owns the model.
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ModelLiteral {
    /// `model`
    #[default]
    Model,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl ModelLiteral {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Model => "model",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "model" => Self::Model,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for ModelLiteral {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for ModelLiteral {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for ModelLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ModelLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ModelLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
