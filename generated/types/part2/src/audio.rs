//! Types of the `audio` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
/// The format of the output, in one of these options: `json`, `text`, `srt`, `verbose_json`, `vtt`, or `diarized_json`. For `gpt-4o-transcribe` and `gpt-4o-mini-transcribe`, the only supported format is `json`. For `gpt-4o-transcribe-diarize`, the supported formats are `json`, `text`, and `diarized_json`, with `diarized_json` required to receive speaker annotations.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
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
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(model, input, voice))]
pub struct CreateSpeechRequest {
    /// One of the available [TTS models](https://platform.openai.com/docs/models#tts): `tts-1`, `tts-1-hd`, `gpt-4o-mini-tts`, or `gpt-4o-mini-tts-2025-12-15`.
    #[api(default)]
    pub model: CreateSpeechRequestModel,
    /// The text to generate audio for. The maximum length is 4096 characters.
    #[api(default)]
    pub input: String,
    /// Control the voice of your generated audio with additional instructions. Does not work with `tts-1` or `tts-1-hd`.
    ///
    /// At most `4096` characters.
    pub instructions: Option<String>,
    /// The voice to use when generating the audio. Supported built-in voices are `alloy`, `ash`, `ballad`, `coral`, `echo`, `fable`, `onyx`, `nova`, `sage`, `shimmer`, `verse`, `marin`, and `cedar`. You may also provide a custom voice object with an `id`, for example `{ "id": "voice_1234" }`. Previews of the voices are available in the [Text to speech guide](https://platform.openai.com/docs/guides/text-to-speech#voice-options).
    pub voice: VoiceIdsOrCustomVoice,
    /// The format to audio in. Supported formats are `mp3`, `opus`, `aac`, `flac`, `wav`, and `pcm`.
    pub response_format: Option<CreateSpeechRequestResponseFormat>,
    /// The speed of the generated audio. Select a value from `0.25` to `4.0`. `1.0` is the default.
    pub speed: Option<f64>,
    /// The format to stream the audio in. Supported formats are `sse` and `audio`. `sse` is not supported for `tts-1` or `tts-1-hd`.
    pub stream_format: Option<CreateSpeechRequestStreamFormat>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// One of the available [TTS models](https://platform.openai.com/docs/models#tts): `tts-1`, `tts-1-hd`, `gpt-4o-mini-tts`, or `gpt-4o-mini-tts-2025-12-15`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum CreateSpeechRequestModel {
    /// `tts-1`
    #[api(rename = "tts-1")]
    Tts1,
    /// `tts-1-hd`
    #[api(rename = "tts-1-hd")]
    Tts1Hd,
    /// `gpt-4o-mini-tts`
    #[api(rename = "gpt-4o-mini-tts")]
    Gpt4oMiniTts,
    /// `gpt-4o-mini-tts-2025-12-15`
    #[api(rename = "gpt-4o-mini-tts-2025-12-15")]
    Gpt4oMiniTts20251215,
    /// A value this version of the SDK does not know.
    Other(String),
}
/// The format to audio in. Supported formats are `mp3`, `opus`, `aac`, `flac`, `wav`, and `pcm`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
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
/// The format to stream the audio in. Supported formats are `sse` and `audio`. `sse` is not supported for `tts-1` or `tts-1-hd`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum CreateSpeechRequestStreamFormat {
    /// `sse`
    Sse,
    /// `audio`
    #[default]
    Audio,
    /// A value this version of the SDK does not know.
    Other(String),
}
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum CreateSpeechResponseStreamEvent {
    /// `speech.audio.delta`
    #[api(tag = "speech.audio.delta")]
    SpeechAudioDelta(SpeechAudioDeltaEvent),
    /// `speech.audio.done`
    #[api(tag = "speech.audio.done")]
    SpeechAudioDone(SpeechAudioDoneEvent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// Emitted for each chunk of audio data generated during speech synthesis.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(audio))]
#[non_exhaustive]
pub struct SpeechAudioDeltaEvent {
    /// The type of the event. Always `speech.audio.delta`.
    #[api(rename = "type", constant)]
    pub type_: SpeechAudioDeltaLiteral,
    /// A chunk of Base64-encoded audio data.
    #[api(default)]
    pub audio: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `speech.audio.delta`.
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
pub enum SpeechAudioDeltaLiteral {
    /// `speech.audio.delta`
    #[default]
    #[api(rename = "speech.audio.delta")]
    SpeechAudioDelta,
}
/// Emitted when the speech synthesis is complete and all audio has been streamed.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(usage))]
#[non_exhaustive]
pub struct SpeechAudioDoneEvent {
    /// The type of the event. Always `speech.audio.done`.
    #[api(rename = "type", constant)]
    pub type_: SpeechAudioDoneLiteral,
    /// Token usage statistics for the request.
    #[api(default)]
    pub usage: SpeechAudioDoneEventUsage,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `speech.audio.done`.
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
pub enum SpeechAudioDoneLiteral {
    /// `speech.audio.done`
    #[default]
    #[api(rename = "speech.audio.done")]
    SpeechAudioDone,
}
/// Token usage statistics for the request.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(input_tokens, output_tokens, total_tokens))]
#[non_exhaustive]
pub struct SpeechAudioDoneEventUsage {
    /// Number of input tokens in the prompt.
    #[api(default)]
    pub input_tokens: i64,
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
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(file, model))]
pub struct CreateTranscriptionRequest {
    /// The audio file object (not file name) to transcribe, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm.
    /// The request must include enough format metadata for the file to be identified. We recommend an extension-bearing filename and an appropriate content type.
    pub file: sdk_runtime_types::multipart::FilePart,
    /// ID of the model to use. The options are `gpt-transcribe`, `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `whisper-1` (which is powered by our open source Whisper V2 model), and `gpt-4o-transcribe-diarize`.
    #[api(default)]
    pub model: CreateTranscriptionRequestModel,
    /// The language of the input audio. Supplying the input language in [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) (e.g. `en`) format will improve accuracy and latency.
    pub language: Option<String>,
    /// Possible languages of the input audio, in [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format. Supported by `gpt-transcribe`.
    pub languages: Option<Vec<String>>,
    /// Words or phrases to guide transcription of the input audio. Supported by `gpt-transcribe`.
    pub keywords: Option<Vec<String>>,
    /// An optional text to guide the model's style or continue a previous audio segment. The [prompt](https://platform.openai.com/docs/guides/speech-to-text#prompting) should match the audio language. This field is not supported when using `gpt-4o-transcribe-diarize`.
    pub prompt: Option<String>,
    /// The format of the output, in one of these options: `json`, `text`, `srt`, `verbose_json`, `vtt`, or `diarized_json`. For `gpt-4o-transcribe` and `gpt-4o-mini-transcribe`, the only supported format is `json`. For `gpt-4o-transcribe-diarize`, the supported formats are `json`, `text`, and `diarized_json`, with `diarized_json` required to receive speaker annotations.
    pub response_format: Option<AudioResponseFormat>,
    /// The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until certain thresholds are hit.
    pub temperature: Option<f64>,
    /// Additional information to include in the transcription response.
    /// `logprobs` will return the log probabilities of the tokens in the
    /// response to understand the model's confidence in the transcription.
    /// `logprobs` only works with response_format set to `json` and only with
    /// the models `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, and `gpt-4o-mini-transcribe-2025-12-15`. This field is not supported when using `gpt-4o-transcribe-diarize`.
    pub include: Option<Vec<TranscriptionInclude>>,
    /// The timestamp granularities to populate for this transcription. `response_format` must be set `verbose_json` to use timestamp granularities. Either or both of these options are supported: `word`, or `segment`. Note: There is no additional latency for segment timestamps, but generating word timestamps incurs additional latency.
    /// This option is not available for `gpt-4o-transcribe-diarize`.
    pub timestamp_granularities: Option<
        Vec<CreateTranscriptionRequestTimestampGranularity>,
    >,
    /// If set to true, the model response data will be streamed to the client
    /// as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
    /// See the [Streaming section of the Speech-to-Text guide](https://platform.openai.com/docs/guides/speech-to-text?lang=curl#streaming-transcriptions)
    /// for more information.
    ///
    /// Note: Streaming is not supported for the `whisper-1` model and will be ignored.
    ///
    /// Defaults to `false`.
    pub stream: Option<bool>,
    /// Controls how the audio is cut into chunks. When set to `"auto"`, the server first normalizes loudness and then uses voice activity detection (VAD) to choose boundaries. `server_vad` object can be provided to tweak VAD detection parameters manually. If unset, the audio is transcribed as a single block. Required when using `gpt-4o-transcribe-diarize` for inputs longer than 30 seconds.
    pub chunking_strategy: Option<CreateTranscriptionRequestChunkingStrategy>,
    /// Optional list of speaker names that correspond to the audio samples provided in `known_speaker_references[]`. Each entry should be a short identifier (for example `customer` or `agent`). Up to 4 speakers are supported.
    pub known_speaker_names: Option<Vec<String>>,
    /// Optional list of audio samples (as [data URLs](https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs)) that contain known speaker references matching `known_speaker_names[]`. Each sample must be between 2 and 10 seconds, and can use any of the same input audio formats supported by `file`.
    ///
    /// At most `4` items.
    pub known_speaker_references: Option<Vec<String>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
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
        for (name, value) in self.extra.iter() {
            form.field(name, value);
        }
    }
}
/// ID of the model to use. The options are `gpt-transcribe`, `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `whisper-1` (which is powered by our open source Whisper V2 model), and `gpt-4o-transcribe-diarize`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum CreateTranscriptionRequestModel {
    /// `whisper-1`
    #[api(rename = "whisper-1")]
    Whisper1,
    /// `gpt-transcribe`
    #[api(rename = "gpt-transcribe")]
    GptTranscribe,
    /// `gpt-4o-transcribe`
    #[api(rename = "gpt-4o-transcribe")]
    Gpt4oTranscribe,
    /// `gpt-4o-mini-transcribe`
    #[api(rename = "gpt-4o-mini-transcribe")]
    Gpt4oMiniTranscribe,
    /// `gpt-4o-mini-transcribe-2025-12-15`
    #[api(rename = "gpt-4o-mini-transcribe-2025-12-15")]
    Gpt4oMiniTranscribe20251215,
    /// `gpt-4o-transcribe-diarize`
    #[api(rename = "gpt-4o-transcribe-diarize")]
    Gpt4oTranscribeDiarize,
    /// A value this version of the SDK does not know.
    Other(String),
}
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
pub enum TranscriptionInclude {
    /// `logprobs`
    #[default]
    Logprobs,
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum CreateTranscriptionRequestTimestampGranularity {
    /// `word`
    Word,
    /// `segment`
    Segment,
    /// A value this version of the SDK does not know.
    Other(String),
}
/// Controls how the audio is cut into chunks. When set to `"auto"`, the server first normalizes loudness and then uses voice activity detection (VAD) to choose boundaries. `server_vad` object can be provided to tweak VAD detection parameters manually. If unset, the audio is transcribed as a single block. Required when using `gpt-4o-transcribe-diarize` for inputs longer than 30 seconds.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum CreateTranscriptionRequestChunkingStrategy {
    VadConfig(VadConfig),
    AutoLiteral(AutoLiteral),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
/// Represents a diarized transcription response returned by the model, including the combined transcript and speaker-segment annotations.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(duration, text, segments))]
#[api(strict)]
#[non_exhaustive]
pub struct CreateTranscriptionResponseDiarizedJson {
    /// The type of task that was run. Always `transcribe`.
    #[api(constant)]
    pub task: TranscribeLiteral,
    /// Duration of the input audio in seconds.
    pub duration: f64,
    /// The concatenated transcript text for the entire audio input.
    pub text: String,
    /// Segments of the transcript annotated with timestamps and speaker labels.
    pub segments: Vec<TranscriptionDiarizedSegment>,
    /// Token or duration usage statistics for the request.
    pub usage: Option<CreateTranscriptionResponseDiarizedJsonUsage>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `transcribe`.
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
pub enum TranscribeLiteral {
    /// `transcribe`
    #[default]
    Transcribe,
}
/// A segment of diarized transcript text with speaker metadata.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, start, end, text, speaker))]
#[non_exhaustive]
pub struct TranscriptionDiarizedSegment {
    /// The type of the segment. Always `transcript.text.segment`.
    #[api(rename = "type", constant)]
    pub type_: TranscriptTextSegmentLiteral,
    /// Unique identifier for the segment.
    #[api(default)]
    pub id: String,
    /// Start timestamp of the segment in seconds.
    #[api(default)]
    pub start: f64,
    /// End timestamp of the segment in seconds.
    #[api(default)]
    pub end: f64,
    /// Transcript text for this segment.
    #[api(default)]
    pub text: String,
    /// Speaker label for this segment. When known speakers are provided, the label matches `known_speaker_names[]`. Otherwise speakers are labeled sequentially using capital letters (`A`, `B`, ...).
    #[api(default)]
    pub speaker: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `transcript.text.segment`.
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
pub enum TranscriptTextSegmentLiteral {
    /// `transcript.text.segment`
    #[default]
    #[api(rename = "transcript.text.segment")]
    TranscriptTextSegment,
}
/// Token or duration usage statistics for the request.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum CreateTranscriptionResponseDiarizedJsonUsage {
    /// `tokens`
    #[api(tag = "tokens")]
    Tokens(TranscriptTextUsageTokens),
    /// `duration`
    #[api(tag = "duration")]
    Duration(TranscriptTextUsageDuration),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// Represents a transcription response returned by model, based on the provided input.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(text))]
#[api(strict)]
#[non_exhaustive]
pub struct Transcription {
    /// The transcribed text.
    pub text: String,
    /// The languages detected in the audio. Returned by `gpt-transcribe`. An empty array indicates that no language could be reliably detected.
    pub languages: Option<Vec<TranscriptionLanguage>>,
    /// The log probabilities of the tokens in the transcription. Only returned with the models `gpt-4o-transcribe` and `gpt-4o-mini-transcribe` if `logprobs` is added to the `include` array.
    pub logprobs: Option<Vec<CreateTranscriptionResponseJsonLogprob>>,
    /// Token usage statistics for the request.
    pub usage: Option<CreateTranscriptionResponseJsonUsage>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The specification's name for [`Transcription`].
pub type CreateTranscriptionResponseJson = Transcription;
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct CreateTranscriptionResponseJsonLogprob {
    /// The token in the transcription.
    pub token: Option<String>,
    /// The log probability of the token.
    pub logprob: Option<f64>,
    /// The bytes of the token.
    pub bytes: Option<Vec<f64>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Token usage statistics for the request.
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum CreateTranscriptionResponseJsonUsage {
    /// `tokens`
    #[api(tag = "tokens")]
    Tokens(TranscriptTextUsageTokens),
    /// `duration`
    #[api(tag = "duration")]
    Duration(TranscriptTextUsageDuration),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum CreateTranscriptionResponseStreamEvent {
    /// `transcript.text.segment`
    #[api(tag = "transcript.text.segment")]
    TranscriptTextSegment(TranscriptTextSegmentEvent),
    /// `transcript.text.delta`
    #[api(tag = "transcript.text.delta")]
    TranscriptTextDelta(TranscriptTextDeltaEvent),
    /// `transcript.text.done`
    #[api(tag = "transcript.text.done")]
    TranscriptTextDone(TranscriptTextDoneEvent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// Emitted when a diarized transcription returns a completed segment with speaker information. Only emitted when you [create a transcription](https://platform.openai.com/docs/api-reference/audio/create-transcription) with `stream` set to `true` and `response_format` set to `diarized_json`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, start, end, text, speaker))]
#[non_exhaustive]
pub struct TranscriptTextSegmentEvent {
    /// The type of the event. Always `transcript.text.segment`.
    #[api(rename = "type", constant)]
    pub type_: TranscriptTextSegmentLiteral,
    /// Unique identifier for the segment.
    #[api(default)]
    pub id: String,
    /// Start timestamp of the segment in seconds.
    #[api(default)]
    pub start: f64,
    /// End timestamp of the segment in seconds.
    #[api(default)]
    pub end: f64,
    /// Transcript text for this segment.
    #[api(default)]
    pub text: String,
    /// Speaker label for this segment.
    #[api(default)]
    pub speaker: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Emitted when there is an additional text delta. This is also the first event emitted when the transcription starts. Only emitted when you [create a transcription](https://platform.openai.com/docs/api-reference/audio/create-transcription) with the `Stream` parameter set to `true`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(delta))]
#[non_exhaustive]
pub struct TranscriptTextDeltaEvent {
    /// The type of the event. Always `transcript.text.delta`.
    #[api(rename = "type", constant)]
    pub type_: TranscriptTextDeltaLiteral,
    /// The text delta that was additionally transcribed.
    #[api(default)]
    pub delta: String,
    /// The log probabilities of the delta. Only included if you [create a transcription](https://platform.openai.com/docs/api-reference/audio/create-transcription) with the `include[]` parameter set to `logprobs`.
    pub logprobs: Option<Vec<TranscriptTextDoneEventLogprob>>,
    /// Identifier of the diarized segment that this delta belongs to. Only present when using `gpt-4o-transcribe-diarize`.
    pub segment_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `transcript.text.delta`.
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
pub enum TranscriptTextDeltaLiteral {
    /// `transcript.text.delta`
    #[default]
    #[api(rename = "transcript.text.delta")]
    TranscriptTextDelta,
}
/// Emitted when the transcription is complete. Contains the complete transcription text. Only emitted when you [create a transcription](https://platform.openai.com/docs/api-reference/audio/create-transcription) with the `Stream` parameter set to `true`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(text))]
#[non_exhaustive]
pub struct TranscriptTextDoneEvent {
    /// The type of the event. Always `transcript.text.done`.
    #[api(rename = "type", constant)]
    pub type_: TranscriptTextDoneLiteral,
    /// The text that was transcribed.
    #[api(default)]
    pub text: String,
    /// The languages detected in the audio. Returned by `gpt-transcribe`. An empty array indicates that no language could be reliably detected.
    pub languages: Option<Vec<TranscriptionLanguage>>,
    /// The log probabilities of the individual tokens in the transcription. Only included if you [create a transcription](https://platform.openai.com/docs/api-reference/audio/create-transcription) with the `include[]` parameter set to `logprobs`.
    pub logprobs: Option<Vec<TranscriptTextDoneEventLogprob>>,
    /// Usage statistics for models billed by token usage.
    pub usage: Option<TranscriptTextUsageTokens>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `transcript.text.done`.
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
pub enum TranscriptTextDoneLiteral {
    /// `transcript.text.done`
    #[default]
    #[api(rename = "transcript.text.done")]
    TranscriptTextDone,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct TranscriptTextDoneEventLogprob {
    /// The token that was used to generate the log probability.
    pub token: Option<String>,
    /// The log probability of the token.
    pub logprob: Option<f64>,
    /// The bytes that were used to generate the log probability.
    pub bytes: Option<Vec<i64>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Represents a verbose json transcription response returned by model, based on the provided input.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(language, duration, text))]
#[api(strict)]
#[non_exhaustive]
pub struct CreateTranscriptionResponseVerboseJson {
    /// The language of the input audio.
    pub language: String,
    /// The duration of the input audio.
    pub duration: f64,
    /// The transcribed text.
    pub text: String,
    /// Extracted words and their corresponding timestamps.
    pub words: Option<Vec<TranscriptionWord>>,
    /// Segments of the transcribed text and their corresponding details.
    pub segments: Option<Vec<TranscriptionSegment>>,
    /// Usage statistics for models billed by audio input duration.
    pub usage: Option<TranscriptTextUsageDuration>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(word, start, end))]
#[non_exhaustive]
pub struct TranscriptionWord {
    /// The text content of the word.
    #[api(default)]
    pub word: String,
    /// Start time of the word in seconds.
    #[api(default)]
    pub start: f64,
    /// End time of the word in seconds.
    #[api(default)]
    pub end: f64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[non_exhaustive]
pub struct TranscriptionSegment {
    /// Unique identifier of the segment.
    #[api(default)]
    pub id: i64,
    /// Seek offset of the segment.
    #[api(default)]
    pub seek: i64,
    /// Start time of the segment in seconds.
    #[api(default)]
    pub start: f64,
    /// End time of the segment in seconds.
    #[api(default)]
    pub end: f64,
    /// Text content of the segment.
    #[api(default)]
    pub text: String,
    /// Array of token IDs for the text content.
    #[api(default)]
    pub tokens: Vec<i64>,
    /// Temperature parameter used for generating the segment.
    #[api(default)]
    pub temperature: f32,
    /// Average logprob of the segment. If the value is lower than -1, consider the logprobs failed.
    #[api(default)]
    pub avg_logprob: f32,
    /// Compression ratio of the segment. If the value is greater than 2.4, consider the compression failed.
    #[api(default)]
    pub compression_ratio: f32,
    /// Probability of no speech in the segment. If the value is higher than 1.0 and the `avg_logprob` is below -1, consider this segment silent.
    #[api(default)]
    pub no_speech_prob: f32,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(file, model))]
pub struct CreateTranslationRequest {
    /// The audio file object (not file name) translate, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm. The request must include enough format metadata for the file to be identified. We recommend an extension-bearing filename and an appropriate content type.
    pub file: sdk_runtime_types::multipart::FilePart,
    /// ID of the model to use. Only `whisper-1` (which is powered by our open source Whisper V2 model) is currently available.
    #[api(default)]
    pub model: CreateTranslationRequestModel,
    /// An optional text to guide the model's style or continue a previous audio segment. The [prompt](https://platform.openai.com/docs/guides/speech-to-text#prompting) should be in English.
    pub prompt: Option<String>,
    /// The format of the output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`.
    pub response_format: Option<CreateTranslationRequestResponseFormat>,
    /// The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until certain thresholds are hit.
    pub temperature: Option<f64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
impl sdk_runtime_types::multipart::ToForm for CreateTranslationRequest {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.file("file", &self.file);
        form.field("model", &self.model);
        form.field("prompt", &self.prompt);
        form.field("response_format", &self.response_format);
        form.field("temperature", &self.temperature);
        for (name, value) in self.extra.iter() {
            form.field(name, value);
        }
    }
}
/// ID of the model to use. Only `whisper-1` (which is powered by our open source Whisper V2 model) is currently available.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum CreateTranslationRequestModel {
    /// `whisper-1`
    #[api(rename = "whisper-1")]
    Whisper1,
    /// A value this version of the SDK does not know.
    Other(String),
}
/// The format of the output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
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
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(text))]
#[api(strict)]
#[non_exhaustive]
pub struct Translation {
    pub text: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The specification's name for [`Translation`].
pub type CreateTranslationResponseJson = Translation;
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(language, duration, text))]
#[api(strict)]
#[non_exhaustive]
pub struct CreateTranslationResponseVerboseJson {
    /// The language of the output translation (always `english`).
    pub language: String,
    /// The duration of the input audio.
    pub duration: f64,
    /// The translated text.
    pub text: String,
    /// Segments of the translated text and their corresponding details.
    pub segments: Option<Vec<TranscriptionSegment>>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(name, recording, language))]
pub struct CreateVoiceConsentRequest {
    /// The label to use for this consent recording.
    #[api(default)]
    pub name: String,
    /// The consent audio recording file. Maximum size is 10 MiB.
    ///
    /// Supported MIME types:
    /// `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.
    pub recording: sdk_runtime_types::multipart::FilePart,
    /// The BCP 47 language tag for the consent phrase (for example, `en-US`).
    #[api(default)]
    pub language: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
impl sdk_runtime_types::multipart::ToForm for CreateVoiceConsentRequest {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.field("name", &self.name);
        form.file("recording", &self.recording);
        form.field("language", &self.language);
        for (name, value) in self.extra.iter() {
            form.field(name, value);
        }
    }
}
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(name, audio_sample, consent))]
pub struct CreateVoiceRequest {
    /// The name of the new voice.
    #[api(default)]
    pub name: String,
    /// The sample audio recording file. Maximum size is 10 MiB.
    ///
    /// Supported MIME types:
    /// `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.
    pub audio_sample: sdk_runtime_types::multipart::FilePart,
    /// The consent recording ID (for example, `cons_1234`).
    #[api(default)]
    pub consent: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
impl sdk_runtime_types::multipart::ToForm for CreateVoiceRequest {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.field("name", &self.name);
        form.file("audio_sample", &self.audio_sample);
        form.field("consent", &self.consent);
        for (name, value) in self.extra.iter() {
            form.field(name, value);
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(name))]
pub struct UpdateVoiceConsentRequest {
    /// The updated label for this consent recording.
    #[api(default)]
    pub name: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, deleted))]
#[non_exhaustive]
pub struct VoiceConsentDeletedResource {
    /// The consent recording identifier.
    #[api(default)]
    pub id: String,
    #[api(constant)]
    pub object: AudioVoiceConsentLiteral,
    #[api(default)]
    pub deleted: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `audio.voice_consent`.
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
pub enum AudioVoiceConsentLiteral {
    /// `audio.voice_consent`
    #[default]
    #[api(rename = "audio.voice_consent")]
    AudioVoiceConsent,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct VoiceConsentListResource {
    #[api(constant)]
    pub object: ListLiteral,
    #[api(default)]
    pub data: Vec<VoiceConsentResource>,
    pub first_id: Option<String>,
    pub last_id: Option<String>,
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
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
/// A consent recording used to authorize creation of a custom voice.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, name, language, created_at))]
#[non_exhaustive]
pub struct VoiceConsentResource {
    /// The object type, which is always `audio.voice_consent`.
    #[api(constant)]
    pub object: AudioVoiceConsentLiteral,
    /// The consent recording identifier.
    #[api(default)]
    pub id: String,
    /// The label provided when the consent recording was uploaded.
    #[api(default)]
    pub name: String,
    /// The BCP 47 language tag for the consent phrase (for example, `en-US`).
    #[api(default)]
    pub language: String,
    /// The Unix timestamp (in seconds) for when the consent recording was created.
    #[api(default)]
    pub created_at: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// A custom voice that can be used for audio output.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, name, created_at))]
#[non_exhaustive]
pub struct VoiceResource {
    /// The object type, which is always `audio.voice`.
    #[api(constant)]
    pub object: AudioVoiceLiteral,
    /// The voice identifier, which can be referenced in API endpoints.
    #[api(default)]
    pub id: String,
    /// The name of the voice.
    #[api(default)]
    pub name: String,
    /// The Unix timestamp (in seconds) for when the voice was created.
    #[api(default)]
    pub created_at: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `audio.voice`.
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
pub enum AudioVoiceLiteral {
    /// `audio.voice`
    #[default]
    #[api(rename = "audio.voice")]
    AudioVoice,
}
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum CreateTranscriptionResponse {
    DiarizedJson(CreateTranscriptionResponseDiarizedJson),
    VerboseJson(CreateTranscriptionResponseVerboseJson),
    Json(Transcription),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum CreateTranslationResponse {
    VerboseJson(CreateTranslationResponseVerboseJson),
    Json(Translation),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
/// Query and header parameters of `listVoiceConsents`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListVoiceConsentsParams {
    /// A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
    pub after: Option<String>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
    pub limit: Option<i64>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
