//! Types of the `audio` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[cfg(feature = "audio")]
/// The format of the output, in one of these options: `json`, `text`, `srt`, `verbose_json`, `vtt`, or `diarized_json`. For `gpt-4o-transcribe` and `gpt-4o-mini-transcribe`, the only supported format is `json`. For `gpt-4o-transcribe-diarize`, the supported formats are `json`, `text`, and `diarized_json`, with `diarized_json` required to receive speaker annotations.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AudioResponseFormat {
    /// `json`
    #[default]
    Json,
    /// `text`
    Text,
    /// `srt`
    Srt,
    /// `verbose_json`
    VerboseJson,
    /// `vtt`
    Vtt,
    /// `diarized_json`
    DiarizedJson,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "audio")]
impl AudioResponseFormat {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Json => "json",
            Self::Text => "text",
            Self::Srt => "srt",
            Self::VerboseJson => "verbose_json",
            Self::Vtt => "vtt",
            Self::DiarizedJson => "diarized_json",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "json" => Self::Json,
            "text" => Self::Text,
            "srt" => Self::Srt,
            "verbose_json" => Self::VerboseJson,
            "vtt" => Self::Vtt,
            "diarized_json" => Self::DiarizedJson,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "audio")]
impl From<&str> for AudioResponseFormat {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "audio")]
impl From<String> for AudioResponseFormat {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "audio")]
impl std::fmt::Display for AudioResponseFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "audio")]
impl Serialize for AudioResponseFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for AudioResponseFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "audio")]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateSpeechRequest {
    /// One of the available [TTS models](https://platform.openai.com/docs/models#tts): `tts-1`, `tts-1-hd`, `gpt-4o-mini-tts`, or `gpt-4o-mini-tts-2025-12-15`.
    pub model: CreateSpeechRequestModel,
    /// The text to generate audio for. The maximum length is 4096 characters.
    pub input: String,
    /// Control the voice of your generated audio with additional instructions. Does not work with `tts-1` or `tts-1-hd`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// The voice to use when generating the audio. Supported built-in voices are `alloy`, `ash`, `ballad`, `coral`, `echo`, `fable`, `onyx`, `nova`, `sage`, `shimmer`, `verse`, `marin`, and `cedar`. You may also provide a custom voice object with an `id`, for example `{ "id": "voice_1234" }`. Previews of the voices are available in the [Text to speech guide](https://platform.openai.com/docs/guides/text-to-speech#voice-options).
    pub voice: VoiceIdsOrCustomVoice,
    /// The format to audio in. Supported formats are `mp3`, `opus`, `aac`, `flac`, `wav`, and `pcm`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_format: Option<CreateSpeechRequestResponseFormat>,
    /// The speed of the generated audio. Select a value from `0.25` to `4.0`. `1.0` is the default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speed: Option<f64>,
    /// The format to stream the audio in. Supported formats are `sse` and `audio`. `sse` is not supported for `tts-1` or `tts-1-hd`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_format: Option<CreateSpeechRequestStreamFormat>,
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::Object for CreateSpeechRequest {
    const NAME: &'static str = "CreateSpeechRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut model: Option<CreateSpeechRequestModel> = None;
        let mut input: Option<String> = None;
        let mut instructions: Option<String> = None;
        let mut voice: Option<VoiceIdsOrCustomVoice> = None;
        let mut response_format: Option<CreateSpeechRequestResponseFormat> = None;
        let mut speed: Option<f64> = None;
        let mut stream_format: Option<CreateSpeechRequestStreamFormat> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "model" => 0,
                    "input" => 1,
                    "instructions" => 2,
                    "voice" => 3,
                    "response_format" => 4,
                    "speed" => 5,
                    "stream_format" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut model),
                1 => sdk_runtime_types::de::value(&mut map, &mut input),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut instructions),
                3 => sdk_runtime_types::de::value(&mut map, &mut voice),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut response_format),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut speed),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut stream_format),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            model: model.unwrap_or_default(),
            input: input.unwrap_or_default(),
            instructions,
            voice: sdk_runtime_types::de::required::<_, A::Error>(voice, "voice")?,
            response_format,
            speed,
            stream_format,
        })
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for CreateSpeechRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "audio")]
impl CreateSpeechRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        model: impl Into<CreateSpeechRequestModel>,
        input: impl Into<String>,
        voice: impl Into<VoiceIdsOrCustomVoice>,
    ) -> Self {
        Self {
            model: model.into(),
            input: input.into(),
            instructions: None,
            voice: voice.into(),
            response_format: None,
            speed: None,
            stream_format: None,
        }
    }
    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }
    /// Sets `response_format`.
    pub fn response_format(
        mut self,
        value: impl Into<CreateSpeechRequestResponseFormat>,
    ) -> Self {
        self.response_format = Some(value.into());
        self
    }
    /// Sets `speed`.
    pub fn speed(mut self, value: impl Into<f64>) -> Self {
        self.speed = Some(value.into());
        self
    }
    /// Sets `stream_format`.
    pub fn stream_format(
        mut self,
        value: impl Into<CreateSpeechRequestStreamFormat>,
    ) -> Self {
        self.stream_format = Some(value.into());
        self
    }
}
#[cfg(feature = "audio")]
/// One of the available [TTS models](https://platform.openai.com/docs/models#tts): `tts-1`, `tts-1-hd`, `gpt-4o-mini-tts`, or `gpt-4o-mini-tts-2025-12-15`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreateSpeechRequestModel {
    /// `tts-1`
    Tts1,
    /// `tts-1-hd`
    Tts1Hd,
    /// `gpt-4o-mini-tts`
    Gpt4oMiniTts,
    /// `gpt-4o-mini-tts-2025-12-15`
    Gpt4oMiniTts20251215,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "audio")]
impl CreateSpeechRequestModel {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tts1 => "tts-1",
            Self::Tts1Hd => "tts-1-hd",
            Self::Gpt4oMiniTts => "gpt-4o-mini-tts",
            Self::Gpt4oMiniTts20251215 => "gpt-4o-mini-tts-2025-12-15",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "tts-1" => Self::Tts1,
            "tts-1-hd" => Self::Tts1Hd,
            "gpt-4o-mini-tts" => Self::Gpt4oMiniTts,
            "gpt-4o-mini-tts-2025-12-15" => Self::Gpt4oMiniTts20251215,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "audio")]
impl From<&str> for CreateSpeechRequestModel {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "audio")]
impl From<String> for CreateSpeechRequestModel {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "audio")]
impl std::fmt::Display for CreateSpeechRequestModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "audio")]
impl Serialize for CreateSpeechRequestModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for CreateSpeechRequestModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "audio")]
impl Default for CreateSpeechRequestModel {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "audio")]
/// The format to audio in. Supported formats are `mp3`, `opus`, `aac`, `flac`, `wav`, and `pcm`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CreateSpeechRequestResponseFormat {
    /// `mp3`
    #[default]
    Mp3,
    /// `opus`
    Opus,
    /// `aac`
    Aac,
    /// `flac`
    Flac,
    /// `wav`
    Wav,
    /// `pcm`
    Pcm,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "audio")]
impl CreateSpeechRequestResponseFormat {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mp3 => "mp3",
            Self::Opus => "opus",
            Self::Aac => "aac",
            Self::Flac => "flac",
            Self::Wav => "wav",
            Self::Pcm => "pcm",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "mp3" => Self::Mp3,
            "opus" => Self::Opus,
            "aac" => Self::Aac,
            "flac" => Self::Flac,
            "wav" => Self::Wav,
            "pcm" => Self::Pcm,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "audio")]
impl From<&str> for CreateSpeechRequestResponseFormat {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "audio")]
impl From<String> for CreateSpeechRequestResponseFormat {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "audio")]
impl std::fmt::Display for CreateSpeechRequestResponseFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "audio")]
impl Serialize for CreateSpeechRequestResponseFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for CreateSpeechRequestResponseFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "audio")]
/// The format to stream the audio in. Supported formats are `sse` and `audio`. `sse` is not supported for `tts-1` or `tts-1-hd`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CreateSpeechRequestStreamFormat {
    /// `sse`
    Sse,
    /// `audio`
    #[default]
    Audio,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "audio")]
impl CreateSpeechRequestStreamFormat {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sse => "sse",
            Self::Audio => "audio",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "sse" => Self::Sse,
            "audio" => Self::Audio,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "audio")]
