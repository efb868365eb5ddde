//! The `embeddings` resource and the resources below it.
use crate::types;
/// Operations on `embeddings`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let embeddings = client.embeddings();
/// # let _ = embeddings;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Embeddings {
    pub(crate) client: sdk_runtime::Client,
}
impl Embeddings {
    /// Creates an embedding vector representing the input text.
    ///
    /// `POST /embeddings`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateEmbeddingRequest = serde_json::from_str(r#"{"input":"","model":"string"}"#)?;
    /// let response = client.embeddings().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateEmbeddingRequest,
    ) -> sdk_runtime::Call<types::CreateEmbeddingResponse> {
        let spec = sdk_runtime::request::path("/embeddings", &[])
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
