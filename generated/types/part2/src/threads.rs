//! Types of the `threads` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl From<ThreadStreamEvent> for AssistantStreamEvent {
    fn from(value: ThreadStreamEvent) -> Self {
        Self::ThreadStreamEvent(value)
    }
}
#[cfg(feature = "threads")]
impl From<ErrorEvent> for AssistantStreamEvent {
    fn from(value: ErrorEvent) -> Self {
        Self::ErrorEvent(value)
    }
}
#[cfg(feature = "threads")]
impl From<DoneEvent> for AssistantStreamEvent {
    fn from(value: DoneEvent) -> Self {
        Self::DoneEvent(value)
    }
}
#[cfg(feature = "threads")]
impl From<RunStreamEvent> for AssistantStreamEvent {
    fn from(value: RunStreamEvent) -> Self {
        Self::RunStreamEvent(Box::new(value))
    }
}
#[cfg(feature = "threads")]
impl From<RunStepStreamEvent> for AssistantStreamEvent {
    fn from(value: RunStepStreamEvent) -> Self {
        Self::RunStepStreamEvent(value)
    }
}
#[cfg(feature = "threads")]
impl From<MessageStreamEvent> for AssistantStreamEvent {
    fn from(value: MessageStreamEvent) -> Self {
        Self::MessageStreamEvent(value)
    }
}
#[cfg(feature = "threads")]
/// Occurs when a new [thread](https://platform.openai.com/docs/api-reference/threads/object) is created.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ThreadStreamEvent {
    /// Whether to enable input audio transcription.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    pub event: ThreadCreatedLiteral,
    pub data: Thread,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for ThreadStreamEvent {
    const NAME: &'static str = "ThreadStreamEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut enabled: Option<bool> = None;
        let mut event: Option<ThreadCreatedLiteral> = None;
        let mut data: Option<Thread> = None;
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadStreamEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl ThreadStreamEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Thread>) -> Self {
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
#[cfg(feature = "threads")]
/// The constant `thread.created`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadCreatedLiteral {
    /// `thread.created`
    #[default]
    ThreadCreated,
}
#[cfg(feature = "threads")]
impl ThreadCreatedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.created"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadCreatedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadCreatedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.created")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadCreatedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.created")
            .map(|()| Self::ThreadCreated)
    }
}
#[cfg(feature = "threads")]
/// Represents a thread that contains [messages](https://platform.openai.com/docs/api-reference/messages).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct Thread {
    /// The identifier, which can be referenced in API endpoints.
    pub id: String,
    /// The object type, which is always `thread`.
    pub object: ThreadLiteral,
    /// The Unix timestamp (in seconds) for when the thread was created.
    pub created_at: i64,
    pub tool_resources: Option<ThreadObjectToolResources>,
    pub metadata: Option<Metadata>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for Thread {
    const NAME: &'static str = "Thread";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<ThreadLiteral> = None;
        let mut created_at: Option<i64> = None;
        let mut tool_resources: Option<ThreadObjectToolResources> = None;
        let mut metadata: Option<Metadata> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "created_at" => 2,
                    "tool_resources" => 3,
                    "metadata" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut tool_resources),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            created_at: created_at.unwrap_or_default(),
            tool_resources,
            metadata,
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for Thread {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl Thread {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>, created_at: impl Into<i64>) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            created_at: created_at.into(),
            tool_resources: None,
            metadata: None,
        }
    }
    /// Sets `tool_resources`.
    pub fn tool_resources(
        mut self,
        value: impl Into<ThreadObjectToolResources>,
    ) -> Self {
        self.tool_resources = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
/// The specification's name for [`Thread`].
pub type ThreadObject = Thread;
#[cfg(feature = "threads")]
/// The constant `thread`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadLiteral {
    /// `thread`
    #[default]
    Thread,
}
#[cfg(feature = "threads")]
impl ThreadLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread").map(|()| Self::Thread)
    }
}
#[cfg(feature = "threads")]
/// A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ThreadObjectToolResources {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code_interpreter: Option<ThreadObjectToolResourcesCodeInterpreter>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_search: Option<ThreadObjectToolResourcesFileSearch>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for ThreadObjectToolResources {
    const NAME: &'static str = "ThreadObjectToolResources";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut code_interpreter: Option<ThreadObjectToolResourcesCodeInterpreter> = None;
        let mut file_search: Option<ThreadObjectToolResourcesFileSearch> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "code_interpreter" => 0,
                    "file_search" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut code_interpreter),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut file_search),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            code_interpreter,
            file_search,
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadObjectToolResources {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl ThreadObjectToolResources {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            code_interpreter: None,
            file_search: None,
        }
    }
    /// Sets `code_interpreter`.
    pub fn code_interpreter(
        mut self,
        value: impl Into<ThreadObjectToolResourcesCodeInterpreter>,
    ) -> Self {
        self.code_interpreter = Some(value.into());
        self
    }
    /// Sets `file_search`.
    pub fn file_search(
        mut self,
        value: impl Into<ThreadObjectToolResourcesFileSearch>,
    ) -> Self {
        self.file_search = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ThreadObjectToolResourcesCodeInterpreter {
    /// A list of [file](https://platform.openai.com/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_ids: Option<Vec<String>>,
}
impl sdk_runtime_types::de::Object for ThreadObjectToolResourcesCodeInterpreter {
    const NAME: &'static str = "ThreadObjectToolResourcesCodeInterpreter";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut file_ids: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "file_ids" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut file_ids),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { file_ids })
    }
}
impl<'de> Deserialize<'de> for ThreadObjectToolResourcesCodeInterpreter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ThreadObjectToolResourcesCodeInterpreter {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { file_ids: None }
    }
    /// Sets `file_ids`.
    pub fn file_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.file_ids = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ThreadObjectToolResourcesFileSearch {
    /// The [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) attached to this thread. There can be a maximum of 1 vector store attached to the thread.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vector_store_ids: Option<Vec<String>>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for ThreadObjectToolResourcesFileSearch {
    const NAME: &'static str = "ThreadObjectToolResourcesFileSearch";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut vector_store_ids: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "vector_store_ids" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut vector_store_ids),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { vector_store_ids })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadObjectToolResourcesFileSearch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl ThreadObjectToolResourcesFileSearch {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { vector_store_ids: None }
    }
    /// Sets `vector_store_ids`.
    pub fn vector_store_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.vector_store_ids = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStreamEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "threads")]
impl From<RunStreamEventThreadRunCreated> for RunStreamEvent {
    fn from(value: RunStreamEventThreadRunCreated) -> Self {
        Self::ThreadRunCreated(value)
    }
}
#[cfg(feature = "threads")]
impl From<RunStreamEventThreadRunQueued> for RunStreamEvent {
    fn from(value: RunStreamEventThreadRunQueued) -> Self {
        Self::ThreadRunQueued(value)
    }
}
#[cfg(feature = "threads")]
impl From<RunStreamEventThreadRunInProgress> for RunStreamEvent {
    fn from(value: RunStreamEventThreadRunInProgress) -> Self {
        Self::ThreadRunInProgress(value)
    }
}
#[cfg(feature = "threads")]
impl From<RunStreamEventThreadRunRequiresAction> for RunStreamEvent {
    fn from(value: RunStreamEventThreadRunRequiresAction) -> Self {
        Self::ThreadRunRequiresAction(value)
    }
}
#[cfg(feature = "threads")]
impl From<RunStreamEventThreadRunCompleted> for RunStreamEvent {
    fn from(value: RunStreamEventThreadRunCompleted) -> Self {
        Self::ThreadRunCompleted(value)
    }
}
#[cfg(feature = "threads")]
impl From<RunStreamEventThreadRunIncomplete> for RunStreamEvent {
    fn from(value: RunStreamEventThreadRunIncomplete) -> Self {
        Self::ThreadRunIncomplete(value)
    }
}
#[cfg(feature = "threads")]
impl From<RunStreamEventThreadRunFailed> for RunStreamEvent {
    fn from(value: RunStreamEventThreadRunFailed) -> Self {
        Self::ThreadRunFailed(value)
    }
}
#[cfg(feature = "threads")]
impl From<RunStreamEventThreadRunCancelling> for RunStreamEvent {
    fn from(value: RunStreamEventThreadRunCancelling) -> Self {
        Self::ThreadRunCancelling(value)
    }
}
#[cfg(feature = "threads")]
impl From<RunStreamEventThreadRunCancelled> for RunStreamEvent {
    fn from(value: RunStreamEventThreadRunCancelled) -> Self {
        Self::ThreadRunCancelled(value)
    }
}
#[cfg(feature = "threads")]
impl From<RunStreamEventThreadRunExpired> for RunStreamEvent {
    fn from(value: RunStreamEventThreadRunExpired) -> Self {
        Self::ThreadRunExpired(value)
    }
}
#[cfg(feature = "threads")]
/// Occurs when a new [run](https://platform.openai.com/docs/api-reference/runs/object) is created.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStreamEventThreadRunCreated {
    pub event: ThreadRunCreatedLiteral,
    pub data: Run,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStreamEventThreadRunCreated {
    const NAME: &'static str = "RunStreamEventThreadRunCreated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunCreatedLiteral> = None;
        let mut data: Option<Run> = None;
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStreamEventThreadRunCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStreamEventThreadRunCreated {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Run>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// The constant `thread.run.created`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunCreatedLiteral {
    /// `thread.run.created`
    #[default]
    ThreadRunCreated,
}
#[cfg(feature = "threads")]
impl ThreadRunCreatedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.created"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadRunCreatedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadRunCreatedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.created")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadRunCreatedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.created")
            .map(|()| Self::ThreadRunCreated)
    }
}
#[cfg(feature = "threads")]
/// Represents an execution run on a [thread](https://platform.openai.com/docs/api-reference/threads).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct Run {
    /// The identifier, which can be referenced in API endpoints.
    pub id: String,
    /// The object type, which is always `thread.run`.
    pub object: ThreadRunLiteral,
    /// The Unix timestamp (in seconds) for when the run was created.
    pub created_at: i64,
    /// The ID of the [thread](https://platform.openai.com/docs/api-reference/threads) that was executed on as a part of this run.
    pub thread_id: String,
    /// The ID of the [assistant](https://platform.openai.com/docs/api-reference/assistants) used for execution of this run.
    pub assistant_id: String,
    /// The status of the run, which can be either `queued`, `in_progress`, `requires_action`, `cancelling`, `cancelled`, `failed`, `completed`, `incomplete`, or `expired`.
    pub status: RunObjectStatus,
    /// Details on the action required to continue the run. Will be `null` if no action is required.
    pub required_action: Option<RunObjectRequiredAction>,
    /// The last error associated with this run. Will be `null` if there are no errors.
    pub last_error: Option<RunObjectLastError>,
    /// The Unix timestamp (in seconds) for when the run will expire.
    pub expires_at: Option<i64>,
    /// The Unix timestamp (in seconds) for when the run was started.
    pub started_at: Option<i64>,
    /// The Unix timestamp (in seconds) for when the run was cancelled.
    pub cancelled_at: Option<i64>,
    /// The Unix timestamp (in seconds) for when the run failed.
    pub failed_at: Option<i64>,
    /// The Unix timestamp (in seconds) for when the run was completed.
    pub completed_at: Option<i64>,
    /// Details on why the run is incomplete. Will be `null` if the run is not incomplete.
    pub incomplete_details: Option<RunObjectIncompleteDetails>,
    /// The model that the [assistant](https://platform.openai.com/docs/api-reference/assistants) used for this run.
    pub model: String,
    /// The instructions that the [assistant](https://platform.openai.com/docs/api-reference/assistants) used for this run.
    pub instructions: String,
    /// The list of tools that the [assistant](https://platform.openai.com/docs/api-reference/assistants) used for this run.
    pub tools: Vec<RunObjectTool>,
    pub metadata: Option<Metadata>,
    pub usage: Option<RunCompletionUsage>,
    /// The sampling temperature used for this run. If not set, defaults to 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    /// The nucleus sampling value used for this run. If not set, defaults to 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub top_p: Option<f64>,
    /// The maximum number of prompt tokens specified to have been used over the course of the run.
    pub max_prompt_tokens: Option<i64>,
    /// The maximum number of completion tokens specified to have been used over the course of the run.
    pub max_completion_tokens: Option<i64>,
    pub truncation_strategy: Option<TruncationObject>,
    pub tool_choice: Option<AssistantsApiToolChoiceOption>,
    pub parallel_tool_calls: ParallelToolCalls,
    pub response_format: Option<AssistantsApiResponseFormatOption>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for Run {
    const NAME: &'static str = "Run";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<ThreadRunLiteral> = None;
        let mut created_at: Option<i64> = None;
        let mut thread_id: Option<String> = None;
        let mut assistant_id: Option<String> = None;
        let mut status: Option<RunObjectStatus> = None;
        let mut required_action: Option<RunObjectRequiredAction> = None;
        let mut last_error: Option<RunObjectLastError> = None;
        let mut expires_at: Option<i64> = None;
        let mut started_at: Option<i64> = None;
        let mut cancelled_at: Option<i64> = None;
        let mut failed_at: Option<i64> = None;
        let mut completed_at: Option<i64> = None;
        let mut incomplete_details: Option<RunObjectIncompleteDetails> = None;
        let mut model: Option<String> = None;
        let mut instructions: Option<String> = None;
        let mut tools: Option<Vec<RunObjectTool>> = None;
        let mut metadata: Option<Metadata> = None;
        let mut usage: Option<RunCompletionUsage> = None;
        let mut temperature: Option<f64> = None;
        let mut top_p: Option<f64> = None;
        let mut max_prompt_tokens: Option<i64> = None;
        let mut max_completion_tokens: Option<i64> = None;
        let mut truncation_strategy: Option<TruncationObject> = None;
        let mut tool_choice: Option<AssistantsApiToolChoiceOption> = None;
        let mut parallel_tool_calls: Option<ParallelToolCalls> = None;
        let mut response_format: Option<AssistantsApiResponseFormatOption> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "created_at" => 2,
                    "thread_id" => 3,
                    "assistant_id" => 4,
                    "status" => 5,
                    "required_action" => 6,
                    "last_error" => 7,
                    "expires_at" => 8,
                    "started_at" => 9,
                    "cancelled_at" => 10,
                    "failed_at" => 11,
                    "completed_at" => 12,
                    "incomplete_details" => 13,
                    "model" => 14,
                    "instructions" => 15,
                    "tools" => 16,
                    "metadata" => 17,
                    "usage" => 18,
                    "temperature" => 19,
                    "top_p" => 20,
                    "max_prompt_tokens" => 21,
                    "max_completion_tokens" => 22,
                    "truncation_strategy" => 23,
                    "tool_choice" => 24,
                    "parallel_tool_calls" => 25,
                    "response_format" => 26,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                3 => sdk_runtime_types::de::value(&mut map, &mut thread_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut assistant_id),
                5 => sdk_runtime_types::de::value(&mut map, &mut status),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut required_action),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut last_error),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut expires_at),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut started_at),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut cancelled_at),
                11 => sdk_runtime_types::de::nullable(&mut map, &mut failed_at),
                12 => sdk_runtime_types::de::nullable(&mut map, &mut completed_at),
                13 => sdk_runtime_types::de::nullable(&mut map, &mut incomplete_details),
                14 => sdk_runtime_types::de::value(&mut map, &mut model),
                15 => sdk_runtime_types::de::value(&mut map, &mut instructions),
                16 => sdk_runtime_types::de::value(&mut map, &mut tools),
                17 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                18 => sdk_runtime_types::de::nullable(&mut map, &mut usage),
                19 => sdk_runtime_types::de::nullable(&mut map, &mut temperature),
                20 => sdk_runtime_types::de::nullable(&mut map, &mut top_p),
                21 => sdk_runtime_types::de::nullable(&mut map, &mut max_prompt_tokens),
                22 => {
                    sdk_runtime_types::de::nullable(&mut map, &mut max_completion_tokens)
                }
                23 => sdk_runtime_types::de::nullable(&mut map, &mut truncation_strategy),
                24 => sdk_runtime_types::de::nullable(&mut map, &mut tool_choice),
                25 => sdk_runtime_types::de::value(&mut map, &mut parallel_tool_calls),
                26 => sdk_runtime_types::de::nullable(&mut map, &mut response_format),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            created_at: created_at.unwrap_or_default(),
            thread_id: thread_id.unwrap_or_default(),
            assistant_id: assistant_id.unwrap_or_default(),
            status: status.unwrap_or_default(),
            required_action,
            last_error,
            expires_at,
            started_at,
            cancelled_at,
            failed_at,
            completed_at,
            incomplete_details,
            model: model.unwrap_or_default(),
            instructions: instructions.unwrap_or_default(),
            tools: tools.unwrap_or_default(),
            metadata,
            usage,
            temperature,
            top_p,
            max_prompt_tokens,
            max_completion_tokens,
            truncation_strategy,
            tool_choice,
            parallel_tool_calls: parallel_tool_calls.unwrap_or_default(),
            response_format,
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for Run {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl Run {
    /// Sets `required_action`.
    pub fn required_action(mut self, value: impl Into<RunObjectRequiredAction>) -> Self {
        self.required_action = Some(value.into());
        self
    }
    /// Sets `last_error`.
    pub fn last_error(mut self, value: impl Into<RunObjectLastError>) -> Self {
        self.last_error = Some(value.into());
        self
    }
    /// Sets `expires_at`.
    pub fn expires_at(mut self, value: impl Into<i64>) -> Self {
        self.expires_at = Some(value.into());
        self
    }
    /// Sets `started_at`.
    pub fn started_at(mut self, value: impl Into<i64>) -> Self {
        self.started_at = Some(value.into());
        self
    }
    /// Sets `cancelled_at`.
    pub fn cancelled_at(mut self, value: impl Into<i64>) -> Self {
        self.cancelled_at = Some(value.into());
        self
    }
    /// Sets `failed_at`.
    pub fn failed_at(mut self, value: impl Into<i64>) -> Self {
        self.failed_at = Some(value.into());
        self
    }
    /// Sets `completed_at`.
    pub fn completed_at(mut self, value: impl Into<i64>) -> Self {
        self.completed_at = Some(value.into());
        self
    }
    /// Sets `incomplete_details`.
    pub fn incomplete_details(
        mut self,
        value: impl Into<RunObjectIncompleteDetails>,
    ) -> Self {
        self.incomplete_details = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
    /// Sets `usage`.
    pub fn usage(mut self, value: impl Into<RunCompletionUsage>) -> Self {
        self.usage = Some(value.into());
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
    /// Sets `max_prompt_tokens`.
    pub fn max_prompt_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_prompt_tokens = Some(value.into());
        self
    }
    /// Sets `max_completion_tokens`.
    pub fn max_completion_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_completion_tokens = Some(value.into());
        self
    }
    /// Sets `truncation_strategy`.
    pub fn truncation_strategy(mut self, value: impl Into<TruncationObject>) -> Self {
        self.truncation_strategy = Some(value.into());
        self
    }
    /// Sets `tool_choice`.
    pub fn tool_choice(
        mut self,
        value: impl Into<AssistantsApiToolChoiceOption>,
    ) -> Self {
        self.tool_choice = Some(value.into());
        self
    }
    /// Sets `response_format`.
    pub fn response_format(
        mut self,
        value: impl Into<AssistantsApiResponseFormatOption>,
    ) -> Self {
        self.response_format = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
/// The specification's name for [`Run`].
pub type RunObject = Run;
#[cfg(feature = "threads")]
/// The constant `thread.run`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunLiteral {
    /// `thread.run`
    #[default]
    ThreadRun,
}
#[cfg(feature = "threads")]
impl ThreadRunLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadRunLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadRunLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadRunLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run")
            .map(|()| Self::ThreadRun)
    }
}
#[cfg(feature = "threads")]
/// The status of the run, which can be either `queued`, `in_progress`, `requires_action`, `cancelling`, `cancelled`, `failed`, `completed`, `incomplete`, or `expired`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RunObjectStatus {
    /// `queued`
    Queued,
    /// `in_progress`
    InProgress,
    /// `requires_action`
    RequiresAction,
    /// `cancelling`
    Cancelling,
    /// `cancelled`
    Cancelled,
    /// `failed`
    Failed,
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// `expired`
    Expired,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "threads")]
