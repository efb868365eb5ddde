//! Types of the `audio` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[cfg(
    any(
        feature = "audio",
        feature = "batches",
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "embeddings",
        feature = "fine-tuning",
        feature = "models",
        feature = "organization",
        feature = "projects",
        feature = "responses"
    )
)]
/// The constant `list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ListLiteral {
    /// `list`
    #[default]
    List,
}
#[cfg(
    any(
        feature = "audio",
        feature = "batches",
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "embeddings",
        feature = "fine-tuning",
        feature = "models",
        feature = "organization",
        feature = "projects",
        feature = "responses"
    )
)]
impl ListLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "list"
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "batches",
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "embeddings",
        feature = "fine-tuning",
        feature = "models",
        feature = "organization",
        feature = "projects",
        feature = "responses"
    )
)]
impl std::fmt::Display for ListLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "batches",
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "embeddings",
        feature = "fine-tuning",
        feature = "models",
        feature = "organization",
        feature = "projects",
        feature = "responses"
    )
)]
impl Serialize for ListLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("list")
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "batches",
        feature = "beta",
        feature = "containers",
        feature = "conversations",
        feature = "embeddings",
        feature = "fine-tuning",
        feature = "models",
        feature = "organization",
        feature = "projects",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for ListLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "list").map(|()| Self::List)
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
/// The constant `auto`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum AutoLiteral2 {
    /// `auto`
    #[default]
    Auto,
}
#[cfg(
    any(
        feature = "audio",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl AutoLiteral2 {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "auto"
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl std::fmt::Display for AutoLiteral2 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl Serialize for AutoLiteral2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("auto")
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses"
    )
)]
impl<'de> Deserialize<'de> for AutoLiteral2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "auto").map(|()| Self::Auto)
    }
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum VoiceIdsOrCustomVoice {
    Variant2(VoiceIdsOrCustomVoiceVariant2),
    Shared(VoiceIdsShared),
    /// A value this version of the SDK does not recognize, kept as JSON.
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
impl From<VoiceIdsOrCustomVoiceVariant2> for VoiceIdsOrCustomVoice {
    fn from(value: VoiceIdsOrCustomVoiceVariant2) -> Self {
        Self::Variant2(value)
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
impl From<VoiceIdsShared> for VoiceIdsOrCustomVoice {
    fn from(value: VoiceIdsShared) -> Self {
        Self::Shared(value)
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
impl From<&str> for VoiceIdsOrCustomVoice {
    fn from(value: &str) -> Self {
        Self::Shared(value.into())
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
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
impl VoiceIdsShared {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Alloy => "alloy",
            Self::Ash => "ash",
            Self::Ballad => "ballad",
            Self::Coral => "coral",
            Self::Echo => "echo",
            Self::Sage => "sage",
            Self::Shimmer => "shimmer",
            Self::Verse => "verse",
            Self::Marin => "marin",
            Self::Cedar => "cedar",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "alloy" => Self::Alloy,
            "ash" => Self::Ash,
            "ballad" => Self::Ballad,
            "coral" => Self::Coral,
            "echo" => Self::Echo,
            "sage" => Self::Sage,
            "shimmer" => Self::Shimmer,
            "verse" => Self::Verse,
            "marin" => Self::Marin,
            "cedar" => Self::Cedar,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
impl From<&str> for VoiceIdsShared {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
impl From<String> for VoiceIdsShared {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
impl std::fmt::Display for VoiceIdsShared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
impl Serialize for VoiceIdsShared {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
impl<'de> Deserialize<'de> for VoiceIdsShared {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
impl Default for VoiceIdsShared {
    fn default() -> Self {
        Self::Other(String::new())
    }
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct VoiceIdsOrCustomVoiceVariant2 {
    /// The custom voice ID, e.g. `voice_1234`.
    pub id: String,
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
impl sdk_runtime_types::de::Object for VoiceIdsOrCustomVoiceVariant2 {
    const NAME: &'static str = "VoiceIdsOrCustomVoiceVariant2";
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
        Ok(Self {
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
        })
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
impl<'de> Deserialize<'de> for VoiceIdsOrCustomVoiceVariant2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(
    any(
        feature = "audio",
        feature = "chat",
        feature = "extra-types",
        feature = "realtime"
    )
)]
impl VoiceIdsOrCustomVoiceVariant2 {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct VadConfig {
    /// Must be set to `server_vad` to enable manual chunking using server side VAD.
    #[serde(rename = "type")]
    pub type_: ServerVadLiteral,
    /// Amount of audio to include before the VAD detected speech (in
    /// milliseconds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefix_padding_ms: Option<i64>,
    /// Duration of silence to detect speech stop (in milliseconds).
    /// With shorter values the model will respond more quickly,
    /// but may jump in on short pauses from the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub silence_duration_ms: Option<i64>,
    /// Sensitivity threshold (0.0 to 1.0) for voice activity detection. A
    /// higher threshold will require louder audio to activate the model, and
    /// thus might perform better in noisy environments.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f64>,
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
impl sdk_runtime_types::de::Object for VadConfig {
    const NAME: &'static str = "VadConfig";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ServerVadLiteral> = None;
        let mut prefix_padding_ms: Option<i64> = None;
        let mut silence_duration_ms: Option<i64> = None;
        let mut threshold: Option<f64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "prefix_padding_ms" => 1,
                    "silence_duration_ms" => 2,
                    "threshold" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut prefix_padding_ms),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut silence_duration_ms),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut threshold),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            prefix_padding_ms,
            silence_duration_ms,
            threshold,
        })
    }
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
impl<'de> Deserialize<'de> for VadConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
impl VadConfig {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            prefix_padding_ms: None,
            silence_duration_ms: None,
            threshold: None,
        }
    }
    /// Sets `prefix_padding_ms`.
    pub fn prefix_padding_ms(mut self, value: impl Into<i64>) -> Self {
        self.prefix_padding_ms = Some(value.into());
        self
    }
    /// Sets `silence_duration_ms`.
    pub fn silence_duration_ms(mut self, value: impl Into<i64>) -> Self {
        self.silence_duration_ms = Some(value.into());
        self
    }
    /// Sets `threshold`.
    pub fn threshold(mut self, value: impl Into<f64>) -> Self {
        self.threshold = Some(value.into());
        self
    }
}
#[cfg(any(feature = "audio", feature = "extra-types", feature = "realtime"))]
/// The constant `server_vad`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ServerVadLiteral {
    /// `server_vad`
    #[default]
    ServerVad,
}
#[cfg(any(feature = "audio", feature = "extra-types", feature = "realtime"))]
impl ServerVadLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "server_vad"
    }
}
#[cfg(any(feature = "audio", feature = "extra-types", feature = "realtime"))]
impl std::fmt::Display for ServerVadLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "audio", feature = "extra-types", feature = "realtime"))]
impl Serialize for ServerVadLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("server_vad")
    }
}
#[cfg(any(feature = "audio", feature = "extra-types", feature = "realtime"))]
impl<'de> Deserialize<'de> for ServerVadLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "server_vad")
            .map(|()| Self::ServerVad)
    }
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
/// Usage statistics for models billed by token usage.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct TranscriptTextUsageTokens {
    /// The type of the usage object. Always `tokens` for this variant.
    #[serde(rename = "type")]
    pub type_: TokensLiteral,
    /// Number of input tokens billed for this request.
    pub input_tokens: i64,
    /// Details about the input tokens billed for this request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_token_details: Option<TranscriptTextUsageTokensInputTokenDetails>,
    /// Number of output tokens generated.
    pub output_tokens: i64,
    /// Total number of tokens used (input + output).
    pub total_tokens: i64,
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
impl sdk_runtime_types::de::Object for TranscriptTextUsageTokens {
    const NAME: &'static str = "TranscriptTextUsageTokens";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<TokensLiteral> = None;
        let mut input_tokens: Option<i64> = None;
        let mut input_token_details: Option<
            TranscriptTextUsageTokensInputTokenDetails,
        > = None;
        let mut output_tokens: Option<i64> = None;
        let mut total_tokens: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "input_tokens" => 1,
                    "input_token_details" => 2,
                    "output_tokens" => 3,
                    "total_tokens" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut input_tokens),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut input_token_details),
                3 => sdk_runtime_types::de::value(&mut map, &mut output_tokens),
                4 => sdk_runtime_types::de::value(&mut map, &mut total_tokens),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            input_tokens: input_tokens.unwrap_or_default(),
            input_token_details,
            output_tokens: output_tokens.unwrap_or_default(),
            total_tokens: total_tokens.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
