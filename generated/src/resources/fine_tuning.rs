//! The `fine_tuning` resource and the resources below it.
use crate::types;
/// Operations on `fine_tuning`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let fine_tuning = client.fine_tuning();
/// # let _ = fine_tuning;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct FineTuning {
    pub(crate) client: sdk_runtime::Client,
}
impl FineTuning {
    /// The `fine_tuning.alpha` resource.
    #[inline]
    pub fn alpha(&self) -> FineTuningAlpha {
        FineTuningAlpha {
            client: self.client.clone(),
        }
    }
    /// The `fine_tuning.checkpoints` resource.
    #[inline]
    pub fn checkpoints(&self) -> FineTuningCheckpoints {
        FineTuningCheckpoints {
            client: self.client.clone(),
        }
    }
    /// The `fine_tuning.jobs` resource.
    #[inline]
    pub fn jobs(&self) -> FineTuningJobs {
        FineTuningJobs {
            client: self.client.clone(),
        }
    }
}
/// Operations on `fine_tuning.alpha`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let alpha = client.fine_tuning().alpha();
/// # let _ = alpha;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct FineTuningAlpha {
    pub(crate) client: sdk_runtime::Client,
}
impl FineTuningAlpha {
    /// The `fine_tuning.alpha.graders` resource.
    #[inline]
    pub fn graders(&self) -> FineTuningAlphaGraders {
        FineTuningAlphaGraders {
            client: self.client.clone(),
        }
    }
}
/// Operations on `fine_tuning.alpha.graders`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let graders = client.fine_tuning().alpha().graders();
/// # let _ = graders;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct FineTuningAlphaGraders {
    pub(crate) client: sdk_runtime::Client,
}
impl FineTuningAlphaGraders {
    /// The `fine_tuning.alpha.graders.run` resource.
    #[inline]
    pub fn run(&self) -> FineTuningAlphaGradersRun {
        FineTuningAlphaGradersRun {
            client: self.client.clone(),
        }
    }
    /// The `fine_tuning.alpha.graders.validate` resource.
    #[inline]
    pub fn validate(&self) -> FineTuningAlphaGradersValidate {
        FineTuningAlphaGradersValidate {
            client: self.client.clone(),
        }
    }
}
/// Operations on `fine_tuning.alpha.graders.run`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let run = client.fine_tuning().alpha().graders().run();
/// # let _ = run;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct FineTuningAlphaGradersRun {
    pub(crate) client: sdk_runtime::Client,
}
impl FineTuningAlphaGradersRun {
    /// Run a grader.
    ///
    /// `POST /fine_tuning/alpha/graders/run`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::RunGraderRequest = serde_json::from_str(r#"{"grader":{"type":"string_check","name":"string","input":"string","reference":"string","operation":"eq"},"model_sample":"string"}"#)?;
    /// let response = client.fine_tuning().alpha().graders().run().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::RunGraderRequest,
    ) -> sdk_runtime::Call<types::RunGraderResponse> {
        let spec = sdk_runtime::request::path("/fine_tuning/alpha/graders/run", &[])
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
/// Operations on `fine_tuning.alpha.graders.validate`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let validate = client.fine_tuning().alpha().graders().validate();
/// # let _ = validate;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct FineTuningAlphaGradersValidate {
    pub(crate) client: sdk_runtime::Client,
}
impl FineTuningAlphaGradersValidate {
    /// Validate a grader.
    ///
    /// `POST /fine_tuning/alpha/graders/validate`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::ValidateGraderRequest = serde_json::from_str(r#"{"grader":{"type":"string_check","name":"string","input":"string","reference":"string","operation":"eq"}}"#)?;
    /// let response = client.fine_tuning().alpha().graders().validate().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::ValidateGraderRequest,
    ) -> sdk_runtime::Call<types::ValidateGraderResponse> {
        let spec = sdk_runtime::request::path("/fine_tuning/alpha/graders/validate", &[])
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
/// Operations on `fine_tuning.checkpoints`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let checkpoints = client.fine_tuning().checkpoints();
/// # let _ = checkpoints;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct FineTuningCheckpoints {
    pub(crate) client: sdk_runtime::Client,
}
impl FineTuningCheckpoints {
    /// The `fine_tuning.checkpoints.permissions` resource.
    #[inline]
    pub fn permissions(&self) -> FineTuningCheckpointsPermissions {
        FineTuningCheckpointsPermissions {
            client: self.client.clone(),
        }
    }
}
/// Operations on `fine_tuning.checkpoints.permissions`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let permissions = client.fine_tuning().checkpoints().permissions();
/// # let _ = permissions;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct FineTuningCheckpointsPermissions {
    pub(crate) client: sdk_runtime::Client,
}
impl FineTuningCheckpointsPermissions {
    /// **NOTE:** This endpoint requires an [admin API key](../admin-api-keys).
    ///
    /// Organization owners can use this endpoint to view all permissions for a fine-tuned model checkpoint.
    ///
    /// `GET /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListFineTuningCheckpointPermissionsParams::default();
    /// let response = client.fine_tuning().checkpoints().permissions().list("ft-AF1WoRqd3aJAHsqc9NY7iL8F", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        fine_tuned_model_checkpoint: &str,
        params: &types::ListFineTuningCheckpointPermissionsParams,
    ) -> sdk_runtime::Call<types::ListFineTuningCheckpointPermissionResponse> {
        let spec = sdk_runtime::request::path(
                "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
                &[("fine_tuned_model_checkpoint", fine_tuned_model_checkpoint)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query("project_id", &params.project_id);
                spec.query("after", &params.after);
                spec.query("limit", &params.limit);
                spec.query("order", &params.order);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// **NOTE:** Calling this endpoint requires an [admin API key](../admin-api-keys).
    ///
    /// This enables organization owners to share fine-tuned models with other projects in their organization.
    ///
    /// `POST /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateFineTuningCheckpointPermissionRequest = serde_json::from_str(r#"{"project_ids":["string"]}"#)?;
    /// let response = client.fine_tuning().checkpoints().permissions().create("ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        fine_tuned_model_checkpoint: &str,
        body: &types::CreateFineTuningCheckpointPermissionRequest,
    ) -> sdk_runtime::Call<types::ListFineTuningCheckpointPermissionResponse> {
        let spec = sdk_runtime::request::path(
                "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
                &[("fine_tuned_model_checkpoint", fine_tuned_model_checkpoint)],
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
    /// **NOTE:** This endpoint requires an [admin API key](../admin-api-keys).
    ///
    /// Organization owners can use this endpoint to delete a permission for a fine-tuned model checkpoint.
    ///
    /// `DELETE /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.fine_tuning().checkpoints().permissions().delete("ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd", "cp_zc4Q7MP6XxulcVzj4MZdwsAB").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        fine_tuned_model_checkpoint: &str,
        permission_id: &str,
    ) -> sdk_runtime::Call<types::DeleteFineTuningCheckpointPermissionResponse> {
        let spec = sdk_runtime::request::path(
                "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}",
                &[
                    ("fine_tuned_model_checkpoint", fine_tuned_model_checkpoint),
                    ("permission_id", permission_id),
                ],
            )
            .map(|path| sdk_runtime::RequestSpec::new(
                sdk_runtime::Method::DELETE,
                path,
            ));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `fine_tuning.jobs`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let jobs = client.fine_tuning().jobs();
/// # let _ = jobs;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct FineTuningJobs {
    pub(crate) client: sdk_runtime::Client,
}
impl FineTuningJobs {
    /// The `fine_tuning.jobs.checkpoints` resource.
    #[inline]
    pub fn checkpoints(&self) -> FineTuningJobsCheckpoints {
        FineTuningJobsCheckpoints {
            client: self.client.clone(),
        }
    }
    /// The `fine_tuning.jobs.events` resource.
    #[inline]
    pub fn events(&self) -> FineTuningJobsEvents {
        FineTuningJobsEvents {
            client: self.client.clone(),
        }
    }
    /// List your organization's fine-tuning jobs
    ///
    /// `GET /fine_tuning/jobs`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListPaginatedFineTuningJobsParams::default();
    /// let response = client.fine_tuning().jobs().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::ListPaginatedFineTuningJobsParams,
    ) -> sdk_runtime::Call<types::ListPaginatedFineTuningJobsResponse> {
        let spec = sdk_runtime::request::path("/fine_tuning/jobs", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query("after", &params.after);
                spec.query("limit", &params.limit);
                spec.query("metadata", &params.metadata);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Creates a fine-tuning job which begins the process of creating a new model from a given dataset.
    ///
    /// Response includes details of the enqueued job including job status and the name of the fine-tuned models once complete.
    ///
    /// [Learn more about fine-tuning](https://platform.openai.com/docs/guides/model-optimization)
    ///
    /// `POST /fine_tuning/jobs`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateFineTuningJobRequest = serde_json::from_str(r#"{"model":"string","training_file":"file-abc123"}"#)?;
    /// let response = client.fine_tuning().jobs().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateFineTuningJobRequest,
    ) -> sdk_runtime::Call<types::FineTuningJob> {
        let spec = sdk_runtime::request::path("/fine_tuning/jobs", &[])
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
    /// Get info about a fine-tuning job.
    ///
    /// [Learn more about fine-tuning](https://platform.openai.com/docs/guides/model-optimization)
    ///
    /// `GET /fine_tuning/jobs/{fine_tuning_job_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.fine_tuning().jobs().retrieve("ft-AF1WoRqd3aJAHsqc9NY7iL8F").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        fine_tuning_job_id: &str,
    ) -> sdk_runtime::Call<types::FineTuningJob> {
        let spec = sdk_runtime::request::path(
                "/fine_tuning/jobs/{fine_tuning_job_id}",
                &[("fine_tuning_job_id", fine_tuning_job_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Immediately cancel a fine-tune job.
    ///
    /// `POST /fine_tuning/jobs/{fine_tuning_job_id}/cancel`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.fine_tuning().jobs().cancel("ft-AF1WoRqd3aJAHsqc9NY7iL8F").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn cancel(
        &self,
        fine_tuning_job_id: &str,
    ) -> sdk_runtime::Call<types::FineTuningJob> {
        let spec = sdk_runtime::request::path(
                "/fine_tuning/jobs/{fine_tuning_job_id}/cancel",
                &[("fine_tuning_job_id", fine_tuning_job_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::POST, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Pause a fine-tune job.
    ///
    /// `POST /fine_tuning/jobs/{fine_tuning_job_id}/pause`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.fine_tuning().jobs().pause("ft-AF1WoRqd3aJAHsqc9NY7iL8F").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn pause(
        &self,
        fine_tuning_job_id: &str,
    ) -> sdk_runtime::Call<types::FineTuningJob> {
        let spec = sdk_runtime::request::path(
                "/fine_tuning/jobs/{fine_tuning_job_id}/pause",
                &[("fine_tuning_job_id", fine_tuning_job_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::POST, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Resume a fine-tune job.
    ///
    /// `POST /fine_tuning/jobs/{fine_tuning_job_id}/resume`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.fine_tuning().jobs().resume("ft-AF1WoRqd3aJAHsqc9NY7iL8F").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn resume(
        &self,
        fine_tuning_job_id: &str,
    ) -> sdk_runtime::Call<types::FineTuningJob> {
        let spec = sdk_runtime::request::path(
                "/fine_tuning/jobs/{fine_tuning_job_id}/resume",
                &[("fine_tuning_job_id", fine_tuning_job_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::POST, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `fine_tuning.jobs.checkpoints`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let checkpoints = client.fine_tuning().jobs().checkpoints();
/// # let _ = checkpoints;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct FineTuningJobsCheckpoints {
    pub(crate) client: sdk_runtime::Client,
}
impl FineTuningJobsCheckpoints {
    /// List checkpoints for a fine-tuning job.
    ///
    /// `GET /fine_tuning/jobs/{fine_tuning_job_id}/checkpoints`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListFineTuningJobCheckpointsParams::default();
    /// let response = client.fine_tuning().jobs().checkpoints().list("ft-AF1WoRqd3aJAHsqc9NY7iL8F", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        fine_tuning_job_id: &str,
        params: &types::ListFineTuningJobCheckpointsParams,
    ) -> sdk_runtime::Call<types::ListFineTuningJobCheckpointsResponse> {
        let spec = sdk_runtime::request::path(
                "/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints",
                &[("fine_tuning_job_id", fine_tuning_job_id)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query("after", &params.after);
                spec.query("limit", &params.limit);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `fine_tuning.jobs.events`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let events = client.fine_tuning().jobs().events();
/// # let _ = events;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct FineTuningJobsEvents {
    pub(crate) client: sdk_runtime::Client,
}
impl FineTuningJobsEvents {
    /// Get status updates for a fine-tuning job.
    ///
    /// `GET /fine_tuning/jobs/{fine_tuning_job_id}/events`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListFineTuningEventsParams::default();
    /// let response = client.fine_tuning().jobs().events().list("ft-AF1WoRqd3aJAHsqc9NY7iL8F", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        fine_tuning_job_id: &str,
        params: &types::ListFineTuningEventsParams,
    ) -> sdk_runtime::Call<types::ListFineTuningJobEventsResponse> {
        let spec = sdk_runtime::request::path(
                "/fine_tuning/jobs/{fine_tuning_job_id}/events",
                &[("fine_tuning_job_id", fine_tuning_job_id)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query("after", &params.after);
                spec.query("limit", &params.limit);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
