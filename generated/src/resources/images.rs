//! The `images` resource and the resources below it.
use crate::types;
/// Operations on `images`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let images = client.images();
/// # let _ = images;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Images {
    pub(crate) client: sdk_runtime::Client,
}
impl Images {
    /// The `images.edits` resource.
    #[inline]
    pub fn edits(&self) -> ImagesEdits {
        ImagesEdits {
            client: self.client.clone(),
        }
    }
    /// The `images.generations` resource.
    #[inline]
    pub fn generations(&self) -> ImagesGenerations {
        ImagesGenerations {
            client: self.client.clone(),
        }
    }
    /// The `images.variations` resource.
    #[inline]
    pub fn variations(&self) -> ImagesVariations {
        ImagesVariations {
            client: self.client.clone(),
        }
    }
}
/// Operations on `images.edits`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let edits = client.images().edits();
/// # let _ = edits;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct ImagesEdits {
    pub(crate) client: sdk_runtime::Client,
}
impl ImagesEdits {
    /// Creates an edited or extended image given one or more source images and a prompt. This endpoint supports GPT Image models (`gpt-image-1.5`, `gpt-image-1`, `gpt-image-1-mini`, and `chatgpt-image-latest`) and `dall-e-2`.
    ///
    /// You can call this endpoint with either:
    ///
    /// - `multipart/form-data`: use binary uploads via `image` (and optional `mask`).
    /// - `application/json`: use `images` (and optional `mask`) as references with either `image_url` or `file_id`.
    ///
    /// Note that JSON requests use `images` (array) instead of the multipart `image` field.
    ///
    /// `POST /images/edits`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateImageEditRequest = serde_json::from_str(r#"{"image":"image.bin","prompt":"A cute baby sea otter wearing a beret"}"#)?;
    /// let response = client.images().edits().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateImageEditRequest,
    ) -> sdk_runtime::Call<types::ImagesResponse> {
        let spec = sdk_runtime::request::path("/images/edits", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::POST,
                    path,
                );
                spec.body = sdk_runtime::Body::multipart(body);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Creates an edited or extended image given one or more source images and a prompt. This endpoint supports GPT Image models (`gpt-image-1.5`, `gpt-image-1`, `gpt-image-1-mini`, and `chatgpt-image-latest`) and `dall-e-2`.
    ///
    /// You can call this endpoint with either:
    ///
    /// - `multipart/form-data`: use binary uploads via `image` (and optional `mask`).
    /// - `application/json`: use `images` (and optional `mask`) as references with either `image_url` or `file_id`.
    ///
    /// Note that JSON requests use `images` (array) instead of the multipart `image` field.
    ///
    /// `POST /images/edits`
    ///
    /// Streams the answer as server-sent events.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateImageEditRequest = serde_json::from_str(r#"{"image":"image.bin","prompt":"A cute baby sea otter wearing a beret"}"#)?;
    /// let response = client.images().edits().create_stream(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create_stream(
        &self,
        body: &types::CreateImageEditRequest,
    ) -> sdk_runtime::Call<sdk_runtime::sse::EventStream<types::ImageEditStreamEvent>> {
        let spec = sdk_runtime::request::path("/images/edits", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::POST,
                    path,
                );
                spec = spec.accept("text/event-stream");
                spec.body = sdk_runtime::Body::multipart(body);
                spec
            });
        sdk_runtime::Call::streaming(
                &self.client,
                spec,
                sdk_runtime::sse::EventStream::from_response,
            )
            .body_field("stream", true)
    }
}
/// Operations on `images.generations`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let generations = client.images().generations();
/// # let _ = generations;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct ImagesGenerations {
    pub(crate) client: sdk_runtime::Client,
}
impl ImagesGenerations {
    /// Creates an image given a prompt. [Learn more](https://platform.openai.com/docs/guides/images).
    ///
    /// `POST /images/generations`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateImageRequest = serde_json::from_str(r#"{"prompt":"A cute baby sea otter"}"#)?;
    /// let response = client.images().generations().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateImageRequest,
    ) -> sdk_runtime::Call<types::ImagesResponse> {
        let spec = sdk_runtime::request::path("/images/generations", &[])
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
    /// Creates an image given a prompt. [Learn more](https://platform.openai.com/docs/guides/images).
    ///
    /// `POST /images/generations`
    ///
    /// Streams the answer as server-sent events.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateImageRequest = serde_json::from_str(r#"{"prompt":"A cute baby sea otter"}"#)?;
    /// let response = client.images().generations().create_stream(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create_stream(
        &self,
        body: &types::CreateImageRequest,
    ) -> sdk_runtime::Call<sdk_runtime::sse::EventStream<types::ImageGenStreamEvent>> {
        let spec = sdk_runtime::request::path("/images/generations", &[])
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
/// Operations on `images.variations`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let variations = client.images().variations();
/// # let _ = variations;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct ImagesVariations {
    pub(crate) client: sdk_runtime::Client,
}
impl ImagesVariations {
    /// Creates a variation of a given image. This endpoint only supports `dall-e-2`.
    ///
    /// `POST /images/variations`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateImageVariationRequest = serde_json::from_str(r#"{"image":"image.bin"}"#)?;
    /// let response = client.images().variations().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateImageVariationRequest,
    ) -> sdk_runtime::Call<types::ImagesResponse> {
        let spec = sdk_runtime::request::path("/images/variations", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::POST,
                    path,
                );
                spec.body = sdk_runtime::Body::multipart(body);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
