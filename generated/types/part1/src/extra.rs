//! Free-standing schemas (feature `extra-types`).
#[allow(unused_imports)]
use super::*;
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum AssistantSupportedModels {
    /// `gpt-5`
    #[api(rename = "gpt-5")]
    Gpt5,
    /// `gpt-5-mini`
    #[api(rename = "gpt-5-mini")]
    Gpt5Mini,
    /// `gpt-5-nano`
    #[api(rename = "gpt-5-nano")]
    Gpt5Nano,
    /// `gpt-5-2025-08-07`
    #[api(rename = "gpt-5-2025-08-07")]
    Gpt520250807,
    /// `gpt-5-mini-2025-08-07`
    #[api(rename = "gpt-5-mini-2025-08-07")]
    Gpt5Mini20250807,
    /// `gpt-5-nano-2025-08-07`
    #[api(rename = "gpt-5-nano-2025-08-07")]
    Gpt5Nano20250807,
    /// `gpt-4.1`
    #[api(rename = "gpt-4.1")]
    Gpt41,
    /// `gpt-4.1-mini`
    #[api(rename = "gpt-4.1-mini")]
    Gpt41Mini,
    /// `gpt-4.1-nano`
    #[api(rename = "gpt-4.1-nano")]
    Gpt41Nano,
    /// `gpt-4.1-2025-04-14`
    #[api(rename = "gpt-4.1-2025-04-14")]
    Gpt4120250414,
    /// `gpt-4.1-mini-2025-04-14`
    #[api(rename = "gpt-4.1-mini-2025-04-14")]
    Gpt41Mini20250414,
    /// `gpt-4.1-nano-2025-04-14`
    #[api(rename = "gpt-4.1-nano-2025-04-14")]
    Gpt41Nano20250414,
    /// `o3-mini`
    #[api(rename = "o3-mini")]
    O3Mini,
    /// `o3-mini-2025-01-31`
    #[api(rename = "o3-mini-2025-01-31")]
    O3Mini20250131,
    /// `o1`
    O1,
    /// `o1-2024-12-17`
    #[api(rename = "o1-2024-12-17")]
    O120241217,
    /// `gpt-4o`
    #[api(rename = "gpt-4o")]
    Gpt4o,
    /// `gpt-4o-2024-11-20`
    #[api(rename = "gpt-4o-2024-11-20")]
    Gpt4o20241120,
    /// `gpt-4o-2024-08-06`
    #[api(rename = "gpt-4o-2024-08-06")]
    Gpt4o20240806,
    /// `gpt-4o-2024-05-13`
    #[api(rename = "gpt-4o-2024-05-13")]
    Gpt4o20240513,
    /// `gpt-4o-mini`
    #[api(rename = "gpt-4o-mini")]
    Gpt4oMini,
    /// `gpt-4o-mini-2024-07-18`
    #[api(rename = "gpt-4o-mini-2024-07-18")]
    Gpt4oMini20240718,
    /// `gpt-4.5-preview`
    #[api(rename = "gpt-4.5-preview")]
    Gpt45Preview,
    /// `gpt-4.5-preview-2025-02-27`
    #[api(rename = "gpt-4.5-preview-2025-02-27")]
    Gpt45Preview20250227,
    /// `gpt-4-turbo`
    #[api(rename = "gpt-4-turbo")]
    Gpt4Turbo,
    /// `gpt-4-turbo-2024-04-09`
    #[api(rename = "gpt-4-turbo-2024-04-09")]
    Gpt4Turbo20240409,
    /// `gpt-4-0125-preview`
    #[api(rename = "gpt-4-0125-preview")]
    Gpt40125Preview,
    /// `gpt-4-turbo-preview`
    #[api(rename = "gpt-4-turbo-preview")]
    Gpt4TurboPreview,
    /// `gpt-4-1106-preview`
    #[api(rename = "gpt-4-1106-preview")]
    Gpt41106Preview,
    /// `gpt-4-vision-preview`
    #[api(rename = "gpt-4-vision-preview")]
    Gpt4VisionPreview,
    /// `gpt-4`
    #[api(rename = "gpt-4")]
    Gpt4,
    /// `gpt-4-0314`
    #[api(rename = "gpt-4-0314")]
    Gpt40314,
    /// `gpt-4-0613`
    #[api(rename = "gpt-4-0613")]
    Gpt40613,
    /// `gpt-4-32k`
    #[api(rename = "gpt-4-32k")]
    Gpt432k,
    /// `gpt-4-32k-0314`
    #[api(rename = "gpt-4-32k-0314")]
    Gpt432k0314,
    /// `gpt-4-32k-0613`
    #[api(rename = "gpt-4-32k-0613")]
    Gpt432k0613,
    /// `gpt-3.5-turbo`
    #[api(rename = "gpt-3.5-turbo")]
    Gpt35Turbo,
    /// `gpt-3.5-turbo-16k`
    #[api(rename = "gpt-3.5-turbo-16k")]
    Gpt35Turbo16k,
    /// `gpt-3.5-turbo-0613`
    #[api(rename = "gpt-3.5-turbo-0613")]
    Gpt35Turbo0613,
    /// `gpt-3.5-turbo-1106`
    #[api(rename = "gpt-3.5-turbo-1106")]
    Gpt35Turbo1106,
    /// `gpt-3.5-turbo-0125`
    #[api(rename = "gpt-3.5-turbo-0125")]
    Gpt35Turbo0125,
    /// `gpt-3.5-turbo-16k-0613`
    #[api(rename = "gpt-3.5-turbo-16k-0613")]
    Gpt35Turbo16k0613,
    /// A value this version of the SDK does not know.
    Other(String),
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
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
/// The output of a code interpreter tool call that is a file.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(files))]
pub struct CodeInterpreterFileOutput {
    /// The type of the code interpreter file output. Always `files`.
    #[api(rename = "type", constant)]
    pub type_: FilesLiteral,
    #[api(default)]
    pub files: Vec<CodeInterpreterFileOutputFile>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `files`.
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
pub enum FilesLiteral {
    /// `files`
    #[default]
    Files,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(mime_type, file_id))]
pub struct CodeInterpreterFileOutputFile {
    /// The MIME type of the file.
    #[api(default)]
    pub mime_type: String,
    /// The ID of the file.
    #[api(default)]
    pub file_id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The output of a code interpreter tool call that is text.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(logs))]
