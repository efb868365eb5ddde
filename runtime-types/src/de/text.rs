//! JSON text, the one input every generated decoder is compiled for.
//!
//! The runtime decodes bodies with `serde_json`'s reader of `&str`
//! ([`from_text`]). A union that must look at a value more than once (an
//! untagged union trying its variants, a tagged union whose tag comes after
//! other properties) writes that value back as JSON text ([`Entries`],
//! [`to_text`]) and decodes its variant from the text with the same reader.
//! Its variants then use the decoders the rest of the answer uses: no second
//! copy of them is compiled for another input (such as `&Value`), which
//! would double what a program that decodes an answer has to compile.

use serde::de::{DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// `T` decoded from JSON text with `serde_json`'s reader of `&str`, the
/// whole text and nothing after it.
pub fn from_text<T: DeserializeOwned>(text: &str) -> Result<T, serde_json::Error> {
    // Not `serde_json::from_str`: a decoded value can be large, and each
    // layer it passes through copies it.
    let mut de = serde_json::Deserializer::from_str(text);
    T::deserialize(&mut de).and_then(|value| de.end().map(|()| value))
}

/// The value `deserializer` holds, written as JSON text.
pub fn to_text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    let mut out = Vec::with_capacity(64);
    Write::new(&mut out).deserialize(deserializer)?;
    utf8(out)
}

/// An error raised decoding a union's text, for the input the union read:
/// the message without the position in that text, so that the input gives
/// its own position.
pub(crate) fn relay<E: serde::de::Error>(error: serde_json::Error) -> E {
    let message = error.to_string();
    let at = format!(" at line {} column {}", error.line(), error.column());
    E::custom(message.strip_suffix(&at).unwrap_or(&message))
}

fn utf8<E: serde::de::Error>(out: Vec<u8>) -> Result<String, E> {
    // Only `&str`s and ASCII were written.
    String::from_utf8(out).map_err(|_| E::custom("a value written as JSON is not UTF-8"))
}

/// The properties of an object, written as JSON text one by one into
/// the text of the object (its opening brace first, written with the
/// first property: a union whose tag comes first allocates nothing).
#[derive(Default)]
pub(crate) struct Entries(Vec<u8>);

impl Entries {
    /// Whether no property is written yet.
    pub(crate) fn is_empty(&self) -> bool {
        self.0.len() <= 1
    }

    /// The buffer, with the opening brace.
    fn open(&mut self) -> &mut Vec<u8> {
        open(&mut self.0)
    }

    /// Writes the property `key` with `value`.
    pub(crate) fn push<T: serde::Serialize + ?Sized>(&mut self, key: &str, value: &T) {
        let comma = !self.is_empty();
        let out = self.open();
        key_text(out, comma, key);
        json(out, value);
    }

    /// Writes the property `key` with the string `value` in front of the
    /// properties written so far.
    pub(crate) fn push_first(&mut self, key: &str, value: &str) {
        let mut first = Vec::with_capacity(key.len() + value.len() + 8);
        key_text(&mut first, false, key);
        json(&mut first, value);
        if !self.is_empty() {
            first.push(b',');
        }
        // Shift what follows the brace and copy the property in front.
        let out = self.open();
        let (len, n) = (out.len(), first.len());
        out.resize(len + n, 0);
        out.copy_within(1..len, 1 + n);
        out[1..=n].copy_from_slice(&first);
    }

    /// Reads a property of `map` and writes it, unless its key is `tag`:
    /// then only the key is read, and the answer is `Some(true)`.
    pub(crate) fn next<'de, A: MapAccess<'de>>(
        &mut self,
        map: &mut A,
        tag: &'static str,
    ) -> Result<Option<bool>, A::Error> {
        let comma = !self.is_empty();
        let key = map.next_key_seed(Key {
            out: &mut self.0,
            comma,
            tag: Some(tag),
        })?;
        if key == Some(false) {
            map.next_value_seed(Write::new(&mut self.0))?;
        }
        Ok(key)
    }

    /// Reads the rest of `map` and writes it.
    pub(crate) fn rest<'de, A: MapAccess<'de>>(&mut self, map: A) -> Result<(), A::Error> {
        let comma = !self.is_empty();
        entries(self.open(), comma, map)
    }

    /// The object of these properties, as JSON text.
    pub(crate) fn object<E: serde::de::Error>(mut self) -> Result<String, E> {
        self.open().push(b'}');
        utf8(self.0)
    }
}

/// Reads the properties left in `map` and writes them, the first after a
/// comma when `comma` is set.
fn entries<'de, A: MapAccess<'de>>(
    out: &mut Vec<u8>,
    mut comma: bool,
    mut map: A,
) -> Result<(), A::Error> {
    while map
        .next_key_seed(Key {
            out,
            comma,
            tag: None,
        })?
        .is_some()
    {
        map.next_value_seed(Write::new(out))?;
        comma = true;
    }
    Ok(())
}

/// Appends `value` as JSON (a write into a `Vec` cannot fail, and these
/// values serialize without error).
fn json<T: serde::Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) {
    let _ = serde_json::to_writer(out, value);
}

