//! Types of the `realtime` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AudioTranscription {
    /// The model to use for transcription. Current options are `whisper-1`, `gpt-transcribe`, `gpt-live-transcribe`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`, and `gpt-realtime-whisper`. Use `gpt-4o-transcribe-diarize` when you need diarization with speaker labels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<AudioTranscriptionModel>,
    /// The language of the input audio. Supplying the input language in
    /// [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) (e.g. `en`) format
    /// will improve accuracy and latency.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Possible languages of the input audio, in [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format. Supported by `gpt-transcribe` and `gpt-live-transcribe`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,
    /// Words or phrases to guide transcription of the input audio. Supported by `gpt-transcribe` and `gpt-live-transcribe`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keywords: Option<Vec<String>>,
    /// An optional text to guide the model's style or continue a previous audio
    /// segment.
    /// For `whisper-1`, the [prompt is a list of keywords](https://platform.openai.com/docs/guides/speech-to-text#prompting).
    /// For `gpt-4o-transcribe` models (excluding `gpt-4o-transcribe-diarize`), the prompt is a free text string, for example "expect words related to technology".
    /// Prompt is not supported with `gpt-realtime-whisper` in GA Realtime sessions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt: Option<String>,
    /// Controls how long the model waits before emitting transcription text.
    /// Higher values can improve transcription accuracy at the cost of latency.
    /// Only supported with `gpt-realtime-whisper` in GA Realtime sessions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delay: Option<AudioTranscriptionDelay>,
}
impl sdk_runtime_types::de::Object for AudioTranscription {
    const NAME: &'static str = "AudioTranscription";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut model: Option<AudioTranscriptionModel> = None;
        let mut language: Option<String> = None;
        let mut languages: Option<Vec<String>> = None;
        let mut keywords: Option<Vec<String>> = None;
        let mut prompt: Option<String> = None;
        let mut delay: Option<AudioTranscriptionDelay> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "model" => 0,
                    "language" => 1,
                    "languages" => 2,
                    "keywords" => 3,
                    "prompt" => 4,
                    "delay" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut language),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut languages),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut keywords),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut prompt),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut delay),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            model,
            language,
            languages,
            keywords,
            prompt,
            delay,
        })
    }
}
impl<'de> Deserialize<'de> for AudioTranscription {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AudioTranscription {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            model: None,
            language: None,
            languages: None,
            keywords: None,
            prompt: None,
            delay: None,
        }
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<AudioTranscriptionModel>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `languages`.
    pub fn languages(mut self, value: impl Into<Vec<String>>) -> Self {
        self.languages = Some(value.into());
        self
    }
    /// Sets `keywords`.
    pub fn keywords(mut self, value: impl Into<Vec<String>>) -> Self {
        self.keywords = Some(value.into());
        self
    }
    /// Sets `prompt`.
    pub fn prompt(mut self, value: impl Into<String>) -> Self {
        self.prompt = Some(value.into());
        self
    }
    /// Sets `delay`.
    pub fn delay(mut self, value: impl Into<AudioTranscriptionDelay>) -> Self {
        self.delay = Some(value.into());
        self
    }
}
/// The model to use for transcription. Current options are `whisper-1`, `gpt-transcribe`, `gpt-live-transcribe`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`, and `gpt-realtime-whisper`. Use `gpt-4o-transcribe-diarize` when you need diarization with speaker labels.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AudioTranscriptionModel {
    /// `whisper-1`
    Whisper1,
    /// `gpt-transcribe`
    GptTranscribe,
    /// `gpt-live-transcribe`
    GptLiveTranscribe,
    /// `gpt-4o-mini-transcribe`
    Gpt4oMiniTranscribe,
    /// `gpt-4o-mini-transcribe-2025-12-15`
    Gpt4oMiniTranscribe20251215,
    /// `gpt-4o-transcribe`
    Gpt4oTranscribe,
    /// `gpt-4o-transcribe-diarize`
    Gpt4oTranscribeDiarize,
    /// `gpt-realtime-whisper`
    GptRealtimeWhisper,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl AudioTranscriptionModel {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Whisper1 => "whisper-1",
            Self::GptTranscribe => "gpt-transcribe",
            Self::GptLiveTranscribe => "gpt-live-transcribe",
            Self::Gpt4oMiniTranscribe => "gpt-4o-mini-transcribe",
            Self::Gpt4oMiniTranscribe20251215 => "gpt-4o-mini-transcribe-2025-12-15",
            Self::Gpt4oTranscribe => "gpt-4o-transcribe",
            Self::Gpt4oTranscribeDiarize => "gpt-4o-transcribe-diarize",
            Self::GptRealtimeWhisper => "gpt-realtime-whisper",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "whisper-1" => Self::Whisper1,
            "gpt-transcribe" => Self::GptTranscribe,
            "gpt-live-transcribe" => Self::GptLiveTranscribe,
            "gpt-4o-mini-transcribe" => Self::Gpt4oMiniTranscribe,
            "gpt-4o-mini-transcribe-2025-12-15" => Self::Gpt4oMiniTranscribe20251215,
            "gpt-4o-transcribe" => Self::Gpt4oTranscribe,
            "gpt-4o-transcribe-diarize" => Self::Gpt4oTranscribeDiarize,
            "gpt-realtime-whisper" => Self::GptRealtimeWhisper,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for AudioTranscriptionModel {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for AudioTranscriptionModel {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for AudioTranscriptionModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for AudioTranscriptionModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for AudioTranscriptionModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for AudioTranscriptionModel {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Controls how long the model waits before emitting transcription text.
/// Higher values can improve transcription accuracy at the cost of latency.
/// Only supported with `gpt-realtime-whisper` in GA Realtime sessions.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
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
impl AudioTranscriptionDelay {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Minimal => "minimal",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Xhigh => "xhigh",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "minimal" => Self::Minimal,
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            "xhigh" => Self::Xhigh,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for AudioTranscriptionDelay {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for AudioTranscriptionDelay {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for AudioTranscriptionDelay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for AudioTranscriptionDelay {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for AudioTranscriptionDelay {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for AudioTranscriptionDelay {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AudioTranscriptionResponse {
    /// The model used for transcription. Current options are `whisper-1`, `gpt-transcribe`, `gpt-live-transcribe`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`, and `gpt-realtime-whisper`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<AudioTranscriptionResponseModel>,
    /// The language of the input audio.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The possible input audio languages configured for transcription, in [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,
    /// The prompt configured for input audio transcription, when present.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt: Option<String>,
}
impl sdk_runtime_types::de::Object for AudioTranscriptionResponse {
    const NAME: &'static str = "AudioTranscriptionResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut model: Option<AudioTranscriptionResponseModel> = None;
        let mut language: Option<String> = None;
        let mut languages: Option<Vec<String>> = None;
        let mut prompt: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "model" => 0,
                    "language" => 1,
                    "languages" => 2,
                    "prompt" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut language),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut languages),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut prompt),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            model,
            language,
            languages,
            prompt,
        })
    }
}
impl<'de> Deserialize<'de> for AudioTranscriptionResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl AudioTranscriptionResponse {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            model: None,
            language: None,
            languages: None,
            prompt: None,
        }
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<AudioTranscriptionResponseModel>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `languages`.
    pub fn languages(mut self, value: impl Into<Vec<String>>) -> Self {
        self.languages = Some(value.into());
        self
    }
    /// Sets `prompt`.
    pub fn prompt(mut self, value: impl Into<String>) -> Self {
        self.prompt = Some(value.into());
        self
    }
}
/// The model used for transcription. Current options are `whisper-1`, `gpt-transcribe`, `gpt-live-transcribe`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`, and `gpt-realtime-whisper`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AudioTranscriptionResponseModel {
    /// `whisper-1`
    Whisper1,
    /// `gpt-transcribe`
    GptTranscribe,
    /// `gpt-live-transcribe`
    GptLiveTranscribe,
    /// `gpt-4o-mini-transcribe`
    Gpt4oMiniTranscribe,
    /// `gpt-4o-mini-transcribe-2025-12-15`
    Gpt4oMiniTranscribe20251215,
    /// `gpt-4o-transcribe`
    Gpt4oTranscribe,
    /// `gpt-4o-transcribe-diarize`
    Gpt4oTranscribeDiarize,
    /// `gpt-realtime-whisper`
    GptRealtimeWhisper,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl AudioTranscriptionResponseModel {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Whisper1 => "whisper-1",
            Self::GptTranscribe => "gpt-transcribe",
            Self::GptLiveTranscribe => "gpt-live-transcribe",
            Self::Gpt4oMiniTranscribe => "gpt-4o-mini-transcribe",
            Self::Gpt4oMiniTranscribe20251215 => "gpt-4o-mini-transcribe-2025-12-15",
            Self::Gpt4oTranscribe => "gpt-4o-transcribe",
            Self::Gpt4oTranscribeDiarize => "gpt-4o-transcribe-diarize",
            Self::GptRealtimeWhisper => "gpt-realtime-whisper",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "whisper-1" => Self::Whisper1,
            "gpt-transcribe" => Self::GptTranscribe,
            "gpt-live-transcribe" => Self::GptLiveTranscribe,
            "gpt-4o-mini-transcribe" => Self::Gpt4oMiniTranscribe,
            "gpt-4o-mini-transcribe-2025-12-15" => Self::Gpt4oMiniTranscribe20251215,
            "gpt-4o-transcribe" => Self::Gpt4oTranscribe,
            "gpt-4o-transcribe-diarize" => Self::Gpt4oTranscribeDiarize,
            "gpt-realtime-whisper" => Self::GptRealtimeWhisper,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for AudioTranscriptionResponseModel {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for AudioTranscriptionResponseModel {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for AudioTranscriptionResponseModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for AudioTranscriptionResponseModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for AudioTranscriptionResponseModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for AudioTranscriptionResponseModel {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for far-field microphones such as laptop or conference room microphones.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum NoiseReductionType {
    /// `near_field`
    NearField,
    /// `far_field`
    FarField,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl NoiseReductionType {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::NearField => "near_field",
            Self::FarField => "far_field",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "near_field" => Self::NearField,
            "far_field" => Self::FarField,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for NoiseReductionType {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for NoiseReductionType {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for NoiseReductionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for NoiseReductionType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for NoiseReductionType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for NoiseReductionType {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeAudioFormats {
    /// `audio/pcm`
    AudioPcm(RealtimeAudioFormatsPcmAudioFormat),
    /// `audio/pcmu`
    AudioPcmu(RealtimeAudioFormatsPcmuAudioFormat),
    /// `audio/pcma`
    AudioPcma(RealtimeAudioFormatsPcmaAudioFormat),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for RealtimeAudioFormats {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::AudioPcm(value) => value.serialize(serializer),
            Self::AudioPcmu(value) => value.serialize(serializer),
            Self::AudioPcma(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for RealtimeAudioFormats {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "audio/pcm" => Deserialize::deserialize(content).map(Self::AudioPcm),
                "audio/pcmu" => Deserialize::deserialize(content).map(Self::AudioPcmu),
                "audio/pcma" => Deserialize::deserialize(content).map(Self::AudioPcma),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for RealtimeAudioFormats {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<RealtimeAudioFormatsPcmAudioFormat> for RealtimeAudioFormats {
    fn from(value: RealtimeAudioFormatsPcmAudioFormat) -> Self {
        Self::AudioPcm(value)
    }
}
impl From<RealtimeAudioFormatsPcmuAudioFormat> for RealtimeAudioFormats {
    fn from(value: RealtimeAudioFormatsPcmuAudioFormat) -> Self {
        Self::AudioPcmu(value)
    }
}
impl From<RealtimeAudioFormatsPcmaAudioFormat> for RealtimeAudioFormats {
    fn from(value: RealtimeAudioFormatsPcmaAudioFormat) -> Self {
        Self::AudioPcma(value)
    }
}
/// The PCM audio format. Only a 24kHz sample rate is supported.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeAudioFormatsPcmAudioFormat {
    /// The audio format. Always `audio/pcm`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<AudioPcmLiteral>,
    /// The sample rate of the audio. Always `24000`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate: Option<i64>,
}
impl sdk_runtime_types::de::Object for RealtimeAudioFormatsPcmAudioFormat {
    const NAME: &'static str = "RealtimeAudioFormatsPcmAudioFormat";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<AudioPcmLiteral> = None;
        let mut rate: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "rate" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut rate),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { type_, rate })
    }
}
impl<'de> Deserialize<'de> for RealtimeAudioFormatsPcmAudioFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeAudioFormatsPcmAudioFormat {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: None, rate: None }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<AudioPcmLiteral>) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `rate`.
    pub fn rate(mut self, value: impl Into<i64>) -> Self {
        self.rate = Some(value.into());
        self
    }
}
/// The constant `audio/pcm`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum AudioPcmLiteral {
    /// `audio/pcm`
    #[default]
    AudioPcm,
}
impl AudioPcmLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "audio/pcm"
    }
}
impl std::fmt::Display for AudioPcmLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for AudioPcmLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("audio/pcm")
    }
}
impl<'de> Deserialize<'de> for AudioPcmLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "audio/pcm")
            .map(|()| Self::AudioPcm)
    }
}
/// The G.711 μ-law format.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeAudioFormatsPcmuAudioFormat {
    /// The audio format. Always `audio/pcmu`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<AudioPcmuLiteral>,
}
impl sdk_runtime_types::de::Object for RealtimeAudioFormatsPcmuAudioFormat {
    const NAME: &'static str = "RealtimeAudioFormatsPcmuAudioFormat";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<AudioPcmuLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { type_ })
    }
}
impl<'de> Deserialize<'de> for RealtimeAudioFormatsPcmuAudioFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeAudioFormatsPcmuAudioFormat {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: None }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<AudioPcmuLiteral>) -> Self {
        self.type_ = Some(value.into());
        self
    }
}
/// The constant `audio/pcmu`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum AudioPcmuLiteral {
    /// `audio/pcmu`
    #[default]
    AudioPcmu,
}
impl AudioPcmuLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "audio/pcmu"
    }
}
impl std::fmt::Display for AudioPcmuLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for AudioPcmuLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("audio/pcmu")
    }
}
impl<'de> Deserialize<'de> for AudioPcmuLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "audio/pcmu")
            .map(|()| Self::AudioPcmu)
    }
}
/// The G.711 A-law format.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeAudioFormatsPcmaAudioFormat {
    /// The audio format. Always `audio/pcma`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<AudioPcmaLiteral>,
}
impl sdk_runtime_types::de::Object for RealtimeAudioFormatsPcmaAudioFormat {
    const NAME: &'static str = "RealtimeAudioFormatsPcmaAudioFormat";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<AudioPcmaLiteral> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { type_ })
    }
}
impl<'de> Deserialize<'de> for RealtimeAudioFormatsPcmaAudioFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeAudioFormatsPcmaAudioFormat {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: None }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<AudioPcmaLiteral>) -> Self {
        self.type_ = Some(value.into());
        self
    }
}
/// The constant `audio/pcma`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum AudioPcmaLiteral {
    /// `audio/pcma`
    #[default]
    AudioPcma,
}
impl AudioPcmaLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "audio/pcma"
    }
}
impl std::fmt::Display for AudioPcmaLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for AudioPcmaLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("audio/pcma")
    }
}
impl<'de> Deserialize<'de> for AudioPcmaLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "audio/pcma")
            .map(|()| Self::AudioPcma)
    }
}
/// The constant `inf`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum InfLiteral {
    /// `inf`
    #[default]
    Inf,
}
impl InfLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "inf"
    }
}
impl std::fmt::Display for InfLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for InfLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("inf")
    }
}
impl<'de> Deserialize<'de> for InfLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "inf").map(|()| Self::Inf)
    }
}
/// A new Realtime session configuration, with an ephemeral key. Default TTL
/// for keys is one minute.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeSessionCreateRequest {
    /// Ephemeral key returned by the API.
    pub client_secret: RealtimeSessionCreateRequestClientSecret,
    /// The set of modalities the model can respond with. To disable audio,
    /// set this to \["text"\].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modalities: Option<Vec<ChatCompletionModality>>,
    /// The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior.
    /// Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// The voice the model uses to respond. Supported built-in voices are
    /// `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`,
    /// `marin`, and `cedar`. You may also provide a custom voice object with an
    /// `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed during
    /// the session once the model has responded with audio at least once.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub voice: Option<VoiceIdsOrCustomVoice>,
    /// The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_audio_format: Option<String>,
    /// The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_audio_format: Option<String>,
    /// Configuration for input audio transcription, defaults to off and can be
    /// set to `null` to turn off once on. Input audio transcription is not native
    /// to the model, since the model consumes audio directly. Transcription runs
    /// asynchronously and should be treated as rough guidance
    /// rather than the representation understood by the model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_audio_transcription: Option<
        RealtimeSessionCreateRequestInputAudioTranscription,
    >,
    /// The speed of the model's spoken response. 1.0 is the default speed. 0.25 is
    /// the minimum speed. 1.5 is the maximum speed. This value can only be changed
    /// in between model turns, not while a response is in progress.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speed: Option<f64>,
    /// Configuration options for tracing. Set to null to disable tracing. Once
    /// tracing is enabled for a session, the configuration cannot be modified.
    ///
    /// `auto` will create a trace for the session with default values for the
    /// workflow name, group id, and metadata.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tracing: Option<RealtimeSessionTracing>,
    /// Configuration for turn detection. Can be set to `null` to turn off. Server
    /// VAD means that the model will detect the start and end of speech based on
    /// audio volume and respond at the end of user speech.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub turn_detection: Option<RealtimeSessionCreateRequestTurnDetection>,
    /// Tools (functions) available to the model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<RealtimeSessionCreateRequestTool>>,
    /// How the model chooses tools. Options are `auto`, `none`, `required`, or
    /// specify a function.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_choice: Option<String>,
    /// Sampling temperature for the model, limited to \[0.6, 1.2\]. Defaults to 0.8.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    /// Maximum number of output tokens for a single assistant response,
    /// inclusive of tool calls. Provide an integer between 1 and 4096 to
    /// limit output tokens, or `inf` for the maximum available tokens for a
    /// given model. Defaults to `inf`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_response_output_tokens: Option<RealtimeSessionMaxResponseOutputTokens>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub truncation: Option<RealtimeTruncation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt: Option<Prompt>,
}
impl sdk_runtime_types::de::Object for RealtimeSessionCreateRequest {
    const NAME: &'static str = "RealtimeSessionCreateRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut client_secret: Option<RealtimeSessionCreateRequestClientSecret> = None;
        let mut modalities: Option<Vec<ChatCompletionModality>> = None;
        let mut instructions: Option<String> = None;
        let mut voice: Option<VoiceIdsOrCustomVoice> = None;
        let mut input_audio_format: Option<String> = None;
        let mut output_audio_format: Option<String> = None;
        let mut input_audio_transcription: Option<
            RealtimeSessionCreateRequestInputAudioTranscription,
        > = None;
        let mut speed: Option<f64> = None;
        let mut tracing: Option<RealtimeSessionTracing> = None;
        let mut turn_detection: Option<RealtimeSessionCreateRequestTurnDetection> = None;
        let mut tools: Option<Vec<RealtimeSessionCreateRequestTool>> = None;
        let mut tool_choice: Option<String> = None;
        let mut temperature: Option<f64> = None;
        let mut max_response_output_tokens: Option<
            RealtimeSessionMaxResponseOutputTokens,
        > = None;
        let mut truncation: Option<RealtimeTruncation> = None;
        let mut prompt: Option<Prompt> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "client_secret" => 0,
                    "modalities" => 1,
                    "instructions" => 2,
                    "voice" => 3,
                    "input_audio_format" => 4,
                    "output_audio_format" => 5,
                    "input_audio_transcription" => 6,
                    "speed" => 7,
                    "tracing" => 8,
                    "turn_detection" => 9,
                    "tools" => 10,
                    "tool_choice" => 11,
                    "temperature" => 12,
                    "max_response_output_tokens" => 13,
                    "truncation" => 14,
                    "prompt" => 15,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut client_secret),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut modalities),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut instructions),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut voice),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut input_audio_format),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut output_audio_format),
                6 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut input_audio_transcription,
                    )
                }
                7 => sdk_runtime_types::de::nullable(&mut map, &mut speed),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut tracing),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut turn_detection),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut tools),
                11 => sdk_runtime_types::de::nullable(&mut map, &mut tool_choice),
                12 => sdk_runtime_types::de::nullable(&mut map, &mut temperature),
                13 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut max_response_output_tokens,
                    )
                }
                14 => sdk_runtime_types::de::nullable(&mut map, &mut truncation),
                15 => sdk_runtime_types::de::nullable(&mut map, &mut prompt),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            client_secret: client_secret.unwrap_or_default(),
            modalities,
            instructions,
            voice,
            input_audio_format,
            output_audio_format,
            input_audio_transcription,
            speed,
            tracing,
            turn_detection,
            tools,
            tool_choice,
            temperature,
            max_response_output_tokens,
            truncation,
            prompt,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeSessionCreateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeSessionCreateRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        client_secret: impl Into<RealtimeSessionCreateRequestClientSecret>,
    ) -> Self {
        Self {
            client_secret: client_secret.into(),
            modalities: None,
            instructions: None,
            voice: None,
            input_audio_format: None,
            output_audio_format: None,
            input_audio_transcription: None,
            speed: None,
            tracing: None,
            turn_detection: None,
            tools: None,
            tool_choice: None,
            temperature: None,
            max_response_output_tokens: None,
            truncation: None,
            prompt: None,
        }
    }
    /// Sets `modalities`.
    pub fn modalities(mut self, value: impl Into<Vec<ChatCompletionModality>>) -> Self {
        self.modalities = Some(value.into());
        self
    }
    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }
    /// Sets `voice`.
    pub fn voice(mut self, value: impl Into<VoiceIdsOrCustomVoice>) -> Self {
        self.voice = Some(value.into());
        self
    }
    /// Sets `input_audio_format`.
    pub fn input_audio_format(mut self, value: impl Into<String>) -> Self {
        self.input_audio_format = Some(value.into());
        self
    }
    /// Sets `output_audio_format`.
    pub fn output_audio_format(mut self, value: impl Into<String>) -> Self {
        self.output_audio_format = Some(value.into());
        self
    }
    /// Sets `input_audio_transcription`.
    pub fn input_audio_transcription(
        mut self,
        value: impl Into<RealtimeSessionCreateRequestInputAudioTranscription>,
    ) -> Self {
        self.input_audio_transcription = Some(value.into());
        self
    }
    /// Sets `speed`.
    pub fn speed(mut self, value: impl Into<f64>) -> Self {
        self.speed = Some(value.into());
        self
    }
    /// Sets `tracing`.
    pub fn tracing(mut self, value: impl Into<RealtimeSessionTracing>) -> Self {
        self.tracing = Some(value.into());
        self
    }
    /// Sets `turn_detection`.
    pub fn turn_detection(
        mut self,
        value: impl Into<RealtimeSessionCreateRequestTurnDetection>,
    ) -> Self {
        self.turn_detection = Some(value.into());
        self
    }
    /// Sets `tools`.
    pub fn tools(
        mut self,
        value: impl Into<Vec<RealtimeSessionCreateRequestTool>>,
    ) -> Self {
        self.tools = Some(value.into());
        self
    }
    /// Sets `tool_choice`.
    pub fn tool_choice(mut self, value: impl Into<String>) -> Self {
        self.tool_choice = Some(value.into());
        self
    }
    /// Sets `temperature`.
    pub fn temperature(mut self, value: impl Into<f64>) -> Self {
        self.temperature = Some(value.into());
        self
    }
    /// Sets `max_response_output_tokens`.
    pub fn max_response_output_tokens(
        mut self,
        value: impl Into<RealtimeSessionMaxResponseOutputTokens>,
    ) -> Self {
        self.max_response_output_tokens = Some(value.into());
        self
    }
    /// Sets `truncation`.
    pub fn truncation(mut self, value: impl Into<RealtimeTruncation>) -> Self {
        self.truncation = Some(value.into());
        self
    }
    /// Sets `prompt`.
    pub fn prompt(mut self, value: impl Into<Prompt>) -> Self {
        self.prompt = Some(value.into());
        self
    }
}
/// Ephemeral key returned by the API.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeSessionCreateRequestClientSecret {
    /// Ephemeral key usable in client environments to authenticate connections
    /// to the Realtime API. Use this in client-side environments rather than
    /// a standard API token, which should only be used server-side.
    pub value: String,
    /// Timestamp for when the token expires. Currently, all tokens expire
    /// after one minute.
    pub expires_at: i64,
}
impl sdk_runtime_types::de::Object for RealtimeSessionCreateRequestClientSecret {
    const NAME: &'static str = "RealtimeSessionCreateRequestClientSecret";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut value: Option<String> = None;
        let mut expires_at: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "value" => 0,
                    "expires_at" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut value),
                1 => sdk_runtime_types::de::value(&mut map, &mut expires_at),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            value: value.unwrap_or_default(),
            expires_at: expires_at.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeSessionCreateRequestClientSecret {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeSessionCreateRequestClientSecret {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(value: impl Into<String>, expires_at: impl Into<i64>) -> Self {
        Self {
            value: value.into(),
            expires_at: expires_at.into(),
        }
    }
}
/// Configuration for input audio transcription, defaults to off and can be
/// set to `null` to turn off once on. Input audio transcription is not native
/// to the model, since the model consumes audio directly. Transcription runs
/// asynchronously and should be treated as rough guidance
/// rather than the representation understood by the model.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeSessionCreateRequestInputAudioTranscription {
    /// The model to use for transcription.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
}
impl sdk_runtime_types::de::Object
for RealtimeSessionCreateRequestInputAudioTranscription {
    const NAME: &'static str = "RealtimeSessionCreateRequestInputAudioTranscription";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut model: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "model" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { model })
    }
}
impl<'de> Deserialize<'de> for RealtimeSessionCreateRequestInputAudioTranscription {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeSessionCreateRequestInputAudioTranscription {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { model: None }
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }
}
/// Configuration for turn detection. Can be set to `null` to turn off. Server
/// VAD means that the model will detect the start and end of speech based on
/// audio volume and respond at the end of user speech.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeSessionCreateRequestTurnDetection {
    /// Type of turn detection, only `server_vad` is currently supported.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
    /// higher threshold will require louder audio to activate the model, and
    /// thus might perform better in noisy environments.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f64>,
    /// Amount of audio to include before the VAD detected speech (in
    /// milliseconds). Defaults to 300ms.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefix_padding_ms: Option<i64>,
    /// Duration of silence to detect speech stop (in milliseconds). Defaults
    /// to 500ms. With shorter values the model will respond more quickly,
    /// but may jump in on short pauses from the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub silence_duration_ms: Option<i64>,
}
impl sdk_runtime_types::de::Object for RealtimeSessionCreateRequestTurnDetection {
    const NAME: &'static str = "RealtimeSessionCreateRequestTurnDetection";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<String> = None;
        let mut threshold: Option<f64> = None;
        let mut prefix_padding_ms: Option<i64> = None;
        let mut silence_duration_ms: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "threshold" => 1,
                    "prefix_padding_ms" => 2,
                    "silence_duration_ms" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut threshold),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut prefix_padding_ms),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut silence_duration_ms),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_,
            threshold,
            prefix_padding_ms,
            silence_duration_ms,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeSessionCreateRequestTurnDetection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeSessionCreateRequestTurnDetection {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: None,
            threshold: None,
            prefix_padding_ms: None,
            silence_duration_ms: None,
        }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `threshold`.
    pub fn threshold(mut self, value: impl Into<f64>) -> Self {
        self.threshold = Some(value.into());
        self
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
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeSessionCreateRequestTool {
    /// The type of the tool, i.e. `function`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<FunctionLiteral>,
    /// The name of the function.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description of the function, including guidance on when and how
    /// to call it, and guidance about what to tell the user when calling
    /// (if anything).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Parameters of the function in JSON Schema.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<serde_json::Map<String, serde_json::Value>>,
}
impl sdk_runtime_types::de::Object for RealtimeSessionCreateRequestTool {
    const NAME: &'static str = "RealtimeSessionCreateRequestTool";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<FunctionLiteral> = None;
        let mut name: Option<String> = None;
        let mut description: Option<String> = None;
        let mut parameters: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "name" => 1,
                    "description" => 2,
                    "parameters" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut description),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut parameters),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_,
            name,
            description,
            parameters,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeSessionCreateRequestTool {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeSessionCreateRequestTool {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: None,
            name: None,
            description: None,
            parameters: None,
        }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<FunctionLiteral>) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `parameters`.
    pub fn parameters(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.parameters = Some(value.into());
        self
    }
}
/// When the number of tokens in a conversation exceeds the model's input token limit, the conversation be truncated, meaning messages (starting from the oldest) will not be included in the model's context. A 32k context model with 4,096 max output tokens can only include 28,224 tokens in the context before truncation occurs.
///
/// Clients can configure truncation behavior to truncate with a lower max token limit, which is an effective way to control token usage and cost.
///
/// Truncation will reduce the number of cached tokens on the next turn (busting the cache), since messages are dropped from the beginning of the context. However, clients can also configure truncation to retain messages up to a fraction of the maximum context size, which will reduce the need for future truncations and thus improve the cache rate.
///
/// Truncation can be disabled entirely, which means the server will never truncate but would instead return an error if the conversation exceeds the model's input token limit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum RealtimeTruncation {
    RetentionRatioTruncation(RealtimeTruncationRetentionRatioTruncation),
    Mode(RealtimeTruncationMode),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<RealtimeTruncationRetentionRatioTruncation> for RealtimeTruncation {
    fn from(value: RealtimeTruncationRetentionRatioTruncation) -> Self {
        Self::RetentionRatioTruncation(value)
    }
}
impl From<RealtimeTruncationMode> for RealtimeTruncation {
    fn from(value: RealtimeTruncationMode) -> Self {
        Self::Mode(value)
    }
}
impl From<&str> for RealtimeTruncation {
    fn from(value: &str) -> Self {
        Self::Mode(value.into())
    }
}
/// The truncation strategy to use for the session. `auto` is the default truncation strategy. `disabled` will disable truncation and emit errors when the conversation exceeds the input token limit.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RealtimeTruncationMode {
    /// `auto`
    Auto,
    /// `disabled`
    Disabled,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl RealtimeTruncationMode {
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
impl From<&str> for RealtimeTruncationMode {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for RealtimeTruncationMode {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for RealtimeTruncationMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RealtimeTruncationMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RealtimeTruncationMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for RealtimeTruncationMode {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Retain a fraction of the conversation tokens when the conversation exceeds the input token limit. This allows you to amortize truncations across multiple turns, which can help improve cached token usage.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeTruncationRetentionRatioTruncation {
    /// Use retention ratio truncation.
    #[serde(rename = "type")]
    pub type_: RetentionRatioLiteral,
    /// Fraction of post-instruction conversation tokens to retain (`0.0` - `1.0`) when the conversation exceeds the input token limit. Setting this to `0.8` means that messages will be dropped until 80% of the maximum allowed tokens are used. This helps reduce the frequency of truncations and improve cache rates.
    pub retention_ratio: f64,
    /// Optional custom token limits for this truncation strategy. If not provided, the model's default token limits will be used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token_limits: Option<RealtimeTruncationRetentionRatioTruncationTokenLimits>,
}
impl sdk_runtime_types::de::Object for RealtimeTruncationRetentionRatioTruncation {
    const NAME: &'static str = "RealtimeTruncationRetentionRatioTruncation";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<RetentionRatioLiteral> = None;
        let mut retention_ratio: Option<f64> = None;
        let mut token_limits: Option<
            RealtimeTruncationRetentionRatioTruncationTokenLimits,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "retention_ratio" => 1,
                    "token_limits" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut retention_ratio),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut token_limits),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            retention_ratio: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(retention_ratio, "retention_ratio")?,
            token_limits,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeTruncationRetentionRatioTruncation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTruncationRetentionRatioTruncation {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(retention_ratio: impl Into<f64>) -> Self {
        Self {
            type_: Default::default(),
            retention_ratio: retention_ratio.into(),
            token_limits: None,
        }
    }
    /// Sets `token_limits`.
    pub fn token_limits(
        mut self,
        value: impl Into<RealtimeTruncationRetentionRatioTruncationTokenLimits>,
    ) -> Self {
        self.token_limits = Some(value.into());
        self
    }
}
/// The constant `retention_ratio`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum RetentionRatioLiteral {
    /// `retention_ratio`
    #[default]
    RetentionRatio,
}
impl RetentionRatioLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "retention_ratio"
    }
}
impl std::fmt::Display for RetentionRatioLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RetentionRatioLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("retention_ratio")
    }
}
impl<'de> Deserialize<'de> for RetentionRatioLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "retention_ratio")
            .map(|()| Self::RetentionRatio)
    }
}
/// Optional custom token limits for this truncation strategy. If not provided, the model's default token limits will be used.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeTruncationRetentionRatioTruncationTokenLimits {
    /// Maximum tokens allowed in the conversation after instructions (which including tool definitions). For example, setting this to 5,000 would mean that truncation would occur when the conversation exceeds 5,000 tokens after instructions. This cannot be higher than the model's context window size minus the maximum output tokens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub post_instructions: Option<i64>,
}
impl sdk_runtime_types::de::Object
for RealtimeTruncationRetentionRatioTruncationTokenLimits {
    const NAME: &'static str = "RealtimeTruncationRetentionRatioTruncationTokenLimits";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut post_instructions: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "post_instructions" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut post_instructions),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { post_instructions })
    }
}
impl<'de> Deserialize<'de> for RealtimeTruncationRetentionRatioTruncationTokenLimits {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTruncationRetentionRatioTruncationTokenLimits {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { post_instructions: None }
    }
    /// Sets `post_instructions`.
    pub fn post_instructions(mut self, value: impl Into<i64>) -> Self {
        self.post_instructions = Some(value.into());
        self
    }
}
/// Realtime transcription session object configuration.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeTranscriptionSessionCreateRequest {
    /// Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub turn_detection: Option<RealtimeTranscriptionSessionCreateRequestTurnDetection>,
    /// Configuration for input audio noise reduction. This can be set to `null` to turn off.
    /// Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    /// Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_audio_noise_reduction: Option<RealtimeSessionInputAudioNoiseReduction>,
    /// The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    /// For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate,
    /// single channel (mono), and little-endian byte order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_audio_format: Option<
        RealtimeTranscriptionSessionCreateRequestInputAudioFormat,
    >,
    /// Configuration for input audio transcription. The client can optionally set the language and prompt for transcription, these offer additional guidance to the transcription service.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_audio_transcription: Option<Box<AudioTranscription>>,
    /// The set of items to include in the transcription. Current available items are:
    /// `item.input_audio_transcription.logprobs`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<ItemInputAudioTranscriptionLogprobsLiteral>>,
}
impl sdk_runtime_types::de::Object for RealtimeTranscriptionSessionCreateRequest {
    const NAME: &'static str = "RealtimeTranscriptionSessionCreateRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut turn_detection: Option<
            RealtimeTranscriptionSessionCreateRequestTurnDetection,
        > = None;
        let mut input_audio_noise_reduction: Option<
            RealtimeSessionInputAudioNoiseReduction,
        > = None;
        let mut input_audio_format: Option<
            RealtimeTranscriptionSessionCreateRequestInputAudioFormat,
        > = None;
        let mut input_audio_transcription: Option<Box<AudioTranscription>> = None;
        let mut include: Option<Vec<ItemInputAudioTranscriptionLogprobsLiteral>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "turn_detection" => 0,
                    "input_audio_noise_reduction" => 1,
                    "input_audio_format" => 2,
                    "input_audio_transcription" => 3,
                    "include" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut turn_detection),
                1 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut input_audio_noise_reduction,
                    )
                }
                2 => sdk_runtime_types::de::nullable(&mut map, &mut input_audio_format),
                3 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut input_audio_transcription,
                    )
                }
                4 => sdk_runtime_types::de::nullable(&mut map, &mut include),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            turn_detection,
            input_audio_noise_reduction,
            input_audio_format,
            input_audio_transcription,
            include,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranscriptionSessionCreateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranscriptionSessionCreateRequest {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            turn_detection: None,
            input_audio_noise_reduction: None,
            input_audio_format: None,
            input_audio_transcription: None,
            include: None,
        }
    }
    /// Sets `turn_detection`.
    pub fn turn_detection(
        mut self,
        value: impl Into<RealtimeTranscriptionSessionCreateRequestTurnDetection>,
    ) -> Self {
        self.turn_detection = Some(value.into());
        self
    }
    /// Sets `input_audio_noise_reduction`.
    pub fn input_audio_noise_reduction(
        mut self,
        value: impl Into<RealtimeSessionInputAudioNoiseReduction>,
    ) -> Self {
        self.input_audio_noise_reduction = Some(value.into());
        self
    }
    /// Sets `input_audio_format`.
    pub fn input_audio_format(
        mut self,
        value: impl Into<RealtimeTranscriptionSessionCreateRequestInputAudioFormat>,
    ) -> Self {
        self.input_audio_format = Some(value.into());
        self
    }
    /// Sets `input_audio_transcription`.
    pub fn input_audio_transcription(
        mut self,
        value: impl Into<AudioTranscription>,
    ) -> Self {
        self.input_audio_transcription = Some(Box::new(value.into()));
        self
    }
    /// Sets `include`.
    pub fn include(
        mut self,
        value: impl Into<Vec<ItemInputAudioTranscriptionLogprobsLiteral>>,
    ) -> Self {
        self.include = Some(value.into());
        self
    }
}
/// Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeTranscriptionSessionCreateRequestTurnDetection {
    /// Type of turn detection. Only `server_vad` is currently supported for transcription sessions.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<ServerVadLiteral>,
    /// Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
    /// higher threshold will require louder audio to activate the model, and
    /// thus might perform better in noisy environments.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f64>,
    /// Amount of audio to include before the VAD detected speech (in
    /// milliseconds). Defaults to 300ms.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefix_padding_ms: Option<i64>,
    /// Duration of silence to detect speech stop (in milliseconds). Defaults
    /// to 500ms. With shorter values the model will respond more quickly,
    /// but may jump in on short pauses from the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub silence_duration_ms: Option<i64>,
}
impl sdk_runtime_types::de::Object
for RealtimeTranscriptionSessionCreateRequestTurnDetection {
    const NAME: &'static str = "RealtimeTranscriptionSessionCreateRequestTurnDetection";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ServerVadLiteral> = None;
        let mut threshold: Option<f64> = None;
        let mut prefix_padding_ms: Option<i64> = None;
        let mut silence_duration_ms: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "threshold" => 1,
                    "prefix_padding_ms" => 2,
                    "silence_duration_ms" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut threshold),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut prefix_padding_ms),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut silence_duration_ms),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_,
            threshold,
            prefix_padding_ms,
            silence_duration_ms,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranscriptionSessionCreateRequestTurnDetection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranscriptionSessionCreateRequestTurnDetection {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: None,
            threshold: None,
            prefix_padding_ms: None,
            silence_duration_ms: None,
        }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<ServerVadLiteral>) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `threshold`.
    pub fn threshold(mut self, value: impl Into<f64>) -> Self {
        self.threshold = Some(value.into());
        self
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
}
/// The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
/// For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate,
/// single channel (mono), and little-endian byte order.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
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
impl RealtimeTranscriptionSessionCreateRequestInputAudioFormat {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pcm16 => "pcm16",
            Self::G711Ulaw => "g711_ulaw",
            Self::G711Alaw => "g711_alaw",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "pcm16" => Self::Pcm16,
            "g711_ulaw" => Self::G711Ulaw,
            "g711_alaw" => Self::G711Alaw,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for RealtimeTranscriptionSessionCreateRequestInputAudioFormat {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for RealtimeTranscriptionSessionCreateRequestInputAudioFormat {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for RealtimeTranscriptionSessionCreateRequestInputAudioFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RealtimeTranscriptionSessionCreateRequestInputAudioFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de>
for RealtimeTranscriptionSessionCreateRequestInputAudioFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
/// The constant `item.input_audio_transcription.logprobs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ItemInputAudioTranscriptionLogprobsLiteral {
    /// `item.input_audio_transcription.logprobs`
    #[default]
    ItemInputAudioTranscriptionLogprobs,
}
impl ItemInputAudioTranscriptionLogprobsLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "item.input_audio_transcription.logprobs"
    }
}
impl std::fmt::Display for ItemInputAudioTranscriptionLogprobsLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ItemInputAudioTranscriptionLogprobsLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("item.input_audio_transcription.logprobs")
    }
}
impl<'de> Deserialize<'de> for ItemInputAudioTranscriptionLogprobsLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(
                deserializer,
                "item.input_audio_transcription.logprobs",
            )
            .map(|()| Self::ItemInputAudioTranscriptionLogprobs)
    }
}
/// The constant `realtime.session`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum RealtimeSessionLiteral {
    /// `realtime.session`
    #[default]
    RealtimeSession,
}
impl RealtimeSessionLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "realtime.session"
    }
}
impl std::fmt::Display for RealtimeSessionLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RealtimeSessionLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("realtime.session")
    }
}
impl<'de> Deserialize<'de> for RealtimeSessionLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "realtime.session")
            .map(|()| Self::RealtimeSession)
    }
}
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
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeTurnDetection {
    /// `server_vad`
    ServerVad(RealtimeTurnDetectionServerVad),
    /// `semantic_vad`
    SemanticVad(RealtimeTurnDetectionSemanticVad),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for RealtimeTurnDetection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ServerVad(value) => value.serialize(serializer),
            Self::SemanticVad(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for RealtimeTurnDetection {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "server_vad" => Deserialize::deserialize(content).map(Self::ServerVad),
                "semantic_vad" => {
                    Deserialize::deserialize(content).map(Self::SemanticVad)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for RealtimeTurnDetection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<RealtimeTurnDetectionServerVad> for RealtimeTurnDetection {
    fn from(value: RealtimeTurnDetectionServerVad) -> Self {
        Self::ServerVad(value)
    }
}
impl From<RealtimeTurnDetectionSemanticVad> for RealtimeTurnDetection {
    fn from(value: RealtimeTurnDetectionSemanticVad) -> Self {
        Self::SemanticVad(value)
    }
}
/// Server-side voice activity detection (VAD) which flips on when user speech is detected and off after a period of silence.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeTurnDetectionServerVad {
    /// Type of turn detection, `server_vad` to turn on simple Server VAD.
    #[serde(rename = "type")]
    pub type_: ServerVadLiteral,
    /// Used only for `server_vad` mode. Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
    /// higher threshold will require louder audio to activate the model, and
    /// thus might perform better in noisy environments.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f64>,
    /// Used only for `server_vad` mode. Amount of audio to include before the VAD detected speech (in
    /// milliseconds). Defaults to 300ms.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefix_padding_ms: Option<i64>,
    /// Used only for `server_vad` mode. Duration of silence to detect speech stop (in milliseconds). Defaults
    /// to 500ms. With shorter values the model will respond more quickly,
    /// but may jump in on short pauses from the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub silence_duration_ms: Option<i64>,
    /// Whether or not to automatically generate a response when a VAD stop event occurs. If `interrupt_response` is set to `false` this may fail to create a response if the model is already responding.
    ///
    /// If both `create_response` and `interrupt_response` are set to `false`, the model will never respond automatically but VAD events will still be emitted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_response: Option<bool>,
    /// Whether or not to automatically interrupt (cancel) any ongoing response with output to the default
    /// conversation (i.e. `conversation` of `auto`) when a VAD start event occurs. If `true` then the response will be cancelled, otherwise it will continue until complete.
    ///
    /// If both `create_response` and `interrupt_response` are set to `false`, the model will never respond automatically but VAD events will still be emitted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interrupt_response: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub idle_timeout_ms: Option<i64>,
}
impl sdk_runtime_types::de::Object for RealtimeTurnDetectionServerVad {
    const NAME: &'static str = "RealtimeTurnDetectionServerVad";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ServerVadLiteral> = None;
        let mut threshold: Option<f64> = None;
        let mut prefix_padding_ms: Option<i64> = None;
        let mut silence_duration_ms: Option<i64> = None;
        let mut create_response: Option<bool> = None;
        let mut interrupt_response: Option<bool> = None;
        let mut idle_timeout_ms: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "threshold" => 1,
                    "prefix_padding_ms" => 2,
                    "silence_duration_ms" => 3,
                    "create_response" => 4,
                    "interrupt_response" => 5,
                    "idle_timeout_ms" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut threshold),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut prefix_padding_ms),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut silence_duration_ms),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut create_response),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut interrupt_response),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut idle_timeout_ms),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            threshold,
            prefix_padding_ms,
            silence_duration_ms,
            create_response,
            interrupt_response,
            idle_timeout_ms,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeTurnDetectionServerVad {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTurnDetectionServerVad {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            threshold: None,
            prefix_padding_ms: None,
            silence_duration_ms: None,
            create_response: None,
            interrupt_response: None,
            idle_timeout_ms: None,
        }
    }
    /// Sets `threshold`.
    pub fn threshold(mut self, value: impl Into<f64>) -> Self {
        self.threshold = Some(value.into());
        self
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
    /// Sets `create_response`.
    pub fn create_response(mut self, value: impl Into<bool>) -> Self {
        self.create_response = Some(value.into());
        self
    }
    /// Sets `interrupt_response`.
    pub fn interrupt_response(mut self, value: impl Into<bool>) -> Self {
        self.interrupt_response = Some(value.into());
        self
    }
    /// Sets `idle_timeout_ms`.
    pub fn idle_timeout_ms(mut self, value: impl Into<i64>) -> Self {
        self.idle_timeout_ms = Some(value.into());
        self
    }
}
/// Server-side semantic turn detection which uses a model to determine when the user has finished speaking.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeTurnDetectionSemanticVad {
    /// Type of turn detection, `semantic_vad` to turn on Semantic VAD.
    #[serde(rename = "type")]
    pub type_: SemanticVadLiteral,
    /// Used only for `semantic_vad` mode. The eagerness of the model to respond. `low` will wait longer for the user to continue speaking, `high` will respond more quickly. `auto` is the default and is equivalent to `medium`. `low`, `medium`, and `high` have max timeouts of 8s, 4s, and 2s respectively.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eagerness: Option<ImageGenToolQuality>,
    /// Whether or not to automatically generate a response when a VAD stop event occurs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_response: Option<bool>,
    /// Whether or not to automatically interrupt any ongoing response with output to the default
    /// conversation (i.e. `conversation` of `auto`) when a VAD start event occurs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interrupt_response: Option<bool>,
}
impl sdk_runtime_types::de::Object for RealtimeTurnDetectionSemanticVad {
    const NAME: &'static str = "RealtimeTurnDetectionSemanticVad";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<SemanticVadLiteral> = None;
        let mut eagerness: Option<ImageGenToolQuality> = None;
        let mut create_response: Option<bool> = None;
        let mut interrupt_response: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "eagerness" => 1,
                    "create_response" => 2,
                    "interrupt_response" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut eagerness),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut create_response),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut interrupt_response),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            eagerness,
            create_response,
            interrupt_response,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeTurnDetectionSemanticVad {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTurnDetectionSemanticVad {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            eagerness: None,
            create_response: None,
            interrupt_response: None,
        }
    }
    /// Sets `eagerness`.
    pub fn eagerness(mut self, value: impl Into<ImageGenToolQuality>) -> Self {
        self.eagerness = Some(value.into());
        self
    }
    /// Sets `create_response`.
    pub fn create_response(mut self, value: impl Into<bool>) -> Self {
        self.create_response = Some(value.into());
        self
    }
    /// Sets `interrupt_response`.
    pub fn interrupt_response(mut self, value: impl Into<bool>) -> Self {
        self.interrupt_response = Some(value.into());
        self
    }
}
/// The constant `semantic_vad`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SemanticVadLiteral {
    /// `semantic_vad`
    #[default]
    SemanticVad,
}
impl SemanticVadLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "semantic_vad"
    }
}
impl std::fmt::Display for SemanticVadLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for SemanticVadLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("semantic_vad")
    }
}
impl<'de> Deserialize<'de> for SemanticVadLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "semantic_vad")
            .map(|()| Self::SemanticVad)
    }
}
/// Configuration for input audio noise reduction. This can be set to `null` to turn off.
/// Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
/// Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeSessionInputAudioNoiseReduction {
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<NoiseReductionType>,
}
impl sdk_runtime_types::de::Object for RealtimeSessionInputAudioNoiseReduction {
    const NAME: &'static str = "RealtimeSessionInputAudioNoiseReduction";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<NoiseReductionType> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { type_ })
    }
}
impl<'de> Deserialize<'de> for RealtimeSessionInputAudioNoiseReduction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeSessionInputAudioNoiseReduction {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: None }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<NoiseReductionType>) -> Self {
        self.type_ = Some(value.into());
        self
    }
}
/// Configuration options for tracing. Set to null to disable tracing. Once
/// tracing is enabled for a session, the configuration cannot be modified.
///
/// `auto` will create a trace for the session with default values for the
/// workflow name, group id, and metadata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum RealtimeSessionTracing {
    TracingConfiguration(RealtimeSessionTracingTracingConfiguration),
    AutoLiteral(AutoLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<RealtimeSessionTracingTracingConfiguration> for RealtimeSessionTracing {
    fn from(value: RealtimeSessionTracingTracingConfiguration) -> Self {
        Self::TracingConfiguration(value)
    }
}
impl From<AutoLiteral> for RealtimeSessionTracing {
    fn from(value: AutoLiteral) -> Self {
        Self::AutoLiteral(value)
    }
}
/// Granular configuration for tracing.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeSessionTracingTracingConfiguration {
    /// The name of the workflow to attach to this trace. This is used to
    /// name the trace in the traces dashboard.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workflow_name: Option<String>,
    /// The group id to attach to this trace to enable filtering and
    /// grouping in the traces dashboard.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// The arbitrary metadata to attach to this trace to enable
    /// filtering in the traces dashboard.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
}
impl sdk_runtime_types::de::Object for RealtimeSessionTracingTracingConfiguration {
    const NAME: &'static str = "RealtimeSessionTracingTracingConfiguration";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut workflow_name: Option<String> = None;
        let mut group_id: Option<String> = None;
        let mut metadata: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "workflow_name" => 0,
                    "group_id" => 1,
                    "metadata" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut workflow_name),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut group_id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            workflow_name,
            group_id,
            metadata,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeSessionTracingTracingConfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeSessionTracingTracingConfiguration {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            workflow_name: None,
            group_id: None,
            metadata: None,
        }
    }
    /// Sets `workflow_name`.
    pub fn workflow_name(mut self, value: impl Into<String>) -> Self {
        self.workflow_name = Some(value.into());
        self
    }
    /// Sets `group_id`.
    pub fn group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
