//! Untagged unions: the value is read once and written as JSON text, then
//! each variant is tried on that text in order (the most demanding first,
//! as the model orders them), with the reader every decoder is compiled
//! for; a value no variant takes is kept by the union's catch-all.

use super::text::{from_text, to_text};
use serde::de::{DeserializeOwned, Deserializer};
use serde_json::Value;

/// Reads a value and hands its JSON text to `pick`, which tries the
/// variants in order; `None` from it is an error that names the union.
pub fn untagged<'de, D, T>(
    deserializer: D,
    name: &'static str,
    pick: impl FnOnce(&str) -> Option<T>,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    let text = to_text(deserializer)?;
    pick(&text).ok_or_else(|| {
        serde::de::Error::custom(format_args!(
            "the value matches no variant of the untagged union {name}"
        ))
    })
}

/// Tries one variant: `T` decoded from `text`, if it takes it.
#[inline]
pub fn attempt<T: DeserializeOwned>(text: &str) -> Option<T> {
    from_text(text).ok()
}

/// The catch-all: `text` as a JSON value.
pub fn value(text: &str) -> Option<Value> {
    from_text(text).ok()
}
