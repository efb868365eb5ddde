//! The entry point: a configured client and its resources.
/// A client for the Shop API.
///
/// Cheap to clone and safe to share between tasks. Configure it with
/// [`Client::builder`], or read everything from the environment with
/// [`Client::from_env`].
#[derive(Debug, Clone)]
pub struct Client {
    inner: sdk_runtime::Client,
}
impl Client {
    /// The server of the API description.
    pub const DEFAULT_BASE_URL: &'static str = "https://shop.example/api";
    /// A builder with this API's defaults.
    pub fn builder() -> sdk_runtime::ClientBuilder<Client> {
        sdk_runtime::ClientBuilder::for_client(Self::DEFAULT_BASE_URL)
            .user_agent("test-client/0.1.0")
    }
    /// A client configured from the environment only.
    pub fn from_env() -> Result<Self, sdk_runtime::Error> {
        Self::builder().build()
    }
    /// A copy whose requests all use `options` (timeout, retries,
    /// headers, ...). The base URL and authentication are kept.
    pub fn with_options(&self, options: sdk_runtime::RequestOptions) -> Self {
        Self {
            inner: self.inner.with_options(options),
        }
    }
    /// The runtime client underneath, for requests the API
    /// description does not cover yet.
    pub fn runtime(&self) -> &sdk_runtime::Client {
        &self.inner
    }
    /// The `catalogue` resource.
    #[cfg(feature = "catalogue")]
    #[inline]
    pub fn catalogue(&self) -> crate::resources::catalogue::Catalogue {
        crate::resources::catalogue::Catalogue {
            client: self.inner.clone(),
        }
    }
    /// The `customers` resource.
    #[cfg(feature = "customers")]
    #[inline]
    pub fn customers(&self) -> crate::resources::customers::Customers {
        crate::resources::customers::Customers {
            client: self.inner.clone(),
        }
    }
    /// The `events` resource.
    #[cfg(feature = "events")]
    #[inline]
    pub fn events(&self) -> crate::resources::events::Events {
        crate::resources::events::Events {
            client: self.inner.clone(),
        }
    }
}
impl From<sdk_runtime::Client> for Client {
    fn from(inner: sdk_runtime::Client) -> Self {
        Self { inner }
    }
}
