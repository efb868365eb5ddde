//! Untagged unions: the value is read once as JSON, then each variant is
//! tried in order (the most demanding first, as the model orders them); a
//! value no variant takes is kept by the union's catch-all.

use serde::Deserialize;
use serde::de::Deserializer;
use serde_json::Value;

/// Reads a value and hands it to `pick`, which tries the variants in
/// order; `None` from it is an error that names the union.
pub fn untagged<'de, D, T>(
    deserializer: D,
    name: &'static str,
    pick: impl FnOnce(Value) -> Option<T>,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    let value = Value::deserialize(deserializer)?;
    pick(value).ok_or_else(|| {
        serde::de::Error::custom(format_args!(
            "the value matches no variant of the untagged union {name}"
        ))
    })
}

/// Tries one variant: `T` decoded from `value`, if it takes it.
#[inline]
pub fn attempt<T: for<'a> Deserialize<'a>>(value: &Value) -> Option<T> {
    T::deserialize(value).ok()
}
