//! Types of the `batches` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[cfg(
    any(
        feature = "batches",
        feature = "beta",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A detailed breakdown of the output tokens.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct BatchUsageOutputTokensDetails {
    /// The number of reasoning tokens.
    pub reasoning_tokens: i64,
}
#[cfg(
    any(
        feature = "batches",
        feature = "beta",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for BatchUsageOutputTokensDetails {
    const NAME: &'static str = "BatchUsageOutputTokensDetails";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut reasoning_tokens: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "reasoning_tokens" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut reasoning_tokens),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            reasoning_tokens: reasoning_tokens.unwrap_or_default(),
        })
    }
}
#[cfg(
    any(
        feature = "batches",
        feature = "beta",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for BatchUsageOutputTokensDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "batches",
        feature = "beta",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl BatchUsageOutputTokensDetails {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(reasoning_tokens: impl Into<i64>) -> Self {
        Self {
            reasoning_tokens: reasoning_tokens.into(),
        }
    }
}
#[cfg(
    any(
        feature = "batches",
        feature = "chatkit",
        feature = "files",
        feature = "realtime",
        feature = "uploads"
    )
)]
/// The constant `created_at`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum CreatedAtLiteral {
    /// `created_at`
    #[default]
    CreatedAt,
}
#[cfg(
    any(
        feature = "batches",
        feature = "chatkit",
        feature = "files",
        feature = "realtime",
        feature = "uploads"
    )
)]
impl CreatedAtLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "created_at"
    }
}
#[cfg(
    any(
        feature = "batches",
        feature = "chatkit",
        feature = "files",
        feature = "realtime",
        feature = "uploads"
    )
)]
impl std::fmt::Display for CreatedAtLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "batches",
        feature = "chatkit",
        feature = "files",
        feature = "realtime",
        feature = "uploads"
    )
)]
impl Serialize for CreatedAtLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("created_at")
    }
}
#[cfg(
    any(
        feature = "batches",
        feature = "chatkit",
        feature = "files",
        feature = "realtime",
        feature = "uploads"
    )
)]
impl<'de> Deserialize<'de> for CreatedAtLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "created_at")
            .map(|()| Self::CreatedAt)
    }
}
