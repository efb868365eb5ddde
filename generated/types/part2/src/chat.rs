//! Types of the `chat` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
#[cfg(any(feature = "chat", feature = "threads"))]
/// `none` means the model will not call any tools and instead generates a message. `auto` means the model can pick between generating a message or calling one or more tools. `required` means the model must call one or more tools before responding to the user.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum AssistantsApiToolChoiceOptionMode {
    /// `none`
    #[api(rename = "none")]
    NoneType,
    /// `auto`
    Auto,
    /// `required`
    Required,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "chat", feature = "threads"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name))]
#[non_exhaustive]
pub struct AssistantsNamedToolChoiceFunction {
    /// The name of the function to call.
    #[api(default)]
    pub name: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "chat", feature = "threads"))]
/// Whether to enable [parallel function calling](https://platform.openai.com/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.
pub type ParallelToolCalls = bool;
#[cfg(any(feature = "chat", feature = "moderations", feature = "threads"))]
/// The constant `image_url`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    sdk_runtime_types::StringEnum
)]
#[api(constant)]
pub enum ImageUrlLiteral {
    /// `image_url`
    #[default]
    ImageUrl,
}
#[cfg(feature = "chat")]
/// Constrains the tools available to the model to a pre-defined set.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(mode, tools))]
pub struct ChatCompletionAllowedTools {
    /// Constrains the tools available to the model to a pre-defined set.
    ///
    /// `auto` allows the model to pick from among the allowed tools and generate a
    /// message.
    ///
    /// `required` requires the model to call one or more of the allowed tools.
    #[api(default)]
    pub mode: ChatCompletionAllowedToolsMode,
    /// A list of tool definitions that the model should be allowed to call.
    ///
    /// For the Chat Completions API, the list of tool definitions might look like:
    /// ```text
    /// [
    ///   { "type": "function", "function": { "name": "get_weather" } },
    ///   { "type": "function", "function": { "name": "get_time" } }
    /// ]
    /// ```
    #[api(default)]
    pub tools: Vec<serde_json::Map<String, serde_json::Value>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// Constrains the tools available to the model to a pre-defined set.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(allowed_tools))]
#[api(strict)]
pub struct ChatCompletionAllowedToolsChoice {
    /// Allowed tool configuration type. Always `allowed_tools`.
    #[api(rename = "type", constant)]
    pub type_: AllowedToolsLiteral,
    /// Constrains the tools available to the model to a pre-defined set.
    pub allowed_tools: ChatCompletionAllowedTools,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, deleted))]
