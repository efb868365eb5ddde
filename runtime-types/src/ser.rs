//! Serializing generated structs: each declared field that is set, then
//! the [`Extra`] properties. A property in `extra` wins over the declared
//! field of the same name, so that a value received in another shape than
//! declared goes back as it came.

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::Extra;

/// The extra properties of a struct that keeps none.
pub static NO_EXTRA: Extra = Extra::new();

/// Writes one object. Made by [`object`]; the `Object` derive calls it.
pub struct ObjectWriter<'a, M> {
    map: M,
    extra: &'a Extra,
}

/// Starts an object whose extra properties are `extra`.
#[inline]
pub fn object<S: Serializer>(
    serializer: S,
    extra: &Extra,
) -> Result<ObjectWriter<'_, S::SerializeMap>, S::Error> {
    Ok(ObjectWriter {
        map: serializer.serialize_map(None)?,
        extra,
    })
}

impl<M: SerializeMap> ObjectWriter<'_, M> {
    /// A field that is always written.
    #[inline]
    pub fn field<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) -> Result<(), M::Error> {
        if self.extra.contains_key(name) {
            return Ok(());
        }
        self.map.serialize_entry(name, value)
    }

    /// An optional field: written when it is set.
    #[inline]
    pub fn optional<T: Serialize>(
        &mut self,
        name: &str,
        value: &Option<T>,
    ) -> Result<(), M::Error> {
        match value {
            Some(value) => self.field(name, value),
            None => Ok(()),
        }
    }

    /// Writes the extra properties and ends the object.
    pub fn end(mut self) -> Result<M::Ok, M::Error> {
        for (name, value) in self.extra.iter() {
            self.map.serialize_entry(name, value)?;
        }
        self.map.end()
    }
}