impl RunObjectStatus {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Queued => "queued",
            Self::InProgress => "in_progress",
            Self::RequiresAction => "requires_action",
            Self::Cancelling => "cancelling",
            Self::Cancelled => "cancelled",
            Self::Failed => "failed",
            Self::Completed => "completed",
            Self::Incomplete => "incomplete",
            Self::Expired => "expired",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "queued" => Self::Queued,
            "in_progress" => Self::InProgress,
            "requires_action" => Self::RequiresAction,
            "cancelling" => Self::Cancelling,
            "cancelled" => Self::Cancelled,
            "failed" => Self::Failed,
            "completed" => Self::Completed,
            "incomplete" => Self::Incomplete,
            "expired" => Self::Expired,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "threads")]
impl From<&str> for RunObjectStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "threads")]
impl From<String> for RunObjectStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for RunObjectStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for RunObjectStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunObjectStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "threads")]
impl Default for RunObjectStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "threads")]
/// Details on the action required to continue the run. Will be `null` if no action is required.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunObjectRequiredAction {
    /// For now, this is always `submit_tool_outputs`.
    #[serde(rename = "type")]
    pub type_: SubmitToolOutputsLiteral,
    /// Details on the tool outputs needed for this run to continue.
    pub submit_tool_outputs: RunObjectRequiredActionSubmitToolOutputs,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunObjectRequiredAction {
    const NAME: &'static str = "RunObjectRequiredAction";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<SubmitToolOutputsLiteral> = None;
        let mut submit_tool_outputs: Option<RunObjectRequiredActionSubmitToolOutputs> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "submit_tool_outputs" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut submit_tool_outputs),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            submit_tool_outputs: submit_tool_outputs.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunObjectRequiredAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunObjectRequiredAction {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        submit_tool_outputs: impl Into<RunObjectRequiredActionSubmitToolOutputs>,
    ) -> Self {
        Self {
            type_: Default::default(),
            submit_tool_outputs: submit_tool_outputs.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// The constant `submit_tool_outputs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SubmitToolOutputsLiteral {
    /// `submit_tool_outputs`
    #[default]
    SubmitToolOutputs,
}
#[cfg(feature = "threads")]
impl SubmitToolOutputsLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "submit_tool_outputs"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for SubmitToolOutputsLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for SubmitToolOutputsLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("submit_tool_outputs")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for SubmitToolOutputsLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "submit_tool_outputs")
            .map(|()| Self::SubmitToolOutputs)
    }
}
#[cfg(feature = "threads")]
/// Details on the tool outputs needed for this run to continue.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunObjectRequiredActionSubmitToolOutputs {
    /// A list of the relevant tool calls.
    pub tool_calls: Vec<RunToolCallObject>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunObjectRequiredActionSubmitToolOutputs {
    const NAME: &'static str = "RunObjectRequiredActionSubmitToolOutputs";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut tool_calls: Option<Vec<RunToolCallObject>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "tool_calls" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut tool_calls),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            tool_calls: tool_calls.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunObjectRequiredActionSubmitToolOutputs {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunObjectRequiredActionSubmitToolOutputs {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(tool_calls: impl Into<Vec<RunToolCallObject>>) -> Self {
        Self {
            tool_calls: tool_calls.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// Tool call objects
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunToolCallObject {
    /// The ID of the tool call. This ID must be referenced when you submit the tool outputs in using the [Submit tool outputs to run](https://platform.openai.com/docs/api-reference/runs/submitToolOutputs) endpoint.
    pub id: String,
    /// The type of tool call the output is required for. For now, this is always `function`.
    #[serde(rename = "type")]
    pub type_: FunctionLiteral,
    /// The function definition.
    pub function: RunToolCallObjectFunction,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunToolCallObject {
    const NAME: &'static str = "RunToolCallObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<FunctionLiteral> = None;
        let mut function: Option<RunToolCallObjectFunction> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "function" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut function),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            function: function.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunToolCallObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunToolCallObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        function: impl Into<RunToolCallObjectFunction>,
    ) -> Self {
        Self {
            id: id.into(),
            type_: Default::default(),
            function: function.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// The function definition.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunToolCallObjectFunction {
    /// The name of the function.
    pub name: String,
    /// The arguments that the model expects you to pass to the function.
    pub arguments: String,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunToolCallObjectFunction {
    const NAME: &'static str = "RunToolCallObjectFunction";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut arguments: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "arguments" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut name),
                1 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name: name.unwrap_or_default(),
            arguments: arguments.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunToolCallObjectFunction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunToolCallObjectFunction {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>, arguments: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            arguments: arguments.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// The last error associated with this run. Will be `null` if there are no errors.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunObjectLastError {
    /// One of `server_error`, `rate_limit_exceeded`, or `invalid_prompt`.
    pub code: RunObjectLastErrorCode,
    /// A human-readable description of the error.
    pub message: String,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunObjectLastError {
    const NAME: &'static str = "RunObjectLastError";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut code: Option<RunObjectLastErrorCode> = None;
        let mut message: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "code" => 0,
                    "message" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut code),
                1 => sdk_runtime_types::de::value(&mut map, &mut message),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            code: code.unwrap_or_default(),
            message: message.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunObjectLastError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunObjectLastError {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        code: impl Into<RunObjectLastErrorCode>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// One of `server_error`, `rate_limit_exceeded`, or `invalid_prompt`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RunObjectLastErrorCode {
    /// `server_error`
    ServerError,
    /// `rate_limit_exceeded`
    RateLimitExceeded,
    /// `invalid_prompt`
    InvalidPrompt,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "threads")]
impl RunObjectLastErrorCode {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ServerError => "server_error",
            Self::RateLimitExceeded => "rate_limit_exceeded",
            Self::InvalidPrompt => "invalid_prompt",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "server_error" => Self::ServerError,
            "rate_limit_exceeded" => Self::RateLimitExceeded,
            "invalid_prompt" => Self::InvalidPrompt,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "threads")]
impl From<&str> for RunObjectLastErrorCode {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "threads")]
impl From<String> for RunObjectLastErrorCode {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for RunObjectLastErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for RunObjectLastErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunObjectLastErrorCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "threads")]
impl Default for RunObjectLastErrorCode {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "threads")]
/// Details on why the run is incomplete. Will be `null` if the run is not incomplete.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunObjectIncompleteDetails {
    /// The reason why the run is incomplete. This will point to which specific token limit was reached over the course of the run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<RunObjectIncompleteDetailsReason>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunObjectIncompleteDetails {
    const NAME: &'static str = "RunObjectIncompleteDetails";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut reason: Option<RunObjectIncompleteDetailsReason> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "reason" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut reason),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { reason })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunObjectIncompleteDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunObjectIncompleteDetails {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { reason: None }
    }
    /// Sets `reason`.
    pub fn reason(mut self, value: impl Into<RunObjectIncompleteDetailsReason>) -> Self {
        self.reason = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
/// The reason why the run is incomplete. This will point to which specific token limit was reached over the course of the run.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RunObjectIncompleteDetailsReason {
    /// `max_completion_tokens`
    MaxCompletionTokens,
    /// `max_prompt_tokens`
    MaxPromptTokens,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "threads")]
impl RunObjectIncompleteDetailsReason {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::MaxCompletionTokens => "max_completion_tokens",
            Self::MaxPromptTokens => "max_prompt_tokens",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "max_completion_tokens" => Self::MaxCompletionTokens,
            "max_prompt_tokens" => Self::MaxPromptTokens,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "threads")]
impl From<&str> for RunObjectIncompleteDetailsReason {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "threads")]
impl From<String> for RunObjectIncompleteDetailsReason {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for RunObjectIncompleteDetailsReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for RunObjectIncompleteDetailsReason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunObjectIncompleteDetailsReason {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "threads")]
impl Default for RunObjectIncompleteDetailsReason {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "threads")]
/// Usage statistics related to the run. This value will be `null` if the run is not in a terminal state (i.e. `in_progress`, `queued`, etc.).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunCompletionUsage {
    /// Number of completion tokens used over the course of the run.
    pub completion_tokens: i64,
    /// Number of prompt tokens used over the course of the run.
    pub prompt_tokens: i64,
    /// Total number of tokens used (prompt + completion).
    pub total_tokens: i64,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunCompletionUsage {
    const NAME: &'static str = "RunCompletionUsage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut completion_tokens: Option<i64> = None;
        let mut prompt_tokens: Option<i64> = None;
        let mut total_tokens: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "completion_tokens" => 0,
                    "prompt_tokens" => 1,
                    "total_tokens" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut completion_tokens),
                1 => sdk_runtime_types::de::value(&mut map, &mut prompt_tokens),
                2 => sdk_runtime_types::de::value(&mut map, &mut total_tokens),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            completion_tokens: completion_tokens.unwrap_or_default(),
            prompt_tokens: prompt_tokens.unwrap_or_default(),
            total_tokens: total_tokens.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunCompletionUsage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunCompletionUsage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        completion_tokens: impl Into<i64>,
        prompt_tokens: impl Into<i64>,
        total_tokens: impl Into<i64>,
    ) -> Self {
        Self {
            completion_tokens: completion_tokens.into(),
            prompt_tokens: prompt_tokens.into(),
            total_tokens: total_tokens.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// Controls for how a thread will be truncated prior to the run. Use this to control the initial context window of the run.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct TruncationObject {
    /// The truncation strategy to use for the thread. The default is `auto`. If set to `last_messages`, the thread will be truncated to the n most recent messages in the thread. When set to `auto`, messages in the middle of the thread will be dropped to fit the context length of the model, `max_prompt_tokens`.
    #[serde(rename = "type")]
    pub type_: TruncationObjectType,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_messages: Option<i64>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for TruncationObject {
    const NAME: &'static str = "TruncationObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<TruncationObjectType> = None;
        let mut last_messages: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "last_messages" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut last_messages),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: type_.unwrap_or_default(),
            last_messages,
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for TruncationObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl TruncationObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(type_: impl Into<TruncationObjectType>) -> Self {
        Self {
            type_: type_.into(),
            last_messages: None,
        }
    }
    /// Sets `last_messages`.
    pub fn last_messages(mut self, value: impl Into<i64>) -> Self {
        self.last_messages = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
/// The truncation strategy to use for the thread. The default is `auto`. If set to `last_messages`, the thread will be truncated to the n most recent messages in the thread. When set to `auto`, messages in the middle of the thread will be dropped to fit the context length of the model, `max_prompt_tokens`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TruncationObjectType {
    /// `auto`
    Auto,
    /// `last_messages`
    LastMessages,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "threads")]
impl TruncationObjectType {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::LastMessages => "last_messages",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "last_messages" => Self::LastMessages,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "threads")]
impl From<&str> for TruncationObjectType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "threads")]
impl From<String> for TruncationObjectType {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for TruncationObjectType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for TruncationObjectType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for TruncationObjectType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "threads")]
impl Default for TruncationObjectType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "threads")]
/// Controls which (if any) tool is called by the model.
/// `none` means the model will not call any tools and instead generates a message.
/// `auto` is the default value and means the model can pick between generating a message or calling one or more tools.
/// `required` means the model must call one or more tools before responding to the user.
/// Specifying a particular tool like `{"type": "file_search"}` or `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum AssistantsApiToolChoiceOption {
    NamedToolChoice(AssistantsNamedToolChoice),
    Mode(AssistantsApiToolChoiceOptionMode),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(feature = "threads")]
impl From<AssistantsNamedToolChoice> for AssistantsApiToolChoiceOption {
    fn from(value: AssistantsNamedToolChoice) -> Self {
        Self::NamedToolChoice(value)
    }
}
#[cfg(feature = "threads")]
impl From<AssistantsApiToolChoiceOptionMode> for AssistantsApiToolChoiceOption {
    fn from(value: AssistantsApiToolChoiceOptionMode) -> Self {
        Self::Mode(value)
    }
}
#[cfg(feature = "threads")]
impl From<&str> for AssistantsApiToolChoiceOption {
    fn from(value: &str) -> Self {
        Self::Mode(value.into())
    }
}
#[cfg(feature = "threads")]
/// Specifies a tool the model should use. Use to force the model to call a specific tool.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AssistantsNamedToolChoice {
    /// The type of the tool. If type is `function`, the function name must be set
    #[serde(rename = "type")]
    pub type_: AssistantsNamedToolChoiceType,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub function: Option<AssistantsNamedToolChoiceFunction>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for AssistantsNamedToolChoice {
    const NAME: &'static str = "AssistantsNamedToolChoice";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<AssistantsNamedToolChoiceType> = None;
        let mut function: Option<AssistantsNamedToolChoiceFunction> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "function" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut function),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            function,
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for AssistantsNamedToolChoice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl AssistantsNamedToolChoice {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(type_: impl Into<AssistantsNamedToolChoiceType>) -> Self {
        Self {
            type_: type_.into(),
            function: None,
        }
    }
    /// Sets `function`.
    pub fn function(
        mut self,
        value: impl Into<AssistantsNamedToolChoiceFunction>,
    ) -> Self {
        self.function = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
/// The type of the tool. If type is `function`, the function name must be set
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AssistantsNamedToolChoiceType {
    /// `function`
    Function,
    /// `code_interpreter`
    CodeInterpreter,
    /// `file_search`
    FileSearch,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "threads")]
impl AssistantsNamedToolChoiceType {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Function => "function",
            Self::CodeInterpreter => "code_interpreter",
            Self::FileSearch => "file_search",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "function" => Self::Function,
            "code_interpreter" => Self::CodeInterpreter,
            "file_search" => Self::FileSearch,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "threads")]
impl From<&str> for AssistantsNamedToolChoiceType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "threads")]
impl From<String> for AssistantsNamedToolChoiceType {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for AssistantsNamedToolChoiceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for AssistantsNamedToolChoiceType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for AssistantsNamedToolChoiceType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "threads")]
impl Default for AssistantsNamedToolChoiceType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "threads")]
/// Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) moves to a `queued` status.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStreamEventThreadRunQueued {
    pub event: ThreadRunQueuedLiteral,
    pub data: Run,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStreamEventThreadRunQueued {
    const NAME: &'static str = "RunStreamEventThreadRunQueued";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunQueuedLiteral> = None;
        let mut data: Option<Run> = None;
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStreamEventThreadRunQueued {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStreamEventThreadRunQueued {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Run>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// The constant `thread.run.queued`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunQueuedLiteral {
    /// `thread.run.queued`
    #[default]
    ThreadRunQueued,
}
#[cfg(feature = "threads")]
impl ThreadRunQueuedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.queued"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadRunQueuedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadRunQueuedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.queued")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadRunQueuedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.queued")
            .map(|()| Self::ThreadRunQueued)
    }
}
#[cfg(feature = "threads")]
/// Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) moves to an `in_progress` status.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStreamEventThreadRunInProgress {
    pub event: ThreadRunInProgressLiteral,
    pub data: Run,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStreamEventThreadRunInProgress {
    const NAME: &'static str = "RunStreamEventThreadRunInProgress";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunInProgressLiteral> = None;
        let mut data: Option<Run> = None;
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStreamEventThreadRunInProgress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStreamEventThreadRunInProgress {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Run>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// The constant `thread.run.in_progress`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunInProgressLiteral {
    /// `thread.run.in_progress`
    #[default]
    ThreadRunInProgress,
}
#[cfg(feature = "threads")]
impl ThreadRunInProgressLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.in_progress"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadRunInProgressLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadRunInProgressLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.in_progress")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadRunInProgressLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.in_progress")
            .map(|()| Self::ThreadRunInProgress)
    }
}
#[cfg(feature = "threads")]
/// Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) moves to a `requires_action` status.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStreamEventThreadRunRequiresAction {
    pub event: ThreadRunRequiresActionLiteral,
    pub data: Run,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStreamEventThreadRunRequiresAction {
    const NAME: &'static str = "RunStreamEventThreadRunRequiresAction";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunRequiresActionLiteral> = None;
        let mut data: Option<Run> = None;
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStreamEventThreadRunRequiresAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStreamEventThreadRunRequiresAction {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Run>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// The constant `thread.run.requires_action`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunRequiresActionLiteral {
    /// `thread.run.requires_action`
    #[default]
    ThreadRunRequiresAction,
}
#[cfg(feature = "threads")]
impl ThreadRunRequiresActionLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.requires_action"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadRunRequiresActionLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadRunRequiresActionLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.requires_action")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadRunRequiresActionLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.requires_action")
            .map(|()| Self::ThreadRunRequiresAction)
    }
}
#[cfg(feature = "threads")]
/// Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) is completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStreamEventThreadRunCompleted {
    pub event: ThreadRunCompletedLiteral,
    pub data: Run,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStreamEventThreadRunCompleted {
    const NAME: &'static str = "RunStreamEventThreadRunCompleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunCompletedLiteral> = None;
        let mut data: Option<Run> = None;
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStreamEventThreadRunCompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStreamEventThreadRunCompleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Run>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// The constant `thread.run.completed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunCompletedLiteral {
    /// `thread.run.completed`
    #[default]
    ThreadRunCompleted,
}
#[cfg(feature = "threads")]
impl ThreadRunCompletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.completed"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadRunCompletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadRunCompletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.completed")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadRunCompletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.completed")
            .map(|()| Self::ThreadRunCompleted)
    }
}
#[cfg(feature = "threads")]
/// Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) ends with status `incomplete`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStreamEventThreadRunIncomplete {
    pub event: ThreadRunIncompleteLiteral,
    pub data: Run,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStreamEventThreadRunIncomplete {
    const NAME: &'static str = "RunStreamEventThreadRunIncomplete";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunIncompleteLiteral> = None;
        let mut data: Option<Run> = None;
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStreamEventThreadRunIncomplete {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStreamEventThreadRunIncomplete {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Run>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// The constant `thread.run.incomplete`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunIncompleteLiteral {
    /// `thread.run.incomplete`
    #[default]
    ThreadRunIncomplete,
}
#[cfg(feature = "threads")]
impl ThreadRunIncompleteLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.incomplete"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadRunIncompleteLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadRunIncompleteLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.incomplete")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadRunIncompleteLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.incomplete")
            .map(|()| Self::ThreadRunIncomplete)
    }
}
#[cfg(feature = "threads")]
/// Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) fails.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStreamEventThreadRunFailed {
    pub event: ThreadRunFailedLiteral,
    pub data: Run,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStreamEventThreadRunFailed {
    const NAME: &'static str = "RunStreamEventThreadRunFailed";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunFailedLiteral> = None;
        let mut data: Option<Run> = None;
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStreamEventThreadRunFailed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStreamEventThreadRunFailed {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Run>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// The constant `thread.run.failed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunFailedLiteral {
    /// `thread.run.failed`
    #[default]
    ThreadRunFailed,
}
#[cfg(feature = "threads")]
impl ThreadRunFailedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.failed"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadRunFailedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadRunFailedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.failed")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadRunFailedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.failed")
            .map(|()| Self::ThreadRunFailed)
    }
}
#[cfg(feature = "threads")]
/// Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) moves to a `cancelling` status.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStreamEventThreadRunCancelling {
    pub event: ThreadRunCancellingLiteral,
    pub data: Run,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStreamEventThreadRunCancelling {
    const NAME: &'static str = "RunStreamEventThreadRunCancelling";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunCancellingLiteral> = None;
        let mut data: Option<Run> = None;
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStreamEventThreadRunCancelling {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStreamEventThreadRunCancelling {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Run>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// The constant `thread.run.cancelling`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunCancellingLiteral {
    /// `thread.run.cancelling`
    #[default]
    ThreadRunCancelling,
}
#[cfg(feature = "threads")]
impl ThreadRunCancellingLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.cancelling"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadRunCancellingLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadRunCancellingLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.cancelling")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadRunCancellingLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.cancelling")
            .map(|()| Self::ThreadRunCancelling)
    }
}
#[cfg(feature = "threads")]
/// Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) is cancelled.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStreamEventThreadRunCancelled {
    pub event: ThreadRunCancelledLiteral,
    pub data: Run,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStreamEventThreadRunCancelled {
    const NAME: &'static str = "RunStreamEventThreadRunCancelled";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunCancelledLiteral> = None;
        let mut data: Option<Run> = None;
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStreamEventThreadRunCancelled {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStreamEventThreadRunCancelled {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Run>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// The constant `thread.run.cancelled`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunCancelledLiteral {
    /// `thread.run.cancelled`
    #[default]
    ThreadRunCancelled,
}
#[cfg(feature = "threads")]
impl ThreadRunCancelledLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.cancelled"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadRunCancelledLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadRunCancelledLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.cancelled")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadRunCancelledLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.cancelled")
            .map(|()| Self::ThreadRunCancelled)
    }
}
#[cfg(feature = "threads")]
/// Occurs when a [run](https://platform.openai.com/docs/api-reference/runs/object) expires.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStreamEventThreadRunExpired {
    pub event: ThreadRunExpiredLiteral,
    pub data: Run,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStreamEventThreadRunExpired {
    const NAME: &'static str = "RunStreamEventThreadRunExpired";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunExpiredLiteral> = None;
        let mut data: Option<Run> = None;
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStreamEventThreadRunExpired {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStreamEventThreadRunExpired {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Run>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// The constant `thread.run.expired`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunExpiredLiteral {
    /// `thread.run.expired`
    #[default]
    ThreadRunExpired,
}
#[cfg(feature = "threads")]
impl ThreadRunExpiredLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.expired"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadRunExpiredLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadRunExpiredLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.expired")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadRunExpiredLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.expired")
            .map(|()| Self::ThreadRunExpired)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepStreamEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "threads")]