impl<'de> Deserialize<'de> for TranscriptTextUsageTokens {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
impl TranscriptTextUsageTokens {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        input_tokens: impl Into<i64>,
        output_tokens: impl Into<i64>,
        total_tokens: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            input_tokens: input_tokens.into(),
            input_token_details: None,
            output_tokens: output_tokens.into(),
            total_tokens: total_tokens.into(),
        }
    }
    /// Sets `input_token_details`.
    pub fn input_token_details(
        mut self,
        value: impl Into<TranscriptTextUsageTokensInputTokenDetails>,
    ) -> Self {
        self.input_token_details = Some(value.into());
        self
    }
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
/// The constant `tokens`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TokensLiteral {
    /// `tokens`
    #[default]
    Tokens,
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
impl TokensLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "tokens"
    }
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
impl std::fmt::Display for TokensLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
impl Serialize for TokensLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("tokens")
    }
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
impl<'de> Deserialize<'de> for TokensLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "tokens").map(|()| Self::Tokens)
    }
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
/// Details about the input tokens billed for this request.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct TranscriptTextUsageTokensInputTokenDetails {
    /// Number of text tokens billed for this request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text_tokens: Option<i64>,
    /// Number of audio tokens billed for this request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio_tokens: Option<i64>,
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
impl sdk_runtime_types::de::Object for TranscriptTextUsageTokensInputTokenDetails {
    const NAME: &'static str = "TranscriptTextUsageTokensInputTokenDetails";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut text_tokens: Option<i64> = None;
        let mut audio_tokens: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "text_tokens" => 0,
                    "audio_tokens" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut text_tokens),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut audio_tokens),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { text_tokens, audio_tokens })
    }
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
impl<'de> Deserialize<'de> for TranscriptTextUsageTokensInputTokenDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
impl TranscriptTextUsageTokensInputTokenDetails {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            text_tokens: None,
            audio_tokens: None,
        }
    }
    /// Sets `text_tokens`.
    pub fn text_tokens(mut self, value: impl Into<i64>) -> Self {
        self.text_tokens = Some(value.into());
        self
    }
    /// Sets `audio_tokens`.
    pub fn audio_tokens(mut self, value: impl Into<i64>) -> Self {
        self.audio_tokens = Some(value.into());
        self
    }
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
/// Usage statistics for models billed by audio input duration.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct TranscriptTextUsageDuration {
    /// The type of the usage object. Always `duration` for this variant.
    #[serde(rename = "type")]
    pub type_: DurationLiteral,
    /// Duration of the input audio in seconds.
    pub seconds: f64,
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
impl sdk_runtime_types::de::Object for TranscriptTextUsageDuration {
    const NAME: &'static str = "TranscriptTextUsageDuration";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<DurationLiteral> = None;
        let mut seconds: Option<f64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "seconds" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut seconds),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            seconds: seconds.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
impl<'de> Deserialize<'de> for TranscriptTextUsageDuration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
impl TranscriptTextUsageDuration {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(seconds: impl Into<f64>) -> Self {
        Self {
            type_: Default::default(),
            seconds: seconds.into(),
        }
    }
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
/// The constant `duration`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum DurationLiteral {
    /// `duration`
    #[default]
    Duration,
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
impl DurationLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "duration"
    }
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
impl std::fmt::Display for DurationLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
impl Serialize for DurationLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("duration")
    }
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
impl<'de> Deserialize<'de> for DurationLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "duration").map(|()| Self::Duration)
    }
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
/// A language detected in transcribed audio.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct TranscriptionLanguage {
    /// The code of a language detected in the audio.
    pub code: String,
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
impl sdk_runtime_types::de::Object for TranscriptionLanguage {
    const NAME: &'static str = "TranscriptionLanguage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut code: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "code" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut code),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            code: code.unwrap_or_default(),
        })
    }
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
impl<'de> Deserialize<'de> for TranscriptionLanguage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
impl TranscriptionLanguage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(code: impl Into<String>) -> Self {
        Self { code: code.into() }
    }
}
