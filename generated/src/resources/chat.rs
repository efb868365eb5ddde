//! The `chat` resource and the resources below it.
use crate::types;
/// Operations on `chat`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let chat = client.chat();
/// # let _ = chat;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Chat {
    pub(crate) client: sdk_runtime::Client,
}
impl Chat {
    /// The `chat.completions` resource.
    #[inline]
    pub fn completions(&self) -> ChatCompletions {
        ChatCompletions {
            client: self.client.clone(),
        }
    }
}
/// Operations on `chat.completions`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let completions = client.chat().completions();
/// # let _ = completions;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct ChatCompletions {
    pub(crate) client: sdk_runtime::Client,
}
impl ChatCompletions {
    /// The `chat.completions.messages` resource.
    #[inline]
    pub fn messages(&self) -> ChatCompletionsMessages {
        ChatCompletionsMessages {
            client: self.client.clone(),
        }
    }
    /// List stored Chat Completions. Only Chat Completions that have been stored
    /// with the `store` parameter set to `true` will be returned.
    ///
    /// `GET /chat/completions`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListChatCompletionsParams::default();
    /// let response = client.chat().completions().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::ListChatCompletionsParams,
    ) -> sdk_runtime::Call<types::ChatCompletionList> {
        let spec = sdk_runtime::request::path("/chat/completions", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query("model", &params.model);
                spec.query("metadata", &params.metadata);
                spec.query("after", &params.after);
                spec.query("limit", &params.limit);
                spec.query("order", &params.order);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// **Starting a new project?** We recommend trying [Responses](https://platform.openai.com/docs/api-reference/responses)
    /// to take advantage of the latest OpenAI platform features. Compare
    /// [Chat Completions with Responses](https://platform.openai.com/docs/guides/responses-vs-chat-completions?api-mode=responses).
    ///
    /// ---
    ///
    /// Creates a model response for the given chat conversation. Learn more in the
    /// [text generation](https://platform.openai.com/docs/guides/text-generation), [vision](https://platform.openai.com/docs/guides/vision),
    /// and [audio](https://platform.openai.com/docs/guides/audio) guides.
    ///
    /// Parameter support can differ depending on the model used to generate the
    /// response, particularly for newer reasoning models. Parameters that are only
    /// supported for reasoning models are noted below. For the current state of
    /// unsupported parameters in reasoning models,
    /// [refer to the reasoning guide](https://platform.openai.com/docs/guides/reasoning).
    ///
    /// Returns a chat completion object, or a streamed sequence of chat completion
    /// chunk objects if the request is streamed.
    ///
    /// `POST /chat/completions`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateChatCompletionRequest = serde_json::from_str(r#"{"messages":[{"content":"string","role":"developer"}],"model":"string"}"#)?;
    /// let response = client.chat().completions().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateChatCompletionRequest,
    ) -> sdk_runtime::Call<types::ChatCompletion> {
        let spec = sdk_runtime::request::path("/chat/completions", &[])
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
    /// **Starting a new project?** We recommend trying [Responses](https://platform.openai.com/docs/api-reference/responses)
    /// to take advantage of the latest OpenAI platform features. Compare
    /// [Chat Completions with Responses](https://platform.openai.com/docs/guides/responses-vs-chat-completions?api-mode=responses).
    ///
    /// ---
    ///
    /// Creates a model response for the given chat conversation. Learn more in the
    /// [text generation](https://platform.openai.com/docs/guides/text-generation), [vision](https://platform.openai.com/docs/guides/vision),
    /// and [audio](https://platform.openai.com/docs/guides/audio) guides.
    ///
    /// Parameter support can differ depending on the model used to generate the
    /// response, particularly for newer reasoning models. Parameters that are only
    /// supported for reasoning models are noted below. For the current state of
    /// unsupported parameters in reasoning models,
    /// [refer to the reasoning guide](https://platform.openai.com/docs/guides/reasoning).
    ///
    /// Returns a chat completion object, or a streamed sequence of chat completion
    /// chunk objects if the request is streamed.
    ///
    /// `POST /chat/completions`
    ///
    /// Streams the answer as server-sent events.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateChatCompletionRequest = serde_json::from_str(r#"{"messages":[{"content":"string","role":"developer"}],"model":"string"}"#)?;
    /// let response = client.chat().completions().create_stream(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create_stream(
        &self,
        body: &types::CreateChatCompletionRequest,
    ) -> sdk_runtime::Call<sdk_runtime::sse::EventStream<types::ChatCompletionChunk>> {
        let spec = sdk_runtime::request::path("/chat/completions", &[])
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
    /// Get a stored chat completion. Only Chat Completions that have been created
    /// with the `store` parameter set to `true` will be returned.
    ///
    /// `GET /chat/completions/{completion_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.chat().completions().retrieve("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        completion_id: &str,
    ) -> sdk_runtime::Call<types::ChatCompletion> {
        let spec = sdk_runtime::request::path(
                "/chat/completions/{completion_id}",
                &[("completion_id", completion_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Modify a stored chat completion. Only Chat Completions that have been
    /// created with the `store` parameter set to `true` can be modified. Currently,
    /// the only supported modification is to update the `metadata` field.
    ///
    /// `POST /chat/completions/{completion_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::UpdateConversationBody = serde_json::from_str(r#"{"metadata":{}}"#)?;
    /// let response = client.chat().completions().update("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update(
        &self,
        completion_id: &str,
        body: &types::UpdateConversationBody,
    ) -> sdk_runtime::Call<types::ChatCompletion> {
        let spec = sdk_runtime::request::path(
                "/chat/completions/{completion_id}",
                &[("completion_id", completion_id)],
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
    /// Delete a stored chat completion. Only Chat Completions that have been
    /// created with the `store` parameter set to `true` can be deleted.
    ///
    /// `DELETE /chat/completions/{completion_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.chat().completions().delete("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        completion_id: &str,
    ) -> sdk_runtime::Call<types::ChatCompletionDeleted> {
        let spec = sdk_runtime::request::path(
                "/chat/completions/{completion_id}",
                &[("completion_id", completion_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(
                sdk_runtime::Method::DELETE,
                path,
            ));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `chat.completions.messages`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let messages = client.chat().completions().messages();
/// # let _ = messages;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct ChatCompletionsMessages {
    pub(crate) client: sdk_runtime::Client,
}
impl ChatCompletionsMessages {
    /// Get the messages in a stored chat completion. Only Chat Completions that
    /// have been created with the `store` parameter set to `true` will be
    /// returned.
    ///
    /// `GET /chat/completions/{completion_id}/messages`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::GetChatCompletionMessagesParams::default();
    /// let response = client.chat().completions().messages().list("string", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        completion_id: &str,
        params: &types::GetChatCompletionMessagesParams,
    ) -> sdk_runtime::Call<types::ChatCompletionMessageList> {
        let spec = sdk_runtime::request::path(
                "/chat/completions/{completion_id}/messages",
                &[("completion_id", completion_id)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query("after", &params.after);
                spec.query("limit", &params.limit);
                spec.query("order", &params.order);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
