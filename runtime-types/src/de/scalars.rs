//! Scalars: string enums that keep values they do not know, constants
//! (single-value enums), and strings that arrive as numbers.

use serde::de::{Deserializer, Visitor};
use serde_json::Value;
use std::fmt;

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

/// A constant: a single-value enum (`"object": "chat.completion"`), which
/// takes no room. It decodes only its value, so that it tells the variants
/// of a union apart; decoded through the runtime, another value
/// (`"object": ""` from a compatible server) is set aside into the
/// struct's `extra` under the field's name (see [`ASIDE`](super::ASIDE)),
/// and a missing one reads as the constant.
pub trait Constant: Default {
    /// The value the API documents.
    const VALUE: &'static str;
}

/// Accepts exactly the string `expected` (a [`Constant`]).
pub fn constant<'de, D>(deserializer: D, expected: &'static str) -> Result<(), D::Error>
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
