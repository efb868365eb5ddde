//! Types of the `threads` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(message, type_))]
#[non_exhaustive]
pub struct ErrorType {
    #[api(nullable)]
    pub code: Option<String>,
    #[api(default)]
    pub message: String,
    #[api(nullable)]
    pub param: Option<String>,
    #[api(rename = "type", default)]
    pub type_: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ModifyRunRequest {
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
