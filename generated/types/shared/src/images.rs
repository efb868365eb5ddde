//! Types of the `images` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "images",
        feature = "responses"
    )
)]
/// Set the background of the generated image. One of `transparent`,
/// `opaque`, or `auto`. Transparent backgrounds are available for
/// supported GPT Image models. For `gpt-image-2` and
/// `gpt-image-2-2026-04-21`, this support is in preview. When using
/// `transparent`, set the output format to `png` or `webp`. Default: `auto`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ImageGenToolBackground {
    /// `transparent`
    Transparent,
    /// `opaque`
    Opaque,
    /// `auto`
    #[default]
    Auto,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "images",
        feature = "responses"
    )
)]
impl ImageGenToolBackground {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Transparent => "transparent",
            Self::Opaque => "opaque",
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "transparent" => Self::Transparent,
            "opaque" => Self::Opaque,
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "images",
        feature = "responses"
    )
)]
impl From<&str> for ImageGenToolBackground {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "images",
        feature = "responses"
    )
)]
impl From<String> for ImageGenToolBackground {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "images",
        feature = "responses"
    )
)]
impl std::fmt::Display for ImageGenToolBackground {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "images",
        feature = "responses"
    )
)]
impl Serialize for ImageGenToolBackground {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "images",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for ImageGenToolBackground {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "images", feature = "organization"))]
/// The quality of the image generated. Either `low`, `medium`, or `high`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ImagesResponseQuality {
    /// `low`
    Low,
    /// `medium`
    Medium,
    /// `high`
    High,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "images", feature = "organization"))]
impl ImagesResponseQuality {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "images", feature = "organization"))]
impl From<&str> for ImagesResponseQuality {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "images", feature = "organization"))]
impl From<String> for ImagesResponseQuality {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "images", feature = "organization"))]
impl std::fmt::Display for ImagesResponseQuality {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "images", feature = "organization"))]
impl Serialize for ImagesResponseQuality {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "images", feature = "organization"))]
impl<'de> Deserialize<'de> for ImagesResponseQuality {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "images", feature = "organization"))]
impl Default for ImagesResponseQuality {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
