//! Types of the `audio` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
#[cfg(
    any(
        feature = "audio",
        feature = "batches",
        feature = "beta",
        feature = "chat",
        feature = "chatkit",
        feature = "containers",
        feature = "conversations",
        feature = "embeddings",
        feature = "evals",
        feature = "fine-tuning",
        feature = "models",
        feature = "organization",
        feature = "projects",
        feature = "responses",
        feature = "skills",
        feature = "videos"
    )
)]
/// The constant `list`.
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
pub enum ListLiteral {
    /// `list`
    #[default]
    List,
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
/// A built-in voice name or a custom voice reference.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum VoiceIdsOrCustomVoice {
    Object(VoiceIdsOrCustomVoiceObject),
    #[api(from_str)]
    Shared(VoiceIdsShared),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum VoiceIdsShared {
    /// `alloy`
    Alloy,
    /// `ash`
    Ash,
    /// `ballad`
    Ballad,
    /// `coral`
    Coral,
    /// `echo`
    Echo,
    /// `sage`
    Sage,
    /// `shimmer`
    Shimmer,
    /// `verse`
    Verse,
    /// `marin`
    Marin,
    /// `cedar`
    Cedar,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
/// Custom voice reference.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id))]
#[api(strict)]
pub struct VoiceIdsOrCustomVoiceObject {
    /// The custom voice ID, e.g. `voice_1234`.
    pub id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[api(strict)]
pub struct VadConfig {
    /// Must be set to `server_vad` to enable manual chunking using server side VAD.
    #[api(rename = "type", constant)]
    pub type_: ServerVadLiteral,
    /// Amount of audio to include before the VAD detected speech (in
    /// milliseconds).
    ///
    /// Defaults to `300`.
    pub prefix_padding_ms: Option<i64>,
    /// Duration of silence to detect speech stop (in milliseconds).
    /// With shorter values the model will respond more quickly,
    /// but may jump in on short pauses from the user.
    ///
    /// Defaults to `200`.
    pub silence_duration_ms: Option<i64>,
    /// Sensitivity threshold (0.0 to 1.0) for voice activity detection. A
    /// higher threshold will require louder audio to activate the model, and
    /// thus might perform better in noisy environments.
    ///
    /// Defaults to `0.5`.
    pub threshold: Option<f64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "audio", feature = "extra-types", feature = "realtime"))]
/// The constant `server_vad`.
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
pub enum ServerVadLiteral {
    /// `server_vad`
    #[default]
    ServerVad,
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
/// Usage statistics for models billed by token usage.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(input_tokens, output_tokens, total_tokens))]
#[non_exhaustive]
pub struct TranscriptTextUsageTokens {
    /// The type of the usage object. Always `tokens` for this variant.
    #[api(rename = "type", constant)]
    pub type_: TokensLiteral,
    /// Number of input tokens billed for this request.
    #[api(default)]
    pub input_tokens: i64,
    /// Details about the input tokens billed for this request.
    pub input_token_details: Option<TranscriptTextUsageTokensInputTokenDetails>,
    /// Number of output tokens generated.
    #[api(default)]
    pub output_tokens: i64,
    /// Total number of tokens used (input + output).
    #[api(default)]
    pub total_tokens: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
/// The constant `tokens`.
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
pub enum TokensLiteral {
    /// `tokens`
    #[default]
    Tokens,
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
/// Details about the input tokens billed for this request.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct TranscriptTextUsageTokensInputTokenDetails {
    /// Number of text tokens billed for this request.
    pub text_tokens: Option<i64>,
    /// Number of audio tokens billed for this request.
    pub audio_tokens: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
/// Usage statistics for models billed by audio input duration.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(seconds))]
#[non_exhaustive]
pub struct TranscriptTextUsageDuration {
    /// The type of the usage object. Always `duration` for this variant.
    #[api(rename = "type", constant)]
    pub type_: DurationLiteral,
    /// Duration of the input audio in seconds.
    #[api(default)]
    pub seconds: f64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
/// The constant `duration`.
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
pub enum DurationLiteral {
    /// `duration`
    #[default]
    Duration,
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
/// A language detected in transcribed audio.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(code))]
#[non_exhaustive]
pub struct TranscriptionLanguage {
    /// The code of a language detected in the audio.
    #[api(default)]
    pub code: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
