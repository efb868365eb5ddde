//! Free-standing schemas (feature `extra-types`).
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
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
pub type ModerationInputType = SearchContentType;
/// Output types that you would like the model to generate for this request.
/// Most models are capable of generating text, which is the default:
///
/// `["text"]`
///
/// The `gpt-4o-audio-preview` model can also be used to [generate audio](https://platform.openai.com/docs/guides/audio). To
/// request that this model generate both text and audio responses, you can
/// use:
///
/// `["text", "audio"]`
pub type ChatCompletionModalities = Vec<ChatCompletionModality>;
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
    pub files: Vec<CodeInterpreterFileOutputFile>,
}
impl sdk_runtime_types::de::Object for CodeInterpreterFileOutput {
    const NAME: &'static str = "CodeInterpreterFileOutput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<FilesLiteral> = None;
        let mut files: Option<Vec<CodeInterpreterFileOutputFile>> = None;
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
    pub fn new(files: impl Into<Vec<CodeInterpreterFileOutputFile>>) -> Self {
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
pub struct CodeInterpreterFileOutputFile {
    /// The MIME type of the file.
    pub mime_type: String,
    /// The ID of the file.
    pub file_id: String,
}
impl sdk_runtime_types::de::Object for CodeInterpreterFileOutputFile {
    const NAME: &'static str = "CodeInterpreterFileOutputFile";
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
impl<'de> Deserialize<'de> for CodeInterpreterFileOutputFile {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CodeInterpreterFileOutputFile {
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
/// An x/y coordinate pair, e.g. `{ x: 100, y: 200 }`.
pub type CoordParam = DragPoint;
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
/// Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
pub type PromptCacheBreakpointConfig = PromptCacheBreakpointParam;
pub type ImageDetail = DetailEnum;
pub type FileInputDetail = FileDetailEnum;
pub type FunctionCallStatus = MessageStatus;
pub type FunctionAndCustomToolCallOutput = InputContent;
pub type FunctionCallOutputStatusEnum = MessageStatus;
pub type FunctionShellCallStatus = MessageStatus;
pub type FunctionShellCallOutputStatusEnum = MessageStatus;
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
pub type ModelIdsResponses = ModelIds;
pub type FunctionCallItemStatus = MessageStatus;
/// Indicates that the shell call exceeded its configured time limit.
pub type FunctionShellCallOutputTimeoutOutcomeParam = FunctionShellCallOutputTimeoutOutcome;
pub type ProgramOutputItemStatus = ProgramOutputStatus;
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
    pub function_call: Option<ChatCompletionResponseMessageFunctionCall>,
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
        let mut function_call: Option<ChatCompletionResponseMessageFunctionCall> = None;
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
        value: impl Into<ChatCompletionResponseMessageFunctionCall>,
    ) -> Self {
        self.function_call = Some(value.into());
        self
    }
}
/// A log probability object.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
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
pub type ModifyMessageRequest = ModifyRunRequest;
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
    pub type_: GrammarLiteral,
    /// The custom grammar for the model to follow.
    pub grammar: String,
}
impl sdk_runtime_types::de::Object for ResponseFormatTextGrammar {
    const NAME: &'static str = "ResponseFormatTextGrammar";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<GrammarLiteral> = None;
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
    pub model: Option<ModelIds>,
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
        let mut model: Option<ModelIds> = None;
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
    pub fn model(mut self, value: impl Into<ModelIds>) -> Self {
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
#[non_exhaustive]
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
#[non_exhaustive]
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
/// Parameters for the hard spend limit you want to create or replace.
pub type UpdateOrganizationSpendLimitBody = UpdateProjectSpendLimitBody;
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
pub type ClientToolCallStatus = ApplyPatchCallStatus;
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