#[non_exhaustive]
pub struct ChatCompletionDeleted {
    /// The type of object being deleted.
    #[api(constant)]
    pub object: ChatCompletionDeletedLiteral,
    /// The ID of the chat completion that was deleted.
    #[api(default)]
    pub id: String,
    /// Whether the chat completion was deleted.
    #[api(default)]
    pub deleted: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// The constant `chat.completion.deleted`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    sdk_runtime_types::StringEnum
)]
#[api(constant)]
pub enum ChatCompletionDeletedLiteral {
    /// `chat.completion.deleted`
    #[default]
    #[api(rename = "chat.completion.deleted")]
    ChatCompletionDeleted,
}
#[cfg(feature = "chat")]
/// Specifying a particular function via `{"name": "my_function"}` forces the model to call that function.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name))]
#[api(strict)]
pub struct ChatCompletionFunctionCallOption {
    /// The name of the function to call.
    pub name: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
#[deprecated(note = "Deprecated by the API.")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name))]
pub struct ChatCompletionFunctions {
    /// A description of what the function does, used by the model to choose when and how to call the function.
    pub description: Option<String>,
    /// The name of the function to be called. Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length of 64.
    #[api(default)]
    pub name: String,
    /// The parameters the functions accepts, described as a JSON Schema object. See the [guide](https://platform.openai.com/docs/guides/function-calling) for examples, and the [JSON Schema reference](https://json-schema.org/understanding-json-schema/) for documentation about the format.
    ///
    /// Omitting `parameters` defines a function with an empty parameter list.
    pub parameters: Option<FunctionParameters>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// An object representing a list of Chat Completions.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, first_id, last_id, has_more))]
#[non_exhaustive]
pub struct ChatCompletionList {
    /// The type of this object. It is always set to "list".
    #[api(constant)]
    pub object: ListLiteral,
    /// An array of chat completion objects.
    #[api(default)]
    pub data: Vec<ChatCompletion>,
    /// The identifier of the first chat completion in the data array.
    #[api(default)]
    pub first_id: String,
    /// The identifier of the last chat completion in the data array.
    #[api(default)]
    pub last_id: String,
    /// Indicates whether there are more Chat Completions available.
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::pagination::Page for ChatCompletionList {
    type Item = ChatCompletion;
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
#[cfg(feature = "chat")]
/// Represents a chat completion response returned by model, based on the provided input.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, choices, created, model))]
#[non_exhaustive]
pub struct ChatCompletion {
    /// A unique identifier for the chat completion.
    #[api(default)]
    pub id: String,
    /// A list of chat completion choices. Can be more than one if `n` is greater than 1.
    #[api(default)]
    pub choices: Vec<ChatCompletionChoice>,
    /// The Unix timestamp (in seconds) of when the chat completion was created.
    #[api(default)]
    pub created: i64,
    /// The model used for the chat completion.
    #[api(default)]
    pub model: String,
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard.
    ///
    /// Keys are strings with a maximum length of 64 characters. Values are strings
    /// with a maximum length of 512 characters.
    pub metadata: Option<Metadata>,
    /// Specifies the processing type used for serving the request.
    /// - If set to 'auto', then the request will be processed with the service tier configured in the Project settings. Unless otherwise configured, the Project will use 'default'.
    /// - If set to 'default', then the request will be processed with the standard pricing and performance for the selected model.
    /// - If set to '[flex](https://platform.openai.com/docs/guides/flex-processing)', then the request will be processed with the Flex Processing service tier.
    /// - To opt-in to [Fast mode](https://platform.openai.com/api/docs/guides/fast-mode) at the request level, include the `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your request.
    /// - When not set, the default behavior is 'auto'.
    ///
    /// When the `service_tier` parameter is set, the response body will include the `service_tier` value based on the processing mode actually used to serve the request. This response value may be different from the value set in the parameter.
    pub service_tier: Option<ServiceTier>,
    /// This fingerprint represents the backend configuration that the model runs with.
    ///
    /// Can be used in conjunction with the `seed` request parameter to understand when backend changes have been made that might impact determinism.
    #[deprecated(note = "Deprecated by the API.")]
    pub system_fingerprint: Option<String>,
    /// The object type, which is always `chat.completion`.
    #[api(constant)]
    pub object: ChatCompletionLiteral,
    /// Usage statistics for the completion request.
    pub usage: Option<Box<CompletionUsage>>,
    /// Moderation results for the request input and generated output, if moderated
    /// completions were requested.
    pub moderation: Option<Box<ChatCompletionModeration>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// The specification's name for [`ChatCompletion`].
pub type CreateChatCompletionResponse = ChatCompletion;
#[cfg(feature = "chat")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(finish_reason, index, message))]
#[non_exhaustive]
pub struct ChatCompletionChoice {
    /// The reason the model stopped generating tokens. This will be `stop` if the model hit a natural stop point or a provided stop sequence,
    /// `length` if the maximum number of tokens specified in the request was reached,
    /// `content_filter` if content was omitted due to a flag from our content filters,
    /// `tool_calls` if the model called a tool, or `function_call` (deprecated) if the model called a function.
    /// Read the [Model Spec](https://model-spec.openai.com/2025-12-18.html) for more.
    #[api(default)]
    pub finish_reason: CreateChatCompletionResponseChoiceFinishReason,
    /// The index of the choice in the list of choices.
    #[api(default)]
    pub index: i64,
    /// A chat completion message generated by the model.
    #[api(default)]
    pub message: ChatCompletionMessage,
    /// Log probability information for the choice.
    #[api(nullable)]
    pub logprobs: Option<CreateChatCompletionResponseChoiceLogprobs>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// The specification's name for [`ChatCompletionChoice`].
pub type CreateChatCompletionResponseChoice = ChatCompletionChoice;
#[cfg(feature = "chat")]
/// The reason the model stopped generating tokens. This will be `stop` if the model hit a natural stop point or a provided stop sequence,
/// `length` if the maximum number of tokens specified in the request was reached,
/// `content_filter` if content was omitted due to a flag from our content filters,
/// `tool_calls` if the model called a tool, or `function_call` (deprecated) if the model called a function.
/// Read the [Model Spec](https://model-spec.openai.com/2025-12-18.html) for more.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum CreateChatCompletionResponseChoiceFinishReason {
    /// `stop`
    Stop,
    /// `length`
    Length,
    /// `tool_calls`
    ToolCalls,
    /// `content_filter`
    ContentFilter,
    /// `function_call`
    FunctionCall,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "chat")]
/// A chat completion message generated by the model.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct ChatCompletionMessage {
    /// The contents of the message.
    #[api(nullable)]
    pub content: Option<String>,
    /// The refusal message generated by the model.
    #[api(nullable)]
    pub refusal: Option<String>,
    /// The tool calls generated by the model, such as function calls.
    pub tool_calls: Option<ChatCompletionMessageToolCalls>,
    /// Annotations for the message, when applicable, as when using the
    /// [web search tool](https://platform.openai.com/docs/guides/tools-web-search?api-mode=chat).
    pub annotations: Option<Vec<ChatCompletionResponseMessageAnnotation>>,
    /// The role of the author of this message.
    #[api(constant)]
    pub role: AssistantLiteral,
    /// Deprecated and replaced by `tool_calls`. The name and arguments of a function that should be called, as generated by the model.
    #[deprecated(note = "Deprecated and replaced by `tool_calls`.")]
    pub function_call: Option<ChatCompletionResponseMessageFunctionCall>,
    /// If the audio output modality is requested, this object contains data
    /// about the audio response from the model. [Learn more](https://platform.openai.com/docs/guides/audio).
    pub audio: Option<ChatCompletionResponseMessageAudio>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// The specification's name for [`ChatCompletionMessage`].
pub type ChatCompletionResponseMessage = ChatCompletionMessage;
#[cfg(feature = "chat")]
/// A URL citation when using web search.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(url_citation))]
#[non_exhaustive]
pub struct ChatCompletionResponseMessageAnnotation {
    /// The type of the URL citation. Always `url_citation`.
    #[api(rename = "type", constant)]
    pub type_: UrlCitationLiteral,
    /// A URL citation when using web search.
    #[api(default)]
    pub url_citation: ChatCompletionResponseMessageAnnotationUrlCitation,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// A URL citation when using web search.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(end_index, start_index, url, title))]
#[non_exhaustive]
pub struct ChatCompletionResponseMessageAnnotationUrlCitation {
    /// The index of the last character of the URL citation in the message.
    #[api(default)]
    pub end_index: i64,
    /// The index of the first character of the URL citation in the message.
    #[api(default)]
    pub start_index: i64,
    /// The URL of the web resource.
    #[api(default)]
    pub url: String,
    /// The title of the web resource.
    #[api(default)]
    pub title: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// If the audio output modality is requested, this object contains data
/// about the audio response from the model. [Learn more](https://platform.openai.com/docs/guides/audio).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, expires_at, data, transcript))]
#[non_exhaustive]
pub struct ChatCompletionResponseMessageAudio {
    /// Unique identifier for this audio response.
    #[api(default)]
    pub id: String,
    /// The Unix timestamp (in seconds) for when this audio response will
    /// no longer be accessible on the server for use in multi-turn
    /// conversations.
    #[api(default)]
    pub expires_at: i64,
    /// Base64 encoded audio bytes generated by the model, in the format
    /// specified in the request.
    #[api(default)]
    pub data: String,
    /// Transcript of the audio generated by the model.
    #[api(default)]
    pub transcript: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// Log probability information for the choice.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct CreateChatCompletionResponseChoiceLogprobs {
    /// A list of message content tokens with log probability information.
    #[api(nullable)]
    pub content: Option<Vec<ChatCompletionTokenLogprob>>,
    /// A list of message refusal tokens with log probability information.
    #[api(nullable)]
    pub refusal: Option<Vec<ChatCompletionTokenLogprob>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(token, logprob, top_logprobs))]
#[non_exhaustive]
pub struct ChatCompletionTokenLogprob {
    /// The token.
    #[api(default)]
    pub token: String,
    /// The log probability of this token, if it is within the top 20 most likely tokens. Otherwise, the value `-9999.0` is used to signify that the token is very unlikely.
    #[api(default)]
    pub logprob: f64,
    /// A list of integers representing the UTF-8 bytes representation of the token. Useful in instances where characters are represented by multiple tokens and their byte representations must be combined to generate the correct text representation. Can be `null` if there is no bytes representation for the token.
    #[api(nullable)]
    pub bytes: Option<Vec<i64>>,
    /// List of the most likely tokens and their log probability, at this token position. The number of entries may be fewer than the requested `top_logprobs`.
    #[api(default)]
    pub top_logprobs: Vec<ChatCompletionTokenLogprobTopLogprob>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(token, logprob))]
#[non_exhaustive]
pub struct ChatCompletionTokenLogprobTopLogprob {
    /// The token.
    #[api(default)]
    pub token: String,
    /// The log probability of this token, if it is within the top 20 most likely tokens. Otherwise, the value `-9999.0` is used to signify that the token is very unlikely.
    #[api(default)]
    pub logprob: f64,
    /// A list of integers representing the UTF-8 bytes representation of the token. Useful in instances where characters are represented by multiple tokens and their byte representations must be combined to generate the correct text representation. Can be `null` if there is no bytes representation for the token.
    #[api(nullable)]
    pub bytes: Option<Vec<i64>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// Specifies the processing type used for serving the request.
/// - If set to 'auto', then the request will be processed with the service tier configured in the Project settings. Unless otherwise configured, the Project will use 'default'.
/// - If set to 'default', then the request will be processed with the standard pricing and performance for the selected model.
/// - If set to '[flex](https://platform.openai.com/docs/guides/flex-processing)', then the request will be processed with the Flex Processing service tier.
/// - To opt-in to [Fast mode](https://platform.openai.com/api/docs/guides/fast-mode) at the request level, include the `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your request.
/// - When not set, the default behavior is 'auto'.
///
/// When the `service_tier` parameter is set, the response body will include the `service_tier` value based on the processing mode actually used to serve the request. This response value may be different from the value set in the parameter.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum ServiceTier {
    /// `auto`
    #[default]
    Auto,
    /// `default`
    #[api(rename = "default")]
    DefaultType,
    /// `flex`
    Flex,
    /// `scale`
    Scale,
    /// `priority`
    Priority,
    /// `fast`
    Fast,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "chat")]
/// The constant `chat.completion`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    sdk_runtime_types::StringEnum
)]
#[api(constant)]
pub enum ChatCompletionLiteral {
    /// `chat.completion`
    #[default]
    #[api(rename = "chat.completion")]
    ChatCompletion,
}
#[cfg(feature = "chat")]
/// Moderation results or errors for the request input and generated output.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(input, output))]
#[non_exhaustive]
pub struct ChatCompletionModeration {
    /// Moderation for the request input.
    pub input: ChatCompletionModerationInput,
    /// Moderation for the generated output.
    pub output: ChatCompletionModerationOutput,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// Moderation for the request input.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum ChatCompletionModerationInput {
    /// `moderation_results`
    #[api(tag = "moderation_results")]
    ModerationResults(ChatCompletionModerationResults),
    /// `error`
    #[api(tag = "error")]
    ErrorType(ChatCompletionModerationError),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(feature = "chat")]
/// Successful moderation results for the request input or generated output.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(model, results))]
#[non_exhaustive]
pub struct ChatCompletionModerationResults {
    /// The object type, which is always `moderation_results`.
    #[api(rename = "type", constant)]
    pub type_: ModerationResultsLiteral,
    /// The moderation model used to generate the results.
    #[api(default)]
    pub model: String,
    /// A list of moderation results.
    #[api(default)]
    pub results: Vec<ModerationResultBody>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// The constant `moderation_results`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    sdk_runtime_types::StringEnum
)]
#[api(constant)]
pub enum ModerationResultsLiteral {
    /// `moderation_results`
    #[default]
    ModerationResults,
}
#[cfg(feature = "chat")]
/// An error produced while attempting moderation.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(code, message))]
#[non_exhaustive]
pub struct ChatCompletionModerationError {
    /// The object type, which is always `error`.
    #[api(rename = "type", constant)]
    pub type_: ErrorTypeLiteral,
    /// The error code.
    #[api(default)]
    pub code: String,
    /// The error message.
    #[api(default)]
    pub message: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// Moderation for the generated output.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum ChatCompletionModerationOutput {
    /// `moderation_results`
    #[api(tag = "moderation_results")]
    ModerationResults(ChatCompletionModerationResults),
    /// `error`
    #[api(tag = "error")]
    ErrorType(ChatCompletionModerationError),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(feature = "chat")]