impl From<RunStepStreamEventThreadRunStepCreated> for RunStepStreamEvent {
    fn from(value: RunStepStreamEventThreadRunStepCreated) -> Self {
        Self::ThreadRunStepCreated(value)
    }
}
#[cfg(feature = "threads")]
impl From<RunStepStreamEventThreadRunStepInProgress> for RunStepStreamEvent {
    fn from(value: RunStepStreamEventThreadRunStepInProgress) -> Self {
        Self::ThreadRunStepInProgress(value)
    }
}
#[cfg(feature = "threads")]
impl From<RunStepStreamEventThreadRunStepDelta> for RunStepStreamEvent {
    fn from(value: RunStepStreamEventThreadRunStepDelta) -> Self {
        Self::ThreadRunStepDelta(value)
    }
}
#[cfg(feature = "threads")]
impl From<RunStepStreamEventThreadRunStepCompleted> for RunStepStreamEvent {
    fn from(value: RunStepStreamEventThreadRunStepCompleted) -> Self {
        Self::ThreadRunStepCompleted(value)
    }
}
#[cfg(feature = "threads")]
impl From<RunStepStreamEventThreadRunStepFailed> for RunStepStreamEvent {
    fn from(value: RunStepStreamEventThreadRunStepFailed) -> Self {
        Self::ThreadRunStepFailed(value)
    }
}
#[cfg(feature = "threads")]
impl From<RunStepStreamEventThreadRunStepCancelled> for RunStepStreamEvent {
    fn from(value: RunStepStreamEventThreadRunStepCancelled) -> Self {
        Self::ThreadRunStepCancelled(value)
    }
}
#[cfg(feature = "threads")]
impl From<RunStepStreamEventThreadRunStepExpired> for RunStepStreamEvent {
    fn from(value: RunStepStreamEventThreadRunStepExpired) -> Self {
        Self::ThreadRunStepExpired(value)
    }
}
#[cfg(feature = "threads")]
/// Occurs when a [run step](https://platform.openai.com/docs/api-reference/run-steps/step-object) is created.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RunStepStreamEventThreadRunStepCreated {
    pub event: ThreadRunStepCreatedLiteral,
    pub data: RunStep,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStepStreamEventThreadRunStepCreated {
    const NAME: &'static str = "RunStepStreamEventThreadRunStepCreated";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunStepCreatedLiteral> = None;
        let mut data: Option<RunStep> = None;
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepStreamEventThreadRunStepCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStepStreamEventThreadRunStepCreated {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<RunStep>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// The constant `thread.run.step.created`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunStepCreatedLiteral {
    /// `thread.run.step.created`
    #[default]
    ThreadRunStepCreated,
}
#[cfg(feature = "threads")]
impl ThreadRunStepCreatedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.step.created"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadRunStepCreatedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadRunStepCreatedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.step.created")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadRunStepCreatedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.step.created")
            .map(|()| Self::ThreadRunStepCreated)
    }
}
#[cfg(feature = "threads")]
/// Represents a step in execution of a run.
///
/// Its values come from the API: to make one (in a test), decode it from JSON.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RunStep {
    /// The identifier of the run step, which can be referenced in API endpoints.
    pub id: String,
    /// The object type, which is always `thread.run.step`.
    pub object: ThreadRunStepLiteral,
    /// The Unix timestamp (in seconds) for when the run step was created.
    pub created_at: i64,
    /// The ID of the [assistant](https://platform.openai.com/docs/api-reference/assistants) associated with the run step.
    pub assistant_id: String,
    /// The ID of the [thread](https://platform.openai.com/docs/api-reference/threads) that was run.
    pub thread_id: String,
    /// The ID of the [run](https://platform.openai.com/docs/api-reference/runs) that this run step is a part of.
    pub run_id: String,
    /// The type of run step, which can be either `message_creation` or `tool_calls`.
    #[serde(rename = "type")]
    pub type_: RunStepObjectType,
    /// The status of the run step, which can be either `in_progress`, `cancelled`, `failed`, `completed`, or `expired`.
    pub status: RunStepObjectStatus,
    /// The details of the run step.
    pub step_details: RunStepObjectStepDetails,
    pub last_error: Option<RunStepObjectLastError>,
    pub expired_at: Option<i64>,
    pub cancelled_at: Option<i64>,
    pub failed_at: Option<i64>,
    pub completed_at: Option<i64>,
    pub metadata: Option<Metadata>,
    pub usage: Option<RunStepCompletionUsage>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStep {
    const NAME: &'static str = "RunStep";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<ThreadRunStepLiteral> = None;
        let mut created_at: Option<i64> = None;
        let mut assistant_id: Option<String> = None;
        let mut thread_id: Option<String> = None;
        let mut run_id: Option<String> = None;
        let mut type_: Option<RunStepObjectType> = None;
        let mut status: Option<RunStepObjectStatus> = None;
        let mut step_details: Option<RunStepObjectStepDetails> = None;
        let mut last_error: Option<RunStepObjectLastError> = None;
        let mut expired_at: Option<i64> = None;
        let mut cancelled_at: Option<i64> = None;
        let mut failed_at: Option<i64> = None;
        let mut completed_at: Option<i64> = None;
        let mut metadata: Option<Metadata> = None;
        let mut usage: Option<RunStepCompletionUsage> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "created_at" => 2,
                    "assistant_id" => 3,
                    "thread_id" => 4,
                    "run_id" => 5,
                    "type" => 6,
                    "status" => 7,
                    "step_details" => 8,
                    "last_error" => 9,
                    "expired_at" => 10,
                    "cancelled_at" => 11,
                    "failed_at" => 12,
                    "completed_at" => 13,
                    "metadata" => 14,
                    "usage" => 15,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                3 => sdk_runtime_types::de::value(&mut map, &mut assistant_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut thread_id),
                5 => sdk_runtime_types::de::value(&mut map, &mut run_id),
                6 => sdk_runtime_types::de::value(&mut map, &mut type_),
                7 => sdk_runtime_types::de::value(&mut map, &mut status),
                8 => sdk_runtime_types::de::value(&mut map, &mut step_details),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut last_error),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut expired_at),
                11 => sdk_runtime_types::de::nullable(&mut map, &mut cancelled_at),
                12 => sdk_runtime_types::de::nullable(&mut map, &mut failed_at),
                13 => sdk_runtime_types::de::nullable(&mut map, &mut completed_at),
                14 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                15 => sdk_runtime_types::de::nullable(&mut map, &mut usage),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            created_at: created_at.unwrap_or_default(),
            assistant_id: assistant_id.unwrap_or_default(),
            thread_id: thread_id.unwrap_or_default(),
            run_id: run_id.unwrap_or_default(),
            type_: type_.unwrap_or_default(),
            status: status.unwrap_or_default(),
            step_details: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(step_details, "step_details")?,
            last_error,
            expired_at,
            cancelled_at,
            failed_at,
            completed_at,
            metadata,
            usage,
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStep {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStep {
    /// Sets `last_error`.
    pub fn last_error(mut self, value: impl Into<RunStepObjectLastError>) -> Self {
        self.last_error = Some(value.into());
        self
    }
    /// Sets `expired_at`.
    pub fn expired_at(mut self, value: impl Into<i64>) -> Self {
        self.expired_at = Some(value.into());
        self
    }
    /// Sets `cancelled_at`.
    pub fn cancelled_at(mut self, value: impl Into<i64>) -> Self {
        self.cancelled_at = Some(value.into());
        self
    }
    /// Sets `failed_at`.
    pub fn failed_at(mut self, value: impl Into<i64>) -> Self {
        self.failed_at = Some(value.into());
        self
    }
    /// Sets `completed_at`.
    pub fn completed_at(mut self, value: impl Into<i64>) -> Self {
        self.completed_at = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
    /// Sets `usage`.
    pub fn usage(mut self, value: impl Into<RunStepCompletionUsage>) -> Self {
        self.usage = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
/// The specification's name for [`RunStep`].
pub type RunStepObject = RunStep;
#[cfg(feature = "threads")]
/// The constant `thread.run.step`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunStepLiteral {
    /// `thread.run.step`
    #[default]
    ThreadRunStep,
}
#[cfg(feature = "threads")]
impl ThreadRunStepLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.step"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadRunStepLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadRunStepLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.step")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadRunStepLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.step")
            .map(|()| Self::ThreadRunStep)
    }
}
#[cfg(feature = "threads")]
/// The type of run step, which can be either `message_creation` or `tool_calls`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RunStepObjectType {
    /// `message_creation`
    MessageCreation,
    /// `tool_calls`
    ToolCalls,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "threads")]
impl RunStepObjectType {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::MessageCreation => "message_creation",
            Self::ToolCalls => "tool_calls",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "message_creation" => Self::MessageCreation,
            "tool_calls" => Self::ToolCalls,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "threads")]
impl From<&str> for RunStepObjectType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "threads")]
impl From<String> for RunStepObjectType {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for RunStepObjectType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for RunStepObjectType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepObjectType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "threads")]
impl Default for RunStepObjectType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "threads")]
/// The status of the run step, which can be either `in_progress`, `cancelled`, `failed`, `completed`, or `expired`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RunStepObjectStatus {
    /// `in_progress`
    InProgress,
    /// `cancelled`
    Cancelled,
    /// `failed`
    Failed,
    /// `completed`
    Completed,
    /// `expired`
    Expired,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "threads")]
impl RunStepObjectStatus {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in_progress",
            Self::Cancelled => "cancelled",
            Self::Failed => "failed",
            Self::Completed => "completed",
            Self::Expired => "expired",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "in_progress" => Self::InProgress,
            "cancelled" => Self::Cancelled,
            "failed" => Self::Failed,
            "completed" => Self::Completed,
            "expired" => Self::Expired,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "threads")]
impl From<&str> for RunStepObjectStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "threads")]
impl From<String> for RunStepObjectStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for RunStepObjectStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for RunStepObjectStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepObjectStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "threads")]
impl Default for RunStepObjectStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "threads")]
/// The details of the run step.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum RunStepObjectStepDetails {
    /// `message_creation`
    MessageCreation(RunStepDetailsMessageCreationObject),
    /// `tool_calls`
    ToolCalls(RunStepDetailsToolCallsObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(feature = "threads")]
