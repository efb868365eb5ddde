//! Types of the `chatkit` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[cfg(any(feature = "chatkit", feature = "realtime"))]
/// The constant `created_at`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum CreatedAtLiteral2 {
    /// `created_at`
    #[default]
    CreatedAt,
}
#[cfg(any(feature = "chatkit", feature = "realtime"))]
impl CreatedAtLiteral2 {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "created_at"
    }
}
#[cfg(any(feature = "chatkit", feature = "realtime"))]
impl std::fmt::Display for CreatedAtLiteral2 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "chatkit", feature = "realtime"))]
impl Serialize for CreatedAtLiteral2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("created_at")
    }
}
#[cfg(any(feature = "chatkit", feature = "realtime"))]
impl<'de> Deserialize<'de> for CreatedAtLiteral2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "created_at")
            .map(|()| Self::CreatedAt)
    }
}
#[cfg(any(feature = "chatkit", feature = "skills", feature = "videos"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OrderEnum {
    /// `asc`
    Asc,
    /// `desc`
    Desc,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "chatkit", feature = "skills", feature = "videos"))]
impl OrderEnum {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "asc",
            Self::Desc => "desc",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "asc" => Self::Asc,
            "desc" => Self::Desc,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "chatkit", feature = "skills", feature = "videos"))]
impl From<&str> for OrderEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "chatkit", feature = "skills", feature = "videos"))]
impl From<String> for OrderEnum {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "chatkit", feature = "skills", feature = "videos"))]
impl std::fmt::Display for OrderEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "chatkit", feature = "skills", feature = "videos"))]
impl Serialize for OrderEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "chatkit", feature = "skills", feature = "videos"))]
impl<'de> Deserialize<'de> for OrderEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "chatkit", feature = "skills", feature = "videos"))]
impl Default for OrderEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
