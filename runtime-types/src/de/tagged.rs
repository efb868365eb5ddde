//! Tagged unions: a union told apart by a string property (its tag),
//! decoded in one pass wherever the tag is, with a catch-all for values
//! whose tag this version does not know.

use serde::Deserialize;
use serde::de::value::SeqAccessDeserializer;
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
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
/// union read the object as JSON first and decode the variant from that.
/// A value the union does not know (an unknown or missing tag, or something
/// other than an object) is kept as JSON.
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
        match find_tag(&mut map, T::TAG)? {
            Found::First(tag) => match T::variant(&tag, map, Some((T::TAG, &tag))) {
                Ok(decoded) => decoded,
                Err(map) => {
                    let mut before = Map::new();
                    before.insert(T::TAG.to_owned(), Value::String(tag));
                    rest_as_json(before, map).map(T::unknown)
                }
            },
            Found::Late(tag, before) => late_tag(&tag, rest_as_json(before, map)?),
            Found::Missing(before) => Ok(T::unknown(Value::Object(before))),
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
    /// After the properties kept here (the tag with them).
    Late(String, Map<String, Value>),
    /// Nowhere (or not a string): the whole object.
    Missing(Map<String, Value>),
}

/// Reads `map` up to its tag (generic over the input only, not over the
/// union, so that each input has one copy of it).
fn find_tag<'de, A: MapAccess<'de>>(map: &mut A, tag_key: &'static str) -> Result<Found, A::Error> {
    let mut before = Map::new();
    while let Some(key) = map.next_key_seed(KeySeed(tag_key))? {
        let Some(key) = key else {
            match map.next_value::<Value>()? {
                Value::String(tag) if before.is_empty() => return Ok(Found::First(tag)),
                Value::String(tag) => {
                    before.insert(tag_key.to_owned(), Value::String(tag.clone()));
                    return Ok(Found::Late(tag, before));
                }
                other => {
                    before.insert(tag_key.to_owned(), other);
                    continue;
                }
            }
        };
        let value = map.next_value::<Value>()?;
        before.insert(key, value);
    }
    Ok(Found::Missing(before))
}

/// The properties read so far and the rest of `map`, as one JSON object.
fn rest_as_json<'de, A: MapAccess<'de>>(
    mut members: Map<String, Value>,
    mut map: A,
) -> Result<Value, A::Error> {
    while let Some((key, value)) = map.next_entry::<String, Value>()? {
        members.insert(key, value);
    }
    Ok(Value::Object(members))
}

/// A variant named by a tag that came after other properties, decoded
/// from the whole object read as JSON (`&Value`, the form untagged unions
/// decode from too, so no decoder is generated for another input).
#[cold]
fn late_tag<T: TaggedUnion, E: serde::de::Error>(tag: &str, value: Value) -> Result<T, E> {
    struct Late<'t, T>(&'t str, PhantomData<T>);
    impl<'de, T: TaggedUnion> Visitor<'de> for Late<'_, T> {
        type Value = Option<T>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Option<T>, A::Error> {
            match T::variant(self.0, map, None) {
                Ok(decoded) => decoded.map(Some),
                Err(mut map) => {
                    // Unknown: the value is kept whole; the map must still
                    // be read to its end.
                    while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                    Ok(None)
                }
            }
        }
    }
    match (&value).deserialize_map(Late::<T>(tag, PhantomData)) {
        Ok(Some(decoded)) => Ok(decoded),
        Ok(None) => Ok(T::unknown(value)),
        Err(error) => Err(E::custom(error)),
    }
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
