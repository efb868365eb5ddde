//! The `batches` resource and the resources below it.
use crate::types;
/// Operations on `batches`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let batches = client.batches();
/// # let _ = batches;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Batches {
    pub(crate) client: sdk_runtime::Client,
}
impl Batches {
    /// List your organization's batches.
    ///
    /// `GET /batches`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListBatchesParams::default();
    /// let response = client.batches().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::ListBatchesParams,
    ) -> sdk_runtime::Call<types::ListBatchesResponse> {
        let spec = sdk_runtime::request::path("/batches", &[])
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
    /// Creates and executes a batch from an uploaded file of requests
    ///
    /// `POST /batches`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateBatchRequest = serde_json::from_str(r#"{"input_file_id":"string","endpoint":"/v1/responses","completion_window":"24h"}"#)?;
    /// let response = client.batches().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateBatchRequest,
    ) -> sdk_runtime::Call<types::Batch> {
        let spec = sdk_runtime::request::path("/batches", &[])
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
    /// Retrieves a batch.
    ///
    /// `GET /batches/{batch_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.batches().retrieve("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(&self, batch_id: &str) -> sdk_runtime::Call<types::Batch> {
        let spec = sdk_runtime::request::path(
                "/batches/{batch_id}",
                &[("batch_id", batch_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Cancels an in-progress batch. The batch will be in status `cancelling` for up to 10 minutes, before changing to `cancelled`, where it will have partial results (if any) available in the output file.
    ///
    /// `POST /batches/{batch_id}/cancel`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.batches().cancel("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn cancel(&self, batch_id: &str) -> sdk_runtime::Call<types::Batch> {
        let spec = sdk_runtime::request::path(
                "/batches/{batch_id}/cancel",
                &[("batch_id", batch_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::POST, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
