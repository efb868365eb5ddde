//! The `projects` resource and the resources below it.
use crate::types;
/// Operations on `projects`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let projects = client.projects();
/// # let _ = projects;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Projects {
    pub(crate) client: sdk_runtime::Client,
}
impl Projects {
    /// The `projects.groups` resource.
    #[inline]
    pub fn groups(&self) -> ProjectsGroups {
        ProjectsGroups {
            client: self.client.clone(),
        }
    }
    /// The `projects.roles` resource.
    #[inline]
    pub fn roles(&self) -> ProjectsRoles {
        ProjectsRoles {
            client: self.client.clone(),
        }
    }
    /// The `projects.users` resource.
    #[inline]
    pub fn users(&self) -> ProjectsUsers {
        ProjectsUsers {
            client: self.client.clone(),
        }
    }
}
/// Operations on `projects.groups`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let groups = client.projects().groups();
/// # let _ = groups;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct ProjectsGroups {
    pub(crate) client: sdk_runtime::Client,
}
impl ProjectsGroups {
    /// The `projects.groups.roles` resource.
    #[inline]
    pub fn roles(&self) -> ProjectsGroupsRoles {
        ProjectsGroupsRoles {
            client: self.client.clone(),
        }
    }
}
/// Operations on `projects.groups.roles`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let roles = client.projects().groups().roles();
/// # let _ = roles;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct ProjectsGroupsRoles {
    pub(crate) client: sdk_runtime::Client,
}
impl ProjectsGroupsRoles {
    /// Lists the project roles assigned to a group within a project.
    ///
    /// `GET /projects/{project_id}/groups/{group_id}/roles`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListProjectGroupRoleAssignmentsParams::default();
    /// let response = client.projects().groups().roles().list("string", "string", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        project_id: &str,
        group_id: &str,
        params: &types::ListProjectGroupRoleAssignmentsParams,
    ) -> sdk_runtime::Call<types::RoleListResource> {
        let spec = sdk_runtime::request::path(
                "/projects/{project_id}/groups/{group_id}/roles",
                &[("project_id", project_id), ("group_id", group_id)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                        sdk_runtime::Method::GET,
                        path,
                    )
                    .with_security(&[&["AdminApiKeyAuth"]]);
                spec.query("limit", &params.limit);
                spec.query("after", &params.after);
                spec.query("order", &params.order);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Assigns a project role to a group within a project.
    ///
    /// `POST /projects/{project_id}/groups/{group_id}/roles`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::PublicAssignOrganizationGroupRoleBody = serde_json::from_str(r#"{"role_id":"string"}"#)?;
    /// let response = client.projects().groups().roles().assign("string", "string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn assign(
        &self,
        project_id: &str,
        group_id: &str,
        body: &types::PublicAssignOrganizationGroupRoleBody,
    ) -> sdk_runtime::Call<types::GroupRoleAssignment> {
        let spec = sdk_runtime::request::path(
                "/projects/{project_id}/groups/{group_id}/roles",
                &[("project_id", project_id), ("group_id", group_id)],
            )
            .and_then(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                        sdk_runtime::Method::POST,
                        path,
                    )
                    .with_security(&[&["AdminApiKeyAuth"]]);
                spec.body = sdk_runtime::Body::json(body)?;
                Ok(spec)
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Retrieves a project role assigned to a group.
    ///
    /// `GET /projects/{project_id}/groups/{group_id}/roles/{role_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.projects().groups().roles().retrieve("string", "string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        project_id: &str,
        group_id: &str,
        role_id: &str,
    ) -> sdk_runtime::Call<types::AssignedRoleDetails> {
        let spec = sdk_runtime::request::path(
                "/projects/{project_id}/groups/{group_id}/roles/{role_id}",
                &[
                    ("project_id", project_id),
                    ("group_id", group_id),
                    ("role_id", role_id),
                ],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Unassigns a project role from a group within a project.
    ///
    /// `DELETE /projects/{project_id}/groups/{group_id}/roles/{role_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.projects().groups().roles().unassign("string", "string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn unassign(
        &self,
        project_id: &str,
        group_id: &str,
        role_id: &str,
    ) -> sdk_runtime::Call<types::DeletedRoleAssignmentResource> {
        let spec = sdk_runtime::request::path(
                "/projects/{project_id}/groups/{group_id}/roles/{role_id}",
                &[
                    ("project_id", project_id),
                    ("group_id", group_id),
                    ("role_id", role_id),
                ],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::DELETE, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `projects.roles`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let roles = client.projects().roles();
/// # let _ = roles;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct ProjectsRoles {
    pub(crate) client: sdk_runtime::Client,
}
impl ProjectsRoles {
    /// Lists the roles configured for a project.
    ///
    /// `GET /projects/{project_id}/roles`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListProjectRolesParams::default();
    /// let response = client.projects().roles().list("string", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        project_id: &str,
        params: &types::ListProjectRolesParams,
    ) -> sdk_runtime::Call<types::PublicRoleListResource> {
        let spec = sdk_runtime::request::path(
                "/projects/{project_id}/roles",
                &[("project_id", project_id)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                        sdk_runtime::Method::GET,
                        path,
                    )
                    .with_security(&[&["AdminApiKeyAuth"]]);
                spec.query("limit", &params.limit);
                spec.query("after", &params.after);
                spec.query("order", &params.order);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Creates a custom role for a project.
    ///
    /// `POST /projects/{project_id}/roles`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::PublicCreateOrganizationRoleBody = serde_json::from_str(r#"{"role_name":"string","permissions":["string"]}"#)?;
    /// let response = client.projects().roles().create("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        project_id: &str,
        body: &types::PublicCreateOrganizationRoleBody,
    ) -> sdk_runtime::Call<types::Role> {
        let spec = sdk_runtime::request::path(
                "/projects/{project_id}/roles",
                &[("project_id", project_id)],
            )
            .and_then(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                        sdk_runtime::Method::POST,
                        path,
                    )
                    .with_security(&[&["AdminApiKeyAuth"]]);
                spec.body = sdk_runtime::Body::json(body)?;
                Ok(spec)
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Retrieves a project role.
    ///
    /// `GET /projects/{project_id}/roles/{role_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.projects().roles().retrieve("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        project_id: &str,
        role_id: &str,
    ) -> sdk_runtime::Call<types::Role> {
        let spec = sdk_runtime::request::path(
                "/projects/{project_id}/roles/{role_id}",
                &[("project_id", project_id), ("role_id", role_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Updates an existing project role.
    ///
    /// `POST /projects/{project_id}/roles/{role_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::PublicUpdateOrganizationRoleBody = serde_json::from_str(r#"{}"#)?;
    /// let response = client.projects().roles().update("string", "string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update(
        &self,
        project_id: &str,
        role_id: &str,
        body: &types::PublicUpdateOrganizationRoleBody,
    ) -> sdk_runtime::Call<types::Role> {
        let spec = sdk_runtime::request::path(
                "/projects/{project_id}/roles/{role_id}",
                &[("project_id", project_id), ("role_id", role_id)],
            )
            .and_then(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                        sdk_runtime::Method::POST,
                        path,
                    )
                    .with_security(&[&["AdminApiKeyAuth"]]);
                spec.body = sdk_runtime::Body::json(body)?;
                Ok(spec)
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Deletes a custom role from a project.
    ///
    /// `DELETE /projects/{project_id}/roles/{role_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.projects().roles().delete("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        project_id: &str,
        role_id: &str,
    ) -> sdk_runtime::Call<types::RoleDeletedResource> {
        let spec = sdk_runtime::request::path(
                "/projects/{project_id}/roles/{role_id}",
                &[("project_id", project_id), ("role_id", role_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::DELETE, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `projects.users`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let users = client.projects().users();
/// # let _ = users;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct ProjectsUsers {
    pub(crate) client: sdk_runtime::Client,
}
impl ProjectsUsers {
    /// The `projects.users.roles` resource.
    #[inline]
    pub fn roles(&self) -> ProjectsUsersRoles {
        ProjectsUsersRoles {
            client: self.client.clone(),
        }
    }
}
/// Operations on `projects.users.roles`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let roles = client.projects().users().roles();
/// # let _ = roles;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct ProjectsUsersRoles {
    pub(crate) client: sdk_runtime::Client,
}
impl ProjectsUsersRoles {
    /// Lists the project roles assigned to a user within a project.
    ///
    /// `GET /projects/{project_id}/users/{user_id}/roles`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListProjectUserRoleAssignmentsParams::default();
    /// let response = client.projects().users().roles().list("string", "string", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        project_id: &str,
        user_id: &str,
        params: &types::ListProjectUserRoleAssignmentsParams,
    ) -> sdk_runtime::Call<types::RoleListResource> {
        let spec = sdk_runtime::request::path(
                "/projects/{project_id}/users/{user_id}/roles",
                &[("project_id", project_id), ("user_id", user_id)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                        sdk_runtime::Method::GET,
                        path,
                    )
                    .with_security(&[&["AdminApiKeyAuth"]]);
                spec.query("limit", &params.limit);
                spec.query("after", &params.after);
                spec.query("order", &params.order);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Assigns a project role to a user within a project.
    ///
    /// `POST /projects/{project_id}/users/{user_id}/roles`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::PublicAssignOrganizationGroupRoleBody = serde_json::from_str(r#"{"role_id":"string"}"#)?;
    /// let response = client.projects().users().roles().assign("string", "string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn assign(
        &self,
        project_id: &str,
        user_id: &str,
        body: &types::PublicAssignOrganizationGroupRoleBody,
    ) -> sdk_runtime::Call<types::UserRoleAssignment> {
        let spec = sdk_runtime::request::path(
                "/projects/{project_id}/users/{user_id}/roles",
                &[("project_id", project_id), ("user_id", user_id)],
            )
            .and_then(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                        sdk_runtime::Method::POST,
                        path,
                    )
                    .with_security(&[&["AdminApiKeyAuth"]]);
                spec.body = sdk_runtime::Body::json(body)?;
                Ok(spec)
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Retrieves a project role assigned to a user.
    ///
    /// `GET /projects/{project_id}/users/{user_id}/roles/{role_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.projects().users().roles().retrieve("string", "string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        project_id: &str,
        user_id: &str,
        role_id: &str,
    ) -> sdk_runtime::Call<types::AssignedRoleDetails> {
        let spec = sdk_runtime::request::path(
                "/projects/{project_id}/users/{user_id}/roles/{role_id}",
                &[("project_id", project_id), ("user_id", user_id), ("role_id", role_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Unassigns a project role from a user within a project.
    ///
    /// `DELETE /projects/{project_id}/users/{user_id}/roles/{role_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.projects().users().roles().unassign("string", "string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn unassign(
        &self,
        project_id: &str,
        user_id: &str,
        role_id: &str,
    ) -> sdk_runtime::Call<types::DeletedRoleAssignmentResource> {
        let spec = sdk_runtime::request::path(
                "/projects/{project_id}/users/{user_id}/roles/{role_id}",
                &[("project_id", project_id), ("user_id", user_id), ("role_id", role_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::DELETE, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
