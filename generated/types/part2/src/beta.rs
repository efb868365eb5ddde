//! Types of the `beta` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[cfg(feature = "beta")]
/// Token counts
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaTokenCountsResource {
    pub object: ResponseInputTokensLiteral,
    pub input_tokens: i64,
}
#[cfg(feature = "beta")]
impl sdk_runtime_types::de::Object for BetaTokenCountsResource {
    const NAME: &'static str = "BetaTokenCountsResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ResponseInputTokensLiteral> = None;
        let mut input_tokens: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "input_tokens" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut input_tokens),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            input_tokens: input_tokens.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaTokenCountsResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "beta")]
impl BetaTokenCountsResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(input_tokens: impl Into<i64>) -> Self {
        Self {
            object: Default::default(),
            input_tokens: input_tokens.into(),
        }
    }
}
#[cfg(feature = "beta")]
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
    pub reasoning: Option<Box<BetaReasoning>>,
    /// The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response to fit the context window by dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with a 400 error.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub truncation: Option<BetaTruncationEnum>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// A model-owned style preset to apply to this request. Omit this parameter to use the model's default style. Supported values may expand over time. Values must be at most 64 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub personality: Option<BetaPersonalityEnum>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversation: Option<BetaConversationParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_choice: Option<BetaToolChoiceParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parallel_tool_calls: Option<bool>,
}
#[cfg(feature = "beta")]
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
        let mut reasoning: Option<Box<BetaReasoning>> = None;
        let mut truncation: Option<BetaTruncationEnum> = None;
        let mut instructions: Option<String> = None;
        let mut personality: Option<BetaPersonalityEnum> = None;
        let mut conversation: Option<BetaConversationParam> = None;
        let mut tool_choice: Option<BetaToolChoiceParam> = None;
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
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaTokenCountsBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "beta")]
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
    pub fn reasoning(mut self, value: impl Into<BetaReasoning>) -> Self {
        self.reasoning = Some(Box::new(value.into()));
        self
    }
    /// Sets `truncation`.
    pub fn truncation(mut self, value: impl Into<BetaTruncationEnum>) -> Self {
        self.truncation = Some(value.into());
        self
    }
    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }
    /// Sets `personality`.
    pub fn personality(mut self, value: impl Into<BetaPersonalityEnum>) -> Self {
        self.personality = Some(value.into());
        self
    }
    /// Sets `conversation`.
    pub fn conversation(mut self, value: impl Into<BetaConversationParam>) -> Self {
        self.conversation = Some(value.into());
        self
    }
    /// Sets `tool_choice`.
    pub fn tool_choice(mut self, value: impl Into<BetaToolChoiceParam>) -> Self {
        self.tool_choice = Some(value.into());
        self
    }
    /// Sets `parallel_tool_calls`.
    pub fn parallel_tool_calls(mut self, value: impl Into<bool>) -> Self {
        self.parallel_tool_calls = Some(value.into());
        self
    }
}
#[cfg(feature = "beta")]
/// Text, image, or file inputs to the model, used to generate a response
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum BetaTokenCountsBodyInput {
    InputItemList(Vec<BetaInputItem>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(feature = "beta")]
impl From<Vec<BetaInputItem>> for BetaTokenCountsBodyInput {
    fn from(value: Vec<BetaInputItem>) -> Self {
        Self::InputItemList(value)
    }
}
#[cfg(feature = "beta")]
impl From<String> for BetaTokenCountsBodyInput {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
#[cfg(feature = "beta")]
impl From<&str> for BetaTokenCountsBodyInput {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
#[cfg(feature = "beta")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BetaTruncationEnum {
    /// `auto`
    Auto,
    /// `disabled`
    Disabled,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "beta")]
impl BetaTruncationEnum {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Disabled => "disabled",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "disabled" => Self::Disabled,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "beta")]
impl From<&str> for BetaTruncationEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "beta")]
impl From<String> for BetaTruncationEnum {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "beta")]
impl std::fmt::Display for BetaTruncationEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "beta")]
impl Serialize for BetaTruncationEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaTruncationEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "beta")]
impl Default for BetaTruncationEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "beta")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BetaPersonalityEnum {
    /// `friendly`
    Friendly,
    /// `pragmatic`
    Pragmatic,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "beta")]
impl BetaPersonalityEnum {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Friendly => "friendly",
            Self::Pragmatic => "pragmatic",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "friendly" => Self::Friendly,
            "pragmatic" => Self::Pragmatic,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "beta")]
