//! The `threads` resource and the resources below it.
use crate::types;
/// Operations on `threads`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let threads = client.threads();
/// # let _ = threads;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Threads {
    pub(crate) client: sdk_runtime::Client,
}
impl Threads {
    /// The `threads.messages` resource.
    #[inline]
    pub fn messages(&self) -> ThreadsMessages {
        ThreadsMessages {
            client: self.client.clone(),
        }
    }
    /// The `threads.runs` resource.
    #[inline]
    pub fn runs(&self) -> ThreadsRuns {
        ThreadsRuns {
            client: self.client.clone(),
        }
    }
    /// Create a thread.
    ///
    /// `POST /threads`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateThreadRequest = serde_json::from_str(r#"{}"#)?;
    /// let response = client.threads().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateThreadRequest,
    ) -> sdk_runtime::Call<types::Thread> {
        let spec = sdk_runtime::request::path("/threads", &[])
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
    /// Create a thread and run it in one request.
    ///
    /// `POST /threads/runs`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateThreadAndRunRequest = serde_json::from_str(r#"{"assistant_id":"string"}"#)?;
    /// let response = client.threads().create_thread_and_run(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create_thread_and_run(
        &self,
        body: &types::CreateThreadAndRunRequest,
    ) -> sdk_runtime::Call<types::Run> {
        let spec = sdk_runtime::request::path("/threads/runs", &[])
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
    /// Create a thread and run it in one request.
    ///
    /// `POST /threads/runs`
    ///
    /// Streams the answer as server-sent events.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateThreadAndRunRequest = serde_json::from_str(r#"{"assistant_id":"string"}"#)?;
    /// let response = client.threads().create_thread_and_run_stream(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create_thread_and_run_stream(
        &self,
        body: &types::CreateThreadAndRunRequest,
    ) -> sdk_runtime::Call<sdk_runtime::sse::EventStream<types::AssistantStreamEvent>> {
        let spec = sdk_runtime::request::path("/threads/runs", &[])
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
                sdk_runtime::sse::EventStream::from_response_enveloped,
            )
            .body_field("stream", true)
    }
    /// Retrieves a thread.
    ///
    /// `GET /threads/{thread_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.threads().retrieve("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(&self, thread_id: &str) -> sdk_runtime::Call<types::Thread> {
        let spec = sdk_runtime::request::path(
                "/threads/{thread_id}",
                &[("thread_id", thread_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Modifies a thread.
    ///
    /// `POST /threads/{thread_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::ModifyThreadRequest = serde_json::from_str(r#"{}"#)?;
    /// let response = client.threads().update("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update(
        &self,
        thread_id: &str,
        body: &types::ModifyThreadRequest,
    ) -> sdk_runtime::Call<types::Thread> {
        let spec = sdk_runtime::request::path(
                "/threads/{thread_id}",
                &[("thread_id", thread_id)],
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
    /// Delete a thread.
    ///
    /// `DELETE /threads/{thread_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.threads().delete("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        thread_id: &str,
    ) -> sdk_runtime::Call<types::DeleteThreadResponse> {
        let spec = sdk_runtime::request::path(
                "/threads/{thread_id}",
                &[("thread_id", thread_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(
                sdk_runtime::Method::DELETE,
                path,
            ));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `threads.messages`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let messages = client.threads().messages();
/// # let _ = messages;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct ThreadsMessages {
    pub(crate) client: sdk_runtime::Client,
}
impl ThreadsMessages {
    /// Returns a list of messages for a given thread.
    ///
    /// `GET /threads/{thread_id}/messages`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListMessagesParams::default();
    /// let response = client.threads().messages().list("string", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        thread_id: &str,
        params: &types::ListMessagesParams,
    ) -> sdk_runtime::Call<types::ListMessagesResponse> {
        let spec = sdk_runtime::request::path(
                "/threads/{thread_id}/messages",
                &[("thread_id", thread_id)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query("limit", &params.limit);
                spec.query("order", &params.order);
                spec.query("after", &params.after);
                spec.query("before", &params.before);
                spec.query("run_id", &params.run_id);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Create a message.
    ///
    /// `POST /threads/{thread_id}/messages`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateMessageRequest = serde_json::from_str(r#"{"role":"user","content":"string"}"#)?;
    /// let response = client.threads().messages().create("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        thread_id: &str,
        body: &types::CreateMessageRequest,
    ) -> sdk_runtime::Call<types::MessageObject> {
        let spec = sdk_runtime::request::path(
                "/threads/{thread_id}/messages",
                &[("thread_id", thread_id)],
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
    /// Retrieve a message.
    ///
    /// `GET /threads/{thread_id}/messages/{message_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.threads().messages().retrieve("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        thread_id: &str,
        message_id: &str,
    ) -> sdk_runtime::Call<types::MessageObject> {
        let spec = sdk_runtime::request::path(
                "/threads/{thread_id}/messages/{message_id}",
                &[("thread_id", thread_id), ("message_id", message_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Modifies a message.
    ///
    /// `POST /threads/{thread_id}/messages/{message_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::ModifyRunRequest = serde_json::from_str(r#"{}"#)?;
    /// let response = client.threads().messages().update("string", "string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update(
        &self,
        thread_id: &str,
        message_id: &str,
        body: &types::ModifyRunRequest,
    ) -> sdk_runtime::Call<types::MessageObject> {
        let spec = sdk_runtime::request::path(
                "/threads/{thread_id}/messages/{message_id}",
                &[("thread_id", thread_id), ("message_id", message_id)],
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
    /// Deletes a message.
    ///
    /// `DELETE /threads/{thread_id}/messages/{message_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.threads().messages().delete("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        thread_id: &str,
        message_id: &str,
    ) -> sdk_runtime::Call<types::DeleteMessageResponse> {
        let spec = sdk_runtime::request::path(
                "/threads/{thread_id}/messages/{message_id}",
                &[("thread_id", thread_id), ("message_id", message_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(
                sdk_runtime::Method::DELETE,
                path,
            ));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `threads.runs`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let runs = client.threads().runs();
/// # let _ = runs;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct ThreadsRuns {
    pub(crate) client: sdk_runtime::Client,
}
impl ThreadsRuns {
    /// The `threads.runs.steps` resource.
    #[inline]
    pub fn steps(&self) -> ThreadsRunsSteps {
        ThreadsRunsSteps {
            client: self.client.clone(),
        }
    }
    /// Returns a list of runs belonging to a thread.
    ///
    /// `GET /threads/{thread_id}/runs`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListRunsParams::default();
    /// let response = client.threads().runs().list("string", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        thread_id: &str,
        params: &types::ListRunsParams,
    ) -> sdk_runtime::Call<types::ListRunsResponse> {
        let spec = sdk_runtime::request::path(
                "/threads/{thread_id}/runs",
                &[("thread_id", thread_id)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query("limit", &params.limit);
                spec.query("order", &params.order);
                spec.query("after", &params.after);
                spec.query("before", &params.before);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Create a run.
    ///
    /// `POST /threads/{thread_id}/runs`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::CreateRunParams::default();
    /// let body: openai_client::types::CreateRunRequest = serde_json::from_str(r#"{"assistant_id":"string"}"#)?;
    /// let response = client.threads().runs().create("string", &params, &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        thread_id: &str,
        params: &types::CreateRunParams,
        body: &types::CreateRunRequest,
    ) -> sdk_runtime::Call<types::Run> {
        let spec = sdk_runtime::request::path(
                "/threads/{thread_id}/runs",
                &[("thread_id", thread_id)],
            )
            .and_then(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::POST,
                    path,
                );
                spec.query("include[]", &params.include);
                spec.body = sdk_runtime::Body::json(body)?;
                Ok(spec)
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Create a run.
    ///
    /// `POST /threads/{thread_id}/runs`
    ///
    /// Streams the answer as server-sent events.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::CreateRunParams::default();
    /// let body: openai_client::types::CreateRunRequest = serde_json::from_str(r#"{"assistant_id":"string"}"#)?;
    /// let response = client.threads().runs().create_stream("string", &params, &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create_stream(
        &self,
        thread_id: &str,
        params: &types::CreateRunParams,
        body: &types::CreateRunRequest,
    ) -> sdk_runtime::Call<sdk_runtime::sse::EventStream<types::AssistantStreamEvent>> {
        let spec = sdk_runtime::request::path(
                "/threads/{thread_id}/runs",
                &[("thread_id", thread_id)],
            )
            .and_then(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::POST,
                    path,
                );
                spec = spec.accept("text/event-stream");
                spec.query("include[]", &params.include);
                spec.body = sdk_runtime::Body::json(body)?;
                Ok(spec)
            });
        sdk_runtime::Call::streaming(
                &self.client,
                spec,
                sdk_runtime::sse::EventStream::from_response_enveloped,
            )
            .body_field("stream", true)
    }
    /// Retrieves a run.
    ///
    /// `GET /threads/{thread_id}/runs/{run_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.threads().runs().retrieve("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        thread_id: &str,
        run_id: &str,
    ) -> sdk_runtime::Call<types::Run> {
        let spec = sdk_runtime::request::path(
                "/threads/{thread_id}/runs/{run_id}",
                &[("thread_id", thread_id), ("run_id", run_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Modifies a run.
    ///
    /// `POST /threads/{thread_id}/runs/{run_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::ModifyRunRequest = serde_json::from_str(r#"{}"#)?;
    /// let response = client.threads().runs().update("string", "string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update(
        &self,
        thread_id: &str,
        run_id: &str,
        body: &types::ModifyRunRequest,
    ) -> sdk_runtime::Call<types::Run> {
        let spec = sdk_runtime::request::path(
                "/threads/{thread_id}/runs/{run_id}",
                &[("thread_id", thread_id), ("run_id", run_id)],
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
    /// Cancels a run that is `in_progress`.
    ///
    /// `POST /threads/{thread_id}/runs/{run_id}/cancel`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.threads().runs().cancel("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn cancel(
        &self,
        thread_id: &str,
        run_id: &str,
    ) -> sdk_runtime::Call<types::Run> {
        let spec = sdk_runtime::request::path(
                "/threads/{thread_id}/runs/{run_id}/cancel",
                &[("thread_id", thread_id), ("run_id", run_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::POST, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// When a run has the `status: "requires_action"` and `required_action.type` is `submit_tool_outputs`, this endpoint can be used to submit the outputs from the tool calls once they're all completed. All outputs must be submitted in a single request.
    ///
    /// `POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::SubmitToolOutputsRunRequest = serde_json::from_str(r#"{"tool_outputs":[{}]}"#)?;
    /// let response = client.threads().runs().submit_tool_outputs("string", "string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn submit_tool_outputs(
        &self,
        thread_id: &str,
        run_id: &str,
        body: &types::SubmitToolOutputsRunRequest,
    ) -> sdk_runtime::Call<types::Run> {
        let spec = sdk_runtime::request::path(
                "/threads/{thread_id}/runs/{run_id}/submit_tool_outputs",
                &[("thread_id", thread_id), ("run_id", run_id)],
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
    /// When a run has the `status: "requires_action"` and `required_action.type` is `submit_tool_outputs`, this endpoint can be used to submit the outputs from the tool calls once they're all completed. All outputs must be submitted in a single request.
    ///
    /// `POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs`
    ///
    /// Streams the answer as server-sent events.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::SubmitToolOutputsRunRequest = serde_json::from_str(r#"{"tool_outputs":[{}]}"#)?;
    /// let response = client.threads().runs().submit_tool_outputs_stream("string", "string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn submit_tool_outputs_stream(
        &self,
        thread_id: &str,
        run_id: &str,
        body: &types::SubmitToolOutputsRunRequest,
    ) -> sdk_runtime::Call<sdk_runtime::sse::EventStream<types::AssistantStreamEvent>> {
        let spec = sdk_runtime::request::path(
                "/threads/{thread_id}/runs/{run_id}/submit_tool_outputs",
                &[("thread_id", thread_id), ("run_id", run_id)],
            )
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
                sdk_runtime::sse::EventStream::from_response_enveloped,
            )
            .body_field("stream", true)
    }
}
/// Operations on `threads.runs.steps`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let steps = client.threads().runs().steps();
/// # let _ = steps;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct ThreadsRunsSteps {
    pub(crate) client: sdk_runtime::Client,
}
impl ThreadsRunsSteps {
    /// Returns a list of run steps belonging to a run.
    ///
    /// `GET /threads/{thread_id}/runs/{run_id}/steps`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListRunStepsParams::default();
    /// let response = client.threads().runs().steps().list("string", "string", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        thread_id: &str,
        run_id: &str,
        params: &types::ListRunStepsParams,
    ) -> sdk_runtime::Call<types::ListRunStepsResponse> {
        let spec = sdk_runtime::request::path(
                "/threads/{thread_id}/runs/{run_id}/steps",
                &[("thread_id", thread_id), ("run_id", run_id)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query("limit", &params.limit);
                spec.query("order", &params.order);
                spec.query("after", &params.after);
                spec.query("before", &params.before);
                spec.query("include[]", &params.include);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Retrieves a run step.
    ///
    /// `GET /threads/{thread_id}/runs/{run_id}/steps/{step_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::GetRunStepParams::default();
    /// let response = client.threads().runs().steps().retrieve("string", "string", "string", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        thread_id: &str,
        run_id: &str,
        step_id: &str,
        params: &types::GetRunStepParams,
    ) -> sdk_runtime::Call<types::RunStep> {
        let spec = sdk_runtime::request::path(
                "/threads/{thread_id}/runs/{run_id}/steps/{step_id}",
                &[("thread_id", thread_id), ("run_id", run_id), ("step_id", step_id)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query("include[]", &params.include);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
