//! Types of the `conversations` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A tool call to run code.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CodeInterpreterToolCall {
    /// The type of the code interpreter tool call. Always `code_interpreter_call`.
    #[serde(rename = "type")]
    pub type_: CodeInterpreterCallLiteral,
    /// The unique ID of the code interpreter tool call.
    pub id: String,
    /// The status of the code interpreter tool call. Valid values are `in_progress`, `completed`, `incomplete`, `interpreting`, and `failed`.
    pub status: CodeInterpreterToolCallStatus,
    /// The ID of the container used to run the code.
    pub container_id: String,
    pub code: Option<String>,
    pub outputs: Option<Vec<CodeInterpreterToolCallOutput>>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for CodeInterpreterToolCall {
    const NAME: &'static str = "CodeInterpreterToolCall";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<CodeInterpreterCallLiteral> = None;
        let mut id: Option<String> = None;
        let mut status: Option<CodeInterpreterToolCallStatus> = None;
        let mut container_id: Option<String> = None;
        let mut code: Option<String> = None;
        let mut outputs: Option<Vec<CodeInterpreterToolCallOutput>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "status" => 2,
                    "container_id" => 3,
                    "code" => 4,
                    "outputs" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut status),
                3 => sdk_runtime_types::de::value(&mut map, &mut container_id),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut code),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut outputs),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            container_id: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(container_id, "container_id")?,
            code,
            outputs,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for CodeInterpreterToolCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl CodeInterpreterToolCall {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        status: impl Into<CodeInterpreterToolCallStatus>,
        container_id: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            status: status.into(),
            container_id: container_id.into(),
            code: None,
            outputs: None,
        }
    }
    /// Sets `code`.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets `outputs`.
    pub fn outputs(
        mut self,
        value: impl Into<Vec<CodeInterpreterToolCallOutput>>,
    ) -> Self {
        self.outputs = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Flattened batched actions for `computer_use`. Each action includes an
/// `type` discriminator and action-specific fields.
pub type ComputerActionList = Vec<ComputerAction>;
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A tool call to a computer use tool. See the
/// [computer use guide](https://platform.openai.com/docs/guides/tools-computer-use) for more information.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ComputerToolCall {
    /// The type of the computer call. Always `computer_call`.
    #[serde(rename = "type")]
    pub type_: ComputerCallLiteral,
    /// The unique ID of the computer call.
    pub id: String,
    /// An identifier used when responding to the tool call with output.
    pub call_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<ComputerAction>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actions: Option<ComputerActionList>,
    /// The pending safety checks for the computer call.
    pub pending_safety_checks: Vec<ComputerCallSafetyCheckParam>,
    /// The status of the item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    pub status: ComputerToolCallStatus,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ComputerToolCall {
    const NAME: &'static str = "ComputerToolCall";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ComputerCallLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut action: Option<ComputerAction> = None;
        let mut actions: Option<ComputerActionList> = None;
        let mut pending_safety_checks: Option<Vec<ComputerCallSafetyCheckParam>> = None;
        let mut status: Option<ComputerToolCallStatus> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "action" => 3,
                    "actions" => 4,
                    "pending_safety_checks" => 5,
                    "status" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut action),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut actions),
                5 => sdk_runtime_types::de::value(&mut map, &mut pending_safety_checks),
                6 => sdk_runtime_types::de::value(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            action,
            actions,
            pending_safety_checks: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(pending_safety_checks, "pending_safety_checks")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ComputerToolCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ComputerToolCall {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        pending_safety_checks: impl Into<Vec<ComputerCallSafetyCheckParam>>,
        status: impl Into<ComputerToolCallStatus>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            call_id: call_id.into(),
            action: None,
            actions: None,
            pending_safety_checks: pending_safety_checks.into(),
            status: status.into(),
        }
    }
    /// Sets `action`.
    pub fn action(mut self, value: impl Into<ComputerAction>) -> Self {
        self.action = Some(value.into());
        self
    }
    /// Sets `actions`.
    pub fn actions(mut self, value: impl Into<ComputerActionList>) -> Self {
        self.actions = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ComputerToolCallOutputResource {
    /// The type of the computer tool call output. Always `computer_call_output`.
    #[serde(rename = "type")]
    pub type_: ComputerCallOutputLiteral,
    /// The unique ID of the computer call tool output.
    pub id: String,
    /// The ID of the computer tool call that produced the output.
    pub call_id: String,
    /// The safety checks reported by the API that have been acknowledged by the
    /// developer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acknowledged_safety_checks: Option<Vec<ComputerCallSafetyCheckParam>>,
    pub output: ComputerScreenshotImage,
    /// The status of the message input. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when input items are returned via API.
    pub status: ComputerCallOutputStatus,
    /// The identifier of the actor that created the item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ComputerToolCallOutputResource {
    const NAME: &'static str = "ComputerToolCallOutputResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ComputerCallOutputLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut acknowledged_safety_checks: Option<Vec<ComputerCallSafetyCheckParam>> = None;
        let mut output: Option<ComputerScreenshotImage> = None;
        let mut status: Option<ComputerCallOutputStatus> = None;
        let mut created_by: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "acknowledged_safety_checks" => 3,
                    "output" => 4,
                    "status" => 5,
                    "created_by" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut acknowledged_safety_checks,
                    )
                }
                4 => sdk_runtime_types::de::value(&mut map, &mut output),
                5 => sdk_runtime_types::de::value(&mut map, &mut status),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut created_by),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            acknowledged_safety_checks,
            output: sdk_runtime_types::de::required::<_, A::Error>(output, "output")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            created_by,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ComputerToolCallOutputResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ComputerToolCallOutputResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        output: impl Into<ComputerScreenshotImage>,
        status: impl Into<ComputerCallOutputStatus>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            call_id: call_id.into(),
            acknowledged_safety_checks: None,
            output: output.into(),
            status: status.into(),
            created_by: None,
        }
    }
    /// Sets `acknowledged_safety_checks`.
    pub fn acknowledged_safety_checks(
        mut self,
        value: impl Into<Vec<ComputerCallSafetyCheckParam>>,
    ) -> Self {
        self.acknowledged_safety_checks = Some(value.into());
        self
    }
    /// Sets `created_by`.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "responses"))]
/// A message to or from the model.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct Message {
    /// The type of the message. Always set to `message`.
    #[serde(rename = "type")]
    pub type_: MessageLiteral,
    /// The unique ID of the message.
    pub id: String,
    /// The status of item. One of `in_progress`, `completed`, or `incomplete`. Populated when items are returned via API.
    pub status: MessageStatus,
    /// The role of the message. One of `unknown`, `user`, `assistant`, `system`, `critic`, `discriminator`, `developer`, or `tool`.
    pub role: MessageRole,
    /// The content of the message
    pub content: Vec<MessageContentItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phase: Option<MessagePhase2>,
}
#[cfg(any(feature = "conversations", feature = "responses"))]
impl sdk_runtime_types::de::Object for Message {
    const NAME: &'static str = "Message";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<MessageLiteral> = None;
        let mut id: Option<String> = None;
        let mut status: Option<MessageStatus> = None;
        let mut role: Option<MessageRole> = None;
        let mut content: Option<Vec<MessageContentItem>> = None;
        let mut phase: Option<MessagePhase2> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "status" => 2,
                    "role" => 3,
                    "content" => 4,
                    "phase" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut status),
                3 => sdk_runtime_types::de::value(&mut map, &mut role),
                4 => sdk_runtime_types::de::value(&mut map, &mut content),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut phase),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: id.unwrap_or_default(),
            status: status.unwrap_or_default(),
            role: role.unwrap_or_default(),
            content: content.unwrap_or_default(),
            phase,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "responses"))]
impl<'de> Deserialize<'de> for Message {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "responses"))]
impl Message {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        status: impl Into<MessageStatus>,
        role: impl Into<MessageRole>,
        content: impl Into<Vec<MessageContentItem>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            status: status.into(),
            role: role.into(),
            content: content.into(),
            phase: None,
        }
    }
    /// Sets `phase`.
    pub fn phase(mut self, value: impl Into<MessagePhase2>) -> Self {
        self.phase = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "responses"))]
/// A content part that makes up an input or output item.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageContentItem {
    /// `input_text`
    InputText(InputTextContent),
    /// `output_text`
    OutputText(OutputTextContent),
    /// `text`
    Text(TextContent),
    /// `summary_text`
    SummaryText(SummaryTextContent),
    /// `reasoning_text`
    ReasoningText(ReasoningTextContent),
    /// `refusal`
    Refusal(RefusalContent),
    /// `input_image`
    InputImage(InputImageContent),
    /// `computer_screenshot`
    ComputerScreenshot(ComputerScreenshotContent),
    /// `input_file`
    InputFile(InputFileContent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "conversations", feature = "responses"))]
impl Serialize for MessageContentItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::InputText(value) => value.serialize(serializer),
            Self::OutputText(value) => value.serialize(serializer),
            Self::Text(value) => value.serialize(serializer),
            Self::SummaryText(value) => value.serialize(serializer),
            Self::ReasoningText(value) => value.serialize(serializer),
            Self::Refusal(value) => value.serialize(serializer),
            Self::InputImage(value) => value.serialize(serializer),
            Self::ComputerScreenshot(value) => value.serialize(serializer),
            Self::InputFile(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "responses"))]
impl sdk_runtime_types::de::TaggedUnion for MessageContentItem {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "input_text" => Deserialize::deserialize(content).map(Self::InputText),
                "output_text" => Deserialize::deserialize(content).map(Self::OutputText),
                "text" => Deserialize::deserialize(content).map(Self::Text),
                "summary_text" => {
                    Deserialize::deserialize(content).map(Self::SummaryText)
                }
                "reasoning_text" => {
                    Deserialize::deserialize(content).map(Self::ReasoningText)
                }
                "refusal" => Deserialize::deserialize(content).map(Self::Refusal),
                "input_image" => Deserialize::deserialize(content).map(Self::InputImage),
                "computer_screenshot" => {
                    Deserialize::deserialize(content).map(Self::ComputerScreenshot)
                }
                "input_file" => Deserialize::deserialize(content).map(Self::InputFile),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(any(feature = "conversations", feature = "responses"))]
impl<'de> Deserialize<'de> for MessageContentItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<InputTextContent> for MessageContentItem {
    fn from(value: InputTextContent) -> Self {
        Self::InputText(value)
    }
}
#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<OutputTextContent> for MessageContentItem {
    fn from(value: OutputTextContent) -> Self {
        Self::OutputText(value)
    }
}
#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<TextContent> for MessageContentItem {
    fn from(value: TextContent) -> Self {
        Self::Text(value)
    }
}
#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<SummaryTextContent> for MessageContentItem {
    fn from(value: SummaryTextContent) -> Self {
        Self::SummaryText(value)
    }
}
#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<ReasoningTextContent> for MessageContentItem {
    fn from(value: ReasoningTextContent) -> Self {
        Self::ReasoningText(value)
    }
}
#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<RefusalContent> for MessageContentItem {
    fn from(value: RefusalContent) -> Self {
        Self::Refusal(value)
    }
}
#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<InputImageContent> for MessageContentItem {
    fn from(value: InputImageContent) -> Self {
        Self::InputImage(value)
    }
}
#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<ComputerScreenshotContent> for MessageContentItem {
    fn from(value: ComputerScreenshotContent) -> Self {
        Self::ComputerScreenshot(value)
    }
}
#[cfg(any(feature = "conversations", feature = "responses"))]
impl From<InputFileContent> for MessageContentItem {
    fn from(value: InputFileContent) -> Self {
        Self::InputFile(value)
    }
}
#[cfg(any(feature = "conversations", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FunctionToolCallResource {
    /// The unique ID of the function tool call.
    pub id: String,
    /// The type of the function tool call. Always `function_call`.
    #[serde(rename = "type")]
    pub type_: FunctionCallLiteral,
    /// The unique ID of the function tool call generated by the model.
    pub call_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<ToolCallCaller>,
    /// The namespace of the function to run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// The name of the function to run.
    pub name: String,
    /// A JSON string of the arguments to pass to the function.
    pub arguments: String,
    /// The status of the item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    pub status: MessageStatus,
    /// The identifier of the actor that created the item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "responses"))]
