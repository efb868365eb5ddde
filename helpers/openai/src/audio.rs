//! Transcriptions and translations as text: with `response_format` `text`,
//! `srt` or `vtt` the API answers with plain text, not JSON. The methods
//! are `#[inline]`, so that the decoders of the transcription types are
//! compiled only in a program that calls them.
//!
//! ```no_run
//! # openai_helpers::__doc_paths!();
//! use openai_client::prelude::*;
//! # async fn f(client: openai_client::Client) -> Result<(), openai_client::Error> {
//! # #[cfg(feature = "audio")] {
//! use openai_client::{runtime::multipart::FilePart, types};
//! let audio = FilePart::from_bytes("talk.mp3", std::fs::read("talk.mp3").unwrap_or_default());
//! let request = types::CreateTranscriptionRequest::new(audio, "whisper-1")
//!     .response_format(types::AudioResponseFormat::Srt);
//! let subtitles: String = client.audio().transcriptions().create_text(&request).await?.into_inner();
//! # }
//! # Ok(()) }
//! ```

/// What the helpers add to `client.audio().transcriptions()`.
#[cfg(feature = "audio")]
pub trait AudioTranscriptionsExt {
    /// Creates a transcription and returns it as text: for
    /// `response_format` `text`, `srt` or `vtt` (with `json`, the JSON
    /// text).
    fn create_text(
        &self,
        body: &openai_client_core::types::CreateTranscriptionRequest,
    ) -> sdk_runtime::Call<String>;
}

#[cfg(feature = "audio")]
impl AudioTranscriptionsExt for openai_client_core::resources::audio::AudioTranscriptions {
    #[inline]
    fn create_text(
        &self,
        body: &openai_client_core::types::CreateTranscriptionRequest,
    ) -> sdk_runtime::Call<String> {
        self.create(body).into_text()
    }
}

/// What the helpers add to `client.audio().translations()`.
#[cfg(feature = "audio")]
pub trait AudioTranslationsExt {
    /// Creates a translation and returns it as text: for `response_format`
    /// `text`, `srt` or `vtt` (with `json`, the JSON text).
    fn create_text(
        &self,
        body: &openai_client_core::types::CreateTranslationRequest,
    ) -> sdk_runtime::Call<String>;
}

#[cfg(feature = "audio")]
impl AudioTranslationsExt for openai_client_core::resources::audio::AudioTranslations {
    #[inline]
    fn create_text(
        &self,
        body: &openai_client_core::types::CreateTranslationRequest,
    ) -> sdk_runtime::Call<String> {
        self.create(body).into_text()
    }
}
