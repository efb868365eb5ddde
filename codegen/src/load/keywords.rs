//! Reading one object's keywords by name, the same way for every view of
//! the document ([`super::Schema`], [`super::objects`]): a text is trimmed
//! and never empty, a flag is `true` only when written so, a missing list
//! is empty.

use serde_json::{Map, Value};

/// The keywords of one JSON object (or of any value standing where one
/// should be: then it has none).
#[derive(Debug, Clone, Copy)]
pub(super) struct Keywords<'a>(pub(super) &'a Value);

impl<'a> Keywords<'a> {
    /// The value underneath.
    pub(super) fn value(self) -> &'a Value {
        self.0
    }

    pub(super) fn get(self, key: &str) -> Option<&'a Value> {
        self.0.get(key)
    }

    pub(super) fn str(self, key: &str) -> Option<&'a str> {
        self.get(key).and_then(Value::as_str)
    }

    /// A text, trimmed, when not empty.
    pub(super) fn text(self, key: &str) -> Option<&'a str> {
        self.str(key).map(str::trim).filter(|t| !t.is_empty())
    }

    pub(super) fn number(self, key: &str) -> Option<f64> {
        self.get(key).and_then(Value::as_f64)
    }

    pub(super) fn count(self, key: &str) -> Option<u64> {
        self.get(key).and_then(Value::as_u64)
    }

    /// `true` only when written `true`.
    pub(super) fn flag(self, key: &str) -> bool {
        self.get(key) == Some(&Value::Bool(true))
    }

    pub(super) fn map(self, key: &str) -> Option<&'a Map<String, Value>> {
        self.get(key).and_then(Value::as_object)
    }

    /// A list (empty when missing).
    pub(super) fn list(self, key: &str) -> &'a [Value] {
        self.get(key)
            .and_then(Value::as_array)
            .map_or(&[], Vec::as_slice)
    }

    /// The keys of a map (none when missing).
    pub(super) fn keys(self, key: &str) -> Vec<String> {
        self.map(key)
            .into_iter()
            .flat_map(|m| m.keys().cloned())
            .collect()
    }
}
