//! Types of the `beta` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaTokenCountsBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<BetaTokenCountsBodyInput>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_response_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<BetaTool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<Box<BetaResponseTextParam>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reasoning: Option<Box<Reasoning>>,
    /// The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response to fit the context window by dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with a 400 error.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub truncation: Option<TruncationEnum>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// A model-owned style preset to apply to this request. Omit this parameter to use the model's default style. Supported values may expand over time. Values must be at most 64 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub personality: Option<PersonalityEnum>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversation: Option<ConversationParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_choice: Option<ToolChoiceParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parallel_tool_calls: Option<bool>,
}
impl sdk_runtime_types::de::Object for BetaTokenCountsBody {
    const NAME: &'static str = "BetaTokenCountsBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut model: Option<String> = None;
        let mut input: Option<BetaTokenCountsBodyInput> = None;
        let mut previous_response_id: Option<String> = None;
        let mut tools: Option<Vec<BetaTool>> = None;
        let mut text: Option<Box<BetaResponseTextParam>> = None;
        let mut reasoning: Option<Box<Reasoning>> = None;
        let mut truncation: Option<TruncationEnum> = None;
        let mut instructions: Option<String> = None;
        let mut personality: Option<PersonalityEnum> = None;
        let mut conversation: Option<ConversationParam> = None;
        let mut tool_choice: Option<ToolChoiceParam> = None;
        let mut parallel_tool_calls: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "model" => 0,
                    "input" => 1,
                    "previous_response_id" => 2,
                    "tools" => 3,
                    "text" => 4,
                    "reasoning" => 5,
                    "truncation" => 6,
                    "instructions" => 7,
                    "personality" => 8,
                    "conversation" => 9,
                    "tool_choice" => 10,
                    "parallel_tool_calls" => 11,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut input),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut previous_response_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut tools),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut text),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut reasoning),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut truncation),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut instructions),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut personality),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut conversation),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut tool_choice),
                11 => sdk_runtime_types::de::nullable(&mut map, &mut parallel_tool_calls),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            model,
            input,
            previous_response_id,
            tools,
            text,
            reasoning,
            truncation,
            instructions,
            personality,
            conversation,
            tool_choice,
            parallel_tool_calls,
        })
    }
}
impl<'de> Deserialize<'de> for BetaTokenCountsBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaTokenCountsBody {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            model: None,
            input: None,
            previous_response_id: None,
            tools: None,
            text: None,
            reasoning: None,
            truncation: None,
            instructions: None,
            personality: None,
            conversation: None,
            tool_choice: None,
            parallel_tool_calls: None,
        }
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `input`.
    pub fn input(mut self, value: impl Into<BetaTokenCountsBodyInput>) -> Self {
        self.input = Some(value.into());
        self
    }
    /// Sets `previous_response_id`.
    pub fn previous_response_id(mut self, value: impl Into<String>) -> Self {
        self.previous_response_id = Some(value.into());
        self
    }
    /// Sets `tools`.
    pub fn tools(mut self, value: impl Into<Vec<BetaTool>>) -> Self {
        self.tools = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<BetaResponseTextParam>) -> Self {
        self.text = Some(Box::new(value.into()));
        self
    }
    /// Sets `reasoning`.
    pub fn reasoning(mut self, value: impl Into<Reasoning>) -> Self {
        self.reasoning = Some(Box::new(value.into()));
        self
    }
    /// Sets `truncation`.
    pub fn truncation(mut self, value: impl Into<TruncationEnum>) -> Self {
        self.truncation = Some(value.into());
        self
    }
    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }
    /// Sets `personality`.
    pub fn personality(mut self, value: impl Into<PersonalityEnum>) -> Self {
        self.personality = Some(value.into());
        self
    }
    /// Sets `conversation`.
    pub fn conversation(mut self, value: impl Into<ConversationParam>) -> Self {
        self.conversation = Some(value.into());
        self
    }
    /// Sets `tool_choice`.
    pub fn tool_choice(mut self, value: impl Into<ToolChoiceParam>) -> Self {
        self.tool_choice = Some(value.into());
        self
    }
    /// Sets `parallel_tool_calls`.
    pub fn parallel_tool_calls(mut self, value: impl Into<bool>) -> Self {
        self.parallel_tool_calls = Some(value.into());
        self
    }
}
/// Text, image, or file inputs to the model, used to generate a response
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum BetaTokenCountsBodyInput {
    InputItemList(Vec<BetaInputItem>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<Vec<BetaInputItem>> for BetaTokenCountsBodyInput {
    fn from(value: Vec<BetaInputItem>) -> Self {
        Self::InputItemList(value)
    }
}
impl From<String> for BetaTokenCountsBodyInput {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
impl From<&str> for BetaTokenCountsBodyInput {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaCompactResponseMethodPublicBody {
    pub model: Option<ModelIdsCompaction>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<BetaTokenCountsBodyInput>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_response_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_retention: Option<PromptCacheRetentionEnum>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_options: Option<PromptCacheOptionsParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_tier: Option<ServiceTierEnum>,
}
impl sdk_runtime_types::de::Object for BetaCompactResponseMethodPublicBody {
    const NAME: &'static str = "BetaCompactResponseMethodPublicBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut model: Option<ModelIdsCompaction> = None;
        let mut input: Option<BetaTokenCountsBodyInput> = None;
        let mut previous_response_id: Option<String> = None;
        let mut instructions: Option<String> = None;
        let mut prompt_cache_key: Option<String> = None;
        let mut prompt_cache_retention: Option<PromptCacheRetentionEnum> = None;
        let mut prompt_cache_options: Option<PromptCacheOptionsParam> = None;
        let mut service_tier: Option<ServiceTierEnum> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "model" => 0,
                    "input" => 1,
                    "previous_response_id" => 2,
                    "instructions" => 3,
                    "prompt_cache_key" => 4,
                    "prompt_cache_retention" => 5,
                    "prompt_cache_options" => 6,
                    "service_tier" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut input),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut previous_response_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut instructions),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut prompt_cache_key),
                5 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut prompt_cache_retention,
                    )
                }
                6 => sdk_runtime_types::de::nullable(&mut map, &mut prompt_cache_options),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut service_tier),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            model,
            input,
            previous_response_id,
            instructions,
            prompt_cache_key,
            prompt_cache_retention,
            prompt_cache_options,
            service_tier,
        })
    }
}
impl<'de> Deserialize<'de> for BetaCompactResponseMethodPublicBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaCompactResponseMethodPublicBody {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            model: None,
            input: None,
            previous_response_id: None,
            instructions: None,
            prompt_cache_key: None,
            prompt_cache_retention: None,
            prompt_cache_options: None,
            service_tier: None,
        }
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<ModelIdsCompaction>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `input`.
    pub fn input(mut self, value: impl Into<BetaTokenCountsBodyInput>) -> Self {
        self.input = Some(value.into());
        self
    }
    /// Sets `previous_response_id`.
    pub fn previous_response_id(mut self, value: impl Into<String>) -> Self {
        self.previous_response_id = Some(value.into());
        self
    }
    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
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
        value: impl Into<PromptCacheRetentionEnum>,
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
    /// Sets `service_tier`.
    pub fn service_tier(mut self, value: impl Into<ServiceTierEnum>) -> Self {
        self.service_tier = Some(value.into());
        self
    }
}
/// A list of Response items.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct BetaResponseItemList {
    /// The type of object returned, must be `list`.
    pub object: ListLiteral,
    /// A list of items used to generate this response.
    pub data: Vec<BetaItemResource>,
    /// Whether there are more items available.
    pub has_more: bool,
    /// The ID of the first item in the list.
    pub first_id: String,
    /// The ID of the last item in the list.
    pub last_id: String,
}
impl sdk_runtime_types::de::Object for BetaResponseItemList {
    const NAME: &'static str = "BetaResponseItemList";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<BetaItemResource>> = None;
        let mut has_more: Option<bool> = None;
        let mut first_id: Option<String> = None;
        let mut last_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "data" => 1,
                    "has_more" => 2,
                    "first_id" => 3,
                    "last_id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                2 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                3 => sdk_runtime_types::de::value(&mut map, &mut first_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut last_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
            has_more: has_more.unwrap_or_default(),
            first_id: first_id.unwrap_or_default(),
            last_id: last_id.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for BetaResponseItemList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponseItemList {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        data: impl Into<Vec<BetaItemResource>>,
        has_more: impl Into<bool>,
        first_id: impl Into<String>,
        last_id: impl Into<String>,
    ) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            has_more: has_more.into(),
            first_id: first_id.into(),
            last_id: last_id.into(),
        }
    }
}
impl sdk_runtime_types::pagination::Page for BetaResponseItemList {
    type Item = BetaItemResource;
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
/// Content item used to generate a response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum BetaItemResource {
    FunctionToolCallResource(BetaFunctionToolCallResource),
    FunctionShellCall(BetaFunctionShellCall),
    FunctionShellCallOutput(BetaFunctionShellCallOutput),
    CustomToolCallResource(BetaCustomToolCallResource),
    ToolSearchCall(BetaToolSearchCall),
    ToolSearchOutput(BetaToolSearchOutput),
    CodeInterpreterToolCall(BetaCodeInterpreterToolCall),
    McpToolCall(BetaMcpToolCall),
    ComputerToolCall(BetaComputerToolCall),
    ComputerToolCallOutputResource(BetaComputerToolCallOutputResource),
    ApplyPatchToolCall(BetaApplyPatchToolCall),
    CustomToolCallOutputResource(BetaCustomToolCallOutputResource),
    OutputMessage(BetaOutputMessage),
    AgentMessage(BetaAgentMessage),
    MultiAgentCall(BetaMultiAgentCall),
    MultiAgentCallOutput(BetaMultiAgentCallOutput),
    Program(BetaProgram),
    ProgramOutput(BetaProgramOutput),
    LocalShellToolCall(BetaLocalShellToolCall),
    McpApprovalRequest(BetaMcpApprovalRequest),
    FunctionToolCallOutputResource(BetaFunctionToolCallOutputResource),
    ApplyPatchToolCallOutput(BetaApplyPatchToolCallOutput),
    InputMessageResource(BetaInputMessageResource),
    FileSearchToolCall(BetaFileSearchToolCall),
    McpListTools(BetaMcpListTools),
    McpApprovalResponseResource(BetaMcpApprovalResponseResource),
    WebSearchToolCall(BetaWebSearchToolCall),
    AdditionalTools(BetaAdditionalTools),
    ImageGenToolCall(BetaImageGenToolCall),
    ReasoningItem(BetaReasoningItem),
    CompactionBody(BetaCompactionBody),
    LocalShellToolCallOutput(BetaLocalShellToolCallOutput),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<BetaFunctionToolCallResource> for BetaItemResource {
    fn from(value: BetaFunctionToolCallResource) -> Self {
        Self::FunctionToolCallResource(value)
    }
}
impl From<BetaFunctionShellCall> for BetaItemResource {
    fn from(value: BetaFunctionShellCall) -> Self {
        Self::FunctionShellCall(value)
    }
}
impl From<BetaFunctionShellCallOutput> for BetaItemResource {
    fn from(value: BetaFunctionShellCallOutput) -> Self {
        Self::FunctionShellCallOutput(value)
    }
}
impl From<BetaCustomToolCallResource> for BetaItemResource {
    fn from(value: BetaCustomToolCallResource) -> Self {
        Self::CustomToolCallResource(value)
    }
}
impl From<BetaToolSearchCall> for BetaItemResource {
    fn from(value: BetaToolSearchCall) -> Self {
        Self::ToolSearchCall(value)
    }
}
impl From<BetaToolSearchOutput> for BetaItemResource {
    fn from(value: BetaToolSearchOutput) -> Self {
        Self::ToolSearchOutput(value)
    }
}
impl From<BetaCodeInterpreterToolCall> for BetaItemResource {
    fn from(value: BetaCodeInterpreterToolCall) -> Self {
        Self::CodeInterpreterToolCall(value)
    }
}
impl From<BetaMcpToolCall> for BetaItemResource {
    fn from(value: BetaMcpToolCall) -> Self {
        Self::McpToolCall(value)
    }
}
impl From<BetaComputerToolCall> for BetaItemResource {
    fn from(value: BetaComputerToolCall) -> Self {
        Self::ComputerToolCall(value)
    }
}
impl From<BetaComputerToolCallOutputResource> for BetaItemResource {
    fn from(value: BetaComputerToolCallOutputResource) -> Self {
        Self::ComputerToolCallOutputResource(value)
    }
}
impl From<BetaApplyPatchToolCall> for BetaItemResource {
    fn from(value: BetaApplyPatchToolCall) -> Self {
        Self::ApplyPatchToolCall(value)
    }
}
impl From<BetaCustomToolCallOutputResource> for BetaItemResource {
    fn from(value: BetaCustomToolCallOutputResource) -> Self {
        Self::CustomToolCallOutputResource(value)
    }
}
impl From<BetaOutputMessage> for BetaItemResource {
    fn from(value: BetaOutputMessage) -> Self {
        Self::OutputMessage(value)
    }
}
impl From<BetaAgentMessage> for BetaItemResource {
    fn from(value: BetaAgentMessage) -> Self {
        Self::AgentMessage(value)
    }
}
impl From<BetaMultiAgentCall> for BetaItemResource {
    fn from(value: BetaMultiAgentCall) -> Self {
        Self::MultiAgentCall(value)
    }
}
impl From<BetaMultiAgentCallOutput> for BetaItemResource {
    fn from(value: BetaMultiAgentCallOutput) -> Self {
        Self::MultiAgentCallOutput(value)
    }
}
impl From<BetaProgram> for BetaItemResource {
    fn from(value: BetaProgram) -> Self {
        Self::Program(value)
    }
}
impl From<BetaProgramOutput> for BetaItemResource {
    fn from(value: BetaProgramOutput) -> Self {
        Self::ProgramOutput(value)
    }
}
impl From<BetaLocalShellToolCall> for BetaItemResource {
    fn from(value: BetaLocalShellToolCall) -> Self {
        Self::LocalShellToolCall(value)
    }
}
impl From<BetaMcpApprovalRequest> for BetaItemResource {
    fn from(value: BetaMcpApprovalRequest) -> Self {
        Self::McpApprovalRequest(value)
    }
}
impl From<BetaFunctionToolCallOutputResource> for BetaItemResource {
    fn from(value: BetaFunctionToolCallOutputResource) -> Self {
        Self::FunctionToolCallOutputResource(value)
    }
}
impl From<BetaApplyPatchToolCallOutput> for BetaItemResource {
    fn from(value: BetaApplyPatchToolCallOutput) -> Self {
        Self::ApplyPatchToolCallOutput(value)
    }
}
impl From<BetaInputMessageResource> for BetaItemResource {
    fn from(value: BetaInputMessageResource) -> Self {
        Self::InputMessageResource(value)
    }
}
impl From<BetaFileSearchToolCall> for BetaItemResource {
    fn from(value: BetaFileSearchToolCall) -> Self {
        Self::FileSearchToolCall(value)
    }
}
impl From<BetaMcpListTools> for BetaItemResource {
    fn from(value: BetaMcpListTools) -> Self {
        Self::McpListTools(value)
    }
}
impl From<BetaMcpApprovalResponseResource> for BetaItemResource {
    fn from(value: BetaMcpApprovalResponseResource) -> Self {
        Self::McpApprovalResponseResource(value)
    }
}
impl From<BetaWebSearchToolCall> for BetaItemResource {
    fn from(value: BetaWebSearchToolCall) -> Self {
        Self::WebSearchToolCall(value)
    }
}
impl From<BetaAdditionalTools> for BetaItemResource {
    fn from(value: BetaAdditionalTools) -> Self {
        Self::AdditionalTools(value)
    }
}
impl From<BetaImageGenToolCall> for BetaItemResource {
    fn from(value: BetaImageGenToolCall) -> Self {
        Self::ImageGenToolCall(value)
    }
}
impl From<BetaReasoningItem> for BetaItemResource {
    fn from(value: BetaReasoningItem) -> Self {
        Self::ReasoningItem(value)
    }
}
impl From<BetaCompactionBody> for BetaItemResource {
    fn from(value: BetaCompactionBody) -> Self {
        Self::CompactionBody(value)
    }
}
impl From<BetaLocalShellToolCallOutput> for BetaItemResource {
    fn from(value: BetaLocalShellToolCallOutput) -> Self {
        Self::LocalShellToolCallOutput(value)
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct BetaInputMessageResource {
    /// The agent that produced this item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
    /// The type of the message input. Always set to `message`.
    #[serde(rename = "type")]
    pub type_: MessageLiteral,
    /// The role of the message input. One of `user`, `system`, or `developer`.
    pub role: InputMessageRole,
    /// The status of item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ComputerToolCallStatus>,
    pub content: BetaInputMessageContentList,
    /// The unique ID of the message input.
    pub id: String,
}
impl sdk_runtime_types::de::Object for BetaInputMessageResource {
    const NAME: &'static str = "BetaInputMessageResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<MessageLiteral> = None;
        let mut role: Option<InputMessageRole> = None;
        let mut status: Option<ComputerToolCallStatus> = None;
        let mut content: Option<BetaInputMessageContentList> = None;
        let mut id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "role" => 2,
                    "status" => 3,
                    "content" => 4,
                    "id" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut role),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                4 => sdk_runtime_types::de::value(&mut map, &mut content),
                5 => sdk_runtime_types::de::value(&mut map, &mut id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            role: sdk_runtime_types::de::required::<_, A::Error>(role, "role")?,
            status,
            content: sdk_runtime_types::de::required::<_, A::Error>(content, "content")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
        })
    }
}
impl<'de> Deserialize<'de> for BetaInputMessageResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaInputMessageResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        role: impl Into<InputMessageRole>,
        content: impl Into<BetaInputMessageContentList>,
        id: impl Into<String>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            role: role.into(),
            status: None,
            content: content.into(),
            id: id.into(),
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<ComputerToolCallStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct BetaFunctionToolCallResource {
    /// The agent that produced this item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
impl sdk_runtime_types::de::Object for BetaFunctionToolCallResource {
    const NAME: &'static str = "BetaFunctionToolCallResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
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
                    "agent" => 0,
                    "id" => 1,
                    "type" => 2,
                    "call_id" => 3,
                    "caller" => 4,
                    "namespace" => 5,
                    "name" => 6,
                    "arguments" => 7,
                    "status" => 8,
                    "created_by" => 9,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut type_),
                3 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut namespace),
                6 => sdk_runtime_types::de::value(&mut map, &mut name),
                7 => sdk_runtime_types::de::value(&mut map, &mut arguments),
                8 => sdk_runtime_types::de::value(&mut map, &mut status),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut created_by),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
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
impl<'de> Deserialize<'de> for BetaFunctionToolCallResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaFunctionToolCallResource {
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
            agent: None,
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
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
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
    /// Sets `created_by`.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
}
/// ResponseCustomToolCallItem
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct BetaCustomToolCallResource {
    /// The agent that produced this item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
    /// The type of the custom tool call. Always `custom_tool_call`.
    #[serde(rename = "type")]
    pub type_: CustomToolCallLiteral,
    /// The unique ID of the custom tool call item.
    pub id: String,
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
    /// The status of the item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    pub status: MessageStatus,
    /// The identifier of the actor that created the item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
impl sdk_runtime_types::de::Object for BetaCustomToolCallResource {
    const NAME: &'static str = "BetaCustomToolCallResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<CustomToolCallLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut caller: Option<ToolCallCaller> = None;
        let mut namespace: Option<String> = None;
        let mut name: Option<String> = None;
        let mut input: Option<String> = None;
        let mut status: Option<MessageStatus> = None;
        let mut created_by: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "id" => 2,
                    "call_id" => 3,
                    "caller" => 4,
                    "namespace" => 5,
                    "name" => 6,
                    "input" => 7,
                    "status" => 8,
                    "created_by" => 9,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut id),
                3 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut namespace),
                6 => sdk_runtime_types::de::value(&mut map, &mut name),
                7 => sdk_runtime_types::de::value(&mut map, &mut input),
                8 => sdk_runtime_types::de::value(&mut map, &mut status),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut created_by),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
            call_id: sdk_runtime_types::de::required::<_, A::Error>(call_id, "call_id")?,
            caller,
            namespace,
            name: sdk_runtime_types::de::required::<_, A::Error>(name, "name")?,
            input: sdk_runtime_types::de::required::<_, A::Error>(input, "input")?,
            status: sdk_runtime_types::de::required::<_, A::Error>(status, "status")?,
            created_by,
        })
    }
}
impl<'de> Deserialize<'de> for BetaCustomToolCallResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaCustomToolCallResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        name: impl Into<String>,
        input: impl Into<String>,
        status: impl Into<MessageStatus>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            id: id.into(),
            call_id: call_id.into(),
            caller: None,
            namespace: None,
            name: name.into(),
            input: input.into(),
            status: status.into(),
            created_by: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
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
    /// Sets `created_by`.
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
}
/// The output of a function tool call.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct BetaFunctionToolCallOutput {
    /// The agent that produced this item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
    /// The unique ID of the function tool call output. Populated when this item
    /// is returned via API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ComputerToolCallStatus>,
}
impl sdk_runtime_types::de::Object for BetaFunctionToolCallOutput {
    const NAME: &'static str = "BetaFunctionToolCallOutput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut id: Option<String> = None;
        let mut type_: Option<FunctionCallOutputLiteral> = None;
        let mut call_id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut namespace: Option<String> = None;
        let mut caller: Option<ToolCallCallerParam> = None;
        let mut output: Option<FunctionToolCallOutputResourceOutput> = None;
        let mut status: Option<ComputerToolCallStatus> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "id" => 1,
                    "type" => 2,
                    "call_id" => 3,
                    "name" => 4,
                    "namespace" => 5,
                    "caller" => 6,
                    "output" => 7,
                    "status" => 8,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut type_),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut call_id),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut namespace),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                7 => sdk_runtime_types::de::value(&mut map, &mut output),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            id,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            call_id,
            name,
            namespace,
            caller,
            output: sdk_runtime_types::de::required::<_, A::Error>(output, "output")?,
            status,
        })
    }
}
impl<'de> Deserialize<'de> for BetaFunctionToolCallOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaFunctionToolCallOutput {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(output: impl Into<FunctionToolCallOutputResourceOutput>) -> Self {
        Self {
            agent: None,
            id: None,
            type_: Default::default(),
            call_id: None,
            name: None,
            namespace: None,
            caller: None,
            output: output.into(),
            status: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
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
    pub fn status(mut self, value: impl Into<ComputerToolCallStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
/// The compacted response object
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct BetaCompactResource {
    /// The unique identifier for the compacted response.
    pub id: String,
    /// The object type. Always `response.compaction`.
    pub object: ResponseCompactionLiteral,
    /// The compacted list of output items.
    pub output: Vec<BetaItemField>,
    /// Unix timestamp (in seconds) when the compacted conversation was created.
    pub created_at: i64,
    /// Token accounting for the compaction pass, including cached, reasoning, and total tokens.
    pub usage: ResponseUsage,
}
impl sdk_runtime_types::de::Object for BetaCompactResource {
    const NAME: &'static str = "BetaCompactResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<ResponseCompactionLiteral> = None;
        let mut output: Option<Vec<BetaItemField>> = None;
        let mut created_at: Option<i64> = None;
        let mut usage: Option<ResponseUsage> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "output" => 2,
                    "created_at" => 3,
                    "usage" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut output),
                3 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                4 => sdk_runtime_types::de::value(&mut map, &mut usage),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            output: output.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            usage: usage.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for BetaCompactResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaCompactResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        output: impl Into<Vec<BetaItemField>>,
        created_at: impl Into<i64>,
        usage: impl Into<ResponseUsage>,
    ) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            output: output.into(),
            created_at: created_at.into(),
            usage: usage.into(),
        }
    }
}
/// An item representing a message, tool call, tool output, reasoning, or other response element.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum BetaItemField {
    /// `message`
    Message(BetaMessage),
    /// `program`
    Program(BetaProgram),
    /// `program_output`
    ProgramOutput(BetaProgramOutput),
    /// `function_call`
    FunctionCall(BetaFunctionToolCall),
    /// `multi_agent_call`
    MultiAgentCall(BetaMultiAgentCall),
    /// `multi_agent_call_output`
    MultiAgentCallOutput(BetaMultiAgentCallOutput),
    /// `tool_search_call`
    ToolSearchCall(BetaToolSearchCall),
    /// `tool_search_output`
    ToolSearchOutput(BetaToolSearchOutput),
    /// `additional_tools`
    AdditionalTools(BetaAdditionalTools),
    /// `agent_message`
    AgentMessage(BetaAgentMessage),
    /// `function_call_output`
    FunctionCallOutput(BetaFunctionToolCallOutput),
    /// `file_search_call`
    FileSearchCall(BetaFileSearchToolCall),
    /// `web_search_call`
    WebSearchCall(BetaWebSearchToolCall),
    /// `image_generation_call`
    ImageGenerationCall(BetaImageGenToolCall),
    /// `computer_call`
    ComputerCall(BetaComputerToolCall),
    /// `computer_call_output`
    ComputerCallOutput(BetaComputerToolCallOutputResource),
    /// `reasoning`
    Reasoning(BetaReasoningItem),
    /// `compaction`
    Compaction(BetaCompactionBody),
    /// `code_interpreter_call`
    CodeInterpreterCall(BetaCodeInterpreterToolCall),
    /// `local_shell_call`
    LocalShellCall(BetaLocalShellToolCall),
    /// `local_shell_call_output`
    LocalShellCallOutput(BetaLocalShellToolCallOutput),
    /// `shell_call`
    ShellCall(BetaFunctionShellCall),
    /// `shell_call_output`
    ShellCallOutput(BetaFunctionShellCallOutput),
    /// `apply_patch_call`
    ApplyPatchCall(BetaApplyPatchToolCall),
    /// `apply_patch_call_output`
    ApplyPatchCallOutput(BetaApplyPatchToolCallOutput),
    /// `mcp_list_tools`
    McpListTools(BetaMcpListTools),
    /// `mcp_approval_request`
    McpApprovalRequest(BetaMcpApprovalRequest),
    /// `mcp_approval_response`
    McpApprovalResponse(BetaMcpApprovalResponseResource),
    /// `mcp_call`
    McpCall(BetaMcpToolCall),
    /// `custom_tool_call`
    CustomToolCall(BetaCustomToolCall),
    /// `custom_tool_call_output`
    CustomToolCallOutput(BetaCustomToolCallOutput),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for BetaItemField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Message(value) => value.serialize(serializer),
            Self::Program(value) => value.serialize(serializer),
            Self::ProgramOutput(value) => value.serialize(serializer),
            Self::FunctionCall(value) => value.serialize(serializer),
            Self::MultiAgentCall(value) => value.serialize(serializer),
            Self::MultiAgentCallOutput(value) => value.serialize(serializer),
            Self::ToolSearchCall(value) => value.serialize(serializer),
            Self::ToolSearchOutput(value) => value.serialize(serializer),
            Self::AdditionalTools(value) => value.serialize(serializer),
            Self::AgentMessage(value) => value.serialize(serializer),
            Self::FunctionCallOutput(value) => value.serialize(serializer),
            Self::FileSearchCall(value) => value.serialize(serializer),
            Self::WebSearchCall(value) => value.serialize(serializer),
            Self::ImageGenerationCall(value) => value.serialize(serializer),
            Self::ComputerCall(value) => value.serialize(serializer),
            Self::ComputerCallOutput(value) => value.serialize(serializer),
            Self::Reasoning(value) => value.serialize(serializer),
            Self::Compaction(value) => value.serialize(serializer),
            Self::CodeInterpreterCall(value) => value.serialize(serializer),
            Self::LocalShellCall(value) => value.serialize(serializer),
            Self::LocalShellCallOutput(value) => value.serialize(serializer),
            Self::ShellCall(value) => value.serialize(serializer),
            Self::ShellCallOutput(value) => value.serialize(serializer),
            Self::ApplyPatchCall(value) => value.serialize(serializer),
            Self::ApplyPatchCallOutput(value) => value.serialize(serializer),
            Self::McpListTools(value) => value.serialize(serializer),
            Self::McpApprovalRequest(value) => value.serialize(serializer),
            Self::McpApprovalResponse(value) => value.serialize(serializer),
            Self::McpCall(value) => value.serialize(serializer),
            Self::CustomToolCall(value) => value.serialize(serializer),
            Self::CustomToolCallOutput(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for BetaItemField {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "message" => Deserialize::deserialize(content).map(Self::Message),
                "program" => Deserialize::deserialize(content).map(Self::Program),
                "program_output" => {
                    Deserialize::deserialize(content).map(Self::ProgramOutput)
                }
                "function_call" => {
                    Deserialize::deserialize(content).map(Self::FunctionCall)
                }
                "multi_agent_call" => {
                    Deserialize::deserialize(content).map(Self::MultiAgentCall)
                }
                "multi_agent_call_output" => {
                    Deserialize::deserialize(content).map(Self::MultiAgentCallOutput)
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
                "agent_message" => {
                    Deserialize::deserialize(content).map(Self::AgentMessage)
                }
                "function_call_output" => {
                    Deserialize::deserialize(content).map(Self::FunctionCallOutput)
                }
                "file_search_call" => {
                    Deserialize::deserialize(content).map(Self::FileSearchCall)
                }
                "web_search_call" => {
                    Deserialize::deserialize(content).map(Self::WebSearchCall)
                }
                "image_generation_call" => {
                    Deserialize::deserialize(content).map(Self::ImageGenerationCall)
                }
                "computer_call" => {
                    Deserialize::deserialize(content).map(Self::ComputerCall)
                }
                "computer_call_output" => {
                    Deserialize::deserialize(content).map(Self::ComputerCallOutput)
                }
                "reasoning" => Deserialize::deserialize(content).map(Self::Reasoning),
                "compaction" => Deserialize::deserialize(content).map(Self::Compaction),
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
                "mcp_list_tools" => {
                    Deserialize::deserialize(content).map(Self::McpListTools)
                }
                "mcp_approval_request" => {
                    Deserialize::deserialize(content).map(Self::McpApprovalRequest)
                }
                "mcp_approval_response" => {
                    Deserialize::deserialize(content).map(Self::McpApprovalResponse)
                }
                "mcp_call" => Deserialize::deserialize(content).map(Self::McpCall),
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
impl<'de> Deserialize<'de> for BetaItemField {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<BetaMessage> for BetaItemField {
    fn from(value: BetaMessage) -> Self {
        Self::Message(value)
    }
}
impl From<BetaProgram> for BetaItemField {
    fn from(value: BetaProgram) -> Self {
        Self::Program(value)
    }
}
impl From<BetaProgramOutput> for BetaItemField {
    fn from(value: BetaProgramOutput) -> Self {
        Self::ProgramOutput(value)
    }
}
impl From<BetaFunctionToolCall> for BetaItemField {
    fn from(value: BetaFunctionToolCall) -> Self {
        Self::FunctionCall(value)
    }
}
impl From<BetaMultiAgentCall> for BetaItemField {
    fn from(value: BetaMultiAgentCall) -> Self {
        Self::MultiAgentCall(value)
    }
}
impl From<BetaMultiAgentCallOutput> for BetaItemField {
    fn from(value: BetaMultiAgentCallOutput) -> Self {
        Self::MultiAgentCallOutput(value)
    }
}
impl From<BetaToolSearchCall> for BetaItemField {
    fn from(value: BetaToolSearchCall) -> Self {
        Self::ToolSearchCall(value)
    }
}
impl From<BetaToolSearchOutput> for BetaItemField {
    fn from(value: BetaToolSearchOutput) -> Self {
        Self::ToolSearchOutput(value)
    }
}
impl From<BetaAdditionalTools> for BetaItemField {
    fn from(value: BetaAdditionalTools) -> Self {
        Self::AdditionalTools(value)
    }
}
impl From<BetaAgentMessage> for BetaItemField {
    fn from(value: BetaAgentMessage) -> Self {
        Self::AgentMessage(value)
    }
}
impl From<BetaFunctionToolCallOutput> for BetaItemField {
    fn from(value: BetaFunctionToolCallOutput) -> Self {
        Self::FunctionCallOutput(value)
    }
}
impl From<BetaFileSearchToolCall> for BetaItemField {
    fn from(value: BetaFileSearchToolCall) -> Self {
        Self::FileSearchCall(value)
    }
}
impl From<BetaWebSearchToolCall> for BetaItemField {
    fn from(value: BetaWebSearchToolCall) -> Self {
        Self::WebSearchCall(value)
    }
}
impl From<BetaImageGenToolCall> for BetaItemField {
    fn from(value: BetaImageGenToolCall) -> Self {
        Self::ImageGenerationCall(value)
    }
}
impl From<BetaComputerToolCall> for BetaItemField {
    fn from(value: BetaComputerToolCall) -> Self {
        Self::ComputerCall(value)
    }
}
impl From<BetaComputerToolCallOutputResource> for BetaItemField {
    fn from(value: BetaComputerToolCallOutputResource) -> Self {
        Self::ComputerCallOutput(value)
    }
}
impl From<BetaReasoningItem> for BetaItemField {
    fn from(value: BetaReasoningItem) -> Self {
        Self::Reasoning(value)
    }
}
impl From<BetaCompactionBody> for BetaItemField {
    fn from(value: BetaCompactionBody) -> Self {
        Self::Compaction(value)
    }
}
impl From<BetaCodeInterpreterToolCall> for BetaItemField {
    fn from(value: BetaCodeInterpreterToolCall) -> Self {
        Self::CodeInterpreterCall(value)
    }
}
impl From<BetaLocalShellToolCall> for BetaItemField {
    fn from(value: BetaLocalShellToolCall) -> Self {
        Self::LocalShellCall(value)
    }
}
impl From<BetaLocalShellToolCallOutput> for BetaItemField {
    fn from(value: BetaLocalShellToolCallOutput) -> Self {
        Self::LocalShellCallOutput(value)
    }
}
impl From<BetaFunctionShellCall> for BetaItemField {
    fn from(value: BetaFunctionShellCall) -> Self {
        Self::ShellCall(value)
    }
}
impl From<BetaFunctionShellCallOutput> for BetaItemField {
    fn from(value: BetaFunctionShellCallOutput) -> Self {
        Self::ShellCallOutput(value)
    }
}
impl From<BetaApplyPatchToolCall> for BetaItemField {
    fn from(value: BetaApplyPatchToolCall) -> Self {
        Self::ApplyPatchCall(value)
    }
}
impl From<BetaApplyPatchToolCallOutput> for BetaItemField {
    fn from(value: BetaApplyPatchToolCallOutput) -> Self {
        Self::ApplyPatchCallOutput(value)
    }
}
impl From<BetaMcpListTools> for BetaItemField {
    fn from(value: BetaMcpListTools) -> Self {
        Self::McpListTools(value)
    }
}
impl From<BetaMcpApprovalRequest> for BetaItemField {
    fn from(value: BetaMcpApprovalRequest) -> Self {
        Self::McpApprovalRequest(value)
    }
}
impl From<BetaMcpApprovalResponseResource> for BetaItemField {
    fn from(value: BetaMcpApprovalResponseResource) -> Self {
        Self::McpApprovalResponse(value)
    }
}
impl From<BetaMcpToolCall> for BetaItemField {
    fn from(value: BetaMcpToolCall) -> Self {
        Self::McpCall(value)
    }
}
impl From<BetaCustomToolCall> for BetaItemField {
    fn from(value: BetaCustomToolCall) -> Self {
        Self::CustomToolCall(value)
    }
}
impl From<BetaCustomToolCallOutput> for BetaItemField {
    fn from(value: BetaCustomToolCallOutput) -> Self {
        Self::CustomToolCallOutput(value)
    }
}
/// A message to or from the model.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct BetaMessage {
    /// The agent that produced this item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
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
    pub content: Vec<BetaMessageContentItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phase: Option<MessagePhase2>,
}
impl sdk_runtime_types::de::Object for BetaMessage {
    const NAME: &'static str = "BetaMessage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<MessageLiteral> = None;
        let mut id: Option<String> = None;
        let mut status: Option<MessageStatus> = None;
        let mut role: Option<MessageRole> = None;
        let mut content: Option<Vec<BetaMessageContentItem>> = None;
        let mut phase: Option<MessagePhase2> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "id" => 2,
                    "status" => 3,
                    "role" => 4,
                    "content" => 5,
                    "phase" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut id),
                3 => sdk_runtime_types::de::value(&mut map, &mut status),
                4 => sdk_runtime_types::de::value(&mut map, &mut role),
                5 => sdk_runtime_types::de::value(&mut map, &mut content),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut phase),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: id.unwrap_or_default(),
            status: status.unwrap_or_default(),
            role: role.unwrap_or_default(),
            content: content.unwrap_or_default(),
            phase,
        })
    }
}
impl<'de> Deserialize<'de> for BetaMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaMessage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        status: impl Into<MessageStatus>,
        role: impl Into<MessageRole>,
        content: impl Into<Vec<BetaMessageContentItem>>,
    ) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            id: id.into(),
            status: status.into(),
            role: role.into(),
            content: content.into(),
            phase: None,
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
    }
    /// Sets `phase`.
    pub fn phase(mut self, value: impl Into<MessagePhase2>) -> Self {
        self.phase = Some(value.into());
        self
    }
}
/// Emitted when an error occurs.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct BetaResponseErrorEvent {
    /// The agent that owns this multi-agent streaming event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<BetaAgentTag>,
    /// The type of the event. Always `error`.
    #[serde(rename = "type")]
    pub type_: ErrorTypeLiteral,
    pub code: Option<String>,
    /// The error message.
    pub message: String,
    pub param: Option<String>,
    /// The sequence number of this event.
    pub sequence_number: i64,
}
impl sdk_runtime_types::de::Object for BetaResponseErrorEvent {
    const NAME: &'static str = "BetaResponseErrorEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<ErrorTypeLiteral> = None;
        let mut code: Option<String> = None;
        let mut message: Option<String> = None;
        let mut param: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "agent" => 0,
                    "type" => 1,
                    "code" => 2,
                    "message" => 3,
                    "param" => 4,
                    "sequence_number" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut agent),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut code),
                3 => sdk_runtime_types::de::value(&mut map, &mut message),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut param),
                5 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            agent,
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            code,
            message: message.unwrap_or_default(),
            param,
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for BetaResponseErrorEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaResponseErrorEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(message: impl Into<String>, sequence_number: impl Into<i64>) -> Self {
        Self {
            agent: None,
            type_: Default::default(),
            code: None,
            message: message.into(),
            param: None,
            sequence_number: sequence_number.into(),
        }
    }
    /// Sets `agent`.
    pub fn agent(mut self, value: impl Into<BetaAgentTag>) -> Self {
        self.agent = Some(value.into());
        self
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaCreateResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BetaMetadata>,
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
    pub text: Option<Box<BetaResponseTextParam>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<BetaToolsArray>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_choice: Option<ToolChoiceParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt: Option<BetaPrompt>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_tier: Option<ServiceTierResponses>,
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub truncation: Option<CreateResponseTruncation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reasoning: Option<Box<Reasoning>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<BetaInputParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<IncludeEnum>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parallel_tool_calls: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub store: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moderation: Option<ModerationParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_options: Option<ResponseStreamOptions>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversation: Option<ConversationParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context_management: Option<Vec<ContextManagementParam>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_output_tokens: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub multi_agent: Option<BetaMultiAgentParam>,
}
impl sdk_runtime_types::de::Object for BetaCreateResponse {
    const NAME: &'static str = "BetaCreateResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut metadata: Option<BetaMetadata> = None;
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
        let mut previous_response_id: Option<String> = None;
        let mut model: Option<ModelIds> = None;
        let mut background: Option<bool> = None;
        let mut max_tool_calls: Option<i64> = None;
        let mut text: Option<Box<BetaResponseTextParam>> = None;
        let mut tools: Option<BetaToolsArray> = None;
        let mut tool_choice: Option<ToolChoiceParam> = None;
        let mut prompt: Option<BetaPrompt> = None;
        let mut service_tier: Option<ServiceTierResponses> = None;
        let mut truncation: Option<CreateResponseTruncation> = None;
        let mut reasoning: Option<Box<Reasoning>> = None;
        let mut input: Option<BetaInputParam> = None;
        let mut include: Option<Vec<IncludeEnum>> = None;
        let mut parallel_tool_calls: Option<bool> = None;
        let mut store: Option<bool> = None;
        let mut instructions: Option<String> = None;
        let mut moderation: Option<ModerationParam> = None;
        let mut stream: Option<bool> = None;
        let mut stream_options: Option<ResponseStreamOptions> = None;
        let mut conversation: Option<ConversationParam> = None;
        let mut context_management: Option<Vec<ContextManagementParam>> = None;
        let mut max_output_tokens: Option<i64> = None;
        let mut multi_agent: Option<BetaMultiAgentParam> = None;
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
                    "previous_response_id" => 9,
                    "model" => 10,
                    "background" => 11,
                    "max_tool_calls" => 12,
                    "text" => 13,
                    "tools" => 14,
                    "tool_choice" => 15,
                    "prompt" => 16,
                    "service_tier" => 17,
                    "truncation" => 18,
                    "reasoning" => 19,
                    "input" => 20,
                    "include" => 21,
                    "parallel_tool_calls" => 22,
                    "store" => 23,
                    "instructions" => 24,
                    "moderation" => 25,
                    "stream" => 26,
                    "stream_options" => 27,
                    "conversation" => 28,
                    "context_management" => 29,
                    "max_output_tokens" => 30,
                    "multi_agent" => 31,
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
                9 => sdk_runtime_types::de::nullable(&mut map, &mut previous_response_id),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                11 => sdk_runtime_types::de::nullable(&mut map, &mut background),
                12 => sdk_runtime_types::de::nullable(&mut map, &mut max_tool_calls),
                13 => sdk_runtime_types::de::nullable(&mut map, &mut text),
                14 => sdk_runtime_types::de::nullable(&mut map, &mut tools),
                15 => sdk_runtime_types::de::nullable(&mut map, &mut tool_choice),
                16 => sdk_runtime_types::de::nullable(&mut map, &mut prompt),
                17 => sdk_runtime_types::de::nullable(&mut map, &mut service_tier),
                18 => sdk_runtime_types::de::nullable(&mut map, &mut truncation),
                19 => sdk_runtime_types::de::nullable(&mut map, &mut reasoning),
                20 => sdk_runtime_types::de::nullable(&mut map, &mut input),
                21 => sdk_runtime_types::de::nullable(&mut map, &mut include),
                22 => sdk_runtime_types::de::nullable(&mut map, &mut parallel_tool_calls),
                23 => sdk_runtime_types::de::nullable(&mut map, &mut store),
                24 => sdk_runtime_types::de::nullable(&mut map, &mut instructions),
                25 => sdk_runtime_types::de::nullable(&mut map, &mut moderation),
                26 => sdk_runtime_types::de::nullable(&mut map, &mut stream),
                27 => sdk_runtime_types::de::nullable(&mut map, &mut stream_options),
                28 => sdk_runtime_types::de::nullable(&mut map, &mut conversation),
                29 => sdk_runtime_types::de::nullable(&mut map, &mut context_management),
                30 => sdk_runtime_types::de::nullable(&mut map, &mut max_output_tokens),
                31 => sdk_runtime_types::de::nullable(&mut map, &mut multi_agent),
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
            previous_response_id,
            model,
            background,
            max_tool_calls,
            text,
            tools,
            tool_choice,
            prompt,
            service_tier,
            truncation,
            reasoning,
            input,
            include,
            parallel_tool_calls,
            store,
            instructions,
            moderation,
            stream,
            stream_options,
            conversation,
            context_management,
            max_output_tokens,
            multi_agent,
        })
    }
}
impl<'de> Deserialize<'de> for BetaCreateResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaCreateResponse {
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
            previous_response_id: None,
            model: None,
            background: None,
            max_tool_calls: None,
            text: None,
            tools: None,
            tool_choice: None,
            prompt: None,
            service_tier: None,
            truncation: None,
            reasoning: None,
            input: None,
            include: None,
            parallel_tool_calls: None,
            store: None,
            instructions: None,
            moderation: None,
            stream: None,
            stream_options: None,
            conversation: None,
            context_management: None,
            max_output_tokens: None,
            multi_agent: None,
        }
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: impl Into<BetaMetadata>) -> Self {
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
    pub fn text(mut self, value: impl Into<BetaResponseTextParam>) -> Self {
        self.text = Some(Box::new(value.into()));
        self
    }
    /// Sets `tools`.
    pub fn tools(mut self, value: impl Into<BetaToolsArray>) -> Self {
        self.tools = Some(value.into());
        self
    }
    /// Sets `tool_choice`.
    pub fn tool_choice(mut self, value: impl Into<ToolChoiceParam>) -> Self {
        self.tool_choice = Some(value.into());
        self
    }
    /// Sets `prompt`.
    pub fn prompt(mut self, value: impl Into<BetaPrompt>) -> Self {
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
    /// Sets `reasoning`.
    pub fn reasoning(mut self, value: impl Into<Reasoning>) -> Self {
        self.reasoning = Some(Box::new(value.into()));
        self
    }
    /// Sets `input`.
    pub fn input(mut self, value: impl Into<BetaInputParam>) -> Self {
        self.input = Some(value.into());
        self
    }
    /// Sets `include`.
    pub fn include(mut self, value: impl Into<Vec<IncludeEnum>>) -> Self {
        self.include = Some(value.into());
        self
    }
    /// Sets `parallel_tool_calls`.
    pub fn parallel_tool_calls(mut self, value: impl Into<bool>) -> Self {
        self.parallel_tool_calls = Some(value.into());
        self
    }
    /// Sets `store`.
    pub fn store(mut self, value: impl Into<bool>) -> Self {
        self.store = Some(value.into());
        self
    }
    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }
    /// Sets `moderation`.
    pub fn moderation(mut self, value: impl Into<ModerationParam>) -> Self {
        self.moderation = Some(value.into());
        self
    }
    /// Sets `stream`.
    pub fn stream(mut self, value: impl Into<bool>) -> Self {
        self.stream = Some(value.into());
        self
    }
    /// Sets `stream_options`.
    pub fn stream_options(mut self, value: impl Into<ResponseStreamOptions>) -> Self {
        self.stream_options = Some(value.into());
        self
    }
    /// Sets `conversation`.
    pub fn conversation(mut self, value: impl Into<ConversationParam>) -> Self {
        self.conversation = Some(value.into());
        self
    }
    /// Sets `context_management`.
    pub fn context_management(
        mut self,
        value: impl Into<Vec<ContextManagementParam>>,
    ) -> Self {
        self.context_management = Some(value.into());
        self
    }
    /// Sets `max_output_tokens`.
    pub fn max_output_tokens(mut self, value: impl Into<i64>) -> Self {
        self.max_output_tokens = Some(value.into());
        self
    }
    /// Sets `multi_agent`.
    pub fn multi_agent(mut self, value: impl Into<BetaMultiAgentParam>) -> Self {
        self.multi_agent = Some(value.into());
        self
    }
}
/// Event emitted while a response is streamed.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum BetaResponseStreamEvent {
    /// `response.audio.delta`
    ResponseAudioDelta(BetaResponseAudioDeltaEvent),
    /// `response.audio.done`
    ResponseAudioDone(BetaResponseAudioDoneEvent),
    /// `response.audio.transcript.delta`
    ResponseAudioTranscriptDelta(BetaResponseAudioTranscriptDeltaEvent),
    /// `response.audio.transcript.done`
    ResponseAudioTranscriptDone(BetaResponseAudioTranscriptDoneEvent),
    /// `response.code_interpreter_call_code.delta`
    ResponseCodeInterpreterCallCodeDelta(BetaResponseCodeInterpreterCallCodeDeltaEvent),
    /// `response.code_interpreter_call_code.done`
    ResponseCodeInterpreterCallCodeDone(BetaResponseCodeInterpreterCallCodeDoneEvent),
    /// `response.code_interpreter_call.completed`
    ResponseCodeInterpreterCallCompleted(BetaResponseCodeInterpreterCallCompletedEvent),
    /// `response.code_interpreter_call.in_progress`
    ResponseCodeInterpreterCallInProgress(
        BetaResponseCodeInterpreterCallInProgressEvent,
    ),
    /// `response.code_interpreter_call.interpreting`
    ResponseCodeInterpreterCallInterpreting(
        BetaResponseCodeInterpreterCallInterpretingEvent,
    ),
    /// `response.completed`
    ResponseCompleted(BetaResponseCompletedEvent),
    /// `response.content_part.added`
    ResponseContentPartAdded(BetaResponseContentPartAddedEvent),
    /// `response.content_part.done`
    ResponseContentPartDone(BetaResponseContentPartDoneEvent),
    /// `response.created`
    ResponseCreated(BetaResponseCreatedEvent),
    /// `error`
    ErrorType(BetaResponseErrorEvent),
    /// `response.file_search_call.completed`
    ResponseFileSearchCallCompleted(BetaResponseFileSearchCallCompletedEvent),
    /// `response.file_search_call.in_progress`
    ResponseFileSearchCallInProgress(BetaResponseFileSearchCallInProgressEvent),
    /// `response.file_search_call.searching`
    ResponseFileSearchCallSearching(BetaResponseFileSearchCallSearchingEvent),
    /// `response.function_call_arguments.delta`
    ResponseFunctionCallArgumentsDelta(BetaResponseFunctionCallArgumentsDeltaEvent),
    /// `response.function_call_arguments.done`
    ResponseFunctionCallArgumentsDone(BetaResponseFunctionCallArgumentsDoneEvent),
    /// `response.shell_call_command.added`
    ResponseShellCallCommandAdded(BetaResponseShellCallCommandAddedStreamingEvent),
    /// `response.shell_call_command.delta`
    ResponseShellCallCommandDelta(BetaResponseShellCallCommandDeltaStreamingEvent),
    /// `response.shell_call_command.done`
    ResponseShellCallCommandDone(BetaResponseShellCallCommandDoneStreamingEvent),
    /// `response.shell_call_output_content.delta`
    ResponseShellCallOutputContentDelta(
        BetaResponseShellCallOutputContentDeltaStreamingEvent,
    ),
    /// `response.shell_call_output_content.done`
    ResponseShellCallOutputContentDone(
        BetaResponseShellCallOutputContentDoneStreamingEvent,
    ),
    /// `response.in_progress`
    ResponseInProgress(BetaResponseInProgressEvent),
    /// `response.failed`
    ResponseFailed(BetaResponseFailedEvent),
    /// `response.incomplete`
    ResponseIncomplete(BetaResponseIncompleteEvent),
    /// `response.output_item.added`
    ResponseOutputItemAdded(BetaResponseOutputItemAddedEvent),
    /// `response.output_item.done`
    ResponseOutputItemDone(BetaResponseOutputItemDoneEvent),
    /// `response.reasoning_summary_part.added`
    ResponseReasoningSummaryPartAdded(BetaResponseReasoningSummaryPartAddedEvent),
    /// `response.reasoning_summary_part.done`
    ResponseReasoningSummaryPartDone(BetaResponseReasoningSummaryPartDoneEvent),
    /// `response.reasoning_summary_text.delta`
    ResponseReasoningSummaryTextDelta(BetaResponseReasoningSummaryTextDeltaEvent),
    /// `response.reasoning_summary_text.done`
    ResponseReasoningSummaryTextDone(BetaResponseReasoningSummaryTextDoneEvent),
    /// `response.reasoning_text.delta`
    ResponseReasoningTextDelta(BetaResponseReasoningTextDeltaEvent),
    /// `response.reasoning_text.done`
    ResponseReasoningTextDone(BetaResponseReasoningTextDoneEvent),
    /// `response.refusal.delta`
    ResponseRefusalDelta(BetaResponseRefusalDeltaEvent),
    /// `response.refusal.done`
    ResponseRefusalDone(BetaResponseRefusalDoneEvent),
    /// `response.output_text.delta`
    ResponseOutputTextDelta(BetaResponseTextDeltaEvent),
    /// `response.output_text.done`
    ResponseOutputTextDone(BetaResponseTextDoneEvent),
    /// `response.web_search_call.completed`
    ResponseWebSearchCallCompleted(BetaResponseWebSearchCallCompletedEvent),
    /// `response.web_search_call.in_progress`
    ResponseWebSearchCallInProgress(BetaResponseWebSearchCallInProgressEvent),
    /// `response.web_search_call.searching`
    ResponseWebSearchCallSearching(BetaResponseWebSearchCallSearchingEvent),
    /// `response.image_generation_call.completed`
    ResponseImageGenerationCallCompleted(BetaResponseImageGenCallCompletedEvent),
    /// `response.image_generation_call.generating`
    ResponseImageGenerationCallGenerating(BetaResponseImageGenCallGeneratingEvent),
    /// `response.image_generation_call.in_progress`
    ResponseImageGenerationCallInProgress(BetaResponseImageGenCallInProgressEvent),
    /// `response.image_generation_call.partial_image`
    ResponseImageGenerationCallPartialImage(BetaResponseImageGenCallPartialImageEvent),
    /// `response.mcp_call_arguments.delta`
    ResponseMcpCallArgumentsDelta(BetaResponseMcpCallArgumentsDeltaEvent),
    /// `response.mcp_call_arguments.done`
    ResponseMcpCallArgumentsDone(BetaResponseMcpCallArgumentsDoneEvent),
    /// `response.mcp_call.completed`
    ResponseMcpCallCompleted(BetaResponseMcpCallCompletedEvent),
    /// `response.mcp_call.failed`
    ResponseMcpCallFailed(BetaResponseMcpCallFailedEvent),
    /// `response.mcp_call.in_progress`
    ResponseMcpCallInProgress(BetaResponseMcpCallInProgressEvent),
    /// `response.mcp_list_tools.completed`
    ResponseMcpListToolsCompleted(BetaResponseMcpListToolsCompletedEvent),
    /// `response.mcp_list_tools.failed`
    ResponseMcpListToolsFailed(BetaResponseMcpListToolsFailedEvent),
    /// `response.mcp_list_tools.in_progress`
    ResponseMcpListToolsInProgress(BetaResponseMcpListToolsInProgressEvent),
    /// `response.output_text.annotation.added`
    ResponseOutputTextAnnotationAdded(BetaResponseOutputTextAnnotationAddedEvent),
    /// `response.queued`
    ResponseQueued(BetaResponseQueuedEvent),
    /// `response.custom_tool_call_input.delta`
    ResponseCustomToolCallInputDelta(BetaResponseCustomToolCallInputDeltaEvent),
    /// `response.custom_tool_call_input.done`
    ResponseCustomToolCallInputDone(BetaResponseCustomToolCallInputDoneEvent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for BetaResponseStreamEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ResponseAudioDelta(value) => value.serialize(serializer),
            Self::ResponseAudioDone(value) => value.serialize(serializer),
            Self::ResponseAudioTranscriptDelta(value) => value.serialize(serializer),
            Self::ResponseAudioTranscriptDone(value) => value.serialize(serializer),
            Self::ResponseCodeInterpreterCallCodeDelta(value) => {
                value.serialize(serializer)
            }
            Self::ResponseCodeInterpreterCallCodeDone(value) => {
                value.serialize(serializer)
            }
            Self::ResponseCodeInterpreterCallCompleted(value) => {
                value.serialize(serializer)
            }
            Self::ResponseCodeInterpreterCallInProgress(value) => {
                value.serialize(serializer)
            }
            Self::ResponseCodeInterpreterCallInterpreting(value) => {
                value.serialize(serializer)
            }
            Self::ResponseCompleted(value) => value.serialize(serializer),
            Self::ResponseContentPartAdded(value) => value.serialize(serializer),
            Self::ResponseContentPartDone(value) => value.serialize(serializer),
            Self::ResponseCreated(value) => value.serialize(serializer),
            Self::ErrorType(value) => value.serialize(serializer),
            Self::ResponseFileSearchCallCompleted(value) => value.serialize(serializer),
            Self::ResponseFileSearchCallInProgress(value) => value.serialize(serializer),
            Self::ResponseFileSearchCallSearching(value) => value.serialize(serializer),
            Self::ResponseFunctionCallArgumentsDelta(value) => {
                value.serialize(serializer)
            }
            Self::ResponseFunctionCallArgumentsDone(value) => value.serialize(serializer),
            Self::ResponseShellCallCommandAdded(value) => value.serialize(serializer),
            Self::ResponseShellCallCommandDelta(value) => value.serialize(serializer),
            Self::ResponseShellCallCommandDone(value) => value.serialize(serializer),
            Self::ResponseShellCallOutputContentDelta(value) => {
                value.serialize(serializer)
            }
            Self::ResponseShellCallOutputContentDone(value) => {
                value.serialize(serializer)
            }
            Self::ResponseInProgress(value) => value.serialize(serializer),
            Self::ResponseFailed(value) => value.serialize(serializer),
            Self::ResponseIncomplete(value) => value.serialize(serializer),
            Self::ResponseOutputItemAdded(value) => value.serialize(serializer),
            Self::ResponseOutputItemDone(value) => value.serialize(serializer),
            Self::ResponseReasoningSummaryPartAdded(value) => value.serialize(serializer),
            Self::ResponseReasoningSummaryPartDone(value) => value.serialize(serializer),
            Self::ResponseReasoningSummaryTextDelta(value) => value.serialize(serializer),
            Self::ResponseReasoningSummaryTextDone(value) => value.serialize(serializer),
            Self::ResponseReasoningTextDelta(value) => value.serialize(serializer),
            Self::ResponseReasoningTextDone(value) => value.serialize(serializer),
            Self::ResponseRefusalDelta(value) => value.serialize(serializer),
            Self::ResponseRefusalDone(value) => value.serialize(serializer),
            Self::ResponseOutputTextDelta(value) => value.serialize(serializer),
            Self::ResponseOutputTextDone(value) => value.serialize(serializer),
            Self::ResponseWebSearchCallCompleted(value) => value.serialize(serializer),
            Self::ResponseWebSearchCallInProgress(value) => value.serialize(serializer),
            Self::ResponseWebSearchCallSearching(value) => value.serialize(serializer),
            Self::ResponseImageGenerationCallCompleted(value) => {
                value.serialize(serializer)
            }
            Self::ResponseImageGenerationCallGenerating(value) => {
                value.serialize(serializer)
            }
            Self::ResponseImageGenerationCallInProgress(value) => {
                value.serialize(serializer)
            }
            Self::ResponseImageGenerationCallPartialImage(value) => {
                value.serialize(serializer)
            }
            Self::ResponseMcpCallArgumentsDelta(value) => value.serialize(serializer),
            Self::ResponseMcpCallArgumentsDone(value) => value.serialize(serializer),
            Self::ResponseMcpCallCompleted(value) => value.serialize(serializer),
            Self::ResponseMcpCallFailed(value) => value.serialize(serializer),
            Self::ResponseMcpCallInProgress(value) => value.serialize(serializer),
            Self::ResponseMcpListToolsCompleted(value) => value.serialize(serializer),
            Self::ResponseMcpListToolsFailed(value) => value.serialize(serializer),
            Self::ResponseMcpListToolsInProgress(value) => value.serialize(serializer),
            Self::ResponseOutputTextAnnotationAdded(value) => value.serialize(serializer),
            Self::ResponseQueued(value) => value.serialize(serializer),
            Self::ResponseCustomToolCallInputDelta(value) => value.serialize(serializer),
            Self::ResponseCustomToolCallInputDone(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for BetaResponseStreamEvent {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "response.audio.delta" => {
                    Deserialize::deserialize(content).map(Self::ResponseAudioDelta)
                }
                "response.audio.done" => {
                    Deserialize::deserialize(content).map(Self::ResponseAudioDone)
                }
                "response.audio.transcript.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseAudioTranscriptDelta)
                }
                "response.audio.transcript.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseAudioTranscriptDone)
                }
                "response.code_interpreter_call_code.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseCodeInterpreterCallCodeDelta)
                }
                "response.code_interpreter_call_code.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseCodeInterpreterCallCodeDone)
                }
                "response.code_interpreter_call.completed" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseCodeInterpreterCallCompleted)
                }
                "response.code_interpreter_call.in_progress" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseCodeInterpreterCallInProgress)
                }
                "response.code_interpreter_call.interpreting" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseCodeInterpreterCallInterpreting)
                }
                "response.completed" => {
                    Deserialize::deserialize(content).map(Self::ResponseCompleted)
                }
                "response.content_part.added" => {
                    Deserialize::deserialize(content).map(Self::ResponseContentPartAdded)
                }
                "response.content_part.done" => {
                    Deserialize::deserialize(content).map(Self::ResponseContentPartDone)
                }
                "response.created" => {
                    Deserialize::deserialize(content).map(Self::ResponseCreated)
                }
                "error" => Deserialize::deserialize(content).map(Self::ErrorType),
                "response.file_search_call.completed" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseFileSearchCallCompleted)
                }
                "response.file_search_call.in_progress" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseFileSearchCallInProgress)
                }
                "response.file_search_call.searching" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseFileSearchCallSearching)
                }
                "response.function_call_arguments.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseFunctionCallArgumentsDelta)
                }
                "response.function_call_arguments.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseFunctionCallArgumentsDone)
                }
                "response.shell_call_command.added" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseShellCallCommandAdded)
                }
                "response.shell_call_command.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseShellCallCommandDelta)
                }
                "response.shell_call_command.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseShellCallCommandDone)
                }
                "response.shell_call_output_content.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseShellCallOutputContentDelta)
                }
                "response.shell_call_output_content.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseShellCallOutputContentDone)
                }
                "response.in_progress" => {
                    Deserialize::deserialize(content).map(Self::ResponseInProgress)
                }
                "response.failed" => {
                    Deserialize::deserialize(content).map(Self::ResponseFailed)
                }
                "response.incomplete" => {
                    Deserialize::deserialize(content).map(Self::ResponseIncomplete)
                }
                "response.output_item.added" => {
                    Deserialize::deserialize(content).map(Self::ResponseOutputItemAdded)
                }
                "response.output_item.done" => {
                    Deserialize::deserialize(content).map(Self::ResponseOutputItemDone)
                }
                "response.reasoning_summary_part.added" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseReasoningSummaryPartAdded)
                }
                "response.reasoning_summary_part.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseReasoningSummaryPartDone)
                }
                "response.reasoning_summary_text.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseReasoningSummaryTextDelta)
                }
                "response.reasoning_summary_text.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseReasoningSummaryTextDone)
                }
                "response.reasoning_text.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseReasoningTextDelta)
                }
                "response.reasoning_text.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseReasoningTextDone)
                }
                "response.refusal.delta" => {
                    Deserialize::deserialize(content).map(Self::ResponseRefusalDelta)
                }
                "response.refusal.done" => {
                    Deserialize::deserialize(content).map(Self::ResponseRefusalDone)
                }
                "response.output_text.delta" => {
                    Deserialize::deserialize(content).map(Self::ResponseOutputTextDelta)
                }
                "response.output_text.done" => {
                    Deserialize::deserialize(content).map(Self::ResponseOutputTextDone)
                }
                "response.web_search_call.completed" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseWebSearchCallCompleted)
                }
                "response.web_search_call.in_progress" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseWebSearchCallInProgress)
                }
                "response.web_search_call.searching" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseWebSearchCallSearching)
                }
                "response.image_generation_call.completed" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseImageGenerationCallCompleted)
                }
                "response.image_generation_call.generating" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseImageGenerationCallGenerating)
                }
                "response.image_generation_call.in_progress" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseImageGenerationCallInProgress)
                }
                "response.image_generation_call.partial_image" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseImageGenerationCallPartialImage)
                }
                "response.mcp_call_arguments.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseMcpCallArgumentsDelta)
                }
                "response.mcp_call_arguments.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseMcpCallArgumentsDone)
                }
                "response.mcp_call.completed" => {
                    Deserialize::deserialize(content).map(Self::ResponseMcpCallCompleted)
                }
                "response.mcp_call.failed" => {
                    Deserialize::deserialize(content).map(Self::ResponseMcpCallFailed)
                }
                "response.mcp_call.in_progress" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseMcpCallInProgress)
                }
                "response.mcp_list_tools.completed" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseMcpListToolsCompleted)
                }
                "response.mcp_list_tools.failed" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseMcpListToolsFailed)
                }
                "response.mcp_list_tools.in_progress" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseMcpListToolsInProgress)
                }
                "response.output_text.annotation.added" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseOutputTextAnnotationAdded)
                }
                "response.queued" => {
                    Deserialize::deserialize(content).map(Self::ResponseQueued)
                }
                "response.custom_tool_call_input.delta" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseCustomToolCallInputDelta)
                }
                "response.custom_tool_call_input.done" => {
                    Deserialize::deserialize(content)
                        .map(Self::ResponseCustomToolCallInputDone)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for BetaResponseStreamEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<BetaResponseAudioDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseAudioDeltaEvent) -> Self {
        Self::ResponseAudioDelta(value)
    }
}
impl From<BetaResponseAudioDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseAudioDoneEvent) -> Self {
        Self::ResponseAudioDone(value)
    }
}
impl From<BetaResponseAudioTranscriptDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseAudioTranscriptDeltaEvent) -> Self {
        Self::ResponseAudioTranscriptDelta(value)
    }
}
impl From<BetaResponseAudioTranscriptDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseAudioTranscriptDoneEvent) -> Self {
        Self::ResponseAudioTranscriptDone(value)
    }
}
impl From<BetaResponseCodeInterpreterCallCodeDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseCodeInterpreterCallCodeDeltaEvent) -> Self {
        Self::ResponseCodeInterpreterCallCodeDelta(value)
    }
}
impl From<BetaResponseCodeInterpreterCallCodeDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseCodeInterpreterCallCodeDoneEvent) -> Self {
        Self::ResponseCodeInterpreterCallCodeDone(value)
    }
}
impl From<BetaResponseCodeInterpreterCallCompletedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseCodeInterpreterCallCompletedEvent) -> Self {
        Self::ResponseCodeInterpreterCallCompleted(value)
    }
}
impl From<BetaResponseCodeInterpreterCallInProgressEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseCodeInterpreterCallInProgressEvent) -> Self {
        Self::ResponseCodeInterpreterCallInProgress(value)
    }
}
impl From<BetaResponseCodeInterpreterCallInterpretingEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseCodeInterpreterCallInterpretingEvent) -> Self {
        Self::ResponseCodeInterpreterCallInterpreting(value)
    }
}
impl From<BetaResponseCompletedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseCompletedEvent) -> Self {
        Self::ResponseCompleted(value)
    }
}
impl From<BetaResponseContentPartAddedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseContentPartAddedEvent) -> Self {
        Self::ResponseContentPartAdded(value)
    }
}
impl From<BetaResponseContentPartDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseContentPartDoneEvent) -> Self {
        Self::ResponseContentPartDone(value)
    }
}
impl From<BetaResponseCreatedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseCreatedEvent) -> Self {
        Self::ResponseCreated(value)
    }
}
impl From<BetaResponseErrorEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseErrorEvent) -> Self {
        Self::ErrorType(value)
    }
}
impl From<BetaResponseFileSearchCallCompletedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseFileSearchCallCompletedEvent) -> Self {
        Self::ResponseFileSearchCallCompleted(value)
    }
}
impl From<BetaResponseFileSearchCallInProgressEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseFileSearchCallInProgressEvent) -> Self {
        Self::ResponseFileSearchCallInProgress(value)
    }
}
impl From<BetaResponseFileSearchCallSearchingEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseFileSearchCallSearchingEvent) -> Self {
        Self::ResponseFileSearchCallSearching(value)
    }
}
impl From<BetaResponseFunctionCallArgumentsDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseFunctionCallArgumentsDeltaEvent) -> Self {
        Self::ResponseFunctionCallArgumentsDelta(value)
    }
}
impl From<BetaResponseFunctionCallArgumentsDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseFunctionCallArgumentsDoneEvent) -> Self {
        Self::ResponseFunctionCallArgumentsDone(value)
    }
}
impl From<BetaResponseShellCallCommandAddedStreamingEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseShellCallCommandAddedStreamingEvent) -> Self {
        Self::ResponseShellCallCommandAdded(value)
    }
}
impl From<BetaResponseShellCallCommandDeltaStreamingEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseShellCallCommandDeltaStreamingEvent) -> Self {
        Self::ResponseShellCallCommandDelta(value)
    }
}
impl From<BetaResponseShellCallCommandDoneStreamingEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseShellCallCommandDoneStreamingEvent) -> Self {
        Self::ResponseShellCallCommandDone(value)
    }
}
impl From<BetaResponseShellCallOutputContentDeltaStreamingEvent>
for BetaResponseStreamEvent {
    fn from(value: BetaResponseShellCallOutputContentDeltaStreamingEvent) -> Self {
        Self::ResponseShellCallOutputContentDelta(value)
    }
}
impl From<BetaResponseShellCallOutputContentDoneStreamingEvent>
for BetaResponseStreamEvent {
    fn from(value: BetaResponseShellCallOutputContentDoneStreamingEvent) -> Self {
        Self::ResponseShellCallOutputContentDone(value)
    }
}
impl From<BetaResponseInProgressEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseInProgressEvent) -> Self {
        Self::ResponseInProgress(value)
    }
}
impl From<BetaResponseFailedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseFailedEvent) -> Self {
        Self::ResponseFailed(value)
    }
}
impl From<BetaResponseIncompleteEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseIncompleteEvent) -> Self {
        Self::ResponseIncomplete(value)
    }
}
impl From<BetaResponseOutputItemAddedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseOutputItemAddedEvent) -> Self {
        Self::ResponseOutputItemAdded(value)
    }
}
impl From<BetaResponseOutputItemDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseOutputItemDoneEvent) -> Self {
        Self::ResponseOutputItemDone(value)
    }
}
impl From<BetaResponseReasoningSummaryPartAddedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseReasoningSummaryPartAddedEvent) -> Self {
        Self::ResponseReasoningSummaryPartAdded(value)
    }
}
impl From<BetaResponseReasoningSummaryPartDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseReasoningSummaryPartDoneEvent) -> Self {
        Self::ResponseReasoningSummaryPartDone(value)
    }
}
impl From<BetaResponseReasoningSummaryTextDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseReasoningSummaryTextDeltaEvent) -> Self {
        Self::ResponseReasoningSummaryTextDelta(value)
    }
}
impl From<BetaResponseReasoningSummaryTextDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseReasoningSummaryTextDoneEvent) -> Self {
        Self::ResponseReasoningSummaryTextDone(value)
    }
}
impl From<BetaResponseReasoningTextDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseReasoningTextDeltaEvent) -> Self {
        Self::ResponseReasoningTextDelta(value)
    }
}
impl From<BetaResponseReasoningTextDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseReasoningTextDoneEvent) -> Self {
        Self::ResponseReasoningTextDone(value)
    }
}
impl From<BetaResponseRefusalDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseRefusalDeltaEvent) -> Self {
        Self::ResponseRefusalDelta(value)
    }
}
impl From<BetaResponseRefusalDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseRefusalDoneEvent) -> Self {
        Self::ResponseRefusalDone(value)
    }
}
impl From<BetaResponseTextDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseTextDeltaEvent) -> Self {
        Self::ResponseOutputTextDelta(value)
    }
}
impl From<BetaResponseTextDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseTextDoneEvent) -> Self {
        Self::ResponseOutputTextDone(value)
    }
}
impl From<BetaResponseWebSearchCallCompletedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseWebSearchCallCompletedEvent) -> Self {
        Self::ResponseWebSearchCallCompleted(value)
    }
}
impl From<BetaResponseWebSearchCallInProgressEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseWebSearchCallInProgressEvent) -> Self {
        Self::ResponseWebSearchCallInProgress(value)
    }
}
impl From<BetaResponseWebSearchCallSearchingEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseWebSearchCallSearchingEvent) -> Self {
        Self::ResponseWebSearchCallSearching(value)
    }
}
impl From<BetaResponseImageGenCallCompletedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseImageGenCallCompletedEvent) -> Self {
        Self::ResponseImageGenerationCallCompleted(value)
    }
}
impl From<BetaResponseImageGenCallGeneratingEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseImageGenCallGeneratingEvent) -> Self {
        Self::ResponseImageGenerationCallGenerating(value)
    }
}
impl From<BetaResponseImageGenCallInProgressEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseImageGenCallInProgressEvent) -> Self {
        Self::ResponseImageGenerationCallInProgress(value)
    }
}
impl From<BetaResponseImageGenCallPartialImageEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseImageGenCallPartialImageEvent) -> Self {
        Self::ResponseImageGenerationCallPartialImage(value)
    }
}
impl From<BetaResponseMcpCallArgumentsDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseMcpCallArgumentsDeltaEvent) -> Self {
        Self::ResponseMcpCallArgumentsDelta(value)
    }
}
impl From<BetaResponseMcpCallArgumentsDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseMcpCallArgumentsDoneEvent) -> Self {
        Self::ResponseMcpCallArgumentsDone(value)
    }
}
impl From<BetaResponseMcpCallCompletedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseMcpCallCompletedEvent) -> Self {
        Self::ResponseMcpCallCompleted(value)
    }
}
impl From<BetaResponseMcpCallFailedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseMcpCallFailedEvent) -> Self {
        Self::ResponseMcpCallFailed(value)
    }
}
impl From<BetaResponseMcpCallInProgressEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseMcpCallInProgressEvent) -> Self {
        Self::ResponseMcpCallInProgress(value)
    }
}
impl From<BetaResponseMcpListToolsCompletedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseMcpListToolsCompletedEvent) -> Self {
        Self::ResponseMcpListToolsCompleted(value)
    }
}
impl From<BetaResponseMcpListToolsFailedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseMcpListToolsFailedEvent) -> Self {
        Self::ResponseMcpListToolsFailed(value)
    }
}
impl From<BetaResponseMcpListToolsInProgressEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseMcpListToolsInProgressEvent) -> Self {
        Self::ResponseMcpListToolsInProgress(value)
    }
}
impl From<BetaResponseOutputTextAnnotationAddedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseOutputTextAnnotationAddedEvent) -> Self {
        Self::ResponseOutputTextAnnotationAdded(value)
    }
}
impl From<BetaResponseQueuedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseQueuedEvent) -> Self {
        Self::ResponseQueued(value)
    }
}
impl From<BetaResponseCustomToolCallInputDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseCustomToolCallInputDeltaEvent) -> Self {
        Self::ResponseCustomToolCallInputDelta(value)
    }
}
impl From<BetaResponseCustomToolCallInputDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseCustomToolCallInputDoneEvent) -> Self {
        Self::ResponseCustomToolCallInputDone(value)
    }
}
/// The constant `responses_multi_agent=v1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponsesMultiAgentV1Literal {
    /// `responses_multi_agent=v1`
    #[default]
    ResponsesMultiAgentV1,
}
impl ResponsesMultiAgentV1Literal {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "responses_multi_agent=v1"
    }
}
impl std::fmt::Display for ResponsesMultiAgentV1Literal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ResponsesMultiAgentV1Literal {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("responses_multi_agent=v1")
    }
}
impl<'de> Deserialize<'de> for ResponsesMultiAgentV1Literal {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "responses_multi_agent=v1")
            .map(|()| Self::ResponsesMultiAgentV1)
    }
}
/// Query and header parameters of `beta_createResponse`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaCreateResponseParams {
    /// Optional beta features to enable for this request.
    #[serde(rename = "openai-beta", skip_serializing_if = "Option::is_none")]
    pub openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>>,
}
impl sdk_runtime_types::de::Object for BetaCreateResponseParams {
    const NAME: &'static str = "BetaCreateResponseParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "openai-beta" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut openai_beta),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { openai_beta })
    }
}
impl<'de> Deserialize<'de> for BetaCreateResponseParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaCreateResponseParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { openai_beta: None }
    }
    /// Sets `openai-beta`.
    pub fn openai_beta(
        mut self,
        value: impl Into<Vec<ResponsesMultiAgentV1Literal>>,
    ) -> Self {
        self.openai_beta = Some(value.into());
        self
    }
}
/// Query and header parameters of `beta_getResponse`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaGetResponseParams {
    /// Additional fields to include in the response. See the `include`
    /// parameter for Response creation above for more information.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<IncludeEnum>>,
    /// If set to true, the model response data will be streamed to the client
    /// as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
    /// See the [Streaming section below](https://platform.openai.com/docs/api-reference/responses-streaming)
    /// for more information.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,
    /// The sequence number of the event after which to start streaming.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starting_after: Option<i64>,
    /// When true, stream obfuscation will be enabled. Stream obfuscation adds
    /// random characters to an `obfuscation` field on streaming delta events
    /// to normalize payload sizes as a mitigation to certain side-channel
    /// attacks. These obfuscation fields are included by default, but add a
    /// small amount of overhead to the data stream. You can set
    /// `include_obfuscation` to false to optimize for bandwidth if you trust
    /// the network links between your application and the OpenAI API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include_obfuscation: Option<bool>,
    /// Optional beta features to enable for this request.
    #[serde(rename = "openai-beta", skip_serializing_if = "Option::is_none")]
    pub openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>>,
}
impl sdk_runtime_types::de::Object for BetaGetResponseParams {
    const NAME: &'static str = "BetaGetResponseParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut include: Option<Vec<IncludeEnum>> = None;
        let mut stream: Option<bool> = None;
        let mut starting_after: Option<i64> = None;
        let mut include_obfuscation: Option<bool> = None;
        let mut openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "include" => 0,
                    "stream" => 1,
                    "starting_after" => 2,
                    "include_obfuscation" => 3,
                    "openai-beta" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut include),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut stream),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut starting_after),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut include_obfuscation),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut openai_beta),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            include,
            stream,
            starting_after,
            include_obfuscation,
            openai_beta,
        })
    }
}
impl<'de> Deserialize<'de> for BetaGetResponseParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaGetResponseParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            include: None,
            stream: None,
            starting_after: None,
            include_obfuscation: None,
            openai_beta: None,
        }
    }
    /// Sets `include`.
    pub fn include(mut self, value: impl Into<Vec<IncludeEnum>>) -> Self {
        self.include = Some(value.into());
        self
    }
    /// Sets `stream`.
    pub fn stream(mut self, value: impl Into<bool>) -> Self {
        self.stream = Some(value.into());
        self
    }
    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<i64>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Sets `include_obfuscation`.
    pub fn include_obfuscation(mut self, value: impl Into<bool>) -> Self {
        self.include_obfuscation = Some(value.into());
        self
    }
    /// Sets `openai-beta`.
    pub fn openai_beta(
        mut self,
        value: impl Into<Vec<ResponsesMultiAgentV1Literal>>,
    ) -> Self {
        self.openai_beta = Some(value.into());
        self
    }
}
/// Query and header parameters of `beta_deleteResponse`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaDeleteResponseParams {
    /// Optional beta features to enable for this request.
    #[serde(rename = "openai-beta", skip_serializing_if = "Option::is_none")]
    pub openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>>,
}
impl sdk_runtime_types::de::Object for BetaDeleteResponseParams {
    const NAME: &'static str = "BetaDeleteResponseParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "openai-beta" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut openai_beta),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { openai_beta })
    }
}
impl<'de> Deserialize<'de> for BetaDeleteResponseParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaDeleteResponseParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { openai_beta: None }
    }
    /// Sets `openai-beta`.
    pub fn openai_beta(
        mut self,
        value: impl Into<Vec<ResponsesMultiAgentV1Literal>>,
    ) -> Self {
        self.openai_beta = Some(value.into());
        self
    }
}
/// Query and header parameters of `beta_cancelResponse`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaCancelResponseParams {
    /// Optional beta features to enable for this request.
    #[serde(rename = "openai-beta", skip_serializing_if = "Option::is_none")]
    pub openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>>,
}
impl sdk_runtime_types::de::Object for BetaCancelResponseParams {
    const NAME: &'static str = "BetaCancelResponseParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "openai-beta" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut openai_beta),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { openai_beta })
    }
}
impl<'de> Deserialize<'de> for BetaCancelResponseParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaCancelResponseParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { openai_beta: None }
    }
    /// Sets `openai-beta`.
    pub fn openai_beta(
        mut self,
        value: impl Into<Vec<ResponsesMultiAgentV1Literal>>,
    ) -> Self {
        self.openai_beta = Some(value.into());
        self
    }
}
/// Query and header parameters of `beta_Compactconversation`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaCompactconversationParams {
    /// Optional beta features to enable for this request.
    #[serde(rename = "openai-beta", skip_serializing_if = "Option::is_none")]
    pub openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>>,
}
impl sdk_runtime_types::de::Object for BetaCompactconversationParams {
    const NAME: &'static str = "BetaCompactconversationParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "openai-beta" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut openai_beta),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { openai_beta })
    }
}
impl<'de> Deserialize<'de> for BetaCompactconversationParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaCompactconversationParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { openai_beta: None }
    }
    /// Sets `openai-beta`.
    pub fn openai_beta(
        mut self,
        value: impl Into<Vec<ResponsesMultiAgentV1Literal>>,
    ) -> Self {
        self.openai_beta = Some(value.into());
        self
    }
}
/// Query and header parameters of `beta_listInputItems`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaListInputItemsParams {
    /// A limit on the number of objects to be returned. Limit can range between
    /// 1 and 100, and the default is 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// The order to return the input items in. Default is `desc`.
    /// - `asc`: Return the input items in ascending order.
    /// - `desc`: Return the input items in descending order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<OrderEnum>,
    /// An item ID to list items after, used in pagination.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Additional fields to include in the response. See the `include`
    /// parameter for Response creation above for more information.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<IncludeEnum>>,
    /// Optional beta features to enable for this request.
    #[serde(rename = "openai-beta", skip_serializing_if = "Option::is_none")]
    pub openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>>,
}
impl sdk_runtime_types::de::Object for BetaListInputItemsParams {
    const NAME: &'static str = "BetaListInputItemsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut order: Option<OrderEnum> = None;
        let mut after: Option<String> = None;
        let mut include: Option<Vec<IncludeEnum>> = None;
        let mut openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "order" => 1,
                    "after" => 2,
                    "include" => 3,
                    "openai-beta" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut include),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut openai_beta),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            limit,
            order,
            after,
            include,
            openai_beta,
        })
    }
}
impl<'de> Deserialize<'de> for BetaListInputItemsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaListInputItemsParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            limit: None,
            order: None,
            after: None,
            include: None,
            openai_beta: None,
        }
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<OrderEnum>) -> Self {
        self.order = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `include`.
    pub fn include(mut self, value: impl Into<Vec<IncludeEnum>>) -> Self {
        self.include = Some(value.into());
        self
    }
    /// Sets `openai-beta`.
    pub fn openai_beta(
        mut self,
        value: impl Into<Vec<ResponsesMultiAgentV1Literal>>,
    ) -> Self {
        self.openai_beta = Some(value.into());
        self
    }
}
/// Query and header parameters of `beta_Getinputtokencounts`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaGetinputtokencountsParams {
    /// Optional beta features to enable for this request.
    #[serde(rename = "openai-beta", skip_serializing_if = "Option::is_none")]
    pub openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>>,
}
impl sdk_runtime_types::de::Object for BetaGetinputtokencountsParams {
    const NAME: &'static str = "BetaGetinputtokencountsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "openai-beta" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut openai_beta),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { openai_beta })
    }
}
impl<'de> Deserialize<'de> for BetaGetinputtokencountsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl BetaGetinputtokencountsParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { openai_beta: None }
    }
    /// Sets `openai-beta`.
    pub fn openai_beta(
        mut self,
        value: impl Into<Vec<ResponsesMultiAgentV1Literal>>,
    ) -> Self {
        self.openai_beta = Some(value.into());
        self
    }
}
