//! Types of the `images` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
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
impl From<&str> for ImageGenToolBackground {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for ImageGenToolBackground {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for ImageGenToolBackground {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ImageGenToolBackground {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ImageGenToolBackground {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "extra-types", feature = "images"))]
/// The number of partial images to generate. This parameter is used for
/// streaming responses that return partial images. Value must be between 0 and 3.
/// When set to 0, the response will be a single image sent in one streaming event.
///
/// Note that the final image may be sent before the full number of partial images
/// are generated if the full image is generated more quickly.
pub type PartialImages = i64;
#[cfg(any(feature = "extra-types", feature = "images"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EditImageBodyJsonParamQuality {
    /// `low`
    Low,
    /// `medium`
    Medium,
    /// `high`
    High,
    /// `auto`
    Auto,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "extra-types", feature = "images"))]
impl EditImageBodyJsonParamQuality {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "extra-types", feature = "images"))]
impl From<&str> for EditImageBodyJsonParamQuality {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "images"))]
impl From<String> for EditImageBodyJsonParamQuality {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "extra-types", feature = "images"))]
impl std::fmt::Display for EditImageBodyJsonParamQuality {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "extra-types", feature = "images"))]
impl Serialize for EditImageBodyJsonParamQuality {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "extra-types", feature = "images"))]
impl<'de> Deserialize<'de> for EditImageBodyJsonParamQuality {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "extra-types", feature = "images"))]
impl Default for EditImageBodyJsonParamQuality {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "extra-types", feature = "images"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EditImageBodyJsonParamBackground {
    /// `transparent`
    Transparent,
    /// `opaque`
    Opaque,
    /// `auto`
    Auto,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "extra-types", feature = "images"))]
impl EditImageBodyJsonParamBackground {
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
#[cfg(any(feature = "extra-types", feature = "images"))]
impl From<&str> for EditImageBodyJsonParamBackground {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "images"))]
impl From<String> for EditImageBodyJsonParamBackground {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "extra-types", feature = "images"))]
impl std::fmt::Display for EditImageBodyJsonParamBackground {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "extra-types", feature = "images"))]
impl Serialize for EditImageBodyJsonParamBackground {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "extra-types", feature = "images"))]
impl<'de> Deserialize<'de> for EditImageBodyJsonParamBackground {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "extra-types", feature = "images"))]
impl Default for EditImageBodyJsonParamBackground {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
