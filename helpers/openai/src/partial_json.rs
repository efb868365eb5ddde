//! JSON that is not complete yet (a structured output while it streams),
//! read as far as it goes: open strings, arrays and objects are closed, a
//! key without its value is left out. The Python SDK reads its stream
//! snapshots the same way, with the same parser (`jiter`).
#![cfg(all(feature = "structured-outputs", feature = "chat"))]

use jiter::{JsonValue, PartialMode};

/// `text` read as JSON although it may stop anywhere; `None` when it is
/// not the start of a JSON value.
pub fn parse(text: &str) -> Option<serde_json::Value> {
    let value =
        JsonValue::parse_with_config(text.as_bytes(), false, PartialMode::TrailingStrings).ok()?;
    Some(to_serde(&value))
}

fn to_serde(value: &JsonValue<'_>) -> serde_json::Value {
    use serde_json::Value;
    match value {
        JsonValue::Null => Value::Null,
        JsonValue::Bool(b) => Value::Bool(*b),
        JsonValue::Int(i) => Value::from(*i),
        JsonValue::Float(f) => serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number),
        JsonValue::Str(s) => Value::String(s.to_string()),
        JsonValue::Array(items) => Value::Array(items.iter().map(to_serde).collect()),
        JsonValue::Object(members) => Value::Object(
            members
                .iter()
                .map(|(k, v)| (k.to_string(), to_serde(v)))
                .collect(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::parse;
    use serde_json::json;

    #[test]
    fn a_cut_off_answer_reads_as_far_as_it_goes() {
        assert_eq!(parse(r#"{"name": "Sci"#), Some(json!({"name": "Sci"})));
        assert_eq!(
            parse(r#"{"name": "Science fair", "participants": ["Alice", "Bo"#),
            Some(json!({"name": "Science fair", "participants": ["Alice", "Bo"]}))
        );
        assert_eq!(parse(r#"{"name": "x", "da"#), Some(json!({"name": "x"})));
        assert_eq!(parse(r#"{"n": 12"#), Some(json!({"n": 12})));
        assert_eq!(
            parse(r#"{"a": {"b": [1, {"c": tr"#),
            Some(json!({"a": {"b": [1, {}]}}))
        );
        assert_eq!(parse(r#"{"done": true}"#), Some(json!({"done": true})));
        assert_eq!(parse(""), None);
        assert_eq!(parse("Hello"), None);
    }
}
