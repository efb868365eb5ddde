//! Free-standing schemas (feature `extra-types`).
#[allow(unused_imports)]
use super::*;
/// A free-standing note (no operation uses it).
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum Note {
    StringList(Vec<String>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