/// Function tool
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeFunctionTool {
    /// The type of the tool, i.e. `function`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<FunctionLiteral>,
    /// The name of the function.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description of the function, including guidance on when and how
    /// to call it, and guidance about what to tell the user when calling
    /// (if anything).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Parameters of the function in JSON Schema.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<serde_json::Map<String, serde_json::Value>>,
}
impl sdk_runtime_types::de::Object for RealtimeFunctionTool {
    const NAME: &'static str = "RealtimeFunctionTool";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<FunctionLiteral> = None;
        let mut name: Option<String> = None;
        let mut description: Option<String> = None;
        let mut parameters: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "name" => 1,
                    "description" => 2,
                    "parameters" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut description),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut parameters),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_,
            name,
            description,
            parameters,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeFunctionTool {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeFunctionTool {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: None,
            name: None,
            description: None,
            parameters: None,
        }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<FunctionLiteral>) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `parameters`.
    pub fn parameters(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.parameters = Some(value.into());
        self
    }
}
/// Maximum number of output tokens for a single assistant response,
/// inclusive of tool calls. Provide an integer between 1 and 4096 to
/// limit output tokens, or `inf` for the maximum available tokens for a
/// given model. Defaults to `inf`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum RealtimeSessionMaxResponseOutputTokens {
    Integer(i64),
    InfLiteral(InfLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<i64> for RealtimeSessionMaxResponseOutputTokens {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}
impl From<InfLiteral> for RealtimeSessionMaxResponseOutputTokens {
    fn from(value: InfLiteral) -> Self {
        Self::InfLiteral(value)
    }
}
/// A new Realtime transcription session configuration.
///
/// When a session is created on the server via REST API, the session object
/// also contains an ephemeral key. Default TTL for keys is 10 minutes. This
/// property is not present when a session is updated via the WebSocket API.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeTranscriptionSessionCreateResponse {
    /// Ephemeral key returned by the API. Only present when the session is
    /// created on the server via REST API.
    pub client_secret: RealtimeTranscriptionSessionCreateResponseClientSecret,
    /// The set of modalities the model can respond with. To disable audio,
    /// set this to \["text"\].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modalities: Option<Vec<ChatCompletionModality>>,
    /// The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_audio_format: Option<String>,
    /// Configuration of the transcription model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_audio_transcription: Option<AudioTranscriptionResponse>,
    /// Configuration for turn detection. Can be set to `null` to turn off. Server
    /// VAD means that the model will detect the start and end of speech based on
    /// audio volume and respond at the end of user speech.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub turn_detection: Option<RealtimeSessionCreateRequestTurnDetection>,
}
impl sdk_runtime_types::de::Object for RealtimeTranscriptionSessionCreateResponse {
    const NAME: &'static str = "RealtimeTranscriptionSessionCreateResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut client_secret: Option<
            RealtimeTranscriptionSessionCreateResponseClientSecret,
        > = None;
        let mut modalities: Option<Vec<ChatCompletionModality>> = None;
        let mut input_audio_format: Option<String> = None;
        let mut input_audio_transcription: Option<AudioTranscriptionResponse> = None;
        let mut turn_detection: Option<RealtimeSessionCreateRequestTurnDetection> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "client_secret" => 0,
                    "modalities" => 1,
                    "input_audio_format" => 2,
                    "input_audio_transcription" => 3,
                    "turn_detection" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut client_secret),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut modalities),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut input_audio_format),
                3 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut input_audio_transcription,
                    )
                }
                4 => sdk_runtime_types::de::nullable(&mut map, &mut turn_detection),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            client_secret: client_secret.unwrap_or_default(),
            modalities,
            input_audio_format,
            input_audio_transcription,
            turn_detection,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranscriptionSessionCreateResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranscriptionSessionCreateResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        client_secret: impl Into<RealtimeTranscriptionSessionCreateResponseClientSecret>,
    ) -> Self {
        Self {
            client_secret: client_secret.into(),
            modalities: None,
            input_audio_format: None,
            input_audio_transcription: None,
            turn_detection: None,
        }
    }
    /// Sets `modalities`.
    pub fn modalities(mut self, value: impl Into<Vec<ChatCompletionModality>>) -> Self {
        self.modalities = Some(value.into());
        self
    }
    /// Sets `input_audio_format`.
    pub fn input_audio_format(mut self, value: impl Into<String>) -> Self {
        self.input_audio_format = Some(value.into());
        self
    }
    /// Sets `input_audio_transcription`.
    pub fn input_audio_transcription(
        mut self,
        value: impl Into<AudioTranscriptionResponse>,
    ) -> Self {
        self.input_audio_transcription = Some(value.into());
        self
    }
    /// Sets `turn_detection`.
    pub fn turn_detection(
        mut self,
        value: impl Into<RealtimeSessionCreateRequestTurnDetection>,
    ) -> Self {
        self.turn_detection = Some(value.into());
        self
    }
}
/// Ephemeral key returned by the API. Only present when the session is
/// created on the server via REST API.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeTranscriptionSessionCreateResponseClientSecret {
    /// Ephemeral key usable in client environments to authenticate connections
    /// to the Realtime API. Use this in client-side environments rather than
    /// a standard API token, which should only be used server-side.
    pub value: String,
    /// Timestamp for when the token expires. Currently, all tokens expire
    /// after one minute.
    pub expires_at: i64,
}
impl sdk_runtime_types::de::Object
for RealtimeTranscriptionSessionCreateResponseClientSecret {
    const NAME: &'static str = "RealtimeTranscriptionSessionCreateResponseClientSecret";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut value: Option<String> = None;
        let mut expires_at: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "value" => 0,
                    "expires_at" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut value),
                1 => sdk_runtime_types::de::value(&mut map, &mut expires_at),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            value: value.unwrap_or_default(),
            expires_at: expires_at.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranscriptionSessionCreateResponseClientSecret {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranscriptionSessionCreateResponseClientSecret {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(value: impl Into<String>, expires_at: impl Into<i64>) -> Self {
        Self {
            value: value.into(),
            expires_at: expires_at.into(),
        }
    }
}
#[cfg(feature = "realtime")]
/// Parameters required to initiate a realtime call and receive the SDP answer
/// needed to complete a WebRTC peer connection. Provide an SDP offer generated
/// by your client and optionally configure the session that will answer the call.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeCallCreateRequest {
    /// WebRTC Session Description Protocol (SDP) offer generated by the caller.
    pub sdp: String,
    /// Optional session configuration to apply before the realtime session is
    /// created. Use the same parameters you would send in a [`create client secret`](https://platform.openai.com/docs/api-reference/realtime-sessions/create-realtime-client-secret)
    /// request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session: Option<Box<RealtimeSessionCreateRequestGa>>,
}
#[cfg(feature = "realtime")]
impl sdk_runtime_types::de::Object for RealtimeCallCreateRequest {
    const NAME: &'static str = "RealtimeCallCreateRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut sdp: Option<String> = None;
        let mut session: Option<Box<RealtimeSessionCreateRequestGa>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "sdp" => 0,
                    "session" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut sdp),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut session),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            sdp: sdp.unwrap_or_default(),
            session,
        })
    }
}
#[cfg(feature = "realtime")]
impl<'de> Deserialize<'de> for RealtimeCallCreateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "realtime")]
impl RealtimeCallCreateRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(sdp: impl Into<String>) -> Self {
        Self {
            sdp: sdp.into(),
            session: None,
        }
    }
    /// Sets `session`.
    pub fn session(mut self, value: impl Into<RealtimeSessionCreateRequestGa>) -> Self {
        self.session = Some(Box::new(value.into()));
        self
    }
}
#[cfg(feature = "realtime")]
impl sdk_runtime_types::multipart::ToForm for RealtimeCallCreateRequest {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.field("sdp", &self.sdp);
        form.field("session", &self.session);
    }
}
/// Realtime session object configuration.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeSessionCreateRequestGa {
    /// The type of session to create. Always `realtime` for the Realtime API.
    #[serde(rename = "type")]
    pub type_: RealtimeLiteral,
    /// The set of modalities the model can respond with. It defaults to `["audio"]`, indicating
    /// that the model will respond with audio plus a transcript. `["text"]` can be used to make
    /// the model respond with text only. It is not possible to request both `text` and `audio` at the same time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_modalities: Option<Vec<ChatCompletionModality>>,
    /// The Realtime model used for this session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<RealtimeSessionCreateRequestGaModel>,
    /// The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior.
    ///
    /// Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// Configuration for input and output audio.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio: Option<Box<RealtimeSessionCreateRequestGaAudio>>,
    /// Additional fields to include in server outputs.
    ///
    /// `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<ItemInputAudioTranscriptionLogprobsLiteral>>,
    /// Realtime API can write session traces to the [Traces Dashboard](https://platform.openai.com/logs?api=traces). Set to null to disable tracing. Once
    /// tracing is enabled for a session, the configuration cannot be modified.
    ///
    /// `auto` will create a trace for the session with default values for the
    /// workflow name, group id, and metadata.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tracing: Option<RealtimeSessionCreateRequestGaTracing>,
    /// Tools available to the model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<RealtimeResponseCreateParamsTool>>,
    /// How the model chooses tools. Provide one of the string modes or force a specific
    /// function/MCP tool.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_choice: Option<RealtimeResponseCreateParamsToolChoice>,
    /// Whether the model may call multiple tools in parallel. Only supported by
    /// reasoning Realtime models such as `gpt-realtime-2`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parallel_tool_calls: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reasoning: Option<RealtimeReasoning>,
    /// Maximum number of output tokens for a single assistant response,
    /// inclusive of tool calls. Provide an integer between 1 and 4096 to
    /// limit output tokens, or `inf` for the maximum available tokens for a
    /// given model. Defaults to `inf`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_output_tokens: Option<RealtimeSessionMaxResponseOutputTokens>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub truncation: Option<RealtimeTruncation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt: Option<Prompt>,
}
impl sdk_runtime_types::de::Object for RealtimeSessionCreateRequestGa {
    const NAME: &'static str = "RealtimeSessionCreateRequestGa";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<RealtimeLiteral> = None;
        let mut output_modalities: Option<Vec<ChatCompletionModality>> = None;
        let mut model: Option<RealtimeSessionCreateRequestGaModel> = None;
        let mut instructions: Option<String> = None;
        let mut audio: Option<Box<RealtimeSessionCreateRequestGaAudio>> = None;
        let mut include: Option<Vec<ItemInputAudioTranscriptionLogprobsLiteral>> = None;
        let mut tracing: Option<RealtimeSessionCreateRequestGaTracing> = None;
        let mut tools: Option<Vec<RealtimeResponseCreateParamsTool>> = None;
        let mut tool_choice: Option<RealtimeResponseCreateParamsToolChoice> = None;
        let mut parallel_tool_calls: Option<bool> = None;
        let mut reasoning: Option<RealtimeReasoning> = None;
        let mut max_output_tokens: Option<RealtimeSessionMaxResponseOutputTokens> = None;
        let mut truncation: Option<RealtimeTruncation> = None;
        let mut prompt: Option<Prompt> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "output_modalities" => 1,
                    "model" => 2,
                    "instructions" => 3,
                    "audio" => 4,
                    "include" => 5,
                    "tracing" => 6,
                    "tools" => 7,
                    "tool_choice" => 8,
                    "parallel_tool_calls" => 9,
                    "reasoning" => 10,
                    "max_output_tokens" => 11,
                    "truncation" => 12,
                    "prompt" => 13,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut output_modalities),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut instructions),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut audio),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut include),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut tracing),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut tools),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut tool_choice),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut parallel_tool_calls),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut reasoning),
                11 => sdk_runtime_types::de::nullable(&mut map, &mut max_output_tokens),
                12 => sdk_runtime_types::de::nullable(&mut map, &mut truncation),
                13 => sdk_runtime_types::de::nullable(&mut map, &mut prompt),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            output_modalities,
            model,
            instructions,
            audio,
            include,
            tracing,
            tools,
            tool_choice,
            parallel_tool_calls,
            reasoning,
            max_output_tokens,
            truncation,
            prompt,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeSessionCreateRequestGa {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeSessionCreateRequestGa {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            output_modalities: None,
            model: None,
            instructions: None,
            audio: None,
            include: None,
            tracing: None,
            tools: None,
            tool_choice: None,
            parallel_tool_calls: None,
            reasoning: None,
            max_output_tokens: None,
            truncation: None,
            prompt: None,
        }
    }
    /// Sets `output_modalities`.
    pub fn output_modalities(
        mut self,
        value: impl Into<Vec<ChatCompletionModality>>,
    ) -> Self {
        self.output_modalities = Some(value.into());
        self
    }
    /// Sets `model`.
    pub fn model(
        mut self,
        value: impl Into<RealtimeSessionCreateRequestGaModel>,
    ) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }
    /// Sets `audio`.
    pub fn audio(
        mut self,
        value: impl Into<RealtimeSessionCreateRequestGaAudio>,
    ) -> Self {
        self.audio = Some(Box::new(value.into()));
        self
    }
    /// Sets `include`.
    pub fn include(
        mut self,
        value: impl Into<Vec<ItemInputAudioTranscriptionLogprobsLiteral>>,
    ) -> Self {
        self.include = Some(value.into());
        self
    }
    /// Sets `tracing`.
    pub fn tracing(
        mut self,
        value: impl Into<RealtimeSessionCreateRequestGaTracing>,
    ) -> Self {
        self.tracing = Some(value.into());
        self
    }
    /// Sets `tools`.
    pub fn tools(
        mut self,
        value: impl Into<Vec<RealtimeResponseCreateParamsTool>>,
    ) -> Self {
        self.tools = Some(value.into());
        self
    }
    /// Sets `tool_choice`.
    pub fn tool_choice(
        mut self,
        value: impl Into<RealtimeResponseCreateParamsToolChoice>,
    ) -> Self {
        self.tool_choice = Some(value.into());
        self
    }
    /// Sets `parallel_tool_calls`.
    pub fn parallel_tool_calls(mut self, value: impl Into<bool>) -> Self {
        self.parallel_tool_calls = Some(value.into());
        self
    }
    /// Sets `reasoning`.
    pub fn reasoning(mut self, value: impl Into<RealtimeReasoning>) -> Self {
        self.reasoning = Some(value.into());
        self
    }
    /// Sets `max_output_tokens`.
    pub fn max_output_tokens(
        mut self,
        value: impl Into<RealtimeSessionMaxResponseOutputTokens>,
    ) -> Self {
        self.max_output_tokens = Some(value.into());
        self
    }
    /// Sets `truncation`.
    pub fn truncation(mut self, value: impl Into<RealtimeTruncation>) -> Self {
        self.truncation = Some(value.into());
        self
    }
    /// Sets `prompt`.
    pub fn prompt(mut self, value: impl Into<Prompt>) -> Self {
        self.prompt = Some(value.into());
        self
    }
}
/// The constant `realtime`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum RealtimeLiteral {
    /// `realtime`
    #[default]
    Realtime,
}
impl RealtimeLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "realtime"
    }
}
impl std::fmt::Display for RealtimeLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RealtimeLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("realtime")
    }
}
impl<'de> Deserialize<'de> for RealtimeLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "realtime").map(|()| Self::Realtime)
    }
}
/// The Realtime model used for this session.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RealtimeSessionCreateRequestGaModel {
    /// `gpt-realtime`
    GptRealtime,
    /// `gpt-realtime-1.5`
    GptRealtime15,
    /// `gpt-realtime-2`
    GptRealtime2,
    /// `gpt-realtime-2.1`
    GptRealtime21,
    /// `gpt-realtime-2.1-mini`
    GptRealtime21Mini,
    /// `gpt-realtime-2025-08-28`
    GptRealtime20250828,
    /// `gpt-4o-realtime-preview`
    Gpt4oRealtimePreview,
    /// `gpt-4o-realtime-preview-2024-10-01`
    Gpt4oRealtimePreview20241001,
    /// `gpt-4o-realtime-preview-2024-12-17`
    Gpt4oRealtimePreview20241217,
    /// `gpt-4o-realtime-preview-2025-06-03`
    Gpt4oRealtimePreview20250603,
    /// `gpt-4o-mini-realtime-preview`
    Gpt4oMiniRealtimePreview,
    /// `gpt-4o-mini-realtime-preview-2024-12-17`
    Gpt4oMiniRealtimePreview20241217,
    /// `gpt-realtime-mini`
    GptRealtimeMini,
    /// `gpt-realtime-mini-2025-10-06`
    GptRealtimeMini20251006,
    /// `gpt-realtime-mini-2025-12-15`
    GptRealtimeMini20251215,
    /// `gpt-audio-1.5`
    GptAudio15,
    /// `gpt-audio-mini`
    GptAudioMini,
    /// `gpt-audio-mini-2025-10-06`
    GptAudioMini20251006,
    /// `gpt-audio-mini-2025-12-15`
    GptAudioMini20251215,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl RealtimeSessionCreateRequestGaModel {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::GptRealtime => "gpt-realtime",
            Self::GptRealtime15 => "gpt-realtime-1.5",
            Self::GptRealtime2 => "gpt-realtime-2",
            Self::GptRealtime21 => "gpt-realtime-2.1",
            Self::GptRealtime21Mini => "gpt-realtime-2.1-mini",
            Self::GptRealtime20250828 => "gpt-realtime-2025-08-28",
            Self::Gpt4oRealtimePreview => "gpt-4o-realtime-preview",
            Self::Gpt4oRealtimePreview20241001 => "gpt-4o-realtime-preview-2024-10-01",
            Self::Gpt4oRealtimePreview20241217 => "gpt-4o-realtime-preview-2024-12-17",
            Self::Gpt4oRealtimePreview20250603 => "gpt-4o-realtime-preview-2025-06-03",
            Self::Gpt4oMiniRealtimePreview => "gpt-4o-mini-realtime-preview",
            Self::Gpt4oMiniRealtimePreview20241217 => {
                "gpt-4o-mini-realtime-preview-2024-12-17"
            }
            Self::GptRealtimeMini => "gpt-realtime-mini",
            Self::GptRealtimeMini20251006 => "gpt-realtime-mini-2025-10-06",
            Self::GptRealtimeMini20251215 => "gpt-realtime-mini-2025-12-15",
            Self::GptAudio15 => "gpt-audio-1.5",
            Self::GptAudioMini => "gpt-audio-mini",
            Self::GptAudioMini20251006 => "gpt-audio-mini-2025-10-06",
            Self::GptAudioMini20251215 => "gpt-audio-mini-2025-12-15",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "gpt-realtime" => Self::GptRealtime,
            "gpt-realtime-1.5" => Self::GptRealtime15,
            "gpt-realtime-2" => Self::GptRealtime2,
            "gpt-realtime-2.1" => Self::GptRealtime21,
            "gpt-realtime-2.1-mini" => Self::GptRealtime21Mini,
            "gpt-realtime-2025-08-28" => Self::GptRealtime20250828,
            "gpt-4o-realtime-preview" => Self::Gpt4oRealtimePreview,
            "gpt-4o-realtime-preview-2024-10-01" => Self::Gpt4oRealtimePreview20241001,
            "gpt-4o-realtime-preview-2024-12-17" => Self::Gpt4oRealtimePreview20241217,
            "gpt-4o-realtime-preview-2025-06-03" => Self::Gpt4oRealtimePreview20250603,
            "gpt-4o-mini-realtime-preview" => Self::Gpt4oMiniRealtimePreview,
            "gpt-4o-mini-realtime-preview-2024-12-17" => {
                Self::Gpt4oMiniRealtimePreview20241217
            }
            "gpt-realtime-mini" => Self::GptRealtimeMini,
            "gpt-realtime-mini-2025-10-06" => Self::GptRealtimeMini20251006,
            "gpt-realtime-mini-2025-12-15" => Self::GptRealtimeMini20251215,
            "gpt-audio-1.5" => Self::GptAudio15,
            "gpt-audio-mini" => Self::GptAudioMini,
            "gpt-audio-mini-2025-10-06" => Self::GptAudioMini20251006,
            "gpt-audio-mini-2025-12-15" => Self::GptAudioMini20251215,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for RealtimeSessionCreateRequestGaModel {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for RealtimeSessionCreateRequestGaModel {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for RealtimeSessionCreateRequestGaModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RealtimeSessionCreateRequestGaModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RealtimeSessionCreateRequestGaModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for RealtimeSessionCreateRequestGaModel {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// Configuration for input and output audio.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeSessionCreateRequestGaAudio {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<Box<RealtimeSessionCreateRequestGaAudioInput>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<RealtimeSessionCreateRequestGaAudioOutput>,
}
impl sdk_runtime_types::de::Object for RealtimeSessionCreateRequestGaAudio {
    const NAME: &'static str = "RealtimeSessionCreateRequestGaAudio";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut input: Option<Box<RealtimeSessionCreateRequestGaAudioInput>> = None;
        let mut output: Option<RealtimeSessionCreateRequestGaAudioOutput> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "input" => 0,
                    "output" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut input),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut output),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { input, output })
    }
}
impl<'de> Deserialize<'de> for RealtimeSessionCreateRequestGaAudio {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeSessionCreateRequestGaAudio {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { input: None, output: None }
    }
    /// Sets `input`.
    pub fn input(
        mut self,
        value: impl Into<RealtimeSessionCreateRequestGaAudioInput>,
    ) -> Self {
        self.input = Some(Box::new(value.into()));
        self
    }
    /// Sets `output`.
    pub fn output(
        mut self,
        value: impl Into<RealtimeSessionCreateRequestGaAudioOutput>,
    ) -> Self {
        self.output = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeSessionCreateRequestGaAudioInput {
    /// The format of the input audio.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<RealtimeAudioFormats>,
    /// Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input audio transcription is not native to the model, since the model consumes audio directly. Transcription runs asynchronously through [the /audio/transcriptions endpoint](https://platform.openai.com/docs/api-reference/audio/createTranscription) and should be treated as guidance of input audio content rather than precisely what the model heard. The client can optionally set the language and prompt for transcription, these offer additional guidance to the transcription service.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transcription: Option<Box<AudioTranscription>>,
    /// Configuration for input audio noise reduction. This can be set to `null` to turn off.
    /// Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    /// Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub noise_reduction: Option<RealtimeSessionInputAudioNoiseReduction>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub turn_detection: Option<RealtimeTurnDetection>,
}
impl sdk_runtime_types::de::Object for RealtimeSessionCreateRequestGaAudioInput {
    const NAME: &'static str = "RealtimeSessionCreateRequestGaAudioInput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut format: Option<RealtimeAudioFormats> = None;
        let mut transcription: Option<Box<AudioTranscription>> = None;
        let mut noise_reduction: Option<RealtimeSessionInputAudioNoiseReduction> = None;
        let mut turn_detection: Option<RealtimeTurnDetection> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "format" => 0,
                    "transcription" => 1,
                    "noise_reduction" => 2,
                    "turn_detection" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut format),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut transcription),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut noise_reduction),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut turn_detection),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            format,
            transcription,
            noise_reduction,
            turn_detection,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeSessionCreateRequestGaAudioInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeSessionCreateRequestGaAudioInput {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            format: None,
            transcription: None,
            noise_reduction: None,
            turn_detection: None,
        }
    }
    /// Sets `format`.
    pub fn format(mut self, value: impl Into<RealtimeAudioFormats>) -> Self {
        self.format = Some(value.into());
        self
    }
    /// Sets `transcription`.
    pub fn transcription(mut self, value: impl Into<AudioTranscription>) -> Self {
        self.transcription = Some(Box::new(value.into()));
        self
    }
    /// Sets `noise_reduction`.
    pub fn noise_reduction(
        mut self,
        value: impl Into<RealtimeSessionInputAudioNoiseReduction>,
    ) -> Self {
        self.noise_reduction = Some(value.into());
        self
    }
    /// Sets `turn_detection`.
    pub fn turn_detection(mut self, value: impl Into<RealtimeTurnDetection>) -> Self {
        self.turn_detection = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeSessionCreateRequestGaAudioOutput {
    /// The format of the output audio.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<RealtimeAudioFormats>,
    /// The voice the model uses to respond. Supported built-in voices are
    /// `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`,
    /// `marin`, and `cedar`. You may also provide a custom voice object with
    /// an `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed
    /// during the session once the model has responded with audio at least once.
    /// We recommend `marin` and `cedar` for best quality.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub voice: Option<VoiceIdsOrCustomVoice>,
    /// The speed of the model's spoken response as a multiple of the original speed.
    /// 1.0 is the default speed. 0.25 is the minimum speed. 1.5 is the maximum speed. This value can only be changed in between model turns, not while a response is in progress.
    ///
    /// This parameter is a post-processing adjustment to the audio after it is generated, it's
    /// also possible to prompt the model to speak faster or slower.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speed: Option<f64>,
}
impl sdk_runtime_types::de::Object for RealtimeSessionCreateRequestGaAudioOutput {
    const NAME: &'static str = "RealtimeSessionCreateRequestGaAudioOutput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut format: Option<RealtimeAudioFormats> = None;
        let mut voice: Option<VoiceIdsOrCustomVoice> = None;
        let mut speed: Option<f64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "format" => 0,
                    "voice" => 1,
                    "speed" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut format),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut voice),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut speed),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { format, voice, speed })
    }
}
impl<'de> Deserialize<'de> for RealtimeSessionCreateRequestGaAudioOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeSessionCreateRequestGaAudioOutput {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            format: None,
            voice: None,
            speed: None,
        }
    }
    /// Sets `format`.
    pub fn format(mut self, value: impl Into<RealtimeAudioFormats>) -> Self {
        self.format = Some(value.into());
        self
    }
    /// Sets `voice`.
    pub fn voice(mut self, value: impl Into<VoiceIdsOrCustomVoice>) -> Self {
        self.voice = Some(value.into());
        self
    }
    /// Sets `speed`.
    pub fn speed(mut self, value: impl Into<f64>) -> Self {
        self.speed = Some(value.into());
        self
    }
}
/// Realtime API can write session traces to the [Traces Dashboard](https://platform.openai.com/logs?api=traces). Set to null to disable tracing. Once
/// tracing is enabled for a session, the configuration cannot be modified.
///
/// `auto` will create a trace for the session with default values for the
/// workflow name, group id, and metadata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum RealtimeSessionCreateRequestGaTracing {
    TracingConfiguration(RealtimeSessionCreateRequestGaTracingTracingConfiguration),
    AutoLiteral(AutoLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<RealtimeSessionCreateRequestGaTracingTracingConfiguration>
for RealtimeSessionCreateRequestGaTracing {
    fn from(value: RealtimeSessionCreateRequestGaTracingTracingConfiguration) -> Self {
        Self::TracingConfiguration(value)
    }
}
impl From<AutoLiteral> for RealtimeSessionCreateRequestGaTracing {
    fn from(value: AutoLiteral) -> Self {
        Self::AutoLiteral(value)
    }
}
/// Granular configuration for tracing.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeSessionCreateRequestGaTracingTracingConfiguration {
    /// The name of the workflow to attach to this trace. This is used to
    /// name the trace in the Traces Dashboard.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workflow_name: Option<String>,
    /// The group id to attach to this trace to enable filtering and
    /// grouping in the Traces Dashboard.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// The arbitrary metadata to attach to this trace to enable
    /// filtering in the Traces Dashboard.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
}
impl sdk_runtime_types::de::Object
for RealtimeSessionCreateRequestGaTracingTracingConfiguration {
    const NAME: &'static str = "RealtimeSessionCreateRequestGaTracingTracingConfiguration";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut workflow_name: Option<String> = None;
        let mut group_id: Option<String> = None;
        let mut metadata: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "workflow_name" => 0,
                    "group_id" => 1,
                    "metadata" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut workflow_name),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut group_id),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut metadata),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            workflow_name,
            group_id,
            metadata,
        })
    }
}
impl<'de> Deserialize<'de>
for RealtimeSessionCreateRequestGaTracingTracingConfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeSessionCreateRequestGaTracingTracingConfiguration {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            workflow_name: None,
            group_id: None,
            metadata: None,
        }
    }
    /// Sets `workflow_name`.
    pub fn workflow_name(mut self, value: impl Into<String>) -> Self {
        self.workflow_name = Some(value.into());
        self
    }
    /// Sets `group_id`.
    pub fn group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
/// Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeReasoning {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effort: Option<RealtimeReasoningEffort>,
}
impl sdk_runtime_types::de::Object for RealtimeReasoning {
    const NAME: &'static str = "RealtimeReasoning";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut effort: Option<RealtimeReasoningEffort> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "effort" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut effort),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { effort })
    }
}
impl<'de> Deserialize<'de> for RealtimeReasoning {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeReasoning {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { effort: None }
    }
    /// Sets `effort`.
    pub fn effort(mut self, value: impl Into<RealtimeReasoningEffort>) -> Self {
        self.effort = Some(value.into());
        self
    }
}
/// Constrains effort on reasoning for reasoning-capable Realtime models such as
/// `gpt-realtime-2`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
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
impl RealtimeReasoningEffort {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Minimal => "minimal",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Xhigh => "xhigh",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "minimal" => Self::Minimal,
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            "xhigh" => Self::Xhigh,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for RealtimeReasoningEffort {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for RealtimeReasoningEffort {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for RealtimeReasoningEffort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RealtimeReasoningEffort {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RealtimeReasoningEffort {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "realtime")]
/// Parameters required to transfer a SIP call to a new destination using the
/// Realtime API.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeCallReferRequest {
    /// URI that should appear in the SIP Refer-To header. Supports values like
    /// `tel:+14155550123` or `sip:agent@example.com`.
    pub target_uri: String,
}
#[cfg(feature = "realtime")]
impl sdk_runtime_types::de::Object for RealtimeCallReferRequest {
    const NAME: &'static str = "RealtimeCallReferRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut target_uri: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "target_uri" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut target_uri),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            target_uri: target_uri.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "realtime")]
impl<'de> Deserialize<'de> for RealtimeCallReferRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "realtime")]
impl RealtimeCallReferRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(target_uri: impl Into<String>) -> Self {
        Self {
            target_uri: target_uri.into(),
        }
    }
}
#[cfg(feature = "realtime")]
/// Parameters used to decline an incoming SIP call handled by the Realtime API.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeCallRejectRequest {
    /// SIP response code to send back to the caller. Defaults to `603` (Decline)
    /// when omitted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_code: Option<i64>,
}
#[cfg(feature = "realtime")]
impl sdk_runtime_types::de::Object for RealtimeCallRejectRequest {
    const NAME: &'static str = "RealtimeCallRejectRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut status_code: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "status_code" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut status_code),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { status_code })
    }
}
#[cfg(feature = "realtime")]
impl<'de> Deserialize<'de> for RealtimeCallRejectRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "realtime")]
impl RealtimeCallRejectRequest {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { status_code: None }
    }
    /// Sets `status_code`.
    pub fn status_code(mut self, value: impl Into<i64>) -> Self {
        self.status_code = Some(value.into());
        self
    }
}
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeResponseCreateParamsTool {
    /// `function`
    Function(RealtimeFunctionTool),
    /// `mcp`
    Mcp(Box<McpTool>),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for RealtimeResponseCreateParamsTool {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Function(value) => value.serialize(serializer),
            Self::Mcp(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for RealtimeResponseCreateParamsTool {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "function" => Deserialize::deserialize(content).map(Self::Function),
                "mcp" => Deserialize::deserialize(content).map(Self::Mcp),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for RealtimeResponseCreateParamsTool {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<RealtimeFunctionTool> for RealtimeResponseCreateParamsTool {
    fn from(value: RealtimeFunctionTool) -> Self {
        Self::Function(value)
    }
}
impl From<McpTool> for RealtimeResponseCreateParamsTool {
    fn from(value: McpTool) -> Self {
        Self::Mcp(Box::new(value))
    }
}
/// How the model chooses tools. Provide one of the string modes or force a specific
/// function/MCP tool.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum RealtimeResponseCreateParamsToolChoice {
    ToolChoiceMcp(ToolChoiceMcp),
    ToolChoiceFunction(ToolChoiceFunction),
    ToolChoiceOptions(ToolChoiceOptions),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<ToolChoiceMcp> for RealtimeResponseCreateParamsToolChoice {
    fn from(value: ToolChoiceMcp) -> Self {
        Self::ToolChoiceMcp(value)
    }
}
impl From<ToolChoiceFunction> for RealtimeResponseCreateParamsToolChoice {
    fn from(value: ToolChoiceFunction) -> Self {
        Self::ToolChoiceFunction(value)
    }
}
impl From<ToolChoiceOptions> for RealtimeResponseCreateParamsToolChoice {
    fn from(value: ToolChoiceOptions) -> Self {
        Self::ToolChoiceOptions(value)
    }
}
impl From<&str> for RealtimeResponseCreateParamsToolChoice {
    fn from(value: &str) -> Self {
        Self::ToolChoiceOptions(value.into())
    }
}
/// Realtime transcription session object configuration.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeTranscriptionSessionCreateRequestGa {
    /// The type of session to create. Always `transcription` for transcription sessions.
    #[serde(rename = "type")]
    pub type_: TranscriptionLiteral,
    /// Configuration for input and output audio.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio: Option<Box<RealtimeTranscriptionSessionCreateRequestGaAudio>>,
    /// Additional fields to include in server outputs.
    ///
    /// `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<ItemInputAudioTranscriptionLogprobsLiteral>>,
}
impl sdk_runtime_types::de::Object for RealtimeTranscriptionSessionCreateRequestGa {
    const NAME: &'static str = "RealtimeTranscriptionSessionCreateRequestGa";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<TranscriptionLiteral> = None;
        let mut audio: Option<Box<RealtimeTranscriptionSessionCreateRequestGaAudio>> = None;
        let mut include: Option<Vec<ItemInputAudioTranscriptionLogprobsLiteral>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "audio" => 1,
                    "include" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut audio),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut include),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            audio,
            include,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranscriptionSessionCreateRequestGa {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranscriptionSessionCreateRequestGa {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: Default::default(),
            audio: None,
            include: None,
        }
    }
    /// Sets `audio`.
    pub fn audio(
        mut self,
        value: impl Into<RealtimeTranscriptionSessionCreateRequestGaAudio>,
    ) -> Self {
        self.audio = Some(Box::new(value.into()));
        self
    }
    /// Sets `include`.
    pub fn include(
        mut self,
        value: impl Into<Vec<ItemInputAudioTranscriptionLogprobsLiteral>>,
    ) -> Self {
        self.include = Some(value.into());
        self
    }
}
/// The constant `transcription`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TranscriptionLiteral {
    /// `transcription`
    #[default]
    Transcription,
}
impl TranscriptionLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "transcription"
    }
}
impl std::fmt::Display for TranscriptionLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for TranscriptionLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("transcription")
    }
}
impl<'de> Deserialize<'de> for TranscriptionLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "transcription")
            .map(|()| Self::Transcription)
    }
}
/// Configuration for input and output audio.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeTranscriptionSessionCreateRequestGaAudio {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<Box<RealtimeTranscriptionSessionCreateRequestGaAudioInput>>,
}
impl sdk_runtime_types::de::Object for RealtimeTranscriptionSessionCreateRequestGaAudio {
    const NAME: &'static str = "RealtimeTranscriptionSessionCreateRequestGaAudio";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut input: Option<
            Box<RealtimeTranscriptionSessionCreateRequestGaAudioInput>,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "input" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut input),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { input })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranscriptionSessionCreateRequestGaAudio {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranscriptionSessionCreateRequestGaAudio {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { input: None }
    }
    /// Sets `input`.
    pub fn input(
        mut self,
        value: impl Into<RealtimeTranscriptionSessionCreateRequestGaAudioInput>,
    ) -> Self {
        self.input = Some(Box::new(value.into()));
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeTranscriptionSessionCreateRequestGaAudioInput {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<RealtimeAudioFormats>,
    /// Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input audio transcription is not native to the model, since the model consumes audio directly. Transcription runs asynchronously through [the /audio/transcriptions endpoint](https://platform.openai.com/docs/api-reference/audio/createTranscription) and should be treated as guidance of input audio content rather than precisely what the model heard. The client can optionally set the language and prompt for transcription, these offer additional guidance to the transcription service.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transcription: Option<Box<AudioTranscription>>,
    /// Configuration for input audio noise reduction. This can be set to `null` to turn off.
    /// Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    /// Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub noise_reduction: Option<RealtimeSessionInputAudioNoiseReduction>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub turn_detection: Option<RealtimeTurnDetection>,
}
impl sdk_runtime_types::de::Object
for RealtimeTranscriptionSessionCreateRequestGaAudioInput {
    const NAME: &'static str = "RealtimeTranscriptionSessionCreateRequestGaAudioInput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut format: Option<RealtimeAudioFormats> = None;
        let mut transcription: Option<Box<AudioTranscription>> = None;
        let mut noise_reduction: Option<RealtimeSessionInputAudioNoiseReduction> = None;
        let mut turn_detection: Option<RealtimeTurnDetection> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "format" => 0,
                    "transcription" => 1,
                    "noise_reduction" => 2,
                    "turn_detection" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut format),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut transcription),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut noise_reduction),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut turn_detection),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            format,
            transcription,
            noise_reduction,
            turn_detection,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranscriptionSessionCreateRequestGaAudioInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranscriptionSessionCreateRequestGaAudioInput {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            format: None,
            transcription: None,
            noise_reduction: None,
            turn_detection: None,
        }
    }
    /// Sets `format`.
    pub fn format(mut self, value: impl Into<RealtimeAudioFormats>) -> Self {
        self.format = Some(value.into());
        self
    }
    /// Sets `transcription`.
    pub fn transcription(mut self, value: impl Into<AudioTranscription>) -> Self {
        self.transcription = Some(Box::new(value.into()));
        self
    }
    /// Sets `noise_reduction`.
    pub fn noise_reduction(
        mut self,
        value: impl Into<RealtimeSessionInputAudioNoiseReduction>,
    ) -> Self {
        self.noise_reduction = Some(value.into());
        self
    }
    /// Sets `turn_detection`.
    pub fn turn_detection(mut self, value: impl Into<RealtimeTurnDetection>) -> Self {
        self.turn_detection = Some(value.into());
        self
    }
}
#[cfg(feature = "realtime")]
/// Create a session and client secret for the Realtime API. The request can specify
/// either a realtime or a transcription session configuration.
/// [Learn more about the Realtime API](https://platform.openai.com/docs/guides/realtime).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeCreateClientSecretRequest {
    /// Configuration for the client secret expiration. Expiration refers to the time after which
    /// a client secret will no longer be valid for creating sessions. The session itself may
    /// continue after that time once started. A secret can be used to create multiple sessions
    /// until it expires.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_after: Option<RealtimeCreateClientSecretRequestExpiresAfter>,
    /// Session configuration to use for the client secret. Choose either a realtime
    /// session or a transcription session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session: Option<RealtimeCreateClientSecretRequestSession>,
}
#[cfg(feature = "realtime")]
impl sdk_runtime_types::de::Object for RealtimeCreateClientSecretRequest {
    const NAME: &'static str = "RealtimeCreateClientSecretRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut expires_after: Option<RealtimeCreateClientSecretRequestExpiresAfter> = None;
        let mut session: Option<RealtimeCreateClientSecretRequestSession> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "expires_after" => 0,
                    "session" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut expires_after),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut session),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { expires_after, session })
    }
}
#[cfg(feature = "realtime")]
impl<'de> Deserialize<'de> for RealtimeCreateClientSecretRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "realtime")]
impl RealtimeCreateClientSecretRequest {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            expires_after: None,
            session: None,
        }
    }
    /// Sets `expires_after`.
    pub fn expires_after(
        mut self,
        value: impl Into<RealtimeCreateClientSecretRequestExpiresAfter>,
    ) -> Self {
        self.expires_after = Some(value.into());
        self
    }
    /// Sets `session`.
    pub fn session(
        mut self,
        value: impl Into<RealtimeCreateClientSecretRequestSession>,
    ) -> Self {
        self.session = Some(value.into());
        self
    }
}
#[cfg(feature = "realtime")]
/// Configuration for the client secret expiration. Expiration refers to the time after which
/// a client secret will no longer be valid for creating sessions. The session itself may
/// continue after that time once started. A secret can be used to create multiple sessions
/// until it expires.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeCreateClientSecretRequestExpiresAfter {
    /// The anchor point for the client secret expiration, meaning that `seconds` will be added to the `created_at` time of the client secret to produce an expiration timestamp. Only `created_at` is currently supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anchor: Option<CreatedAtLiteral>,
    /// The number of seconds from the anchor point to the expiration. Select a value between `10` and `7200` (2 hours). This default to 600 seconds (10 minutes) if not specified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seconds: Option<i64>,
}
#[cfg(feature = "realtime")]
impl sdk_runtime_types::de::Object for RealtimeCreateClientSecretRequestExpiresAfter {
    const NAME: &'static str = "RealtimeCreateClientSecretRequestExpiresAfter";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut anchor: Option<CreatedAtLiteral> = None;
        let mut seconds: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "anchor" => 0,
                    "seconds" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut anchor),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut seconds),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { anchor, seconds })
    }
}
#[cfg(feature = "realtime")]
impl<'de> Deserialize<'de> for RealtimeCreateClientSecretRequestExpiresAfter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "realtime")]
impl RealtimeCreateClientSecretRequestExpiresAfter {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            anchor: None,
            seconds: None,
        }
    }
    /// Sets `anchor`.
    pub fn anchor(mut self, value: impl Into<CreatedAtLiteral>) -> Self {
        self.anchor = Some(value.into());
        self
    }
    /// Sets `seconds`.
    pub fn seconds(mut self, value: impl Into<i64>) -> Self {
        self.seconds = Some(value.into());
        self
    }
}
#[cfg(feature = "realtime")]
/// Session configuration to use for the client secret. Choose either a realtime
/// session or a transcription session.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeCreateClientSecretRequestSession {
    /// `realtime`
    Realtime(Box<RealtimeSessionCreateRequestGa>),
    /// `transcription`
    Transcription(Box<RealtimeTranscriptionSessionCreateRequestGa>),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(feature = "realtime")]
