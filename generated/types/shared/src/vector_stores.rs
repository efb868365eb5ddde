//! Types of the `vector-stores` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
#[cfg(
    any(
        feature = "conversations",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
/// Set of 16 key-value pairs that can be attached to an object. This can be
/// useful for storing additional information about the object in a structured
/// format, and querying for objects via API or the dashboard. Keys are strings
/// with a maximum length of 64 characters. Values are strings with a maximum
/// length of 512 characters, booleans, or numbers.
pub type VectorStoreFileAttributes = std::collections::BTreeMap<
    String,
    VectorStoreFileAttributesValue,
>;
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum VectorStoreFileAttributesValue {
    Number(f64),
    Bool(bool),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
