//! The `responses` resource and the resources below it.
use crate::types;
/// Operations on `responses`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let responses = client.responses();
/// # let _ = responses;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Responses {
    pub(crate) client: sdk_runtime::Client,
}
impl Responses {
    /// The `responses.input_items` resource.
    #[inline]
    pub fn input_items(&self) -> ResponsesInputItems {
        ResponsesInputItems {
            client: self.client.clone(),
        }
    }
    /// Creates a model response. Provide [text](https://platform.openai.com/docs/guides/text) or
    /// [image](https://platform.openai.com/docs/guides/images) inputs to generate [text](https://platform.openai.com/docs/guides/text)
    /// or [JSON](https://platform.openai.com/docs/guides/structured-outputs) outputs. Have the model call
    /// your own [custom code](https://platform.openai.com/docs/guides/function-calling) or use built-in
    /// [tools](https://platform.openai.com/docs/guides/tools) like [web search](https://platform.openai.com/docs/guides/tools-web-search)
    /// or [file search](https://platform.openai.com/docs/guides/tools-file-search) to use your own data
    /// as input for the model's response.
    ///
    /// `POST /responses`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateResponse = serde_json::from_str(r#"{}"#)?;
    /// let response = client.responses().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateResponse,
    ) -> sdk_runtime::Call<types::Response> {
        let spec = sdk_runtime::request::path("/responses", &[])
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
    /// Creates a model response. Provide [text](https://platform.openai.com/docs/guides/text) or
    /// [image](https://platform.openai.com/docs/guides/images) inputs to generate [text](https://platform.openai.com/docs/guides/text)
    /// or [JSON](https://platform.openai.com/docs/guides/structured-outputs) outputs. Have the model call
    /// your own [custom code](https://platform.openai.com/docs/guides/function-calling) or use built-in
    /// [tools](https://platform.openai.com/docs/guides/tools) like [web search](https://platform.openai.com/docs/guides/tools-web-search)
    /// or [file search](https://platform.openai.com/docs/guides/tools-file-search) to use your own data
    /// as input for the model's response.
    ///
    /// `POST /responses`
    ///
    /// Streams the answer as server-sent events.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateResponse = serde_json::from_str(r#"{}"#)?;
    /// let response = client.responses().create_stream(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create_stream(
        &self,
        body: &types::CreateResponse,
    ) -> sdk_runtime::Call<sdk_runtime::sse::EventStream<types::ResponseStreamEvent>> {
        let spec = sdk_runtime::request::path("/responses", &[])
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
            .body_field("stream", true)
    }
    /// Retrieves a model response with the given ID.
    ///
    /// `GET /responses/{response_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::GetResponseParams::default();
    /// let response = client.responses().retrieve("resp_677efb5139a88190b512bc3fef8e535d", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        response_id: &str,
        params: &types::GetResponseParams,
    ) -> sdk_runtime::Call<types::Response> {
        let spec = sdk_runtime::request::path(
                "/responses/{response_id}",
                &[("response_id", response_id)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query("include", &params.include);
                spec.query("stream", &params.stream);
                spec.query("starting_after", &params.starting_after);
                spec.query("include_obfuscation", &params.include_obfuscation);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Retrieves a model response with the given ID.
    ///
    /// `GET /responses/{response_id}`
    ///
    /// Streams the answer as server-sent events.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::GetResponseParams::default();
    /// let response = client.responses().retrieve_stream("resp_677efb5139a88190b512bc3fef8e535d", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve_stream(
        &self,
        response_id: &str,
        params: &types::GetResponseParams,
    ) -> sdk_runtime::Call<sdk_runtime::sse::EventStream<types::ResponseStreamEvent>> {
        let spec = sdk_runtime::request::path(
                "/responses/{response_id}",
                &[("response_id", response_id)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec = spec.accept("text/event-stream");
                spec.query("include", &params.include);
                spec.query("stream", &params.stream);
                spec.query("starting_after", &params.starting_after);
                spec.query("include_obfuscation", &params.include_obfuscation);
                spec
            });
        let spec = spec
            .map(|mut spec| {
                spec.query.set("stream", "true");
                spec
            });
        sdk_runtime::Call::streaming(
            &self.client,
            spec,
            sdk_runtime::sse::EventStream::from_response,
        )
    }
    /// Deletes a model response with the given ID.
    ///
    /// `DELETE /responses/{response_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.responses().delete("resp_677efb5139a88190b512bc3fef8e535d").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(&self, response_id: &str) -> sdk_runtime::Call<()> {
        let spec = sdk_runtime::request::path(
                "/responses/{response_id}",
                &[("response_id", response_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(
                sdk_runtime::Method::DELETE,
                path,
            ));
        sdk_runtime::Call::unit_call(&self.client, spec)
    }
    /// Cancels a model response with the given ID. Only responses created with
    /// the `background` parameter set to `true` can be cancelled.
    /// [Learn more](https://platform.openai.com/docs/guides/background).
    ///
    /// `POST /responses/{response_id}/cancel`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.responses().cancel("resp_677efb5139a88190b512bc3fef8e535d").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn cancel(&self, response_id: &str) -> sdk_runtime::Call<types::Response> {
        let spec = sdk_runtime::request::path(
                "/responses/{response_id}/cancel",
                &[("response_id", response_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::POST, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Returns input token counts of the request.
    ///
    /// Returns an object with `object` set to `response.input_tokens` and an `input_tokens` count.
    ///
    /// `POST /responses/input_tokens`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::TokenCountsBody = serde_json::from_str(r#"{}"#)?;
    /// let response = client.responses().input_tokens(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn input_tokens(
        &self,
        body: &types::TokenCountsBody,
    ) -> sdk_runtime::Call<types::TokenCountsResource> {
        let spec = sdk_runtime::request::path("/responses/input_tokens", &[])
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
    /// Compact a conversation. Returns a compacted response object.
    ///
    /// Learn when and how to compact long-running conversations in the [conversation state guide](https://platform.openai.com/docs/guides/conversation-state#managing-the-context-window). For ZDR-compatible compaction details, see [Compaction (advanced)](https://platform.openai.com/docs/guides/conversation-state#compaction-advanced).
    ///
    /// `POST /responses/compact`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CompactResponseMethodPublicBody = serde_json::from_str(r#"{"model":"string"}"#)?;
    /// let response = client.responses().compact(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn compact(
        &self,
        body: &types::CompactResponseMethodPublicBody,
    ) -> sdk_runtime::Call<types::CompactResource> {
        let spec = sdk_runtime::request::path("/responses/compact", &[])
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
    /// Opens the Responses API's WebSocket mode: a persistent socket that carries `response.create` events and answers with the same events as streaming (feature `websocket`).
    ///
    /// Send [`types::ResponsesClientEvent`] events with `send`; read [`types::ResponsesServerEvent`] events from the connection, a `Stream` (event types this version does not know arrive as the `Unknown` variant). The handshake is authenticated like any request; set reconnection, timeouts and bounds with `.options(..)` and `.on_reconnect(..)` before awaiting.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let mut connection = client.responses().connect().await?;
    /// while let Some(event) = connection.recv().await {
    ///     println!("{:?}", event?);
    /// }
    /// # Ok(()) }
    /// ```
    #[cfg(feature = "websocket")]
    pub fn connect(
        &self,
    ) -> sdk_runtime::websocket::Connect<
        types::ResponsesClientEvent,
        types::ResponsesServerEvent,
    > {
        self.client.websocket("/responses")
    }
}
/// Operations on `responses.input_items`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let input_items = client.responses().input_items();
/// # let _ = input_items;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct ResponsesInputItems {
    pub(crate) client: sdk_runtime::Client,
}
impl ResponsesInputItems {
    /// Returns a list of input items for a given response.
    ///
    /// `GET /responses/{response_id}/input_items`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListInputItemsParams::default();
    /// let response = client.responses().input_items().list("string", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        response_id: &str,
        params: &types::ListInputItemsParams,
    ) -> sdk_runtime::Call<types::ResponseItemList> {
        let spec = sdk_runtime::request::path(
                "/responses/{response_id}/input_items",
                &[("response_id", response_id)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query("limit", &params.limit);
                spec.query("order", &params.order);
                spec.query("after", &params.after);
                spec.query("include", &params.include);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