impl From<&str> for CreateSpeechRequestStreamFormat {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "audio")]
impl From<String> for CreateSpeechRequestStreamFormat {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "audio")]
impl std::fmt::Display for CreateSpeechRequestStreamFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "audio")]
impl Serialize for CreateSpeechRequestStreamFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for CreateSpeechRequestStreamFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "audio")]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateSpeechResponseStreamEvent {
    /// `speech.audio.delta`
    SpeechAudioDelta(SpeechAudioDeltaEvent),
    /// `speech.audio.done`
    SpeechAudioDone(SpeechAudioDoneEvent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(feature = "audio")]
impl Serialize for CreateSpeechResponseStreamEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::SpeechAudioDelta(value) => value.serialize(serializer),
            Self::SpeechAudioDone(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::TaggedUnion for CreateSpeechResponseStreamEvent {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "speech.audio.delta" => {
                    Deserialize::deserialize(content).map(Self::SpeechAudioDelta)
                }
                "speech.audio.done" => {
                    Deserialize::deserialize(content).map(Self::SpeechAudioDone)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for CreateSpeechResponseStreamEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "audio")]
impl From<SpeechAudioDeltaEvent> for CreateSpeechResponseStreamEvent {
    fn from(value: SpeechAudioDeltaEvent) -> Self {
        Self::SpeechAudioDelta(value)
    }
}
#[cfg(feature = "audio")]
impl From<SpeechAudioDoneEvent> for CreateSpeechResponseStreamEvent {
    fn from(value: SpeechAudioDoneEvent) -> Self {
        Self::SpeechAudioDone(value)
    }
}
#[cfg(feature = "audio")]
/// Emitted for each chunk of audio data generated during speech synthesis.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct SpeechAudioDeltaEvent {
    /// The type of the event. Always `speech.audio.delta`.
    #[serde(rename = "type")]
    pub type_: SpeechAudioDeltaLiteral,
    /// A chunk of Base64-encoded audio data.
    pub audio: String,
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::Object for SpeechAudioDeltaEvent {
    const NAME: &'static str = "SpeechAudioDeltaEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<SpeechAudioDeltaLiteral> = None;
        let mut audio: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "audio" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut audio),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            audio: audio.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for SpeechAudioDeltaEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "audio")]
impl SpeechAudioDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(audio: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            audio: audio.into(),
        }
    }
}
#[cfg(feature = "audio")]
/// The constant `speech.audio.delta`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SpeechAudioDeltaLiteral {
    /// `speech.audio.delta`
    #[default]
    SpeechAudioDelta,
}
#[cfg(feature = "audio")]
impl SpeechAudioDeltaLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "speech.audio.delta"
    }
}
#[cfg(feature = "audio")]
impl std::fmt::Display for SpeechAudioDeltaLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "audio")]
impl Serialize for SpeechAudioDeltaLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("speech.audio.delta")
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for SpeechAudioDeltaLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "speech.audio.delta")
            .map(|()| Self::SpeechAudioDelta)
    }
}
#[cfg(feature = "audio")]
/// Emitted when the speech synthesis is complete and all audio has been streamed.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct SpeechAudioDoneEvent {
    /// The type of the event. Always `speech.audio.done`.
    #[serde(rename = "type")]
    pub type_: SpeechAudioDoneLiteral,
    /// Token usage statistics for the request.
    pub usage: SpeechAudioDoneEventUsage,
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::Object for SpeechAudioDoneEvent {
    const NAME: &'static str = "SpeechAudioDoneEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<SpeechAudioDoneLiteral> = None;
        let mut usage: Option<SpeechAudioDoneEventUsage> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "usage" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut usage),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            usage: usage.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for SpeechAudioDoneEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "audio")]
impl SpeechAudioDoneEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(usage: impl Into<SpeechAudioDoneEventUsage>) -> Self {
        Self {
            type_: Default::default(),
            usage: usage.into(),
        }
    }
}
#[cfg(feature = "audio")]
/// The constant `speech.audio.done`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SpeechAudioDoneLiteral {
    /// `speech.audio.done`
    #[default]
    SpeechAudioDone,
}
#[cfg(feature = "audio")]
impl SpeechAudioDoneLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "speech.audio.done"
    }
}
#[cfg(feature = "audio")]
impl std::fmt::Display for SpeechAudioDoneLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "audio")]
impl Serialize for SpeechAudioDoneLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("speech.audio.done")
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for SpeechAudioDoneLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "speech.audio.done")
            .map(|()| Self::SpeechAudioDone)
    }
}
#[cfg(feature = "audio")]
/// Token usage statistics for the request.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct SpeechAudioDoneEventUsage {
    /// Number of input tokens in the prompt.
    pub input_tokens: i64,
    /// Number of output tokens generated.
    pub output_tokens: i64,
    /// Total number of tokens used (input + output).
    pub total_tokens: i64,
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::Object for SpeechAudioDoneEventUsage {
    const NAME: &'static str = "SpeechAudioDoneEventUsage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut input_tokens: Option<i64> = None;
        let mut output_tokens: Option<i64> = None;
        let mut total_tokens: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "input_tokens" => 0,
                    "output_tokens" => 1,
                    "total_tokens" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut input_tokens),
                1 => sdk_runtime_types::de::value(&mut map, &mut output_tokens),
                2 => sdk_runtime_types::de::value(&mut map, &mut total_tokens),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            input_tokens: input_tokens.unwrap_or_default(),
            output_tokens: output_tokens.unwrap_or_default(),
            total_tokens: total_tokens.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for SpeechAudioDoneEventUsage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "audio")]
