//! The `models` resource and the resources below it.
use crate::types;
/// Operations on `models`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let models = client.models();
/// # let _ = models;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Models {
    pub(crate) client: sdk_runtime::Client,
}
impl Models {
    /// Lists the currently available models, and provides basic information about each one such as the owner and availability.
    ///
    /// `GET /models`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.models().list().await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(&self) -> sdk_runtime::Call<types::ListModelsResponse> {
        let spec = sdk_runtime::request::path("/models", &[])
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Retrieves a model instance, providing basic information about the model such as the owner and permissioning.
    ///
    /// `GET /models/{model}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.models().retrieve("gpt-4o-mini").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(&self, model: &str) -> sdk_runtime::Call<types::Model> {
        let spec = sdk_runtime::request::path("/models/{model}", &[("model", model)])
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Delete a fine-tuned model. You must have the Owner role in your organization to delete a model.
    ///
    /// `DELETE /models/{model}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.models().delete("ft:gpt-4o-mini:acemeco:suffix:abc123").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(&self, model: &str) -> sdk_runtime::Call<types::DeleteModelResponse> {
        let spec = sdk_runtime::request::path("/models/{model}", &[("model", model)])
            .map(|path| sdk_runtime::RequestSpec::new(
                sdk_runtime::Method::DELETE,
                path,
            ));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
