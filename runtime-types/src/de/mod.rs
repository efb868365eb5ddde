//! The serde building blocks behind the `Object`, `StringEnum` and `Union`
//! derives of generated types:
//!
//! - objects decoded field by field in one pass ([`Object`], [`object`]),
//!   keeping the properties a type does not declare in its [`Extra`];
//! - a property set aside by the runtime (one whose value has another shape
//!   than declared, found when a strict decode failed) lands in the
//!   [`Extra`] under its own name ([`ASIDE`]);
//! - string enums that keep unknown values and constants that accept
//!   another value ([`scalars`]);
//! - tagged unions decoded wherever the tag is ([`tagged`](mod@tagged)) and untagged
//!   ones tried in order ([`untagged`](mod@untagged)).

pub mod scalars;
pub mod tagged;
pub mod untagged;

use serde::Deserialize;
use serde::de::{DeserializeSeed, Deserializer, MapAccess, Visitor};
use std::fmt;
use std::marker::PhantomData;

use crate::Extra;
pub use scalars::{Constant, constant, lenient_string, string_enum};
pub use tagged::{TaggedUnion, tagged, with_first};
pub use untagged::untagged;

/// An object type with named properties, implemented by the `Object`
/// derive and decoded by [`object`]: a compact alternative to serde's
/// derived `Deserialize` (which also accepts arrays, tracks duplicates and
/// expands to several visitors per type), so that large generated crates
/// compile faster and in less memory.
pub trait Object: Sized {
    /// The type's name, for error messages.
    const NAME: &'static str;

    /// Reads the properties from `map`: each known property decodes into its
    /// field (the last occurrence wins), the others are kept in the type's
    /// [`Extra`], missing ones take their default or fail with a `missing
    /// field` error. `first` is a string property read from `map` before
    /// (a tagged union's tag, read to choose the variant): it goes to the
    /// field that holds the tag (`#[api(tag)]`), else to the [`Extra`].
    fn from_map<'de, A: MapAccess<'de>>(
        map: A,
        first: Option<(&'static str, &str)>,
    ) -> Result<Self, A::Error>;
}

/// Decodes an [`Object`] from a JSON object.
pub fn object<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Object,
{
    struct ObjectVisitor<T>(PhantomData<T>);
    impl<'de, T: Object> Visitor<'de> for ObjectVisitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "{} (a JSON object)", T::NAME)
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            T::from_map(map, None)
        }
    }
    deserializer.deserialize_map(ObjectVisitor(PhantomData))
}

/// The field number [`KeySeed`] gives a property the type does not
/// declare (its name is kept aside).
pub const OTHER: usize = usize::MAX;

/// Reads a property name and maps it to a field number with `F` (generated:
/// a `match` on the wire names, [`OTHER`] for a property the type does not
/// declare, whose name goes to `other`). Declared names are matched without
/// allocating.
pub struct KeySeed<'a, F> {
    /// Wire name to field number.
    pub fields: F,
    /// Where the name of an undeclared property goes.
    pub other: &'a mut Option<String>,
}

impl<'de, F: FnOnce(&str) -> usize> DeserializeSeed<'de> for KeySeed<'_, F> {
    type Value = usize;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<F: FnOnce(&str) -> usize> Visitor<'_> for KeySeed<'_, F> {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a property name")
    }

    #[inline]
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<usize, E> {
        let n = (self.fields)(v);
        if n == OTHER {
            keep_name(self.other, v);
        }
        Ok(n)
    }
}

#[cold]
#[inline(never)]
fn keep_name(other: &mut Option<String>, name: &str) {
    *other = Some(name.to_owned());
}

/// Reads a property into its slot (a repeated property keeps the last
/// value).
#[inline]
pub fn read<'de, A, T>(map: &mut A, slot: &mut Option<T>) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    T: Deserialize<'de>,
{
    *slot = Some(map.next_value()?);
    Ok(())
}

/// [`read`] for a field that is itself an `Option`: `null` unsets it.
#[inline]
pub fn read_option<'de, A, T>(map: &mut A, slot: &mut Option<T>) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    T: Deserialize<'de>,
{
    *slot = map.next_value()?;
    Ok(())
}

/// How the runtime marks a property it set aside: its name behind this
/// prefix is no field's, so the property lands in its object's [`Extra`],
/// under its own name. The runtime sets a property aside when a strict
/// decode fails on its value (an array where the spec declares a string, a
/// constant with another value), and decodes again: one odd property never
/// costs the whole answer, and well-formed answers pay nothing for it.
pub const ASIDE: &str = "\u{0}";

/// Keeps the value of a property the type does not declare, under the
/// name [`KeySeed`] put aside (without an [`ASIDE`] mark).
#[cold]
#[inline(never)]
pub fn read_other<'de, A: MapAccess<'de>>(
    map: &mut A,
    name: &mut Option<String>,
    extra: &mut Extra,
) -> Result<(), A::Error> {
    let value: serde_json::Value = map.next_value()?;
    let name = name.take().unwrap_or_default();
    match name.strip_prefix(ASIDE) {
        Some(own) => extra.insert(own, value),
        None => extra.insert(name, value),
    };
    Ok(())
}

/// A tag's value for the field that holds it (`#[api(tag)]`).
#[inline]
pub fn tag_value<'de, T: Deserialize<'de>, E: serde::de::Error>(value: &str) -> Result<T, E> {
    T::deserialize(tagged::TagValue::new(value))
}

/// A tag the type has no field for, kept in its [`Extra`].
#[cold]
#[inline(never)]
pub fn tag_as_extra(extra: &mut Extra, name: &str, value: &str) {
    extra.insert(name, serde_json::Value::String(value.to_owned()));
}

/// A required property's value, or a `missing field` error naming it.
pub fn required<T, E: serde::de::Error>(value: Option<T>, name: &'static str) -> Result<T, E> {
    value.ok_or_else(|| E::missing_field(name))
}

#[cfg(test)]
mod tests;