impl Serialize for RealtimeCreateClientSecretRequestSession {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Realtime(value) => value.serialize(serializer),
            Self::Transcription(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(feature = "realtime")]
impl sdk_runtime_types::de::TaggedUnion for RealtimeCreateClientSecretRequestSession {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "realtime" => Deserialize::deserialize(content).map(Self::Realtime),
                "transcription" => {
                    Deserialize::deserialize(content).map(Self::Transcription)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(feature = "realtime")]
impl<'de> Deserialize<'de> for RealtimeCreateClientSecretRequestSession {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "realtime")]
impl From<RealtimeSessionCreateRequestGa> for RealtimeCreateClientSecretRequestSession {
    fn from(value: RealtimeSessionCreateRequestGa) -> Self {
        Self::Realtime(Box::new(value))
    }
}
#[cfg(feature = "realtime")]
impl From<RealtimeTranscriptionSessionCreateRequestGa>
for RealtimeCreateClientSecretRequestSession {
    fn from(value: RealtimeTranscriptionSessionCreateRequestGa) -> Self {
        Self::Transcription(Box::new(value))
    }
}
#[cfg(feature = "realtime")]
/// Response from creating a session and client secret for the Realtime API.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RealtimeCreateClientSecretResponse {
    /// The generated client secret value.
    pub value: String,
    /// Expiration timestamp for the client secret, in seconds since epoch.
    pub expires_at: i64,
    /// The session configuration for either a realtime or transcription session.
    pub session: RealtimeCreateClientSecretResponseSession,
}
#[cfg(feature = "realtime")]
impl sdk_runtime_types::de::Object for RealtimeCreateClientSecretResponse {
    const NAME: &'static str = "RealtimeCreateClientSecretResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut value: Option<String> = None;
        let mut expires_at: Option<i64> = None;
        let mut session: Option<RealtimeCreateClientSecretResponseSession> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "value" => 0,
                    "expires_at" => 1,
                    "session" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut value),
                1 => sdk_runtime_types::de::value(&mut map, &mut expires_at),
                2 => sdk_runtime_types::de::value(&mut map, &mut session),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            value: value.unwrap_or_default(),
            expires_at: expires_at.unwrap_or_default(),
            session: sdk_runtime_types::de::required::<_, A::Error>(session, "session")?,
        })
    }
}
#[cfg(feature = "realtime")]
impl<'de> Deserialize<'de> for RealtimeCreateClientSecretResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "realtime")]
impl RealtimeCreateClientSecretResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        value: impl Into<String>,
        expires_at: impl Into<i64>,
        session: impl Into<RealtimeCreateClientSecretResponseSession>,
    ) -> Self {
        Self {
            value: value.into(),
            expires_at: expires_at.into(),
            session: session.into(),
        }
    }
}
#[cfg(feature = "realtime")]
/// The session configuration for either a realtime or transcription session.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeCreateClientSecretResponseSession {
    /// `realtime`
    Realtime(Box<RealtimeSessionCreateResponseGa>),
    /// `transcription`
    Transcription(Box<RealtimeTranscriptionSessionCreateResponseGa>),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(feature = "realtime")]
