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
impl sdk_runtime_types::de::TaggedUnion for Event {
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
        sdk_runtime_types::de::tagged(deserializer)
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct EventStarted {
    #[serde(rename = "type")]
    pub type_: StartedLiteral,
}
impl sdk_runtime_types::de::Object for EventStarted {
    const NAME: &'static str = "EventStarted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<StartedLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
        })
    }
}
impl<'de> Deserialize<'de> for EventStarted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl EventStarted {
    /// A value with every optional field unset.
    #[inline]
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
    #[inline]
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
        sdk_runtime_types::de::literal(deserializer, "started").map(|()| Self::Started)
    }
}
/// Progress
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct EventProgress {
    #[serde(rename = "type")]
    pub type_: ProgressLiteral,
    pub percent: f64,
}
impl sdk_runtime_types::de::Object for EventProgress {
    const NAME: &'static str = "EventProgress";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ProgressLiteral> = None;
        let mut percent: Option<f64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "percent" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut percent),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            percent: percent.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for EventProgress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl EventProgress {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
    #[inline]
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
        sdk_runtime_types::de::literal(deserializer, "progress").map(|()| Self::Progress)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct StreamEventsRequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,
}
impl sdk_runtime_types::de::Object for StreamEventsRequest {
    const NAME: &'static str = "StreamEventsRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut stream: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "stream" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut stream),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { stream })
    }
}
impl<'de> Deserialize<'de> for StreamEventsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl StreamEventsRequest {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { stream: None }
    }
    /// Sets `stream`.
    pub fn stream(mut self, value: impl Into<bool>) -> Self {
        self.stream = Some(value.into());
        self
    }
}
