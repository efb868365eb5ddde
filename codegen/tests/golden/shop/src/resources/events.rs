//! The `events` resource and the resources below it.
use crate::types;
/// Operations on `events`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: test_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let events = client.events();
/// # let _ = events;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Events {
    pub(crate) client: sdk_runtime::Client,
}
impl Events {
    ///
    /// `POST /events`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: test_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: test_client::types::StreamEventsRequest = serde_json::from_str(r#"{}"#)?;
    /// let response = client.events().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::StreamEventsRequest,
    ) -> sdk_runtime::Call<types::Event> {
        let spec = sdk_runtime::request::path("/events", &[])
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
    ///
    /// `POST /events`
    ///
    /// Streams the answer as server-sent events.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: test_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: test_client::types::StreamEventsRequest = serde_json::from_str(r#"{}"#)?;
    /// let response = client.events().create_stream(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create_stream(
        &self,
        body: &types::StreamEventsRequest,
    ) -> sdk_runtime::Call<sdk_runtime::sse::EventStream<types::Event>> {
        let spec = sdk_runtime::request::path("/events", &[])
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
