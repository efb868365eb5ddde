//! Types of the `responses` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[cfg(feature = "responses")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateResponse {
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_tier: Option<ServiceTierResponses>,
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub truncation: Option<CreateResponseTruncation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reasoning: Option<Box<Reasoning>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<InputParam>,
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
}
#[cfg(feature = "responses")]
impl sdk_runtime_types::de::Object for CreateResponse {
    const NAME: &'static str = "CreateResponse";
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
        let mut reasoning: Option<Box<Reasoning>> = None;
        let mut input: Option<InputParam> = None;
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
        })
    }
}
#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for CreateResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "responses")]
impl CreateResponse {
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
    pub fn input(mut self, value: impl Into<InputParam>) -> Self {
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
}
#[cfg(feature = "responses")]
/// ResponseCustomToolCallItem
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CustomToolCallResource {
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
#[cfg(feature = "responses")]
impl sdk_runtime_types::de::Object for CustomToolCallResource {
    const NAME: &'static str = "CustomToolCallResource";
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
        let mut status: Option<MessageStatus> = None;
        let mut created_by: Option<String> = None;
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
                    "status" => 7,
                    "created_by" => 8,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut namespace),
                5 => sdk_runtime_types::de::value(&mut map, &mut name),
                6 => sdk_runtime_types::de::value(&mut map, &mut input),
                7 => sdk_runtime_types::de::value(&mut map, &mut status),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut created_by),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
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
#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for CustomToolCallResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "responses")]
impl CustomToolCallResource {
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
#[cfg(feature = "responses")]
/// The output of a function tool call.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct FunctionToolCallOutput {
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
#[cfg(feature = "responses")]
impl sdk_runtime_types::de::Object for FunctionToolCallOutput {
    const NAME: &'static str = "FunctionToolCallOutput";
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
        let mut status: Option<ComputerToolCallStatus> = None;
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
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut call_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut namespace),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut caller),
                6 => sdk_runtime_types::de::value(&mut map, &mut output),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
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
#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for FunctionToolCallOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "responses")]
impl FunctionToolCallOutput {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(output: impl Into<FunctionToolCallOutputResourceOutput>) -> Self {
        Self {
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
#[cfg(feature = "responses")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct InputMessageResource {
    /// The type of the message input. Always set to `message`.
    #[serde(rename = "type")]
    pub type_: MessageLiteral,
    /// The role of the message input. One of `user`, `system`, or `developer`.
    pub role: InputMessageRole,
    /// The status of item. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when items are returned via API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ComputerToolCallStatus>,
    pub content: InputMessageContentList,
    /// The unique ID of the message input.
    pub id: String,
}
#[cfg(feature = "responses")]
impl sdk_runtime_types::de::Object for InputMessageResource {
    const NAME: &'static str = "InputMessageResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<MessageLiteral> = None;
        let mut role: Option<InputMessageRole> = None;
        let mut status: Option<ComputerToolCallStatus> = None;
        let mut content: Option<InputMessageContentList> = None;
        let mut id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "role" => 1,
                    "status" => 2,
                    "content" => 3,
                    "id" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut role),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut status),
                3 => sdk_runtime_types::de::value(&mut map, &mut content),
                4 => sdk_runtime_types::de::value(&mut map, &mut id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            role: sdk_runtime_types::de::required::<_, A::Error>(role, "role")?,
            status,
            content: sdk_runtime_types::de::required::<_, A::Error>(content, "content")?,
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
        })
    }
}
#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for InputMessageResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "responses")]
impl InputMessageResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        role: impl Into<InputMessageRole>,
        content: impl Into<InputMessageContentList>,
        id: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            role: role.into(),
            status: None,
            content: content.into(),
            id: id.into(),
        }
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<ComputerToolCallStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
#[cfg(feature = "responses")]
/// Content item used to generate a response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ItemResource {
    FunctionToolCallResource(FunctionToolCallResource),
    CustomToolCallResource(CustomToolCallResource),
    FunctionShellCall(FunctionShellCall),
    FunctionShellCallOutput(FunctionShellCallOutput),
    ToolSearchCall(ToolSearchCall),
    ToolSearchOutput(ToolSearchOutput),
    CodeInterpreterToolCall(CodeInterpreterToolCall),
    McpToolCall(McpToolCall),
    ComputerToolCall(ComputerToolCall),
    ComputerToolCallOutputResource(ComputerToolCallOutputResource),
    ApplyPatchToolCall(ApplyPatchToolCall),
    CustomToolCallOutputResource(CustomToolCallOutputResource),
    OutputMessage(OutputMessage),
    Program(Program),
    ProgramOutput(ProgramOutput),
    LocalShellToolCall(LocalShellToolCall),
    McpApprovalRequest(McpApprovalRequest),
    FunctionToolCallOutputResource(FunctionToolCallOutputResource),
    ApplyPatchToolCallOutput(ApplyPatchToolCallOutput),
    InputMessageResource(InputMessageResource),
    FileSearchToolCall(FileSearchToolCall),
    McpListTools(McpListTools),
    McpApprovalResponseResource(McpApprovalResponseResource),
    WebSearchToolCall(WebSearchToolCall),
    AdditionalTools(AdditionalTools),
    ImageGenToolCall(ImageGenToolCall),
    ReasoningItem(ReasoningItem),
    CompactionBody(CompactionBody),
    LocalShellToolCallOutput(LocalShellToolCallOutput),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(feature = "responses")]