pub struct CodeInterpreterTextOutput {
    /// The type of the code interpreter text output. Always `logs`.
    #[api(rename = "type", constant)]
    pub type_: LogsLiteral,
    /// The logs of the code interpreter tool call.
    #[api(default)]
    pub logs: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// An x/y coordinate pair, e.g. `{ x: 100, y: 200 }`.
pub type CoordParam = DragPoint;
/// The output of a computer tool call.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(call_id, output))]
pub struct ComputerToolCallOutput {
    /// The type of the computer tool call output. Always `computer_call_output`.
    #[api(rename = "type", constant)]
    pub type_: ComputerCallOutputLiteral,
    /// The ID of the computer tool call output.
    pub id: Option<String>,
    /// The ID of the computer tool call that produced the output.
    #[api(default)]
    pub call_id: String,
    /// The safety checks reported by the API that have been acknowledged by the
    /// developer.
    pub acknowledged_safety_checks: Option<Vec<ComputerCallSafetyCheckParam>>,
    /// A computer screenshot image used with the computer use tool.
    #[api(default)]
    pub output: ComputerScreenshotImage,
    /// The status of the message input. One of `in_progress`, `completed`, or
    /// `incomplete`. Populated when input items are returned via API.
    pub status: Option<ComputerToolCallStatus>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Multi-modal input and output contents.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum Content {
    InputContent(InputContent),
    OutputContent(OutputContent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
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
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct CreateModelResponseProperties {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
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
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(images, prompt))]
pub struct EditImageBodyJsonParam {
    /// The GPT image model to use for image editing, including `gpt-image-2` and its dated snapshot `gpt-image-2-2026-04-21`.
    ///
    /// Defaults to `gpt-image-1.5`.
    pub model: Option<EditImageBodyJsonParamModel>,
    /// Input image references to edit.
    /// For GPT image models, you can provide up to 16 images.
    #[api(default)]
    pub images: Vec<ImageRefParam>,
    /// Reference an input image by either URL or uploaded file ID.
    /// Provide exactly one of `image_url` or `file_id`.
    pub mask: Option<ImageRefParam>,
    /// A text description of the desired image edit.
    ///
    /// `1` to `32000` characters.
    #[api(default)]
    pub prompt: String,
    /// The number of edited images to generate.
    ///
    /// Defaults to `1`.
    pub n: Option<i64>,
    /// Output quality for GPT image models.
    ///
    /// Defaults to `auto`.
    pub quality: Option<EditImageBodyJsonParamQuality>,
    /// Controls fidelity to the original input image(s).
    pub input_fidelity: Option<EditImageBodyJsonParamInputFidelity>,
    /// Requested output image size.
    ///
    /// Defaults to `auto`.
    pub size: Option<EditImageBodyJsonParamSize>,
    /// A unique identifier representing your end-user, which can help OpenAI
    /// monitor and detect abuse.
    pub user: Option<String>,
    /// Output image format. Supported for GPT image models.
    ///
    /// Defaults to `png`.
    pub output_format: Option<EditImageBodyJsonParamOutputFormat>,
    /// Compression level for `jpeg` or `webp` output.
    ///
    /// From `0` to `100`.
    pub output_compression: Option<i64>,
    /// Moderation level for GPT image models.
    ///
    /// Defaults to `auto`.
    pub moderation: Option<EditImageBodyJsonParamModeration>,
    /// Set the background of the generated image output. Transparent backgrounds are available for supported GPT Image models. For `gpt-image-2` and `gpt-image-2-2026-04-21`, this support is in preview. When using `transparent`, set the output format to `png` or `webp`.
    ///
    /// Defaults to `auto`.
    pub background: Option<EditImageBodyJsonParamBackground>,
    /// Stream partial image results as events.
    ///
    /// Defaults to `false`.
    pub stream: Option<bool>,
    /// The number of partial images to generate. This parameter is used for
    /// streaming responses that return partial images. Value must be between 0 and 3.
    /// When set to 0, the response will be a single image sent in one streaming event.
    ///
    /// Note that the final image may be sent before the full number of partial images
    /// are generated if the full image is generated more quickly.
    pub partial_images: Option<PartialImages>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The GPT image model to use for image editing, including `gpt-image-2` and its dated snapshot `gpt-image-2-2026-04-21`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum EditImageBodyJsonParamModel {
    /// `gpt-image-1.5`
    #[default]
    #[api(rename = "gpt-image-1.5")]
    GptImage15,
    /// `gpt-image-2`
    #[api(rename = "gpt-image-2")]
    GptImage2,
    /// `gpt-image-2-2026-04-21`
    #[api(rename = "gpt-image-2-2026-04-21")]
    GptImage220260421,
    /// `gpt-image-1`
    #[api(rename = "gpt-image-1")]
    GptImage1,
    /// `gpt-image-1-mini`
    #[api(rename = "gpt-image-1-mini")]
    GptImage1Mini,
    /// `chatgpt-image-latest`
    #[api(rename = "chatgpt-image-latest")]
    ChatgptImageLatest,
    /// A value this version of the SDK does not know.
    Other(String),
}
/// Reference an input image by either URL or uploaded file ID.
/// Provide exactly one of `image_url` or `file_id`.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(alternative(image_url))]
#[api(alternative(file_id))]
#[non_exhaustive]
pub struct ImageRefParam {
    /// A fully qualified URL or base64-encoded data URL.
    ///
    /// At most `20971520` characters.
    pub image_url: Option<String>,
    /// The File API ID of an uploaded image to use as input.
    pub file_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum EditImageBodyJsonParamInputFidelity {
    /// `high`
    High,
    /// `low`
    Low,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum EditImageBodyJsonParamSize {
    /// `auto`
    Auto,
    /// `1024x1024`
    #[api(rename = "1024x1024")]
    V1024x1024,
    /// `1536x1024`
    #[api(rename = "1536x1024")]
    V1536x1024,
    /// `1024x1536`
    #[api(rename = "1024x1536")]
    V1024x1536,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum EditImageBodyJsonParamModeration {
    /// `low`
    Low,
    /// `auto`
    Auto,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(error))]
pub struct ErrorResponse {
    #[api(default)]
    pub error: ErrorType,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct FineTuneChatCompletionRequestAssistantMessage {
    /// Controls whether the assistant message is trained against (0 or 1)
    pub weight: Option<i64>,
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
/// A log probability object.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(token, logprob, bytes))]
#[non_exhaustive]
pub struct LogProbProperties {
    /// The token that was used to generate the log probability.
    #[api(default)]
    pub token: String,
    /// The log probability of the token.
    #[api(default)]
    pub logprob: f64,
    /// The bytes that were used to generate the log probability.
    #[api(default)]
    pub bytes: Vec<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ModelResponseProperties {
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
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
pub type ModifyMessageRequest = ModifyRunRequest;
/// An audio output from the model.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, transcript))]
pub struct OutputAudio {
    /// The type of the output audio. Always `output_audio`.
    #[api(rename = "type", constant)]
    pub type_: OutputAudioLiteral,
    /// Base64-encoded audio data from the model.
    #[api(default)]
    pub data: String,
    /// The transcript of the audio data from the model.
    #[api(default)]
    pub transcript: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `output_audio`.
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
pub enum OutputAudioLiteral {
    /// `output_audio`
    #[default]
    OutputAudio,
}
/// The constant `conversation.item.create`.
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
pub enum ConversationItemCreateLiteral {
    /// `conversation.item.create`
    #[default]
    #[api(rename = "conversation.item.create")]
    ConversationItemCreate,
}
/// The constant `protocol_error`.
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
pub enum ProtocolErrorLiteral {
    /// `protocol_error`
    #[default]
    ProtocolError,
}
/// The constant `tool_execution_error`.
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
pub enum ToolExecutionErrorLiteral {
    /// `tool_execution_error`
    #[default]
    ToolExecutionError,
}
/// The constant `conversation.item.delete`.
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
pub enum ConversationItemDeleteLiteral {
    /// `conversation.item.delete`
    #[default]
    #[api(rename = "conversation.item.delete")]
    ConversationItemDelete,
}
/// The constant `conversation.item.retrieve`.
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
pub enum ConversationItemRetrieveLiteral {
    /// `conversation.item.retrieve`
    #[default]
    #[api(rename = "conversation.item.retrieve")]
    ConversationItemRetrieve,
}
/// The constant `conversation.item.truncate`.
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
pub enum ConversationItemTruncateLiteral {
    /// `conversation.item.truncate`
    #[default]
    #[api(rename = "conversation.item.truncate")]
    ConversationItemTruncate,
}
/// The constant `input_audio_buffer.append`.
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
pub enum InputAudioBufferAppendLiteral {
    /// `input_audio_buffer.append`
    #[default]
    #[api(rename = "input_audio_buffer.append")]
    InputAudioBufferAppend,
}
/// The constant `input_audio_buffer.clear`.
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
pub enum InputAudioBufferClearLiteral {
    /// `input_audio_buffer.clear`
    #[default]
    #[api(rename = "input_audio_buffer.clear")]
    InputAudioBufferClear,
}
/// The constant `input_audio_buffer.commit`.
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
pub enum InputAudioBufferCommitLiteral {
    /// `input_audio_buffer.commit`
    #[default]
    #[api(rename = "input_audio_buffer.commit")]
    InputAudioBufferCommit,
}
/// The constant `output_audio_buffer.clear`.
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
pub enum OutputAudioBufferClearLiteral {
    /// `output_audio_buffer.clear`
    #[default]
    #[api(rename = "output_audio_buffer.clear")]
    OutputAudioBufferClear,
}
/// The constant `response.cancel`.
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
pub enum ResponseCancelLiteral {
    /// `response.cancel`
    #[default]
    #[api(rename = "response.cancel")]
    ResponseCancel,
}
/// The constant `response.create`.
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
pub enum ResponseCreateLiteral {
    /// `response.create`
    #[default]
    #[api(rename = "response.create")]
    ResponseCreate,
}
/// The constant `session.update`.
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
pub enum SessionUpdateLiteral {
    /// `session.update`
    #[default]
    #[api(rename = "session.update")]
    SessionUpdate,
}
/// The constant `transcription_session.update`.
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
pub enum TranscriptionSessionUpdateLiteral {
    /// `transcription_session.update`
    #[default]
    #[api(rename = "transcription_session.update")]
    TranscriptionSessionUpdate,
}
/// The constant `conversation.item.created`.
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
pub enum ConversationItemCreatedLiteral {
    /// `conversation.item.created`
    #[default]
    #[api(rename = "conversation.item.created")]
    ConversationItemCreated,
}
/// The constant `conversation.item.deleted`.
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
pub enum ConversationItemDeletedLiteral {
    /// `conversation.item.deleted`
    #[default]
    #[api(rename = "conversation.item.deleted")]
    ConversationItemDeleted,
}
/// The constant `conversation.item.input_audio_transcription.completed`.
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
pub enum ConversationItemInputAudioTranscriptionCompletedLiteral {
    /// `conversation.item.input_audio_transcription.completed`
    #[default]
    #[api(rename = "conversation.item.input_audio_transcription.completed")]
    ConversationItemInputAudioTranscriptionCompleted,
}
/// The constant `conversation.item.input_audio_transcription.delta`.
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
pub enum ConversationItemInputAudioTranscriptionDeltaLiteral {
    /// `conversation.item.input_audio_transcription.delta`
    #[default]
    #[api(rename = "conversation.item.input_audio_transcription.delta")]
    ConversationItemInputAudioTranscriptionDelta,
}
/// The constant `conversation.item.input_audio_transcription.failed`.
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
pub enum ConversationItemInputAudioTranscriptionFailedLiteral {
    /// `conversation.item.input_audio_transcription.failed`
    #[default]
    #[api(rename = "conversation.item.input_audio_transcription.failed")]
    ConversationItemInputAudioTranscriptionFailed,
}
/// The constant `conversation.item.input_audio_transcription.segment`.
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
pub enum ConversationItemInputAudioTranscriptionSegmentLiteral {
    /// `conversation.item.input_audio_transcription.segment`
    #[default]
    #[api(rename = "conversation.item.input_audio_transcription.segment")]
    ConversationItemInputAudioTranscriptionSegment,
}
/// The constant `conversation.item.retrieved`.
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
pub enum ConversationItemRetrievedLiteral {
    /// `conversation.item.retrieved`
    #[default]
    #[api(rename = "conversation.item.retrieved")]
    ConversationItemRetrieved,
}
/// The constant `conversation.item.truncated`.
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
pub enum ConversationItemTruncatedLiteral {
    /// `conversation.item.truncated`
    #[default]
    #[api(rename = "conversation.item.truncated")]
    ConversationItemTruncated,
}
/// The constant `input_audio_buffer.cleared`.
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
pub enum InputAudioBufferClearedLiteral {
    /// `input_audio_buffer.cleared`
    #[default]
    #[api(rename = "input_audio_buffer.cleared")]
    InputAudioBufferCleared,
}
/// The constant `input_audio_buffer.committed`.
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
pub enum InputAudioBufferCommittedLiteral {
    /// `input_audio_buffer.committed`
    #[default]
    #[api(rename = "input_audio_buffer.committed")]
    InputAudioBufferCommitted,
}
/// The constant `input_audio_buffer.speech_started`.
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
pub enum InputAudioBufferSpeechStartedLiteral {
    /// `input_audio_buffer.speech_started`
    #[default]
    #[api(rename = "input_audio_buffer.speech_started")]
    InputAudioBufferSpeechStarted,
}
/// The constant `input_audio_buffer.speech_stopped`.
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
pub enum InputAudioBufferSpeechStoppedLiteral {
    /// `input_audio_buffer.speech_stopped`
    #[default]
    #[api(rename = "input_audio_buffer.speech_stopped")]
    InputAudioBufferSpeechStopped,
}
/// The constant `mcp_list_tools.completed`.
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
pub enum McpListToolsCompletedLiteral {
    /// `mcp_list_tools.completed`
    #[default]
    #[api(rename = "mcp_list_tools.completed")]
    McpListToolsCompleted,
}
/// The constant `mcp_list_tools.failed`.
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
pub enum McpListToolsFailedLiteral {
    /// `mcp_list_tools.failed`
    #[default]
    #[api(rename = "mcp_list_tools.failed")]
    McpListToolsFailed,
}
/// The constant `mcp_list_tools.in_progress`.
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
pub enum McpListToolsInProgressLiteral {
    /// `mcp_list_tools.in_progress`
    #[default]
    #[api(rename = "mcp_list_tools.in_progress")]
    McpListToolsInProgress,
}
/// The constant `rate_limits.updated`.
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
pub enum RateLimitsUpdatedLiteral {
    /// `rate_limits.updated`
    #[default]
    #[api(rename = "rate_limits.updated")]
    RateLimitsUpdated,
}
/// The constant `response.output_audio.delta`.
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
pub enum ResponseOutputAudioDeltaLiteral {
    /// `response.output_audio.delta`
    #[default]
    #[api(rename = "response.output_audio.delta")]
    ResponseOutputAudioDelta,
}
/// The constant `response.output_audio.done`.
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
pub enum ResponseOutputAudioDoneLiteral {
    /// `response.output_audio.done`
    #[default]
    #[api(rename = "response.output_audio.done")]
    ResponseOutputAudioDone,
}
/// The constant `response.output_audio_transcript.delta`.
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
pub enum ResponseOutputAudioTranscriptDeltaLiteral {
    /// `response.output_audio_transcript.delta`
    #[default]
    #[api(rename = "response.output_audio_transcript.delta")]
    ResponseOutputAudioTranscriptDelta,
}
/// The constant `response.output_audio_transcript.done`.
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
pub enum ResponseOutputAudioTranscriptDoneLiteral {
    /// `response.output_audio_transcript.done`
    #[default]
    #[api(rename = "response.output_audio_transcript.done")]
    ResponseOutputAudioTranscriptDone,
}
/// The constant `response.done`.
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
pub enum ResponseDoneLiteral {
    /// `response.done`
    #[default]
    #[api(rename = "response.done")]
    ResponseDone,
}
/// The constant `session.created`.
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
pub enum SessionCreatedLiteral {
    /// `session.created`
    #[default]
    #[api(rename = "session.created")]
    SessionCreated,
}
/// The constant `session.updated`.
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
pub enum SessionUpdatedLiteral {
    /// `session.updated`
    #[default]
    #[api(rename = "session.updated")]
    SessionUpdated,
}
/// The constant `transcription_session.created`.
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
pub enum TranscriptionSessionCreatedLiteral {
    /// `transcription_session.created`
    #[default]
    #[api(rename = "transcription_session.created")]
    TranscriptionSessionCreated,
}
/// The constant `transcription_session.updated`.
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
pub enum TranscriptionSessionUpdatedLiteral {
    /// `transcription_session.updated`
    #[default]
    #[api(rename = "transcription_session.updated")]
    TranscriptionSessionUpdated,
}
/// The constant `conversation.created`.
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
pub enum ConversationCreatedLiteral {
    /// `conversation.created`
    #[default]
    #[api(rename = "conversation.created")]
    ConversationCreated,
}
/// The constant `input_audio_buffer.dtmf_event_received`.
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
pub enum InputAudioBufferDtmfEventReceivedLiteral {
    /// `input_audio_buffer.dtmf_event_received`
    #[default]
    #[api(rename = "input_audio_buffer.dtmf_event_received")]
    InputAudioBufferDtmfEventReceived,
}
/// The constant `output_audio_buffer.started`.
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
pub enum OutputAudioBufferStartedLiteral {
    /// `output_audio_buffer.started`
    #[default]
    #[api(rename = "output_audio_buffer.started")]
    OutputAudioBufferStarted,
}
/// The constant `output_audio_buffer.stopped`.
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
pub enum OutputAudioBufferStoppedLiteral {
    /// `output_audio_buffer.stopped`
    #[default]
    #[api(rename = "output_audio_buffer.stopped")]
    OutputAudioBufferStopped,
}
/// The constant `output_audio_buffer.cleared`.
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
pub enum OutputAudioBufferClearedLiteral {
    /// `output_audio_buffer.cleared`
    #[default]
    #[api(rename = "output_audio_buffer.cleared")]
    OutputAudioBufferCleared,
}
/// The constant `conversation.item.added`.
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
pub enum ConversationItemAddedLiteral {
    /// `conversation.item.added`
    #[default]
    #[api(rename = "conversation.item.added")]
    ConversationItemAdded,
}
/// The constant `conversation.item.done`.
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
pub enum ConversationItemDoneLiteral {
    /// `conversation.item.done`
    #[default]
    #[api(rename = "conversation.item.done")]
    ConversationItemDone,
}
/// The constant `input_audio_buffer.timeout_triggered`.
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
pub enum InputAudioBufferTimeoutTriggeredLiteral {
    /// `input_audio_buffer.timeout_triggered`
    #[default]
    #[api(rename = "input_audio_buffer.timeout_triggered")]
    InputAudioBufferTimeoutTriggered,
}
/// The constant `session.input_audio_buffer.append`.
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
pub enum SessionInputAudioBufferAppendLiteral {
    /// `session.input_audio_buffer.append`
    #[default]
    #[api(rename = "session.input_audio_buffer.append")]
    SessionInputAudioBufferAppend,
}
/// The constant `session.close`.
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
pub enum SessionCloseLiteral {
    /// `session.close`
    #[default]
    #[api(rename = "session.close")]
    SessionClose,
}
/// The constant `session.closed`.
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
pub enum SessionClosedLiteral {
    /// `session.closed`
    #[default]
    #[api(rename = "session.closed")]
    SessionClosed,
}
/// The constant `session.input_transcript.delta`.
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
pub enum SessionInputTranscriptDeltaLiteral {
    /// `session.input_transcript.delta`
    #[default]
    #[api(rename = "session.input_transcript.delta")]
    SessionInputTranscriptDelta,
}
/// The constant `session.output_transcript.delta`.
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
pub enum SessionOutputTranscriptDeltaLiteral {
    /// `session.output_transcript.delta`
    #[default]
    #[api(rename = "session.output_transcript.delta")]
    SessionOutputTranscriptDelta,
}
/// The constant `session.output_audio.delta`.
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
pub enum SessionOutputAudioDeltaLiteral {
    /// `session.output_audio.delta`
    #[default]
    #[api(rename = "session.output_audio.delta")]
    SessionOutputAudioDelta,
}
/// The constant `pcm16`.
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
pub enum Pcm16Literal {
    /// `pcm16`
    #[default]
    Pcm16,
}
/// A custom grammar for the model to follow when generating text.
/// Learn more in the [custom grammars guide](https://platform.openai.com/docs/guides/custom-grammars).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(grammar))]
pub struct ResponseFormatTextGrammar {
    /// The type of response format being defined. Always `grammar`.
    #[api(rename = "type", constant)]
    pub type_: GrammarLiteral,
    /// The custom grammar for the model to follow.
    #[api(default)]
    pub grammar: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Configure the model to generate valid Python code. See the
/// [custom grammars guide](https://platform.openai.com/docs/guides/custom-grammars) for more details.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ResponseFormatTextPython {
    /// The type of response format being defined. Always `python`.
    #[api(rename = "type", constant)]
    pub type_: PythonLiteral,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ResponseProperties {
    /// The unique ID of the previous response to the model. Use this to
    /// create multi-turn conversations. Learn more about
    /// [conversation state](https://platform.openai.com/docs/guides/conversation-state). Cannot be used in conjunction with `conversation`.
    pub previous_response_id: Option<String>,
    /// Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    /// offers a wide range of models with different capabilities, performance
    /// characteristics, and price points. Refer to the [model guide](https://platform.openai.com/docs/models)
    /// to browse and compare available models.
    pub model: Option<ModelIds>,
    /// Whether to run the model response in the background.
    /// [Learn more](https://platform.openai.com/docs/guides/background).
    ///
    /// Defaults to `false`.
    pub background: Option<bool>,
    /// The maximum number of total calls to built-in tools that can be processed in a response. This maximum number applies across all built-in tool calls, not per individual tool. Any further attempts to call a tool by the model will be ignored.
    pub max_tool_calls: Option<i64>,
    /// Configuration options for a text response from the model. Can be plain
    /// text or structured JSON data. Learn more:
    /// - [Text inputs and outputs](https://platform.openai.com/docs/guides/text)
    /// - [Structured Outputs](https://platform.openai.com/docs/guides/structured-outputs)
    pub text: Option<Box<ResponseTextParam>>,
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
    pub tools: Option<ToolsArray>,
    /// How the model should select which tool (or tools) to use when generating
    /// a response. See the `tools` parameter to see how to specify which tools
    /// the model can call.
    pub tool_choice: Option<ToolChoiceParam>,
    /// Reference to a prompt template and its variables.
    /// [Learn more](https://platform.openai.com/docs/guides/text?api-mode=responses#reusable-prompts).
    pub prompt: Option<Prompt>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when an error occurs while processing a Responses WebSocket request.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(error))]
#[non_exhaustive]
pub struct ResponseWsError {
    /// The type of the event. Always `error`.
    #[api(rename = "type", constant)]
    pub type_: ErrorTypeLiteral,
    /// The HTTP status code associated with a WebSocket protocol error.
    pub status: Option<i64>,
    /// The sequence number of an error emitted by the response stream.
    pub sequence_number: Option<i64>,
    /// Details about the error.
    #[api(default)]
    pub error: ErrorPayload,
    /// The WebSocket lane that emitted this event. This field is present when the
    /// originating `response.create` event supplied a `stream_id`.
    pub stream_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// An error payload that was emitted for a streaming error event.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(type_, message))]
#[non_exhaustive]
pub struct ErrorPayload {
    /// The error type that was emitted.
    #[api(rename = "type", default)]
    pub type_: String,
    /// The error code that was emitted, if any.
    #[api(nullable)]
    pub code: Option<String>,
    /// The human-readable error message that was emitted.
    #[api(default)]
    pub message: String,
    /// The parameter name that was associated with the error, if any.
    #[api(nullable)]
    pub param: Option<String>,
    /// The response headers that were emitted with the error, if any.
    pub headers: Option<std::collections::BTreeMap<String, String>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Controls how the audio is cut into chunks. When set to `"auto"`, the
/// server first normalizes loudness and then uses voice activity detection (VAD) to
/// choose boundaries. `server_vad` object can be provided to tweak VAD detection
/// parameters manually. If unset, the audio is transcribed as a single block.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum TranscriptionChunkingStrategy {
    VadConfig(VadConfig),
    AutoLiteral(AutoLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
/// Parameters for the hard spend limit you want to create or replace.
pub type UpdateOrganizationSpendLimitBody = UpdateProjectSpendLimitBody;
/// JSON parameters for creating a new video generation job.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(prompt))]
pub struct CreateVideoJsonBody {
    /// The video generation model to use (allowed values: sora-2, sora-2-pro). Defaults to `sora-2`.
    pub model: Option<VideoModel>,
    /// Text prompt that describes the video to generate.
    ///
    /// `1` to `32000` characters.
    #[api(default)]
    pub prompt: String,
    /// Optional reference object that guides generation. Provide exactly one of `image_url` or `file_id`.
    pub input_reference: Option<ImageRefParam2>,
    /// Clip duration in seconds (allowed values: 4, 8, 12). Defaults to 4 seconds.
    pub seconds: Option<VideoSeconds>,
    /// Output resolution formatted as width x height (allowed values: 720x1280, 1280x720, 1024x1792, 1792x1024). Defaults to 720x1280.
    pub size: Option<VideoSize>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// JSON parameters for editing an existing generated video.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(video, prompt))]
pub struct CreateVideoEditJsonBody {
    /// Reference to the completed video to edit.
    #[api(default)]
    pub video: VideoReferenceInputParam,
    /// Text prompt that describes how to edit the source video.
    ///
    /// `1` to `32000` characters.
    #[api(default)]
    pub prompt: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// JSON parameters for extending an existing generated video.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(video, prompt, seconds))]
pub struct CreateVideoExtendJsonBody {
    /// Reference to the completed video to extend.
    #[api(default)]
    pub video: VideoReferenceInputParam,
    /// Updated text prompt that directs the extension generation.
    ///
    /// `1` to `32000` characters.
    #[api(default)]
    pub prompt: String,
    /// Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20).
    #[api(default)]
    pub seconds: VideoSeconds,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
pub type ClientToolCallStatus = ApplyPatchCallStatus;
/// The constant `response.inject.created`.
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
pub enum ResponseInjectCreatedLiteral {
    /// `response.inject.created`
    #[default]
    #[api(rename = "response.inject.created")]
    ResponseInjectCreated,
}
/// The constant `response.inject.failed`.
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
pub enum ResponseInjectFailedLiteral {
    /// `response.inject.failed`
    #[default]
    #[api(rename = "response.inject.failed")]
    ResponseInjectFailed,
}
/// The constant `response.inject`.
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
pub enum ResponseInjectLiteral {
    /// `response.inject`
    #[default]
    #[api(rename = "response.inject")]
    ResponseInject,
}
