//! The client: configuration, the builder that validates it, and the cheap
//! clonable handle that generated resources hold.

use http::Uri;
use http::{HeaderMap, HeaderName, HeaderValue};
use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use crate::auth::security::{Credential, SecurityConfig};
use crate::auth::{Authenticator, NoAuth, Provider};
use crate::env::Environment;
use crate::error::{Error, ErrorParser};
use crate::interceptor::Interceptor;
use crate::options::RequestOptions;
use crate::redact::RedactedHeaders;
use crate::retry::{RetryPolicy, StandardRetry};
use crate::secret::SecretString;
use crate::transport::HttpTransport;

/// The default timeout of each attempt.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(600);
/// The default number of retries.
pub const DEFAULT_MAX_RETRIES: u32 = 2;
/// The default limit on buffered (JSON or error) response bodies.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 256 * 1024 * 1024;

/// Builds a [`Client`].
///
/// The builder knows no vendor: a generated client tells it the API's
/// security schemes ([`ClientBuilder::security`]), the variable that
/// overrides the base URL ([`ClientBuilder::base_url_env`]), optional
/// headers read from the environment ([`ClientBuilder::header_option`]) and
/// the API's error format ([`ClientBuilder::error_format`]). Credentials
/// given explicitly win over the environment. With a provider, the
/// provider owns the base URL and authentication: those options are
/// refused and the environment is not read for them.
#[must_use]
pub struct ClientBuilder<C = Client> {
    default_base_url: String,
    base_url: Option<String>,
    base_url_env: Option<&'static str>,
    webhook_secret: Option<SecretString>,
    webhook_secret_env: Option<&'static str>,
    retry: StandardRetry,
    wait_for_capacity: bool,
    security: SecurityConfig,
    header_options: Vec<HeaderOption>,
    provider: Option<Arc<dyn Provider>>,
    authenticator: Option<Arc<dyn Authenticator>>,
    transport: Option<Arc<dyn HttpTransport>>,
    /// The TLS setup of the runtime's own transport, when the user gave one.
    #[cfg(feature = "rustls")]
    tls: Option<rustls::ClientConfig>,
    defaults: RequestOptions,
    headers: HeaderMap,
    user_agent: String,
    timeout: Duration,
    max_retries: u32,
    max_response_bytes: usize,
    error_parser: ErrorParser,
    env: Environment,
    header_error: Option<String>,
    output: PhantomData<fn() -> C>,
}

/// A header set from a builder option or, failing that, an environment
/// variable (for example an organization id).
#[derive(Clone)]
struct HeaderOption {
    header: &'static str,
    option: &'static str,
    value: Option<String>,
    env: Option<&'static str>,
}

impl fmt::Debug for HeaderOption {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The value is shown unless the header's name marks a secret.
        let secret = HeaderName::from_bytes(self.header.as_bytes())
            .map_or(true, |name| crate::redact::is_sensitive(&name, &[]));
        let value = match (&self.value, secret) {
            (Some(_), true) => Some("[redacted]"),
            (value, _) => value.as_deref(),
        };
        f.debug_struct("HeaderOption")
            .field("header", &self.header)
            .field("value", &value)
            .field("env", &self.env)
            .finish()
    }
}

impl<C> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("security", &self.security)
            .field("header_options", &self.header_options)
            .field("provider", &self.provider)
            .field("transport", &self.transport)
            .field("headers", &RedactedHeaders::new(&self.headers, &[]))
            .field("timeout", &self.timeout)
            .field("max_retries", &self.max_retries)
            .finish_non_exhaustive()
    }
}

impl ClientBuilder<Client> {
    /// A builder whose base URL defaults to `default_base_url`.
    pub fn new(default_base_url: impl Into<String>) -> Self {
        Self::for_client(default_base_url)
    }
}

