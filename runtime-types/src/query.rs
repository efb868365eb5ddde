//! Query strings: ordered, repeated keys kept, arrays and objects in the
//! bracket style (`key[]=a&key[]=b`, `key[sub]=v`) that OpenAPI's
//! `deepObject`-like encodings and many APIs use.

use serde::Serialize;
use serde_json::Value;

/// How arrays are written in a query string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ArrayFormat {
    /// `key[]=a&key[]=b` (the default).
    #[default]
    Brackets,
    /// `key=a&key=b` (OpenAPI's `form` style with `explode: true`).
    Repeat,
    /// `key=a,b` (OpenAPI's `form` style with `explode: false`).
    Comma,
}

/// An ordered list of query pairs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Query {
    pairs: Vec<(String, String)>,
}

impl Query {
    /// An empty query.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends a raw pair (repeated keys are kept in order).
    pub fn push_raw(&mut self, key: impl Into<String>, value: impl Into<String>) {
        self.pairs.push((key.into(), value.into()));
    }

    /// Appends a value of any serializable type: scalars as text, arrays in
    /// `format`, objects as `key[sub]=v`; `null` is skipped.
    pub fn push<T: Serialize + ?Sized>(&mut self, key: &str, value: &T, format: ArrayFormat) {
        match serde_json::to_value(value) {
            Ok(v) => self.push_value(key, &v, format),
            // Serialization of generated types cannot fail; keep a trace.
            Err(e) => tracing::warn!(key, error = %e, "query value not serializable"),
        }
    }

    fn push_value(&mut self, key: &str, value: &Value, format: ArrayFormat) {
        match value {
            Value::Null => {}
            Value::Array(items) => match format {
                ArrayFormat::Brackets => {
                    let k = format!("{key}[]");
                    for item in items {
                        self.push_value(&k, item, format);
                    }
                }
                ArrayFormat::Repeat => {
                    for item in items {
                        self.push_value(key, item, format);
                    }
                }
                ArrayFormat::Comma => {
                    let joined: Vec<String> = items.iter().filter_map(scalar_text).collect();
                    self.push_raw(key, joined.join(","));
                }
            },
            Value::Object(map) => {
                for (sub, v) in map {
                    self.push_value(&format!("{key}[{sub}]"), v, format);
                }
            }
            scalar => {
                if let Some(text) = scalar_text(scalar) {
                    self.push_raw(key, text);
                }
            }
        }
    }

    /// Replaces every pair with `key` by one pair (pagination cursors).
    pub fn set(&mut self, key: &str, value: impl Into<String>) {
        self.pairs.retain(|(k, _)| k != key);
        self.pairs.push((key.to_owned(), value.into()));
    }

    /// The pairs, in order.
    pub fn pairs(&self) -> &[(String, String)] {
        &self.pairs
    }

    /// Appends all pairs of `other`.
    pub fn extend(&mut self, other: &Query) {
        self.pairs.extend(other.pairs.iter().cloned());
    }

    /// True when there are no pairs.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }
}

/// The text of a scalar JSON value.
pub fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Null => None,
        other => Some(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrays_objects_and_repeats() {
        let mut q = Query::new();
        q.push("include", &["a", "b"], ArrayFormat::Brackets);
        q.push("limit", &10, ArrayFormat::Brackets);
        q.push("skip", &Option::<u8>::None, ArrayFormat::Brackets);
        q.push(
            "meta",
            &serde_json::json!({"k": "v"}),
            ArrayFormat::Brackets,
        );
        q.push("ids", &["x", "y"], ArrayFormat::Repeat);
        let pairs: Vec<String> = q.pairs().iter().map(|(k, v)| format!("{k}={v}")).collect();
        assert_eq!(
            pairs,
            [
                "include[]=a",
                "include[]=b",
                "limit=10",
                "meta[k]=v",
                "ids=x",
                "ids=y"
            ]
        );
        q.set("limit", "5");
        assert_eq!(q.pairs().last().unwrap(), &("limit".into(), "5".into()));
    }
}
