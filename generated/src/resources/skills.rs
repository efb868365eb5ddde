//! The `skills` resource and the resources below it.
use crate::types;
/// Operations on `skills`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let skills = client.skills();
/// # let _ = skills;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Skills {
    pub(crate) client: sdk_runtime::Client,
}
impl Skills {
    /// The `skills.versions` resource.
    #[inline]
    pub fn versions(&self) -> SkillsVersions {
        SkillsVersions {
            client: self.client.clone(),
        }
    }
    /// List all skills for the current project.
    ///
    /// `GET /skills`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListSkillsParams::default();
    /// let response = client.skills().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::ListSkillsParams,
    ) -> sdk_runtime::Call<types::SkillListResource> {
        let spec = sdk_runtime::request::path("/skills", &[])
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
    /// Create a new skill.
    ///
    /// `POST /skills`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateSkillBody = serde_json::from_str(r#"{"files":["files.bin"]}"#)?;
    /// let response = client.skills().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateSkillBody,
    ) -> sdk_runtime::Call<types::SkillResource> {
        let spec = sdk_runtime::request::path("/skills", &[])
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
    /// Get a skill by its ID.
    ///
    /// `GET /skills/{skill_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.skills().retrieve("skill_123").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(&self, skill_id: &str) -> sdk_runtime::Call<types::SkillResource> {
        let spec = sdk_runtime::request::path(
                "/skills/{skill_id}",
                &[("skill_id", skill_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Update the default version pointer for a skill.
    ///
    /// `POST /skills/{skill_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::SetDefaultSkillVersionBody = serde_json::from_str(r#"{"default_version":"string"}"#)?;
    /// let response = client.skills().update("skill_123", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update(
        &self,
        skill_id: &str,
        body: &types::SetDefaultSkillVersionBody,
    ) -> sdk_runtime::Call<types::SkillResource> {
        let spec = sdk_runtime::request::path(
                "/skills/{skill_id}",
                &[("skill_id", skill_id)],
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
    /// Delete a skill by its ID.
    ///
    /// `DELETE /skills/{skill_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.skills().delete("skill_123").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        skill_id: &str,
    ) -> sdk_runtime::Call<types::DeletedSkillResource> {
        let spec = sdk_runtime::request::path(
                "/skills/{skill_id}",
                &[("skill_id", skill_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(
                sdk_runtime::Method::DELETE,
                path,
            ));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Download a skill zip bundle by its ID.
    ///
    /// `GET /skills/{skill_id}/content`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.skills().content("skill_123").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn content(&self, skill_id: &str) -> sdk_runtime::Call<sdk_runtime::Bytes> {
        let spec = sdk_runtime::request::path(
                "/skills/{skill_id}/content",
                &[("skill_id", skill_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::bytes_call(&self.client, spec)
    }
}
/// Operations on `skills.versions`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let versions = client.skills().versions();
/// # let _ = versions;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct SkillsVersions {
    pub(crate) client: sdk_runtime::Client,
}
impl SkillsVersions {
    /// List skill versions for a skill.
    ///
    /// `GET /skills/{skill_id}/versions`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListSkillVersionsParams::default();
    /// let response = client.skills().versions().list("skill_123", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        skill_id: &str,
        params: &types::ListSkillVersionsParams,
    ) -> sdk_runtime::Call<types::SkillVersionListResource> {
        let spec = sdk_runtime::request::path(
                "/skills/{skill_id}/versions",
                &[("skill_id", skill_id)],
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
    /// Create a new immutable skill version.
    ///
    /// `POST /skills/{skill_id}/versions`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateSkillVersionBody = serde_json::from_str(r#"{"files":["files.bin"]}"#)?;
    /// let response = client.skills().versions().create("skill_123", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        skill_id: &str,
        body: &types::CreateSkillVersionBody,
    ) -> sdk_runtime::Call<types::SkillVersionResource> {
        let spec = sdk_runtime::request::path(
                "/skills/{skill_id}/versions",
                &[("skill_id", skill_id)],
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
    /// Get a specific skill version.
    ///
    /// `GET /skills/{skill_id}/versions/{version}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.skills().versions().retrieve("skill_123", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        skill_id: &str,
        version: &str,
    ) -> sdk_runtime::Call<types::SkillVersionResource> {
        let spec = sdk_runtime::request::path(
                "/skills/{skill_id}/versions/{version}",
                &[("skill_id", skill_id), ("version", version)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Delete a skill version.
    ///
    /// `DELETE /skills/{skill_id}/versions/{version}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.skills().versions().delete("skill_123", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        skill_id: &str,
        version: &str,
    ) -> sdk_runtime::Call<types::DeletedSkillVersionResource> {
        let spec = sdk_runtime::request::path(
                "/skills/{skill_id}/versions/{version}",
                &[("skill_id", skill_id), ("version", version)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(
                sdk_runtime::Method::DELETE,
                path,
            ));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Download a skill version zip bundle.
    ///
    /// `GET /skills/{skill_id}/versions/{version}/content`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.skills().versions().content("skill_123", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn content(
        &self,
        skill_id: &str,
        version: &str,
    ) -> sdk_runtime::Call<sdk_runtime::Bytes> {
        let spec = sdk_runtime::request::path(
                "/skills/{skill_id}/versions/{version}/content",
                &[("skill_id", skill_id), ("version", version)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::bytes_call(&self.client, spec)
    }
}