impl From<FunctionToolCallResource> for ItemResource {
    fn from(value: FunctionToolCallResource) -> Self {
        Self::FunctionToolCallResource(value)
    }
}
#[cfg(feature = "responses")]
impl From<CustomToolCallResource> for ItemResource {
    fn from(value: CustomToolCallResource) -> Self {
        Self::CustomToolCallResource(value)
    }
}
#[cfg(feature = "responses")]
impl From<FunctionShellCall> for ItemResource {
    fn from(value: FunctionShellCall) -> Self {
        Self::FunctionShellCall(value)
    }
}
#[cfg(feature = "responses")]
impl From<FunctionShellCallOutput> for ItemResource {
    fn from(value: FunctionShellCallOutput) -> Self {
        Self::FunctionShellCallOutput(value)
    }
}
#[cfg(feature = "responses")]
impl From<ToolSearchCall> for ItemResource {
    fn from(value: ToolSearchCall) -> Self {
        Self::ToolSearchCall(value)
    }
}
#[cfg(feature = "responses")]
impl From<ToolSearchOutput> for ItemResource {
    fn from(value: ToolSearchOutput) -> Self {
        Self::ToolSearchOutput(value)
    }
}
#[cfg(feature = "responses")]
impl From<CodeInterpreterToolCall> for ItemResource {
    fn from(value: CodeInterpreterToolCall) -> Self {
        Self::CodeInterpreterToolCall(value)
    }
}
#[cfg(feature = "responses")]
impl From<McpToolCall> for ItemResource {
    fn from(value: McpToolCall) -> Self {
        Self::McpToolCall(value)
    }
}
#[cfg(feature = "responses")]
impl From<ComputerToolCall> for ItemResource {
    fn from(value: ComputerToolCall) -> Self {
        Self::ComputerToolCall(value)
    }
}
#[cfg(feature = "responses")]
impl From<ComputerToolCallOutputResource> for ItemResource {
    fn from(value: ComputerToolCallOutputResource) -> Self {
        Self::ComputerToolCallOutputResource(value)
    }
}
#[cfg(feature = "responses")]
impl From<ApplyPatchToolCall> for ItemResource {
    fn from(value: ApplyPatchToolCall) -> Self {
        Self::ApplyPatchToolCall(value)
    }
}
#[cfg(feature = "responses")]
impl From<CustomToolCallOutputResource> for ItemResource {
    fn from(value: CustomToolCallOutputResource) -> Self {
        Self::CustomToolCallOutputResource(value)
    }
}
#[cfg(feature = "responses")]
impl From<OutputMessage> for ItemResource {
    fn from(value: OutputMessage) -> Self {
        Self::OutputMessage(value)
    }
}
#[cfg(feature = "responses")]
impl From<Program> for ItemResource {
    fn from(value: Program) -> Self {
        Self::Program(value)
    }
}
#[cfg(feature = "responses")]
impl From<ProgramOutput> for ItemResource {
    fn from(value: ProgramOutput) -> Self {
        Self::ProgramOutput(value)
    }
}
#[cfg(feature = "responses")]
impl From<LocalShellToolCall> for ItemResource {
    fn from(value: LocalShellToolCall) -> Self {
        Self::LocalShellToolCall(value)
    }
}
#[cfg(feature = "responses")]
impl From<McpApprovalRequest> for ItemResource {
    fn from(value: McpApprovalRequest) -> Self {
        Self::McpApprovalRequest(value)
    }
}
#[cfg(feature = "responses")]
impl From<FunctionToolCallOutputResource> for ItemResource {
    fn from(value: FunctionToolCallOutputResource) -> Self {
        Self::FunctionToolCallOutputResource(value)
    }
}
#[cfg(feature = "responses")]
impl From<ApplyPatchToolCallOutput> for ItemResource {
    fn from(value: ApplyPatchToolCallOutput) -> Self {
        Self::ApplyPatchToolCallOutput(value)
    }
}
#[cfg(feature = "responses")]
impl From<InputMessageResource> for ItemResource {
    fn from(value: InputMessageResource) -> Self {
        Self::InputMessageResource(value)
    }
}
#[cfg(feature = "responses")]
impl From<FileSearchToolCall> for ItemResource {
    fn from(value: FileSearchToolCall) -> Self {
        Self::FileSearchToolCall(value)
    }
}
#[cfg(feature = "responses")]
impl From<McpListTools> for ItemResource {
    fn from(value: McpListTools) -> Self {
        Self::McpListTools(value)
    }
}
#[cfg(feature = "responses")]
impl From<McpApprovalResponseResource> for ItemResource {
    fn from(value: McpApprovalResponseResource) -> Self {
        Self::McpApprovalResponseResource(value)
    }
}
#[cfg(feature = "responses")]
impl From<WebSearchToolCall> for ItemResource {
    fn from(value: WebSearchToolCall) -> Self {
        Self::WebSearchToolCall(value)
    }
}
#[cfg(feature = "responses")]
impl From<AdditionalTools> for ItemResource {
    fn from(value: AdditionalTools) -> Self {
        Self::AdditionalTools(value)
    }
}
#[cfg(feature = "responses")]
impl From<ImageGenToolCall> for ItemResource {
    fn from(value: ImageGenToolCall) -> Self {
        Self::ImageGenToolCall(value)
    }
}
#[cfg(feature = "responses")]
impl From<ReasoningItem> for ItemResource {
    fn from(value: ReasoningItem) -> Self {
        Self::ReasoningItem(value)
    }
}
#[cfg(feature = "responses")]
impl From<CompactionBody> for ItemResource {
    fn from(value: CompactionBody) -> Self {
        Self::CompactionBody(value)
    }
}
#[cfg(feature = "responses")]
impl From<LocalShellToolCallOutput> for ItemResource {
    fn from(value: LocalShellToolCallOutput) -> Self {
        Self::LocalShellToolCallOutput(value)
    }
}
#[cfg(feature = "responses")]
/// Emitted when an error occurs.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseErrorEvent {
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
#[cfg(feature = "responses")]
impl sdk_runtime_types::de::Object for ResponseErrorEvent {
    const NAME: &'static str = "ResponseErrorEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ErrorTypeLiteral> = None;
        let mut code: Option<String> = None;
        let mut message: Option<String> = None;
        let mut param: Option<String> = None;
        let mut sequence_number: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "code" => 1,
                    "message" => 2,
                    "param" => 3,
                    "sequence_number" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut code),
                2 => sdk_runtime_types::de::value(&mut map, &mut message),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut param),
                4 => sdk_runtime_types::de::value(&mut map, &mut sequence_number),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            code,
            message: message.unwrap_or_default(),
            param,
            sequence_number: sequence_number.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for ResponseErrorEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "responses")]
