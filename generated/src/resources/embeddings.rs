//! The `embeddings` resource and the resources below it.
use crate::types;
/// Operations on `embeddings`.
#[derive(Debug, Clone)]
pub struct Embeddings {
    pub(crate) client: sdk_runtime::Client,
}
impl Embeddings {
    /// Creates an embedding vector representing the input text.
    ///
    /// `POST /embeddings`
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
