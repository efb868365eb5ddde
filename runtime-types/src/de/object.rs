//! Objects decoded field by field in one pass: the [`Object`] trait the
//! `Object` derive implements, and the loop every object shares
//! ([`read_slots`]). The derive writes, per type, only its slots
//! ([`Slots`]: the type itself when no field is required, else a private
//! struct with an `Option` per field) with two `match`es, wire name to
//! field number and field number to slot; the loop over the properties,
//! the unknown ones and the tag a union read first are handled here once.

use serde::Deserialize;
use serde::de::{DeserializeSeed, Deserializer, MapAccess, Visitor};
use std::fmt;
use std::marker::PhantomData;

use super::{ASIDE, tagged};
use crate::Extra;

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

/// The slots of an [`Object`] being decoded, one per declared field and
/// one for the properties it does not declare, filled by [`read_slots`].
/// The `Object` derive implements it for the type itself when no field is
/// required (each slot is its field, unset or at its default until read),
/// else for a struct private to `from_map` (an `Option` of each field's
/// type, or the field itself when it is one).
pub trait Slots: Sized {
    /// The number of the field whose wire name is `name`, `None` for a
    /// property the type does not declare.
    fn field(name: &str) -> Option<usize>;

    /// Reads the value of field number `field` (from
    /// [`field`](Self::field)) from `map` into its slot, with [`read`] or
    /// [`read_value`].
    fn read<'de, A: MapAccess<'de>>(&mut self, field: usize, map: &mut A) -> Result<(), A::Error>;

    /// Where the properties the type does not declare go; `None` drops
    /// them (a type without an [`Extra`]).
    fn extra(&mut self) -> Option<&mut Extra>;

    /// Puts a tag that a union read before (see [`Object::from_map`]) into
    /// its slot, with [`tag_value`]; `false` when no field holds it.
    fn tag(&mut self, name: &str, value: &str) -> Result<bool, TagError> {
        let _ = (name, value);
        Ok(false)
    }
}

/// A tag's value that its field's type does not accept (see
/// [`tag_value`]).
pub type TagError = serde::de::value::Error;

/// Reads an object's properties into `slots`, given with every slot unset
/// or at its default: the loop of every [`Object::from_map`].
#[inline]
pub fn read_slots<'de, S: Slots, A: MapAccess<'de>>(
    mut map: A,
    first: Option<(&'static str, &str)>,
    mut slots: S,
) -> Result<S, A::Error> {
    if let Some((name, value)) = first
        && !slots.tag(name, value).map_err(serde::de::Error::custom)?
        && let Some(extra) = slots.extra()
    {
        tag_as_extra(extra, name, value);
    }
    let mut other = None;
    while let Some(field) = map.next_key_seed(KeySeed {
        field: S::field,
        other: &mut other,
    })? {
        match field {
            Some(field) => slots.read(field, &mut map)?,
            None => read_other(&mut map, &mut other, slots.extra())?,
        }
    }
    Ok(slots)
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

/// Reads a property into a slot of the field's own type: an `Option`
/// (`null` unsets it), or any field of a type that is its own slots.
#[inline]
pub fn read_value<'de, A, T>(map: &mut A, slot: &mut T) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    T: Deserialize<'de>,
{
    *slot = map.next_value()?;
    Ok(())
}

/// A tag's value for the field that holds it (`#[api(tag)]`).
#[inline]
pub fn tag_value<'de, T: Deserialize<'de>>(value: &str) -> Result<T, TagError> {
    T::deserialize(tagged::TagValue::new(value))
}

/// Reads a property name and maps it to its field number with `field`, or
/// to `None` for a property the type does not declare, whose name goes to
/// `other`. Declared names are matched without allocating.
struct KeySeed<'a> {
    field: fn(&str) -> Option<usize>,
    other: &'a mut Option<String>,
}

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = Option<usize>;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<usize>, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl Visitor<'_> for KeySeed<'_> {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a property name")
    }

    #[inline]
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Option<usize>, E> {
        let field = (self.field)(v);
        if field.is_none() {
            keep_name(self.other, v);
        }
        Ok(field)
    }
}

#[cold]
#[inline(never)]
fn keep_name(other: &mut Option<String>, name: &str) {
    *other = Some(name.to_owned());
}

/// Keeps the value of a property the type does not declare in `extra`,
/// under the name [`KeySeed`] put aside (without an [`ASIDE`] mark), or
/// skips it for a type that keeps none.
#[cold]
#[inline(never)]
fn read_other<'de, A: MapAccess<'de>>(
    map: &mut A,
    name: &mut Option<String>,
    extra: Option<&mut Extra>,
) -> Result<(), A::Error> {
    let Some(extra) = extra else {
        return map.next_value::<serde::de::IgnoredAny>().map(|_| ());
    };
    let value: serde_json::Value = map.next_value()?;
    let name = name.take().unwrap_or_default();
    match name.strip_prefix(ASIDE) {
        Some(own) => extra.insert(own, value),
        None => extra.insert(name, value),
    };
    Ok(())
}

/// A tag the type has no field for, kept in its [`Extra`].
#[cold]
#[inline(never)]
fn tag_as_extra(extra: &mut Extra, name: &str, value: &str) {
    extra.insert(name, serde_json::Value::String(value.to_owned()));
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn property_names_are_matched_or_kept() {
        let seed = |name: &str| {
            let mut de = serde_json::Deserializer::from_str(name);
            let mut other = None;
            let seed = KeySeed {
                field: |name| ["model", "id"].iter().position(|field| *field == name),
                other: &mut other,
            };
            (seed.deserialize(&mut de).unwrap(), other)
        };
        assert_eq!(seed(r#""id""#), (Some(1), None));
        assert_eq!(seed(r#""model""#), (Some(0), None));
        assert_eq!(seed(r#""x_groq""#), (None, Some("x_groq".to_owned())));
    }

    /// Slots with no declared field: every property is someone else's.
    #[derive(Default)]
    struct NoFields(Extra);

    impl Slots for NoFields {
        fn field(_: &str) -> Option<usize> {
            None
        }
        fn read<'de, A: MapAccess<'de>>(&mut self, _: usize, _: &mut A) -> Result<(), A::Error> {
            unreachable!("no field has a number")
        }
        fn extra(&mut self) -> Option<&mut Extra> {
            Some(&mut self.0)
        }
    }

    #[test]
    fn properties_set_aside_land_in_extra_under_their_own_name() {
        #[derive(Debug)]
        struct Holder(Extra);
        impl<'de> Deserialize<'de> for Holder {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> Visitor<'de> for V {
                    type Value = Holder;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str("an object")
                    }
                    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Holder, A::Error> {
                        let NoFields(extra) =
                            read_slots(map, Some(("type", "note")), NoFields::default())?;
                        Ok(Holder(extra))
                    }
                }
                d.deserialize_map(V)
            }
        }
        let Holder(extra) =
            serde_json::from_str(r#"{"\u0000content": [1], "x_groq": {"id": 2}}"#).unwrap();
        assert_eq!(extra.get("content"), Some(&json!([1])));
        assert_eq!(extra.get("x_groq"), Some(&json!({"id": 2})));
        assert_eq!(extra.get("type"), Some(&json!("note")));
    }
}
