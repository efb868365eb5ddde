//! Tagged unions: a union told apart by a string property (its tag),
//! decoded in one pass wherever the tag is, with a catch-all for values
//! whose tag this version does not know.

use serde::Deserialize;
use serde::de::value::{
    MapAccessDeserializer, SeqAccessDeserializer, StrDeserializer, StringDeserializer,
};
use serde::de::{DeserializeSeed, Deserializer, Error as _, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use std::fmt;
use std::marker::PhantomData;

/// A union told apart by a string property (its tag), implemented by
/// generated code and decoded by [`tagged`].
pub trait TaggedUnion: Sized {
    /// The name of the tag property (often `"type"`).
    const TAG: &'static str;

    /// Decodes the variant that `tag` names from `content`, an object that
    /// still holds every property (the tag included). Gives `content` back
    /// untouched when the tag is not one this version knows.
    fn variant<'de, D: Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D>;

    /// Keeps a value whose tag is unknown or missing.
    fn unknown(value: Value) -> Self;
}

/// Decodes a tagged union in one pass: properties are read until the tag,
/// then the variant it names decodes straight from the input, with the
/// properties before the tag (usually none: most APIs send the tag first)
/// replayed in front. Nothing is buffered as a whole-object
/// [`serde_json::Value`] except for a value the union does not know (an
/// unknown or missing tag, or something other than an object), which is
/// kept as JSON.
pub fn tagged<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: TaggedUnion,
{
    deserializer.deserialize_any(TaggedVisitor(PhantomData))
}

struct TaggedVisitor<T>(PhantomData<T>);

impl<'de, T: TaggedUnion> Visitor<'de> for TaggedVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an object with a {:?} property", T::TAG)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut before: Vec<(String, Value)> = Vec::new();
        while let Some(key) = map.next_key_seed(KeySeed(T::TAG))? {
            let Some(key) = key else {
                match map.next_value::<Value>()? {
                    Value::String(tag) => {
                        let replay = Replay {
                            before: before.into_iter(),
                            tag: Some(&tag),
                            pending: None,
                            tag_key: T::TAG,
                            rest: map,
                        };
                        return match T::variant(&tag, MapAccessDeserializer::new(replay)) {
                            Ok(decoded) => decoded,
                            Err(content) => Value::deserialize(content).map(T::unknown),
                        };
                    }
                    other => {
                        before.push((T::TAG.to_owned(), other));
                        continue;
                    }
                }
            };
            let value = map.next_value::<Value>()?;
            before.push((key, value));
        }
        Ok(T::unknown(Value::Object(before.into_iter().collect())))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<T, A::Error> {
        Value::deserialize(SeqAccessDeserializer::new(seq)).map(T::unknown)
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        Ok(T::unknown(Value::String(v.to_owned())))
    }

    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<T, E> {
        Ok(T::unknown(Value::Bool(v)))
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<T, E> {
        Ok(T::unknown(Value::from(v)))
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<T, E> {
        Ok(T::unknown(Value::from(v)))
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<T, E> {
        Ok(T::unknown(Value::from(v)))
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<T, E> {
        Ok(T::unknown(Value::Null))
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<T, E> {
        Ok(T::unknown(Value::Null))
    }
}

/// Reads an object key: `None` for the tag property (compared without
/// allocating), the owned key otherwise.
struct KeySeed(&'static str);

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Option<String>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl Visitor<'_> for KeySeed {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a property name")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok((v != self.0).then(|| v.to_owned()))
    }
}

/// The object a variant decodes from: the properties read before the tag,
/// then the tag, then the rest of the input.
struct Replay<'t, A> {
    before: std::vec::IntoIter<(String, Value)>,
    tag: Option<&'t str>,
    pending: Option<Pending<'t>>,
    tag_key: &'static str,
    rest: A,
}

enum Pending<'t> {
    Buffered(Value),
    Tag(&'t str),
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Replay<'_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        if let Some((key, value)) = self.before.next() {
            self.pending = Some(Pending::Buffered(value));
            return seed.deserialize(StringDeserializer::new(key)).map(Some);
        }
        if let Some(tag) = self.tag.take() {
            self.pending = Some(Pending::Tag(tag));
            return seed
                .deserialize(StrDeserializer::new(self.tag_key))
                .map(Some);
        }
        self.rest.next_key_seed(seed)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        match self.pending.take() {
            Some(Pending::Buffered(value)) => seed.deserialize(value).map_err(A::Error::custom),
            Some(Pending::Tag(tag)) => seed.deserialize(StrDeserializer::new(tag)),
            None => self.rest.next_value_seed(seed),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        self.rest
            .size_hint()
            .map(|n| n + self.before.len() + usize::from(self.tag.is_some()))
    }
}
