//! [`Vector`]: a vector of `f32` that an API sends either as a JSON array
//! of numbers or as base64 of its little-endian bytes (about a quarter of
//! the size on the wire). Both decode to the same value.

use std::fmt;
use std::ops::{Deref, DerefMut};

use base64::Engine as _;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// A vector of `f32`, decoded from a JSON array of numbers or from base64
/// of little-endian `f32`s; it reads as a `[f32]` and is sent as an array.
///
/// ```
/// use sdk_runtime_types::Vector;
/// let from_array: Vector = serde_json::from_str("[1.0, -2.5]").unwrap();
/// // 1.0 and -2.5 as little-endian f32, in base64.
/// let from_base64: Vector = serde_json::from_str("\"AACAPwAAIMA=\"").unwrap();
/// assert_eq!(from_array, from_base64);
/// assert_eq!(from_array.len(), 2);
/// assert_eq!(from_array[1], -2.5);
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Vector(pub Vec<f32>);

impl Vector {
    /// The values.
    pub fn into_vec(self) -> Vec<f32> {
        self.0
    }
}

impl Deref for Vector {
    type Target = Vec<f32>;
    fn deref(&self) -> &Vec<f32> {
        &self.0
    }
}

impl DerefMut for Vector {
    fn deref_mut(&mut self) -> &mut Vec<f32> {
        &mut self.0
    }
}

impl From<Vec<f32>> for Vector {
    fn from(values: Vec<f32>) -> Self {
        Self(values)
    }
}

impl From<Vector> for Vec<f32> {
    fn from(vector: Vector) -> Self {
        vector.0
    }
}

impl<'a> IntoIterator for &'a Vector {
    type Item = &'a f32;
    type IntoIter = std::slice::Iter<'a, f32>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl IntoIterator for Vector {
    type Item = f32;
    type IntoIter = std::vec::IntoIter<f32>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl Serialize for Vector {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Vector {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(VectorVisitor)
    }
}

struct VectorVisitor;

impl<'de> Visitor<'de> for VectorVisitor {
    type Value = Vector;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of numbers or a base64 string of little-endian f32 values")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vector, A::Error> {
        let mut values = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(value) = seq.next_element::<f32>()? {
            values.push(value);
        }
        Ok(Vector(values))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Vector, E> {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(text)
            .map_err(|e| E::custom(format_args!("a vector in base64: {e}")))?;
        if bytes.len() % 4 != 0 {
            return Err(E::custom(format_args!(
                "a vector in base64 of {} bytes, not a whole number of f32 values",
                bytes.len()
            )));
        }
        Ok(Vector(
            bytes
                .chunks_exact(4)
                .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                .collect(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_and_arrays_decode_alike_and_bad_input_says_why() {
        let values = [0.25f32, -1.0, 3.5e-8];
        let bytes: Vec<u8> = values.iter().flat_map(|v| v.to_le_bytes()).collect();
        let text = base64::engine::general_purpose::STANDARD.encode(bytes);
        let decoded: Vector = serde_json::from_value(serde_json::json!(text)).unwrap();
        assert_eq!(decoded.0, values);
        let array: Vector = serde_json::from_value(serde_json::json!(values)).unwrap();
        assert_eq!(array, decoded);
        assert_eq!(
            serde_json::to_value(&array).unwrap(),
            serde_json::json!(values)
        );
        let odd = serde_json::from_str::<Vector>("\"AAA=\"")
            .unwrap_err()
            .to_string();
        assert!(odd.contains("2 bytes"), "{odd}");
        let bad = serde_json::from_str::<Vector>("\"!!\"")
            .unwrap_err()
            .to_string();
        assert!(bad.contains("base64"), "{bad}");
        let wrong = serde_json::from_str::<Vector>("{}")
            .unwrap_err()
            .to_string();
        assert!(
            wrong.contains("array of numbers or a base64 string"),
            "{wrong}"
        );
    }
}
