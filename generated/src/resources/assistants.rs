//! The `assistants` resource and the resources below it.
use crate::types;
/// Operations on `assistants`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let assistants = client.assistants();
/// # let _ = assistants;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Assistants {
    pub(crate) client: sdk_runtime::Client,
}
impl Assistants {
    /// Returns a list of assistants.
    ///
    /// `GET /assistants`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListAssistantsParams::default();
    /// let response = client.assistants().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[deprecated(note = "Deprecated by the API.")]
    #[inline]
    pub fn list(
        &self,
        params: &types::ListAssistantsParams,
    ) -> sdk_runtime::Call<types::ListAssistantsResponse> {
        let spec = sdk_runtime::request::path("/assistants", &[])
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
    /// Create an assistant with a model and instructions.
    ///
    /// `POST /assistants`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateAssistantRequest = serde_json::from_str(r#"{"model":"string"}"#)?;
    /// let response = client.assistants().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[deprecated(note = "Deprecated by the API.")]
    #[allow(deprecated)]
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateAssistantRequest,
    ) -> sdk_runtime::Call<types::Assistant> {
        let spec = sdk_runtime::request::path("/assistants", &[])
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
    /// Retrieves an assistant.
    ///
    /// `GET /assistants/{assistant_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.assistants().retrieve("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[deprecated(note = "Deprecated by the API.")]
    #[allow(deprecated)]
    #[inline]
    pub fn retrieve(&self, assistant_id: &str) -> sdk_runtime::Call<types::Assistant> {
        let spec = sdk_runtime::request::path(
                "/assistants/{assistant_id}",
                &[("assistant_id", assistant_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Modifies an assistant.
    ///
    /// `POST /assistants/{assistant_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::ModifyAssistantRequest = serde_json::from_str(r#"{}"#)?;
    /// let response = client.assistants().update("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[deprecated(note = "Deprecated by the API.")]
    #[allow(deprecated)]
    #[inline]
    pub fn update(
        &self,
        assistant_id: &str,
        body: &types::ModifyAssistantRequest,
    ) -> sdk_runtime::Call<types::Assistant> {
        let spec = sdk_runtime::request::path(
                "/assistants/{assistant_id}",
                &[("assistant_id", assistant_id)],
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
    /// Delete an assistant.
    ///
    /// `DELETE /assistants/{assistant_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.assistants().delete("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[deprecated(note = "Deprecated by the API.")]
    #[inline]
    pub fn delete(
        &self,
        assistant_id: &str,
    ) -> sdk_runtime::Call<types::DeleteAssistantResponse> {
        let spec = sdk_runtime::request::path(
                "/assistants/{assistant_id}",
                &[("assistant_id", assistant_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(
                sdk_runtime::Method::DELETE,
                path,
            ));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
