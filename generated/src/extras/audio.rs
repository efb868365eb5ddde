//! Transcriptions and translations as text: with `response_format` `text`,
//! `srt` or `vtt` the API answers with plain text, not JSON.
//!
//! ```no_run
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

#[cfg(feature = "audio")]
impl crate::resources::audio::AudioTranscriptions {
    /// Creates a transcription and returns it as text: for
    /// `response_format` `text`, `srt` or `vtt` (with `json`, the JSON
    /// text).
    pub fn create_text(
        &self,
        body: &crate::types::CreateTranscriptionRequest,
    ) -> sdk_runtime::Call<String> {
        self.create(body).into_text()
    }
}

#[cfg(feature = "audio")]
impl crate::resources::audio::AudioTranslations {
    /// Creates a translation and returns it as text: for `response_format`
    /// `text`, `srt` or `vtt` (with `json`, the JSON text).
    pub fn create_text(
        &self,
        body: &crate::types::CreateTranslationRequest,
    ) -> sdk_runtime::Call<String> {
        self.create(body).into_text()
    }
}