/// An object representing a list of chat completion messages.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, first_id, last_id, has_more))]
#[non_exhaustive]
pub struct ChatCompletionMessageList {
    /// The type of this object. It is always set to "list".
    #[api(constant)]
    pub object: ListLiteral,
    /// An array of chat completion message objects.
    #[api(default)]
    pub data: Vec<ChatCompletionMessageListDataItem>,
    /// The identifier of the first chat message in the data array.
    #[api(default)]
    pub first_id: String,
    /// The identifier of the last chat message in the data array.
    #[api(default)]
    pub last_id: String,
    /// Indicates whether there are more chat messages available.
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
impl sdk_runtime_types::pagination::Page for ChatCompletionMessageList {
    type Item = ChatCompletionMessageListDataItem;
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
#[cfg(feature = "chat")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id))]
#[non_exhaustive]
pub struct ChatCompletionMessageListDataItem {
    /// The contents of the message.
    #[api(nullable)]
    pub content: Option<String>,
    /// The refusal message generated by the model.
    #[api(nullable)]
    pub refusal: Option<String>,
    /// The tool calls generated by the model, such as function calls.
    pub tool_calls: Option<ChatCompletionMessageToolCalls>,
    /// Annotations for the message, when applicable, as when using the
    /// [web search tool](https://platform.openai.com/docs/guides/tools-web-search?api-mode=chat).
    pub annotations: Option<Vec<ChatCompletionResponseMessageAnnotation>>,
    /// The role of the author of this message.
    #[api(constant)]
    pub role: AssistantLiteral,
    /// Deprecated and replaced by `tool_calls`. The name and arguments of a function that should be called, as generated by the model.
    #[deprecated(note = "Deprecated and replaced by `tool_calls`.")]
    pub function_call: Option<ChatCompletionResponseMessageFunctionCall>,
    /// If the audio output modality is requested, this object contains data
    /// about the audio response from the model. [Learn more](https://platform.openai.com/docs/guides/audio).
    pub audio: Option<ChatCompletionResponseMessageAudio>,
    /// The identifier of the chat message.
    #[api(default)]
    pub id: String,
    /// If a content parts array was provided, this is an array of `text` and `image_url` parts.
    /// Otherwise, null.
    pub content_parts: Option<Vec<ChatCompletionMessageListDataItemContentPart>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum ChatCompletionMessageListDataItemContentPart {
    /// `text`
    #[api(tag = "text")]
    Text(ChatCompletionRequestMessageContentPartText),
    /// `image_url`
    #[api(tag = "image_url")]
    ImageUrl(ChatCompletionRequestMessageContentPartImage),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(feature = "chat")]
/// Learn about [image inputs](https://platform.openai.com/docs/guides/vision).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(image_url))]
#[non_exhaustive]
pub struct ChatCompletionRequestMessageContentPartImage {
    /// The type of the content part.
    #[api(rename = "type", constant)]
    pub type_: ImageUrlLiteral,
    #[api(default)]
    pub image_url: ChatCompletionRequestMessageContentPartImageImageUrl,
    /// Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    pub prompt_cache_breakpoint: Option<PromptCacheBreakpointParam>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(url))]
#[non_exhaustive]
pub struct ChatCompletionRequestMessageContentPartImageImageUrl {
    /// Either a URL of the image or the base64 encoded image data.
    #[api(default)]
    pub url: String,
    /// Specifies the detail level of the image. Learn more in the [Vision guide](https://platform.openai.com/docs/guides/vision#low-or-high-fidelity-image-understanding).
    ///
    /// Defaults to `auto`.
    pub detail: Option<MessageContentImageFileObjectImageFileDetail>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(index))]
#[non_exhaustive]
pub struct ChatCompletionMessageToolCallChunk {
    #[api(default)]
    pub index: i64,
    /// The ID of the tool call.
    pub id: Option<String>,
    /// The type of the tool. Currently, only `function` is supported.
    #[api(rename = "type")]
    pub type_: Option<FunctionLiteral>,
    pub function: Option<ChatCompletionMessageToolCallChunkFunction>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct ChatCompletionMessageToolCallChunkFunction {
    /// The name of the function to call.
    pub name: Option<String>,
    /// The arguments to call the function with, as generated by the model in JSON format. Note that the model does not always generate valid JSON, and may hallucinate parameters not defined by your function schema. Validate the arguments in your code before calling your function.
    pub arguments: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// Specifies a tool the model should use. Use to force the model to call a specific function.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(function))]
#[api(strict)]
pub struct ChatCompletionNamedToolChoice {
    /// For function calling, the type is always `function`.
    #[api(rename = "type", constant)]
    pub type_: FunctionLiteral,
    pub function: AssistantsNamedToolChoiceFunction,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// Specifies a tool the model should use. Use to force the model to call a specific custom tool.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(custom))]
#[api(strict)]
pub struct ChatCompletionNamedToolChoiceCustom {
    /// For custom tool calling, the type is always `custom`.
    #[api(rename = "type", constant)]
    pub type_: CustomLiteral,
    pub custom: ChatCompletionNamedToolChoiceCustomCustom,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name))]
pub struct ChatCompletionNamedToolChoiceCustomCustom {
    /// The name of the custom tool to call.
    #[api(default)]
    pub name: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// Messages sent by the model in response to user messages.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ChatCompletionRequestAssistantMessage {
    /// The contents of the assistant message. Required unless `tool_calls` or `function_call` is specified.
    pub content: Option<ChatCompletionRequestAssistantMessageContent>,
    /// The refusal message by the assistant.
    pub refusal: Option<String>,
    /// The role of the messages author, in this case `assistant`.
    #[api(constant)]
    pub role: AssistantLiteral,
    /// An optional name for the participant. Provides the model information to differentiate between participants of the same role.
    pub name: Option<String>,
    /// Data about a previous audio response from the model.
    /// [Learn more](https://platform.openai.com/docs/guides/audio).
    pub audio: Option<ChatCompletionRequestAssistantMessageAudio>,
    /// The tool calls generated by the model, such as function calls.
    pub tool_calls: Option<ChatCompletionMessageToolCalls>,
    /// Deprecated and replaced by `tool_calls`. The name and arguments of a function that should be called, as generated by the model.
    #[deprecated(note = "Deprecated and replaced by `tool_calls`.")]
    pub function_call: Option<ChatCompletionResponseMessageFunctionCall>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// Developer-provided instructions that the model should follow, regardless of
/// messages sent by the user. With o1 models and newer, `developer` messages
/// replace the previous `system` messages.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(content))]
pub struct ChatCompletionRequestDeveloperMessage {
    /// The contents of the developer message.
    pub content: ChatCompletionRequestDeveloperMessageContent,
    /// The role of the messages author, in this case `developer`.
    #[api(constant)]
    pub role: DeveloperLiteral,
    /// An optional name for the participant. Provides the model information to differentiate between participants of the same role.
    pub name: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// The contents of the developer message.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum ChatCompletionRequestDeveloperMessageContent {
    MessageContentPartTextList(Vec<ChatCompletionRequestMessageContentPartText>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(feature = "chat")]
/// Function message
#[deprecated(note = "Deprecated by the API.")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name))]
pub struct ChatCompletionRequestFunctionMessage {
    /// The role of the messages author, in this case `function`.
    #[api(constant)]
    pub role: FunctionLiteral,
    /// The contents of the function message.
    #[api(nullable)]
    pub content: Option<String>,
    /// The name of the function to call.
    #[api(default)]
    pub name: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// Told apart by the `role` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "role")]
pub enum ChatCompletionRequestMessage {
    /// `developer`
    #[api(tag = "developer")]
    Developer(ChatCompletionRequestDeveloperMessage),
    /// `system`
    #[api(tag = "system")]
    System(ChatCompletionRequestSystemMessage),
    /// `user`
    #[api(tag = "user")]
    User(ChatCompletionRequestUserMessage),
    /// `assistant`
    #[api(tag = "assistant")]
    Assistant(Box<ChatCompletionRequestAssistantMessage>),
    /// `tool`
    #[api(tag = "tool")]
    Tool(ChatCompletionRequestToolMessage),
    /// `function`
    #[api(tag = "function")]
    #[allow(deprecated)]
    Function(ChatCompletionRequestFunctionMessage),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(feature = "chat")]
/// Developer-provided instructions that the model should follow, regardless of
/// messages sent by the user. With o1 models and newer, use `developer` messages
/// for this purpose instead.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(content))]
pub struct ChatCompletionRequestSystemMessage {
    /// The contents of the system message.
    pub content: ChatCompletionRequestSystemMessageContent,
    /// The role of the messages author, in this case `system`.
    #[api(constant)]
    pub role: SystemLiteral,
    /// An optional name for the participant. Provides the model information to differentiate between participants of the same role.
    pub name: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// The contents of the system message.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum ChatCompletionRequestSystemMessageContent {
    PartList(Vec<ChatCompletionRequestSystemMessageContentPart>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(feature = "chat")]
/// Learn about [text inputs](https://platform.openai.com/docs/guides/text-generation).
pub type ChatCompletionRequestSystemMessageContentPart = ChatCompletionRequestMessageContentPartText;
#[cfg(feature = "chat")]
/// Messages sent by an end user, containing prompts or additional context
/// information.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(content))]
pub struct ChatCompletionRequestUserMessage {
    /// The contents of the user message.
    pub content: ChatCompletionRequestUserMessageContent,
    /// The role of the messages author, in this case `user`.
    #[api(constant)]
    pub role: UserLiteral,
    /// An optional name for the participant. Provides the model information to differentiate between participants of the same role.
    pub name: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// The contents of the user message.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum ChatCompletionRequestUserMessageContent {
    PartList(Vec<ChatCompletionRequestUserMessageContentPart>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(feature = "chat")]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum ChatCompletionRequestUserMessageContentPart {
    /// `text`
    #[api(tag = "text")]
    Text(ChatCompletionRequestMessageContentPartText),
    /// `image_url`
    #[api(tag = "image_url")]
    ImageUrl(ChatCompletionRequestMessageContentPartImage),
    /// `input_audio`
    #[api(tag = "input_audio")]
    InputAudio(ChatCompletionRequestMessageContentPartAudio),
    /// `file`
    #[api(tag = "file")]
    File(ChatCompletionRequestMessageContentPartFile),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(feature = "chat")]
/// Learn about [audio inputs](https://platform.openai.com/docs/guides/audio).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(input_audio))]
pub struct ChatCompletionRequestMessageContentPartAudio {
    /// The type of the content part. Always `input_audio`.
    #[api(rename = "type", constant)]
    pub type_: InputAudioLiteral,
    #[api(default)]
    pub input_audio: ChatCompletionRequestMessageContentPartAudioInputAudio,
    /// Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    pub prompt_cache_breakpoint: Option<PromptCacheBreakpointParam>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, format))]
pub struct ChatCompletionRequestMessageContentPartAudioInputAudio {
    /// Base64 encoded audio data.
    #[api(default)]
    pub data: String,
    /// The format of the encoded audio data. Currently supports "wav" and "mp3".
    #[api(default)]
    pub format: ChatCompletionRequestMessageContentPartAudioInputAudioFormat,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// The format of the encoded audio data. Currently supports "wav" and "mp3".
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ChatCompletionRequestMessageContentPartAudioInputAudioFormat {
    /// `wav`
    Wav,
    /// `mp3`
    Mp3,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "chat")]
/// Learn about [file inputs](https://platform.openai.com/docs/guides/text) for text generation.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(file))]
pub struct ChatCompletionRequestMessageContentPartFile {
    /// The type of the content part. Always `file`.
    #[api(rename = "type", constant)]
    pub type_: FileLiteral,
    #[api(default)]
    pub file: ChatCompletionRequestMessageContentPartFileFile,
    /// Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    pub prompt_cache_breakpoint: Option<PromptCacheBreakpointParam>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ChatCompletionRequestMessageContentPartFileFile {
    /// The name of the file, used when passing the file to the model as a
    /// string.
    pub filename: Option<String>,
    /// The base64 encoded file data, used when passing the file to the model
    /// as a string.
    pub file_data: Option<String>,
    /// The ID of an uploaded file to use as input.
    pub file_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// Tool message
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(content, tool_call_id))]
pub struct ChatCompletionRequestToolMessage {
    /// The role of the messages author, in this case `tool`.
    #[api(constant)]
    pub role: ToolLiteral,
    /// The contents of the tool message.
    pub content: ChatCompletionRequestToolMessageContent,
    /// Tool call that this message is responding to.
    #[api(default)]
    pub tool_call_id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// The constant `tool`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    sdk_runtime_types::StringEnum
)]
#[api(constant)]
pub enum ToolLiteral {
    /// `tool`
    #[default]
    Tool,
}
#[cfg(feature = "chat")]
/// The contents of the tool message.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum ChatCompletionRequestToolMessageContent {
    PartList(Vec<ChatCompletionRequestToolMessageContentPart>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(feature = "chat")]
/// Learn about [text inputs](https://platform.openai.com/docs/guides/text-generation).
pub type ChatCompletionRequestToolMessageContentPart = ChatCompletionRequestMessageContentPartText;
#[cfg(any(feature = "chat", feature = "completions"))]
/// Options for streaming response. Only set this when you set `stream: true`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ChatCompletionStreamOptions {
    /// If set, an additional chunk will be streamed before the `data: [DONE]`
    /// message. The `usage` field on this chunk shows the token usage statistics
    /// for the entire request, and the `choices` field will always be an empty
    /// array.
    ///
    /// All other chunks will also include a `usage` field, but with a null
    /// value. **NOTE:** If the stream is interrupted, you may not receive the
    /// final usage chunk which contains the total token usage for the request.
    pub include_usage: Option<bool>,
    /// When true, stream obfuscation will be enabled. Stream obfuscation adds
    /// random characters to an `obfuscation` field on streaming delta events to
    /// normalize payload sizes as a mitigation to certain side-channel attacks.
    /// These obfuscation fields are included by default, but add a small amount
    /// of overhead to the data stream. You can set `include_obfuscation` to
    /// false to optimize for bandwidth if you trust the network links between
    /// your application and the OpenAI API.
    pub include_obfuscation: Option<bool>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// A chat completion delta generated by streamed model responses.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct ChatCompletionStreamResponseDelta {
    /// The contents of the chunk message.
    pub content: Option<String>,
    /// Deprecated and replaced by `tool_calls`. The name and arguments of a function that should be called, as generated by the model.
    #[deprecated(note = "Deprecated and replaced by `tool_calls`.")]
    pub function_call: Option<ChatCompletionStreamResponseDeltaFunctionCall>,
    pub tool_calls: Option<Vec<ChatCompletionMessageToolCallChunk>>,
    /// The role of the author of this message.
    pub role: Option<ChatCompletionStreamResponseDeltaRole>,
    /// The refusal message generated by the model.
    pub refusal: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// Deprecated and replaced by `tool_calls`. The name and arguments of a function that should be called, as generated by the model.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct ChatCompletionStreamResponseDeltaFunctionCall {
    /// The arguments to call the function with, as generated by the model in JSON format. Note that the model does not always generate valid JSON, and may hallucinate parameters not defined by your function schema. Validate the arguments in your code before calling your function.
    pub arguments: Option<String>,
    /// The name of the function to call.
    pub name: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// The role of the author of this message.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ChatCompletionStreamResponseDeltaRole {
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
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "chat", feature = "evals"))]
/// A function tool that can be used to generate a response.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(function))]
#[non_exhaustive]
pub struct ChatCompletionTool {
    /// The type of the tool. Currently, only `function` is supported.
    #[api(rename = "type", constant)]
    pub type_: FunctionLiteral,
    #[api(default)]
    pub function: FunctionObject,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// Controls which (if any) tool is called by the model.
/// `none` means the model will not call any tool and instead generates a message.
/// `auto` means the model can pick between generating a message or calling one or more tools.
/// `required` means the model must call one or more tools.
/// Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.
///
/// `none` is the default when no tools are present. `auto` is the default if tools are present.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum ChatCompletionToolChoiceOption {
    AllowedToolsChoice(ChatCompletionAllowedToolsChoice),
    NamedToolChoice(ChatCompletionNamedToolChoice),
    NamedToolChoiceCustom(ChatCompletionNamedToolChoiceCustom),
    #[api(from_str)]
    AssistantsApiToolChoiceOptionMode(AssistantsApiToolChoiceOptionMode),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(feature = "chat")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(messages, model))]
pub struct CreateChatCompletionRequest {
    /// Set of 16 key-value pairs that can be attached to an object. This can be
    /// useful for storing additional information about the object in a structured
    /// format, and querying for objects via API or the dashboard.
    ///
    /// Keys are strings with a maximum length of 64 characters. Values are strings
    /// with a maximum length of 512 characters.
    pub metadata: Option<Metadata>,
    /// An integer between 0 and 20 specifying the maximum number of most likely
    /// tokens to return at each token position, each with an associated log
    /// probability. In some cases, the number of returned tokens may be fewer than
    /// requested.
    /// `logprobs` must be set to `true` if this parameter is used.
    pub top_logprobs: Option<i64>,
    /// What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
    /// We generally recommend altering this or `top_p` but not both.
    ///
    /// Defaults to `1`; from `0` to `2`.
    pub temperature: Option<f64>,
    /// An alternative to sampling with temperature, called nucleus sampling,
    /// where the model considers the results of the tokens with top_p probability
    /// mass. So 0.1 means only the tokens comprising the top 10% probability mass
    /// are considered.
    ///
    /// We generally recommend altering this or `temperature` but not both.
    pub top_p: Option<f64>,
    /// This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
    /// A stable identifier for your end-users.
    /// Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices#safety-identifiers).
    #[deprecated(
        note = "This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations."
    )]
    pub user: Option<String>,
    /// A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.
    /// The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices#safety-identifiers).
    pub safety_identifier: Option<String>,
    /// Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user` field. [Learn more](https://platform.openai.com/docs/guides/prompt-caching).
    pub prompt_cache_key: Option<String>,
    /// Deprecated. Use `prompt_cache_options.ttl` instead.
    ///
    /// The retention policy for the prompt cache. Set to `24h` to enable extended prompt caching, which keeps cached prefixes active for longer, up to a maximum of 24 hours. [Learn more](https://platform.openai.com/docs/guides/prompt-caching#prompt-cache-retention).
    /// This field expresses a maximum retention policy, while
    /// `prompt_cache_options.ttl` expresses a minimum cache lifetime. The two
    /// fields are independent and do not interact.
    /// For `gpt-5.5`, `gpt-5.5-pro`, and future models, only `24h` is supported.
    ///
    /// For older models that support both `in_memory` and `24h`, the default depends on your organization's data retention policy:
    /// - Organizations without ZDR enabled default to `24h`.
    /// - Organizations with ZDR enabled default to `in_memory` when `prompt_cache_retention` is not specified.
    #[deprecated(note = "Deprecated. Use `prompt_cache_options.ttl` instead.")]
    pub prompt_cache_retention: Option<CreateChatCompletionRequestPromptCacheRetention>,
    /// Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt caching guide](https://platform.openai.com/docs/guides/prompt-caching) for current details.
    pub prompt_cache_options: Option<PromptCacheOptionsParam>,
    /// A list of messages comprising the conversation so far. Depending on the
    /// [model](https://platform.openai.com/docs/models) you use, different message types (modalities) are
    /// supported, like [text](https://platform.openai.com/docs/guides/text-generation),
    /// [images](https://platform.openai.com/docs/guides/vision), and [audio](https://platform.openai.com/docs/guides/audio).
    ///
    /// At least `1` items.
    #[api(default)]
    pub messages: Vec<ChatCompletionRequestMessage>,
    /// Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    /// offers a wide range of models with different capabilities, performance
    /// characteristics, and price points. Refer to the [model guide](https://platform.openai.com/docs/models)
    /// to browse and compare available models.
    #[api(default)]
    pub model: ModelIdsShared,
    /// Specifies the processing type used for serving the request.
    /// - If set to 'auto', then the request will be processed with the service tier configured in the Project settings. Unless otherwise configured, the Project will use 'default'.
    /// - If set to 'default', then the request will be processed with the standard pricing and performance for the selected model.
    /// - If set to '[flex](https://platform.openai.com/docs/guides/flex-processing)', then the request will be processed with the Flex Processing service tier.
    /// - To opt-in to [Fast mode](https://platform.openai.com/api/docs/guides/fast-mode) at the request level, include the `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your request.
    /// - When not set, the default behavior is 'auto'.
    ///
    /// When the `service_tier` parameter is set, the response body will include the `service_tier` value based on the processing mode actually used to serve the request. This response value may be different from the value set in the parameter.
    pub service_tier: Option<ServiceTier>,
    /// Output types that you would like the model to generate.
    /// Most models are capable of generating text, which is the default:
    ///
    /// `["text"]`
    ///
    /// The `gpt-4o-audio-preview` model can also be used to
    /// [generate audio](https://platform.openai.com/docs/guides/audio). To request that this model generate
    /// both text and audio responses, you can use:
    ///
    /// `["text", "audio"]`
    pub modalities: Option<ResponseModalities>,
    /// Constrains the verbosity of the model's response. Lower values will result in
    /// more concise responses, while higher values will result in more verbose responses.
    /// Currently supported values are `low`, `medium`, and `high`. The default is
    /// `medium`.
    pub verbosity: Option<Verbosity>,
    /// Constrains effort on reasoning for reasoning models. Currently supported
    /// values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`.
    /// Reducing reasoning effort can result in faster responses and fewer tokens
    /// used on reasoning in a response. Not all reasoning models support every
    /// value. See the
    /// [reasoning guide](https://platform.openai.com/docs/guides/reasoning)
    /// for model-specific support.
    pub reasoning_effort: Option<ReasoningEffort>,
    /// An upper bound for the number of tokens that can be generated for a completion, including visible output tokens and [reasoning tokens](https://platform.openai.com/docs/guides/reasoning).
    pub max_completion_tokens: Option<i64>,
    /// Number between -2.0 and 2.0. Positive values penalize new tokens based on
    /// their existing frequency in the text so far, decreasing the model's
    /// likelihood to repeat the same line verbatim.
    pub frequency_penalty: Option<f64>,
    /// Number between -2.0 and 2.0. Positive values penalize new tokens based on
    /// whether they appear in the text so far, increasing the model's likelihood
    /// to talk about new topics.
    pub presence_penalty: Option<f64>,
    /// This tool searches the web for relevant results to use in a response.
    /// Learn more about the [web search tool](https://platform.openai.com/docs/guides/tools-web-search?api-mode=chat).
    pub web_search_options: Option<Box<CreateChatCompletionRequestWebSearchOptions>>,
    /// An object specifying the format that the model must output.
    ///
    /// Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
    /// Structured Outputs which ensures the model will match your supplied JSON
    /// schema. Learn more in the \[Structured Outputs
    /// guide\](<https://platform.openai.com/docs/guides/structured-outputs>).
    ///
    /// Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    /// ensures the message the model generates is valid JSON. Using `json_schema`
    /// is preferred for models that support it.
    pub response_format: Option<Box<ResponseFormat>>,
    /// Parameters for audio output. Required when audio output is requested with
    /// `modalities: ["audio"]`. [Learn more](https://platform.openai.com/docs/guides/audio).
    pub audio: Option<CreateChatCompletionRequestAudio>,
    /// Whether or not to store the output of this chat completion request for
    /// use in our [model distillation](https://platform.openai.com/docs/guides/distillation) or
    /// [evals](https://platform.openai.com/docs/guides/evals) products.
    ///
    /// Supports text and image inputs. Note: image inputs over 8MB will be dropped.
    ///
    /// Defaults to `false`.
    pub store: Option<bool>,
    /// Configuration for running moderation on the request input and generated output.
    pub moderation: Option<Box<ModerationParam>>,
    /// If set to true, the model response data will be streamed to the client
    /// as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
    /// See the [Streaming section below](https://platform.openai.com/docs/api-reference/chat/streaming)
    /// for more information, along with the [streaming responses](https://platform.openai.com/docs/guides/streaming-responses)
    /// guide for more information on how to handle the streaming events.
    ///
    /// Defaults to `false`.
    pub stream: Option<bool>,
    /// Not supported with latest reasoning models `o3` and `o4-mini`.
    ///
    /// Up to 4 sequences where the API will stop generating further tokens. The
    /// returned text will not contain the stop sequence.
    pub stop: Option<StopConfiguration>,
    /// Modify the likelihood of specified tokens appearing in the completion.
    ///
    /// Accepts a JSON object that maps tokens (specified by their token ID in the
    /// tokenizer) to an associated bias value from -100 to 100. Mathematically,
    /// the bias is added to the logits generated by the model prior to sampling.
    /// The exact effect will vary per model, but values between -1 and 1 should
    /// decrease or increase likelihood of selection; values like -100 or 100
    /// should result in a ban or exclusive selection of the relevant token.
    pub logit_bias: Option<std::collections::BTreeMap<String, i64>>,
    /// Whether to return log probabilities of the output tokens or not. If true,
    /// returns the log probabilities of each output token returned in the
    /// `content` of `message`.
    ///
    /// Defaults to `false`.
    pub logprobs: Option<bool>,
    /// The maximum number of [tokens](https://platform.openai.com/tokenizer) that can be generated in the
    /// chat completion. This value can be used to control
    /// [costs](https://openai.com/api/pricing/) for text generated via API.
    ///
    /// This value is now deprecated in favor of `max_completion_tokens`, and is
    /// not compatible with [o-series models](https://platform.openai.com/docs/guides/reasoning).
    #[deprecated(note = "Deprecated by the API.")]
    pub max_tokens: Option<i64>,
    /// How many chat completion choices to generate for each input message. Note that you will be charged based on the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs.
    ///
    /// Defaults to `1`; from `1` to `128`.
    pub n: Option<i64>,
    /// Configuration for a [Predicted Output](https://platform.openai.com/docs/guides/predicted-outputs),
    /// which can greatly improve response times when large parts of the model
    /// response are known ahead of time. This is most common when you are
    /// regenerating a file with only minor changes to most of the content.
    pub prediction: Option<PredictionContent>,
    /// This feature is in Beta.
    /// If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result.
    /// Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.
    ///
    /// From `-9.223372036854776e+18` to `9.223372036854776e+18`.
    #[deprecated(note = "Deprecated by the API.")]
    pub seed: Option<i64>,
    /// Options for streaming response. Only set this when you set `stream: true`.
    pub stream_options: Option<ChatCompletionStreamOptions>,
    /// A list of tools the model may call. You can provide either
    /// [custom tools](https://platform.openai.com/docs/guides/function-calling#custom-tools) or
    /// [function tools](https://platform.openai.com/docs/guides/function-calling).
    pub tools: Option<Vec<ChatCompletionToolUnion>>,
    /// Controls which (if any) tool is called by the model.
    /// `none` means the model will not call any tool and instead generates a message.
    /// `auto` means the model can pick between generating a message or calling one or more tools.
    /// `required` means the model must call one or more tools.
    /// Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.
    ///
    /// `none` is the default when no tools are present. `auto` is the default if tools are present.
    pub tool_choice: Option<ChatCompletionToolChoiceOption>,
    /// Whether to enable [parallel function calling](https://platform.openai.com/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.
    pub parallel_tool_calls: Option<ParallelToolCalls>,
    /// Deprecated in favor of `tool_choice`.
    ///
    /// Controls which (if any) function is called by the model.
    ///
    /// `none` means the model will not call a function and instead generates a
    /// message.
    ///
    /// `auto` means the model can pick between generating a message or calling a
    /// function.
    ///
    /// Specifying a particular function via `{"name": "my_function"}` forces the
    /// model to call that function.
    ///
    /// `none` is the default when no functions are present. `auto` is the default
    /// if functions are present.
    #[deprecated(note = "Deprecated in favor of `tool_choice`.")]
    pub function_call: Option<CreateChatCompletionRequestFunctionCall>,
    /// Deprecated in favor of `tools`.
    ///
    /// A list of functions the model may generate JSON inputs for.
    ///
    /// `1` to `128` items.
    #[deprecated(note = "Deprecated in favor of `tools`.")]
    #[allow(deprecated)]
    pub functions: Option<Vec<ChatCompletionFunctions>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// Output types that you would like the model to generate.
/// Most models are capable of generating text, which is the default:
///
/// `["text"]`
///
/// The `gpt-4o-audio-preview` model can also be used to
/// [generate audio](https://platform.openai.com/docs/guides/audio). To request that this model generate
/// both text and audio responses, you can use:
///
/// `["text", "audio"]`
pub type ResponseModalities = Vec<ChatCompletionModality>;
#[cfg(feature = "chat")]
/// This tool searches the web for relevant results to use in a response.
/// Learn more about the [web search tool](https://platform.openai.com/docs/guides/tools-web-search?api-mode=chat).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct CreateChatCompletionRequestWebSearchOptions {
    /// Approximate location parameters for the search.
    pub user_location: Option<
        Box<CreateChatCompletionRequestWebSearchOptionsUserLocation>,
    >,
    /// High level guidance for the amount of context window space to use for the
    /// search. One of `low`, `medium`, or `high`. `medium` is the default.
    pub search_context_size: Option<WebSearchContextSize>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// Approximate location parameters for the search.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(approximate))]
pub struct CreateChatCompletionRequestWebSearchOptionsUserLocation {
    /// The type of location approximation. Always `approximate`.
    #[api(rename = "type", constant)]
    pub type_: ApproximateLiteral,
    /// Approximate location parameters for the search.
    #[api(default)]
    pub approximate: WebSearchLocation,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// Approximate location parameters for the search.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct WebSearchLocation {
    /// The two-letter
    /// [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1) of the user,
    /// e.g. `US`.
    pub country: Option<String>,
    /// Free text input for the region of the user, e.g. `California`.
    pub region: Option<String>,
    /// Free text input for the city of the user, e.g. `San Francisco`.
    pub city: Option<String>,
    /// The [IANA timezone](https://timeapi.io/documentation/iana-timezones)
    /// of the user, e.g. `America/Los_Angeles`.
    pub timezone: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "chat", feature = "evals"))]
/// An object specifying the format that the model must output.
///
/// Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
/// Structured Outputs which ensures the model will match your supplied JSON
/// schema. Learn more in the \[Structured Outputs
/// guide\](<https://platform.openai.com/docs/guides/structured-outputs>).
///
/// Setting to `{ "type": "json_object" }` enables the older JSON mode, which
/// ensures the message the model generates is valid JSON. Using `json_schema`
/// is preferred for models that support it.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum ResponseFormat {
    /// `text`
    #[api(tag = "text")]
    Text(ResponseFormatText),
    /// `json_schema`
    #[api(tag = "json_schema")]
    JsonSchema(ResponseFormatJsonSchema),
    /// `json_object`
    #[api(tag = "json_object")]
    JsonObject(ResponseFormatJsonObject),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "chat", feature = "evals"))]