impl SpeechAudioDoneEventUsage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        input_tokens: impl Into<i64>,
        output_tokens: impl Into<i64>,
        total_tokens: impl Into<i64>,
    ) -> Self {
        Self {
            input_tokens: input_tokens.into(),
            output_tokens: output_tokens.into(),
            total_tokens: total_tokens.into(),
        }
    }
}
#[cfg(feature = "audio")]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateTranscriptionRequest {
    /// The audio file object (not file name) to transcribe, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm.
    /// The request must include enough format metadata for the file to be identified. We recommend an extension-bearing filename and an appropriate content type.
    pub file: sdk_runtime_types::multipart::FilePart,
    /// ID of the model to use. The options are `gpt-transcribe`, `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `whisper-1` (which is powered by our open source Whisper V2 model), and `gpt-4o-transcribe-diarize`.
    pub model: CreateTranscriptionRequestModel,
    /// The language of the input audio. Supplying the input language in [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) (e.g. `en`) format will improve accuracy and latency.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Possible languages of the input audio, in [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format. Supported by `gpt-transcribe`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,
    /// Words or phrases to guide transcription of the input audio. Supported by `gpt-transcribe`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keywords: Option<Vec<String>>,
    /// An optional text to guide the model's style or continue a previous audio segment. The [prompt](https://platform.openai.com/docs/guides/speech-to-text#prompting) should match the audio language. This field is not supported when using `gpt-4o-transcribe-diarize`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_format: Option<AudioResponseFormat>,
    /// The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until certain thresholds are hit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    /// Additional information to include in the transcription response.
    /// `logprobs` will return the log probabilities of the tokens in the
    /// response to understand the model's confidence in the transcription.
    /// `logprobs` only works with response_format set to `json` and only with
    /// the models `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, and `gpt-4o-mini-transcribe-2025-12-15`. This field is not supported when using `gpt-4o-transcribe-diarize`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<TranscriptionInclude>>,
    /// The timestamp granularities to populate for this transcription. `response_format` must be set `verbose_json` to use timestamp granularities. Either or both of these options are supported: `word`, or `segment`. Note: There is no additional latency for segment timestamps, but generating word timestamps incurs additional latency.
    /// This option is not available for `gpt-4o-transcribe-diarize`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp_granularities: Option<
        Vec<CreateTranscriptionRequestTimestampGranularity>,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chunking_strategy: Option<CreateTranscriptionRequestChunkingStrategy>,
    /// Optional list of speaker names that correspond to the audio samples provided in `known_speaker_references[]`. Each entry should be a short identifier (for example `customer` or `agent`). Up to 4 speakers are supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub known_speaker_names: Option<Vec<String>>,
    /// Optional list of audio samples (as [data URLs](https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs)) that contain known speaker references matching `known_speaker_names[]`. Each sample must be between 2 and 10 seconds, and can use any of the same input audio formats supported by `file`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub known_speaker_references: Option<Vec<String>>,
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::Object for CreateTranscriptionRequest {
    const NAME: &'static str = "CreateTranscriptionRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut file: Option<sdk_runtime_types::multipart::FilePart> = None;
        let mut model: Option<CreateTranscriptionRequestModel> = None;
        let mut language: Option<String> = None;
        let mut languages: Option<Vec<String>> = None;
        let mut keywords: Option<Vec<String>> = None;
        let mut prompt: Option<String> = None;
        let mut response_format: Option<AudioResponseFormat> = None;
        let mut temperature: Option<f64> = None;
        let mut include: Option<Vec<TranscriptionInclude>> = None;
        let mut timestamp_granularities: Option<
            Vec<CreateTranscriptionRequestTimestampGranularity>,
        > = None;
        let mut stream: Option<bool> = None;
        let mut chunking_strategy: Option<CreateTranscriptionRequestChunkingStrategy> = None;
        let mut known_speaker_names: Option<Vec<String>> = None;
        let mut known_speaker_references: Option<Vec<String>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "file" => 0,
                    "model" => 1,
                    "language" => 2,
                    "languages" => 3,
                    "keywords" => 4,
                    "prompt" => 5,
                    "response_format" => 6,
                    "temperature" => 7,
                    "include" => 8,
                    "timestamp_granularities" => 9,
                    "stream" => 10,
                    "chunking_strategy" => 11,
                    "known_speaker_names" => 12,
                    "known_speaker_references" => 13,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut file),
                1 => sdk_runtime_types::de::value(&mut map, &mut model),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut language),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut languages),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut keywords),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut prompt),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut response_format),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut temperature),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut include),
                9 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut timestamp_granularities,
                    )
                }
                10 => sdk_runtime_types::de::nullable(&mut map, &mut stream),
                11 => sdk_runtime_types::de::nullable(&mut map, &mut chunking_strategy),
                12 => sdk_runtime_types::de::nullable(&mut map, &mut known_speaker_names),
                13 => {
                    sdk_runtime_types::de::nullable(
                        &mut map,
                        &mut known_speaker_references,
                    )
                }
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            file: sdk_runtime_types::de::required::<_, A::Error>(file, "file")?,
            model: model.unwrap_or_default(),
            language,
            languages,
            keywords,
            prompt,
            response_format,
            temperature,
            include,
            timestamp_granularities,
            stream,
            chunking_strategy,
            known_speaker_names,
            known_speaker_references,
        })
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for CreateTranscriptionRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "audio")]
impl CreateTranscriptionRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        file: impl Into<sdk_runtime_types::multipart::FilePart>,
        model: impl Into<CreateTranscriptionRequestModel>,
    ) -> Self {
        Self {
            file: file.into(),
            model: model.into(),
            language: None,
            languages: None,
            keywords: None,
            prompt: None,
            response_format: None,
            temperature: None,
            include: None,
            timestamp_granularities: None,
            stream: None,
            chunking_strategy: None,
            known_speaker_names: None,
            known_speaker_references: None,
        }
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
    /// Sets `response_format`.
    pub fn response_format(mut self, value: impl Into<AudioResponseFormat>) -> Self {
        self.response_format = Some(value.into());
        self
    }
    /// Sets `temperature`.
    pub fn temperature(mut self, value: impl Into<f64>) -> Self {
        self.temperature = Some(value.into());
        self
    }
    /// Sets `include`.
    pub fn include(mut self, value: impl Into<Vec<TranscriptionInclude>>) -> Self {
        self.include = Some(value.into());
        self
    }
    /// Sets `timestamp_granularities`.
    pub fn timestamp_granularities(
        mut self,
        value: impl Into<Vec<CreateTranscriptionRequestTimestampGranularity>>,
    ) -> Self {
        self.timestamp_granularities = Some(value.into());
        self
    }
    /// Sets `stream`.
    pub fn stream(mut self, value: impl Into<bool>) -> Self {
        self.stream = Some(value.into());
        self
    }
    /// Sets `chunking_strategy`.
    pub fn chunking_strategy(
        mut self,
        value: impl Into<CreateTranscriptionRequestChunkingStrategy>,
    ) -> Self {
        self.chunking_strategy = Some(value.into());
        self
    }
    /// Sets `known_speaker_names`.
    pub fn known_speaker_names(mut self, value: impl Into<Vec<String>>) -> Self {
        self.known_speaker_names = Some(value.into());
        self
    }
    /// Sets `known_speaker_references`.
    pub fn known_speaker_references(mut self, value: impl Into<Vec<String>>) -> Self {
        self.known_speaker_references = Some(value.into());
        self
    }
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::multipart::ToForm for CreateTranscriptionRequest {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.file("file", &self.file);
        form.field("model", &self.model);
        form.field("language", &self.language);
        form.field("languages", &self.languages);
        form.field("keywords", &self.keywords);
        form.field("prompt", &self.prompt);
        form.field("response_format", &self.response_format);
        form.field("temperature", &self.temperature);
        form.field("include", &self.include);
        form.field("timestamp_granularities", &self.timestamp_granularities);
        form.field("stream", &self.stream);
        form.field("chunking_strategy", &self.chunking_strategy);
        form.field("known_speaker_names", &self.known_speaker_names);
        form.field("known_speaker_references", &self.known_speaker_references);
    }
}
#[cfg(feature = "audio")]
/// ID of the model to use. The options are `gpt-transcribe`, `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `whisper-1` (which is powered by our open source Whisper V2 model), and `gpt-4o-transcribe-diarize`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreateTranscriptionRequestModel {
    /// `whisper-1`
    Whisper1,
    /// `gpt-transcribe`
    GptTranscribe,
    /// `gpt-4o-transcribe`
    Gpt4oTranscribe,
    /// `gpt-4o-mini-transcribe`
    Gpt4oMiniTranscribe,
    /// `gpt-4o-mini-transcribe-2025-12-15`
    Gpt4oMiniTranscribe20251215,
    /// `gpt-4o-transcribe-diarize`
    Gpt4oTranscribeDiarize,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "audio")]
impl CreateTranscriptionRequestModel {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Whisper1 => "whisper-1",
            Self::GptTranscribe => "gpt-transcribe",
            Self::Gpt4oTranscribe => "gpt-4o-transcribe",
            Self::Gpt4oMiniTranscribe => "gpt-4o-mini-transcribe",
            Self::Gpt4oMiniTranscribe20251215 => "gpt-4o-mini-transcribe-2025-12-15",
            Self::Gpt4oTranscribeDiarize => "gpt-4o-transcribe-diarize",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "whisper-1" => Self::Whisper1,
            "gpt-transcribe" => Self::GptTranscribe,
            "gpt-4o-transcribe" => Self::Gpt4oTranscribe,
            "gpt-4o-mini-transcribe" => Self::Gpt4oMiniTranscribe,
            "gpt-4o-mini-transcribe-2025-12-15" => Self::Gpt4oMiniTranscribe20251215,
            "gpt-4o-transcribe-diarize" => Self::Gpt4oTranscribeDiarize,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "audio")]
impl From<&str> for CreateTranscriptionRequestModel {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "audio")]
impl From<String> for CreateTranscriptionRequestModel {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "audio")]
impl std::fmt::Display for CreateTranscriptionRequestModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "audio")]
impl Serialize for CreateTranscriptionRequestModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for CreateTranscriptionRequestModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "audio")]
impl Default for CreateTranscriptionRequestModel {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "audio")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TranscriptionInclude {
    /// `logprobs`
    #[default]
    Logprobs,
}
#[cfg(feature = "audio")]
impl TranscriptionInclude {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "logprobs"
    }
}
#[cfg(feature = "audio")]
impl std::fmt::Display for TranscriptionInclude {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "audio")]
impl Serialize for TranscriptionInclude {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("logprobs")
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for TranscriptionInclude {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "logprobs").map(|()| Self::Logprobs)
    }
}
#[cfg(feature = "audio")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreateTranscriptionRequestTimestampGranularity {
    /// `word`
    Word,
    /// `segment`
    Segment,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "audio")]
impl CreateTranscriptionRequestTimestampGranularity {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Word => "word",
            Self::Segment => "segment",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "word" => Self::Word,
            "segment" => Self::Segment,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "audio")]
impl From<&str> for CreateTranscriptionRequestTimestampGranularity {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "audio")]
impl From<String> for CreateTranscriptionRequestTimestampGranularity {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "audio")]
impl std::fmt::Display for CreateTranscriptionRequestTimestampGranularity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "audio")]
impl Serialize for CreateTranscriptionRequestTimestampGranularity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for CreateTranscriptionRequestTimestampGranularity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "audio")]
impl Default for CreateTranscriptionRequestTimestampGranularity {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "audio")]
/// Controls how the audio is cut into chunks. When set to `"auto"`, the server first normalizes loudness and then uses voice activity detection (VAD) to choose boundaries. `server_vad` object can be provided to tweak VAD detection parameters manually. If unset, the audio is transcribed as a single block. Required when using `gpt-4o-transcribe-diarize` for inputs longer than 30 seconds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CreateTranscriptionRequestChunkingStrategy {
    VadConfig(VadConfig),
    AutoLiteral(AutoLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(feature = "audio")]