impl<C: From<Client>> ClientBuilder<C> {
    /// A builder whose `build` returns `C` (generated clients wrap the
    /// runtime client); the base URL defaults to `default_base_url`, the
    /// spec's server.
    pub fn for_client(default_base_url: impl Into<String>) -> Self {
        Self {
            default_base_url: default_base_url.into(),
            base_url: None,
            base_url_env: None,
            webhook_secret: None,
            webhook_secret_env: None,
            retry: StandardRetry::new(),
            wait_for_capacity: false,
            security: SecurityConfig::default(),
            header_options: Vec::new(),
            provider: None,
            authenticator: None,
            transport: None,
            #[cfg(feature = "rustls")]
            tls: None,
            defaults: RequestOptions::new(),
            headers: HeaderMap::new(),
            user_agent: concat!("sdk-runtime/", env!("CARGO_PKG_VERSION")).to_owned(),
            timeout: DEFAULT_TIMEOUT,
            max_retries: DEFAULT_MAX_RETRIES,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            error_parser: crate::error::parse_error_object,
            env: Environment::process(),
            header_error: None,
            output: PhantomData,
        }
    }

    /// The base URL (default: the variable named by
    /// [`ClientBuilder::base_url_env`], then the spec's server).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }
    /// The environment variable that overrides the default base URL.
    pub fn base_url_env(mut self, name: &'static str) -> Self {
        self.base_url_env = Some(name);
        self
    }
    /// The secret that signs the API's webhook deliveries (default: the
    /// variable named by [`ClientBuilder::webhook_secret_env`]); read back
    /// with [`Client::webhook_secret`] to verify a delivery.
    pub fn webhook_secret(mut self, secret: impl Into<SecretString>) -> Self {
        self.webhook_secret = Some(secret.into());
        self
    }
    /// Error codes (or types) of the API that retrying does not help with
    /// (a used-up quota): the standard retry policy does not retry them.
    pub fn not_retrying_codes(mut self, codes: &'static [&'static str]) -> Self {
        self.retry = self.retry.not_retrying_codes(codes);
        self
    }
    /// Waits for rate-limit capacity before sending: when a response says
    /// that no requests or tokens are left (`x-ratelimit-remaining-*: 0`),
    /// the client's next requests wait until the limit resets (at most two
    /// minutes) instead of failing with 429. Off by default.
    pub fn wait_for_capacity(mut self, wait: bool) -> Self {
        self.wait_for_capacity = wait;
        self
    }
    /// The environment variable that holds the webhook secret.
    pub fn webhook_secret_env(mut self, name: &'static str) -> Self {
        self.webhook_secret_env = Some(name);
        self
    }
    /// The API's security schemes and default requirement.
    pub fn security(mut self, security: SecurityConfig) -> Self {
        self.security = security;
        self
    }
    /// The credential of the security scheme named `scheme` (it wins over
    /// the scheme's environment variables).
    pub fn credential(mut self, scheme: &'static str, credential: Credential) -> Self {
        self.security.set(scheme, credential);
        self
    }
    /// A header sent with every request, set by the builder option named
    /// `option` (`value`) or else read from the variable `env`. Refused
    /// next to a provider when set explicitly; `env` is not read then.
    pub fn header_option(
        mut self,
        header: &'static str,
        option: &'static str,
        value: Option<String>,
        env: Option<&'static str>,
    ) -> Self {
        self.header_options.retain(|h| h.header != header);
        self.header_options.push(HeaderOption {
            header,
            option,
            value,
            env,
        });
        self
    }
    /// How error bodies are read (default:
    /// [`parse_error_object`](crate::error::parse_error_object)).
    pub fn error_format(mut self, parse: ErrorParser) -> Self {
        self.error_parser = parse;
        self
    }
    /// Routes the client through a provider (a crate that implements
    /// [`Provider`]: another host for the same API, with its own
    /// credentials).
    pub fn provider(mut self, provider: impl Provider) -> Self {
        self.provider = Some(Arc::new(provider));
        self
    }
    /// Replaces the API's declared authentication by a custom one (for
    /// example a vendor's own key header). Not allowed with a provider
    /// or next to explicit credentials.
    pub fn authenticator(mut self, auth: impl Authenticator) -> Self {
        self.authenticator = Some(Arc::new(auth));
        self
    }
    /// Sends requests through `transport` instead of the runtime's own
    /// [`HyperTransport`](crate::transport::HyperTransport) (a test double,
    /// another HTTP stack).
    pub fn transport(mut self, transport: impl HttpTransport) -> Self {
        self.transport = Some(Arc::new(transport));
        self
    }
    /// Sends requests with a `reqwest::Client` you configured (proxy, root
    /// certificates, a client certificate for mutual TLS). Build it with
    /// `redirect(reqwest::redirect::Policy::none())`: the runtime refuses a
    /// response from another origin, but a client that follows redirects
    /// would already have sent the request's headers there. (Feature
    /// `reqwest`.)
    #[cfg(feature = "reqwest")]
    pub fn http_client(self, client: reqwest::Client) -> Self {
        self.transport(crate::transport::ReqwestTransport::new(client))
    }
    /// The TLS setup of the runtime's own transport: root certificates
    /// (a company's CA), a client certificate for mutual TLS. Set its ALPN
    /// protocols to `http/1.1` (and `h2` with the feature `http2`). The
    /// default is rustls with `ring` and the platform's roots. (Feature
    /// `rustls`.)
    #[cfg(feature = "rustls")]
    pub fn tls_config(mut self, config: rustls::ClientConfig) -> Self {
        self.tls = Some(config);
        self
    }
    /// Adds an interceptor to every request of the client, after those
    /// added before (see [`interceptor`](crate::interceptor)).
    pub fn interceptor(mut self, interceptor: impl Interceptor) -> Self {
        self.defaults = self.defaults.interceptor(interceptor);
        self
    }
    /// The retry policy of every request (default:
    /// [`StandardRetry`]); a call can set its
    /// own.
    pub fn retry_policy(mut self, policy: impl RetryPolicy) -> Self {
        self.defaults = self.defaults.retry_policy(policy);
        self
    }
    /// A header sent with every request.
    pub fn default_header(mut self, name: &str, value: &str) -> Self {
        match (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            (Ok(n), Ok(v)) => {
                self.headers.insert(n, v);
            }
            _ => self.header_error = Some(format!("invalid default header `{name}`")),
        }
        self
    }
    /// The `User-Agent` header.
    pub fn user_agent(mut self, ua: impl Into<String>) -> Self {
        self.user_agent = ua.into();
        self
    }
    /// The timeout of each attempt (default 10 minutes).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }
    /// How many times a failed attempt is retried (default 2).
    pub fn max_retries(mut self, n: u32) -> Self {
        self.max_retries = n;
        self
    }
    /// The largest buffered response body (default 256 MiB); binary
    /// downloads streamed with `bytes_stream` are not limited.
    pub fn max_response_bytes(mut self, n: usize) -> Self {
        self.max_response_bytes = n;
        self
    }
    /// Where environment variables are read from (tests inject a map).
    pub fn environment(mut self, env: Environment) -> Self {
        self.env = env;
        self
    }

    /// Validates the configuration and builds the client.
    pub fn build(self) -> Result<C, Error> {
        self.build_runtime().map(C::from)
    }

    fn build_runtime(mut self) -> Result<Client, Error> {
        if let Some(e) = self.header_error.take() {
            return Err(Error::config(e));
        }
        let credentials = self.security.given_options();
        let explicit: Vec<&'static str> = credentials
            .iter()
            .copied()
            .chain(
                self.header_options
                    .iter()
                    .filter(|h| h.value.is_some())
                    .map(|h| h.option),
            )
            .collect();
        let Route {
            base_url,
            auth,
            follow_redirects,
            provider_name,
        } = match self.provider.take() {
            Some(provider) => self.provider_route(provider.as_ref(), explicit)?,
            None => self.direct_route(&credentials)?,
        };
        let base_url = parse_base_url(&base_url)?;
        let transport = match self.transport.take() {
            Some(transport) => {
                self.refuse_tls_with_transport()?;
                transport
            }
            None => self.own_transport(follow_redirects)?,
        };
        let webhook_secret = self.webhook_secret.or_else(|| {
            self.webhook_secret_env
                .and_then(|e| self.env.non_empty(e))
                .map(SecretString::from)
        });
        let sensitive = auth.sensitive_headers();
        let sensitive_query: Arc<[String]> = auth.sensitive_query_params().into();
        Ok(Client {
            inner: Arc::new(Inner {
                transport,
                base_url_text: base_url.to_string(),
                base_url,
                auth,
                sensitive,
                sensitive_query,
                headers: self.headers,
                user_agent: self.user_agent,
                defaults: self
                    .defaults
                    .timeout(self.timeout)
                    .max_retries(self.max_retries),
                max_response_bytes: self.max_response_bytes,
                error_parser: self.error_parser,
                provider_name,
                webhook_secret,
                retry: self.retry,
                capacity: self.wait_for_capacity.then(Arc::default),
            }),
        })
    }
}

