//! Types of the `events` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum Event {
    /// `started`
    #[api(tag = "started")]
    Started(EventStarted),
    /// `progress`
    #[api(tag = "progress")]
    Progress(EventProgress),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// Started
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct EventStarted {
    #[api(rename = "type", constant)]
    pub type_: StartedLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `started`.
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
pub enum StartedLiteral {
    /// `started`
    #[default]
    Started,
}
/// Progress
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(percent))]
#[non_exhaustive]
pub struct EventProgress {
    #[api(rename = "type", constant)]
    pub type_: ProgressLiteral,
    #[api(default)]
    pub percent: f64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `progress`.
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
pub enum ProgressLiteral {
    /// `progress`
    #[default]
    Progress,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct StreamEventsRequest {
    pub stream: Option<bool>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