impl From<VadConfig> for CreateTranscriptionRequestChunkingStrategy {
    fn from(value: VadConfig) -> Self {
        Self::VadConfig(value)
    }
}
#[cfg(feature = "audio")]
impl From<AutoLiteral> for CreateTranscriptionRequestChunkingStrategy {
    fn from(value: AutoLiteral) -> Self {
        Self::AutoLiteral(value)
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
/// The constant `server_vad`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ServerVadLiteral {
    /// `server_vad`
    #[default]
    ServerVad,
}
impl ServerVadLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "server_vad"
    }
}
impl std::fmt::Display for ServerVadLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ServerVadLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("server_vad")
    }
}
impl<'de> Deserialize<'de> for ServerVadLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "server_vad")
            .map(|()| Self::ServerVad)
    }
}
#[cfg(feature = "audio")]
/// Represents a diarized transcription response returned by the model, including the combined transcript and speaker-segment annotations.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CreateTranscriptionResponseDiarizedJson {
    /// The type of task that was run. Always `transcribe`.
    pub task: TranscribeLiteral,
    /// Duration of the input audio in seconds.
    pub duration: f64,
    /// The concatenated transcript text for the entire audio input.
    pub text: String,
    /// Segments of the transcript annotated with timestamps and speaker labels.
    pub segments: Vec<TranscriptionDiarizedSegment>,
    /// Token or duration usage statistics for the request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usage: Option<CreateTranscriptionResponseDiarizedJsonUsage>,
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::Object for CreateTranscriptionResponseDiarizedJson {
    const NAME: &'static str = "CreateTranscriptionResponseDiarizedJson";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut task: Option<TranscribeLiteral> = None;
        let mut duration: Option<f64> = None;
        let mut text: Option<String> = None;
        let mut segments: Option<Vec<TranscriptionDiarizedSegment>> = None;
        let mut usage: Option<CreateTranscriptionResponseDiarizedJsonUsage> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "task" => 0,
                    "duration" => 1,
                    "text" => 2,
                    "segments" => 3,
                    "usage" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut task),
                1 => sdk_runtime_types::de::value(&mut map, &mut duration),
                2 => sdk_runtime_types::de::value(&mut map, &mut text),
                3 => sdk_runtime_types::de::value(&mut map, &mut segments),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut usage),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            task: sdk_runtime_types::de::required::<_, A::Error>(task, "task")?,
            duration: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(duration, "duration")?,
            text: sdk_runtime_types::de::required::<_, A::Error>(text, "text")?,
            segments: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(segments, "segments")?,
            usage,
        })
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for CreateTranscriptionResponseDiarizedJson {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "audio")]
impl CreateTranscriptionResponseDiarizedJson {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        duration: impl Into<f64>,
        text: impl Into<String>,
        segments: impl Into<Vec<TranscriptionDiarizedSegment>>,
    ) -> Self {
        Self {
            task: Default::default(),
            duration: duration.into(),
            text: text.into(),
            segments: segments.into(),
            usage: None,
        }
    }
    /// Sets `usage`.
    pub fn usage(
        mut self,
        value: impl Into<CreateTranscriptionResponseDiarizedJsonUsage>,
    ) -> Self {
        self.usage = Some(value.into());
        self
    }
}
#[cfg(feature = "audio")]
/// The constant `transcribe`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TranscribeLiteral {
    /// `transcribe`
    #[default]
    Transcribe,
}
#[cfg(feature = "audio")]
impl TranscribeLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "transcribe"
    }
}
#[cfg(feature = "audio")]
impl std::fmt::Display for TranscribeLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "audio")]
impl Serialize for TranscribeLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("transcribe")
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for TranscribeLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "transcribe")
            .map(|()| Self::Transcribe)
    }
}
#[cfg(feature = "audio")]
/// A segment of diarized transcript text with speaker metadata.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct TranscriptionDiarizedSegment {
    /// The type of the segment. Always `transcript.text.segment`.
    #[serde(rename = "type")]
    pub type_: TranscriptTextSegmentLiteral,
    /// Unique identifier for the segment.
    pub id: String,
    /// Start timestamp of the segment in seconds.
    pub start: f64,
    /// End timestamp of the segment in seconds.
    pub end: f64,
    /// Transcript text for this segment.
    pub text: String,
    /// Speaker label for this segment. When known speakers are provided, the label matches `known_speaker_names[]`. Otherwise speakers are labeled sequentially using capital letters (`A`, `B`, ...).
    pub speaker: String,
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::Object for TranscriptionDiarizedSegment {
    const NAME: &'static str = "TranscriptionDiarizedSegment";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<TranscriptTextSegmentLiteral> = None;
        let mut id: Option<String> = None;
        let mut start: Option<f64> = None;
        let mut end: Option<f64> = None;
        let mut text: Option<String> = None;
        let mut speaker: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "start" => 2,
                    "end" => 3,
                    "text" => 4,
                    "speaker" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut start),
                3 => sdk_runtime_types::de::value(&mut map, &mut end),
                4 => sdk_runtime_types::de::value(&mut map, &mut text),
                5 => sdk_runtime_types::de::value(&mut map, &mut speaker),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: id.unwrap_or_default(),
            start: start.unwrap_or_default(),
            end: end.unwrap_or_default(),
            text: text.unwrap_or_default(),
            speaker: speaker.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for TranscriptionDiarizedSegment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "audio")]
impl TranscriptionDiarizedSegment {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        start: impl Into<f64>,
        end: impl Into<f64>,
        text: impl Into<String>,
        speaker: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            start: start.into(),
            end: end.into(),
            text: text.into(),
            speaker: speaker.into(),
        }
    }
}
#[cfg(feature = "audio")]
/// The constant `transcript.text.segment`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TranscriptTextSegmentLiteral {
    /// `transcript.text.segment`
    #[default]
    TranscriptTextSegment,
}
#[cfg(feature = "audio")]
impl TranscriptTextSegmentLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "transcript.text.segment"
    }
}
#[cfg(feature = "audio")]
impl std::fmt::Display for TranscriptTextSegmentLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "audio")]
impl Serialize for TranscriptTextSegmentLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("transcript.text.segment")
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for TranscriptTextSegmentLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "transcript.text.segment")
            .map(|()| Self::TranscriptTextSegment)
    }
}
#[cfg(feature = "audio")]
/// Token or duration usage statistics for the request.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateTranscriptionResponseDiarizedJsonUsage {
    /// `tokens`
    Tokens(TranscriptTextUsageTokens),
    /// `duration`
    Duration(TranscriptTextUsageDuration),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(feature = "audio")]
impl Serialize for CreateTranscriptionResponseDiarizedJsonUsage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Tokens(value) => value.serialize(serializer),
            Self::Duration(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::TaggedUnion
for CreateTranscriptionResponseDiarizedJsonUsage {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "tokens" => Deserialize::deserialize(content).map(Self::Tokens),
                "duration" => Deserialize::deserialize(content).map(Self::Duration),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for CreateTranscriptionResponseDiarizedJsonUsage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "audio")]
impl From<TranscriptTextUsageTokens> for CreateTranscriptionResponseDiarizedJsonUsage {
    fn from(value: TranscriptTextUsageTokens) -> Self {
        Self::Tokens(value)
    }
}
#[cfg(feature = "audio")]
impl From<TranscriptTextUsageDuration> for CreateTranscriptionResponseDiarizedJsonUsage {
    fn from(value: TranscriptTextUsageDuration) -> Self {
        Self::Duration(value)
    }
}
#[cfg(any(feature = "audio", feature = "extra-types"))]
/// Usage statistics for models billed by token usage.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[cfg(feature = "audio")]
/// Represents a transcription response returned by model, based on the provided input.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct Transcription {
    /// The transcribed text.
    pub text: String,
    /// The languages detected in the audio. Returned by `gpt-transcribe`. An empty array indicates that no language could be reliably detected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<TranscriptionLanguage>>,
    /// The log probabilities of the tokens in the transcription. Only returned with the models `gpt-4o-transcribe` and `gpt-4o-mini-transcribe` if `logprobs` is added to the `include` array.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logprobs: Option<Vec<CreateTranscriptionResponseJsonLogprob>>,
    /// Token usage statistics for the request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usage: Option<CreateTranscriptionResponseJsonUsage>,
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::Object for Transcription {
    const NAME: &'static str = "Transcription";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut text: Option<String> = None;
        let mut languages: Option<Vec<TranscriptionLanguage>> = None;
        let mut logprobs: Option<Vec<CreateTranscriptionResponseJsonLogprob>> = None;
        let mut usage: Option<CreateTranscriptionResponseJsonUsage> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "text" => 0,
                    "languages" => 1,
                    "logprobs" => 2,
                    "usage" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut text),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut languages),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut logprobs),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut usage),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            text: sdk_runtime_types::de::required::<_, A::Error>(text, "text")?,
            languages,
            logprobs,
            usage,
        })
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for Transcription {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "audio")]
impl Transcription {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            languages: None,
            logprobs: None,
            usage: None,
        }
    }
    /// Sets `languages`.
    pub fn languages(mut self, value: impl Into<Vec<TranscriptionLanguage>>) -> Self {
        self.languages = Some(value.into());
        self
    }
    /// Sets `logprobs`.
    pub fn logprobs(
        mut self,
        value: impl Into<Vec<CreateTranscriptionResponseJsonLogprob>>,
    ) -> Self {
        self.logprobs = Some(value.into());
        self
    }
    /// Sets `usage`.
    pub fn usage(
        mut self,
        value: impl Into<CreateTranscriptionResponseJsonUsage>,
    ) -> Self {
        self.usage = Some(value.into());
        self
    }
}
#[cfg(feature = "audio")]
/// The specification's name for [`Transcription`].
pub type CreateTranscriptionResponseJson = Transcription;
#[cfg(any(feature = "audio", feature = "extra-types"))]
/// A language detected in transcribed audio.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
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
#[cfg(feature = "audio")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CreateTranscriptionResponseJsonLogprob {
    /// The token in the transcription.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// The log probability of the token.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logprob: Option<f64>,
    /// The bytes of the token.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bytes: Option<Vec<f64>>,
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::Object for CreateTranscriptionResponseJsonLogprob {
    const NAME: &'static str = "CreateTranscriptionResponseJsonLogprob";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut token: Option<String> = None;
        let mut logprob: Option<f64> = None;
        let mut bytes: Option<Vec<f64>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "token" => 0,
                    "logprob" => 1,
                    "bytes" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut token),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut logprob),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut bytes),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { token, logprob, bytes })
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for CreateTranscriptionResponseJsonLogprob {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "audio")]
impl CreateTranscriptionResponseJsonLogprob {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            token: None,
            logprob: None,
            bytes: None,
        }
    }
    /// Sets `token`.
    pub fn token(mut self, value: impl Into<String>) -> Self {
        self.token = Some(value.into());
        self
    }
    /// Sets `logprob`.
    pub fn logprob(mut self, value: impl Into<f64>) -> Self {
        self.logprob = Some(value.into());
        self
    }
    /// Sets `bytes`.
    pub fn bytes(mut self, value: impl Into<Vec<f64>>) -> Self {
        self.bytes = Some(value.into());
        self
    }
}
#[cfg(feature = "audio")]
/// Token usage statistics for the request.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateTranscriptionResponseJsonUsage {
    /// `tokens`
    Tokens(TranscriptTextUsageTokens),
    /// `duration`
    Duration(TranscriptTextUsageDuration),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(feature = "audio")]
