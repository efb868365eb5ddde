//! The `videos` resource and the resources below it.
use crate::types;
/// Operations on `videos`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let videos = client.videos();
/// # let _ = videos;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Videos {
    pub(crate) client: sdk_runtime::Client,
}
impl Videos {
    /// The `videos.characters` resource.
    #[inline]
    pub fn characters(&self) -> VideosCharacters {
        VideosCharacters {
            client: self.client.clone(),
        }
    }
    /// List recently generated videos for the current project.
    ///
    /// `GET /videos`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListVideosParams::default();
    /// let response = client.videos().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[deprecated(note = "Deprecated by the API.")]
    #[inline]
    pub fn list(
        &self,
        params: &types::ListVideosParams,
    ) -> sdk_runtime::Call<types::VideoListResource> {
        let spec = sdk_runtime::request::path("/videos", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query("limit", &params.limit);
                spec.query("order", &params.order);
                spec.query("after", &params.after);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Create a new video generation job from a prompt and optional reference assets.
    ///
    /// `POST /videos`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateVideoMultipartBody = serde_json::from_str(r#"{"prompt":"string"}"#)?;
    /// let response = client.videos().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[deprecated(note = "Deprecated by the API.")]
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateVideoMultipartBody,
    ) -> sdk_runtime::Call<types::VideoResource> {
        let spec = sdk_runtime::request::path("/videos", &[])
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
    /// Create a new video generation job by editing a source video or existing generated video.
    ///
    /// `POST /videos/edits`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateVideoEditMultipartBody = serde_json::from_str(r#"{"video":"video.bin","prompt":"string"}"#)?;
    /// let response = client.videos().edits(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[deprecated(note = "Deprecated by the API.")]
    #[inline]
    pub fn edits(
        &self,
        body: &types::CreateVideoEditMultipartBody,
    ) -> sdk_runtime::Call<types::VideoResource> {
        let spec = sdk_runtime::request::path("/videos/edits", &[])
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
    /// Create an extension of a completed video.
    ///
    /// `POST /videos/extensions`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateVideoExtendMultipartBody = serde_json::from_str(r#"{"video":{"id":"video_123"},"prompt":"string","seconds":"4"}"#)?;
    /// let response = client.videos().extensions(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[deprecated(note = "Deprecated by the API.")]
    #[inline]
    pub fn extensions(
        &self,
        body: &types::CreateVideoExtendMultipartBody,
    ) -> sdk_runtime::Call<types::VideoResource> {
        let spec = sdk_runtime::request::path("/videos/extensions", &[])
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
    /// Fetch the latest metadata for a generated video.
    ///
    /// `GET /videos/{video_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.videos().retrieve("video_123").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[deprecated(note = "Deprecated by the API.")]
    #[inline]
    pub fn retrieve(&self, video_id: &str) -> sdk_runtime::Call<types::VideoResource> {
        let spec = sdk_runtime::request::path(
                "/videos/{video_id}",
                &[("video_id", video_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Permanently delete a completed or failed video and its stored assets.
    ///
    /// `DELETE /videos/{video_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.videos().delete("video_123").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[deprecated(note = "Deprecated by the API.")]
    #[inline]
    pub fn delete(
        &self,
        video_id: &str,
    ) -> sdk_runtime::Call<types::DeletedVideoResource> {
        let spec = sdk_runtime::request::path(
                "/videos/{video_id}",
                &[("video_id", video_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(
                sdk_runtime::Method::DELETE,
                path,
            ));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Download the generated video bytes or a derived preview asset.
    ///
    /// Streams the rendered video content for the specified video job.
    ///
    /// `GET /videos/{video_id}/content`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::RetrieveVideoContentParams::default();
    /// let response = client.videos().content("video_123", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[deprecated(note = "Deprecated by the API.")]
    #[inline]
    pub fn content(
        &self,
        video_id: &str,
        params: &types::RetrieveVideoContentParams,
    ) -> sdk_runtime::Call<sdk_runtime::Bytes> {
        let spec = sdk_runtime::request::path(
                "/videos/{video_id}/content",
                &[("video_id", video_id)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query("variant", &params.variant);
                spec
            });
        sdk_runtime::Call::bytes_call(&self.client, spec)
    }
    /// Create a remix of a completed video using a refreshed prompt.
    ///
    /// `POST /videos/{video_id}/remix`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateVideoRemixBody = serde_json::from_str(r#"{"prompt":"string"}"#)?;
    /// let response = client.videos().remix("video_123", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[deprecated(note = "Deprecated by the API.")]
    #[inline]
    pub fn remix(
        &self,
        video_id: &str,
        body: &types::CreateVideoRemixBody,
    ) -> sdk_runtime::Call<types::VideoResource> {
        let spec = sdk_runtime::request::path(
                "/videos/{video_id}/remix",
                &[("video_id", video_id)],
            )
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
/// Operations on `videos.characters`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let characters = client.videos().characters();
/// # let _ = characters;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct VideosCharacters {
    pub(crate) client: sdk_runtime::Client,
}
impl VideosCharacters {
    /// Create a character from an uploaded video.
    ///
    /// `POST /videos/characters`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateVideoCharacterBody = serde_json::from_str(r#"{"video":"video.bin","name":"string"}"#)?;
    /// let response = client.videos().characters().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[deprecated(note = "Deprecated by the API.")]
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateVideoCharacterBody,
    ) -> sdk_runtime::Call<types::VideoCharacterResource> {
        let spec = sdk_runtime::request::path("/videos/characters", &[])
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
    /// Fetch a character.
    ///
    /// `GET /videos/characters/{character_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.videos().characters().retrieve("char_123").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[deprecated(note = "Deprecated by the API.")]
    #[inline]
    pub fn retrieve(
        &self,
        character_id: &str,
    ) -> sdk_runtime::Call<types::VideoCharacterResource> {
        let spec = sdk_runtime::request::path(
                "/videos/characters/{character_id}",
                &[("character_id", character_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
