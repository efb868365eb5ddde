//! Azure OpenAI as a provider (feature `azure`): the OpenAI API served by
//! an Azure resource, with an API key or a Microsoft Entra ID token.
//!
//! ```no_run
//! # fn f() -> Result<(), sdk_runtime::Error> {
//! use sdk_provider_azure::Azure;
//! let provider = Azure::builder()
//!     .endpoint("https://my-resource.openai.azure.com")
//!     .api_version("2024-10-21")
//!     .api_key("…")
//!     .build()?;
//! let client = sdk_runtime::Client::builder("unused").provider(provider).build()?;
//! # Ok(()) }
//! ```
//!
//! # Layouts
//! - Classic (the default): requests go to `{endpoint}/openai/…` with the
//!   `api-version` query parameter; the operations Azure serves per
//!   deployment ([`route::DEPLOYMENT_PATHS`]) go to
//!   `{endpoint}/openai/deployments/{deployment}/…`, the deployment being
//!   [`AzureBuilder::deployment`] or else the request's `model`.
//! - v1 ([`AzureBuilder::v1`]): requests go to `{endpoint}/openai/v1/…`
//!   unchanged; `api-version` only when one is given.
//! - WebSockets (feature `websocket`): the handshake goes to
//!   `wss://{endpoint}/openai/…` with the same credential and
//!   `api-version`; in the classic layout the Realtime socket names its
//!   deployment in the query (`deployment=`, from
//!   [`AzureBuilder::deployment`] or the `model`).
//!
//! # Settings and credentials
//! The endpoint comes from [`AzureBuilder::endpoint`], else
//! `AZURE_OPENAI_ENDPOINT`; the API version from
//! [`AzureBuilder::api_version`], else `OPENAI_API_VERSION`. The credential
//! is exactly one of: an API key (`api-key` header;
//! [`AzureBuilder::api_key`], else `AZURE_OPENAI_API_KEY`), or a Microsoft
//! Entra ID token (`Authorization: Bearer`; [`AzureBuilder::ad_token`] or
//! [`AzureBuilder::ad_token_provider`], asked on every attempt, else
//! `AZURE_OPENAI_AD_TOKEN`). An explicit credential wins over the
//! environment; two explicit ones, or two variables and no explicit one,
//! are refused. The credential never follows a redirect and is never sent
//! to another origin than the endpoint's.

#[cfg(feature = "identity")]
pub mod entra;
pub mod route;

use http::HeaderValue;
use http::Uri;
use sdk_runtime::uri;
use std::fmt;
use std::sync::Arc;

use sdk_runtime::auth::scheme::secret_header;
use sdk_runtime::auth::{Authenticator, BoxFuture, OutgoingRequest, Provider};
use sdk_runtime::env::Environment;
use sdk_runtime::error::Error;
use sdk_runtime::identity::{IdentityCache, ResolveIdentity};
use sdk_runtime::secret::SecretString;

/// The variable with the resource's endpoint.
pub const ENDPOINT_ENV: &str = "AZURE_OPENAI_ENDPOINT";
/// The variable with the API version.
pub const API_VERSION_ENV: &str = "OPENAI_API_VERSION";
/// The variable with an API key.
pub const API_KEY_ENV: &str = "AZURE_OPENAI_API_KEY";
/// The variable with a Microsoft Entra ID token.
pub const AD_TOKEN_ENV: &str = "AZURE_OPENAI_AD_TOKEN";

/// The Azure OpenAI provider. Build it with [`Azure::builder`].
pub struct Azure {
    base_url: String,
    mode: &'static str,
    auth: Arc<AzureAuthenticator>,
}

impl fmt::Debug for Azure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Azure")
            .field("base_url", &self.base_url)
            .field("auth", &self.mode)
            .field("api_version", &self.auth.api_version)
            .field("deployment", &self.auth.deployment)
            .finish()
    }
}

impl Azure {
    /// A builder with nothing set.
    pub fn builder() -> AzureBuilder {
        AzureBuilder::default()
    }
    /// The credential chosen: `api-key`, `api-key-env`, `ad-token`,
    /// `ad-token-provider`, `ad-token-env`, or (feature `azure-identity`)
    /// `token-credential` or `default-credential`.
    pub fn auth_mode(&self) -> &'static str {
        self.mode
    }
}