/// The specification's name for [`ResponseFormat`].
pub type CreateChatCompletionRequestResponseFormat = ResponseFormat;
#[cfg(feature = "chat")]
/// Parameters for audio output. Required when audio output is requested with
/// `modalities: ["audio"]`. [Learn more](https://platform.openai.com/docs/guides/audio).
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(voice, format))]
pub struct CreateChatCompletionRequestAudio {
    /// The voice the model uses to respond. Supported built-in voices are
    /// `alloy`, `ash`, `ballad`, `coral`, `echo`, `fable`, `nova`, `onyx`,
    /// `sage`, `shimmer`, `marin`, and `cedar`. You may also provide a
    /// custom voice object with an `id`, for example `{ "id": "voice_1234" }`.
    pub voice: VoiceIdsOrCustomVoice,
    /// Specifies the output audio format. Must be one of `wav`, `mp3`, `flac`,
    /// `opus`, or `pcm16`.
    #[api(default)]
    pub format: CreateChatCompletionRequestAudioFormat,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// Specifies the output audio format. Must be one of `wav`, `mp3`, `flac`,
/// `opus`, or `pcm16`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum CreateChatCompletionRequestAudioFormat {
    /// `wav`
    Wav,
    /// `aac`
    Aac,
    /// `mp3`
    Mp3,
    /// `flac`
    Flac,
    /// `opus`
    Opus,
    /// `pcm16`
    Pcm16,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "chat", feature = "completions"))]
