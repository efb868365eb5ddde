//! Types of the `models` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct DeleteModelResponse {
    pub id: String,
    pub deleted: bool,
    pub object: String,
}
impl sdk_runtime_types::de::Object for DeleteModelResponse {
    const NAME: &'static str = "DeleteModelResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut deleted: Option<bool> = None;
        let mut object: Option<String> = None;
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
            object: object.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for DeleteModelResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl DeleteModelResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ListModelsResponse {
    pub object: ListLiteral,
    pub data: Vec<Model>,
}
impl sdk_runtime_types::de::Object for ListModelsResponse {
    const NAME: &'static str = "ListModelsResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<Model>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ListModelsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ListModelsResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Vec<Model>>) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
        }
    }
}
/// Describes an OpenAI model offering that can be used with the API.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
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
impl sdk_runtime_types::de::Object for Model {
    const NAME: &'static str = "Model";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut created: Option<i64> = None;
        let mut object: Option<ModelLiteral> = None;
        let mut owned_by: Option<String> = None;
        let mut shutdown_date: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "created" => 1,
                    "object" => 2,
                    "owned_by" => 3,
                    "shutdown_date" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut created),
                2 => sdk_runtime_types::de::value(&mut map, &mut object),
                3 => sdk_runtime_types::de::value(&mut map, &mut owned_by),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut shutdown_date),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            created: created.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            owned_by: owned_by.unwrap_or_default(),
            shutdown_date,
        })
    }
}
impl<'de> Deserialize<'de> for Model {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl Model {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
    #[inline]
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
        sdk_runtime_types::de::literal(deserializer, "model").map(|()| Self::Model)
    }
}
