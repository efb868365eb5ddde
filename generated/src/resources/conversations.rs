//! The `conversations` resource and the resources below it.
use crate::types;
/// Operations on `conversations`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let conversations = client.conversations();
/// # let _ = conversations;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Conversations {
    pub(crate) client: sdk_runtime::Client,
}
impl Conversations {
    /// The `conversations.items` resource.
    #[inline]
    pub fn items(&self) -> ConversationsItems {
        ConversationsItems {
            client: self.client.clone(),
        }
    }
    /// Create a conversation.
    ///
    /// `POST /conversations`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateConversationBody = serde_json::from_str(r#"{}"#)?;
    /// let response = client.conversations().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateConversationBody,
    ) -> sdk_runtime::Call<types::ConversationResource> {
        let spec = sdk_runtime::request::path("/conversations", &[])
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
    /// Get a conversation
    ///
    /// `GET /conversations/{conversation_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.conversations().retrieve("conv_123").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        conversation_id: &str,
    ) -> sdk_runtime::Call<types::ConversationResource> {
        let spec = sdk_runtime::request::path(
                "/conversations/{conversation_id}",
                &[("conversation_id", conversation_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Update a conversation
    ///
    /// `POST /conversations/{conversation_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::UpdateConversationBody = serde_json::from_str(r#"{"metadata":{}}"#)?;
    /// let response = client.conversations().update("conv_123", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update(
        &self,
        conversation_id: &str,
        body: &types::UpdateConversationBody,
    ) -> sdk_runtime::Call<types::ConversationResource> {
        let spec = sdk_runtime::request::path(
                "/conversations/{conversation_id}",
                &[("conversation_id", conversation_id)],
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
    /// Delete a conversation. Items in the conversation will not be deleted.
    ///
    /// `DELETE /conversations/{conversation_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.conversations().delete("conv_123").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        conversation_id: &str,
    ) -> sdk_runtime::Call<types::DeletedConversationResource> {
        let spec = sdk_runtime::request::path(
                "/conversations/{conversation_id}",
                &[("conversation_id", conversation_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(
                sdk_runtime::Method::DELETE,
                path,
            ));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `conversations.items`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let items = client.conversations().items();
/// # let _ = items;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct ConversationsItems {
    pub(crate) client: sdk_runtime::Client,
}
impl ConversationsItems {
    /// List all items for a conversation with the given ID.
    ///
    /// `GET /conversations/{conversation_id}/items`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListConversationItemsParams::default();
    /// let response = client.conversations().items().list("conv_123", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        conversation_id: &str,
        params: &types::ListConversationItemsParams,
    ) -> sdk_runtime::Call<types::ConversationItemList> {
        let spec = sdk_runtime::request::path(
                "/conversations/{conversation_id}/items",
                &[("conversation_id", conversation_id)],
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
    /// Create items in a conversation with the given ID.
    ///
    /// `POST /conversations/{conversation_id}/items`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::CreateConversationItemsParams::default();
    /// let body: openai_client::types::CreateConversationItemsRequest = serde_json::from_str(r#"{"items":[{"role":"user","content":"string"}]}"#)?;
    /// let response = client.conversations().items().create("conv_123", &params, &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        conversation_id: &str,
        params: &types::CreateConversationItemsParams,
        body: &types::CreateConversationItemsRequest,
    ) -> sdk_runtime::Call<types::ConversationItemList> {
        let spec = sdk_runtime::request::path(
                "/conversations/{conversation_id}/items",
                &[("conversation_id", conversation_id)],
            )
            .and_then(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::POST,
                    path,
                );
                spec.query("include", &params.include);
                spec.body = sdk_runtime::Body::json(body)?;
                Ok(spec)
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Get a single item from a conversation with the given IDs.
    ///
    /// `GET /conversations/{conversation_id}/items/{item_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::GetConversationItemParams::default();
    /// let response = client.conversations().items().retrieve("conv_123", "msg_abc", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        conversation_id: &str,
        item_id: &str,
        params: &types::GetConversationItemParams,
    ) -> sdk_runtime::Call<types::ConversationItem> {
        let spec = sdk_runtime::request::path(
                "/conversations/{conversation_id}/items/{item_id}",
                &[("conversation_id", conversation_id), ("item_id", item_id)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query("include", &params.include);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Delete an item from a conversation with the given IDs.
    ///
    /// `DELETE /conversations/{conversation_id}/items/{item_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.conversations().items().delete("conv_123", "msg_abc").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        conversation_id: &str,
        item_id: &str,
    ) -> sdk_runtime::Call<types::ConversationResource> {
        let spec = sdk_runtime::request::path(
                "/conversations/{conversation_id}/items/{item_id}",
                &[("conversation_id", conversation_id), ("item_id", item_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(
                sdk_runtime::Method::DELETE,
                path,
            ));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
