//! Types of the `realtime` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
#[cfg(any(feature = "extra-types", feature = "realtime"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct AudioTranscription {
    /// The model to use for transcription. Current options are `whisper-1`, `gpt-transcribe`, `gpt-live-transcribe`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`, and `gpt-realtime-whisper`. Use `gpt-4o-transcribe-diarize` when you need diarization with speaker labels.
    pub model: Option<AudioTranscriptionModel>,
    /// The language of the input audio. Supplying the input language in
    /// [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) (e.g. `en`) format
    /// will improve accuracy and latency.
    pub language: Option<String>,
    /// Possible languages of the input audio, in [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format. Supported by `gpt-transcribe` and `gpt-live-transcribe`.
    pub languages: Option<Vec<String>>,
    /// Words or phrases to guide transcription of the input audio. Supported by `gpt-transcribe` and `gpt-live-transcribe`.
    pub keywords: Option<Vec<String>>,
    /// An optional text to guide the model's style or continue a previous audio
    /// segment.
    /// For `whisper-1`, the [prompt is a list of keywords](https://platform.openai.com/docs/guides/speech-to-text#prompting).
    /// For `gpt-4o-transcribe` models (excluding `gpt-4o-transcribe-diarize`), the prompt is a free text string, for example "expect words related to technology".
    /// Prompt is not supported with `gpt-realtime-whisper` in GA Realtime sessions.
    pub prompt: Option<String>,
    /// Controls how long the model waits before emitting transcription text.
    /// Higher values can improve transcription accuracy at the cost of latency.
    /// Only supported with `gpt-realtime-whisper` in GA Realtime sessions.
    pub delay: Option<AudioTranscriptionDelay>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// The model to use for transcription. Current options are `whisper-1`, `gpt-transcribe`, `gpt-live-transcribe`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`, and `gpt-realtime-whisper`. Use `gpt-4o-transcribe-diarize` when you need diarization with speaker labels.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum AudioTranscriptionModel {
    /// `whisper-1`
    #[api(rename = "whisper-1")]
    Whisper1,
    /// `gpt-transcribe`
    #[api(rename = "gpt-transcribe")]
    GptTranscribe,
    /// `gpt-live-transcribe`
    #[api(rename = "gpt-live-transcribe")]
    GptLiveTranscribe,
    /// `gpt-4o-mini-transcribe`
    #[api(rename = "gpt-4o-mini-transcribe")]
    Gpt4oMiniTranscribe,
    /// `gpt-4o-mini-transcribe-2025-12-15`
    #[api(rename = "gpt-4o-mini-transcribe-2025-12-15")]
    Gpt4oMiniTranscribe20251215,
    /// `gpt-4o-transcribe`
    #[api(rename = "gpt-4o-transcribe")]
    Gpt4oTranscribe,
    /// `gpt-4o-transcribe-diarize`
    #[api(rename = "gpt-4o-transcribe-diarize")]
    Gpt4oTranscribeDiarize,
    /// `gpt-realtime-whisper`
    #[api(rename = "gpt-realtime-whisper")]
    GptRealtimeWhisper,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Controls how long the model waits before emitting transcription text.
