//! The `organization` resource and the resources below it.
use crate::types;
/// Operations on `organization`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let organization = client.organization();
/// # let _ = organization;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Organization {
    pub(crate) client: sdk_runtime::Client,
}
impl Organization {
    /// The `organization.admin_api_keys` resource.
    #[inline]
    pub fn admin_api_keys(&self) -> OrganizationAdminApiKeys {
        OrganizationAdminApiKeys {
            client: self.client.clone(),
        }
    }
    /// The `organization.audit_logs` resource.
    #[inline]
    pub fn audit_logs(&self) -> OrganizationAuditLogs {
        OrganizationAuditLogs {
            client: self.client.clone(),
        }
    }
    /// The `organization.certificates` resource.
    #[inline]
    pub fn certificates(&self) -> OrganizationCertificates {
        OrganizationCertificates {
            client: self.client.clone(),
        }
    }
    /// The `organization.costs` resource.
    #[inline]
    pub fn costs(&self) -> OrganizationCosts {
        OrganizationCosts {
            client: self.client.clone(),
        }
    }
    /// The `organization.data_retention` resource.
    #[inline]
    pub fn data_retention(&self) -> OrganizationDataRetention {
        OrganizationDataRetention {
            client: self.client.clone(),
        }
    }
    /// The `organization.groups` resource.
    #[inline]
    pub fn groups(&self) -> OrganizationGroups {
        OrganizationGroups {
            client: self.client.clone(),
        }
    }
    /// The `organization.invites` resource.
    #[inline]
    pub fn invites(&self) -> OrganizationInvites {
        OrganizationInvites {
            client: self.client.clone(),
        }
    }
    /// The `organization.projects` resource.
    #[inline]
    pub fn projects(&self) -> OrganizationProjects {
        OrganizationProjects {
            client: self.client.clone(),
        }
    }
    /// The `organization.roles` resource.
    #[inline]
    pub fn roles(&self) -> OrganizationRoles {
        OrganizationRoles {
            client: self.client.clone(),
        }
    }
    /// The `organization.spend_alerts` resource.
    #[inline]
    pub fn spend_alerts(&self) -> OrganizationSpendAlerts {
        OrganizationSpendAlerts {
            client: self.client.clone(),
        }
    }
    /// The `organization.spend_limit` resource.
    #[inline]
    pub fn spend_limit(&self) -> OrganizationSpendLimit {
        OrganizationSpendLimit {
            client: self.client.clone(),
        }
    }
    /// The `organization.usage` resource.
    #[inline]
    pub fn usage(&self) -> OrganizationUsage {
        OrganizationUsage {
            client: self.client.clone(),
        }
    }
    /// The `organization.users` resource.
    #[inline]
    pub fn users(&self) -> OrganizationUsers {
        OrganizationUsers {
            client: self.client.clone(),
        }
    }
}
/// Operations on `organization.admin_api_keys`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let admin_api_keys = client.organization().admin_api_keys();
/// # let _ = admin_api_keys;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationAdminApiKeys {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationAdminApiKeys {
    /// List organization API keys
    ///
    /// Retrieve a paginated list of organization admin API keys.
    ///
    /// `GET /organization/admin_api_keys`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::AdminApiKeysListParams::default();
    /// let response = client.organization().admin_api_keys().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::AdminApiKeysListParams,
    ) -> sdk_runtime::Call<types::ApiKeyList> {
        let spec = sdk_runtime::request::path("/organization/admin_api_keys", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                        sdk_runtime::Method::GET,
                        path,
                    )
                    .with_security(&[&["AdminApiKeyAuth"]]);
                spec.query("after", &params.after);
                spec.query("order", &params.order);
                spec.query("limit", &params.limit);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Create an organization admin API key
    ///
    /// Create a new admin-level API key for the organization.
    ///
    /// `POST /organization/admin_api_keys`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::AdminApiKeysCreateRequest = serde_json::from_str(r#"{"name":"New Admin Key"}"#)?;
    /// let response = client.organization().admin_api_keys().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::AdminApiKeysCreateRequest,
    ) -> sdk_runtime::Call<types::AdminApiKeyCreateResponse> {
        let spec = sdk_runtime::request::path("/organization/admin_api_keys", &[])
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
    /// Retrieve a single organization API key
    ///
    /// Get details for a specific organization API key by its ID.
    ///
    /// `GET /organization/admin_api_keys/{key_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().admin_api_keys().retrieve("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(&self, key_id: &str) -> sdk_runtime::Call<types::AdminApiKey> {
        let spec = sdk_runtime::request::path(
                "/organization/admin_api_keys/{key_id}",
                &[("key_id", key_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Delete an organization admin API key
    ///
    /// Delete the specified admin API key.
    ///
    /// `DELETE /organization/admin_api_keys/{key_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().admin_api_keys().delete("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        key_id: &str,
    ) -> sdk_runtime::Call<types::AdminApiKeysDeleteResponse> {
        let spec = sdk_runtime::request::path(
                "/organization/admin_api_keys/{key_id}",
                &[("key_id", key_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::DELETE, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.audit_logs`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let audit_logs = client.organization().audit_logs();
/// # let _ = audit_logs;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationAuditLogs {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationAuditLogs {
    /// List user actions and configuration changes within this organization.
    ///
    /// `GET /organization/audit_logs`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListAuditLogsParams::default();
    /// let response = client.organization().audit_logs().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::ListAuditLogsParams,
    ) -> sdk_runtime::Call<types::ListAuditLogsResponse> {
        let spec = sdk_runtime::request::path("/organization/audit_logs", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                        sdk_runtime::Method::GET,
                        path,
                    )
                    .with_security(&[&["AdminApiKeyAuth"]]);
                spec.query("effective_at", &params.effective_at);
                spec.query("project_ids[]", &params.project_ids);
                spec.query("event_types[]", &params.event_types);
                spec.query("actor_ids[]", &params.actor_ids);
                spec.query("actor_emails[]", &params.actor_emails);
                spec.query("resource_ids[]", &params.resource_ids);
                spec.query("tenant_only", &params.tenant_only);
                spec.query("limit", &params.limit);
                spec.query("after", &params.after);
                spec.query("before", &params.before);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.certificates`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let certificates = client.organization().certificates();
/// # let _ = certificates;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationCertificates {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationCertificates {
    /// List uploaded certificates for this organization.
    ///
    /// `GET /organization/certificates`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListOrganizationCertificatesParams::default();
    /// let response = client.organization().certificates().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::ListOrganizationCertificatesParams,
    ) -> sdk_runtime::Call<types::ListCertificatesResponse> {
        let spec = sdk_runtime::request::path("/organization/certificates", &[])
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
    /// Upload a certificate to the organization. This does **not** automatically activate the certificate.
    ///
    /// Organizations can upload up to 50 certificates.
    ///
    /// `POST /organization/certificates`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::UploadCertificateRequest = serde_json::from_str(r#"{"certificate":"string"}"#)?;
    /// let response = client.organization().certificates().upload(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn upload(
        &self,
        body: &types::UploadCertificateRequest,
    ) -> sdk_runtime::Call<types::Certificate> {
        let spec = sdk_runtime::request::path("/organization/certificates", &[])
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
    /// Activate certificates at the organization level.
    ///
    /// You can atomically and idempotently activate up to 10 certificates at a time.
    ///
    /// `POST /organization/certificates/activate`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::ToggleCertificatesRequest = serde_json::from_str(r#"{"certificate_ids":["cert_abc"]}"#)?;
    /// let response = client.organization().certificates().activate(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn activate(
        &self,
        body: &types::ToggleCertificatesRequest,
    ) -> sdk_runtime::Call<types::OrganizationCertificateActivationResponse> {
        let spec = sdk_runtime::request::path("/organization/certificates/activate", &[])
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
    /// Deactivate certificates at the organization level.
    ///
    /// You can atomically and idempotently deactivate up to 10 certificates at a time.
    ///
    /// `POST /organization/certificates/deactivate`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::ToggleCertificatesRequest = serde_json::from_str(r#"{"certificate_ids":["cert_abc"]}"#)?;
    /// let response = client.organization().certificates().deactivate(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn deactivate(
        &self,
        body: &types::ToggleCertificatesRequest,
    ) -> sdk_runtime::Call<types::OrganizationCertificateDeactivationResponse> {
        let spec = sdk_runtime::request::path(
                "/organization/certificates/deactivate",
                &[],
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
    /// Get a certificate that has been uploaded to the organization.
    ///
    /// You can get a certificate regardless of whether it is active or not.
    ///
    /// `GET /organization/certificates/{certificate_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::GetCertificateParams::default();
    /// let response = client.organization().certificates().retrieve("string", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        certificate_id: &str,
        params: &types::GetCertificateParams,
    ) -> sdk_runtime::Call<types::Certificate> {
        let spec = sdk_runtime::request::path(
                "/organization/certificates/{certificate_id}",
                &[("certificate_id", certificate_id)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                        sdk_runtime::Method::GET,
                        path,
                    )
                    .with_security(&[&["AdminApiKeyAuth"]]);
                spec.query("include", &params.include);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Modify a certificate. Note that only the name can be modified.
    ///
    /// `POST /organization/certificates/{certificate_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::ModifyCertificateRequest = serde_json::from_str(r#"{}"#)?;
    /// let response = client.organization().certificates().update("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update(
        &self,
        certificate_id: &str,
        body: &types::ModifyCertificateRequest,
    ) -> sdk_runtime::Call<types::Certificate> {
        let spec = sdk_runtime::request::path(
                "/organization/certificates/{certificate_id}",
                &[("certificate_id", certificate_id)],
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
    /// Delete a certificate from the organization.
    ///
    /// The certificate must be inactive for the organization and all projects.
    ///
    /// `DELETE /organization/certificates/{certificate_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().certificates().delete("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        certificate_id: &str,
    ) -> sdk_runtime::Call<types::DeleteCertificateResponse> {
        let spec = sdk_runtime::request::path(
                "/organization/certificates/{certificate_id}",
                &[("certificate_id", certificate_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::DELETE, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.costs`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let costs = client.organization().costs();
/// # let _ = costs;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationCosts {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationCosts {
    /// Get costs details for the organization.
    ///
    /// `GET /organization/costs`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params: openai_client::types::UsageCostsParams = serde_json::from_str(r#"{"start_time":1}"#)?;
    /// let response = client.organization().costs().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::UsageCostsParams,
    ) -> sdk_runtime::Call<types::UsageResponse> {
        let spec = sdk_runtime::request::path("/organization/costs", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                        sdk_runtime::Method::GET,
                        path,
                    )
                    .with_security(&[&["AdminApiKeyAuth"]]);
                spec.query("start_time", &params.start_time);
                spec.query("end_time", &params.end_time);
                spec.query("bucket_width", &params.bucket_width);
                spec.query("project_ids", &params.project_ids);
                spec.query("api_key_ids", &params.api_key_ids);
                spec.query("group_by", &params.group_by);
                spec.query("limit", &params.limit);
                spec.query("page", &params.page);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.data_retention`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let data_retention = client.organization().data_retention();
/// # let _ = data_retention;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationDataRetention {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationDataRetention {
    /// Retrieves organization data retention controls.
    ///
    /// `GET /organization/data_retention`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().data_retention().retrieve().await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(&self) -> sdk_runtime::Call<types::OrganizationDataRetention> {
        let spec = sdk_runtime::request::path("/organization/data_retention", &[])
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Updates organization data retention controls.
    ///
    /// `POST /organization/data_retention`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::UpdateOrganizationDataRetentionBody = serde_json::from_str(r#"{"retention_type":"zero_data_retention"}"#)?;
    /// let response = client.organization().data_retention().update(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update(
        &self,
        body: &types::UpdateOrganizationDataRetentionBody,
    ) -> sdk_runtime::Call<types::OrganizationDataRetention> {
        let spec = sdk_runtime::request::path("/organization/data_retention", &[])
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
}
/// Operations on `organization.groups`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let groups = client.organization().groups();
/// # let _ = groups;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationGroups {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationGroups {
    /// The `organization.groups.roles` resource.
    #[inline]
    pub fn roles(&self) -> OrganizationGroupsRoles {
        OrganizationGroupsRoles {
            client: self.client.clone(),
        }
    }
    /// The `organization.groups.users` resource.
    #[inline]
    pub fn users(&self) -> OrganizationGroupsUsers {
        OrganizationGroupsUsers {
            client: self.client.clone(),
        }
    }
    /// Lists all groups in the organization.
    ///
    /// `GET /organization/groups`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListGroupsParams::default();
    /// let response = client.organization().groups().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::ListGroupsParams,
    ) -> sdk_runtime::Call<types::GroupListResource> {
        let spec = sdk_runtime::request::path("/organization/groups", &[])
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
    /// Creates a new group in the organization.
    ///
    /// `POST /organization/groups`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateGroupBody = serde_json::from_str(r#"{"name":"string"}"#)?;
    /// let response = client.organization().groups().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateGroupBody,
    ) -> sdk_runtime::Call<types::GroupResponse> {
        let spec = sdk_runtime::request::path("/organization/groups", &[])
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
    /// Retrieves a group.
    ///
    /// `GET /organization/groups/{group_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().groups().retrieve("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(&self, group_id: &str) -> sdk_runtime::Call<types::GroupResponse> {
        let spec = sdk_runtime::request::path(
                "/organization/groups/{group_id}",
                &[("group_id", group_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Updates a group's information.
    ///
    /// `POST /organization/groups/{group_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::UpdateGroupBody = serde_json::from_str(r#"{"name":"string"}"#)?;
    /// let response = client.organization().groups().update("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update(
        &self,
        group_id: &str,
        body: &types::UpdateGroupBody,
    ) -> sdk_runtime::Call<types::GroupResourceWithSuccess> {
        let spec = sdk_runtime::request::path(
                "/organization/groups/{group_id}",
                &[("group_id", group_id)],
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
    /// Deletes a group from the organization.
    ///
    /// `DELETE /organization/groups/{group_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().groups().delete("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        group_id: &str,
    ) -> sdk_runtime::Call<types::GroupDeletedResource> {
        let spec = sdk_runtime::request::path(
                "/organization/groups/{group_id}",
                &[("group_id", group_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::DELETE, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.groups.roles`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let roles = client.organization().groups().roles();
/// # let _ = roles;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationGroupsRoles {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationGroupsRoles {
    /// Lists the organization roles assigned to a group within the organization.
    ///
    /// `GET /organization/groups/{group_id}/roles`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListGroupRoleAssignmentsParams::default();
    /// let response = client.organization().groups().roles().list("string", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        group_id: &str,
        params: &types::ListGroupRoleAssignmentsParams,
    ) -> sdk_runtime::Call<types::RoleListResource> {
        let spec = sdk_runtime::request::path(
                "/organization/groups/{group_id}/roles",
                &[("group_id", group_id)],
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
    /// Assigns an organization role to a group within the organization.
    ///
    /// `POST /organization/groups/{group_id}/roles`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::PublicAssignOrganizationGroupRoleBody = serde_json::from_str(r#"{"role_id":"string"}"#)?;
    /// let response = client.organization().groups().roles().assign("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn assign(
        &self,
        group_id: &str,
        body: &types::PublicAssignOrganizationGroupRoleBody,
    ) -> sdk_runtime::Call<types::GroupRoleAssignment> {
        let spec = sdk_runtime::request::path(
                "/organization/groups/{group_id}/roles",
                &[("group_id", group_id)],
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
    /// Retrieves an organization role assigned to a group.
    ///
    /// `GET /organization/groups/{group_id}/roles/{role_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().groups().roles().retrieve("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        group_id: &str,
        role_id: &str,
    ) -> sdk_runtime::Call<types::AssignedRoleDetails> {
        let spec = sdk_runtime::request::path(
                "/organization/groups/{group_id}/roles/{role_id}",
                &[("group_id", group_id), ("role_id", role_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Unassigns an organization role from a group within the organization.
    ///
    /// `DELETE /organization/groups/{group_id}/roles/{role_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().groups().roles().unassign("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn unassign(
        &self,
        group_id: &str,
        role_id: &str,
    ) -> sdk_runtime::Call<types::DeletedRoleAssignmentResource> {
        let spec = sdk_runtime::request::path(
                "/organization/groups/{group_id}/roles/{role_id}",
                &[("group_id", group_id), ("role_id", role_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::DELETE, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.groups.users`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let users = client.organization().groups().users();
/// # let _ = users;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationGroupsUsers {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationGroupsUsers {
    /// Lists the users assigned to a group.
    ///
    /// `GET /organization/groups/{group_id}/users`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListGroupUsersParams::default();
    /// let response = client.organization().groups().users().list("string", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        group_id: &str,
        params: &types::ListGroupUsersParams,
    ) -> sdk_runtime::Call<types::UserListResource> {
        let spec = sdk_runtime::request::path(
                "/organization/groups/{group_id}/users",
                &[("group_id", group_id)],
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
    /// Adds a user to a group.
    ///
    /// `POST /organization/groups/{group_id}/users`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateGroupUserBody = serde_json::from_str(r#"{"user_id":"string"}"#)?;
    /// let response = client.organization().groups().users().add("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn add(
        &self,
        group_id: &str,
        body: &types::CreateGroupUserBody,
    ) -> sdk_runtime::Call<types::GroupUserAssignment> {
        let spec = sdk_runtime::request::path(
                "/organization/groups/{group_id}/users",
                &[("group_id", group_id)],
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
    /// Retrieves a user in a group.
    ///
    /// `GET /organization/groups/{group_id}/users/{user_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().groups().users().retrieve("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        group_id: &str,
        user_id: &str,
    ) -> sdk_runtime::Call<types::GroupMemberUser> {
        let spec = sdk_runtime::request::path(
                "/organization/groups/{group_id}/users/{user_id}",
                &[("group_id", group_id), ("user_id", user_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Removes a user from a group.
    ///
    /// `DELETE /organization/groups/{group_id}/users/{user_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().groups().users().delete("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        group_id: &str,
        user_id: &str,
    ) -> sdk_runtime::Call<types::GroupUserDeletedResource> {
        let spec = sdk_runtime::request::path(
                "/organization/groups/{group_id}/users/{user_id}",
                &[("group_id", group_id), ("user_id", user_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::DELETE, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.invites`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let invites = client.organization().invites();
/// # let _ = invites;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationInvites {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationInvites {
    /// Returns a list of invites in the organization.
    ///
    /// `GET /organization/invites`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListInvitesParams::default();
    /// let response = client.organization().invites().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::ListInvitesParams,
    ) -> sdk_runtime::Call<types::InviteListResponse> {
        let spec = sdk_runtime::request::path("/organization/invites", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                        sdk_runtime::Method::GET,
                        path,
                    )
                    .with_security(&[&["AdminApiKeyAuth"]]);
                spec.query("limit", &params.limit);
                spec.query("after", &params.after);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Create an invite for a user to the organization. The invite must be accepted by the user before they have access to the organization.
    ///
    /// `POST /organization/invites`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::InviteRequest = serde_json::from_str(r#"{"email":"string","role":"reader"}"#)?;
    /// let response = client.organization().invites().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::InviteRequest,
    ) -> sdk_runtime::Call<types::Invite> {
        let spec = sdk_runtime::request::path("/organization/invites", &[])
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
    /// Retrieves an invite.
    ///
    /// `GET /organization/invites/{invite_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().invites().retrieve("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(&self, invite_id: &str) -> sdk_runtime::Call<types::Invite> {
        let spec = sdk_runtime::request::path(
                "/organization/invites/{invite_id}",
                &[("invite_id", invite_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Delete an invite. If the invite has already been accepted, it cannot be deleted.
    ///
    /// `DELETE /organization/invites/{invite_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().invites().delete("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        invite_id: &str,
    ) -> sdk_runtime::Call<types::InviteDeleteResponse> {
        let spec = sdk_runtime::request::path(
                "/organization/invites/{invite_id}",
                &[("invite_id", invite_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::DELETE, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.projects`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let projects = client.organization().projects();
/// # let _ = projects;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationProjects {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationProjects {
    /// The `organization.projects.api_keys` resource.
    #[inline]
    pub fn api_keys(&self) -> OrganizationProjectsApiKeys {
        OrganizationProjectsApiKeys {
            client: self.client.clone(),
        }
    }
    /// The `organization.projects.certificates` resource.
    #[inline]
    pub fn certificates(&self) -> OrganizationProjectsCertificates {
        OrganizationProjectsCertificates {
            client: self.client.clone(),
        }
    }
    /// The `organization.projects.data_retention` resource.
    #[inline]
    pub fn data_retention(&self) -> OrganizationProjectsDataRetention {
        OrganizationProjectsDataRetention {
            client: self.client.clone(),
        }
    }
    /// The `organization.projects.groups` resource.
    #[inline]
    pub fn groups(&self) -> OrganizationProjectsGroups {
        OrganizationProjectsGroups {
            client: self.client.clone(),
        }
    }
    /// The `organization.projects.hosted_tool_permissions` resource.
    #[inline]
    pub fn hosted_tool_permissions(&self) -> OrganizationProjectsHostedToolPermissions {
        OrganizationProjectsHostedToolPermissions {
            client: self.client.clone(),
        }
    }
    /// The `organization.projects.model_permissions` resource.
    #[inline]
    pub fn model_permissions(&self) -> OrganizationProjectsModelPermissions {
        OrganizationProjectsModelPermissions {
            client: self.client.clone(),
        }
    }
    /// The `organization.projects.rate_limits` resource.
    #[inline]
    pub fn rate_limits(&self) -> OrganizationProjectsRateLimits {
        OrganizationProjectsRateLimits {
            client: self.client.clone(),
        }
    }
    /// The `organization.projects.service_accounts` resource.
    #[inline]
    pub fn service_accounts(&self) -> OrganizationProjectsServiceAccounts {
        OrganizationProjectsServiceAccounts {
            client: self.client.clone(),
        }
    }
    /// The `organization.projects.spend_alerts` resource.
    #[inline]
    pub fn spend_alerts(&self) -> OrganizationProjectsSpendAlerts {
        OrganizationProjectsSpendAlerts {
            client: self.client.clone(),
        }
    }
    /// The `organization.projects.spend_limit` resource.
    #[inline]
    pub fn spend_limit(&self) -> OrganizationProjectsSpendLimit {
        OrganizationProjectsSpendLimit {
            client: self.client.clone(),
        }
    }
    /// The `organization.projects.users` resource.
    #[inline]
    pub fn users(&self) -> OrganizationProjectsUsers {
        OrganizationProjectsUsers {
            client: self.client.clone(),
        }
    }
    /// Returns a list of projects.
    ///
    /// `GET /organization/projects`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListProjectsParams::default();
    /// let response = client.organization().projects().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::ListProjectsParams,
    ) -> sdk_runtime::Call<types::ProjectListResponse> {
        let spec = sdk_runtime::request::path("/organization/projects", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                        sdk_runtime::Method::GET,
                        path,
                    )
                    .with_security(&[&["AdminApiKeyAuth"]]);
                spec.query("limit", &params.limit);
                spec.query("after", &params.after);
                spec.query("include_archived", &params.include_archived);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Create a new project in the organization. Projects can be created and archived, but cannot be deleted.
    ///
    /// `POST /organization/projects`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::ProjectCreateRequest = serde_json::from_str(r#"{"name":"string"}"#)?;
    /// let response = client.organization().projects().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::ProjectCreateRequest,
    ) -> sdk_runtime::Call<types::Project> {
        let spec = sdk_runtime::request::path("/organization/projects", &[])
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
    /// Retrieves a project.
    ///
    /// `GET /organization/projects/{project_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().projects().retrieve("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(&self, project_id: &str) -> sdk_runtime::Call<types::Project> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}",
                &[("project_id", project_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Modifies a project in the organization.
    ///
    /// `POST /organization/projects/{project_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::ProjectUpdateRequest = serde_json::from_str(r#"{}"#)?;
    /// let response = client.organization().projects().update("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update(
        &self,
        project_id: &str,
        body: &types::ProjectUpdateRequest,
    ) -> sdk_runtime::Call<types::Project> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}",
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
    /// Archives a project in the organization. Archived projects cannot be used or updated.
    ///
    /// `POST /organization/projects/{project_id}/archive`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().projects().archive("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn archive(&self, project_id: &str) -> sdk_runtime::Call<types::Project> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/archive",
                &[("project_id", project_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::POST, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.projects.api_keys`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let api_keys = client.organization().projects().api_keys();
/// # let _ = api_keys;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationProjectsApiKeys {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationProjectsApiKeys {
    /// Returns a list of API keys in the project.
    ///
    /// `GET /organization/projects/{project_id}/api_keys`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListProjectApiKeysParams::default();
    /// let response = client.organization().projects().api_keys().list("string", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        project_id: &str,
        params: &types::ListProjectApiKeysParams,
    ) -> sdk_runtime::Call<types::ProjectApiKeyListResponse> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/api_keys",
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
                spec.query("owner_project_access", &params.owner_project_access);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Retrieves an API key in the project.
    ///
    /// `GET /organization/projects/{project_id}/api_keys/{api_key_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().projects().api_keys().retrieve("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        project_id: &str,
        api_key_id: &str,
    ) -> sdk_runtime::Call<types::ProjectApiKey> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/api_keys/{api_key_id}",
                &[("project_id", project_id), ("api_key_id", api_key_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Deletes an API key from the project.
    ///
    /// Returns confirmation of the key deletion, or an error if the key belonged to
    /// a service account.
    ///
    /// `DELETE /organization/projects/{project_id}/api_keys/{api_key_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().projects().api_keys().delete("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        project_id: &str,
        api_key_id: &str,
    ) -> sdk_runtime::Call<types::ProjectApiKeyDeleteResponse> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/api_keys/{api_key_id}",
                &[("project_id", project_id), ("api_key_id", api_key_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::DELETE, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.projects.certificates`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let certificates = client.organization().projects().certificates();
/// # let _ = certificates;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationProjectsCertificates {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationProjectsCertificates {
    /// List certificates for this project.
    ///
    /// `GET /organization/projects/{project_id}/certificates`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListProjectCertificatesParams::default();
    /// let response = client.organization().projects().certificates().list("string", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        project_id: &str,
        params: &types::ListProjectCertificatesParams,
    ) -> sdk_runtime::Call<types::ListProjectCertificatesResponse> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/certificates",
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
    /// Activate certificates at the project level.
    ///
    /// You can atomically and idempotently activate up to 10 certificates at a time.
    ///
    /// `POST /organization/projects/{project_id}/certificates/activate`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::ToggleCertificatesRequest = serde_json::from_str(r#"{"certificate_ids":["cert_abc"]}"#)?;
    /// let response = client.organization().projects().certificates().activate("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn activate(
        &self,
        project_id: &str,
        body: &types::ToggleCertificatesRequest,
    ) -> sdk_runtime::Call<types::OrganizationProjectCertificateActivationResponse> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/certificates/activate",
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
    /// Deactivate certificates at the project level. You can atomically and
    /// idempotently deactivate up to 10 certificates at a time.
    ///
    /// `POST /organization/projects/{project_id}/certificates/deactivate`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::ToggleCertificatesRequest = serde_json::from_str(r#"{"certificate_ids":["cert_abc"]}"#)?;
    /// let response = client.organization().projects().certificates().deactivate("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn deactivate(
        &self,
        project_id: &str,
        body: &types::ToggleCertificatesRequest,
    ) -> sdk_runtime::Call<types::OrganizationProjectCertificateDeactivationResponse> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/certificates/deactivate",
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
}
/// Operations on `organization.projects.data_retention`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let data_retention = client.organization().projects().data_retention();
/// # let _ = data_retention;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationProjectsDataRetention {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationProjectsDataRetention {
    /// Retrieves project data retention controls.
    ///
    /// `GET /organization/projects/{project_id}/data_retention`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().projects().data_retention().retrieve("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        project_id: &str,
    ) -> sdk_runtime::Call<types::ProjectDataRetention> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/data_retention",
                &[("project_id", project_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Updates project data retention controls.
    ///
    /// `POST /organization/projects/{project_id}/data_retention`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::UpdateProjectDataRetentionBody = serde_json::from_str(r#"{"retention_type":"organization_default"}"#)?;
    /// let response = client.organization().projects().data_retention().update("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update(
        &self,
        project_id: &str,
        body: &types::UpdateProjectDataRetentionBody,
    ) -> sdk_runtime::Call<types::ProjectDataRetention> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/data_retention",
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
}
/// Operations on `organization.projects.groups`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let groups = client.organization().projects().groups();
/// # let _ = groups;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationProjectsGroups {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationProjectsGroups {
    /// Lists the groups that have access to a project.
    ///
    /// `GET /organization/projects/{project_id}/groups`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListProjectGroupsParams::default();
    /// let response = client.organization().projects().groups().list("string", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        project_id: &str,
        params: &types::ListProjectGroupsParams,
    ) -> sdk_runtime::Call<types::ProjectGroupListResource> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/groups",
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
    /// Grants a group access to a project.
    ///
    /// `POST /organization/projects/{project_id}/groups`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::InviteProjectGroupBody = serde_json::from_str(r#"{"group_id":"string","role":"string"}"#)?;
    /// let response = client.organization().projects().groups().add("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn add(
        &self,
        project_id: &str,
        body: &types::InviteProjectGroupBody,
    ) -> sdk_runtime::Call<types::ProjectGroup> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/groups",
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
    /// Retrieves a project's group.
    ///
    /// `GET /organization/projects/{project_id}/groups/{group_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::RetrieveProjectGroupParams::default();
    /// let response = client.organization().projects().groups().retrieve("string", "string", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        project_id: &str,
        group_id: &str,
        params: &types::RetrieveProjectGroupParams,
    ) -> sdk_runtime::Call<types::ProjectGroup> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/groups/{group_id}",
                &[("project_id", project_id), ("group_id", group_id)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                        sdk_runtime::Method::GET,
                        path,
                    )
                    .with_security(&[&["AdminApiKeyAuth"]]);
                spec.query("group_type", &params.group_type);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Revokes a group's access to a project.
    ///
    /// `DELETE /organization/projects/{project_id}/groups/{group_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().projects().groups().delete("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        project_id: &str,
        group_id: &str,
    ) -> sdk_runtime::Call<types::ProjectGroupDeletedResource> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/groups/{group_id}",
                &[("project_id", project_id), ("group_id", group_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::DELETE, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.projects.hosted_tool_permissions`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let hosted_tool_permissions = client.organization().projects().hosted_tool_permissions();
/// # let _ = hosted_tool_permissions;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationProjectsHostedToolPermissions {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationProjectsHostedToolPermissions {
    /// Returns hosted tool permissions for a project.
    ///
    /// `GET /organization/projects/{project_id}/hosted_tool_permissions`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().projects().hosted_tool_permissions().retrieve("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        project_id: &str,
    ) -> sdk_runtime::Call<types::ProjectHostedToolPermissions> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/hosted_tool_permissions",
                &[("project_id", project_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Updates hosted tool permissions for a project.
    ///
    /// `POST /organization/projects/{project_id}/hosted_tool_permissions`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::ProjectHostedToolPermissionsUpdateRequest = serde_json::from_str(r#"{}"#)?;
    /// let response = client.organization().projects().hosted_tool_permissions().update("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update(
        &self,
        project_id: &str,
        body: &types::ProjectHostedToolPermissionsUpdateRequest,
    ) -> sdk_runtime::Call<types::ProjectHostedToolPermissions> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/hosted_tool_permissions",
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
}
/// Operations on `organization.projects.model_permissions`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let model_permissions = client.organization().projects().model_permissions();
/// # let _ = model_permissions;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationProjectsModelPermissions {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationProjectsModelPermissions {
    /// Returns model permissions for a project.
    ///
    /// `GET /organization/projects/{project_id}/model_permissions`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().projects().model_permissions().retrieve("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        project_id: &str,
    ) -> sdk_runtime::Call<types::ProjectModelPermissions> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/model_permissions",
                &[("project_id", project_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Updates model permissions for a project.
    ///
    /// `POST /organization/projects/{project_id}/model_permissions`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::ProjectModelPermissionsUpdateRequest = serde_json::from_str(r#"{"mode":"allow_list","model_ids":["string"]}"#)?;
    /// let response = client.organization().projects().model_permissions().update("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update(
        &self,
        project_id: &str,
        body: &types::ProjectModelPermissionsUpdateRequest,
    ) -> sdk_runtime::Call<types::ProjectModelPermissions> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/model_permissions",
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
    /// Deletes model permissions for a project.
    ///
    /// `DELETE /organization/projects/{project_id}/model_permissions`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().projects().model_permissions().delete("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        project_id: &str,
    ) -> sdk_runtime::Call<types::ProjectModelPermissionsDeleteResponse> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/model_permissions",
                &[("project_id", project_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::DELETE, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.projects.rate_limits`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let rate_limits = client.organization().projects().rate_limits();
/// # let _ = rate_limits;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationProjectsRateLimits {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationProjectsRateLimits {
    /// Returns the rate limits per model for a project.
    ///
    /// `GET /organization/projects/{project_id}/rate_limits`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListProjectRateLimitsParams::default();
    /// let response = client.organization().projects().rate_limits().list("string", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        project_id: &str,
        params: &types::ListProjectRateLimitsParams,
    ) -> sdk_runtime::Call<types::ProjectRateLimitListResponse> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/rate_limits",
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
                spec.query("before", &params.before);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Updates a project rate limit.
    ///
    /// `POST /organization/projects/{project_id}/rate_limits/{rate_limit_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::ProjectRateLimitUpdateRequest = serde_json::from_str(r#"{}"#)?;
    /// let response = client.organization().projects().rate_limits().update("string", "string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update(
        &self,
        project_id: &str,
        rate_limit_id: &str,
        body: &types::ProjectRateLimitUpdateRequest,
    ) -> sdk_runtime::Call<types::ProjectRateLimit> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/rate_limits/{rate_limit_id}",
                &[("project_id", project_id), ("rate_limit_id", rate_limit_id)],
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
}
/// Operations on `organization.projects.service_accounts`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let service_accounts = client.organization().projects().service_accounts();
/// # let _ = service_accounts;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationProjectsServiceAccounts {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationProjectsServiceAccounts {
    /// Returns a list of service accounts in the project.
    ///
    /// `GET /organization/projects/{project_id}/service_accounts`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListProjectServiceAccountsParams::default();
    /// let response = client.organization().projects().service_accounts().list("string", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        project_id: &str,
        params: &types::ListProjectServiceAccountsParams,
    ) -> sdk_runtime::Call<types::ProjectServiceAccountListResponse> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/service_accounts",
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
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Creates a new service account in the project. By default, this also returns an unredacted API key for the service account.
    ///
    /// `POST /organization/projects/{project_id}/service_accounts`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::ProjectServiceAccountCreateRequest = serde_json::from_str(r#"{"name":"string"}"#)?;
    /// let response = client.organization().projects().service_accounts().create("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        project_id: &str,
        body: &types::ProjectServiceAccountCreateRequest,
    ) -> sdk_runtime::Call<types::ProjectServiceAccountCreateResponse> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/service_accounts",
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
    /// Retrieves a service account in the project.
    ///
    /// `GET /organization/projects/{project_id}/service_accounts/{service_account_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().projects().service_accounts().retrieve("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        project_id: &str,
        service_account_id: &str,
    ) -> sdk_runtime::Call<types::ProjectServiceAccount> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/service_accounts/{service_account_id}",
                &[("project_id", project_id), ("service_account_id", service_account_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Updates a service account in the project.
    ///
    /// `POST /organization/projects/{project_id}/service_accounts/{service_account_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::UpdateProjectServiceAccountBody = serde_json::from_str(r#"{}"#)?;
    /// let response = client.organization().projects().service_accounts().update("string", "string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update(
        &self,
        project_id: &str,
        service_account_id: &str,
        body: &types::UpdateProjectServiceAccountBody,
    ) -> sdk_runtime::Call<types::ProjectServiceAccount> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/service_accounts/{service_account_id}",
                &[("project_id", project_id), ("service_account_id", service_account_id)],
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
    /// Deletes a service account from the project.
    ///
    /// Returns confirmation of service account deletion, or an error if the project
    /// is archived (archived projects have no service accounts).
    ///
    /// `DELETE /organization/projects/{project_id}/service_accounts/{service_account_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().projects().service_accounts().delete("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        project_id: &str,
        service_account_id: &str,
    ) -> sdk_runtime::Call<types::ProjectServiceAccountDeleteResponse> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/service_accounts/{service_account_id}",
                &[("project_id", project_id), ("service_account_id", service_account_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::DELETE, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Creates an API key for a service account in the project.
    ///
    /// `POST /organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateProjectServiceAccountApiKeyBody = serde_json::from_str(r#"{}"#)?;
    /// let response = client.organization().projects().service_accounts().api_keys("string", "string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn api_keys(
        &self,
        project_id: &str,
        service_account_id: &str,
        body: &types::CreateProjectServiceAccountApiKeyBody,
    ) -> sdk_runtime::Call<types::ServiceAccountApiKeyBody> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys",
                &[("project_id", project_id), ("service_account_id", service_account_id)],
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
}
/// Operations on `organization.projects.spend_alerts`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let spend_alerts = client.organization().projects().spend_alerts();
/// # let _ = spend_alerts;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationProjectsSpendAlerts {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationProjectsSpendAlerts {
    /// Lists project spend alerts.
    ///
    /// `GET /organization/projects/{project_id}/spend_alerts`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListProjectSpendAlertsParams::default();
    /// let response = client.organization().projects().spend_alerts().list("string", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        project_id: &str,
        params: &types::ListProjectSpendAlertsParams,
    ) -> sdk_runtime::Call<types::ProjectSpendAlertListResource> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/spend_alerts",
                &[("project_id", project_id)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                        sdk_runtime::Method::GET,
                        path,
                    )
                    .with_security(&[&["AdminApiKeyAuth"]]);
                spec.query("limit", &params.limit);
                spec.query("order", &params.order);
                spec.query("after", &params.after);
                spec.query("before", &params.before);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Creates a project spend alert.
    ///
    /// `POST /organization/projects/{project_id}/spend_alerts`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateSpendAlertBody = serde_json::from_str(r#"{"threshold_amount":1,"currency":"USD","interval":"month","notification_channel":{"type":"email","recipients":["string"]}}"#)?;
    /// let response = client.organization().projects().spend_alerts().create("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        project_id: &str,
        body: &types::CreateSpendAlertBody,
    ) -> sdk_runtime::Call<types::ProjectSpendAlert> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/spend_alerts",
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
    /// Retrieves a project spend alert.
    ///
    /// `GET /organization/projects/{project_id}/spend_alerts/{alert_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().projects().spend_alerts().retrieve("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        project_id: &str,
        alert_id: &str,
    ) -> sdk_runtime::Call<types::ProjectSpendAlert> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/spend_alerts/{alert_id}",
                &[("project_id", project_id), ("alert_id", alert_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Updates a project spend alert.
    ///
    /// `POST /organization/projects/{project_id}/spend_alerts/{alert_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateSpendAlertBody = serde_json::from_str(r#"{"threshold_amount":1,"currency":"USD","interval":"month","notification_channel":{"type":"email","recipients":["string"]}}"#)?;
    /// let response = client.organization().projects().spend_alerts().update("string", "string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update(
        &self,
        project_id: &str,
        alert_id: &str,
        body: &types::CreateSpendAlertBody,
    ) -> sdk_runtime::Call<types::ProjectSpendAlert> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/spend_alerts/{alert_id}",
                &[("project_id", project_id), ("alert_id", alert_id)],
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
    /// Deletes a project spend alert.
    ///
    /// `DELETE /organization/projects/{project_id}/spend_alerts/{alert_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().projects().spend_alerts().delete("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        project_id: &str,
        alert_id: &str,
    ) -> sdk_runtime::Call<types::ProjectSpendAlertDeletedResource> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/spend_alerts/{alert_id}",
                &[("project_id", project_id), ("alert_id", alert_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::DELETE, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.projects.spend_limit`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let spend_limit = client.organization().projects().spend_limit();
/// # let _ = spend_limit;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationProjectsSpendLimit {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationProjectsSpendLimit {
    /// Get a project's hard spend limit.
    ///
    /// `GET /organization/projects/{project_id}/spend_limit`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().projects().spend_limit().retrieve("proj_123").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        project_id: &str,
    ) -> sdk_runtime::Call<types::ProjectSpendLimitResource> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/spend_limit",
                &[("project_id", project_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Create or replace a project's hard spend limit.
    ///
    /// `POST /organization/projects/{project_id}/spend_limit`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::UpdateProjectSpendLimitBody = serde_json::from_str(r#"{"threshold_amount":1,"currency":"USD","interval":"month"}"#)?;
    /// let response = client.organization().projects().spend_limit().update("proj_123", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update(
        &self,
        project_id: &str,
        body: &types::UpdateProjectSpendLimitBody,
    ) -> sdk_runtime::Call<types::ProjectSpendLimitResource> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/spend_limit",
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
    /// Delete a project's hard spend limit.
    ///
    /// `DELETE /organization/projects/{project_id}/spend_limit`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().projects().spend_limit().delete("proj_123").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        project_id: &str,
    ) -> sdk_runtime::Call<types::ProjectSpendLimitDeletedResource> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/spend_limit",
                &[("project_id", project_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::DELETE, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.projects.users`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let users = client.organization().projects().users();
/// # let _ = users;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationProjectsUsers {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationProjectsUsers {
    /// Returns a list of users in the project.
    ///
    /// `GET /organization/projects/{project_id}/users`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListProjectUsersParams::default();
    /// let response = client.organization().projects().users().list("string", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        project_id: &str,
        params: &types::ListProjectUsersParams,
    ) -> sdk_runtime::Call<types::ProjectUserListResponse> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/users",
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
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Adds a user to the project. Users must already be members of the organization to be added to a project.
    ///
    /// `POST /organization/projects/{project_id}/users`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::ProjectUserCreateRequest = serde_json::from_str(r#"{"role":"string"}"#)?;
    /// let response = client.organization().projects().users().create("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        project_id: &str,
        body: &types::ProjectUserCreateRequest,
    ) -> sdk_runtime::Call<types::ProjectUser> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/users",
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
    /// Retrieves a user in the project.
    ///
    /// `GET /organization/projects/{project_id}/users/{user_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().projects().users().retrieve("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        project_id: &str,
        user_id: &str,
    ) -> sdk_runtime::Call<types::ProjectUser> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/users/{user_id}",
                &[("project_id", project_id), ("user_id", user_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Modifies a user's role in the project.
    ///
    /// `POST /organization/projects/{project_id}/users/{user_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::ProjectUserUpdateRequest = serde_json::from_str(r#"{}"#)?;
    /// let response = client.organization().projects().users().update("string", "string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update(
        &self,
        project_id: &str,
        user_id: &str,
        body: &types::ProjectUserUpdateRequest,
    ) -> sdk_runtime::Call<types::ProjectUser> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/users/{user_id}",
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
    /// Deletes a user from the project.
    ///
    /// Returns confirmation of project user deletion, or an error if the project is
    /// archived (archived projects have no users).
    ///
    /// `DELETE /organization/projects/{project_id}/users/{user_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().projects().users().delete("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        project_id: &str,
        user_id: &str,
    ) -> sdk_runtime::Call<types::ProjectUserDeleteResponse> {
        let spec = sdk_runtime::request::path(
                "/organization/projects/{project_id}/users/{user_id}",
                &[("project_id", project_id), ("user_id", user_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::DELETE, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.roles`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let roles = client.organization().roles();
/// # let _ = roles;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationRoles {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationRoles {
    /// Lists the roles configured for the organization.
    ///
    /// `GET /organization/roles`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListRolesParams::default();
    /// let response = client.organization().roles().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::ListRolesParams,
    ) -> sdk_runtime::Call<types::PublicRoleListResource> {
        let spec = sdk_runtime::request::path("/organization/roles", &[])
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
    /// Creates a custom role for the organization.
    ///
    /// `POST /organization/roles`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::PublicCreateOrganizationRoleBody = serde_json::from_str(r#"{"role_name":"string","permissions":["string"]}"#)?;
    /// let response = client.organization().roles().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::PublicCreateOrganizationRoleBody,
    ) -> sdk_runtime::Call<types::Role> {
        let spec = sdk_runtime::request::path("/organization/roles", &[])
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
    /// Retrieves an organization role.
    ///
    /// `GET /organization/roles/{role_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().roles().retrieve("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(&self, role_id: &str) -> sdk_runtime::Call<types::Role> {
        let spec = sdk_runtime::request::path(
                "/organization/roles/{role_id}",
                &[("role_id", role_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Updates an existing organization role.
    ///
    /// `POST /organization/roles/{role_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::PublicUpdateOrganizationRoleBody = serde_json::from_str(r#"{}"#)?;
    /// let response = client.organization().roles().update("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update(
        &self,
        role_id: &str,
        body: &types::PublicUpdateOrganizationRoleBody,
    ) -> sdk_runtime::Call<types::Role> {
        let spec = sdk_runtime::request::path(
                "/organization/roles/{role_id}",
                &[("role_id", role_id)],
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
    /// Deletes a custom role from the organization.
    ///
    /// `DELETE /organization/roles/{role_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().roles().delete("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        role_id: &str,
    ) -> sdk_runtime::Call<types::RoleDeletedResource> {
        let spec = sdk_runtime::request::path(
                "/organization/roles/{role_id}",
                &[("role_id", role_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::DELETE, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.spend_alerts`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let spend_alerts = client.organization().spend_alerts();
/// # let _ = spend_alerts;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationSpendAlerts {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationSpendAlerts {
    /// Lists organization spend alerts.
    ///
    /// `GET /organization/spend_alerts`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListOrganizationSpendAlertsParams::default();
    /// let response = client.organization().spend_alerts().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::ListOrganizationSpendAlertsParams,
    ) -> sdk_runtime::Call<types::OrganizationSpendAlertListResource> {
        let spec = sdk_runtime::request::path("/organization/spend_alerts", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                        sdk_runtime::Method::GET,
                        path,
                    )
                    .with_security(&[&["AdminApiKeyAuth"]]);
                spec.query("limit", &params.limit);
                spec.query("order", &params.order);
                spec.query("after", &params.after);
                spec.query("before", &params.before);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Creates an organization spend alert.
    ///
    /// `POST /organization/spend_alerts`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateSpendAlertBody = serde_json::from_str(r#"{"threshold_amount":1,"currency":"USD","interval":"month","notification_channel":{"type":"email","recipients":["string"]}}"#)?;
    /// let response = client.organization().spend_alerts().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateSpendAlertBody,
    ) -> sdk_runtime::Call<types::OrganizationSpendAlert> {
        let spec = sdk_runtime::request::path("/organization/spend_alerts", &[])
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
    /// Retrieves an organization spend alert.
    ///
    /// `GET /organization/spend_alerts/{alert_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().spend_alerts().retrieve("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        alert_id: &str,
    ) -> sdk_runtime::Call<types::OrganizationSpendAlert> {
        let spec = sdk_runtime::request::path(
                "/organization/spend_alerts/{alert_id}",
                &[("alert_id", alert_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Updates an organization spend alert.
    ///
    /// `POST /organization/spend_alerts/{alert_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateSpendAlertBody = serde_json::from_str(r#"{"threshold_amount":1,"currency":"USD","interval":"month","notification_channel":{"type":"email","recipients":["string"]}}"#)?;
    /// let response = client.organization().spend_alerts().update("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update(
        &self,
        alert_id: &str,
        body: &types::CreateSpendAlertBody,
    ) -> sdk_runtime::Call<types::OrganizationSpendAlert> {
        let spec = sdk_runtime::request::path(
                "/organization/spend_alerts/{alert_id}",
                &[("alert_id", alert_id)],
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
    /// Deletes an organization spend alert.
    ///
    /// `DELETE /organization/spend_alerts/{alert_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().spend_alerts().delete("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        alert_id: &str,
    ) -> sdk_runtime::Call<types::OrganizationSpendAlertDeletedResource> {
        let spec = sdk_runtime::request::path(
                "/organization/spend_alerts/{alert_id}",
                &[("alert_id", alert_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::DELETE, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.spend_limit`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let spend_limit = client.organization().spend_limit();
/// # let _ = spend_limit;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationSpendLimit {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationSpendLimit {
    /// Get the organization's hard spend limit.
    ///
    /// `GET /organization/spend_limit`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().spend_limit().retrieve().await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(&self) -> sdk_runtime::Call<types::OrganizationSpendLimitResource> {
        let spec = sdk_runtime::request::path("/organization/spend_limit", &[])
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Create or replace the organization's hard spend limit.
    ///
    /// `POST /organization/spend_limit`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::UpdateProjectSpendLimitBody = serde_json::from_str(r#"{"threshold_amount":1,"currency":"USD","interval":"month"}"#)?;
    /// let response = client.organization().spend_limit().update(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update(
        &self,
        body: &types::UpdateProjectSpendLimitBody,
    ) -> sdk_runtime::Call<types::OrganizationSpendLimitResource> {
        let spec = sdk_runtime::request::path("/organization/spend_limit", &[])
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
    /// Delete the organization's hard spend limit.
    ///
    /// `DELETE /organization/spend_limit`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().spend_limit().delete().await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
    ) -> sdk_runtime::Call<types::OrganizationSpendLimitDeletedResource> {
        let spec = sdk_runtime::request::path("/organization/spend_limit", &[])
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::DELETE, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.usage`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let usage = client.organization().usage();
/// # let _ = usage;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationUsage {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationUsage {
    /// The `organization.usage.audio_speeches` resource.
    #[inline]
    pub fn audio_speeches(&self) -> OrganizationUsageAudioSpeeches {
        OrganizationUsageAudioSpeeches {
            client: self.client.clone(),
        }
    }
    /// The `organization.usage.audio_transcriptions` resource.
    #[inline]
    pub fn audio_transcriptions(&self) -> OrganizationUsageAudioTranscriptions {
        OrganizationUsageAudioTranscriptions {
            client: self.client.clone(),
        }
    }
    /// The `organization.usage.code_interpreter_sessions` resource.
    #[inline]
    pub fn code_interpreter_sessions(&self) -> OrganizationUsageCodeInterpreterSessions {
        OrganizationUsageCodeInterpreterSessions {
            client: self.client.clone(),
        }
    }
    /// The `organization.usage.completions` resource.
    #[inline]
    pub fn completions(&self) -> OrganizationUsageCompletions {
        OrganizationUsageCompletions {
            client: self.client.clone(),
        }
    }
    /// The `organization.usage.embeddings` resource.
    #[inline]
    pub fn embeddings(&self) -> OrganizationUsageEmbeddings {
        OrganizationUsageEmbeddings {
            client: self.client.clone(),
        }
    }
    /// The `organization.usage.file_search_calls` resource.
    #[inline]
    pub fn file_search_calls(&self) -> OrganizationUsageFileSearchCalls {
        OrganizationUsageFileSearchCalls {
            client: self.client.clone(),
        }
    }
    /// The `organization.usage.images` resource.
    #[inline]
    pub fn images(&self) -> OrganizationUsageImages {
        OrganizationUsageImages {
            client: self.client.clone(),
        }
    }
    /// The `organization.usage.moderations` resource.
    #[inline]
    pub fn moderations(&self) -> OrganizationUsageModerations {
        OrganizationUsageModerations {
            client: self.client.clone(),
        }
    }
    /// The `organization.usage.vector_stores` resource.
    #[inline]
    pub fn vector_stores(&self) -> OrganizationUsageVectorStores {
        OrganizationUsageVectorStores {
            client: self.client.clone(),
        }
    }
    /// The `organization.usage.web_search_calls` resource.
    #[inline]
    pub fn web_search_calls(&self) -> OrganizationUsageWebSearchCalls {
        OrganizationUsageWebSearchCalls {
            client: self.client.clone(),
        }
    }
}
/// Operations on `organization.usage.audio_speeches`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let audio_speeches = client.organization().usage().audio_speeches();
/// # let _ = audio_speeches;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationUsageAudioSpeeches {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationUsageAudioSpeeches {
    /// Get audio speeches usage details for the organization.
    ///
    /// `GET /organization/usage/audio_speeches`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params: openai_client::types::UsageAudioSpeechesParams = serde_json::from_str(r#"{"start_time":1}"#)?;
    /// let response = client.organization().usage().audio_speeches().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::UsageAudioSpeechesParams,
    ) -> sdk_runtime::Call<types::UsageResponse> {
        let spec = sdk_runtime::request::path("/organization/usage/audio_speeches", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                        sdk_runtime::Method::GET,
                        path,
                    )
                    .with_security(&[&["AdminApiKeyAuth"]]);
                spec.query("start_time", &params.start_time);
                spec.query("end_time", &params.end_time);
                spec.query("bucket_width", &params.bucket_width);
                spec.query("project_ids", &params.project_ids);
                spec.query("user_ids", &params.user_ids);
                spec.query("api_key_ids", &params.api_key_ids);
                spec.query("models", &params.models);
                spec.query("group_by", &params.group_by);
                spec.query("limit", &params.limit);
                spec.query("page", &params.page);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.usage.audio_transcriptions`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let audio_transcriptions = client.organization().usage().audio_transcriptions();
/// # let _ = audio_transcriptions;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationUsageAudioTranscriptions {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationUsageAudioTranscriptions {
    /// Get audio transcriptions usage details for the organization.
    ///
    /// `GET /organization/usage/audio_transcriptions`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params: openai_client::types::UsageAudioTranscriptionsParams = serde_json::from_str(r#"{"start_time":1}"#)?;
    /// let response = client.organization().usage().audio_transcriptions().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::UsageAudioTranscriptionsParams,
    ) -> sdk_runtime::Call<types::UsageResponse> {
        let spec = sdk_runtime::request::path(
                "/organization/usage/audio_transcriptions",
                &[],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                        sdk_runtime::Method::GET,
                        path,
                    )
                    .with_security(&[&["AdminApiKeyAuth"]]);
                spec.query("start_time", &params.start_time);
                spec.query("end_time", &params.end_time);
                spec.query("bucket_width", &params.bucket_width);
                spec.query("project_ids", &params.project_ids);
                spec.query("user_ids", &params.user_ids);
                spec.query("api_key_ids", &params.api_key_ids);
                spec.query("models", &params.models);
                spec.query("group_by", &params.group_by);
                spec.query("limit", &params.limit);
                spec.query("page", &params.page);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.usage.code_interpreter_sessions`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let code_interpreter_sessions = client.organization().usage().code_interpreter_sessions();
/// # let _ = code_interpreter_sessions;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationUsageCodeInterpreterSessions {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationUsageCodeInterpreterSessions {
    /// Get code interpreter sessions usage details for the organization.
    ///
    /// `GET /organization/usage/code_interpreter_sessions`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params: openai_client::types::UsageCodeInterpreterSessionsParams = serde_json::from_str(r#"{"start_time":1}"#)?;
    /// let response = client.organization().usage().code_interpreter_sessions().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::UsageCodeInterpreterSessionsParams,
    ) -> sdk_runtime::Call<types::UsageResponse> {
        let spec = sdk_runtime::request::path(
                "/organization/usage/code_interpreter_sessions",
                &[],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                        sdk_runtime::Method::GET,
                        path,
                    )
                    .with_security(&[&["AdminApiKeyAuth"]]);
                spec.query("start_time", &params.start_time);
                spec.query("end_time", &params.end_time);
                spec.query("bucket_width", &params.bucket_width);
                spec.query("project_ids", &params.project_ids);
                spec.query("group_by", &params.group_by);
                spec.query("limit", &params.limit);
                spec.query("page", &params.page);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.usage.completions`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let completions = client.organization().usage().completions();
/// # let _ = completions;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationUsageCompletions {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationUsageCompletions {
    /// Get completions usage details for the organization.
    ///
    /// `GET /organization/usage/completions`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params: openai_client::types::UsageCompletionsParams = serde_json::from_str(r#"{"start_time":1}"#)?;
    /// let response = client.organization().usage().completions().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::UsageCompletionsParams,
    ) -> sdk_runtime::Call<types::UsageResponse> {
        let spec = sdk_runtime::request::path("/organization/usage/completions", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                        sdk_runtime::Method::GET,
                        path,
                    )
                    .with_security(&[&["AdminApiKeyAuth"]]);
                spec.query("start_time", &params.start_time);
                spec.query("end_time", &params.end_time);
                spec.query("bucket_width", &params.bucket_width);
                spec.query("project_ids", &params.project_ids);
                spec.query("user_ids", &params.user_ids);
                spec.query("api_key_ids", &params.api_key_ids);
                spec.query("models", &params.models);
                spec.query("batch", &params.batch);
                spec.query("group_by", &params.group_by);
                spec.query("limit", &params.limit);
                spec.query("page", &params.page);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.usage.embeddings`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let embeddings = client.organization().usage().embeddings();
/// # let _ = embeddings;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationUsageEmbeddings {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationUsageEmbeddings {
    /// Get embeddings usage details for the organization.
    ///
    /// `GET /organization/usage/embeddings`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params: openai_client::types::UsageEmbeddingsParams = serde_json::from_str(r#"{"start_time":1}"#)?;
    /// let response = client.organization().usage().embeddings().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::UsageEmbeddingsParams,
    ) -> sdk_runtime::Call<types::UsageResponse> {
        let spec = sdk_runtime::request::path("/organization/usage/embeddings", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                        sdk_runtime::Method::GET,
                        path,
                    )
                    .with_security(&[&["AdminApiKeyAuth"]]);
                spec.query("start_time", &params.start_time);
                spec.query("end_time", &params.end_time);
                spec.query("bucket_width", &params.bucket_width);
                spec.query("project_ids", &params.project_ids);
                spec.query("user_ids", &params.user_ids);
                spec.query("api_key_ids", &params.api_key_ids);
                spec.query("models", &params.models);
                spec.query("group_by", &params.group_by);
                spec.query("limit", &params.limit);
                spec.query("page", &params.page);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.usage.file_search_calls`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let file_search_calls = client.organization().usage().file_search_calls();
/// # let _ = file_search_calls;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationUsageFileSearchCalls {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationUsageFileSearchCalls {
    /// Get file search calls usage details for the organization.
    ///
    /// `GET /organization/usage/file_search_calls`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params: openai_client::types::UsageFileSearchCallsParams = serde_json::from_str(r#"{"start_time":1}"#)?;
    /// let response = client.organization().usage().file_search_calls().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::UsageFileSearchCallsParams,
    ) -> sdk_runtime::Call<types::UsageResponse> {
        let spec = sdk_runtime::request::path(
                "/organization/usage/file_search_calls",
                &[],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                        sdk_runtime::Method::GET,
                        path,
                    )
                    .with_security(&[&["AdminApiKeyAuth"]]);
                spec.query("start_time", &params.start_time);
                spec.query("end_time", &params.end_time);
                spec.query("bucket_width", &params.bucket_width);
                spec.query("project_ids", &params.project_ids);
                spec.query("user_ids", &params.user_ids);
                spec.query("api_key_ids", &params.api_key_ids);
                spec.query("vector_store_ids", &params.vector_store_ids);
                spec.query("group_by", &params.group_by);
                spec.query("limit", &params.limit);
                spec.query("page", &params.page);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.usage.images`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let images = client.organization().usage().images();
/// # let _ = images;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationUsageImages {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationUsageImages {
    /// Get images usage details for the organization.
    ///
    /// `GET /organization/usage/images`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params: openai_client::types::UsageImagesParams = serde_json::from_str(r#"{"start_time":1}"#)?;
    /// let response = client.organization().usage().images().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::UsageImagesParams,
    ) -> sdk_runtime::Call<types::UsageResponse> {
        let spec = sdk_runtime::request::path("/organization/usage/images", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                        sdk_runtime::Method::GET,
                        path,
                    )
                    .with_security(&[&["AdminApiKeyAuth"]]);
                spec.query("start_time", &params.start_time);
                spec.query("end_time", &params.end_time);
                spec.query("bucket_width", &params.bucket_width);
                spec.query("sources", &params.sources);
                spec.query("sizes", &params.sizes);
                spec.query("project_ids", &params.project_ids);
                spec.query("user_ids", &params.user_ids);
                spec.query("api_key_ids", &params.api_key_ids);
                spec.query("models", &params.models);
                spec.query("group_by", &params.group_by);
                spec.query("limit", &params.limit);
                spec.query("page", &params.page);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.usage.moderations`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let moderations = client.organization().usage().moderations();
/// # let _ = moderations;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationUsageModerations {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationUsageModerations {
    /// Get moderations usage details for the organization.
    ///
    /// `GET /organization/usage/moderations`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params: openai_client::types::UsageModerationsParams = serde_json::from_str(r#"{"start_time":1}"#)?;
    /// let response = client.organization().usage().moderations().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::UsageModerationsParams,
    ) -> sdk_runtime::Call<types::UsageResponse> {
        let spec = sdk_runtime::request::path("/organization/usage/moderations", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                        sdk_runtime::Method::GET,
                        path,
                    )
                    .with_security(&[&["AdminApiKeyAuth"]]);
                spec.query("start_time", &params.start_time);
                spec.query("end_time", &params.end_time);
                spec.query("bucket_width", &params.bucket_width);
                spec.query("project_ids", &params.project_ids);
                spec.query("user_ids", &params.user_ids);
                spec.query("api_key_ids", &params.api_key_ids);
                spec.query("models", &params.models);
                spec.query("group_by", &params.group_by);
                spec.query("limit", &params.limit);
                spec.query("page", &params.page);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.usage.vector_stores`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let vector_stores = client.organization().usage().vector_stores();
/// # let _ = vector_stores;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationUsageVectorStores {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationUsageVectorStores {
    /// Get vector stores usage details for the organization.
    ///
    /// `GET /organization/usage/vector_stores`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params: openai_client::types::UsageVectorStoresParams = serde_json::from_str(r#"{"start_time":1}"#)?;
    /// let response = client.organization().usage().vector_stores().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::UsageVectorStoresParams,
    ) -> sdk_runtime::Call<types::UsageResponse> {
        let spec = sdk_runtime::request::path("/organization/usage/vector_stores", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                        sdk_runtime::Method::GET,
                        path,
                    )
                    .with_security(&[&["AdminApiKeyAuth"]]);
                spec.query("start_time", &params.start_time);
                spec.query("end_time", &params.end_time);
                spec.query("bucket_width", &params.bucket_width);
                spec.query("project_ids", &params.project_ids);
                spec.query("group_by", &params.group_by);
                spec.query("limit", &params.limit);
                spec.query("page", &params.page);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.usage.web_search_calls`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let web_search_calls = client.organization().usage().web_search_calls();
/// # let _ = web_search_calls;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationUsageWebSearchCalls {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationUsageWebSearchCalls {
    /// Get web search calls usage details for the organization.
    ///
    /// `GET /organization/usage/web_search_calls`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params: openai_client::types::UsageWebSearchCallsParams = serde_json::from_str(r#"{"start_time":1}"#)?;
    /// let response = client.organization().usage().web_search_calls().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::UsageWebSearchCallsParams,
    ) -> sdk_runtime::Call<types::UsageResponse> {
        let spec = sdk_runtime::request::path(
                "/organization/usage/web_search_calls",
                &[],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                        sdk_runtime::Method::GET,
                        path,
                    )
                    .with_security(&[&["AdminApiKeyAuth"]]);
                spec.query("start_time", &params.start_time);
                spec.query("end_time", &params.end_time);
                spec.query("bucket_width", &params.bucket_width);
                spec.query("project_ids", &params.project_ids);
                spec.query("user_ids", &params.user_ids);
                spec.query("api_key_ids", &params.api_key_ids);
                spec.query("models", &params.models);
                spec.query("context_levels", &params.context_levels);
                spec.query("group_by", &params.group_by);
                spec.query("limit", &params.limit);
                spec.query("page", &params.page);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.users`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let users = client.organization().users();
/// # let _ = users;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationUsers {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationUsers {
    /// The `organization.users.roles` resource.
    #[inline]
    pub fn roles(&self) -> OrganizationUsersRoles {
        OrganizationUsersRoles {
            client: self.client.clone(),
        }
    }
    /// Lists all of the users in the organization.
    ///
    /// `GET /organization/users`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListUsersParams::default();
    /// let response = client.organization().users().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::ListUsersParams,
    ) -> sdk_runtime::Call<types::UserListResponse> {
        let spec = sdk_runtime::request::path("/organization/users", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                        sdk_runtime::Method::GET,
                        path,
                    )
                    .with_security(&[&["AdminApiKeyAuth"]]);
                spec.query("limit", &params.limit);
                spec.query("after", &params.after);
                spec.query("emails", &params.emails);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Retrieves a user by their identifier.
    ///
    /// `GET /organization/users/{user_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().users().retrieve("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(&self, user_id: &str) -> sdk_runtime::Call<types::User> {
        let spec = sdk_runtime::request::path(
                "/organization/users/{user_id}",
                &[("user_id", user_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Modifies a user's role in the organization.
    ///
    /// `POST /organization/users/{user_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::UserRoleUpdateRequest = serde_json::from_str(r#"{}"#)?;
    /// let response = client.organization().users().update("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update(
        &self,
        user_id: &str,
        body: &types::UserRoleUpdateRequest,
    ) -> sdk_runtime::Call<types::User> {
        let spec = sdk_runtime::request::path(
                "/organization/users/{user_id}",
                &[("user_id", user_id)],
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
    /// Deletes a user from the organization.
    ///
    /// `DELETE /organization/users/{user_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().users().delete("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(&self, user_id: &str) -> sdk_runtime::Call<types::UserDeleteResponse> {
        let spec = sdk_runtime::request::path(
                "/organization/users/{user_id}",
                &[("user_id", user_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::DELETE, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `organization.users.roles`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let roles = client.organization().users().roles();
/// # let _ = roles;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct OrganizationUsersRoles {
    pub(crate) client: sdk_runtime::Client,
}
impl OrganizationUsersRoles {
    /// Lists the organization roles assigned to a user within the organization.
    ///
    /// `GET /organization/users/{user_id}/roles`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListUserRoleAssignmentsParams::default();
    /// let response = client.organization().users().roles().list("string", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        user_id: &str,
        params: &types::ListUserRoleAssignmentsParams,
    ) -> sdk_runtime::Call<types::RoleListResource> {
        let spec = sdk_runtime::request::path(
                "/organization/users/{user_id}/roles",
                &[("user_id", user_id)],
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
    /// Assigns an organization role to a user within the organization.
    ///
    /// `POST /organization/users/{user_id}/roles`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::PublicAssignOrganizationGroupRoleBody = serde_json::from_str(r#"{"role_id":"string"}"#)?;
    /// let response = client.organization().users().roles().assign("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn assign(
        &self,
        user_id: &str,
        body: &types::PublicAssignOrganizationGroupRoleBody,
    ) -> sdk_runtime::Call<types::UserRoleAssignment> {
        let spec = sdk_runtime::request::path(
                "/organization/users/{user_id}/roles",
                &[("user_id", user_id)],
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
    /// Retrieves an organization role assigned to a user.
    ///
    /// `GET /organization/users/{user_id}/roles/{role_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().users().roles().retrieve("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        user_id: &str,
        role_id: &str,
    ) -> sdk_runtime::Call<types::AssignedRoleDetails> {
        let spec = sdk_runtime::request::path(
                "/organization/users/{user_id}/roles/{role_id}",
                &[("user_id", user_id), ("role_id", role_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Unassigns an organization role from a user within the organization.
    ///
    /// `DELETE /organization/users/{user_id}/roles/{role_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.organization().users().roles().unassign("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn unassign(
        &self,
        user_id: &str,
        role_id: &str,
    ) -> sdk_runtime::Call<types::DeletedRoleAssignmentResource> {
        let spec = sdk_runtime::request::path(
                "/organization/users/{user_id}/roles/{role_id}",
                &[("user_id", user_id), ("role_id", role_id)],
            )
            .map(|path| {
                sdk_runtime::RequestSpec::new(sdk_runtime::Method::DELETE, path)
                    .with_security(&[&["AdminApiKeyAuth"]])
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
