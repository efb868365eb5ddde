//! Decoding helpers: JSON bodies with a precise error (path and excerpt), and
//! the small serde building blocks that generated types call.

use serde::de::{DeserializeOwned, Deserializer, Visitor};
use serde_json::Value;
use std::fmt;

use crate::error::{DecodeError, Error, excerpt};

/// Decodes a JSON body. On failure the error names the type, the JSON path
/// and an excerpt of the body; the path is computed only on that slow path,
/// so successful decoding pays nothing for it.
pub fn json<T: DeserializeOwned>(body: &[u8]) -> Result<T, Error> {
    serde_json::from_slice(body).map_err(|source| decode_error::<T>(body, source))
}

fn decode_error<T: DeserializeOwned>(body: &[u8], source: serde_json::Error) -> Error {
    let mut de = serde_json::Deserializer::from_slice(body);
    let path = match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Err(e) => e.path().to_string(),
        Ok(_) => ".".to_owned(),
    };
    let offset = byte_offset(body, source.line(), source.column());
    Error::Decode(Box::new(DecodeError {
        what: short_type_name::<T>(),
        path,
        excerpt: excerpt(body, offset, 120),
        source,
    }))
}

/// The byte offset of a 1-based line and column.
fn byte_offset(body: &[u8], line: usize, column: usize) -> usize {
    let mut current = 1;
    let mut start = 0;
    for (i, b) in body.iter().enumerate() {
        if current == line {
            break;
        }
        if *b == b'\n' {
            current += 1;
            start = i + 1;
        }
    }
    (start + column.saturating_sub(1)).min(body.len())
}

fn short_type_name<T>() -> String {
    let full = std::any::type_name::<T>();
    // Keep generics readable: strip module paths from each segment.
    let mut out = String::with_capacity(full.len());
    for part in full.split_inclusive(['<', '>', ',', ' ']) {
        let (name, sep) = match part.char_indices().last() {
            Some((i, c)) if "<>, ".contains(c) => (&part[..i], &part[i..]),
            _ => (part, ""),
        };
        out.push_str(name.rsplit("::").next().unwrap_or(name));
        out.push_str(sep);
    }
    out
}

/// Deserializes a string-valued enum through `from_wire`, borrowing the
/// string when the input allows it. Generated enums keep unknown values in a
/// catch-all variant, so this never fails on a new value.
pub fn string_enum<'de, D, T>(deserializer: D, from_wire: fn(&str) -> T) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    struct StrVisitor<T>(fn(&str) -> T);
    impl<T> Visitor<'_> for StrVisitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
            Ok((self.0)(v))
        }
    }
    deserializer.deserialize_str(StrVisitor(from_wire))
}

/// Accepts exactly the string `expected` (constant, single-valued enums).
pub fn literal<'de, D>(deserializer: D, expected: &'static str) -> Result<(), D::Error>
where
    D: Deserializer<'de>,
{
    struct Literal(&'static str);
    impl Visitor<'_> for Literal {
        type Value = ();
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "the string {:?}", self.0)
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<(), E> {
            if v == self.0 {
                Ok(())
            } else {
                Err(E::invalid_value(serde::de::Unexpected::Str(v), &self))
            }
        }
    }
    deserializer.deserialize_str(Literal(expected))
}

/// Reads a tagged union's body as a JSON value and returns the value of its
/// tag property alongside it. Generated unions then decode the variant that
/// the tag names, or keep the raw value for a tag they do not know.
pub fn tagged<'de, D>(deserializer: D, tag: &str) -> Result<(Option<String>, Value), D::Error>
where
    D: Deserializer<'de>,
{
    let value = <Value as serde::Deserialize>::deserialize(deserializer)?;
    let tag = match &value {
        Value::Object(map) => map.get(tag).and_then(Value::as_str).map(str::to_owned),
        _ => None,
    };
    Ok((tag, value))
}

/// Decodes one variant of a tagged union from its value, mapping the error
/// into the outer deserializer's error type.
pub fn variant<T: DeserializeOwned, E: serde::de::Error>(value: Value) -> Result<T, E> {
    T::deserialize(value).map_err(E::custom)
}

/// Accepts a string, a number or a boolean as an optional string (error
/// objects use both string and integer codes).
pub fn lenient_string<'de, D>(deserializer: D) -> Result<Option<String>, D::Error>
where
    D: Deserializer<'de>,
{
    Ok(
        match <Value as serde::Deserialize>::deserialize(deserializer)? {
            Value::Null => None,
            Value::String(s) => Some(s),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            other => Some(other.to_string()),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Inner {
        role: String,
    }
    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Outer {
        items: Vec<Inner>,
    }

    #[test]
    fn decode_error_names_path_and_excerpt() {
        let body = br#"{"items":[{"role":"a"},{"role":7}]}"#;
        let err = json::<Outer>(body).unwrap_err();
        let Error::Decode(d) = err else {
            panic!("expected decode error")
        };
        assert_eq!(d.path, "items[1].role");
        assert_eq!(d.what, "Outer");
        assert!(d.excerpt.contains("\"role\":7"), "{}", d.excerpt);
    }

    #[test]
    fn tagged_reads_tag() {
        let mut de = serde_json::Deserializer::from_str(r#"{"type":"x","a":1}"#);
        let (tag, value) = tagged(&mut de, "type").unwrap();
        assert_eq!(tag.as_deref(), Some("x"));
        assert_eq!(value["a"], 1);
    }
}