impl ResponseErrorEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(message: impl Into<String>, sequence_number: impl Into<i64>) -> Self {
        Self {
            type_: Default::default(),
            code: None,
            message: message.into(),
            param: None,
            sequence_number: sequence_number.into(),
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
#[cfg(feature = "responses")]
/// A list of Response items.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ResponseItemList {
    /// The type of object returned, must be `list`.
    pub object: ListLiteral,
    /// A list of items used to generate this response.
    pub data: Vec<ItemResource>,
    /// Whether there are more items available.
    pub has_more: bool,
    /// The ID of the first item in the list.
    pub first_id: String,
    /// The ID of the last item in the list.
    pub last_id: String,
}
#[cfg(feature = "responses")]
impl sdk_runtime_types::de::Object for ResponseItemList {
    const NAME: &'static str = "ResponseItemList";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<ItemResource>> = None;
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
#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for ResponseItemList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "responses")]
impl ResponseItemList {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        data: impl Into<Vec<ItemResource>>,
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
#[cfg(feature = "responses")]
impl sdk_runtime_types::pagination::Page for ResponseItemList {
    type Item = ItemResource;
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
#[cfg(feature = "responses")]
/// Event emitted while a response is streamed.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ResponseStreamEvent {
    /// `response.audio.delta`
    ResponseAudioDelta(ResponseAudioDeltaEvent),
    /// `response.audio.done`
    ResponseAudioDone(ResponseAudioDoneEvent),
    /// `response.audio.transcript.delta`
    ResponseAudioTranscriptDelta(ResponseAudioTranscriptDeltaEvent),
    /// `response.audio.transcript.done`
    ResponseAudioTranscriptDone(ResponseAudioTranscriptDoneEvent),
    /// `response.code_interpreter_call_code.delta`
    ResponseCodeInterpreterCallCodeDelta(ResponseCodeInterpreterCallCodeDeltaEvent),
    /// `response.code_interpreter_call_code.done`
    ResponseCodeInterpreterCallCodeDone(ResponseCodeInterpreterCallCodeDoneEvent),
    /// `response.code_interpreter_call.completed`
    ResponseCodeInterpreterCallCompleted(ResponseCodeInterpreterCallCompletedEvent),
    /// `response.code_interpreter_call.in_progress`
    ResponseCodeInterpreterCallInProgress(ResponseCodeInterpreterCallInProgressEvent),
    /// `response.code_interpreter_call.interpreting`
    ResponseCodeInterpreterCallInterpreting(
        ResponseCodeInterpreterCallInterpretingEvent,
    ),
    /// `response.completed`
    ResponseCompleted(ResponseCompletedEvent),
    /// `response.content_part.added`
    ResponseContentPartAdded(ResponseContentPartAddedEvent),
    /// `response.content_part.done`
    ResponseContentPartDone(ResponseContentPartDoneEvent),
    /// `response.created`
    ResponseCreated(ResponseCreatedEvent),
    /// `error`
    ErrorType(ResponseErrorEvent),
    /// `response.file_search_call.completed`
    ResponseFileSearchCallCompleted(ResponseFileSearchCallCompletedEvent),
    /// `response.file_search_call.in_progress`
    ResponseFileSearchCallInProgress(ResponseFileSearchCallInProgressEvent),
    /// `response.file_search_call.searching`
    ResponseFileSearchCallSearching(ResponseFileSearchCallSearchingEvent),
    /// `response.function_call_arguments.delta`
    ResponseFunctionCallArgumentsDelta(ResponseFunctionCallArgumentsDeltaEvent),
    /// `response.function_call_arguments.done`
    ResponseFunctionCallArgumentsDone(ResponseFunctionCallArgumentsDoneEvent),
    /// `response.shell_call_command.added`
    ResponseShellCallCommandAdded(ResponseShellCallCommandAddedStreamingEvent),
    /// `response.shell_call_command.delta`
    ResponseShellCallCommandDelta(ResponseShellCallCommandDeltaStreamingEvent),
    /// `response.shell_call_command.done`
    ResponseShellCallCommandDone(ResponseShellCallCommandDoneStreamingEvent),
    /// `response.shell_call_output_content.delta`
    ResponseShellCallOutputContentDelta(
        ResponseShellCallOutputContentDeltaStreamingEvent,
    ),
    /// `response.shell_call_output_content.done`
    ResponseShellCallOutputContentDone(ResponseShellCallOutputContentDoneStreamingEvent),
    /// `response.in_progress`
    ResponseInProgress(ResponseInProgressEvent),
    /// `response.failed`
    ResponseFailed(ResponseFailedEvent),
    /// `response.incomplete`
    ResponseIncomplete(ResponseIncompleteEvent),
    /// `response.output_item.added`
    ResponseOutputItemAdded(ResponseOutputItemAddedEvent),
    /// `response.output_item.done`
    ResponseOutputItemDone(ResponseOutputItemDoneEvent),
    /// `response.reasoning_summary_part.added`
    ResponseReasoningSummaryPartAdded(ResponseReasoningSummaryPartAddedEvent),
    /// `response.reasoning_summary_part.done`
    ResponseReasoningSummaryPartDone(ResponseReasoningSummaryPartDoneEvent),
    /// `response.reasoning_summary_text.delta`
    ResponseReasoningSummaryTextDelta(ResponseReasoningSummaryTextDeltaEvent),
    /// `response.reasoning_summary_text.done`
    ResponseReasoningSummaryTextDone(ResponseReasoningSummaryTextDoneEvent),
    /// `response.reasoning_text.delta`
    ResponseReasoningTextDelta(ResponseReasoningTextDeltaEvent),
    /// `response.reasoning_text.done`
    ResponseReasoningTextDone(ResponseReasoningTextDoneEvent),
    /// `response.refusal.delta`
    ResponseRefusalDelta(ResponseRefusalDeltaEvent),
    /// `response.refusal.done`
    ResponseRefusalDone(ResponseRefusalDoneEvent),
    /// `response.output_text.delta`
    ResponseOutputTextDelta(ResponseTextDeltaEvent),
    /// `response.output_text.done`
    ResponseOutputTextDone(ResponseTextDoneEvent),
    /// `response.web_search_call.completed`
    ResponseWebSearchCallCompleted(ResponseWebSearchCallCompletedEvent),
    /// `response.web_search_call.in_progress`
    ResponseWebSearchCallInProgress(ResponseWebSearchCallInProgressEvent),
    /// `response.web_search_call.searching`
    ResponseWebSearchCallSearching(ResponseWebSearchCallSearchingEvent),
    /// `response.image_generation_call.completed`
    ResponseImageGenerationCallCompleted(ResponseImageGenCallCompletedEvent),
    /// `response.image_generation_call.generating`
    ResponseImageGenerationCallGenerating(ResponseImageGenCallGeneratingEvent),
    /// `response.image_generation_call.in_progress`
    ResponseImageGenerationCallInProgress(ResponseImageGenCallInProgressEvent),
    /// `response.image_generation_call.partial_image`
    ResponseImageGenerationCallPartialImage(ResponseImageGenCallPartialImageEvent),
    /// `response.mcp_call_arguments.delta`
    ResponseMcpCallArgumentsDelta(ResponseMcpCallArgumentsDeltaEvent),
    /// `response.mcp_call_arguments.done`
    ResponseMcpCallArgumentsDone(ResponseMcpCallArgumentsDoneEvent),
    /// `response.mcp_call.completed`
    ResponseMcpCallCompleted(ResponseMcpCallCompletedEvent),
    /// `response.mcp_call.failed`
    ResponseMcpCallFailed(ResponseMcpCallFailedEvent),
    /// `response.mcp_call.in_progress`
    ResponseMcpCallInProgress(ResponseMcpCallInProgressEvent),
    /// `response.mcp_list_tools.completed`
    ResponseMcpListToolsCompleted(ResponseMcpListToolsCompletedEvent),
    /// `response.mcp_list_tools.failed`
    ResponseMcpListToolsFailed(ResponseMcpListToolsFailedEvent),
    /// `response.mcp_list_tools.in_progress`
    ResponseMcpListToolsInProgress(ResponseMcpListToolsInProgressEvent),
    /// `response.output_text.annotation.added`
    ResponseOutputTextAnnotationAdded(ResponseOutputTextAnnotationAddedEvent),
    /// `response.queued`
    ResponseQueued(ResponseQueuedEvent),
    /// `response.custom_tool_call_input.delta`
    ResponseCustomToolCallInputDelta(ResponseCustomToolCallInputDeltaEvent),
    /// `response.custom_tool_call_input.done`
    ResponseCustomToolCallInputDone(ResponseCustomToolCallInputDoneEvent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(feature = "responses")]
impl Serialize for ResponseStreamEvent {
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
#[cfg(feature = "responses")]
impl sdk_runtime_types::de::TaggedUnion for ResponseStreamEvent {
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
#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for ResponseStreamEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseAudioDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseAudioDeltaEvent) -> Self {
        Self::ResponseAudioDelta(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseAudioDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseAudioDoneEvent) -> Self {
        Self::ResponseAudioDone(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseAudioTranscriptDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseAudioTranscriptDeltaEvent) -> Self {
        Self::ResponseAudioTranscriptDelta(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseAudioTranscriptDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseAudioTranscriptDoneEvent) -> Self {
        Self::ResponseAudioTranscriptDone(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseCodeInterpreterCallCodeDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseCodeInterpreterCallCodeDeltaEvent) -> Self {
        Self::ResponseCodeInterpreterCallCodeDelta(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseCodeInterpreterCallCodeDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseCodeInterpreterCallCodeDoneEvent) -> Self {
        Self::ResponseCodeInterpreterCallCodeDone(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseCodeInterpreterCallCompletedEvent> for ResponseStreamEvent {
    fn from(value: ResponseCodeInterpreterCallCompletedEvent) -> Self {
        Self::ResponseCodeInterpreterCallCompleted(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseCodeInterpreterCallInProgressEvent> for ResponseStreamEvent {
    fn from(value: ResponseCodeInterpreterCallInProgressEvent) -> Self {
        Self::ResponseCodeInterpreterCallInProgress(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseCodeInterpreterCallInterpretingEvent> for ResponseStreamEvent {
    fn from(value: ResponseCodeInterpreterCallInterpretingEvent) -> Self {
        Self::ResponseCodeInterpreterCallInterpreting(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseCompletedEvent> for ResponseStreamEvent {
    fn from(value: ResponseCompletedEvent) -> Self {
        Self::ResponseCompleted(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseContentPartAddedEvent> for ResponseStreamEvent {
    fn from(value: ResponseContentPartAddedEvent) -> Self {
        Self::ResponseContentPartAdded(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseContentPartDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseContentPartDoneEvent) -> Self {
        Self::ResponseContentPartDone(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseCreatedEvent> for ResponseStreamEvent {
    fn from(value: ResponseCreatedEvent) -> Self {
        Self::ResponseCreated(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseErrorEvent> for ResponseStreamEvent {
    fn from(value: ResponseErrorEvent) -> Self {
        Self::ErrorType(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseFileSearchCallCompletedEvent> for ResponseStreamEvent {
    fn from(value: ResponseFileSearchCallCompletedEvent) -> Self {
        Self::ResponseFileSearchCallCompleted(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseFileSearchCallInProgressEvent> for ResponseStreamEvent {
    fn from(value: ResponseFileSearchCallInProgressEvent) -> Self {
        Self::ResponseFileSearchCallInProgress(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseFileSearchCallSearchingEvent> for ResponseStreamEvent {
    fn from(value: ResponseFileSearchCallSearchingEvent) -> Self {
        Self::ResponseFileSearchCallSearching(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseFunctionCallArgumentsDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseFunctionCallArgumentsDeltaEvent) -> Self {
        Self::ResponseFunctionCallArgumentsDelta(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseFunctionCallArgumentsDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseFunctionCallArgumentsDoneEvent) -> Self {
        Self::ResponseFunctionCallArgumentsDone(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseShellCallCommandAddedStreamingEvent> for ResponseStreamEvent {
    fn from(value: ResponseShellCallCommandAddedStreamingEvent) -> Self {
        Self::ResponseShellCallCommandAdded(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseShellCallCommandDeltaStreamingEvent> for ResponseStreamEvent {
    fn from(value: ResponseShellCallCommandDeltaStreamingEvent) -> Self {
        Self::ResponseShellCallCommandDelta(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseShellCallCommandDoneStreamingEvent> for ResponseStreamEvent {
    fn from(value: ResponseShellCallCommandDoneStreamingEvent) -> Self {
        Self::ResponseShellCallCommandDone(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseShellCallOutputContentDeltaStreamingEvent> for ResponseStreamEvent {
    fn from(value: ResponseShellCallOutputContentDeltaStreamingEvent) -> Self {
        Self::ResponseShellCallOutputContentDelta(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseShellCallOutputContentDoneStreamingEvent> for ResponseStreamEvent {
    fn from(value: ResponseShellCallOutputContentDoneStreamingEvent) -> Self {
        Self::ResponseShellCallOutputContentDone(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseInProgressEvent> for ResponseStreamEvent {
    fn from(value: ResponseInProgressEvent) -> Self {
        Self::ResponseInProgress(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseFailedEvent> for ResponseStreamEvent {
    fn from(value: ResponseFailedEvent) -> Self {
        Self::ResponseFailed(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseIncompleteEvent> for ResponseStreamEvent {
    fn from(value: ResponseIncompleteEvent) -> Self {
        Self::ResponseIncomplete(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseOutputItemAddedEvent> for ResponseStreamEvent {
    fn from(value: ResponseOutputItemAddedEvent) -> Self {
        Self::ResponseOutputItemAdded(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseOutputItemDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseOutputItemDoneEvent) -> Self {
        Self::ResponseOutputItemDone(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseReasoningSummaryPartAddedEvent> for ResponseStreamEvent {
    fn from(value: ResponseReasoningSummaryPartAddedEvent) -> Self {
        Self::ResponseReasoningSummaryPartAdded(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseReasoningSummaryPartDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseReasoningSummaryPartDoneEvent) -> Self {
        Self::ResponseReasoningSummaryPartDone(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseReasoningSummaryTextDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseReasoningSummaryTextDeltaEvent) -> Self {
        Self::ResponseReasoningSummaryTextDelta(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseReasoningSummaryTextDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseReasoningSummaryTextDoneEvent) -> Self {
        Self::ResponseReasoningSummaryTextDone(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseReasoningTextDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseReasoningTextDeltaEvent) -> Self {
        Self::ResponseReasoningTextDelta(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseReasoningTextDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseReasoningTextDoneEvent) -> Self {
        Self::ResponseReasoningTextDone(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseRefusalDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseRefusalDeltaEvent) -> Self {
        Self::ResponseRefusalDelta(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseRefusalDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseRefusalDoneEvent) -> Self {
        Self::ResponseRefusalDone(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseTextDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseTextDeltaEvent) -> Self {
        Self::ResponseOutputTextDelta(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseTextDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseTextDoneEvent) -> Self {
        Self::ResponseOutputTextDone(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseWebSearchCallCompletedEvent> for ResponseStreamEvent {
    fn from(value: ResponseWebSearchCallCompletedEvent) -> Self {
        Self::ResponseWebSearchCallCompleted(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseWebSearchCallInProgressEvent> for ResponseStreamEvent {
    fn from(value: ResponseWebSearchCallInProgressEvent) -> Self {
        Self::ResponseWebSearchCallInProgress(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseWebSearchCallSearchingEvent> for ResponseStreamEvent {
    fn from(value: ResponseWebSearchCallSearchingEvent) -> Self {
        Self::ResponseWebSearchCallSearching(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseImageGenCallCompletedEvent> for ResponseStreamEvent {
    fn from(value: ResponseImageGenCallCompletedEvent) -> Self {
        Self::ResponseImageGenerationCallCompleted(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseImageGenCallGeneratingEvent> for ResponseStreamEvent {
    fn from(value: ResponseImageGenCallGeneratingEvent) -> Self {
        Self::ResponseImageGenerationCallGenerating(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseImageGenCallInProgressEvent> for ResponseStreamEvent {
    fn from(value: ResponseImageGenCallInProgressEvent) -> Self {
        Self::ResponseImageGenerationCallInProgress(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseImageGenCallPartialImageEvent> for ResponseStreamEvent {
    fn from(value: ResponseImageGenCallPartialImageEvent) -> Self {
        Self::ResponseImageGenerationCallPartialImage(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseMcpCallArgumentsDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseMcpCallArgumentsDeltaEvent) -> Self {
        Self::ResponseMcpCallArgumentsDelta(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseMcpCallArgumentsDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseMcpCallArgumentsDoneEvent) -> Self {
        Self::ResponseMcpCallArgumentsDone(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseMcpCallCompletedEvent> for ResponseStreamEvent {
    fn from(value: ResponseMcpCallCompletedEvent) -> Self {
        Self::ResponseMcpCallCompleted(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseMcpCallFailedEvent> for ResponseStreamEvent {
    fn from(value: ResponseMcpCallFailedEvent) -> Self {
        Self::ResponseMcpCallFailed(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseMcpCallInProgressEvent> for ResponseStreamEvent {
    fn from(value: ResponseMcpCallInProgressEvent) -> Self {
        Self::ResponseMcpCallInProgress(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseMcpListToolsCompletedEvent> for ResponseStreamEvent {
    fn from(value: ResponseMcpListToolsCompletedEvent) -> Self {
        Self::ResponseMcpListToolsCompleted(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseMcpListToolsFailedEvent> for ResponseStreamEvent {
    fn from(value: ResponseMcpListToolsFailedEvent) -> Self {
        Self::ResponseMcpListToolsFailed(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseMcpListToolsInProgressEvent> for ResponseStreamEvent {
    fn from(value: ResponseMcpListToolsInProgressEvent) -> Self {
        Self::ResponseMcpListToolsInProgress(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseOutputTextAnnotationAddedEvent> for ResponseStreamEvent {
    fn from(value: ResponseOutputTextAnnotationAddedEvent) -> Self {
        Self::ResponseOutputTextAnnotationAdded(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseQueuedEvent> for ResponseStreamEvent {
    fn from(value: ResponseQueuedEvent) -> Self {
        Self::ResponseQueued(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseCustomToolCallInputDeltaEvent> for ResponseStreamEvent {
    fn from(value: ResponseCustomToolCallInputDeltaEvent) -> Self {
        Self::ResponseCustomToolCallInputDelta(value)
    }
}
#[cfg(feature = "responses")]
impl From<ResponseCustomToolCallInputDoneEvent> for ResponseStreamEvent {
    fn from(value: ResponseCustomToolCallInputDoneEvent) -> Self {
        Self::ResponseCustomToolCallInputDone(value)
    }
}
#[cfg(feature = "responses")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct TokenCountsBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<TokenCountsBodyInput>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_response_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<Tool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<Box<ResponseTextParam>>,
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
#[cfg(feature = "responses")]
impl sdk_runtime_types::de::Object for TokenCountsBody {
    const NAME: &'static str = "TokenCountsBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut model: Option<String> = None;
        let mut input: Option<TokenCountsBodyInput> = None;
        let mut previous_response_id: Option<String> = None;
        let mut tools: Option<Vec<Tool>> = None;
        let mut text: Option<Box<ResponseTextParam>> = None;
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
#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for TokenCountsBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "responses")]
impl TokenCountsBody {
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
    pub fn input(mut self, value: impl Into<TokenCountsBodyInput>) -> Self {
        self.input = Some(value.into());
        self
    }
    /// Sets `previous_response_id`.
    pub fn previous_response_id(mut self, value: impl Into<String>) -> Self {
        self.previous_response_id = Some(value.into());
        self
    }
    /// Sets `tools`.
    pub fn tools(mut self, value: impl Into<Vec<Tool>>) -> Self {
        self.tools = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<ResponseTextParam>) -> Self {
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
#[cfg(feature = "responses")]
/// Text, image, or file inputs to the model, used to generate a response
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum TokenCountsBodyInput {
    InputItemList(Vec<InputItem>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(feature = "responses")]
impl From<Vec<InputItem>> for TokenCountsBodyInput {
    fn from(value: Vec<InputItem>) -> Self {
        Self::InputItemList(value)
    }
}
#[cfg(feature = "responses")]
impl From<String> for TokenCountsBodyInput {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
#[cfg(feature = "responses")]
impl From<&str> for TokenCountsBodyInput {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
#[cfg(feature = "responses")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CompactResponseMethodPublicBody {
    pub model: Option<ModelIdsCompaction>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<TokenCountsBodyInput>,
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
#[cfg(feature = "responses")]
impl sdk_runtime_types::de::Object for CompactResponseMethodPublicBody {
    const NAME: &'static str = "CompactResponseMethodPublicBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut model: Option<ModelIdsCompaction> = None;
        let mut input: Option<TokenCountsBodyInput> = None;
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
#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for CompactResponseMethodPublicBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "responses")]
impl CompactResponseMethodPublicBody {
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
    pub fn input(mut self, value: impl Into<TokenCountsBodyInput>) -> Self {
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
#[cfg(feature = "responses")]
/// An item representing a message, tool call, tool output, reasoning, or other response element.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ItemField {
    /// `message`
    Message(Message),
    /// `program`
    Program(Program),
    /// `program_output`
    ProgramOutput(ProgramOutput),
    /// `function_call`
    FunctionCall(FunctionToolCall),
    /// `tool_search_call`
    ToolSearchCall(ToolSearchCall),
    /// `tool_search_output`
    ToolSearchOutput(ToolSearchOutput),
    /// `additional_tools`
    AdditionalTools(AdditionalTools),
    /// `function_call_output`
    FunctionCallOutput(FunctionToolCallOutput),
    /// `file_search_call`
    FileSearchCall(FileSearchToolCall),
    /// `web_search_call`
    WebSearchCall(WebSearchToolCall),
    /// `image_generation_call`
    ImageGenerationCall(ImageGenToolCall),
    /// `computer_call`
    ComputerCall(ComputerToolCall),
    /// `computer_call_output`
    ComputerCallOutput(ComputerToolCallOutputResource),
    /// `reasoning`
    Reasoning(ReasoningItem),
    /// `compaction`
    Compaction(CompactionBody),
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
    /// `mcp_list_tools`
    McpListTools(McpListTools),
    /// `mcp_approval_request`
    McpApprovalRequest(McpApprovalRequest),
    /// `mcp_approval_response`
    McpApprovalResponse(McpApprovalResponseResource),
    /// `mcp_call`
    McpCall(McpToolCall),
    /// `custom_tool_call`
    CustomToolCall(CustomToolCall),
    /// `custom_tool_call_output`
    CustomToolCallOutput(CustomToolCallOutput),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(feature = "responses")]
impl Serialize for ItemField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Message(value) => value.serialize(serializer),
            Self::Program(value) => value.serialize(serializer),
            Self::ProgramOutput(value) => value.serialize(serializer),
            Self::FunctionCall(value) => value.serialize(serializer),
            Self::ToolSearchCall(value) => value.serialize(serializer),
            Self::ToolSearchOutput(value) => value.serialize(serializer),
            Self::AdditionalTools(value) => value.serialize(serializer),
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
#[cfg(feature = "responses")]
impl sdk_runtime_types::de::TaggedUnion for ItemField {
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
                "tool_search_call" => {
                    Deserialize::deserialize(content).map(Self::ToolSearchCall)
                }
                "tool_search_output" => {
                    Deserialize::deserialize(content).map(Self::ToolSearchOutput)
                }
                "additional_tools" => {
                    Deserialize::deserialize(content).map(Self::AdditionalTools)
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
#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for ItemField {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "responses")]
impl From<Message> for ItemField {
    fn from(value: Message) -> Self {
        Self::Message(value)
    }
}
#[cfg(feature = "responses")]
impl From<Program> for ItemField {
    fn from(value: Program) -> Self {
        Self::Program(value)
    }
}
#[cfg(feature = "responses")]
impl From<ProgramOutput> for ItemField {
    fn from(value: ProgramOutput) -> Self {
        Self::ProgramOutput(value)
    }
}
#[cfg(feature = "responses")]
impl From<FunctionToolCall> for ItemField {
    fn from(value: FunctionToolCall) -> Self {
        Self::FunctionCall(value)
    }
}
#[cfg(feature = "responses")]
impl From<ToolSearchCall> for ItemField {
    fn from(value: ToolSearchCall) -> Self {
        Self::ToolSearchCall(value)
    }
}
#[cfg(feature = "responses")]
impl From<ToolSearchOutput> for ItemField {
    fn from(value: ToolSearchOutput) -> Self {
        Self::ToolSearchOutput(value)
    }
}
#[cfg(feature = "responses")]
impl From<AdditionalTools> for ItemField {
    fn from(value: AdditionalTools) -> Self {
        Self::AdditionalTools(value)
    }
}
#[cfg(feature = "responses")]
impl From<FunctionToolCallOutput> for ItemField {
    fn from(value: FunctionToolCallOutput) -> Self {
        Self::FunctionCallOutput(value)
    }
}
#[cfg(feature = "responses")]
impl From<FileSearchToolCall> for ItemField {
    fn from(value: FileSearchToolCall) -> Self {
        Self::FileSearchCall(value)
    }
}
#[cfg(feature = "responses")]
impl From<WebSearchToolCall> for ItemField {
    fn from(value: WebSearchToolCall) -> Self {
        Self::WebSearchCall(value)
    }
}
#[cfg(feature = "responses")]
impl From<ImageGenToolCall> for ItemField {
    fn from(value: ImageGenToolCall) -> Self {
        Self::ImageGenerationCall(value)
    }
}
#[cfg(feature = "responses")]
impl From<ComputerToolCall> for ItemField {
    fn from(value: ComputerToolCall) -> Self {
        Self::ComputerCall(value)
    }
}
#[cfg(feature = "responses")]
impl From<ComputerToolCallOutputResource> for ItemField {
    fn from(value: ComputerToolCallOutputResource) -> Self {
        Self::ComputerCallOutput(value)
    }
}
#[cfg(feature = "responses")]
impl From<ReasoningItem> for ItemField {
    fn from(value: ReasoningItem) -> Self {
        Self::Reasoning(value)
    }
}
#[cfg(feature = "responses")]
impl From<CompactionBody> for ItemField {
    fn from(value: CompactionBody) -> Self {
        Self::Compaction(value)
    }
}
#[cfg(feature = "responses")]
impl From<CodeInterpreterToolCall> for ItemField {
    fn from(value: CodeInterpreterToolCall) -> Self {
        Self::CodeInterpreterCall(value)
    }
}
#[cfg(feature = "responses")]
impl From<LocalShellToolCall> for ItemField {
    fn from(value: LocalShellToolCall) -> Self {
        Self::LocalShellCall(value)
    }
}
#[cfg(feature = "responses")]
impl From<LocalShellToolCallOutput> for ItemField {
    fn from(value: LocalShellToolCallOutput) -> Self {
        Self::LocalShellCallOutput(value)
    }
}
#[cfg(feature = "responses")]
impl From<FunctionShellCall> for ItemField {
    fn from(value: FunctionShellCall) -> Self {
        Self::ShellCall(value)
    }
}
#[cfg(feature = "responses")]
impl From<FunctionShellCallOutput> for ItemField {
    fn from(value: FunctionShellCallOutput) -> Self {
        Self::ShellCallOutput(value)
    }
}
#[cfg(feature = "responses")]
impl From<ApplyPatchToolCall> for ItemField {
    fn from(value: ApplyPatchToolCall) -> Self {
        Self::ApplyPatchCall(value)
    }
}
#[cfg(feature = "responses")]
impl From<ApplyPatchToolCallOutput> for ItemField {
    fn from(value: ApplyPatchToolCallOutput) -> Self {
        Self::ApplyPatchCallOutput(value)
    }
}
#[cfg(feature = "responses")]
impl From<McpListTools> for ItemField {
    fn from(value: McpListTools) -> Self {
        Self::McpListTools(value)
    }
}
#[cfg(feature = "responses")]
impl From<McpApprovalRequest> for ItemField {
    fn from(value: McpApprovalRequest) -> Self {
        Self::McpApprovalRequest(value)
    }
}
#[cfg(feature = "responses")]
impl From<McpApprovalResponseResource> for ItemField {
    fn from(value: McpApprovalResponseResource) -> Self {
        Self::McpApprovalResponse(value)
    }
}
#[cfg(feature = "responses")]
impl From<McpToolCall> for ItemField {
    fn from(value: McpToolCall) -> Self {
        Self::McpCall(value)
    }
}
#[cfg(feature = "responses")]
impl From<CustomToolCall> for ItemField {
    fn from(value: CustomToolCall) -> Self {
        Self::CustomToolCall(value)
    }
}
#[cfg(feature = "responses")]
impl From<CustomToolCallOutput> for ItemField {
    fn from(value: CustomToolCallOutput) -> Self {
        Self::CustomToolCallOutput(value)
    }
}
#[cfg(feature = "responses")]
/// The compacted response object
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CompactResource {
    /// The unique identifier for the compacted response.
    pub id: String,
    /// The object type. Always `response.compaction`.
    pub object: ResponseCompactionLiteral,
    /// The compacted list of output items.
    pub output: Vec<ItemField>,
    /// Unix timestamp (in seconds) when the compacted conversation was created.
    pub created_at: i64,
    /// Token accounting for the compaction pass, including cached, reasoning, and total tokens.
    pub usage: ResponseUsage,
}
#[cfg(feature = "responses")]
impl sdk_runtime_types::de::Object for CompactResource {
    const NAME: &'static str = "CompactResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<ResponseCompactionLiteral> = None;
        let mut output: Option<Vec<ItemField>> = None;
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
#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for CompactResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "responses")]
impl CompactResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        output: impl Into<Vec<ItemField>>,
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
/// The constant `response.compaction`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ResponseCompactionLiteral {
    /// `response.compaction`
    #[default]
    ResponseCompaction,
}
impl ResponseCompactionLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "response.compaction"
    }
}
impl std::fmt::Display for ResponseCompactionLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ResponseCompactionLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("response.compaction")
    }
}
impl<'de> Deserialize<'de> for ResponseCompactionLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "response.compaction")
            .map(|()| Self::ResponseCompaction)
    }
}
#[cfg(feature = "responses")]
/// Query and header parameters of `getResponse`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct GetResponseParams {
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
}
#[cfg(feature = "responses")]
impl sdk_runtime_types::de::Object for GetResponseParams {
    const NAME: &'static str = "GetResponseParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut include: Option<Vec<IncludeEnum>> = None;
        let mut stream: Option<bool> = None;
        let mut starting_after: Option<i64> = None;
        let mut include_obfuscation: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "include" => 0,
                    "stream" => 1,
                    "starting_after" => 2,
                    "include_obfuscation" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut include),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut stream),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut starting_after),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut include_obfuscation),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            include,
            stream,
            starting_after,
            include_obfuscation,
        })
    }
}
#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for GetResponseParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "responses")]
impl GetResponseParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            include: None,
            stream: None,
            starting_after: None,
            include_obfuscation: None,
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
}
#[cfg(feature = "responses")]
/// Query and header parameters of `listInputItems`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListInputItemsParams {
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
}
#[cfg(feature = "responses")]
impl sdk_runtime_types::de::Object for ListInputItemsParams {
    const NAME: &'static str = "ListInputItemsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut order: Option<OrderEnum> = None;
        let mut after: Option<String> = None;
        let mut include: Option<Vec<IncludeEnum>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "order" => 1,
                    "after" => 2,
                    "include" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut include),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            limit,
            order,
            after,
            include,
        })
    }
}
#[cfg(feature = "responses")]
impl<'de> Deserialize<'de> for ListInputItemsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "responses")]
impl ListInputItemsParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            limit: None,
            order: None,
            after: None,
            include: None,
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
}
