//! Free-standing schemas (feature `extra-types`).
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
/// A free-standing note (no operation uses it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Note {
    StringList(Vec<String>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<Vec<String>> for Note {
    fn from(value: Vec<String>) -> Self {
        Self::StringList(value)
    }
}
impl From<String> for Note {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
impl From<&str> for Note {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
