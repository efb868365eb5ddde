//! Types of the `videos` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum VideoModel {
    /// `sora-2`
    Sora2,
    /// `sora-2-pro`
    Sora2Pro,
    /// `sora-2-2025-10-06`
    Sora220251006,
    /// `sora-2-pro-2025-10-06`
    Sora2Pro20251006,
    /// `sora-2-2025-12-08`
    Sora220251208,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl VideoModel {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sora2 => "sora-2",
            Self::Sora2Pro => "sora-2-pro",
            Self::Sora220251006 => "sora-2-2025-10-06",
            Self::Sora2Pro20251006 => "sora-2-pro-2025-10-06",
            Self::Sora220251208 => "sora-2-2025-12-08",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "sora-2" => Self::Sora2,
            "sora-2-pro" => Self::Sora2Pro,
            "sora-2-2025-10-06" => Self::Sora220251006,
            "sora-2-pro-2025-10-06" => Self::Sora2Pro20251006,
            "sora-2-2025-12-08" => Self::Sora220251208,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for VideoModel {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for VideoModel {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for VideoModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for VideoModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for VideoModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for VideoModel {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum VideoSize {
    /// `720x1280`
    V720x1280,
    /// `1280x720`
    V1280x720,
    /// `1024x1792`
    V1024x1792,
    /// `1792x1024`
    V1792x1024,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl VideoSize {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::V720x1280 => "720x1280",
            Self::V1280x720 => "1280x720",
            Self::V1024x1792 => "1024x1792",
            Self::V1792x1024 => "1792x1024",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "720x1280" => Self::V720x1280,
            "1280x720" => Self::V1280x720,
            "1024x1792" => Self::V1024x1792,
            "1792x1024" => Self::V1792x1024,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for VideoSize {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for VideoSize {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for VideoSize {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for VideoSize {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for VideoSize {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for VideoSize {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ImageRefParam2 {
    /// A fully qualified URL or base64-encoded data URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ImageRefParam2 {
    const NAME: &'static str = "ImageRefParam2";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut image_url: Option<String> = None;
        let mut file_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "image_url" => 0,
                    "file_id" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut image_url),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut file_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { image_url, file_id })
    }
}
impl<'de> Deserialize<'de> for ImageRefParam2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ImageRefParam2 {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            image_url: None,
            file_id: None,
        }
    }
    /// Sets `image_url`.
    pub fn image_url(mut self, value: impl Into<String>) -> Self {
        self.image_url = Some(value.into());
        self
    }
    /// Sets `file_id`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum VideoSeconds {
    /// `4`
    V4,
    /// `8`
    V8,
    /// `12`
    V12,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl VideoSeconds {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::V4 => "4",
            Self::V8 => "8",
            Self::V12 => "12",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "4" => Self::V4,
            "8" => Self::V8,
            "12" => Self::V12,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for VideoSeconds {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for VideoSeconds {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for VideoSeconds {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for VideoSeconds {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for VideoSeconds {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for VideoSeconds {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Reference to the completed video.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct VideoReferenceInputParam {
    /// The identifier of the completed video.
    pub id: String,
}
impl sdk_runtime_types::de::Object for VideoReferenceInputParam {
    const NAME: &'static str = "VideoReferenceInputParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
        })
    }
}
impl<'de> Deserialize<'de> for VideoReferenceInputParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl VideoReferenceInputParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