impl Serialize for CreateTranscriptionResponseJsonUsage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Tokens(value) => value.serialize(serializer),
            Self::Duration(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::TaggedUnion for CreateTranscriptionResponseJsonUsage {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "tokens" => Deserialize::deserialize(content).map(Self::Tokens),
                "duration" => Deserialize::deserialize(content).map(Self::Duration),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for CreateTranscriptionResponseJsonUsage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "audio")]
impl From<TranscriptTextUsageTokens> for CreateTranscriptionResponseJsonUsage {
    fn from(value: TranscriptTextUsageTokens) -> Self {
        Self::Tokens(value)
    }
}
#[cfg(feature = "audio")]
impl From<TranscriptTextUsageDuration> for CreateTranscriptionResponseJsonUsage {
    fn from(value: TranscriptTextUsageDuration) -> Self {
        Self::Duration(value)
    }
}
#[cfg(feature = "audio")]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateTranscriptionResponseStreamEvent {
    /// `transcript.text.segment`
    TranscriptTextSegment(TranscriptTextSegmentEvent),
    /// `transcript.text.delta`
    TranscriptTextDelta(TranscriptTextDeltaEvent),
    /// `transcript.text.done`
    TranscriptTextDone(TranscriptTextDoneEvent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(feature = "audio")]
impl Serialize for CreateTranscriptionResponseStreamEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::TranscriptTextSegment(value) => value.serialize(serializer),
            Self::TranscriptTextDelta(value) => value.serialize(serializer),
            Self::TranscriptTextDone(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::TaggedUnion for CreateTranscriptionResponseStreamEvent {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "transcript.text.segment" => {
                    Deserialize::deserialize(content).map(Self::TranscriptTextSegment)
                }
                "transcript.text.delta" => {
                    Deserialize::deserialize(content).map(Self::TranscriptTextDelta)
                }
                "transcript.text.done" => {
                    Deserialize::deserialize(content).map(Self::TranscriptTextDone)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for CreateTranscriptionResponseStreamEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "audio")]
impl From<TranscriptTextSegmentEvent> for CreateTranscriptionResponseStreamEvent {
    fn from(value: TranscriptTextSegmentEvent) -> Self {
        Self::TranscriptTextSegment(value)
    }
}
#[cfg(feature = "audio")]
impl From<TranscriptTextDeltaEvent> for CreateTranscriptionResponseStreamEvent {
    fn from(value: TranscriptTextDeltaEvent) -> Self {
        Self::TranscriptTextDelta(value)
    }
}
#[cfg(feature = "audio")]
impl From<TranscriptTextDoneEvent> for CreateTranscriptionResponseStreamEvent {
    fn from(value: TranscriptTextDoneEvent) -> Self {
        Self::TranscriptTextDone(value)
    }
}
#[cfg(feature = "audio")]
/// Emitted when a diarized transcription returns a completed segment with speaker information. Only emitted when you [create a transcription](https://platform.openai.com/docs/api-reference/audio/create-transcription) with `stream` set to `true` and `response_format` set to `diarized_json`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct TranscriptTextSegmentEvent {
    /// The type of the event. Always `transcript.text.segment`.
    #[serde(rename = "type")]
    pub type_: TranscriptTextSegmentLiteral,
    /// Unique identifier for the segment.
    pub id: String,
    /// Start timestamp of the segment in seconds.
    pub start: f64,
    /// End timestamp of the segment in seconds.
    pub end: f64,
    /// Transcript text for this segment.
    pub text: String,
    /// Speaker label for this segment.
    pub speaker: String,
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::Object for TranscriptTextSegmentEvent {
    const NAME: &'static str = "TranscriptTextSegmentEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<TranscriptTextSegmentLiteral> = None;
        let mut id: Option<String> = None;
        let mut start: Option<f64> = None;
        let mut end: Option<f64> = None;
        let mut text: Option<String> = None;
        let mut speaker: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "id" => 1,
                    "start" => 2,
                    "end" => 3,
                    "text" => 4,
                    "speaker" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut start),
                3 => sdk_runtime_types::de::value(&mut map, &mut end),
                4 => sdk_runtime_types::de::value(&mut map, &mut text),
                5 => sdk_runtime_types::de::value(&mut map, &mut speaker),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            id: id.unwrap_or_default(),
            start: start.unwrap_or_default(),
            end: end.unwrap_or_default(),
            text: text.unwrap_or_default(),
            speaker: speaker.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for TranscriptTextSegmentEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "audio")]