impl sdk_runtime_types::de::Object for FunctionToolCallResource {
    const NAME: &'static str = "FunctionToolCallResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<FunctionCallLiteral> = None;
        let mut call_id: Option<String> = None;
        let mut caller: Option<ToolCallCaller> = None;
        let mut namespace: Option<String> = None;
        let mut name: Option<String> = None;
        let mut arguments: Option<String> = None;
        let mut status: Option<MessageStatus> = None;
        let mut created_by: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "call_id" => 2,
                    "caller" => 3,
                    "namespace" => 4,
                    "name" => 5,
                    "arguments" => 6,
                    "status" => 7,
                    "created_by" => 8,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut namespace),
                5 => sdk_runtime_types::de::value(&mut map, &mut name),
                6 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                7 => sdk_runtime_types::de::value(&mut map, &mut status),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut created_by),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            caller,
            namespace,
            name: sdk_runtime_types::de::required::<_, A::Error>(name, "name")?,
            arguments: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(arguments, "arguments")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            created_by,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionToolCallResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "responses"))]
impl FunctionToolCallResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        name: impl Into<String>,
        arguments: impl Into<String>,
        status: impl Into<MessageStatus>,
    ) -> Self {
        Self {
            id: id.into(),
            type_: Default::default(),
            call_id: call_id.into(),
            caller: None,
            namespace: None,
            name: name.into(),
            arguments: arguments.into(),
            status: status.into(),
            created_by: None,
        }
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<ToolCallCaller>) -> Self {
        self.caller = Some(value.into());
        self
    }
    /// Sets `namespace`.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sets `created_by`.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct FunctionToolCallOutputResource {
    /// The unique ID of the function call tool output.
    pub id: String,
    /// The type of the function tool call output. Always `function_call_output`.
    #[serde(rename = "type")]
    pub type_: FunctionCallOutputLiteral,
    /// The unique ID of the function tool call generated by the model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_id: Option<String>,
    /// The name of the tool that produced the output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The namespace of the tool that produced the output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<ToolCallCallerParam>,
    /// The output from the function call generated by your code.
    /// Can be a string or an list of output content.
    pub output: FunctionToolCallOutputResourceOutput,
    /// The status of the item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    pub status: MessageStatus,
    /// The identifier of the actor that created the item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for FunctionToolCallOutputResource {
    const NAME: &'static str = "FunctionToolCallOutputResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<FunctionCallOutputLiteral> = None;
        let mut call_id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut namespace: Option<String> = None;
        let mut caller: Option<ToolCallCallerParam> = None;
        let mut output: Option<FunctionToolCallOutputResourceOutput> = None;
        let mut status: Option<MessageStatus> = None;
        let mut created_by: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "call_id" => 2,
                    "name" => 3,
                    "namespace" => 4,
                    "caller" => 5,
                    "output" => 6,
                    "status" => 7,
                    "created_by" => 8,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut namespace),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                6 => sdk_runtime_types::de::value(&mut map, &mut output),
                7 => sdk_runtime_types::de::value(&mut map, &mut status),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut created_by),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            call_id,
            name,
            namespace,
            caller,
            output: sdk_runtime_types::de::required::<_, A::Error>(output, "output")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            created_by,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionToolCallOutputResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FunctionToolCallOutputResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        output: impl Into<FunctionToolCallOutputResourceOutput>,
        status: impl Into<MessageStatus>,
    ) -> Self {
        Self {
            id: id.into(),
            type_: Default::default(),
            call_id: None,
            name: None,
            namespace: None,
            caller: None,
            output: output.into(),
            status: status.into(),
            created_by: None,
        }
    }
    /// Sets `call_id`.
    pub fn call_id(mut self, value: impl Into<String>) -> Self {
        self.call_id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `namespace`.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<ToolCallCallerParam>) -> Self {
        self.caller = Some(value.into());
        self
    }
    /// Sets `created_by`.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The results of a file search tool call. See the
