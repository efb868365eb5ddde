//! Types of the `batches` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
#[cfg(
    any(
        feature = "batches",
        feature = "beta",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A detailed breakdown of the output tokens.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(reasoning_tokens))]
#[non_exhaustive]
pub struct BatchUsageOutputTokensDetails {
    /// The number of reasoning tokens.
    #[api(default)]
    pub reasoning_tokens: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(
    any(
        feature = "batches",
        feature = "chatkit",
        feature = "files",
        feature = "realtime",
        feature = "uploads"
    )
)]
/// The constant `created_at`.
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
pub enum CreatedAtLiteral {
    /// `created_at`
    #[default]
    CreatedAt,
}
