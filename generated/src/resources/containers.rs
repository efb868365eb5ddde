//! The `containers` resource and the resources below it.
use crate::types;
/// Operations on `containers`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let containers = client.containers();
/// # let _ = containers;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Containers {
    pub(crate) client: sdk_runtime::Client,
}
impl Containers {
    /// The `containers.files` resource.
    #[inline]
    pub fn files(&self) -> ContainersFiles {
        ContainersFiles {
            client: self.client.clone(),
        }
    }
    /// List Containers
    ///
    /// Lists containers.
    ///
    /// `GET /containers`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListContainersParams::default();
    /// let response = client.containers().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::ListContainersParams,
    ) -> sdk_runtime::Call<types::ContainerListResource> {
        let spec = sdk_runtime::request::path("/containers", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query("limit", &params.limit);
                spec.query("order", &params.order);
                spec.query("after", &params.after);
                spec.query("name", &params.name);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Create Container
    ///
    /// Creates a container.
    ///
    /// `POST /containers`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateContainerBody = serde_json::from_str(r#"{"name":"string"}"#)?;
    /// let response = client.containers().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateContainerBody,
    ) -> sdk_runtime::Call<types::ContainerResource> {
        let spec = sdk_runtime::request::path("/containers", &[])
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
    /// Retrieve Container
    ///
    /// Retrieves a container.
    ///
    /// `GET /containers/{container_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.containers().retrieve("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        container_id: &str,
    ) -> sdk_runtime::Call<types::ContainerResource> {
        let spec = sdk_runtime::request::path(
                "/containers/{container_id}",
                &[("container_id", container_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Delete Container
    ///
    /// Delete a container.
    ///
    /// `DELETE /containers/{container_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.containers().delete("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(&self, container_id: &str) -> sdk_runtime::Call<()> {
        let spec = sdk_runtime::request::path(
                "/containers/{container_id}",
                &[("container_id", container_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(
                sdk_runtime::Method::DELETE,
                path,
            ));
        sdk_runtime::Call::unit_call(&self.client, spec)
    }
}
/// Operations on `containers.files`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let files = client.containers().files();
/// # let _ = files;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct ContainersFiles {
    pub(crate) client: sdk_runtime::Client,
}
impl ContainersFiles {
    /// List Container files
    ///
    /// Lists container files.
    ///
    /// `GET /containers/{container_id}/files`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListContainerFilesParams::default();
    /// let response = client.containers().files().list("string", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        container_id: &str,
        params: &types::ListContainerFilesParams,
    ) -> sdk_runtime::Call<types::ContainerFileListResource> {
        let spec = sdk_runtime::request::path(
                "/containers/{container_id}/files",
                &[("container_id", container_id)],
            )
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
    /// Create a Container File
    ///
    /// You can send either a multipart/form-data request with the raw file content, or a JSON request with a file ID.
    ///
    /// Creates a container file.
    ///
    /// `POST /containers/{container_id}/files`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateContainerFileBody = serde_json::from_str(r#"{}"#)?;
    /// let response = client.containers().files().create("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        container_id: &str,
        body: &types::CreateContainerFileBody,
    ) -> sdk_runtime::Call<types::ContainerFileResource> {
        let spec = sdk_runtime::request::path(
                "/containers/{container_id}/files",
                &[("container_id", container_id)],
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
    /// Retrieve Container File
    ///
    /// Retrieves a container file.
    ///
    /// `GET /containers/{container_id}/files/{file_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.containers().files().retrieve("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        container_id: &str,
        file_id: &str,
    ) -> sdk_runtime::Call<types::ContainerFileResource> {
        let spec = sdk_runtime::request::path(
                "/containers/{container_id}/files/{file_id}",
                &[("container_id", container_id), ("file_id", file_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Delete Container File
    ///
    /// Delete a container file.
    ///
    /// `DELETE /containers/{container_id}/files/{file_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.containers().files().delete("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(&self, container_id: &str, file_id: &str) -> sdk_runtime::Call<()> {
        let spec = sdk_runtime::request::path(
                "/containers/{container_id}/files/{file_id}",
                &[("container_id", container_id), ("file_id", file_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(
                sdk_runtime::Method::DELETE,
                path,
            ));
        sdk_runtime::Call::unit_call(&self.client, spec)
    }
    /// Retrieve Container File Content
    ///
    /// Retrieves a container file content.
    ///
    /// `GET /containers/{container_id}/files/{file_id}/content`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.containers().files().content("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn content(
        &self,
        container_id: &str,
        file_id: &str,
    ) -> sdk_runtime::Call<sdk_runtime::Bytes> {
        let spec = sdk_runtime::request::path(
                "/containers/{container_id}/files/{file_id}/content",
                &[("container_id", container_id), ("file_id", file_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::bytes_call(&self.client, spec)
    }
}
