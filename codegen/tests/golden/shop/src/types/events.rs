//! Types of the `events` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// `started`
    Started(EventStarted),
    /// `progress`
    Progress(EventProgress),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for Event {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Started(value) => value.serialize(serializer),
            Self::Progress(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime::de::TaggedUnion for Event {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "started" => Deserialize::deserialize(content).map(Self::Started),
                "progress" => Deserialize::deserialize(content).map(Self::Progress),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for Event {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::tagged(deserializer)
    }
}
impl From<EventStarted> for Event {
    fn from(value: EventStarted) -> Self {
        Self::Started(value)
    }
}
impl From<EventProgress> for Event {
    fn from(value: EventProgress) -> Self {
        Self::Progress(value)
    }
}
/// Started
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct EventStarted {
    #[serde(rename = "type")]
    pub type_: StartedLiteral,
}
impl EventStarted {
    /// A value with every optional field unset.
    pub fn new() -> Self {
        Self { type_: Default::default() }
    }
}
/// The constant `started`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum StartedLiteral {
    /// `started`
    #[default]
    Started,
}
impl StartedLiteral {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &'static str {
        "started"
    }
}
impl std::fmt::Display for StartedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StartedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("started")
    }
}
impl<'de> Deserialize<'de> for StartedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::literal(deserializer, "started").map(|()| Self::Started)
    }
}
/// Progress
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct EventProgress {
    #[serde(rename = "type")]
    pub type_: ProgressLiteral,
    #[serde(default)]
    pub percent: f64,
}
impl EventProgress {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(percent: impl Into<f64>) -> Self {
        Self {
            type_: Default::default(),
            percent: percent.into(),
        }
    }
}
/// The constant `progress`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ProgressLiteral {
    /// `progress`
    #[default]
    Progress,
}
impl ProgressLiteral {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &'static str {
        "progress"
    }
}
impl std::fmt::Display for ProgressLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ProgressLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("progress")
    }
}
impl<'de> Deserialize<'de> for ProgressLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::literal(deserializer, "progress").map(|()| Self::Progress)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct StreamEventsRequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,
}
impl StreamEventsRequest {
    /// A value with every optional field unset.
    pub fn new() -> Self {
        Self { stream: None }
    }
    /// Sets `stream`.
    pub fn stream(mut self, value: impl Into<bool>) -> Self {
        self.stream = Some(value.into());
        self
    }
}
