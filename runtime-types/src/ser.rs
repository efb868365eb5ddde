//! Serializing generated structs: each declared field that is set, then
//! the [`Extra`] properties. A property in `extra` wins over the declared
//! field of the same name, so that a value received in another shape than
//! declared goes back as it came.

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::Extra;

/// The extra properties of a struct that keeps none.
pub static NO_EXTRA: Extra = Extra::new();

/// Writes one object. Made by [`object`]; the `Object` derive calls it.
pub struct ObjectWriter<'a, M: SerializeMap> {
    map: M,
    extra: &'a Extra,
    /// The first error; the writes after it are skipped and
    /// [`end`](Self::end) returns it.
    failed: Option<M::Error>,
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
        failed: None,
    })
}

impl<M: SerializeMap> ObjectWriter<'_, M> {
    /// A field that is always written.
    #[inline]
    pub fn field<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) {
        if self.failed.is_some() || self.extra.contains_key(name) {
            return;
        }
        if let Err(error) = self.map.serialize_entry(name, value) {
            self.failed = Some(error);
        }
    }

    /// An optional field: written when it is set.
    #[inline]
    pub fn optional<T: Serialize>(&mut self, name: &str, value: &Option<T>) {
        if let Some(value) = value {
            self.field(name, value);
        }
    }

    /// Writes the extra properties and ends the object.
    pub fn end(mut self) -> Result<M::Ok, M::Error> {
        if let Some(error) = self.failed {
            return Err(error);
        }
        for (name, value) in self.extra.iter() {
            self.map.serialize_entry(name, value)?;
        }
        self.map.end()
    }
}
