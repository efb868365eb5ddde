//! Types of the `models` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, deleted, object))]
#[non_exhaustive]
pub struct DeleteModelResponse {
    #[api(default)]
    pub id: String,
    #[api(default)]
    pub deleted: bool,
    #[api(default)]
    pub object: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data))]
#[non_exhaustive]
pub struct ListModelsResponse {
    #[api(constant)]
    pub object: ListLiteral,
    #[api(default)]
    pub data: Vec<Model>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Describes an OpenAI model offering that can be used with the API.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, created, owned_by))]
#[non_exhaustive]
pub struct Model {
    /// The model identifier, which can be referenced in the API endpoints.
    #[api(default)]
    pub id: String,
    /// The Unix timestamp (in seconds) when the model was created.
    #[api(default)]
    pub created: i64,
    /// The object type, which is always "model".
    #[api(constant)]
    pub object: ModelLiteral,
    /// The organization that owns the model.
    #[api(default)]
    pub owned_by: String,
    /// The date when the model will shut down, or null if not announced.
    pub shutdown_date: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `model`.
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
pub enum ModelLiteral {
    /// `model`
    #[default]
    Model,
}
