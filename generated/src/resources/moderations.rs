//! The `moderations` resource and the resources below it.
use crate::types;
/// Operations on `moderations`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let moderations = client.moderations();
/// # let _ = moderations;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Moderations {
    pub(crate) client: sdk_runtime::Client,
}
impl Moderations {
    /// Classifies if text and/or image inputs are potentially harmful. Learn
    /// more in the [moderation guide](https://platform.openai.com/docs/guides/moderation).
    ///
    /// `POST /moderations`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateModerationRequest = serde_json::from_str(r#"{"input":""}"#)?;
    /// let response = client.moderations().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateModerationRequest,
    ) -> sdk_runtime::Call<types::CreateModerationResponse> {
        let spec = sdk_runtime::request::path("/moderations", &[])
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
