//! The `realtime` resource and the resources below it.
use crate::types;
/// Operations on `realtime`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let realtime = client.realtime();
/// # let _ = realtime;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Realtime {
    pub(crate) client: sdk_runtime::Client,
}
impl Realtime {
    /// The `realtime.calls` resource.
    #[inline]
    pub fn calls(&self) -> RealtimeCalls {
        RealtimeCalls {
            client: self.client.clone(),
        }
    }
    /// The `realtime.client_secrets` resource.
    #[inline]
    pub fn client_secrets(&self) -> RealtimeClientSecrets {
        RealtimeClientSecrets {
            client: self.client.clone(),
        }
    }
    /// The `realtime.sessions` resource.
    #[inline]
    pub fn sessions(&self) -> RealtimeSessions {
        RealtimeSessions {
            client: self.client.clone(),
        }
    }
    /// The `realtime.transcription_sessions` resource.
    #[inline]
    pub fn transcription_sessions(&self) -> RealtimeTranscriptionSessions {
        RealtimeTranscriptionSessions {
            client: self.client.clone(),
        }
    }
    /// The `realtime.translations` resource.
    #[inline]
    pub fn translations(&self) -> RealtimeTranslations {
        RealtimeTranslations {
            client: self.client.clone(),
        }
    }
    /// Opens a Realtime session: a voice or text conversation over a WebSocket (feature `websocket`).
    ///
    /// Send [`types::RealtimeClientEvent`] events with `send`; read [`types::RealtimeServerEvent`] events from the connection, a `Stream` (event types this version does not know arrive as the `Unknown` variant). The handshake is authenticated like any request; set reconnection, timeouts and bounds with `.options(..)` and `.on_reconnect(..)` before awaiting.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let mut connection = client.realtime().connect("model").await?;
    /// while let Some(event) = connection.recv().await {
    ///     println!("{:?}", event?);
    /// }
    /// # Ok(()) }
    /// ```
    #[cfg(feature = "websocket")]
    pub fn connect(
        &self,
        model: impl Into<String>,
    ) -> sdk_runtime::websocket::Connect<
        types::RealtimeClientEvent,
        types::RealtimeServerEvent,
    > {
        self.client.websocket("/realtime").query("model", model)
    }
}
/// Operations on `realtime.calls`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let calls = client.realtime().calls();
/// # let _ = calls;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct RealtimeCalls {
    pub(crate) client: sdk_runtime::Client,
}
impl RealtimeCalls {
    /// Create a new Realtime API call over WebRTC and receive the SDP answer needed
    /// to complete the peer connection.
    ///
    /// `POST /realtime/calls`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::RealtimeCallCreateRequest = serde_json::from_str(r#"{"sdp":"string"}"#)?;
    /// let response = client.realtime().calls().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::RealtimeCallCreateRequest,
    ) -> sdk_runtime::Call<sdk_runtime::Bytes> {
        let spec = sdk_runtime::request::path("/realtime/calls", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::POST,
                    path,
                );
                spec.body = sdk_runtime::Body::multipart(body);
                spec
            });
        sdk_runtime::Call::bytes_call(&self.client, spec)
    }
    /// Accept an incoming SIP call and configure the realtime session that will
    /// handle it.
    ///
    /// `POST /realtime/calls/{call_id}/accept`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::RealtimeSessionCreateRequestGa = serde_json::from_str(r#"{"type":"realtime"}"#)?;
    /// let response = client.realtime().calls().accept("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn accept(
        &self,
        call_id: &str,
        body: &types::RealtimeSessionCreateRequestGa,
    ) -> sdk_runtime::Call<()> {
        let spec = sdk_runtime::request::path(
                "/realtime/calls/{call_id}/accept",
                &[("call_id", call_id)],
            )
            .and_then(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::POST,
                    path,
                );
                spec.body = sdk_runtime::Body::json(body)?;
                Ok(spec)
            });
        sdk_runtime::Call::unit_call(&self.client, spec)
    }
    /// End an active Realtime API call, whether it was initiated over SIP or
    /// WebRTC.
    ///
    /// `POST /realtime/calls/{call_id}/hangup`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.realtime().calls().hangup("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn hangup(&self, call_id: &str) -> sdk_runtime::Call<()> {
        let spec = sdk_runtime::request::path(
                "/realtime/calls/{call_id}/hangup",
                &[("call_id", call_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::POST, path));
        sdk_runtime::Call::unit_call(&self.client, spec)
    }
    /// Transfer an active SIP call to a new destination using the SIP REFER verb.
    ///
    /// `POST /realtime/calls/{call_id}/refer`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::RealtimeCallReferRequest = serde_json::from_str(r#"{"target_uri":"tel:+14155550123"}"#)?;
    /// let response = client.realtime().calls().refer("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn refer(
        &self,
        call_id: &str,
        body: &types::RealtimeCallReferRequest,
    ) -> sdk_runtime::Call<()> {
        let spec = sdk_runtime::request::path(
                "/realtime/calls/{call_id}/refer",
                &[("call_id", call_id)],
            )
            .and_then(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::POST,
                    path,
                );
                spec.body = sdk_runtime::Body::json(body)?;
                Ok(spec)
            });
        sdk_runtime::Call::unit_call(&self.client, spec)
    }
    /// Decline an incoming SIP call by returning a SIP status code to the caller.
    ///
    /// `POST /realtime/calls/{call_id}/reject`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::RealtimeCallRejectRequest = serde_json::from_str(r#"{}"#)?;
    /// let response = client.realtime().calls().reject("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn reject(
        &self,
        call_id: &str,
        body: &types::RealtimeCallRejectRequest,
    ) -> sdk_runtime::Call<()> {
        let spec = sdk_runtime::request::path(
                "/realtime/calls/{call_id}/reject",
                &[("call_id", call_id)],
            )
            .and_then(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::POST,
                    path,
                );
                spec.body = sdk_runtime::Body::json(body)?;
                Ok(spec)
            });
        sdk_runtime::Call::unit_call(&self.client, spec)
    }
}
/// Operations on `realtime.client_secrets`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let client_secrets = client.realtime().client_secrets();
/// # let _ = client_secrets;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct RealtimeClientSecrets {
    pub(crate) client: sdk_runtime::Client,
}
impl RealtimeClientSecrets {
    /// Create a Realtime client secret with an associated session configuration.
    ///
    /// Client secrets are short-lived tokens that can be passed to a client app,
    /// such as a web frontend or mobile client, which grants access to the Realtime API without
    /// leaking your main API key. You can configure a custom TTL for each client secret.
    ///
    /// You can also attach session configuration options to the client secret, which will be
    /// applied to any sessions created using that client secret, but these can also be overridden
    /// by the client connection.
    ///
    /// [Learn more about authentication with client secrets over WebRTC](https://platform.openai.com/docs/guides/realtime-webrtc).
    ///
    /// Returns the created client secret and the effective session object. The client secret is a string that looks like `ek_1234`.
    ///
    /// `POST /realtime/client_secrets`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::RealtimeCreateClientSecretRequest = serde_json::from_str(r#"{}"#)?;
    /// let response = client.realtime().client_secrets().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::RealtimeCreateClientSecretRequest,
    ) -> sdk_runtime::Call<types::RealtimeCreateClientSecretResponse> {
        let spec = sdk_runtime::request::path("/realtime/client_secrets", &[])
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
}
/// Operations on `realtime.sessions`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let sessions = client.realtime().sessions();
/// # let _ = sessions;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct RealtimeSessions {
    pub(crate) client: sdk_runtime::Client,
}
impl RealtimeSessions {
    /// Create an ephemeral API token for use in client-side applications with the
    /// Realtime API. Can be configured with the same session parameters as the
    /// `session.update` client event.
    ///
    /// It responds with a session object, plus a `client_secret` key which contains
    /// a usable ephemeral API token that can be used to authenticate browser clients
    /// for the Realtime API.
    ///
    /// Returns the created Realtime session object, plus an ephemeral key.
    ///
    /// `POST /realtime/sessions`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::RealtimeSessionCreateRequest = serde_json::from_str(r#"{"client_secret":{"value":"string","expires_at":1}}"#)?;
    /// let response = client.realtime().sessions().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::RealtimeSessionCreateRequest,
    ) -> sdk_runtime::Call<types::RealtimeSessionCreateResponse> {
        let spec = sdk_runtime::request::path("/realtime/sessions", &[])
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
}
/// Operations on `realtime.transcription_sessions`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let transcription_sessions = client.realtime().transcription_sessions();
/// # let _ = transcription_sessions;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct RealtimeTranscriptionSessions {
    pub(crate) client: sdk_runtime::Client,
}
impl RealtimeTranscriptionSessions {
    /// Create an ephemeral API token for use in client-side applications with the
    /// Realtime API specifically for realtime transcriptions.
    /// Can be configured with the same session parameters as the `transcription_session.update` client event.
    ///
    /// It responds with a session object, plus a `client_secret` key which contains
    /// a usable ephemeral API token that can be used to authenticate browser clients
    /// for the Realtime API.
    ///
    /// Returns the created Realtime transcription session object, plus an ephemeral key.
    ///
    /// `POST /realtime/transcription_sessions`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::RealtimeTranscriptionSessionCreateRequest = serde_json::from_str(r#"{}"#)?;
    /// let response = client.realtime().transcription_sessions().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::RealtimeTranscriptionSessionCreateRequest,
    ) -> sdk_runtime::Call<types::RealtimeTranscriptionSessionCreateResponse> {
        let spec = sdk_runtime::request::path("/realtime/transcription_sessions", &[])
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
}
/// Operations on `realtime.translations`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let translations = client.realtime().translations();
/// # let _ = translations;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct RealtimeTranslations {
    pub(crate) client: sdk_runtime::Client,
}
impl RealtimeTranslations {
    /// The `realtime.translations.client_secrets` resource.
    #[inline]
    pub fn client_secrets(&self) -> RealtimeTranslationsClientSecrets {
        RealtimeTranslationsClientSecrets {
            client: self.client.clone(),
        }
    }
}
/// Operations on `realtime.translations.client_secrets`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let client_secrets = client.realtime().translations().client_secrets();
/// # let _ = client_secrets;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct RealtimeTranslationsClientSecrets {
    pub(crate) client: sdk_runtime::Client,
}
impl RealtimeTranslationsClientSecrets {
    /// Create a Realtime translation client secret with an associated translation session configuration.
    ///
    /// Client secrets are short-lived tokens that can be passed to a client app,
    /// such as a web frontend or mobile client, which grants access to the Realtime
    /// Translation API without leaking your main API key. You can configure a custom
    /// TTL for each client secret.
    ///
    /// Returns the created client secret and the effective translation session object.
    /// The client secret is a string that looks like `ek_1234`.
    ///
    /// `POST /realtime/translations/client_secrets`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::RealtimeTranslationClientSecretCreateRequest = serde_json::from_str(r#"{"session":{"model":"string"}}"#)?;
    /// let response = client.realtime().translations().client_secrets().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::RealtimeTranslationClientSecretCreateRequest,
    ) -> sdk_runtime::Call<types::RealtimeTranslationClientSecretCreateResponse> {
        let spec = sdk_runtime::request::path(
                "/realtime/translations/client_secrets",
                &[],
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
}
