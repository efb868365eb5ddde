//! The `files` resource and the resources below it.
use crate::types;
/// Operations on `files`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let files = client.files();
/// # let _ = files;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Files {
    pub(crate) client: sdk_runtime::Client,
}
impl Files {
    /// Returns a list of files.
    ///
    /// `GET /files`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListFilesParams::default();
    /// let response = client.files().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::ListFilesParams,
    ) -> sdk_runtime::Call<types::ListFilesResponse> {
        let spec = sdk_runtime::request::path("/files", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query("purpose", &params.purpose);
                spec.query("limit", &params.limit);
                spec.query("order", &params.order);
                spec.query("after", &params.after);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Upload a file that can be used across various endpoints. Individual files
    /// can be up to 512 MB, and each project can store up to 2.5 TB of files in
    /// total. There is no organization-wide storage limit. Uploads to this
    /// endpoint are rate-limited to 1,000 requests per minute per authenticated
    /// user.
    ///
    /// - The Assistants API supports files up to 2 million tokens and of specific
    ///   file types. See the [Assistants Tools guide](https://platform.openai.com/docs/assistants/tools) for
    ///   details.
    /// - The Fine-tuning API only supports `.jsonl` files. The input also has
    ///   certain required formats for fine-tuning
    ///   [chat](https://platform.openai.com/docs/api-reference/fine-tuning/chat-input) or
    ///   [completions](https://platform.openai.com/docs/api-reference/fine-tuning/completions-input) models.
    /// - The Batch API only supports `.jsonl` files up to 200 MB in size. The input
    ///   also has a specific required
    ///   [format](https://platform.openai.com/docs/api-reference/batch/request-input).
    /// - For Retrieval or `file_search` ingestion, upload files here first. If
    ///   you need to attach multiple uploaded files to the same vector store, use
    ///   [`/vector_stores/{vector_store_id}/file_batches`](https://platform.openai.com/docs/api-reference/vector-stores-file-batches/createBatch)
    ///   instead of attaching them one by one. Vector store attachment has separate
    ///   limits from file upload, including 2,000 attached files per minute per
    ///   organization.
    ///
    /// Please [contact us](https://help.openai.com/) if you need to increase these
    /// storage limits.
    ///
    /// `POST /files`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateFileRequest = serde_json::from_str(r#"{"file":"file.bin","purpose":"assistants"}"#)?;
    /// let response = client.files().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateFileRequest,
    ) -> sdk_runtime::Call<types::FileObject> {
        let spec = sdk_runtime::request::path("/files", &[])
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
    /// Returns information about a specific file.
    ///
    /// `GET /files/{file_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.files().retrieve("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(&self, file_id: &str) -> sdk_runtime::Call<types::FileObject> {
        let spec = sdk_runtime::request::path(
                "/files/{file_id}",
                &[("file_id", file_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Delete a file and remove it from all vector stores.
    ///
    /// `DELETE /files/{file_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.files().delete("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(&self, file_id: &str) -> sdk_runtime::Call<types::DeleteFileResponse> {
        let spec = sdk_runtime::request::path(
                "/files/{file_id}",
                &[("file_id", file_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(
                sdk_runtime::Method::DELETE,
                path,
            ));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Returns a response containing the contents of the specified file.
    ///
    /// `GET /files/{file_id}/content`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.files().content("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn content(&self, file_id: &str) -> sdk_runtime::Call<sdk_runtime::Bytes> {
        let spec = sdk_runtime::request::path(
                "/files/{file_id}/content",
                &[("file_id", file_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::bytes_call(&self.client, spec)
    }
}
