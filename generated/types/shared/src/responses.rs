//! Types of the `responses` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
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
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[api(strict)]
#[non_exhaustive]
pub struct ResponseFormatText {
    /// The type of response format being defined. Always `text`.
    #[api(rename = "type", constant)]
    pub type_: TextLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
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
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[api(strict)]
#[non_exhaustive]
pub struct ResponseFormatJsonObject {
    /// The type of response format being defined. Always `json_object`.
    #[api(rename = "type", constant)]
    pub type_: JsonObjectLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
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
#[cfg(
    any(
        feature = "beta",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum ResponsePromptVariablesValue {
    InputImageContent(InputImageContent),
    InputTextContent(InputTextContent),
    InputFileContent(InputFileContent),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// Options for streaming responses. Only set this when you set `stream: true`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ResponseStreamOptions {
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
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.content_part.added`.
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
pub enum ResponseContentPartAddedLiteral {
    /// `response.content_part.added`
    #[default]
    #[api(rename = "response.content_part.added")]
    ResponseContentPartAdded,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.content_part.done`.
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
pub enum ResponseContentPartDoneLiteral {
    /// `response.content_part.done`
    #[default]
    #[api(rename = "response.content_part.done")]
    ResponseContentPartDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.created`.
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
pub enum ResponseCreatedLiteral {
    /// `response.created`
    #[default]
    #[api(rename = "response.created")]
    ResponseCreated,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.function_call_arguments.delta`.
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
pub enum ResponseFunctionCallArgumentsDeltaLiteral {
    /// `response.function_call_arguments.delta`
    #[default]
    #[api(rename = "response.function_call_arguments.delta")]
    ResponseFunctionCallArgumentsDelta,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.function_call_arguments.done`.
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
pub enum ResponseFunctionCallArgumentsDoneLiteral {
    /// `response.function_call_arguments.done`
    #[default]
    #[api(rename = "response.function_call_arguments.done")]
    ResponseFunctionCallArgumentsDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.mcp_call_arguments.delta`.
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
pub enum ResponseMcpCallArgumentsDeltaLiteral {
    /// `response.mcp_call_arguments.delta`
    #[default]
    #[api(rename = "response.mcp_call_arguments.delta")]
    ResponseMcpCallArgumentsDelta,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.mcp_call_arguments.done`.
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
pub enum ResponseMcpCallArgumentsDoneLiteral {
    /// `response.mcp_call_arguments.done`
    #[default]
    #[api(rename = "response.mcp_call_arguments.done")]
    ResponseMcpCallArgumentsDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.mcp_call.completed`.
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
pub enum ResponseMcpCallCompletedLiteral {
    /// `response.mcp_call.completed`
    #[default]
    #[api(rename = "response.mcp_call.completed")]
    ResponseMcpCallCompleted,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.mcp_call.failed`.
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
pub enum ResponseMcpCallFailedLiteral {
    /// `response.mcp_call.failed`
    #[default]
    #[api(rename = "response.mcp_call.failed")]
    ResponseMcpCallFailed,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.mcp_call.in_progress`.
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
pub enum ResponseMcpCallInProgressLiteral {
    /// `response.mcp_call.in_progress`
    #[default]
    #[api(rename = "response.mcp_call.in_progress")]
    ResponseMcpCallInProgress,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.output_item.added`.
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
pub enum ResponseOutputItemAddedLiteral {
    /// `response.output_item.added`
    #[default]
    #[api(rename = "response.output_item.added")]
    ResponseOutputItemAdded,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.output_item.done`.
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
pub enum ResponseOutputItemDoneLiteral {
    /// `response.output_item.done`
    #[default]
    #[api(rename = "response.output_item.done")]
    ResponseOutputItemDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.output_text.delta`.
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
pub enum ResponseOutputTextDeltaLiteral {
    /// `response.output_text.delta`
    #[default]
    #[api(rename = "response.output_text.delta")]
    ResponseOutputTextDelta,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.output_text.done`.
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
pub enum ResponseOutputTextDoneLiteral {
    /// `response.output_text.done`
    #[default]
    #[api(rename = "response.output_text.done")]
    ResponseOutputTextDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response`.
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
pub enum ResponseLiteral {
    /// `response`
    #[default]
    Response,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The status of the response generation. One of `completed`, `failed`,
/// `in_progress`, `cancelled`, `queued`, or `incomplete`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
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
/// An error object returned when the model fails to generate a Response.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(code, message))]
#[non_exhaustive]
pub struct ResponseError {
    /// The error code for the response.
    #[api(default)]
    pub code: ResponseErrorCode,
    /// A human-readable description of the error.
    #[api(default)]
    pub message: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The error code for the response.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
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
/// Details about why the response is incomplete.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct ResponseIncompleteDetails {
    /// The reason why the response is incomplete.
    pub reason: Option<ResponseIncompleteDetailsReason>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The reason why the response is incomplete.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ResponseIncompleteDetailsReason {
    /// `max_output_tokens`
    MaxOutputTokens,
    /// `content_filter`
    ContentFilter,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// Represents token usage details including input tokens, output tokens,
/// a breakdown of output tokens, and the total tokens used.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(
    new(
        input_tokens,
        input_tokens_details,
        output_tokens,
        output_tokens_details,
        total_tokens
    )
)]
#[non_exhaustive]
pub struct ResponseUsage {
    /// The number of input tokens.
    #[api(default)]
    pub input_tokens: i64,
    /// A detailed breakdown of the input tokens.
    #[api(default)]
    pub input_tokens_details: ResponseUsageInputTokensDetails,
    /// The number of output tokens.
    #[api(default)]
    pub output_tokens: i64,
    /// A detailed breakdown of the output tokens.
    #[api(default)]
    pub output_tokens_details: BatchUsageOutputTokensDetails,
    /// The total number of tokens used.
    #[api(default)]
    pub total_tokens: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// A detailed breakdown of the input tokens.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(cached_tokens, cache_write_tokens))]
#[non_exhaustive]
pub struct ResponseUsageInputTokensDetails {
    /// The number of tokens that were retrieved from the cache.
    /// [More on prompt caching](https://platform.openai.com/docs/guides/prompt-caching).
    #[api(default)]
    pub cached_tokens: i64,
    /// The number of input tokens that were written to the cache.
    #[api(default)]
    pub cache_write_tokens: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The conversation that this response belonged to. Input items and output items from this response were automatically added to this conversation.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id))]
#[non_exhaustive]
pub struct ResponseConversation {
    /// The unique ID of the conversation that this response was associated with.
    #[api(default)]
    pub id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.audio.delta`.
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
pub enum ResponseAudioDeltaLiteral {
    /// `response.audio.delta`
    #[default]
    #[api(rename = "response.audio.delta")]
    ResponseAudioDelta,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.audio.done`.
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
pub enum ResponseAudioDoneLiteral {
    /// `response.audio.done`
    #[default]
    #[api(rename = "response.audio.done")]
    ResponseAudioDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.audio.transcript.delta`.
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
pub enum ResponseAudioTranscriptDeltaLiteral {
    /// `response.audio.transcript.delta`
    #[default]
    #[api(rename = "response.audio.transcript.delta")]
    ResponseAudioTranscriptDelta,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.audio.transcript.done`.
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
pub enum ResponseAudioTranscriptDoneLiteral {
    /// `response.audio.transcript.done`
    #[default]
    #[api(rename = "response.audio.transcript.done")]
    ResponseAudioTranscriptDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.code_interpreter_call_code.delta`.
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
pub enum ResponseCodeInterpreterCallCodeDeltaLiteral {
    /// `response.code_interpreter_call_code.delta`
    #[default]
    #[api(rename = "response.code_interpreter_call_code.delta")]
    ResponseCodeInterpreterCallCodeDelta,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.code_interpreter_call_code.done`.
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
pub enum ResponseCodeInterpreterCallCodeDoneLiteral {
    /// `response.code_interpreter_call_code.done`
    #[default]
    #[api(rename = "response.code_interpreter_call_code.done")]
    ResponseCodeInterpreterCallCodeDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.code_interpreter_call.completed`.
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
pub enum ResponseCodeInterpreterCallCompletedLiteral {
    /// `response.code_interpreter_call.completed`
    #[default]
    #[api(rename = "response.code_interpreter_call.completed")]
    ResponseCodeInterpreterCallCompleted,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.code_interpreter_call.in_progress`.
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
pub enum ResponseCodeInterpreterCallInProgressLiteral {
    /// `response.code_interpreter_call.in_progress`
    #[default]
    #[api(rename = "response.code_interpreter_call.in_progress")]
    ResponseCodeInterpreterCallInProgress,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.code_interpreter_call.interpreting`.
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
pub enum ResponseCodeInterpreterCallInterpretingLiteral {
    /// `response.code_interpreter_call.interpreting`
    #[default]
    #[api(rename = "response.code_interpreter_call.interpreting")]
    ResponseCodeInterpreterCallInterpreting,
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
pub enum ResponseCompletedLiteral {
    /// `response.completed`
    #[default]
    #[api(rename = "response.completed")]
    ResponseCompleted,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.custom_tool_call_input.delta`.
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
pub enum ResponseCustomToolCallInputDeltaLiteral {
    /// `response.custom_tool_call_input.delta`
    #[default]
    #[api(rename = "response.custom_tool_call_input.delta")]
    ResponseCustomToolCallInputDelta,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.custom_tool_call_input.done`.
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
pub enum ResponseCustomToolCallInputDoneLiteral {
    /// `response.custom_tool_call_input.done`
    #[default]
    #[api(rename = "response.custom_tool_call_input.done")]
    ResponseCustomToolCallInputDone,
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
pub enum ResponseFailedLiteral {
    /// `response.failed`
    #[default]
    #[api(rename = "response.failed")]
    ResponseFailed,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.file_search_call.completed`.
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
pub enum ResponseFileSearchCallCompletedLiteral {
    /// `response.file_search_call.completed`
    #[default]
    #[api(rename = "response.file_search_call.completed")]
    ResponseFileSearchCallCompleted,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.file_search_call.in_progress`.
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
pub enum ResponseFileSearchCallInProgressLiteral {
    /// `response.file_search_call.in_progress`
    #[default]
    #[api(rename = "response.file_search_call.in_progress")]
    ResponseFileSearchCallInProgress,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.file_search_call.searching`.
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
pub enum ResponseFileSearchCallSearchingLiteral {
    /// `response.file_search_call.searching`
    #[default]
    #[api(rename = "response.file_search_call.searching")]
    ResponseFileSearchCallSearching,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.image_generation_call.completed`.
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
pub enum ResponseImageGenerationCallCompletedLiteral {
    /// `response.image_generation_call.completed`
    #[default]
    #[api(rename = "response.image_generation_call.completed")]
    ResponseImageGenerationCallCompleted,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.image_generation_call.generating`.
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
pub enum ResponseImageGenerationCallGeneratingLiteral {
    /// `response.image_generation_call.generating`
    #[default]
    #[api(rename = "response.image_generation_call.generating")]
    ResponseImageGenerationCallGenerating,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.image_generation_call.in_progress`.
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
pub enum ResponseImageGenerationCallInProgressLiteral {
    /// `response.image_generation_call.in_progress`
    #[default]
    #[api(rename = "response.image_generation_call.in_progress")]
    ResponseImageGenerationCallInProgress,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.image_generation_call.partial_image`.
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
pub enum ResponseImageGenerationCallPartialImageLiteral {
    /// `response.image_generation_call.partial_image`
    #[default]
    #[api(rename = "response.image_generation_call.partial_image")]
    ResponseImageGenerationCallPartialImage,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.in_progress`.
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
pub enum ResponseInProgressLiteral {
    /// `response.in_progress`
    #[default]
    #[api(rename = "response.in_progress")]
    ResponseInProgress,
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
pub enum ResponseIncompleteLiteral {
    /// `response.incomplete`
    #[default]
    #[api(rename = "response.incomplete")]
    ResponseIncomplete,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// A logprob is the logarithmic probability that the model assigns to producing
/// a particular token at a given position in the sequence. Less-negative (higher)
/// logprob values indicate greater model confidence in that token choice.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(token, logprob))]
#[non_exhaustive]
pub struct ResponseLogProb {
    /// A possible text token.
    #[api(default)]
    pub token: String,
    /// The log probability of this token.
    #[api(default)]
    pub logprob: f64,
    /// The log probabilities of up to 20 of the most likely tokens.
    pub top_logprobs: Option<Vec<ResponseLogProbTopLogprob>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct ResponseLogProbTopLogprob {
    /// A possible text token.
    pub token: Option<String>,
    /// The log probability of this token.
    pub logprob: Option<f64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.mcp_list_tools.completed`.
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
pub enum ResponseMcpListToolsCompletedLiteral {
    /// `response.mcp_list_tools.completed`
    #[default]
    #[api(rename = "response.mcp_list_tools.completed")]
    ResponseMcpListToolsCompleted,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.mcp_list_tools.failed`.
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
pub enum ResponseMcpListToolsFailedLiteral {
    /// `response.mcp_list_tools.failed`
    #[default]
    #[api(rename = "response.mcp_list_tools.failed")]
    ResponseMcpListToolsFailed,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.mcp_list_tools.in_progress`.
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
pub enum ResponseMcpListToolsInProgressLiteral {
    /// `response.mcp_list_tools.in_progress`
    #[default]
    #[api(rename = "response.mcp_list_tools.in_progress")]
    ResponseMcpListToolsInProgress,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.output_text.annotation.added`.
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
pub enum ResponseOutputTextAnnotationAddedLiteral {
    /// `response.output_text.annotation.added`
    #[default]
    #[api(rename = "response.output_text.annotation.added")]
    ResponseOutputTextAnnotationAdded,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.queued`.
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
pub enum ResponseQueuedLiteral {
    /// `response.queued`
    #[default]
    #[api(rename = "response.queued")]
    ResponseQueued,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.reasoning_summary_part.added`.
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
pub enum ResponseReasoningSummaryPartAddedLiteral {
    /// `response.reasoning_summary_part.added`
    #[default]
    #[api(rename = "response.reasoning_summary_part.added")]
    ResponseReasoningSummaryPartAdded,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The summary part that was added.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(text))]
#[non_exhaustive]
pub struct ResponseReasoningSummaryPartAddedEventPart {
    /// The type of the summary part. Always `summary_text`.
    #[api(rename = "type", constant)]
    pub type_: SummaryTextLiteral,
    /// The text of the summary part.
    #[api(default)]
    pub text: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.reasoning_summary_part.done`.
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
pub enum ResponseReasoningSummaryPartDoneLiteral {
    /// `response.reasoning_summary_part.done`
    #[default]
    #[api(rename = "response.reasoning_summary_part.done")]
    ResponseReasoningSummaryPartDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The completed summary part.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(text))]
#[non_exhaustive]
pub struct ResponseReasoningSummaryPartDoneEventPart {
    /// The type of the summary part. Always `summary_text`.
    #[api(rename = "type", constant)]
    pub type_: SummaryTextLiteral,
    /// The text of the summary part.
    #[api(default)]
    pub text: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.reasoning_summary_text.delta`.
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
pub enum ResponseReasoningSummaryTextDeltaLiteral {
    /// `response.reasoning_summary_text.delta`
    #[default]
    #[api(rename = "response.reasoning_summary_text.delta")]
    ResponseReasoningSummaryTextDelta,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.reasoning_summary_text.done`.
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
pub enum ResponseReasoningSummaryTextDoneLiteral {
    /// `response.reasoning_summary_text.done`
    #[default]
    #[api(rename = "response.reasoning_summary_text.done")]
    ResponseReasoningSummaryTextDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.reasoning_text.delta`.
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
pub enum ResponseReasoningTextDeltaLiteral {
    /// `response.reasoning_text.delta`
    #[default]
    #[api(rename = "response.reasoning_text.delta")]
    ResponseReasoningTextDelta,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.reasoning_text.done`.
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
pub enum ResponseReasoningTextDoneLiteral {
    /// `response.reasoning_text.done`
    #[default]
    #[api(rename = "response.reasoning_text.done")]
    ResponseReasoningTextDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.refusal.delta`.
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
pub enum ResponseRefusalDeltaLiteral {
    /// `response.refusal.delta`
    #[default]
    #[api(rename = "response.refusal.delta")]
    ResponseRefusalDelta,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.refusal.done`.
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
pub enum ResponseRefusalDoneLiteral {
    /// `response.refusal.done`
    #[default]
    #[api(rename = "response.refusal.done")]
    ResponseRefusalDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.shell_call_command.added`.
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
pub enum ResponseShellCallCommandAddedLiteral {
    /// `response.shell_call_command.added`
    #[default]
    #[api(rename = "response.shell_call_command.added")]
    ResponseShellCallCommandAdded,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.shell_call_command.delta`.
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
pub enum ResponseShellCallCommandDeltaLiteral {
    /// `response.shell_call_command.delta`
    #[default]
    #[api(rename = "response.shell_call_command.delta")]
    ResponseShellCallCommandDelta,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.shell_call_command.done`.
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
pub enum ResponseShellCallCommandDoneLiteral {
    /// `response.shell_call_command.done`
    #[default]
    #[api(rename = "response.shell_call_command.done")]
    ResponseShellCallCommandDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.shell_call_output_content.delta`.
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
pub enum ResponseShellCallOutputContentDeltaLiteral {
    /// `response.shell_call_output_content.delta`
    #[default]
    #[api(rename = "response.shell_call_output_content.delta")]
    ResponseShellCallOutputContentDelta,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.shell_call_output_content.done`.
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
pub enum ResponseShellCallOutputContentDoneLiteral {
    /// `response.shell_call_output_content.done`
    #[default]
    #[api(rename = "response.shell_call_output_content.done")]
    ResponseShellCallOutputContentDone,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.web_search_call.completed`.
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
pub enum ResponseWebSearchCallCompletedLiteral {
    /// `response.web_search_call.completed`
    #[default]
    #[api(rename = "response.web_search_call.completed")]
    ResponseWebSearchCallCompleted,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.web_search_call.in_progress`.
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
pub enum ResponseWebSearchCallInProgressLiteral {
    /// `response.web_search_call.in_progress`
    #[default]
    #[api(rename = "response.web_search_call.in_progress")]
    ResponseWebSearchCallInProgress,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.web_search_call.searching`.
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
pub enum ResponseWebSearchCallSearchingLiteral {
    /// `response.web_search_call.searching`
    #[default]
    #[api(rename = "response.web_search_call.searching")]
    ResponseWebSearchCallSearching,
}
#[cfg(any(feature = "beta", feature = "extra-types", feature = "responses"))]
/// The constant `response.input_tokens`.
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
pub enum ResponseInputTokensLiteral {
    /// `response.input_tokens`
    #[default]
    #[api(rename = "response.input_tokens")]
    ResponseInputTokens,
}
#[cfg(any(feature = "beta", feature = "responses"))]
/// The constant `response.compaction`.
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
pub enum ResponseCompactionLiteral {
    /// `response.compaction`
    #[default]
    #[api(rename = "response.compaction")]
    ResponseCompaction,
}