/// `out`, with the opening brace of an object written into it if it is
/// empty.
fn open(out: &mut Vec<u8>) -> &mut Vec<u8> {
    if out.is_empty() {
        // Room for a small object, so that most need no second allocation.
        out.reserve(256);
        out.push(b'{');
    }
    out
}

/// Appends `key` and its colon, after a comma when `comma` is set.
fn key_text(out: &mut Vec<u8>, comma: bool, key: &str) {
    if comma {
        out.push(b',');
    }
    json(out, key);
    out.push(b':');
}

/// Reads an object's key and writes it (see [`key_text`]; into an object
/// opened first if `out` is empty), unless it is the tag looked for: then
/// the answer is `true` and nothing is written.
struct Key<'a> {
    out: &'a mut Vec<u8>,
    comma: bool,
    tag: Option<&'static str>,
}

impl<'de> DeserializeSeed<'de> for Key<'_> {
    type Value = bool;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl Visitor<'_> for Key<'_> {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a property name")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<bool, E> {
        if self.tag == Some(v) {
            return Ok(true);
        }
        key_text(open(self.out), self.comma, v);
        Ok(false)
    }
}

/// Reads a value and writes it as JSON, after a comma when `comma` is set
/// (an element after the first).
struct Write<'a> {
    out: &'a mut Vec<u8>,
    comma: bool,
}

impl<'de> DeserializeSeed<'de> for Write<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'a> Write<'a> {
    fn new(out: &'a mut Vec<u8>) -> Self {
        Self { out, comma: false }
    }

    /// The comma, if any, then `value`.
    fn put<T: serde::Serialize + ?Sized, E>(self, value: &T) -> Result<(), E> {
        json(self.start(), value);
        Ok(())
    }

    /// The comma, if any, then `text`.
    fn raw<E>(self, text: &[u8]) -> Result<(), E> {
        self.start().extend_from_slice(text);
        Ok(())
    }

    /// Writes the comma, if any: the buffer to write the value into.
    fn start(self) -> &'a mut Vec<u8> {
        if self.comma {
            self.out.push(b',');
        }
        self.out
    }
}

impl<'de> Visitor<'de> for Write<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<(), E> {
        self.put(&v)
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<(), E> {
        self.put(&v)
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<(), E> {
        self.put(&v)
    }

    fn visit_i128<E: serde::de::Error>(self, v: i128) -> Result<(), E> {
        self.put(&v)
    }

    fn visit_u128<E: serde::de::Error>(self, v: u128) -> Result<(), E> {
        self.put(&v)
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<(), E> {
        self.put(&v)
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<(), E> {
        self.put(v)
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
        self.raw(b"null")
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<(), E> {
        self.raw(b"null")
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        self.visit_some(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let out = self.start();
        out.push(b'[');
        let mut comma = false;
        while seq.next_element_seed(Write { out, comma })?.is_some() {
            comma = true;
        }
        out.push(b']');
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        let out = self.start();
        out.push(b'{');
        entries(out, false, map)?;
        out.push(b'}');
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    #[test]
    fn values_come_back_as_the_same_json_from_text_and_from_values() {
        let text = r#"{"a\"b":[1,-2,2.5,1e300,18446744073709551615,true,null,"é\n"],"c":{},"d":[],"e":{"f":{"g":"h"}}}"#;
        let expected: Value = serde_json::from_str(text).unwrap();
        let mut de = serde_json::Deserializer::from_str(text);
        let written = to_text(&mut de).unwrap();
        assert_eq!(serde_json::from_str::<Value>(&written).unwrap(), expected);
        let from_value = to_text(&expected).unwrap();
        assert_eq!(from_value, written);
        assert_eq!(to_text(json!("plain")).unwrap(), r#""plain""#);
    }

    #[test]
    fn entries_write_an_object_in_the_order_given() {
        let mut entries = Entries::default();
        assert!(entries.is_empty());
        entries.push("url", &json!({"x": [1]}));
        entries.push("n", &2);
        entries.push_first("type", "image");
        let text = entries.object::<serde_json::Error>().unwrap();
        assert_eq!(text, r#"{"type":"image","url":{"x":[1]},"n":2}"#);
        let mut alone = Entries::default();
        alone.push_first("type", "x\"y");
        assert_eq!(
            alone.object::<serde_json::Error>().unwrap(),
            r#"{"type":"x\"y"}"#
        );
        let empty = Entries::default().object::<serde_json::Error>().unwrap();
        assert_eq!(empty, "{}");
    }

    #[test]
    fn relayed_errors_leave_their_position_to_the_outer_input() {
        let inner = from_text::<u32>("\"x\"").unwrap_err();
        assert!(inner.to_string().ends_with("at line 1 column 3"), "{inner}");
        let relayed: serde_json::Error = relay(inner);
        assert_eq!(relayed.line(), 0);
        assert_eq!(
            relayed.to_string(),
            "invalid type: string \"x\", expected u32"
        );
    }
}
