//! Tagged unions: a union told apart by a string property (its tag),
//! decoded in one pass wherever the tag is, with a catch-all for values
//! whose tag this version does not know.

use super::text::{Entries, from_text, relay};
use serde::Deserialize;
use serde::de::value::SeqAccessDeserializer;
use serde::de::{DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use std::fmt;
use std::marker::PhantomData;

/// A union told apart by a string property (its tag), implemented by
/// generated code and decoded by [`tagged`].
pub trait TaggedUnion: Sized {
    /// The name of the tag property (often `"type"`).
    const TAG: &'static str;

    /// Decodes the variant that `tag` names from `map`. `first` is the
    /// tag property when it was read from `map` already (the common case:
    /// the tag comes first), to be handed to the variant as if it were
    /// still there; `None` when `map` still holds it. Gives `map` back
    /// untouched when the tag is not one this version knows.
    ///
    /// A variant that is an [`Object`](super::Object) decodes with
    /// [`Object::from_map`](super::Object::from_map) on the same `map`, so
    /// that its decoder is the one it has anywhere else; any other variant
    /// decodes through [`with_first`].
    fn variant<'de, A: MapAccess<'de>>(
        tag: &str,
        map: A,
        first: Option<(&'static str, &str)>,
    ) -> Result<Result<Self, A::Error>, A>;

    /// Keeps a value whose tag is unknown or missing.
    fn unknown(value: Value) -> Self;
}

/// Decodes a tagged union in one pass: when the tag is the first property
/// (as most APIs send it), the variant it names decodes straight from the
/// input, with the tag handed over; a tag after other properties makes the
/// union write the object again as JSON text, with the tag first, and
/// decode that.
/// A value the union does not know (an unknown or missing tag, or something
/// other than an object) is kept as JSON.
pub fn tagged<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: TaggedUnion + DeserializeOwned,
{
    deserializer.deserialize_any(TaggedVisitor(PhantomData))
}

struct TaggedVisitor<T>(PhantomData<T>);

impl<'de, T: TaggedUnion + DeserializeOwned> Visitor<'de> for TaggedVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an object with a {:?} property", T::TAG)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        match find_tag(&mut map, T::TAG)? {
            Found::First(tag) => match T::variant(&tag, map, Some((T::TAG, &tag))) {
                Ok(decoded) => decoded,
                Err(map) => {
                    let mut entries = Entries::default();
                    entries.push(T::TAG, &tag);
                    entries.rest(map)?;
                    unknown(entries)
                }
            },
            Found::Late(tag, mut before) => {
                before.rest(map)?;
                late_tag::<T, A::Error>(T::TAG, &tag, before)
            }
            Found::Missing(before) => unknown(before),
        }
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

/// Where the tag was.
enum Found {
    /// First, with this value.
    First(String),
    /// After the properties written here (not the tag).
    Late(String, Entries),
    /// Nowhere (or not a string): the whole object.
    Missing(Entries),
}

/// Reads `map` up to its tag (generic over the input only, not over the
/// union, so that each input has one copy of it). The properties before
/// the tag are written as JSON text.
fn find_tag<'de, A: MapAccess<'de>>(map: &mut A, tag_key: &'static str) -> Result<Found, A::Error> {
    let mut before = Entries::default();
    while let Some(is_tag) = before.next(map, tag_key)? {
        if !is_tag {
            continue;
        }
        match map.next_value::<Value>()? {
            Value::String(tag) if before.is_empty() => return Ok(Found::First(tag)),
            Value::String(tag) => return Ok(Found::Late(tag, before)),
            other => before.push(tag_key, &other),
        }
    }
    Ok(Found::Missing(before))
}

/// A value the union does not know: the whole object, kept as JSON.
#[cold]
fn unknown<T: TaggedUnion, E: serde::de::Error>(entries: Entries) -> Result<T, E> {
    from_text(&entries.object::<E>()?)
        .map(T::unknown)
        .map_err(relay)
}

/// A union whose tag came after other properties: the object is written
/// again as JSON text with the tag first, and decoded from that text, so
/// that its variant decodes with the decoder of the common case (the
/// text's reader is the runtime's), and no decoder is compiled for
/// another input.
#[cold]
fn late_tag<T: TaggedUnion + DeserializeOwned, E: serde::de::Error>(
    tag_key: &str,
    tag: &str,
    mut entries: Entries,
) -> Result<T, E> {
    entries.push_first(tag_key, tag);
    from_text(&entries.object::<E>()?).map_err(relay)
}

/// Decodes a variant that is not an [`Object`](super::Object) (a union,
/// a type with serde's own impls) from `map`, with the tag property
/// `first` in front when it was read already.
pub fn with_first<'de, A, T>(map: A, first: Option<(&'static str, &str)>) -> Result<T, A::Error>
where
    A: MapAccess<'de>,
    T: Deserialize<'de>,
{
    let replay = Replay {
        first,
        pending: None,
        rest: map,
    };
    T::deserialize(serde::de::value::MapAccessDeserializer::new(replay))
}

/// The object a variant decodes from: the tag property read already,
/// then the rest of the input.
struct Replay<'t, A> {
    first: Option<(&'static str, &'t str)>,
    pending: Option<&'t str>,
    rest: A,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Replay<'_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        if let Some((key, value)) = self.first.take() {
            self.pending = Some(value);
            return seed.deserialize(TagValue::<A::Error>::new(key)).map(Some);
        }
        self.rest.next_key_seed(seed)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        match self.pending.take() {
            Some(value) => seed.deserialize(TagValue::new(value)),
            None => self.rest.next_value_seed(seed),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        self.rest
            .size_hint()
            .map(|n| n + usize::from(self.first.is_some()))
    }
}

/// A tag's value (or name) as a deserializer: a string, which is also
/// taken as the value of an optional field (a tag field declared as an
/// `Option`).
pub struct TagValue<'t, E> {
    value: &'t str,
    error: PhantomData<E>,
}

impl<'t, E> TagValue<'t, E> {
    /// Wraps `value`.
    pub fn new(value: &'t str) -> Self {
        Self {
            value,
            error: PhantomData,
        }
    }
}

impl<'de, E: serde::de::Error> Deserializer<'de> for TagValue<'_, E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_str(self.value)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_some(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}
