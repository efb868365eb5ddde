//! The `completions` resource and the resources below it.
use crate::types;
/// Operations on `completions`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let completions = client.completions();
/// # let _ = completions;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Completions {
    pub(crate) client: sdk_runtime::Client,
}
impl Completions {
    /// Creates a completion for the provided prompt and parameters.
    ///
    /// Returns a completion object, or a sequence of completion objects if the request is streamed.
    ///
    /// `POST /completions`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateCompletionRequest = serde_json::from_str(r#"{"model":"string","prompt":""}"#)?;
    /// let response = client.completions().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateCompletionRequest,
    ) -> sdk_runtime::Call<types::Completion> {
        let spec = sdk_runtime::request::path("/completions", &[])
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
    /// Creates a completion for the provided prompt and parameters.
    ///
    /// Returns a completion object, or a sequence of completion objects if the request is streamed.
    ///
    /// `POST /completions`
    ///
    /// Streams the answer as server-sent events.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateCompletionRequest = serde_json::from_str(r#"{"model":"string","prompt":""}"#)?;
    /// let response = client.completions().create_stream(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create_stream(
        &self,
        body: &types::CreateCompletionRequest,
    ) -> sdk_runtime::Call<sdk_runtime::sse::EventStream<types::Completion>> {
        let spec = sdk_runtime::request::path("/completions", &[])
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
}
