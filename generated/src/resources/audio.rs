//! The `audio` resource and the resources below it.
use crate::types;
/// Operations on `audio`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let audio = client.audio();
/// # let _ = audio;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Audio {
    pub(crate) client: sdk_runtime::Client,
}
impl Audio {
    /// The `audio.speech` resource.
    #[inline]
    pub fn speech(&self) -> AudioSpeech {
        AudioSpeech {
            client: self.client.clone(),
        }
    }
    /// The `audio.transcriptions` resource.
    #[inline]
    pub fn transcriptions(&self) -> AudioTranscriptions {
        AudioTranscriptions {
            client: self.client.clone(),
        }
    }
    /// The `audio.translations` resource.
    #[inline]
    pub fn translations(&self) -> AudioTranslations {
        AudioTranslations {
            client: self.client.clone(),
        }
    }
    /// The `audio.voice_consents` resource.
    #[inline]
    pub fn voice_consents(&self) -> AudioVoiceConsents {
        AudioVoiceConsents {
            client: self.client.clone(),
        }
    }
    /// The `audio.voices` resource.
    #[inline]
    pub fn voices(&self) -> AudioVoices {
        AudioVoices {
            client: self.client.clone(),
        }
    }
}
/// Operations on `audio.speech`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let speech = client.audio().speech();
/// # let _ = speech;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct AudioSpeech {
    pub(crate) client: sdk_runtime::Client,
}
impl AudioSpeech {
    /// Generates audio from the input text.
    ///
    /// Returns the audio file content, or a stream of audio events.
    ///
    /// `POST /audio/speech`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateSpeechRequest = serde_json::from_str(r#"{"model":"string","input":"string","voice":"string"}"#)?;
    /// let response = client.audio().speech().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateSpeechRequest,
    ) -> sdk_runtime::Call<sdk_runtime::Bytes> {
        let spec = sdk_runtime::request::path("/audio/speech", &[])
            .and_then(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::POST,
                    path,
                );
                spec.body = sdk_runtime::Body::json(body)?;
                Ok(spec)
            });
        sdk_runtime::Call::bytes_call(&self.client, spec)
    }
    /// Generates audio from the input text.
    ///
    /// Returns the audio file content, or a stream of audio events.
    ///
    /// `POST /audio/speech`
    ///
    /// Streams the answer as server-sent events.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateSpeechRequest = serde_json::from_str(r#"{"model":"string","input":"string","voice":"string"}"#)?;
    /// let response = client.audio().speech().create_stream(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create_stream(
        &self,
        body: &types::CreateSpeechRequest,
    ) -> sdk_runtime::Call<
        sdk_runtime::sse::EventStream<types::CreateSpeechResponseStreamEvent>,
    > {
        let spec = sdk_runtime::request::path("/audio/speech", &[])
            .and_then(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::POST,
                    path,
                );
                spec = spec.accept("text/event-stream");
                spec.body = sdk_runtime::Body::json(body)?;
                Ok(spec)
            });
        sdk_runtime::Call::streaming(
            &self.client,
            spec,
            sdk_runtime::sse::EventStream::from_response,
        )
    }
}
/// Operations on `audio.transcriptions`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let transcriptions = client.audio().transcriptions();
/// # let _ = transcriptions;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct AudioTranscriptions {
    pub(crate) client: sdk_runtime::Client,
}
impl AudioTranscriptions {
    /// Transcribes audio into the input language.
    ///
    /// Returns a transcription object in `json`, `diarized_json`, or `verbose_json`
    /// format, or a stream of transcript events.
    ///
    /// `POST /audio/transcriptions`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateTranscriptionRequest = serde_json::from_str(r#"{"file":"file.bin","model":"string"}"#)?;
    /// let response = client.audio().transcriptions().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateTranscriptionRequest,
    ) -> sdk_runtime::Call<types::CreateTranscriptionResponse> {
        let spec = sdk_runtime::request::path("/audio/transcriptions", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::POST,
                    path,
                );
                spec.body = sdk_runtime::Body::multipart(body);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Transcribes audio into the input language.
    ///
    /// Returns a transcription object in `json`, `diarized_json`, or `verbose_json`
    /// format, or a stream of transcript events.
    ///
    /// `POST /audio/transcriptions`
    ///
    /// Streams the answer as server-sent events.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateTranscriptionRequest = serde_json::from_str(r#"{"file":"file.bin","model":"string"}"#)?;
    /// let response = client.audio().transcriptions().create_stream(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create_stream(
        &self,
        body: &types::CreateTranscriptionRequest,
    ) -> sdk_runtime::Call<
        sdk_runtime::sse::EventStream<types::CreateTranscriptionResponseStreamEvent>,
    > {
        let spec = sdk_runtime::request::path("/audio/transcriptions", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::POST,
                    path,
                );
                spec = spec.accept("text/event-stream");
                spec.body = sdk_runtime::Body::multipart(body);
                spec
            });
        sdk_runtime::Call::streaming(
                &self.client,
                spec,
                sdk_runtime::sse::EventStream::from_response,
            )
            .body_field("stream", true)
    }
}
/// Operations on `audio.translations`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let translations = client.audio().translations();
/// # let _ = translations;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct AudioTranslations {
    pub(crate) client: sdk_runtime::Client,
}
impl AudioTranslations {
    /// Translates audio into English.
    ///
    /// `POST /audio/translations`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateTranslationRequest = serde_json::from_str(r#"{"file":"file.bin","model":"string"}"#)?;
    /// let response = client.audio().translations().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateTranslationRequest,
    ) -> sdk_runtime::Call<types::CreateTranslationResponse> {
        let spec = sdk_runtime::request::path("/audio/translations", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::POST,
                    path,
                );
                spec.body = sdk_runtime::Body::multipart(body);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `audio.voice_consents`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let voice_consents = client.audio().voice_consents();
/// # let _ = voice_consents;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct AudioVoiceConsents {
    pub(crate) client: sdk_runtime::Client,
}
impl AudioVoiceConsents {
    /// Returns a list of voice consent recordings.
    ///
    /// List consent recordings available to your organization for creating custom voices.
    ///
    /// See the [custom voices guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.
    ///
    /// `GET /audio/voice_consents`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListVoiceConsentsParams::default();
    /// let response = client.audio().voice_consents().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::ListVoiceConsentsParams,
    ) -> sdk_runtime::Call<types::VoiceConsentListResource> {
        let spec = sdk_runtime::request::path("/audio/voice_consents", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query("after", &params.after);
                spec.query("limit", &params.limit);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Upload a voice consent recording.
    ///
    /// Upload a consent recording that authorizes creation of a custom voice.
    ///
    /// See the [custom voices guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices) for requirements and best practices. Custom voices are limited to eligible customers.
    ///
    /// `POST /audio/voice_consents`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateVoiceConsentRequest = serde_json::from_str(r#"{"name":"string","recording":"recording.bin","language":"string"}"#)?;
    /// let response = client.audio().voice_consents().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateVoiceConsentRequest,
    ) -> sdk_runtime::Call<types::VoiceConsentResource> {
        let spec = sdk_runtime::request::path("/audio/voice_consents", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::POST,
                    path,
                );
                spec.body = sdk_runtime::Body::multipart(body);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Retrieves a voice consent recording.
    ///
    /// Retrieve consent recording metadata used for creating custom voices.
    ///
    /// See the [custom voices guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.
    ///
    /// `GET /audio/voice_consents/{consent_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.audio().voice_consents().retrieve("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        consent_id: &str,
    ) -> sdk_runtime::Call<types::VoiceConsentResource> {
        let spec = sdk_runtime::request::path(
                "/audio/voice_consents/{consent_id}",
                &[("consent_id", consent_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Updates a voice consent recording (metadata only).
    ///
    /// Update consent recording metadata used for creating custom voices. This endpoint updates metadata only and does not replace the underlying audio.
    ///
    /// See the [custom voices guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.
    ///
    /// `POST /audio/voice_consents/{consent_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::UpdateVoiceConsentRequest = serde_json::from_str(r#"{"name":"string"}"#)?;
    /// let response = client.audio().voice_consents().update("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update(
        &self,
        consent_id: &str,
        body: &types::UpdateVoiceConsentRequest,
    ) -> sdk_runtime::Call<types::VoiceConsentResource> {
        let spec = sdk_runtime::request::path(
                "/audio/voice_consents/{consent_id}",
                &[("consent_id", consent_id)],
            )
            .and_then(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::POST,
                    path,
                );
                spec.body = sdk_runtime::Body::json(body)?;
                Ok(spec)
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Deletes a voice consent recording.
    ///
    /// Delete a consent recording that was uploaded for creating custom voices.
    ///
    /// See the [custom voices guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices). Custom voices are limited to eligible customers.
    ///
    /// `DELETE /audio/voice_consents/{consent_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.audio().voice_consents().delete("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        consent_id: &str,
    ) -> sdk_runtime::Call<types::VoiceConsentDeletedResource> {
        let spec = sdk_runtime::request::path(
                "/audio/voice_consents/{consent_id}",
                &[("consent_id", consent_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(
                sdk_runtime::Method::DELETE,
                path,
            ));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `audio.voices`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let voices = client.audio().voices();
/// # let _ = voices;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct AudioVoices {
    pub(crate) client: sdk_runtime::Client,
}
impl AudioVoices {
    /// Creates a custom voice.
    ///
    /// Create a custom voice you can use for audio output (for example, in Text-to-Speech and the Realtime API). This requires an audio sample and a previously uploaded consent recording.
    ///
    /// See the [custom voices guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices) for requirements and best practices. Custom voices are limited to eligible customers.
    ///
    /// `POST /audio/voices`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateVoiceRequest = serde_json::from_str(r#"{"name":"string","audio_sample":"audio_sample.bin","consent":"string"}"#)?;
    /// let response = client.audio().voices().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateVoiceRequest,
    ) -> sdk_runtime::Call<types::VoiceResource> {
        let spec = sdk_runtime::request::path("/audio/voices", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::POST,
                    path,
                );
                spec.body = sdk_runtime::Body::multipart(body);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