/// Not supported with latest reasoning models `o3` and `o4-mini`.
///
/// Up to 4 sequences where the API will stop generating further tokens. The
/// returned text will not contain the stop sequence.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum StopConfiguration {
    StringList(Vec<String>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(feature = "chat")]
/// Static predicted output content, such as the content of a text file that is
/// being regenerated.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(content))]
pub struct PredictionContent {
    /// The type of the predicted content you want to provide. This type is
    /// currently always `content`.
    #[api(rename = "type", constant)]
    pub type_: ContentLiteral,
    /// The content that should be matched when generating a model response.
    /// If generated tokens would match this content, the entire model response
    /// can be returned much more quickly.
    pub content: PredictionContentContent,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "chat", feature = "organization"))]
/// The constant `content`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    sdk_runtime_types::StringEnum
)]
#[api(constant)]
pub enum ContentLiteral {
    /// `content`
    #[default]
    Content,
}
#[cfg(feature = "chat")]
/// The content that should be matched when generating a model response.
/// If generated tokens would match this content, the entire model response
/// can be returned much more quickly.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum PredictionContentContent {
    ChatCompletionRequestMessageContentPartTextList(
        Vec<ChatCompletionRequestMessageContentPartText>,
    ),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(feature = "chat")]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum ChatCompletionToolUnion {
    /// `function`
    #[api(tag = "function")]
    Function(ChatCompletionTool),
    /// `custom`
    #[api(tag = "custom")]
    Custom(CustomToolChatCompletions),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(feature = "chat")]