impl Provider for Azure {
    fn name(&self) -> &str {
        "Azure OpenAI"
    }
    fn base_url(&self) -> &str {
        &self.base_url
    }
    fn authenticator(&self) -> Arc<dyn Authenticator> {
        self.auth.clone()
    }
    fn follow_redirects(&self) -> bool {
        false
    }
}

/// Configures an [`Azure`] provider.
#[derive(Default)]
#[must_use]
pub struct AzureBuilder {
    endpoint: Option<String>,
    api_version: Option<String>,
    deployment: Option<String>,
    v1: bool,
    api_key: Option<SecretString>,
    ad_token: Option<SecretString>,
    ad_token_provider: Option<Arc<dyn ResolveIdentity<SecretString>>>,
    #[cfg(feature = "identity")]
    entra: Option<Entra>,
    #[cfg(feature = "identity")]
    token_scope: Option<String>,
    env: Option<Environment>,
}

/// Where Microsoft Entra ID tokens come from, with `azure-identity`.
#[cfg(feature = "identity")]
#[derive(Clone)]
enum Entra {
    /// One credential of the user's.
    Credential(Arc<dyn entra::TokenCredential>),
    /// The default chain.
    DefaultChain,
}

impl fmt::Debug for AzureBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AzureBuilder")
            .field("endpoint", &self.endpoint)
            .field("api_version", &self.api_version)
            .field("deployment", &self.deployment)
            .field("v1", &self.v1)
            .field("api_key", &self.api_key.as_ref().map(|_| "[redacted]"))
            .field("ad_token", &self.ad_token.as_ref().map(|_| "[redacted]"))
            .field("ad_token_provider", &self.ad_token_provider.is_some())
            .finish_non_exhaustive()
    }
}

