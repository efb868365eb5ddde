//! The `skills` resource and the resources below it.
use crate::types;
/// Operations on `skills`.
#[derive(Debug, Clone)]
pub struct Skills {
    pub(crate) client: sdk_runtime::Client,
}
impl Skills {
    /// The `skills.versions` resource.
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