impl TranscriptTextSegmentEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        start: impl Into<f64>,
        end: impl Into<f64>,
        text: impl Into<String>,
        speaker: impl Into<String>,
    ) -> Self {
        Self {
            type_: Default::default(),
            id: id.into(),
            start: start.into(),
            end: end.into(),
            text: text.into(),
            speaker: speaker.into(),
        }
    }
}
#[cfg(feature = "audio")]
/// Emitted when there is an additional text delta. This is also the first event emitted when the transcription starts. Only emitted when you [create a transcription](https://platform.openai.com/docs/api-reference/audio/create-transcription) with the `Stream` parameter set to `true`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct TranscriptTextDeltaEvent {
    /// The type of the event. Always `transcript.text.delta`.
    #[serde(rename = "type")]
    pub type_: TranscriptTextDeltaLiteral,
    /// The text delta that was additionally transcribed.
    pub delta: String,
    /// The log probabilities of the delta. Only included if you [create a transcription](https://platform.openai.com/docs/api-reference/audio/create-transcription) with the `include[]` parameter set to `logprobs`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logprobs: Option<Vec<TranscriptTextDoneEventLogprob>>,
    /// Identifier of the diarized segment that this delta belongs to. Only present when using `gpt-4o-transcribe-diarize`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segment_id: Option<String>,
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::Object for TranscriptTextDeltaEvent {
    const NAME: &'static str = "TranscriptTextDeltaEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<TranscriptTextDeltaLiteral> = None;
        let mut delta: Option<String> = None;
        let mut logprobs: Option<Vec<TranscriptTextDoneEventLogprob>> = None;
        let mut segment_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "delta" => 1,
                    "logprobs" => 2,
                    "segment_id" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut delta),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut logprobs),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut segment_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            delta: delta.unwrap_or_default(),
            logprobs,
            segment_id,
        })
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for TranscriptTextDeltaEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "audio")]
impl TranscriptTextDeltaEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(delta: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            delta: delta.into(),
            logprobs: None,
            segment_id: None,
        }
    }
    /// Sets `logprobs`.
    pub fn logprobs(
        mut self,
        value: impl Into<Vec<TranscriptTextDoneEventLogprob>>,
    ) -> Self {
        self.logprobs = Some(value.into());
        self
    }
    /// Sets `segment_id`.
    pub fn segment_id(mut self, value: impl Into<String>) -> Self {
        self.segment_id = Some(value.into());
        self
    }
}
#[cfg(feature = "audio")]
/// The constant `transcript.text.delta`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TranscriptTextDeltaLiteral {
    /// `transcript.text.delta`
    #[default]
    TranscriptTextDelta,
}
#[cfg(feature = "audio")]
impl TranscriptTextDeltaLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "transcript.text.delta"
    }
}
#[cfg(feature = "audio")]
impl std::fmt::Display for TranscriptTextDeltaLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "audio")]
impl Serialize for TranscriptTextDeltaLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("transcript.text.delta")
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for TranscriptTextDeltaLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "transcript.text.delta")
            .map(|()| Self::TranscriptTextDelta)
    }
}
#[cfg(feature = "audio")]
/// Emitted when the transcription is complete. Contains the complete transcription text. Only emitted when you [create a transcription](https://platform.openai.com/docs/api-reference/audio/create-transcription) with the `Stream` parameter set to `true`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct TranscriptTextDoneEvent {
    /// The type of the event. Always `transcript.text.done`.
    #[serde(rename = "type")]
    pub type_: TranscriptTextDoneLiteral,
    /// The text that was transcribed.
    pub text: String,
    /// The languages detected in the audio. Returned by `gpt-transcribe`. An empty array indicates that no language could be reliably detected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<TranscriptionLanguage>>,
    /// The log probabilities of the individual tokens in the transcription. Only included if you [create a transcription](https://platform.openai.com/docs/api-reference/audio/create-transcription) with the `include[]` parameter set to `logprobs`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logprobs: Option<Vec<TranscriptTextDoneEventLogprob>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usage: Option<TranscriptTextUsageTokens>,
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::Object for TranscriptTextDoneEvent {
    const NAME: &'static str = "TranscriptTextDoneEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<TranscriptTextDoneLiteral> = None;
        let mut text: Option<String> = None;
        let mut languages: Option<Vec<TranscriptionLanguage>> = None;
        let mut logprobs: Option<Vec<TranscriptTextDoneEventLogprob>> = None;
        let mut usage: Option<TranscriptTextUsageTokens> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "text" => 1,
                    "languages" => 2,
                    "logprobs" => 3,
                    "usage" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut text),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut languages),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut logprobs),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut usage),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            text: text.unwrap_or_default(),
            languages,
            logprobs,
            usage,
        })
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for TranscriptTextDoneEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "audio")]
impl TranscriptTextDoneEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            text: text.into(),
            languages: None,
            logprobs: None,
            usage: None,
        }
    }
    /// Sets `languages`.
    pub fn languages(mut self, value: impl Into<Vec<TranscriptionLanguage>>) -> Self {
        self.languages = Some(value.into());
        self
    }
    /// Sets `logprobs`.
    pub fn logprobs(
        mut self,
        value: impl Into<Vec<TranscriptTextDoneEventLogprob>>,
    ) -> Self {
        self.logprobs = Some(value.into());
        self
    }
    /// Sets `usage`.
    pub fn usage(mut self, value: impl Into<TranscriptTextUsageTokens>) -> Self {
        self.usage = Some(value.into());
        self
    }
}
#[cfg(feature = "audio")]
/// The constant `transcript.text.done`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TranscriptTextDoneLiteral {
    /// `transcript.text.done`
    #[default]
    TranscriptTextDone,
}
#[cfg(feature = "audio")]
impl TranscriptTextDoneLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "transcript.text.done"
    }
}
#[cfg(feature = "audio")]
impl std::fmt::Display for TranscriptTextDoneLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "audio")]
impl Serialize for TranscriptTextDoneLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("transcript.text.done")
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for TranscriptTextDoneLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "transcript.text.done")
            .map(|()| Self::TranscriptTextDone)
    }
}
#[cfg(feature = "audio")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct TranscriptTextDoneEventLogprob {
    /// The token that was used to generate the log probability.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// The log probability of the token.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logprob: Option<f64>,
    /// The bytes that were used to generate the log probability.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bytes: Option<Vec<i64>>,
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::Object for TranscriptTextDoneEventLogprob {
    const NAME: &'static str = "TranscriptTextDoneEventLogprob";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut token: Option<String> = None;
        let mut logprob: Option<f64> = None;
        let mut bytes: Option<Vec<i64>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "token" => 0,
                    "logprob" => 1,
                    "bytes" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut token),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut logprob),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut bytes),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { token, logprob, bytes })
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for TranscriptTextDoneEventLogprob {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "audio")]
impl TranscriptTextDoneEventLogprob {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            token: None,
            logprob: None,
            bytes: None,
        }
    }
    /// Sets `token`.
    pub fn token(mut self, value: impl Into<String>) -> Self {
        self.token = Some(value.into());
        self
    }
    /// Sets `logprob`.
    pub fn logprob(mut self, value: impl Into<f64>) -> Self {
        self.logprob = Some(value.into());
        self
    }
    /// Sets `bytes`.
    pub fn bytes(mut self, value: impl Into<Vec<i64>>) -> Self {
        self.bytes = Some(value.into());
        self
    }
}
#[cfg(feature = "audio")]
/// Represents a verbose json transcription response returned by model, based on the provided input.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CreateTranscriptionResponseVerboseJson {
    /// The language of the input audio.
    pub language: String,
    /// The duration of the input audio.
    pub duration: f64,
    /// The transcribed text.
    pub text: String,
    /// Extracted words and their corresponding timestamps.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub words: Option<Vec<TranscriptionWord>>,
    /// Segments of the transcribed text and their corresponding details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segments: Option<Vec<TranscriptionSegment>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usage: Option<TranscriptTextUsageDuration>,
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::Object for CreateTranscriptionResponseVerboseJson {
    const NAME: &'static str = "CreateTranscriptionResponseVerboseJson";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut language: Option<String> = None;
        let mut duration: Option<f64> = None;
        let mut text: Option<String> = None;
        let mut words: Option<Vec<TranscriptionWord>> = None;
        let mut segments: Option<Vec<TranscriptionSegment>> = None;
        let mut usage: Option<TranscriptTextUsageDuration> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "language" => 0,
                    "duration" => 1,
                    "text" => 2,
                    "words" => 3,
                    "segments" => 4,
                    "usage" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut language),
                1 => sdk_runtime_types::de::value(&mut map, &mut duration),
                2 => sdk_runtime_types::de::value(&mut map, &mut text),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut words),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut segments),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut usage),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            language: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(language, "language")?,
            duration: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(duration, "duration")?,
            text: sdk_runtime_types::de::required::<_, A::Error>(text, "text")?,
            words,
            segments,
            usage,
        })
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for CreateTranscriptionResponseVerboseJson {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "audio")]
impl CreateTranscriptionResponseVerboseJson {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        language: impl Into<String>,
        duration: impl Into<f64>,
        text: impl Into<String>,
    ) -> Self {
        Self {
            language: language.into(),
            duration: duration.into(),
            text: text.into(),
            words: None,
            segments: None,
            usage: None,
        }
    }
    /// Sets `words`.
    pub fn words(mut self, value: impl Into<Vec<TranscriptionWord>>) -> Self {
        self.words = Some(value.into());
        self
    }
    /// Sets `segments`.
    pub fn segments(mut self, value: impl Into<Vec<TranscriptionSegment>>) -> Self {
        self.segments = Some(value.into());
        self
    }
    /// Sets `usage`.
    pub fn usage(mut self, value: impl Into<TranscriptTextUsageDuration>) -> Self {
        self.usage = Some(value.into());
        self
    }
}
#[cfg(feature = "audio")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct TranscriptionWord {
    /// The text content of the word.
    pub word: String,
    /// Start time of the word in seconds.
    pub start: f64,
    /// End time of the word in seconds.
    pub end: f64,
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::Object for TranscriptionWord {
    const NAME: &'static str = "TranscriptionWord";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut word: Option<String> = None;
        let mut start: Option<f64> = None;
        let mut end: Option<f64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "word" => 0,
                    "start" => 1,
                    "end" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut word),
                1 => sdk_runtime_types::de::value(&mut map, &mut start),
                2 => sdk_runtime_types::de::value(&mut map, &mut end),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            word: word.unwrap_or_default(),
            start: start.unwrap_or_default(),
            end: end.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for TranscriptionWord {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "audio")]
impl TranscriptionWord {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        word: impl Into<String>,
        start: impl Into<f64>,
        end: impl Into<f64>,
    ) -> Self {
        Self {
            word: word.into(),
            start: start.into(),
            end: end.into(),
        }
    }
}
#[cfg(feature = "audio")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct TranscriptionSegment {
    /// Unique identifier of the segment.
    pub id: i64,
    /// Seek offset of the segment.
    pub seek: i64,
    /// Start time of the segment in seconds.
    pub start: f64,
    /// End time of the segment in seconds.
    pub end: f64,
    /// Text content of the segment.
    pub text: String,
    /// Array of token IDs for the text content.
    pub tokens: Vec<i64>,
    /// Temperature parameter used for generating the segment.
    pub temperature: f32,
    /// Average logprob of the segment. If the value is lower than -1, consider the logprobs failed.
    pub avg_logprob: f32,
    /// Compression ratio of the segment. If the value is greater than 2.4, consider the compression failed.
    pub compression_ratio: f32,
    /// Probability of no speech in the segment. If the value is higher than 1.0 and the `avg_logprob` is below -1, consider this segment silent.
    pub no_speech_prob: f32,
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::Object for TranscriptionSegment {
    const NAME: &'static str = "TranscriptionSegment";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<i64> = None;
        let mut seek: Option<i64> = None;
        let mut start: Option<f64> = None;
        let mut end: Option<f64> = None;
        let mut text: Option<String> = None;
        let mut tokens: Option<Vec<i64>> = None;
        let mut temperature: Option<f32> = None;
        let mut avg_logprob: Option<f32> = None;
        let mut compression_ratio: Option<f32> = None;
        let mut no_speech_prob: Option<f32> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "seek" => 1,
                    "start" => 2,
                    "end" => 3,
                    "text" => 4,
                    "tokens" => 5,
                    "temperature" => 6,
                    "avg_logprob" => 7,
                    "compression_ratio" => 8,
                    "no_speech_prob" => 9,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut seek),
                2 => sdk_runtime_types::de::value(&mut map, &mut start),
                3 => sdk_runtime_types::de::value(&mut map, &mut end),
                4 => sdk_runtime_types::de::value(&mut map, &mut text),
                5 => sdk_runtime_types::de::value(&mut map, &mut tokens),
                6 => sdk_runtime_types::de::value(&mut map, &mut temperature),
                7 => sdk_runtime_types::de::value(&mut map, &mut avg_logprob),
                8 => sdk_runtime_types::de::value(&mut map, &mut compression_ratio),
                9 => sdk_runtime_types::de::value(&mut map, &mut no_speech_prob),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            seek: seek.unwrap_or_default(),
            start: start.unwrap_or_default(),
            end: end.unwrap_or_default(),
            text: text.unwrap_or_default(),
            tokens: tokens.unwrap_or_default(),
            temperature: temperature.unwrap_or_default(),
            avg_logprob: avg_logprob.unwrap_or_default(),
            compression_ratio: compression_ratio.unwrap_or_default(),
            no_speech_prob: no_speech_prob.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for TranscriptionSegment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "audio")]