impl Serialize for RealtimeCreateClientSecretResponseSession {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Realtime(value) => value.serialize(serializer),
            Self::Transcription(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(feature = "realtime")]
impl sdk_runtime_types::de::TaggedUnion for RealtimeCreateClientSecretResponseSession {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "realtime" => Deserialize::deserialize(content).map(Self::Realtime),
                "transcription" => {
                    Deserialize::deserialize(content).map(Self::Transcription)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(feature = "realtime")]
impl<'de> Deserialize<'de> for RealtimeCreateClientSecretResponseSession {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "realtime")]
impl From<RealtimeSessionCreateResponseGa>
for RealtimeCreateClientSecretResponseSession {
    fn from(value: RealtimeSessionCreateResponseGa) -> Self {
        Self::Realtime(Box::new(value))
    }
}
#[cfg(feature = "realtime")]
impl From<RealtimeTranscriptionSessionCreateResponseGa>
for RealtimeCreateClientSecretResponseSession {
    fn from(value: RealtimeTranscriptionSessionCreateResponseGa) -> Self {
        Self::Transcription(Box::new(value))
    }
}
/// A Realtime session configuration object.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeSessionCreateResponseGa {
    /// The type of session to create. Always `realtime` for the Realtime API.
    #[serde(rename = "type")]
    pub type_: RealtimeLiteral,
    /// Unique identifier for the session that looks like `sess_1234567890abcdef`.
    pub id: String,
    /// The object type. Always `realtime.session`.
    pub object: RealtimeSessionLiteral,
    /// Expiration timestamp for the session, in seconds since epoch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    /// The set of modalities the model can respond with. It defaults to `["audio"]`, indicating
    /// that the model will respond with audio plus a transcript. `["text"]` can be used to make
    /// the model respond with text only. It is not possible to request both `text` and `audio` at the same time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_modalities: Option<Vec<ChatCompletionModality>>,
    /// The Realtime model used for this session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<RealtimeSessionCreateRequestGaModel>,
    /// The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior.
    ///
    /// Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// Configuration for input and output audio.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio: Option<Box<RealtimeSessionCreateResponseGaAudio>>,
    /// Additional fields to include in server outputs.
    ///
    /// `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<ItemInputAudioTranscriptionLogprobsLiteral>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tracing: Option<RealtimeSessionCreateRequestGaTracing>,
    /// Tools available to the model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<RealtimeResponseCreateParamsTool>>,
    /// How the model chooses tools. Provide one of the string modes or force a specific
    /// function/MCP tool.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_choice: Option<RealtimeResponseCreateParamsToolChoice>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reasoning: Option<RealtimeReasoning>,
    /// Maximum number of output tokens for a single assistant response,
    /// inclusive of tool calls. Provide an integer between 1 and 4096 to
    /// limit output tokens, or `inf` for the maximum available tokens for a
    /// given model. Defaults to `inf`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_output_tokens: Option<RealtimeSessionMaxResponseOutputTokens>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub truncation: Option<RealtimeTruncation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt: Option<Prompt>,
}
impl sdk_runtime_types::de::Object for RealtimeSessionCreateResponseGa {
    const NAME: &'static str = "RealtimeSessionCreateResponseGa";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<RealtimeLiteral> = None;
        let mut id: Option<String> = None;
        let mut object: Option<RealtimeSessionLiteral> = None;
        let mut expires_at: Option<i64> = None;
        let mut output_modalities: Option<Vec<ChatCompletionModality>> = None;
        let mut model: Option<RealtimeSessionCreateRequestGaModel> = None;
        let mut instructions: Option<String> = None;
        let mut audio: Option<Box<RealtimeSessionCreateResponseGaAudio>> = None;
        let mut include: Option<Vec<ItemInputAudioTranscriptionLogprobsLiteral>> = None;
        let mut tracing: Option<RealtimeSessionCreateRequestGaTracing> = None;
        let mut tools: Option<Vec<RealtimeResponseCreateParamsTool>> = None;
        let mut tool_choice: Option<RealtimeResponseCreateParamsToolChoice> = None;
        let mut reasoning: Option<RealtimeReasoning> = None;
        let mut max_output_tokens: Option<RealtimeSessionMaxResponseOutputTokens> = None;
        let mut truncation: Option<RealtimeTruncation> = None;
        let mut prompt: Option<Prompt> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "object" => 2,
                    "expires_at" => 3,
                    "output_modalities" => 4,
                    "model" => 5,
                    "instructions" => 6,
                    "audio" => 7,
                    "include" => 8,
                    "tracing" => 9,
                    "tools" => 10,
                    "tool_choice" => 11,
                    "reasoning" => 12,
                    "max_output_tokens" => 13,
                    "truncation" => 14,
                    "prompt" => 15,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut object),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut expires_at),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut output_modalities),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut instructions),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut audio),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut include),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut tracing),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut tools),
                11 => sdk_runtime_types::de::nullable(&mut map, &mut tool_choice),
                12 => sdk_runtime_types::de::nullable(&mut map, &mut reasoning),
                13 => sdk_runtime_types::de::nullable(&mut map, &mut max_output_tokens),
                14 => sdk_runtime_types::de::nullable(&mut map, &mut truncation),
                15 => sdk_runtime_types::de::nullable(&mut map, &mut prompt),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            expires_at,
            output_modalities,
            model,
            instructions,
            audio,
            include,
            tracing,
            tools,
            tool_choice,
            reasoning,
            max_output_tokens,
            truncation,
            prompt,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeSessionCreateResponseGa {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeSessionCreateResponseGa {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            object: Default::default(),
            expires_at: None,
            output_modalities: None,
            model: None,
            instructions: None,
            audio: None,
            include: None,
            tracing: None,
            tools: None,
            tool_choice: None,
            reasoning: None,
            max_output_tokens: None,
            truncation: None,
            prompt: None,
        }
    }
    /// Sets `expires_at`.
    pub fn expires_at(mut self, value: impl Into<i64>) -> Self {
        self.expires_at = Some(value.into());
        self
    }
    /// Sets `output_modalities`.
    pub fn output_modalities(
        mut self,
        value: impl Into<Vec<ChatCompletionModality>>,
    ) -> Self {
        self.output_modalities = Some(value.into());
        self
    }
    /// Sets `model`.
    pub fn model(
        mut self,
        value: impl Into<RealtimeSessionCreateRequestGaModel>,
    ) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }
    /// Sets `audio`.
    pub fn audio(
        mut self,
        value: impl Into<RealtimeSessionCreateResponseGaAudio>,
    ) -> Self {
        self.audio = Some(Box::new(value.into()));
        self
    }
    /// Sets `include`.
    pub fn include(
        mut self,
        value: impl Into<Vec<ItemInputAudioTranscriptionLogprobsLiteral>>,
    ) -> Self {
        self.include = Some(value.into());
        self
    }
    /// Sets `tracing`.
    pub fn tracing(
        mut self,
        value: impl Into<RealtimeSessionCreateRequestGaTracing>,
    ) -> Self {
        self.tracing = Some(value.into());
        self
    }
    /// Sets `tools`.
    pub fn tools(
        mut self,
        value: impl Into<Vec<RealtimeResponseCreateParamsTool>>,
    ) -> Self {
        self.tools = Some(value.into());
        self
    }
    /// Sets `tool_choice`.
    pub fn tool_choice(
        mut self,
        value: impl Into<RealtimeResponseCreateParamsToolChoice>,
    ) -> Self {
        self.tool_choice = Some(value.into());
        self
    }
    /// Sets `reasoning`.
    pub fn reasoning(mut self, value: impl Into<RealtimeReasoning>) -> Self {
        self.reasoning = Some(value.into());
        self
    }
    /// Sets `max_output_tokens`.
    pub fn max_output_tokens(
        mut self,
        value: impl Into<RealtimeSessionMaxResponseOutputTokens>,
    ) -> Self {
        self.max_output_tokens = Some(value.into());
        self
    }
    /// Sets `truncation`.
    pub fn truncation(mut self, value: impl Into<RealtimeTruncation>) -> Self {
        self.truncation = Some(value.into());
        self
    }
    /// Sets `prompt`.
    pub fn prompt(mut self, value: impl Into<Prompt>) -> Self {
        self.prompt = Some(value.into());
        self
    }
}
/// Configuration for input and output audio.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeSessionCreateResponseGaAudio {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<Box<RealtimeSessionCreateResponseGaAudioInput>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<RealtimeSessionCreateResponseGaAudioOutput>,
}
impl sdk_runtime_types::de::Object for RealtimeSessionCreateResponseGaAudio {
    const NAME: &'static str = "RealtimeSessionCreateResponseGaAudio";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut input: Option<Box<RealtimeSessionCreateResponseGaAudioInput>> = None;
        let mut output: Option<RealtimeSessionCreateResponseGaAudioOutput> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "input" => 0,
                    "output" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut input),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut output),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { input, output })
    }
}
impl<'de> Deserialize<'de> for RealtimeSessionCreateResponseGaAudio {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeSessionCreateResponseGaAudio {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { input: None, output: None }
    }
    /// Sets `input`.
    pub fn input(
        mut self,
        value: impl Into<RealtimeSessionCreateResponseGaAudioInput>,
    ) -> Self {
        self.input = Some(Box::new(value.into()));
        self
    }
    /// Sets `output`.
    pub fn output(
        mut self,
        value: impl Into<RealtimeSessionCreateResponseGaAudioOutput>,
    ) -> Self {
        self.output = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeSessionCreateResponseGaAudioInput {
    /// The format of the input audio.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<RealtimeAudioFormats>,
    /// Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input audio transcription is not native to the model, since the model consumes audio directly. Transcription runs asynchronously through [the /audio/transcriptions endpoint](https://platform.openai.com/docs/api-reference/audio/createTranscription) and should be treated as guidance of input audio content rather than precisely what the model heard. The client can optionally set the language and prompt for transcription, these offer additional guidance to the transcription service.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transcription: Option<AudioTranscriptionResponse>,
    /// Configuration for input audio noise reduction. This can be set to `null` to turn off.
    /// Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    /// Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub noise_reduction: Option<RealtimeSessionInputAudioNoiseReduction>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub turn_detection: Option<RealtimeTurnDetection>,
}
impl sdk_runtime_types::de::Object for RealtimeSessionCreateResponseGaAudioInput {
    const NAME: &'static str = "RealtimeSessionCreateResponseGaAudioInput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut format: Option<RealtimeAudioFormats> = None;
        let mut transcription: Option<AudioTranscriptionResponse> = None;
        let mut noise_reduction: Option<RealtimeSessionInputAudioNoiseReduction> = None;
        let mut turn_detection: Option<RealtimeTurnDetection> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "format" => 0,
                    "transcription" => 1,
                    "noise_reduction" => 2,
                    "turn_detection" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut format),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut transcription),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut noise_reduction),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut turn_detection),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            format,
            transcription,
            noise_reduction,
            turn_detection,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeSessionCreateResponseGaAudioInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeSessionCreateResponseGaAudioInput {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            format: None,
            transcription: None,
            noise_reduction: None,
            turn_detection: None,
        }
    }
    /// Sets `format`.
    pub fn format(mut self, value: impl Into<RealtimeAudioFormats>) -> Self {
        self.format = Some(value.into());
        self
    }
    /// Sets `transcription`.
    pub fn transcription(
        mut self,
        value: impl Into<AudioTranscriptionResponse>,
    ) -> Self {
        self.transcription = Some(value.into());
        self
    }
    /// Sets `noise_reduction`.
    pub fn noise_reduction(
        mut self,
        value: impl Into<RealtimeSessionInputAudioNoiseReduction>,
    ) -> Self {
        self.noise_reduction = Some(value.into());
        self
    }
    /// Sets `turn_detection`.
    pub fn turn_detection(mut self, value: impl Into<RealtimeTurnDetection>) -> Self {
        self.turn_detection = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeSessionCreateResponseGaAudioOutput {
    /// The format of the output audio.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<RealtimeAudioFormats>,
    /// The voice the model uses to respond. Voice cannot be changed during the
    /// session once the model has responded with audio at least once. Current
    /// voice options are `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`,
    /// `shimmer`, `verse`, `marin`, and `cedar`. We recommend `marin` and `cedar` for
    /// best quality.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub voice: Option<VoiceIdsShared>,
    /// The speed of the model's spoken response as a multiple of the original speed.
    /// 1.0 is the default speed. 0.25 is the minimum speed. 1.5 is the maximum speed. This value can only be changed in between model turns, not while a response is in progress.
    ///
    /// This parameter is a post-processing adjustment to the audio after it is generated, it's
    /// also possible to prompt the model to speak faster or slower.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speed: Option<f64>,
}
impl sdk_runtime_types::de::Object for RealtimeSessionCreateResponseGaAudioOutput {
    const NAME: &'static str = "RealtimeSessionCreateResponseGaAudioOutput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut format: Option<RealtimeAudioFormats> = None;
        let mut voice: Option<VoiceIdsShared> = None;
        let mut speed: Option<f64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "format" => 0,
                    "voice" => 1,
                    "speed" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut format),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut voice),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut speed),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { format, voice, speed })
    }
}
impl<'de> Deserialize<'de> for RealtimeSessionCreateResponseGaAudioOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeSessionCreateResponseGaAudioOutput {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            format: None,
            voice: None,
            speed: None,
        }
    }
    /// Sets `format`.
    pub fn format(mut self, value: impl Into<RealtimeAudioFormats>) -> Self {
        self.format = Some(value.into());
        self
    }
    /// Sets `voice`.
    pub fn voice(mut self, value: impl Into<VoiceIdsShared>) -> Self {
        self.voice = Some(value.into());
        self
    }
    /// Sets `speed`.
    pub fn speed(mut self, value: impl Into<f64>) -> Self {
        self.speed = Some(value.into());
        self
    }
}
/// A Realtime transcription session configuration object.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeTranscriptionSessionCreateResponseGa {
    /// The type of session. Always `transcription` for transcription sessions.
    #[serde(rename = "type")]
    pub type_: TranscriptionLiteral,
    /// Unique identifier for the session that looks like `sess_1234567890abcdef`.
    pub id: String,
    /// The object type. Always `realtime.transcription_session`.
    pub object: String,
    /// Expiration timestamp for the session, in seconds since epoch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    /// Additional fields to include in server outputs.
    /// - `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<ItemInputAudioTranscriptionLogprobsLiteral>>,
    /// Configuration for input audio for the session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio: Option<Box<RealtimeTranscriptionSessionCreateResponseGaAudio>>,
}
impl sdk_runtime_types::de::Object for RealtimeTranscriptionSessionCreateResponseGa {
    const NAME: &'static str = "RealtimeTranscriptionSessionCreateResponseGa";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<TranscriptionLiteral> = None;
        let mut id: Option<String> = None;
        let mut object: Option<String> = None;
        let mut expires_at: Option<i64> = None;
        let mut include: Option<Vec<ItemInputAudioTranscriptionLogprobsLiteral>> = None;
        let mut audio: Option<Box<RealtimeTranscriptionSessionCreateResponseGaAudio>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "object" => 2,
                    "expires_at" => 3,
                    "include" => 4,
                    "audio" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut object),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut expires_at),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut include),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut audio),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: id.unwrap_or_default(),
            object: object.unwrap_or_default(),
            expires_at,
            include,
            audio,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranscriptionSessionCreateResponseGa {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranscriptionSessionCreateResponseGa {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>, object: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            object: object.into(),
            expires_at: None,
            include: None,
            audio: None,
        }
    }
    /// Sets `expires_at`.
    pub fn expires_at(mut self, value: impl Into<i64>) -> Self {
        self.expires_at = Some(value.into());
        self
    }
    /// Sets `include`.
    pub fn include(
        mut self,
        value: impl Into<Vec<ItemInputAudioTranscriptionLogprobsLiteral>>,
    ) -> Self {
        self.include = Some(value.into());
        self
    }
    /// Sets `audio`.
    pub fn audio(
        mut self,
        value: impl Into<RealtimeTranscriptionSessionCreateResponseGaAudio>,
    ) -> Self {
        self.audio = Some(Box::new(value.into()));
        self
    }
}
/// Configuration for input audio for the session.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeTranscriptionSessionCreateResponseGaAudio {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<Box<RealtimeTranscriptionSessionCreateResponseGaAudioInput>>,
}
impl sdk_runtime_types::de::Object
for RealtimeTranscriptionSessionCreateResponseGaAudio {
    const NAME: &'static str = "RealtimeTranscriptionSessionCreateResponseGaAudio";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut input: Option<
            Box<RealtimeTranscriptionSessionCreateResponseGaAudioInput>,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "input" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut input),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { input })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranscriptionSessionCreateResponseGaAudio {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranscriptionSessionCreateResponseGaAudio {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { input: None }
    }
    /// Sets `input`.
    pub fn input(
        mut self,
        value: impl Into<RealtimeTranscriptionSessionCreateResponseGaAudioInput>,
    ) -> Self {
        self.input = Some(Box::new(value.into()));
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeTranscriptionSessionCreateResponseGaAudioInput {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<RealtimeAudioFormats>,
    /// Configuration of the transcription model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transcription: Option<AudioTranscriptionResponse>,
    /// Configuration for input audio noise reduction.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub noise_reduction: Option<RealtimeSessionCreateResponseAudioInputNoiseReduction>,
    /// Configuration for turn detection. For `gpt-realtime-whisper`, this must be `null`; VAD is not supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub turn_detection: Option<
        RealtimeTranscriptionSessionCreateResponseGaAudioInputTurnDetection,
    >,
}
impl sdk_runtime_types::de::Object
for RealtimeTranscriptionSessionCreateResponseGaAudioInput {
    const NAME: &'static str = "RealtimeTranscriptionSessionCreateResponseGaAudioInput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut format: Option<RealtimeAudioFormats> = None;
        let mut transcription: Option<AudioTranscriptionResponse> = None;
        let mut noise_reduction: Option<
            RealtimeSessionCreateResponseAudioInputNoiseReduction,
        > = None;
        let mut turn_detection: Option<
            RealtimeTranscriptionSessionCreateResponseGaAudioInputTurnDetection,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "format" => 0,
                    "transcription" => 1,
                    "noise_reduction" => 2,
                    "turn_detection" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut format),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut transcription),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut noise_reduction),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut turn_detection),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            format,
            transcription,
            noise_reduction,
            turn_detection,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranscriptionSessionCreateResponseGaAudioInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranscriptionSessionCreateResponseGaAudioInput {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            format: None,
            transcription: None,
            noise_reduction: None,
            turn_detection: None,
        }
    }
    /// Sets `format`.
    pub fn format(mut self, value: impl Into<RealtimeAudioFormats>) -> Self {
        self.format = Some(value.into());
        self
    }
    /// Sets `transcription`.
    pub fn transcription(
        mut self,
        value: impl Into<AudioTranscriptionResponse>,
    ) -> Self {
        self.transcription = Some(value.into());
        self
    }
    /// Sets `noise_reduction`.
    pub fn noise_reduction(
        mut self,
        value: impl Into<RealtimeSessionCreateResponseAudioInputNoiseReduction>,
    ) -> Self {
        self.noise_reduction = Some(value.into());
        self
    }
    /// Sets `turn_detection`.
    pub fn turn_detection(
        mut self,
        value: impl Into<
            RealtimeTranscriptionSessionCreateResponseGaAudioInputTurnDetection,
        >,
    ) -> Self {
        self.turn_detection = Some(value.into());
        self
    }
}
/// Configuration for turn detection. Can be set to `null` to turn off. Server
/// VAD means that the model will detect the start and end of speech based on
/// audio volume and respond at the end of user speech. For `gpt-realtime-whisper`, this must be `null`; VAD is not supported.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeTranscriptionSessionCreateResponseGaAudioInputTurnDetection {
    /// Type of turn detection, only `server_vad` is currently supported.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
    /// higher threshold will require louder audio to activate the model, and
    /// thus might perform better in noisy environments.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f64>,
    /// Amount of audio to include before the VAD detected speech (in
    /// milliseconds). Defaults to 300ms.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefix_padding_ms: Option<i64>,
    /// Duration of silence to detect speech stop (in milliseconds). Defaults
    /// to 500ms. With shorter values the model will respond more quickly,
    /// but may jump in on short pauses from the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub silence_duration_ms: Option<i64>,
}
impl sdk_runtime_types::de::Object
for RealtimeTranscriptionSessionCreateResponseGaAudioInputTurnDetection {
    const NAME: &'static str = "RealtimeTranscriptionSessionCreateResponseGaAudioInputTurnDetection";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<String> = None;
        let mut threshold: Option<f64> = None;
        let mut prefix_padding_ms: Option<i64> = None;
        let mut silence_duration_ms: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "threshold" => 1,
                    "prefix_padding_ms" => 2,
                    "silence_duration_ms" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut threshold),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut prefix_padding_ms),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut silence_duration_ms),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_,
            threshold,
            prefix_padding_ms,
            silence_duration_ms,
        })
    }
}
impl<'de> Deserialize<'de>
for RealtimeTranscriptionSessionCreateResponseGaAudioInputTurnDetection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranscriptionSessionCreateResponseGaAudioInputTurnDetection {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: None,
            threshold: None,
            prefix_padding_ms: None,
            silence_duration_ms: None,
        }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `threshold`.
    pub fn threshold(mut self, value: impl Into<f64>) -> Self {
        self.threshold = Some(value.into());
        self
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
}
#[cfg(feature = "realtime")]
/// A Realtime session configuration object.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeSessionCreateResponse {
    /// Unique identifier for the session that looks like `sess_1234567890abcdef`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The object type. Always `realtime.session`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Expiration timestamp for the session, in seconds since epoch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    /// Additional fields to include in server outputs.
    /// - `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<ItemInputAudioTranscriptionLogprobsLiteral>>,
    /// The Realtime model used for this session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// The set of modalities the model can respond with. To disable audio,
    /// set this to \["text"\].
    #[serde(skip_serializing_if = "Option::is_none")]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// Configuration for input and output audio for the session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio: Option<Box<RealtimeSessionCreateResponseAudio>>,
    /// Configuration options for tracing. Set to null to disable tracing. Once
    /// tracing is enabled for a session, the configuration cannot be modified.
    ///
    /// `auto` will create a trace for the session with default values for the
    /// workflow name, group id, and metadata.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tracing: Option<RealtimeSessionTracing>,
    /// Configuration for turn detection. Can be set to `null` to turn off. Server
    /// VAD means that the model will detect the start and end of speech based on
    /// audio volume and respond at the end of user speech.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub turn_detection: Option<RealtimeSessionCreateRequestTurnDetection>,
    /// Tools (functions) available to the model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<RealtimeFunctionTool>>,
    /// How the model chooses tools. Options are `auto`, `none`, `required`, or
    /// specify a function.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_choice: Option<String>,
    /// Maximum number of output tokens for a single assistant response,
    /// inclusive of tool calls. Provide an integer between 1 and 4096 to
    /// limit output tokens, or `inf` for the maximum available tokens for a
    /// given model. Defaults to `inf`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_output_tokens: Option<RealtimeSessionMaxResponseOutputTokens>,
}
#[cfg(feature = "realtime")]
impl sdk_runtime_types::de::Object for RealtimeSessionCreateResponse {
    const NAME: &'static str = "RealtimeSessionCreateResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<String> = None;
        let mut expires_at: Option<i64> = None;
        let mut include: Option<Vec<ItemInputAudioTranscriptionLogprobsLiteral>> = None;
        let mut model: Option<String> = None;
        let mut output_modalities: Option<Vec<ChatCompletionModality>> = None;
        let mut instructions: Option<String> = None;
        let mut audio: Option<Box<RealtimeSessionCreateResponseAudio>> = None;
        let mut tracing: Option<RealtimeSessionTracing> = None;
        let mut turn_detection: Option<RealtimeSessionCreateRequestTurnDetection> = None;
        let mut tools: Option<Vec<RealtimeFunctionTool>> = None;
        let mut tool_choice: Option<String> = None;
        let mut max_output_tokens: Option<RealtimeSessionMaxResponseOutputTokens> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "expires_at" => 2,
                    "include" => 3,
                    "model" => 4,
                    "output_modalities" => 5,
                    "instructions" => 6,
                    "audio" => 7,
                    "tracing" => 8,
                    "turn_detection" => 9,
                    "tools" => 10,
                    "tool_choice" => 11,
                    "max_output_tokens" => 12,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut object),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut expires_at),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut include),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut output_modalities),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut instructions),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut audio),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut tracing),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut turn_detection),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut tools),
                11 => sdk_runtime_types::de::nullable(&mut map, &mut tool_choice),
                12 => sdk_runtime_types::de::nullable(&mut map, &mut max_output_tokens),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            object,
            expires_at,
            include,
            model,
            output_modalities,
            instructions,
            audio,
            tracing,
            turn_detection,
            tools,
            tool_choice,
            max_output_tokens,
        })
    }
}
#[cfg(feature = "realtime")]
impl<'de> Deserialize<'de> for RealtimeSessionCreateResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "realtime")]
impl RealtimeSessionCreateResponse {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            id: None,
            object: None,
            expires_at: None,
            include: None,
            model: None,
            output_modalities: None,
            instructions: None,
            audio: None,
            tracing: None,
            turn_detection: None,
            tools: None,
            tool_choice: None,
            max_output_tokens: None,
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `object`.
    pub fn object(mut self, value: impl Into<String>) -> Self {
        self.object = Some(value.into());
        self
    }
    /// Sets `expires_at`.
    pub fn expires_at(mut self, value: impl Into<i64>) -> Self {
        self.expires_at = Some(value.into());
        self
    }
    /// Sets `include`.
    pub fn include(
        mut self,
        value: impl Into<Vec<ItemInputAudioTranscriptionLogprobsLiteral>>,
    ) -> Self {
        self.include = Some(value.into());
        self
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `output_modalities`.
    pub fn output_modalities(
        mut self,
        value: impl Into<Vec<ChatCompletionModality>>,
    ) -> Self {
        self.output_modalities = Some(value.into());
        self
    }
    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }
    /// Sets `audio`.
    pub fn audio(
        mut self,
        value: impl Into<RealtimeSessionCreateResponseAudio>,
    ) -> Self {
        self.audio = Some(Box::new(value.into()));
        self
    }
    /// Sets `tracing`.
    pub fn tracing(mut self, value: impl Into<RealtimeSessionTracing>) -> Self {
        self.tracing = Some(value.into());
        self
    }
    /// Sets `turn_detection`.
    pub fn turn_detection(
        mut self,
        value: impl Into<RealtimeSessionCreateRequestTurnDetection>,
    ) -> Self {
        self.turn_detection = Some(value.into());
        self
    }
    /// Sets `tools`.
    pub fn tools(mut self, value: impl Into<Vec<RealtimeFunctionTool>>) -> Self {
        self.tools = Some(value.into());
        self
    }
    /// Sets `tool_choice`.
    pub fn tool_choice(mut self, value: impl Into<String>) -> Self {
        self.tool_choice = Some(value.into());
        self
    }
    /// Sets `max_output_tokens`.
    pub fn max_output_tokens(
        mut self,
        value: impl Into<RealtimeSessionMaxResponseOutputTokens>,
    ) -> Self {
        self.max_output_tokens = Some(value.into());
        self
    }
}
#[cfg(feature = "realtime")]
/// Configuration for input and output audio for the session.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeSessionCreateResponseAudio {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<Box<RealtimeSessionCreateResponseAudioInput>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<RealtimeSessionCreateResponseAudioOutput>,
}
#[cfg(feature = "realtime")]
impl sdk_runtime_types::de::Object for RealtimeSessionCreateResponseAudio {
    const NAME: &'static str = "RealtimeSessionCreateResponseAudio";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut input: Option<Box<RealtimeSessionCreateResponseAudioInput>> = None;
        let mut output: Option<RealtimeSessionCreateResponseAudioOutput> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "input" => 0,
                    "output" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut input),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut output),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { input, output })
    }
}
#[cfg(feature = "realtime")]
impl<'de> Deserialize<'de> for RealtimeSessionCreateResponseAudio {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "realtime")]
impl RealtimeSessionCreateResponseAudio {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { input: None, output: None }
    }
    /// Sets `input`.
    pub fn input(
        mut self,
        value: impl Into<RealtimeSessionCreateResponseAudioInput>,
    ) -> Self {
        self.input = Some(Box::new(value.into()));
        self
    }
    /// Sets `output`.
    pub fn output(
        mut self,
        value: impl Into<RealtimeSessionCreateResponseAudioOutput>,
    ) -> Self {
        self.output = Some(value.into());
        self
    }
}
#[cfg(feature = "realtime")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeSessionCreateResponseAudioInput {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<RealtimeAudioFormats>,
    /// Configuration for input audio transcription.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transcription: Option<AudioTranscriptionResponse>,
    /// Configuration for input audio noise reduction.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub noise_reduction: Option<RealtimeSessionCreateResponseAudioInputNoiseReduction>,
    /// Configuration for turn detection.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub turn_detection: Option<RealtimeSessionCreateResponseAudioInputTurnDetection>,
}
#[cfg(feature = "realtime")]
impl sdk_runtime_types::de::Object for RealtimeSessionCreateResponseAudioInput {
    const NAME: &'static str = "RealtimeSessionCreateResponseAudioInput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut format: Option<RealtimeAudioFormats> = None;
        let mut transcription: Option<AudioTranscriptionResponse> = None;
        let mut noise_reduction: Option<
            RealtimeSessionCreateResponseAudioInputNoiseReduction,
        > = None;
        let mut turn_detection: Option<
            RealtimeSessionCreateResponseAudioInputTurnDetection,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "format" => 0,
                    "transcription" => 1,
                    "noise_reduction" => 2,
                    "turn_detection" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut format),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut transcription),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut noise_reduction),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut turn_detection),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            format,
            transcription,
            noise_reduction,
            turn_detection,
        })
    }
}
#[cfg(feature = "realtime")]
impl<'de> Deserialize<'de> for RealtimeSessionCreateResponseAudioInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "realtime")]
impl RealtimeSessionCreateResponseAudioInput {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            format: None,
            transcription: None,
            noise_reduction: None,
            turn_detection: None,
        }
    }
    /// Sets `format`.
    pub fn format(mut self, value: impl Into<RealtimeAudioFormats>) -> Self {
        self.format = Some(value.into());
        self
    }
    /// Sets `transcription`.
    pub fn transcription(
        mut self,
        value: impl Into<AudioTranscriptionResponse>,
    ) -> Self {
        self.transcription = Some(value.into());
        self
    }
    /// Sets `noise_reduction`.
    pub fn noise_reduction(
        mut self,
        value: impl Into<RealtimeSessionCreateResponseAudioInputNoiseReduction>,
    ) -> Self {
        self.noise_reduction = Some(value.into());
        self
    }
    /// Sets `turn_detection`.
    pub fn turn_detection(
        mut self,
        value: impl Into<RealtimeSessionCreateResponseAudioInputTurnDetection>,
    ) -> Self {
        self.turn_detection = Some(value.into());
        self
    }
}
/// Configuration for input audio noise reduction.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeSessionCreateResponseAudioInputNoiseReduction {
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<NoiseReductionType>,
}
impl sdk_runtime_types::de::Object
for RealtimeSessionCreateResponseAudioInputNoiseReduction {
    const NAME: &'static str = "RealtimeSessionCreateResponseAudioInputNoiseReduction";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<NoiseReductionType> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { type_ })
    }
}
impl<'de> Deserialize<'de> for RealtimeSessionCreateResponseAudioInputNoiseReduction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeSessionCreateResponseAudioInputNoiseReduction {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { type_: None }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<NoiseReductionType>) -> Self {
        self.type_ = Some(value.into());
        self
    }
}
#[cfg(feature = "realtime")]
/// Configuration for turn detection.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeSessionCreateResponseAudioInputTurnDetection {
    /// Type of turn detection, only `server_vad` is currently supported.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefix_padding_ms: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub silence_duration_ms: Option<i64>,
}
#[cfg(feature = "realtime")]
impl sdk_runtime_types::de::Object
for RealtimeSessionCreateResponseAudioInputTurnDetection {
    const NAME: &'static str = "RealtimeSessionCreateResponseAudioInputTurnDetection";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<String> = None;
        let mut threshold: Option<f64> = None;
        let mut prefix_padding_ms: Option<i64> = None;
        let mut silence_duration_ms: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "threshold" => 1,
                    "prefix_padding_ms" => 2,
                    "silence_duration_ms" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut type_),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut threshold),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut prefix_padding_ms),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut silence_duration_ms),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_,
            threshold,
            prefix_padding_ms,
            silence_duration_ms,
        })
    }
}
#[cfg(feature = "realtime")]
impl<'de> Deserialize<'de> for RealtimeSessionCreateResponseAudioInputTurnDetection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "realtime")]
impl RealtimeSessionCreateResponseAudioInputTurnDetection {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            type_: None,
            threshold: None,
            prefix_padding_ms: None,
            silence_duration_ms: None,
        }
    }
    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Sets `threshold`.
    pub fn threshold(mut self, value: impl Into<f64>) -> Self {
        self.threshold = Some(value.into());
        self
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
}
#[cfg(feature = "realtime")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeSessionCreateResponseAudioOutput {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<RealtimeAudioFormats>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub voice: Option<VoiceIdsShared>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speed: Option<f64>,
}
#[cfg(feature = "realtime")]
impl sdk_runtime_types::de::Object for RealtimeSessionCreateResponseAudioOutput {
    const NAME: &'static str = "RealtimeSessionCreateResponseAudioOutput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut format: Option<RealtimeAudioFormats> = None;
        let mut voice: Option<VoiceIdsShared> = None;
        let mut speed: Option<f64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "format" => 0,
                    "voice" => 1,
                    "speed" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut format),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut voice),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut speed),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { format, voice, speed })
    }
}
#[cfg(feature = "realtime")]
impl<'de> Deserialize<'de> for RealtimeSessionCreateResponseAudioOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "realtime")]
impl RealtimeSessionCreateResponseAudioOutput {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            format: None,
            voice: None,
            speed: None,
        }
    }
    /// Sets `format`.
    pub fn format(mut self, value: impl Into<RealtimeAudioFormats>) -> Self {
        self.format = Some(value.into());
        self
    }
    /// Sets `voice`.
    pub fn voice(mut self, value: impl Into<VoiceIdsShared>) -> Self {
        self.voice = Some(value.into());
        self
    }
    /// Sets `speed`.
    pub fn speed(mut self, value: impl Into<f64>) -> Self {
        self.speed = Some(value.into());
        self
    }
}
/// Configuration for translation input and output audio.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeTranslationSessionUpdateRequestAudio {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<RealtimeTranslationSessionUpdateRequestAudioInput>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<RealtimeTranslationSessionAudioOutput>,
}
impl sdk_runtime_types::de::Object for RealtimeTranslationSessionUpdateRequestAudio {
    const NAME: &'static str = "RealtimeTranslationSessionUpdateRequestAudio";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut input: Option<RealtimeTranslationSessionUpdateRequestAudioInput> = None;
        let mut output: Option<RealtimeTranslationSessionAudioOutput> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "input" => 0,
                    "output" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut input),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut output),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { input, output })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranslationSessionUpdateRequestAudio {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranslationSessionUpdateRequestAudio {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { input: None, output: None }
    }
    /// Sets `input`.
    pub fn input(
        mut self,
        value: impl Into<RealtimeTranslationSessionUpdateRequestAudioInput>,
    ) -> Self {
        self.input = Some(value.into());
        self
    }
    /// Sets `output`.
    pub fn output(
        mut self,
        value: impl Into<RealtimeTranslationSessionAudioOutput>,
    ) -> Self {
        self.output = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeTranslationSessionUpdateRequestAudioInput {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transcription: Option<
        RealtimeTranslationSessionUpdateRequestAudioInputTranscription,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub noise_reduction: Option<
        RealtimeTranslationSessionUpdateRequestAudioInputNoiseReduction,
    >,
}
impl sdk_runtime_types::de::Object
for RealtimeTranslationSessionUpdateRequestAudioInput {
    const NAME: &'static str = "RealtimeTranslationSessionUpdateRequestAudioInput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut transcription: Option<
            RealtimeTranslationSessionUpdateRequestAudioInputTranscription,
        > = None;
        let mut noise_reduction: Option<
            RealtimeTranslationSessionUpdateRequestAudioInputNoiseReduction,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "transcription" => 0,
                    "noise_reduction" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut transcription),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut noise_reduction),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            transcription,
            noise_reduction,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranslationSessionUpdateRequestAudioInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranslationSessionUpdateRequestAudioInput {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            transcription: None,
            noise_reduction: None,
        }
    }
    /// Sets `transcription`.
    pub fn transcription(
        mut self,
        value: impl Into<RealtimeTranslationSessionUpdateRequestAudioInputTranscription>,
    ) -> Self {
        self.transcription = Some(value.into());
        self
    }
    /// Sets `noise_reduction`.
    pub fn noise_reduction(
        mut self,
        value: impl Into<RealtimeTranslationSessionUpdateRequestAudioInputNoiseReduction>,
    ) -> Self {
        self.noise_reduction = Some(value.into());
        self
    }
}
/// Optional source-language transcription. When configured, the server emits
/// `session.input_transcript.delta` events. Translation itself still runs from
/// the input audio stream.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeTranslationSessionUpdateRequestAudioInputTranscription {
    /// The transcription model to use for source transcript deltas.
    pub model: String,
}
impl sdk_runtime_types::de::Object
for RealtimeTranslationSessionUpdateRequestAudioInputTranscription {
    const NAME: &'static str = "RealtimeTranslationSessionUpdateRequestAudioInputTranscription";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut model: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "model" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut model),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            model: model.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de>
for RealtimeTranslationSessionUpdateRequestAudioInputTranscription {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranslationSessionUpdateRequestAudioInputTranscription {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(model: impl Into<String>) -> Self {
        Self { model: model.into() }
    }
}
/// Optional input noise reduction. Set to `null` to disable it.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeTranslationSessionUpdateRequestAudioInputNoiseReduction {
    #[serde(rename = "type")]
    pub type_: NoiseReductionType,
}
impl sdk_runtime_types::de::Object
for RealtimeTranslationSessionUpdateRequestAudioInputNoiseReduction {
    const NAME: &'static str = "RealtimeTranslationSessionUpdateRequestAudioInputNoiseReduction";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<NoiseReductionType> = None;
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
            type_: type_.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de>
for RealtimeTranslationSessionUpdateRequestAudioInputNoiseReduction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranslationSessionUpdateRequestAudioInputNoiseReduction {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(type_: impl Into<NoiseReductionType>) -> Self {
        Self { type_: type_.into() }
    }
}
#[cfg(feature = "realtime")]
/// Create a translation session and client secret for the Realtime API.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeTranslationClientSecretCreateRequest {
    /// Configuration for the client secret expiration. Expiration refers to the time after which
    /// a client secret will no longer be valid for creating sessions. The session itself may
    /// continue after that time once started. A secret can be used to create multiple sessions
    /// until it expires.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_after: Option<RealtimeCreateClientSecretRequestExpiresAfter>,
    pub session: RealtimeTranslationSessionCreateRequest,
}
#[cfg(feature = "realtime")]
impl sdk_runtime_types::de::Object for RealtimeTranslationClientSecretCreateRequest {
    const NAME: &'static str = "RealtimeTranslationClientSecretCreateRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut expires_after: Option<RealtimeCreateClientSecretRequestExpiresAfter> = None;
        let mut session: Option<RealtimeTranslationSessionCreateRequest> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "expires_after" => 0,
                    "session" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut expires_after),
                1 => sdk_runtime_types::de::value(&mut map, &mut session),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            expires_after,
            session: session.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "realtime")]
