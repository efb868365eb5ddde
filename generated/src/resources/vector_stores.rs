//! The `vector_stores` resource and the resources below it.
use crate::types;
/// Operations on `vector_stores`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let vector_stores = client.vector_stores();
/// # let _ = vector_stores;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct VectorStores {
    pub(crate) client: sdk_runtime::Client,
}
impl VectorStores {
    /// The `vector_stores.file_batches` resource.
    #[inline]
    pub fn file_batches(&self) -> VectorStoresFileBatches {
        VectorStoresFileBatches {
            client: self.client.clone(),
        }
    }
    /// The `vector_stores.files` resource.
    #[inline]
    pub fn files(&self) -> VectorStoresFiles {
        VectorStoresFiles {
            client: self.client.clone(),
        }
    }
    /// Returns a list of vector stores.
    ///
    /// `GET /vector_stores`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListVectorStoresParams::default();
    /// let response = client.vector_stores().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::ListVectorStoresParams,
    ) -> sdk_runtime::Call<types::ListVectorStoresResponse> {
        let spec = sdk_runtime::request::path("/vector_stores", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query("limit", &params.limit);
                spec.query("order", &params.order);
                spec.query("after", &params.after);
                spec.query("before", &params.before);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Create a vector store.
    ///
    /// `POST /vector_stores`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateVectorStoreRequest = serde_json::from_str(r#"{}"#)?;
    /// let response = client.vector_stores().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateVectorStoreRequest,
    ) -> sdk_runtime::Call<types::VectorStore> {
        let spec = sdk_runtime::request::path("/vector_stores", &[])
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
    /// Retrieves a vector store.
    ///
    /// `GET /vector_stores/{vector_store_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.vector_stores().retrieve("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        vector_store_id: &str,
    ) -> sdk_runtime::Call<types::VectorStore> {
        let spec = sdk_runtime::request::path(
                "/vector_stores/{vector_store_id}",
                &[("vector_store_id", vector_store_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Modifies a vector store.
    ///
    /// `POST /vector_stores/{vector_store_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::UpdateVectorStoreRequest = serde_json::from_str(r#"{}"#)?;
    /// let response = client.vector_stores().update("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update(
        &self,
        vector_store_id: &str,
        body: &types::UpdateVectorStoreRequest,
    ) -> sdk_runtime::Call<types::VectorStore> {
        let spec = sdk_runtime::request::path(
                "/vector_stores/{vector_store_id}",
                &[("vector_store_id", vector_store_id)],
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
    /// Delete a vector store.
    ///
    /// `DELETE /vector_stores/{vector_store_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.vector_stores().delete("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        vector_store_id: &str,
    ) -> sdk_runtime::Call<types::DeleteVectorStoreResponse> {
        let spec = sdk_runtime::request::path(
                "/vector_stores/{vector_store_id}",
                &[("vector_store_id", vector_store_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(
                sdk_runtime::Method::DELETE,
                path,
            ));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Search a vector store for relevant chunks based on a query and file attributes filter.
    ///
    /// `POST /vector_stores/{vector_store_id}/search`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::VectorStoreSearchRequest = serde_json::from_str(r#"{"query":"string"}"#)?;
    /// let response = client.vector_stores().search("vs_abc123", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn search(
        &self,
        vector_store_id: &str,
        body: &types::VectorStoreSearchRequest,
    ) -> sdk_runtime::Call<types::VectorStoreSearchResultsPage> {
        let spec = sdk_runtime::request::path(
                "/vector_stores/{vector_store_id}/search",
                &[("vector_store_id", vector_store_id)],
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
}
/// Operations on `vector_stores.file_batches`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let file_batches = client.vector_stores().file_batches();
/// # let _ = file_batches;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct VectorStoresFileBatches {
    pub(crate) client: sdk_runtime::Client,
}
impl VectorStoresFileBatches {
    /// The `vector_stores.file_batches.files` resource.
    #[inline]
    pub fn files(&self) -> VectorStoresFileBatchesFiles {
        VectorStoresFileBatchesFiles {
            client: self.client.clone(),
        }
    }
    /// Create a vector store file batch.
    ///
    /// The maximum number of files in a single batch request is 2000.
    /// Vector store file attach requests are rate limited per vector store (300 requests per minute across both this endpoint and `/vector_stores/{vector_store_id}/files`).
    /// For ingesting multiple files into the same vector store, this batch endpoint is recommended.
    ///
    /// `POST /vector_stores/{vector_store_id}/file_batches`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateVectorStoreFileBatchRequest = serde_json::from_str(r#"{"file_ids":["string"]}"#)?;
    /// let response = client.vector_stores().file_batches().create("vs_abc123", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        vector_store_id: &str,
        body: &types::CreateVectorStoreFileBatchRequest,
    ) -> sdk_runtime::Call<types::VectorStoreFileBatch> {
        let spec = sdk_runtime::request::path(
                "/vector_stores/{vector_store_id}/file_batches",
                &[("vector_store_id", vector_store_id)],
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
    /// Retrieves a vector store file batch.
    ///
    /// `GET /vector_stores/{vector_store_id}/file_batches/{batch_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.vector_stores().file_batches().retrieve("vs_abc123", "vsfb_abc123").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        vector_store_id: &str,
        batch_id: &str,
    ) -> sdk_runtime::Call<types::VectorStoreFileBatch> {
        let spec = sdk_runtime::request::path(
                "/vector_stores/{vector_store_id}/file_batches/{batch_id}",
                &[("vector_store_id", vector_store_id), ("batch_id", batch_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Cancel a vector store file batch. This attempts to cancel the processing of files in this batch as soon as possible.
    ///
    /// `POST /vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.vector_stores().file_batches().cancel("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn cancel(
        &self,
        vector_store_id: &str,
        batch_id: &str,
    ) -> sdk_runtime::Call<types::VectorStoreFileBatch> {
        let spec = sdk_runtime::request::path(
                "/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel",
                &[("vector_store_id", vector_store_id), ("batch_id", batch_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::POST, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `vector_stores.file_batches.files`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let files = client.vector_stores().file_batches().files();
/// # let _ = files;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct VectorStoresFileBatchesFiles {
    pub(crate) client: sdk_runtime::Client,
}
impl VectorStoresFileBatchesFiles {
    /// Returns a list of vector store files in a batch.
    ///
    /// `GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListFilesInVectorStoreBatchParams::default();
    /// let response = client.vector_stores().file_batches().files().list("string", "string", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        vector_store_id: &str,
        batch_id: &str,
        params: &types::ListFilesInVectorStoreBatchParams,
    ) -> sdk_runtime::Call<types::ListVectorStoreFilesResponse> {
        let spec = sdk_runtime::request::path(
                "/vector_stores/{vector_store_id}/file_batches/{batch_id}/files",
                &[("vector_store_id", vector_store_id), ("batch_id", batch_id)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query("limit", &params.limit);
                spec.query("order", &params.order);
                spec.query("after", &params.after);
                spec.query("before", &params.before);
                spec.query("filter", &params.filter);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `vector_stores.files`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let files = client.vector_stores().files();
/// # let _ = files;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct VectorStoresFiles {
    pub(crate) client: sdk_runtime::Client,
}
impl VectorStoresFiles {
    /// Returns a list of vector store files.
    ///
    /// `GET /vector_stores/{vector_store_id}/files`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListVectorStoreFilesParams::default();
    /// let response = client.vector_stores().files().list("string", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        vector_store_id: &str,
        params: &types::ListVectorStoreFilesParams,
    ) -> sdk_runtime::Call<types::ListVectorStoreFilesResponse> {
        let spec = sdk_runtime::request::path(
                "/vector_stores/{vector_store_id}/files",
                &[("vector_store_id", vector_store_id)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query("limit", &params.limit);
                spec.query("order", &params.order);
                spec.query("after", &params.after);
                spec.query("before", &params.before);
                spec.query("filter", &params.filter);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Create a vector store file by attaching a [File](https://platform.openai.com/docs/api-reference/files) to a [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object).
    ///
    /// This endpoint is subject to a per-vector-store write rate limit of 300 requests per minute, shared with `/vector_stores/{vector_store_id}/file_batches`.
    /// For uploading multiple files to the same vector store, use the file batches endpoint to reduce request volume.
    ///
    /// `POST /vector_stores/{vector_store_id}/files`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateVectorStoreFileRequest = serde_json::from_str(r#"{"file_id":"string"}"#)?;
    /// let response = client.vector_stores().files().create("vs_abc123", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        vector_store_id: &str,
        body: &types::CreateVectorStoreFileRequest,
    ) -> sdk_runtime::Call<types::VectorStoreFile> {
        let spec = sdk_runtime::request::path(
                "/vector_stores/{vector_store_id}/files",
                &[("vector_store_id", vector_store_id)],
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
    /// Retrieves a vector store file.
    ///
    /// `GET /vector_stores/{vector_store_id}/files/{file_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.vector_stores().files().retrieve("vs_abc123", "file-abc123").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        vector_store_id: &str,
        file_id: &str,
    ) -> sdk_runtime::Call<types::VectorStoreFile> {
        let spec = sdk_runtime::request::path(
                "/vector_stores/{vector_store_id}/files/{file_id}",
                &[("vector_store_id", vector_store_id), ("file_id", file_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Update attributes on a vector store file.
    ///
    /// `POST /vector_stores/{vector_store_id}/files/{file_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::UpdateVectorStoreFileAttributesRequest = serde_json::from_str(r#"{"attributes":{}}"#)?;
    /// let response = client.vector_stores().files().update("vs_abc123", "file-abc123", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update(
        &self,
        vector_store_id: &str,
        file_id: &str,
        body: &types::UpdateVectorStoreFileAttributesRequest,
    ) -> sdk_runtime::Call<types::VectorStoreFile> {
        let spec = sdk_runtime::request::path(
                "/vector_stores/{vector_store_id}/files/{file_id}",
                &[("vector_store_id", vector_store_id), ("file_id", file_id)],
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
    /// Delete a vector store file. This will remove the file from the vector store but the file itself will not be deleted. To delete the file, use the [delete file](https://platform.openai.com/docs/api-reference/files/delete) endpoint.
    ///
    /// `DELETE /vector_stores/{vector_store_id}/files/{file_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.vector_stores().files().delete("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        vector_store_id: &str,
        file_id: &str,
    ) -> sdk_runtime::Call<types::DeleteVectorStoreFileResponse> {
        let spec = sdk_runtime::request::path(
                "/vector_stores/{vector_store_id}/files/{file_id}",
                &[("vector_store_id", vector_store_id), ("file_id", file_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(
                sdk_runtime::Method::DELETE,
                path,
            ));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Retrieve the parsed contents of a vector store file.
    ///
    /// `GET /vector_stores/{vector_store_id}/files/{file_id}/content`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.vector_stores().files().content("vs_abc123", "file-abc123").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn content(
        &self,
        vector_store_id: &str,
        file_id: &str,
    ) -> sdk_runtime::Call<types::VectorStoreFileContentResponse> {
        let spec = sdk_runtime::request::path(
                "/vector_stores/{vector_store_id}/files/{file_id}/content",
                &[("vector_store_id", vector_store_id), ("file_id", file_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