/// The specification's name for [`ChatCompletionToolUnion`].
pub type CreateChatCompletionRequestTool = ChatCompletionToolUnion;
#[cfg(feature = "chat")]
/// A custom tool that processes input using a specified format.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(custom))]
pub struct CustomToolChatCompletions {
    /// The type of the custom tool. Always `custom`.
    #[api(rename = "type", constant)]
    pub type_: CustomLiteral,
    /// Properties of the custom tool.
    #[api(default)]
    pub custom: CustomToolChatCompletionsCustom,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// Properties of the custom tool.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name))]
pub struct CustomToolChatCompletionsCustom {
    /// The name of the custom tool, used to identify it in tool calls.
    #[api(default)]
    pub name: String,
    /// Optional description of the custom tool, used to provide more context.
    pub description: Option<String>,
    /// The input format for the custom tool. Default is unconstrained text.
    pub format: Option<CustomToolChatCompletionsCustomFormat>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// The input format for the custom tool. Default is unconstrained text.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum CustomToolChatCompletionsCustomFormat {
    /// `text`
    #[api(tag = "text")]
    Text(CustomTextFormatParam),
    /// `grammar`
    #[api(tag = "grammar")]
    Grammar(CustomToolChatCompletionsCustomFormatGrammarFormat),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(feature = "chat")]
/// A grammar defined by the user.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(grammar))]
pub struct CustomToolChatCompletionsCustomFormatGrammarFormat {
    /// Grammar format. Always `grammar`.
    #[api(rename = "type", constant)]
    pub type_: GrammarLiteral,
    /// Your chosen grammar.
    #[api(default)]
    pub grammar: CustomToolChatCompletionsCustomFormatGrammarFormatGrammar,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// Your chosen grammar.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(definition, syntax))]
pub struct CustomToolChatCompletionsCustomFormatGrammarFormatGrammar {
    /// The grammar definition.
    #[api(default)]
    pub definition: String,
    /// The syntax of the grammar definition. One of `lark` or `regex`.
    #[api(default)]
    pub syntax: CustomToolChatCompletionsCustomFormatGrammarFormatGrammarSyntax,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// The syntax of the grammar definition. One of `lark` or `regex`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum CustomToolChatCompletionsCustomFormatGrammarFormatGrammarSyntax {
    /// `lark`
    Lark,
    /// `regex`
    Regex,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "chat")]
/// Deprecated in favor of `tool_choice`.
///
/// Controls which (if any) function is called by the model.
///
/// `none` means the model will not call a function and instead generates a
/// message.
///
/// `auto` means the model can pick between generating a message or calling a
/// function.
///
/// Specifying a particular function via `{"name": "my_function"}` forces the
/// model to call that function.
///
/// `none` is the default when no functions are present. `auto` is the default
/// if functions are present.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum CreateChatCompletionRequestFunctionCall {
    ChatCompletionFunctionCallOption(ChatCompletionFunctionCallOption),
    #[api(from_str)]
    Mode(CreateChatCompletionRequestFunctionCallMode),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(feature = "chat")]