impl<'de> Deserialize<'de> for RealtimeTranslationClientSecretCreateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "realtime")]
impl RealtimeTranslationClientSecretCreateRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(session: impl Into<RealtimeTranslationSessionCreateRequest>) -> Self {
        Self {
            expires_after: None,
            session: session.into(),
        }
    }
    /// Sets `expires_after`.
    pub fn expires_after(
        mut self,
        value: impl Into<RealtimeCreateClientSecretRequestExpiresAfter>,
    ) -> Self {
        self.expires_after = Some(value.into());
        self
    }
}
#[cfg(feature = "realtime")]
/// Realtime translation session configuration. Translation sessions stream source
/// audio in and translated audio plus transcript deltas out continuously.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RealtimeTranslationSessionCreateRequest {
    /// The Realtime translation model used for this session.
    pub model: String,
    /// Configuration for translation input and output audio.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio: Option<RealtimeTranslationSessionUpdateRequestAudio>,
}
#[cfg(feature = "realtime")]
impl sdk_runtime_types::de::Object for RealtimeTranslationSessionCreateRequest {
    const NAME: &'static str = "RealtimeTranslationSessionCreateRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut model: Option<String> = None;
        let mut audio: Option<RealtimeTranslationSessionUpdateRequestAudio> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "model" => 0,
                    "audio" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut model),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut audio),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            model: model.unwrap_or_default(),
            audio,
        })
    }
}
#[cfg(feature = "realtime")]
impl<'de> Deserialize<'de> for RealtimeTranslationSessionCreateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "realtime")]
impl RealtimeTranslationSessionCreateRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(model: impl Into<String>) -> Self {
        Self {
            model: model.into(),
            audio: None,
        }
    }
    /// Sets `audio`.
    pub fn audio(
        mut self,
        value: impl Into<RealtimeTranslationSessionUpdateRequestAudio>,
    ) -> Self {
        self.audio = Some(value.into());
        self
    }
}
#[cfg(feature = "realtime")]
/// Response from creating a translation session and client secret for the Realtime API.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeTranslationClientSecretCreateResponse {
    /// The generated client secret value.
    pub value: String,
    /// Expiration timestamp for the client secret, in seconds since epoch.
    pub expires_at: i64,
    pub session: RealtimeTranslationSession,
}
#[cfg(feature = "realtime")]
impl sdk_runtime_types::de::Object for RealtimeTranslationClientSecretCreateResponse {
    const NAME: &'static str = "RealtimeTranslationClientSecretCreateResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut value: Option<String> = None;
        let mut expires_at: Option<i64> = None;
        let mut session: Option<RealtimeTranslationSession> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "value" => 0,
                    "expires_at" => 1,
                    "session" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut value),
                1 => sdk_runtime_types::de::value(&mut map, &mut expires_at),
                2 => sdk_runtime_types::de::value(&mut map, &mut session),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            value: value.unwrap_or_default(),
            expires_at: expires_at.unwrap_or_default(),
            session: session.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "realtime")]
