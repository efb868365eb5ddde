//! The `evals` resource and the resources below it.
use crate::types;
/// Operations on `evals`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let evals = client.evals();
/// # let _ = evals;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Evals {
    pub(crate) client: sdk_runtime::Client,
}
impl Evals {
    /// The `evals.runs` resource.
    #[inline]
    pub fn runs(&self) -> EvalsRuns {
        EvalsRuns {
            client: self.client.clone(),
        }
    }
    /// List evaluations for a project.
    ///
    /// `GET /evals`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::ListEvalsParams::default();
    /// let response = client.evals().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::ListEvalsParams,
    ) -> sdk_runtime::Call<types::EvalList> {
        let spec = sdk_runtime::request::path("/evals", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query("after", &params.after);
                spec.query("limit", &params.limit);
                spec.query("order", &params.order);
                spec.query("order_by", &params.order_by);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Create the structure of an evaluation that can be used to test a model's performance.
    /// An evaluation is a set of testing criteria and the config for a data source, which dictates the schema of the data used in the evaluation. After creating an evaluation, you can run it on different models and model parameters. We support several types of graders and datasources.
    /// For more information, see the [Evals guide](https://platform.openai.com/docs/guides/evals).
    ///
    /// `POST /evals`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateEvalRequest = serde_json::from_str(r#"{"data_source_config":{"type":"custom","item_schema":{}},"testing_criteria":[{"type":"label_model","name":"string","model":"string","input":[{"role":"string","content":"string"}],"labels":["string"],"passing_labels":["string"]}]}"#)?;
    /// let response = client.evals().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::CreateEvalRequest,
    ) -> sdk_runtime::Call<types::Eval> {
        let spec = sdk_runtime::request::path("/evals", &[])
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
    /// Get an evaluation by ID.
    ///
    /// `GET /evals/{eval_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.evals().retrieve("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(&self, eval_id: &str) -> sdk_runtime::Call<types::Eval> {
        let spec = sdk_runtime::request::path(
                "/evals/{eval_id}",
                &[("eval_id", eval_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Update certain properties of an evaluation.
    ///
    /// `POST /evals/{eval_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::UpdateEvalRequest = serde_json::from_str(r#"{}"#)?;
    /// let response = client.evals().update("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update(
        &self,
        eval_id: &str,
        body: &types::UpdateEvalRequest,
    ) -> sdk_runtime::Call<types::Eval> {
        let spec = sdk_runtime::request::path(
                "/evals/{eval_id}",
                &[("eval_id", eval_id)],
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
    /// Delete an evaluation.
    ///
    /// `DELETE /evals/{eval_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.evals().delete("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(&self, eval_id: &str) -> sdk_runtime::Call<types::DeleteEvalResponse> {
        let spec = sdk_runtime::request::path(
                "/evals/{eval_id}",
                &[("eval_id", eval_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(
                sdk_runtime::Method::DELETE,
                path,
            ));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `evals.runs`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let runs = client.evals().runs();
/// # let _ = runs;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct EvalsRuns {
    pub(crate) client: sdk_runtime::Client,
}
impl EvalsRuns {
    /// The `evals.runs.output_items` resource.
    #[inline]
    pub fn output_items(&self) -> EvalsRunsOutputItems {
        EvalsRunsOutputItems {
            client: self.client.clone(),
        }
    }
    /// Get a list of runs for an evaluation.
    ///
    /// `GET /evals/{eval_id}/runs`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::GetEvalRunsParams::default();
    /// let response = client.evals().runs().list("string", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        eval_id: &str,
        params: &types::GetEvalRunsParams,
    ) -> sdk_runtime::Call<types::EvalRunList> {
        let spec = sdk_runtime::request::path(
                "/evals/{eval_id}/runs",
                &[("eval_id", eval_id)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query("after", &params.after);
                spec.query("limit", &params.limit);
                spec.query("order", &params.order);
                spec.query("status", &params.status);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Kicks off a new run for a given evaluation, specifying the data source, and what model configuration to use to test. The datasource will be validated against the schema specified in the config of the evaluation.
    ///
    /// `POST /evals/{eval_id}/runs`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: openai_client::types::CreateEvalRunRequest = serde_json::from_str(r#"{"data_source":{"type":"jsonl","source":{"type":"file_content","content":[{"item":{}}]}}}"#)?;
    /// let response = client.evals().runs().create("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        eval_id: &str,
        body: &types::CreateEvalRunRequest,
    ) -> sdk_runtime::Call<types::EvalRun> {
        let spec = sdk_runtime::request::path(
                "/evals/{eval_id}/runs",
                &[("eval_id", eval_id)],
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
    /// Get an evaluation run by ID.
    ///
    /// `GET /evals/{eval_id}/runs/{run_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.evals().runs().retrieve("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        eval_id: &str,
        run_id: &str,
    ) -> sdk_runtime::Call<types::EvalRun> {
        let spec = sdk_runtime::request::path(
                "/evals/{eval_id}/runs/{run_id}",
                &[("eval_id", eval_id), ("run_id", run_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Cancel an ongoing evaluation run.
    ///
    /// `POST /evals/{eval_id}/runs/{run_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.evals().runs().cancel("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn cancel(
        &self,
        eval_id: &str,
        run_id: &str,
    ) -> sdk_runtime::Call<types::EvalRun> {
        let spec = sdk_runtime::request::path(
                "/evals/{eval_id}/runs/{run_id}",
                &[("eval_id", eval_id), ("run_id", run_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::POST, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Delete an eval run.
    ///
    /// `DELETE /evals/{eval_id}/runs/{run_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.evals().runs().delete("string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(
        &self,
        eval_id: &str,
        run_id: &str,
    ) -> sdk_runtime::Call<types::DeleteEvalRunResponse> {
        let spec = sdk_runtime::request::path(
                "/evals/{eval_id}/runs/{run_id}",
                &[("eval_id", eval_id), ("run_id", run_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(
                sdk_runtime::Method::DELETE,
                path,
            ));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
/// Operations on `evals.runs.output_items`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let output_items = client.evals().runs().output_items();
/// # let _ = output_items;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct EvalsRunsOutputItems {
    pub(crate) client: sdk_runtime::Client,
}
impl EvalsRunsOutputItems {
    /// Get a list of output items for an evaluation run.
    ///
    /// `GET /evals/{eval_id}/runs/{run_id}/output_items`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = openai_client::types::GetEvalRunOutputItemsParams::default();
    /// let response = client.evals().runs().output_items().list("string", "string", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        eval_id: &str,
        run_id: &str,
        params: &types::GetEvalRunOutputItemsParams,
    ) -> sdk_runtime::Call<types::EvalRunOutputItemList> {
        let spec = sdk_runtime::request::path(
                "/evals/{eval_id}/runs/{run_id}/output_items",
                &[("eval_id", eval_id), ("run_id", run_id)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query("after", &params.after);
                spec.query("limit", &params.limit);
                spec.query("status", &params.status);
                spec.query("order", &params.order);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    /// Get an evaluation run output item by ID.
    ///
    /// `GET /evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.evals().runs().output_items().retrieve("string", "string", "string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(
        &self,
        eval_id: &str,
        run_id: &str,
        output_item_id: &str,
    ) -> sdk_runtime::Call<types::EvalRunOutputItem> {
        let spec = sdk_runtime::request::path(
                "/evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}",
                &[
                    ("eval_id", eval_id),
                    ("run_id", run_id),
                    ("output_item_id", output_item_id),
                ],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