/// `none` means the model will not call a function and instead generates a message. `auto` means the model can pick between generating a message or calling a function.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum CreateChatCompletionRequestFunctionCallMode {
    /// `none`
    #[api(rename = "none")]
    NoneType,
    /// `auto`
    Auto,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "chat")]
/// Represents a streamed chunk of a chat completion response returned
/// by the model, based on the provided input.
/// [Learn more](https://platform.openai.com/docs/guides/streaming-responses).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, choices, created, model))]
#[non_exhaustive]
pub struct ChatCompletionChunk {
    /// A unique identifier for the chat completion. Each chunk has the same ID.
    #[api(default)]
    pub id: String,
    /// A list of chat completion choices. Can contain more than one elements if `n` is greater than 1. Can also be empty for the
    /// last chunk if you set `stream_options: {"include_usage": true}`.
    #[api(default)]
    pub choices: Vec<ChatCompletionChunkChoice>,
    /// The Unix timestamp (in seconds) of when the chat completion was created. Each chunk has the same timestamp.
    #[api(default)]
    pub created: i64,
    /// The model to generate the completion.
    #[api(default)]
    pub model: String,
    /// An obfuscation string added to normalize the size of streamed chunks as a
    /// mitigation to certain side-channel attacks. The field is included by
    /// default and omitted when `stream_options.include_obfuscation` is `false`.
    pub obfuscation: Option<String>,
    /// Specifies the processing type used for serving the request.
    /// - If set to 'auto', then the request will be processed with the service tier configured in the Project settings. Unless otherwise configured, the Project will use 'default'.
    /// - If set to 'default', then the request will be processed with the standard pricing and performance for the selected model.
    /// - If set to '[flex](https://platform.openai.com/docs/guides/flex-processing)', then the request will be processed with the Flex Processing service tier.
    /// - To opt-in to [Fast mode](https://platform.openai.com/api/docs/guides/fast-mode) at the request level, include the `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your request.
    /// - When not set, the default behavior is 'auto'.
    ///
    /// When the `service_tier` parameter is set, the response body will include the `service_tier` value based on the processing mode actually used to serve the request. This response value may be different from the value set in the parameter.
    pub service_tier: Option<ServiceTier>,
    /// This fingerprint represents the backend configuration that the model runs with.
    /// Can be used in conjunction with the `seed` request parameter to understand when backend changes have been made that might impact determinism.
    #[deprecated(note = "Deprecated by the API.")]
    pub system_fingerprint: Option<String>,
    /// The object type, which is always `chat.completion.chunk`.
    #[api(constant)]
    pub object: ChatCompletionChunkLiteral,
    /// An optional field that will only be present when you set
    /// `stream_options: {"include_usage": true}` in your request. When present, it
    /// contains a null value **except for the last chunk** which contains the
    /// token usage statistics for the entire request.
    ///
    /// **NOTE:** If the stream is interrupted or cancelled, you may not
    /// receive the final usage chunk which contains the total token usage for
    /// the request.
    pub usage: Option<Box<CompletionUsage>>,
    /// Moderation results for the request input and generated output. Present
    /// on the moderation chunk when moderated completions are requested.
    pub moderation: Option<Box<ChatCompletionModeration>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// The specification's name for [`ChatCompletionChunk`].
pub type CreateChatCompletionStreamResponse = ChatCompletionChunk;
#[cfg(feature = "chat")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(delta, index))]
#[non_exhaustive]
pub struct ChatCompletionChunkChoice {
    /// A chat completion delta generated by streamed model responses.
    #[api(default)]
    pub delta: ChatCompletionStreamResponseDelta,
    /// Log probability information for the choice.
    pub logprobs: Option<CreateChatCompletionResponseChoiceLogprobs>,
    /// The reason the model stopped generating tokens. This will be `stop` if the model hit a natural stop point or a provided stop sequence,
    /// `length` if the maximum number of tokens specified in the request was reached,
    /// `content_filter` if content was omitted due to a flag from our content filters,
    /// `tool_calls` if the model called a tool, or `function_call` (deprecated) if the model called a function.
    #[api(nullable)]
    pub finish_reason: Option<CreateChatCompletionResponseChoiceFinishReason>,
    /// The index of the choice in the list of choices.
    #[api(default)]
    pub index: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// The specification's name for [`ChatCompletionChunkChoice`].
pub type CreateChatCompletionStreamResponseChoice = ChatCompletionChunkChoice;
#[cfg(feature = "chat")]
/// The constant `chat.completion.chunk`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    sdk_runtime_types::StringEnum
)]
#[api(constant)]
pub enum ChatCompletionChunkLiteral {
    /// `chat.completion.chunk`
    #[default]
    #[api(rename = "chat.completion.chunk")]
    ChatCompletionChunk,
}
#[cfg(
    any(
        feature = "chat",
        feature = "evals",
        feature = "organization",
        feature = "projects"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum ListChatCompletionsOrder {
    /// `asc`
    #[default]
    Asc,
    /// `desc`
    Desc,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "chat")]
/// Query and header parameters of `listChatCompletions`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListChatCompletionsParams {
    /// The model used to generate the Chat Completions.
    pub model: Option<String>,
    /// A list of metadata keys to filter the Chat Completions by. Example:
    ///
    /// `metadata[key1]=value1&metadata[key2]=value2`
    pub metadata: Option<Metadata>,
    /// Identifier for the last chat completion from the previous pagination request.
    pub after: Option<String>,
    /// Number of Chat Completions to retrieve.
    pub limit: Option<i64>,
    /// Sort order for Chat Completions by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.
    pub order: Option<ListChatCompletionsOrder>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "chat")]
/// Query and header parameters of `getChatCompletionMessages`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct GetChatCompletionMessagesParams {
    /// Identifier for the last message from the previous pagination request.
    pub after: Option<String>,
    /// Number of messages to retrieve.
    pub limit: Option<i64>,
    /// Sort order for messages by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.
    pub order: Option<ListChatCompletionsOrder>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