/// [file search guide](https://platform.openai.com/docs/guides/tools-file-search) for more information.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FileSearchToolCall {
    /// The unique ID of the file search tool call.
    pub id: String,
    /// The type of the file search tool call. Always `file_search_call`.
    #[serde(rename = "type")]
    pub type_: FileSearchCallLiteral,
    /// The status of the file search tool call. One of `in_progress`,
    /// `searching`, `incomplete` or `failed`,
    pub status: FileSearchToolCallStatus,
    /// The queries used to search for files.
    pub queries: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<FileSearchToolCallResult>>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for FileSearchToolCall {
    const NAME: &'static str = "FileSearchToolCall";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<FileSearchCallLiteral> = None;
        let mut status: Option<FileSearchToolCallStatus> = None;
        let mut queries: Option<Vec<String>> = None;
        let mut results: Option<Vec<FileSearchToolCallResult>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "status" => 2,
                    "queries" => 3,
                    "results" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut status),
                3 => sdk_runtime_types::de::value(&mut map, &mut queries),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut results),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            queries: sdk_runtime_types::de::required::<_, A::Error>(queries, "queries")?,
            results,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FileSearchToolCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FileSearchToolCall {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        status: impl Into<FileSearchToolCallStatus>,
        queries: impl Into<Vec<String>>,
    ) -> Self {
        Self {
            id: id.into(),
            type_: Default::default(),
            status: status.into(),
            queries: queries.into(),
            results: None,
        }
    }
    /// Sets `results`.
    pub fn results(mut self, value: impl Into<Vec<FileSearchToolCallResult>>) -> Self {
        self.results = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FileSearchToolCallResult {
    /// The unique ID of the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// The text that was retrieved from the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The name of the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<VectorStoreFileAttributes>,
    /// The relevance score of the file - a value between 0 and 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f32>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for FileSearchToolCallResult {
    const NAME: &'static str = "FileSearchToolCallResult";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut file_id: Option<String> = None;
        let mut text: Option<String> = None;
        let mut filename: Option<String> = None;
        let mut attributes: Option<VectorStoreFileAttributes> = None;
        let mut score: Option<f32> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "file_id" => 0,
                    "text" => 1,
                    "filename" => 2,
                    "attributes" => 3,
                    "score" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut file_id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut text),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut filename),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut attributes),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut score),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            file_id,
            text,
            filename,
            attributes,
            score,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FileSearchToolCallResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FileSearchToolCallResult {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            file_id: None,
            text: None,
            filename: None,
            attributes: None,
            score: None,
        }
    }
    /// Sets `file_id`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
    /// Sets `filename`.
    pub fn filename(mut self, value: impl Into<String>) -> Self {
        self.filename = Some(value.into());
        self
    }
    /// Sets `attributes`.
    pub fn attributes(mut self, value: impl Into<VectorStoreFileAttributes>) -> Self {
        self.attributes = Some(value.into());
        self
    }
    /// Sets `score`.
    pub fn score(mut self, value: impl Into<f32>) -> Self {
        self.score = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The results of a web search tool call. See the
/// [web search guide](https://platform.openai.com/docs/guides/tools-web-search) for more information.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WebSearchToolCall {
    /// The unique ID of the web search tool call.
    pub id: String,
    /// The type of the web search tool call. Always `web_search_call`.
    #[serde(rename = "type")]
    pub type_: WebSearchCallLiteral,
    /// The status of the web search tool call.
    pub status: WebSearchToolCallStatus,
    /// An object describing the specific action taken in this web search call.
    /// Includes details on how the model used the web (search, open_page, find_in_page).
    pub action: WebSearchToolCallAction,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for WebSearchToolCall {
    const NAME: &'static str = "WebSearchToolCall";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<WebSearchCallLiteral> = None;
        let mut status: Option<WebSearchToolCallStatus> = None;
        let mut action: Option<WebSearchToolCallAction> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "status" => 2,
                    "action" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut status),
                3 => sdk_runtime_types::de::value(&mut map, &mut action),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            action: sdk_runtime_types::de::required::<_, A::Error>(action, "action")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for WebSearchToolCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl WebSearchToolCall {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        status: impl Into<WebSearchToolCallStatus>,
        action: impl Into<WebSearchToolCallAction>,
    ) -> Self {
        Self {
            id: id.into(),
            type_: Default::default(),
            status: status.into(),
            action: action.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// An image generation request made by the model.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ImageGenToolCall {
    /// The type of the image generation call. Always `image_generation_call`.
    #[serde(rename = "type")]
    pub type_: ImageGenerationCallLiteral,
    /// The unique ID of the image generation call.
    pub id: String,
    /// The status of the image generation call.
    pub status: ImageGenToolCallStatus,
    pub result: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ImageGenToolCall {
    const NAME: &'static str = "ImageGenToolCall";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ImageGenerationCallLiteral> = None;
        let mut id: Option<String> = None;
        let mut status: Option<ImageGenToolCallStatus> = None;
        let mut result: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "status" => 2,
                    "result" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut status),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut result),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            result,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ImageGenToolCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ImageGenToolCall {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        status: impl Into<ImageGenToolCallStatus>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            status: status.into(),
            result: None,
        }
    }
    /// Sets `result`.
    pub fn result(mut self, value: impl Into<String>) -> Self {
        self.result = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ToolSearchCall {
    /// The type of the item. Always `tool_search_call`.
    #[serde(rename = "type")]
    pub type_: ToolSearchCallLiteral,
    /// The unique ID of the tool search call item.
    pub id: String,
    pub call_id: Option<String>,
    /// Whether tool search was executed by the server or by the client.
    pub execution: ToolSearchExecutionType,
    /// Arguments used for the tool search call.
    pub arguments: serde_json::Value,
    /// The status of the tool search call item that was recorded.
    pub status: MessageStatus,
    /// The identifier of the actor that created the item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ToolSearchCall {
    const NAME: &'static str = "ToolSearchCall";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ToolSearchCallLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut execution: Option<ToolSearchExecutionType> = None;
        let mut arguments: Option<serde_json::Value> = None;
        let mut status: Option<MessageStatus> = None;
        let mut created_by: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "execution" => 3,
                    "arguments" => 4,
                    "status" => 5,
                    "created_by" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut execution),
                4 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                5 => sdk_runtime_types::de::value(&mut map, &mut status),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut created_by),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            call_id,
            execution: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(execution, "execution")?,
            arguments: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(arguments, "arguments")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            created_by,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ToolSearchCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ToolSearchCall {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        execution: impl Into<ToolSearchExecutionType>,
        arguments: impl Into<serde_json::Value>,
        status: impl Into<MessageStatus>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            call_id: None,
            execution: execution.into(),
            arguments: arguments.into(),
            status: status.into(),
            created_by: None,
        }
    }
    /// Sets `call_id`.
    pub fn call_id(mut self, value: impl Into<String>) -> Self {
        self.call_id = Some(value.into());
        self
    }
    /// Sets `created_by`.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ToolSearchOutput {
    /// The type of the item. Always `tool_search_output`.
    #[serde(rename = "type")]
    pub type_: ToolSearchOutputLiteral,
    /// The unique ID of the tool search output item.
    pub id: String,
    pub call_id: Option<String>,
    /// Whether tool search was executed by the server or by the client.
    pub execution: ToolSearchExecutionType,
    /// The loaded tool definitions returned by tool search.
    pub tools: Vec<Tool>,
    /// The status of the tool search output item that was recorded.
    pub status: MessageStatus,
    /// The identifier of the actor that created the item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ToolSearchOutput {
    const NAME: &'static str = "ToolSearchOutput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ToolSearchOutputLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut execution: Option<ToolSearchExecutionType> = None;
        let mut tools: Option<Vec<Tool>> = None;
        let mut status: Option<MessageStatus> = None;
        let mut created_by: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "execution" => 3,
                    "tools" => 4,
                    "status" => 5,
                    "created_by" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut execution),
                4 => sdk_runtime_types::de::value(&mut map, &mut tools),
                5 => sdk_runtime_types::de::value(&mut map, &mut status),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut created_by),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            call_id,
            execution: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(execution, "execution")?,
            tools: sdk_runtime_types::de::required::<_, A::Error>(tools, "tools")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            created_by,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ToolSearchOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ToolSearchOutput {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        execution: impl Into<ToolSearchExecutionType>,
        tools: impl Into<Vec<Tool>>,
        status: impl Into<MessageStatus>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            call_id: None,
            execution: execution.into(),
            tools: tools.into(),
            status: status.into(),
            created_by: None,
        }
    }
    /// Sets `call_id`.
    pub fn call_id(mut self, value: impl Into<String>) -> Self {
        self.call_id = Some(value.into());
        self
    }
    /// Sets `created_by`.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A tool that can be used to generate a response.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum Tool {
    /// `function`
    Function(FunctionTool),
    /// `file_search`
    FileSearch(FileSearchTool),
    /// `computer`
    Computer(ComputerTool),
    /// `computer_use_preview`
    ComputerUsePreview(ComputerUsePreviewTool),
    /// `web_search`, `web_search_2025_08_26`
    WebSearch(WebSearchTool),
    /// `mcp`
    Mcp(McpTool),
    /// `code_interpreter`
    CodeInterpreter(CodeInterpreterTool),
    /// `programmatic_tool_calling`
    ProgrammaticToolCalling(ProgrammaticToolCallingParam),
    /// `image_generation`
    ImageGeneration(ImageGenTool),
    /// `local_shell`
    LocalShell(LocalShellToolParam),
    /// `shell`
    Shell(FunctionShellToolParam),
    /// `custom`
    Custom(CustomToolParam),
    /// `namespace`
    Namespace(NamespaceToolParam),
    /// `tool_search`
    ToolSearch(ToolSearchToolParam),
    /// `web_search_preview`, `web_search_preview_2025_03_11`
    WebSearchPreview(WebSearchPreviewTool),
    /// `apply_patch`
    ApplyPatch(ApplyPatchToolParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Serialize for Tool {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Function(value) => value.serialize(serializer),
            Self::FileSearch(value) => value.serialize(serializer),
            Self::Computer(value) => value.serialize(serializer),
            Self::ComputerUsePreview(value) => value.serialize(serializer),
            Self::WebSearch(value) => value.serialize(serializer),
            Self::Mcp(value) => value.serialize(serializer),
            Self::CodeInterpreter(value) => value.serialize(serializer),
            Self::ProgrammaticToolCalling(value) => value.serialize(serializer),
            Self::ImageGeneration(value) => value.serialize(serializer),
            Self::LocalShell(value) => value.serialize(serializer),
            Self::Shell(value) => value.serialize(serializer),
            Self::Custom(value) => value.serialize(serializer),
            Self::Namespace(value) => value.serialize(serializer),
            Self::ToolSearch(value) => value.serialize(serializer),
            Self::WebSearchPreview(value) => value.serialize(serializer),
            Self::ApplyPatch(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::TaggedUnion for Tool {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "function" => Deserialize::deserialize(content).map(Self::Function),
                "file_search" => Deserialize::deserialize(content).map(Self::FileSearch),
                "computer" => Deserialize::deserialize(content).map(Self::Computer),
                "computer_use_preview" => {
                    Deserialize::deserialize(content).map(Self::ComputerUsePreview)
                }
                "web_search" | "web_search_2025_08_26" => {
                    Deserialize::deserialize(content).map(Self::WebSearch)
                }
                "mcp" => Deserialize::deserialize(content).map(Self::Mcp),
                "code_interpreter" => {
                    Deserialize::deserialize(content).map(Self::CodeInterpreter)
                }
                "programmatic_tool_calling" => {
                    Deserialize::deserialize(content).map(Self::ProgrammaticToolCalling)
                }
                "image_generation" => {
                    Deserialize::deserialize(content).map(Self::ImageGeneration)
                }
                "local_shell" => Deserialize::deserialize(content).map(Self::LocalShell),
                "shell" => Deserialize::deserialize(content).map(Self::Shell),
                "custom" => Deserialize::deserialize(content).map(Self::Custom),
                "namespace" => Deserialize::deserialize(content).map(Self::Namespace),
                "tool_search" => Deserialize::deserialize(content).map(Self::ToolSearch),
                "web_search_preview" | "web_search_preview_2025_03_11" => {
                    Deserialize::deserialize(content).map(Self::WebSearchPreview)
                }
                "apply_patch" => Deserialize::deserialize(content).map(Self::ApplyPatch),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for Tool {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<FunctionTool> for Tool {
    fn from(value: FunctionTool) -> Self {
        Self::Function(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<FileSearchTool> for Tool {
    fn from(value: FileSearchTool) -> Self {
        Self::FileSearch(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<ComputerTool> for Tool {
    fn from(value: ComputerTool) -> Self {
        Self::Computer(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<ComputerUsePreviewTool> for Tool {
    fn from(value: ComputerUsePreviewTool) -> Self {
        Self::ComputerUsePreview(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<WebSearchTool> for Tool {
    fn from(value: WebSearchTool) -> Self {
        Self::WebSearch(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<McpTool> for Tool {
    fn from(value: McpTool) -> Self {
        Self::Mcp(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<CodeInterpreterTool> for Tool {
    fn from(value: CodeInterpreterTool) -> Self {
        Self::CodeInterpreter(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<ProgrammaticToolCallingParam> for Tool {
    fn from(value: ProgrammaticToolCallingParam) -> Self {
        Self::ProgrammaticToolCalling(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<ImageGenTool> for Tool {
    fn from(value: ImageGenTool) -> Self {
        Self::ImageGeneration(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<LocalShellToolParam> for Tool {
    fn from(value: LocalShellToolParam) -> Self {
        Self::LocalShell(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<FunctionShellToolParam> for Tool {
    fn from(value: FunctionShellToolParam) -> Self {
        Self::Shell(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<CustomToolParam> for Tool {
    fn from(value: CustomToolParam) -> Self {
        Self::Custom(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<NamespaceToolParam> for Tool {
    fn from(value: NamespaceToolParam) -> Self {
        Self::Namespace(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<ToolSearchToolParam> for Tool {
    fn from(value: ToolSearchToolParam) -> Self {
        Self::ToolSearch(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<WebSearchPreviewTool> for Tool {
    fn from(value: WebSearchPreviewTool) -> Self {
        Self::WebSearchPreview(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<ApplyPatchToolParam> for Tool {
    fn from(value: ApplyPatchToolParam) -> Self {
        Self::ApplyPatch(value)
    }
}
/// Give the model access to additional tools via remote Model Context Protocol
/// (MCP) servers. [Learn more about MCP](https://platform.openai.com/docs/guides/tools-remote-mcp).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct McpTool {
    /// The type of the MCP tool. Always `mcp`.
    #[serde(rename = "type")]
    pub type_: McpLiteral,
    /// A label for this MCP server, used to identify it in tool calls.
    pub server_label: String,
    /// The URL for the MCP server. One of `server_url`, `connector_id`, or
    /// `tunnel_id` must be provided.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server_url: Option<String>,
    /// Identifier for service connectors, like those available in ChatGPT. One of
    /// `server_url`, `connector_id`, or `tunnel_id` must be provided. Learn more
    /// about service connectors [here](https://platform.openai.com/docs/guides/tools-remote-mcp#connectors).
    ///
    /// Currently supported `connector_id` values are:
    ///
    /// - Dropbox: `connector_dropbox`
    /// - Gmail: `connector_gmail`
    /// - Google Calendar: `connector_googlecalendar`
    /// - Google Drive: `connector_googledrive`
    /// - Microsoft Teams: `connector_microsoftteams`
    /// - Outlook Calendar: `connector_outlookcalendar`
    /// - Outlook Email: `connector_outlookemail`
    /// - SharePoint: `connector_sharepoint`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub connector_id: Option<McpToolConnectorId>,
    /// The Secure MCP Tunnel ID to use instead of a direct server URL. One of
    /// `server_url`, `connector_id`, or `tunnel_id` must be provided.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tunnel_id: Option<String>,
    /// An OAuth access token that can be used with a remote MCP server, either
    /// with a custom MCP server URL or a service connector. Your application
    /// must handle the OAuth authorization flow and provide the token here.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authorization: Option<String>,
    /// Optional description of the MCP server, used to provide more context.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server_description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headers: Option<std::collections::BTreeMap<String, String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_tools: Option<McpToolAllowedTools>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_callers: Option<Vec<CallableToolAllowedCaller>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub require_approval: Option<McpToolRequireApproval>,
    /// Whether this MCP tool is deferred and discovered via tool search.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub defer_loading: Option<bool>,
}
impl sdk_runtime_types::de::Object for McpTool {
    const NAME: &'static str = "McpTool";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<McpLiteral> = None;
        let mut server_label: Option<String> = None;
        let mut server_url: Option<String> = None;
        let mut connector_id: Option<McpToolConnectorId> = None;
        let mut tunnel_id: Option<String> = None;
        let mut authorization: Option<String> = None;
        let mut server_description: Option<String> = None;
        let mut headers: Option<std::collections::BTreeMap<String, String>> = None;
        let mut allowed_tools: Option<McpToolAllowedTools> = None;
        let mut allowed_callers: Option<Vec<CallableToolAllowedCaller>> = None;
        let mut require_approval: Option<McpToolRequireApproval> = None;
        let mut defer_loading: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "server_label" => 1,
                    "server_url" => 2,
                    "connector_id" => 3,
                    "tunnel_id" => 4,
                    "authorization" => 5,
                    "server_description" => 6,
                    "headers" => 7,
                    "allowed_tools" => 8,
                    "allowed_callers" => 9,
                    "require_approval" => 10,
                    "defer_loading" => 11,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut server_label),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut server_url),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut connector_id),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut tunnel_id),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut authorization),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut server_description),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut headers),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut allowed_tools),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut allowed_callers),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut require_approval),
                11 => sdk_runtime_types::de::nullable(&mut map, &mut defer_loading),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            server_label: server_label.unwrap_or_default(),
            server_url,
            connector_id,
            tunnel_id,
            authorization,
            server_description,
            headers,
            allowed_tools,
            allowed_callers,
            require_approval,
            defer_loading,
        })
    }
}
impl<'de> Deserialize<'de> for McpTool {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl McpTool {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(server_label: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            server_label: server_label.into(),
            server_url: None,
            connector_id: None,
            tunnel_id: None,
            authorization: None,
            server_description: None,
            headers: None,
            allowed_tools: None,
            allowed_callers: None,
            require_approval: None,
            defer_loading: None,
        }
    }
    /// Sets `server_url`.
    pub fn server_url(mut self, value: impl Into<String>) -> Self {
        self.server_url = Some(value.into());
        self
    }
    /// Sets `connector_id`.
    pub fn connector_id(mut self, value: impl Into<McpToolConnectorId>) -> Self {
        self.connector_id = Some(value.into());
        self
    }
    /// Sets `tunnel_id`.
    pub fn tunnel_id(mut self, value: impl Into<String>) -> Self {
        self.tunnel_id = Some(value.into());
        self
    }
    /// Sets `authorization`.
    pub fn authorization(mut self, value: impl Into<String>) -> Self {
        self.authorization = Some(value.into());
        self
    }
    /// Sets `server_description`.
    pub fn server_description(mut self, value: impl Into<String>) -> Self {
        self.server_description = Some(value.into());
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
    /// Sets `allowed_tools`.
    pub fn allowed_tools(mut self, value: impl Into<McpToolAllowedTools>) -> Self {
        self.allowed_tools = Some(value.into());
        self
    }
    /// Sets `allowed_callers`.
    pub fn allowed_callers(
        mut self,
        value: impl Into<Vec<CallableToolAllowedCaller>>,
    ) -> Self {
        self.allowed_callers = Some(value.into());
        self
    }
    /// Sets `require_approval`.
    pub fn require_approval(mut self, value: impl Into<McpToolRequireApproval>) -> Self {
        self.require_approval = Some(value.into());
        self
    }
    /// Sets `defer_loading`.
    pub fn defer_loading(mut self, value: impl Into<bool>) -> Self {
        self.defer_loading = Some(value.into());
        self
    }
}
/// Specify which of the MCP server's tools require approval.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum McpToolRequireApproval {
    McpToolApprovalFilter(McpToolRequireApprovalMcpToolApprovalFilter),
    McpToolApprovalSetting(McpToolRequireApprovalMcpToolApprovalSetting),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<McpToolRequireApprovalMcpToolApprovalFilter> for McpToolRequireApproval {
    fn from(value: McpToolRequireApprovalMcpToolApprovalFilter) -> Self {
        Self::McpToolApprovalFilter(value)
    }
}
impl From<McpToolRequireApprovalMcpToolApprovalSetting> for McpToolRequireApproval {
    fn from(value: McpToolRequireApprovalMcpToolApprovalSetting) -> Self {
        Self::McpToolApprovalSetting(value)
    }
}
impl From<&str> for McpToolRequireApproval {
    fn from(value: &str) -> Self {
        Self::McpToolApprovalSetting(value.into())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Groups function/custom tools under a shared namespace.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct NamespaceToolParam {
    /// The type of the tool. Always `namespace`.
    #[serde(rename = "type")]
    pub type_: NamespaceLiteral,
    /// The namespace name used in tool calls (for example, `crm`).
    pub name: String,
    /// A description of the namespace shown to the model.
    pub description: String,
    /// The function/custom tools available inside this namespace.
    pub tools: Vec<NamespaceToolParamTool>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for NamespaceToolParam {
    const NAME: &'static str = "NamespaceToolParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<NamespaceLiteral> = None;
        let mut name: Option<String> = None;
        let mut description: Option<String> = None;
        let mut tools: Option<Vec<NamespaceToolParamTool>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "name" => 1,
                    "description" => 2,
                    "tools" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut name),
                2 => sdk_runtime_types::de::value(&mut map, &mut description),
                3 => sdk_runtime_types::de::value(&mut map, &mut tools),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            name: name.unwrap_or_default(),
            description: description.unwrap_or_default(),
            tools: tools.unwrap_or_default(),
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for NamespaceToolParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl NamespaceToolParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        tools: impl Into<Vec<NamespaceToolParamTool>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            name: name.into(),
            description: description.into(),
            tools: tools.into(),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A function or custom tool that belongs to a namespace.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum NamespaceToolParamTool {
    /// `function`
    Function(FunctionToolParam),
    /// `custom`
    Custom(CustomToolParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl Serialize for NamespaceToolParamTool {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Function(value) => value.serialize(serializer),
            Self::Custom(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::TaggedUnion for NamespaceToolParamTool {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "function" => Deserialize::deserialize(content).map(Self::Function),
                "custom" => Deserialize::deserialize(content).map(Self::Custom),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for NamespaceToolParamTool {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<FunctionToolParam> for NamespaceToolParamTool {
    fn from(value: FunctionToolParam) -> Self {
        Self::Function(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<CustomToolParam> for NamespaceToolParamTool {
    fn from(value: CustomToolParam) -> Self {
        Self::Custom(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FunctionToolParam {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<EmptyModelParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strict: Option<bool>,
    #[serde(rename = "type")]
    pub type_: FunctionLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_schema: Option<serde_json::Map<String, serde_json::Value>>,
    /// Whether this function should be deferred and discovered via tool search.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub defer_loading: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_callers: Option<Vec<CallableToolAllowedCaller>>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for FunctionToolParam {
    const NAME: &'static str = "FunctionToolParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut description: Option<String> = None;
        let mut parameters: Option<EmptyModelParam> = None;
        let mut strict: Option<bool> = None;
        let mut type_: Option<FunctionLiteral> = None;
        let mut output_schema: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut defer_loading: Option<bool> = None;
        let mut allowed_callers: Option<Vec<CallableToolAllowedCaller>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "description" => 1,
                    "parameters" => 2,
                    "strict" => 3,
                    "type" => 4,
                    "output_schema" => 5,
                    "defer_loading" => 6,
                    "allowed_callers" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut name),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut description),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut parameters),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut strict),
                4 => sdk_runtime_types::de::value(&mut map, &mut type_),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut output_schema),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut defer_loading),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut allowed_callers),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name: name.unwrap_or_default(),
            description,
            parameters,
            strict,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_schema,
            defer_loading,
            allowed_callers,
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for FunctionToolParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl FunctionToolParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            description: None,
            parameters: None,
            strict: None,
            type_: Default::default(),
            output_schema: None,
            defer_loading: None,
            allowed_callers: None,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `parameters`.
    pub fn parameters(mut self, value: impl Into<EmptyModelParam>) -> Self {
        self.parameters = Some(value.into());
        self
    }
    /// Sets `strict`.
    pub fn strict(mut self, value: impl Into<bool>) -> Self {
        self.strict = Some(value.into());
        self
    }
    /// Sets `output_schema`.
    pub fn output_schema(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.output_schema = Some(value.into());
        self
    }
    /// Sets `defer_loading`.
    pub fn defer_loading(mut self, value: impl Into<bool>) -> Self {
        self.defer_loading = Some(value.into());
        self
    }
    /// Sets `allowed_callers`.
    pub fn allowed_callers(
        mut self,
        value: impl Into<Vec<CallableToolAllowedCaller>>,
    ) -> Self {
        self.allowed_callers = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
pub type EmptyModelParam = serde_json::Map<String, serde_json::Value>;
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Hosted or BYOT tool search configuration for deferred tools.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ToolSearchToolParam {
    /// The type of the tool. Always `tool_search`.
    #[serde(rename = "type")]
    pub type_: ToolSearchLiteral,
    /// Whether tool search is executed by the server or by the client.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub execution: Option<ToolSearchExecutionType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<EmptyModelParam>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for ToolSearchToolParam {
    const NAME: &'static str = "ToolSearchToolParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ToolSearchLiteral> = None;
        let mut execution: Option<ToolSearchExecutionType> = None;
        let mut description: Option<String> = None;
        let mut parameters: Option<EmptyModelParam> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "execution" => 1,
                    "description" => 2,
                    "parameters" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut execution),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut description),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut parameters),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            execution,
            description,
            parameters,
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for ToolSearchToolParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl ToolSearchToolParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            execution: None,
            description: None,
            parameters: None,
        }
    }
    /// Sets `execution`.
    pub fn execution(mut self, value: impl Into<ToolSearchExecutionType>) -> Self {
        self.execution = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `parameters`.
    pub fn parameters(mut self, value: impl Into<EmptyModelParam>) -> Self {
        self.parameters = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AdditionalTools {
    /// The type of the item. Always `additional_tools`.
    #[serde(rename = "type")]
    pub type_: AdditionalToolsLiteral,
    /// The unique ID of the additional tools item.
    pub id: String,
    /// The role that provided the additional tools.
    pub role: MessageRole,
    /// The additional tool definitions made available at this item.
    pub tools: Vec<Tool>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for AdditionalTools {
    const NAME: &'static str = "AdditionalTools";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<AdditionalToolsLiteral> = None;
        let mut id: Option<String> = None;
        let mut role: Option<MessageRole> = None;
        let mut tools: Option<Vec<Tool>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "role" => 2,
                    "tools" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut role),
                3 => sdk_runtime_types::de::value(&mut map, &mut tools),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            role: sdk_runtime_types::de::required::<_, A::Error>(role, "role")?,
            tools: sdk_runtime_types::de::required::<_, A::Error>(tools, "tools")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for AdditionalTools {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl AdditionalTools {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        role: impl Into<MessageRole>,
        tools: impl Into<Vec<Tool>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            role: role.into(),
            tools: tools.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A description of the chain of thought used by a reasoning model while generating
/// a response. Be sure to include these items in your `input` to the Responses API
/// for subsequent turns of a conversation if you are manually
/// [managing context](https://platform.openai.com/docs/guides/conversation-state).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ReasoningItem {
    /// The type of the object. Always `reasoning`.
    #[serde(rename = "type")]
    pub type_: ReasoningLiteral,
    /// The unique identifier of the reasoning content.
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encrypted_content: Option<String>,
    /// Reasoning summary content.
    pub summary: Vec<SummaryTextContent>,
    /// Reasoning text content.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<Vec<ReasoningTextContent>>,
    /// The status of the item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ComputerToolCallStatus>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ReasoningItem {
    const NAME: &'static str = "ReasoningItem";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ReasoningLiteral> = None;
        let mut id: Option<String> = None;
        let mut encrypted_content: Option<String> = None;
        let mut summary: Option<Vec<SummaryTextContent>> = None;
        let mut content: Option<Vec<ReasoningTextContent>> = None;
        let mut status: Option<ComputerToolCallStatus> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "encrypted_content" => 2,
                    "summary" => 3,
                    "content" => 4,
                    "status" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut encrypted_content),
                3 => sdk_runtime_types::de::value(&mut map, &mut summary),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut content),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            encrypted_content,
            summary: sdk_runtime_types::de::required::<_, A::Error>(summary, "summary")?,
            content,
            status,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ReasoningItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ReasoningItem {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        summary: impl Into<Vec<SummaryTextContent>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            encrypted_content: None,
            summary: summary.into(),
            content: None,
            status: None,
        }
    }
    /// Sets `encrypted_content`.
    pub fn encrypted_content(mut self, value: impl Into<String>) -> Self {
        self.encrypted_content = Some(value.into());
        self
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<Vec<ReasoningTextContent>>) -> Self {
        self.content = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<ComputerToolCallStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct Program {
    /// The type of the item. Always `program`.
    #[serde(rename = "type")]
    pub type_: ProgramLiteral,
    /// The unique ID of the program item.
    pub id: String,
    /// The stable call ID of the program item.
    pub call_id: String,
    /// The JavaScript source executed by programmatic tool calling.
    pub code: String,
    /// Opaque program replay fingerprint that must be round-tripped.
    pub fingerprint: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for Program {
    const NAME: &'static str = "Program";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ProgramLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut code: Option<String> = None;
        let mut fingerprint: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "code" => 3,
                    "fingerprint" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut code),
                4 => sdk_runtime_types::de::value(&mut map, &mut fingerprint),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            code: sdk_runtime_types::de::required::<_, A::Error>(code, "code")?,
            fingerprint: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(fingerprint, "fingerprint")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for Program {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl Program {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        code: impl Into<String>,
        fingerprint: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            call_id: call_id.into(),
            code: code.into(),
            fingerprint: fingerprint.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProgramOutput {
    /// The type of the item. Always `program_output`.
    #[serde(rename = "type")]
    pub type_: ProgramOutputLiteral,
    /// The unique ID of the program output item.
    pub id: String,
    /// The call ID of the program item.
    pub call_id: String,
    /// The result produced by the program item.
    pub result: String,
    /// The terminal status of the program output item.
    pub status: ProgramOutputStatus,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ProgramOutput {
    const NAME: &'static str = "ProgramOutput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ProgramOutputLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut result: Option<String> = None;
        let mut status: Option<ProgramOutputStatus> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "result" => 3,
                    "status" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut result),
                4 => sdk_runtime_types::de::value(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            result: sdk_runtime_types::de::required::<_, A::Error>(result, "result")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ProgramOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ProgramOutput {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        result: impl Into<String>,
        status: impl Into<ProgramOutputStatus>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            call_id: call_id.into(),
            result: result.into(),
            status: status.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A compaction item generated by the [`v1/responses/compact` API](https://platform.openai.com/docs/api-reference/responses/compact).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CompactionBody {
    /// The type of the item. Always `compaction`.
    #[serde(rename = "type")]
    pub type_: CompactionLiteral,
    /// The unique ID of the compaction item.
    pub id: String,
    /// The encrypted content that was produced by compaction.
    pub encrypted_content: String,
    /// The identifier of the actor that created the item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for CompactionBody {
    const NAME: &'static str = "CompactionBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<CompactionLiteral> = None;
        let mut id: Option<String> = None;
        let mut encrypted_content: Option<String> = None;
        let mut created_by: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "encrypted_content" => 2,
                    "created_by" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut encrypted_content),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut created_by),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            encrypted_content: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(encrypted_content, "encrypted_content")?,
            created_by,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for CompactionBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl CompactionBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>, encrypted_content: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            encrypted_content: encrypted_content.into(),
            created_by: None,
        }
    }
    /// Sets `created_by`.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A tool call to run a command on the local shell.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct LocalShellToolCall {
    /// The type of the local shell call. Always `local_shell_call`.
    #[serde(rename = "type")]
    pub type_: LocalShellCallLiteral,
    /// The unique ID of the local shell call.
    pub id: String,
    /// The unique ID of the local shell tool call generated by the model.
    pub call_id: String,
    pub action: LocalShellExecAction,
    /// The status of the local shell call.
    pub status: ComputerToolCallStatus,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for LocalShellToolCall {
    const NAME: &'static str = "LocalShellToolCall";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<LocalShellCallLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut action: Option<LocalShellExecAction> = None;
        let mut status: Option<ComputerToolCallStatus> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "action" => 3,
                    "status" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut action),
                4 => sdk_runtime_types::de::value(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            action: sdk_runtime_types::de::required::<_, A::Error>(action, "action")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for LocalShellToolCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl LocalShellToolCall {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        action: impl Into<LocalShellExecAction>,
        status: impl Into<ComputerToolCallStatus>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            call_id: call_id.into(),
            action: action.into(),
            status: status.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The output of a local shell tool call.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct LocalShellToolCallOutput {
    /// The type of the local shell tool call output. Always `local_shell_call_output`.
    #[serde(rename = "type")]
    pub type_: LocalShellCallOutputLiteral,
    /// The unique ID of the local shell tool call generated by the model.
    pub id: String,
    /// A JSON string of the output of the local shell tool call.
    pub output: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ComputerToolCallStatus>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for LocalShellToolCallOutput {
    const NAME: &'static str = "LocalShellToolCallOutput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<LocalShellCallOutputLiteral> = None;
        let mut id: Option<String> = None;
        let mut output: Option<String> = None;
        let mut status: Option<ComputerToolCallStatus> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "output" => 2,
                    "status" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            output: sdk_runtime_types::de::required::<_, A::Error>(output, "output")?,
            status,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for LocalShellToolCallOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl LocalShellToolCallOutput {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>, output: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            output: output.into(),
            status: None,
        }
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<ComputerToolCallStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A tool call that executes one or more shell commands in a managed environment.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FunctionShellCall {
    /// The type of the item. Always `shell_call`.
    #[serde(rename = "type")]
    pub type_: ShellCallLiteral,
    /// The unique ID of the shell tool call. Populated when this item is returned via API.
    pub id: String,
    /// The unique ID of the shell tool call generated by the model.
    pub call_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<ToolCallCaller>,
    /// The shell commands and limits that describe how to run the tool call.
    pub action: FunctionShellAction,
    /// The status of the shell call. One of `in_progress`, `completed`, or `incomplete`.
    pub status: MessageStatus,
    pub environment: Option<FunctionShellCallEnvironment>,
    /// The ID of the entity that created this tool call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for FunctionShellCall {
    const NAME: &'static str = "FunctionShellCall";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ShellCallLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut caller: Option<ToolCallCaller> = None;
        let mut action: Option<FunctionShellAction> = None;
        let mut status: Option<MessageStatus> = None;
        let mut environment: Option<FunctionShellCallEnvironment> = None;
        let mut created_by: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "caller" => 3,
                    "action" => 4,
                    "status" => 5,
                    "environment" => 6,
                    "created_by" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                4 => sdk_runtime_types::de::value(&mut map, &mut action),
                5 => sdk_runtime_types::de::value(&mut map, &mut status),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut environment),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut created_by),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            caller,
            action: sdk_runtime_types::de::required::<_, A::Error>(action, "action")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            environment,
            created_by,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionShellCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FunctionShellCall {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        action: impl Into<FunctionShellAction>,
        status: impl Into<MessageStatus>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            call_id: call_id.into(),
            caller: None,
            action: action.into(),
            status: status.into(),
            environment: None,
            created_by: None,
        }
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<ToolCallCaller>) -> Self {
        self.caller = Some(value.into());
        self
    }
    /// Sets `environment`.
    pub fn environment(
        mut self,
        value: impl Into<FunctionShellCallEnvironment>,
    ) -> Self {
        self.environment = Some(value.into());
        self
    }
    /// Sets `created_by`.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The output of a shell tool call that was emitted.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FunctionShellCallOutput {
    /// The type of the shell call output. Always `shell_call_output`.
    #[serde(rename = "type")]
    pub type_: ShellCallOutputLiteral,
    /// The unique ID of the shell call output. Populated when this item is returned via API.
    pub id: String,
    /// The unique ID of the shell tool call generated by the model.
    pub call_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<ToolCallCaller>,
    /// The status of the shell call output. One of `in_progress`, `completed`, or `incomplete`.
    pub status: MessageStatus,
    /// An array of shell call output contents
    pub output: Vec<FunctionShellCallOutputContent>,
    pub max_output_length: Option<i64>,
    /// The identifier of the actor that created the item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for FunctionShellCallOutput {
    const NAME: &'static str = "FunctionShellCallOutput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ShellCallOutputLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut caller: Option<ToolCallCaller> = None;
        let mut status: Option<MessageStatus> = None;
        let mut output: Option<Vec<FunctionShellCallOutputContent>> = None;
        let mut max_output_length: Option<i64> = None;
        let mut created_by: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "caller" => 3,
                    "status" => 4,
                    "output" => 5,
                    "max_output_length" => 6,
                    "created_by" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                4 => sdk_runtime_types::de::value(&mut map, &mut status),
                5 => sdk_runtime_types::de::value(&mut map, &mut output),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut max_output_length),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut created_by),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            caller,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            output: sdk_runtime_types::de::required::<_, A::Error>(output, "output")?,
            max_output_length,
            created_by,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionShellCallOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FunctionShellCallOutput {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        status: impl Into<MessageStatus>,
        output: impl Into<Vec<FunctionShellCallOutputContent>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            call_id: call_id.into(),
            caller: None,
            status: status.into(),
            output: output.into(),
            max_output_length: None,
            created_by: None,
        }
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<ToolCallCaller>) -> Self {
        self.caller = Some(value.into());
        self
    }
    /// Sets `max_output_length`.
    pub fn max_output_length(mut self, value: impl Into<i64>) -> Self {
        self.max_output_length = Some(value.into());
        self
    }
    /// Sets `created_by`.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A tool call that applies file diffs by creating, deleting, or updating files.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ApplyPatchToolCall {
    /// The type of the item. Always `apply_patch_call`.
    #[serde(rename = "type")]
    pub type_: ApplyPatchCallLiteral,
    /// The unique ID of the apply patch tool call. Populated when this item is returned via API.
    pub id: String,
    /// The unique ID of the apply patch tool call generated by the model.
    pub call_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<ToolCallCaller>,
    /// The status of the apply patch tool call. One of `in_progress` or `completed`.
    pub status: ApplyPatchCallStatus,
    /// One of the create_file, delete_file, or update_file operations applied via apply_patch.
    pub operation: ApplyPatchToolCallOperation,
    /// The ID of the entity that created this tool call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ApplyPatchToolCall {
    const NAME: &'static str = "ApplyPatchToolCall";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ApplyPatchCallLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut caller: Option<ToolCallCaller> = None;
        let mut status: Option<ApplyPatchCallStatus> = None;
        let mut operation: Option<ApplyPatchToolCallOperation> = None;
        let mut created_by: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "caller" => 3,
                    "status" => 4,
                    "operation" => 5,
                    "created_by" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                4 => sdk_runtime_types::de::value(&mut map, &mut status),
                5 => sdk_runtime_types::de::value(&mut map, &mut operation),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut created_by),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            caller,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            operation: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(operation, "operation")?,
            created_by,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ApplyPatchToolCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ApplyPatchToolCall {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        status: impl Into<ApplyPatchCallStatus>,
        operation: impl Into<ApplyPatchToolCallOperation>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            call_id: call_id.into(),
            caller: None,
            status: status.into(),
            operation: operation.into(),
            created_by: None,
        }
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<ToolCallCaller>) -> Self {
        self.caller = Some(value.into());
        self
    }
    /// Sets `created_by`.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The output emitted by an apply patch tool call.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ApplyPatchToolCallOutput {
    /// The type of the item. Always `apply_patch_call_output`.
    #[serde(rename = "type")]
    pub type_: ApplyPatchCallOutputLiteral,
    /// The unique ID of the apply patch tool call output. Populated when this item is returned via API.
    pub id: String,
    /// The unique ID of the apply patch tool call generated by the model.
    pub call_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<ToolCallCaller>,
    /// The status of the apply patch tool call output. One of `completed` or `failed`.
    pub status: ApplyPatchCallOutputStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
    /// The ID of the entity that created this tool call output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ApplyPatchToolCallOutput {
    const NAME: &'static str = "ApplyPatchToolCallOutput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ApplyPatchCallOutputLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut caller: Option<ToolCallCaller> = None;
        let mut status: Option<ApplyPatchCallOutputStatus> = None;
        let mut output: Option<String> = None;
        let mut created_by: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "caller" => 3,
                    "status" => 4,
                    "output" => 5,
                    "created_by" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                4 => sdk_runtime_types::de::value(&mut map, &mut status),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut output),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut created_by),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            caller,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            output,
            created_by,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ApplyPatchToolCallOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ApplyPatchToolCallOutput {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        status: impl Into<ApplyPatchCallOutputStatus>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            call_id: call_id.into(),
            caller: None,
            status: status.into(),
            output: None,
            created_by: None,
        }
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<ToolCallCaller>) -> Self {
        self.caller = Some(value.into());
        self
    }
    /// Sets `output`.
    pub fn output(mut self, value: impl Into<String>) -> Self {
        self.output = Some(value.into());
        self
    }
    /// Sets `created_by`.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A list of tools available on an MCP server.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct McpListTools {
    /// The type of the item. Always `mcp_list_tools`.
    #[serde(rename = "type")]
    pub type_: McpListToolsLiteral,
    /// The unique ID of the list.
    pub id: String,
    /// The label of the MCP server.
    pub server_label: String,
    /// The tools available on the server.
    pub tools: Vec<McpListToolsTool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for McpListTools {
    const NAME: &'static str = "McpListTools";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<McpListToolsLiteral> = None;
        let mut id: Option<String> = None;
        let mut server_label: Option<String> = None;
        let mut tools: Option<Vec<McpListToolsTool>> = None;
        let mut error: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "server_label" => 2,
                    "tools" => 3,
                    "error" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut server_label),
                3 => sdk_runtime_types::de::value(&mut map, &mut tools),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut error),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            server_label: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(server_label, "server_label")?,
            tools: sdk_runtime_types::de::required::<_, A::Error>(tools, "tools")?,
            error,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for McpListTools {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl McpListTools {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        server_label: impl Into<String>,
        tools: impl Into<Vec<McpListToolsTool>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            server_label: server_label.into(),
            tools: tools.into(),
            error: None,
        }
    }
    /// Sets `error`.
    pub fn error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A request for human approval of a tool invocation.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct McpApprovalRequest {
    /// The type of the item. Always `mcp_approval_request`.
    #[serde(rename = "type")]
    pub type_: McpApprovalRequestLiteral,
    /// The unique ID of the approval request.
    pub id: String,
    /// The label of the MCP server making the request.
    pub server_label: String,
    /// The name of the tool to run.
    pub name: String,
    /// A JSON string of arguments for the tool.
    pub arguments: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for McpApprovalRequest {
    const NAME: &'static str = "McpApprovalRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<McpApprovalRequestLiteral> = None;
        let mut id: Option<String> = None;
        let mut server_label: Option<String> = None;
        let mut name: Option<String> = None;
        let mut arguments: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "server_label" => 2,
                    "name" => 3,
                    "arguments" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut server_label),
                3 => sdk_runtime_types::de::value(&mut map, &mut name),
                4 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            server_label: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(server_label, "server_label")?,
            name: sdk_runtime_types::de::required::<_, A::Error>(name, "name")?,
            arguments: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(arguments, "arguments")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for McpApprovalRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl McpApprovalRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        server_label: impl Into<String>,
        name: impl Into<String>,
        arguments: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            server_label: server_label.into(),
            name: name.into(),
            arguments: arguments.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A response to an MCP approval request.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct McpApprovalResponseResource {
    /// The type of the item. Always `mcp_approval_response`.
    #[serde(rename = "type")]
    pub type_: McpApprovalResponseLiteral,
    /// The unique ID of the approval response
    pub id: String,
    /// The ID of the approval request being answered.
    pub approval_request_id: String,
    /// Whether the request was approved.
    pub approve: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for McpApprovalResponseResource {
    const NAME: &'static str = "McpApprovalResponseResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<McpApprovalResponseLiteral> = None;
        let mut id: Option<String> = None;
        let mut approval_request_id: Option<String> = None;
        let mut approve: Option<bool> = None;
        let mut reason: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "approval_request_id" => 2,
                    "approve" => 3,
                    "reason" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut approval_request_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut approve),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut reason),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            approval_request_id: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(approval_request_id, "approval_request_id")?,
            approve: sdk_runtime_types::de::required::<_, A::Error>(approve, "approve")?,
            reason,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for McpApprovalResponseResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl McpApprovalResponseResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        approval_request_id: impl Into<String>,
        approve: impl Into<bool>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            approval_request_id: approval_request_id.into(),
            approve: approve.into(),
            reason: None,
        }
    }
    /// Sets `reason`.
    pub fn reason(mut self, value: impl Into<String>) -> Self {
        self.reason = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// An invocation of a tool on an MCP server.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct McpToolCall {
    /// The type of the item. Always `mcp_call`.
    #[serde(rename = "type")]
    pub type_: McpCallLiteral,
    /// The unique ID of the tool call.
    pub id: String,
    /// The label of the MCP server running the tool.
    pub server_label: String,
    /// The name of the tool that was run.
    pub name: String,
    /// A JSON string of the arguments passed to the tool.
    pub arguments: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
    /// The error from the tool call, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<McpToolCallError>,
    /// The status of the tool call. One of `in_progress`, `completed`, `incomplete`, `calling`, or `failed`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<McpToolCallStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approval_request_id: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for McpToolCall {
    const NAME: &'static str = "McpToolCall";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<McpCallLiteral> = None;
        let mut id: Option<String> = None;
        let mut server_label: Option<String> = None;
        let mut name: Option<String> = None;
        let mut arguments: Option<String> = None;
        let mut output: Option<String> = None;
        let mut error: Option<McpToolCallError> = None;
        let mut status: Option<McpToolCallStatus> = None;
        let mut approval_request_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "server_label" => 2,
                    "name" => 3,
                    "arguments" => 4,
                    "output" => 5,
                    "error" => 6,
                    "status" => 7,
                    "approval_request_id" => 8,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut server_label),
                3 => sdk_runtime_types::de::value(&mut map, &mut name),
                4 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut output),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut error),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut approval_request_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            server_label: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(server_label, "server_label")?,
            name: sdk_runtime_types::de::required::<_, A::Error>(name, "name")?,
            arguments: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(arguments, "arguments")?,
            output,
            error,
            status,
            approval_request_id,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for McpToolCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl McpToolCall {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        server_label: impl Into<String>,
        name: impl Into<String>,
        arguments: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            server_label: server_label.into(),
            name: name.into(),
            arguments: arguments.into(),
            output: None,
            error: None,
            status: None,
            approval_request_id: None,
        }
    }
    /// Sets `output`.
    pub fn output(mut self, value: impl Into<String>) -> Self {
        self.output = Some(value.into());
        self
    }
    /// Sets `error`.
    pub fn error(mut self, value: impl Into<McpToolCallError>) -> Self {
        self.error = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<McpToolCallStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `approval_request_id`.
    pub fn approval_request_id(mut self, value: impl Into<String>) -> Self {
        self.approval_request_id = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A call to a custom tool created by the model.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CustomToolCall {
    /// The type of the custom tool call. Always `custom_tool_call`.
    #[serde(rename = "type")]
    pub type_: CustomToolCallLiteral,
    /// The unique ID of the custom tool call in the OpenAI platform.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// An identifier used to map this custom tool call to a tool call output.
    pub call_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<ToolCallCaller>,
    /// The namespace of the custom tool being called.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// The name of the custom tool being called.
    pub name: String,
    /// The input for the custom tool call generated by the model.
    pub input: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for CustomToolCall {
    const NAME: &'static str = "CustomToolCall";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<CustomToolCallLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut caller: Option<ToolCallCaller> = None;
        let mut namespace: Option<String> = None;
        let mut name: Option<String> = None;
        let mut input: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "caller" => 3,
                    "namespace" => 4,
                    "name" => 5,
                    "input" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut namespace),
                5 => sdk_runtime_types::de::value(&mut map, &mut name),
                6 => sdk_runtime_types::de::value(&mut map, &mut input),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            caller,
            namespace,
            name: sdk_runtime_types::de::required::<_, A::Error>(name, "name")?,
            input: sdk_runtime_types::de::required::<_, A::Error>(input, "input")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for CustomToolCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl CustomToolCall {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        call_id: impl Into<String>,
        name: impl Into<String>,
        input: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: None,
            call_id: call_id.into(),
            caller: None,
            namespace: None,
            name: name.into(),
            input: input.into(),
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<ToolCallCaller>) -> Self {
        self.caller = Some(value.into());
        self
    }
    /// Sets `namespace`.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The output of a custom tool call from your code, being sent back to the model.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CustomToolCallOutput {
    /// The type of the custom tool call output. Always `custom_tool_call_output`.
    #[serde(rename = "type")]
    pub type_: CustomToolCallOutputLiteral,
    /// The unique ID of the custom tool call output in the OpenAI platform.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The call ID, used to map this custom tool call output to a custom tool call.
    pub call_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<ToolCallCallerParam>,
    /// The output from the custom tool call generated by your code.
    /// Can be a string or an list of output content.
    pub output: CustomToolCallOutputOutput,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for CustomToolCallOutput {
    const NAME: &'static str = "CustomToolCallOutput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<CustomToolCallOutputLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut caller: Option<ToolCallCallerParam> = None;
        let mut output: Option<CustomToolCallOutputOutput> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "caller" => 3,
                    "output" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                4 => sdk_runtime_types::de::value(&mut map, &mut output),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            caller,
            output: sdk_runtime_types::de::required::<_, A::Error>(output, "output")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for CustomToolCallOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl CustomToolCallOutput {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        call_id: impl Into<String>,
        output: impl Into<CustomToolCallOutputOutput>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: None,
            call_id: call_id.into(),
            caller: None,
            output: output.into(),
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<ToolCallCallerParam>) -> Self {
        self.caller = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A message input to the model with a role indicating instruction following
/// hierarchy. Instructions given with the `developer` or `system` role take
/// precedence over instructions given with the `user` role. Messages with the
/// `assistant` role are presumed to have been generated by the model in previous
/// interactions.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct EasyInputMessage {
    /// The role of the message input. One of `user`, `assistant`, `system`, or
    /// `developer`.
    pub role: EasyInputMessageRole,
    /// Text, image, or audio input to the model, used to generate a response.
    /// Can also contain previous assistant responses.
    pub content: EasyInputMessageContent,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phase: Option<MessagePhase>,
    /// The type of the message input. Always `message`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<MessageLiteral>,
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl sdk_runtime_types::de::Object for EasyInputMessage {
    const NAME: &'static str = "EasyInputMessage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut role: Option<EasyInputMessageRole> = None;
        let mut content: Option<EasyInputMessageContent> = None;
        let mut phase: Option<MessagePhase> = None;
        let mut type_: Option<MessageLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "role" => 0,
                    "content" => 1,
                    "phase" => 2,
                    "type" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut role),
                1 => sdk_runtime_types::de::value(&mut map, &mut content),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut phase),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            role: sdk_runtime_types::de::required::<_, A::Error>(role, "role")?,
            content: sdk_runtime_types::de::required::<_, A::Error>(content, "content")?,
            phase,
            type_,
        })
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for EasyInputMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl EasyInputMessage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        role: impl Into<EasyInputMessageRole>,
        content: impl Into<EasyInputMessageContent>,
    ) -> Self {
        Self {
            role: role.into(),
            content: content.into(),
            phase: None,
            type_: None,
        }
    }
    /// Sets `phase`.
    pub fn phase(mut self, value: impl Into<MessagePhase>) -> Self {
        self.phase = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<MessageLiteral>) -> Self {
        self.type_ = Some(value.into());
        self
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// Text, image, or audio input to the model, used to generate a response.
/// Can also contain previous assistant responses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum EasyInputMessageContent {
    InputMessageContentList(InputMessageContentList),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<InputMessageContentList> for EasyInputMessageContent {
    fn from(value: InputMessageContentList) -> Self {
        Self::InputMessageContentList(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<String> for EasyInputMessageContent {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
impl From<&str> for EasyInputMessageContent {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses"
    )
)]
/// A list of one or many input items to the model, containing different content
/// types.
pub type InputMessageContentList = Vec<InputContent>;
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum InputItem {
    ProgramItemParam(ProgramItemParam),
    ProgramOutputItemParam(ProgramOutputItemParam),
    EasyInputMessage(EasyInputMessage),
    ItemReferenceParam(ItemReferenceParam),
    CompactionTriggerItemParam(CompactionTriggerItemParam),
    Item(Box<Item>),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ProgramItemParam> for InputItem {
    fn from(value: ProgramItemParam) -> Self {
        Self::ProgramItemParam(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ProgramOutputItemParam> for InputItem {
    fn from(value: ProgramOutputItemParam) -> Self {
        Self::ProgramOutputItemParam(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<EasyInputMessage> for InputItem {
    fn from(value: EasyInputMessage) -> Self {
        Self::EasyInputMessage(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ItemReferenceParam> for InputItem {
    fn from(value: ItemReferenceParam) -> Self {
        Self::ItemReferenceParam(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<CompactionTriggerItemParam> for InputItem {
    fn from(value: CompactionTriggerItemParam) -> Self {
        Self::CompactionTriggerItemParam(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<Item> for InputItem {
    fn from(value: Item) -> Self {
        Self::Item(Box::new(value))
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Content item used to generate a response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Item {
    CodeInterpreterToolCall(CodeInterpreterToolCall),
    McpToolCall(McpToolCall),
    ComputerToolCall(ComputerToolCall),
    OutputMessage(OutputMessage),
    LocalShellToolCall(LocalShellToolCall),
    McpApprovalRequest(McpApprovalRequest),
    FunctionToolCall(FunctionToolCall),
    CustomToolCall(CustomToolCall),
    ApplyPatchToolCallItemParam(ApplyPatchToolCallItemParam),
    FileSearchToolCall(FileSearchToolCall),
    McpListTools(McpListTools),
    WebSearchToolCall(WebSearchToolCall),
    ImageGenToolCall(ImageGenToolCall),
    FunctionShellCallItemParam(FunctionShellCallItemParam),
    FunctionShellCallOutputItemParam(FunctionShellCallOutputItemParam),
    ComputerCallOutputItemParam(ComputerCallOutputItemParam),
    ReasoningItem(ReasoningItem),
    ApplyPatchToolCallOutputItemParam(ApplyPatchToolCallOutputItemParam),
    McpApprovalResponse(McpApprovalResponse),
    CustomToolCallOutput(CustomToolCallOutput),
    AdditionalToolsItemParam(AdditionalToolsItemParam),
    LocalShellToolCallOutput(LocalShellToolCallOutput),
    FunctionCallOutputItemParam(FunctionCallOutputItemParam),
    ToolSearchCallItemParam(ToolSearchCallItemParam),
    ToolSearchOutputItemParam(ToolSearchOutputItemParam),
    InputMessage(InputMessage),
    CompactionSummaryItemParam(CompactionSummaryItemParam),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<CodeInterpreterToolCall> for Item {
    fn from(value: CodeInterpreterToolCall) -> Self {
        Self::CodeInterpreterToolCall(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<McpToolCall> for Item {
    fn from(value: McpToolCall) -> Self {
        Self::McpToolCall(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ComputerToolCall> for Item {
    fn from(value: ComputerToolCall) -> Self {
        Self::ComputerToolCall(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<OutputMessage> for Item {
    fn from(value: OutputMessage) -> Self {
        Self::OutputMessage(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<LocalShellToolCall> for Item {
    fn from(value: LocalShellToolCall) -> Self {
        Self::LocalShellToolCall(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<McpApprovalRequest> for Item {
    fn from(value: McpApprovalRequest) -> Self {
        Self::McpApprovalRequest(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<FunctionToolCall> for Item {
    fn from(value: FunctionToolCall) -> Self {
        Self::FunctionToolCall(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<CustomToolCall> for Item {
    fn from(value: CustomToolCall) -> Self {
        Self::CustomToolCall(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ApplyPatchToolCallItemParam> for Item {
    fn from(value: ApplyPatchToolCallItemParam) -> Self {
        Self::ApplyPatchToolCallItemParam(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<FileSearchToolCall> for Item {
    fn from(value: FileSearchToolCall) -> Self {
        Self::FileSearchToolCall(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<McpListTools> for Item {
    fn from(value: McpListTools) -> Self {
        Self::McpListTools(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<WebSearchToolCall> for Item {
    fn from(value: WebSearchToolCall) -> Self {
        Self::WebSearchToolCall(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ImageGenToolCall> for Item {
    fn from(value: ImageGenToolCall) -> Self {
        Self::ImageGenToolCall(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<FunctionShellCallItemParam> for Item {
    fn from(value: FunctionShellCallItemParam) -> Self {
        Self::FunctionShellCallItemParam(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<FunctionShellCallOutputItemParam> for Item {
    fn from(value: FunctionShellCallOutputItemParam) -> Self {
        Self::FunctionShellCallOutputItemParam(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ComputerCallOutputItemParam> for Item {
    fn from(value: ComputerCallOutputItemParam) -> Self {
        Self::ComputerCallOutputItemParam(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ReasoningItem> for Item {
    fn from(value: ReasoningItem) -> Self {
        Self::ReasoningItem(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ApplyPatchToolCallOutputItemParam> for Item {
    fn from(value: ApplyPatchToolCallOutputItemParam) -> Self {
        Self::ApplyPatchToolCallOutputItemParam(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<McpApprovalResponse> for Item {
    fn from(value: McpApprovalResponse) -> Self {
        Self::McpApprovalResponse(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<CustomToolCallOutput> for Item {
    fn from(value: CustomToolCallOutput) -> Self {
        Self::CustomToolCallOutput(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<AdditionalToolsItemParam> for Item {
    fn from(value: AdditionalToolsItemParam) -> Self {
        Self::AdditionalToolsItemParam(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<LocalShellToolCallOutput> for Item {
    fn from(value: LocalShellToolCallOutput) -> Self {
        Self::LocalShellToolCallOutput(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<FunctionCallOutputItemParam> for Item {
    fn from(value: FunctionCallOutputItemParam) -> Self {
        Self::FunctionCallOutputItemParam(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ToolSearchCallItemParam> for Item {
    fn from(value: ToolSearchCallItemParam) -> Self {
        Self::ToolSearchCallItemParam(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<ToolSearchOutputItemParam> for Item {
    fn from(value: ToolSearchOutputItemParam) -> Self {
        Self::ToolSearchOutputItemParam(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<InputMessage> for Item {
    fn from(value: InputMessage) -> Self {
        Self::InputMessage(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl From<CompactionSummaryItemParam> for Item {
    fn from(value: CompactionSummaryItemParam) -> Self {
        Self::CompactionSummaryItemParam(value)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A message input to the model with a role indicating instruction following
/// hierarchy. Instructions given with the `developer` or `system` role take
/// precedence over instructions given with the `user` role.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct InputMessage {
    /// The type of the message input. Always set to `message`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<MessageLiteral>,
    /// The role of the message input. One of `user`, `system`, or `developer`.
    pub role: InputMessageRole,
    /// The status of item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ComputerToolCallStatus>,
    pub content: InputMessageContentList,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for InputMessage {
    const NAME: &'static str = "InputMessage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<MessageLiteral> = None;
        let mut role: Option<InputMessageRole> = None;
        let mut status: Option<ComputerToolCallStatus> = None;
        let mut content: Option<InputMessageContentList> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "role" => 1,
                    "status" => 2,
                    "content" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut role),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                3 => sdk_runtime_types::de::value(&mut map, &mut content),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_,
            role: sdk_runtime_types::de::required::<_, A::Error>(role, "role")?,
            status,
            content: sdk_runtime_types::de::required::<_, A::Error>(content, "content")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for InputMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl InputMessage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        role: impl Into<InputMessageRole>,
        content: impl Into<InputMessageContentList>,
    ) -> Self {
        Self {
            type_: None,
            role: role.into(),
            status: None,
            content: content.into(),
        }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<MessageLiteral>) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<ComputerToolCallStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// An output message from the model.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct OutputMessage {
    /// The unique ID of the output message.
    pub id: String,
    /// The type of the output message. Always `message`.
    #[serde(rename = "type")]
    pub type_: MessageLiteral,
    /// The role of the output message. Always `assistant`.
    pub role: AssistantLiteral,
    /// The content of the output message.
    pub content: Vec<OutputMessageContent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phase: Option<MessagePhase>,
    /// The status of the message input. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when input items are returned via API.
    pub status: ComputerToolCallStatus,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for OutputMessage {
    const NAME: &'static str = "OutputMessage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<MessageLiteral> = None;
        let mut role: Option<AssistantLiteral> = None;
        let mut content: Option<Vec<OutputMessageContent>> = None;
        let mut phase: Option<MessagePhase> = None;
        let mut status: Option<ComputerToolCallStatus> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "role" => 2,
                    "content" => 3,
                    "phase" => 4,
                    "status" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut role),
                3 => sdk_runtime_types::de::value(&mut map, &mut content),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut phase),
                5 => sdk_runtime_types::de::value(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            role: sdk_runtime_types::de::required::<_, A::Error>(role, "role")?,
            content: sdk_runtime_types::de::required::<_, A::Error>(content, "content")?,
            phase,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for OutputMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl OutputMessage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        content: impl Into<Vec<OutputMessageContent>>,
        status: impl Into<ComputerToolCallStatus>,
    ) -> Self {
        Self {
            id: id.into(),
            type_: Default::default(),
            role: Default::default(),
            content: content.into(),
            phase: None,
            status: status.into(),
        }
    }
    /// Sets `phase`.
    pub fn phase(mut self, value: impl Into<MessagePhase>) -> Self {
        self.phase = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The output of a computer tool call.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ComputerCallOutputItemParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The ID of the computer tool call that produced the output.
    pub call_id: String,
    /// The type of the computer tool call output. Always `computer_call_output`.
    #[serde(rename = "type")]
    pub type_: ComputerCallOutputLiteral,
    pub output: ComputerScreenshotImage,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acknowledged_safety_checks: Option<Vec<ComputerCallSafetyCheckParam>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<MessageStatus>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ComputerCallOutputItemParam {
    const NAME: &'static str = "ComputerCallOutputItemParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut type_: Option<ComputerCallOutputLiteral> = None;
        let mut output: Option<ComputerScreenshotImage> = None;
        let mut acknowledged_safety_checks: Option<Vec<ComputerCallSafetyCheckParam>> = None;
        let mut status: Option<MessageStatus> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "call_id" => 1,
                    "type" => 2,
                    "output" => 3,
                    "acknowledged_safety_checks" => 4,
                    "status" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut type_),
                3 => sdk_runtime_types::de::value(&mut map, &mut output),
                4 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut acknowledged_safety_checks,
                    )
                }
                5 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output: sdk_runtime_types::de::required::<_, A::Error>(output, "output")?,
            acknowledged_safety_checks,
            status,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ComputerCallOutputItemParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ComputerCallOutputItemParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        call_id: impl Into<String>,
        output: impl Into<ComputerScreenshotImage>,
    ) -> Self {
        Self {
            id: None,
            call_id: call_id.into(),
            type_: Default::default(),
            output: output.into(),
            acknowledged_safety_checks: None,
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
    pub fn status(mut self, value: impl Into<MessageStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A tool call to run a function. See the
/// [function calling guide](https://platform.openai.com/docs/guides/function-calling) for more information.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FunctionToolCall {
    /// The unique ID of the function tool call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the function tool call. Always `function_call`.
    #[serde(rename = "type")]
    pub type_: FunctionCallLiteral,
    /// The unique ID of the function tool call generated by the model.
    pub call_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<ToolCallCaller>,
    /// The namespace of the function to run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// The name of the function to run.
    pub name: String,
    /// A JSON string of the arguments to pass to the function.
    pub arguments: String,
    /// The status of the item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ComputerToolCallStatus>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for FunctionToolCall {
    const NAME: &'static str = "FunctionToolCall";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<FunctionCallLiteral> = None;
        let mut call_id: Option<String> = None;
        let mut caller: Option<ToolCallCaller> = None;
        let mut namespace: Option<String> = None;
        let mut name: Option<String> = None;
        let mut arguments: Option<String> = None;
        let mut status: Option<ComputerToolCallStatus> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "call_id" => 2,
                    "caller" => 3,
                    "namespace" => 4,
                    "name" => 5,
                    "arguments" => 6,
                    "status" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut namespace),
                5 => sdk_runtime_types::de::value(&mut map, &mut name),
                6 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            caller,
            namespace,
            name: sdk_runtime_types::de::required::<_, A::Error>(name, "name")?,
            arguments: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(arguments, "arguments")?,
            status,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionToolCall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FunctionToolCall {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        call_id: impl Into<String>,
        name: impl Into<String>,
        arguments: impl Into<String>,
    ) -> Self {
        Self {
            id: None,
            type_: Default::default(),
            call_id: call_id.into(),
            caller: None,
            namespace: None,
            name: name.into(),
            arguments: arguments.into(),
            status: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<ToolCallCaller>) -> Self {
        self.caller = Some(value.into());
        self
    }
    /// Sets `namespace`.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<ComputerToolCallStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The output of a function tool call.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct FunctionCallOutputItemParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_id: Option<String>,
    /// The type of the function tool call output. Always `function_call_output`.
    #[serde(rename = "type")]
    pub type_: FunctionCallOutputLiteral,
    /// Text, image, or file output of the function tool call.
    pub output: FunctionCallOutputItemParamOutput,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<ToolCallCallerParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<MessageStatus>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for FunctionCallOutputItemParam {
    const NAME: &'static str = "FunctionCallOutputItemParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut type_: Option<FunctionCallOutputLiteral> = None;
        let mut output: Option<FunctionCallOutputItemParamOutput> = None;
        let mut name: Option<String> = None;
        let mut namespace: Option<String> = None;
        let mut caller: Option<ToolCallCallerParam> = None;
        let mut status: Option<MessageStatus> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "call_id" => 1,
                    "type" => 2,
                    "output" => 3,
                    "name" => 4,
                    "namespace" => 5,
                    "caller" => 6,
                    "status" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut call_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut type_),
                3 => sdk_runtime_types::de::value(&mut map, &mut output),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut namespace),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            call_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output: sdk_runtime_types::de::required::<_, A::Error>(output, "output")?,
            name,
            namespace,
            caller,
            status,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionCallOutputItemParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FunctionCallOutputItemParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(output: impl Into<FunctionCallOutputItemParamOutput>) -> Self {
        Self {
            id: None,
            call_id: None,
            type_: Default::default(),
            output: output.into(),
            name: None,
            namespace: None,
            caller: None,
            status: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `call_id`.
    pub fn call_id(mut self, value: impl Into<String>) -> Self {
        self.call_id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `namespace`.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<ToolCallCallerParam>) -> Self {
        self.caller = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<MessageStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ToolSearchCallItemParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_id: Option<String>,
    /// The item type. Always `tool_search_call`.
    #[serde(rename = "type")]
    pub type_: ToolSearchCallLiteral,
    /// Whether tool search was executed by the server or by the client.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub execution: Option<ToolSearchExecutionType>,
    /// The arguments supplied to the tool search call.
    pub arguments: EmptyModelParam,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<MessageStatus>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ToolSearchCallItemParam {
    const NAME: &'static str = "ToolSearchCallItemParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut type_: Option<ToolSearchCallLiteral> = None;
        let mut execution: Option<ToolSearchExecutionType> = None;
        let mut arguments: Option<EmptyModelParam> = None;
        let mut status: Option<MessageStatus> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "call_id" => 1,
                    "type" => 2,
                    "execution" => 3,
                    "arguments" => 4,
                    "status" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut call_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut type_),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut execution),
                4 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            call_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            execution,
            arguments: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(arguments, "arguments")?,
            status,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ToolSearchCallItemParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ToolSearchCallItemParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(arguments: impl Into<EmptyModelParam>) -> Self {
        Self {
            id: None,
            call_id: None,
            type_: Default::default(),
            execution: None,
            arguments: arguments.into(),
            status: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `call_id`.
    pub fn call_id(mut self, value: impl Into<String>) -> Self {
        self.call_id = Some(value.into());
        self
    }
    /// Sets `execution`.
    pub fn execution(mut self, value: impl Into<ToolSearchExecutionType>) -> Self {
        self.execution = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<MessageStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ToolSearchOutputItemParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_id: Option<String>,
    /// The item type. Always `tool_search_output`.
    #[serde(rename = "type")]
    pub type_: ToolSearchOutputLiteral,
    /// Whether tool search was executed by the server or by the client.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub execution: Option<ToolSearchExecutionType>,
    /// The loaded tool definitions returned by the tool search output.
    pub tools: Vec<Tool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<MessageStatus>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ToolSearchOutputItemParam {
    const NAME: &'static str = "ToolSearchOutputItemParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut type_: Option<ToolSearchOutputLiteral> = None;
        let mut execution: Option<ToolSearchExecutionType> = None;
        let mut tools: Option<Vec<Tool>> = None;
        let mut status: Option<MessageStatus> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "call_id" => 1,
                    "type" => 2,
                    "execution" => 3,
                    "tools" => 4,
                    "status" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut call_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut type_),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut execution),
                4 => sdk_runtime_types::de::value(&mut map, &mut tools),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            call_id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            execution,
            tools: sdk_runtime_types::de::required::<_, A::Error>(tools, "tools")?,
            status,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ToolSearchOutputItemParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ToolSearchOutputItemParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(tools: impl Into<Vec<Tool>>) -> Self {
        Self {
            id: None,
            call_id: None,
            type_: Default::default(),
            execution: None,
            tools: tools.into(),
            status: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `call_id`.
    pub fn call_id(mut self, value: impl Into<String>) -> Self {
        self.call_id = Some(value.into());
        self
    }
    /// Sets `execution`.
    pub fn execution(mut self, value: impl Into<ToolSearchExecutionType>) -> Self {
        self.execution = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<MessageStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AdditionalToolsItemParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The item type. Always `additional_tools`.
    #[serde(rename = "type")]
    pub type_: AdditionalToolsLiteral,
    /// The role that provided the additional tools. Only `developer` is supported.
    pub role: DeveloperLiteral,
    /// A list of additional tools made available at this item.
    pub tools: Vec<Tool>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for AdditionalToolsItemParam {
    const NAME: &'static str = "AdditionalToolsItemParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<AdditionalToolsLiteral> = None;
        let mut role: Option<DeveloperLiteral> = None;
        let mut tools: Option<Vec<Tool>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "role" => 2,
                    "tools" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut role),
                3 => sdk_runtime_types::de::value(&mut map, &mut tools),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            role: sdk_runtime_types::de::required::<_, A::Error>(role, "role")?,
            tools: sdk_runtime_types::de::required::<_, A::Error>(tools, "tools")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for AdditionalToolsItemParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl AdditionalToolsItemParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(tools: impl Into<Vec<Tool>>) -> Self {
        Self {
            id: None,
            type_: Default::default(),
            role: Default::default(),
            tools: tools.into(),
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A compaction item generated by the [`v1/responses/compact` API](https://platform.openai.com/docs/api-reference/responses/compact).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CompactionSummaryItemParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the item. Always `compaction`.
    #[serde(rename = "type")]
    pub type_: CompactionLiteral,
    /// The encrypted content of the compaction summary.
    pub encrypted_content: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for CompactionSummaryItemParam {
    const NAME: &'static str = "CompactionSummaryItemParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<CompactionLiteral> = None;
        let mut encrypted_content: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "encrypted_content" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut encrypted_content),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            encrypted_content: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(encrypted_content, "encrypted_content")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for CompactionSummaryItemParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl CompactionSummaryItemParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(encrypted_content: impl Into<String>) -> Self {
        Self {
            id: None,
            type_: Default::default(),
            encrypted_content: encrypted_content.into(),
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A tool representing a request to execute one or more shell commands.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FunctionShellCallItemParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The unique ID of the shell tool call generated by the model.
    pub call_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<ToolCallCallerParam>,
    /// The type of the item. Always `shell_call`.
    #[serde(rename = "type")]
    pub type_: ShellCallLiteral,
    /// The shell commands and limits that describe how to run the tool call.
    pub action: FunctionShellActionParam,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<FunctionShellCallItemStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub environment: Option<FunctionShellCallItemParamEnvironment>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for FunctionShellCallItemParam {
    const NAME: &'static str = "FunctionShellCallItemParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut caller: Option<ToolCallCallerParam> = None;
        let mut type_: Option<ShellCallLiteral> = None;
        let mut action: Option<FunctionShellActionParam> = None;
        let mut status: Option<FunctionShellCallItemStatus> = None;
        let mut environment: Option<FunctionShellCallItemParamEnvironment> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "call_id" => 1,
                    "caller" => 2,
                    "type" => 3,
                    "action" => 4,
                    "status" => 5,
                    "environment" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                3 => sdk_runtime_types::de::value(&mut map, &mut type_),
                4 => sdk_runtime_types::de::value(&mut map, &mut action),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut environment),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            caller,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            action: sdk_runtime_types::de::required::<_, A::Error>(action, "action")?,
            status,
            environment,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionShellCallItemParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FunctionShellCallItemParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        call_id: impl Into<String>,
        action: impl Into<FunctionShellActionParam>,
    ) -> Self {
        Self {
            id: None,
            call_id: call_id.into(),
            caller: None,
            type_: Default::default(),
            action: action.into(),
            status: None,
            environment: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<ToolCallCallerParam>) -> Self {
        self.caller = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<FunctionShellCallItemStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `environment`.
    pub fn environment(
        mut self,
        value: impl Into<FunctionShellCallItemParamEnvironment>,
    ) -> Self {
        self.environment = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The streamed output items emitted by a shell tool call.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct FunctionShellCallOutputItemParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The unique ID of the shell tool call generated by the model.
    pub call_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<ToolCallCallerParam>,
    /// The type of the item. Always `shell_call_output`.
    #[serde(rename = "type")]
    pub type_: ShellCallOutputLiteral,
    /// Captured chunks of stdout and stderr output, along with their associated outcomes.
    pub output: Vec<FunctionShellCallOutputContentParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<FunctionShellCallItemStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_output_length: Option<i64>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for FunctionShellCallOutputItemParam {
    const NAME: &'static str = "FunctionShellCallOutputItemParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut caller: Option<ToolCallCallerParam> = None;
        let mut type_: Option<ShellCallOutputLiteral> = None;
        let mut output: Option<Vec<FunctionShellCallOutputContentParam>> = None;
        let mut status: Option<FunctionShellCallItemStatus> = None;
        let mut max_output_length: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "call_id" => 1,
                    "caller" => 2,
                    "type" => 3,
                    "output" => 4,
                    "status" => 5,
                    "max_output_length" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                3 => sdk_runtime_types::de::value(&mut map, &mut type_),
                4 => sdk_runtime_types::de::value(&mut map, &mut output),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut max_output_length),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            caller,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output: sdk_runtime_types::de::required::<_, A::Error>(output, "output")?,
            status,
            max_output_length,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for FunctionShellCallOutputItemParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl FunctionShellCallOutputItemParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        call_id: impl Into<String>,
        output: impl Into<Vec<FunctionShellCallOutputContentParam>>,
    ) -> Self {
        Self {
            id: None,
            call_id: call_id.into(),
            caller: None,
            type_: Default::default(),
            output: output.into(),
            status: None,
            max_output_length: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<ToolCallCallerParam>) -> Self {
        self.caller = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<FunctionShellCallItemStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `max_output_length`.
    pub fn max_output_length(mut self, value: impl Into<i64>) -> Self {
        self.max_output_length = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A tool call representing a request to create, delete, or update files using diff patches.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ApplyPatchToolCallItemParam {
    /// The type of the item. Always `apply_patch_call`.
    #[serde(rename = "type")]
    pub type_: ApplyPatchCallLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The unique ID of the apply patch tool call generated by the model.
    pub call_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<ToolCallCallerParam>,
    /// The status of the apply patch tool call. One of `in_progress` or `completed`.
    pub status: ApplyPatchCallStatusParam,
    /// The specific create, delete, or update instruction for the apply_patch tool call.
    pub operation: ApplyPatchOperationParam,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ApplyPatchToolCallItemParam {
    const NAME: &'static str = "ApplyPatchToolCallItemParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ApplyPatchCallLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut caller: Option<ToolCallCallerParam> = None;
        let mut status: Option<ApplyPatchCallStatusParam> = None;
        let mut operation: Option<ApplyPatchOperationParam> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "caller" => 3,
                    "status" => 4,
                    "operation" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                4 => sdk_runtime_types::de::value(&mut map, &mut status),
                5 => sdk_runtime_types::de::value(&mut map, &mut operation),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            caller,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            operation: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(operation, "operation")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ApplyPatchToolCallItemParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ApplyPatchToolCallItemParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        call_id: impl Into<String>,
        status: impl Into<ApplyPatchCallStatusParam>,
        operation: impl Into<ApplyPatchOperationParam>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: None,
            call_id: call_id.into(),
            caller: None,
            status: status.into(),
            operation: operation.into(),
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<ToolCallCallerParam>) -> Self {
        self.caller = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// The streamed output emitted by an apply patch tool call.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ApplyPatchToolCallOutputItemParam {
    /// The type of the item. Always `apply_patch_call_output`.
    #[serde(rename = "type")]
    pub type_: ApplyPatchCallOutputLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The unique ID of the apply patch tool call generated by the model.
    pub call_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<ToolCallCallerParam>,
    /// The status of the apply patch tool call output. One of `completed` or `failed`.
    pub status: ApplyPatchCallOutputStatusParam,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ApplyPatchToolCallOutputItemParam {
    const NAME: &'static str = "ApplyPatchToolCallOutputItemParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ApplyPatchCallOutputLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut caller: Option<ToolCallCallerParam> = None;
        let mut status: Option<ApplyPatchCallOutputStatusParam> = None;
        let mut output: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "caller" => 3,
                    "status" => 4,
                    "output" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                4 => sdk_runtime_types::de::value(&mut map, &mut status),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut output),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            caller,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            output,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ApplyPatchToolCallOutputItemParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ApplyPatchToolCallOutputItemParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        call_id: impl Into<String>,
        status: impl Into<ApplyPatchCallOutputStatusParam>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: None,
            call_id: call_id.into(),
            caller: None,
            status: status.into(),
            output: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `caller`.
    pub fn caller(mut self, value: impl Into<ToolCallCallerParam>) -> Self {
        self.caller = Some(value.into());
        self
    }
    /// Sets `output`.
    pub fn output(mut self, value: impl Into<String>) -> Self {
        self.output = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// A response to an MCP approval request.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct McpApprovalResponse {
    /// The type of the item. Always `mcp_approval_response`.
    #[serde(rename = "type")]
    pub type_: McpApprovalResponseLiteral,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The ID of the approval request being answered.
    pub approval_request_id: String,
    /// Whether the request was approved.
    pub approve: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for McpApprovalResponse {
    const NAME: &'static str = "McpApprovalResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<McpApprovalResponseLiteral> = None;
        let mut id: Option<String> = None;
        let mut approval_request_id: Option<String> = None;
        let mut approve: Option<bool> = None;
        let mut reason: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "approval_request_id" => 2,
                    "approve" => 3,
                    "reason" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut approval_request_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut approve),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut reason),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id,
            approval_request_id: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(approval_request_id, "approval_request_id")?,
            approve: sdk_runtime_types::de::required::<_, A::Error>(approve, "approve")?,
            reason,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for McpApprovalResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl McpApprovalResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        approval_request_id: impl Into<String>,
        approve: impl Into<bool>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: None,
            approval_request_id: approval_request_id.into(),
            approve: approve.into(),
            reason: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `reason`.
    pub fn reason(mut self, value: impl Into<String>) -> Self {
        self.reason = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// Compacts the current context. Must be the final input item.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CompactionTriggerItemParam {
    /// The type of the item. Always `compaction_trigger`.
    #[serde(rename = "type")]
    pub type_: CompactionTriggerLiteral,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for CompactionTriggerItemParam {
    const NAME: &'static str = "CompactionTriggerItemParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<CompactionTriggerLiteral> = None;
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
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for CompactionTriggerItemParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl CompactionTriggerItemParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: Default::default() }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
/// An internal identifier for an item to reference.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ItemReferenceParam {
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<ItemReferenceLiteral>,
    /// The ID of the item to reference.
    pub id: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ItemReferenceParam {
    const NAME: &'static str = "ItemReferenceParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ItemReferenceLiteral> = None;
        let mut id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ItemReferenceParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ItemReferenceParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        Self { type_: None, id: id.into() }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<ItemReferenceLiteral>) -> Self {
        self.type_ = Some(value.into());
        self
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProgramItemParam {
    /// The unique ID of this program item.
    pub id: String,
    /// The item type. Always `program`.
    #[serde(rename = "type")]
    pub type_: ProgramLiteral,
    /// The stable call ID of the program item.
    pub call_id: String,
    /// The JavaScript source executed by programmatic tool calling.
    pub code: String,
    /// Opaque program replay fingerprint that must be round-tripped.
    pub fingerprint: String,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ProgramItemParam {
    const NAME: &'static str = "ProgramItemParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<ProgramLiteral> = None;
        let mut call_id: Option<String> = None;
        let mut code: Option<String> = None;
        let mut fingerprint: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "call_id" => 2,
                    "code" => 3,
                    "fingerprint" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut code),
                4 => sdk_runtime_types::de::value(&mut map, &mut fingerprint),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            code: sdk_runtime_types::de::required::<_, A::Error>(code, "code")?,
            fingerprint: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(fingerprint, "fingerprint")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ProgramItemParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ProgramItemParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        code: impl Into<String>,
        fingerprint: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            type_: Default::default(),
            call_id: call_id.into(),
            code: code.into(),
            fingerprint: fingerprint.into(),
        }
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ProgramOutputItemParam {
    /// The unique ID of this program output item.
    pub id: String,
    /// The item type. Always `program_output`.
    #[serde(rename = "type")]
    pub type_: ProgramOutputLiteral,
    /// The call ID of the program item.
    pub call_id: String,
    /// The result produced by the program item.
    pub result: String,
    /// The terminal status of the program output.
    pub status: ProgramOutputStatus,
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ProgramOutputItemParam {
    const NAME: &'static str = "ProgramOutputItemParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<ProgramOutputLiteral> = None;
        let mut call_id: Option<String> = None;
        let mut result: Option<String> = None;
        let mut status: Option<ProgramOutputStatus> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "call_id" => 2,
                    "result" => 3,
                    "status" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut result),
                4 => sdk_runtime_types::de::value(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            result: sdk_runtime_types::de::required::<_, A::Error>(result, "result")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
        })
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ProgramOutputItemParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "conversations", feature = "extra-types", feature = "responses"))]
impl ProgramOutputItemParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        result: impl Into<String>,
        status: impl Into<ProgramOutputStatus>,
    ) -> Self {
        Self {
            id: id.into(),
            type_: Default::default(),
            call_id: call_id.into(),
            result: result.into(),
            status: status.into(),
        }
    }
}