impl TranscriptionSegment {}
#[cfg(feature = "audio")]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateTranslationRequest {
    /// The audio file object (not file name) translate, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm. The request must include enough format metadata for the file to be identified. We recommend an extension-bearing filename and an appropriate content type.
    pub file: sdk_runtime_types::multipart::FilePart,
    /// ID of the model to use. Only `whisper-1` (which is powered by our open source Whisper V2 model) is currently available.
    pub model: CreateTranslationRequestModel,
    /// An optional text to guide the model's style or continue a previous audio segment. The [prompt](https://platform.openai.com/docs/guides/speech-to-text#prompting) should be in English.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt: Option<String>,
    /// The format of the output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_format: Option<CreateTranslationRequestResponseFormat>,
    /// The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until certain thresholds are hit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::Object for CreateTranslationRequest {
    const NAME: &'static str = "CreateTranslationRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut file: Option<sdk_runtime_types::multipart::FilePart> = None;
        let mut model: Option<CreateTranslationRequestModel> = None;
        let mut prompt: Option<String> = None;
        let mut response_format: Option<CreateTranslationRequestResponseFormat> = None;
        let mut temperature: Option<f64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "file" => 0,
                    "model" => 1,
                    "prompt" => 2,
                    "response_format" => 3,
                    "temperature" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut file),
                1 => sdk_runtime_types::de::value(&mut map, &mut model),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut prompt),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut response_format),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut temperature),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            file: sdk_runtime_types::de::required::<_, A::Error>(file, "file")?,
            model: model.unwrap_or_default(),
            prompt,
            response_format,
            temperature,
        })
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for CreateTranslationRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "audio")]
impl CreateTranslationRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        file: impl Into<sdk_runtime_types::multipart::FilePart>,
        model: impl Into<CreateTranslationRequestModel>,
    ) -> Self {
        Self {
            file: file.into(),
            model: model.into(),
            prompt: None,
            response_format: None,
            temperature: None,
        }
    }
    /// Sets `prompt`.
    pub fn prompt(mut self, value: impl Into<String>) -> Self {
        self.prompt = Some(value.into());
        self
    }
    /// Sets `response_format`.
    pub fn response_format(
        mut self,
        value: impl Into<CreateTranslationRequestResponseFormat>,
    ) -> Self {
        self.response_format = Some(value.into());
        self
    }
    /// Sets `temperature`.
    pub fn temperature(mut self, value: impl Into<f64>) -> Self {
        self.temperature = Some(value.into());
        self
    }
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::multipart::ToForm for CreateTranslationRequest {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.file("file", &self.file);
        form.field("model", &self.model);
        form.field("prompt", &self.prompt);
        form.field("response_format", &self.response_format);
        form.field("temperature", &self.temperature);
    }
}
#[cfg(feature = "audio")]
/// ID of the model to use. Only `whisper-1` (which is powered by our open source Whisper V2 model) is currently available.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreateTranslationRequestModel {
    /// `whisper-1`
    Whisper1,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "audio")]
impl CreateTranslationRequestModel {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Whisper1 => "whisper-1",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "whisper-1" => Self::Whisper1,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "audio")]
impl From<&str> for CreateTranslationRequestModel {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "audio")]
impl From<String> for CreateTranslationRequestModel {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "audio")]
impl std::fmt::Display for CreateTranslationRequestModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "audio")]
impl Serialize for CreateTranslationRequestModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for CreateTranslationRequestModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "audio")]
impl Default for CreateTranslationRequestModel {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "audio")]
/// The format of the output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CreateTranslationRequestResponseFormat {
    /// `json`
    #[default]
    Json,
    /// `text`
    Text,
    /// `srt`
    Srt,
    /// `verbose_json`
    VerboseJson,
    /// `vtt`
    Vtt,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "audio")]
impl CreateTranslationRequestResponseFormat {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Json => "json",
            Self::Text => "text",
            Self::Srt => "srt",
            Self::VerboseJson => "verbose_json",
            Self::Vtt => "vtt",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "json" => Self::Json,
            "text" => Self::Text,
            "srt" => Self::Srt,
            "verbose_json" => Self::VerboseJson,
            "vtt" => Self::Vtt,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "audio")]
impl From<&str> for CreateTranslationRequestResponseFormat {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "audio")]
impl From<String> for CreateTranslationRequestResponseFormat {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "audio")]
impl std::fmt::Display for CreateTranslationRequestResponseFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "audio")]
impl Serialize for CreateTranslationRequestResponseFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for CreateTranslationRequestResponseFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "audio")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct Translation {
    pub text: String,
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::Object for Translation {
    const NAME: &'static str = "Translation";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut text: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "text" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut text),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            text: sdk_runtime_types::de::required::<_, A::Error>(text, "text")?,
        })
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for Translation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "audio")]
impl Translation {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(text: impl Into<String>) -> Self {
        Self { text: text.into() }
    }
}
#[cfg(feature = "audio")]
/// The specification's name for [`Translation`].
pub type CreateTranslationResponseJson = Translation;
#[cfg(feature = "audio")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CreateTranslationResponseVerboseJson {
    /// The language of the output translation (always `english`).
    pub language: String,
    /// The duration of the input audio.
    pub duration: f64,
    /// The translated text.
    pub text: String,
    /// Segments of the translated text and their corresponding details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segments: Option<Vec<TranscriptionSegment>>,
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::Object for CreateTranslationResponseVerboseJson {
    const NAME: &'static str = "CreateTranslationResponseVerboseJson";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut language: Option<String> = None;
        let mut duration: Option<f64> = None;
        let mut text: Option<String> = None;
        let mut segments: Option<Vec<TranscriptionSegment>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "language" => 0,
                    "duration" => 1,
                    "text" => 2,
                    "segments" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut language),
                1 => sdk_runtime_types::de::value(&mut map, &mut duration),
                2 => sdk_runtime_types::de::value(&mut map, &mut text),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut segments),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            language: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(language, "language")?,
            duration: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(duration, "duration")?,
            text: sdk_runtime_types::de::required::<_, A::Error>(text, "text")?,
            segments,
        })
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for CreateTranslationResponseVerboseJson {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "audio")]
impl CreateTranslationResponseVerboseJson {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        language: impl Into<String>,
        duration: impl Into<f64>,
        text: impl Into<String>,
    ) -> Self {
        Self {
            language: language.into(),
            duration: duration.into(),
            text: text.into(),
            segments: None,
        }
    }
    /// Sets `segments`.
    pub fn segments(mut self, value: impl Into<Vec<TranscriptionSegment>>) -> Self {
        self.segments = Some(value.into());
        self
    }
}
#[cfg(feature = "audio")]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateVoiceConsentRequest {
    /// The label to use for this consent recording.
    pub name: String,
    /// The consent audio recording file. Maximum size is 10 MiB.
    ///
    /// Supported MIME types:
    /// `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.
    pub recording: sdk_runtime_types::multipart::FilePart,
    /// The BCP 47 language tag for the consent phrase (for example, `en-US`).
    pub language: String,
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::Object for CreateVoiceConsentRequest {
    const NAME: &'static str = "CreateVoiceConsentRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut recording: Option<sdk_runtime_types::multipart::FilePart> = None;
        let mut language: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "recording" => 1,
                    "language" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut name),
                1 => sdk_runtime_types::de::value(&mut map, &mut recording),
                2 => sdk_runtime_types::de::value(&mut map, &mut language),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name: name.unwrap_or_default(),
            recording: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(recording, "recording")?,
            language: language.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for CreateVoiceConsentRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "audio")]