/// Where a client sends and how it authenticates.
struct Route {
    base_url: String,
    auth: Arc<dyn Authenticator>,
    follow_redirects: bool,
    provider_name: Option<String>,
}

impl<C: From<Client>> ClientBuilder<C> {
    /// A provider owns the base URL and authentication: options that set
    /// them (`explicit`, the base URL, a custom authenticator) conflict.
    fn provider_route(
        &self,
        provider: &dyn Provider,
        mut conflicts: Vec<&'static str>,
    ) -> Result<Route, Error> {
        if self.base_url.is_some() {
            conflicts.push("base_url");
        }
        if self.authenticator.is_some() {
            conflicts.push("authenticator");
        }
        if !conflicts.is_empty() {
            return Err(Error::config(format!(
                "the {} provider owns the base URL and authentication; remove these options: {}",
                provider.name(),
                conflicts.join(", ")
            )));
        }
        Ok(Route {
            base_url: provider.base_url().to_owned(),
            auth: provider.authenticator(),
            follow_redirects: provider.follow_redirects(),
            provider_name: Some(provider.name().to_owned()),
        })
    }

    /// The API's own host: the header options (given, or from their
    /// variables), the base URL (given, from its variable, or the
    /// default), and the API's authentication or a custom authenticator
    /// (which then replaces every credential option).
    fn direct_route(&mut self, credentials: &[&'static str]) -> Result<Route, Error> {
        for option in &self.header_options {
            let value = option
                .value
                .clone()
                .or_else(|| option.env.and_then(|e| self.env.non_empty(e)));
            if let Some(value) = value {
                let v = HeaderValue::from_str(&value).map_err(|_| {
                    Error::config(format!("the {} is not valid header text", option.option))
                })?;
                self.headers.insert(header_name(option.header)?, v);
            }
        }
        let base_url = self
            .base_url
            .take()
            .or_else(|| self.base_url_env.and_then(|e| self.env.non_empty(e)))
            .unwrap_or_else(|| std::mem::take(&mut self.default_base_url));
        let auth: Arc<dyn Authenticator> = match self.authenticator.take() {
            Some(_) if !credentials.is_empty() => {
                return Err(Error::config(format!(
                    "a custom authenticator replaces the API's authentication; remove these options: {}",
                    credentials.join(", ")
                )));
            }
            Some(auth) => auth,
            None => Arc::new(std::mem::take(&mut self.security).resolve(&self.env)?),
        };
        Ok(Route {
            base_url,
            auth,
            follow_redirects: true,
            provider_name: None,
        })
    }
}

/// A header name as a generated client writes it (any case).
fn header_name(name: &str) -> Result<HeaderName, Error> {
    HeaderName::from_bytes(name.as_bytes())
        .map_err(|_| Error::config(format!("`{name}` is not a valid header name")))
}

impl<C> ClientBuilder<C> {
    /// The runtime's own transport, over the user's TLS setup if given.
    fn own_transport(&mut self, follow_redirects: bool) -> Result<Arc<dyn HttpTransport>, Error> {
        #[cfg(feature = "rustls")]
        if let Some(tls) = self.tls.take() {
            let transport = crate::transport::HyperTransport::with_tls(
                &self.user_agent,
                follow_redirects,
                &self.env,
                tls,
            )?;
            return Ok(Arc::new(transport));
        }
        crate::transport::default_transport(&self.user_agent, follow_redirects, &self.env)
    }