impl Serialize for RunStepObjectStepDetails {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::MessageCreation(value) => value.serialize(serializer),
            Self::ToolCalls(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::TaggedUnion for RunStepObjectStepDetails {
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepObjectStepDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "threads")]
impl From<RunStepDetailsMessageCreationObject> for RunStepObjectStepDetails {
    fn from(value: RunStepDetailsMessageCreationObject) -> Self {
        Self::MessageCreation(value)
    }
}
#[cfg(feature = "threads")]
impl From<RunStepDetailsToolCallsObject> for RunStepObjectStepDetails {
    fn from(value: RunStepDetailsToolCallsObject) -> Self {
        Self::ToolCalls(value)
    }
}
#[cfg(feature = "threads")]
/// Details of the message creation by the run step.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStepDetailsMessageCreationObject {
    /// Always `message_creation`.
    #[serde(rename = "type")]
    pub type_: MessageCreationLiteral,
    pub message_creation: RunStepDetailsMessageCreationObjectMessageCreation,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStepDetailsMessageCreationObject {
    const NAME: &'static str = "RunStepDetailsMessageCreationObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<MessageCreationLiteral> = None;
        let mut message_creation: Option<
            RunStepDetailsMessageCreationObjectMessageCreation,
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
                1 => sdk_runtime_types::de::value(&mut map, &mut message_creation),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            message_creation: message_creation.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDetailsMessageCreationObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStepDetailsMessageCreationObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        message_creation: impl Into<RunStepDetailsMessageCreationObjectMessageCreation>,
    ) -> Self {
        Self {
            type_: Default::default(),
            message_creation: message_creation.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// The constant `message_creation`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum MessageCreationLiteral {
    /// `message_creation`
    #[default]
    MessageCreation,
}
#[cfg(feature = "threads")]
impl MessageCreationLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "message_creation"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for MessageCreationLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for MessageCreationLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("message_creation")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageCreationLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "message_creation")
            .map(|()| Self::MessageCreation)
    }
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStepDetailsMessageCreationObjectMessageCreation {
    /// The ID of the message that was created by this run step.
    pub message_id: String,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object
for RunStepDetailsMessageCreationObjectMessageCreation {
    const NAME: &'static str = "RunStepDetailsMessageCreationObjectMessageCreation";
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
                0 => sdk_runtime_types::de::value(&mut map, &mut message_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            message_id: message_id.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDetailsMessageCreationObjectMessageCreation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStepDetailsMessageCreationObjectMessageCreation {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(message_id: impl Into<String>) -> Self {
        Self {
            message_id: message_id.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// Details of the tool call.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStepDetailsToolCallsObject {
    /// Always `tool_calls`.
    #[serde(rename = "type")]
    pub type_: ToolCallsLiteral,
    /// An array of tool calls the run step was involved in. These can be associated with one of three types of tools: `code_interpreter`, `file_search`, or `function`.
    pub tool_calls: Vec<RunStepDetailsToolCallsObjectToolCall>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStepDetailsToolCallsObject {
    const NAME: &'static str = "RunStepDetailsToolCallsObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ToolCallsLiteral> = None;
        let mut tool_calls: Option<Vec<RunStepDetailsToolCallsObjectToolCall>> = None;
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
                1 => sdk_runtime_types::de::value(&mut map, &mut tool_calls),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            tool_calls: tool_calls.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDetailsToolCallsObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStepDetailsToolCallsObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        tool_calls: impl Into<Vec<RunStepDetailsToolCallsObjectToolCall>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            tool_calls: tool_calls.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// The constant `tool_calls`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ToolCallsLiteral {
    /// `tool_calls`
    #[default]
    ToolCalls,
}
#[cfg(feature = "threads")]
impl ToolCallsLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "tool_calls"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ToolCallsLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ToolCallsLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("tool_calls")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ToolCallsLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "tool_calls")
            .map(|()| Self::ToolCalls)
    }
}
#[cfg(feature = "threads")]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum RunStepDetailsToolCallsObjectToolCall {
    /// `code_interpreter`
    CodeInterpreter(RunStepDetailsToolCallsCodeObject),
    /// `file_search`
    FileSearch(RunStepDetailsToolCallsFileSearchObject),
    /// `function`
    Function(RunStepDetailsToolCallsFunctionObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(feature = "threads")]
impl Serialize for RunStepDetailsToolCallsObjectToolCall {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::CodeInterpreter(value) => value.serialize(serializer),
            Self::FileSearch(value) => value.serialize(serializer),
            Self::Function(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::TaggedUnion for RunStepDetailsToolCallsObjectToolCall {
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDetailsToolCallsObjectToolCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "threads")]
impl From<RunStepDetailsToolCallsCodeObject> for RunStepDetailsToolCallsObjectToolCall {
    fn from(value: RunStepDetailsToolCallsCodeObject) -> Self {
        Self::CodeInterpreter(value)
    }
}
#[cfg(feature = "threads")]
impl From<RunStepDetailsToolCallsFileSearchObject>
for RunStepDetailsToolCallsObjectToolCall {
    fn from(value: RunStepDetailsToolCallsFileSearchObject) -> Self {
        Self::FileSearch(value)
    }
}
#[cfg(feature = "threads")]
impl From<RunStepDetailsToolCallsFunctionObject>
for RunStepDetailsToolCallsObjectToolCall {
    fn from(value: RunStepDetailsToolCallsFunctionObject) -> Self {
        Self::Function(value)
    }
}
#[cfg(feature = "threads")]
/// Details of the Code Interpreter tool call the run step was involved in.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStepDetailsToolCallsCodeObject {
    /// The ID of the tool call.
    pub id: String,
    /// The type of tool call. This is always going to be `code_interpreter` for this type of tool call.
    #[serde(rename = "type")]
    pub type_: CodeInterpreterLiteral,
    /// The Code Interpreter tool call definition.
    pub code_interpreter: RunStepDetailsToolCallsCodeObjectCodeInterpreter,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStepDetailsToolCallsCodeObject {
    const NAME: &'static str = "RunStepDetailsToolCallsCodeObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<CodeInterpreterLiteral> = None;
        let mut code_interpreter: Option<
            RunStepDetailsToolCallsCodeObjectCodeInterpreter,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "code_interpreter" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut code_interpreter),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            code_interpreter: code_interpreter.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDetailsToolCallsCodeObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStepDetailsToolCallsCodeObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        code_interpreter: impl Into<RunStepDetailsToolCallsCodeObjectCodeInterpreter>,
    ) -> Self {
        Self {
            id: id.into(),
            type_: Default::default(),
            code_interpreter: code_interpreter.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// The Code Interpreter tool call definition.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStepDetailsToolCallsCodeObjectCodeInterpreter {
    /// The input to the Code Interpreter tool call.
    pub input: String,
    /// The outputs from the Code Interpreter tool call. Code Interpreter can output one or more items, including text (`logs`) or images (`image`). Each of these are represented by a different object type.
    pub outputs: Vec<RunStepDetailsToolCallsCodeObjectCodeInterpreterOutput>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStepDetailsToolCallsCodeObjectCodeInterpreter {
    const NAME: &'static str = "RunStepDetailsToolCallsCodeObjectCodeInterpreter";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut input: Option<String> = None;
        let mut outputs: Option<
            Vec<RunStepDetailsToolCallsCodeObjectCodeInterpreterOutput>,
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
                0 => sdk_runtime_types::de::value(&mut map, &mut input),
                1 => sdk_runtime_types::de::value(&mut map, &mut outputs),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            input: input.unwrap_or_default(),
            outputs: outputs.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDetailsToolCallsCodeObjectCodeInterpreter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStepDetailsToolCallsCodeObjectCodeInterpreter {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        input: impl Into<String>,
        outputs: impl Into<Vec<RunStepDetailsToolCallsCodeObjectCodeInterpreterOutput>>,
    ) -> Self {
        Self {
            input: input.into(),
            outputs: outputs.into(),
        }
    }
}
#[cfg(feature = "threads")]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum RunStepDetailsToolCallsCodeObjectCodeInterpreterOutput {
    /// `logs`
    Logs(RunStepDetailsToolCallsCodeOutputLogsObject),
    /// `image`
    Image(RunStepDetailsToolCallsCodeOutputImageObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(feature = "threads")]
impl Serialize for RunStepDetailsToolCallsCodeObjectCodeInterpreterOutput {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Logs(value) => value.serialize(serializer),
            Self::Image(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::TaggedUnion
for RunStepDetailsToolCallsCodeObjectCodeInterpreterOutput {
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDetailsToolCallsCodeObjectCodeInterpreterOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "threads")]
impl From<RunStepDetailsToolCallsCodeOutputLogsObject>
for RunStepDetailsToolCallsCodeObjectCodeInterpreterOutput {
    fn from(value: RunStepDetailsToolCallsCodeOutputLogsObject) -> Self {
        Self::Logs(value)
    }
}
#[cfg(feature = "threads")]
impl From<RunStepDetailsToolCallsCodeOutputImageObject>
for RunStepDetailsToolCallsCodeObjectCodeInterpreterOutput {
    fn from(value: RunStepDetailsToolCallsCodeOutputImageObject) -> Self {
        Self::Image(value)
    }
}
#[cfg(feature = "threads")]
/// Text output from the Code Interpreter tool call as part of a run step.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStepDetailsToolCallsCodeOutputLogsObject {
    /// Always `logs`.
    #[serde(rename = "type")]
    pub type_: LogsLiteral,
    /// The text output from the Code Interpreter tool call.
    pub logs: String,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStepDetailsToolCallsCodeOutputLogsObject {
    const NAME: &'static str = "RunStepDetailsToolCallsCodeOutputLogsObject";
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDetailsToolCallsCodeOutputLogsObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStepDetailsToolCallsCodeOutputLogsObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(logs: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            logs: logs.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// Code Interpreter image output
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStepDetailsToolCallsCodeOutputImageObject {
    /// Always `image`.
    #[serde(rename = "type")]
    pub type_: ImageLiteral,
    pub image: RunStepDetailsToolCallsCodeOutputImageObjectImage,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStepDetailsToolCallsCodeOutputImageObject {
    const NAME: &'static str = "RunStepDetailsToolCallsCodeOutputImageObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ImageLiteral> = None;
        let mut image: Option<RunStepDetailsToolCallsCodeOutputImageObjectImage> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "image" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut image),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            image: image.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDetailsToolCallsCodeOutputImageObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStepDetailsToolCallsCodeOutputImageObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        image: impl Into<RunStepDetailsToolCallsCodeOutputImageObjectImage>,
    ) -> Self {
        Self {
            type_: Default::default(),
            image: image.into(),
        }
    }
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStepDetailsToolCallsCodeOutputImageObjectImage {
    /// The [file](https://platform.openai.com/docs/api-reference/files) ID of the image.
    pub file_id: String,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object
for RunStepDetailsToolCallsCodeOutputImageObjectImage {
    const NAME: &'static str = "RunStepDetailsToolCallsCodeOutputImageObjectImage";
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
                0 => sdk_runtime_types::de::value(&mut map, &mut file_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            file_id: file_id.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDetailsToolCallsCodeOutputImageObjectImage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStepDetailsToolCallsCodeOutputImageObjectImage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(file_id: impl Into<String>) -> Self {
        Self { file_id: file_id.into() }
    }
}
#[cfg(feature = "threads")]
/// File search tool call
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStepDetailsToolCallsFileSearchObject {
    /// The ID of the tool call object.
    pub id: String,
    /// The type of tool call. This is always going to be `file_search` for this type of tool call.
    #[serde(rename = "type")]
    pub type_: FileSearchLiteral,
    /// For now, this is always going to be an empty object.
    pub file_search: RunStepDetailsToolCallsFileSearchObjectFileSearch,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStepDetailsToolCallsFileSearchObject {
    const NAME: &'static str = "RunStepDetailsToolCallsFileSearchObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<FileSearchLiteral> = None;
        let mut file_search: Option<RunStepDetailsToolCallsFileSearchObjectFileSearch> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "file_search" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut file_search),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            file_search: file_search.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDetailsToolCallsFileSearchObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStepDetailsToolCallsFileSearchObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        file_search: impl Into<RunStepDetailsToolCallsFileSearchObjectFileSearch>,
    ) -> Self {
        Self {
            id: id.into(),
            type_: Default::default(),
            file_search: file_search.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// For now, this is always going to be an empty object.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStepDetailsToolCallsFileSearchObjectFileSearch {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ranking_options: Option<RunStepDetailsToolCallsFileSearchRankingOptionsObject>,
    /// The results of the file search.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<RunStepDetailsToolCallsFileSearchResultObject>>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object
for RunStepDetailsToolCallsFileSearchObjectFileSearch {
    const NAME: &'static str = "RunStepDetailsToolCallsFileSearchObjectFileSearch";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut ranking_options: Option<
            RunStepDetailsToolCallsFileSearchRankingOptionsObject,
        > = None;
        let mut results: Option<Vec<RunStepDetailsToolCallsFileSearchResultObject>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "ranking_options" => 0,
                    "results" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut ranking_options),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut results),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { ranking_options, results })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDetailsToolCallsFileSearchObjectFileSearch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStepDetailsToolCallsFileSearchObjectFileSearch {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            ranking_options: None,
            results: None,
        }
    }
    /// Sets `ranking_options`.
    pub fn ranking_options(
        mut self,
        value: impl Into<RunStepDetailsToolCallsFileSearchRankingOptionsObject>,
    ) -> Self {
        self.ranking_options = Some(value.into());
        self
    }
    /// Sets `results`.
    pub fn results(
        mut self,
        value: impl Into<Vec<RunStepDetailsToolCallsFileSearchResultObject>>,
    ) -> Self {
        self.results = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
/// The ranking options for the file search.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStepDetailsToolCallsFileSearchRankingOptionsObject {
    pub ranker: FileSearchRanker,
    /// The score threshold for the file search. All values must be a floating point number between 0 and 1.
    pub score_threshold: f64,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object
for RunStepDetailsToolCallsFileSearchRankingOptionsObject {
    const NAME: &'static str = "RunStepDetailsToolCallsFileSearchRankingOptionsObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut ranker: Option<FileSearchRanker> = None;
        let mut score_threshold: Option<f64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "ranker" => 0,
                    "score_threshold" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut ranker),
                1 => sdk_runtime_types::de::value(&mut map, &mut score_threshold),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            ranker: ranker.unwrap_or_default(),
            score_threshold: score_threshold.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDetailsToolCallsFileSearchRankingOptionsObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStepDetailsToolCallsFileSearchRankingOptionsObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        ranker: impl Into<FileSearchRanker>,
        score_threshold: impl Into<f64>,
    ) -> Self {
        Self {
            ranker: ranker.into(),
            score_threshold: score_threshold.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// A result instance of the file search.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStepDetailsToolCallsFileSearchResultObject {
    /// The ID of the file that result was found in.
    pub file_id: String,
    /// The name of the file that result was found in.
    pub file_name: String,
    /// The score of the result. All values must be a floating point number between 0 and 1.
    pub score: f64,
    /// The content of the result that was found. The content is only included if requested via the include query parameter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<Vec<RunStepDetailsToolCallsFileSearchResultObjectContentItem>>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStepDetailsToolCallsFileSearchResultObject {
    const NAME: &'static str = "RunStepDetailsToolCallsFileSearchResultObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut file_id: Option<String> = None;
        let mut file_name: Option<String> = None;
        let mut score: Option<f64> = None;
        let mut content: Option<
            Vec<RunStepDetailsToolCallsFileSearchResultObjectContentItem>,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "file_id" => 0,
                    "file_name" => 1,
                    "score" => 2,
                    "content" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut file_id),
                1 => sdk_runtime_types::de::value(&mut map, &mut file_name),
                2 => sdk_runtime_types::de::value(&mut map, &mut score),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut content),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            file_id: file_id.unwrap_or_default(),
            file_name: file_name.unwrap_or_default(),
            score: score.unwrap_or_default(),
            content,
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDetailsToolCallsFileSearchResultObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStepDetailsToolCallsFileSearchResultObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        file_id: impl Into<String>,
        file_name: impl Into<String>,
        score: impl Into<f64>,
    ) -> Self {
        Self {
            file_id: file_id.into(),
            file_name: file_name.into(),
            score: score.into(),
            content: None,
        }
    }
    /// Sets `content`.
    pub fn content(
        mut self,
        value: impl Into<Vec<RunStepDetailsToolCallsFileSearchResultObjectContentItem>>,
    ) -> Self {
        self.content = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStepDetailsToolCallsFileSearchResultObjectContentItem {
    /// The type of the content.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<TextLiteral>,
    /// The text content of the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object
for RunStepDetailsToolCallsFileSearchResultObjectContentItem {
    const NAME: &'static str = "RunStepDetailsToolCallsFileSearchResultObjectContentItem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<TextLiteral> = None;
        let mut text: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "text" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut text),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { type_, text })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDetailsToolCallsFileSearchResultObjectContentItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStepDetailsToolCallsFileSearchResultObjectContentItem {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: None, text: None }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<TextLiteral>) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
/// Function tool call
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStepDetailsToolCallsFunctionObject {
    /// The ID of the tool call object.
    pub id: String,
    /// The type of tool call. This is always going to be `function` for this type of tool call.
    #[serde(rename = "type")]
    pub type_: FunctionLiteral,
    /// The definition of the function that was called.
    pub function: RunStepDetailsToolCallsFunctionObjectFunction,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStepDetailsToolCallsFunctionObject {
    const NAME: &'static str = "RunStepDetailsToolCallsFunctionObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<FunctionLiteral> = None;
        let mut function: Option<RunStepDetailsToolCallsFunctionObjectFunction> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "function" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut function),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            function: function.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDetailsToolCallsFunctionObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStepDetailsToolCallsFunctionObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        function: impl Into<RunStepDetailsToolCallsFunctionObjectFunction>,
    ) -> Self {
        Self {
            id: id.into(),
            type_: Default::default(),
            function: function.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// The definition of the function that was called.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStepDetailsToolCallsFunctionObjectFunction {
    /// The name of the function.
    pub name: String,
    /// The arguments passed to the function.
    pub arguments: String,
    pub output: Option<String>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStepDetailsToolCallsFunctionObjectFunction {
    const NAME: &'static str = "RunStepDetailsToolCallsFunctionObjectFunction";
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
                0 => sdk_runtime_types::de::value(&mut map, &mut name),
                1 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut output),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name: name.unwrap_or_default(),
            arguments: arguments.unwrap_or_default(),
            output,
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDetailsToolCallsFunctionObjectFunction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStepDetailsToolCallsFunctionObjectFunction {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>, arguments: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            arguments: arguments.into(),
            output: None,
        }
    }
    /// Sets `output`.
    pub fn output(mut self, value: impl Into<String>) -> Self {
        self.output = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
/// The last error associated with this run step. Will be `null` if there are no errors.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStepObjectLastError {
    /// One of `server_error` or `rate_limit_exceeded`.
    pub code: RunStepObjectLastErrorCode,
    /// A human-readable description of the error.
    pub message: String,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStepObjectLastError {
    const NAME: &'static str = "RunStepObjectLastError";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut code: Option<RunStepObjectLastErrorCode> = None;
        let mut message: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "code" => 0,
                    "message" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut code),
                1 => sdk_runtime_types::de::value(&mut map, &mut message),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            code: code.unwrap_or_default(),
            message: message.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepObjectLastError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStepObjectLastError {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        code: impl Into<RunStepObjectLastErrorCode>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// One of `server_error` or `rate_limit_exceeded`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RunStepObjectLastErrorCode {
    /// `server_error`
    ServerError,
    /// `rate_limit_exceeded`
    RateLimitExceeded,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "threads")]
impl RunStepObjectLastErrorCode {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ServerError => "server_error",
            Self::RateLimitExceeded => "rate_limit_exceeded",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "server_error" => Self::ServerError,
            "rate_limit_exceeded" => Self::RateLimitExceeded,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "threads")]
impl From<&str> for RunStepObjectLastErrorCode {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "threads")]
impl From<String> for RunStepObjectLastErrorCode {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for RunStepObjectLastErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for RunStepObjectLastErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepObjectLastErrorCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "threads")]
impl Default for RunStepObjectLastErrorCode {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "threads")]
/// Usage statistics related to the run step. This value will be `null` while the run step's status is `in_progress`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStepCompletionUsage {
    /// Number of completion tokens used over the course of the run step.
    pub completion_tokens: i64,
    /// Number of prompt tokens used over the course of the run step.
    pub prompt_tokens: i64,
    /// Total number of tokens used (prompt + completion).
    pub total_tokens: i64,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStepCompletionUsage {
    const NAME: &'static str = "RunStepCompletionUsage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut completion_tokens: Option<i64> = None;
        let mut prompt_tokens: Option<i64> = None;
        let mut total_tokens: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "completion_tokens" => 0,
                    "prompt_tokens" => 1,
                    "total_tokens" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut completion_tokens),
                1 => sdk_runtime_types::de::value(&mut map, &mut prompt_tokens),
                2 => sdk_runtime_types::de::value(&mut map, &mut total_tokens),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            completion_tokens: completion_tokens.unwrap_or_default(),
            prompt_tokens: prompt_tokens.unwrap_or_default(),
            total_tokens: total_tokens.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepCompletionUsage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStepCompletionUsage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        completion_tokens: impl Into<i64>,
        prompt_tokens: impl Into<i64>,
        total_tokens: impl Into<i64>,
    ) -> Self {
        Self {
            completion_tokens: completion_tokens.into(),
            prompt_tokens: prompt_tokens.into(),
            total_tokens: total_tokens.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// Occurs when a [run step](https://platform.openai.com/docs/api-reference/run-steps/step-object) moves to an `in_progress` state.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RunStepStreamEventThreadRunStepInProgress {
    pub event: ThreadRunStepInProgressLiteral,
    pub data: RunStep,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStepStreamEventThreadRunStepInProgress {
    const NAME: &'static str = "RunStepStreamEventThreadRunStepInProgress";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunStepInProgressLiteral> = None;
        let mut data: Option<RunStep> = None;
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepStreamEventThreadRunStepInProgress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStepStreamEventThreadRunStepInProgress {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<RunStep>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// The constant `thread.run.step.in_progress`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunStepInProgressLiteral {
    /// `thread.run.step.in_progress`
    #[default]
    ThreadRunStepInProgress,
}
#[cfg(feature = "threads")]
impl ThreadRunStepInProgressLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.step.in_progress"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadRunStepInProgressLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadRunStepInProgressLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.step.in_progress")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadRunStepInProgressLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.step.in_progress")
            .map(|()| Self::ThreadRunStepInProgress)
    }
}
#[cfg(feature = "threads")]
/// Occurs when parts of a [run step](https://platform.openai.com/docs/api-reference/run-steps/step-object) are being streamed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStepStreamEventThreadRunStepDelta {
    pub event: ThreadRunStepDeltaLiteral,
    pub data: RunStepDeltaObject,
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepStreamEventThreadRunStepDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
/// The constant `thread.run.step.delta`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunStepDeltaLiteral {
    /// `thread.run.step.delta`
    #[default]
    ThreadRunStepDelta,
}
#[cfg(feature = "threads")]
impl ThreadRunStepDeltaLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.step.delta"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadRunStepDeltaLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadRunStepDeltaLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.step.delta")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadRunStepDeltaLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.step.delta")
            .map(|()| Self::ThreadRunStepDelta)
    }
}
#[cfg(feature = "threads")]
/// Represents a run step delta i.e. any changed fields on a run step during streaming.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStepDeltaObject {
    /// The identifier of the run step, which can be referenced in API endpoints.
    pub id: String,
    /// The object type, which is always `thread.run.step.delta`.
    pub object: ThreadRunStepDeltaLiteral,
    /// The delta containing the fields that have changed on the run step.
    pub delta: RunStepDeltaObjectDelta,
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDeltaObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
/// The delta containing the fields that have changed on the run step.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStepDeltaObjectDelta {
    /// The details of the run step.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub step_details: Option<RunStepDeltaObjectDeltaStepDetails>,
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDeltaObjectDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl Serialize for RunStepDeltaObjectDeltaStepDetails {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::MessageCreation(value) => value.serialize(serializer),
            Self::ToolCalls(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDeltaObjectDeltaStepDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "threads")]
