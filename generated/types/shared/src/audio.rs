//! Types of the `audio` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[cfg(
    any(
        feature = "audio",
        feature = "batches",
        feature = "beta",
        feature = "chat",
        feature = "chatkit",
        feature = "containers",
        feature = "conversations",
        feature = "embeddings",
        feature = "evals",
        feature = "fine-tuning",
        feature = "models",
        feature = "organization",
        feature = "projects",
        feature = "responses",
        feature = "skills",
        feature = "videos"
    )
)]
/// The constant `list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ListLiteral {
    /// `list`
    #[default]
    List,
}
#[cfg(
    any(
        feature = "audio",
        feature = "batches",
        feature = "beta",
        feature = "chat",
        feature = "chatkit",
        feature = "containers",
        feature = "conversations",
        feature = "embeddings",
        feature = "evals",
        feature = "fine-tuning",
        feature = "models",
        feature = "organization",
        feature = "projects",
        feature = "responses",
        feature = "skills",
        feature = "videos"
    )
)]
impl ListLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "list"
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "batches",
        feature = "beta",
        feature = "chat",
        feature = "chatkit",
        feature = "containers",
        feature = "conversations",
        feature = "embeddings",
        feature = "evals",
        feature = "fine-tuning",
        feature = "models",
        feature = "organization",
        feature = "projects",
        feature = "responses",
        feature = "skills",
        feature = "videos"
    )
)]
impl std::fmt::Display for ListLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "batches",
        feature = "beta",
        feature = "chat",
        feature = "chatkit",
        feature = "containers",
        feature = "conversations",
        feature = "embeddings",
        feature = "evals",
        feature = "fine-tuning",
        feature = "models",
        feature = "organization",
        feature = "projects",
        feature = "responses",
        feature = "skills",
        feature = "videos"
    )
)]
impl Serialize for ListLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("list")
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "batches",
        feature = "beta",
        feature = "chat",
        feature = "chatkit",
        feature = "containers",
        feature = "conversations",
        feature = "embeddings",
        feature = "evals",
        feature = "fine-tuning",
        feature = "models",
        feature = "organization",
        feature = "projects",
        feature = "responses",
        feature = "skills",
        feature = "videos"
    )
)]
impl<'de> Deserialize<'de> for ListLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "list").map(|()| Self::List)
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
/// A built-in voice name or a custom voice reference.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum VoiceIdsOrCustomVoice {
    Object(VoiceIdsOrCustomVoiceObject),
    Shared(VoiceIdsShared),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
impl From<VoiceIdsOrCustomVoiceObject> for VoiceIdsOrCustomVoice {
    fn from(value: VoiceIdsOrCustomVoiceObject) -> Self {
        Self::Object(value)
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
impl From<VoiceIdsShared> for VoiceIdsOrCustomVoice {
    fn from(value: VoiceIdsShared) -> Self {
        Self::Shared(value)
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
impl From<&str> for VoiceIdsOrCustomVoice {
    fn from(value: &str) -> Self {
        Self::Shared(value.into())
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum VoiceIdsShared {
    /// `alloy`
    Alloy,
    /// `ash`
    Ash,
    /// `ballad`
    Ballad,
    /// `coral`
    Coral,
    /// `echo`
    Echo,
    /// `sage`
    Sage,
    /// `shimmer`
    Shimmer,
    /// `verse`
    Verse,
    /// `marin`
    Marin,
    /// `cedar`
    Cedar,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
impl VoiceIdsShared {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Alloy => "alloy",
            Self::Ash => "ash",
            Self::Ballad => "ballad",
            Self::Coral => "coral",
            Self::Echo => "echo",
            Self::Sage => "sage",
            Self::Shimmer => "shimmer",
            Self::Verse => "verse",
            Self::Marin => "marin",
            Self::Cedar => "cedar",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "alloy" => Self::Alloy,
            "ash" => Self::Ash,
            "ballad" => Self::Ballad,
            "coral" => Self::Coral,
            "echo" => Self::Echo,
            "sage" => Self::Sage,
            "shimmer" => Self::Shimmer,
            "verse" => Self::Verse,
            "marin" => Self::Marin,
            "cedar" => Self::Cedar,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
impl From<&str> for VoiceIdsShared {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
impl From<String> for VoiceIdsShared {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
impl std::fmt::Display for VoiceIdsShared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
impl Serialize for VoiceIdsShared {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
impl<'de> Deserialize<'de> for VoiceIdsShared {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
impl Default for VoiceIdsShared {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
/// Custom voice reference.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct VoiceIdsOrCustomVoiceObject {
    /// The custom voice ID, e.g. `voice_1234`.
    pub id: String,
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
impl sdk_runtime_types::de::Object for VoiceIdsOrCustomVoiceObject {
    const NAME: &'static str = "VoiceIdsOrCustomVoiceObject";
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
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
impl<'de> Deserialize<'de> for VoiceIdsOrCustomVoiceObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
impl VoiceIdsOrCustomVoiceObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
