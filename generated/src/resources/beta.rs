//! The `beta` resource and the resources below it.
use crate::types;
/// Operations on `beta`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let beta = client.beta();
/// # let _ = beta;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Beta {
    pub(crate) client: sdk_runtime::Client,
}
impl Beta {
    /// The `beta.responses` resource.
    #[inline]
    pub fn responses(&self) -> BetaResponses {
        BetaResponses {
            client: self.client.clone(),
        }
    }
}
/// Operations on `beta.responses`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let responses = client.beta().responses();
/// # let _ = responses;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct BetaResponses {
    pub(crate) client: sdk_runtime::Client,
}
impl BetaResponses {
    /// The `beta.responses.input_items` resource.
    #[inline]
    pub fn input_items(&self) -> BetaResponsesInputItems {
        BetaResponsesInputItems {
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
    /// let params = openai_client::types::BetaCreateResponseParams::default();
    /// let body: openai_client::types::BetaCreateResponse = serde_json::from_str(r#"{}"#)?;
    /// let response = client.beta().responses().create(&params, &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        params: &types::BetaCreateResponseParams,
        body: &types::BetaCreateResponse,
    ) -> sdk_runtime::Call<types::BetaResponse> {
        let spec = sdk_runtime::request::path("/responses", &[])
            .and_then(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::POST,
                    path,
                );
                spec.query.push_raw("beta", "true");
                spec.header("openai-beta", &params.openai_beta);
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
    /// let params = openai_client::types::BetaCreateResponseParams::default();
    /// let body: openai_client::types::BetaCreateResponse = serde_json::from_str(r#"{}"#)?;
    /// let response = client.beta().responses().create_stream(&params, &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create_stream(
        &self,
        params: &types::BetaCreateResponseParams,
        body: &types::BetaCreateResponse,
    ) -> sdk_runtime::Call<
        sdk_runtime::sse::EventStream<types::BetaResponseStreamEvent>,
    > {
        let spec = sdk_runtime::request::path("/responses", &[])
            .and_then(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::POST,
                    path,
                );
                spec = spec.accept("text/event-stream");
                spec.query.push_raw("beta", "true");
                spec.header("openai-beta", &params.openai_beta);
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
    /// let params = openai_client::types::BetaGetResponseParams::default();
    /// let response = client.beta().responses().retrieve("resp_677efb5139a88190b512bc3fef8e535d", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        response_id: &str,
        params: &types::BetaGetResponseParams,
    ) -> sdk_runtime::Call<types::BetaResponse> {
        let spec = sdk_runtime::request::path(
                "/responses/{response_id}",
                &[("response_id", response_id)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query.push_raw("beta", "true");
                spec.query("include", &params.include);
                spec.query("stream", &params.stream);
                spec.query("starting_after", &params.starting_after);
                spec.query("include_obfuscation", &params.include_obfuscation);
                spec.header("openai-beta", &params.openai_beta);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Deletes a model response with the given ID.
    ///
    /// `DELETE /responses/{response_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::BetaDeleteResponseParams::default();
    /// let response = client.beta().responses().delete("resp_677efb5139a88190b512bc3fef8e535d", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        response_id: &str,
        params: &types::BetaDeleteResponseParams,
    ) -> sdk_runtime::Call<()> {
        let spec = sdk_runtime::request::path(
                "/responses/{response_id}",
                &[("response_id", response_id)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::DELETE,
                    path,
                );
                spec.query.push_raw("beta", "true");
                spec.header("openai-beta", &params.openai_beta);
                spec
            });
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
    /// let params = openai_client::types::BetaCancelResponseParams::default();
    /// let response = client.beta().responses().cancel("resp_677efb5139a88190b512bc3fef8e535d", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn cancel(
        &self,
        response_id: &str,
        params: &types::BetaCancelResponseParams,
    ) -> sdk_runtime::Call<types::BetaResponse> {
        let spec = sdk_runtime::request::path(
                "/responses/{response_id}/cancel",
                &[("response_id", response_id)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::POST,
                    path,
                );
                spec.query.push_raw("beta", "true");
                spec.header("openai-beta", &params.openai_beta);
                spec
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
    /// let params = openai_client::types::BetaCompactconversationParams::default();
    /// let body: openai_client::types::BetaCompactResponseMethodPublicBody = serde_json::from_str(r#"{"model":"string"}"#)?;
    /// let response = client.beta().responses().compact(&params, &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn compact(
        &self,
        params: &types::BetaCompactconversationParams,
        body: &types::BetaCompactResponseMethodPublicBody,
    ) -> sdk_runtime::Call<types::BetaCompactResource> {
        let spec = sdk_runtime::request::path("/responses/compact", &[])
            .and_then(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::POST,
                    path,
                );
                spec.query.push_raw("beta", "true");
                spec.header("openai-beta", &params.openai_beta);
                spec.body = sdk_runtime::Body::json(body)?;
                Ok(spec)
            });
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
    /// let params = openai_client::types::BetaGetinputtokencountsParams::default();
    /// let body: openai_client::types::BetaTokenCountsBody = serde_json::from_str(r#"{}"#)?;
    /// let response = client.beta().responses().input_tokens(&params, &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn input_tokens(
        &self,
        params: &types::BetaGetinputtokencountsParams,
        body: &types::BetaTokenCountsBody,
    ) -> sdk_runtime::Call<types::TokenCountsResource> {
        let spec = sdk_runtime::request::path("/responses/input_tokens", &[])
            .and_then(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::POST,
                    path,
                );
                spec.query.push_raw("beta", "true");
                spec.header("openai-beta", &params.openai_beta);
                spec.body = sdk_runtime::Body::json(body)?;
                Ok(spec)
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `beta.responses.input_items`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let input_items = client.beta().responses().input_items();
/// # let _ = input_items;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct BetaResponsesInputItems {
    pub(crate) client: sdk_runtime::Client,
}
impl BetaResponsesInputItems {
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
    /// let params = openai_client::types::BetaListInputItemsParams::default();
    /// let response = client.beta().responses().input_items().list("string", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        response_id: &str,
        params: &types::BetaListInputItemsParams,
    ) -> sdk_runtime::Call<types::BetaResponseItemList> {
        let spec = sdk_runtime::request::path(
                "/responses/{response_id}/input_items",
                &[("response_id", response_id)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query.push_raw("beta", "true");
                spec.query("limit", &params.limit);
                spec.query("order", &params.order);
                spec.query("after", &params.after);
                spec.query("include", &params.include);
                spec.header("openai-beta", &params.openai_beta);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