impl AzureBuilder {
    /// The resource's endpoint, such as `https://my-resource.openai.azure.com`.
    pub fn endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.endpoint = Some(endpoint.into());
        self
    }
    /// The API version, sent as `api-version` on every request.
    pub fn api_version(mut self, version: impl Into<String>) -> Self {
        self.api_version = Some(version.into());
        self
    }
    /// Sends every deployment operation to this deployment, whatever the
    /// request's `model` (classic layout).
    pub fn deployment(mut self, deployment: impl Into<String>) -> Self {
        self.deployment = Some(deployment.into());
        self
    }
    /// The v1 layout: `{endpoint}/openai/v1/…`, no deployment routing.
    pub fn v1(mut self) -> Self {
        self.v1 = true;
        self
    }
    /// An API key, sent as the `api-key` header.
    pub fn api_key(mut self, key: impl Into<SecretString>) -> Self {
        self.api_key = Some(key.into());
        self
    }
    /// A Microsoft Entra ID token, sent as a bearer token.
    pub fn ad_token(mut self, token: impl Into<SecretString>) -> Self {
        self.ad_token = Some(token.into());
        self
    }
    /// Microsoft Entra ID tokens from a resolver asked on every attempt: the
    /// resolver owns its caching.
    pub fn ad_token_provider(mut self, provider: impl ResolveIdentity<SecretString>) -> Self {
        self.ad_token_provider = Some(Arc::new(provider));
        self
    }
    /// Microsoft Entra ID tokens from an `azure_identity` credential (such
    /// as `ManagedIdentityCredential` or `DeveloperToolsCredential`), for
    /// the scope [`entra::COGNITIVE_SERVICES_SCOPE`], cached until shortly
    /// before each expires.
    #[cfg(feature = "identity")]
    pub fn token_credential(mut self, credential: Arc<dyn entra::TokenCredential>) -> Self {
        self.entra = Some(Entra::Credential(credential));
        self
    }
    /// Microsoft Entra ID tokens from the first of these credentials that
    /// gives one (it is used from then on), cached until shortly before
    /// each expires: a service principal (`AZURE_TENANT_ID`,
    /// `AZURE_CLIENT_ID`, `AZURE_CLIENT_SECRET`), workload identity
    /// (`AZURE_FEDERATED_TOKEN_FILE`), managed identity, then the Azure CLI
    /// and Azure Developer CLI.
    #[cfg(feature = "identity")]
    pub fn default_credential(mut self) -> Self {
        self.entra = Some(Entra::DefaultChain);
        self
    }
    /// The scope tokens are asked for (default:
    /// [`entra::COGNITIVE_SERVICES_SCOPE`]).
    #[cfg(feature = "identity")]
    pub fn token_scope(mut self, scope: impl Into<String>) -> Self {
        self.token_scope = Some(scope.into());
        self
    }
    /// Where variables are read from (default: the process environment).
    pub fn environment(mut self, env: Environment) -> Self {
        self.env = Some(env);
        self
    }

    /// Validates the settings and builds the provider.
    pub fn build(self) -> Result<Azure, Error> {
        let env = self.env.clone().unwrap_or_else(Environment::process);
        #[cfg(feature = "identity")]
        let entra = self.entra.clone();
        #[cfg(not(feature = "identity"))]
        let entra: Option<()> = None;
        let explicit: Vec<&str> = [
            ("api_key", self.api_key.is_some()),
            ("ad_token", self.ad_token.is_some()),
            ("ad_token_provider", self.ad_token_provider.is_some()),
            ("token_credential or default_credential", entra.is_some()),
        ]
        .into_iter()
        .filter_map(|(name, set)| set.then_some(name))
        .collect();
        if explicit.len() > 1 {
            return Err(Error::config(format!(
                "Azure OpenAI: pass exactly one credential, not {}",
                explicit.join(" and ")
            )));
        }
        let (credential, mode) = match (self.api_key, self.ad_token, self.ad_token_provider) {
            (Some(key), _, _) => (Credential::key(&key)?, "api-key"),
            (_, Some(token), _) => (Credential::token(&token)?, "ad-token"),
            (_, _, Some(provider)) => (
                Credential::Provider(IdentityCache::uncached(provider)),
                "ad-token-provider",
            ),
            #[cfg(feature = "identity")]
            (None, None, None) if entra.is_some() => {
                let scope = self
                    .token_scope
                    .unwrap_or_else(|| entra::COGNITIVE_SERVICES_SCOPE.to_owned());
                match entra {
                    Some(Entra::Credential(credential)) => (
                        Credential::Provider(IdentityCache::new(entra::CredentialResolver {
                            credential,
                            scope,
                        })),
                        "token-credential",
                    ),
                    _ => (
                        Credential::Provider(IdentityCache::new(
                            entra::ChainResolver::from_environment(&env, scope)?,
                        )),
                        "default-credential",
                    ),
                }
            }
            (None, None, None) => match (env.non_empty(API_KEY_ENV), env.non_empty(AD_TOKEN_ENV)) {
                (Some(_), Some(_)) => {
                    return Err(Error::config(format!(
                        "Azure OpenAI: both {API_KEY_ENV} and {AD_TOKEN_ENV} are set; unset one, or pass api_key(..) or ad_token(..)"
                    )));
                }
                (Some(key), None) => (Credential::key(&key.into())?, "api-key-env"),
                (None, Some(token)) => (Credential::token(&token.into())?, "ad-token-env"),
                (None, None) => {
                    return Err(Error::config(format!(
                        "Azure OpenAI: no credential: pass api_key(..), ad_token(..) or ad_token_provider(..), or set {API_KEY_ENV} or {AD_TOKEN_ENV}"
                    )));
                }
            },
        };
        let endpoint = self
            .endpoint
            .or_else(|| env.non_empty(ENDPOINT_ENV))
            .ok_or_else(|| {
                Error::config(format!(
                    "Azure OpenAI: no endpoint: pass endpoint(..) or set {ENDPOINT_ENV}"
                ))
            })?;
        let endpoint = uri::parse_http(endpoint.trim().trim_end_matches('/')).map_err(|e| {
            Error::config(format!(
                "Azure OpenAI: invalid endpoint `{endpoint}` (an http or https URL): {e}"
            ))
        })?;
        let api_version = self
            .api_version
            .or_else(|| env.non_empty(API_VERSION_ENV))
            .filter(|v| !v.trim().is_empty());
        if api_version.is_none() && !self.v1 {
            return Err(Error::config(format!(
                "Azure OpenAI: no API version: pass api_version(..) or set {API_VERSION_ENV} (the v1 layout needs none)"
            )));
        }
        if self.v1 && self.deployment.is_some() {
            return Err(Error::config(
                "Azure OpenAI: the v1 layout has no deployment paths; remove deployment(..) or v1()",
            ));
        }
        let root = format!("{}/openai", endpoint.path().trim_end_matches('/'));
        let base_path = if self.v1 {
            format!("{root}/v1")
        } else {
            root.clone()
        };
        let base_url = uri::with_path_and_query(&endpoint, &base_path, None)
            .map_err(|e| Error::config(format!("Azure OpenAI: invalid endpoint path: {e}")))?;
        Ok(Azure {
            base_url: base_url.to_string().trim_end_matches('/').to_owned(),
            mode,
            auth: Arc::new(AzureAuthenticator {
                endpoint,
                root: (!self.v1).then_some(root),
                api_version,
                deployment: self.deployment,
                credential,
            }),
        })
    }
}