impl CreateVoiceConsentRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        recording: impl Into<sdk_runtime_types::multipart::FilePart>,
        language: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            recording: recording.into(),
            language: language.into(),
        }
    }
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::multipart::ToForm for CreateVoiceConsentRequest {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.field("name", &self.name);
        form.file("recording", &self.recording);
        form.field("language", &self.language);
    }
}
#[cfg(feature = "audio")]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateVoiceRequest {
    /// The name of the new voice.
    pub name: String,
    /// The sample audio recording file. Maximum size is 10 MiB.
    ///
    /// Supported MIME types:
    /// `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.
    pub audio_sample: sdk_runtime_types::multipart::FilePart,
    /// The consent recording ID (for example, `cons_1234`).
    pub consent: String,
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::Object for CreateVoiceRequest {
    const NAME: &'static str = "CreateVoiceRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut audio_sample: Option<sdk_runtime_types::multipart::FilePart> = None;
        let mut consent: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    "audio_sample" => 1,
                    "consent" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut name),
                1 => sdk_runtime_types::de::value(&mut map, &mut audio_sample),
                2 => sdk_runtime_types::de::value(&mut map, &mut consent),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name: name.unwrap_or_default(),
            audio_sample: sdk_runtime_types::de::required::<
                _,
                A::Error,
            >(audio_sample, "audio_sample")?,
            consent: consent.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for CreateVoiceRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "audio")]
impl CreateVoiceRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        audio_sample: impl Into<sdk_runtime_types::multipart::FilePart>,
        consent: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            audio_sample: audio_sample.into(),
            consent: consent.into(),
        }
    }
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::multipart::ToForm for CreateVoiceRequest {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.field("name", &self.name);
        form.file("audio_sample", &self.audio_sample);
        form.field("consent", &self.consent);
    }
}
#[cfg(feature = "audio")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UpdateVoiceConsentRequest {
    /// The updated label for this consent recording.
    pub name: String,
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::Object for UpdateVoiceConsentRequest {
    const NAME: &'static str = "UpdateVoiceConsentRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "name" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut name),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            name: name.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for UpdateVoiceConsentRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "audio")]
impl UpdateVoiceConsentRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }
}
#[cfg(feature = "audio")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct VoiceConsentDeletedResource {
    /// The consent recording identifier.
    pub id: String,
    pub object: AudioVoiceConsentLiteral,
    pub deleted: bool,
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::Object for VoiceConsentDeletedResource {
    const NAME: &'static str = "VoiceConsentDeletedResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<AudioVoiceConsentLiteral> = None;
        let mut deleted: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "deleted" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut deleted),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            deleted: deleted.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for VoiceConsentDeletedResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "audio")]
impl VoiceConsentDeletedResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>, deleted: impl Into<bool>) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            deleted: deleted.into(),
        }
    }
}
#[cfg(feature = "audio")]
/// The constant `audio.voice_consent`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum AudioVoiceConsentLiteral {
    /// `audio.voice_consent`
    #[default]
    AudioVoiceConsent,
}
#[cfg(feature = "audio")]
impl AudioVoiceConsentLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "audio.voice_consent"
    }
}
#[cfg(feature = "audio")]
impl std::fmt::Display for AudioVoiceConsentLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "audio")]
impl Serialize for AudioVoiceConsentLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("audio.voice_consent")
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for AudioVoiceConsentLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "audio.voice_consent")
            .map(|()| Self::AudioVoiceConsent)
    }
}
#[cfg(feature = "audio")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct VoiceConsentListResource {
    pub object: ListLiteral,
    pub data: Vec<VoiceConsentResource>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_id: Option<String>,
    pub has_more: bool,
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::Object for VoiceConsentListResource {
    const NAME: &'static str = "VoiceConsentListResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<VoiceConsentResource>> = None;
        let mut first_id: Option<String> = None;
        let mut last_id: Option<String> = None;
        let mut has_more: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "data" => 1,
                    "first_id" => 2,
                    "last_id" => 3,
                    "has_more" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut first_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut last_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
            first_id,
            last_id,
            has_more: has_more.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for VoiceConsentListResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "audio")]
impl VoiceConsentListResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        data: impl Into<Vec<VoiceConsentResource>>,
        has_more: impl Into<bool>,
    ) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            first_id: None,
            last_id: None,
            has_more: has_more.into(),
        }
    }
    /// Sets `first_id`.
    pub fn first_id(mut self, value: impl Into<String>) -> Self {
        self.first_id = Some(value.into());
        self
    }
    /// Sets `last_id`.
    pub fn last_id(mut self, value: impl Into<String>) -> Self {
        self.last_id = Some(value.into());
        self
    }
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::pagination::Page for VoiceConsentListResource {
    type Item = VoiceConsentResource;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        self.last_id.clone().filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
#[cfg(feature = "audio")]
/// A consent recording used to authorize creation of a custom voice.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct VoiceConsentResource {
    /// The object type, which is always `audio.voice_consent`.
    pub object: AudioVoiceConsentLiteral,
    /// The consent recording identifier.
    pub id: String,
    /// The label provided when the consent recording was uploaded.
    pub name: String,
    /// The BCP 47 language tag for the consent phrase (for example, `en-US`).
    pub language: String,
    /// The Unix timestamp (in seconds) for when the consent recording was created.
    pub created_at: i64,
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::Object for VoiceConsentResource {
    const NAME: &'static str = "VoiceConsentResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<AudioVoiceConsentLiteral> = None;
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut language: Option<String> = None;
        let mut created_at: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    "name" => 2,
                    "language" => 3,
                    "created_at" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut name),
                3 => sdk_runtime_types::de::value(&mut map, &mut language),
                4 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            id: id.unwrap_or_default(),
            name: name.unwrap_or_default(),
            language: language.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for VoiceConsentResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "audio")]
impl VoiceConsentResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        language: impl Into<String>,
        created_at: impl Into<i64>,
    ) -> Self {
        Self {
            object: Default::default(),
            id: id.into(),
            name: name.into(),
            language: language.into(),
            created_at: created_at.into(),
        }
    }
}
#[cfg(feature = "audio")]
/// A custom voice that can be used for audio output.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct VoiceResource {
    /// The object type, which is always `audio.voice`.
    pub object: AudioVoiceLiteral,
    /// The voice identifier, which can be referenced in API endpoints.
    pub id: String,
    /// The name of the voice.
    pub name: String,
    /// The Unix timestamp (in seconds) for when the voice was created.
    pub created_at: i64,
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::Object for VoiceResource {
    const NAME: &'static str = "VoiceResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<AudioVoiceLiteral> = None;
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut created_at: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "id" => 1,
                    "name" => 2,
                    "created_at" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut id),
                2 => sdk_runtime_types::de::value(&mut map, &mut name),
                3 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            id: id.unwrap_or_default(),
            name: name.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for VoiceResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "audio")]
impl VoiceResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        created_at: impl Into<i64>,
    ) -> Self {
        Self {
            object: Default::default(),
            id: id.into(),
            name: name.into(),
            created_at: created_at.into(),
        }
    }
}
#[cfg(feature = "audio")]
/// The constant `audio.voice`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum AudioVoiceLiteral {
    /// `audio.voice`
    #[default]
    AudioVoice,
}
#[cfg(feature = "audio")]
impl AudioVoiceLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "audio.voice"
    }
}
#[cfg(feature = "audio")]
impl std::fmt::Display for AudioVoiceLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "audio")]
impl Serialize for AudioVoiceLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("audio.voice")
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for AudioVoiceLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "audio.voice")
            .map(|()| Self::AudioVoice)
    }
}
#[cfg(feature = "audio")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CreateTranscriptionResponse {
    DiarizedJson(CreateTranscriptionResponseDiarizedJson),
    VerboseJson(CreateTranscriptionResponseVerboseJson),
    Json(Transcription),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(feature = "audio")]
impl From<CreateTranscriptionResponseDiarizedJson> for CreateTranscriptionResponse {
    fn from(value: CreateTranscriptionResponseDiarizedJson) -> Self {
        Self::DiarizedJson(value)
    }
}
#[cfg(feature = "audio")]
impl From<CreateTranscriptionResponseVerboseJson> for CreateTranscriptionResponse {
    fn from(value: CreateTranscriptionResponseVerboseJson) -> Self {
        Self::VerboseJson(value)
    }
}
#[cfg(feature = "audio")]
impl From<Transcription> for CreateTranscriptionResponse {
    fn from(value: Transcription) -> Self {
        Self::Json(value)
    }
}
#[cfg(feature = "audio")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CreateTranslationResponse {
    VerboseJson(CreateTranslationResponseVerboseJson),
    Json(Translation),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(feature = "audio")]
impl From<CreateTranslationResponseVerboseJson> for CreateTranslationResponse {
    fn from(value: CreateTranslationResponseVerboseJson) -> Self {
        Self::VerboseJson(value)
    }
}
#[cfg(feature = "audio")]
impl From<Translation> for CreateTranslationResponse {
    fn from(value: Translation) -> Self {
        Self::Json(value)
    }
}
#[cfg(feature = "audio")]
/// Query and header parameters of `listVoiceConsents`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListVoiceConsentsParams {
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}
#[cfg(feature = "audio")]
impl sdk_runtime_types::de::Object for ListVoiceConsentsParams {
    const NAME: &'static str = "ListVoiceConsentsParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut after: Option<String> = None;
        let mut limit: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "after" => 0,
                    "limit" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { after, limit })
    }
}
#[cfg(feature = "audio")]
impl<'de> Deserialize<'de> for ListVoiceConsentsParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "audio")]
impl ListVoiceConsentsParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { after: None, limit: None }
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
}