impl<'de> Deserialize<'de> for RealtimeTranslationClientSecretCreateResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "realtime")]
impl RealtimeTranslationClientSecretCreateResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        value: impl Into<String>,
        expires_at: impl Into<i64>,
        session: impl Into<RealtimeTranslationSession>,
    ) -> Self {
        Self {
            value: value.into(),
            expires_at: expires_at.into(),
            session: session.into(),
        }
    }
}
/// A Realtime translation session. Translation sessions continuously translate input
/// audio into the configured output language.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeTranslationSession {
    /// Unique identifier for the session that looks like `sess_1234567890abcdef`.
    pub id: String,
    /// The session type. Always `translation` for Realtime translation sessions.
    #[serde(rename = "type")]
    pub type_: TranslationLiteral,
    /// Expiration timestamp for the session, in seconds since epoch.
    pub expires_at: i64,
    /// The Realtime translation model used for this session. This field is set at
    /// session creation and cannot be changed with `session.update`.
    pub model: String,
    /// Configuration for translation input and output audio.
    pub audio: RealtimeTranslationSessionAudio,
}
impl sdk_runtime_types::de::Object for RealtimeTranslationSession {
    const NAME: &'static str = "RealtimeTranslationSession";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut type_: Option<TranslationLiteral> = None;
        let mut expires_at: Option<i64> = None;
        let mut model: Option<String> = None;
        let mut audio: Option<RealtimeTranslationSessionAudio> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "type" => 1,
                    "expires_at" => 2,
                    "model" => 3,
                    "audio" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut type_),
                2 => sdk_runtime_types::de::value(&mut map, &mut expires_at),
                3 => sdk_runtime_types::de::value(&mut map, &mut model),
                4 => sdk_runtime_types::de::value(&mut map, &mut audio),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            expires_at: expires_at.unwrap_or_default(),
            model: model.unwrap_or_default(),
            audio: audio.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranslationSession {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranslationSession {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        expires_at: impl Into<i64>,
        model: impl Into<String>,
        audio: impl Into<RealtimeTranslationSessionAudio>,
    ) -> Self {
        Self {
            id: id.into(),
            type_: Default::default(),
            expires_at: expires_at.into(),
            model: model.into(),
            audio: audio.into(),
        }
    }
}
/// The constant `translation`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TranslationLiteral {
    /// `translation`
    #[default]
    Translation,
}
impl TranslationLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "translation"
    }
}
impl std::fmt::Display for TranslationLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for TranslationLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("translation")
    }
}
impl<'de> Deserialize<'de> for TranslationLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "translation")
            .map(|()| Self::Translation)
    }
}
/// Configuration for translation input and output audio.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeTranslationSessionAudio {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<RealtimeTranslationSessionAudioInput>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<RealtimeTranslationSessionAudioOutput>,
}
impl sdk_runtime_types::de::Object for RealtimeTranslationSessionAudio {
    const NAME: &'static str = "RealtimeTranslationSessionAudio";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut input: Option<RealtimeTranslationSessionAudioInput> = None;
        let mut output: Option<RealtimeTranslationSessionAudioOutput> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "input" => 0,
                    "output" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut input),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut output),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { input, output })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranslationSessionAudio {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranslationSessionAudio {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { input: None, output: None }
    }
    /// Sets `input`.
    pub fn input(
        mut self,
        value: impl Into<RealtimeTranslationSessionAudioInput>,
    ) -> Self {
        self.input = Some(value.into());
        self
    }
    /// Sets `output`.
    pub fn output(
        mut self,
        value: impl Into<RealtimeTranslationSessionAudioOutput>,
    ) -> Self {
        self.output = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeTranslationSessionAudioInput {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transcription: Option<RealtimeTranslationSessionAudioInputTranscription>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub noise_reduction: Option<RealtimeTranslationSessionAudioInputNoiseReduction>,
}
impl sdk_runtime_types::de::Object for RealtimeTranslationSessionAudioInput {
    const NAME: &'static str = "RealtimeTranslationSessionAudioInput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut transcription: Option<
            RealtimeTranslationSessionAudioInputTranscription,
        > = None;
        let mut noise_reduction: Option<
            RealtimeTranslationSessionAudioInputNoiseReduction,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "transcription" => 0,
                    "noise_reduction" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut transcription),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut noise_reduction),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            transcription,
            noise_reduction,
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranslationSessionAudioInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranslationSessionAudioInput {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            transcription: None,
            noise_reduction: None,
        }
    }
    /// Sets `transcription`.
    pub fn transcription(
        mut self,
        value: impl Into<RealtimeTranslationSessionAudioInputTranscription>,
    ) -> Self {
        self.transcription = Some(value.into());
        self
    }
    /// Sets `noise_reduction`.
    pub fn noise_reduction(
        mut self,
        value: impl Into<RealtimeTranslationSessionAudioInputNoiseReduction>,
    ) -> Self {
        self.noise_reduction = Some(value.into());
        self
    }
}
/// Optional source-language transcription. When configured, the server emits
/// `session.input_transcript.delta` events. Translation itself still runs from
/// the input audio stream.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeTranslationSessionAudioInputTranscription {
    /// The transcription model used for source transcript deltas.
    pub model: String,
}
impl sdk_runtime_types::de::Object
for RealtimeTranslationSessionAudioInputTranscription {
    const NAME: &'static str = "RealtimeTranslationSessionAudioInputTranscription";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut model: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "model" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut model),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            model: model.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranslationSessionAudioInputTranscription {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranslationSessionAudioInputTranscription {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(model: impl Into<String>) -> Self {
        Self { model: model.into() }
    }
}
/// Optional input noise reduction.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeTranslationSessionAudioInputNoiseReduction {
    #[serde(rename = "type")]
    pub type_: NoiseReductionType,
}
impl sdk_runtime_types::de::Object
for RealtimeTranslationSessionAudioInputNoiseReduction {
    const NAME: &'static str = "RealtimeTranslationSessionAudioInputNoiseReduction";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<NoiseReductionType> = None;
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
            type_: type_.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranslationSessionAudioInputNoiseReduction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranslationSessionAudioInputNoiseReduction {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(type_: impl Into<NoiseReductionType>) -> Self {
        Self { type_: type_.into() }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct RealtimeTranslationSessionAudioOutput {
    /// Target language for translated output audio and transcript deltas.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}
impl sdk_runtime_types::de::Object for RealtimeTranslationSessionAudioOutput {
    const NAME: &'static str = "RealtimeTranslationSessionAudioOutput";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut language: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "language" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut language),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { language })
    }
}
impl<'de> Deserialize<'de> for RealtimeTranslationSessionAudioOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl RealtimeTranslationSessionAudioOutput {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { language: None }
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