/// Higher values can improve transcription accuracy at the cost of latency.
/// Only supported with `gpt-realtime-whisper` in GA Realtime sessions.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum AudioTranscriptionDelay {
    /// `minimal`
    Minimal,
    /// `low`
    Low,
    /// `medium`
    Medium,
    /// `high`
    High,
    /// `xhigh`
    Xhigh,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct AudioTranscriptionResponse {
    /// The model used for transcription. Current options are `whisper-1`, `gpt-transcribe`, `gpt-live-transcribe`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`, and `gpt-realtime-whisper`.
    pub model: Option<AudioTranscriptionResponseModel>,
    /// The language of the input audio.
    pub language: Option<String>,
    /// The possible input audio languages configured for transcription, in [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format.
    pub languages: Option<Vec<String>>,
    /// The prompt configured for input audio transcription, when present.
    pub prompt: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// The model used for transcription. Current options are `whisper-1`, `gpt-transcribe`, `gpt-live-transcribe`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`, and `gpt-realtime-whisper`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum AudioTranscriptionResponseModel {
    /// `whisper-1`
    #[api(rename = "whisper-1")]
    Whisper1,
    /// `gpt-transcribe`
    #[api(rename = "gpt-transcribe")]
    GptTranscribe,
    /// `gpt-live-transcribe`
    #[api(rename = "gpt-live-transcribe")]
    GptLiveTranscribe,
    /// `gpt-4o-mini-transcribe`
    #[api(rename = "gpt-4o-mini-transcribe")]
    Gpt4oMiniTranscribe,
    /// `gpt-4o-mini-transcribe-2025-12-15`
    #[api(rename = "gpt-4o-mini-transcribe-2025-12-15")]
    Gpt4oMiniTranscribe20251215,
    /// `gpt-4o-transcribe`
    #[api(rename = "gpt-4o-transcribe")]
    Gpt4oTranscribe,
    /// `gpt-4o-transcribe-diarize`
    #[api(rename = "gpt-4o-transcribe-diarize")]
    Gpt4oTranscribeDiarize,
    /// `gpt-realtime-whisper`
    #[api(rename = "gpt-realtime-whisper")]
    GptRealtimeWhisper,
    /// A value this version of the SDK does not know.
    Other(String),
}
/// Reference to a prompt template and its variables.
/// [Learn more](https://platform.openai.com/docs/guides/text?api-mode=responses#reusable-prompts).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id))]
#[non_exhaustive]
pub struct Prompt {
    /// The unique identifier of the prompt template to use.
    #[api(default)]
    pub id: String,
    /// Optional version of the prompt template.
    pub version: Option<String>,
    /// Optional map of values to substitute in for variables in your
    /// prompt. The substitution values can either be strings, or other
    /// Response input types like images or files.
    pub variables: Option<ResponsePromptVariables>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for far-field microphones such as laptop or conference room microphones.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum NoiseReductionType {
    /// `near_field`
    NearField,
    /// `far_field`
    FarField,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum RealtimeAudioFormats {
    /// `audio/pcm`
    #[api(tag = "audio/pcm")]
    AudioPcm(RealtimeAudioFormatsPcmAudioFormat),
    /// `audio/pcmu`
    #[api(tag = "audio/pcmu")]
    AudioPcmu(RealtimeAudioFormatsPcmuAudioFormat),
    /// `audio/pcma`
    #[api(tag = "audio/pcma")]
    AudioPcma(RealtimeAudioFormatsPcmaAudioFormat),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// The PCM audio format. Only a 24kHz sample rate is supported.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RealtimeAudioFormatsPcmAudioFormat {
    /// The audio format. Always `audio/pcm`.
    #[api(rename = "type")]
    pub type_: Option<AudioPcmLiteral>,
    /// The sample rate of the audio. Always `24000`.
    pub rate: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// The constant `audio/pcm`.
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
pub enum AudioPcmLiteral {
    /// `audio/pcm`
    #[default]
    #[api(rename = "audio/pcm")]
    AudioPcm,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// The G.711 μ-law format.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RealtimeAudioFormatsPcmuAudioFormat {
    /// The audio format. Always `audio/pcmu`.
    #[api(rename = "type")]
    pub type_: Option<AudioPcmuLiteral>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// The constant `audio/pcmu`.
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
pub enum AudioPcmuLiteral {
    /// `audio/pcmu`
    #[default]
    #[api(rename = "audio/pcmu")]
    AudioPcmu,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// The G.711 A-law format.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RealtimeAudioFormatsPcmaAudioFormat {
    /// The audio format. Always `audio/pcma`.
    #[api(rename = "type")]
    pub type_: Option<AudioPcmaLiteral>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// The constant `audio/pcma`.
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
pub enum AudioPcmaLiteral {
    /// `audio/pcma`
    #[default]
    #[api(rename = "audio/pcma")]
    AudioPcma,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// The constant `inf`.
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
pub enum InfLiteral {
    /// `inf`
    #[default]
    Inf,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// A new Realtime session configuration, with an ephemeral key. Default TTL
/// for keys is one minute.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(client_secret))]
pub struct RealtimeSessionCreateRequest {
    /// Ephemeral key returned by the API.
    #[api(default)]
    pub client_secret: RealtimeSessionCreateRequestClientSecret,
    /// The set of modalities the model can respond with. To disable audio,
    /// set this to \["text"\].
    pub modalities: Option<Vec<ChatCompletionModality>>,
    /// The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior.
    /// Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.
    pub instructions: Option<String>,
    /// The voice the model uses to respond. Supported built-in voices are
    /// `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`,
    /// `marin`, and `cedar`. You may also provide a custom voice object with an
    /// `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed during
    /// the session once the model has responded with audio at least once.
    pub voice: Option<VoiceIdsOrCustomVoice>,
    /// The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    pub input_audio_format: Option<String>,
    /// The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    pub output_audio_format: Option<String>,
    /// Configuration for input audio transcription, defaults to off and can be
    /// set to `null` to turn off once on. Input audio transcription is not native
    /// to the model, since the model consumes audio directly. Transcription runs
    /// asynchronously and should be treated as rough guidance
    /// rather than the representation understood by the model.
    pub input_audio_transcription: Option<
        RealtimeSessionCreateRequestInputAudioTranscription,
    >,
    /// The speed of the model's spoken response. 1.0 is the default speed. 0.25 is
    /// the minimum speed. 1.5 is the maximum speed. This value can only be changed
    /// in between model turns, not while a response is in progress.
    pub speed: Option<f64>,
    /// Configuration options for tracing. Set to null to disable tracing. Once
    /// tracing is enabled for a session, the configuration cannot be modified.
    ///
    /// `auto` will create a trace for the session with default values for the
    /// workflow name, group id, and metadata.
    pub tracing: Option<RealtimeSessionTracing>,
    /// Configuration for turn detection. Can be set to `null` to turn off. Server
    /// VAD means that the model will detect the start and end of speech based on
    /// audio volume and respond at the end of user speech.
    pub turn_detection: Option<RealtimeSessionCreateRequestTurnDetection>,
    /// Tools (functions) available to the model.
    pub tools: Option<Vec<RealtimeSessionCreateRequestTool>>,
    /// How the model chooses tools. Options are `auto`, `none`, `required`, or
    /// specify a function.
    pub tool_choice: Option<String>,
    /// Sampling temperature for the model, limited to \[0.6, 1.2\]. Defaults to 0.8.
    pub temperature: Option<f64>,
    /// Maximum number of output tokens for a single assistant response,
    /// inclusive of tool calls. Provide an integer between 1 and 4096 to
    /// limit output tokens, or `inf` for the maximum available tokens for a
    /// given model. Defaults to `inf`.
    pub max_response_output_tokens: Option<RealtimeSessionMaxResponseOutputTokens>,
    /// When the number of tokens in a conversation exceeds the model's input token limit, the conversation be truncated, meaning messages (starting from the oldest) will not be included in the model's context. A 32k context model with 4,096 max output tokens can only include 28,224 tokens in the context before truncation occurs.
    ///
    /// Clients can configure truncation behavior to truncate with a lower max token limit, which is an effective way to control token usage and cost.
    ///
    /// Truncation will reduce the number of cached tokens on the next turn (busting the cache), since messages are dropped from the beginning of the context. However, clients can also configure truncation to retain messages up to a fraction of the maximum context size, which will reduce the need for future truncations and thus improve the cache rate.
    ///
    /// Truncation can be disabled entirely, which means the server will never truncate but would instead return an error if the conversation exceeds the model's input token limit.
    pub truncation: Option<RealtimeTruncation>,
    /// Reference to a prompt template and its variables.
    /// [Learn more](https://platform.openai.com/docs/guides/text?api-mode=responses#reusable-prompts).
    pub prompt: Option<Prompt>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Ephemeral key returned by the API.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(value, expires_at))]
pub struct RealtimeSessionCreateRequestClientSecret {
    /// Ephemeral key usable in client environments to authenticate connections
    /// to the Realtime API. Use this in client-side environments rather than
    /// a standard API token, which should only be used server-side.
    #[api(default)]
    pub value: String,
    /// Timestamp for when the token expires. Currently, all tokens expire
    /// after one minute.
    #[api(default)]
    pub expires_at: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Configuration for input audio transcription, defaults to off and can be
/// set to `null` to turn off once on. Input audio transcription is not native
/// to the model, since the model consumes audio directly. Transcription runs
/// asynchronously and should be treated as rough guidance
/// rather than the representation understood by the model.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct RealtimeSessionCreateRequestInputAudioTranscription {
    /// The model to use for transcription.
    pub model: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Configuration for turn detection. Can be set to `null` to turn off. Server
/// VAD means that the model will detect the start and end of speech based on
/// audio volume and respond at the end of user speech.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RealtimeSessionCreateRequestTurnDetection {
    /// Type of turn detection, only `server_vad` is currently supported.
    #[api(rename = "type")]
    pub type_: Option<String>,
    /// Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
    /// higher threshold will require louder audio to activate the model, and
    /// thus might perform better in noisy environments.
    pub threshold: Option<f64>,
    /// Amount of audio to include before the VAD detected speech (in
    /// milliseconds). Defaults to 300ms.
    pub prefix_padding_ms: Option<i64>,
    /// Duration of silence to detect speech stop (in milliseconds). Defaults
    /// to 500ms. With shorter values the model will respond more quickly,
    /// but may jump in on short pauses from the user.
    pub silence_duration_ms: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct RealtimeSessionCreateRequestTool {
    /// The type of the tool, i.e. `function`.
    #[api(rename = "type")]
    pub type_: Option<FunctionLiteral>,
    /// The name of the function.
    pub name: Option<String>,
    /// The description of the function, including guidance on when and how
    /// to call it, and guidance about what to tell the user when calling
    /// (if anything).
    pub description: Option<String>,
    /// Parameters of the function in JSON Schema.
    pub parameters: Option<serde_json::Map<String, serde_json::Value>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// When the number of tokens in a conversation exceeds the model's input token limit, the conversation be truncated, meaning messages (starting from the oldest) will not be included in the model's context. A 32k context model with 4,096 max output tokens can only include 28,224 tokens in the context before truncation occurs.
///
/// Clients can configure truncation behavior to truncate with a lower max token limit, which is an effective way to control token usage and cost.
///
/// Truncation will reduce the number of cached tokens on the next turn (busting the cache), since messages are dropped from the beginning of the context. However, clients can also configure truncation to retain messages up to a fraction of the maximum context size, which will reduce the need for future truncations and thus improve the cache rate.
///
/// Truncation can be disabled entirely, which means the server will never truncate but would instead return an error if the conversation exceeds the model's input token limit.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum RealtimeTruncation {
    RetentionRatioTruncation(RealtimeTruncationRetentionRatioTruncation),
    #[api(from_str)]
    Mode(RealtimeTruncationMode),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// The truncation strategy to use for the session. `auto` is the default truncation strategy. `disabled` will disable truncation and emit errors when the conversation exceeds the input token limit.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum RealtimeTruncationMode {
    /// `auto`
    Auto,
    /// `disabled`
    Disabled,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Retain a fraction of the conversation tokens when the conversation exceeds the input token limit. This allows you to amortize truncations across multiple turns, which can help improve cached token usage.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(retention_ratio))]
#[api(strict)]
#[non_exhaustive]
pub struct RealtimeTruncationRetentionRatioTruncation {
    /// Use retention ratio truncation.
    #[api(rename = "type", constant)]
    pub type_: RetentionRatioLiteral,
    /// Fraction of post-instruction conversation tokens to retain (`0.0` - `1.0`) when the conversation exceeds the input token limit. Setting this to `0.8` means that messages will be dropped until 80% of the maximum allowed tokens are used. This helps reduce the frequency of truncations and improve cache rates.
    pub retention_ratio: f64,
    /// Optional custom token limits for this truncation strategy. If not provided, the model's default token limits will be used.
    pub token_limits: Option<RealtimeTruncationRetentionRatioTruncationTokenLimits>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// The constant `retention_ratio`.
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
pub enum RetentionRatioLiteral {
    /// `retention_ratio`
    #[default]
    RetentionRatio,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Optional custom token limits for this truncation strategy. If not provided, the model's default token limits will be used.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RealtimeTruncationRetentionRatioTruncationTokenLimits {
    /// Maximum tokens allowed in the conversation after instructions (which including tool definitions). For example, setting this to 5,000 would mean that truncation would occur when the conversation exceeds 5,000 tokens after instructions. This cannot be higher than the model's context window size minus the maximum output tokens.
    pub post_instructions: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Realtime transcription session object configuration.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct RealtimeTranscriptionSessionCreateRequest {
    /// Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech.
    pub turn_detection: Option<RealtimeTranscriptionSessionCreateRequestTurnDetection>,
    /// Configuration for input audio noise reduction. This can be set to `null` to turn off.
    /// Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    /// Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
    pub input_audio_noise_reduction: Option<RealtimeSessionInputAudioNoiseReduction>,
    /// The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    /// For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate,
    /// single channel (mono), and little-endian byte order.
    pub input_audio_format: Option<
        RealtimeTranscriptionSessionCreateRequestInputAudioFormat,
    >,
    /// Configuration for input audio transcription. The client can optionally set the language and prompt for transcription, these offer additional guidance to the transcription service.
    pub input_audio_transcription: Option<Box<AudioTranscription>>,
    /// The set of items to include in the transcription. Current available items are:
    /// `item.input_audio_transcription.logprobs`
    pub include: Option<Vec<ItemInputAudioTranscriptionLogprobsLiteral>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct RealtimeTranscriptionSessionCreateRequestTurnDetection {
    /// Type of turn detection. Only `server_vad` is currently supported for transcription sessions.
    #[api(rename = "type")]
    pub type_: Option<ServerVadLiteral>,
    /// Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
    /// higher threshold will require louder audio to activate the model, and
    /// thus might perform better in noisy environments.
    pub threshold: Option<f64>,
    /// Amount of audio to include before the VAD detected speech (in
    /// milliseconds). Defaults to 300ms.
    pub prefix_padding_ms: Option<i64>,
    /// Duration of silence to detect speech stop (in milliseconds). Defaults
    /// to 500ms. With shorter values the model will respond more quickly,
    /// but may jump in on short pauses from the user.
    pub silence_duration_ms: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
/// For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate,
/// single channel (mono), and little-endian byte order.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum RealtimeTranscriptionSessionCreateRequestInputAudioFormat {
    /// `pcm16`
    #[default]
    Pcm16,
    /// `g711_ulaw`
    G711Ulaw,
    /// `g711_alaw`
    G711Alaw,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// The constant `item.input_audio_transcription.logprobs`.
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
pub enum ItemInputAudioTranscriptionLogprobsLiteral {
    /// `item.input_audio_transcription.logprobs`
    #[default]
    #[api(rename = "item.input_audio_transcription.logprobs")]
    ItemInputAudioTranscriptionLogprobs,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// The constant `realtime.session`.
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
pub enum RealtimeSessionLiteral {
    /// `realtime.session`
    #[default]
    #[api(rename = "realtime.session")]
    RealtimeSession,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Configuration for turn detection, ether Server VAD or Semantic VAD. This can be set to `null` to turn off, in which case the client must manually trigger model response.
///
/// Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech.
///
/// Semantic VAD is more advanced and uses a turn detection model (in conjunction with VAD) to semantically estimate whether the user has finished speaking, then dynamically sets a timeout based on this probability. For example, if user audio trails off with "uhhm", the model will score a low probability of turn end and wait longer for the user to continue speaking. This can be useful for more natural conversations, but may have a higher latency.
///
/// For `gpt-realtime-whisper` transcription sessions, turn detection must be
/// set to `null`; VAD is not supported.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum RealtimeTurnDetection {
    /// `server_vad`
    #[api(tag = "server_vad")]
    ServerVad(RealtimeTurnDetectionServerVad),
    /// `semantic_vad`
    #[api(tag = "semantic_vad")]
    SemanticVad(RealtimeTurnDetectionSemanticVad),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Server-side voice activity detection (VAD) which flips on when user speech is detected and off after a period of silence.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RealtimeTurnDetectionServerVad {
    /// Type of turn detection, `server_vad` to turn on simple Server VAD.
    #[api(rename = "type", constant)]
    pub type_: ServerVadLiteral,
    /// Used only for `server_vad` mode. Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
    /// higher threshold will require louder audio to activate the model, and
    /// thus might perform better in noisy environments.
    pub threshold: Option<f64>,
    /// Used only for `server_vad` mode. Amount of audio to include before the VAD detected speech (in
    /// milliseconds). Defaults to 300ms.
    pub prefix_padding_ms: Option<i64>,
    /// Used only for `server_vad` mode. Duration of silence to detect speech stop (in milliseconds). Defaults
    /// to 500ms. With shorter values the model will respond more quickly,
    /// but may jump in on short pauses from the user.
    pub silence_duration_ms: Option<i64>,
    /// Whether or not to automatically generate a response when a VAD stop event occurs. If `interrupt_response` is set to `false` this may fail to create a response if the model is already responding.
    ///
    /// If both `create_response` and `interrupt_response` are set to `false`, the model will never respond automatically but VAD events will still be emitted.
    ///
    /// Defaults to `true`.
    pub create_response: Option<bool>,
    /// Whether or not to automatically interrupt (cancel) any ongoing response with output to the default
    /// conversation (i.e. `conversation` of `auto`) when a VAD start event occurs. If `true` then the response will be cancelled, otherwise it will continue until complete.
    ///
    /// If both `create_response` and `interrupt_response` are set to `false`, the model will never respond automatically but VAD events will still be emitted.
    pub interrupt_response: Option<bool>,
    /// Optional timeout after which a model response will be triggered automatically. This is
    /// useful for situations in which a long pause from the user is unexpected, such as a phone
    /// call. The model will effectively prompt the user to continue the conversation based
    /// on the current context.
    ///
    /// The timeout value will be applied after the last model response's audio has finished playing,
    /// i.e. it's set to the `response.done` time plus audio playback duration.
    ///
    /// An `input_audio_buffer.timeout_triggered` event (plus events
    /// associated with the Response) will be emitted when the timeout is reached.
    /// Idle timeout is currently only supported for `server_vad` mode.
    ///
    /// From `5000` to `30000`.
    pub idle_timeout_ms: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Server-side semantic turn detection which uses a model to determine when the user has finished speaking.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RealtimeTurnDetectionSemanticVad {
    /// Type of turn detection, `semantic_vad` to turn on Semantic VAD.
    #[api(rename = "type", constant)]
    pub type_: SemanticVadLiteral,
    /// Used only for `semantic_vad` mode. The eagerness of the model to respond. `low` will wait longer for the user to continue speaking, `high` will respond more quickly. `auto` is the default and is equivalent to `medium`. `low`, `medium`, and `high` have max timeouts of 8s, 4s, and 2s respectively.
    pub eagerness: Option<ImageGenToolQuality>,
    /// Whether or not to automatically generate a response when a VAD stop event occurs.
    ///
    /// Defaults to `true`.
    pub create_response: Option<bool>,
    /// Whether or not to automatically interrupt any ongoing response with output to the default
    /// conversation (i.e. `conversation` of `auto`) when a VAD start event occurs.
    ///
    /// Defaults to `true`.
    pub interrupt_response: Option<bool>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// The constant `semantic_vad`.
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
pub enum SemanticVadLiteral {
    /// `semantic_vad`
    #[default]
    SemanticVad,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Configuration for input audio noise reduction. This can be set to `null` to turn off.
/// Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
/// Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RealtimeSessionInputAudioNoiseReduction {
    /// Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for far-field microphones such as laptop or conference room microphones.
    #[api(rename = "type")]
    pub type_: Option<NoiseReductionType>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Configuration options for tracing. Set to null to disable tracing. Once
/// tracing is enabled for a session, the configuration cannot be modified.
///
/// `auto` will create a trace for the session with default values for the
/// workflow name, group id, and metadata.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum RealtimeSessionTracing {
    TracingConfiguration(RealtimeSessionTracingTracingConfiguration),
    AutoLiteral(AutoLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Granular configuration for tracing.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[api(strict)]
#[non_exhaustive]
pub struct RealtimeSessionTracingTracingConfiguration {
    /// The name of the workflow to attach to this trace. This is used to
    /// name the trace in the traces dashboard.
    pub workflow_name: Option<String>,
    /// The group id to attach to this trace to enable filtering and
    /// grouping in the traces dashboard.
    pub group_id: Option<String>,
    /// The arbitrary metadata to attach to this trace to enable
    /// filtering in the traces dashboard.
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Function tool
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RealtimeFunctionTool {
    /// The type of the tool, i.e. `function`.
    #[api(rename = "type")]
    pub type_: Option<FunctionLiteral>,
    /// The name of the function.
    pub name: Option<String>,
    /// The description of the function, including guidance on when and how
    /// to call it, and guidance about what to tell the user when calling
    /// (if anything).
    pub description: Option<String>,
    /// Parameters of the function in JSON Schema.
    pub parameters: Option<serde_json::Map<String, serde_json::Value>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Maximum number of output tokens for a single assistant response,
/// inclusive of tool calls. Provide an integer between 1 and 4096 to
/// limit output tokens, or `inf` for the maximum available tokens for a
/// given model. Defaults to `inf`.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum RealtimeSessionMaxResponseOutputTokens {
    Integer(i64),
    InfLiteral(InfLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// A new Realtime transcription session configuration.
///
/// When a session is created on the server via REST API, the session object
/// also contains an ephemeral key. Default TTL for keys is 10 minutes. This
/// property is not present when a session is updated via the WebSocket API.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(client_secret))]
#[non_exhaustive]
pub struct RealtimeTranscriptionSessionCreateResponse {
    /// Ephemeral key returned by the API. Only present when the session is
    /// created on the server via REST API.
    #[api(default)]
    pub client_secret: RealtimeTranscriptionSessionCreateResponseClientSecret,
    /// The set of modalities the model can respond with. To disable audio,
    /// set this to \["text"\].
    pub modalities: Option<Vec<ChatCompletionModality>>,
    /// The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    pub input_audio_format: Option<String>,
    /// Configuration of the transcription model.
    pub input_audio_transcription: Option<Box<AudioTranscriptionResponse>>,
    /// Configuration for turn detection. Can be set to `null` to turn off. Server
    /// VAD means that the model will detect the start and end of speech based on
    /// audio volume and respond at the end of user speech.
    pub turn_detection: Option<RealtimeSessionCreateRequestTurnDetection>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Ephemeral key returned by the API. Only present when the session is
/// created on the server via REST API.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(value, expires_at))]
#[non_exhaustive]
pub struct RealtimeTranscriptionSessionCreateResponseClientSecret {
    /// Ephemeral key usable in client environments to authenticate connections
    /// to the Realtime API. Use this in client-side environments rather than
    /// a standard API token, which should only be used server-side.
    #[api(default)]
    pub value: String,
    /// Timestamp for when the token expires. Currently, all tokens expire
    /// after one minute.
    #[api(default)]
    pub expires_at: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "realtime")]
/// Parameters required to initiate a realtime call and receive the SDP answer
/// needed to complete a WebRTC peer connection. Provide an SDP offer generated
/// by your client and optionally configure the session that will answer the call.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(sdp))]
pub struct RealtimeCallCreateRequest {
    /// WebRTC Session Description Protocol (SDP) offer generated by the caller.
    #[api(default)]
    pub sdp: String,
    /// Optional session configuration to apply before the realtime session is
    /// created. Use the same parameters you would send in a [`create client secret`](https://platform.openai.com/docs/api-reference/realtime-sessions/create-realtime-client-secret)
    /// request.
    pub session: Option<Box<RealtimeSessionCreateRequestGa>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "realtime")]
impl sdk_runtime_types::multipart::ToForm for RealtimeCallCreateRequest {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.field("sdp", &self.sdp);
        form.field("session", &self.session);
        for (name, value) in self.extra.iter() {
            form.field(name, value);
        }
    }
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Realtime session object configuration.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct RealtimeSessionCreateRequestGa {
    /// The type of session to create. Always `realtime` for the Realtime API.
    #[api(rename = "type", constant)]
    pub type_: RealtimeLiteral,
    /// The set of modalities the model can respond with. It defaults to `["audio"]`, indicating
    /// that the model will respond with audio plus a transcript. `["text"]` can be used to make
    /// the model respond with text only. It is not possible to request both `text` and `audio` at the same time.
    pub output_modalities: Option<Vec<ChatCompletionModality>>,
    /// The Realtime model used for this session.
    pub model: Option<RealtimeSessionCreateRequestGaModel>,
    /// The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior.
    ///
    /// Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.
    pub instructions: Option<String>,
    /// Configuration for input and output audio.
    pub audio: Option<Box<RealtimeSessionCreateRequestGaAudio>>,
    /// Additional fields to include in server outputs.
    ///
    /// `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
    pub include: Option<Vec<ItemInputAudioTranscriptionLogprobsLiteral>>,
    /// Realtime API can write session traces to the [Traces Dashboard](https://platform.openai.com/logs?api=traces). Set to null to disable tracing. Once
    /// tracing is enabled for a session, the configuration cannot be modified.
    ///
    /// `auto` will create a trace for the session with default values for the
    /// workflow name, group id, and metadata.
    pub tracing: Option<RealtimeSessionCreateRequestGaTracing>,
    /// Tools available to the model.
    pub tools: Option<Vec<RealtimeResponseCreateParamsTool>>,
    /// How the model chooses tools. Provide one of the string modes or force a specific
    /// function/MCP tool.
    ///
    /// Defaults to `auto`.
    pub tool_choice: Option<RealtimeResponseCreateParamsToolChoice>,
    /// Whether the model may call multiple tools in parallel. Only supported by
    /// reasoning Realtime models such as `gpt-realtime-2`.
    pub parallel_tool_calls: Option<bool>,
    /// Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`.
    pub reasoning: Option<RealtimeReasoning>,
    /// Maximum number of output tokens for a single assistant response,
    /// inclusive of tool calls. Provide an integer between 1 and 4096 to
    /// limit output tokens, or `inf` for the maximum available tokens for a
    /// given model. Defaults to `inf`.
    pub max_output_tokens: Option<RealtimeSessionMaxResponseOutputTokens>,
    /// When the number of tokens in a conversation exceeds the model's input token limit, the conversation be truncated, meaning messages (starting from the oldest) will not be included in the model's context. A 32k context model with 4,096 max output tokens can only include 28,224 tokens in the context before truncation occurs.
    ///
    /// Clients can configure truncation behavior to truncate with a lower max token limit, which is an effective way to control token usage and cost.
    ///
    /// Truncation will reduce the number of cached tokens on the next turn (busting the cache), since messages are dropped from the beginning of the context. However, clients can also configure truncation to retain messages up to a fraction of the maximum context size, which will reduce the need for future truncations and thus improve the cache rate.
    ///
    /// Truncation can be disabled entirely, which means the server will never truncate but would instead return an error if the conversation exceeds the model's input token limit.
    pub truncation: Option<RealtimeTruncation>,
    /// Reference to a prompt template and its variables.
    /// [Learn more](https://platform.openai.com/docs/guides/text?api-mode=responses#reusable-prompts).
    pub prompt: Option<Prompt>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// The constant `realtime`.
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
pub enum RealtimeLiteral {
    /// `realtime`
    #[default]
    Realtime,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// The Realtime model used for this session.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum RealtimeSessionCreateRequestGaModel {
    /// `gpt-realtime`
    #[api(rename = "gpt-realtime")]
    GptRealtime,
    /// `gpt-realtime-1.5`
    #[api(rename = "gpt-realtime-1.5")]
    GptRealtime15,
    /// `gpt-realtime-2`
    #[api(rename = "gpt-realtime-2")]
    GptRealtime2,
    /// `gpt-realtime-2.1`
    #[api(rename = "gpt-realtime-2.1")]
    GptRealtime21,
    /// `gpt-realtime-2.1-mini`
    #[api(rename = "gpt-realtime-2.1-mini")]
    GptRealtime21Mini,
    /// `gpt-realtime-2025-08-28`
    #[api(rename = "gpt-realtime-2025-08-28")]
    GptRealtime20250828,
    /// `gpt-4o-realtime-preview`
    #[api(rename = "gpt-4o-realtime-preview")]
    Gpt4oRealtimePreview,
    /// `gpt-4o-realtime-preview-2024-10-01`
    #[api(rename = "gpt-4o-realtime-preview-2024-10-01")]
    Gpt4oRealtimePreview20241001,
    /// `gpt-4o-realtime-preview-2024-12-17`
    #[api(rename = "gpt-4o-realtime-preview-2024-12-17")]
    Gpt4oRealtimePreview20241217,
    /// `gpt-4o-realtime-preview-2025-06-03`
    #[api(rename = "gpt-4o-realtime-preview-2025-06-03")]
    Gpt4oRealtimePreview20250603,
    /// `gpt-4o-mini-realtime-preview`
    #[api(rename = "gpt-4o-mini-realtime-preview")]
    Gpt4oMiniRealtimePreview,
    /// `gpt-4o-mini-realtime-preview-2024-12-17`
    #[api(rename = "gpt-4o-mini-realtime-preview-2024-12-17")]
    Gpt4oMiniRealtimePreview20241217,
    /// `gpt-realtime-mini`
    #[api(rename = "gpt-realtime-mini")]
    GptRealtimeMini,
    /// `gpt-realtime-mini-2025-10-06`
    #[api(rename = "gpt-realtime-mini-2025-10-06")]
    GptRealtimeMini20251006,
    /// `gpt-realtime-mini-2025-12-15`
    #[api(rename = "gpt-realtime-mini-2025-12-15")]
    GptRealtimeMini20251215,
    /// `gpt-audio-1.5`
    #[api(rename = "gpt-audio-1.5")]
    GptAudio15,
    /// `gpt-audio-mini`
    #[api(rename = "gpt-audio-mini")]
    GptAudioMini,
    /// `gpt-audio-mini-2025-10-06`
    #[api(rename = "gpt-audio-mini-2025-10-06")]
    GptAudioMini20251006,
    /// `gpt-audio-mini-2025-12-15`
    #[api(rename = "gpt-audio-mini-2025-12-15")]
    GptAudioMini20251215,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Configuration for input and output audio.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct RealtimeSessionCreateRequestGaAudio {
    pub input: Option<Box<RealtimeSessionCreateRequestGaAudioInput>>,
    pub output: Option<RealtimeSessionCreateRequestGaAudioOutput>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct RealtimeSessionCreateRequestGaAudioInput {
    /// The format of the input audio.
    pub format: Option<RealtimeAudioFormats>,
    /// Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input audio transcription is not native to the model, since the model consumes audio directly. Transcription runs asynchronously through [the /audio/transcriptions endpoint](https://platform.openai.com/docs/api-reference/audio/createTranscription) and should be treated as guidance of input audio content rather than precisely what the model heard. The client can optionally set the language and prompt for transcription, these offer additional guidance to the transcription service.
    pub transcription: Option<Box<AudioTranscription>>,
    /// Configuration for input audio noise reduction. This can be set to `null` to turn off.
    /// Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    /// Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
    pub noise_reduction: Option<RealtimeSessionInputAudioNoiseReduction>,
    /// Configuration for turn detection, ether Server VAD or Semantic VAD. This can be set to `null` to turn off, in which case the client must manually trigger model response.
    ///
    /// Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech.
    ///
    /// Semantic VAD is more advanced and uses a turn detection model (in conjunction with VAD) to semantically estimate whether the user has finished speaking, then dynamically sets a timeout based on this probability. For example, if user audio trails off with "uhhm", the model will score a low probability of turn end and wait longer for the user to continue speaking. This can be useful for more natural conversations, but may have a higher latency.
    ///
    /// For `gpt-realtime-whisper` transcription sessions, turn detection must be
    /// set to `null`; VAD is not supported.
    pub turn_detection: Option<RealtimeTurnDetection>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct RealtimeSessionCreateRequestGaAudioOutput {
    /// The format of the output audio.
    pub format: Option<RealtimeAudioFormats>,
    /// The voice the model uses to respond. Supported built-in voices are
    /// `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`,
    /// `marin`, and `cedar`. You may also provide a custom voice object with
    /// an `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed
    /// during the session once the model has responded with audio at least once.
    /// We recommend `marin` and `cedar` for best quality.
    pub voice: Option<VoiceIdsOrCustomVoice>,
    /// The speed of the model's spoken response as a multiple of the original speed.
    /// 1.0 is the default speed. 0.25 is the minimum speed. 1.5 is the maximum speed. This value can only be changed in between model turns, not while a response is in progress.
    ///
    /// This parameter is a post-processing adjustment to the audio after it is generated, it's
    /// also possible to prompt the model to speak faster or slower.
    pub speed: Option<f64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Realtime API can write session traces to the [Traces Dashboard](https://platform.openai.com/logs?api=traces). Set to null to disable tracing. Once
/// tracing is enabled for a session, the configuration cannot be modified.
///
/// `auto` will create a trace for the session with default values for the
/// workflow name, group id, and metadata.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum RealtimeSessionCreateRequestGaTracing {
    TracingConfiguration(RealtimeSessionCreateRequestGaTracingTracingConfiguration),
    AutoLiteral(AutoLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Granular configuration for tracing.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[api(strict)]
#[non_exhaustive]
pub struct RealtimeSessionCreateRequestGaTracingTracingConfiguration {
    /// The name of the workflow to attach to this trace. This is used to
    /// name the trace in the Traces Dashboard.
    pub workflow_name: Option<String>,
    /// The group id to attach to this trace to enable filtering and
    /// grouping in the Traces Dashboard.
    pub group_id: Option<String>,
    /// The arbitrary metadata to attach to this trace to enable
    /// filtering in the Traces Dashboard.
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RealtimeReasoning {
    /// Constrains effort on reasoning for reasoning-capable Realtime models such as
    /// `gpt-realtime-2`.
    pub effort: Option<RealtimeReasoningEffort>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Constrains effort on reasoning for reasoning-capable Realtime models such as
/// `gpt-realtime-2`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum RealtimeReasoningEffort {
    /// `minimal`
    Minimal,
    /// `low`
    #[default]
    Low,
    /// `medium`
    Medium,
    /// `high`
    High,
    /// `xhigh`
    Xhigh,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "realtime")]
/// Parameters required to transfer a SIP call to a new destination using the
/// Realtime API.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(target_uri))]
pub struct RealtimeCallReferRequest {
    /// URI that should appear in the SIP Refer-To header. Supports values like
    /// `tel:+14155550123` or `sip:agent@example.com`.
    #[api(default)]
    pub target_uri: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "realtime")]
/// Parameters used to decline an incoming SIP call handled by the Realtime API.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct RealtimeCallRejectRequest {
    /// SIP response code to send back to the caller. Defaults to `603` (Decline)
    /// when omitted.
    pub status_code: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum RealtimeResponseCreateParamsTool {
    /// `function`
    #[api(tag = "function")]
    Function(RealtimeFunctionTool),
    /// `mcp`
    #[api(tag = "mcp")]
    Mcp(Box<McpTool>),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// How the model chooses tools. Provide one of the string modes or force a specific
/// function/MCP tool.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum RealtimeResponseCreateParamsToolChoice {
    ToolChoiceMcp(ToolChoiceMcp),
    ToolChoiceFunction(ToolChoiceFunction),
    #[api(from_str)]
    ToolChoiceOptions(ToolChoiceOptions),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Realtime transcription session object configuration.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct RealtimeTranscriptionSessionCreateRequestGa {
    /// The type of session to create. Always `transcription` for transcription sessions.
    #[api(rename = "type", constant)]
    pub type_: TranscriptionLiteral,
    /// Configuration for input and output audio.
    pub audio: Option<Box<RealtimeTranscriptionSessionCreateRequestGaAudio>>,
    /// Additional fields to include in server outputs.
    ///
    /// `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
    pub include: Option<Vec<ItemInputAudioTranscriptionLogprobsLiteral>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// The constant `transcription`.
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
pub enum TranscriptionLiteral {
    /// `transcription`
    #[default]
    Transcription,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Configuration for input and output audio.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct RealtimeTranscriptionSessionCreateRequestGaAudio {
    pub input: Option<Box<RealtimeTranscriptionSessionCreateRequestGaAudioInput>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct RealtimeTranscriptionSessionCreateRequestGaAudioInput {
    pub format: Option<RealtimeAudioFormats>,
    /// Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input audio transcription is not native to the model, since the model consumes audio directly. Transcription runs asynchronously through [the /audio/transcriptions endpoint](https://platform.openai.com/docs/api-reference/audio/createTranscription) and should be treated as guidance of input audio content rather than precisely what the model heard. The client can optionally set the language and prompt for transcription, these offer additional guidance to the transcription service.
    pub transcription: Option<Box<AudioTranscription>>,
    /// Configuration for input audio noise reduction. This can be set to `null` to turn off.
    /// Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    /// Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
    pub noise_reduction: Option<RealtimeSessionInputAudioNoiseReduction>,
    /// Configuration for turn detection, ether Server VAD or Semantic VAD. This can be set to `null` to turn off, in which case the client must manually trigger model response.
    ///
    /// Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech.
    ///
    /// Semantic VAD is more advanced and uses a turn detection model (in conjunction with VAD) to semantically estimate whether the user has finished speaking, then dynamically sets a timeout based on this probability. For example, if user audio trails off with "uhhm", the model will score a low probability of turn end and wait longer for the user to continue speaking. This can be useful for more natural conversations, but may have a higher latency.
    ///
    /// For `gpt-realtime-whisper` transcription sessions, turn detection must be
    /// set to `null`; VAD is not supported.
    pub turn_detection: Option<RealtimeTurnDetection>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "realtime")]
/// Create a session and client secret for the Realtime API. The request can specify
/// either a realtime or a transcription session configuration.
/// [Learn more about the Realtime API](https://platform.openai.com/docs/guides/realtime).
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct RealtimeCreateClientSecretRequest {
    /// Configuration for the client secret expiration. Expiration refers to the time after which
    /// a client secret will no longer be valid for creating sessions. The session itself may
    /// continue after that time once started. A secret can be used to create multiple sessions
    /// until it expires.
    pub expires_after: Option<RealtimeCreateClientSecretRequestExpiresAfter>,
    /// Session configuration to use for the client secret. Choose either a realtime
    /// session or a transcription session.
    pub session: Option<RealtimeCreateClientSecretRequestSession>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "realtime")]
/// Configuration for the client secret expiration. Expiration refers to the time after which
/// a client secret will no longer be valid for creating sessions. The session itself may
/// continue after that time once started. A secret can be used to create multiple sessions
/// until it expires.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct RealtimeCreateClientSecretRequestExpiresAfter {
    /// The anchor point for the client secret expiration, meaning that `seconds` will be added to the `created_at` time of the client secret to produce an expiration timestamp. Only `created_at` is currently supported.
    pub anchor: Option<CreatedAtLiteral>,
    /// The number of seconds from the anchor point to the expiration. Select a value between `10` and `7200` (2 hours). This default to 600 seconds (10 minutes) if not specified.
    pub seconds: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "realtime")]
/// Session configuration to use for the client secret. Choose either a realtime
/// session or a transcription session.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum RealtimeCreateClientSecretRequestSession {
    /// `realtime`
    #[api(tag = "realtime")]
    Realtime(Box<RealtimeSessionCreateRequestGa>),
    /// `transcription`
    #[api(tag = "transcription")]
    Transcription(Box<RealtimeTranscriptionSessionCreateRequestGa>),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(feature = "realtime")]
/// Response from creating a session and client secret for the Realtime API.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(value, expires_at, session))]
#[non_exhaustive]
pub struct RealtimeCreateClientSecretResponse {
    /// The generated client secret value.
    #[api(default)]
    pub value: String,
    /// Expiration timestamp for the client secret, in seconds since epoch.
    #[api(default)]
    pub expires_at: i64,
    /// The session configuration for either a realtime or transcription session.
    pub session: RealtimeCreateClientSecretResponseSession,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "realtime")]
/// The session configuration for either a realtime or transcription session.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum RealtimeCreateClientSecretResponseSession {
    /// `realtime`
    #[api(tag = "realtime")]
    Realtime(Box<RealtimeSessionCreateResponseGa>),
    /// `transcription`
    #[api(tag = "transcription")]
    Transcription(Box<RealtimeTranscriptionSessionCreateResponseGa>),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// A Realtime session configuration object.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id))]
#[non_exhaustive]
pub struct RealtimeSessionCreateResponseGa {
    /// The type of session to create. Always `realtime` for the Realtime API.
    #[api(rename = "type", constant)]
    pub type_: RealtimeLiteral,
    /// Unique identifier for the session that looks like `sess_1234567890abcdef`.
    #[api(default)]
    pub id: String,
    /// The object type. Always `realtime.session`.
    #[api(constant)]
    pub object: RealtimeSessionLiteral,
    /// Expiration timestamp for the session, in seconds since epoch.
    pub expires_at: Option<i64>,
    /// The set of modalities the model can respond with. It defaults to `["audio"]`, indicating
    /// that the model will respond with audio plus a transcript. `["text"]` can be used to make
    /// the model respond with text only. It is not possible to request both `text` and `audio` at the same time.
    pub output_modalities: Option<Vec<ChatCompletionModality>>,
    /// The Realtime model used for this session.
    pub model: Option<RealtimeSessionCreateRequestGaModel>,
    /// The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior.
    ///
    /// Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.
    pub instructions: Option<String>,
    /// Configuration for input and output audio.
    pub audio: Option<Box<RealtimeSessionCreateResponseGaAudio>>,
    /// Additional fields to include in server outputs.
    ///
    /// `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
    pub include: Option<Vec<ItemInputAudioTranscriptionLogprobsLiteral>>,
    /// Realtime API can write session traces to the [Traces Dashboard](https://platform.openai.com/logs?api=traces). Set to null to disable tracing. Once
    /// tracing is enabled for a session, the configuration cannot be modified.
    ///
    /// `auto` will create a trace for the session with default values for the
    /// workflow name, group id, and metadata.
    pub tracing: Option<RealtimeSessionCreateRequestGaTracing>,
    /// Tools available to the model.
    pub tools: Option<Vec<RealtimeResponseCreateParamsTool>>,
    /// How the model chooses tools. Provide one of the string modes or force a specific
    /// function/MCP tool.
    ///
    /// Defaults to `auto`.
    pub tool_choice: Option<RealtimeResponseCreateParamsToolChoice>,
    /// Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`.
    pub reasoning: Option<RealtimeReasoning>,
    /// Maximum number of output tokens for a single assistant response,
    /// inclusive of tool calls. Provide an integer between 1 and 4096 to
    /// limit output tokens, or `inf` for the maximum available tokens for a
    /// given model. Defaults to `inf`.
    pub max_output_tokens: Option<RealtimeSessionMaxResponseOutputTokens>,
    /// When the number of tokens in a conversation exceeds the model's input token limit, the conversation be truncated, meaning messages (starting from the oldest) will not be included in the model's context. A 32k context model with 4,096 max output tokens can only include 28,224 tokens in the context before truncation occurs.
    ///
    /// Clients can configure truncation behavior to truncate with a lower max token limit, which is an effective way to control token usage and cost.
    ///
    /// Truncation will reduce the number of cached tokens on the next turn (busting the cache), since messages are dropped from the beginning of the context. However, clients can also configure truncation to retain messages up to a fraction of the maximum context size, which will reduce the need for future truncations and thus improve the cache rate.
    ///
    /// Truncation can be disabled entirely, which means the server will never truncate but would instead return an error if the conversation exceeds the model's input token limit.
    pub truncation: Option<RealtimeTruncation>,
    /// Reference to a prompt template and its variables.
    /// [Learn more](https://platform.openai.com/docs/guides/text?api-mode=responses#reusable-prompts).
    pub prompt: Option<Prompt>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Configuration for input and output audio.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RealtimeSessionCreateResponseGaAudio {
    pub input: Option<Box<RealtimeSessionCreateResponseGaAudioInput>>,
    pub output: Option<RealtimeSessionCreateResponseGaAudioOutput>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RealtimeSessionCreateResponseGaAudioInput {
    /// The format of the input audio.
    pub format: Option<RealtimeAudioFormats>,
    /// Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input audio transcription is not native to the model, since the model consumes audio directly. Transcription runs asynchronously through [the /audio/transcriptions endpoint](https://platform.openai.com/docs/api-reference/audio/createTranscription) and should be treated as guidance of input audio content rather than precisely what the model heard. The client can optionally set the language and prompt for transcription, these offer additional guidance to the transcription service.
    pub transcription: Option<Box<AudioTranscriptionResponse>>,
    /// Configuration for input audio noise reduction. This can be set to `null` to turn off.
    /// Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    /// Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
    pub noise_reduction: Option<RealtimeSessionInputAudioNoiseReduction>,
    /// Configuration for turn detection, ether Server VAD or Semantic VAD. This can be set to `null` to turn off, in which case the client must manually trigger model response.
    ///
    /// Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech.
    ///
    /// Semantic VAD is more advanced and uses a turn detection model (in conjunction with VAD) to semantically estimate whether the user has finished speaking, then dynamically sets a timeout based on this probability. For example, if user audio trails off with "uhhm", the model will score a low probability of turn end and wait longer for the user to continue speaking. This can be useful for more natural conversations, but may have a higher latency.
    ///
    /// For `gpt-realtime-whisper` transcription sessions, turn detection must be
    /// set to `null`; VAD is not supported.
    pub turn_detection: Option<RealtimeTurnDetection>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RealtimeSessionCreateResponseGaAudioOutput {
    /// The format of the output audio.
    pub format: Option<RealtimeAudioFormats>,
    /// The voice the model uses to respond. Voice cannot be changed during the
    /// session once the model has responded with audio at least once. Current
    /// voice options are `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`,
    /// `shimmer`, `verse`, `marin`, and `cedar`. We recommend `marin` and `cedar` for
    /// best quality.
    pub voice: Option<VoiceIdsShared>,
    /// The speed of the model's spoken response as a multiple of the original speed.
    /// 1.0 is the default speed. 0.25 is the minimum speed. 1.5 is the maximum speed. This value can only be changed in between model turns, not while a response is in progress.
    ///
    /// This parameter is a post-processing adjustment to the audio after it is generated, it's
    /// also possible to prompt the model to speak faster or slower.
    pub speed: Option<f64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// A Realtime transcription session configuration object.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, object))]
#[non_exhaustive]
pub struct RealtimeTranscriptionSessionCreateResponseGa {
    /// The type of session. Always `transcription` for transcription sessions.
    #[api(rename = "type", constant)]
    pub type_: TranscriptionLiteral,
    /// Unique identifier for the session that looks like `sess_1234567890abcdef`.
    #[api(default)]
    pub id: String,
    /// The object type. Always `realtime.transcription_session`.
    #[api(default)]
    pub object: String,
    /// Expiration timestamp for the session, in seconds since epoch.
    pub expires_at: Option<i64>,
    /// Additional fields to include in server outputs.
    /// - `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
    pub include: Option<Vec<ItemInputAudioTranscriptionLogprobsLiteral>>,
    /// Configuration for input audio for the session.
    pub audio: Option<Box<RealtimeTranscriptionSessionCreateResponseGaAudio>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Configuration for input audio for the session.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RealtimeTranscriptionSessionCreateResponseGaAudio {
    pub input: Option<Box<RealtimeTranscriptionSessionCreateResponseGaAudioInput>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RealtimeTranscriptionSessionCreateResponseGaAudioInput {
    pub format: Option<RealtimeAudioFormats>,
    /// Configuration of the transcription model.
    pub transcription: Option<Box<AudioTranscriptionResponse>>,
    /// Configuration for input audio noise reduction.
    pub noise_reduction: Option<RealtimeSessionCreateResponseAudioInputNoiseReduction>,
    /// Configuration for turn detection. For `gpt-realtime-whisper`, this must be `null`; VAD is not supported.
    pub turn_detection: Option<
        RealtimeTranscriptionSessionCreateResponseGaAudioInputTurnDetection,
    >,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Configuration for turn detection. Can be set to `null` to turn off. Server
/// VAD means that the model will detect the start and end of speech based on
/// audio volume and respond at the end of user speech. For `gpt-realtime-whisper`, this must be `null`; VAD is not supported.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RealtimeTranscriptionSessionCreateResponseGaAudioInputTurnDetection {
    /// Type of turn detection, only `server_vad` is currently supported.
    #[api(rename = "type")]
    pub type_: Option<String>,
    /// Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
    /// higher threshold will require louder audio to activate the model, and
    /// thus might perform better in noisy environments.
    pub threshold: Option<f64>,
    /// Amount of audio to include before the VAD detected speech (in
    /// milliseconds). Defaults to 300ms.
    pub prefix_padding_ms: Option<i64>,
    /// Duration of silence to detect speech stop (in milliseconds). Defaults
    /// to 500ms. With shorter values the model will respond more quickly,
    /// but may jump in on short pauses from the user.
    pub silence_duration_ms: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "realtime")]
/// A Realtime session configuration object.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RealtimeSessionCreateResponse {
    /// Unique identifier for the session that looks like `sess_1234567890abcdef`.
    pub id: Option<String>,
    /// The object type. Always `realtime.session`.
    pub object: Option<String>,
    /// Expiration timestamp for the session, in seconds since epoch.
    pub expires_at: Option<i64>,
    /// Additional fields to include in server outputs.
    /// - `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
    pub include: Option<Vec<ItemInputAudioTranscriptionLogprobsLiteral>>,
    /// The Realtime model used for this session.
    pub model: Option<String>,
    /// The set of modalities the model can respond with. To disable audio,
    /// set this to \["text"\].
    pub output_modalities: Option<Vec<ChatCompletionModality>>,
    /// The default system instructions (i.e. system message) prepended to model
    /// calls. This field allows the client to guide the model on desired
    /// responses. The model can be instructed on response content and format,
    /// (e.g. "be extremely succinct", "act friendly", "here are examples of good
    /// responses") and on audio behavior (e.g. "talk quickly", "inject emotion
    /// into your voice", "laugh frequently"). The instructions are not guaranteed
    /// to be followed by the model, but they provide guidance to the model on the
    /// desired behavior.
    ///
    /// Note that the server sets default instructions which will be used if this
    /// field is not set and are visible in the `session.created` event at the
    /// start of the session.
    pub instructions: Option<String>,
    /// Configuration for input and output audio for the session.
    pub audio: Option<Box<RealtimeSessionCreateResponseAudio>>,
    /// Configuration options for tracing. Set to null to disable tracing. Once
    /// tracing is enabled for a session, the configuration cannot be modified.
    ///
    /// `auto` will create a trace for the session with default values for the
    /// workflow name, group id, and metadata.
    pub tracing: Option<RealtimeSessionTracing>,
    /// Configuration for turn detection. Can be set to `null` to turn off. Server
    /// VAD means that the model will detect the start and end of speech based on
    /// audio volume and respond at the end of user speech.
    pub turn_detection: Option<RealtimeSessionCreateRequestTurnDetection>,
    /// Tools (functions) available to the model.
    pub tools: Option<Vec<RealtimeFunctionTool>>,
    /// How the model chooses tools. Options are `auto`, `none`, `required`, or
    /// specify a function.
    pub tool_choice: Option<String>,
    /// Maximum number of output tokens for a single assistant response,
    /// inclusive of tool calls. Provide an integer between 1 and 4096 to
    /// limit output tokens, or `inf` for the maximum available tokens for a
    /// given model. Defaults to `inf`.
    pub max_output_tokens: Option<RealtimeSessionMaxResponseOutputTokens>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "realtime")]
/// Configuration for input and output audio for the session.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RealtimeSessionCreateResponseAudio {
    pub input: Option<Box<RealtimeSessionCreateResponseAudioInput>>,
    pub output: Option<RealtimeSessionCreateResponseAudioOutput>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "realtime")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RealtimeSessionCreateResponseAudioInput {
    pub format: Option<RealtimeAudioFormats>,
    /// Configuration for input audio transcription.
    pub transcription: Option<Box<AudioTranscriptionResponse>>,
    /// Configuration for input audio noise reduction.
    pub noise_reduction: Option<RealtimeSessionCreateResponseAudioInputNoiseReduction>,
    /// Configuration for turn detection.
    pub turn_detection: Option<RealtimeSessionCreateResponseAudioInputTurnDetection>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Configuration for input audio noise reduction.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RealtimeSessionCreateResponseAudioInputNoiseReduction {
    /// Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for far-field microphones such as laptop or conference room microphones.
    #[api(rename = "type")]
    pub type_: Option<NoiseReductionType>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "realtime")]
/// Configuration for turn detection.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RealtimeSessionCreateResponseAudioInputTurnDetection {
    /// Type of turn detection, only `server_vad` is currently supported.
    #[api(rename = "type")]
    pub type_: Option<String>,
    pub threshold: Option<f64>,
    pub prefix_padding_ms: Option<i64>,
    pub silence_duration_ms: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "realtime")]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RealtimeSessionCreateResponseAudioOutput {
    pub format: Option<RealtimeAudioFormats>,
    pub voice: Option<VoiceIdsShared>,
    pub speed: Option<f64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Configuration for translation input and output audio.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct RealtimeTranslationSessionUpdateRequestAudio {
    pub input: Option<RealtimeTranslationSessionUpdateRequestAudioInput>,
    pub output: Option<RealtimeTranslationSessionAudioOutput>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct RealtimeTranslationSessionUpdateRequestAudioInput {
    /// Optional source-language transcription. When configured, the server emits
    /// `session.input_transcript.delta` events. Translation itself still runs from
    /// the input audio stream.
    pub transcription: Option<
        RealtimeTranslationSessionUpdateRequestAudioInputTranscription,
    >,
    /// Optional input noise reduction. Set to `null` to disable it.
    pub noise_reduction: Option<
        RealtimeTranslationSessionUpdateRequestAudioInputNoiseReduction,
    >,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Optional source-language transcription. When configured, the server emits
/// `session.input_transcript.delta` events. Translation itself still runs from
/// the input audio stream.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(model))]
pub struct RealtimeTranslationSessionUpdateRequestAudioInputTranscription {
    /// The transcription model to use for source transcript deltas.
    #[api(default)]
    pub model: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Optional input noise reduction. Set to `null` to disable it.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(type_))]
pub struct RealtimeTranslationSessionUpdateRequestAudioInputNoiseReduction {
    /// Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for far-field microphones such as laptop or conference room microphones.
    #[api(rename = "type", default)]
    pub type_: NoiseReductionType,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "realtime")]
/// Create a translation session and client secret for the Realtime API.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(session))]
pub struct RealtimeTranslationClientSecretCreateRequest {
    /// Configuration for the client secret expiration. Expiration refers to the time after which
    /// a client secret will no longer be valid for creating sessions. The session itself may
    /// continue after that time once started. A secret can be used to create multiple sessions
    /// until it expires.
    pub expires_after: Option<RealtimeCreateClientSecretRequestExpiresAfter>,
    /// Realtime translation session configuration. Translation sessions stream source
    /// audio in and translated audio plus transcript deltas out continuously.
    #[api(default)]
    pub session: RealtimeTranslationSessionCreateRequest,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "realtime")]
/// Realtime translation session configuration. Translation sessions stream source
/// audio in and translated audio plus transcript deltas out continuously.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(model))]
pub struct RealtimeTranslationSessionCreateRequest {
    /// The Realtime translation model used for this session.
    #[api(default)]
    pub model: String,
    /// Configuration for translation input and output audio.
    pub audio: Option<Box<RealtimeTranslationSessionUpdateRequestAudio>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "realtime")]
/// Response from creating a translation session and client secret for the Realtime API.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(value, expires_at, session))]
#[non_exhaustive]
pub struct RealtimeTranslationClientSecretCreateResponse {
    /// The generated client secret value.
    #[api(default)]
    pub value: String,
    /// Expiration timestamp for the client secret, in seconds since epoch.
    #[api(default)]
    pub expires_at: i64,
    /// A Realtime translation session. Translation sessions continuously translate input
    /// audio into the configured output language.
    #[api(default)]
    pub session: RealtimeTranslationSession,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// A Realtime translation session. Translation sessions continuously translate input
/// audio into the configured output language.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, expires_at, model, audio))]
#[non_exhaustive]
pub struct RealtimeTranslationSession {
    /// Unique identifier for the session that looks like `sess_1234567890abcdef`.
    #[api(default)]
    pub id: String,
    /// The session type. Always `translation` for Realtime translation sessions.
    #[api(rename = "type", constant)]
    pub type_: TranslationLiteral,
    /// Expiration timestamp for the session, in seconds since epoch.
    #[api(default)]
    pub expires_at: i64,
    /// The Realtime translation model used for this session. This field is set at
    /// session creation and cannot be changed with `session.update`.
    #[api(default)]
    pub model: String,
    /// Configuration for translation input and output audio.
    #[api(default)]
    pub audio: RealtimeTranslationSessionAudio,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// The constant `translation`.
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
pub enum TranslationLiteral {
    /// `translation`
    #[default]
    Translation,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Configuration for translation input and output audio.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RealtimeTranslationSessionAudio {
    pub input: Option<RealtimeTranslationSessionAudioInput>,
    pub output: Option<RealtimeTranslationSessionAudioOutput>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RealtimeTranslationSessionAudioInput {
    /// Optional source-language transcription. When configured, the server emits
    /// `session.input_transcript.delta` events. Translation itself still runs from
    /// the input audio stream.
    pub transcription: Option<RealtimeTranslationSessionAudioInputTranscription>,
    /// Optional input noise reduction.
    pub noise_reduction: Option<RealtimeTranslationSessionAudioInputNoiseReduction>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Optional source-language transcription. When configured, the server emits
/// `session.input_transcript.delta` events. Translation itself still runs from
/// the input audio stream.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(model))]
#[non_exhaustive]
pub struct RealtimeTranslationSessionAudioInputTranscription {
    /// The transcription model used for source transcript deltas.
    #[api(default)]
    pub model: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
/// Optional input noise reduction.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(type_))]
#[non_exhaustive]
pub struct RealtimeTranslationSessionAudioInputNoiseReduction {
    /// Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for far-field microphones such as laptop or conference room microphones.
    #[api(rename = "type", default)]
    pub type_: NoiseReductionType,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "extra-types", feature = "realtime"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct RealtimeTranslationSessionAudioOutput {
    /// Target language for translated output audio and transcript deltas.
    pub language: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
