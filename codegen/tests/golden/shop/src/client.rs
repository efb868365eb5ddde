//! The entry point: a configured client, its builder and its resources.
use sdk_runtime::auth::security;
/// The security schemes of the API description that the runtime implements.
const SCHEMES: &[security::SchemeSpec] = &[];
/// What an operation needs unless it declares otherwise.
const DEFAULT_SECURITY: security::Security = &[];
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
    /// A builder with this API's defaults. It reads these environment
    /// variables unless the matching option is set:
    ///
    /// - `TEST_CLIENT_BASE_URL`: the base URL (default `https://shop.example/api`).
    pub fn builder() -> ClientBuilder {
        ClientBuilder {
            inner: sdk_runtime::ClientBuilder::for_client(Self::DEFAULT_BASE_URL)
                .user_agent("test-client/0.1.0")
                .base_url_env("TEST_CLIENT_BASE_URL")
                .security(security::SecurityConfig::new(SCHEMES, DEFAULT_SECURITY)),
        }
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
/// Configures a [`Client`]: credentials, base URL, timeouts, retries.
///
/// Credentials given here win over the environment. With a provider
/// ([`ClientBuilder::provider`]) the provider owns the base URL and
/// authentication: those options are refused next to it.
#[derive(Debug)]
#[must_use]
pub struct ClientBuilder {
    inner: sdk_runtime::ClientBuilder<Client>,
}
impl ClientBuilder {
    /// The base URL (default: the environment, then [`Client::DEFAULT_BASE_URL`]).
    pub fn base_url(self, url: impl Into<String>) -> Self {
        Self {
            inner: self.inner.base_url(url),
        }
    }
    /// Routes the client through a provider, which owns the base URL
    /// and authentication.
    pub fn provider(self, provider: impl sdk_runtime::auth::Provider) -> Self {
        Self {
            inner: self.inner.provider(provider),
        }
    }
    /// Replaces the declared authentication by a custom one, called on
    /// every attempt with the final request.
    pub fn authenticator(self, auth: impl sdk_runtime::auth::Authenticator) -> Self {
        Self {
            inner: self.inner.authenticator(auth),
        }
    }
    /// Sends requests through another transport (see
    /// `sdk_runtime::test_util` for an in-memory one).
    pub fn transport(
        self,
        transport: impl sdk_runtime::transport::HttpTransport,
    ) -> Self {
        Self {
            inner: self.inner.transport(transport),
        }
    }
    /// Sends requests with a `reqwest::Client` you configured (proxy,
    /// root certificates, mutual TLS). Build it with
    /// `redirect(Policy::none())` so that no header follows a redirect.
    pub fn http_client(self, client: sdk_runtime::transport::reqwest::Client) -> Self {
        Self {
            inner: self.inner.http_client(client),
        }
    }
    /// Adds an interceptor to every request, after those added before.
    pub fn interceptor(
        self,
        interceptor: impl sdk_runtime::interceptor::Interceptor,
    ) -> Self {
        Self {
            inner: self.inner.interceptor(interceptor),
        }
    }
    /// The retry policy of every request (default: the runtime's
    /// `StandardRetry`).
    pub fn retry_policy(self, policy: impl sdk_runtime::retry::RetryPolicy) -> Self {
        Self {
            inner: self.inner.retry_policy(policy),
        }
    }
    /// A header sent with every request.
    pub fn default_header(self, name: &str, value: &str) -> Self {
        Self {
            inner: self.inner.default_header(name, value),
        }
    }
    /// The `User-Agent` header.
    pub fn user_agent(self, user_agent: impl Into<String>) -> Self {
        Self {
            inner: self.inner.user_agent(user_agent),
        }
    }
    /// The timeout of each attempt (default 10 minutes).
    pub fn timeout(self, timeout: std::time::Duration) -> Self {
        Self {
            inner: self.inner.timeout(timeout),
        }
    }
    /// How many times a failed attempt is retried (default 2).
    pub fn max_retries(self, retries: u32) -> Self {
        Self {
            inner: self.inner.max_retries(retries),
        }
    }
    /// The largest buffered response body (default 256 MiB).
    pub fn max_response_bytes(self, limit: usize) -> Self {
        Self {
            inner: self.inner.max_response_bytes(limit),
        }
    }
    /// Where environment variables are read from (tests inject a map).
    pub fn environment(self, env: sdk_runtime::Environment) -> Self {
        Self {
            inner: self.inner.environment(env),
        }
    }
    /// Validates the configuration and builds the client.
    pub fn build(self) -> Result<Client, sdk_runtime::Error> {
        self.inner.build()
    }
}
