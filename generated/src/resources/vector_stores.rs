//! The `vector_stores` resource and the resources below it.
use crate::types;
/// Operations on `vector_stores`.
#[derive(Debug, Clone)]
pub struct VectorStores {
    pub(crate) client: sdk_runtime::Client,
}
impl VectorStores {
    /// The `vector_stores.file_batches` resource.
    pub fn file_batches(&self) -> VectorStoresFileBatches {
        VectorStoresFileBatches {
            client: self.client.clone(),
        }
    }
    /// The `vector_stores.files` resource.
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
    pub fn create(
        &self,
        body: &types::CreateVectorStoreRequest,
    ) -> sdk_runtime::Call<types::VectorStoreObject> {
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
    pub fn retrieve(
        &self,
        vector_store_id: &str,
    ) -> sdk_runtime::Call<types::VectorStoreObject> {
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
    pub fn update(
        &self,
        vector_store_id: &str,
        body: &types::UpdateVectorStoreRequest,
    ) -> sdk_runtime::Call<types::VectorStoreObject> {
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
#[derive(Debug, Clone)]
pub struct VectorStoresFileBatches {
    pub(crate) client: sdk_runtime::Client,
}
impl VectorStoresFileBatches {
    /// Create a vector store file batch.
    ///
    /// The maximum number of files in a single batch request is 2000.
    /// Vector store file attach requests are rate limited per vector store (300 requests per minute across both this endpoint and `/vector_stores/{vector_store_id}/files`).
    /// For ingesting multiple files into the same vector store, this batch endpoint is recommended.
    ///
    /// `POST /vector_stores/{vector_store_id}/file_batches`
    pub fn create(
        &self,
        vector_store_id: &str,
        body: &types::CreateVectorStoreFileBatchRequest,
    ) -> sdk_runtime::Call<types::VectorStoreFileBatchObject> {
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
    pub fn retrieve(
        &self,
        vector_store_id: &str,
        batch_id: &str,
    ) -> sdk_runtime::Call<types::VectorStoreFileBatchObject> {
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
    pub fn cancel(
        &self,
        vector_store_id: &str,
        batch_id: &str,
    ) -> sdk_runtime::Call<types::VectorStoreFileBatchObject> {
        let spec = sdk_runtime::request::path(
                "/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel",
                &[("vector_store_id", vector_store_id), ("batch_id", batch_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::POST, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Returns a list of vector store files in a batch.
    ///
    /// `GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    pub fn files(
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
    /// Create a vector store file by attaching a [File](/docs/api-reference/files) to a [vector store](/docs/api-reference/vector-stores/object).
    ///
    /// This endpoint is subject to a per-vector-store write rate limit of 300 requests per minute, shared with `/vector_stores/{vector_store_id}/file_batches`.
    /// For uploading multiple files to the same vector store, use the file batches endpoint to reduce request volume.
    ///
    /// `POST /vector_stores/{vector_store_id}/files`
    pub fn create(
        &self,
        vector_store_id: &str,
        body: &types::CreateVectorStoreFileRequest,
    ) -> sdk_runtime::Call<types::VectorStoreFileObject> {
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
    pub fn retrieve(
        &self,
        vector_store_id: &str,
        file_id: &str,
    ) -> sdk_runtime::Call<types::VectorStoreFileObject> {
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
    pub fn update(
        &self,
        vector_store_id: &str,
        file_id: &str,
        body: &types::UpdateVectorStoreFileAttributesRequest,
    ) -> sdk_runtime::Call<types::VectorStoreFileObject> {
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
    /// Delete a vector store file. This will remove the file from the vector store but the file itself will not be deleted. To delete the file, use the [delete file](/docs/api-reference/files/delete) endpoint.
    ///
    /// `DELETE /vector_stores/{vector_store_id}/files/{file_id}`
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