impl From<&str> for BetaPersonalityEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "beta")]
impl From<String> for BetaPersonalityEnum {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "beta")]
impl std::fmt::Display for BetaPersonalityEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "beta")]
impl Serialize for BetaPersonalityEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaPersonalityEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "beta")]
impl Default for BetaPersonalityEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "beta")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaCompactResponseMethodPublicBody {
    pub model: Option<BetaModelIdsCompaction>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<BetaCompactResponseMethodPublicBodyInput>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_response_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_retention: Option<BetaPromptCacheRetentionEnum>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt_cache_options: Option<BetaPromptCacheOptionsParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_tier: Option<BetaServiceTierEnum>,
}
#[cfg(feature = "beta")]
impl sdk_runtime_types::de::Object for BetaCompactResponseMethodPublicBody {
    const NAME: &'static str = "BetaCompactResponseMethodPublicBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut model: Option<BetaModelIdsCompaction> = None;
        let mut input: Option<BetaCompactResponseMethodPublicBodyInput> = None;
        let mut previous_response_id: Option<String> = None;
        let mut instructions: Option<String> = None;
        let mut prompt_cache_key: Option<String> = None;
        let mut prompt_cache_retention: Option<BetaPromptCacheRetentionEnum> = None;
        let mut prompt_cache_options: Option<BetaPromptCacheOptionsParam> = None;
        let mut service_tier: Option<BetaServiceTierEnum> = None;
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
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaCompactResponseMethodPublicBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "beta")]
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
    pub fn model(mut self, value: impl Into<BetaModelIdsCompaction>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `input`.
    pub fn input(
        mut self,
        value: impl Into<BetaCompactResponseMethodPublicBodyInput>,
    ) -> Self {
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
        value: impl Into<BetaPromptCacheRetentionEnum>,
    ) -> Self {
        self.prompt_cache_retention = Some(value.into());
        self
    }
    /// Sets `prompt_cache_options`.
    pub fn prompt_cache_options(
        mut self,
        value: impl Into<BetaPromptCacheOptionsParam>,
    ) -> Self {
        self.prompt_cache_options = Some(value.into());
        self
    }
    /// Sets `service_tier`.
    pub fn service_tier(mut self, value: impl Into<BetaServiceTierEnum>) -> Self {
        self.service_tier = Some(value.into());
        self
    }
}
#[cfg(feature = "beta")]
/// Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](https://platform.openai.com/docs/models) to browse and compare available models.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BetaModelIdsCompaction {
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
#[cfg(feature = "beta")]
impl BetaModelIdsCompaction {
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
#[cfg(feature = "beta")]
impl From<&str> for BetaModelIdsCompaction {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "beta")]
impl From<String> for BetaModelIdsCompaction {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "beta")]
impl std::fmt::Display for BetaModelIdsCompaction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "beta")]
impl Serialize for BetaModelIdsCompaction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaModelIdsCompaction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "beta")]
impl Default for BetaModelIdsCompaction {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "beta")]
/// Text, image, or file inputs to the model, used to generate a response
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum BetaCompactResponseMethodPublicBodyInput {
    InputItemList(Vec<BetaInputItem>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(feature = "beta")]
impl From<Vec<BetaInputItem>> for BetaCompactResponseMethodPublicBodyInput {
    fn from(value: Vec<BetaInputItem>) -> Self {
        Self::InputItemList(value)
    }
}
#[cfg(feature = "beta")]
impl From<String> for BetaCompactResponseMethodPublicBodyInput {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
#[cfg(feature = "beta")]
impl From<&str> for BetaCompactResponseMethodPublicBodyInput {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
#[cfg(feature = "beta")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BetaPromptCacheRetentionEnum {
    /// `in_memory`
    InMemory,
    /// `24h`
    V24h,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "beta")]
impl BetaPromptCacheRetentionEnum {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::InMemory => "in_memory",
            Self::V24h => "24h",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "in_memory" => Self::InMemory,
            "24h" => Self::V24h,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "beta")]
impl From<&str> for BetaPromptCacheRetentionEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "beta")]
impl From<String> for BetaPromptCacheRetentionEnum {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "beta")]
impl std::fmt::Display for BetaPromptCacheRetentionEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "beta")]
impl Serialize for BetaPromptCacheRetentionEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaPromptCacheRetentionEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "beta")]
impl Default for BetaPromptCacheRetentionEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "beta")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BetaServiceTierEnum {
    /// `auto`
    Auto,
    /// `default`
    DefaultType,
    /// `fast`
    Fast,
    /// `flex`
    Flex,
    /// `priority`
    Priority,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "beta")]
impl BetaServiceTierEnum {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::DefaultType => "default",
            Self::Fast => "fast",
            Self::Flex => "flex",
            Self::Priority => "priority",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "default" => Self::DefaultType,
            "fast" => Self::Fast,
            "flex" => Self::Flex,
            "priority" => Self::Priority,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "beta")]
