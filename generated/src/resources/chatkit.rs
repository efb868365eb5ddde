//! The `chatkit` resource and the resources below it.
use crate::types;
/// Operations on `chatkit`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let chatkit = client.chatkit();
/// # let _ = chatkit;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Chatkit {
    pub(crate) client: sdk_runtime::Client,
}
impl Chatkit {
    /// The `chatkit.sessions` resource.
    #[inline]
    pub fn sessions(&self) -> ChatkitSessions {
        ChatkitSessions {
            client: self.client.clone(),
        }
    }
    /// The `chatkit.threads` resource.
    #[inline]
    pub fn threads(&self) -> ChatkitThreads {
        ChatkitThreads {
            client: self.client.clone(),
        }
    }
}
/// Operations on `chatkit.sessions`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let sessions = client.chatkit().sessions();
/// # let _ = sessions;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct ChatkitSessions {
    pub(crate) client: sdk_runtime::Client,
}
impl ChatkitSessions {
    /// Cancel an active ChatKit session and return its most recent metadata.
    ///
    /// Cancelling prevents new requests from using the issued client secret.
    ///
    /// `POST /chatkit/sessions/{session_id}/cancel`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.chatkit().sessions().cancel("cksess_123").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn cancel(
        &self,
        session_id: &str,
    ) -> sdk_runtime::Call<types::ChatSessionResource> {
        let spec = sdk_runtime::request::path(
                "/chatkit/sessions/{session_id}/cancel",
                &[("session_id", session_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::POST, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Create a ChatKit session.
    ///
    /// `POST /chatkit/sessions`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateChatSessionBody = serde_json::from_str(r#"{"workflow":{"id":"string"},"user":"string"}"#)?;
    /// let response = client.chatkit().sessions().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateChatSessionBody,
    ) -> sdk_runtime::Call<types::ChatSessionResource> {
        let spec = sdk_runtime::request::path("/chatkit/sessions", &[])
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
/// Operations on `chatkit.threads`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let threads = client.chatkit().threads();
/// # let _ = threads;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct ChatkitThreads {
    pub(crate) client: sdk_runtime::Client,
}
impl ChatkitThreads {
    /// The `chatkit.threads.items` resource.
    #[inline]
    pub fn items(&self) -> ChatkitThreadsItems {
        ChatkitThreadsItems {
            client: self.client.clone(),
        }
    }
    /// Retrieve a ChatKit thread by its identifier.
    ///
    /// `GET /chatkit/threads/{thread_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.chatkit().threads().retrieve("cthr_123").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(&self, thread_id: &str) -> sdk_runtime::Call<types::ThreadResource> {
        let spec = sdk_runtime::request::path(
                "/chatkit/threads/{thread_id}",
                &[("thread_id", thread_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Delete a ChatKit thread along with its items and stored attachments.
    ///
    /// `DELETE /chatkit/threads/{thread_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.chatkit().threads().delete("cthr_123").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        thread_id: &str,
    ) -> sdk_runtime::Call<types::DeletedThreadResource> {
        let spec = sdk_runtime::request::path(
                "/chatkit/threads/{thread_id}",
                &[("thread_id", thread_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(
                sdk_runtime::Method::DELETE,
                path,
            ));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// List ChatKit threads with optional pagination and user filters.
    ///
    /// `GET /chatkit/threads`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListThreadsMethodParams::default();
    /// let response = client.chatkit().threads().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::ListThreadsMethodParams,
    ) -> sdk_runtime::Call<types::ThreadListResource> {
        let spec = sdk_runtime::request::path("/chatkit/threads", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query("limit", &params.limit);
                spec.query("order", &params.order);
                spec.query("after", &params.after);
                spec.query("before", &params.before);
                spec.query("user", &params.user);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `chatkit.threads.items`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let items = client.chatkit().threads().items();
/// # let _ = items;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct ChatkitThreadsItems {
    pub(crate) client: sdk_runtime::Client,
}
impl ChatkitThreadsItems {
    /// List items that belong to a ChatKit thread.
    ///
    /// `GET /chatkit/threads/{thread_id}/items`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListThreadItemsMethodParams::default();
    /// let response = client.chatkit().threads().items().list("cthr_123", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        thread_id: &str,
        params: &types::ListThreadItemsMethodParams,
    ) -> sdk_runtime::Call<types::ThreadItemListResource> {
        let spec = sdk_runtime::request::path(
                "/chatkit/threads/{thread_id}/items",
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
}