/// The credential of every attempt.
enum Credential {
    /// `api-key: <key>`.
    Key(HeaderValue),
    /// `Authorization: Bearer <token>`.
    Token(HeaderValue),
    /// A bearer token from a resolver, asked on every attempt.
    Provider(IdentityCache<SecretString>),
}

impl Credential {
    fn key(key: &SecretString) -> Result<Self, Error> {
        if key.is_blank() {
            return Err(Error::config("Azure OpenAI: the API key is empty"));
        }
        secret_header(key.expose(), "Azure OpenAI API key").map(Self::Key)
    }
    fn token(token: &SecretString) -> Result<Self, Error> {
        if token.is_blank() {
            return Err(Error::config("Azure OpenAI: the Entra ID token is empty"));
        }
        secret_header(
            &format!("Bearer {}", token.expose()),
            "Azure OpenAI Entra ID token",
        )
        .map(Self::Token)
    }
}

/// Routes, versions and authenticates each attempt.
struct AzureAuthenticator {
    endpoint: Uri,
    /// `/openai` below the endpoint, in the classic layout.
    root: Option<String>,
    api_version: Option<String>,
    deployment: Option<String>,
    credential: Credential,
}

impl AzureAuthenticator {
    fn prepare(&self, request: &mut OutgoingRequest) -> Result<(), Error> {
        sdk_runtime::auth::check_origin(request.url(), &self.endpoint, "Azure OpenAI")?;
        if let Some(root) = &self.root {
            let content_type = request
                .headers()
                .get(http::header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned);
            let routed = route::route(
                request.url().path(),
                root,
                self.deployment.as_deref(),
                request.body(),
                content_type.as_deref(),
            )?;
            if let Some(path) = routed {
                *request.url_mut() = uri::with_path(request.url(), &path)
                    .map_err(|e| Error::InvalidRequest(format!("Azure OpenAI: {e}")))?;
            }
            if request.is_websocket() {
                route::route_realtime(request.url_mut(), root, self.deployment.as_deref())?;
            }
        }
        if let Some(version) = &self.api_version {
            route::set_query(request.url_mut(), &[], "api-version", version)?;
        }
        Ok(())
    }
}

impl Authenticator for AzureAuthenticator {
    fn authenticate<'a>(
        &'a self,
        request: &'a mut OutgoingRequest,
    ) -> BoxFuture<'a, Result<(), Error>> {
        Box::pin(async move {
            self.prepare(request)?;
            let headers = request.headers_mut();
            headers.remove("api-key");
            headers.remove(http::header::AUTHORIZATION);
            match &self.credential {
                Credential::Key(value) => {
                    request.headers_mut().insert("api-key", value.clone());
                }
                Credential::Token(value) => {
                    request
                        .headers_mut()
                        .insert(http::header::AUTHORIZATION, value.clone());
                }
                Credential::Provider(cache) => {
                    let token = cache.get().await?;
                    let value = Credential::token(&token)
                        .map_err(|e| Error::auth(format!("the Entra ID token provider: {e}")))?;
                    if let Credential::Token(value) = value {
                        request
                            .headers_mut()
                            .insert(http::header::AUTHORIZATION, value);
                    }
                }
            }
            Ok(())
        })
    }

    fn sensitive_headers(&self) -> Vec<http::HeaderName> {
        vec![http::HeaderName::from_static("api-key")]
    }
}
