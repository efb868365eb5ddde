//! The `customers` resource and the resources below it.
use crate::types;
/// Operations on `customers`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: test_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let customers = client.customers();
/// # let _ = customers;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Customers {
    pub(crate) client: sdk_runtime::Client,
}
impl Customers {
    /// The `customers.orders` resource.
    #[inline]
    pub fn orders(&self) -> CustomersOrders {
        CustomersOrders {
            client: self.client.clone(),
        }
    }
    /// List customers.
    ///
    /// `GET /customers`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: test_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = test_client::types::ListCustomersParams::default();
    /// let response = client.customers().list(&params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        params: &types::ListCustomersParams,
    ) -> sdk_runtime::Call<types::CustomerList> {
        let spec = sdk_runtime::request::path("/customers", &[])
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query("after", &params.after);
                spec.query("limit", &params.limit);
                spec.query("tags", &params.tags);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    ///
    /// `POST /customers`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: test_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: test_client::types::NewCustomer = serde_json::from_str(r#"{"name":"string"}"#)?;
    /// let response = client.customers().create(&body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create(
        &self,
        body: &types::NewCustomer,
    ) -> sdk_runtime::Call<types::Customer> {
        let spec = sdk_runtime::request::path("/customers", &[])
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
    ///
    /// `GET /customers/{customer_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: test_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.customers().retrieve("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(&self, customer_id: &str) -> sdk_runtime::Call<types::Customer> {
        let spec = sdk_runtime::request::path(
                "/customers/{customer_id}",
                &[("customer_id", customer_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::json_call(&self.client, spec)
    }
    ///
    /// `DELETE /customers/{customer_id}`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: test_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.customers().delete("string").await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete(&self, customer_id: &str) -> sdk_runtime::Call<()> {
        let spec = sdk_runtime::request::path(
                "/customers/{customer_id}",
                &[("customer_id", customer_id)],
            )
            .map(|path| sdk_runtime::RequestSpec::new(
                sdk_runtime::Method::DELETE,
                path,
            ));
        sdk_runtime::Call::unit_call(&self.client, spec)
    }
    ///
    /// `PUT /customers/{customer_id}/avatar`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: test_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let body: test_client::types::UploadAvatarRequest = serde_json::from_str(r#"{"file":"file.bin"}"#)?;
    /// let response = client.customers().avatar("string", &body).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn avatar(
        &self,
        customer_id: &str,
        body: &types::UploadAvatarRequest,
    ) -> sdk_runtime::Call<()> {
        let spec = sdk_runtime::request::path(
                "/customers/{customer_id}/avatar",
                &[("customer_id", customer_id)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::PUT,
                    path,
                );
                spec.body = sdk_runtime::Body::multipart(body);
                spec
            });
        sdk_runtime::Call::unit_call(&self.client, spec)
    }
}
/// Operations on `customers.orders`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: test_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let orders = client.customers().orders();
/// # let _ = orders;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct CustomersOrders {
    pub(crate) client: sdk_runtime::Client,
}
impl CustomersOrders {
    ///
    /// `GET /customers/{customer_id}/orders`
    ///
    /// Call `.auto_paginate()` on the result to walk every item across pages.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: test_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let params = test_client::types::ListOrdersParams::default();
    /// let response = client.customers().orders().list("string", &params).await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list(
        &self,
        customer_id: &str,
        params: &types::ListOrdersParams,
    ) -> sdk_runtime::Call<types::ListOrdersResponse> {
        let spec = sdk_runtime::request::path(
                "/customers/{customer_id}/orders",
                &[("customer_id", customer_id)],
            )
            .map(|path| {
                let mut spec = sdk_runtime::RequestSpec::new(
                    sdk_runtime::Method::GET,
                    path,
                );
                spec.query("page", &params.page);
                spec
            });
        sdk_runtime::Call::json_call(&self.client, spec)
    }
}
