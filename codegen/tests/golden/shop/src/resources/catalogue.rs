//! The `catalogue` resource and the resources below it.
/// Operations on `catalogue`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: test_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let catalogue = client.catalogue();
/// # let _ = catalogue;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Catalogue {
    pub(crate) client: sdk_runtime::Client,
}
impl Catalogue {
    /// The `catalogue.export` resource.
    #[inline]
    pub fn export(&self) -> CatalogueExport {
        CatalogueExport {
            client: self.client.clone(),
        }
    }
}
/// Operations on `catalogue.export`.
///
/// # Example
///
/// ```no_run
/// # async fn example(client: test_client::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let export = client.catalogue().export();
/// # let _ = export;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct CatalogueExport {
    pub(crate) client: sdk_runtime::Client,
}
impl CatalogueExport {
    ///
    /// `GET /catalogue/export`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: test_client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let response = client.catalogue().export().retrieve().await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn retrieve(&self) -> sdk_runtime::Call<sdk_runtime::Bytes> {
        let spec = sdk_runtime::request::path("/catalogue/export", &[])
            .map(|path| sdk_runtime::RequestSpec::new(sdk_runtime::Method::GET, path));
        sdk_runtime::Call::bytes_call(&self.client, spec)
    }
}