impl From<RunStepDeltaStepDetailsMessageCreationObject>
for RunStepDeltaObjectDeltaStepDetails {
    fn from(value: RunStepDeltaStepDetailsMessageCreationObject) -> Self {
        Self::MessageCreation(value)
    }
}
#[cfg(feature = "threads")]
impl From<RunStepDeltaStepDetailsToolCallsObject>
for RunStepDeltaObjectDeltaStepDetails {
    fn from(value: RunStepDeltaStepDetailsToolCallsObject) -> Self {
        Self::ToolCalls(value)
    }
}
#[cfg(feature = "threads")]
/// Details of the message creation by the run step.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStepDeltaStepDetailsMessageCreationObject {
    /// Always `message_creation`.
    #[serde(rename = "type")]
    pub type_: MessageCreationLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_creation: Option<
        RunStepDeltaStepDetailsMessageCreationObjectMessageCreation,
    >,
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDeltaStepDetailsMessageCreationObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStepDeltaStepDetailsMessageCreationObjectMessageCreation {
    /// The ID of the message that was created by this run step.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de>
for RunStepDeltaStepDetailsMessageCreationObjectMessageCreation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
/// Details of the tool call.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStepDeltaStepDetailsToolCallsObject {
    /// Always `tool_calls`.
    #[serde(rename = "type")]
    pub type_: ToolCallsLiteral,
    /// An array of tool calls the run step was involved in. These can be associated with one of three types of tools: `code_interpreter`, `file_search`, or `function`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_calls: Option<Vec<RunStepDeltaStepDetailsToolCallsObjectToolCall>>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStepDeltaStepDetailsToolCallsObject {
    const NAME: &'static str = "RunStepDeltaStepDetailsToolCallsObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ToolCallsLiteral> = None;
        let mut tool_calls: Option<
            Vec<RunStepDeltaStepDetailsToolCallsObjectToolCall>,
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDeltaStepDetailsToolCallsObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
        value: impl Into<Vec<RunStepDeltaStepDetailsToolCallsObjectToolCall>>,
    ) -> Self {
        self.tool_calls = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum RunStepDeltaStepDetailsToolCallsObjectToolCall {
    /// `code_interpreter`
    CodeInterpreter(RunStepDeltaStepDetailsToolCallsCodeObject),
    /// `file_search`
    FileSearch(RunStepDeltaStepDetailsToolCallsFileSearchObject),
    /// `function`
    Function(RunStepDeltaStepDetailsToolCallsFunctionObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(feature = "threads")]
impl Serialize for RunStepDeltaStepDetailsToolCallsObjectToolCall {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::CodeInterpreter(value) => value.serialize(serializer),
            Self::FileSearch(value) => value.serialize(serializer),
            Self::Function(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::TaggedUnion
for RunStepDeltaStepDetailsToolCallsObjectToolCall {
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDeltaStepDetailsToolCallsObjectToolCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "threads")]
impl From<RunStepDeltaStepDetailsToolCallsCodeObject>
for RunStepDeltaStepDetailsToolCallsObjectToolCall {
    fn from(value: RunStepDeltaStepDetailsToolCallsCodeObject) -> Self {
        Self::CodeInterpreter(value)
    }
}
#[cfg(feature = "threads")]
impl From<RunStepDeltaStepDetailsToolCallsFileSearchObject>
for RunStepDeltaStepDetailsToolCallsObjectToolCall {
    fn from(value: RunStepDeltaStepDetailsToolCallsFileSearchObject) -> Self {
        Self::FileSearch(value)
    }
}
#[cfg(feature = "threads")]
impl From<RunStepDeltaStepDetailsToolCallsFunctionObject>
for RunStepDeltaStepDetailsToolCallsObjectToolCall {
    fn from(value: RunStepDeltaStepDetailsToolCallsFunctionObject) -> Self {
        Self::Function(value)
    }
}
#[cfg(feature = "threads")]
/// Details of the Code Interpreter tool call the run step was involved in.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
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
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDeltaStepDetailsToolCallsCodeObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
/// The Code Interpreter tool call definition.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter {
    /// The input to the Code Interpreter tool call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<String>,
    /// The outputs from the Code Interpreter tool call. Code Interpreter can output one or more items, including text (`logs`) or images (`image`). Each of these are represented by a different object type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outputs: Option<
        Vec<RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutput>,
    >,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object
for RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter {
    const NAME: &'static str = "RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut input: Option<String> = None;
        let mut outputs: Option<
            Vec<RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutput>,
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de>
for RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
            Vec<RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutput>,
        >,
    ) -> Self {
        self.outputs = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutput {
    /// `logs`
    Logs(RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject),
    /// `image`
    Image(RunStepDeltaStepDetailsToolCallsCodeOutputImageObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(feature = "threads")]
impl Serialize for RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutput {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Logs(value) => value.serialize(serializer),
            Self::Image(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::TaggedUnion
for RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutput {
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de>
for RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "threads")]
impl From<RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject>
for RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutput {
    fn from(value: RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject) -> Self {
        Self::Logs(value)
    }
}
#[cfg(feature = "threads")]
impl From<RunStepDeltaStepDetailsToolCallsCodeOutputImageObject>
for RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreterOutput {
    fn from(value: RunStepDeltaStepDetailsToolCallsCodeOutputImageObject) -> Self {
        Self::Image(value)
    }
}
#[cfg(feature = "threads")]
/// Text output from the Code Interpreter tool call as part of a run step.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
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
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
/// Code interpreter image output
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStepDeltaStepDetailsToolCallsCodeOutputImageObject {
    /// The index of the output in the outputs array.
    pub index: i64,
    /// Always `image`.
    #[serde(rename = "type")]
    pub type_: ImageLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage>,
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDeltaStepDetailsToolCallsCodeOutputImageObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage {
    /// The [file](https://platform.openai.com/docs/api-reference/files) ID of the image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de>
for RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
/// File search tool call
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
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
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDeltaStepDetailsToolCallsFileSearchObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
/// Function tool call
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
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
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDeltaStepDetailsToolCallsFunctionObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
/// The definition of the function that was called.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
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
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepDeltaStepDetailsToolCallsFunctionObjectFunction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
/// Occurs when a [run step](https://platform.openai.com/docs/api-reference/run-steps/step-object) is completed.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RunStepStreamEventThreadRunStepCompleted {
    pub event: ThreadRunStepCompletedLiteral,
    pub data: RunStep,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStepStreamEventThreadRunStepCompleted {
    const NAME: &'static str = "RunStepStreamEventThreadRunStepCompleted";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunStepCompletedLiteral> = None;
        let mut data: Option<RunStep> = None;
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepStreamEventThreadRunStepCompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStepStreamEventThreadRunStepCompleted {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<RunStep>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// The constant `thread.run.step.completed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunStepCompletedLiteral {
    /// `thread.run.step.completed`
    #[default]
    ThreadRunStepCompleted,
}
#[cfg(feature = "threads")]
impl ThreadRunStepCompletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.step.completed"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadRunStepCompletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadRunStepCompletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.step.completed")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadRunStepCompletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.step.completed")
            .map(|()| Self::ThreadRunStepCompleted)
    }
}
#[cfg(feature = "threads")]
/// Occurs when a [run step](https://platform.openai.com/docs/api-reference/run-steps/step-object) fails.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RunStepStreamEventThreadRunStepFailed {
    pub event: ThreadRunStepFailedLiteral,
    pub data: RunStep,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStepStreamEventThreadRunStepFailed {
    const NAME: &'static str = "RunStepStreamEventThreadRunStepFailed";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunStepFailedLiteral> = None;
        let mut data: Option<RunStep> = None;
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepStreamEventThreadRunStepFailed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStepStreamEventThreadRunStepFailed {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<RunStep>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// The constant `thread.run.step.failed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunStepFailedLiteral {
    /// `thread.run.step.failed`
    #[default]
    ThreadRunStepFailed,
}
#[cfg(feature = "threads")]
impl ThreadRunStepFailedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.step.failed"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadRunStepFailedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadRunStepFailedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.step.failed")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadRunStepFailedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.step.failed")
            .map(|()| Self::ThreadRunStepFailed)
    }
}
#[cfg(feature = "threads")]
/// Occurs when a [run step](https://platform.openai.com/docs/api-reference/run-steps/step-object) is cancelled.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RunStepStreamEventThreadRunStepCancelled {
    pub event: ThreadRunStepCancelledLiteral,
    pub data: RunStep,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStepStreamEventThreadRunStepCancelled {
    const NAME: &'static str = "RunStepStreamEventThreadRunStepCancelled";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunStepCancelledLiteral> = None;
        let mut data: Option<RunStep> = None;
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepStreamEventThreadRunStepCancelled {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStepStreamEventThreadRunStepCancelled {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<RunStep>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// The constant `thread.run.step.cancelled`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunStepCancelledLiteral {
    /// `thread.run.step.cancelled`
    #[default]
    ThreadRunStepCancelled,
}
#[cfg(feature = "threads")]
impl ThreadRunStepCancelledLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.step.cancelled"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadRunStepCancelledLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadRunStepCancelledLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.step.cancelled")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadRunStepCancelledLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.step.cancelled")
            .map(|()| Self::ThreadRunStepCancelled)
    }
}
#[cfg(feature = "threads")]
/// Occurs when a [run step](https://platform.openai.com/docs/api-reference/run-steps/step-object) expires.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RunStepStreamEventThreadRunStepExpired {
    pub event: ThreadRunStepExpiredLiteral,
    pub data: RunStep,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for RunStepStreamEventThreadRunStepExpired {
    const NAME: &'static str = "RunStepStreamEventThreadRunStepExpired";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<ThreadRunStepExpiredLiteral> = None;
        let mut data: Option<RunStep> = None;
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for RunStepStreamEventThreadRunStepExpired {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl RunStepStreamEventThreadRunStepExpired {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<RunStep>) -> Self {
        Self {
            event: Default::default(),
            data: data.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// The constant `thread.run.step.expired`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadRunStepExpiredLiteral {
    /// `thread.run.step.expired`
    #[default]
    ThreadRunStepExpired,
}
#[cfg(feature = "threads")]
impl ThreadRunStepExpiredLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.run.step.expired"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadRunStepExpiredLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadRunStepExpiredLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.run.step.expired")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadRunStepExpiredLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.run.step.expired")
            .map(|()| Self::ThreadRunStepExpired)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageStreamEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "threads")]
impl From<MessageStreamEventThreadMessageCreated> for MessageStreamEvent {
    fn from(value: MessageStreamEventThreadMessageCreated) -> Self {
        Self::ThreadMessageCreated(value)
    }
}
#[cfg(feature = "threads")]
impl From<MessageStreamEventThreadMessageInProgress> for MessageStreamEvent {
    fn from(value: MessageStreamEventThreadMessageInProgress) -> Self {
        Self::ThreadMessageInProgress(value)
    }
}
#[cfg(feature = "threads")]
impl From<MessageStreamEventThreadMessageDelta> for MessageStreamEvent {
    fn from(value: MessageStreamEventThreadMessageDelta) -> Self {
        Self::ThreadMessageDelta(value)
    }
}
#[cfg(feature = "threads")]
impl From<MessageStreamEventThreadMessageCompleted> for MessageStreamEvent {
    fn from(value: MessageStreamEventThreadMessageCompleted) -> Self {
        Self::ThreadMessageCompleted(value)
    }
}
#[cfg(feature = "threads")]
impl From<MessageStreamEventThreadMessageIncomplete> for MessageStreamEvent {
    fn from(value: MessageStreamEventThreadMessageIncomplete) -> Self {
        Self::ThreadMessageIncomplete(value)
    }
}
#[cfg(feature = "threads")]
/// Occurs when a [message](https://platform.openai.com/docs/api-reference/messages/object) is created.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageStreamEventThreadMessageCreated {
    pub event: ThreadMessageCreatedLiteral,
    pub data: MessageObject,
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageStreamEventThreadMessageCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
/// The constant `thread.message.created`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadMessageCreatedLiteral {
    /// `thread.message.created`
    #[default]
    ThreadMessageCreated,
}
#[cfg(feature = "threads")]
impl ThreadMessageCreatedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.message.created"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadMessageCreatedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadMessageCreatedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.message.created")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadMessageCreatedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.message.created")
            .map(|()| Self::ThreadMessageCreated)
    }
}
#[cfg(feature = "threads")]
/// Represents a message within a [thread](https://platform.openai.com/docs/api-reference/threads).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageObject {
    /// The identifier, which can be referenced in API endpoints.
    pub id: String,
    /// The object type, which is always `thread.message`.
    pub object: ThreadMessageLiteral,
    /// The Unix timestamp (in seconds) for when the message was created.
    pub created_at: i64,
    /// The [thread](https://platform.openai.com/docs/api-reference/threads) ID that this message belongs to.
    pub thread_id: String,
    /// The status of the message, which can be either `in_progress`, `incomplete`, or `completed`.
    pub status: MessageObjectStatus,
    pub incomplete_details: Option<MessageObjectIncompleteDetails>,
    pub completed_at: Option<i64>,
    pub incomplete_at: Option<i64>,
    /// The entity that produced the message. One of `user` or `assistant`.
    pub role: MessageObjectRole,
    /// The content of the message in array of text and/or images.
    pub content: Vec<MessageObjectContentItem>,
    pub assistant_id: Option<String>,
    pub run_id: Option<String>,
    pub attachments: Option<Vec<MessageObjectAttachment>>,
    pub metadata: Option<Metadata>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for MessageObject {
    const NAME: &'static str = "MessageObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<ThreadMessageLiteral> = None;
        let mut created_at: Option<i64> = None;
        let mut thread_id: Option<String> = None;
        let mut status: Option<MessageObjectStatus> = None;
        let mut incomplete_details: Option<MessageObjectIncompleteDetails> = None;
        let mut completed_at: Option<i64> = None;
        let mut incomplete_at: Option<i64> = None;
        let mut role: Option<MessageObjectRole> = None;
        let mut content: Option<Vec<MessageObjectContentItem>> = None;
        let mut assistant_id: Option<String> = None;
        let mut run_id: Option<String> = None;
        let mut attachments: Option<Vec<MessageObjectAttachment>> = None;
        let mut metadata: Option<Metadata> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "created_at" => 2,
                    "thread_id" => 3,
                    "status" => 4,
                    "incomplete_details" => 5,
                    "completed_at" => 6,
                    "incomplete_at" => 7,
                    "role" => 8,
                    "content" => 9,
                    "assistant_id" => 10,
                    "run_id" => 11,
                    "attachments" => 12,
                    "metadata" => 13,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                3 => sdk_runtime_types::de::value(&mut map, &mut thread_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut status),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut incomplete_details),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut completed_at),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut incomplete_at),
                8 => sdk_runtime_types::de::value(&mut map, &mut role),
                9 => sdk_runtime_types::de::value(&mut map, &mut content),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut assistant_id),
                11 => sdk_runtime_types::de::nullable(&mut map, &mut run_id),
                12 => sdk_runtime_types::de::nullable(&mut map, &mut attachments),
                13 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            created_at: created_at.unwrap_or_default(),
            thread_id: thread_id.unwrap_or_default(),
            status: status.unwrap_or_default(),
            incomplete_details,
            completed_at,
            incomplete_at,
            role: role.unwrap_or_default(),
            content: content.unwrap_or_default(),
            assistant_id,
            run_id,
            attachments,
            metadata,
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl MessageObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        created_at: impl Into<i64>,
        thread_id: impl Into<String>,
        status: impl Into<MessageObjectStatus>,
        role: impl Into<MessageObjectRole>,
        content: impl Into<Vec<MessageObjectContentItem>>,
    ) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            created_at: created_at.into(),
            thread_id: thread_id.into(),
            status: status.into(),
            incomplete_details: None,
            completed_at: None,
            incomplete_at: None,
            role: role.into(),
            content: content.into(),
            assistant_id: None,
            run_id: None,
            attachments: None,
            metadata: None,
        }
    }
    /// Sets `incomplete_details`.
    pub fn incomplete_details(
        mut self,
        value: impl Into<MessageObjectIncompleteDetails>,
    ) -> Self {
        self.incomplete_details = Some(value.into());
        self
    }
    /// Sets `completed_at`.
    pub fn completed_at(mut self, value: impl Into<i64>) -> Self {
        self.completed_at = Some(value.into());
        self
    }
    /// Sets `incomplete_at`.
    pub fn incomplete_at(mut self, value: impl Into<i64>) -> Self {
        self.incomplete_at = Some(value.into());
        self
    }
    /// Sets `assistant_id`.
    pub fn assistant_id(mut self, value: impl Into<String>) -> Self {
        self.assistant_id = Some(value.into());
        self
    }
    /// Sets `run_id`.
    pub fn run_id(mut self, value: impl Into<String>) -> Self {
        self.run_id = Some(value.into());
        self
    }
    /// Sets `attachments`.
    pub fn attachments(
        mut self,
        value: impl Into<Vec<MessageObjectAttachment>>,
    ) -> Self {
        self.attachments = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
/// The constant `thread.message`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadMessageLiteral {
    /// `thread.message`
    #[default]
    ThreadMessage,
}
#[cfg(feature = "threads")]
impl ThreadMessageLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.message"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadMessageLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadMessageLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.message")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadMessageLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.message")
            .map(|()| Self::ThreadMessage)
    }
}
#[cfg(feature = "threads")]
/// The status of the message, which can be either `in_progress`, `incomplete`, or `completed`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MessageObjectStatus {
    /// `in_progress`
    InProgress,
    /// `incomplete`
    Incomplete,
    /// `completed`
    Completed,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "threads")]
impl MessageObjectStatus {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in_progress",
            Self::Incomplete => "incomplete",
            Self::Completed => "completed",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "in_progress" => Self::InProgress,
            "incomplete" => Self::Incomplete,
            "completed" => Self::Completed,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "threads")]
impl From<&str> for MessageObjectStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "threads")]
impl From<String> for MessageObjectStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for MessageObjectStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for MessageObjectStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageObjectStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "threads")]
impl Default for MessageObjectStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "threads")]
/// On an incomplete message, details about why the message is incomplete.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageObjectIncompleteDetails {
    /// The reason the message is incomplete.
    pub reason: MessageObjectIncompleteDetailsReason,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for MessageObjectIncompleteDetails {
    const NAME: &'static str = "MessageObjectIncompleteDetails";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut reason: Option<MessageObjectIncompleteDetailsReason> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "reason" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut reason),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            reason: reason.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageObjectIncompleteDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl MessageObjectIncompleteDetails {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(reason: impl Into<MessageObjectIncompleteDetailsReason>) -> Self {
        Self { reason: reason.into() }
    }
}
#[cfg(feature = "threads")]
/// The reason the message is incomplete.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MessageObjectIncompleteDetailsReason {
    /// `content_filter`
    ContentFilter,
    /// `max_tokens`
    MaxTokens,
    /// `run_cancelled`
    RunCancelled,
    /// `run_expired`
    RunExpired,
    /// `run_failed`
    RunFailed,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "threads")]
impl MessageObjectIncompleteDetailsReason {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ContentFilter => "content_filter",
            Self::MaxTokens => "max_tokens",
            Self::RunCancelled => "run_cancelled",
            Self::RunExpired => "run_expired",
            Self::RunFailed => "run_failed",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "content_filter" => Self::ContentFilter,
            "max_tokens" => Self::MaxTokens,
            "run_cancelled" => Self::RunCancelled,
            "run_expired" => Self::RunExpired,
            "run_failed" => Self::RunFailed,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "threads")]
impl From<&str> for MessageObjectIncompleteDetailsReason {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "threads")]
impl From<String> for MessageObjectIncompleteDetailsReason {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for MessageObjectIncompleteDetailsReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for MessageObjectIncompleteDetailsReason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageObjectIncompleteDetailsReason {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "threads")]
impl Default for MessageObjectIncompleteDetailsReason {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "threads")]
/// The entity that produced the message. One of `user` or `assistant`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MessageObjectRole {
    /// `user`
    User,
    /// `assistant`
    Assistant,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "threads")]
