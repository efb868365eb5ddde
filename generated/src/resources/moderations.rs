//! The `moderations` resource and the resources below it.
use crate::types;
/// Operations on `moderations`.
#[derive(Debug, Clone)]
pub struct Moderations {
    pub(crate) client: sdk_runtime::Client,
}
impl Moderations {
    /// Classifies if text and/or image inputs are potentially harmful. Learn
    /// more in the [moderation guide](/docs/guides/moderation).
    ///
    /// `POST /moderations`
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