    /// A TLS setup applies to the runtime's own transport only.
    fn refuse_tls_with_transport(&self) -> Result<(), Error> {
        #[cfg(feature = "rustls")]
        if self.tls.is_some() {
            return Err(Error::config(
                "`tls_config` sets up the runtime's own transport; with `transport` or \
                 `http_client`, set up TLS in that transport instead",
            ));
        }
        Ok(())
    }
}

/// Parses and normalizes a base URL (no trailing slash).
fn parse_base_url(raw: &str) -> Result<Uri, Error> {
    let trimmed = raw.trim();
    crate::uri::parse_http(trimmed.trim_end_matches('/'))
        .map_err(|e| Error::config(format!("invalid base URL `{trimmed}`: {e}")))
}

#[derive(Clone)]
pub(crate) struct Inner {
    pub(crate) transport: Arc<dyn HttpTransport>,
    pub(crate) base_url: Uri,
    /// `base_url` as text, for [`Client::base_url`].
    pub(crate) base_url_text: String,
    pub(crate) auth: Arc<dyn Authenticator>,
    pub(crate) sensitive: Vec<HeaderName>,
    pub(crate) sensitive_query: Arc<[String]>,
    pub(crate) headers: HeaderMap,
    pub(crate) user_agent: String,
    pub(crate) defaults: RequestOptions,
    pub(crate) max_response_bytes: usize,
    pub(crate) error_parser: ErrorParser,
    pub(crate) provider_name: Option<String>,
    pub(crate) webhook_secret: Option<SecretString>,
    /// The standard policy with the API's codes, used when no policy is
    /// set.
    pub(crate) retry: StandardRetry,
    /// What the last responses said of the rate limits, when the client
    /// waits for capacity.
    pub(crate) capacity: Option<Arc<crate::rate_limit::Capacity>>,
}

/// A configured API client. Cheap to clone; clones share the connection
/// pool and can be used from many tasks at once.
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Inner>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url_text)
            .field("provider", &self.inner.provider_name)
            .field(
                "headers",
                &RedactedHeaders::new(&self.inner.headers, &self.inner.sensitive),
            )
            .field("timeout", &self.inner.defaults.timeout)
            .field("max_retries", &self.inner.defaults.max_retries)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A builder with `default_base_url`.
    pub fn builder(default_base_url: impl Into<String>) -> ClientBuilder {
        ClientBuilder::new(default_base_url)
    }

    /// A client with no authentication (mocks, public endpoints).
    pub fn unauthenticated(base_url: &str) -> Result<Self, Error> {
        ClientBuilder::new(base_url)
            .environment(Environment::empty())
            .authenticator(NoAuth)
            .build()
    }

    /// A copy whose every request uses `options` layered over this client's
    /// defaults. The provider, base URL and authentication are kept: options
    /// cannot redirect credentials elsewhere.
    pub fn with_options(&self, options: RequestOptions) -> Self {
        let mut inner = Inner::clone(&self.inner);
        inner.defaults = inner.defaults.merge(&options);
        Self {
            inner: Arc::new(inner),
        }
    }

    /// The base URL requests are sent to.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url_text
    }

    /// The provider's name, when one is configured.
    pub fn provider_name(&self) -> Option<&str> {
        self.inner.provider_name.as_deref()
    }

    /// The webhook secret given to the builder or read from its variable.
    pub fn webhook_secret(&self) -> Option<&SecretString> {
        self.inner.webhook_secret.as_ref()
    }
}