impl From<&str> for BetaServiceTierEnum {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "beta")]
impl From<String> for BetaServiceTierEnum {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "beta")]
impl std::fmt::Display for BetaServiceTierEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "beta")]
impl Serialize for BetaServiceTierEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaServiceTierEnum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "beta")]
impl Default for BetaServiceTierEnum {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "beta")]
/// A list of Response items.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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
#[cfg(feature = "beta")]
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
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaResponseItemList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "beta")]
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
#[cfg(feature = "beta")]
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
#[cfg(feature = "beta")]
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
#[cfg(feature = "beta")]
impl From<BetaFunctionToolCallResource> for BetaItemResource {
    fn from(value: BetaFunctionToolCallResource) -> Self {
        Self::FunctionToolCallResource(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaFunctionShellCall> for BetaItemResource {
    fn from(value: BetaFunctionShellCall) -> Self {
        Self::FunctionShellCall(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaFunctionShellCallOutput> for BetaItemResource {
    fn from(value: BetaFunctionShellCallOutput) -> Self {
        Self::FunctionShellCallOutput(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaCustomToolCallResource> for BetaItemResource {
    fn from(value: BetaCustomToolCallResource) -> Self {
        Self::CustomToolCallResource(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaToolSearchCall> for BetaItemResource {
    fn from(value: BetaToolSearchCall) -> Self {
        Self::ToolSearchCall(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaToolSearchOutput> for BetaItemResource {
    fn from(value: BetaToolSearchOutput) -> Self {
        Self::ToolSearchOutput(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaCodeInterpreterToolCall> for BetaItemResource {
    fn from(value: BetaCodeInterpreterToolCall) -> Self {
        Self::CodeInterpreterToolCall(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaMcpToolCall> for BetaItemResource {
    fn from(value: BetaMcpToolCall) -> Self {
        Self::McpToolCall(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaComputerToolCall> for BetaItemResource {
    fn from(value: BetaComputerToolCall) -> Self {
        Self::ComputerToolCall(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaComputerToolCallOutputResource> for BetaItemResource {
    fn from(value: BetaComputerToolCallOutputResource) -> Self {
        Self::ComputerToolCallOutputResource(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaApplyPatchToolCall> for BetaItemResource {
    fn from(value: BetaApplyPatchToolCall) -> Self {
        Self::ApplyPatchToolCall(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaCustomToolCallOutputResource> for BetaItemResource {
    fn from(value: BetaCustomToolCallOutputResource) -> Self {
        Self::CustomToolCallOutputResource(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaOutputMessage> for BetaItemResource {
    fn from(value: BetaOutputMessage) -> Self {
        Self::OutputMessage(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaAgentMessage> for BetaItemResource {
    fn from(value: BetaAgentMessage) -> Self {
        Self::AgentMessage(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaMultiAgentCall> for BetaItemResource {
    fn from(value: BetaMultiAgentCall) -> Self {
        Self::MultiAgentCall(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaMultiAgentCallOutput> for BetaItemResource {
    fn from(value: BetaMultiAgentCallOutput) -> Self {
        Self::MultiAgentCallOutput(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaProgram> for BetaItemResource {
    fn from(value: BetaProgram) -> Self {
        Self::Program(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaProgramOutput> for BetaItemResource {
    fn from(value: BetaProgramOutput) -> Self {
        Self::ProgramOutput(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaLocalShellToolCall> for BetaItemResource {
    fn from(value: BetaLocalShellToolCall) -> Self {
        Self::LocalShellToolCall(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaMcpApprovalRequest> for BetaItemResource {
    fn from(value: BetaMcpApprovalRequest) -> Self {
        Self::McpApprovalRequest(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaFunctionToolCallOutputResource> for BetaItemResource {
    fn from(value: BetaFunctionToolCallOutputResource) -> Self {
        Self::FunctionToolCallOutputResource(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaApplyPatchToolCallOutput> for BetaItemResource {
    fn from(value: BetaApplyPatchToolCallOutput) -> Self {
        Self::ApplyPatchToolCallOutput(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaInputMessageResource> for BetaItemResource {
    fn from(value: BetaInputMessageResource) -> Self {
        Self::InputMessageResource(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaFileSearchToolCall> for BetaItemResource {
    fn from(value: BetaFileSearchToolCall) -> Self {
        Self::FileSearchToolCall(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaMcpListTools> for BetaItemResource {
    fn from(value: BetaMcpListTools) -> Self {
        Self::McpListTools(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaMcpApprovalResponseResource> for BetaItemResource {
    fn from(value: BetaMcpApprovalResponseResource) -> Self {
        Self::McpApprovalResponseResource(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaWebSearchToolCall> for BetaItemResource {
    fn from(value: BetaWebSearchToolCall) -> Self {
        Self::WebSearchToolCall(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaAdditionalTools> for BetaItemResource {
    fn from(value: BetaAdditionalTools) -> Self {
        Self::AdditionalTools(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaImageGenToolCall> for BetaItemResource {
    fn from(value: BetaImageGenToolCall) -> Self {
        Self::ImageGenToolCall(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaReasoningItem> for BetaItemResource {
    fn from(value: BetaReasoningItem) -> Self {
        Self::ReasoningItem(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaCompactionBody> for BetaItemResource {
    fn from(value: BetaCompactionBody) -> Self {
        Self::CompactionBody(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaLocalShellToolCallOutput> for BetaItemResource {
    fn from(value: BetaLocalShellToolCallOutput) -> Self {
        Self::LocalShellToolCallOutput(value)
    }
}
#[cfg(feature = "beta")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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
#[cfg(feature = "beta")]
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
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaInputMessageResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "beta")]
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
#[cfg(feature = "beta")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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
    pub caller: Option<BetaToolCallCaller>,
    /// The namespace of the function to run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// The name of the function to run.
    pub name: String,
    /// A JSON string of the arguments to pass to the function.
    pub arguments: String,
    /// The status of the item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    pub status: BetaFunctionCallStatus,
    /// The identifier of the actor that created the item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
#[cfg(feature = "beta")]
impl sdk_runtime_types::de::Object for BetaFunctionToolCallResource {
    const NAME: &'static str = "BetaFunctionToolCallResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut id: Option<String> = None;
        let mut type_: Option<FunctionCallLiteral> = None;
        let mut call_id: Option<String> = None;
        let mut caller: Option<BetaToolCallCaller> = None;
        let mut namespace: Option<String> = None;
        let mut name: Option<String> = None;
        let mut arguments: Option<String> = None;
        let mut status: Option<BetaFunctionCallStatus> = None;
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
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaFunctionToolCallResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "beta")]
impl BetaFunctionToolCallResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        name: impl Into<String>,
        arguments: impl Into<String>,
        status: impl Into<BetaFunctionCallStatus>,
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
    pub fn caller(mut self, value: impl Into<BetaToolCallCaller>) -> Self {
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
#[cfg(feature = "beta")]
/// ResponseCustomToolCallItem
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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
    pub caller: Option<BetaToolCallCaller>,
    /// The namespace of the custom tool being called.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// The name of the custom tool being called.
    pub name: String,
    /// The input for the custom tool call generated by the model.
    pub input: String,
    /// The status of the item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    pub status: BetaFunctionCallStatus,
    /// The identifier of the actor that created the item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
#[cfg(feature = "beta")]
impl sdk_runtime_types::de::Object for BetaCustomToolCallResource {
    const NAME: &'static str = "BetaCustomToolCallResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<CustomToolCallLiteral> = None;
        let mut id: Option<String> = None;
        let mut call_id: Option<String> = None;
        let mut caller: Option<BetaToolCallCaller> = None;
        let mut namespace: Option<String> = None;
        let mut name: Option<String> = None;
        let mut input: Option<String> = None;
        let mut status: Option<BetaFunctionCallStatus> = None;
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
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaCustomToolCallResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "beta")]
impl BetaCustomToolCallResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        call_id: impl Into<String>,
        name: impl Into<String>,
        input: impl Into<String>,
        status: impl Into<BetaFunctionCallStatus>,
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
    pub fn caller(mut self, value: impl Into<BetaToolCallCaller>) -> Self {
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
#[cfg(feature = "beta")]
/// The output of a function tool call.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
    pub caller: Option<BetaToolCallCallerParam>,
    /// The output from the function call generated by your code.
    /// Can be a string or an list of output content.
    pub output: BetaFunctionToolCallOutputResourceOutput,
    /// The status of the item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ComputerToolCallStatus>,
}
#[cfg(feature = "beta")]
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
        let mut caller: Option<BetaToolCallCallerParam> = None;
        let mut output: Option<BetaFunctionToolCallOutputResourceOutput> = None;
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
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaFunctionToolCallOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "beta")]
impl BetaFunctionToolCallOutput {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(output: impl Into<BetaFunctionToolCallOutputResourceOutput>) -> Self {
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
    pub fn caller(mut self, value: impl Into<BetaToolCallCallerParam>) -> Self {
        self.caller = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<ComputerToolCallStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(feature = "beta")]
/// The compacted response object
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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
    pub usage: BetaResponseUsage,
}
#[cfg(feature = "beta")]
impl sdk_runtime_types::de::Object for BetaCompactResource {
    const NAME: &'static str = "BetaCompactResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<ResponseCompactionLiteral> = None;
        let mut output: Option<Vec<BetaItemField>> = None;
        let mut created_at: Option<i64> = None;
        let mut usage: Option<BetaResponseUsage> = None;
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
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaCompactResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "beta")]
impl BetaCompactResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        output: impl Into<Vec<BetaItemField>>,
        created_at: impl Into<i64>,
        usage: impl Into<BetaResponseUsage>,
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
#[cfg(feature = "beta")]
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
#[cfg(feature = "beta")]
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
#[cfg(feature = "beta")]
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
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaItemField {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "beta")]
impl From<BetaMessage> for BetaItemField {
    fn from(value: BetaMessage) -> Self {
        Self::Message(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaProgram> for BetaItemField {
    fn from(value: BetaProgram) -> Self {
        Self::Program(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaProgramOutput> for BetaItemField {
    fn from(value: BetaProgramOutput) -> Self {
        Self::ProgramOutput(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaFunctionToolCall> for BetaItemField {
    fn from(value: BetaFunctionToolCall) -> Self {
        Self::FunctionCall(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaMultiAgentCall> for BetaItemField {
    fn from(value: BetaMultiAgentCall) -> Self {
        Self::MultiAgentCall(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaMultiAgentCallOutput> for BetaItemField {
    fn from(value: BetaMultiAgentCallOutput) -> Self {
        Self::MultiAgentCallOutput(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaToolSearchCall> for BetaItemField {
    fn from(value: BetaToolSearchCall) -> Self {
        Self::ToolSearchCall(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaToolSearchOutput> for BetaItemField {
    fn from(value: BetaToolSearchOutput) -> Self {
        Self::ToolSearchOutput(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaAdditionalTools> for BetaItemField {
    fn from(value: BetaAdditionalTools) -> Self {
        Self::AdditionalTools(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaAgentMessage> for BetaItemField {
    fn from(value: BetaAgentMessage) -> Self {
        Self::AgentMessage(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaFunctionToolCallOutput> for BetaItemField {
    fn from(value: BetaFunctionToolCallOutput) -> Self {
        Self::FunctionCallOutput(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaFileSearchToolCall> for BetaItemField {
    fn from(value: BetaFileSearchToolCall) -> Self {
        Self::FileSearchCall(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaWebSearchToolCall> for BetaItemField {
    fn from(value: BetaWebSearchToolCall) -> Self {
        Self::WebSearchCall(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaImageGenToolCall> for BetaItemField {
    fn from(value: BetaImageGenToolCall) -> Self {
        Self::ImageGenerationCall(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaComputerToolCall> for BetaItemField {
    fn from(value: BetaComputerToolCall) -> Self {
        Self::ComputerCall(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaComputerToolCallOutputResource> for BetaItemField {
    fn from(value: BetaComputerToolCallOutputResource) -> Self {
        Self::ComputerCallOutput(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaReasoningItem> for BetaItemField {
    fn from(value: BetaReasoningItem) -> Self {
        Self::Reasoning(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaCompactionBody> for BetaItemField {
    fn from(value: BetaCompactionBody) -> Self {
        Self::Compaction(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaCodeInterpreterToolCall> for BetaItemField {
    fn from(value: BetaCodeInterpreterToolCall) -> Self {
        Self::CodeInterpreterCall(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaLocalShellToolCall> for BetaItemField {
    fn from(value: BetaLocalShellToolCall) -> Self {
        Self::LocalShellCall(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaLocalShellToolCallOutput> for BetaItemField {
    fn from(value: BetaLocalShellToolCallOutput) -> Self {
        Self::LocalShellCallOutput(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaFunctionShellCall> for BetaItemField {
    fn from(value: BetaFunctionShellCall) -> Self {
        Self::ShellCall(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaFunctionShellCallOutput> for BetaItemField {
    fn from(value: BetaFunctionShellCallOutput) -> Self {
        Self::ShellCallOutput(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaApplyPatchToolCall> for BetaItemField {
    fn from(value: BetaApplyPatchToolCall) -> Self {
        Self::ApplyPatchCall(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaApplyPatchToolCallOutput> for BetaItemField {
    fn from(value: BetaApplyPatchToolCallOutput) -> Self {
        Self::ApplyPatchCallOutput(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaMcpListTools> for BetaItemField {
    fn from(value: BetaMcpListTools) -> Self {
        Self::McpListTools(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaMcpApprovalRequest> for BetaItemField {
    fn from(value: BetaMcpApprovalRequest) -> Self {
        Self::McpApprovalRequest(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaMcpApprovalResponseResource> for BetaItemField {
    fn from(value: BetaMcpApprovalResponseResource) -> Self {
        Self::McpApprovalResponse(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaMcpToolCall> for BetaItemField {
    fn from(value: BetaMcpToolCall) -> Self {
        Self::McpCall(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaCustomToolCall> for BetaItemField {
    fn from(value: BetaCustomToolCall) -> Self {
        Self::CustomToolCall(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaCustomToolCallOutput> for BetaItemField {
    fn from(value: BetaCustomToolCallOutput) -> Self {
        Self::CustomToolCallOutput(value)
    }
}
#[cfg(feature = "beta")]
/// A message to or from the model.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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
    pub status: BetaMessageStatus,
    /// The role of the message. One of `unknown`, `user`, `assistant`, `system`, `critic`, `discriminator`, `developer`, or `tool`.
    pub role: BetaMessageRole,
    /// The content of the message
    pub content: Vec<BetaMessageContentItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phase: Option<BetaMessagePhase2>,
}
#[cfg(feature = "beta")]
impl sdk_runtime_types::de::Object for BetaMessage {
    const NAME: &'static str = "BetaMessage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut agent: Option<BetaAgentTag> = None;
        let mut type_: Option<MessageLiteral> = None;
        let mut id: Option<String> = None;
        let mut status: Option<BetaMessageStatus> = None;
        let mut role: Option<BetaMessageRole> = None;
        let mut content: Option<Vec<BetaMessageContentItem>> = None;
        let mut phase: Option<BetaMessagePhase2> = None;
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
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "beta")]
impl BetaMessage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        status: impl Into<BetaMessageStatus>,
        role: impl Into<BetaMessageRole>,
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
    pub fn phase(mut self, value: impl Into<BetaMessagePhase2>) -> Self {
        self.phase = Some(value.into());
        self
    }
}
#[cfg(feature = "beta")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BetaMessageStatus {
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// `incomplete`
    Incomplete,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "beta")]
impl BetaMessageStatus {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in_progress",
            Self::Completed => "completed",
            Self::Incomplete => "incomplete",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "in_progress" => Self::InProgress,
            "completed" => Self::Completed,
            "incomplete" => Self::Incomplete,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "beta")]
impl From<&str> for BetaMessageStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "beta")]
impl From<String> for BetaMessageStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "beta")]
impl std::fmt::Display for BetaMessageStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "beta")]
impl Serialize for BetaMessageStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaMessageStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "beta")]
impl Default for BetaMessageStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "beta")]
/// A content part that makes up an input or output item.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum BetaMessageContentItem {
    /// `input_text`
    InputText(BetaInputTextContent),
    /// `output_text`
    OutputText(BetaOutputTextContent),
    /// `text`
    Text(BetaTextContent),
    /// `summary_text`
    SummaryText(BetaSummaryTextContent),
    /// `reasoning_text`
    ReasoningText(BetaReasoningTextContent),
    /// `refusal`
    Refusal(BetaRefusalContent),
    /// `input_image`
    InputImage(BetaInputImageContent),
    /// `computer_screenshot`
    ComputerScreenshot(BetaComputerScreenshotContent),
    /// `input_file`
    InputFile(BetaInputFileContent),
    /// `encrypted_content`
    EncryptedContent(BetaEncryptedContent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(feature = "beta")]
impl Serialize for BetaMessageContentItem {
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
            Self::EncryptedContent(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(feature = "beta")]
impl sdk_runtime_types::de::TaggedUnion for BetaMessageContentItem {
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
                "encrypted_content" => {
                    Deserialize::deserialize(content).map(Self::EncryptedContent)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaMessageContentItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "beta")]
impl From<BetaInputTextContent> for BetaMessageContentItem {
    fn from(value: BetaInputTextContent) -> Self {
        Self::InputText(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaOutputTextContent> for BetaMessageContentItem {
    fn from(value: BetaOutputTextContent) -> Self {
        Self::OutputText(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaTextContent> for BetaMessageContentItem {
    fn from(value: BetaTextContent) -> Self {
        Self::Text(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaSummaryTextContent> for BetaMessageContentItem {
    fn from(value: BetaSummaryTextContent) -> Self {
        Self::SummaryText(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaReasoningTextContent> for BetaMessageContentItem {
    fn from(value: BetaReasoningTextContent) -> Self {
        Self::ReasoningText(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaRefusalContent> for BetaMessageContentItem {
    fn from(value: BetaRefusalContent) -> Self {
        Self::Refusal(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaInputImageContent> for BetaMessageContentItem {
    fn from(value: BetaInputImageContent) -> Self {
        Self::InputImage(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaComputerScreenshotContent> for BetaMessageContentItem {
    fn from(value: BetaComputerScreenshotContent) -> Self {
        Self::ComputerScreenshot(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaInputFileContent> for BetaMessageContentItem {
    fn from(value: BetaInputFileContent) -> Self {
        Self::InputFile(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaEncryptedContent> for BetaMessageContentItem {
    fn from(value: BetaEncryptedContent) -> Self {
        Self::EncryptedContent(value)
    }
}
#[cfg(feature = "beta")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BetaMessagePhase2 {
    /// `commentary`
    Commentary,
    /// `final_answer`
    FinalAnswer,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "beta")]
impl BetaMessagePhase2 {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Commentary => "commentary",
            Self::FinalAnswer => "final_answer",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "commentary" => Self::Commentary,
            "final_answer" => Self::FinalAnswer,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "beta")]
impl From<&str> for BetaMessagePhase2 {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "beta")]
impl From<String> for BetaMessagePhase2 {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "beta")]
impl std::fmt::Display for BetaMessagePhase2 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "beta")]
impl Serialize for BetaMessagePhase2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaMessagePhase2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "beta")]
impl Default for BetaMessagePhase2 {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "beta")]
/// Emitted when an error occurs.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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
#[cfg(feature = "beta")]
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
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaResponseErrorEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "beta")]
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
#[cfg(feature = "beta")]
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
    pub prompt_cache_options: Option<BetaPromptCacheOptionsParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_response_id: Option<String>,
    /// Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    /// offers a wide range of models with different capabilities, performance
    /// characteristics, and price points. Refer to the [model guide](https://platform.openai.com/docs/models)
    /// to browse and compare available models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<BetaModelIdsResponses>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub background: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_tool_calls: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<Box<BetaResponseTextParam>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<BetaToolsArray>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_choice: Option<BetaToolChoiceParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt: Option<BetaPrompt>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_tier: Option<BetaServiceTierResponses>,
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub truncation: Option<CreateResponseTruncation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reasoning: Option<Box<BetaReasoning>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<BetaInputParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<BetaIncludeEnum>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parallel_tool_calls: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub store: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moderation: Option<BetaModerationParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_options: Option<BetaResponseStreamOptions>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversation: Option<BetaConversationParam>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context_management: Option<Vec<BetaContextManagementParam>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_output_tokens: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub multi_agent: Option<BetaMultiAgentParam>,
}
#[cfg(feature = "beta")]
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
        let mut prompt_cache_options: Option<BetaPromptCacheOptionsParam> = None;
        let mut previous_response_id: Option<String> = None;
        let mut model: Option<BetaModelIdsResponses> = None;
        let mut background: Option<bool> = None;
        let mut max_tool_calls: Option<i64> = None;
        let mut text: Option<Box<BetaResponseTextParam>> = None;
        let mut tools: Option<BetaToolsArray> = None;
        let mut tool_choice: Option<BetaToolChoiceParam> = None;
        let mut prompt: Option<BetaPrompt> = None;
        let mut service_tier: Option<BetaServiceTierResponses> = None;
        let mut truncation: Option<CreateResponseTruncation> = None;
        let mut reasoning: Option<Box<BetaReasoning>> = None;
        let mut input: Option<BetaInputParam> = None;
        let mut include: Option<Vec<BetaIncludeEnum>> = None;
        let mut parallel_tool_calls: Option<bool> = None;
        let mut store: Option<bool> = None;
        let mut instructions: Option<String> = None;
        let mut moderation: Option<BetaModerationParam> = None;
        let mut stream: Option<bool> = None;
        let mut stream_options: Option<BetaResponseStreamOptions> = None;
        let mut conversation: Option<BetaConversationParam> = None;
        let mut context_management: Option<Vec<BetaContextManagementParam>> = None;
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
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaCreateResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "beta")]
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
        value: impl Into<BetaPromptCacheOptionsParam>,
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
    pub fn model(mut self, value: impl Into<BetaModelIdsResponses>) -> Self {
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
    pub fn tool_choice(mut self, value: impl Into<BetaToolChoiceParam>) -> Self {
        self.tool_choice = Some(value.into());
        self
    }
    /// Sets `prompt`.
    pub fn prompt(mut self, value: impl Into<BetaPrompt>) -> Self {
        self.prompt = Some(value.into());
        self
    }
    /// Sets `service_tier`.
    pub fn service_tier(mut self, value: impl Into<BetaServiceTierResponses>) -> Self {
        self.service_tier = Some(value.into());
        self
    }
    /// Sets `truncation`.
    pub fn truncation(mut self, value: impl Into<CreateResponseTruncation>) -> Self {
        self.truncation = Some(value.into());
        self
    }
    /// Sets `reasoning`.
    pub fn reasoning(mut self, value: impl Into<BetaReasoning>) -> Self {
        self.reasoning = Some(Box::new(value.into()));
        self
    }
    /// Sets `input`.
    pub fn input(mut self, value: impl Into<BetaInputParam>) -> Self {
        self.input = Some(value.into());
        self
    }
    /// Sets `include`.
    pub fn include(mut self, value: impl Into<Vec<BetaIncludeEnum>>) -> Self {
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
    pub fn moderation(mut self, value: impl Into<BetaModerationParam>) -> Self {
        self.moderation = Some(value.into());
        self
    }
    /// Sets `stream`.
    pub fn stream(mut self, value: impl Into<bool>) -> Self {
        self.stream = Some(value.into());
        self
    }
    /// Sets `stream_options`.
    pub fn stream_options(
        mut self,
        value: impl Into<BetaResponseStreamOptions>,
    ) -> Self {
        self.stream_options = Some(value.into());
        self
    }
    /// Sets `conversation`.
    pub fn conversation(mut self, value: impl Into<BetaConversationParam>) -> Self {
        self.conversation = Some(value.into());
        self
    }
    /// Sets `context_management`.
    pub fn context_management(
        mut self,
        value: impl Into<Vec<BetaContextManagementParam>>,
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
#[cfg(feature = "beta")]
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
#[cfg(feature = "beta")]
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
#[cfg(feature = "beta")]
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
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaResponseStreamEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseAudioDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseAudioDeltaEvent) -> Self {
        Self::ResponseAudioDelta(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseAudioDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseAudioDoneEvent) -> Self {
        Self::ResponseAudioDone(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseAudioTranscriptDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseAudioTranscriptDeltaEvent) -> Self {
        Self::ResponseAudioTranscriptDelta(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseAudioTranscriptDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseAudioTranscriptDoneEvent) -> Self {
        Self::ResponseAudioTranscriptDone(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseCodeInterpreterCallCodeDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseCodeInterpreterCallCodeDeltaEvent) -> Self {
        Self::ResponseCodeInterpreterCallCodeDelta(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseCodeInterpreterCallCodeDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseCodeInterpreterCallCodeDoneEvent) -> Self {
        Self::ResponseCodeInterpreterCallCodeDone(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseCodeInterpreterCallCompletedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseCodeInterpreterCallCompletedEvent) -> Self {
        Self::ResponseCodeInterpreterCallCompleted(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseCodeInterpreterCallInProgressEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseCodeInterpreterCallInProgressEvent) -> Self {
        Self::ResponseCodeInterpreterCallInProgress(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseCodeInterpreterCallInterpretingEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseCodeInterpreterCallInterpretingEvent) -> Self {
        Self::ResponseCodeInterpreterCallInterpreting(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseCompletedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseCompletedEvent) -> Self {
        Self::ResponseCompleted(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseContentPartAddedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseContentPartAddedEvent) -> Self {
        Self::ResponseContentPartAdded(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseContentPartDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseContentPartDoneEvent) -> Self {
        Self::ResponseContentPartDone(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseCreatedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseCreatedEvent) -> Self {
        Self::ResponseCreated(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseErrorEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseErrorEvent) -> Self {
        Self::ErrorType(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseFileSearchCallCompletedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseFileSearchCallCompletedEvent) -> Self {
        Self::ResponseFileSearchCallCompleted(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseFileSearchCallInProgressEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseFileSearchCallInProgressEvent) -> Self {
        Self::ResponseFileSearchCallInProgress(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseFileSearchCallSearchingEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseFileSearchCallSearchingEvent) -> Self {
        Self::ResponseFileSearchCallSearching(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseFunctionCallArgumentsDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseFunctionCallArgumentsDeltaEvent) -> Self {
        Self::ResponseFunctionCallArgumentsDelta(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseFunctionCallArgumentsDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseFunctionCallArgumentsDoneEvent) -> Self {
        Self::ResponseFunctionCallArgumentsDone(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseShellCallCommandAddedStreamingEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseShellCallCommandAddedStreamingEvent) -> Self {
        Self::ResponseShellCallCommandAdded(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseShellCallCommandDeltaStreamingEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseShellCallCommandDeltaStreamingEvent) -> Self {
        Self::ResponseShellCallCommandDelta(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseShellCallCommandDoneStreamingEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseShellCallCommandDoneStreamingEvent) -> Self {
        Self::ResponseShellCallCommandDone(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseShellCallOutputContentDeltaStreamingEvent>
for BetaResponseStreamEvent {
    fn from(value: BetaResponseShellCallOutputContentDeltaStreamingEvent) -> Self {
        Self::ResponseShellCallOutputContentDelta(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseShellCallOutputContentDoneStreamingEvent>
for BetaResponseStreamEvent {
    fn from(value: BetaResponseShellCallOutputContentDoneStreamingEvent) -> Self {
        Self::ResponseShellCallOutputContentDone(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseInProgressEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseInProgressEvent) -> Self {
        Self::ResponseInProgress(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseFailedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseFailedEvent) -> Self {
        Self::ResponseFailed(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseIncompleteEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseIncompleteEvent) -> Self {
        Self::ResponseIncomplete(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseOutputItemAddedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseOutputItemAddedEvent) -> Self {
        Self::ResponseOutputItemAdded(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseOutputItemDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseOutputItemDoneEvent) -> Self {
        Self::ResponseOutputItemDone(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseReasoningSummaryPartAddedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseReasoningSummaryPartAddedEvent) -> Self {
        Self::ResponseReasoningSummaryPartAdded(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseReasoningSummaryPartDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseReasoningSummaryPartDoneEvent) -> Self {
        Self::ResponseReasoningSummaryPartDone(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseReasoningSummaryTextDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseReasoningSummaryTextDeltaEvent) -> Self {
        Self::ResponseReasoningSummaryTextDelta(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseReasoningSummaryTextDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseReasoningSummaryTextDoneEvent) -> Self {
        Self::ResponseReasoningSummaryTextDone(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseReasoningTextDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseReasoningTextDeltaEvent) -> Self {
        Self::ResponseReasoningTextDelta(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseReasoningTextDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseReasoningTextDoneEvent) -> Self {
        Self::ResponseReasoningTextDone(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseRefusalDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseRefusalDeltaEvent) -> Self {
        Self::ResponseRefusalDelta(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseRefusalDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseRefusalDoneEvent) -> Self {
        Self::ResponseRefusalDone(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseTextDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseTextDeltaEvent) -> Self {
        Self::ResponseOutputTextDelta(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseTextDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseTextDoneEvent) -> Self {
        Self::ResponseOutputTextDone(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseWebSearchCallCompletedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseWebSearchCallCompletedEvent) -> Self {
        Self::ResponseWebSearchCallCompleted(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseWebSearchCallInProgressEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseWebSearchCallInProgressEvent) -> Self {
        Self::ResponseWebSearchCallInProgress(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseWebSearchCallSearchingEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseWebSearchCallSearchingEvent) -> Self {
        Self::ResponseWebSearchCallSearching(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseImageGenCallCompletedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseImageGenCallCompletedEvent) -> Self {
        Self::ResponseImageGenerationCallCompleted(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseImageGenCallGeneratingEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseImageGenCallGeneratingEvent) -> Self {
        Self::ResponseImageGenerationCallGenerating(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseImageGenCallInProgressEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseImageGenCallInProgressEvent) -> Self {
        Self::ResponseImageGenerationCallInProgress(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseImageGenCallPartialImageEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseImageGenCallPartialImageEvent) -> Self {
        Self::ResponseImageGenerationCallPartialImage(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseMcpCallArgumentsDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseMcpCallArgumentsDeltaEvent) -> Self {
        Self::ResponseMcpCallArgumentsDelta(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseMcpCallArgumentsDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseMcpCallArgumentsDoneEvent) -> Self {
        Self::ResponseMcpCallArgumentsDone(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseMcpCallCompletedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseMcpCallCompletedEvent) -> Self {
        Self::ResponseMcpCallCompleted(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseMcpCallFailedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseMcpCallFailedEvent) -> Self {
        Self::ResponseMcpCallFailed(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseMcpCallInProgressEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseMcpCallInProgressEvent) -> Self {
        Self::ResponseMcpCallInProgress(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseMcpListToolsCompletedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseMcpListToolsCompletedEvent) -> Self {
        Self::ResponseMcpListToolsCompleted(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseMcpListToolsFailedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseMcpListToolsFailedEvent) -> Self {
        Self::ResponseMcpListToolsFailed(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseMcpListToolsInProgressEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseMcpListToolsInProgressEvent) -> Self {
        Self::ResponseMcpListToolsInProgress(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseOutputTextAnnotationAddedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseOutputTextAnnotationAddedEvent) -> Self {
        Self::ResponseOutputTextAnnotationAdded(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseQueuedEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseQueuedEvent) -> Self {
        Self::ResponseQueued(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseCustomToolCallInputDeltaEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseCustomToolCallInputDeltaEvent) -> Self {
        Self::ResponseCustomToolCallInputDelta(value)
    }
}
#[cfg(feature = "beta")]
impl From<BetaResponseCustomToolCallInputDoneEvent> for BetaResponseStreamEvent {
    fn from(value: BetaResponseCustomToolCallInputDoneEvent) -> Self {
        Self::ResponseCustomToolCallInputDone(value)
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ListConversationItemsOrder {
    /// `asc`
    Asc,
    /// `desc`
    Desc,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl ListConversationItemsOrder {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "asc",
            Self::Desc => "desc",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "asc" => Self::Asc,
            "desc" => Self::Desc,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for ListConversationItemsOrder {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for ListConversationItemsOrder {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for ListConversationItemsOrder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ListConversationItemsOrder {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ListConversationItemsOrder {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for ListConversationItemsOrder {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "beta")]
/// The constant `responses_multi_agent=v1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponsesMultiAgentV1Literal {
    /// `responses_multi_agent=v1`
    #[default]
    ResponsesMultiAgentV1,
}
#[cfg(feature = "beta")]
impl ResponsesMultiAgentV1Literal {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "responses_multi_agent=v1"
    }
}
#[cfg(feature = "beta")]
impl std::fmt::Display for ResponsesMultiAgentV1Literal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "beta")]
impl Serialize for ResponsesMultiAgentV1Literal {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("responses_multi_agent=v1")
    }
}
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for ResponsesMultiAgentV1Literal {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "responses_multi_agent=v1")
            .map(|()| Self::ResponsesMultiAgentV1)
    }
}
#[cfg(feature = "beta")]
/// Query and header parameters of `beta_createResponse`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaCreateResponseParams {
    /// Optional beta features to enable for this request.
    #[serde(rename = "openai-beta", skip_serializing_if = "Option::is_none")]
    pub openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>>,
}
#[cfg(feature = "beta")]
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
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaCreateResponseParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "beta")]
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
#[cfg(feature = "beta")]
/// Query and header parameters of `beta_getResponse`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaGetResponseParams {
    /// Additional fields to include in the response. See the `include`
    /// parameter for Response creation above for more information.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<BetaIncludeEnum>>,
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
#[cfg(feature = "beta")]
impl sdk_runtime_types::de::Object for BetaGetResponseParams {
    const NAME: &'static str = "BetaGetResponseParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut include: Option<Vec<BetaIncludeEnum>> = None;
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
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaGetResponseParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "beta")]
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
    pub fn include(mut self, value: impl Into<Vec<BetaIncludeEnum>>) -> Self {
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
#[cfg(feature = "beta")]
/// Query and header parameters of `beta_deleteResponse`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaDeleteResponseParams {
    /// Optional beta features to enable for this request.
    #[serde(rename = "openai-beta", skip_serializing_if = "Option::is_none")]
    pub openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>>,
}
#[cfg(feature = "beta")]
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
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaDeleteResponseParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "beta")]
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
#[cfg(feature = "beta")]
/// Query and header parameters of `beta_cancelResponse`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaCancelResponseParams {
    /// Optional beta features to enable for this request.
    #[serde(rename = "openai-beta", skip_serializing_if = "Option::is_none")]
    pub openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>>,
}
#[cfg(feature = "beta")]
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
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaCancelResponseParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "beta")]
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
#[cfg(feature = "beta")]
/// Query and header parameters of `beta_Compactconversation`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaCompactconversationParams {
    /// Optional beta features to enable for this request.
    #[serde(rename = "openai-beta", skip_serializing_if = "Option::is_none")]
    pub openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>>,
}
#[cfg(feature = "beta")]
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
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaCompactconversationParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "beta")]
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
#[cfg(feature = "beta")]
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
    pub order: Option<ListConversationItemsOrder>,
    /// An item ID to list items after, used in pagination.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Additional fields to include in the response. See the `include`
    /// parameter for Response creation above for more information.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<BetaIncludeEnum>>,
    /// Optional beta features to enable for this request.
    #[serde(rename = "openai-beta", skip_serializing_if = "Option::is_none")]
    pub openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>>,
}
#[cfg(feature = "beta")]
impl sdk_runtime_types::de::Object for BetaListInputItemsParams {
    const NAME: &'static str = "BetaListInputItemsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut order: Option<ListConversationItemsOrder> = None;
        let mut after: Option<String> = None;
        let mut include: Option<Vec<BetaIncludeEnum>> = None;
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
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaListInputItemsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "beta")]
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
    pub fn order(mut self, value: impl Into<ListConversationItemsOrder>) -> Self {
        self.order = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `include`.
    pub fn include(mut self, value: impl Into<Vec<BetaIncludeEnum>>) -> Self {
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
#[cfg(feature = "beta")]
/// Query and header parameters of `beta_Getinputtokencounts`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BetaGetinputtokencountsParams {
    /// Optional beta features to enable for this request.
    #[serde(rename = "openai-beta", skip_serializing_if = "Option::is_none")]
    pub openai_beta: Option<Vec<ResponsesMultiAgentV1Literal>>,
}
#[cfg(feature = "beta")]
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
#[cfg(feature = "beta")]
impl<'de> Deserialize<'de> for BetaGetinputtokencountsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "beta")]
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
