//! The `uploads` resource and the resources below it.
use crate::types;
/// Operations on `uploads`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let uploads = client.uploads();
/// # let _ = uploads;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Uploads {
    pub(crate) client: sdk_runtime::Client,
}
impl Uploads {
    /// Creates an intermediate [Upload](https://platform.openai.com/docs/api-reference/uploads/object) object
    /// that you can add [Parts](https://platform.openai.com/docs/api-reference/uploads/part-object) to.
    /// Currently, an Upload can accept at most 8 GB in total and expires after an
    /// hour after you create it.
    ///
    /// Once you complete the Upload, we will create a
    /// [File](https://platform.openai.com/docs/api-reference/files/object) object that contains all the parts
    /// you uploaded. This File is usable in the rest of our platform as a regular
    /// File object.
    ///
    /// For certain `purpose` values, the correct `mime_type` must be specified.
    /// Please refer to documentation for the
    /// [supported MIME types for your use case](https://platform.openai.com/docs/assistants/tools/file-search#supported-files).
    ///
    /// For guidance on the proper filename extensions for each purpose, please
    /// follow the documentation on \[creating a
    /// File\](<https://platform.openai.com/docs/api-reference/files/create>).
    ///
    /// Returns the Upload object with status `pending`.
    ///
    /// `POST /uploads`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateUploadRequest = serde_json::from_str(r#"{"filename":"string","purpose":"assistants","bytes":1,"mime_type":"string"}"#)?;
    /// let response = client.uploads().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateUploadRequest,
    ) -> sdk_runtime::Call<types::Upload> {
        let spec = sdk_runtime::request::path("/uploads", &[])
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
    /// Cancels the Upload. No Parts may be added after an Upload is cancelled.
    ///
    /// Returns the Upload object with status `cancelled`.
    ///
    /// `POST /uploads/{upload_id}/cancel`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.uploads().cancel("upload_abc123").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn cancel(&self, upload_id: &str) -> sdk_runtime::Call<types::Upload> {
        let spec = sdk_runtime::request::path(
                "/uploads/{upload_id}/cancel",
                &[("upload_id", upload_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::POST, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Completes the [Upload](https://platform.openai.com/docs/api-reference/uploads/object).
    ///
    /// Within the returned Upload object, there is a nested [File](https://platform.openai.com/docs/api-reference/files/object) object that is ready to use in the rest of the platform.
    ///
    /// You can specify the order of the Parts by passing in an ordered list of the Part IDs.
    ///
    /// The number of bytes uploaded upon completion must match the number of bytes initially specified when creating the Upload object. No Parts may be added after an Upload is completed.
    /// Returns the Upload object with status `completed`, including an additional `file` property containing the created usable File object.
    ///
    /// `POST /uploads/{upload_id}/complete`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CompleteUploadRequest = serde_json::from_str(r#"{"part_ids":["string"]}"#)?;
    /// let response = client.uploads().complete("upload_abc123", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn complete(
        &self,
        upload_id: &str,
        body: &types::CompleteUploadRequest,
    ) -> sdk_runtime::Call<types::Upload> {
        let spec = sdk_runtime::request::path(
                "/uploads/{upload_id}/complete",
                &[("upload_id", upload_id)],
            )
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
    /// Adds a [Part](https://platform.openai.com/docs/api-reference/uploads/part-object) to an [Upload](https://platform.openai.com/docs/api-reference/uploads/object) object. A Part represents a chunk of bytes from the file you are trying to upload.
    ///
    /// Each Part can be at most 64 MB, and you can add Parts until you hit the Upload maximum of 8 GB.
    ///
    /// It is possible to add multiple Parts in parallel. You can decide the intended order of the Parts when you [complete the Upload](https://platform.openai.com/docs/api-reference/uploads/complete).
    ///
    /// `POST /uploads/{upload_id}/parts`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::AddUploadPartRequest = serde_json::from_str(r#"{"data":"data.bin"}"#)?;
    /// let response = client.uploads().parts("upload_abc123", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn parts(
        &self,
        upload_id: &str,
        body: &types::AddUploadPartRequest,
    ) -> sdk_runtime::Call<types::UploadPart> {
        let spec = sdk_runtime::request::path(
                "/uploads/{upload_id}/parts",
                &[("upload_id", upload_id)],
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
