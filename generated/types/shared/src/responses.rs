//! Types of the `responses` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
/// Default response format. Used to generate text responses.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseFormatText {
    /// The type of response format being defined. Always `text`.
    #[serde(rename = "type")]
    pub type_: TextLiteral,
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl sdk_runtime_types::de::Object for ResponseFormatText {
    const NAME: &'static str = "ResponseFormatText";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<TextLiteral> = None;
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
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl<'de> Deserialize<'de> for ResponseFormatText {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl ResponseFormatText {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: Default::default() }
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
/// JSON object response format. An older method of generating JSON responses.
/// Using `json_schema` is recommended for models that support it. Note that the
/// model will not generate JSON without a system or user message instructing it
/// to do so.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseFormatJsonObject {
    /// The type of response format being defined. Always `json_object`.
    #[serde(rename = "type")]
    pub type_: JsonObjectLiteral,
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl sdk_runtime_types::de::Object for ResponseFormatJsonObject {
    const NAME: &'static str = "ResponseFormatJsonObject";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<JsonObjectLiteral> = None;
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
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl<'de> Deserialize<'de> for ResponseFormatJsonObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
impl ResponseFormatJsonObject {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: Default::default() }
    }
}
#[cfg(
    any(
        feature = "assistants",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "threads"
    )
)]
/// The schema for the response format, described as a JSON Schema object.
/// Learn how to build JSON schemas [here](https://json-schema.org/).
pub type ResponseFormatJsonSchemaSchema = serde_json::Map<String, serde_json::Value>;
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Configuration options for a text response from the model. Can be plain
/// text or structured JSON data. Learn more:
/// - [Text inputs and outputs](https://platform.openai.com/docs/guides/text)
/// - [Structured Outputs](https://platform.openai.com/docs/guides/structured-outputs)
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseTextParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<Box<TextResponseFormatConfiguration>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verbosity: Option<Verbosity>,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseTextParam {
    const NAME: &'static str = "ResponseTextParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut format: Option<Box<TextResponseFormatConfiguration>> = None;
        let mut verbosity: Option<Verbosity> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "format" => 0,
                    "verbosity" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut format),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut verbosity),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { format, verbosity })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseTextParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseTextParam {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            format: None,
            verbosity: None,
        }
    }
    /// Sets `format`.
    pub fn format(mut self, value: impl Into<TextResponseFormatConfiguration>) -> Self {
        self.format = Some(Box::new(value.into()));
        self
    }
    /// Sets `verbosity`.
    pub fn verbosity(mut self, value: impl Into<Verbosity>) -> Self {
        self.verbosity = Some(value.into());
        self
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// An array of tools the model may call while generating a response. You
/// can specify which tool to use by setting the `tool_choice` parameter.
///
/// We support the following categories of tools:
/// - **Built-in tools**: Tools that are provided by OpenAI that extend the
///   model's capabilities, like [web search](https://platform.openai.com/docs/guides/tools-web-search)
///   or [file search](https://platform.openai.com/docs/guides/tools-file-search). Learn more about
///   [built-in tools](https://platform.openai.com/docs/guides/tools).
/// - **MCP Tools**: Integrations with third-party systems via custom MCP servers
///   or predefined connectors such as Google Drive and SharePoint. Learn more about
///   [MCP Tools](https://platform.openai.com/docs/guides/tools-connectors-mcp).
/// - **Function calls (custom tools)**: Functions that are defined by you,
///   enabling the model to call your own code with strongly typed arguments
///   and outputs. Learn more about
///   [function calling](https://platform.openai.com/docs/guides/function-calling). You can also use
///   custom tools to call your own code.
pub type ToolsArray = Vec<Tool>;
#[cfg(any(feature = "extra-types", feature = "realtime", feature = "responses"))]
/// Optional map of values to substitute in for variables in your
/// prompt. The substitution values can either be strings, or other
/// Response input types like images or files.
pub type ResponsePromptVariables = std::collections::BTreeMap<
    String,
    ResponsePromptVariablesValue,
>;
#[cfg(
    any(
        feature = "beta",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ResponsePromptVariablesValue {
    InputImageContent(InputImageContent),
    InputTextContent(InputTextContent),
    InputFileContent(InputFileContent),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(
    any(
        feature = "beta",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl From<InputImageContent> for ResponsePromptVariablesValue {
    fn from(value: InputImageContent) -> Self {
        Self::InputImageContent(value)
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl From<InputTextContent> for ResponsePromptVariablesValue {
    fn from(value: InputTextContent) -> Self {
        Self::InputTextContent(value)
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl From<InputFileContent> for ResponsePromptVariablesValue {
    fn from(value: InputFileContent) -> Self {
        Self::InputFileContent(value)
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl From<String> for ResponsePromptVariablesValue {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl From<&str> for ResponsePromptVariablesValue {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Text, image, or file inputs to the model, used to generate a response.
///
/// Learn more:
/// - [Text inputs and outputs](https://platform.openai.com/docs/guides/text)
/// - [Image inputs](https://platform.openai.com/docs/guides/images)
/// - [File inputs](https://platform.openai.com/docs/guides/pdf-files)
/// - [Conversation state](https://platform.openai.com/docs/guides/conversation-state)
/// - [Function calling](https://platform.openai.com/docs/guides/function-calling)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum InputParam {
    ItemList(Vec<InputItem>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<Vec<InputItem>> for InputParam {
    fn from(value: Vec<InputItem>) -> Self {
        Self::ItemList(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<String> for InputParam {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<&str> for InputParam {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// Options for streaming responses. Only set this when you set `stream: true`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ResponseStreamOptions {
    /// When true, stream obfuscation will be enabled. Stream obfuscation adds
    /// random characters to an `obfuscation` field on streaming delta events to
    /// normalize payload sizes as a mitigation to certain side-channel attacks.
    /// These obfuscation fields are included by default, but add a small amount
    /// of overhead to the data stream. You can set `include_obfuscation` to
    /// false to optimize for bandwidth if you trust the network links between
    /// your application and the OpenAI API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include_obfuscation: Option<bool>,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseStreamOptions {
    const NAME: &'static str = "ResponseStreamOptions";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut include_obfuscation: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "include_obfuscation" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut include_obfuscation),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { include_obfuscation })
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseStreamOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseStreamOptions {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { include_obfuscation: None }
    }
    /// Sets `include_obfuscation`.
    pub fn include_obfuscation(mut self, value: impl Into<bool>) -> Self {
        self.include_obfuscation = Some(value.into());
        self
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// ResponseCustomToolCallOutputItem
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CustomToolCallOutputResource {
    /// The type of the custom tool call output. Always `custom_tool_call_output`.
    #[serde(rename = "type")]
    pub type_: CustomToolCallOutputLiteral,
    /// The unique ID of the custom tool call output item.
    pub id: String,
    /// The call ID, used to map this custom tool call output to a custom tool call.
    pub call_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller: Option<ToolCallCallerParam>,
    /// The output from the custom tool call generated by your code.
    /// Can be a string or an list of output content.
    pub output: CustomToolCallOutputOutput,
    /// The status of the item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    pub status: MessageStatus,
    /// The identifier of the actor that created the item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for CustomToolCallOutputResource {
    const NAME: &'static str = "CustomToolCallOutputResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<CustomToolCallOutputLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut caller: Option<ToolCallCallerParam> = None;
        let mut output: Option<CustomToolCallOutputOutput> = None;
        let mut status: Option<MessageStatus> = None;
        let mut created_by: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "call_id" => 2,
                    "caller" => 3,
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
                3 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
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
            caller,
            output: sdk_runtime_types::de::required::<_, A::Error>(output, "output")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            created_by,
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for CustomToolCallOutputResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl CustomToolCallOutputResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        output: impl Into<CustomToolCallOutputOutput>,
        status: impl Into<MessageStatus>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            call_id: call_id.into(),
            caller: None,
            output: output.into(),
            status: status.into(),
            created_by: None,
        }
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
#[cfg(any(feature = "extra-types", feature = "responses"))]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ResponseOutputItem {
    /// `message`
    Message(OutputMessage),
    /// `file_search_call`
    FileSearchCall(FileSearchToolCall),
    /// `function_call`
    FunctionCall(FunctionToolCall),
    /// `function_call_output`
    FunctionCallOutput(FunctionToolCallOutputResource),
    /// `web_search_call`
    WebSearchCall(WebSearchToolCall),
    /// `computer_call`
    ComputerCall(ComputerToolCall),
    /// `computer_call_output`
    ComputerCallOutput(ComputerToolCallOutputResource),
    /// `reasoning`
    Reasoning(ReasoningItem),
    /// `program`
    Program(Program),
    /// `program_output`
    ProgramOutput(ProgramOutput),
    /// `tool_search_call`
    ToolSearchCall(ToolSearchCall),
    /// `tool_search_output`
    ToolSearchOutput(ToolSearchOutput),
    /// `additional_tools`
    AdditionalTools(AdditionalTools),
    /// `compaction`
    Compaction(CompactionBody),
    /// `image_generation_call`
    ImageGenerationCall(ImageGenToolCall),
    /// `code_interpreter_call`
    CodeInterpreterCall(CodeInterpreterToolCall),
    /// `local_shell_call`
    LocalShellCall(LocalShellToolCall),
    /// `local_shell_call_output`
    LocalShellCallOutput(LocalShellToolCallOutput),
    /// `shell_call`
    ShellCall(FunctionShellCall),
    /// `shell_call_output`
    ShellCallOutput(FunctionShellCallOutput),
    /// `apply_patch_call`
    ApplyPatchCall(ApplyPatchToolCall),
    /// `apply_patch_call_output`
    ApplyPatchCallOutput(ApplyPatchToolCallOutput),
    /// `mcp_call`
    McpCall(McpToolCall),
    /// `mcp_list_tools`
    McpListTools(McpListTools),
    /// `mcp_approval_request`
    McpApprovalRequest(McpApprovalRequest),
    /// `mcp_approval_response`
    McpApprovalResponse(McpApprovalResponseResource),
    /// `custom_tool_call`
    CustomToolCall(CustomToolCall),
    /// `custom_tool_call_output`
    CustomToolCallOutput(CustomToolCallOutputResource),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseOutputItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Message(value) => value.serialize(serializer),
            Self::FileSearchCall(value) => value.serialize(serializer),
            Self::FunctionCall(value) => value.serialize(serializer),
            Self::FunctionCallOutput(value) => value.serialize(serializer),
            Self::WebSearchCall(value) => value.serialize(serializer),
            Self::ComputerCall(value) => value.serialize(serializer),
            Self::ComputerCallOutput(value) => value.serialize(serializer),
            Self::Reasoning(value) => value.serialize(serializer),
            Self::Program(value) => value.serialize(serializer),
            Self::ProgramOutput(value) => value.serialize(serializer),
            Self::ToolSearchCall(value) => value.serialize(serializer),
            Self::ToolSearchOutput(value) => value.serialize(serializer),
            Self::AdditionalTools(value) => value.serialize(serializer),
            Self::Compaction(value) => value.serialize(serializer),
            Self::ImageGenerationCall(value) => value.serialize(serializer),
            Self::CodeInterpreterCall(value) => value.serialize(serializer),
            Self::LocalShellCall(value) => value.serialize(serializer),
            Self::LocalShellCallOutput(value) => value.serialize(serializer),
            Self::ShellCall(value) => value.serialize(serializer),
            Self::ShellCallOutput(value) => value.serialize(serializer),
            Self::ApplyPatchCall(value) => value.serialize(serializer),
            Self::ApplyPatchCallOutput(value) => value.serialize(serializer),
            Self::McpCall(value) => value.serialize(serializer),
            Self::McpListTools(value) => value.serialize(serializer),
            Self::McpApprovalRequest(value) => value.serialize(serializer),
            Self::McpApprovalResponse(value) => value.serialize(serializer),
            Self::CustomToolCall(value) => value.serialize(serializer),
            Self::CustomToolCallOutput(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::TaggedUnion for ResponseOutputItem {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "message" => Deserialize::deserialize(content).map(Self::Message),
                "file_search_call" => {
                    Deserialize::deserialize(content).map(Self::FileSearchCall)
                }
                "function_call" => {
                    Deserialize::deserialize(content).map(Self::FunctionCall)
                }
                "function_call_output" => {
                    Deserialize::deserialize(content).map(Self::FunctionCallOutput)
                }
                "web_search_call" => {
                    Deserialize::deserialize(content).map(Self::WebSearchCall)
                }
                "computer_call" => {
                    Deserialize::deserialize(content).map(Self::ComputerCall)
                }
                "computer_call_output" => {
                    Deserialize::deserialize(content).map(Self::ComputerCallOutput)
                }
                "reasoning" => Deserialize::deserialize(content).map(Self::Reasoning),
                "program" => Deserialize::deserialize(content).map(Self::Program),
                "program_output" => {
                    Deserialize::deserialize(content).map(Self::ProgramOutput)
                }
                "tool_search_call" => {
                    Deserialize::deserialize(content).map(Self::ToolSearchCall)
                }
                "tool_search_output" => {
                    Deserialize::deserialize(content).map(Self::ToolSearchOutput)
                }
                "additional_tools" => {
                    Deserialize::deserialize(content).map(Self::AdditionalTools)
                }
                "compaction" => Deserialize::deserialize(content).map(Self::Compaction),
                "image_generation_call" => {
                    Deserialize::deserialize(content).map(Self::ImageGenerationCall)
                }
                "code_interpreter_call" => {
                    Deserialize::deserialize(content).map(Self::CodeInterpreterCall)
                }
                "local_shell_call" => {
                    Deserialize::deserialize(content).map(Self::LocalShellCall)
                }
                "local_shell_call_output" => {
                    Deserialize::deserialize(content).map(Self::LocalShellCallOutput)
                }
                "shell_call" => Deserialize::deserialize(content).map(Self::ShellCall),
                "shell_call_output" => {
                    Deserialize::deserialize(content).map(Self::ShellCallOutput)
                }
                "apply_patch_call" => {
                    Deserialize::deserialize(content).map(Self::ApplyPatchCall)
                }
                "apply_patch_call_output" => {
                    Deserialize::deserialize(content).map(Self::ApplyPatchCallOutput)
                }
                "mcp_call" => Deserialize::deserialize(content).map(Self::McpCall),
                "mcp_list_tools" => {
                    Deserialize::deserialize(content).map(Self::McpListTools)
                }
                "mcp_approval_request" => {
                    Deserialize::deserialize(content).map(Self::McpApprovalRequest)
                }
                "mcp_approval_response" => {
                    Deserialize::deserialize(content).map(Self::McpApprovalResponse)
                }
                "custom_tool_call" => {
                    Deserialize::deserialize(content).map(Self::CustomToolCall)
                }
                "custom_tool_call_output" => {
                    Deserialize::deserialize(content).map(Self::CustomToolCallOutput)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseOutputItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<OutputMessage> for ResponseOutputItem {
    fn from(value: OutputMessage) -> Self {
        Self::Message(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<FileSearchToolCall> for ResponseOutputItem {
    fn from(value: FileSearchToolCall) -> Self {
        Self::FileSearchCall(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<FunctionToolCall> for ResponseOutputItem {
    fn from(value: FunctionToolCall) -> Self {
        Self::FunctionCall(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<FunctionToolCallOutputResource> for ResponseOutputItem {
    fn from(value: FunctionToolCallOutputResource) -> Self {
        Self::FunctionCallOutput(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<WebSearchToolCall> for ResponseOutputItem {
    fn from(value: WebSearchToolCall) -> Self {
        Self::WebSearchCall(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<ComputerToolCall> for ResponseOutputItem {
    fn from(value: ComputerToolCall) -> Self {
        Self::ComputerCall(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<ComputerToolCallOutputResource> for ResponseOutputItem {
    fn from(value: ComputerToolCallOutputResource) -> Self {
        Self::ComputerCallOutput(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<ReasoningItem> for ResponseOutputItem {
    fn from(value: ReasoningItem) -> Self {
        Self::Reasoning(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<Program> for ResponseOutputItem {
    fn from(value: Program) -> Self {
        Self::Program(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<ProgramOutput> for ResponseOutputItem {
    fn from(value: ProgramOutput) -> Self {
        Self::ProgramOutput(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<ToolSearchCall> for ResponseOutputItem {
    fn from(value: ToolSearchCall) -> Self {
        Self::ToolSearchCall(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<ToolSearchOutput> for ResponseOutputItem {
    fn from(value: ToolSearchOutput) -> Self {
        Self::ToolSearchOutput(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<AdditionalTools> for ResponseOutputItem {
    fn from(value: AdditionalTools) -> Self {
        Self::AdditionalTools(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<CompactionBody> for ResponseOutputItem {
    fn from(value: CompactionBody) -> Self {
        Self::Compaction(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<ImageGenToolCall> for ResponseOutputItem {
    fn from(value: ImageGenToolCall) -> Self {
        Self::ImageGenerationCall(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<CodeInterpreterToolCall> for ResponseOutputItem {
    fn from(value: CodeInterpreterToolCall) -> Self {
        Self::CodeInterpreterCall(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<LocalShellToolCall> for ResponseOutputItem {
    fn from(value: LocalShellToolCall) -> Self {
        Self::LocalShellCall(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<LocalShellToolCallOutput> for ResponseOutputItem {
    fn from(value: LocalShellToolCallOutput) -> Self {
        Self::LocalShellCallOutput(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<FunctionShellCall> for ResponseOutputItem {
    fn from(value: FunctionShellCall) -> Self {
        Self::ShellCall(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<FunctionShellCallOutput> for ResponseOutputItem {
    fn from(value: FunctionShellCallOutput) -> Self {
        Self::ShellCallOutput(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<ApplyPatchToolCall> for ResponseOutputItem {
    fn from(value: ApplyPatchToolCall) -> Self {
        Self::ApplyPatchCall(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<ApplyPatchToolCallOutput> for ResponseOutputItem {
    fn from(value: ApplyPatchToolCallOutput) -> Self {
        Self::ApplyPatchCallOutput(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<McpToolCall> for ResponseOutputItem {
    fn from(value: McpToolCall) -> Self {
        Self::McpCall(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<McpListTools> for ResponseOutputItem {
    fn from(value: McpListTools) -> Self {
        Self::McpListTools(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<McpApprovalRequest> for ResponseOutputItem {
    fn from(value: McpApprovalRequest) -> Self {
        Self::McpApprovalRequest(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<McpApprovalResponseResource> for ResponseOutputItem {
    fn from(value: McpApprovalResponseResource) -> Self {
        Self::McpApprovalResponse(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<CustomToolCall> for ResponseOutputItem {
    fn from(value: CustomToolCall) -> Self {
        Self::CustomToolCall(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<CustomToolCallOutputResource> for ResponseOutputItem {
    fn from(value: CustomToolCallOutputResource) -> Self {
        Self::CustomToolCallOutput(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// The specification's name for [`ResponseOutputItem`].
pub type OutputItem = ResponseOutputItem;
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.content_part.added`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseContentPartAddedLiteral {
    /// `response.content_part.added`
    #[default]
    ResponseContentPartAdded,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseContentPartAddedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.content_part.added"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseContentPartAddedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseContentPartAddedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.content_part.added")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseContentPartAddedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.content_part.added")
            .map(|()| Self::ResponseContentPartAdded)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.content_part.done`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseContentPartDoneLiteral {
    /// `response.content_part.done`
    #[default]
    ResponseContentPartDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseContentPartDoneLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.content_part.done"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseContentPartDoneLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseContentPartDoneLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.content_part.done")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseContentPartDoneLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.content_part.done")
            .map(|()| Self::ResponseContentPartDone)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.created`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseCreatedLiteral {
    /// `response.created`
    #[default]
    ResponseCreated,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseCreatedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.created"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseCreatedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseCreatedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.created")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseCreatedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.created")
            .map(|()| Self::ResponseCreated)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.function_call_arguments.delta`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseFunctionCallArgumentsDeltaLiteral {
    /// `response.function_call_arguments.delta`
    #[default]
    ResponseFunctionCallArgumentsDelta,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseFunctionCallArgumentsDeltaLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.function_call_arguments.delta"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseFunctionCallArgumentsDeltaLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseFunctionCallArgumentsDeltaLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.function_call_arguments.delta")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseFunctionCallArgumentsDeltaLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.function_call_arguments.delta",
            )
            .map(|()| Self::ResponseFunctionCallArgumentsDelta)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.function_call_arguments.done`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseFunctionCallArgumentsDoneLiteral {
    /// `response.function_call_arguments.done`
    #[default]
    ResponseFunctionCallArgumentsDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseFunctionCallArgumentsDoneLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.function_call_arguments.done"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseFunctionCallArgumentsDoneLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseFunctionCallArgumentsDoneLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.function_call_arguments.done")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseFunctionCallArgumentsDoneLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.function_call_arguments.done",
            )
            .map(|()| Self::ResponseFunctionCallArgumentsDone)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.mcp_call_arguments.delta`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseMcpCallArgumentsDeltaLiteral {
    /// `response.mcp_call_arguments.delta`
    #[default]
    ResponseMcpCallArgumentsDelta,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseMcpCallArgumentsDeltaLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.mcp_call_arguments.delta"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseMcpCallArgumentsDeltaLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseMcpCallArgumentsDeltaLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.mcp_call_arguments.delta")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseMcpCallArgumentsDeltaLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.mcp_call_arguments.delta")
            .map(|()| Self::ResponseMcpCallArgumentsDelta)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.mcp_call_arguments.done`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseMcpCallArgumentsDoneLiteral {
    /// `response.mcp_call_arguments.done`
    #[default]
    ResponseMcpCallArgumentsDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseMcpCallArgumentsDoneLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.mcp_call_arguments.done"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseMcpCallArgumentsDoneLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseMcpCallArgumentsDoneLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.mcp_call_arguments.done")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseMcpCallArgumentsDoneLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.mcp_call_arguments.done")
            .map(|()| Self::ResponseMcpCallArgumentsDone)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.mcp_call.completed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseMcpCallCompletedLiteral {
    /// `response.mcp_call.completed`
    #[default]
    ResponseMcpCallCompleted,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseMcpCallCompletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.mcp_call.completed"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseMcpCallCompletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseMcpCallCompletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.mcp_call.completed")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseMcpCallCompletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.mcp_call.completed")
            .map(|()| Self::ResponseMcpCallCompleted)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.mcp_call.failed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseMcpCallFailedLiteral {
    /// `response.mcp_call.failed`
    #[default]
    ResponseMcpCallFailed,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseMcpCallFailedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.mcp_call.failed"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseMcpCallFailedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseMcpCallFailedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.mcp_call.failed")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseMcpCallFailedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.mcp_call.failed")
            .map(|()| Self::ResponseMcpCallFailed)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.mcp_call.in_progress`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseMcpCallInProgressLiteral {
    /// `response.mcp_call.in_progress`
    #[default]
    ResponseMcpCallInProgress,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseMcpCallInProgressLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.mcp_call.in_progress"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseMcpCallInProgressLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseMcpCallInProgressLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.mcp_call.in_progress")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseMcpCallInProgressLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.mcp_call.in_progress")
            .map(|()| Self::ResponseMcpCallInProgress)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.output_item.added`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseOutputItemAddedLiteral {
    /// `response.output_item.added`
    #[default]
    ResponseOutputItemAdded,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseOutputItemAddedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.output_item.added"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseOutputItemAddedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseOutputItemAddedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.output_item.added")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseOutputItemAddedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.output_item.added")
            .map(|()| Self::ResponseOutputItemAdded)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.output_item.done`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseOutputItemDoneLiteral {
    /// `response.output_item.done`
    #[default]
    ResponseOutputItemDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseOutputItemDoneLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.output_item.done"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseOutputItemDoneLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseOutputItemDoneLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.output_item.done")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseOutputItemDoneLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.output_item.done")
            .map(|()| Self::ResponseOutputItemDone)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.output_text.delta`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseOutputTextDeltaLiteral {
    /// `response.output_text.delta`
    #[default]
    ResponseOutputTextDelta,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseOutputTextDeltaLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.output_text.delta"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseOutputTextDeltaLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseOutputTextDeltaLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.output_text.delta")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseOutputTextDeltaLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.output_text.delta")
            .map(|()| Self::ResponseOutputTextDelta)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.output_text.done`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseOutputTextDoneLiteral {
    /// `response.output_text.done`
    #[default]
    ResponseOutputTextDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseOutputTextDoneLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.output_text.done"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseOutputTextDoneLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseOutputTextDoneLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.output_text.done")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseOutputTextDoneLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.output_text.done")
            .map(|()| Self::ResponseOutputTextDone)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// The response object
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Response {
    pub metadata: Option<Metadata>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub top_logprobs: Option<i64>,
    pub temperature: Option<f64>,
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
    pub previous_response_id: Option<String>,
    /// Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    /// offers a wide range of models with different capabilities, performance
    /// characteristics, and price points. Refer to the [model guide](https://platform.openai.com/docs/models)
    /// to browse and compare available models.
    pub model: ModelIds,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub background: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_tool_calls: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<Box<ResponseTextParam>>,
    pub tools: ToolsArray,
    pub tool_choice: ToolChoiceParam,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt: Option<Prompt>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_tier: Option<ServiceTierResponses>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub truncation: Option<CreateResponseTruncation>,
    /// Unique identifier for this Response.
    pub id: String,
    /// The object type of this resource - always set to `response`.
    pub object: ResponseLiteral,
    /// The status of the response generation. One of `completed`, `failed`,
    /// `in_progress`, `cancelled`, `queued`, or `incomplete`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ResponseStatus>,
    /// Unix timestamp (in seconds) of when this Response was created.
    pub created_at: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed_at: Option<f64>,
    pub error: Option<ResponseError>,
    pub incomplete_details: Option<ResponseIncompleteDetails>,
    /// An array of content items generated by the model.
    ///
    /// - The length and order of items in the `output` array is dependent
    ///   on the model's response.
    /// - Rather than accessing the first item in the `output` array and
    ///   assuming it's an `assistant` message with the content generated by
    ///   the model, you might consider using the `output_text` property where
    ///   supported in SDKs.
    pub output: Vec<ResponseOutputItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reasoning: Option<Box<Reasoning>>,
    pub instructions: Option<ResponseInstructions>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usage: Option<ResponseUsage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_options: Option<PromptCacheOptions>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moderation: Option<Box<Moderation>>,
    /// Whether to allow the model to run tool calls in parallel.
    pub parallel_tool_calls: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversation: Option<ResponseConversation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_output_tokens: Option<i64>,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for Response {
    const NAME: &'static str = "Response";
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
        let mut previous_response_id: Option<String> = None;
        let mut model: Option<ModelIds> = None;
        let mut background: Option<bool> = None;
        let mut max_tool_calls: Option<i64> = None;
        let mut text: Option<Box<ResponseTextParam>> = None;
        let mut tools: Option<ToolsArray> = None;
        let mut tool_choice: Option<ToolChoiceParam> = None;
        let mut prompt: Option<Prompt> = None;
        let mut service_tier: Option<ServiceTierResponses> = None;
        let mut truncation: Option<CreateResponseTruncation> = None;
        let mut id: Option<String> = None;
        let mut object: Option<ResponseLiteral> = None;
        let mut status: Option<ResponseStatus> = None;
        let mut created_at: Option<f64> = None;
        let mut completed_at: Option<f64> = None;
        let mut error: Option<ResponseError> = None;
        let mut incomplete_details: Option<ResponseIncompleteDetails> = None;
        let mut output: Option<Vec<ResponseOutputItem>> = None;
        let mut reasoning: Option<Box<Reasoning>> = None;
        let mut instructions: Option<ResponseInstructions> = None;
        let mut output_text: Option<String> = None;
        let mut usage: Option<ResponseUsage> = None;
        let mut prompt_cache_options: Option<PromptCacheOptions> = None;
        let mut moderation: Option<Box<Moderation>> = None;
        let mut parallel_tool_calls: Option<bool> = None;
        let mut conversation: Option<ResponseConversation> = None;
        let mut max_output_tokens: Option<i64> = None;
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
                    "previous_response_id" => 8,
                    "model" => 9,
                    "background" => 10,
                    "max_tool_calls" => 11,
                    "text" => 12,
                    "tools" => 13,
                    "tool_choice" => 14,
                    "prompt" => 15,
                    "service_tier" => 16,
                    "truncation" => 17,
                    "id" => 18,
                    "object" => 19,
                    "status" => 20,
                    "created_at" => 21,
                    "completed_at" => 22,
                    "error" => 23,
                    "incomplete_details" => 24,
                    "output" => 25,
                    "reasoning" => 26,
                    "instructions" => 27,
                    "output_text" => 28,
                    "usage" => 29,
                    "prompt_cache_options" => 30,
                    "moderation" => 31,
                    "parallel_tool_calls" => 32,
                    "conversation" => 33,
                    "max_output_tokens" => 34,
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
                8 => sdk_runtime_types::de::nullable(&mut map, &mut previous_response_id),
                9 => sdk_runtime_types::de::value(&mut map, &mut model),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut background),
                11 => sdk_runtime_types::de::nullable(&mut map, &mut max_tool_calls),
                12 => sdk_runtime_types::de::nullable(&mut map, &mut text),
                13 => sdk_runtime_types::de::value(&mut map, &mut tools),
                14 => sdk_runtime_types::de::value(&mut map, &mut tool_choice),
                15 => sdk_runtime_types::de::nullable(&mut map, &mut prompt),
                16 => sdk_runtime_types::de::nullable(&mut map, &mut service_tier),
                17 => sdk_runtime_types::de::nullable(&mut map, &mut truncation),
                18 => sdk_runtime_types::de::value(&mut map, &mut id),
                19 => sdk_runtime_types::de::value(&mut map, &mut object),
                20 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                21 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                22 => sdk_runtime_types::de::nullable(&mut map, &mut completed_at),
                23 => sdk_runtime_types::de::nullable(&mut map, &mut error),
                24 => sdk_runtime_types::de::nullable(&mut map, &mut incomplete_details),
                25 => sdk_runtime_types::de::value(&mut map, &mut output),
                26 => sdk_runtime_types::de::nullable(&mut map, &mut reasoning),
                27 => sdk_runtime_types::de::nullable(&mut map, &mut instructions),
                28 => sdk_runtime_types::de::nullable(&mut map, &mut output_text),
                29 => sdk_runtime_types::de::nullable(&mut map, &mut usage),
                30 => {
                    sdk_runtime_types::de::nullable(&mut map, &mut prompt_cache_options)
                }
                31 => sdk_runtime_types::de::nullable(&mut map, &mut moderation),
                32 => sdk_runtime_types::de::value(&mut map, &mut parallel_tool_calls),
                33 => sdk_runtime_types::de::nullable(&mut map, &mut conversation),
                34 => sdk_runtime_types::de::nullable(&mut map, &mut max_output_tokens),
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
            previous_response_id,
            model: model.unwrap_or_default(),
            background,
            max_tool_calls,
            text,
            tools: tools.unwrap_or_default(),
            tool_choice: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(tool_choice, "tool_choice")?,
            prompt,
            service_tier,
            truncation,
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            status,
            created_at: created_at.unwrap_or_default(),
            completed_at,
            error,
            incomplete_details,
            output: output.unwrap_or_default(),
            reasoning,
            instructions,
            output_text,
            usage,
            prompt_cache_options,
            moderation,
            parallel_tool_calls: parallel_tool_calls.unwrap_or_default(),
            conversation,
            max_output_tokens,
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for Response {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl Response {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        model: impl Into<ModelIds>,
        tools: impl Into<ToolsArray>,
        tool_choice: impl Into<ToolChoiceParam>,
        id: impl Into<String>,
        created_at: impl Into<f64>,
        output: impl Into<Vec<ResponseOutputItem>>,
        parallel_tool_calls: impl Into<bool>,
    ) -> Self {
        Self {
            metadata: None,
            top_logprobs: None,
            temperature: None,
            top_p: None,
            user: None,
            safety_identifier: None,
            prompt_cache_key: None,
            prompt_cache_retention: None,
            previous_response_id: None,
            model: model.into(),
            background: None,
            max_tool_calls: None,
            text: None,
            tools: tools.into(),
            tool_choice: tool_choice.into(),
            prompt: None,
            service_tier: None,
            truncation: None,
            id: id.into(),
            object: Default::default(),
            status: None,
            created_at: created_at.into(),
            completed_at: None,
            error: None,
            incomplete_details: None,
            output: output.into(),
            reasoning: None,
            instructions: None,
            output_text: None,
            usage: None,
            prompt_cache_options: None,
            moderation: None,
            parallel_tool_calls: parallel_tool_calls.into(),
            conversation: None,
            max_output_tokens: None,
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
    /// Sets `previous_response_id`.
    pub fn previous_response_id(mut self, value: impl Into<String>) -> Self {
        self.previous_response_id = Some(value.into());
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
    /// Sets `prompt`.
    pub fn prompt(mut self, value: impl Into<Prompt>) -> Self {
        self.prompt = Some(value.into());
        self
    }
    /// Sets `service_tier`.
    pub fn service_tier(mut self, value: impl Into<ServiceTierResponses>) -> Self {
        self.service_tier = Some(value.into());
        self
    }
    /// Sets `truncation`.
    pub fn truncation(mut self, value: impl Into<CreateResponseTruncation>) -> Self {
        self.truncation = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<ResponseStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `completed_at`.
    pub fn completed_at(mut self, value: impl Into<f64>) -> Self {
        self.completed_at = Some(value.into());
        self
    }
    /// Sets `error`.
    pub fn error(mut self, value: impl Into<ResponseError>) -> Self {
        self.error = Some(value.into());
        self
    }
    /// Sets `incomplete_details`.
    pub fn incomplete_details(
        mut self,
        value: impl Into<ResponseIncompleteDetails>,
    ) -> Self {
        self.incomplete_details = Some(value.into());
        self
    }
    /// Sets `reasoning`.
    pub fn reasoning(mut self, value: impl Into<Reasoning>) -> Self {
        self.reasoning = Some(Box::new(value.into()));
        self
    }
    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<ResponseInstructions>) -> Self {
        self.instructions = Some(value.into());
        self
    }
    /// Sets `output_text`.
    pub fn output_text(mut self, value: impl Into<String>) -> Self {
        self.output_text = Some(value.into());
        self
    }
    /// Sets `usage`.
    pub fn usage(mut self, value: impl Into<ResponseUsage>) -> Self {
        self.usage = Some(value.into());
        self
    }
    /// Sets `prompt_cache_options`.
    pub fn prompt_cache_options(mut self, value: impl Into<PromptCacheOptions>) -> Self {
        self.prompt_cache_options = Some(value.into());
        self
    }
    /// Sets `moderation`.
    pub fn moderation(mut self, value: impl Into<Moderation>) -> Self {
        self.moderation = Some(Box::new(value.into()));
        self
    }
    /// Sets `conversation`.
    pub fn conversation(mut self, value: impl Into<ResponseConversation>) -> Self {
        self.conversation = Some(value.into());
        self
    }
    /// Sets `max_output_tokens`.
    pub fn max_output_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_output_tokens = Some(value.into());
        self
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseLiteral {
    /// `response`
    #[default]
    Response,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response").map(|()| Self::Response)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The status of the response generation. One of `completed`, `failed`,
/// `in_progress`, `cancelled`, `queued`, or `incomplete`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ResponseStatus {
    /// `completed`
    Completed,
    /// `failed`
    Failed,
    /// `in_progress`
    InProgress,
    /// `cancelled`
    Cancelled,
    /// `queued`
    Queued,
    /// `incomplete`
    Incomplete,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseStatus {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::InProgress => "in_progress",
            Self::Cancelled => "cancelled",
            Self::Queued => "queued",
            Self::Incomplete => "incomplete",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "completed" => Self::Completed,
            "failed" => Self::Failed,
            "in_progress" => Self::InProgress,
            "cancelled" => Self::Cancelled,
            "queued" => Self::Queued,
            "incomplete" => Self::Incomplete,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl From<&str> for ResponseStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl From<String> for ResponseStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Default for ResponseStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// An error object returned when the model fails to generate a Response.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseError {
    pub code: ResponseErrorCode,
    /// A human-readable description of the error.
    pub message: String,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseError {
    const NAME: &'static str = "ResponseError";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut code: Option<ResponseErrorCode> = None;
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
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseError {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(code: impl Into<ResponseErrorCode>, message: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The error code for the response.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ResponseErrorCode {
    /// `server_error`
    ServerError,
    /// `rate_limit_exceeded`
    RateLimitExceeded,
    /// `invalid_prompt`
    InvalidPrompt,
    /// `data_residency_mismatch`
    DataResidencyMismatch,
    /// `bio_policy`
    BioPolicy,
    /// `vector_store_timeout`
    VectorStoreTimeout,
    /// `invalid_image`
    InvalidImage,
    /// `invalid_image_format`
    InvalidImageFormat,
    /// `invalid_base64_image`
    InvalidBase64Image,
    /// `invalid_image_url`
    InvalidImageUrl,
    /// `image_too_large`
    ImageTooLarge,
    /// `image_too_small`
    ImageTooSmall,
    /// `image_parse_error`
    ImageParseError,
    /// `image_content_policy_violation`
    ImageContentPolicyViolation,
    /// `invalid_image_mode`
    InvalidImageMode,
    /// `image_file_too_large`
    ImageFileTooLarge,
    /// `unsupported_image_media_type`
    UnsupportedImageMediaType,
    /// `empty_image_file`
    EmptyImageFile,
    /// `failed_to_download_image`
    FailedToDownloadImage,
    /// `image_file_not_found`
    ImageFileNotFound,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseErrorCode {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ServerError => "server_error",
            Self::RateLimitExceeded => "rate_limit_exceeded",
            Self::InvalidPrompt => "invalid_prompt",
            Self::DataResidencyMismatch => "data_residency_mismatch",
            Self::BioPolicy => "bio_policy",
            Self::VectorStoreTimeout => "vector_store_timeout",
            Self::InvalidImage => "invalid_image",
            Self::InvalidImageFormat => "invalid_image_format",
            Self::InvalidBase64Image => "invalid_base64_image",
            Self::InvalidImageUrl => "invalid_image_url",
            Self::ImageTooLarge => "image_too_large",
            Self::ImageTooSmall => "image_too_small",
            Self::ImageParseError => "image_parse_error",
            Self::ImageContentPolicyViolation => "image_content_policy_violation",
            Self::InvalidImageMode => "invalid_image_mode",
            Self::ImageFileTooLarge => "image_file_too_large",
            Self::UnsupportedImageMediaType => "unsupported_image_media_type",
            Self::EmptyImageFile => "empty_image_file",
            Self::FailedToDownloadImage => "failed_to_download_image",
            Self::ImageFileNotFound => "image_file_not_found",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "server_error" => Self::ServerError,
            "rate_limit_exceeded" => Self::RateLimitExceeded,
            "invalid_prompt" => Self::InvalidPrompt,
            "data_residency_mismatch" => Self::DataResidencyMismatch,
            "bio_policy" => Self::BioPolicy,
            "vector_store_timeout" => Self::VectorStoreTimeout,
            "invalid_image" => Self::InvalidImage,
            "invalid_image_format" => Self::InvalidImageFormat,
            "invalid_base64_image" => Self::InvalidBase64Image,
            "invalid_image_url" => Self::InvalidImageUrl,
            "image_too_large" => Self::ImageTooLarge,
            "image_too_small" => Self::ImageTooSmall,
            "image_parse_error" => Self::ImageParseError,
            "image_content_policy_violation" => Self::ImageContentPolicyViolation,
            "invalid_image_mode" => Self::InvalidImageMode,
            "image_file_too_large" => Self::ImageFileTooLarge,
            "unsupported_image_media_type" => Self::UnsupportedImageMediaType,
            "empty_image_file" => Self::EmptyImageFile,
            "failed_to_download_image" => Self::FailedToDownloadImage,
            "image_file_not_found" => Self::ImageFileNotFound,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl From<&str> for ResponseErrorCode {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl From<String> for ResponseErrorCode {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseErrorCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Default for ResponseErrorCode {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// Details about why the response is incomplete.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseIncompleteDetails {
    /// The reason why the response is incomplete.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<ResponseIncompleteDetailsReason>,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseIncompleteDetails {
    const NAME: &'static str = "ResponseIncompleteDetails";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut reason: Option<ResponseIncompleteDetailsReason> = None;
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
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseIncompleteDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseIncompleteDetails {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { reason: None }
    }
    /// Sets `reason`.
    pub fn reason(mut self, value: impl Into<ResponseIncompleteDetailsReason>) -> Self {
        self.reason = Some(value.into());
        self
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The reason why the response is incomplete.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ResponseIncompleteDetailsReason {
    /// `max_output_tokens`
    MaxOutputTokens,
    /// `content_filter`
    ContentFilter,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseIncompleteDetailsReason {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::MaxOutputTokens => "max_output_tokens",
            Self::ContentFilter => "content_filter",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "max_output_tokens" => Self::MaxOutputTokens,
            "content_filter" => Self::ContentFilter,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl From<&str> for ResponseIncompleteDetailsReason {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl From<String> for ResponseIncompleteDetailsReason {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseIncompleteDetailsReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseIncompleteDetailsReason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseIncompleteDetailsReason {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Default for ResponseIncompleteDetailsReason {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// A system (or developer) message inserted into the model's context.
///
/// When using along with `previous_response_id`, the instructions from a previous
/// response will not be carried over to the next response. This makes it simple
/// to swap out system (or developer) messages in new responses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ResponseInstructions {
    InputItemList(Vec<InputItem>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<Vec<InputItem>> for ResponseInstructions {
    fn from(value: Vec<InputItem>) -> Self {
        Self::InputItemList(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<String> for ResponseInstructions {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl From<&str> for ResponseInstructions {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// Represents token usage details including input tokens, output tokens,
/// a breakdown of output tokens, and the total tokens used.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseUsage {
    /// The number of input tokens.
    pub input_tokens: i64,
    /// A detailed breakdown of the input tokens.
    pub input_tokens_details: ResponseUsageInputTokensDetails,
    /// The number of output tokens.
    pub output_tokens: i64,
    /// A detailed breakdown of the output tokens.
    pub output_tokens_details: BatchUsageOutputTokensDetails,
    /// The total number of tokens used.
    pub total_tokens: i64,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseUsage {
    const NAME: &'static str = "ResponseUsage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut input_tokens: Option<i64> = None;
        let mut input_tokens_details: Option<ResponseUsageInputTokensDetails> = None;
        let mut output_tokens: Option<i64> = None;
        let mut output_tokens_details: Option<BatchUsageOutputTokensDetails> = None;
        let mut total_tokens: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "input_tokens" => 0,
                    "input_tokens_details" => 1,
                    "output_tokens" => 2,
                    "output_tokens_details" => 3,
                    "total_tokens" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut input_tokens),
                1 => sdk_runtime_types::de::value(&mut map, &mut input_tokens_details),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_tokens),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_tokens_details),
                4 => sdk_runtime_types::de::value(&mut map, &mut total_tokens),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            input_tokens: input_tokens.unwrap_or_default(),
            input_tokens_details: input_tokens_details.unwrap_or_default(),
            output_tokens: output_tokens.unwrap_or_default(),
            output_tokens_details: output_tokens_details.unwrap_or_default(),
            total_tokens: total_tokens.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseUsage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseUsage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        input_tokens: impl Into<i64>,
        input_tokens_details: impl Into<ResponseUsageInputTokensDetails>,
        output_tokens: impl Into<i64>,
        output_tokens_details: impl Into<BatchUsageOutputTokensDetails>,
        total_tokens: impl Into<i64>,
    ) -> Self {
        Self {
            input_tokens: input_tokens.into(),
            input_tokens_details: input_tokens_details.into(),
            output_tokens: output_tokens.into(),
            output_tokens_details: output_tokens_details.into(),
            total_tokens: total_tokens.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// A detailed breakdown of the input tokens.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseUsageInputTokensDetails {
    /// The number of tokens that were retrieved from the cache.
    /// [More on prompt caching](https://platform.openai.com/docs/guides/prompt-caching).
    pub cached_tokens: i64,
    /// The number of input tokens that were written to the cache.
    pub cache_write_tokens: i64,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseUsageInputTokensDetails {
    const NAME: &'static str = "ResponseUsageInputTokensDetails";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut cached_tokens: Option<i64> = None;
        let mut cache_write_tokens: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "cached_tokens" => 0,
                    "cache_write_tokens" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut cached_tokens),
                1 => sdk_runtime_types::de::value(&mut map, &mut cache_write_tokens),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            cached_tokens: cached_tokens.unwrap_or_default(),
            cache_write_tokens: cache_write_tokens.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseUsageInputTokensDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseUsageInputTokensDetails {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        cached_tokens: impl Into<i64>,
        cache_write_tokens: impl Into<i64>,
    ) -> Self {
        Self {
            cached_tokens: cached_tokens.into(),
            cache_write_tokens: cache_write_tokens.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The conversation that this response belonged to. Input items and output items from this response were automatically added to this conversation.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseConversation {
    /// The unique ID of the conversation that this response was associated with.
    pub id: String,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseConversation {
    const NAME: &'static str = "ResponseConversation";
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
        Ok(Self { id: id.unwrap_or_default() })
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseConversation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseConversation {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when there is a partial audio response.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseAudioDeltaEvent {
    /// The type of the event. Always `response.audio.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseAudioDeltaLiteral,
    /// A sequence number for this chunk of the stream response.
    pub sequence_number: i64,
    /// A chunk of Base64 encoded response audio bytes.
    pub delta: String,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseAudioDeltaEvent {
    const NAME: &'static str = "ResponseAudioDeltaEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseAudioDeltaLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut delta: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "sequence_number" => 1,
                    "delta" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                2 => sdk_runtime_types::de::value(&mut map, &mut delta),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseAudioDeltaEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseAudioDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(sequence_number: impl Into<i64>, delta: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            delta: delta.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.audio.delta`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseAudioDeltaLiteral {
    /// `response.audio.delta`
    #[default]
    ResponseAudioDelta,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseAudioDeltaLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.audio.delta"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseAudioDeltaLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseAudioDeltaLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.audio.delta")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseAudioDeltaLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.audio.delta")
            .map(|()| Self::ResponseAudioDelta)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when the audio response is complete.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseAudioDoneEvent {
    /// The type of the event. Always `response.audio.done`.
    #[serde(rename = "type")]
    pub type_: ResponseAudioDoneLiteral,
    /// The sequence number of the delta.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseAudioDoneEvent {
    const NAME: &'static str = "ResponseAudioDoneEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseAudioDoneLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "sequence_number" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseAudioDoneEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseAudioDoneEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(sequence_number: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.audio.done`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseAudioDoneLiteral {
    /// `response.audio.done`
    #[default]
    ResponseAudioDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseAudioDoneLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.audio.done"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseAudioDoneLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseAudioDoneLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.audio.done")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseAudioDoneLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.audio.done")
            .map(|()| Self::ResponseAudioDone)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when there is a partial transcript of audio.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseAudioTranscriptDeltaEvent {
    /// The type of the event. Always `response.audio.transcript.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseAudioTranscriptDeltaLiteral,
    /// The partial transcript of the audio response.
    pub delta: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseAudioTranscriptDeltaEvent {
    const NAME: &'static str = "ResponseAudioTranscriptDeltaEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseAudioTranscriptDeltaLiteral> = None;
        let mut delta: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "delta" => 1,
                    "sequence_number" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut delta),
                2 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            delta: delta.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseAudioTranscriptDeltaEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseAudioTranscriptDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(delta: impl Into<String>, sequence_number: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            delta: delta.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.audio.transcript.delta`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseAudioTranscriptDeltaLiteral {
    /// `response.audio.transcript.delta`
    #[default]
    ResponseAudioTranscriptDelta,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseAudioTranscriptDeltaLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.audio.transcript.delta"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseAudioTranscriptDeltaLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseAudioTranscriptDeltaLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.audio.transcript.delta")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseAudioTranscriptDeltaLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.audio.transcript.delta")
            .map(|()| Self::ResponseAudioTranscriptDelta)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when the full audio transcript is completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseAudioTranscriptDoneEvent {
    /// The type of the event. Always `response.audio.transcript.done`.
    #[serde(rename = "type")]
    pub type_: ResponseAudioTranscriptDoneLiteral,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseAudioTranscriptDoneEvent {
    const NAME: &'static str = "ResponseAudioTranscriptDoneEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseAudioTranscriptDoneLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "sequence_number" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseAudioTranscriptDoneEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseAudioTranscriptDoneEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(sequence_number: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.audio.transcript.done`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseAudioTranscriptDoneLiteral {
    /// `response.audio.transcript.done`
    #[default]
    ResponseAudioTranscriptDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseAudioTranscriptDoneLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.audio.transcript.done"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseAudioTranscriptDoneLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseAudioTranscriptDoneLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.audio.transcript.done")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseAudioTranscriptDoneLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.audio.transcript.done")
            .map(|()| Self::ResponseAudioTranscriptDone)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a partial code snippet is streamed by the code interpreter.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseCodeInterpreterCallCodeDeltaEvent {
    /// The type of the event. Always `response.code_interpreter_call_code.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseCodeInterpreterCallCodeDeltaLiteral,
    /// The index of the output item in the response for which the code is being streamed.
    pub output_index: i64,
    /// The unique identifier of the code interpreter tool call item.
    pub item_id: String,
    /// The partial code snippet being streamed by the code interpreter.
    pub delta: String,
    /// The sequence number of this event, used to order streaming events.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseCodeInterpreterCallCodeDeltaEvent {
    const NAME: &'static str = "ResponseCodeInterpreterCallCodeDeltaEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseCodeInterpreterCallCodeDeltaLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut delta: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "delta" => 3,
                    "sequence_number" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut delta),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseCodeInterpreterCallCodeDeltaEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseCodeInterpreterCallCodeDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        delta: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            delta: delta.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.code_interpreter_call_code.delta`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseCodeInterpreterCallCodeDeltaLiteral {
    /// `response.code_interpreter_call_code.delta`
    #[default]
    ResponseCodeInterpreterCallCodeDelta,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseCodeInterpreterCallCodeDeltaLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.code_interpreter_call_code.delta"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseCodeInterpreterCallCodeDeltaLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseCodeInterpreterCallCodeDeltaLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.code_interpreter_call_code.delta")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseCodeInterpreterCallCodeDeltaLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.code_interpreter_call_code.delta",
            )
            .map(|()| Self::ResponseCodeInterpreterCallCodeDelta)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when the code snippet is finalized by the code interpreter.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseCodeInterpreterCallCodeDoneEvent {
    /// The type of the event. Always `response.code_interpreter_call_code.done`.
    #[serde(rename = "type")]
    pub type_: ResponseCodeInterpreterCallCodeDoneLiteral,
    /// The index of the output item in the response for which the code is finalized.
    pub output_index: i64,
    /// The unique identifier of the code interpreter tool call item.
    pub item_id: String,
    /// The final code snippet output by the code interpreter.
    pub code: String,
    /// The sequence number of this event, used to order streaming events.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseCodeInterpreterCallCodeDoneEvent {
    const NAME: &'static str = "ResponseCodeInterpreterCallCodeDoneEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseCodeInterpreterCallCodeDoneLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut code: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "code" => 3,
                    "sequence_number" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut code),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            code: code.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseCodeInterpreterCallCodeDoneEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseCodeInterpreterCallCodeDoneEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        code: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            code: code.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.code_interpreter_call_code.done`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseCodeInterpreterCallCodeDoneLiteral {
    /// `response.code_interpreter_call_code.done`
    #[default]
    ResponseCodeInterpreterCallCodeDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseCodeInterpreterCallCodeDoneLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.code_interpreter_call_code.done"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseCodeInterpreterCallCodeDoneLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseCodeInterpreterCallCodeDoneLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.code_interpreter_call_code.done")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseCodeInterpreterCallCodeDoneLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.code_interpreter_call_code.done",
            )
            .map(|()| Self::ResponseCodeInterpreterCallCodeDone)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when the code interpreter call is completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseCodeInterpreterCallCompletedEvent {
    /// The type of the event. Always `response.code_interpreter_call.completed`.
    #[serde(rename = "type")]
    pub type_: ResponseCodeInterpreterCallCompletedLiteral,
    /// The index of the output item in the response for which the code interpreter call is completed.
    pub output_index: i64,
    /// The unique identifier of the code interpreter tool call item.
    pub item_id: String,
    /// The sequence number of this event, used to order streaming events.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseCodeInterpreterCallCompletedEvent {
    const NAME: &'static str = "ResponseCodeInterpreterCallCompletedEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseCodeInterpreterCallCompletedLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "sequence_number" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseCodeInterpreterCallCompletedEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseCodeInterpreterCallCompletedEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.code_interpreter_call.completed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseCodeInterpreterCallCompletedLiteral {
    /// `response.code_interpreter_call.completed`
    #[default]
    ResponseCodeInterpreterCallCompleted,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseCodeInterpreterCallCompletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.code_interpreter_call.completed"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseCodeInterpreterCallCompletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseCodeInterpreterCallCompletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.code_interpreter_call.completed")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseCodeInterpreterCallCompletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.code_interpreter_call.completed",
            )
            .map(|()| Self::ResponseCodeInterpreterCallCompleted)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a code interpreter call is in progress.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseCodeInterpreterCallInProgressEvent {
    /// The type of the event. Always `response.code_interpreter_call.in_progress`.
    #[serde(rename = "type")]
    pub type_: ResponseCodeInterpreterCallInProgressLiteral,
    /// The index of the output item in the response for which the code interpreter call is in progress.
    pub output_index: i64,
    /// The unique identifier of the code interpreter tool call item.
    pub item_id: String,
    /// The sequence number of this event, used to order streaming events.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseCodeInterpreterCallInProgressEvent {
    const NAME: &'static str = "ResponseCodeInterpreterCallInProgressEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseCodeInterpreterCallInProgressLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "sequence_number" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseCodeInterpreterCallInProgressEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseCodeInterpreterCallInProgressEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.code_interpreter_call.in_progress`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseCodeInterpreterCallInProgressLiteral {
    /// `response.code_interpreter_call.in_progress`
    #[default]
    ResponseCodeInterpreterCallInProgress,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseCodeInterpreterCallInProgressLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.code_interpreter_call.in_progress"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseCodeInterpreterCallInProgressLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseCodeInterpreterCallInProgressLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.code_interpreter_call.in_progress")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseCodeInterpreterCallInProgressLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.code_interpreter_call.in_progress",
            )
            .map(|()| Self::ResponseCodeInterpreterCallInProgress)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when the code interpreter is actively interpreting the code snippet.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseCodeInterpreterCallInterpretingEvent {
    /// The type of the event. Always `response.code_interpreter_call.interpreting`.
    #[serde(rename = "type")]
    pub type_: ResponseCodeInterpreterCallInterpretingLiteral,
    /// The index of the output item in the response for which the code interpreter is interpreting code.
    pub output_index: i64,
    /// The unique identifier of the code interpreter tool call item.
    pub item_id: String,
    /// The sequence number of this event, used to order streaming events.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseCodeInterpreterCallInterpretingEvent {
    const NAME: &'static str = "ResponseCodeInterpreterCallInterpretingEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseCodeInterpreterCallInterpretingLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "sequence_number" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseCodeInterpreterCallInterpretingEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseCodeInterpreterCallInterpretingEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.code_interpreter_call.interpreting`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseCodeInterpreterCallInterpretingLiteral {
    /// `response.code_interpreter_call.interpreting`
    #[default]
    ResponseCodeInterpreterCallInterpreting,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseCodeInterpreterCallInterpretingLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.code_interpreter_call.interpreting"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseCodeInterpreterCallInterpretingLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseCodeInterpreterCallInterpretingLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.code_interpreter_call.interpreting")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseCodeInterpreterCallInterpretingLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.code_interpreter_call.interpreting",
            )
            .map(|()| Self::ResponseCodeInterpreterCallInterpreting)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when the model response is complete.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ResponseCompletedEvent {
    /// The type of the event. Always `response.completed`.
    #[serde(rename = "type")]
    pub type_: ResponseCompletedLiteral,
    /// Properties of the completed response.
    pub response: Response,
    /// The sequence number for this event.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseCompletedEvent {
    const NAME: &'static str = "ResponseCompletedEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseCompletedLiteral> = None;
        let mut response: Option<Response> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "response" => 1,
                    "sequence_number" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut response),
                2 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(response, "response")?,
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseCompletedEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseCompletedEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(response: impl Into<Response>, sequence_number: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            response: response.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "extra-types",
        feature = "responses",
        feature = "webhooks"
    )
)]
/// The constant `response.completed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseCompletedLiteral {
    /// `response.completed`
    #[default]
    ResponseCompleted,
}
#[cfg(
    any(
        feature = "beta",
        feature = "extra-types",
        feature = "responses",
        feature = "webhooks"
    )
)]
impl ResponseCompletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.completed"
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "extra-types",
        feature = "responses",
        feature = "webhooks"
    )
)]
impl std::fmt::Display for ResponseCompletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "extra-types",
        feature = "responses",
        feature = "webhooks"
    )
)]
impl Serialize for ResponseCompletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.completed")
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "extra-types",
        feature = "responses",
        feature = "webhooks"
    )
)]
impl<'de> Deserialize<'de> for ResponseCompletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.completed")
            .map(|()| Self::ResponseCompleted)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a new content part is added.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ResponseContentPartAddedEvent {
    /// The type of the event. Always `response.content_part.added`.
    #[serde(rename = "type")]
    pub type_: ResponseContentPartAddedLiteral,
    /// The ID of the output item that the content part was added to.
    pub item_id: String,
    /// The index of the output item that the content part was added to.
    pub output_index: i64,
    /// The index of the content part that was added.
    pub content_index: i64,
    /// The content part that was added.
    pub part: OutputContent,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseContentPartAddedEvent {
    const NAME: &'static str = "ResponseContentPartAddedEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseContentPartAddedLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut part: Option<OutputContent> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "content_index" => 3,
                    "part" => 4,
                    "sequence_number" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut part),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            part: sdk_runtime_types::de::required::<_, A::Error>(part, "part")?,
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseContentPartAddedEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseContentPartAddedEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        part: impl Into<OutputContent>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            part: part.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a content part is done.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ResponseContentPartDoneEvent {
    /// The type of the event. Always `response.content_part.done`.
    #[serde(rename = "type")]
    pub type_: ResponseContentPartDoneLiteral,
    /// The ID of the output item that the content part was added to.
    pub item_id: String,
    /// The index of the output item that the content part was added to.
    pub output_index: i64,
    /// The index of the content part that is done.
    pub content_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The content part that is done.
    pub part: OutputContent,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseContentPartDoneEvent {
    const NAME: &'static str = "ResponseContentPartDoneEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseContentPartDoneLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut part: Option<OutputContent> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "content_index" => 3,
                    "sequence_number" => 4,
                    "part" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::value(&mut map, &mut part),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            part: sdk_runtime_types::de::required::<_, A::Error>(part, "part")?,
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseContentPartDoneEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseContentPartDoneEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
        part: impl Into<OutputContent>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            sequence_number: sequence_number.into(),
            part: part.into(),
        }
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// An event that is emitted when a response is created.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ResponseCreatedEvent {
    /// The type of the event. Always `response.created`.
    #[serde(rename = "type")]
    pub type_: ResponseCreatedLiteral,
    /// The response that was created.
    pub response: Response,
    /// The sequence number for this event.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseCreatedEvent {
    const NAME: &'static str = "ResponseCreatedEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseCreatedLiteral> = None;
        let mut response: Option<Response> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "response" => 1,
                    "sequence_number" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut response),
                2 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(response, "response")?,
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseCreatedEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseCreatedEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(response: impl Into<Response>, sequence_number: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            response: response.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Event representing a delta (partial update) to the input of a custom tool call.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseCustomToolCallInputDeltaEvent {
    /// The event type identifier.
    #[serde(rename = "type")]
    pub type_: ResponseCustomToolCallInputDeltaLiteral,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The index of the output this delta applies to.
    pub output_index: i64,
    /// Unique identifier for the API item associated with this event.
    pub item_id: String,
    /// The incremental input data (delta) for the custom tool call.
    pub delta: String,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseCustomToolCallInputDeltaEvent {
    const NAME: &'static str = "ResponseCustomToolCallInputDeltaEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseCustomToolCallInputDeltaLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut delta: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "sequence_number" => 1,
                    "output_index" => 2,
                    "item_id" => 3,
                    "delta" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut delta),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseCustomToolCallInputDeltaEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseCustomToolCallInputDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        sequence_number: impl Into<i64>,
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        delta: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            delta: delta.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.custom_tool_call_input.delta`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseCustomToolCallInputDeltaLiteral {
    /// `response.custom_tool_call_input.delta`
    #[default]
    ResponseCustomToolCallInputDelta,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseCustomToolCallInputDeltaLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.custom_tool_call_input.delta"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseCustomToolCallInputDeltaLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseCustomToolCallInputDeltaLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.custom_tool_call_input.delta")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseCustomToolCallInputDeltaLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.custom_tool_call_input.delta",
            )
            .map(|()| Self::ResponseCustomToolCallInputDelta)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Event indicating that input for a custom tool call is complete.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseCustomToolCallInputDoneEvent {
    /// The event type identifier.
    #[serde(rename = "type")]
    pub type_: ResponseCustomToolCallInputDoneLiteral,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The index of the output this event applies to.
    pub output_index: i64,
    /// Unique identifier for the API item associated with this event.
    pub item_id: String,
    /// The complete input data for the custom tool call.
    pub input: String,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseCustomToolCallInputDoneEvent {
    const NAME: &'static str = "ResponseCustomToolCallInputDoneEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseCustomToolCallInputDoneLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut input: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "sequence_number" => 1,
                    "output_index" => 2,
                    "item_id" => 3,
                    "input" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut input),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            input: input.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseCustomToolCallInputDoneEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseCustomToolCallInputDoneEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        sequence_number: impl Into<i64>,
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        input: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            input: input.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.custom_tool_call_input.done`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseCustomToolCallInputDoneLiteral {
    /// `response.custom_tool_call_input.done`
    #[default]
    ResponseCustomToolCallInputDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseCustomToolCallInputDoneLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.custom_tool_call_input.done"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseCustomToolCallInputDoneLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseCustomToolCallInputDoneLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.custom_tool_call_input.done")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseCustomToolCallInputDoneLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.custom_tool_call_input.done",
            )
            .map(|()| Self::ResponseCustomToolCallInputDone)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// An event that is emitted when a response fails.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ResponseFailedEvent {
    /// The type of the event. Always `response.failed`.
    #[serde(rename = "type")]
    pub type_: ResponseFailedLiteral,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The response that failed.
    pub response: Response,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseFailedEvent {
    const NAME: &'static str = "ResponseFailedEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseFailedLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut response: Option<Response> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "sequence_number" => 1,
                    "response" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                2 => sdk_runtime_types::de::value(&mut map, &mut response),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            response: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(response, "response")?,
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseFailedEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseFailedEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(sequence_number: impl Into<i64>, response: impl Into<Response>) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            response: response.into(),
        }
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "extra-types",
        feature = "responses",
        feature = "webhooks"
    )
)]
/// The constant `response.failed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseFailedLiteral {
    /// `response.failed`
    #[default]
    ResponseFailed,
}
#[cfg(
    any(
        feature = "beta",
        feature = "extra-types",
        feature = "responses",
        feature = "webhooks"
    )
)]
impl ResponseFailedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.failed"
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "extra-types",
        feature = "responses",
        feature = "webhooks"
    )
)]
impl std::fmt::Display for ResponseFailedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "extra-types",
        feature = "responses",
        feature = "webhooks"
    )
)]
impl Serialize for ResponseFailedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.failed")
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "extra-types",
        feature = "responses",
        feature = "webhooks"
    )
)]
impl<'de> Deserialize<'de> for ResponseFailedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.failed")
            .map(|()| Self::ResponseFailed)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a file search call is completed (results found).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseFileSearchCallCompletedEvent {
    /// The type of the event. Always `response.file_search_call.completed`.
    #[serde(rename = "type")]
    pub type_: ResponseFileSearchCallCompletedLiteral,
    /// The index of the output item that the file search call is initiated.
    pub output_index: i64,
    /// The ID of the output item that the file search call is initiated.
    pub item_id: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseFileSearchCallCompletedEvent {
    const NAME: &'static str = "ResponseFileSearchCallCompletedEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseFileSearchCallCompletedLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "sequence_number" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseFileSearchCallCompletedEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseFileSearchCallCompletedEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.file_search_call.completed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseFileSearchCallCompletedLiteral {
    /// `response.file_search_call.completed`
    #[default]
    ResponseFileSearchCallCompleted,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseFileSearchCallCompletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.file_search_call.completed"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseFileSearchCallCompletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseFileSearchCallCompletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.file_search_call.completed")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseFileSearchCallCompletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.file_search_call.completed",
            )
            .map(|()| Self::ResponseFileSearchCallCompleted)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a file search call is initiated.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseFileSearchCallInProgressEvent {
    /// The type of the event. Always `response.file_search_call.in_progress`.
    #[serde(rename = "type")]
    pub type_: ResponseFileSearchCallInProgressLiteral,
    /// The index of the output item that the file search call is initiated.
    pub output_index: i64,
    /// The ID of the output item that the file search call is initiated.
    pub item_id: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseFileSearchCallInProgressEvent {
    const NAME: &'static str = "ResponseFileSearchCallInProgressEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseFileSearchCallInProgressLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "sequence_number" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseFileSearchCallInProgressEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseFileSearchCallInProgressEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.file_search_call.in_progress`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseFileSearchCallInProgressLiteral {
    /// `response.file_search_call.in_progress`
    #[default]
    ResponseFileSearchCallInProgress,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseFileSearchCallInProgressLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.file_search_call.in_progress"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseFileSearchCallInProgressLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseFileSearchCallInProgressLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.file_search_call.in_progress")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseFileSearchCallInProgressLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.file_search_call.in_progress",
            )
            .map(|()| Self::ResponseFileSearchCallInProgress)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a file search is currently searching.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseFileSearchCallSearchingEvent {
    /// The type of the event. Always `response.file_search_call.searching`.
    #[serde(rename = "type")]
    pub type_: ResponseFileSearchCallSearchingLiteral,
    /// The index of the output item that the file search call is searching.
    pub output_index: i64,
    /// The ID of the output item that the file search call is initiated.
    pub item_id: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseFileSearchCallSearchingEvent {
    const NAME: &'static str = "ResponseFileSearchCallSearchingEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseFileSearchCallSearchingLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "sequence_number" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseFileSearchCallSearchingEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseFileSearchCallSearchingEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.file_search_call.searching`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseFileSearchCallSearchingLiteral {
    /// `response.file_search_call.searching`
    #[default]
    ResponseFileSearchCallSearching,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseFileSearchCallSearchingLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.file_search_call.searching"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseFileSearchCallSearchingLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseFileSearchCallSearchingLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.file_search_call.searching")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseFileSearchCallSearchingLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.file_search_call.searching",
            )
            .map(|()| Self::ResponseFileSearchCallSearching)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when there is a partial function-call arguments delta.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseFunctionCallArgumentsDeltaEvent {
    /// The type of the event. Always `response.function_call_arguments.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseFunctionCallArgumentsDeltaLiteral,
    /// The ID of the output item that the function-call arguments delta is added to.
    pub item_id: String,
    /// The index of the output item that the function-call arguments delta is added to.
    pub output_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The function-call arguments delta that is added.
    pub delta: String,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseFunctionCallArgumentsDeltaEvent {
    const NAME: &'static str = "ResponseFunctionCallArgumentsDeltaEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseFunctionCallArgumentsDeltaLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut delta: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "sequence_number" => 3,
                    "delta" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::value(&mut map, &mut delta),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseFunctionCallArgumentsDeltaEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseFunctionCallArgumentsDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
        delta: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
            delta: delta.into(),
        }
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when function-call arguments are finalized.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseFunctionCallArgumentsDoneEvent {
    #[serde(rename = "type")]
    pub type_: ResponseFunctionCallArgumentsDoneLiteral,
    /// The ID of the item.
    pub item_id: String,
    /// The name of the function that was called.
    pub name: String,
    /// The index of the output item.
    pub output_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The function-call arguments.
    pub arguments: String,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseFunctionCallArgumentsDoneEvent {
    const NAME: &'static str = "ResponseFunctionCallArgumentsDoneEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseFunctionCallArgumentsDoneLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut arguments: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "name" => 2,
                    "output_index" => 3,
                    "sequence_number" => 4,
                    "arguments" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut name),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            name: name.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            arguments: arguments.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseFunctionCallArgumentsDoneEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseFunctionCallArgumentsDoneEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        name: impl Into<String>,
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
        arguments: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            name: name.into(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
            arguments: arguments.into(),
        }
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when an image generation tool call has completed and the final image is available.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseImageGenCallCompletedEvent {
    /// The type of the event. Always 'response.image_generation_call.completed'.
    #[serde(rename = "type")]
    pub type_: ResponseImageGenerationCallCompletedLiteral,
    /// The index of the output item in the response's output array.
    pub output_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The unique identifier of the image generation item being processed.
    pub item_id: String,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseImageGenCallCompletedEvent {
    const NAME: &'static str = "ResponseImageGenCallCompletedEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseImageGenerationCallCompletedLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut item_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "sequence_number" => 2,
                    "item_id" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseImageGenCallCompletedEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseImageGenCallCompletedEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
        item_id: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
            item_id: item_id.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.image_generation_call.completed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseImageGenerationCallCompletedLiteral {
    /// `response.image_generation_call.completed`
    #[default]
    ResponseImageGenerationCallCompleted,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseImageGenerationCallCompletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.image_generation_call.completed"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseImageGenerationCallCompletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseImageGenerationCallCompletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.image_generation_call.completed")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseImageGenerationCallCompletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.image_generation_call.completed",
            )
            .map(|()| Self::ResponseImageGenerationCallCompleted)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when an image generation tool call is actively generating an image (intermediate state).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseImageGenCallGeneratingEvent {
    /// The type of the event. Always 'response.image_generation_call.generating'.
    #[serde(rename = "type")]
    pub type_: ResponseImageGenerationCallGeneratingLiteral,
    /// The index of the output item in the response's output array.
    pub output_index: i64,
    /// The unique identifier of the image generation item being processed.
    pub item_id: String,
    /// The sequence number of the image generation item being processed.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseImageGenCallGeneratingEvent {
    const NAME: &'static str = "ResponseImageGenCallGeneratingEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseImageGenerationCallGeneratingLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "sequence_number" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseImageGenCallGeneratingEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseImageGenCallGeneratingEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.image_generation_call.generating`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseImageGenerationCallGeneratingLiteral {
    /// `response.image_generation_call.generating`
    #[default]
    ResponseImageGenerationCallGenerating,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseImageGenerationCallGeneratingLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.image_generation_call.generating"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseImageGenerationCallGeneratingLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseImageGenerationCallGeneratingLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.image_generation_call.generating")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseImageGenerationCallGeneratingLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.image_generation_call.generating",
            )
            .map(|()| Self::ResponseImageGenerationCallGenerating)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when an image generation tool call is in progress.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseImageGenCallInProgressEvent {
    /// The type of the event. Always 'response.image_generation_call.in_progress'.
    #[serde(rename = "type")]
    pub type_: ResponseImageGenerationCallInProgressLiteral,
    /// The index of the output item in the response's output array.
    pub output_index: i64,
    /// The unique identifier of the image generation item being processed.
    pub item_id: String,
    /// The sequence number of the image generation item being processed.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseImageGenCallInProgressEvent {
    const NAME: &'static str = "ResponseImageGenCallInProgressEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseImageGenerationCallInProgressLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "sequence_number" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseImageGenCallInProgressEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseImageGenCallInProgressEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.image_generation_call.in_progress`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseImageGenerationCallInProgressLiteral {
    /// `response.image_generation_call.in_progress`
    #[default]
    ResponseImageGenerationCallInProgress,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseImageGenerationCallInProgressLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.image_generation_call.in_progress"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseImageGenerationCallInProgressLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseImageGenerationCallInProgressLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.image_generation_call.in_progress")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseImageGenerationCallInProgressLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.image_generation_call.in_progress",
            )
            .map(|()| Self::ResponseImageGenerationCallInProgress)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a partial image is available during image generation streaming.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseImageGenCallPartialImageEvent {
    /// The type of the event. Always 'response.image_generation_call.partial_image'.
    #[serde(rename = "type")]
    pub type_: ResponseImageGenerationCallPartialImageLiteral,
    /// The index of the output item in the response's output array.
    pub output_index: i64,
    /// The unique identifier of the image generation item being processed.
    pub item_id: String,
    /// The sequence number of the image generation item being processed.
    pub sequence_number: i64,
    /// 0-based index for the partial image (backend is 1-based, but this is 0-based for the user).
    pub partial_image_index: i64,
    /// Base64-encoded partial image data, suitable for rendering as an image.
    pub partial_image_b64: String,
    /// The image size that was used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    /// The image quality that was used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quality: Option<String>,
    /// The background setting that was used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub background: Option<String>,
    /// The output format that was used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_format: Option<String>,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseImageGenCallPartialImageEvent {
    const NAME: &'static str = "ResponseImageGenCallPartialImageEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseImageGenerationCallPartialImageLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut partial_image_index: Option<i64> = None;
        let mut partial_image_b64: Option<String> = None;
        let mut size: Option<String> = None;
        let mut quality: Option<String> = None;
        let mut background: Option<String> = None;
        let mut output_format: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "sequence_number" => 3,
                    "partial_image_index" => 4,
                    "partial_image_b64" => 5,
                    "size" => 6,
                    "quality" => 7,
                    "background" => 8,
                    "output_format" => 9,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                4 => sdk_runtime_types::de::value(&mut map, &mut partial_image_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut partial_image_b64),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut size),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut quality),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut background),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut output_format),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            partial_image_index: partial_image_index.unwrap_or_default(),
            partial_image_b64: partial_image_b64.unwrap_or_default(),
            size,
            quality,
            background,
            output_format,
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseImageGenCallPartialImageEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseImageGenCallPartialImageEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
        partial_image_index: impl Into<i64>,
        partial_image_b64: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
            partial_image_index: partial_image_index.into(),
            partial_image_b64: partial_image_b64.into(),
            size: None,
            quality: None,
            background: None,
            output_format: None,
        }
    }
    /// Sets `size`.
    pub fn size(mut self, value: impl Into<String>) -> Self {
        self.size = Some(value.into());
        self
    }
    /// Sets `quality`.
    pub fn quality(mut self, value: impl Into<String>) -> Self {
        self.quality = Some(value.into());
        self
    }
    /// Sets `background`.
    pub fn background(mut self, value: impl Into<String>) -> Self {
        self.background = Some(value.into());
        self
    }
    /// Sets `output_format`.
    pub fn output_format(mut self, value: impl Into<String>) -> Self {
        self.output_format = Some(value.into());
        self
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.image_generation_call.partial_image`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseImageGenerationCallPartialImageLiteral {
    /// `response.image_generation_call.partial_image`
    #[default]
    ResponseImageGenerationCallPartialImage,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseImageGenerationCallPartialImageLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.image_generation_call.partial_image"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseImageGenerationCallPartialImageLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseImageGenerationCallPartialImageLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.image_generation_call.partial_image")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseImageGenerationCallPartialImageLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.image_generation_call.partial_image",
            )
            .map(|()| Self::ResponseImageGenerationCallPartialImage)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when the response is in progress.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ResponseInProgressEvent {
    /// The type of the event. Always `response.in_progress`.
    #[serde(rename = "type")]
    pub type_: ResponseInProgressLiteral,
    /// The response that is in progress.
    pub response: Response,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseInProgressEvent {
    const NAME: &'static str = "ResponseInProgressEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseInProgressLiteral> = None;
        let mut response: Option<Response> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "response" => 1,
                    "sequence_number" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut response),
                2 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(response, "response")?,
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseInProgressEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseInProgressEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(response: impl Into<Response>, sequence_number: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            response: response.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.in_progress`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseInProgressLiteral {
    /// `response.in_progress`
    #[default]
    ResponseInProgress,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseInProgressLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.in_progress"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseInProgressLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseInProgressLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.in_progress")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseInProgressLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.in_progress")
            .map(|()| Self::ResponseInProgress)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// An event that is emitted when a response finishes as incomplete.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ResponseIncompleteEvent {
    /// The type of the event. Always `response.incomplete`.
    #[serde(rename = "type")]
    pub type_: ResponseIncompleteLiteral,
    /// The response that was incomplete.
    pub response: Response,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseIncompleteEvent {
    const NAME: &'static str = "ResponseIncompleteEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseIncompleteLiteral> = None;
        let mut response: Option<Response> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "response" => 1,
                    "sequence_number" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut response),
                2 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(response, "response")?,
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseIncompleteEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseIncompleteEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(response: impl Into<Response>, sequence_number: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            response: response.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "extra-types",
        feature = "responses",
        feature = "webhooks"
    )
)]
/// The constant `response.incomplete`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseIncompleteLiteral {
    /// `response.incomplete`
    #[default]
    ResponseIncomplete,
}
#[cfg(
    any(
        feature = "beta",
        feature = "extra-types",
        feature = "responses",
        feature = "webhooks"
    )
)]
impl ResponseIncompleteLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.incomplete"
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "extra-types",
        feature = "responses",
        feature = "webhooks"
    )
)]
impl std::fmt::Display for ResponseIncompleteLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "extra-types",
        feature = "responses",
        feature = "webhooks"
    )
)]
impl Serialize for ResponseIncompleteLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.incomplete")
    }
}
#[cfg(
    any(
        feature = "beta",
        feature = "extra-types",
        feature = "responses",
        feature = "webhooks"
    )
)]
impl<'de> Deserialize<'de> for ResponseIncompleteLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.incomplete")
            .map(|()| Self::ResponseIncomplete)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// A logprob is the logarithmic probability that the model assigns to producing
/// a particular token at a given position in the sequence. Less-negative (higher)
/// logprob values indicate greater model confidence in that token choice.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseLogProb {
    /// A possible text token.
    pub token: String,
    /// The log probability of this token.
    pub logprob: f64,
    /// The log probabilities of up to 20 of the most likely tokens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub top_logprobs: Option<Vec<ResponseLogProbTopLogprob>>,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseLogProb {
    const NAME: &'static str = "ResponseLogProb";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut token: Option<String> = None;
        let mut logprob: Option<f64> = None;
        let mut top_logprobs: Option<Vec<ResponseLogProbTopLogprob>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "token" => 0,
                    "logprob" => 1,
                    "top_logprobs" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut token),
                1 => sdk_runtime_types::de::value(&mut map, &mut logprob),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut top_logprobs),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            token: token.unwrap_or_default(),
            logprob: logprob.unwrap_or_default(),
            top_logprobs,
        })
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseLogProb {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseLogProb {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(token: impl Into<String>, logprob: impl Into<f64>) -> Self {
        Self {
            token: token.into(),
            logprob: logprob.into(),
            top_logprobs: None,
        }
    }
    /// Sets `top_logprobs`.
    pub fn top_logprobs(
        mut self,
        value: impl Into<Vec<ResponseLogProbTopLogprob>>,
    ) -> Self {
        self.top_logprobs = Some(value.into());
        self
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseLogProbTopLogprob {
    /// A possible text token.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// The log probability of this token.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logprob: Option<f64>,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseLogProbTopLogprob {
    const NAME: &'static str = "ResponseLogProbTopLogprob";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut token: Option<String> = None;
        let mut logprob: Option<f64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "token" => 0,
                    "logprob" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut token),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut logprob),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { token, logprob })
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseLogProbTopLogprob {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseLogProbTopLogprob {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { token: None, logprob: None }
    }
    /// Sets `token`.
    pub fn token(mut self, value: impl Into<String>) -> Self {
        self.token = Some(value.into());
        self
    }
    /// Sets `logprob`.
    pub fn logprob(mut self, value: impl Into<f64>) -> Self {
        self.logprob = Some(value.into());
        self
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when there is a delta (partial update) to the arguments of an MCP tool call.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseMcpCallArgumentsDeltaEvent {
    /// The type of the event. Always 'response.mcp_call_arguments.delta'.
    #[serde(rename = "type")]
    pub type_: ResponseMcpCallArgumentsDeltaLiteral,
    /// The index of the output item in the response's output array.
    pub output_index: i64,
    /// The unique identifier of the MCP tool call item being processed.
    pub item_id: String,
    /// A JSON string containing the partial update to the arguments for the MCP tool call.
    pub delta: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseMcpCallArgumentsDeltaEvent {
    const NAME: &'static str = "ResponseMcpCallArgumentsDeltaEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseMcpCallArgumentsDeltaLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut delta: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "delta" => 3,
                    "sequence_number" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut delta),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseMcpCallArgumentsDeltaEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseMcpCallArgumentsDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        delta: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            delta: delta.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when the arguments for an MCP tool call are finalized.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseMcpCallArgumentsDoneEvent {
    /// The type of the event. Always 'response.mcp_call_arguments.done'.
    #[serde(rename = "type")]
    pub type_: ResponseMcpCallArgumentsDoneLiteral,
    /// The index of the output item in the response's output array.
    pub output_index: i64,
    /// The unique identifier of the MCP tool call item being processed.
    pub item_id: String,
    /// A JSON string containing the finalized arguments for the MCP tool call.
    pub arguments: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseMcpCallArgumentsDoneEvent {
    const NAME: &'static str = "ResponseMcpCallArgumentsDoneEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseMcpCallArgumentsDoneLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut arguments: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "arguments" => 3,
                    "sequence_number" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            arguments: arguments.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseMcpCallArgumentsDoneEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseMcpCallArgumentsDoneEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        arguments: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            arguments: arguments.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when an MCP  tool call has completed successfully.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseMcpCallCompletedEvent {
    /// The type of the event. Always 'response.mcp_call.completed'.
    #[serde(rename = "type")]
    pub type_: ResponseMcpCallCompletedLiteral,
    /// The ID of the MCP tool call item that completed.
    pub item_id: String,
    /// The index of the output item that completed.
    pub output_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseMcpCallCompletedEvent {
    const NAME: &'static str = "ResponseMcpCallCompletedEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseMcpCallCompletedLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "sequence_number" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseMcpCallCompletedEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseMcpCallCompletedEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when an MCP  tool call has failed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseMcpCallFailedEvent {
    /// The type of the event. Always 'response.mcp_call.failed'.
    #[serde(rename = "type")]
    pub type_: ResponseMcpCallFailedLiteral,
    /// The ID of the MCP tool call item that failed.
    pub item_id: String,
    /// The index of the output item that failed.
    pub output_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseMcpCallFailedEvent {
    const NAME: &'static str = "ResponseMcpCallFailedEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseMcpCallFailedLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "sequence_number" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseMcpCallFailedEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseMcpCallFailedEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when an MCP  tool call is in progress.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseMcpCallInProgressEvent {
    /// The type of the event. Always 'response.mcp_call.in_progress'.
    #[serde(rename = "type")]
    pub type_: ResponseMcpCallInProgressLiteral,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The index of the output item in the response's output array.
    pub output_index: i64,
    /// The unique identifier of the MCP tool call item being processed.
    pub item_id: String,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseMcpCallInProgressEvent {
    const NAME: &'static str = "ResponseMcpCallInProgressEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseMcpCallInProgressLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "sequence_number" => 1,
                    "output_index" => 2,
                    "item_id" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseMcpCallInProgressEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseMcpCallInProgressEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        sequence_number: impl Into<i64>,
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            output_index: output_index.into(),
            item_id: item_id.into(),
        }
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when the list of available MCP tools has been successfully retrieved.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseMcpListToolsCompletedEvent {
    /// The type of the event. Always 'response.mcp_list_tools.completed'.
    #[serde(rename = "type")]
    pub type_: ResponseMcpListToolsCompletedLiteral,
    /// The ID of the MCP tool call item that produced this output.
    pub item_id: String,
    /// The index of the output item that was processed.
    pub output_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseMcpListToolsCompletedEvent {
    const NAME: &'static str = "ResponseMcpListToolsCompletedEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseMcpListToolsCompletedLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "sequence_number" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseMcpListToolsCompletedEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseMcpListToolsCompletedEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.mcp_list_tools.completed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseMcpListToolsCompletedLiteral {
    /// `response.mcp_list_tools.completed`
    #[default]
    ResponseMcpListToolsCompleted,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseMcpListToolsCompletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.mcp_list_tools.completed"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseMcpListToolsCompletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseMcpListToolsCompletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.mcp_list_tools.completed")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseMcpListToolsCompletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.mcp_list_tools.completed")
            .map(|()| Self::ResponseMcpListToolsCompleted)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when the attempt to list available MCP tools has failed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseMcpListToolsFailedEvent {
    /// The type of the event. Always 'response.mcp_list_tools.failed'.
    #[serde(rename = "type")]
    pub type_: ResponseMcpListToolsFailedLiteral,
    /// The ID of the MCP tool call item that failed.
    pub item_id: String,
    /// The index of the output item that failed.
    pub output_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseMcpListToolsFailedEvent {
    const NAME: &'static str = "ResponseMcpListToolsFailedEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseMcpListToolsFailedLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "sequence_number" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseMcpListToolsFailedEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseMcpListToolsFailedEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.mcp_list_tools.failed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseMcpListToolsFailedLiteral {
    /// `response.mcp_list_tools.failed`
    #[default]
    ResponseMcpListToolsFailed,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseMcpListToolsFailedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.mcp_list_tools.failed"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseMcpListToolsFailedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseMcpListToolsFailedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.mcp_list_tools.failed")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseMcpListToolsFailedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.mcp_list_tools.failed")
            .map(|()| Self::ResponseMcpListToolsFailed)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when the system is in the process of retrieving the list of available MCP tools.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseMcpListToolsInProgressEvent {
    /// The type of the event. Always 'response.mcp_list_tools.in_progress'.
    #[serde(rename = "type")]
    pub type_: ResponseMcpListToolsInProgressLiteral,
    /// The ID of the MCP tool call item that is being processed.
    pub item_id: String,
    /// The index of the output item that is being processed.
    pub output_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseMcpListToolsInProgressEvent {
    const NAME: &'static str = "ResponseMcpListToolsInProgressEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseMcpListToolsInProgressLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "sequence_number" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseMcpListToolsInProgressEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseMcpListToolsInProgressEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.mcp_list_tools.in_progress`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseMcpListToolsInProgressLiteral {
    /// `response.mcp_list_tools.in_progress`
    #[default]
    ResponseMcpListToolsInProgress,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseMcpListToolsInProgressLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.mcp_list_tools.in_progress"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseMcpListToolsInProgressLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseMcpListToolsInProgressLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.mcp_list_tools.in_progress")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseMcpListToolsInProgressLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.mcp_list_tools.in_progress",
            )
            .map(|()| Self::ResponseMcpListToolsInProgress)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a new output item is added.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ResponseOutputItemAddedEvent {
    /// The type of the event. Always `response.output_item.added`.
    #[serde(rename = "type")]
    pub type_: ResponseOutputItemAddedLiteral,
    /// The index of the output item that was added.
    pub output_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The output item that was added. For reasoning items, `encrypted_content`
    /// may be incomplete while the item is in progress. Use the reasoning item
    /// from the corresponding `response.output_item.done` event when passing it
    /// as input to a subsequent request.
    pub item: ResponseOutputItem,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseOutputItemAddedEvent {
    const NAME: &'static str = "ResponseOutputItemAddedEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseOutputItemAddedLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut item: Option<ResponseOutputItem> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "sequence_number" => 2,
                    "item" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                3 => sdk_runtime_types::de::value(&mut map, &mut item),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            item: sdk_runtime_types::de::required::<_, A::Error>(item, "item")?,
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseOutputItemAddedEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseOutputItemAddedEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
        item: impl Into<ResponseOutputItem>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
            item: item.into(),
        }
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when an output item is marked done.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ResponseOutputItemDoneEvent {
    /// The type of the event. Always `response.output_item.done`.
    #[serde(rename = "type")]
    pub type_: ResponseOutputItemDoneLiteral,
    /// The index of the output item that was marked done.
    pub output_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The output item that was marked done.
    pub item: ResponseOutputItem,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseOutputItemDoneEvent {
    const NAME: &'static str = "ResponseOutputItemDoneEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseOutputItemDoneLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut item: Option<ResponseOutputItem> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "sequence_number" => 2,
                    "item" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                3 => sdk_runtime_types::de::value(&mut map, &mut item),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            item: sdk_runtime_types::de::required::<_, A::Error>(item, "item")?,
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseOutputItemDoneEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseOutputItemDoneEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
        item: impl Into<ResponseOutputItem>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            sequence_number: sequence_number.into(),
            item: item.into(),
        }
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when an annotation is added to output text content.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseOutputTextAnnotationAddedEvent {
    /// The type of the event. Always 'response.output_text.annotation.added'.
    #[serde(rename = "type")]
    pub type_: ResponseOutputTextAnnotationAddedLiteral,
    /// The unique identifier of the item to which the annotation is being added.
    pub item_id: String,
    /// The index of the output item in the response's output array.
    pub output_index: i64,
    /// The index of the content part within the output item.
    pub content_index: i64,
    /// The index of the annotation within the content part.
    pub annotation_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The annotation object being added. (See annotation schema for details.)
    pub annotation: Option<Annotation>,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseOutputTextAnnotationAddedEvent {
    const NAME: &'static str = "ResponseOutputTextAnnotationAddedEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseOutputTextAnnotationAddedLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut annotation_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut annotation: Option<Annotation> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "content_index" => 3,
                    "annotation_index" => 4,
                    "sequence_number" => 5,
                    "annotation" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut annotation_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut annotation),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            annotation_index: annotation_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            annotation,
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseOutputTextAnnotationAddedEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseOutputTextAnnotationAddedEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        annotation_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            annotation_index: annotation_index.into(),
            sequence_number: sequence_number.into(),
            annotation: None,
        }
    }
    /// Sets `annotation`.
    pub fn annotation(mut self, value: impl Into<Annotation>) -> Self {
        self.annotation = Some(value.into());
        self
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.output_text.annotation.added`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseOutputTextAnnotationAddedLiteral {
    /// `response.output_text.annotation.added`
    #[default]
    ResponseOutputTextAnnotationAdded,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseOutputTextAnnotationAddedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.output_text.annotation.added"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseOutputTextAnnotationAddedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseOutputTextAnnotationAddedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.output_text.annotation.added")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseOutputTextAnnotationAddedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.output_text.annotation.added",
            )
            .map(|()| Self::ResponseOutputTextAnnotationAdded)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a response is queued and waiting to be processed.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ResponseQueuedEvent {
    /// The type of the event. Always 'response.queued'.
    #[serde(rename = "type")]
    pub type_: ResponseQueuedLiteral,
    /// The full response object that is queued.
    pub response: Response,
    /// The sequence number for this event.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseQueuedEvent {
    const NAME: &'static str = "ResponseQueuedEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseQueuedLiteral> = None;
        let mut response: Option<Response> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "response" => 1,
                    "sequence_number" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut response),
                2 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            response: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(response, "response")?,
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseQueuedEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseQueuedEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(response: impl Into<Response>, sequence_number: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            response: response.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.queued`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseQueuedLiteral {
    /// `response.queued`
    #[default]
    ResponseQueued,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseQueuedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.queued"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseQueuedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseQueuedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.queued")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseQueuedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.queued")
            .map(|()| Self::ResponseQueued)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a new reasoning summary part is added.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseReasoningSummaryPartAddedEvent {
    /// The type of the event. Always `response.reasoning_summary_part.added`.
    #[serde(rename = "type")]
    pub type_: ResponseReasoningSummaryPartAddedLiteral,
    /// The ID of the item this summary part is associated with.
    pub item_id: String,
    /// The index of the output item this summary part is associated with.
    pub output_index: i64,
    /// The index of the summary part within the reasoning summary.
    pub summary_index: i64,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The summary part that was added.
    pub part: ResponseReasoningSummaryPartAddedEventPart,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseReasoningSummaryPartAddedEvent {
    const NAME: &'static str = "ResponseReasoningSummaryPartAddedEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseReasoningSummaryPartAddedLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut summary_index: Option<i64> = None;
        let mut sequence_number: Option<i64> = None;
        let mut part: Option<ResponseReasoningSummaryPartAddedEventPart> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "summary_index" => 3,
                    "sequence_number" => 4,
                    "part" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut summary_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                5 => sdk_runtime_types::de::value(&mut map, &mut part),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            summary_index: summary_index.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            part: part.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseReasoningSummaryPartAddedEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseReasoningSummaryPartAddedEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        summary_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
        part: impl Into<ResponseReasoningSummaryPartAddedEventPart>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            summary_index: summary_index.into(),
            sequence_number: sequence_number.into(),
            part: part.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.reasoning_summary_part.added`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseReasoningSummaryPartAddedLiteral {
    /// `response.reasoning_summary_part.added`
    #[default]
    ResponseReasoningSummaryPartAdded,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseReasoningSummaryPartAddedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.reasoning_summary_part.added"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseReasoningSummaryPartAddedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseReasoningSummaryPartAddedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.reasoning_summary_part.added")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseReasoningSummaryPartAddedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.reasoning_summary_part.added",
            )
            .map(|()| Self::ResponseReasoningSummaryPartAdded)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The summary part that was added.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseReasoningSummaryPartAddedEventPart {
    /// The type of the summary part. Always `summary_text`.
    #[serde(rename = "type")]
    pub type_: SummaryTextLiteral,
    /// The text of the summary part.
    pub text: String,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseReasoningSummaryPartAddedEventPart {
    const NAME: &'static str = "ResponseReasoningSummaryPartAddedEventPart";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<SummaryTextLiteral> = None;
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
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseReasoningSummaryPartAddedEventPart {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseReasoningSummaryPartAddedEventPart {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            text: text.into(),
        }
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a reasoning summary part is completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseReasoningSummaryPartDoneEvent {
    /// The type of the event. Always `response.reasoning_summary_part.done`.
    #[serde(rename = "type")]
    pub type_: ResponseReasoningSummaryPartDoneLiteral,
    /// The ID of the item this summary part is associated with.
    pub item_id: String,
    /// The index of the output item this summary part is associated with.
    pub output_index: i64,
    /// The index of the summary part within the reasoning summary.
    pub summary_index: i64,
    /// The completion status of the summary part. Omitted when the part completed
    /// normally and set to `incomplete` when generation was interrupted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<IncompleteLiteral>,
    /// The sequence number of this event.
    pub sequence_number: i64,
    /// The completed summary part.
    pub part: ResponseReasoningSummaryPartDoneEventPart,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseReasoningSummaryPartDoneEvent {
    const NAME: &'static str = "ResponseReasoningSummaryPartDoneEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseReasoningSummaryPartDoneLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut summary_index: Option<i64> = None;
        let mut status: Option<IncompleteLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut part: Option<ResponseReasoningSummaryPartDoneEventPart> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "summary_index" => 3,
                    "status" => 4,
                    "sequence_number" => 5,
                    "part" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut summary_index),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                6 => sdk_runtime_types::de::value(&mut map, &mut part),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            summary_index: summary_index.unwrap_or_default(),
            status,
            sequence_number: sequence_number.unwrap_or_default(),
            part: part.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseReasoningSummaryPartDoneEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseReasoningSummaryPartDoneEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        summary_index: impl Into<i64>,
        sequence_number: impl Into<i64>,
        part: impl Into<ResponseReasoningSummaryPartDoneEventPart>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            summary_index: summary_index.into(),
            status: None,
            sequence_number: sequence_number.into(),
            part: part.into(),
        }
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<IncompleteLiteral>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.reasoning_summary_part.done`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseReasoningSummaryPartDoneLiteral {
    /// `response.reasoning_summary_part.done`
    #[default]
    ResponseReasoningSummaryPartDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseReasoningSummaryPartDoneLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.reasoning_summary_part.done"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseReasoningSummaryPartDoneLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseReasoningSummaryPartDoneLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.reasoning_summary_part.done")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseReasoningSummaryPartDoneLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.reasoning_summary_part.done",
            )
            .map(|()| Self::ResponseReasoningSummaryPartDone)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The completed summary part.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseReasoningSummaryPartDoneEventPart {
    /// The type of the summary part. Always `summary_text`.
    #[serde(rename = "type")]
    pub type_: SummaryTextLiteral,
    /// The text of the summary part.
    pub text: String,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseReasoningSummaryPartDoneEventPart {
    const NAME: &'static str = "ResponseReasoningSummaryPartDoneEventPart";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<SummaryTextLiteral> = None;
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
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseReasoningSummaryPartDoneEventPart {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseReasoningSummaryPartDoneEventPart {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            text: text.into(),
        }
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a delta is added to a reasoning summary text.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseReasoningSummaryTextDeltaEvent {
    /// The type of the event. Always `response.reasoning_summary_text.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseReasoningSummaryTextDeltaLiteral,
    /// The ID of the item this summary text delta is associated with.
    pub item_id: String,
    /// The index of the output item this summary text delta is associated with.
    pub output_index: i64,
    /// The index of the summary part within the reasoning summary.
    pub summary_index: i64,
    /// The text delta that was added to the summary.
    pub delta: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseReasoningSummaryTextDeltaEvent {
    const NAME: &'static str = "ResponseReasoningSummaryTextDeltaEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseReasoningSummaryTextDeltaLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut summary_index: Option<i64> = None;
        let mut delta: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "summary_index" => 3,
                    "delta" => 4,
                    "sequence_number" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut summary_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut delta),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            summary_index: summary_index.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseReasoningSummaryTextDeltaEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseReasoningSummaryTextDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        summary_index: impl Into<i64>,
        delta: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            summary_index: summary_index.into(),
            delta: delta.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.reasoning_summary_text.delta`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseReasoningSummaryTextDeltaLiteral {
    /// `response.reasoning_summary_text.delta`
    #[default]
    ResponseReasoningSummaryTextDelta,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseReasoningSummaryTextDeltaLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.reasoning_summary_text.delta"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseReasoningSummaryTextDeltaLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseReasoningSummaryTextDeltaLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.reasoning_summary_text.delta")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseReasoningSummaryTextDeltaLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.reasoning_summary_text.delta",
            )
            .map(|()| Self::ResponseReasoningSummaryTextDelta)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a reasoning summary text is completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseReasoningSummaryTextDoneEvent {
    /// The type of the event. Always `response.reasoning_summary_text.done`.
    #[serde(rename = "type")]
    pub type_: ResponseReasoningSummaryTextDoneLiteral,
    /// The ID of the item this summary text is associated with.
    pub item_id: String,
    /// The index of the output item this summary text is associated with.
    pub output_index: i64,
    /// The index of the summary part within the reasoning summary.
    pub summary_index: i64,
    /// The full text of the completed reasoning summary.
    pub text: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseReasoningSummaryTextDoneEvent {
    const NAME: &'static str = "ResponseReasoningSummaryTextDoneEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseReasoningSummaryTextDoneLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut summary_index: Option<i64> = None;
        let mut text: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "summary_index" => 3,
                    "text" => 4,
                    "sequence_number" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut summary_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut text),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            summary_index: summary_index.unwrap_or_default(),
            text: text.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseReasoningSummaryTextDoneEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseReasoningSummaryTextDoneEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        summary_index: impl Into<i64>,
        text: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            summary_index: summary_index.into(),
            text: text.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.reasoning_summary_text.done`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseReasoningSummaryTextDoneLiteral {
    /// `response.reasoning_summary_text.done`
    #[default]
    ResponseReasoningSummaryTextDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseReasoningSummaryTextDoneLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.reasoning_summary_text.done"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseReasoningSummaryTextDoneLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseReasoningSummaryTextDoneLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.reasoning_summary_text.done")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseReasoningSummaryTextDoneLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.reasoning_summary_text.done",
            )
            .map(|()| Self::ResponseReasoningSummaryTextDone)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a delta is added to a reasoning text.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseReasoningTextDeltaEvent {
    /// The type of the event. Always `response.reasoning_text.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseReasoningTextDeltaLiteral,
    /// The ID of the item this reasoning text delta is associated with.
    pub item_id: String,
    /// The index of the output item this reasoning text delta is associated with.
    pub output_index: i64,
    /// The index of the reasoning content part this delta is associated with.
    pub content_index: i64,
    /// The text delta that was added to the reasoning content.
    pub delta: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseReasoningTextDeltaEvent {
    const NAME: &'static str = "ResponseReasoningTextDeltaEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseReasoningTextDeltaLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut delta: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "content_index" => 3,
                    "delta" => 4,
                    "sequence_number" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut delta),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseReasoningTextDeltaEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseReasoningTextDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        delta: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            delta: delta.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.reasoning_text.delta`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseReasoningTextDeltaLiteral {
    /// `response.reasoning_text.delta`
    #[default]
    ResponseReasoningTextDelta,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseReasoningTextDeltaLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.reasoning_text.delta"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseReasoningTextDeltaLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseReasoningTextDeltaLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.reasoning_text.delta")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseReasoningTextDeltaLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.reasoning_text.delta")
            .map(|()| Self::ResponseReasoningTextDelta)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a reasoning text is completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseReasoningTextDoneEvent {
    /// The type of the event. Always `response.reasoning_text.done`.
    #[serde(rename = "type")]
    pub type_: ResponseReasoningTextDoneLiteral,
    /// The ID of the item this reasoning text is associated with.
    pub item_id: String,
    /// The index of the output item this reasoning text is associated with.
    pub output_index: i64,
    /// The index of the reasoning content part.
    pub content_index: i64,
    /// The full text of the completed reasoning content.
    pub text: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseReasoningTextDoneEvent {
    const NAME: &'static str = "ResponseReasoningTextDoneEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseReasoningTextDoneLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut text: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "content_index" => 3,
                    "text" => 4,
                    "sequence_number" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut text),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            text: text.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseReasoningTextDoneEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseReasoningTextDoneEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        text: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            text: text.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.reasoning_text.done`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseReasoningTextDoneLiteral {
    /// `response.reasoning_text.done`
    #[default]
    ResponseReasoningTextDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseReasoningTextDoneLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.reasoning_text.done"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseReasoningTextDoneLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseReasoningTextDoneLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.reasoning_text.done")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseReasoningTextDoneLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.reasoning_text.done")
            .map(|()| Self::ResponseReasoningTextDone)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when there is a partial refusal text.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseRefusalDeltaEvent {
    /// The type of the event. Always `response.refusal.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseRefusalDeltaLiteral,
    /// The ID of the output item that the refusal text is added to.
    pub item_id: String,
    /// The index of the output item that the refusal text is added to.
    pub output_index: i64,
    /// The index of the content part that the refusal text is added to.
    pub content_index: i64,
    /// The refusal text that is added.
    pub delta: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseRefusalDeltaEvent {
    const NAME: &'static str = "ResponseRefusalDeltaEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseRefusalDeltaLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut delta: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "content_index" => 3,
                    "delta" => 4,
                    "sequence_number" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut delta),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseRefusalDeltaEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseRefusalDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        delta: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            delta: delta.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.refusal.delta`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseRefusalDeltaLiteral {
    /// `response.refusal.delta`
    #[default]
    ResponseRefusalDelta,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseRefusalDeltaLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.refusal.delta"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseRefusalDeltaLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseRefusalDeltaLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.refusal.delta")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseRefusalDeltaLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.refusal.delta")
            .map(|()| Self::ResponseRefusalDelta)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when refusal text is finalized.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseRefusalDoneEvent {
    /// The type of the event. Always `response.refusal.done`.
    #[serde(rename = "type")]
    pub type_: ResponseRefusalDoneLiteral,
    /// The ID of the output item that the refusal text is finalized.
    pub item_id: String,
    /// The index of the output item that the refusal text is finalized.
    pub output_index: i64,
    /// The index of the content part that the refusal text is finalized.
    pub content_index: i64,
    /// The refusal text that is finalized.
    pub refusal: String,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseRefusalDoneEvent {
    const NAME: &'static str = "ResponseRefusalDoneEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseRefusalDoneLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut refusal: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "content_index" => 3,
                    "refusal" => 4,
                    "sequence_number" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut refusal),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            refusal: refusal.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseRefusalDoneEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseRefusalDoneEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        refusal: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            refusal: refusal.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.refusal.done`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseRefusalDoneLiteral {
    /// `response.refusal.done`
    #[default]
    ResponseRefusalDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseRefusalDoneLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.refusal.done"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseRefusalDoneLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseRefusalDoneLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.refusal.done")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseRefusalDoneLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.refusal.done")
            .map(|()| Self::ResponseRefusalDone)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// A streaming event that indicated a shell command was added to a tool call.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseShellCallCommandAddedStreamingEvent {
    /// The type of the event, always `response.shell_call_command.added`.
    #[serde(rename = "type")]
    pub type_: ResponseShellCallCommandAddedLiteral,
    /// The sequence number of the event that was emitted.
    pub sequence_number: i64,
    /// The index of the output item that was updated.
    pub output_index: i64,
    /// The index of the shell command that was added.
    pub command_index: i64,
    /// The shell command that was added.
    pub command: String,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseShellCallCommandAddedStreamingEvent {
    const NAME: &'static str = "ResponseShellCallCommandAddedStreamingEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseShellCallCommandAddedLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut output_index: Option<i64> = None;
        let mut command_index: Option<i64> = None;
        let mut command: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "sequence_number" => 1,
                    "output_index" => 2,
                    "command_index" => 3,
                    "command" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut command_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut command),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            command_index: command_index.unwrap_or_default(),
            command: command.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseShellCallCommandAddedStreamingEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseShellCallCommandAddedStreamingEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        sequence_number: impl Into<i64>,
        output_index: impl Into<i64>,
        command_index: impl Into<i64>,
        command: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            output_index: output_index.into(),
            command_index: command_index.into(),
            command: command.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.shell_call_command.added`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseShellCallCommandAddedLiteral {
    /// `response.shell_call_command.added`
    #[default]
    ResponseShellCallCommandAdded,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseShellCallCommandAddedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.shell_call_command.added"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseShellCallCommandAddedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseShellCallCommandAddedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.shell_call_command.added")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseShellCallCommandAddedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.shell_call_command.added")
            .map(|()| Self::ResponseShellCallCommandAdded)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// A streaming event that indicated a shell command was incrementally updated.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseShellCallCommandDeltaStreamingEvent {
    /// The type of the event, always `response.shell_call_command.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseShellCallCommandDeltaLiteral,
    /// The sequence number of the event that was emitted.
    pub sequence_number: i64,
    /// The index of the output item that was updated.
    pub output_index: i64,
    /// The index of the shell command that was updated.
    pub command_index: i64,
    /// The shell command delta that was appended.
    pub delta: String,
    /// An obfuscation string that was added to pad the event payload.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub obfuscation: Option<String>,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseShellCallCommandDeltaStreamingEvent {
    const NAME: &'static str = "ResponseShellCallCommandDeltaStreamingEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseShellCallCommandDeltaLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut output_index: Option<i64> = None;
        let mut command_index: Option<i64> = None;
        let mut delta: Option<String> = None;
        let mut obfuscation: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "sequence_number" => 1,
                    "output_index" => 2,
                    "command_index" => 3,
                    "delta" => 4,
                    "obfuscation" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut command_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut delta),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut obfuscation),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            command_index: command_index.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
            obfuscation,
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseShellCallCommandDeltaStreamingEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseShellCallCommandDeltaStreamingEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        sequence_number: impl Into<i64>,
        output_index: impl Into<i64>,
        command_index: impl Into<i64>,
        delta: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            output_index: output_index.into(),
            command_index: command_index.into(),
            delta: delta.into(),
            obfuscation: None,
        }
    }
    /// Sets `obfuscation`.
    pub fn obfuscation(mut self, value: impl Into<String>) -> Self {
        self.obfuscation = Some(value.into());
        self
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.shell_call_command.delta`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseShellCallCommandDeltaLiteral {
    /// `response.shell_call_command.delta`
    #[default]
    ResponseShellCallCommandDelta,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseShellCallCommandDeltaLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.shell_call_command.delta"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseShellCallCommandDeltaLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseShellCallCommandDeltaLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.shell_call_command.delta")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseShellCallCommandDeltaLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.shell_call_command.delta")
            .map(|()| Self::ResponseShellCallCommandDelta)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// A streaming event that indicated a shell command was completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseShellCallCommandDoneStreamingEvent {
    /// The type of the event, always `response.shell_call_command.done`.
    #[serde(rename = "type")]
    pub type_: ResponseShellCallCommandDoneLiteral,
    /// The sequence number of the event that was emitted.
    pub sequence_number: i64,
    /// The index of the output item that was updated.
    pub output_index: i64,
    /// The index of the shell command that was completed.
    pub command_index: i64,
    /// The final shell command that was emitted.
    pub command: String,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseShellCallCommandDoneStreamingEvent {
    const NAME: &'static str = "ResponseShellCallCommandDoneStreamingEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseShellCallCommandDoneLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut output_index: Option<i64> = None;
        let mut command_index: Option<i64> = None;
        let mut command: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "sequence_number" => 1,
                    "output_index" => 2,
                    "command_index" => 3,
                    "command" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut command_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut command),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            command_index: command_index.unwrap_or_default(),
            command: command.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseShellCallCommandDoneStreamingEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseShellCallCommandDoneStreamingEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        sequence_number: impl Into<i64>,
        output_index: impl Into<i64>,
        command_index: impl Into<i64>,
        command: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            output_index: output_index.into(),
            command_index: command_index.into(),
            command: command.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.shell_call_command.done`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseShellCallCommandDoneLiteral {
    /// `response.shell_call_command.done`
    #[default]
    ResponseShellCallCommandDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseShellCallCommandDoneLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.shell_call_command.done"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseShellCallCommandDoneLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseShellCallCommandDoneLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.shell_call_command.done")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseShellCallCommandDoneLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.shell_call_command.done")
            .map(|()| Self::ResponseShellCallCommandDone)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// A streaming event that indicated shell call output was incrementally added.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseShellCallOutputContentDeltaStreamingEvent {
    /// The type of the event, always `response.shell_call_output_content.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseShellCallOutputContentDeltaLiteral,
    /// The sequence number of the event that was emitted.
    pub sequence_number: i64,
    /// The ID of the output item that was updated.
    pub item_id: String,
    /// The index of the output item that was updated.
    pub output_index: i64,
    /// The index of the shell command that produced output.
    pub command_index: i64,
    /// The stdout/stderr delta that was emitted.
    pub delta: ShellCallOutputDelta,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object
for ResponseShellCallOutputContentDeltaStreamingEvent {
    const NAME: &'static str = "ResponseShellCallOutputContentDeltaStreamingEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseShellCallOutputContentDeltaLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut command_index: Option<i64> = None;
        let mut delta: Option<ShellCallOutputDelta> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "sequence_number" => 1,
                    "item_id" => 2,
                    "output_index" => 3,
                    "command_index" => 4,
                    "delta" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut command_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut delta),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            command_index: command_index.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseShellCallOutputContentDeltaStreamingEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseShellCallOutputContentDeltaStreamingEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        sequence_number: impl Into<i64>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        command_index: impl Into<i64>,
        delta: impl Into<ShellCallOutputDelta>,
    ) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            command_index: command_index.into(),
            delta: delta.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.shell_call_output_content.delta`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseShellCallOutputContentDeltaLiteral {
    /// `response.shell_call_output_content.delta`
    #[default]
    ResponseShellCallOutputContentDelta,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseShellCallOutputContentDeltaLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.shell_call_output_content.delta"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseShellCallOutputContentDeltaLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseShellCallOutputContentDeltaLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.shell_call_output_content.delta")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseShellCallOutputContentDeltaLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.shell_call_output_content.delta",
            )
            .map(|()| Self::ResponseShellCallOutputContentDelta)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// A streaming event that indicated shell call output was completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseShellCallOutputContentDoneStreamingEvent {
    /// The type of the event, always `response.shell_call_output_content.done`.
    #[serde(rename = "type")]
    pub type_: ResponseShellCallOutputContentDoneLiteral,
    /// The sequence number of the event that was emitted.
    pub sequence_number: i64,
    /// The ID of the output item that was updated.
    pub item_id: String,
    /// The index of the output item that was updated.
    pub output_index: i64,
    /// The index of the shell command that produced output.
    pub command_index: i64,
    /// The output contents emitted for the shell command.
    pub output: Vec<FunctionShellCallOutputContent>,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseShellCallOutputContentDoneStreamingEvent {
    const NAME: &'static str = "ResponseShellCallOutputContentDoneStreamingEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseShellCallOutputContentDoneLiteral> = None;
        let mut sequence_number: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut command_index: Option<i64> = None;
        let mut output: Option<Vec<FunctionShellCallOutputContent>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "sequence_number" => 1,
                    "item_id" => 2,
                    "output_index" => 3,
                    "command_index" => 4,
                    "output" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut command_index),
                5 => sdk_runtime_types::de::value(&mut map, &mut output),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            sequence_number: sequence_number.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            command_index: command_index.unwrap_or_default(),
            output: output.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseShellCallOutputContentDoneStreamingEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseShellCallOutputContentDoneStreamingEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        sequence_number: impl Into<i64>,
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        command_index: impl Into<i64>,
        output: impl Into<Vec<FunctionShellCallOutputContent>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            sequence_number: sequence_number.into(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            command_index: command_index.into(),
            output: output.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.shell_call_output_content.done`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseShellCallOutputContentDoneLiteral {
    /// `response.shell_call_output_content.done`
    #[default]
    ResponseShellCallOutputContentDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseShellCallOutputContentDoneLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.shell_call_output_content.done"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseShellCallOutputContentDoneLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseShellCallOutputContentDoneLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.shell_call_output_content.done")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseShellCallOutputContentDoneLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.shell_call_output_content.done",
            )
            .map(|()| Self::ResponseShellCallOutputContentDone)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when there is an additional text delta.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseTextDeltaEvent {
    /// The type of the event. Always `response.output_text.delta`.
    #[serde(rename = "type")]
    pub type_: ResponseOutputTextDeltaLiteral,
    /// The ID of the output item that the text delta was added to.
    pub item_id: String,
    /// The index of the output item that the text delta was added to.
    pub output_index: i64,
    /// The index of the content part that the text delta was added to.
    pub content_index: i64,
    /// The text delta that was added.
    pub delta: String,
    /// The sequence number for this event.
    pub sequence_number: i64,
    /// The log probabilities of the tokens in the delta.
    pub logprobs: Vec<ResponseLogProb>,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseTextDeltaEvent {
    const NAME: &'static str = "ResponseTextDeltaEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseOutputTextDeltaLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut delta: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut logprobs: Option<Vec<ResponseLogProb>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "content_index" => 3,
                    "delta" => 4,
                    "sequence_number" => 5,
                    "logprobs" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut delta),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                6 => sdk_runtime_types::de::value(&mut map, &mut logprobs),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            delta: delta.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            logprobs: logprobs.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseTextDeltaEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseTextDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        delta: impl Into<String>,
        sequence_number: impl Into<i64>,
        logprobs: impl Into<Vec<ResponseLogProb>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            delta: delta.into(),
            sequence_number: sequence_number.into(),
            logprobs: logprobs.into(),
        }
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when text content is finalized.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseTextDoneEvent {
    /// The type of the event. Always `response.output_text.done`.
    #[serde(rename = "type")]
    pub type_: ResponseOutputTextDoneLiteral,
    /// The ID of the output item that the text content is finalized.
    pub item_id: String,
    /// The index of the output item that the text content is finalized.
    pub output_index: i64,
    /// The index of the content part that the text content is finalized.
    pub content_index: i64,
    /// The text content that is finalized.
    pub text: String,
    /// The sequence number for this event.
    pub sequence_number: i64,
    /// The log probabilities of the tokens in the delta.
    pub logprobs: Vec<ResponseLogProb>,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseTextDoneEvent {
    const NAME: &'static str = "ResponseTextDoneEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseOutputTextDoneLiteral> = None;
        let mut item_id: Option<String> = None;
        let mut output_index: Option<i64> = None;
        let mut content_index: Option<i64> = None;
        let mut text: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        let mut logprobs: Option<Vec<ResponseLogProb>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "item_id" => 1,
                    "output_index" => 2,
                    "content_index" => 3,
                    "text" => 4,
                    "sequence_number" => 5,
                    "logprobs" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                3 => sdk_runtime_types::de::value(&mut map, &mut content_index),
                4 => sdk_runtime_types::de::value(&mut map, &mut text),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                6 => sdk_runtime_types::de::value(&mut map, &mut logprobs),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            item_id: item_id.unwrap_or_default(),
            output_index: output_index.unwrap_or_default(),
            content_index: content_index.unwrap_or_default(),
            text: text.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
            logprobs: logprobs.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseTextDoneEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseTextDoneEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        item_id: impl Into<String>,
        output_index: impl Into<i64>,
        content_index: impl Into<i64>,
        text: impl Into<String>,
        sequence_number: impl Into<i64>,
        logprobs: impl Into<Vec<ResponseLogProb>>,
    ) -> Self {
        Self {
            type_: Default::default(),
            item_id: item_id.into(),
            output_index: output_index.into(),
            content_index: content_index.into(),
            text: text.into(),
            sequence_number: sequence_number.into(),
            logprobs: logprobs.into(),
        }
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a web search call is completed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseWebSearchCallCompletedEvent {
    /// The type of the event. Always `response.web_search_call.completed`.
    #[serde(rename = "type")]
    pub type_: ResponseWebSearchCallCompletedLiteral,
    /// The index of the output item that the web search call is associated with.
    pub output_index: i64,
    /// Unique ID for the output item associated with the web search call.
    pub item_id: String,
    /// The sequence number of the web search call being processed.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseWebSearchCallCompletedEvent {
    const NAME: &'static str = "ResponseWebSearchCallCompletedEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseWebSearchCallCompletedLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "sequence_number" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseWebSearchCallCompletedEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseWebSearchCallCompletedEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.web_search_call.completed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseWebSearchCallCompletedLiteral {
    /// `response.web_search_call.completed`
    #[default]
    ResponseWebSearchCallCompleted,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseWebSearchCallCompletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.web_search_call.completed"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseWebSearchCallCompletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseWebSearchCallCompletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.web_search_call.completed")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseWebSearchCallCompletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.web_search_call.completed",
            )
            .map(|()| Self::ResponseWebSearchCallCompleted)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a web search call is initiated.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseWebSearchCallInProgressEvent {
    /// The type of the event. Always `response.web_search_call.in_progress`.
    #[serde(rename = "type")]
    pub type_: ResponseWebSearchCallInProgressLiteral,
    /// The index of the output item that the web search call is associated with.
    pub output_index: i64,
    /// Unique ID for the output item associated with the web search call.
    pub item_id: String,
    /// The sequence number of the web search call being processed.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseWebSearchCallInProgressEvent {
    const NAME: &'static str = "ResponseWebSearchCallInProgressEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseWebSearchCallInProgressLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "sequence_number" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseWebSearchCallInProgressEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseWebSearchCallInProgressEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.web_search_call.in_progress`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseWebSearchCallInProgressLiteral {
    /// `response.web_search_call.in_progress`
    #[default]
    ResponseWebSearchCallInProgress,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseWebSearchCallInProgressLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.web_search_call.in_progress"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseWebSearchCallInProgressLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseWebSearchCallInProgressLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.web_search_call.in_progress")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseWebSearchCallInProgressLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.web_search_call.in_progress",
            )
            .map(|()| Self::ResponseWebSearchCallInProgress)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
/// Emitted when a web search call is executing.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseWebSearchCallSearchingEvent {
    /// The type of the event. Always `response.web_search_call.searching`.
    #[serde(rename = "type")]
    pub type_: ResponseWebSearchCallSearchingLiteral,
    /// The index of the output item that the web search call is associated with.
    pub output_index: i64,
    /// Unique ID for the output item associated with the web search call.
    pub item_id: String,
    /// The sequence number of the web search call being processed.
    pub sequence_number: i64,
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl sdk_runtime_types::de::Object for ResponseWebSearchCallSearchingEvent {
    const NAME: &'static str = "ResponseWebSearchCallSearchingEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ResponseWebSearchCallSearchingLiteral> = None;
        let mut output_index: Option<i64> = None;
        let mut item_id: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_index" => 1,
                    "item_id" => 2,
                    "sequence_number" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_index),
                2 => sdk_runtime_types::de::value(&mut map, &mut item_id),
                3 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_index: output_index.unwrap_or_default(),
            item_id: item_id.unwrap_or_default(),
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseWebSearchCallSearchingEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "extra-types", feature = "responses"))]
impl ResponseWebSearchCallSearchingEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        output_index: impl Into<i64>,
        item_id: impl Into<String>,
        sequence_number: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            output_index: output_index.into(),
            item_id: item_id.into(),
            sequence_number: sequence_number.into(),
        }
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.web_search_call.searching`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseWebSearchCallSearchingLiteral {
    /// `response.web_search_call.searching`
    #[default]
    ResponseWebSearchCallSearching,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseWebSearchCallSearchingLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.web_search_call.searching"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseWebSearchCallSearchingLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseWebSearchCallSearchingLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.web_search_call.searching")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseWebSearchCallSearchingLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "response.web_search_call.searching",
            )
            .map(|()| Self::ResponseWebSearchCallSearching)
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.input_tokens`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseInputTokensLiteral {
    /// `response.input_tokens`
    #[default]
    ResponseInputTokens,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl ResponseInputTokensLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.input_tokens"
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl std::fmt::Display for ResponseInputTokensLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl Serialize for ResponseInputTokensLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.input_tokens")
    }
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
impl<'de> Deserialize<'de> for ResponseInputTokensLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.input_tokens")
            .map(|()| Self::ResponseInputTokens)
    }
}
