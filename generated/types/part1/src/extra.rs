//! Free-standing schemas (feature `extra-types`).
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
/// Represents an event emitted when streaming a Run.
///
/// Each event in a server-sent events stream has an `event` and `data` property:
///
/// ```text
/// event: thread.created
/// data: {"id": "thread_123", "object": "thread", ...}
/// ```
///
/// We emit events whenever a new object is created, transitions to a new state, or is being
/// streamed in parts (deltas). For example, we emit `thread.run.created` when a new run
/// is created, `thread.run.completed` when a run completes, and so on. When an Assistant chooses
/// to create a message during a run, we emit a `thread.message.created event`, a
/// `thread.message.in_progress` event, many `thread.message.delta` events, and finally a
/// `thread.message.completed` event.
///
/// We may add additional events over time, so we recommend handling unknown events gracefully
/// in your code. See the [Assistants API quickstart](https://platform.openai.com/docs/assistants/overview) to learn how to
/// integrate the Assistants API with streaming.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum AssistantStreamEvent {
    ThreadStreamEvent(ThreadStreamEvent),
    ErrorEvent(ErrorEvent),
    DoneEvent(DoneEvent),
    RunStreamEvent(Box<RunStreamEvent>),
    RunStepStreamEvent(RunStepStreamEvent),
    MessageStreamEvent(MessageStreamEvent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<ThreadStreamEvent> for AssistantStreamEvent {
    fn from(value: ThreadStreamEvent) -> Self {
        Self::ThreadStreamEvent(value)
    }
}
impl From<ErrorEvent> for AssistantStreamEvent {
    fn from(value: ErrorEvent) -> Self {
        Self::ErrorEvent(value)
    }
}
impl From<DoneEvent> for AssistantStreamEvent {
    fn from(value: DoneEvent) -> Self {
        Self::DoneEvent(value)
    }
}
impl From<RunStreamEvent> for AssistantStreamEvent {
    fn from(value: RunStreamEvent) -> Self {
        Self::RunStreamEvent(Box::new(value))
    }
}
impl From<RunStepStreamEvent> for AssistantStreamEvent {
    fn from(value: RunStepStreamEvent) -> Self {
        Self::RunStepStreamEvent(value)
    }
}
impl From<MessageStreamEvent> for AssistantStreamEvent {
    fn from(value: MessageStreamEvent) -> Self {
        Self::MessageStreamEvent(value)
    }
}
pub type ThreadStreamEvent = ThreadStreamEvent2;
/// Occurs when a new [thread](https://platform.openai.com/docs/api-reference/threads/object) is created.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ThreadStreamEvent2 {
    /// Whether to enable input audio transcription.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    pub event: ThreadCreatedLiteral,
    pub data: ThreadObject,
}
impl sdk_runtime_types::de::Object for ThreadStreamEvent2 {
    const NAME: &'static str = "ThreadStreamEvent2";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut enabled: Option<bool> = None;
        let mut event: Option<ThreadCreatedLiteral> = None;
        let mut data: Option<ThreadObject> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "enabled" => 0,
                    "event" => 1,
                    "data" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut enabled),
                1 => sdk_runtime_types::de::value(&mut map, &mut event),
                2 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            enabled,
            event: sdk_runtime_types::de::required::<_, A::Error>(event, "event")?,
            data: sdk_runtime_types::de::required::<_, A::Error>(data, "data")?,
        })
    }
}
impl<'de> Deserialize<'de> for ThreadStreamEvent2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ThreadStreamEvent2 {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<ThreadObject>) -> Self {
        Self {
            enabled: None,
            event: Default::default(),
            data: data.into(),
        }
    }
    /// Sets `enabled`.
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
}
/// The constant `thread.created`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadCreatedLiteral {
    /// `thread.created`
    #[default]
    ThreadCreated,
}
impl ThreadCreatedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.created"
    }
}
impl std::fmt::Display for ThreadCreatedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ThreadCreatedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.created")
    }
}
impl<'de> Deserialize<'de> for ThreadCreatedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.created")
            .map(|()| Self::ThreadCreated)
    }
}
///
/// Told apart by the `event` property.
#[derive(Debug, Clone, PartialEq)]
pub enum RunStreamEvent {
    /// `thread.run.created`
    ThreadRunCreated(RunStreamEventThreadRunCreated),
    /// `thread.run.queued`
    ThreadRunQueued(RunStreamEventThreadRunQueued),
    /// `thread.run.in_progress`
    ThreadRunInProgress(RunStreamEventThreadRunInProgress),
    /// `thread.run.requires_action`
    ThreadRunRequiresAction(RunStreamEventThreadRunRequiresAction),
    /// `thread.run.completed`
    ThreadRunCompleted(RunStreamEventThreadRunCompleted),
    /// `thread.run.incomplete`
    ThreadRunIncomplete(RunStreamEventThreadRunIncomplete),
    /// `thread.run.failed`
    ThreadRunFailed(RunStreamEventThreadRunFailed),
    /// `thread.run.cancelling`
    ThreadRunCancelling(RunStreamEventThreadRunCancelling),
    /// `thread.run.cancelled`
    ThreadRunCancelled(RunStreamEventThreadRunCancelled),
    /// `thread.run.expired`
    ThreadRunExpired(RunStreamEventThreadRunExpired),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for RunStreamEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ThreadRunCreated(value) => value.serialize(serializer),
            Self::ThreadRunQueued(value) => value.serialize(serializer),
            Self::ThreadRunInProgress(value) => value.serialize(serializer),
            Self::ThreadRunRequiresAction(value) => value.serialize(serializer),
            Self::ThreadRunCompleted(value) => value.serialize(serializer),
            Self::ThreadRunIncomplete(value) => value.serialize(serializer),
            Self::ThreadRunFailed(value) => value.serialize(serializer),
            Self::ThreadRunCancelling(value) => value.serialize(serializer),
            Self::ThreadRunCancelled(value) => value.serialize(serializer),
            Self::ThreadRunExpired(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for RunStreamEvent {
    const TAG: &'static str = "event";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "thread.run.created" => {
                    Deserialize::deserialize(content).map(Self::ThreadRunCreated)
                }
                "thread.run.queued" => {
                    Deserialize::deserialize(content).map(Self::ThreadRunQueued)
                }
                "thread.run.in_progress" => {
                    Deserialize::deserialize(content).map(Self::ThreadRunInProgress)
                }
                "thread.run.requires_action" => {
                    Deserialize::deserialize(content).map(Self::ThreadRunRequiresAction)
                }
                "thread.run.completed" => {
                    Deserialize::deserialize(content).map(Self::ThreadRunCompleted)
                }
                "thread.run.incomplete" => {
                    Deserialize::deserialize(content).map(Self::ThreadRunIncomplete)
                }
                "thread.run.failed" => {
                    Deserialize::deserialize(content).map(Self::ThreadRunFailed)
                }
                "thread.run.cancelling" => {
                    Deserialize::deserialize(content).map(Self::ThreadRunCancelling)
                }
                "thread.run.cancelled" => {
                    Deserialize::deserialize(content).map(Self::ThreadRunCancelled)
                }
                "thread.run.expired" => {
                    Deserialize::deserialize(content).map(Self::ThreadRunExpired)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for RunStreamEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<RunStreamEventThreadRunCreated> for RunStreamEvent {
    fn from(value: RunStreamEventThreadRunCreated) -> Self {
        Self::ThreadRunCreated(value)
    }
}
impl From<RunStreamEventThreadRunQueued> for RunStreamEvent {
    fn from(value: RunStreamEventThreadRunQueued) -> Self {
        Self::ThreadRunQueued(value)
    }
}
impl From<RunStreamEventThreadRunInProgress> for RunStreamEvent {
    fn from(value: RunStreamEventThreadRunInProgress) -> Self {
        Self::ThreadRunInProgress(value)
    }
}
impl From<RunStreamEventThreadRunRequiresAction> for RunStreamEvent {
    fn from(value: RunStreamEventThreadRunRequiresAction) -> Self {
        Self::ThreadRunRequiresAction(value)
    }
}
impl From<RunStreamEventThreadRunCompleted> for RunStreamEvent {
    fn from(value: RunStreamEventThreadRunCompleted) -> Self {
        Self::ThreadRunCompleted(value)
    }
}
impl From<RunStreamEventThreadRunIncomplete> for RunStreamEvent {
    fn from(value: RunStreamEventThreadRunIncomplete) -> Self {
        Self::ThreadRunIncomplete(value)
    }
}
impl From<RunStreamEventThreadRunFailed> for RunStreamEvent {
    fn from(value: RunStreamEventThreadRunFailed) -> Self {
        Self::ThreadRunFailed(value)
    }
}
impl From<RunStreamEventThreadRunCancelling> for RunStreamEvent {
    fn from(value: RunStreamEventThreadRunCancelling) -> Self {
        Self::ThreadRunCancelling(value)
    }
}
impl From<RunStreamEventThreadRunCancelled> for RunStreamEvent {
    fn from(value: RunStreamEventThreadRunCancelled) -> Self {
        Self::ThreadRunCancelled(value)
    }
}
impl From<RunStreamEventThreadRunExpired> for RunStreamEvent {
    fn from(value: RunStreamEventThreadRunExpired) -> Self {
        Self::ThreadRunExpired(value)
    }
}
/// Occurs when a new [run](https://platform.openai.com/docs/api-reference/runs/object) is created.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RunStreamEventThreadRunCreated {
    pub event: ThreadRunCreatedLiteral,
    pub data: RunObject,
}
impl sdk_runtime_types::de::Object for RunStreamEventThreadRunCreated {
    const NAME: &'static str = "RunStreamEventThreadRunCreated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunCreatedLiteral> = None;
        let mut data: Option<RunObject> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event: sdk_runtime_types::de::required::<_, A::Error>(event, "event")?,
            data: data.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RunStreamEventThreadRunCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStreamEventThreadRunCreated {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<RunObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
/// The constant `thread.run.created`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunCreatedLiteral {
    /// `thread.run.created`
    #[default]
    ThreadRunCreated,
}
impl ThreadRunCreatedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.created"
    }
}
impl std::fmt::Display for ThreadRunCreatedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ThreadRunCreatedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.created")
    }
}
impl<'de> Deserialize<'de> for ThreadRunCreatedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.created")
            .map(|()| Self::ThreadRunCreated)
    }
}
/// Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) moves to a `queued` status.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RunStreamEventThreadRunQueued {
    pub event: ThreadRunQueuedLiteral,
    pub data: RunObject,
}
impl sdk_runtime_types::de::Object for RunStreamEventThreadRunQueued {
    const NAME: &'static str = "RunStreamEventThreadRunQueued";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunQueuedLiteral> = None;
        let mut data: Option<RunObject> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event: sdk_runtime_types::de::required::<_, A::Error>(event, "event")?,
            data: data.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RunStreamEventThreadRunQueued {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStreamEventThreadRunQueued {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<RunObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
/// The constant `thread.run.queued`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunQueuedLiteral {
    /// `thread.run.queued`
    #[default]
    ThreadRunQueued,
}
impl ThreadRunQueuedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.queued"
    }
}
impl std::fmt::Display for ThreadRunQueuedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ThreadRunQueuedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.queued")
    }
}
impl<'de> Deserialize<'de> for ThreadRunQueuedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.queued")
            .map(|()| Self::ThreadRunQueued)
    }
}
/// Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) moves to an `in_progress` status.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RunStreamEventThreadRunInProgress {
    pub event: ThreadRunInProgressLiteral,
    pub data: RunObject,
}
impl sdk_runtime_types::de::Object for RunStreamEventThreadRunInProgress {
    const NAME: &'static str = "RunStreamEventThreadRunInProgress";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunInProgressLiteral> = None;
        let mut data: Option<RunObject> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event: sdk_runtime_types::de::required::<_, A::Error>(event, "event")?,
            data: data.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RunStreamEventThreadRunInProgress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStreamEventThreadRunInProgress {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<RunObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
/// The constant `thread.run.in_progress`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunInProgressLiteral {
    /// `thread.run.in_progress`
    #[default]
    ThreadRunInProgress,
}
impl ThreadRunInProgressLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.in_progress"
    }
}
impl std::fmt::Display for ThreadRunInProgressLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ThreadRunInProgressLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.in_progress")
    }
}
impl<'de> Deserialize<'de> for ThreadRunInProgressLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.in_progress")
            .map(|()| Self::ThreadRunInProgress)
    }
}
/// Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) moves to a `requires_action` status.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RunStreamEventThreadRunRequiresAction {
    pub event: ThreadRunRequiresActionLiteral,
    pub data: RunObject,
}
impl sdk_runtime_types::de::Object for RunStreamEventThreadRunRequiresAction {
    const NAME: &'static str = "RunStreamEventThreadRunRequiresAction";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunRequiresActionLiteral> = None;
        let mut data: Option<RunObject> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event: sdk_runtime_types::de::required::<_, A::Error>(event, "event")?,
            data: data.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RunStreamEventThreadRunRequiresAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStreamEventThreadRunRequiresAction {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<RunObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
/// The constant `thread.run.requires_action`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunRequiresActionLiteral {
    /// `thread.run.requires_action`
    #[default]
    ThreadRunRequiresAction,
}
impl ThreadRunRequiresActionLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.requires_action"
    }
}
impl std::fmt::Display for ThreadRunRequiresActionLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ThreadRunRequiresActionLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.requires_action")
    }
}
impl<'de> Deserialize<'de> for ThreadRunRequiresActionLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.requires_action")
            .map(|()| Self::ThreadRunRequiresAction)
    }
}
/// Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) is completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RunStreamEventThreadRunCompleted {
    pub event: ThreadRunCompletedLiteral,
    pub data: RunObject,
}
impl sdk_runtime_types::de::Object for RunStreamEventThreadRunCompleted {
    const NAME: &'static str = "RunStreamEventThreadRunCompleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunCompletedLiteral> = None;
        let mut data: Option<RunObject> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event: sdk_runtime_types::de::required::<_, A::Error>(event, "event")?,
            data: data.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RunStreamEventThreadRunCompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStreamEventThreadRunCompleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<RunObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
/// The constant `thread.run.completed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunCompletedLiteral {
    /// `thread.run.completed`
    #[default]
    ThreadRunCompleted,
}
impl ThreadRunCompletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.completed"
    }
}
impl std::fmt::Display for ThreadRunCompletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ThreadRunCompletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.completed")
    }
}
impl<'de> Deserialize<'de> for ThreadRunCompletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.completed")
            .map(|()| Self::ThreadRunCompleted)
    }
}
/// Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) ends with status `incomplete`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RunStreamEventThreadRunIncomplete {
    pub event: ThreadRunIncompleteLiteral,
    pub data: RunObject,
}
impl sdk_runtime_types::de::Object for RunStreamEventThreadRunIncomplete {
    const NAME: &'static str = "RunStreamEventThreadRunIncomplete";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunIncompleteLiteral> = None;
        let mut data: Option<RunObject> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event: sdk_runtime_types::de::required::<_, A::Error>(event, "event")?,
            data: data.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RunStreamEventThreadRunIncomplete {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStreamEventThreadRunIncomplete {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<RunObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
/// The constant `thread.run.incomplete`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunIncompleteLiteral {
    /// `thread.run.incomplete`
    #[default]
    ThreadRunIncomplete,
}
impl ThreadRunIncompleteLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.incomplete"
    }
}
impl std::fmt::Display for ThreadRunIncompleteLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ThreadRunIncompleteLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.incomplete")
    }
}
impl<'de> Deserialize<'de> for ThreadRunIncompleteLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.incomplete")
            .map(|()| Self::ThreadRunIncomplete)
    }
}
/// Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) fails.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RunStreamEventThreadRunFailed {
    pub event: ThreadRunFailedLiteral,
    pub data: RunObject,
}
impl sdk_runtime_types::de::Object for RunStreamEventThreadRunFailed {
    const NAME: &'static str = "RunStreamEventThreadRunFailed";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunFailedLiteral> = None;
        let mut data: Option<RunObject> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event: sdk_runtime_types::de::required::<_, A::Error>(event, "event")?,
            data: data.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RunStreamEventThreadRunFailed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStreamEventThreadRunFailed {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<RunObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
/// The constant `thread.run.failed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunFailedLiteral {
    /// `thread.run.failed`
    #[default]
    ThreadRunFailed,
}
impl ThreadRunFailedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.failed"
    }
}
impl std::fmt::Display for ThreadRunFailedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ThreadRunFailedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.failed")
    }
}
impl<'de> Deserialize<'de> for ThreadRunFailedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.failed")
            .map(|()| Self::ThreadRunFailed)
    }
}
/// Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) moves to a `cancelling` status.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RunStreamEventThreadRunCancelling {
    pub event: ThreadRunCancellingLiteral,
    pub data: RunObject,
}
impl sdk_runtime_types::de::Object for RunStreamEventThreadRunCancelling {
    const NAME: &'static str = "RunStreamEventThreadRunCancelling";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunCancellingLiteral> = None;
        let mut data: Option<RunObject> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event: sdk_runtime_types::de::required::<_, A::Error>(event, "event")?,
            data: data.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RunStreamEventThreadRunCancelling {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStreamEventThreadRunCancelling {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<RunObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
/// The constant `thread.run.cancelling`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunCancellingLiteral {
    /// `thread.run.cancelling`
    #[default]
    ThreadRunCancelling,
}
impl ThreadRunCancellingLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.cancelling"
    }
}
impl std::fmt::Display for ThreadRunCancellingLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ThreadRunCancellingLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.cancelling")
    }
}
impl<'de> Deserialize<'de> for ThreadRunCancellingLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.cancelling")
            .map(|()| Self::ThreadRunCancelling)
    }
}
/// Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) is cancelled.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RunStreamEventThreadRunCancelled {
    pub event: ThreadRunCancelledLiteral,
    pub data: RunObject,
}
impl sdk_runtime_types::de::Object for RunStreamEventThreadRunCancelled {
    const NAME: &'static str = "RunStreamEventThreadRunCancelled";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunCancelledLiteral> = None;
        let mut data: Option<RunObject> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event: sdk_runtime_types::de::required::<_, A::Error>(event, "event")?,
            data: data.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RunStreamEventThreadRunCancelled {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStreamEventThreadRunCancelled {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<RunObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
/// The constant `thread.run.cancelled`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunCancelledLiteral {
    /// `thread.run.cancelled`
    #[default]
    ThreadRunCancelled,
}
impl ThreadRunCancelledLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.cancelled"
    }
}
impl std::fmt::Display for ThreadRunCancelledLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ThreadRunCancelledLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.cancelled")
    }
}
impl<'de> Deserialize<'de> for ThreadRunCancelledLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.cancelled")
            .map(|()| Self::ThreadRunCancelled)
    }
}
/// Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) expires.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RunStreamEventThreadRunExpired {
    pub event: ThreadRunExpiredLiteral,
    pub data: RunObject,
}
impl sdk_runtime_types::de::Object for RunStreamEventThreadRunExpired {
    const NAME: &'static str = "RunStreamEventThreadRunExpired";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunExpiredLiteral> = None;
        let mut data: Option<RunObject> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event: sdk_runtime_types::de::required::<_, A::Error>(event, "event")?,
            data: data.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RunStreamEventThreadRunExpired {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStreamEventThreadRunExpired {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<RunObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
/// The constant `thread.run.expired`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunExpiredLiteral {
    /// `thread.run.expired`
    #[default]
    ThreadRunExpired,
}
impl ThreadRunExpiredLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.expired"
    }
}
impl std::fmt::Display for ThreadRunExpiredLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ThreadRunExpiredLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.expired")
    }
}
impl<'de> Deserialize<'de> for ThreadRunExpiredLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.expired")
            .map(|()| Self::ThreadRunExpired)
    }
}
///
/// Told apart by the `event` property.
#[derive(Debug, Clone, PartialEq)]
pub enum RunStepStreamEvent {
    /// `thread.run.step.created`
    ThreadRunStepCreated(RunStepStreamEventThreadRunStepCreated),
    /// `thread.run.step.in_progress`
    ThreadRunStepInProgress(RunStepStreamEventThreadRunStepInProgress),
    /// `thread.run.step.delta`
    ThreadRunStepDelta(RunStepStreamEventThreadRunStepDelta),
    /// `thread.run.step.completed`
    ThreadRunStepCompleted(RunStepStreamEventThreadRunStepCompleted),
    /// `thread.run.step.failed`
    ThreadRunStepFailed(RunStepStreamEventThreadRunStepFailed),
    /// `thread.run.step.cancelled`
    ThreadRunStepCancelled(RunStepStreamEventThreadRunStepCancelled),
    /// `thread.run.step.expired`
    ThreadRunStepExpired(RunStepStreamEventThreadRunStepExpired),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for RunStepStreamEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ThreadRunStepCreated(value) => value.serialize(serializer),
            Self::ThreadRunStepInProgress(value) => value.serialize(serializer),
            Self::ThreadRunStepDelta(value) => value.serialize(serializer),
            Self::ThreadRunStepCompleted(value) => value.serialize(serializer),
            Self::ThreadRunStepFailed(value) => value.serialize(serializer),
            Self::ThreadRunStepCancelled(value) => value.serialize(serializer),
            Self::ThreadRunStepExpired(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for RunStepStreamEvent {
    const TAG: &'static str = "event";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "thread.run.step.created" => {
                    Deserialize::deserialize(content).map(Self::ThreadRunStepCreated)
                }
                "thread.run.step.in_progress" => {
                    Deserialize::deserialize(content).map(Self::ThreadRunStepInProgress)
                }
                "thread.run.step.delta" => {
                    Deserialize::deserialize(content).map(Self::ThreadRunStepDelta)
                }
                "thread.run.step.completed" => {
                    Deserialize::deserialize(content).map(Self::ThreadRunStepCompleted)
                }
                "thread.run.step.failed" => {
                    Deserialize::deserialize(content).map(Self::ThreadRunStepFailed)
                }
                "thread.run.step.cancelled" => {
                    Deserialize::deserialize(content).map(Self::ThreadRunStepCancelled)
                }
                "thread.run.step.expired" => {
                    Deserialize::deserialize(content).map(Self::ThreadRunStepExpired)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for RunStepStreamEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<RunStepStreamEventThreadRunStepCreated> for RunStepStreamEvent {
    fn from(value: RunStepStreamEventThreadRunStepCreated) -> Self {
        Self::ThreadRunStepCreated(value)
    }
}
impl From<RunStepStreamEventThreadRunStepInProgress> for RunStepStreamEvent {
    fn from(value: RunStepStreamEventThreadRunStepInProgress) -> Self {
        Self::ThreadRunStepInProgress(value)
    }
}
impl From<RunStepStreamEventThreadRunStepDelta> for RunStepStreamEvent {
    fn from(value: RunStepStreamEventThreadRunStepDelta) -> Self {
        Self::ThreadRunStepDelta(value)
    }
}
impl From<RunStepStreamEventThreadRunStepCompleted> for RunStepStreamEvent {
    fn from(value: RunStepStreamEventThreadRunStepCompleted) -> Self {
        Self::ThreadRunStepCompleted(value)
    }
}
impl From<RunStepStreamEventThreadRunStepFailed> for RunStepStreamEvent {
    fn from(value: RunStepStreamEventThreadRunStepFailed) -> Self {
        Self::ThreadRunStepFailed(value)
    }
}
impl From<RunStepStreamEventThreadRunStepCancelled> for RunStepStreamEvent {
    fn from(value: RunStepStreamEventThreadRunStepCancelled) -> Self {
        Self::ThreadRunStepCancelled(value)
    }
}
impl From<RunStepStreamEventThreadRunStepExpired> for RunStepStreamEvent {
    fn from(value: RunStepStreamEventThreadRunStepExpired) -> Self {
        Self::ThreadRunStepExpired(value)
    }
}
/// Occurs when a [run step](https://platform.openai.com/docs/api-reference/run-steps/step-object) is created.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RunStepStreamEventThreadRunStepCreated {
    pub event: ThreadRunStepCreatedLiteral,
    pub data: RunStepObject,
}
impl sdk_runtime_types::de::Object for RunStepStreamEventThreadRunStepCreated {
    const NAME: &'static str = "RunStepStreamEventThreadRunStepCreated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunStepCreatedLiteral> = None;
        let mut data: Option<RunStepObject> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event: sdk_runtime_types::de::required::<_, A::Error>(event, "event")?,
            data: sdk_runtime_types::de::required::<_, A::Error>(data, "data")?,
        })
    }
}
impl<'de> Deserialize<'de> for RunStepStreamEventThreadRunStepCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStepStreamEventThreadRunStepCreated {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<RunStepObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
/// The constant `thread.run.step.created`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunStepCreatedLiteral {
    /// `thread.run.step.created`
    #[default]
    ThreadRunStepCreated,
}
impl ThreadRunStepCreatedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.step.created"
    }
}
impl std::fmt::Display for ThreadRunStepCreatedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ThreadRunStepCreatedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.step.created")
    }
}
impl<'de> Deserialize<'de> for ThreadRunStepCreatedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.step.created")
            .map(|()| Self::ThreadRunStepCreated)
    }
}
/// Occurs when a [run step](https://platform.openai.com/docs/api-reference/run-steps/step-object) moves to an `in_progress` state.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RunStepStreamEventThreadRunStepInProgress {
    pub event: ThreadRunStepInProgressLiteral,
    pub data: RunStepObject,
}
impl sdk_runtime_types::de::Object for RunStepStreamEventThreadRunStepInProgress {
    const NAME: &'static str = "RunStepStreamEventThreadRunStepInProgress";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunStepInProgressLiteral> = None;
        let mut data: Option<RunStepObject> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event: sdk_runtime_types::de::required::<_, A::Error>(event, "event")?,
            data: sdk_runtime_types::de::required::<_, A::Error>(data, "data")?,
        })
    }
}
impl<'de> Deserialize<'de> for RunStepStreamEventThreadRunStepInProgress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStepStreamEventThreadRunStepInProgress {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<RunStepObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
/// The constant `thread.run.step.in_progress`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunStepInProgressLiteral {
    /// `thread.run.step.in_progress`
    #[default]
    ThreadRunStepInProgress,
}
impl ThreadRunStepInProgressLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.step.in_progress"
    }
}
impl std::fmt::Display for ThreadRunStepInProgressLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ThreadRunStepInProgressLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.step.in_progress")
    }
}
impl<'de> Deserialize<'de> for ThreadRunStepInProgressLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.step.in_progress")
            .map(|()| Self::ThreadRunStepInProgress)
    }
}
/// Occurs when parts of a [run step](https://platform.openai.com/docs/api-reference/run-steps/step-object) are being streamed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RunStepStreamEventThreadRunStepDelta {
    pub event: ThreadRunStepDeltaLiteral,
    pub data: RunStepDeltaObject,
}
impl sdk_runtime_types::de::Object for RunStepStreamEventThreadRunStepDelta {
    const NAME: &'static str = "RunStepStreamEventThreadRunStepDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunStepDeltaLiteral> = None;
        let mut data: Option<RunStepDeltaObject> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event: sdk_runtime_types::de::required::<_, A::Error>(event, "event")?,
            data: data.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RunStepStreamEventThreadRunStepDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStepStreamEventThreadRunStepDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<RunStepDeltaObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
/// The constant `thread.run.step.delta`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunStepDeltaLiteral {
    /// `thread.run.step.delta`
    #[default]
    ThreadRunStepDelta,
}
impl ThreadRunStepDeltaLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.step.delta"
    }
}
impl std::fmt::Display for ThreadRunStepDeltaLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ThreadRunStepDeltaLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.step.delta")
    }
}
impl<'de> Deserialize<'de> for ThreadRunStepDeltaLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.step.delta")
            .map(|()| Self::ThreadRunStepDelta)
    }
}
/// Represents a run step delta i.e. any changed fields on a run step during streaming.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RunStepDeltaObject {
    /// The identifier of the run step, which can be referenced in API endpoints.
    pub id: String,
    /// The object type, which is always `thread.run.step.delta`.
    pub object: ThreadRunStepDeltaLiteral,
    /// The delta containing the fields that have changed on the run step.
    pub delta: RunStepDeltaObjectDelta,
}
impl sdk_runtime_types::de::Object for RunStepDeltaObject {
    const NAME: &'static str = "RunStepDeltaObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<ThreadRunStepDeltaLiteral> = None;
        let mut delta: Option<RunStepDeltaObjectDelta> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "delta" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut delta),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            delta: delta.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RunStepDeltaObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStepDeltaObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        delta: impl Into<RunStepDeltaObjectDelta>,
    ) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            delta: delta.into(),
        }
    }
}
/// The delta containing the fields that have changed on the run step.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RunStepDeltaObjectDelta {
    /// The details of the run step.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub step_details: Option<RunStepDeltaObjectDeltaStepDetails>,
}
impl sdk_runtime_types::de::Object for RunStepDeltaObjectDelta {
    const NAME: &'static str = "RunStepDeltaObjectDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut step_details: Option<RunStepDeltaObjectDeltaStepDetails> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "step_details" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut step_details),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { step_details })
    }
}
impl<'de> Deserialize<'de> for RunStepDeltaObjectDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStepDeltaObjectDelta {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { step_details: None }
    }
    /// Sets `step_details`.
    pub fn step_details(
        mut self,
        value: impl Into<RunStepDeltaObjectDeltaStepDetails>,
    ) -> Self {
        self.step_details = Some(value.into());
        self
    }
}
/// The details of the run step.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum RunStepDeltaObjectDeltaStepDetails {
    /// `message_creation`
    MessageCreation(RunStepDeltaStepDetailsMessageCreationObject),
    /// `tool_calls`
    ToolCalls(RunStepDeltaStepDetailsToolCallsObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for RunStepDeltaObjectDeltaStepDetails {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::MessageCreation(value) => value.serialize(serializer),
            Self::ToolCalls(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for RunStepDeltaObjectDeltaStepDetails {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "message_creation" => {
                    Deserialize::deserialize(content).map(Self::MessageCreation)
                }
                "tool_calls" => Deserialize::deserialize(content).map(Self::ToolCalls),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for RunStepDeltaObjectDeltaStepDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<RunStepDeltaStepDetailsMessageCreationObject>
for RunStepDeltaObjectDeltaStepDetails {
    fn from(value: RunStepDeltaStepDetailsMessageCreationObject) -> Self {
        Self::MessageCreation(value)
    }
}
impl From<RunStepDeltaStepDetailsToolCallsObject>
for RunStepDeltaObjectDeltaStepDetails {
    fn from(value: RunStepDeltaStepDetailsToolCallsObject) -> Self {
        Self::ToolCalls(value)
    }
}
/// Details of the message creation by the run step.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RunStepDeltaStepDetailsMessageCreationObject {
    /// Always `message_creation`.
    #[serde(rename = "type")]
    pub type_: MessageCreationLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_creation: Option<
        RunStepDeltaStepDetailsMessageCreationObjectMessageCreation,
    >,
}
impl sdk_runtime_types::de::Object for RunStepDeltaStepDetailsMessageCreationObject {
    const NAME: &'static str = "RunStepDeltaStepDetailsMessageCreationObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<MessageCreationLiteral> = None;
        let mut message_creation: Option<
            RunStepDeltaStepDetailsMessageCreationObjectMessageCreation,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "message_creation" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut message_creation),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            message_creation,
        })
    }
}
impl<'de> Deserialize<'de> for RunStepDeltaStepDetailsMessageCreationObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStepDeltaStepDetailsMessageCreationObject {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            message_creation: None,
        }
    }
    /// Sets `message_creation`.
    pub fn message_creation(
        mut self,
        value: impl Into<RunStepDeltaStepDetailsMessageCreationObjectMessageCreation>,
    ) -> Self {
        self.message_creation = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RunStepDeltaStepDetailsMessageCreationObjectMessageCreation {
    /// The ID of the message that was created by this run step.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for RunStepDeltaStepDetailsMessageCreationObjectMessageCreation {
    const NAME: &'static str = "RunStepDeltaStepDetailsMessageCreationObjectMessageCreation";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut message_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "message_id" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut message_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { message_id })
    }
}
impl<'de> Deserialize<'de>
for RunStepDeltaStepDetailsMessageCreationObjectMessageCreation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStepDeltaStepDetailsMessageCreationObjectMessageCreation {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { message_id: None }
    }
    /// Sets `message_id`.
    pub fn message_id(mut self, value: impl Into<String>) -> Self {
        self.message_id = Some(value.into());
        self
    }
}
/// Details of the tool call.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RunStepDeltaStepDetailsToolCallsObject {
    /// Always `tool_calls`.
    #[serde(rename = "type")]
    pub type_: ToolCallsLiteral,
    /// An array of tool calls the run step was involved in. These can be associated with one of three types of tools: `code_interpreter`, `file_search`, or `function`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_calls: Option<Vec<RunStepDeltaStepDetailsToolCallsObjectToolCallsItem>>,
}
impl sdk_runtime_types::de::Object for RunStepDeltaStepDetailsToolCallsObject {
    const NAME: &'static str = "RunStepDeltaStepDetailsToolCallsObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ToolCallsLiteral> = None;
        let mut tool_calls: Option<
            Vec<RunStepDeltaStepDetailsToolCallsObjectToolCallsItem>,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "tool_calls" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut tool_calls),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            tool_calls,
        })
    }
}
impl<'de> Deserialize<'de> for RunStepDeltaStepDetailsToolCallsObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStepDeltaStepDetailsToolCallsObject {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            tool_calls: None,
        }
    }
    /// Sets `tool_calls`.
    pub fn tool_calls(
        mut self,
        value: impl Into<Vec<RunStepDeltaStepDetailsToolCallsObjectToolCallsItem>>,
    ) -> Self {
        self.tool_calls = Some(value.into());
        self
    }
}
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum RunStepDeltaStepDetailsToolCallsObjectToolCallsItem {
    /// `code_interpreter`
    CodeInterpreter(RunStepDeltaStepDetailsToolCallsCodeObject),
    /// `file_search`
    FileSearch(RunStepDeltaStepDetailsToolCallsFileSearchObject),
    /// `function`
    Function(RunStepDeltaStepDetailsToolCallsFunctionObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for RunStepDeltaStepDetailsToolCallsObjectToolCallsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::CodeInterpreter(value) => value.serialize(serializer),
            Self::FileSearch(value) => value.serialize(serializer),
            Self::Function(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion
for RunStepDeltaStepDetailsToolCallsObjectToolCallsItem {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "code_interpreter" => {
                    Deserialize::deserialize(content).map(Self::CodeInterpreter)
                }
                "file_search" => Deserialize::deserialize(content).map(Self::FileSearch),
                "function" => Deserialize::deserialize(content).map(Self::Function),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for RunStepDeltaStepDetailsToolCallsObjectToolCallsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<RunStepDeltaStepDetailsToolCallsCodeObject>
for RunStepDeltaStepDetailsToolCallsObjectToolCallsItem {
    fn from(value: RunStepDeltaStepDetailsToolCallsCodeObject) -> Self {
        Self::CodeInterpreter(value)
    }
}
impl From<RunStepDeltaStepDetailsToolCallsFileSearchObject>
for RunStepDeltaStepDetailsToolCallsObjectToolCallsItem {
    fn from(value: RunStepDeltaStepDetailsToolCallsFileSearchObject) -> Self {
        Self::FileSearch(value)
    }
}
impl From<RunStepDeltaStepDetailsToolCallsFunctionObject>
for RunStepDeltaStepDetailsToolCallsObjectToolCallsItem {
    fn from(value: RunStepDeltaStepDetailsToolCallsFunctionObject) -> Self {
        Self::Function(value)
    }
}
/// Details of the Code Interpreter tool call the run step was involved in.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RunStepDeltaStepDetailsToolCallsCodeObject {
    /// The index of the tool call in the tool calls array.
    pub index: i64,
    /// The ID of the tool call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of tool call. This is always going to be `code_interpreter` for this type of tool call.
    #[serde(rename = "type")]
    pub type_: CodeInterpreterLiteral,
    /// The Code Interpreter tool call definition.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code_interpreter: Option<
        RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter,
    >,
}
impl sdk_runtime_types::de::Object for RunStepDeltaStepDetailsToolCallsCodeObject {
    const NAME: &'static str = "RunStepDeltaStepDetailsToolCallsCodeObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut index: Option<i64> = None;
        let mut id: Option<String> = None;
        let mut type_: Option<CodeInterpreterLiteral> = None;
        let mut code_interpreter: Option<
            RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "index" => 0,
                    "id" => 1,
                    "type" => 2,
                    "code_interpreter" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut index),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut type_),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut code_interpreter),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            index: index.unwrap_or_default(),
            id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            code_interpreter,
        })
    }
}
impl<'de> Deserialize<'de> for RunStepDeltaStepDetailsToolCallsCodeObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStepDeltaStepDetailsToolCallsCodeObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(index: impl Into<i64>) -> Self {
        Self {
            index: index.into(),
            id: None,
            type_: Default::default(),
            code_interpreter: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `code_interpreter`.
    pub fn code_interpreter(
        mut self,
        value: impl Into<RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter>,
    ) -> Self {
        self.code_interpreter = Some(value.into());
        self
    }
}
/// The Code Interpreter tool call definition.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter {
    /// The input to the Code Interpreter tool call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<String>,
    /// The outputs from the Code Interpreter tool call. Code Interpreter can output one or more items, including text (`logs`) or images (`image`). Each of these are represented by a different object type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outputs: Option<
        Vec<RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem>,
    >,
}
impl sdk_runtime_types::de::Object
for RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter {
    const NAME: &'static str = "RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut input: Option<String> = None;
        let mut outputs: Option<
            Vec<RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem>,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "input" => 0,
                    "outputs" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut input),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut outputs),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { input, outputs })
    }
}
impl<'de> Deserialize<'de>
for RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { input: None, outputs: None }
    }
    /// Sets `input`.
    pub fn input(mut self, value: impl Into<String>) -> Self {
        self.input = Some(value.into());
        self
    }
    /// Sets `outputs`.
    pub fn outputs(
        mut self,
        value: impl Into<
            Vec<RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem>,
        >,
    ) -> Self {
        self.outputs = Some(value.into());
        self
    }
}
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem {
    /// `logs`
    Logs(RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject),
    /// `image`
    Image(RunStepDeltaStepDetailsToolCallsCodeOutputImageObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Logs(value) => value.serialize(serializer),
            Self::Image(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion
for RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "logs" => Deserialize::deserialize(content).map(Self::Logs),
                "image" => Deserialize::deserialize(content).map(Self::Image),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de>
for RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject>
for RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem {
    fn from(value: RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject) -> Self {
        Self::Logs(value)
    }
}
impl From<RunStepDeltaStepDetailsToolCallsCodeOutputImageObject>
for RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutputsItem {
    fn from(value: RunStepDeltaStepDetailsToolCallsCodeOutputImageObject) -> Self {
        Self::Image(value)
    }
}
/// Text output from the Code Interpreter tool call as part of a run step.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject {
    /// The index of the output in the outputs array.
    pub index: i64,
    /// Always `logs`.
    #[serde(rename = "type")]
    pub type_: LogsLiteral,
    /// The text output from the Code Interpreter tool call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logs: Option<String>,
}
impl sdk_runtime_types::de::Object
for RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject {
    const NAME: &'static str = "RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut index: Option<i64> = None;
        let mut type_: Option<LogsLiteral> = None;
        let mut logs: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "index" => 0,
                    "type" => 1,
                    "logs" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut index),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut logs),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            index: index.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            logs,
        })
    }
}
impl<'de> Deserialize<'de> for RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(index: impl Into<i64>) -> Self {
        Self {
            index: index.into(),
            type_: Default::default(),
            logs: None,
        }
    }
    /// Sets `logs`.
    pub fn logs(mut self, value: impl Into<String>) -> Self {
        self.logs = Some(value.into());
        self
    }
}
/// Code interpreter image output
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RunStepDeltaStepDetailsToolCallsCodeOutputImageObject {
    /// The index of the output in the outputs array.
    pub index: i64,
    /// Always `image`.
    #[serde(rename = "type")]
    pub type_: ImageLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage>,
}
impl sdk_runtime_types::de::Object
for RunStepDeltaStepDetailsToolCallsCodeOutputImageObject {
    const NAME: &'static str = "RunStepDeltaStepDetailsToolCallsCodeOutputImageObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut index: Option<i64> = None;
        let mut type_: Option<ImageLiteral> = None;
        let mut image: Option<
            RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "index" => 0,
                    "type" => 1,
                    "image" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut index),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut image),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            index: index.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            image,
        })
    }
}
impl<'de> Deserialize<'de> for RunStepDeltaStepDetailsToolCallsCodeOutputImageObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStepDeltaStepDetailsToolCallsCodeOutputImageObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(index: impl Into<i64>) -> Self {
        Self {
            index: index.into(),
            type_: Default::default(),
            image: None,
        }
    }
    /// Sets `image`.
    pub fn image(
        mut self,
        value: impl Into<RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage>,
    ) -> Self {
        self.image = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage {
    /// The [file](https://platform.openai.com/docs/api-reference/files) ID of the image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage {
    const NAME: &'static str = "RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut file_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "file_id" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut file_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { file_id })
    }
}
impl<'de> Deserialize<'de>
for RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { file_id: None }
    }
    /// Sets `file_id`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
}
/// File search tool call
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RunStepDeltaStepDetailsToolCallsFileSearchObject {
    /// The index of the tool call in the tool calls array.
    pub index: i64,
    /// The ID of the tool call object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of tool call. This is always going to be `file_search` for this type of tool call.
    #[serde(rename = "type")]
    pub type_: FileSearchLiteral,
    /// For now, this is always going to be an empty object.
    pub file_search: serde_json::Map<String, serde_json::Value>,
}
impl sdk_runtime_types::de::Object for RunStepDeltaStepDetailsToolCallsFileSearchObject {
    const NAME: &'static str = "RunStepDeltaStepDetailsToolCallsFileSearchObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut index: Option<i64> = None;
        let mut id: Option<String> = None;
        let mut type_: Option<FileSearchLiteral> = None;
        let mut file_search: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "index" => 0,
                    "id" => 1,
                    "type" => 2,
                    "file_search" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut index),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut type_),
                3 => sdk_runtime_types::de::value(&mut map, &mut file_search),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            index: index.unwrap_or_default(),
            id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            file_search: file_search.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RunStepDeltaStepDetailsToolCallsFileSearchObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStepDeltaStepDetailsToolCallsFileSearchObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        index: impl Into<i64>,
        file_search: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        Self {
            index: index.into(),
            id: None,
            type_: Default::default(),
            file_search: file_search.into(),
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}
/// Function tool call
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RunStepDeltaStepDetailsToolCallsFunctionObject {
    /// The index of the tool call in the tool calls array.
    pub index: i64,
    /// The ID of the tool call object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of tool call. This is always going to be `function` for this type of tool call.
    #[serde(rename = "type")]
    pub type_: FunctionLiteral,
    /// The definition of the function that was called.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub function: Option<RunStepDeltaStepDetailsToolCallsFunctionObjectFunction>,
}
impl sdk_runtime_types::de::Object for RunStepDeltaStepDetailsToolCallsFunctionObject {
    const NAME: &'static str = "RunStepDeltaStepDetailsToolCallsFunctionObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut index: Option<i64> = None;
        let mut id: Option<String> = None;
        let mut type_: Option<FunctionLiteral> = None;
        let mut function: Option<
            RunStepDeltaStepDetailsToolCallsFunctionObjectFunction,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "index" => 0,
                    "id" => 1,
                    "type" => 2,
                    "function" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut index),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut type_),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut function),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            index: index.unwrap_or_default(),
            id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            function,
        })
    }
}
impl<'de> Deserialize<'de> for RunStepDeltaStepDetailsToolCallsFunctionObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStepDeltaStepDetailsToolCallsFunctionObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(index: impl Into<i64>) -> Self {
        Self {
            index: index.into(),
            id: None,
            type_: Default::default(),
            function: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `function`.
    pub fn function(
        mut self,
        value: impl Into<RunStepDeltaStepDetailsToolCallsFunctionObjectFunction>,
    ) -> Self {
        self.function = Some(value.into());
        self
    }
}
/// The definition of the function that was called.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RunStepDeltaStepDetailsToolCallsFunctionObjectFunction {
    /// The name of the function.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The arguments passed to the function.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arguments: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
}
impl sdk_runtime_types::de::Object
for RunStepDeltaStepDetailsToolCallsFunctionObjectFunction {
    const NAME: &'static str = "RunStepDeltaStepDetailsToolCallsFunctionObjectFunction";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut arguments: Option<String> = None;
        let mut output: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "arguments" => 1,
                    "output" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut arguments),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut output),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { name, arguments, output })
    }
}
impl<'de> Deserialize<'de> for RunStepDeltaStepDetailsToolCallsFunctionObjectFunction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStepDeltaStepDetailsToolCallsFunctionObjectFunction {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            name: None,
            arguments: None,
            output: None,
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `arguments`.
    pub fn arguments(mut self, value: impl Into<String>) -> Self {
        self.arguments = Some(value.into());
        self
    }
    /// Sets `output`.
    pub fn output(mut self, value: impl Into<String>) -> Self {
        self.output = Some(value.into());
        self
    }
}
/// Occurs when a [run step](https://platform.openai.com/docs/api-reference/run-steps/step-object) is completed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RunStepStreamEventThreadRunStepCompleted {
    pub event: ThreadRunStepCompletedLiteral,
    pub data: RunStepObject,
}
impl sdk_runtime_types::de::Object for RunStepStreamEventThreadRunStepCompleted {
    const NAME: &'static str = "RunStepStreamEventThreadRunStepCompleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunStepCompletedLiteral> = None;
        let mut data: Option<RunStepObject> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event: sdk_runtime_types::de::required::<_, A::Error>(event, "event")?,
            data: sdk_runtime_types::de::required::<_, A::Error>(data, "data")?,
        })
    }
}
impl<'de> Deserialize<'de> for RunStepStreamEventThreadRunStepCompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStepStreamEventThreadRunStepCompleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<RunStepObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
/// The constant `thread.run.step.completed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunStepCompletedLiteral {
    /// `thread.run.step.completed`
    #[default]
    ThreadRunStepCompleted,
}
impl ThreadRunStepCompletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.step.completed"
    }
}
impl std::fmt::Display for ThreadRunStepCompletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ThreadRunStepCompletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.step.completed")
    }
}
impl<'de> Deserialize<'de> for ThreadRunStepCompletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.step.completed")
            .map(|()| Self::ThreadRunStepCompleted)
    }
}
/// Occurs when a [run step](https://platform.openai.com/docs/api-reference/run-steps/step-object) fails.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RunStepStreamEventThreadRunStepFailed {
    pub event: ThreadRunStepFailedLiteral,
    pub data: RunStepObject,
}
impl sdk_runtime_types::de::Object for RunStepStreamEventThreadRunStepFailed {
    const NAME: &'static str = "RunStepStreamEventThreadRunStepFailed";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunStepFailedLiteral> = None;
        let mut data: Option<RunStepObject> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event: sdk_runtime_types::de::required::<_, A::Error>(event, "event")?,
            data: sdk_runtime_types::de::required::<_, A::Error>(data, "data")?,
        })
    }
}
impl<'de> Deserialize<'de> for RunStepStreamEventThreadRunStepFailed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStepStreamEventThreadRunStepFailed {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<RunStepObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
/// The constant `thread.run.step.failed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunStepFailedLiteral {
    /// `thread.run.step.failed`
    #[default]
    ThreadRunStepFailed,
}
impl ThreadRunStepFailedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.step.failed"
    }
}
impl std::fmt::Display for ThreadRunStepFailedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ThreadRunStepFailedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.step.failed")
    }
}
impl<'de> Deserialize<'de> for ThreadRunStepFailedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.step.failed")
            .map(|()| Self::ThreadRunStepFailed)
    }
}
/// Occurs when a [run step](https://platform.openai.com/docs/api-reference/run-steps/step-object) is cancelled.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RunStepStreamEventThreadRunStepCancelled {
    pub event: ThreadRunStepCancelledLiteral,
    pub data: RunStepObject,
}
impl sdk_runtime_types::de::Object for RunStepStreamEventThreadRunStepCancelled {
    const NAME: &'static str = "RunStepStreamEventThreadRunStepCancelled";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunStepCancelledLiteral> = None;
        let mut data: Option<RunStepObject> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event: sdk_runtime_types::de::required::<_, A::Error>(event, "event")?,
            data: sdk_runtime_types::de::required::<_, A::Error>(data, "data")?,
        })
    }
}
impl<'de> Deserialize<'de> for RunStepStreamEventThreadRunStepCancelled {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStepStreamEventThreadRunStepCancelled {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<RunStepObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
/// The constant `thread.run.step.cancelled`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunStepCancelledLiteral {
    /// `thread.run.step.cancelled`
    #[default]
    ThreadRunStepCancelled,
}
impl ThreadRunStepCancelledLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.step.cancelled"
    }
}
impl std::fmt::Display for ThreadRunStepCancelledLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ThreadRunStepCancelledLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.step.cancelled")
    }
}
impl<'de> Deserialize<'de> for ThreadRunStepCancelledLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.step.cancelled")
            .map(|()| Self::ThreadRunStepCancelled)
    }
}
/// Occurs when a [run step](https://platform.openai.com/docs/api-reference/run-steps/step-object) expires.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RunStepStreamEventThreadRunStepExpired {
    pub event: ThreadRunStepExpiredLiteral,
    pub data: RunStepObject,
}
impl sdk_runtime_types::de::Object for RunStepStreamEventThreadRunStepExpired {
    const NAME: &'static str = "RunStepStreamEventThreadRunStepExpired";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunStepExpiredLiteral> = None;
        let mut data: Option<RunStepObject> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event: sdk_runtime_types::de::required::<_, A::Error>(event, "event")?,
            data: sdk_runtime_types::de::required::<_, A::Error>(data, "data")?,
        })
    }
}
impl<'de> Deserialize<'de> for RunStepStreamEventThreadRunStepExpired {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RunStepStreamEventThreadRunStepExpired {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<RunStepObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
/// The constant `thread.run.step.expired`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunStepExpiredLiteral {
    /// `thread.run.step.expired`
    #[default]
    ThreadRunStepExpired,
}
impl ThreadRunStepExpiredLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.step.expired"
    }
}
impl std::fmt::Display for ThreadRunStepExpiredLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ThreadRunStepExpiredLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.step.expired")
    }
}
impl<'de> Deserialize<'de> for ThreadRunStepExpiredLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.step.expired")
            .map(|()| Self::ThreadRunStepExpired)
    }
}
///
/// Told apart by the `event` property.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageStreamEvent {
    /// `thread.message.created`
    ThreadMessageCreated(MessageStreamEventThreadMessageCreated),
    /// `thread.message.in_progress`
    ThreadMessageInProgress(MessageStreamEventThreadMessageInProgress),
    /// `thread.message.delta`
    ThreadMessageDelta(MessageStreamEventThreadMessageDelta),
    /// `thread.message.completed`
    ThreadMessageCompleted(MessageStreamEventThreadMessageCompleted),
    /// `thread.message.incomplete`
    ThreadMessageIncomplete(MessageStreamEventThreadMessageIncomplete),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for MessageStreamEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ThreadMessageCreated(value) => value.serialize(serializer),
            Self::ThreadMessageInProgress(value) => value.serialize(serializer),
            Self::ThreadMessageDelta(value) => value.serialize(serializer),
            Self::ThreadMessageCompleted(value) => value.serialize(serializer),
            Self::ThreadMessageIncomplete(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for MessageStreamEvent {
    const TAG: &'static str = "event";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "thread.message.created" => {
                    Deserialize::deserialize(content).map(Self::ThreadMessageCreated)
                }
                "thread.message.in_progress" => {
                    Deserialize::deserialize(content).map(Self::ThreadMessageInProgress)
                }
                "thread.message.delta" => {
                    Deserialize::deserialize(content).map(Self::ThreadMessageDelta)
                }
                "thread.message.completed" => {
                    Deserialize::deserialize(content).map(Self::ThreadMessageCompleted)
                }
                "thread.message.incomplete" => {
                    Deserialize::deserialize(content).map(Self::ThreadMessageIncomplete)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for MessageStreamEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<MessageStreamEventThreadMessageCreated> for MessageStreamEvent {
    fn from(value: MessageStreamEventThreadMessageCreated) -> Self {
        Self::ThreadMessageCreated(value)
    }
}
impl From<MessageStreamEventThreadMessageInProgress> for MessageStreamEvent {
    fn from(value: MessageStreamEventThreadMessageInProgress) -> Self {
        Self::ThreadMessageInProgress(value)
    }
}
impl From<MessageStreamEventThreadMessageDelta> for MessageStreamEvent {
    fn from(value: MessageStreamEventThreadMessageDelta) -> Self {
        Self::ThreadMessageDelta(value)
    }
}
impl From<MessageStreamEventThreadMessageCompleted> for MessageStreamEvent {
    fn from(value: MessageStreamEventThreadMessageCompleted) -> Self {
        Self::ThreadMessageCompleted(value)
    }
}
impl From<MessageStreamEventThreadMessageIncomplete> for MessageStreamEvent {
    fn from(value: MessageStreamEventThreadMessageIncomplete) -> Self {
        Self::ThreadMessageIncomplete(value)
    }
}
/// Occurs when a [message](https://platform.openai.com/docs/api-reference/messages/object) is created.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct MessageStreamEventThreadMessageCreated {
    pub event: ThreadMessageCreatedLiteral,
    pub data: MessageObject,
}
impl sdk_runtime_types::de::Object for MessageStreamEventThreadMessageCreated {
    const NAME: &'static str = "MessageStreamEventThreadMessageCreated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadMessageCreatedLiteral> = None;
        let mut data: Option<MessageObject> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event: sdk_runtime_types::de::required::<_, A::Error>(event, "event")?,
            data: data.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for MessageStreamEventThreadMessageCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl MessageStreamEventThreadMessageCreated {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<MessageObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
/// The constant `thread.message.created`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadMessageCreatedLiteral {
    /// `thread.message.created`
    #[default]
    ThreadMessageCreated,
}
impl ThreadMessageCreatedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.message.created"
    }
}
impl std::fmt::Display for ThreadMessageCreatedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ThreadMessageCreatedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.message.created")
    }
}
impl<'de> Deserialize<'de> for ThreadMessageCreatedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.message.created")
            .map(|()| Self::ThreadMessageCreated)
    }
}
/// Occurs when a [message](https://platform.openai.com/docs/api-reference/messages/object) moves to an `in_progress` state.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct MessageStreamEventThreadMessageInProgress {
    pub event: ThreadMessageInProgressLiteral,
    pub data: MessageObject,
}
impl sdk_runtime_types::de::Object for MessageStreamEventThreadMessageInProgress {
    const NAME: &'static str = "MessageStreamEventThreadMessageInProgress";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadMessageInProgressLiteral> = None;
        let mut data: Option<MessageObject> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event: sdk_runtime_types::de::required::<_, A::Error>(event, "event")?,
            data: data.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for MessageStreamEventThreadMessageInProgress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl MessageStreamEventThreadMessageInProgress {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<MessageObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
/// The constant `thread.message.in_progress`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadMessageInProgressLiteral {
    /// `thread.message.in_progress`
    #[default]
    ThreadMessageInProgress,
}
impl ThreadMessageInProgressLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.message.in_progress"
    }
}
impl std::fmt::Display for ThreadMessageInProgressLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ThreadMessageInProgressLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.message.in_progress")
    }
}
impl<'de> Deserialize<'de> for ThreadMessageInProgressLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.message.in_progress")
            .map(|()| Self::ThreadMessageInProgress)
    }
}
/// Occurs when parts of a [Message](https://platform.openai.com/docs/api-reference/messages/object) are being streamed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct MessageStreamEventThreadMessageDelta {
    pub event: ThreadMessageDeltaLiteral,
    pub data: MessageDeltaObject,
}
impl sdk_runtime_types::de::Object for MessageStreamEventThreadMessageDelta {
    const NAME: &'static str = "MessageStreamEventThreadMessageDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadMessageDeltaLiteral> = None;
        let mut data: Option<MessageDeltaObject> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event: sdk_runtime_types::de::required::<_, A::Error>(event, "event")?,
            data: data.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for MessageStreamEventThreadMessageDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl MessageStreamEventThreadMessageDelta {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<MessageDeltaObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
/// The constant `thread.message.delta`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadMessageDeltaLiteral {
    /// `thread.message.delta`
    #[default]
    ThreadMessageDelta,
}
impl ThreadMessageDeltaLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.message.delta"
    }
}
impl std::fmt::Display for ThreadMessageDeltaLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ThreadMessageDeltaLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.message.delta")
    }
}
impl<'de> Deserialize<'de> for ThreadMessageDeltaLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.message.delta")
            .map(|()| Self::ThreadMessageDelta)
    }
}
/// Represents a message delta i.e. any changed fields on a message during streaming.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct MessageDeltaObject {
    /// The identifier of the message, which can be referenced in API endpoints.
    pub id: String,
    /// The object type, which is always `thread.message.delta`.
    pub object: ThreadMessageDeltaLiteral,
    /// The delta containing the fields that have changed on the Message.
    pub delta: MessageDeltaObjectDelta,
}
impl sdk_runtime_types::de::Object for MessageDeltaObject {
    const NAME: &'static str = "MessageDeltaObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<ThreadMessageDeltaLiteral> = None;
        let mut delta: Option<MessageDeltaObjectDelta> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "delta" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut delta),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            delta: delta.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for MessageDeltaObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl MessageDeltaObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        delta: impl Into<MessageDeltaObjectDelta>,
    ) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            delta: delta.into(),
        }
    }
}
/// The delta containing the fields that have changed on the Message.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct MessageDeltaObjectDelta {
    /// The entity that produced the message. One of `user` or `assistant`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<MessageObjectRole>,
    /// The content of the message in array of text and/or images.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<Vec<MessageDeltaObjectDeltaContentItem>>,
}
impl sdk_runtime_types::de::Object for MessageDeltaObjectDelta {
    const NAME: &'static str = "MessageDeltaObjectDelta";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut role: Option<MessageObjectRole> = None;
        let mut content: Option<Vec<MessageDeltaObjectDeltaContentItem>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "role" => 0,
                    "content" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut role),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut content),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { role, content })
    }
}
impl<'de> Deserialize<'de> for MessageDeltaObjectDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl MessageDeltaObjectDelta {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { role: None, content: None }
    }
    /// Sets `role`.
    pub fn role(mut self, value: impl Into<MessageObjectRole>) -> Self {
        self.role = Some(value.into());
        self
    }
    /// Sets `content`.
    pub fn content(
        mut self,
        value: impl Into<Vec<MessageDeltaObjectDeltaContentItem>>,
    ) -> Self {
        self.content = Some(value.into());
        self
    }
}
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageDeltaObjectDeltaContentItem {
    /// `image_file`
    ImageFile(MessageDeltaContentImageFileObject),
    /// `text`
    Text(MessageDeltaContentTextObject),
    /// `refusal`
    Refusal(MessageDeltaContentRefusalObject),
    /// `image_url`
    ImageUrl(MessageDeltaContentImageUrlObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for MessageDeltaObjectDeltaContentItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ImageFile(value) => value.serialize(serializer),
            Self::Text(value) => value.serialize(serializer),
            Self::Refusal(value) => value.serialize(serializer),
            Self::ImageUrl(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for MessageDeltaObjectDeltaContentItem {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "image_file" => Deserialize::deserialize(content).map(Self::ImageFile),
                "text" => Deserialize::deserialize(content).map(Self::Text),
                "refusal" => Deserialize::deserialize(content).map(Self::Refusal),
                "image_url" => Deserialize::deserialize(content).map(Self::ImageUrl),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for MessageDeltaObjectDeltaContentItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<MessageDeltaContentImageFileObject> for MessageDeltaObjectDeltaContentItem {
    fn from(value: MessageDeltaContentImageFileObject) -> Self {
        Self::ImageFile(value)
    }
}
impl From<MessageDeltaContentTextObject> for MessageDeltaObjectDeltaContentItem {
    fn from(value: MessageDeltaContentTextObject) -> Self {
        Self::Text(value)
    }
}
impl From<MessageDeltaContentRefusalObject> for MessageDeltaObjectDeltaContentItem {
    fn from(value: MessageDeltaContentRefusalObject) -> Self {
        Self::Refusal(value)
    }
}
impl From<MessageDeltaContentImageUrlObject> for MessageDeltaObjectDeltaContentItem {
    fn from(value: MessageDeltaContentImageUrlObject) -> Self {
        Self::ImageUrl(value)
    }
}
/// References an image [File](https://platform.openai.com/docs/api-reference/files) in the content of a message.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct MessageDeltaContentImageFileObject {
    /// The index of the content part in the message.
    pub index: i64,
    /// Always `image_file`.
    #[serde(rename = "type")]
    pub type_: ImageFileLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_file: Option<MessageDeltaContentImageFileObjectImageFile>,
}
impl sdk_runtime_types::de::Object for MessageDeltaContentImageFileObject {
    const NAME: &'static str = "MessageDeltaContentImageFileObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut index: Option<i64> = None;
        let mut type_: Option<ImageFileLiteral> = None;
        let mut image_file: Option<MessageDeltaContentImageFileObjectImageFile> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "index" => 0,
                    "type" => 1,
                    "image_file" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut index),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut image_file),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            index: index.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            image_file,
        })
    }
}
impl<'de> Deserialize<'de> for MessageDeltaContentImageFileObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl MessageDeltaContentImageFileObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(index: impl Into<i64>) -> Self {
        Self {
            index: index.into(),
            type_: Default::default(),
            image_file: None,
        }
    }
    /// Sets `image_file`.
    pub fn image_file(
        mut self,
        value: impl Into<MessageDeltaContentImageFileObjectImageFile>,
    ) -> Self {
        self.image_file = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct MessageDeltaContentImageFileObjectImageFile {
    /// The [File](https://platform.openai.com/docs/api-reference/files) ID of the image in the message content. Set `purpose="vision"` when uploading the File if you need to later display the file content.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// Specifies the detail level of the image if specified by the user. `low` uses fewer tokens, you can opt in to high resolution using `high`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<MessageContentImageFileObjectImageFileDetail>,
}
impl sdk_runtime_types::de::Object for MessageDeltaContentImageFileObjectImageFile {
    const NAME: &'static str = "MessageDeltaContentImageFileObjectImageFile";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut file_id: Option<String> = None;
        let mut detail: Option<MessageContentImageFileObjectImageFileDetail> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "file_id" => 0,
                    "detail" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut file_id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut detail),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { file_id, detail })
    }
}
impl<'de> Deserialize<'de> for MessageDeltaContentImageFileObjectImageFile {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl MessageDeltaContentImageFileObjectImageFile {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            file_id: None,
            detail: None,
        }
    }
    /// Sets `file_id`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
    /// Sets `detail`.
    pub fn detail(
        mut self,
        value: impl Into<MessageContentImageFileObjectImageFileDetail>,
    ) -> Self {
        self.detail = Some(value.into());
        self
    }
}
/// The text content that is part of a message.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct MessageDeltaContentTextObject {
    /// The index of the content part in the message.
    pub index: i64,
    /// Always `text`.
    #[serde(rename = "type")]
    pub type_: TextLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<MessageDeltaContentTextObjectText>,
}
impl sdk_runtime_types::de::Object for MessageDeltaContentTextObject {
    const NAME: &'static str = "MessageDeltaContentTextObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut index: Option<i64> = None;
        let mut type_: Option<TextLiteral> = None;
        let mut text: Option<MessageDeltaContentTextObjectText> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "index" => 0,
                    "type" => 1,
                    "text" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut index),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut text),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            index: index.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            text,
        })
    }
}
impl<'de> Deserialize<'de> for MessageDeltaContentTextObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl MessageDeltaContentTextObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(index: impl Into<i64>) -> Self {
        Self {
            index: index.into(),
            type_: Default::default(),
            text: None,
        }
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<MessageDeltaContentTextObjectText>) -> Self {
        self.text = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct MessageDeltaContentTextObjectText {
    /// The data that makes up the text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annotations: Option<Vec<MessageDeltaContentTextObjectTextAnnotationsItem>>,
}
impl sdk_runtime_types::de::Object for MessageDeltaContentTextObjectText {
    const NAME: &'static str = "MessageDeltaContentTextObjectText";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut value: Option<String> = None;
        let mut annotations: Option<
            Vec<MessageDeltaContentTextObjectTextAnnotationsItem>,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "value" => 0,
                    "annotations" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut value),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut annotations),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { value, annotations })
    }
}
impl<'de> Deserialize<'de> for MessageDeltaContentTextObjectText {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl MessageDeltaContentTextObjectText {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            value: None,
            annotations: None,
        }
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets `annotations`.
    pub fn annotations(
        mut self,
        value: impl Into<Vec<MessageDeltaContentTextObjectTextAnnotationsItem>>,
    ) -> Self {
        self.annotations = Some(value.into());
        self
    }
}
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageDeltaContentTextObjectTextAnnotationsItem {
    /// `file_citation`
    FileCitation(MessageDeltaContentTextAnnotationsFileCitationObject),
    /// `file_path`
    FilePath(MessageDeltaContentTextAnnotationsFilePathObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for MessageDeltaContentTextObjectTextAnnotationsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::FileCitation(value) => value.serialize(serializer),
            Self::FilePath(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion
for MessageDeltaContentTextObjectTextAnnotationsItem {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "file_citation" => {
                    Deserialize::deserialize(content).map(Self::FileCitation)
                }
                "file_path" => Deserialize::deserialize(content).map(Self::FilePath),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for MessageDeltaContentTextObjectTextAnnotationsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<MessageDeltaContentTextAnnotationsFileCitationObject>
for MessageDeltaContentTextObjectTextAnnotationsItem {
    fn from(value: MessageDeltaContentTextAnnotationsFileCitationObject) -> Self {
        Self::FileCitation(value)
    }
}
impl From<MessageDeltaContentTextAnnotationsFilePathObject>
for MessageDeltaContentTextObjectTextAnnotationsItem {
    fn from(value: MessageDeltaContentTextAnnotationsFilePathObject) -> Self {
        Self::FilePath(value)
    }
}
/// A citation within the message that points to a specific quote from a specific File associated with the assistant or the message. Generated when the assistant uses the "file_search" tool to search files.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct MessageDeltaContentTextAnnotationsFileCitationObject {
    /// The index of the annotation in the text content part.
    pub index: i64,
    /// Always `file_citation`.
    #[serde(rename = "type")]
    pub type_: FileCitationLiteral,
    /// The text in the message content that needs to be replaced.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_citation: Option<
        MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_index: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_index: Option<i64>,
}
impl sdk_runtime_types::de::Object
for MessageDeltaContentTextAnnotationsFileCitationObject {
    const NAME: &'static str = "MessageDeltaContentTextAnnotationsFileCitationObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut index: Option<i64> = None;
        let mut type_: Option<FileCitationLiteral> = None;
        let mut text: Option<String> = None;
        let mut file_citation: Option<
            MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,
        > = None;
        let mut start_index: Option<i64> = None;
        let mut end_index: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "index" => 0,
                    "type" => 1,
                    "text" => 2,
                    "file_citation" => 3,
                    "start_index" => 4,
                    "end_index" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut index),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut text),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut file_citation),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut start_index),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut end_index),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            index: index.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            text,
            file_citation,
            start_index,
            end_index,
        })
    }
}
impl<'de> Deserialize<'de> for MessageDeltaContentTextAnnotationsFileCitationObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl MessageDeltaContentTextAnnotationsFileCitationObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(index: impl Into<i64>) -> Self {
        Self {
            index: index.into(),
            type_: Default::default(),
            text: None,
            file_citation: None,
            start_index: None,
            end_index: None,
        }
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
    /// Sets `file_citation`.
    pub fn file_citation(
        mut self,
        value: impl Into<
            MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,
        >,
    ) -> Self {
        self.file_citation = Some(value.into());
        self
    }
    /// Sets `start_index`.
    pub fn start_index(mut self, value: impl Into<i64>) -> Self {
        self.start_index = Some(value.into());
        self
    }
    /// Sets `end_index`.
    pub fn end_index(mut self, value: impl Into<i64>) -> Self {
        self.end_index = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation {
    /// The ID of the specific File the citation is from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// The specific quote in the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}
impl sdk_runtime_types::de::Object
for MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation {
    const NAME: &'static str = "MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut file_id: Option<String> = None;
        let mut quote: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "file_id" => 0,
                    "quote" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut file_id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut quote),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { file_id, quote })
    }
}
impl<'de> Deserialize<'de>
for MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { file_id: None, quote: None }
    }
    /// Sets `file_id`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
    /// Sets `quote`.
    pub fn quote(mut self, value: impl Into<String>) -> Self {
        self.quote = Some(value.into());
        self
    }
}
/// A URL for the file that's generated when the assistant used the `code_interpreter` tool to generate a file.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct MessageDeltaContentTextAnnotationsFilePathObject {
    /// The index of the annotation in the text content part.
    pub index: i64,
    /// Always `file_path`.
    #[serde(rename = "type")]
    pub type_: FilePathLiteral,
    /// The text in the message content that needs to be replaced.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_path: Option<MessageDeltaContentTextAnnotationsFilePathObjectFilePath>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_index: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_index: Option<i64>,
}
impl sdk_runtime_types::de::Object for MessageDeltaContentTextAnnotationsFilePathObject {
    const NAME: &'static str = "MessageDeltaContentTextAnnotationsFilePathObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut index: Option<i64> = None;
        let mut type_: Option<FilePathLiteral> = None;
        let mut text: Option<String> = None;
        let mut file_path: Option<
            MessageDeltaContentTextAnnotationsFilePathObjectFilePath,
        > = None;
        let mut start_index: Option<i64> = None;
        let mut end_index: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "index" => 0,
                    "type" => 1,
                    "text" => 2,
                    "file_path" => 3,
                    "start_index" => 4,
                    "end_index" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut index),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut text),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut file_path),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut start_index),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut end_index),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            index: index.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            text,
            file_path,
            start_index,
            end_index,
        })
    }
}
impl<'de> Deserialize<'de> for MessageDeltaContentTextAnnotationsFilePathObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl MessageDeltaContentTextAnnotationsFilePathObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(index: impl Into<i64>) -> Self {
        Self {
            index: index.into(),
            type_: Default::default(),
            text: None,
            file_path: None,
            start_index: None,
            end_index: None,
        }
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
    /// Sets `file_path`.
    pub fn file_path(
        mut self,
        value: impl Into<MessageDeltaContentTextAnnotationsFilePathObjectFilePath>,
    ) -> Self {
        self.file_path = Some(value.into());
        self
    }
    /// Sets `start_index`.
    pub fn start_index(mut self, value: impl Into<i64>) -> Self {
        self.start_index = Some(value.into());
        self
    }
    /// Sets `end_index`.
    pub fn end_index(mut self, value: impl Into<i64>) -> Self {
        self.end_index = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct MessageDeltaContentTextAnnotationsFilePathObjectFilePath {
    /// The ID of the file that was generated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
}
impl sdk_runtime_types::de::Object
for MessageDeltaContentTextAnnotationsFilePathObjectFilePath {
    const NAME: &'static str = "MessageDeltaContentTextAnnotationsFilePathObjectFilePath";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut file_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "file_id" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut file_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { file_id })
    }
}
impl<'de> Deserialize<'de> for MessageDeltaContentTextAnnotationsFilePathObjectFilePath {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl MessageDeltaContentTextAnnotationsFilePathObjectFilePath {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { file_id: None }
    }
    /// Sets `file_id`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
}
/// The refusal content that is part of a message.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct MessageDeltaContentRefusalObject {
    /// The index of the refusal part in the message.
    pub index: i64,
    /// Always `refusal`.
    #[serde(rename = "type")]
    pub type_: RefusalLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refusal: Option<String>,
}
impl sdk_runtime_types::de::Object for MessageDeltaContentRefusalObject {
    const NAME: &'static str = "MessageDeltaContentRefusalObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut index: Option<i64> = None;
        let mut type_: Option<RefusalLiteral> = None;
        let mut refusal: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "index" => 0,
                    "type" => 1,
                    "refusal" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut index),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut refusal),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            index: index.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            refusal,
        })
    }
}
impl<'de> Deserialize<'de> for MessageDeltaContentRefusalObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl MessageDeltaContentRefusalObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(index: impl Into<i64>) -> Self {
        Self {
            index: index.into(),
            type_: Default::default(),
            refusal: None,
        }
    }
    /// Sets `refusal`.
    pub fn refusal(mut self, value: impl Into<String>) -> Self {
        self.refusal = Some(value.into());
        self
    }
}
/// References an image URL in the content of a message.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct MessageDeltaContentImageUrlObject {
    /// The index of the content part in the message.
    pub index: i64,
    /// Always `image_url`.
    #[serde(rename = "type")]
    pub type_: ImageUrlLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_url: Option<MessageDeltaContentImageUrlObjectImageUrl>,
}
impl sdk_runtime_types::de::Object for MessageDeltaContentImageUrlObject {
    const NAME: &'static str = "MessageDeltaContentImageUrlObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut index: Option<i64> = None;
        let mut type_: Option<ImageUrlLiteral> = None;
        let mut image_url: Option<MessageDeltaContentImageUrlObjectImageUrl> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "index" => 0,
                    "type" => 1,
                    "image_url" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut index),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut image_url),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            index: index.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            image_url,
        })
    }
}
impl<'de> Deserialize<'de> for MessageDeltaContentImageUrlObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl MessageDeltaContentImageUrlObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(index: impl Into<i64>) -> Self {
        Self {
            index: index.into(),
            type_: Default::default(),
            image_url: None,
        }
    }
    /// Sets `image_url`.
    pub fn image_url(
        mut self,
        value: impl Into<MessageDeltaContentImageUrlObjectImageUrl>,
    ) -> Self {
        self.image_url = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct MessageDeltaContentImageUrlObjectImageUrl {
    /// The URL of the image, must be a supported image types: jpeg, jpg, png, gif, webp.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Specifies the detail level of the image. `low` uses fewer tokens, you can opt in to high resolution using `high`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<MessageContentImageFileObjectImageFileDetail>,
}
impl sdk_runtime_types::de::Object for MessageDeltaContentImageUrlObjectImageUrl {
    const NAME: &'static str = "MessageDeltaContentImageUrlObjectImageUrl";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut url: Option<String> = None;
        let mut detail: Option<MessageContentImageFileObjectImageFileDetail> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "url" => 0,
                    "detail" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut url),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut detail),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { url, detail })
    }
}
impl<'de> Deserialize<'de> for MessageDeltaContentImageUrlObjectImageUrl {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl MessageDeltaContentImageUrlObjectImageUrl {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { url: None, detail: None }
    }
    /// Sets `url`.
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }
    /// Sets `detail`.
    pub fn detail(
        mut self,
        value: impl Into<MessageContentImageFileObjectImageFileDetail>,
    ) -> Self {
        self.detail = Some(value.into());
        self
    }
}
/// Occurs when a [message](https://platform.openai.com/docs/api-reference/messages/object) is completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct MessageStreamEventThreadMessageCompleted {
    pub event: ThreadMessageCompletedLiteral,
    pub data: MessageObject,
}
impl sdk_runtime_types::de::Object for MessageStreamEventThreadMessageCompleted {
    const NAME: &'static str = "MessageStreamEventThreadMessageCompleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadMessageCompletedLiteral> = None;
        let mut data: Option<MessageObject> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event: sdk_runtime_types::de::required::<_, A::Error>(event, "event")?,
            data: data.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for MessageStreamEventThreadMessageCompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl MessageStreamEventThreadMessageCompleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<MessageObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
/// The constant `thread.message.completed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadMessageCompletedLiteral {
    /// `thread.message.completed`
    #[default]
    ThreadMessageCompleted,
}
impl ThreadMessageCompletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.message.completed"
    }
}
impl std::fmt::Display for ThreadMessageCompletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ThreadMessageCompletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.message.completed")
    }
}
impl<'de> Deserialize<'de> for ThreadMessageCompletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.message.completed")
            .map(|()| Self::ThreadMessageCompleted)
    }
}
/// Occurs when a [message](https://platform.openai.com/docs/api-reference/messages/object) ends before it is completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct MessageStreamEventThreadMessageIncomplete {
    pub event: ThreadMessageIncompleteLiteral,
    pub data: MessageObject,
}
impl sdk_runtime_types::de::Object for MessageStreamEventThreadMessageIncomplete {
    const NAME: &'static str = "MessageStreamEventThreadMessageIncomplete";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadMessageIncompleteLiteral> = None;
        let mut data: Option<MessageObject> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event: sdk_runtime_types::de::required::<_, A::Error>(event, "event")?,
            data: data.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for MessageStreamEventThreadMessageIncomplete {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl MessageStreamEventThreadMessageIncomplete {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<MessageObject>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
/// The constant `thread.message.incomplete`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadMessageIncompleteLiteral {
    /// `thread.message.incomplete`
    #[default]
    ThreadMessageIncomplete,
}
impl ThreadMessageIncompleteLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.message.incomplete"
    }
}
impl std::fmt::Display for ThreadMessageIncompleteLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ThreadMessageIncompleteLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.message.incomplete")
    }
}
impl<'de> Deserialize<'de> for ThreadMessageIncompleteLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.message.incomplete")
            .map(|()| Self::ThreadMessageIncomplete)
    }
}
/// Occurs when an [error](https://platform.openai.com/docs/guides/error-codes#api-errors) occurs. This can happen due to an internal server error or a timeout.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ErrorEvent {
    pub event: ErrorTypeLiteral,
    pub data: ErrorType,
}
impl sdk_runtime_types::de::Object for ErrorEvent {
    const NAME: &'static str = "ErrorEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ErrorTypeLiteral> = None;
        let mut data: Option<ErrorType> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event: sdk_runtime_types::de::required::<_, A::Error>(event, "event")?,
            data: sdk_runtime_types::de::required::<_, A::Error>(data, "data")?,
        })
    }
}
impl<'de> Deserialize<'de> for ErrorEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ErrorEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<ErrorType>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ErrorType {
    pub code: Option<String>,
    pub message: String,
    pub param: Option<String>,
    #[serde(rename = "type")]
    pub type_: String,
}
impl sdk_runtime_types::de::Object for ErrorType {
    const NAME: &'static str = "ErrorType";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut code: Option<String> = None;
        let mut message: Option<String> = None;
        let mut param: Option<String> = None;
        let mut type_: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "code" => 0,
                    "message" => 1,
                    "param" => 2,
                    "type" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut code),
                1 => sdk_runtime_types::de::value(&mut map, &mut message),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut param),
                3 => sdk_runtime_types::de::value(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            code,
            message: message.unwrap_or_default(),
            param,
            type_: type_.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ErrorType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ErrorType {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(message: impl Into<String>, type_: impl Into<String>) -> Self {
        Self {
            code: None,
            message: message.into(),
            param: None,
            type_: type_.into(),
        }
    }
    /// Sets `code`.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets `param`.
    pub fn param(mut self, value: impl Into<String>) -> Self {
        self.param = Some(value.into());
        self
    }
}
/// Occurs when a stream ends.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct DoneEvent {
    pub event: DoneLiteral,
    pub data: DoneLiteral2,
}
impl sdk_runtime_types::de::Object for DoneEvent {
    const NAME: &'static str = "DoneEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<DoneLiteral> = None;
        let mut data: Option<DoneLiteral2> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "event" => 0,
                    "data" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut event),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            event: sdk_runtime_types::de::required::<_, A::Error>(event, "event")?,
            data: sdk_runtime_types::de::required::<_, A::Error>(data, "data")?,
        })
    }
}
impl<'de> Deserialize<'de> for DoneEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl DoneEvent {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            event: Default::default(),
            data: Default::default(),
        }
    }
}
/// The constant `done`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum DoneLiteral {
    /// `done`
    #[default]
    Done,
}
impl DoneLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "done"
    }
}
impl std::fmt::Display for DoneLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for DoneLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("done")
    }
}
impl<'de> Deserialize<'de> for DoneLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "done").map(|()| Self::Done)
    }
}
/// The constant `[DONE]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum DoneLiteral2 {
    /// `[DONE]`
    #[default]
    Done,
}
impl DoneLiteral2 {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "[DONE]"
    }
}
impl std::fmt::Display for DoneLiteral2 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for DoneLiteral2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("[DONE]")
    }
}
impl<'de> Deserialize<'de> for DoneLiteral2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "[DONE]").map(|()| Self::Done)
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AssistantSupportedModels {
    /// `gpt-5`
    Gpt5,
    /// `gpt-5-mini`
    Gpt5Mini,
    /// `gpt-5-nano`
    Gpt5Nano,
    /// `gpt-5-2025-08-07`
    Gpt520250807,
    /// `gpt-5-mini-2025-08-07`
    Gpt5Mini20250807,
    /// `gpt-5-nano-2025-08-07`
    Gpt5Nano20250807,
    /// `gpt-4.1`
    Gpt41,
    /// `gpt-4.1-mini`
    Gpt41Mini,
    /// `gpt-4.1-nano`
    Gpt41Nano,
    /// `gpt-4.1-2025-04-14`
    Gpt4120250414,
    /// `gpt-4.1-mini-2025-04-14`
    Gpt41Mini20250414,
    /// `gpt-4.1-nano-2025-04-14`
    Gpt41Nano20250414,
    /// `o3-mini`
    O3Mini,
    /// `o3-mini-2025-01-31`
    O3Mini20250131,
    /// `o1`
    O1,
    /// `o1-2024-12-17`
    O120241217,
    /// `gpt-4o`
    Gpt4o,
    /// `gpt-4o-2024-11-20`
    Gpt4o20241120,
    /// `gpt-4o-2024-08-06`
    Gpt4o20240806,
    /// `gpt-4o-2024-05-13`
    Gpt4o20240513,
    /// `gpt-4o-mini`
    Gpt4oMini,
    /// `gpt-4o-mini-2024-07-18`
    Gpt4oMini20240718,
    /// `gpt-4.5-preview`
    Gpt45Preview,
    /// `gpt-4.5-preview-2025-02-27`
    Gpt45Preview20250227,
    /// `gpt-4-turbo`
    Gpt4Turbo,
    /// `gpt-4-turbo-2024-04-09`
    Gpt4Turbo20240409,
    /// `gpt-4-0125-preview`
    Gpt40125Preview,
    /// `gpt-4-turbo-preview`
    Gpt4TurboPreview,
    /// `gpt-4-1106-preview`
    Gpt41106Preview,
    /// `gpt-4-vision-preview`
    Gpt4VisionPreview,
    /// `gpt-4`
    Gpt4,
    /// `gpt-4-0314`
    Gpt40314,
    /// `gpt-4-0613`
    Gpt40613,
    /// `gpt-4-32k`
    Gpt432k,
    /// `gpt-4-32k-0314`
    Gpt432k0314,
    /// `gpt-4-32k-0613`
    Gpt432k0613,
    /// `gpt-3.5-turbo`
    Gpt35Turbo,
    /// `gpt-3.5-turbo-16k`
    Gpt35Turbo16k,
    /// `gpt-3.5-turbo-0613`
    Gpt35Turbo0613,
    /// `gpt-3.5-turbo-1106`
    Gpt35Turbo1106,
    /// `gpt-3.5-turbo-0125`
    Gpt35Turbo0125,
    /// `gpt-3.5-turbo-16k-0613`
    Gpt35Turbo16k0613,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl AssistantSupportedModels {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gpt5 => "gpt-5",
            Self::Gpt5Mini => "gpt-5-mini",
            Self::Gpt5Nano => "gpt-5-nano",
            Self::Gpt520250807 => "gpt-5-2025-08-07",
            Self::Gpt5Mini20250807 => "gpt-5-mini-2025-08-07",
            Self::Gpt5Nano20250807 => "gpt-5-nano-2025-08-07",
            Self::Gpt41 => "gpt-4.1",
            Self::Gpt41Mini => "gpt-4.1-mini",
            Self::Gpt41Nano => "gpt-4.1-nano",
            Self::Gpt4120250414 => "gpt-4.1-2025-04-14",
            Self::Gpt41Mini20250414 => "gpt-4.1-mini-2025-04-14",
            Self::Gpt41Nano20250414 => "gpt-4.1-nano-2025-04-14",
            Self::O3Mini => "o3-mini",
            Self::O3Mini20250131 => "o3-mini-2025-01-31",
            Self::O1 => "o1",
            Self::O120241217 => "o1-2024-12-17",
            Self::Gpt4o => "gpt-4o",
            Self::Gpt4o20241120 => "gpt-4o-2024-11-20",
            Self::Gpt4o20240806 => "gpt-4o-2024-08-06",
            Self::Gpt4o20240513 => "gpt-4o-2024-05-13",
            Self::Gpt4oMini => "gpt-4o-mini",
            Self::Gpt4oMini20240718 => "gpt-4o-mini-2024-07-18",
            Self::Gpt45Preview => "gpt-4.5-preview",
            Self::Gpt45Preview20250227 => "gpt-4.5-preview-2025-02-27",
            Self::Gpt4Turbo => "gpt-4-turbo",
            Self::Gpt4Turbo20240409 => "gpt-4-turbo-2024-04-09",
            Self::Gpt40125Preview => "gpt-4-0125-preview",
            Self::Gpt4TurboPreview => "gpt-4-turbo-preview",
            Self::Gpt41106Preview => "gpt-4-1106-preview",
            Self::Gpt4VisionPreview => "gpt-4-vision-preview",
            Self::Gpt4 => "gpt-4",
            Self::Gpt40314 => "gpt-4-0314",
            Self::Gpt40613 => "gpt-4-0613",
            Self::Gpt432k => "gpt-4-32k",
            Self::Gpt432k0314 => "gpt-4-32k-0314",
            Self::Gpt432k0613 => "gpt-4-32k-0613",
            Self::Gpt35Turbo => "gpt-3.5-turbo",
            Self::Gpt35Turbo16k => "gpt-3.5-turbo-16k",
            Self::Gpt35Turbo0613 => "gpt-3.5-turbo-0613",
            Self::Gpt35Turbo1106 => "gpt-3.5-turbo-1106",
            Self::Gpt35Turbo0125 => "gpt-3.5-turbo-0125",
            Self::Gpt35Turbo16k0613 => "gpt-3.5-turbo-16k-0613",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "gpt-5" => Self::Gpt5,
            "gpt-5-mini" => Self::Gpt5Mini,
            "gpt-5-nano" => Self::Gpt5Nano,
            "gpt-5-2025-08-07" => Self::Gpt520250807,
            "gpt-5-mini-2025-08-07" => Self::Gpt5Mini20250807,
            "gpt-5-nano-2025-08-07" => Self::Gpt5Nano20250807,
            "gpt-4.1" => Self::Gpt41,
            "gpt-4.1-mini" => Self::Gpt41Mini,
            "gpt-4.1-nano" => Self::Gpt41Nano,
            "gpt-4.1-2025-04-14" => Self::Gpt4120250414,
            "gpt-4.1-mini-2025-04-14" => Self::Gpt41Mini20250414,
            "gpt-4.1-nano-2025-04-14" => Self::Gpt41Nano20250414,
            "o3-mini" => Self::O3Mini,
            "o3-mini-2025-01-31" => Self::O3Mini20250131,
            "o1" => Self::O1,
            "o1-2024-12-17" => Self::O120241217,
            "gpt-4o" => Self::Gpt4o,
            "gpt-4o-2024-11-20" => Self::Gpt4o20241120,
            "gpt-4o-2024-08-06" => Self::Gpt4o20240806,
            "gpt-4o-2024-05-13" => Self::Gpt4o20240513,
            "gpt-4o-mini" => Self::Gpt4oMini,
            "gpt-4o-mini-2024-07-18" => Self::Gpt4oMini20240718,
            "gpt-4.5-preview" => Self::Gpt45Preview,
            "gpt-4.5-preview-2025-02-27" => Self::Gpt45Preview20250227,
            "gpt-4-turbo" => Self::Gpt4Turbo,
            "gpt-4-turbo-2024-04-09" => Self::Gpt4Turbo20240409,
            "gpt-4-0125-preview" => Self::Gpt40125Preview,
            "gpt-4-turbo-preview" => Self::Gpt4TurboPreview,
            "gpt-4-1106-preview" => Self::Gpt41106Preview,
            "gpt-4-vision-preview" => Self::Gpt4VisionPreview,
            "gpt-4" => Self::Gpt4,
            "gpt-4-0314" => Self::Gpt40314,
            "gpt-4-0613" => Self::Gpt40613,
            "gpt-4-32k" => Self::Gpt432k,
            "gpt-4-32k-0314" => Self::Gpt432k0314,
            "gpt-4-32k-0613" => Self::Gpt432k0613,
            "gpt-3.5-turbo" => Self::Gpt35Turbo,
            "gpt-3.5-turbo-16k" => Self::Gpt35Turbo16k,
            "gpt-3.5-turbo-0613" => Self::Gpt35Turbo0613,
            "gpt-3.5-turbo-1106" => Self::Gpt35Turbo1106,
            "gpt-3.5-turbo-0125" => Self::Gpt35Turbo0125,
            "gpt-3.5-turbo-16k-0613" => Self::Gpt35Turbo16k0613,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for AssistantSupportedModels {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for AssistantSupportedModels {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for AssistantSupportedModels {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for AssistantSupportedModels {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for AssistantSupportedModels {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for AssistantSupportedModels {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
pub type ChatCompletionModalities = Vec<ChatCompletionModalitiesItem>;
/// The role of the author of a message
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ChatCompletionRole {
    /// `developer`
    Developer,
    /// `system`
    System,
    /// `user`
    User,
    /// `assistant`
    Assistant,
    /// `tool`
    Tool,
    /// `function`
    Function,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl ChatCompletionRole {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Developer => "developer",
            Self::System => "system",
            Self::User => "user",
            Self::Assistant => "assistant",
            Self::Tool => "tool",
            Self::Function => "function",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "developer" => Self::Developer,
            "system" => Self::System,
            "user" => Self::User,
            "assistant" => Self::Assistant,
            "tool" => Self::Tool,
            "function" => Self::Function,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for ChatCompletionRole {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for ChatCompletionRole {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for ChatCompletionRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ChatCompletionRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ChatCompletionRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for ChatCompletionRole {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// The output of a code interpreter tool call that is a file.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CodeInterpreterFileOutput {
    /// The type of the code interpreter file output. Always `files`.
    #[serde(rename = "type")]
    pub type_: FilesLiteral,
    pub files: Vec<CodeInterpreterFileOutputFilesItem>,
}
impl sdk_runtime_types::de::Object for CodeInterpreterFileOutput {
    const NAME: &'static str = "CodeInterpreterFileOutput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<FilesLiteral> = None;
        let mut files: Option<Vec<CodeInterpreterFileOutputFilesItem>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "files" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut files),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            files: files.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for CodeInterpreterFileOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CodeInterpreterFileOutput {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(files: impl Into<Vec<CodeInterpreterFileOutputFilesItem>>) -> Self {
        Self {
            type_: Default::default(),
            files: files.into(),
        }
    }
}
/// The constant `files`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum FilesLiteral {
    /// `files`
    #[default]
    Files,
}
impl FilesLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "files"
    }
}
impl std::fmt::Display for FilesLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for FilesLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("files")
    }
}
impl<'de> Deserialize<'de> for FilesLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "files").map(|()| Self::Files)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CodeInterpreterFileOutputFilesItem {
    /// The MIME type of the file.
    pub mime_type: String,
    /// The ID of the file.
    pub file_id: String,
}
impl sdk_runtime_types::de::Object for CodeInterpreterFileOutputFilesItem {
    const NAME: &'static str = "CodeInterpreterFileOutputFilesItem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut mime_type: Option<String> = None;
        let mut file_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "mime_type" => 0,
                    "file_id" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut mime_type),
                1 => sdk_runtime_types::de::value(&mut map, &mut file_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            mime_type: mime_type.unwrap_or_default(),
            file_id: file_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for CodeInterpreterFileOutputFilesItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CodeInterpreterFileOutputFilesItem {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(mime_type: impl Into<String>, file_id: impl Into<String>) -> Self {
        Self {
            mime_type: mime_type.into(),
            file_id: file_id.into(),
        }
    }
}
/// The output of a code interpreter tool call that is text.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CodeInterpreterTextOutput {
    /// The type of the code interpreter text output. Always `logs`.
    #[serde(rename = "type")]
    pub type_: LogsLiteral,
    /// The logs of the code interpreter tool call.
    pub logs: String,
}
impl sdk_runtime_types::de::Object for CodeInterpreterTextOutput {
    const NAME: &'static str = "CodeInterpreterTextOutput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<LogsLiteral> = None;
        let mut logs: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "logs" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut logs),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            logs: logs.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for CodeInterpreterTextOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CodeInterpreterTextOutput {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(logs: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            logs: logs.into(),
        }
    }
}
/// The output of a computer tool call.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ComputerToolCallOutput {
    /// The type of the computer tool call output. Always `computer_call_output`.
    #[serde(rename = "type")]
    pub type_: ComputerCallOutputLiteral,
    /// The ID of the computer tool call output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The ID of the computer tool call that produced the output.
    pub call_id: String,
    /// The safety checks reported by the API that have been acknowledged by the
    /// developer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acknowledged_safety_checks: Option<Vec<ComputerCallSafetyCheckParam>>,
    pub output: ComputerScreenshotImage,
    /// The status of the message input. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when input items are returned via API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ComputerToolCallStatus>,
}
impl sdk_runtime_types::de::Object for ComputerToolCallOutput {
    const NAME: &'static str = "ComputerToolCallOutput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ComputerCallOutputLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut acknowledged_safety_checks: Option<Vec<ComputerCallSafetyCheckParam>> = None;
        let mut output: Option<ComputerScreenshotImage> = None;
        let mut status: Option<ComputerToolCallStatus> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "acknowledged_safety_checks" => 3,
                    "output" => 4,
                    "status" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut acknowledged_safety_checks,
                    )
                }
                4 => sdk_runtime_types::de::value(&mut map, &mut output),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id,
            call_id: call_id.unwrap_or_default(),
            acknowledged_safety_checks,
            output: output.unwrap_or_default(),
            status,
        })
    }
}
impl<'de> Deserialize<'de> for ComputerToolCallOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ComputerToolCallOutput {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        call_id: impl Into<String>,
        output: impl Into<ComputerScreenshotImage>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: None,
            call_id: call_id.into(),
            acknowledged_safety_checks: None,
            output: output.into(),
            status: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `acknowledged_safety_checks`.
    pub fn acknowledged_safety_checks(
        mut self,
        value: impl Into<Vec<ComputerCallSafetyCheckParam>>,
    ) -> Self {
        self.acknowledged_safety_checks = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<ComputerToolCallStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
/// Multi-modal input and output contents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Content {
    InputContent(InputContent),
    OutputContent(OutputContent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<InputContent> for Content {
    fn from(value: InputContent) -> Self {
        Self::InputContent(value)
    }
}
impl From<OutputContent> for Content {
    fn from(value: OutputContent) -> Self {
        Self::OutputContent(value)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateModelResponseProperties {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    /// An integer between 0 and 20 specifying the maximum number of most likely
    /// tokens to return at each token position, each with an associated log
    /// probability. In some cases, the number of returned tokens may be fewer than
    /// requested.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub top_logprobs: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub top_p: Option<f64>,
    /// This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
    /// A stable identifier for your end-users.
    /// Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices#safety-identifiers).
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub safety_identifier: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_key: Option<String>,
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_retention: Option<CreateChatCompletionRequestPromptCacheRetention>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_options: Option<PromptCacheOptionsParam>,
}
impl sdk_runtime_types::de::Object for CreateModelResponseProperties {
    const NAME: &'static str = "CreateModelResponseProperties";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut metadata: Option<Metadata> = None;
        let mut top_logprobs: Option<i64> = None;
        let mut temperature: Option<f64> = None;
        let mut top_p: Option<f64> = None;
        let mut user: Option<String> = None;
        let mut safety_identifier: Option<String> = None;
        let mut prompt_cache_key: Option<String> = None;
        let mut prompt_cache_retention: Option<
            CreateChatCompletionRequestPromptCacheRetention,
        > = None;
        let mut prompt_cache_options: Option<PromptCacheOptionsParam> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "metadata" => 0,
                    "top_logprobs" => 1,
                    "temperature" => 2,
                    "top_p" => 3,
                    "user" => 4,
                    "safety_identifier" => 5,
                    "prompt_cache_key" => 6,
                    "prompt_cache_retention" => 7,
                    "prompt_cache_options" => 8,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut top_logprobs),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut temperature),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut top_p),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut user),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut safety_identifier),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut prompt_cache_key),
                7 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut prompt_cache_retention,
                    )
                }
                8 => sdk_runtime_types::de::nullable(&mut map, &mut prompt_cache_options),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            metadata,
            top_logprobs,
            temperature,
            top_p,
            user,
            safety_identifier,
            prompt_cache_key,
            prompt_cache_retention,
            prompt_cache_options,
        })
    }
}
impl<'de> Deserialize<'de> for CreateModelResponseProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateModelResponseProperties {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            metadata: None,
            top_logprobs: None,
            temperature: None,
            top_p: None,
            user: None,
            safety_identifier: None,
            prompt_cache_key: None,
            prompt_cache_retention: None,
            prompt_cache_options: None,
        }
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
    /// Sets `top_logprobs`.
    pub fn top_logprobs(mut self, value: impl Into<i64>) -> Self {
        self.top_logprobs = Some(value.into());
        self
    }
    /// Sets `temperature`.
    pub fn temperature(mut self, value: impl Into<f64>) -> Self {
        self.temperature = Some(value.into());
        self
    }
    /// Sets `top_p`.
    pub fn top_p(mut self, value: impl Into<f64>) -> Self {
        self.top_p = Some(value.into());
        self
    }
    /// Sets `user`.
    pub fn user(mut self, value: impl Into<String>) -> Self {
        self.user = Some(value.into());
        self
    }
    /// Sets `safety_identifier`.
    pub fn safety_identifier(mut self, value: impl Into<String>) -> Self {
        self.safety_identifier = Some(value.into());
        self
    }
    /// Sets `prompt_cache_key`.
    pub fn prompt_cache_key(mut self, value: impl Into<String>) -> Self {
        self.prompt_cache_key = Some(value.into());
        self
    }
    /// Sets `prompt_cache_retention`.
    pub fn prompt_cache_retention(
        mut self,
        value: impl Into<CreateChatCompletionRequestPromptCacheRetention>,
    ) -> Self {
        self.prompt_cache_retention = Some(value.into());
        self
    }
    /// Sets `prompt_cache_options`.
    pub fn prompt_cache_options(
        mut self,
        value: impl Into<PromptCacheOptionsParam>,
    ) -> Self {
        self.prompt_cache_options = Some(value.into());
        self
    }
}
/// The deleted conversation object
pub type DeletedConversation = DeletedConversationResource;
/// JSON request body for image edits.
///
/// Use `images` (array of `ImageRefParam`) instead of multipart `image` uploads.
/// You can reference images via external URLs, data URLs, or uploaded file IDs.
/// JSON edits support GPT image models only; DALL-E edits require multipart (`dall-e-2` only).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct EditImageBodyJsonParam {
    /// The GPT image model to use for image editing, including `gpt-image-2` and its dated snapshot `gpt-image-2-2026-04-21`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<EditImageBodyJsonParamModel>,
    /// Input image references to edit.
    /// For GPT image models, you can provide up to 16 images.
    pub images: Vec<ImageRefParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mask: Option<ImageRefParam>,
    /// A text description of the desired image edit.
    pub prompt: String,
    /// The number of edited images to generate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub n: Option<i64>,
    /// Output quality for GPT image models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quality: Option<EditImageBodyJsonParamQuality>,
    /// Controls fidelity to the original input image(s).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_fidelity: Option<EditImageBodyJsonParamInputFidelity>,
    /// Requested output image size.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<EditImageBodyJsonParamSize>,
    /// A unique identifier representing your end-user, which can help OpenAI
    /// monitor and detect abuse.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// Output image format. Supported for GPT image models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_format: Option<EditImageBodyJsonParamOutputFormat>,
    /// Compression level for `jpeg` or `webp` output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_compression: Option<i64>,
    /// Moderation level for GPT image models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moderation: Option<EditImageBodyJsonParamModeration>,
    /// Set the background of the generated image output. Transparent backgrounds are available for supported GPT Image models. For `gpt-image-2` and `gpt-image-2-2026-04-21`, this support is in preview. When using `transparent`, set the output format to `png` or `webp`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub background: Option<EditImageBodyJsonParamBackground>,
    /// Stream partial image results as events.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partial_images: Option<PartialImages>,
}
impl sdk_runtime_types::de::Object for EditImageBodyJsonParam {
    const NAME: &'static str = "EditImageBodyJsonParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut model: Option<EditImageBodyJsonParamModel> = None;
        let mut images: Option<Vec<ImageRefParam>> = None;
        let mut mask: Option<ImageRefParam> = None;
        let mut prompt: Option<String> = None;
        let mut n: Option<i64> = None;
        let mut quality: Option<EditImageBodyJsonParamQuality> = None;
        let mut input_fidelity: Option<EditImageBodyJsonParamInputFidelity> = None;
        let mut size: Option<EditImageBodyJsonParamSize> = None;
        let mut user: Option<String> = None;
        let mut output_format: Option<EditImageBodyJsonParamOutputFormat> = None;
        let mut output_compression: Option<i64> = None;
        let mut moderation: Option<EditImageBodyJsonParamModeration> = None;
        let mut background: Option<EditImageBodyJsonParamBackground> = None;
        let mut stream: Option<bool> = None;
        let mut partial_images: Option<PartialImages> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "model" => 0,
                    "images" => 1,
                    "mask" => 2,
                    "prompt" => 3,
                    "n" => 4,
                    "quality" => 5,
                    "input_fidelity" => 6,
                    "size" => 7,
                    "user" => 8,
                    "output_format" => 9,
                    "output_compression" => 10,
                    "moderation" => 11,
                    "background" => 12,
                    "stream" => 13,
                    "partial_images" => 14,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                1 => sdk_runtime_types::de::value(&mut map, &mut images),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut mask),
                3 => sdk_runtime_types::de::value(&mut map, &mut prompt),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut n),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut quality),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut input_fidelity),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut size),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut user),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut output_format),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut output_compression),
                11 => sdk_runtime_types::de::nullable(&mut map, &mut moderation),
                12 => sdk_runtime_types::de::nullable(&mut map, &mut background),
                13 => sdk_runtime_types::de::nullable(&mut map, &mut stream),
                14 => sdk_runtime_types::de::nullable(&mut map, &mut partial_images),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            model,
            images: images.unwrap_or_default(),
            mask,
            prompt: prompt.unwrap_or_default(),
            n,
            quality,
            input_fidelity,
            size,
            user,
            output_format,
            output_compression,
            moderation,
            background,
            stream,
            partial_images,
        })
    }
}
impl<'de> Deserialize<'de> for EditImageBodyJsonParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl EditImageBodyJsonParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        images: impl Into<Vec<ImageRefParam>>,
        prompt: impl Into<String>,
    ) -> Self {
        Self {
            model: None,
            images: images.into(),
            mask: None,
            prompt: prompt.into(),
            n: None,
            quality: None,
            input_fidelity: None,
            size: None,
            user: None,
            output_format: None,
            output_compression: None,
            moderation: None,
            background: None,
            stream: None,
            partial_images: None,
        }
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<EditImageBodyJsonParamModel>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `mask`.
    pub fn mask(mut self, value: impl Into<ImageRefParam>) -> Self {
        self.mask = Some(value.into());
        self
    }
    /// Sets `n`.
    pub fn n(mut self, value: impl Into<i64>) -> Self {
        self.n = Some(value.into());
        self
    }
    /// Sets `quality`.
    pub fn quality(mut self, value: impl Into<EditImageBodyJsonParamQuality>) -> Self {
        self.quality = Some(value.into());
        self
    }
    /// Sets `input_fidelity`.
    pub fn input_fidelity(
        mut self,
        value: impl Into<EditImageBodyJsonParamInputFidelity>,
    ) -> Self {
        self.input_fidelity = Some(value.into());
        self
    }
    /// Sets `size`.
    pub fn size(mut self, value: impl Into<EditImageBodyJsonParamSize>) -> Self {
        self.size = Some(value.into());
        self
    }
    /// Sets `user`.
    pub fn user(mut self, value: impl Into<String>) -> Self {
        self.user = Some(value.into());
        self
    }
    /// Sets `output_format`.
    pub fn output_format(
        mut self,
        value: impl Into<EditImageBodyJsonParamOutputFormat>,
    ) -> Self {
        self.output_format = Some(value.into());
        self
    }
    /// Sets `output_compression`.
    pub fn output_compression(mut self, value: impl Into<i64>) -> Self {
        self.output_compression = Some(value.into());
        self
    }
    /// Sets `moderation`.
    pub fn moderation(
        mut self,
        value: impl Into<EditImageBodyJsonParamModeration>,
    ) -> Self {
        self.moderation = Some(value.into());
        self
    }
    /// Sets `background`.
    pub fn background(
        mut self,
        value: impl Into<EditImageBodyJsonParamBackground>,
    ) -> Self {
        self.background = Some(value.into());
        self
    }
    /// Sets `stream`.
    pub fn stream(mut self, value: impl Into<bool>) -> Self {
        self.stream = Some(value.into());
        self
    }
    /// Sets `partial_images`.
    pub fn partial_images(mut self, value: impl Into<PartialImages>) -> Self {
        self.partial_images = Some(value.into());
        self
    }
}
/// The GPT image model to use for image editing, including `gpt-image-2` and its dated snapshot `gpt-image-2-2026-04-21`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EditImageBodyJsonParamModel {
    /// `gpt-image-1.5`
    #[default]
    GptImage15,
    /// `gpt-image-2`
    GptImage2,
    /// `gpt-image-2-2026-04-21`
    GptImage220260421,
    /// `gpt-image-1`
    GptImage1,
    /// `gpt-image-1-mini`
    GptImage1Mini,
    /// `chatgpt-image-latest`
    ChatgptImageLatest,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl EditImageBodyJsonParamModel {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::GptImage15 => "gpt-image-1.5",
            Self::GptImage2 => "gpt-image-2",
            Self::GptImage220260421 => "gpt-image-2-2026-04-21",
            Self::GptImage1 => "gpt-image-1",
            Self::GptImage1Mini => "gpt-image-1-mini",
            Self::ChatgptImageLatest => "chatgpt-image-latest",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "gpt-image-1.5" => Self::GptImage15,
            "gpt-image-2" => Self::GptImage2,
            "gpt-image-2-2026-04-21" => Self::GptImage220260421,
            "gpt-image-1" => Self::GptImage1,
            "gpt-image-1-mini" => Self::GptImage1Mini,
            "chatgpt-image-latest" => Self::ChatgptImageLatest,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for EditImageBodyJsonParamModel {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for EditImageBodyJsonParamModel {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for EditImageBodyJsonParamModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EditImageBodyJsonParamModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for EditImageBodyJsonParamModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
/// Reference an input image by either URL or uploaded file ID.
/// Provide exactly one of `image_url` or `file_id`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ImageRefParam {
    /// A fully qualified URL or base64-encoded data URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    /// The File API ID of an uploaded image to use as input.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ImageRefParam {
    const NAME: &'static str = "ImageRefParam";
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
impl<'de> Deserialize<'de> for ImageRefParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ImageRefParam {
    /// A value with `image_url` set: the API needs `image_url` or `file_id`.
    #[inline]
    pub fn with_image_url(image_url: impl Into<String>) -> Self {
        Self {
            image_url: None,
            file_id: None,
        }
            .image_url(image_url)
    }
    /// A value with `file_id` set: the API needs `image_url` or `file_id`.
    #[inline]
    pub fn with_file_id(file_id: impl Into<String>) -> Self {
        Self {
            image_url: None,
            file_id: None,
        }
            .file_id(file_id)
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
pub enum EditImageBodyJsonParamInputFidelity {
    /// `high`
    High,
    /// `low`
    Low,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl EditImageBodyJsonParamInputFidelity {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::High => "high",
            Self::Low => "low",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "high" => Self::High,
            "low" => Self::Low,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for EditImageBodyJsonParamInputFidelity {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for EditImageBodyJsonParamInputFidelity {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for EditImageBodyJsonParamInputFidelity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EditImageBodyJsonParamInputFidelity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for EditImageBodyJsonParamInputFidelity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for EditImageBodyJsonParamInputFidelity {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EditImageBodyJsonParamSize {
    /// `auto`
    Auto,
    /// `1024x1024`
    V1024x1024,
    /// `1536x1024`
    V1536x1024,
    /// `1024x1536`
    V1024x1536,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl EditImageBodyJsonParamSize {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::V1024x1024 => "1024x1024",
            Self::V1536x1024 => "1536x1024",
            Self::V1024x1536 => "1024x1536",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "1024x1024" => Self::V1024x1024,
            "1536x1024" => Self::V1536x1024,
            "1024x1536" => Self::V1024x1536,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for EditImageBodyJsonParamSize {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for EditImageBodyJsonParamSize {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for EditImageBodyJsonParamSize {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EditImageBodyJsonParamSize {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for EditImageBodyJsonParamSize {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for EditImageBodyJsonParamSize {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EditImageBodyJsonParamOutputFormat {
    /// `png`
    Png,
    /// `jpeg`
    Jpeg,
    /// `webp`
    Webp,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl EditImageBodyJsonParamOutputFormat {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Png => "png",
            Self::Jpeg => "jpeg",
            Self::Webp => "webp",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "png" => Self::Png,
            "jpeg" => Self::Jpeg,
            "webp" => Self::Webp,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for EditImageBodyJsonParamOutputFormat {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for EditImageBodyJsonParamOutputFormat {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for EditImageBodyJsonParamOutputFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EditImageBodyJsonParamOutputFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for EditImageBodyJsonParamOutputFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for EditImageBodyJsonParamOutputFormat {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EditImageBodyJsonParamModeration {
    /// `low`
    Low,
    /// `auto`
    Auto,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl EditImageBodyJsonParamModeration {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "low",
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "low" => Self::Low,
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for EditImageBodyJsonParamModeration {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for EditImageBodyJsonParamModeration {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for EditImageBodyJsonParamModeration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EditImageBodyJsonParamModeration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for EditImageBodyJsonParamModeration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for EditImageBodyJsonParamModeration {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ErrorResponse {
    pub error: ErrorType,
}
impl sdk_runtime_types::de::Object for ErrorResponse {
    const NAME: &'static str = "ErrorResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut error: Option<ErrorType> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "error" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut error),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            error: error.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ErrorResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ErrorResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(error: impl Into<ErrorType>) -> Self {
        Self { error: error.into() }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FineTuneChatCompletionRequestAssistantMessage {
    /// Controls whether the assistant message is trained against (0 or 1)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weight: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<ChatCompletionRequestAssistantMessageContent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refusal: Option<String>,
    /// The role of the messages author, in this case `assistant`.
    pub role: AssistantLiteral,
    /// An optional name for the participant. Provides the model information to differentiate between participants of the same role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio: Option<ChatCompletionRequestAssistantMessageAudio>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_calls: Option<ChatCompletionMessageToolCalls>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub function_call: Option<ChatCompletionRequestAssistantMessageFunctionCall>,
}
impl sdk_runtime_types::de::Object for FineTuneChatCompletionRequestAssistantMessage {
    const NAME: &'static str = "FineTuneChatCompletionRequestAssistantMessage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut weight: Option<i64> = None;
        let mut content: Option<ChatCompletionRequestAssistantMessageContent> = None;
        let mut refusal: Option<String> = None;
        let mut role: Option<AssistantLiteral> = None;
        let mut name: Option<String> = None;
        let mut audio: Option<ChatCompletionRequestAssistantMessageAudio> = None;
        let mut tool_calls: Option<ChatCompletionMessageToolCalls> = None;
        let mut function_call: Option<
            ChatCompletionRequestAssistantMessageFunctionCall,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "weight" => 0,
                    "content" => 1,
                    "refusal" => 2,
                    "role" => 3,
                    "name" => 4,
                    "audio" => 5,
                    "tool_calls" => 6,
                    "function_call" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut weight),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut content),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut refusal),
                3 => sdk_runtime_types::de::value(&mut map, &mut role),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut audio),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut tool_calls),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut function_call),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            weight,
            content,
            refusal,
            role: sdk_runtime_types::de::required::<_, A::Error>(role, "role")?,
            name,
            audio,
            tool_calls,
            function_call,
        })
    }
}
impl<'de> Deserialize<'de> for FineTuneChatCompletionRequestAssistantMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl FineTuneChatCompletionRequestAssistantMessage {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            weight: None,
            content: None,
            refusal: None,
            role: Default::default(),
            name: None,
            audio: None,
            tool_calls: None,
            function_call: None,
        }
    }
    /// Sets `weight`.
    pub fn weight(mut self, value: impl Into<i64>) -> Self {
        self.weight = Some(value.into());
        self
    }
    /// Sets `content`.
    pub fn content(
        mut self,
        value: impl Into<ChatCompletionRequestAssistantMessageContent>,
    ) -> Self {
        self.content = Some(value.into());
        self
    }
    /// Sets `refusal`.
    pub fn refusal(mut self, value: impl Into<String>) -> Self {
        self.refusal = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `audio`.
    pub fn audio(
        mut self,
        value: impl Into<ChatCompletionRequestAssistantMessageAudio>,
    ) -> Self {
        self.audio = Some(value.into());
        self
    }
    /// Sets `tool_calls`.
    pub fn tool_calls(
        mut self,
        value: impl Into<ChatCompletionMessageToolCalls>,
    ) -> Self {
        self.tool_calls = Some(value.into());
        self
    }
    /// Sets `function_call`.
    pub fn function_call(
        mut self,
        value: impl Into<ChatCompletionRequestAssistantMessageFunctionCall>,
    ) -> Self {
        self.function_call = Some(value.into());
        self
    }
}
/// A log probability object.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct LogProbProperties {
    /// The token that was used to generate the log probability.
    pub token: String,
    /// The log probability of the token.
    pub logprob: f64,
    /// The bytes that were used to generate the log probability.
    pub bytes: Vec<i64>,
}
impl sdk_runtime_types::de::Object for LogProbProperties {
    const NAME: &'static str = "LogProbProperties";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut token: Option<String> = None;
        let mut logprob: Option<f64> = None;
        let mut bytes: Option<Vec<i64>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "token" => 0,
                    "logprob" => 1,
                    "bytes" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut token),
                1 => sdk_runtime_types::de::value(&mut map, &mut logprob),
                2 => sdk_runtime_types::de::value(&mut map, &mut bytes),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            token: token.unwrap_or_default(),
            logprob: logprob.unwrap_or_default(),
            bytes: bytes.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for LogProbProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl LogProbProperties {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        token: impl Into<String>,
        logprob: impl Into<f64>,
        bytes: impl Into<Vec<i64>>,
    ) -> Self {
        Self {
            token: token.into(),
            logprob: logprob.into(),
            bytes: bytes.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ModelIds {
    /// `gpt-5.6-sol`
    Gpt56Sol,
    /// `gpt-5.6-terra`
    Gpt56Terra,
    /// `gpt-5.6-luna`
    Gpt56Luna,
    /// `gpt-5.5`
    Gpt55,
    /// `gpt-5.5-2026-04-23`
    Gpt5520260423,
    /// `gpt-5.4`
    Gpt54,
    /// `gpt-5.4-mini`
    Gpt54Mini,
    /// `gpt-5.4-nano`
    Gpt54Nano,
    /// `gpt-5.4-mini-2026-03-17`
    Gpt54Mini20260317,
    /// `gpt-5.4-nano-2026-03-17`
    Gpt54Nano20260317,
    /// `gpt-5.3-chat-latest`
    Gpt53ChatLatest,
    /// `gpt-5.2`
    Gpt52,
    /// `gpt-5.2-2025-12-11`
    Gpt5220251211,
    /// `gpt-5.2-chat-latest`
    Gpt52ChatLatest,
    /// `gpt-5.2-pro`
    Gpt52Pro,
    /// `gpt-5.2-pro-2025-12-11`
    Gpt52Pro20251211,
    /// `gpt-5.1`
    Gpt51,
    /// `gpt-5.1-2025-11-13`
    Gpt5120251113,
    /// `gpt-5.1-codex`
    Gpt51Codex,
    /// `gpt-5.1-mini`
    Gpt51Mini,
    /// `gpt-5.1-chat-latest`
    Gpt51ChatLatest,
    /// `gpt-5`
    Gpt5,
    /// `gpt-5-mini`
    Gpt5Mini,
    /// `gpt-5-nano`
    Gpt5Nano,
    /// `gpt-5-2025-08-07`
    Gpt520250807,
    /// `gpt-5-mini-2025-08-07`
    Gpt5Mini20250807,
    /// `gpt-5-nano-2025-08-07`
    Gpt5Nano20250807,
    /// `gpt-5-chat-latest`
    Gpt5ChatLatest,
    /// `gpt-4.1`
    Gpt41,
    /// `gpt-4.1-mini`
    Gpt41Mini,
    /// `gpt-4.1-nano`
    Gpt41Nano,
    /// `gpt-4.1-2025-04-14`
    Gpt4120250414,
    /// `gpt-4.1-mini-2025-04-14`
    Gpt41Mini20250414,
    /// `gpt-4.1-nano-2025-04-14`
    Gpt41Nano20250414,
    /// `o4-mini`
    O4Mini,
    /// `o4-mini-2025-04-16`
    O4Mini20250416,
    /// `o3`
    O3,
    /// `o3-2025-04-16`
    O320250416,
    /// `o3-mini`
    O3Mini,
    /// `o3-mini-2025-01-31`
    O3Mini20250131,
    /// `o1`
    O1,
    /// `o1-2024-12-17`
    O120241217,
    /// `o1-preview`
    O1Preview,
    /// `o1-preview-2024-09-12`
    O1Preview20240912,
    /// `o1-mini`
    O1Mini,
    /// `o1-mini-2024-09-12`
    O1Mini20240912,
    /// `gpt-4o`
    Gpt4o,
    /// `gpt-4o-2024-11-20`
    Gpt4o20241120,
    /// `gpt-4o-2024-08-06`
    Gpt4o20240806,
    /// `gpt-4o-2024-05-13`
    Gpt4o20240513,
    /// `gpt-4o-audio-preview`
    Gpt4oAudioPreview,
    /// `gpt-4o-audio-preview-2024-10-01`
    Gpt4oAudioPreview20241001,
    /// `gpt-4o-audio-preview-2024-12-17`
    Gpt4oAudioPreview20241217,
    /// `gpt-4o-audio-preview-2025-06-03`
    Gpt4oAudioPreview20250603,
    /// `gpt-4o-mini-audio-preview`
    Gpt4oMiniAudioPreview,
    /// `gpt-4o-mini-audio-preview-2024-12-17`
    Gpt4oMiniAudioPreview20241217,
    /// `gpt-4o-search-preview`
    Gpt4oSearchPreview,
    /// `gpt-4o-mini-search-preview`
    Gpt4oMiniSearchPreview,
    /// `gpt-4o-search-preview-2025-03-11`
    Gpt4oSearchPreview20250311,
    /// `gpt-4o-mini-search-preview-2025-03-11`
    Gpt4oMiniSearchPreview20250311,
    /// `chatgpt-4o-latest`
    Chatgpt4oLatest,
    /// `codex-mini-latest`
    CodexMiniLatest,
    /// `gpt-4o-mini`
    Gpt4oMini,
    /// `gpt-4o-mini-2024-07-18`
    Gpt4oMini20240718,
    /// `gpt-4-turbo`
    Gpt4Turbo,
    /// `gpt-4-turbo-2024-04-09`
    Gpt4Turbo20240409,
    /// `gpt-4-0125-preview`
    Gpt40125Preview,
    /// `gpt-4-turbo-preview`
    Gpt4TurboPreview,
    /// `gpt-4-1106-preview`
    Gpt41106Preview,
    /// `gpt-4-vision-preview`
    Gpt4VisionPreview,
    /// `gpt-4`
    Gpt4,
    /// `gpt-4-0314`
    Gpt40314,
    /// `gpt-4-0613`
    Gpt40613,
    /// `gpt-4-32k`
    Gpt432k,
    /// `gpt-4-32k-0314`
    Gpt432k0314,
    /// `gpt-4-32k-0613`
    Gpt432k0613,
    /// `gpt-3.5-turbo`
    Gpt35Turbo,
    /// `gpt-3.5-turbo-16k`
    Gpt35Turbo16k,
    /// `gpt-3.5-turbo-0301`
    Gpt35Turbo0301,
    /// `gpt-3.5-turbo-0613`
    Gpt35Turbo0613,
    /// `gpt-3.5-turbo-1106`
    Gpt35Turbo1106,
    /// `gpt-3.5-turbo-0125`
    Gpt35Turbo0125,
    /// `gpt-3.5-turbo-16k-0613`
    Gpt35Turbo16k0613,
    /// `o1-pro`
    O1Pro,
    /// `o1-pro-2025-03-19`
    O1Pro20250319,
    /// `o3-pro`
    O3Pro,
    /// `o3-pro-2025-06-10`
    O3Pro20250610,
    /// `o3-deep-research`
    O3DeepResearch,
    /// `o3-deep-research-2025-06-26`
    O3DeepResearch20250626,
    /// `o4-mini-deep-research`
    O4MiniDeepResearch,
    /// `o4-mini-deep-research-2025-06-26`
    O4MiniDeepResearch20250626,
    /// `computer-use-preview`
    ComputerUsePreview,
    /// `computer-use-preview-2025-03-11`
    ComputerUsePreview20250311,
    /// `gpt-5.5-pro`
    Gpt55Pro,
    /// `gpt-5.5-pro-2026-04-23`
    Gpt55Pro20260423,
    /// `gpt-5-codex`
    Gpt5Codex,
    /// `gpt-5-pro`
    Gpt5Pro,
    /// `gpt-5-pro-2025-10-06`
    Gpt5Pro20251006,
    /// `gpt-5.1-codex-max`
    Gpt51CodexMax,
    /// `gpt-daybreak-blue-latest`
    GptDaybreakBlueLatest,
    /// `gpt-daybreak-red-latest`
    GptDaybreakRedLatest,
    /// `gpt-5.6-cyber`
    Gpt56Cyber,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl ModelIds {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gpt56Sol => "gpt-5.6-sol",
            Self::Gpt56Terra => "gpt-5.6-terra",
            Self::Gpt56Luna => "gpt-5.6-luna",
            Self::Gpt55 => "gpt-5.5",
            Self::Gpt5520260423 => "gpt-5.5-2026-04-23",
            Self::Gpt54 => "gpt-5.4",
            Self::Gpt54Mini => "gpt-5.4-mini",
            Self::Gpt54Nano => "gpt-5.4-nano",
            Self::Gpt54Mini20260317 => "gpt-5.4-mini-2026-03-17",
            Self::Gpt54Nano20260317 => "gpt-5.4-nano-2026-03-17",
            Self::Gpt53ChatLatest => "gpt-5.3-chat-latest",
            Self::Gpt52 => "gpt-5.2",
            Self::Gpt5220251211 => "gpt-5.2-2025-12-11",
            Self::Gpt52ChatLatest => "gpt-5.2-chat-latest",
            Self::Gpt52Pro => "gpt-5.2-pro",
            Self::Gpt52Pro20251211 => "gpt-5.2-pro-2025-12-11",
            Self::Gpt51 => "gpt-5.1",
            Self::Gpt5120251113 => "gpt-5.1-2025-11-13",
            Self::Gpt51Codex => "gpt-5.1-codex",
            Self::Gpt51Mini => "gpt-5.1-mini",
            Self::Gpt51ChatLatest => "gpt-5.1-chat-latest",
            Self::Gpt5 => "gpt-5",
            Self::Gpt5Mini => "gpt-5-mini",
            Self::Gpt5Nano => "gpt-5-nano",
            Self::Gpt520250807 => "gpt-5-2025-08-07",
            Self::Gpt5Mini20250807 => "gpt-5-mini-2025-08-07",
            Self::Gpt5Nano20250807 => "gpt-5-nano-2025-08-07",
            Self::Gpt5ChatLatest => "gpt-5-chat-latest",
            Self::Gpt41 => "gpt-4.1",
            Self::Gpt41Mini => "gpt-4.1-mini",
            Self::Gpt41Nano => "gpt-4.1-nano",
            Self::Gpt4120250414 => "gpt-4.1-2025-04-14",
            Self::Gpt41Mini20250414 => "gpt-4.1-mini-2025-04-14",
            Self::Gpt41Nano20250414 => "gpt-4.1-nano-2025-04-14",
            Self::O4Mini => "o4-mini",
            Self::O4Mini20250416 => "o4-mini-2025-04-16",
            Self::O3 => "o3",
            Self::O320250416 => "o3-2025-04-16",
            Self::O3Mini => "o3-mini",
            Self::O3Mini20250131 => "o3-mini-2025-01-31",
            Self::O1 => "o1",
            Self::O120241217 => "o1-2024-12-17",
            Self::O1Preview => "o1-preview",
            Self::O1Preview20240912 => "o1-preview-2024-09-12",
            Self::O1Mini => "o1-mini",
            Self::O1Mini20240912 => "o1-mini-2024-09-12",
            Self::Gpt4o => "gpt-4o",
            Self::Gpt4o20241120 => "gpt-4o-2024-11-20",
            Self::Gpt4o20240806 => "gpt-4o-2024-08-06",
            Self::Gpt4o20240513 => "gpt-4o-2024-05-13",
            Self::Gpt4oAudioPreview => "gpt-4o-audio-preview",
            Self::Gpt4oAudioPreview20241001 => "gpt-4o-audio-preview-2024-10-01",
            Self::Gpt4oAudioPreview20241217 => "gpt-4o-audio-preview-2024-12-17",
            Self::Gpt4oAudioPreview20250603 => "gpt-4o-audio-preview-2025-06-03",
            Self::Gpt4oMiniAudioPreview => "gpt-4o-mini-audio-preview",
            Self::Gpt4oMiniAudioPreview20241217 => "gpt-4o-mini-audio-preview-2024-12-17",
            Self::Gpt4oSearchPreview => "gpt-4o-search-preview",
            Self::Gpt4oMiniSearchPreview => "gpt-4o-mini-search-preview",
            Self::Gpt4oSearchPreview20250311 => "gpt-4o-search-preview-2025-03-11",
            Self::Gpt4oMiniSearchPreview20250311 => {
                "gpt-4o-mini-search-preview-2025-03-11"
            }
            Self::Chatgpt4oLatest => "chatgpt-4o-latest",
            Self::CodexMiniLatest => "codex-mini-latest",
            Self::Gpt4oMini => "gpt-4o-mini",
            Self::Gpt4oMini20240718 => "gpt-4o-mini-2024-07-18",
            Self::Gpt4Turbo => "gpt-4-turbo",
            Self::Gpt4Turbo20240409 => "gpt-4-turbo-2024-04-09",
            Self::Gpt40125Preview => "gpt-4-0125-preview",
            Self::Gpt4TurboPreview => "gpt-4-turbo-preview",
            Self::Gpt41106Preview => "gpt-4-1106-preview",
            Self::Gpt4VisionPreview => "gpt-4-vision-preview",
            Self::Gpt4 => "gpt-4",
            Self::Gpt40314 => "gpt-4-0314",
            Self::Gpt40613 => "gpt-4-0613",
            Self::Gpt432k => "gpt-4-32k",
            Self::Gpt432k0314 => "gpt-4-32k-0314",
            Self::Gpt432k0613 => "gpt-4-32k-0613",
            Self::Gpt35Turbo => "gpt-3.5-turbo",
            Self::Gpt35Turbo16k => "gpt-3.5-turbo-16k",
            Self::Gpt35Turbo0301 => "gpt-3.5-turbo-0301",
            Self::Gpt35Turbo0613 => "gpt-3.5-turbo-0613",
            Self::Gpt35Turbo1106 => "gpt-3.5-turbo-1106",
            Self::Gpt35Turbo0125 => "gpt-3.5-turbo-0125",
            Self::Gpt35Turbo16k0613 => "gpt-3.5-turbo-16k-0613",
            Self::O1Pro => "o1-pro",
            Self::O1Pro20250319 => "o1-pro-2025-03-19",
            Self::O3Pro => "o3-pro",
            Self::O3Pro20250610 => "o3-pro-2025-06-10",
            Self::O3DeepResearch => "o3-deep-research",
            Self::O3DeepResearch20250626 => "o3-deep-research-2025-06-26",
            Self::O4MiniDeepResearch => "o4-mini-deep-research",
            Self::O4MiniDeepResearch20250626 => "o4-mini-deep-research-2025-06-26",
            Self::ComputerUsePreview => "computer-use-preview",
            Self::ComputerUsePreview20250311 => "computer-use-preview-2025-03-11",
            Self::Gpt55Pro => "gpt-5.5-pro",
            Self::Gpt55Pro20260423 => "gpt-5.5-pro-2026-04-23",
            Self::Gpt5Codex => "gpt-5-codex",
            Self::Gpt5Pro => "gpt-5-pro",
            Self::Gpt5Pro20251006 => "gpt-5-pro-2025-10-06",
            Self::Gpt51CodexMax => "gpt-5.1-codex-max",
            Self::GptDaybreakBlueLatest => "gpt-daybreak-blue-latest",
            Self::GptDaybreakRedLatest => "gpt-daybreak-red-latest",
            Self::Gpt56Cyber => "gpt-5.6-cyber",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "gpt-5.6-sol" => Self::Gpt56Sol,
            "gpt-5.6-terra" => Self::Gpt56Terra,
            "gpt-5.6-luna" => Self::Gpt56Luna,
            "gpt-5.5" => Self::Gpt55,
            "gpt-5.5-2026-04-23" => Self::Gpt5520260423,
            "gpt-5.4" => Self::Gpt54,
            "gpt-5.4-mini" => Self::Gpt54Mini,
            "gpt-5.4-nano" => Self::Gpt54Nano,
            "gpt-5.4-mini-2026-03-17" => Self::Gpt54Mini20260317,
            "gpt-5.4-nano-2026-03-17" => Self::Gpt54Nano20260317,
            "gpt-5.3-chat-latest" => Self::Gpt53ChatLatest,
            "gpt-5.2" => Self::Gpt52,
            "gpt-5.2-2025-12-11" => Self::Gpt5220251211,
            "gpt-5.2-chat-latest" => Self::Gpt52ChatLatest,
            "gpt-5.2-pro" => Self::Gpt52Pro,
            "gpt-5.2-pro-2025-12-11" => Self::Gpt52Pro20251211,
            "gpt-5.1" => Self::Gpt51,
            "gpt-5.1-2025-11-13" => Self::Gpt5120251113,
            "gpt-5.1-codex" => Self::Gpt51Codex,
            "gpt-5.1-mini" => Self::Gpt51Mini,
            "gpt-5.1-chat-latest" => Self::Gpt51ChatLatest,
            "gpt-5" => Self::Gpt5,
            "gpt-5-mini" => Self::Gpt5Mini,
            "gpt-5-nano" => Self::Gpt5Nano,
            "gpt-5-2025-08-07" => Self::Gpt520250807,
            "gpt-5-mini-2025-08-07" => Self::Gpt5Mini20250807,
            "gpt-5-nano-2025-08-07" => Self::Gpt5Nano20250807,
            "gpt-5-chat-latest" => Self::Gpt5ChatLatest,
            "gpt-4.1" => Self::Gpt41,
            "gpt-4.1-mini" => Self::Gpt41Mini,
            "gpt-4.1-nano" => Self::Gpt41Nano,
            "gpt-4.1-2025-04-14" => Self::Gpt4120250414,
            "gpt-4.1-mini-2025-04-14" => Self::Gpt41Mini20250414,
            "gpt-4.1-nano-2025-04-14" => Self::Gpt41Nano20250414,
            "o4-mini" => Self::O4Mini,
            "o4-mini-2025-04-16" => Self::O4Mini20250416,
            "o3" => Self::O3,
            "o3-2025-04-16" => Self::O320250416,
            "o3-mini" => Self::O3Mini,
            "o3-mini-2025-01-31" => Self::O3Mini20250131,
            "o1" => Self::O1,
            "o1-2024-12-17" => Self::O120241217,
            "o1-preview" => Self::O1Preview,
            "o1-preview-2024-09-12" => Self::O1Preview20240912,
            "o1-mini" => Self::O1Mini,
            "o1-mini-2024-09-12" => Self::O1Mini20240912,
            "gpt-4o" => Self::Gpt4o,
            "gpt-4o-2024-11-20" => Self::Gpt4o20241120,
            "gpt-4o-2024-08-06" => Self::Gpt4o20240806,
            "gpt-4o-2024-05-13" => Self::Gpt4o20240513,
            "gpt-4o-audio-preview" => Self::Gpt4oAudioPreview,
            "gpt-4o-audio-preview-2024-10-01" => Self::Gpt4oAudioPreview20241001,
            "gpt-4o-audio-preview-2024-12-17" => Self::Gpt4oAudioPreview20241217,
            "gpt-4o-audio-preview-2025-06-03" => Self::Gpt4oAudioPreview20250603,
            "gpt-4o-mini-audio-preview" => Self::Gpt4oMiniAudioPreview,
            "gpt-4o-mini-audio-preview-2024-12-17" => Self::Gpt4oMiniAudioPreview20241217,
            "gpt-4o-search-preview" => Self::Gpt4oSearchPreview,
            "gpt-4o-mini-search-preview" => Self::Gpt4oMiniSearchPreview,
            "gpt-4o-search-preview-2025-03-11" => Self::Gpt4oSearchPreview20250311,
            "gpt-4o-mini-search-preview-2025-03-11" => {
                Self::Gpt4oMiniSearchPreview20250311
            }
            "chatgpt-4o-latest" => Self::Chatgpt4oLatest,
            "codex-mini-latest" => Self::CodexMiniLatest,
            "gpt-4o-mini" => Self::Gpt4oMini,
            "gpt-4o-mini-2024-07-18" => Self::Gpt4oMini20240718,
            "gpt-4-turbo" => Self::Gpt4Turbo,
            "gpt-4-turbo-2024-04-09" => Self::Gpt4Turbo20240409,
            "gpt-4-0125-preview" => Self::Gpt40125Preview,
            "gpt-4-turbo-preview" => Self::Gpt4TurboPreview,
            "gpt-4-1106-preview" => Self::Gpt41106Preview,
            "gpt-4-vision-preview" => Self::Gpt4VisionPreview,
            "gpt-4" => Self::Gpt4,
            "gpt-4-0314" => Self::Gpt40314,
            "gpt-4-0613" => Self::Gpt40613,
            "gpt-4-32k" => Self::Gpt432k,
            "gpt-4-32k-0314" => Self::Gpt432k0314,
            "gpt-4-32k-0613" => Self::Gpt432k0613,
            "gpt-3.5-turbo" => Self::Gpt35Turbo,
            "gpt-3.5-turbo-16k" => Self::Gpt35Turbo16k,
            "gpt-3.5-turbo-0301" => Self::Gpt35Turbo0301,
            "gpt-3.5-turbo-0613" => Self::Gpt35Turbo0613,
            "gpt-3.5-turbo-1106" => Self::Gpt35Turbo1106,
            "gpt-3.5-turbo-0125" => Self::Gpt35Turbo0125,
            "gpt-3.5-turbo-16k-0613" => Self::Gpt35Turbo16k0613,
            "o1-pro" => Self::O1Pro,
            "o1-pro-2025-03-19" => Self::O1Pro20250319,
            "o3-pro" => Self::O3Pro,
            "o3-pro-2025-06-10" => Self::O3Pro20250610,
            "o3-deep-research" => Self::O3DeepResearch,
            "o3-deep-research-2025-06-26" => Self::O3DeepResearch20250626,
            "o4-mini-deep-research" => Self::O4MiniDeepResearch,
            "o4-mini-deep-research-2025-06-26" => Self::O4MiniDeepResearch20250626,
            "computer-use-preview" => Self::ComputerUsePreview,
            "computer-use-preview-2025-03-11" => Self::ComputerUsePreview20250311,
            "gpt-5.5-pro" => Self::Gpt55Pro,
            "gpt-5.5-pro-2026-04-23" => Self::Gpt55Pro20260423,
            "gpt-5-codex" => Self::Gpt5Codex,
            "gpt-5-pro" => Self::Gpt5Pro,
            "gpt-5-pro-2025-10-06" => Self::Gpt5Pro20251006,
            "gpt-5.1-codex-max" => Self::Gpt51CodexMax,
            "gpt-daybreak-blue-latest" => Self::GptDaybreakBlueLatest,
            "gpt-daybreak-red-latest" => Self::GptDaybreakRedLatest,
            "gpt-5.6-cyber" => Self::Gpt56Cyber,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for ModelIds {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for ModelIds {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for ModelIds {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ModelIds {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ModelIds {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for ModelIds {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ModelResponseProperties {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub top_logprobs: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub top_p: Option<f64>,
    /// This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
    /// A stable identifier for your end-users.
    /// Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices#safety-identifiers).
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub safety_identifier: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_key: Option<String>,
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_retention: Option<CreateChatCompletionRequestPromptCacheRetention>,
}
impl sdk_runtime_types::de::Object for ModelResponseProperties {
    const NAME: &'static str = "ModelResponseProperties";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut metadata: Option<Metadata> = None;
        let mut top_logprobs: Option<i64> = None;
        let mut temperature: Option<f64> = None;
        let mut top_p: Option<f64> = None;
        let mut user: Option<String> = None;
        let mut safety_identifier: Option<String> = None;
        let mut prompt_cache_key: Option<String> = None;
        let mut prompt_cache_retention: Option<
            CreateChatCompletionRequestPromptCacheRetention,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "metadata" => 0,
                    "top_logprobs" => 1,
                    "temperature" => 2,
                    "top_p" => 3,
                    "user" => 4,
                    "safety_identifier" => 5,
                    "prompt_cache_key" => 6,
                    "prompt_cache_retention" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut top_logprobs),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut temperature),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut top_p),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut user),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut safety_identifier),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut prompt_cache_key),
                7 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut prompt_cache_retention,
                    )
                }
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            metadata,
            top_logprobs,
            temperature,
            top_p,
            user,
            safety_identifier,
            prompt_cache_key,
            prompt_cache_retention,
        })
    }
}
impl<'de> Deserialize<'de> for ModelResponseProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ModelResponseProperties {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            metadata: None,
            top_logprobs: None,
            temperature: None,
            top_p: None,
            user: None,
            safety_identifier: None,
            prompt_cache_key: None,
            prompt_cache_retention: None,
        }
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
    /// Sets `top_logprobs`.
    pub fn top_logprobs(mut self, value: impl Into<i64>) -> Self {
        self.top_logprobs = Some(value.into());
        self
    }
    /// Sets `temperature`.
    pub fn temperature(mut self, value: impl Into<f64>) -> Self {
        self.temperature = Some(value.into());
        self
    }
    /// Sets `top_p`.
    pub fn top_p(mut self, value: impl Into<f64>) -> Self {
        self.top_p = Some(value.into());
        self
    }
    /// Sets `user`.
    pub fn user(mut self, value: impl Into<String>) -> Self {
        self.user = Some(value.into());
        self
    }
    /// Sets `safety_identifier`.
    pub fn safety_identifier(mut self, value: impl Into<String>) -> Self {
        self.safety_identifier = Some(value.into());
        self
    }
    /// Sets `prompt_cache_key`.
    pub fn prompt_cache_key(mut self, value: impl Into<String>) -> Self {
        self.prompt_cache_key = Some(value.into());
        self
    }
    /// Sets `prompt_cache_retention`.
    pub fn prompt_cache_retention(
        mut self,
        value: impl Into<CreateChatCompletionRequestPromptCacheRetention>,
    ) -> Self {
        self.prompt_cache_retention = Some(value.into());
        self
    }
}
/// An audio output from the model.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct OutputAudio {
    /// The type of the output audio. Always `output_audio`.
    #[serde(rename = "type")]
    pub type_: OutputAudioLiteral,
    /// Base64-encoded audio data from the model.
    pub data: String,
    /// The transcript of the audio data from the model.
    pub transcript: String,
}
impl sdk_runtime_types::de::Object for OutputAudio {
    const NAME: &'static str = "OutputAudio";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<OutputAudioLiteral> = None;
        let mut data: Option<String> = None;
        let mut transcript: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "data" => 1,
                    "transcript" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                2 => sdk_runtime_types::de::value(&mut map, &mut transcript),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            data: data.unwrap_or_default(),
            transcript: transcript.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for OutputAudio {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl OutputAudio {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<String>, transcript: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            data: data.into(),
            transcript: transcript.into(),
        }
    }
}
/// The constant `output_audio`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OutputAudioLiteral {
    /// `output_audio`
    #[default]
    OutputAudio,
}
impl OutputAudioLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "output_audio"
    }
}
impl std::fmt::Display for OutputAudioLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OutputAudioLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("output_audio")
    }
}
impl<'de> Deserialize<'de> for OutputAudioLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "output_audio")
            .map(|()| Self::OutputAudio)
    }
}
/// The constant `conversation.item.create`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ConversationItemCreateLiteral {
    /// `conversation.item.create`
    #[default]
    ConversationItemCreate,
}
impl ConversationItemCreateLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "conversation.item.create"
    }
}
impl std::fmt::Display for ConversationItemCreateLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ConversationItemCreateLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("conversation.item.create")
    }
}
impl<'de> Deserialize<'de> for ConversationItemCreateLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "conversation.item.create")
            .map(|()| Self::ConversationItemCreate)
    }
}
/// The constant `input_text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum InputTextLiteral2 {
    /// `input_text`
    #[default]
    InputText,
}
impl InputTextLiteral2 {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "input_text"
    }
}
impl std::fmt::Display for InputTextLiteral2 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for InputTextLiteral2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("input_text")
    }
}
impl<'de> Deserialize<'de> for InputTextLiteral2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "input_text")
            .map(|()| Self::InputText)
    }
}
/// The constant `protocol_error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ProtocolErrorLiteral {
    /// `protocol_error`
    #[default]
    ProtocolError,
}
impl ProtocolErrorLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "protocol_error"
    }
}
impl std::fmt::Display for ProtocolErrorLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ProtocolErrorLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("protocol_error")
    }
}
impl<'de> Deserialize<'de> for ProtocolErrorLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "protocol_error")
            .map(|()| Self::ProtocolError)
    }
}
/// The constant `tool_execution_error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ToolExecutionErrorLiteral {
    /// `tool_execution_error`
    #[default]
    ToolExecutionError,
}
impl ToolExecutionErrorLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "tool_execution_error"
    }
}
impl std::fmt::Display for ToolExecutionErrorLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ToolExecutionErrorLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("tool_execution_error")
    }
}
impl<'de> Deserialize<'de> for ToolExecutionErrorLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "tool_execution_error")
            .map(|()| Self::ToolExecutionError)
    }
}
/// The constant `http_error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum HttpErrorLiteral2 {
    /// `http_error`
    #[default]
    HttpError,
}
impl HttpErrorLiteral2 {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "http_error"
    }
}
impl std::fmt::Display for HttpErrorLiteral2 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for HttpErrorLiteral2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("http_error")
    }
}
impl<'de> Deserialize<'de> for HttpErrorLiteral2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "http_error")
            .map(|()| Self::HttpError)
    }
}
/// The constant `conversation.item.delete`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ConversationItemDeleteLiteral {
    /// `conversation.item.delete`
    #[default]
    ConversationItemDelete,
}
impl ConversationItemDeleteLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "conversation.item.delete"
    }
}
impl std::fmt::Display for ConversationItemDeleteLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ConversationItemDeleteLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("conversation.item.delete")
    }
}
impl<'de> Deserialize<'de> for ConversationItemDeleteLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "conversation.item.delete")
            .map(|()| Self::ConversationItemDelete)
    }
}
/// The constant `conversation.item.retrieve`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ConversationItemRetrieveLiteral {
    /// `conversation.item.retrieve`
    #[default]
    ConversationItemRetrieve,
}
impl ConversationItemRetrieveLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "conversation.item.retrieve"
    }
}
impl std::fmt::Display for ConversationItemRetrieveLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ConversationItemRetrieveLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("conversation.item.retrieve")
    }
}
impl<'de> Deserialize<'de> for ConversationItemRetrieveLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "conversation.item.retrieve")
            .map(|()| Self::ConversationItemRetrieve)
    }
}
/// The constant `conversation.item.truncate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ConversationItemTruncateLiteral {
    /// `conversation.item.truncate`
    #[default]
    ConversationItemTruncate,
}
impl ConversationItemTruncateLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "conversation.item.truncate"
    }
}
impl std::fmt::Display for ConversationItemTruncateLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ConversationItemTruncateLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("conversation.item.truncate")
    }
}
impl<'de> Deserialize<'de> for ConversationItemTruncateLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "conversation.item.truncate")
            .map(|()| Self::ConversationItemTruncate)
    }
}
/// The constant `input_audio_buffer.append`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum InputAudioBufferAppendLiteral {
    /// `input_audio_buffer.append`
    #[default]
    InputAudioBufferAppend,
}
impl InputAudioBufferAppendLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "input_audio_buffer.append"
    }
}
impl std::fmt::Display for InputAudioBufferAppendLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for InputAudioBufferAppendLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("input_audio_buffer.append")
    }
}
impl<'de> Deserialize<'de> for InputAudioBufferAppendLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "input_audio_buffer.append")
            .map(|()| Self::InputAudioBufferAppend)
    }
}
/// The constant `input_audio_buffer.clear`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum InputAudioBufferClearLiteral {
    /// `input_audio_buffer.clear`
    #[default]
    InputAudioBufferClear,
}
impl InputAudioBufferClearLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "input_audio_buffer.clear"
    }
}
impl std::fmt::Display for InputAudioBufferClearLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for InputAudioBufferClearLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("input_audio_buffer.clear")
    }
}
impl<'de> Deserialize<'de> for InputAudioBufferClearLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "input_audio_buffer.clear")
            .map(|()| Self::InputAudioBufferClear)
    }
}
/// The constant `input_audio_buffer.commit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum InputAudioBufferCommitLiteral {
    /// `input_audio_buffer.commit`
    #[default]
    InputAudioBufferCommit,
}
impl InputAudioBufferCommitLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "input_audio_buffer.commit"
    }
}
impl std::fmt::Display for InputAudioBufferCommitLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for InputAudioBufferCommitLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("input_audio_buffer.commit")
    }
}
impl<'de> Deserialize<'de> for InputAudioBufferCommitLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "input_audio_buffer.commit")
            .map(|()| Self::InputAudioBufferCommit)
    }
}
/// The constant `output_audio_buffer.clear`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OutputAudioBufferClearLiteral {
    /// `output_audio_buffer.clear`
    #[default]
    OutputAudioBufferClear,
}
impl OutputAudioBufferClearLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "output_audio_buffer.clear"
    }
}
impl std::fmt::Display for OutputAudioBufferClearLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OutputAudioBufferClearLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("output_audio_buffer.clear")
    }
}
impl<'de> Deserialize<'de> for OutputAudioBufferClearLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "output_audio_buffer.clear")
            .map(|()| Self::OutputAudioBufferClear)
    }
}
/// The constant `response.cancel`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseCancelLiteral {
    /// `response.cancel`
    #[default]
    ResponseCancel,
}
impl ResponseCancelLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.cancel"
    }
}
impl std::fmt::Display for ResponseCancelLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ResponseCancelLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.cancel")
    }
}
impl<'de> Deserialize<'de> for ResponseCancelLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.cancel")
            .map(|()| Self::ResponseCancel)
    }
}
/// The constant `response.create`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseCreateLiteral {
    /// `response.create`
    #[default]
    ResponseCreate,
}
impl ResponseCreateLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.create"
    }
}
impl std::fmt::Display for ResponseCreateLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ResponseCreateLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.create")
    }
}
impl<'de> Deserialize<'de> for ResponseCreateLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.create")
            .map(|()| Self::ResponseCreate)
    }
}
/// The constant `session.update`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SessionUpdateLiteral {
    /// `session.update`
    #[default]
    SessionUpdate,
}
impl SessionUpdateLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "session.update"
    }
}
impl std::fmt::Display for SessionUpdateLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for SessionUpdateLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("session.update")
    }
}
impl<'de> Deserialize<'de> for SessionUpdateLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "session.update")
            .map(|()| Self::SessionUpdate)
    }
}
/// The constant `transcription_session.update`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TranscriptionSessionUpdateLiteral {
    /// `transcription_session.update`
    #[default]
    TranscriptionSessionUpdate,
}
impl TranscriptionSessionUpdateLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "transcription_session.update"
    }
}
impl std::fmt::Display for TranscriptionSessionUpdateLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for TranscriptionSessionUpdateLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("transcription_session.update")
    }
}
impl<'de> Deserialize<'de> for TranscriptionSessionUpdateLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "transcription_session.update")
            .map(|()| Self::TranscriptionSessionUpdate)
    }
}
/// The constant `conversation.item.created`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ConversationItemCreatedLiteral {
    /// `conversation.item.created`
    #[default]
    ConversationItemCreated,
}
impl ConversationItemCreatedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "conversation.item.created"
    }
}
impl std::fmt::Display for ConversationItemCreatedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ConversationItemCreatedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("conversation.item.created")
    }
}
impl<'de> Deserialize<'de> for ConversationItemCreatedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "conversation.item.created")
            .map(|()| Self::ConversationItemCreated)
    }
}
/// The constant `conversation.item.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ConversationItemDeletedLiteral {
    /// `conversation.item.deleted`
    #[default]
    ConversationItemDeleted,
}
impl ConversationItemDeletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "conversation.item.deleted"
    }
}
impl std::fmt::Display for ConversationItemDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ConversationItemDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("conversation.item.deleted")
    }
}
impl<'de> Deserialize<'de> for ConversationItemDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "conversation.item.deleted")
            .map(|()| Self::ConversationItemDeleted)
    }
}
/// The constant `conversation.item.input_audio_transcription.completed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ConversationItemInputAudioTranscriptionCompletedLiteral {
    /// `conversation.item.input_audio_transcription.completed`
    #[default]
    ConversationItemInputAudioTranscriptionCompleted,
}
impl ConversationItemInputAudioTranscriptionCompletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "conversation.item.input_audio_transcription.completed"
    }
}
impl std::fmt::Display for ConversationItemInputAudioTranscriptionCompletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ConversationItemInputAudioTranscriptionCompletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("conversation.item.input_audio_transcription.completed")
    }
}
impl<'de> Deserialize<'de> for ConversationItemInputAudioTranscriptionCompletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "conversation.item.input_audio_transcription.completed",
            )
            .map(|()| Self::ConversationItemInputAudioTranscriptionCompleted)
    }
}
/// The constant `conversation.item.input_audio_transcription.delta`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ConversationItemInputAudioTranscriptionDeltaLiteral {
    /// `conversation.item.input_audio_transcription.delta`
    #[default]
    ConversationItemInputAudioTranscriptionDelta,
}
impl ConversationItemInputAudioTranscriptionDeltaLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "conversation.item.input_audio_transcription.delta"
    }
}
impl std::fmt::Display for ConversationItemInputAudioTranscriptionDeltaLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ConversationItemInputAudioTranscriptionDeltaLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("conversation.item.input_audio_transcription.delta")
    }
}
impl<'de> Deserialize<'de> for ConversationItemInputAudioTranscriptionDeltaLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "conversation.item.input_audio_transcription.delta",
            )
            .map(|()| Self::ConversationItemInputAudioTranscriptionDelta)
    }
}
/// The constant `conversation.item.input_audio_transcription.failed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ConversationItemInputAudioTranscriptionFailedLiteral {
    /// `conversation.item.input_audio_transcription.failed`
    #[default]
    ConversationItemInputAudioTranscriptionFailed,
}
impl ConversationItemInputAudioTranscriptionFailedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "conversation.item.input_audio_transcription.failed"
    }
}
impl std::fmt::Display for ConversationItemInputAudioTranscriptionFailedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ConversationItemInputAudioTranscriptionFailedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("conversation.item.input_audio_transcription.failed")
    }
}
impl<'de> Deserialize<'de> for ConversationItemInputAudioTranscriptionFailedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "conversation.item.input_audio_transcription.failed",
            )
            .map(|()| Self::ConversationItemInputAudioTranscriptionFailed)
    }
}
/// The constant `conversation.item.input_audio_transcription.segment`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ConversationItemInputAudioTranscriptionSegmentLiteral {
    /// `conversation.item.input_audio_transcription.segment`
    #[default]
    ConversationItemInputAudioTranscriptionSegment,
}
impl ConversationItemInputAudioTranscriptionSegmentLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "conversation.item.input_audio_transcription.segment"
    }
}
impl std::fmt::Display for ConversationItemInputAudioTranscriptionSegmentLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ConversationItemInputAudioTranscriptionSegmentLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("conversation.item.input_audio_transcription.segment")
    }
}
impl<'de> Deserialize<'de> for ConversationItemInputAudioTranscriptionSegmentLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "conversation.item.input_audio_transcription.segment",
            )
            .map(|()| Self::ConversationItemInputAudioTranscriptionSegment)
    }
}
/// The constant `conversation.item.retrieved`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ConversationItemRetrievedLiteral {
    /// `conversation.item.retrieved`
    #[default]
    ConversationItemRetrieved,
}
impl ConversationItemRetrievedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "conversation.item.retrieved"
    }
}
impl std::fmt::Display for ConversationItemRetrievedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ConversationItemRetrievedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("conversation.item.retrieved")
    }
}
impl<'de> Deserialize<'de> for ConversationItemRetrievedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "conversation.item.retrieved")
            .map(|()| Self::ConversationItemRetrieved)
    }
}
/// The constant `conversation.item.truncated`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ConversationItemTruncatedLiteral {
    /// `conversation.item.truncated`
    #[default]
    ConversationItemTruncated,
}
impl ConversationItemTruncatedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "conversation.item.truncated"
    }
}
impl std::fmt::Display for ConversationItemTruncatedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ConversationItemTruncatedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("conversation.item.truncated")
    }
}
impl<'de> Deserialize<'de> for ConversationItemTruncatedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "conversation.item.truncated")
            .map(|()| Self::ConversationItemTruncated)
    }
}
/// The constant `input_audio_buffer.cleared`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum InputAudioBufferClearedLiteral {
    /// `input_audio_buffer.cleared`
    #[default]
    InputAudioBufferCleared,
}
impl InputAudioBufferClearedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "input_audio_buffer.cleared"
    }
}
impl std::fmt::Display for InputAudioBufferClearedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for InputAudioBufferClearedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("input_audio_buffer.cleared")
    }
}
impl<'de> Deserialize<'de> for InputAudioBufferClearedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "input_audio_buffer.cleared")
            .map(|()| Self::InputAudioBufferCleared)
    }
}
/// The constant `input_audio_buffer.committed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum InputAudioBufferCommittedLiteral {
    /// `input_audio_buffer.committed`
    #[default]
    InputAudioBufferCommitted,
}
impl InputAudioBufferCommittedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "input_audio_buffer.committed"
    }
}
impl std::fmt::Display for InputAudioBufferCommittedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for InputAudioBufferCommittedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("input_audio_buffer.committed")
    }
}
impl<'de> Deserialize<'de> for InputAudioBufferCommittedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "input_audio_buffer.committed")
            .map(|()| Self::InputAudioBufferCommitted)
    }
}
/// The constant `input_audio_buffer.speech_started`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum InputAudioBufferSpeechStartedLiteral {
    /// `input_audio_buffer.speech_started`
    #[default]
    InputAudioBufferSpeechStarted,
}
impl InputAudioBufferSpeechStartedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "input_audio_buffer.speech_started"
    }
}
impl std::fmt::Display for InputAudioBufferSpeechStartedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for InputAudioBufferSpeechStartedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("input_audio_buffer.speech_started")
    }
}
impl<'de> Deserialize<'de> for InputAudioBufferSpeechStartedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "input_audio_buffer.speech_started")
            .map(|()| Self::InputAudioBufferSpeechStarted)
    }
}
/// The constant `input_audio_buffer.speech_stopped`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum InputAudioBufferSpeechStoppedLiteral {
    /// `input_audio_buffer.speech_stopped`
    #[default]
    InputAudioBufferSpeechStopped,
}
impl InputAudioBufferSpeechStoppedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "input_audio_buffer.speech_stopped"
    }
}
impl std::fmt::Display for InputAudioBufferSpeechStoppedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for InputAudioBufferSpeechStoppedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("input_audio_buffer.speech_stopped")
    }
}
impl<'de> Deserialize<'de> for InputAudioBufferSpeechStoppedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "input_audio_buffer.speech_stopped")
            .map(|()| Self::InputAudioBufferSpeechStopped)
    }
}
/// The constant `mcp_list_tools.completed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum McpListToolsCompletedLiteral {
    /// `mcp_list_tools.completed`
    #[default]
    McpListToolsCompleted,
}
impl McpListToolsCompletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "mcp_list_tools.completed"
    }
}
impl std::fmt::Display for McpListToolsCompletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for McpListToolsCompletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("mcp_list_tools.completed")
    }
}
impl<'de> Deserialize<'de> for McpListToolsCompletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "mcp_list_tools.completed")
            .map(|()| Self::McpListToolsCompleted)
    }
}
/// The constant `mcp_list_tools.failed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum McpListToolsFailedLiteral {
    /// `mcp_list_tools.failed`
    #[default]
    McpListToolsFailed,
}
impl McpListToolsFailedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "mcp_list_tools.failed"
    }
}
impl std::fmt::Display for McpListToolsFailedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for McpListToolsFailedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("mcp_list_tools.failed")
    }
}
impl<'de> Deserialize<'de> for McpListToolsFailedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "mcp_list_tools.failed")
            .map(|()| Self::McpListToolsFailed)
    }
}
/// The constant `mcp_list_tools.in_progress`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum McpListToolsInProgressLiteral {
    /// `mcp_list_tools.in_progress`
    #[default]
    McpListToolsInProgress,
}
impl McpListToolsInProgressLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "mcp_list_tools.in_progress"
    }
}
impl std::fmt::Display for McpListToolsInProgressLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for McpListToolsInProgressLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("mcp_list_tools.in_progress")
    }
}
impl<'de> Deserialize<'de> for McpListToolsInProgressLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "mcp_list_tools.in_progress")
            .map(|()| Self::McpListToolsInProgress)
    }
}
/// The constant `rate_limits.updated`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum RateLimitsUpdatedLiteral {
    /// `rate_limits.updated`
    #[default]
    RateLimitsUpdated,
}
impl RateLimitsUpdatedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "rate_limits.updated"
    }
}
impl std::fmt::Display for RateLimitsUpdatedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RateLimitsUpdatedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("rate_limits.updated")
    }
}
impl<'de> Deserialize<'de> for RateLimitsUpdatedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "rate_limits.updated")
            .map(|()| Self::RateLimitsUpdated)
    }
}
/// The constant `response.output_audio.delta`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseOutputAudioDeltaLiteral {
    /// `response.output_audio.delta`
    #[default]
    ResponseOutputAudioDelta,
}
impl ResponseOutputAudioDeltaLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.output_audio.delta"
    }
}
impl std::fmt::Display for ResponseOutputAudioDeltaLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ResponseOutputAudioDeltaLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.output_audio.delta")
    }
}
impl<'de> Deserialize<'de> for ResponseOutputAudioDeltaLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.output_audio.delta")
            .map(|()| Self::ResponseOutputAudioDelta)
    }
}
/// The constant `response.output_audio.done`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseOutputAudioDoneLiteral {
    /// `response.output_audio.done`
    #[default]
    ResponseOutputAudioDone,
}
impl ResponseOutputAudioDoneLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.output_audio.done"
    }
}
impl std::fmt::Display for ResponseOutputAudioDoneLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ResponseOutputAudioDoneLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.output_audio.done")
    }
}
impl<'de> Deserialize<'de> for ResponseOutputAudioDoneLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.output_audio.done")
            .map(|()| Self::ResponseOutputAudioDone)
    }
}
/// The constant `response.output_audio_transcript.delta`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseOutputAudioTranscriptDeltaLiteral {
    /// `response.output_audio_transcript.delta`
    #[default]
    ResponseOutputAudioTranscriptDelta,
}
impl ResponseOutputAudioTranscriptDeltaLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.output_audio_transcript.delta"
    }
}
impl std::fmt::Display for ResponseOutputAudioTranscriptDeltaLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ResponseOutputAudioTranscriptDeltaLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.output_audio_transcript.delta")
    }
}
impl<'de> Deserialize<'de> for ResponseOutputAudioTranscriptDeltaLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.output_audio_transcript.delta",
            )
            .map(|()| Self::ResponseOutputAudioTranscriptDelta)
    }
}
/// The constant `response.output_audio_transcript.done`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseOutputAudioTranscriptDoneLiteral {
    /// `response.output_audio_transcript.done`
    #[default]
    ResponseOutputAudioTranscriptDone,
}
impl ResponseOutputAudioTranscriptDoneLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.output_audio_transcript.done"
    }
}
impl std::fmt::Display for ResponseOutputAudioTranscriptDoneLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ResponseOutputAudioTranscriptDoneLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.output_audio_transcript.done")
    }
}
impl<'de> Deserialize<'de> for ResponseOutputAudioTranscriptDoneLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.output_audio_transcript.done",
            )
            .map(|()| Self::ResponseOutputAudioTranscriptDone)
    }
}
/// The constant `response.done`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseDoneLiteral {
    /// `response.done`
    #[default]
    ResponseDone,
}
impl ResponseDoneLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.done"
    }
}
impl std::fmt::Display for ResponseDoneLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ResponseDoneLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.done")
    }
}
impl<'de> Deserialize<'de> for ResponseDoneLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.done")
            .map(|()| Self::ResponseDone)
    }
}
/// The constant `session.created`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SessionCreatedLiteral {
    /// `session.created`
    #[default]
    SessionCreated,
}
impl SessionCreatedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "session.created"
    }
}
impl std::fmt::Display for SessionCreatedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for SessionCreatedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("session.created")
    }
}
impl<'de> Deserialize<'de> for SessionCreatedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "session.created")
            .map(|()| Self::SessionCreated)
    }
}
/// The constant `session.updated`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SessionUpdatedLiteral {
    /// `session.updated`
    #[default]
    SessionUpdated,
}
impl SessionUpdatedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "session.updated"
    }
}
impl std::fmt::Display for SessionUpdatedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for SessionUpdatedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("session.updated")
    }
}
impl<'de> Deserialize<'de> for SessionUpdatedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "session.updated")
            .map(|()| Self::SessionUpdated)
    }
}
/// The constant `transcription_session.created`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TranscriptionSessionCreatedLiteral {
    /// `transcription_session.created`
    #[default]
    TranscriptionSessionCreated,
}
impl TranscriptionSessionCreatedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "transcription_session.created"
    }
}
impl std::fmt::Display for TranscriptionSessionCreatedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for TranscriptionSessionCreatedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("transcription_session.created")
    }
}
impl<'de> Deserialize<'de> for TranscriptionSessionCreatedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "transcription_session.created")
            .map(|()| Self::TranscriptionSessionCreated)
    }
}
/// The constant `transcription_session.updated`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TranscriptionSessionUpdatedLiteral {
    /// `transcription_session.updated`
    #[default]
    TranscriptionSessionUpdated,
}
impl TranscriptionSessionUpdatedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "transcription_session.updated"
    }
}
impl std::fmt::Display for TranscriptionSessionUpdatedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for TranscriptionSessionUpdatedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("transcription_session.updated")
    }
}
impl<'de> Deserialize<'de> for TranscriptionSessionUpdatedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "transcription_session.updated")
            .map(|()| Self::TranscriptionSessionUpdated)
    }
}
/// The constant `conversation.created`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ConversationCreatedLiteral {
    /// `conversation.created`
    #[default]
    ConversationCreated,
}
impl ConversationCreatedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "conversation.created"
    }
}
impl std::fmt::Display for ConversationCreatedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ConversationCreatedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("conversation.created")
    }
}
impl<'de> Deserialize<'de> for ConversationCreatedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "conversation.created")
            .map(|()| Self::ConversationCreated)
    }
}
/// The constant `input_audio_buffer.dtmf_event_received`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum InputAudioBufferDtmfEventReceivedLiteral {
    /// `input_audio_buffer.dtmf_event_received`
    #[default]
    InputAudioBufferDtmfEventReceived,
}
impl InputAudioBufferDtmfEventReceivedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "input_audio_buffer.dtmf_event_received"
    }
}
impl std::fmt::Display for InputAudioBufferDtmfEventReceivedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for InputAudioBufferDtmfEventReceivedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("input_audio_buffer.dtmf_event_received")
    }
}
impl<'de> Deserialize<'de> for InputAudioBufferDtmfEventReceivedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "input_audio_buffer.dtmf_event_received",
            )
            .map(|()| Self::InputAudioBufferDtmfEventReceived)
    }
}
/// The constant `output_audio_buffer.started`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OutputAudioBufferStartedLiteral {
    /// `output_audio_buffer.started`
    #[default]
    OutputAudioBufferStarted,
}
impl OutputAudioBufferStartedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "output_audio_buffer.started"
    }
}
impl std::fmt::Display for OutputAudioBufferStartedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OutputAudioBufferStartedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("output_audio_buffer.started")
    }
}
impl<'de> Deserialize<'de> for OutputAudioBufferStartedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "output_audio_buffer.started")
            .map(|()| Self::OutputAudioBufferStarted)
    }
}
/// The constant `output_audio_buffer.stopped`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OutputAudioBufferStoppedLiteral {
    /// `output_audio_buffer.stopped`
    #[default]
    OutputAudioBufferStopped,
}
impl OutputAudioBufferStoppedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "output_audio_buffer.stopped"
    }
}
impl std::fmt::Display for OutputAudioBufferStoppedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OutputAudioBufferStoppedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("output_audio_buffer.stopped")
    }
}
impl<'de> Deserialize<'de> for OutputAudioBufferStoppedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "output_audio_buffer.stopped")
            .map(|()| Self::OutputAudioBufferStopped)
    }
}
/// The constant `output_audio_buffer.cleared`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OutputAudioBufferClearedLiteral {
    /// `output_audio_buffer.cleared`
    #[default]
    OutputAudioBufferCleared,
}
impl OutputAudioBufferClearedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "output_audio_buffer.cleared"
    }
}
impl std::fmt::Display for OutputAudioBufferClearedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OutputAudioBufferClearedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("output_audio_buffer.cleared")
    }
}
impl<'de> Deserialize<'de> for OutputAudioBufferClearedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "output_audio_buffer.cleared")
            .map(|()| Self::OutputAudioBufferCleared)
    }
}
/// The constant `conversation.item.added`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ConversationItemAddedLiteral {
    /// `conversation.item.added`
    #[default]
    ConversationItemAdded,
}
impl ConversationItemAddedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "conversation.item.added"
    }
}
impl std::fmt::Display for ConversationItemAddedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ConversationItemAddedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("conversation.item.added")
    }
}
impl<'de> Deserialize<'de> for ConversationItemAddedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "conversation.item.added")
            .map(|()| Self::ConversationItemAdded)
    }
}
/// The constant `conversation.item.done`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ConversationItemDoneLiteral {
    /// `conversation.item.done`
    #[default]
    ConversationItemDone,
}
impl ConversationItemDoneLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "conversation.item.done"
    }
}
impl std::fmt::Display for ConversationItemDoneLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ConversationItemDoneLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("conversation.item.done")
    }
}
impl<'de> Deserialize<'de> for ConversationItemDoneLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "conversation.item.done")
            .map(|()| Self::ConversationItemDone)
    }
}
/// The constant `input_audio_buffer.timeout_triggered`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum InputAudioBufferTimeoutTriggeredLiteral {
    /// `input_audio_buffer.timeout_triggered`
    #[default]
    InputAudioBufferTimeoutTriggered,
}
impl InputAudioBufferTimeoutTriggeredLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "input_audio_buffer.timeout_triggered"
    }
}
impl std::fmt::Display for InputAudioBufferTimeoutTriggeredLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for InputAudioBufferTimeoutTriggeredLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("input_audio_buffer.timeout_triggered")
    }
}
impl<'de> Deserialize<'de> for InputAudioBufferTimeoutTriggeredLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "input_audio_buffer.timeout_triggered",
            )
            .map(|()| Self::InputAudioBufferTimeoutTriggered)
    }
}
/// The constant `session.input_audio_buffer.append`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SessionInputAudioBufferAppendLiteral {
    /// `session.input_audio_buffer.append`
    #[default]
    SessionInputAudioBufferAppend,
}
impl SessionInputAudioBufferAppendLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "session.input_audio_buffer.append"
    }
}
impl std::fmt::Display for SessionInputAudioBufferAppendLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for SessionInputAudioBufferAppendLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("session.input_audio_buffer.append")
    }
}
impl<'de> Deserialize<'de> for SessionInputAudioBufferAppendLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "session.input_audio_buffer.append")
            .map(|()| Self::SessionInputAudioBufferAppend)
    }
}
/// The constant `session.close`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SessionCloseLiteral {
    /// `session.close`
    #[default]
    SessionClose,
}
impl SessionCloseLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "session.close"
    }
}
impl std::fmt::Display for SessionCloseLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for SessionCloseLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("session.close")
    }
}
impl<'de> Deserialize<'de> for SessionCloseLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "session.close")
            .map(|()| Self::SessionClose)
    }
}
/// The constant `session.closed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SessionClosedLiteral {
    /// `session.closed`
    #[default]
    SessionClosed,
}
impl SessionClosedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "session.closed"
    }
}
impl std::fmt::Display for SessionClosedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for SessionClosedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("session.closed")
    }
}
impl<'de> Deserialize<'de> for SessionClosedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "session.closed")
            .map(|()| Self::SessionClosed)
    }
}
/// The constant `session.input_transcript.delta`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SessionInputTranscriptDeltaLiteral {
    /// `session.input_transcript.delta`
    #[default]
    SessionInputTranscriptDelta,
}
impl SessionInputTranscriptDeltaLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "session.input_transcript.delta"
    }
}
impl std::fmt::Display for SessionInputTranscriptDeltaLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for SessionInputTranscriptDeltaLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("session.input_transcript.delta")
    }
}
impl<'de> Deserialize<'de> for SessionInputTranscriptDeltaLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "session.input_transcript.delta")
            .map(|()| Self::SessionInputTranscriptDelta)
    }
}
/// The constant `session.output_transcript.delta`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SessionOutputTranscriptDeltaLiteral {
    /// `session.output_transcript.delta`
    #[default]
    SessionOutputTranscriptDelta,
}
impl SessionOutputTranscriptDeltaLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "session.output_transcript.delta"
    }
}
impl std::fmt::Display for SessionOutputTranscriptDeltaLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for SessionOutputTranscriptDeltaLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("session.output_transcript.delta")
    }
}
impl<'de> Deserialize<'de> for SessionOutputTranscriptDeltaLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "session.output_transcript.delta")
            .map(|()| Self::SessionOutputTranscriptDelta)
    }
}
/// The constant `session.output_audio.delta`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SessionOutputAudioDeltaLiteral {
    /// `session.output_audio.delta`
    #[default]
    SessionOutputAudioDelta,
}
impl SessionOutputAudioDeltaLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "session.output_audio.delta"
    }
}
impl std::fmt::Display for SessionOutputAudioDeltaLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for SessionOutputAudioDeltaLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("session.output_audio.delta")
    }
}
impl<'de> Deserialize<'de> for SessionOutputAudioDeltaLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "session.output_audio.delta")
            .map(|()| Self::SessionOutputAudioDelta)
    }
}
/// The constant `pcm16`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Pcm16Literal {
    /// `pcm16`
    #[default]
    Pcm16,
}
impl Pcm16Literal {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "pcm16"
    }
}
impl std::fmt::Display for Pcm16Literal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for Pcm16Literal {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("pcm16")
    }
}
impl<'de> Deserialize<'de> for Pcm16Literal {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "pcm16").map(|()| Self::Pcm16)
    }
}
/// A custom grammar for the model to follow when generating text.
/// Learn more in the [custom grammars guide](https://platform.openai.com/docs/guides/custom-grammars).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ResponseFormatTextGrammar {
    /// The type of response format being defined. Always `grammar`.
    #[serde(rename = "type")]
    pub type_: GrammarLiteral2,
    /// The custom grammar for the model to follow.
    pub grammar: String,
}
impl sdk_runtime_types::de::Object for ResponseFormatTextGrammar {
    const NAME: &'static str = "ResponseFormatTextGrammar";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<GrammarLiteral2> = None;
        let mut grammar: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "grammar" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut grammar),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            grammar: grammar.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ResponseFormatTextGrammar {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponseFormatTextGrammar {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(grammar: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            grammar: grammar.into(),
        }
    }
}
/// Configure the model to generate valid Python code. See the
/// [custom grammars guide](https://platform.openai.com/docs/guides/custom-grammars) for more details.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ResponseFormatTextPython {
    /// The type of response format being defined. Always `python`.
    #[serde(rename = "type")]
    pub type_: PythonLiteral,
}
impl sdk_runtime_types::de::Object for ResponseFormatTextPython {
    const NAME: &'static str = "ResponseFormatTextPython";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<PythonLiteral> = None;
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
impl<'de> Deserialize<'de> for ResponseFormatTextPython {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponseFormatTextPython {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: Default::default() }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ResponseProperties {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_response_id: Option<String>,
    /// Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    /// offers a wide range of models with different capabilities, performance
    /// characteristics, and price points. Refer to the [model guide](https://platform.openai.com/docs/models)
    /// to browse and compare available models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<ModelIdsResponses>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub background: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_tool_calls: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<Box<ResponseTextParam>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<ToolsArray>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_choice: Option<ToolChoiceParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt: Option<Prompt>,
}
impl sdk_runtime_types::de::Object for ResponseProperties {
    const NAME: &'static str = "ResponseProperties";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut previous_response_id: Option<String> = None;
        let mut model: Option<ModelIdsResponses> = None;
        let mut background: Option<bool> = None;
        let mut max_tool_calls: Option<i64> = None;
        let mut text: Option<Box<ResponseTextParam>> = None;
        let mut tools: Option<ToolsArray> = None;
        let mut tool_choice: Option<ToolChoiceParam> = None;
        let mut prompt: Option<Prompt> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "previous_response_id" => 0,
                    "model" => 1,
                    "background" => 2,
                    "max_tool_calls" => 3,
                    "text" => 4,
                    "tools" => 5,
                    "tool_choice" => 6,
                    "prompt" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut previous_response_id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut background),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut max_tool_calls),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut text),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut tools),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut tool_choice),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut prompt),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            previous_response_id,
            model,
            background,
            max_tool_calls,
            text,
            tools,
            tool_choice,
            prompt,
        })
    }
}
impl<'de> Deserialize<'de> for ResponseProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponseProperties {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            previous_response_id: None,
            model: None,
            background: None,
            max_tool_calls: None,
            text: None,
            tools: None,
            tool_choice: None,
            prompt: None,
        }
    }
    /// Sets `previous_response_id`.
    pub fn previous_response_id(mut self, value: impl Into<String>) -> Self {
        self.previous_response_id = Some(value.into());
        self
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<ModelIdsResponses>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `background`.
    pub fn background(mut self, value: impl Into<bool>) -> Self {
        self.background = Some(value.into());
        self
    }
    /// Sets `max_tool_calls`.
    pub fn max_tool_calls(mut self, value: impl Into<i64>) -> Self {
        self.max_tool_calls = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<ResponseTextParam>) -> Self {
        self.text = Some(Box::new(value.into()));
        self
    }
    /// Sets `tools`.
    pub fn tools(mut self, value: impl Into<ToolsArray>) -> Self {
        self.tools = Some(value.into());
        self
    }
    /// Sets `tool_choice`.
    pub fn tool_choice(mut self, value: impl Into<ToolChoiceParam>) -> Self {
        self.tool_choice = Some(value.into());
        self
    }
    /// Sets `prompt`.
    pub fn prompt(mut self, value: impl Into<Prompt>) -> Self {
        self.prompt = Some(value.into());
        self
    }
}
/// Emitted when an error occurs while processing a Responses WebSocket request.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ResponseWsError {
    /// The type of the event. Always `error`.
    #[serde(rename = "type")]
    pub type_: ErrorTypeLiteral,
    /// The HTTP status code associated with a WebSocket protocol error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
    /// The sequence number of an error emitted by the response stream.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence_number: Option<i64>,
    /// Details about the error.
    pub error: ErrorPayload,
    /// The WebSocket lane that emitted this event. This field is present when the
    /// originating `response.create` event supplied a `stream_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ResponseWsError {
    const NAME: &'static str = "ResponseWsError";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ErrorTypeLiteral> = None;
        let mut status: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut error: Option<ErrorPayload> = None;
        let mut stream_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "status" => 1,
                    "sequence_number" => 2,
                    "error" => 3,
                    "stream_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut sequence_number),
                3 => sdk_runtime_types::de::value(&mut map, &mut error),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut stream_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            status,
            sequence_number,
            error: error.unwrap_or_default(),
            stream_id,
        })
    }
}
impl<'de> Deserialize<'de> for ResponseWsError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ResponseWsError {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(error: impl Into<ErrorPayload>) -> Self {
        Self {
            type_: Default::default(),
            status: None,
            sequence_number: None,
            error: error.into(),
            stream_id: None,
        }
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<i64>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `sequence_number`.
    pub fn sequence_number(mut self, value: impl Into<i64>) -> Self {
        self.sequence_number = Some(value.into());
        self
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
}
/// An error payload that was emitted for a streaming error event.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ErrorPayload {
    /// The error type that was emitted.
    #[serde(rename = "type")]
    pub type_: String,
    pub code: Option<String>,
    /// The human-readable error message that was emitted.
    pub message: String,
    pub param: Option<String>,
    /// The response headers that were emitted with the error, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headers: Option<std::collections::BTreeMap<String, String>>,
}
impl sdk_runtime_types::de::Object for ErrorPayload {
    const NAME: &'static str = "ErrorPayload";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<String> = None;
        let mut code: Option<String> = None;
        let mut message: Option<String> = None;
        let mut param: Option<String> = None;
        let mut headers: Option<std::collections::BTreeMap<String, String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "code" => 1,
                    "message" => 2,
                    "param" => 3,
                    "headers" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut code),
                2 => sdk_runtime_types::de::value(&mut map, &mut message),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut param),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut headers),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: type_.unwrap_or_default(),
            code,
            message: message.unwrap_or_default(),
            param,
            headers,
        })
    }
}
impl<'de> Deserialize<'de> for ErrorPayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ErrorPayload {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(type_: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            type_: type_.into(),
            code: None,
            message: message.into(),
            param: None,
            headers: None,
        }
    }
    /// Sets `code`.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets `param`.
    pub fn param(mut self, value: impl Into<String>) -> Self {
        self.param = Some(value.into());
        self
    }
    /// Sets `headers`.
    pub fn headers(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.headers = Some(value.into());
        self
    }
}
/// Controls how the audio is cut into chunks. When set to `"auto"`, the
/// server first normalizes loudness and then uses voice activity detection (VAD) to
/// choose boundaries. `server_vad` object can be provided to tweak VAD detection
/// parameters manually. If unset, the audio is transcribed as a single block.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum TranscriptionChunkingStrategy {
    VadConfig(VadConfig),
    AutoLiteral(AutoLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<VadConfig> for TranscriptionChunkingStrategy {
    fn from(value: VadConfig) -> Self {
        Self::VadConfig(value)
    }
}
impl From<AutoLiteral> for TranscriptionChunkingStrategy {
    fn from(value: AutoLiteral) -> Self {
        Self::AutoLiteral(value)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FileCitationParam {
    /// The citation type. Always `file_citation`.
    #[serde(rename = "type")]
    pub type_: FileCitationLiteral2,
    /// The index of the file in the list of files.
    pub index: i64,
    /// The ID of the file.
    pub file_id: String,
    /// The filename of the file cited.
    pub filename: String,
}
impl sdk_runtime_types::de::Object for FileCitationParam {
    const NAME: &'static str = "FileCitationParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<FileCitationLiteral2> = None;
        let mut index: Option<i64> = None;
        let mut file_id: Option<String> = None;
        let mut filename: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "index" => 1,
                    "file_id" => 2,
                    "filename" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut index),
                2 => sdk_runtime_types::de::value(&mut map, &mut file_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut filename),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            index: index.unwrap_or_default(),
            file_id: file_id.unwrap_or_default(),
            filename: filename.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for FileCitationParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl FileCitationParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        index: impl Into<i64>,
        file_id: impl Into<String>,
        filename: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            index: index.into(),
            file_id: file_id.into(),
            filename: filename.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UrlCitationParam {
    /// The citation type. Always `url_citation`.
    #[serde(rename = "type")]
    pub type_: UrlCitationLiteral2,
    /// The index of the first character of the citation in the message.
    pub start_index: i64,
    /// The index of the last character of the citation in the message.
    pub end_index: i64,
    /// The URL of the cited resource.
    pub url: String,
    /// The title of the cited resource.
    pub title: String,
}
impl sdk_runtime_types::de::Object for UrlCitationParam {
    const NAME: &'static str = "UrlCitationParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<UrlCitationLiteral2> = None;
        let mut start_index: Option<i64> = None;
        let mut end_index: Option<i64> = None;
        let mut url: Option<String> = None;
        let mut title: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "start_index" => 1,
                    "end_index" => 2,
                    "url" => 3,
                    "title" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut start_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut end_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut url),
                4 => sdk_runtime_types::de::value(&mut map, &mut title),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            start_index: start_index.unwrap_or_default(),
            end_index: end_index.unwrap_or_default(),
            url: url.unwrap_or_default(),
            title: title.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for UrlCitationParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl UrlCitationParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        start_index: impl Into<i64>,
        end_index: impl Into<i64>,
        url: impl Into<String>,
        title: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            start_index: start_index.into(),
            end_index: end_index.into(),
            url: url.into(),
            title: title.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContainerFileCitationParam {
    /// The citation type. Always `container_file_citation`.
    #[serde(rename = "type")]
    pub type_: ContainerFileCitationLiteral,
    /// The index of the first character of the citation in the message.
    pub start_index: i64,
    /// The index of the last character of the citation in the message.
    pub end_index: i64,
    /// The ID of the container.
    pub container_id: String,
    /// The ID of the container file.
    pub file_id: String,
    /// The filename of the container file cited.
    pub filename: String,
}
impl sdk_runtime_types::de::Object for ContainerFileCitationParam {
    const NAME: &'static str = "ContainerFileCitationParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ContainerFileCitationLiteral> = None;
        let mut start_index: Option<i64> = None;
        let mut end_index: Option<i64> = None;
        let mut container_id: Option<String> = None;
        let mut file_id: Option<String> = None;
        let mut filename: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "start_index" => 1,
                    "end_index" => 2,
                    "container_id" => 3,
                    "file_id" => 4,
                    "filename" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut start_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut end_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut container_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut file_id),
                5 => sdk_runtime_types::de::value(&mut map, &mut filename),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            start_index: start_index.unwrap_or_default(),
            end_index: end_index.unwrap_or_default(),
            container_id: container_id.unwrap_or_default(),
            file_id: file_id.unwrap_or_default(),
            filename: filename.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for ContainerFileCitationParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ContainerFileCitationParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        start_index: impl Into<i64>,
        end_index: impl Into<i64>,
        container_id: impl Into<String>,
        file_id: impl Into<String>,
        filename: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            start_index: start_index.into(),
            end_index: end_index.into(),
            container_id: container_id.into(),
            file_id: file_id.into(),
            filename: filename.into(),
        }
    }
}
/// JSON parameters for creating a new video generation job.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateVideoJsonBody {
    /// The video generation model to use (allowed values: sora-2, sora-2-pro). Defaults to `sora-2`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<VideoModel>,
    /// Text prompt that describes the video to generate.
    pub prompt: String,
    /// Optional reference object that guides generation. Provide exactly one of `image_url` or `file_id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_reference: Option<ImageRefParam2>,
    /// Clip duration in seconds (allowed values: 4, 8, 12). Defaults to 4 seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seconds: Option<VideoSeconds>,
    /// Output resolution formatted as width x height (allowed values: 720x1280, 1280x720, 1024x1792, 1792x1024). Defaults to 720x1280.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<VideoSize>,
}
impl sdk_runtime_types::de::Object for CreateVideoJsonBody {
    const NAME: &'static str = "CreateVideoJsonBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut model: Option<VideoModel> = None;
        let mut prompt: Option<String> = None;
        let mut input_reference: Option<ImageRefParam2> = None;
        let mut seconds: Option<VideoSeconds> = None;
        let mut size: Option<VideoSize> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "model" => 0,
                    "prompt" => 1,
                    "input_reference" => 2,
                    "seconds" => 3,
                    "size" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                1 => sdk_runtime_types::de::value(&mut map, &mut prompt),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut input_reference),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut seconds),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut size),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            model,
            prompt: prompt.unwrap_or_default(),
            input_reference,
            seconds,
            size,
        })
    }
}
impl<'de> Deserialize<'de> for CreateVideoJsonBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateVideoJsonBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(prompt: impl Into<String>) -> Self {
        Self {
            model: None,
            prompt: prompt.into(),
            input_reference: None,
            seconds: None,
            size: None,
        }
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<VideoModel>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `input_reference`.
    pub fn input_reference(mut self, value: impl Into<ImageRefParam2>) -> Self {
        self.input_reference = Some(value.into());
        self
    }
    /// Sets `seconds`.
    pub fn seconds(mut self, value: impl Into<VideoSeconds>) -> Self {
        self.seconds = Some(value.into());
        self
    }
    /// Sets `size`.
    pub fn size(mut self, value: impl Into<VideoSize>) -> Self {
        self.size = Some(value.into());
        self
    }
}
/// JSON parameters for editing an existing generated video.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateVideoEditJsonBody {
    /// Reference to the completed video to edit.
    pub video: VideoReferenceInputParam,
    /// Text prompt that describes how to edit the source video.
    pub prompt: String,
}
impl sdk_runtime_types::de::Object for CreateVideoEditJsonBody {
    const NAME: &'static str = "CreateVideoEditJsonBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut video: Option<VideoReferenceInputParam> = None;
        let mut prompt: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "video" => 0,
                    "prompt" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut video),
                1 => sdk_runtime_types::de::value(&mut map, &mut prompt),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            video: video.unwrap_or_default(),
            prompt: prompt.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for CreateVideoEditJsonBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateVideoEditJsonBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        video: impl Into<VideoReferenceInputParam>,
        prompt: impl Into<String>,
    ) -> Self {
        Self {
            video: video.into(),
            prompt: prompt.into(),
        }
    }
}
/// JSON parameters for extending an existing generated video.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateVideoExtendJsonBody {
    /// Reference to the completed video to extend.
    pub video: VideoReferenceInputParam,
    /// Updated text prompt that directs the extension generation.
    pub prompt: String,
    /// Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20).
    pub seconds: VideoSeconds,
}
impl sdk_runtime_types::de::Object for CreateVideoExtendJsonBody {
    const NAME: &'static str = "CreateVideoExtendJsonBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut video: Option<VideoReferenceInputParam> = None;
        let mut prompt: Option<String> = None;
        let mut seconds: Option<VideoSeconds> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "video" => 0,
                    "prompt" => 1,
                    "seconds" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut video),
                1 => sdk_runtime_types::de::value(&mut map, &mut prompt),
                2 => sdk_runtime_types::de::value(&mut map, &mut seconds),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            video: video.unwrap_or_default(),
            prompt: prompt.unwrap_or_default(),
            seconds: seconds.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for CreateVideoExtendJsonBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateVideoExtendJsonBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        video: impl Into<VideoReferenceInputParam>,
        prompt: impl Into<String>,
        seconds: impl Into<VideoSeconds>,
    ) -> Self {
        Self {
            video: video.into(),
            prompt: prompt.into(),
            seconds: seconds.into(),
        }
    }
}
/// An x/y coordinate pair, e.g. `{ x: 100, y: 200 }`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct DragPoint {
    /// The x-coordinate.
    pub x: i64,
    /// The y-coordinate.
    pub y: i64,
}
impl sdk_runtime_types::de::Object for DragPoint {
    const NAME: &'static str = "DragPoint";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut x: Option<i64> = None;
        let mut y: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "x" => 0,
                    "y" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut x),
                1 => sdk_runtime_types::de::value(&mut map, &mut y),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            x: x.unwrap_or_default(),
            y: y.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for DragPoint {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl DragPoint {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(x: impl Into<i64>, y: impl Into<i64>) -> Self {
        Self { x: x.into(), y: y.into() }
    }
}
/// The constant `response.inject.created`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseInjectCreatedLiteral {
    /// `response.inject.created`
    #[default]
    ResponseInjectCreated,
}
impl ResponseInjectCreatedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.inject.created"
    }
}
impl std::fmt::Display for ResponseInjectCreatedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ResponseInjectCreatedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.inject.created")
    }
}
impl<'de> Deserialize<'de> for ResponseInjectCreatedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.inject.created")
            .map(|()| Self::ResponseInjectCreated)
    }
}
/// The constant `response.inject.failed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseInjectFailedLiteral {
    /// `response.inject.failed`
    #[default]
    ResponseInjectFailed,
}
impl ResponseInjectFailedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.inject.failed"
    }
}
impl std::fmt::Display for ResponseInjectFailedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ResponseInjectFailedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.inject.failed")
    }
}
impl<'de> Deserialize<'de> for ResponseInjectFailedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.inject.failed")
            .map(|()| Self::ResponseInjectFailed)
    }
}
/// The constant `response.inject`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseInjectLiteral {
    /// `response.inject`
    #[default]
    ResponseInject,
}
impl ResponseInjectLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.inject"
    }
}
impl std::fmt::Display for ResponseInjectLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ResponseInjectLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.inject")
    }
}
impl<'de> Deserialize<'de> for ResponseInjectLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.inject")
            .map(|()| Self::ResponseInject)
    }
}