impl MessageObjectRole {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Assistant => "assistant",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "assistant" => Self::Assistant,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "threads")]
impl From<&str> for MessageObjectRole {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "threads")]
impl From<String> for MessageObjectRole {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for MessageObjectRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for MessageObjectRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageObjectRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "threads")]
impl Default for MessageObjectRole {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "threads")]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageObjectContentItem {
    /// `image_file`
    ImageFile(MessageContentImageFileObject),
    /// `image_url`
    ImageUrl(MessageContentImageUrlObject),
    /// `text`
    Text(MessageContentTextObject),
    /// `refusal`
    Refusal(MessageContentRefusalObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(feature = "threads")]
impl Serialize for MessageObjectContentItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ImageFile(value) => value.serialize(serializer),
            Self::ImageUrl(value) => value.serialize(serializer),
            Self::Text(value) => value.serialize(serializer),
            Self::Refusal(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::TaggedUnion for MessageObjectContentItem {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "image_file" => Deserialize::deserialize(content).map(Self::ImageFile),
                "image_url" => Deserialize::deserialize(content).map(Self::ImageUrl),
                "text" => Deserialize::deserialize(content).map(Self::Text),
                "refusal" => Deserialize::deserialize(content).map(Self::Refusal),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageObjectContentItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "threads")]
impl From<MessageContentImageFileObject> for MessageObjectContentItem {
    fn from(value: MessageContentImageFileObject) -> Self {
        Self::ImageFile(value)
    }
}
#[cfg(feature = "threads")]
impl From<MessageContentImageUrlObject> for MessageObjectContentItem {
    fn from(value: MessageContentImageUrlObject) -> Self {
        Self::ImageUrl(value)
    }
}
#[cfg(feature = "threads")]
impl From<MessageContentTextObject> for MessageObjectContentItem {
    fn from(value: MessageContentTextObject) -> Self {
        Self::Text(value)
    }
}
#[cfg(feature = "threads")]
impl From<MessageContentRefusalObject> for MessageObjectContentItem {
    fn from(value: MessageContentRefusalObject) -> Self {
        Self::Refusal(value)
    }
}
#[cfg(feature = "threads")]
/// References an image [File](https://platform.openai.com/docs/api-reference/files) in the content of a message.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageContentImageFileObject {
    /// Always `image_file`.
    #[serde(rename = "type")]
    pub type_: ImageFileLiteral,
    pub image_file: MessageContentImageFileObjectImageFile,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for MessageContentImageFileObject {
    const NAME: &'static str = "MessageContentImageFileObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ImageFileLiteral> = None;
        let mut image_file: Option<MessageContentImageFileObjectImageFile> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "image_file" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut image_file),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            image_file: image_file.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageContentImageFileObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl MessageContentImageFileObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(image_file: impl Into<MessageContentImageFileObjectImageFile>) -> Self {
        Self {
            type_: Default::default(),
            image_file: image_file.into(),
        }
    }
}
#[cfg(feature = "threads")]
/// The constant `image_file`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ImageFileLiteral {
    /// `image_file`
    #[default]
    ImageFile,
}
#[cfg(feature = "threads")]
impl ImageFileLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "image_file"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ImageFileLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ImageFileLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("image_file")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ImageFileLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "image_file")
            .map(|()| Self::ImageFile)
    }
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageContentImageFileObjectImageFile {
    /// The [File](https://platform.openai.com/docs/api-reference/files) ID of the image in the message content. Set `purpose="vision"` when uploading the File if you need to later display the file content.
    pub file_id: String,
    /// Specifies the detail level of the image if specified by the user. `low` uses fewer tokens, you can opt in to high resolution using `high`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<MessageContentImageFileObjectImageFileDetail>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for MessageContentImageFileObjectImageFile {
    const NAME: &'static str = "MessageContentImageFileObjectImageFile";
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
                0 => sdk_runtime_types::de::value(&mut map, &mut file_id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut detail),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            file_id: file_id.unwrap_or_default(),
            detail,
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageContentImageFileObjectImageFile {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl MessageContentImageFileObjectImageFile {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(file_id: impl Into<String>) -> Self {
        Self {
            file_id: file_id.into(),
            detail: None,
        }
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
#[cfg(feature = "threads")]
/// References an image URL in the content of a message.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageContentImageUrlObject {
    /// The type of the content part.
    #[serde(rename = "type")]
    pub type_: ImageUrlLiteral,
    pub image_url: MessageContentImageUrlObjectImageUrl,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for MessageContentImageUrlObject {
    const NAME: &'static str = "MessageContentImageUrlObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ImageUrlLiteral> = None;
        let mut image_url: Option<MessageContentImageUrlObjectImageUrl> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "image_url" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut image_url),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            image_url: image_url.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageContentImageUrlObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl MessageContentImageUrlObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(image_url: impl Into<MessageContentImageUrlObjectImageUrl>) -> Self {
        Self {
            type_: Default::default(),
            image_url: image_url.into(),
        }
    }
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageContentImageUrlObjectImageUrl {
    /// The external URL of the image, must be a supported image types: jpeg, jpg, png, gif, webp.
    pub url: String,
    /// Specifies the detail level of the image. `low` uses fewer tokens, you can opt in to high resolution using `high`. Default value is `auto`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<MessageContentImageFileObjectImageFileDetail>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for MessageContentImageUrlObjectImageUrl {
    const NAME: &'static str = "MessageContentImageUrlObjectImageUrl";
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
                0 => sdk_runtime_types::de::value(&mut map, &mut url),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut detail),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            url: url.unwrap_or_default(),
            detail,
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageContentImageUrlObjectImageUrl {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl MessageContentImageUrlObjectImageUrl {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            detail: None,
        }
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
#[cfg(feature = "threads")]
/// The text content that is part of a message.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageContentTextObject {
    /// Always `text`.
    #[serde(rename = "type")]
    pub type_: TextLiteral,
    pub text: MessageContentTextObjectText,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for MessageContentTextObject {
    const NAME: &'static str = "MessageContentTextObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<TextLiteral> = None;
        let mut text: Option<MessageContentTextObjectText> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "text" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut text),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            text: text.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageContentTextObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl MessageContentTextObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(text: impl Into<MessageContentTextObjectText>) -> Self {
        Self {
            type_: Default::default(),
            text: text.into(),
        }
    }
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageContentTextObjectText {
    /// The data that makes up the text.
    pub value: String,
    pub annotations: Vec<MessageContentTextObjectTextAnnotation>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for MessageContentTextObjectText {
    const NAME: &'static str = "MessageContentTextObjectText";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut value: Option<String> = None;
        let mut annotations: Option<Vec<MessageContentTextObjectTextAnnotation>> = None;
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
                0 => sdk_runtime_types::de::value(&mut map, &mut value),
                1 => sdk_runtime_types::de::value(&mut map, &mut annotations),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            value: value.unwrap_or_default(),
            annotations: annotations.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageContentTextObjectText {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl MessageContentTextObjectText {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        value: impl Into<String>,
        annotations: impl Into<Vec<MessageContentTextObjectTextAnnotation>>,
    ) -> Self {
        Self {
            value: value.into(),
            annotations: annotations.into(),
        }
    }
}
#[cfg(feature = "threads")]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageContentTextObjectTextAnnotation {
    /// `file_citation`
    FileCitation(MessageContentTextAnnotationsFileCitationObject),
    /// `file_path`
    FilePath(MessageContentTextAnnotationsFilePathObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(feature = "threads")]
impl Serialize for MessageContentTextObjectTextAnnotation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::FileCitation(value) => value.serialize(serializer),
            Self::FilePath(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::TaggedUnion for MessageContentTextObjectTextAnnotation {
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageContentTextObjectTextAnnotation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "threads")]
impl From<MessageContentTextAnnotationsFileCitationObject>
for MessageContentTextObjectTextAnnotation {
    fn from(value: MessageContentTextAnnotationsFileCitationObject) -> Self {
        Self::FileCitation(value)
    }
}
#[cfg(feature = "threads")]
impl From<MessageContentTextAnnotationsFilePathObject>
for MessageContentTextObjectTextAnnotation {
    fn from(value: MessageContentTextAnnotationsFilePathObject) -> Self {
        Self::FilePath(value)
    }
}
#[cfg(feature = "threads")]
/// A citation within the message that points to a specific quote from a specific File associated with the assistant or the message. Generated when the assistant uses the "file_search" tool to search files.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageContentTextAnnotationsFileCitationObject {
    /// Always `file_citation`.
    #[serde(rename = "type")]
    pub type_: FileCitationLiteral,
    /// The text in the message content that needs to be replaced.
    pub text: String,
    pub file_citation: MessageContentTextAnnotationsFileCitationObjectFileCitation,
    pub start_index: i64,
    pub end_index: i64,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for MessageContentTextAnnotationsFileCitationObject {
    const NAME: &'static str = "MessageContentTextAnnotationsFileCitationObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<FileCitationLiteral> = None;
        let mut text: Option<String> = None;
        let mut file_citation: Option<
            MessageContentTextAnnotationsFileCitationObjectFileCitation,
        > = None;
        let mut start_index: Option<i64> = None;
        let mut end_index: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "text" => 1,
                    "file_citation" => 2,
                    "start_index" => 3,
                    "end_index" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut text),
                2 => sdk_runtime_types::de::value(&mut map, &mut file_citation),
                3 => sdk_runtime_types::de::value(&mut map, &mut start_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut end_index),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            text: text.unwrap_or_default(),
            file_citation: file_citation.unwrap_or_default(),
            start_index: start_index.unwrap_or_default(),
            end_index: end_index.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageContentTextAnnotationsFileCitationObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl MessageContentTextAnnotationsFileCitationObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        text: impl Into<String>,
        file_citation: impl Into<
            MessageContentTextAnnotationsFileCitationObjectFileCitation,
        >,
        start_index: impl Into<i64>,
        end_index: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            text: text.into(),
            file_citation: file_citation.into(),
            start_index: start_index.into(),
            end_index: end_index.into(),
        }
    }
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageContentTextAnnotationsFileCitationObjectFileCitation {
    /// The ID of the specific File the citation is from.
    pub file_id: String,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object
for MessageContentTextAnnotationsFileCitationObjectFileCitation {
    const NAME: &'static str = "MessageContentTextAnnotationsFileCitationObjectFileCitation";
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
                0 => sdk_runtime_types::de::value(&mut map, &mut file_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            file_id: file_id.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de>
for MessageContentTextAnnotationsFileCitationObjectFileCitation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl MessageContentTextAnnotationsFileCitationObjectFileCitation {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(file_id: impl Into<String>) -> Self {
        Self { file_id: file_id.into() }
    }
}
#[cfg(feature = "threads")]
/// A URL for the file that's generated when the assistant used the `code_interpreter` tool to generate a file.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageContentTextAnnotationsFilePathObject {
    /// Always `file_path`.
    #[serde(rename = "type")]
    pub type_: FilePathLiteral,
    /// The text in the message content that needs to be replaced.
    pub text: String,
    pub file_path: MessageContentTextAnnotationsFilePathObjectFilePath,
    pub start_index: i64,
    pub end_index: i64,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for MessageContentTextAnnotationsFilePathObject {
    const NAME: &'static str = "MessageContentTextAnnotationsFilePathObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<FilePathLiteral> = None;
        let mut text: Option<String> = None;
        let mut file_path: Option<MessageContentTextAnnotationsFilePathObjectFilePath> = None;
        let mut start_index: Option<i64> = None;
        let mut end_index: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "text" => 1,
                    "file_path" => 2,
                    "start_index" => 3,
                    "end_index" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut text),
                2 => sdk_runtime_types::de::value(&mut map, &mut file_path),
                3 => sdk_runtime_types::de::value(&mut map, &mut start_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut end_index),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            text: text.unwrap_or_default(),
            file_path: file_path.unwrap_or_default(),
            start_index: start_index.unwrap_or_default(),
            end_index: end_index.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageContentTextAnnotationsFilePathObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl MessageContentTextAnnotationsFilePathObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        text: impl Into<String>,
        file_path: impl Into<MessageContentTextAnnotationsFilePathObjectFilePath>,
        start_index: impl Into<i64>,
        end_index: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            text: text.into(),
            file_path: file_path.into(),
            start_index: start_index.into(),
            end_index: end_index.into(),
        }
    }
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageContentTextAnnotationsFilePathObjectFilePath {
    /// The ID of the file that was generated.
    pub file_id: String,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object
for MessageContentTextAnnotationsFilePathObjectFilePath {
    const NAME: &'static str = "MessageContentTextAnnotationsFilePathObjectFilePath";
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
                0 => sdk_runtime_types::de::value(&mut map, &mut file_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            file_id: file_id.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageContentTextAnnotationsFilePathObjectFilePath {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl MessageContentTextAnnotationsFilePathObjectFilePath {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(file_id: impl Into<String>) -> Self {
        Self { file_id: file_id.into() }
    }
}
#[cfg(feature = "threads")]
/// The refusal content generated by the assistant.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageContentRefusalObject {
    /// Always `refusal`.
    #[serde(rename = "type")]
    pub type_: RefusalLiteral,
    pub refusal: String,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for MessageContentRefusalObject {
    const NAME: &'static str = "MessageContentRefusalObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<RefusalLiteral> = None;
        let mut refusal: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "refusal" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut refusal),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            refusal: refusal.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageContentRefusalObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl MessageContentRefusalObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(refusal: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            refusal: refusal.into(),
        }
    }
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageObjectAttachment {
    /// The ID of the file to attach to the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// The tools to add this file to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<MessageObjectAttachmentTool>>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for MessageObjectAttachment {
    const NAME: &'static str = "MessageObjectAttachment";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut file_id: Option<String> = None;
        let mut tools: Option<Vec<MessageObjectAttachmentTool>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "file_id" => 0,
                    "tools" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut file_id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut tools),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { file_id, tools })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageObjectAttachment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl MessageObjectAttachment {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { file_id: None, tools: None }
    }
    /// Sets `file_id`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
    /// Sets `tools`.
    pub fn tools(mut self, value: impl Into<Vec<MessageObjectAttachmentTool>>) -> Self {
        self.tools = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageObjectAttachmentTool {
    /// `code_interpreter`
    CodeInterpreter(AssistantToolsCode),
    /// `file_search`
    FileSearch(AssistantToolsFileSearchTypeOnly),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(feature = "threads")]
impl Serialize for MessageObjectAttachmentTool {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::CodeInterpreter(value) => value.serialize(serializer),
            Self::FileSearch(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::TaggedUnion for MessageObjectAttachmentTool {
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
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageObjectAttachmentTool {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "threads")]
impl From<AssistantToolsCode> for MessageObjectAttachmentTool {
    fn from(value: AssistantToolsCode) -> Self {
        Self::CodeInterpreter(value)
    }
}
#[cfg(feature = "threads")]
impl From<AssistantToolsFileSearchTypeOnly> for MessageObjectAttachmentTool {
    fn from(value: AssistantToolsFileSearchTypeOnly) -> Self {
        Self::FileSearch(value)
    }
}
#[cfg(feature = "threads")]
/// FileSearch tool
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AssistantToolsFileSearchTypeOnly {
    /// The type of tool being defined: `file_search`
    #[serde(rename = "type")]
    pub type_: FileSearchLiteral,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for AssistantToolsFileSearchTypeOnly {
    const NAME: &'static str = "AssistantToolsFileSearchTypeOnly";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<FileSearchLiteral> = None;
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for AssistantToolsFileSearchTypeOnly {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl AssistantToolsFileSearchTypeOnly {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: Default::default() }
    }
}
#[cfg(feature = "threads")]
/// Occurs when a [message](https://platform.openai.com/docs/api-reference/messages/object) moves to an `in_progress` state.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageStreamEventThreadMessageInProgress {
    pub event: ThreadMessageInProgressLiteral,
    pub data: MessageObject,
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageStreamEventThreadMessageInProgress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
/// The constant `thread.message.in_progress`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadMessageInProgressLiteral {
    /// `thread.message.in_progress`
    #[default]
    ThreadMessageInProgress,
}
#[cfg(feature = "threads")]
impl ThreadMessageInProgressLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.message.in_progress"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadMessageInProgressLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadMessageInProgressLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.message.in_progress")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadMessageInProgressLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.message.in_progress")
            .map(|()| Self::ThreadMessageInProgress)
    }
}
#[cfg(feature = "threads")]
/// Occurs when parts of a [Message](https://platform.openai.com/docs/api-reference/messages/object) are being streamed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageStreamEventThreadMessageDelta {
    pub event: ThreadMessageDeltaLiteral,
    pub data: MessageDeltaObject,
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageStreamEventThreadMessageDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
/// The constant `thread.message.delta`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadMessageDeltaLiteral {
    /// `thread.message.delta`
    #[default]
    ThreadMessageDelta,
}
#[cfg(feature = "threads")]
impl ThreadMessageDeltaLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.message.delta"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadMessageDeltaLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadMessageDeltaLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.message.delta")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadMessageDeltaLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.message.delta")
            .map(|()| Self::ThreadMessageDelta)
    }
}
#[cfg(feature = "threads")]
/// Represents a message delta i.e. any changed fields on a message during streaming.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageDeltaObject {
    /// The identifier of the message, which can be referenced in API endpoints.
    pub id: String,
    /// The object type, which is always `thread.message.delta`.
    pub object: ThreadMessageDeltaLiteral,
    /// The delta containing the fields that have changed on the Message.
    pub delta: MessageDeltaObjectDelta,
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageDeltaObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
/// The delta containing the fields that have changed on the Message.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageDeltaObjectDelta {
    /// The entity that produced the message. One of `user` or `assistant`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<MessageObjectRole>,
    /// The content of the message in array of text and/or images.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<Vec<MessageDeltaObjectDeltaContentItem>>,
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageDeltaObjectDelta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageDeltaObjectDeltaContentItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "threads")]
impl From<MessageDeltaContentImageFileObject> for MessageDeltaObjectDeltaContentItem {
    fn from(value: MessageDeltaContentImageFileObject) -> Self {
        Self::ImageFile(value)
    }
}
#[cfg(feature = "threads")]
impl From<MessageDeltaContentTextObject> for MessageDeltaObjectDeltaContentItem {
    fn from(value: MessageDeltaContentTextObject) -> Self {
        Self::Text(value)
    }
}
#[cfg(feature = "threads")]
impl From<MessageDeltaContentRefusalObject> for MessageDeltaObjectDeltaContentItem {
    fn from(value: MessageDeltaContentRefusalObject) -> Self {
        Self::Refusal(value)
    }
}
#[cfg(feature = "threads")]
impl From<MessageDeltaContentImageUrlObject> for MessageDeltaObjectDeltaContentItem {
    fn from(value: MessageDeltaContentImageUrlObject) -> Self {
        Self::ImageUrl(value)
    }
}
#[cfg(feature = "threads")]
/// References an image [File](https://platform.openai.com/docs/api-reference/files) in the content of a message.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageDeltaContentImageFileObject {
    /// The index of the content part in the message.
    pub index: i64,
    /// Always `image_file`.
    #[serde(rename = "type")]
    pub type_: ImageFileLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_file: Option<MessageDeltaContentImageFileObjectImageFile>,
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageDeltaContentImageFileObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageDeltaContentImageFileObjectImageFile {
    /// The [File](https://platform.openai.com/docs/api-reference/files) ID of the image in the message content. Set `purpose="vision"` when uploading the File if you need to later display the file content.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// Specifies the detail level of the image if specified by the user. `low` uses fewer tokens, you can opt in to high resolution using `high`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<MessageContentImageFileObjectImageFileDetail>,
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageDeltaContentImageFileObjectImageFile {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
/// The text content that is part of a message.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageDeltaContentTextObject {
    /// The index of the content part in the message.
    pub index: i64,
    /// Always `text`.
    #[serde(rename = "type")]
    pub type_: TextLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<MessageDeltaContentTextObjectText>,
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageDeltaContentTextObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageDeltaContentTextObjectText {
    /// The data that makes up the text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annotations: Option<Vec<MessageDeltaContentTextObjectTextAnnotation>>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for MessageDeltaContentTextObjectText {
    const NAME: &'static str = "MessageDeltaContentTextObjectText";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut value: Option<String> = None;
        let mut annotations: Option<Vec<MessageDeltaContentTextObjectTextAnnotation>> = None;
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageDeltaContentTextObjectText {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
        value: impl Into<Vec<MessageDeltaContentTextObjectTextAnnotation>>,
    ) -> Self {
        self.annotations = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageDeltaContentTextObjectTextAnnotation {
    /// `file_citation`
    FileCitation(MessageDeltaContentTextAnnotationsFileCitationObject),
    /// `file_path`
    FilePath(MessageDeltaContentTextAnnotationsFilePathObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(feature = "threads")]
impl Serialize for MessageDeltaContentTextObjectTextAnnotation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::FileCitation(value) => value.serialize(serializer),
            Self::FilePath(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::TaggedUnion for MessageDeltaContentTextObjectTextAnnotation {
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageDeltaContentTextObjectTextAnnotation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "threads")]
impl From<MessageDeltaContentTextAnnotationsFileCitationObject>
for MessageDeltaContentTextObjectTextAnnotation {
    fn from(value: MessageDeltaContentTextAnnotationsFileCitationObject) -> Self {
        Self::FileCitation(value)
    }
}
#[cfg(feature = "threads")]
impl From<MessageDeltaContentTextAnnotationsFilePathObject>
for MessageDeltaContentTextObjectTextAnnotation {
    fn from(value: MessageDeltaContentTextAnnotationsFilePathObject) -> Self {
        Self::FilePath(value)
    }
}
#[cfg(feature = "threads")]
/// A citation within the message that points to a specific quote from a specific File associated with the assistant or the message. Generated when the assistant uses the "file_search" tool to search files.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
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
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageDeltaContentTextAnnotationsFileCitationObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation {
    /// The ID of the specific File the citation is from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// The specific quote in the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de>
for MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
/// A URL for the file that's generated when the assistant used the `code_interpreter` tool to generate a file.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
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
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageDeltaContentTextAnnotationsFilePathObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageDeltaContentTextAnnotationsFilePathObjectFilePath {
    /// The ID of the file that was generated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageDeltaContentTextAnnotationsFilePathObjectFilePath {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
/// The refusal content that is part of a message.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageDeltaContentRefusalObject {
    /// The index of the refusal part in the message.
    pub index: i64,
    /// Always `refusal`.
    #[serde(rename = "type")]
    pub type_: RefusalLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refusal: Option<String>,
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageDeltaContentRefusalObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
/// References an image URL in the content of a message.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageDeltaContentImageUrlObject {
    /// The index of the content part in the message.
    pub index: i64,
    /// Always `image_url`.
    #[serde(rename = "type")]
    pub type_: ImageUrlLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_url: Option<MessageDeltaContentImageUrlObjectImageUrl>,
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageDeltaContentImageUrlObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageDeltaContentImageUrlObjectImageUrl {
    /// The URL of the image, must be a supported image types: jpeg, jpg, png, gif, webp.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Specifies the detail level of the image. `low` uses fewer tokens, you can opt in to high resolution using `high`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<MessageContentImageFileObjectImageFileDetail>,
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageDeltaContentImageUrlObjectImageUrl {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
/// Occurs when a [message](https://platform.openai.com/docs/api-reference/messages/object) is completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageStreamEventThreadMessageCompleted {
    pub event: ThreadMessageCompletedLiteral,
    pub data: MessageObject,
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageStreamEventThreadMessageCompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
/// The constant `thread.message.completed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadMessageCompletedLiteral {
    /// `thread.message.completed`
    #[default]
    ThreadMessageCompleted,
}
#[cfg(feature = "threads")]
impl ThreadMessageCompletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.message.completed"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadMessageCompletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadMessageCompletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.message.completed")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadMessageCompletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.message.completed")
            .map(|()| Self::ThreadMessageCompleted)
    }
}
#[cfg(feature = "threads")]
/// Occurs when a [message](https://platform.openai.com/docs/api-reference/messages/object) ends before it is completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct MessageStreamEventThreadMessageIncomplete {
    pub event: ThreadMessageIncompleteLiteral,
    pub data: MessageObject,
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageStreamEventThreadMessageIncomplete {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
/// The constant `thread.message.incomplete`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadMessageIncompleteLiteral {
    /// `thread.message.incomplete`
    #[default]
    ThreadMessageIncomplete,
}
#[cfg(feature = "threads")]
impl ThreadMessageIncompleteLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.message.incomplete"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadMessageIncompleteLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadMessageIncompleteLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.message.incomplete")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadMessageIncompleteLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.message.incomplete")
            .map(|()| Self::ThreadMessageIncomplete)
    }
}
#[cfg(feature = "threads")]
/// Occurs when an [error](https://platform.openai.com/docs/guides/error-codes#api-errors) occurs. This can happen due to an internal server error or a timeout.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ErrorEvent {
    pub event: ErrorTypeLiteral,
    pub data: ErrorType,
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ErrorEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
/// Occurs when a stream ends.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct DoneEvent {
    pub event: DoneLiteral,
    pub data: DoneMarker,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for DoneEvent {
    const NAME: &'static str = "DoneEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut event: Option<DoneLiteral> = None;
        let mut data: Option<DoneMarker> = None;
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
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for DoneEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
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
#[cfg(feature = "threads")]
/// The constant `done`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum DoneLiteral {
    /// `done`
    #[default]
    Done,
}
#[cfg(feature = "threads")]
impl DoneLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "done"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for DoneLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for DoneLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("done")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for DoneLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "done").map(|()| Self::Done)
    }
}
#[cfg(feature = "threads")]
/// The constant `[DONE]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum DoneMarker {
    /// `[DONE]`
    #[default]
    Done,
}
#[cfg(feature = "threads")]
impl DoneMarker {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "[DONE]"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for DoneMarker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for DoneMarker {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("[DONE]")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for DoneMarker {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "[DONE]").map(|()| Self::Done)
    }
}
#[cfg(feature = "threads")]
/// The specification's name for [`DoneMarker`].
pub type DoneLiteralType = DoneMarker;
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateMessageRequest {
    /// The role of the entity that is creating the message. Allowed values include:
    /// - `user`: Indicates the message is sent by an actual user and should be used in most cases to represent user-generated messages.
    /// - `assistant`: Indicates the message is generated by the assistant. Use this value to insert messages from the assistant into the conversation.
    pub role: MessageObjectRole,
    pub content: CreateMessageRequestContent,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<MessageObjectAttachment>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for CreateMessageRequest {
    const NAME: &'static str = "CreateMessageRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut role: Option<MessageObjectRole> = None;
        let mut content: Option<CreateMessageRequestContent> = None;
        let mut attachments: Option<Vec<MessageObjectAttachment>> = None;
        let mut metadata: Option<Metadata> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "role" => 0,
                    "content" => 1,
                    "attachments" => 2,
                    "metadata" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut role),
                1 => sdk_runtime_types::de::value(&mut map, &mut content),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut attachments),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            role: role.unwrap_or_default(),
            content: sdk_runtime_types::de::required::<_, A::Error>(content, "content")?,
            attachments,
            metadata,
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for CreateMessageRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl CreateMessageRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        role: impl Into<MessageObjectRole>,
        content: impl Into<CreateMessageRequestContent>,
    ) -> Self {
        Self {
            role: role.into(),
            content: content.into(),
            attachments: None,
            metadata: None,
        }
    }
    /// Sets `attachments`.
    pub fn attachments(
        mut self,
        value: impl Into<Vec<MessageObjectAttachment>>,
    ) -> Self {
        self.attachments = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CreateMessageRequestContent {
    ArrayOfContentPartList(Vec<CreateMessageRequestContentArrayOfContentPart>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(feature = "threads")]
impl From<Vec<CreateMessageRequestContentArrayOfContentPart>>
for CreateMessageRequestContent {
    fn from(value: Vec<CreateMessageRequestContentArrayOfContentPart>) -> Self {
        Self::ArrayOfContentPartList(value)
    }
}
#[cfg(feature = "threads")]
impl From<String> for CreateMessageRequestContent {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
#[cfg(feature = "threads")]
impl From<&str> for CreateMessageRequestContent {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
#[cfg(feature = "threads")]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateMessageRequestContentArrayOfContentPart {
    /// `image_file`
    ImageFile(MessageContentImageFileObject),
    /// `image_url`
    ImageUrl(MessageContentImageUrlObject),
    /// `text`
    Text(MessageRequestContentTextObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(feature = "threads")]
impl Serialize for CreateMessageRequestContentArrayOfContentPart {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ImageFile(value) => value.serialize(serializer),
            Self::ImageUrl(value) => value.serialize(serializer),
            Self::Text(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::TaggedUnion
for CreateMessageRequestContentArrayOfContentPart {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "image_file" => Deserialize::deserialize(content).map(Self::ImageFile),
                "image_url" => Deserialize::deserialize(content).map(Self::ImageUrl),
                "text" => Deserialize::deserialize(content).map(Self::Text),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for CreateMessageRequestContentArrayOfContentPart {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "threads")]
impl From<MessageContentImageFileObject>
for CreateMessageRequestContentArrayOfContentPart {
    fn from(value: MessageContentImageFileObject) -> Self {
        Self::ImageFile(value)
    }
}
#[cfg(feature = "threads")]
impl From<MessageContentImageUrlObject>
for CreateMessageRequestContentArrayOfContentPart {
    fn from(value: MessageContentImageUrlObject) -> Self {
        Self::ImageUrl(value)
    }
}
#[cfg(feature = "threads")]
impl From<MessageRequestContentTextObject>
for CreateMessageRequestContentArrayOfContentPart {
    fn from(value: MessageRequestContentTextObject) -> Self {
        Self::Text(value)
    }
}
#[cfg(feature = "threads")]
/// The text content that is part of a message.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct MessageRequestContentTextObject {
    /// Always `text`.
    #[serde(rename = "type")]
    pub type_: TextLiteral,
    /// Text content to be sent to the model
    pub text: String,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for MessageRequestContentTextObject {
    const NAME: &'static str = "MessageRequestContentTextObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<TextLiteral> = None;
        let mut text: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "text" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut text),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            text: text.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for MessageRequestContentTextObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl MessageRequestContentTextObject {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            text: text.into(),
        }
    }
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateRunRequest {
    /// The ID of the [assistant](https://platform.openai.com/docs/api-reference/assistants) to use to execute this run.
    pub assistant_id: String,
    /// The ID of the [Model](https://platform.openai.com/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<CreateRunRequestModel>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reasoning_effort: Option<ReasoningEffort>,
    /// Overrides the [instructions](https://platform.openai.com/docs/api-reference/assistants/createAssistant) of the assistant. This is useful for modifying the behavior on a per-run basis.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// Appends additional instructions at the end of the instructions for the run. This is useful for modifying the behavior on a per-run basis without overriding other instructions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub additional_instructions: Option<String>,
    /// Adds additional messages to the thread before creating the run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub additional_messages: Option<Vec<CreateMessageRequest>>,
    /// Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<RunObjectTool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    /// What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    /// An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.
    ///
    /// We generally recommend altering this or temperature but not both.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub top_p: Option<f64>,
    /// If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,
    /// The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_prompt_tokens: Option<i64>,
    /// The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_completion_tokens: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub truncation_strategy: Option<TruncationObject>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_choice: Option<AssistantsApiToolChoiceOption>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parallel_tool_calls: Option<ParallelToolCalls>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_format: Option<Box<AssistantsApiResponseFormatOption>>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for CreateRunRequest {
    const NAME: &'static str = "CreateRunRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut assistant_id: Option<String> = None;
        let mut model: Option<CreateRunRequestModel> = None;
        let mut reasoning_effort: Option<ReasoningEffort> = None;
        let mut instructions: Option<String> = None;
        let mut additional_instructions: Option<String> = None;
        let mut additional_messages: Option<Vec<CreateMessageRequest>> = None;
        let mut tools: Option<Vec<RunObjectTool>> = None;
        let mut metadata: Option<Metadata> = None;
        let mut temperature: Option<f64> = None;
        let mut top_p: Option<f64> = None;
        let mut stream: Option<bool> = None;
        let mut max_prompt_tokens: Option<i64> = None;
        let mut max_completion_tokens: Option<i64> = None;
        let mut truncation_strategy: Option<TruncationObject> = None;
        let mut tool_choice: Option<AssistantsApiToolChoiceOption> = None;
        let mut parallel_tool_calls: Option<ParallelToolCalls> = None;
        let mut response_format: Option<Box<AssistantsApiResponseFormatOption>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "assistant_id" => 0,
                    "model" => 1,
                    "reasoning_effort" => 2,
                    "instructions" => 3,
                    "additional_instructions" => 4,
                    "additional_messages" => 5,
                    "tools" => 6,
                    "metadata" => 7,
                    "temperature" => 8,
                    "top_p" => 9,
                    "stream" => 10,
                    "max_prompt_tokens" => 11,
                    "max_completion_tokens" => 12,
                    "truncation_strategy" => 13,
                    "tool_choice" => 14,
                    "parallel_tool_calls" => 15,
                    "response_format" => 16,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut assistant_id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut reasoning_effort),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut instructions),
                4 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut additional_instructions,
                    )
                }
                5 => sdk_runtime_types::de::nullable(&mut map, &mut additional_messages),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut tools),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut temperature),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut top_p),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut stream),
                11 => sdk_runtime_types::de::nullable(&mut map, &mut max_prompt_tokens),
                12 => {
                    sdk_runtime_types::de::nullable(&mut map, &mut max_completion_tokens)
                }
                13 => sdk_runtime_types::de::nullable(&mut map, &mut truncation_strategy),
                14 => sdk_runtime_types::de::nullable(&mut map, &mut tool_choice),
                15 => sdk_runtime_types::de::nullable(&mut map, &mut parallel_tool_calls),
                16 => sdk_runtime_types::de::nullable(&mut map, &mut response_format),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            assistant_id: assistant_id.unwrap_or_default(),
            model,
            reasoning_effort,
            instructions,
            additional_instructions,
            additional_messages,
            tools,
            metadata,
            temperature,
            top_p,
            stream,
            max_prompt_tokens,
            max_completion_tokens,
            truncation_strategy,
            tool_choice,
            parallel_tool_calls,
            response_format,
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for CreateRunRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl CreateRunRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(assistant_id: impl Into<String>) -> Self {
        Self {
            assistant_id: assistant_id.into(),
            model: None,
            reasoning_effort: None,
            instructions: None,
            additional_instructions: None,
            additional_messages: None,
            tools: None,
            metadata: None,
            temperature: None,
            top_p: None,
            stream: None,
            max_prompt_tokens: None,
            max_completion_tokens: None,
            truncation_strategy: None,
            tool_choice: None,
            parallel_tool_calls: None,
            response_format: None,
        }
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<CreateRunRequestModel>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `reasoning_effort`.
    pub fn reasoning_effort(mut self, value: impl Into<ReasoningEffort>) -> Self {
        self.reasoning_effort = Some(value.into());
        self
    }
    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }
    /// Sets `additional_instructions`.
    pub fn additional_instructions(mut self, value: impl Into<String>) -> Self {
        self.additional_instructions = Some(value.into());
        self
    }
    /// Sets `additional_messages`.
    pub fn additional_messages(
        mut self,
        value: impl Into<Vec<CreateMessageRequest>>,
    ) -> Self {
        self.additional_messages = Some(value.into());
        self
    }
    /// Sets `tools`.
    pub fn tools(mut self, value: impl Into<Vec<RunObjectTool>>) -> Self {
        self.tools = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
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
    /// Sets `stream`.
    pub fn stream(mut self, value: impl Into<bool>) -> Self {
        self.stream = Some(value.into());
        self
    }
    /// Sets `max_prompt_tokens`.
    pub fn max_prompt_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_prompt_tokens = Some(value.into());
        self
    }
    /// Sets `max_completion_tokens`.
    pub fn max_completion_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_completion_tokens = Some(value.into());
        self
    }
    /// Sets `truncation_strategy`.
    pub fn truncation_strategy(mut self, value: impl Into<TruncationObject>) -> Self {
        self.truncation_strategy = Some(value.into());
        self
    }
    /// Sets `tool_choice`.
    pub fn tool_choice(
        mut self,
        value: impl Into<AssistantsApiToolChoiceOption>,
    ) -> Self {
        self.tool_choice = Some(value.into());
        self
    }
    /// Sets `parallel_tool_calls`.
    pub fn parallel_tool_calls(mut self, value: impl Into<ParallelToolCalls>) -> Self {
        self.parallel_tool_calls = Some(value.into());
        self
    }
    /// Sets `response_format`.
    pub fn response_format(
        mut self,
        value: impl Into<AssistantsApiResponseFormatOption>,
    ) -> Self {
        self.response_format = Some(Box::new(value.into()));
        self
    }
}
#[cfg(feature = "threads")]
/// The ID of the [Model](https://platform.openai.com/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreateRunRequestModel {
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
#[cfg(feature = "threads")]
impl CreateRunRequestModel {
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
#[cfg(feature = "threads")]
impl From<&str> for CreateRunRequestModel {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "threads")]
impl From<String> for CreateRunRequestModel {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for CreateRunRequestModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for CreateRunRequestModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for CreateRunRequestModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "threads")]
impl Default for CreateRunRequestModel {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateThreadAndRunRequest {
    /// The ID of the [assistant](https://platform.openai.com/docs/api-reference/assistants) to use to execute this run.
    pub assistant_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thread: Option<Box<CreateThreadRequest>>,
    /// The ID of the [Model](https://platform.openai.com/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<CreateThreadAndRunRequestModel>,
    /// Override the default system message of the assistant. This is useful for modifying the behavior on a per-run basis.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-run basis.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<RunObjectTool>>,
    /// A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_resources: Option<CreateThreadAndRunRequestToolResources>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    /// What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    /// An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered.
    ///
    /// We generally recommend altering this or temperature but not both.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub top_p: Option<f64>,
    /// If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,
    /// The maximum number of prompt tokens that may be used over the course of the run. The run will make a best effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_prompt_tokens: Option<i64>,
    /// The maximum number of completion tokens that may be used over the course of the run. The run will make a best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run exceeds the number of completion tokens specified, the run will end with status `incomplete`. See `incomplete_details` for more info.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_completion_tokens: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub truncation_strategy: Option<TruncationObject>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_choice: Option<AssistantsApiToolChoiceOption>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parallel_tool_calls: Option<ParallelToolCalls>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_format: Option<Box<AssistantsApiResponseFormatOption>>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for CreateThreadAndRunRequest {
    const NAME: &'static str = "CreateThreadAndRunRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut assistant_id: Option<String> = None;
        let mut thread: Option<Box<CreateThreadRequest>> = None;
        let mut model: Option<CreateThreadAndRunRequestModel> = None;
        let mut instructions: Option<String> = None;
        let mut tools: Option<Vec<RunObjectTool>> = None;
        let mut tool_resources: Option<CreateThreadAndRunRequestToolResources> = None;
        let mut metadata: Option<Metadata> = None;
        let mut temperature: Option<f64> = None;
        let mut top_p: Option<f64> = None;
        let mut stream: Option<bool> = None;
        let mut max_prompt_tokens: Option<i64> = None;
        let mut max_completion_tokens: Option<i64> = None;
        let mut truncation_strategy: Option<TruncationObject> = None;
        let mut tool_choice: Option<AssistantsApiToolChoiceOption> = None;
        let mut parallel_tool_calls: Option<ParallelToolCalls> = None;
        let mut response_format: Option<Box<AssistantsApiResponseFormatOption>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "assistant_id" => 0,
                    "thread" => 1,
                    "model" => 2,
                    "instructions" => 3,
                    "tools" => 4,
                    "tool_resources" => 5,
                    "metadata" => 6,
                    "temperature" => 7,
                    "top_p" => 8,
                    "stream" => 9,
                    "max_prompt_tokens" => 10,
                    "max_completion_tokens" => 11,
                    "truncation_strategy" => 12,
                    "tool_choice" => 13,
                    "parallel_tool_calls" => 14,
                    "response_format" => 15,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut assistant_id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut thread),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut instructions),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut tools),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut tool_resources),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut temperature),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut top_p),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut stream),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut max_prompt_tokens),
                11 => {
                    sdk_runtime_types::de::nullable(&mut map, &mut max_completion_tokens)
                }
                12 => sdk_runtime_types::de::nullable(&mut map, &mut truncation_strategy),
                13 => sdk_runtime_types::de::nullable(&mut map, &mut tool_choice),
                14 => sdk_runtime_types::de::nullable(&mut map, &mut parallel_tool_calls),
                15 => sdk_runtime_types::de::nullable(&mut map, &mut response_format),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            assistant_id: assistant_id.unwrap_or_default(),
            thread,
            model,
            instructions,
            tools,
            tool_resources,
            metadata,
            temperature,
            top_p,
            stream,
            max_prompt_tokens,
            max_completion_tokens,
            truncation_strategy,
            tool_choice,
            parallel_tool_calls,
            response_format,
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for CreateThreadAndRunRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl CreateThreadAndRunRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(assistant_id: impl Into<String>) -> Self {
        Self {
            assistant_id: assistant_id.into(),
            thread: None,
            model: None,
            instructions: None,
            tools: None,
            tool_resources: None,
            metadata: None,
            temperature: None,
            top_p: None,
            stream: None,
            max_prompt_tokens: None,
            max_completion_tokens: None,
            truncation_strategy: None,
            tool_choice: None,
            parallel_tool_calls: None,
            response_format: None,
        }
    }
    /// Sets `thread`.
    pub fn thread(mut self, value: impl Into<CreateThreadRequest>) -> Self {
        self.thread = Some(Box::new(value.into()));
        self
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<CreateThreadAndRunRequestModel>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }
    /// Sets `tools`.
    pub fn tools(mut self, value: impl Into<Vec<RunObjectTool>>) -> Self {
        self.tools = Some(value.into());
        self
    }
    /// Sets `tool_resources`.
    pub fn tool_resources(
        mut self,
        value: impl Into<CreateThreadAndRunRequestToolResources>,
    ) -> Self {
        self.tool_resources = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
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
    /// Sets `stream`.
    pub fn stream(mut self, value: impl Into<bool>) -> Self {
        self.stream = Some(value.into());
        self
    }
    /// Sets `max_prompt_tokens`.
    pub fn max_prompt_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_prompt_tokens = Some(value.into());
        self
    }
    /// Sets `max_completion_tokens`.
    pub fn max_completion_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_completion_tokens = Some(value.into());
        self
    }
    /// Sets `truncation_strategy`.
    pub fn truncation_strategy(mut self, value: impl Into<TruncationObject>) -> Self {
        self.truncation_strategy = Some(value.into());
        self
    }
    /// Sets `tool_choice`.
    pub fn tool_choice(
        mut self,
        value: impl Into<AssistantsApiToolChoiceOption>,
    ) -> Self {
        self.tool_choice = Some(value.into());
        self
    }
    /// Sets `parallel_tool_calls`.
    pub fn parallel_tool_calls(mut self, value: impl Into<ParallelToolCalls>) -> Self {
        self.parallel_tool_calls = Some(value.into());
        self
    }
    /// Sets `response_format`.
    pub fn response_format(
        mut self,
        value: impl Into<AssistantsApiResponseFormatOption>,
    ) -> Self {
        self.response_format = Some(Box::new(value.into()));
        self
    }
}
#[cfg(feature = "threads")]
/// Options to create a new thread. If no thread is provided when running a
/// request, an empty thread will be created.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateThreadRequest {
    /// A list of [messages](https://platform.openai.com/docs/api-reference/messages) to start the thread with.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<CreateMessageRequest>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_resources: Option<CreateThreadRequestToolResources>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for CreateThreadRequest {
    const NAME: &'static str = "CreateThreadRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut messages: Option<Vec<CreateMessageRequest>> = None;
        let mut tool_resources: Option<CreateThreadRequestToolResources> = None;
        let mut metadata: Option<Metadata> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "messages" => 0,
                    "tool_resources" => 1,
                    "metadata" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut messages),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut tool_resources),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            messages,
            tool_resources,
            metadata,
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for CreateThreadRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl CreateThreadRequest {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            messages: None,
            tool_resources: None,
            metadata: None,
        }
    }
    /// Sets `messages`.
    pub fn messages(mut self, value: impl Into<Vec<CreateMessageRequest>>) -> Self {
        self.messages = Some(value.into());
        self
    }
    /// Sets `tool_resources`.
    pub fn tool_resources(
        mut self,
        value: impl Into<CreateThreadRequestToolResources>,
    ) -> Self {
        self.tool_resources = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
/// A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateThreadRequestToolResources {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code_interpreter: Option<ThreadObjectToolResourcesCodeInterpreter>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_search: Option<CreateThreadRequestToolResourcesFileSearch>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for CreateThreadRequestToolResources {
    const NAME: &'static str = "CreateThreadRequestToolResources";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut code_interpreter: Option<ThreadObjectToolResourcesCodeInterpreter> = None;
        let mut file_search: Option<CreateThreadRequestToolResourcesFileSearch> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "code_interpreter" => 0,
                    "file_search" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut code_interpreter),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut file_search),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            code_interpreter,
            file_search,
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for CreateThreadRequestToolResources {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl CreateThreadRequestToolResources {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            code_interpreter: None,
            file_search: None,
        }
    }
    /// Sets `code_interpreter`.
    pub fn code_interpreter(
        mut self,
        value: impl Into<ThreadObjectToolResourcesCodeInterpreter>,
    ) -> Self {
        self.code_interpreter = Some(value.into());
        self
    }
    /// Sets `file_search`.
    pub fn file_search(
        mut self,
        value: impl Into<CreateThreadRequestToolResourcesFileSearch>,
    ) -> Self {
        self.file_search = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateThreadRequestToolResourcesFileSearch {
    /// The [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) attached to this thread. There can be a maximum of 1 vector store attached to the thread.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vector_store_ids: Option<Vec<String>>,
    /// A helper to create a [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) with file_ids and attach it to this thread. There can be a maximum of 1 vector store attached to the thread.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vector_stores: Option<
        Vec<CreateThreadRequestToolResourcesFileSearchVectorStore>,
    >,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for CreateThreadRequestToolResourcesFileSearch {
    const NAME: &'static str = "CreateThreadRequestToolResourcesFileSearch";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut vector_store_ids: Option<Vec<String>> = None;
        let mut vector_stores: Option<
            Vec<CreateThreadRequestToolResourcesFileSearchVectorStore>,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "vector_store_ids" => 0,
                    "vector_stores" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut vector_store_ids),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut vector_stores),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            vector_store_ids,
            vector_stores,
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for CreateThreadRequestToolResourcesFileSearch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl CreateThreadRequestToolResourcesFileSearch {
    /// A value with `vector_store_ids` set: the API needs `vector_store_ids` or `vector_stores`.
    #[inline]
    pub fn with_vector_store_ids(vector_store_ids: impl Into<Vec<String>>) -> Self {
        Self {
            vector_store_ids: None,
            vector_stores: None,
        }
            .vector_store_ids(vector_store_ids)
    }
    /// A value with `vector_stores` set: the API needs `vector_store_ids` or `vector_stores`.
    #[inline]
    pub fn with_vector_stores(
        vector_stores: impl Into<
            Vec<CreateThreadRequestToolResourcesFileSearchVectorStore>,
        >,
    ) -> Self {
        Self {
            vector_store_ids: None,
            vector_stores: None,
        }
            .vector_stores(vector_stores)
    }
    /// Sets `vector_store_ids`.
    pub fn vector_store_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.vector_store_ids = Some(value.into());
        self
    }
    /// Sets `vector_stores`.
    pub fn vector_stores(
        mut self,
        value: impl Into<Vec<CreateThreadRequestToolResourcesFileSearchVectorStore>>,
    ) -> Self {
        self.vector_stores = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
/// The ID of the [Model](https://platform.openai.com/docs/api-reference/models) to be used to execute this run. If a value is provided here, it will override the model associated with the assistant. If not, the model associated with the assistant will be used.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreateThreadAndRunRequestModel {
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
#[cfg(feature = "threads")]
impl CreateThreadAndRunRequestModel {
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
#[cfg(feature = "threads")]
impl From<&str> for CreateThreadAndRunRequestModel {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "threads")]
impl From<String> for CreateThreadAndRunRequestModel {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for CreateThreadAndRunRequestModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for CreateThreadAndRunRequestModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for CreateThreadAndRunRequestModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "threads")]
impl Default for CreateThreadAndRunRequestModel {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "threads")]
/// A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateThreadAndRunRequestToolResources {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code_interpreter: Option<ThreadObjectToolResourcesCodeInterpreter>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_search: Option<AssistantObjectToolResourcesFileSearch>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for CreateThreadAndRunRequestToolResources {
    const NAME: &'static str = "CreateThreadAndRunRequestToolResources";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut code_interpreter: Option<ThreadObjectToolResourcesCodeInterpreter> = None;
        let mut file_search: Option<AssistantObjectToolResourcesFileSearch> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "code_interpreter" => 0,
                    "file_search" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut code_interpreter),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut file_search),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            code_interpreter,
            file_search,
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for CreateThreadAndRunRequestToolResources {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl CreateThreadAndRunRequestToolResources {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            code_interpreter: None,
            file_search: None,
        }
    }
    /// Sets `code_interpreter`.
    pub fn code_interpreter(
        mut self,
        value: impl Into<ThreadObjectToolResourcesCodeInterpreter>,
    ) -> Self {
        self.code_interpreter = Some(value.into());
        self
    }
    /// Sets `file_search`.
    pub fn file_search(
        mut self,
        value: impl Into<AssistantObjectToolResourcesFileSearch>,
    ) -> Self {
        self.file_search = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct DeleteMessageResponse {
    pub id: String,
    pub deleted: bool,
    pub object: ThreadMessageDeletedLiteral,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for DeleteMessageResponse {
    const NAME: &'static str = "DeleteMessageResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut deleted: Option<bool> = None;
        let mut object: Option<ThreadMessageDeletedLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "deleted" => 1,
                    "object" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut deleted),
                2 => sdk_runtime_types::de::value(&mut map, &mut object),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            deleted: deleted.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for DeleteMessageResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl DeleteMessageResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>, deleted: impl Into<bool>) -> Self {
        Self {
            id: id.into(),
            deleted: deleted.into(),
            object: Default::default(),
        }
    }
}
#[cfg(feature = "threads")]
/// The constant `thread.message.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadMessageDeletedLiteral {
    /// `thread.message.deleted`
    #[default]
    ThreadMessageDeleted,
}
#[cfg(feature = "threads")]
impl ThreadMessageDeletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.message.deleted"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadMessageDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadMessageDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.message.deleted")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadMessageDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.message.deleted")
            .map(|()| Self::ThreadMessageDeleted)
    }
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct DeleteThreadResponse {
    pub id: String,
    pub deleted: bool,
    pub object: ThreadDeletedLiteral,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for DeleteThreadResponse {
    const NAME: &'static str = "DeleteThreadResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut deleted: Option<bool> = None;
        let mut object: Option<ThreadDeletedLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "deleted" => 1,
                    "object" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut deleted),
                2 => sdk_runtime_types::de::value(&mut map, &mut object),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            deleted: deleted.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for DeleteThreadResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl DeleteThreadResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>, deleted: impl Into<bool>) -> Self {
        Self {
            id: id.into(),
            deleted: deleted.into(),
            object: Default::default(),
        }
    }
}
#[cfg(feature = "threads")]
/// The constant `thread.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThreadDeletedLiteral {
    /// `thread.deleted`
    #[default]
    ThreadDeleted,
}
#[cfg(feature = "threads")]
impl ThreadDeletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "thread.deleted"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for ThreadDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for ThreadDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("thread.deleted")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ThreadDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "thread.deleted")
            .map(|()| Self::ThreadDeleted)
    }
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ListMessagesResponse {
    pub object: String,
    pub data: Vec<MessageObject>,
    pub first_id: String,
    pub last_id: String,
    pub has_more: bool,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for ListMessagesResponse {
    const NAME: &'static str = "ListMessagesResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<String> = None;
        let mut data: Option<Vec<MessageObject>> = None;
        let mut first_id: Option<String> = None;
        let mut last_id: Option<String> = None;
        let mut has_more: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "data" => 1,
                    "first_id" => 2,
                    "last_id" => 3,
                    "has_more" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                2 => sdk_runtime_types::de::value(&mut map, &mut first_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut last_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: object.unwrap_or_default(),
            data: data.unwrap_or_default(),
            first_id: first_id.unwrap_or_default(),
            last_id: last_id.unwrap_or_default(),
            has_more: has_more.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ListMessagesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl ListMessagesResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        object: impl Into<String>,
        data: impl Into<Vec<MessageObject>>,
        first_id: impl Into<String>,
        last_id: impl Into<String>,
        has_more: impl Into<bool>,
    ) -> Self {
        Self {
            object: object.into(),
            data: data.into(),
            first_id: first_id.into(),
            last_id: last_id.into(),
            has_more: has_more.into(),
        }
    }
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::pagination::Page for ListMessagesResponse {
    type Item = MessageObject;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        Some(self.last_id.clone()).filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ListRunStepsResponse {
    pub object: String,
    pub data: Vec<RunStep>,
    pub first_id: String,
    pub last_id: String,
    pub has_more: bool,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for ListRunStepsResponse {
    const NAME: &'static str = "ListRunStepsResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<String> = None;
        let mut data: Option<Vec<RunStep>> = None;
        let mut first_id: Option<String> = None;
        let mut last_id: Option<String> = None;
        let mut has_more: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "data" => 1,
                    "first_id" => 2,
                    "last_id" => 3,
                    "has_more" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                2 => sdk_runtime_types::de::value(&mut map, &mut first_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut last_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: object.unwrap_or_default(),
            data: data.unwrap_or_default(),
            first_id: first_id.unwrap_or_default(),
            last_id: last_id.unwrap_or_default(),
            has_more: has_more.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ListRunStepsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl ListRunStepsResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        object: impl Into<String>,
        data: impl Into<Vec<RunStep>>,
        first_id: impl Into<String>,
        last_id: impl Into<String>,
        has_more: impl Into<bool>,
    ) -> Self {
        Self {
            object: object.into(),
            data: data.into(),
            first_id: first_id.into(),
            last_id: last_id.into(),
            has_more: has_more.into(),
        }
    }
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::pagination::Page for ListRunStepsResponse {
    type Item = RunStep;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        Some(self.last_id.clone()).filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ListRunsResponse {
    pub object: String,
    pub data: Vec<Run>,
    pub first_id: String,
    pub last_id: String,
    pub has_more: bool,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for ListRunsResponse {
    const NAME: &'static str = "ListRunsResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<String> = None;
        let mut data: Option<Vec<Run>> = None;
        let mut first_id: Option<String> = None;
        let mut last_id: Option<String> = None;
        let mut has_more: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "data" => 1,
                    "first_id" => 2,
                    "last_id" => 3,
                    "has_more" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                2 => sdk_runtime_types::de::value(&mut map, &mut first_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut last_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: object.unwrap_or_default(),
            data: data.unwrap_or_default(),
            first_id: first_id.unwrap_or_default(),
            last_id: last_id.unwrap_or_default(),
            has_more: has_more.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ListRunsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl ListRunsResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        object: impl Into<String>,
        data: impl Into<Vec<Run>>,
        first_id: impl Into<String>,
        last_id: impl Into<String>,
        has_more: impl Into<bool>,
    ) -> Self {
        Self {
            object: object.into(),
            data: data.into(),
            first_id: first_id.into(),
            last_id: last_id.into(),
            has_more: has_more.into(),
        }
    }
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::pagination::Page for ListRunsResponse {
    type Item = Run;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        Some(self.last_id.clone()).filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ModifyThreadRequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_resources: Option<ThreadObjectToolResources>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for ModifyThreadRequest {
    const NAME: &'static str = "ModifyThreadRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut tool_resources: Option<ThreadObjectToolResources> = None;
        let mut metadata: Option<Metadata> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "tool_resources" => 0,
                    "metadata" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut tool_resources),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { tool_resources, metadata })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ModifyThreadRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl ModifyThreadRequest {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            tool_resources: None,
            metadata: None,
        }
    }
    /// Sets `tool_resources`.
    pub fn tool_resources(
        mut self,
        value: impl Into<ThreadObjectToolResources>,
    ) -> Self {
        self.tool_resources = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<Metadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct SubmitToolOutputsRunRequest {
    /// A list of tools for which the outputs are being submitted.
    pub tool_outputs: Vec<SubmitToolOutputsRunRequestToolOutput>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for SubmitToolOutputsRunRequest {
    const NAME: &'static str = "SubmitToolOutputsRunRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut tool_outputs: Option<Vec<SubmitToolOutputsRunRequestToolOutput>> = None;
        let mut stream: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "tool_outputs" => 0,
                    "stream" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut tool_outputs),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut stream),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            tool_outputs: tool_outputs.unwrap_or_default(),
            stream,
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for SubmitToolOutputsRunRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl SubmitToolOutputsRunRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        tool_outputs: impl Into<Vec<SubmitToolOutputsRunRequestToolOutput>>,
    ) -> Self {
        Self {
            tool_outputs: tool_outputs.into(),
            stream: None,
        }
    }
    /// Sets `stream`.
    pub fn stream(mut self, value: impl Into<bool>) -> Self {
        self.stream = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct SubmitToolOutputsRunRequestToolOutput {
    /// The ID of the tool call in the `required_action` object within the run object the output is being submitted for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_call_id: Option<String>,
    /// The output of the tool call to be submitted to continue the run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for SubmitToolOutputsRunRequestToolOutput {
    const NAME: &'static str = "SubmitToolOutputsRunRequestToolOutput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut tool_call_id: Option<String> = None;
        let mut output: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "tool_call_id" => 0,
                    "output" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut tool_call_id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut output),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { tool_call_id, output })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for SubmitToolOutputsRunRequestToolOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl SubmitToolOutputsRunRequestToolOutput {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            tool_call_id: None,
            output: None,
        }
    }
    /// Sets `tool_call_id`.
    pub fn tool_call_id(mut self, value: impl Into<String>) -> Self {
        self.tool_call_id = Some(value.into());
        self
    }
    /// Sets `output`.
    pub fn output(mut self, value: impl Into<String>) -> Self {
        self.output = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
/// Query and header parameters of `listMessages`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListMessagesParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListAssistantsOrder>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    /// Filter messages by the run ID that generated them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub run_id: Option<String>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for ListMessagesParams {
    const NAME: &'static str = "ListMessagesParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut order: Option<ListAssistantsOrder> = None;
        let mut after: Option<String> = None;
        let mut before: Option<String> = None;
        let mut run_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "order" => 1,
                    "after" => 2,
                    "before" => 3,
                    "run_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut before),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut run_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            limit,
            order,
            after,
            before,
            run_id,
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ListMessagesParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl ListMessagesParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            limit: None,
            order: None,
            after: None,
            before: None,
            run_id: None,
        }
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<ListAssistantsOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `before`.
    pub fn before(mut self, value: impl Into<String>) -> Self {
        self.before = Some(value.into());
        self
    }
    /// Sets `run_id`.
    pub fn run_id(mut self, value: impl Into<String>) -> Self {
        self.run_id = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
/// Query and header parameters of `listRuns`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListRunsParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListAssistantsOrder>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for ListRunsParams {
    const NAME: &'static str = "ListRunsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut order: Option<ListAssistantsOrder> = None;
        let mut after: Option<String> = None;
        let mut before: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "order" => 1,
                    "after" => 2,
                    "before" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut before),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            limit,
            order,
            after,
            before,
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ListRunsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl ListRunsParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            limit: None,
            order: None,
            after: None,
            before: None,
        }
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<ListAssistantsOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `before`.
    pub fn before(mut self, value: impl Into<String>) -> Self {
        self.before = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
/// The constant `step_details.tool_calls[*].file_search.results[*].content`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum StepDetailsToolCallsFileSearchResultsContentLiteral {
    /// `step_details.tool_calls[*].file_search.results[*].content`
    #[default]
    StepDetailsToolCallsFileSearchResultsContent,
}
#[cfg(feature = "threads")]
impl StepDetailsToolCallsFileSearchResultsContentLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "step_details.tool_calls[*].file_search.results[*].content"
    }
}
#[cfg(feature = "threads")]
impl std::fmt::Display for StepDetailsToolCallsFileSearchResultsContentLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "threads")]
impl Serialize for StepDetailsToolCallsFileSearchResultsContentLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .serialize_str("step_details.tool_calls[*].file_search.results[*].content")
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for StepDetailsToolCallsFileSearchResultsContentLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "step_details.tool_calls[*].file_search.results[*].content",
            )
            .map(|()| Self::StepDetailsToolCallsFileSearchResultsContent)
    }
}
#[cfg(feature = "threads")]
/// Query and header parameters of `createRun`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateRunParams {
    /// A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.
    ///
    /// See the [file search tool documentation](https://platform.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
    #[serde(rename = "include[]", skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<StepDetailsToolCallsFileSearchResultsContentLiteral>>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for CreateRunParams {
    const NAME: &'static str = "CreateRunParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut include: Option<
            Vec<StepDetailsToolCallsFileSearchResultsContentLiteral>,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "include[]" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut include),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { include })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for CreateRunParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl CreateRunParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { include: None }
    }
    /// Sets `include[]`.
    pub fn include(
        mut self,
        value: impl Into<Vec<StepDetailsToolCallsFileSearchResultsContentLiteral>>,
    ) -> Self {
        self.include = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
/// Query and header parameters of `listRunSteps`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListRunStepsParams {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<ListAssistantsOrder>,
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    /// A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.
    ///
    /// See the [file search tool documentation](https://platform.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
    #[serde(rename = "include[]", skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<StepDetailsToolCallsFileSearchResultsContentLiteral>>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for ListRunStepsParams {
    const NAME: &'static str = "ListRunStepsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut order: Option<ListAssistantsOrder> = None;
        let mut after: Option<String> = None;
        let mut before: Option<String> = None;
        let mut include: Option<
            Vec<StepDetailsToolCallsFileSearchResultsContentLiteral>,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "order" => 1,
                    "after" => 2,
                    "before" => 3,
                    "include[]" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut before),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut include),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            limit,
            order,
            after,
            before,
            include,
        })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for ListRunStepsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl ListRunStepsParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            limit: None,
            order: None,
            after: None,
            before: None,
            include: None,
        }
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<ListAssistantsOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `before`.
    pub fn before(mut self, value: impl Into<String>) -> Self {
        self.before = Some(value.into());
        self
    }
    /// Sets `include[]`.
    pub fn include(
        mut self,
        value: impl Into<Vec<StepDetailsToolCallsFileSearchResultsContentLiteral>>,
    ) -> Self {
        self.include = Some(value.into());
        self
    }
}
#[cfg(feature = "threads")]
/// Query and header parameters of `getRunStep`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct GetRunStepParams {
    /// A list of additional fields to include in the response. Currently the only supported value is `step_details.tool_calls[*].file_search.results[*].content` to fetch the file search result content.
    ///
    /// See the [file search tool documentation](https://platform.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
    #[serde(rename = "include[]", skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<StepDetailsToolCallsFileSearchResultsContentLiteral>>,
}
#[cfg(feature = "threads")]
impl sdk_runtime_types::de::Object for GetRunStepParams {
    const NAME: &'static str = "GetRunStepParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut include: Option<
            Vec<StepDetailsToolCallsFileSearchResultsContentLiteral>,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "include[]" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut include),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { include })
    }
}
#[cfg(feature = "threads")]
impl<'de> Deserialize<'de> for GetRunStepParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "threads")]
impl GetRunStepParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { include: None }
    }
    /// Sets `include[]`.
    pub fn include(
        mut self,
        value: impl Into<Vec<StepDetailsToolCallsFileSearchResultsContentLiteral>>,
    ) -> Self {
        self.include = Some(value.into());
        self
    }
}
