//! Amazon Bedrock as a provider: the OpenAI-compatible endpoint of Bedrock
//! with bearer tokens or AWS SigV4.
//!
//! ```no_run
//! # async fn f() -> Result<(), sdk_runtime::Error> {
//! use sdk_provider_bedrock::Bedrock;
//! let provider = Bedrock::builder().region("us-west-2").build().await?;
//! let client = sdk_runtime::Client::builder("unused").provider(provider).build()?;
//! # Ok(()) }
//! ```
//!
//! # Endpoint
//! `https://bedrock-mantle.<region>.api.aws/openai/v1` (the `/openai/v1`
//! prefix is the OpenAI compatibility contract), signed as
//! `bedrock-mantle`; or, with [`BedrockBuilder::runtime_endpoint`],
//! `https://bedrock-runtime.<region>.amazonaws.com/openai/v1`, signed as
//! `bedrock`. [`BedrockBuilder::base_url`], else `AWS_BEDROCK_BASE_URL`,
//! else the derived URL; [`BedrockBuilder::no_base_url`] skips the variable.
//! The region comes from [`BedrockBuilder::region`], then `AWS_REGION`, then
//! `AWS_DEFAULT_REGION`.
//!
//! # Order of authentication
//! 1. Exactly one explicit mode: a bearer token
//!    ([`BedrockBuilder::bearer_token`]) or a bearer-token provider; or,
//!    with the `bedrock-sigv4` feature, static AWS keys, a named profile, or
//!    an AWS credential provider. Bearer and AWS modes together, or two AWS
//!    modes, are refused.
//! 2. `AWS_BEARER_TOKEN_BEDROCK`, read again on every attempt (an empty
//!    value counts as absent). [`BedrockBuilder::no_api_key`] skips it.
//! 3. The default AWS credential chain (environment, profile files, SSO,
//!    web identity, ECS, IMDS, `credential_process`), through `aws-config`.
//!
//! Signed requests never follow redirects, never go to another origin than
//! the endpoint's, and are signed again (with current credentials and a
//! fresh time) on every retry.

mod bearer;
pub mod endpoint;
#[cfg(feature = "sigv4")]
pub mod sigv4;

pub use bearer::{BEARER_ENV, TokenProvider};
pub use endpoint::Endpoint;

use std::fmt;
use std::sync::Arc;

use bearer::{BearerAuthenticator, BearerSource, validate_token};
use sdk_runtime::auth::{Authenticator, Provider};
use sdk_runtime::env::Environment;
use sdk_runtime::error::Error;
use sdk_runtime::secret::SecretString;

#[cfg(feature = "sigv4")]
use aws_credential_types::provider::SharedCredentialsProvider;

/// Loads the default AWS credential chain for a region (replaceable in
/// tests so that they never read the real environment or network).
#[cfg(feature = "sigv4")]
pub type ChainLoader = Arc<
    dyn Fn(Option<String>) -> sdk_runtime::auth::BoxFuture<'static, SharedCredentialsProvider>
        + Send
        + Sync,
>;

/// The Bedrock provider. Build it with [`Bedrock::builder`].
pub struct Bedrock {
    base_url: String,
    region: Option<String>,
    mode: &'static str,
    auth: Arc<dyn Authenticator>,
}

impl fmt::Debug for Bedrock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Bedrock")
            .field("base_url", &self.base_url)
            .field("region", &self.region)
            .field("auth", &self.mode)
            .finish()
    }
}

impl Bedrock {
    /// A builder with nothing set.
    pub fn builder() -> BedrockBuilder {
        BedrockBuilder::default()
    }

    /// The authentication mode chosen: `bearer`, `bearer-provider`,
    /// `bearer-env`, `sigv4-static`, `sigv4-profile`, `sigv4-provider` or
    /// `sigv4-default-chain`.
    pub fn auth_mode(&self) -> &'static str {
        self.mode
    }

    /// The signing or derivation region, when one is known.
    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }
}

impl Provider for Bedrock {
    fn name(&self) -> &str {
        "Amazon Bedrock"
    }
    fn base_url(&self) -> &str {
        &self.base_url
    }
    fn authenticator(&self) -> Arc<dyn Authenticator> {
        Arc::clone(&self.auth)
    }
    fn follow_redirects(&self) -> bool {
        false
    }
}

/// Configures a [`Bedrock`] provider.
#[derive(Default)]
#[must_use]
pub struct BedrockBuilder {
    region: Option<String>,
    base_url: Option<Option<String>>,
    endpoint: Endpoint,
    bearer_token: Option<SecretString>,
    no_api_key: bool,
    token_provider: Option<Arc<dyn TokenProvider>>,
    access_key_id: Option<String>,
    secret_access_key: Option<SecretString>,
    session_token: Option<SecretString>,
    profile: Option<String>,
    #[cfg(feature = "sigv4")]
    credentials_provider: Option<SharedCredentialsProvider>,
    #[cfg(feature = "sigv4")]
    clock: Option<sigv4::Clock>,
    #[cfg(feature = "sigv4")]
    chain_loader: Option<ChainLoader>,
    env: Option<Environment>,
}

impl fmt::Debug for BedrockBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BedrockBuilder")
            .field("region", &self.region)
            .field("base_url", &self.base_url)
            .field("endpoint", &self.endpoint)
            .field("bearer_token", &self.bearer_token)
            .field("no_api_key", &self.no_api_key)
            .field("token_provider", &self.token_provider)
            .field(
                "access_key_id",
                &self.access_key_id.as_ref().map(|_| "[set]"),
            )
            .field("secret_access_key", &self.secret_access_key)
            .field("session_token", &self.session_token)
            .field("profile", &self.profile)
            .field("env", &self.env)
            .finish_non_exhaustive()
    }
}

/// The chosen way to authenticate.
enum Mode {
    Bearer(BearerSource, &'static str),
    #[cfg(feature = "sigv4")]
    SigV4(CredentialSource, &'static str),
}

#[cfg(feature = "sigv4")]
enum CredentialSource {
    Provider(SharedCredentialsProvider),
    Profile(String),
    DefaultChain,
}

impl BedrockBuilder {
    /// The AWS region (default: `AWS_REGION`, then `AWS_DEFAULT_REGION`).
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }
    /// An explicit base URL (a trailing `/responses…` path is stripped).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(Some(url.into()));
        self
    }
    /// Derive the base URL from the region even when
    /// `AWS_BEDROCK_BASE_URL` is set.
    pub fn no_base_url(mut self) -> Self {
        self.base_url = Some(None);
        self
    }
    /// Use the Bedrock Runtime endpoint (service `bedrock`) instead of the
    /// Mantle endpoint.
    pub fn runtime_endpoint(mut self) -> Self {
        self.endpoint = Endpoint::Runtime;
        self
    }
    /// A Bedrock API key sent as a bearer token.
    pub fn bearer_token(mut self, token: impl Into<SecretString>) -> Self {
        self.bearer_token = Some(token.into());
        self
    }
    /// Supplies bearer tokens on every attempt.
    pub fn bearer_token_provider(mut self, provider: impl TokenProvider) -> Self {
        self.token_provider = Some(Arc::new(provider));
        self
    }
    /// Ignore `AWS_BEARER_TOKEN_BEDROCK` and authenticate with AWS
    /// credentials.
    pub fn no_api_key(mut self) -> Self {
        self.no_api_key = true;
        self
    }
    /// Static AWS keys (an optional session token for temporary ones).
    #[cfg(feature = "sigv4")]
    pub fn aws_credentials(
        mut self,
        access_key_id: impl Into<String>,
        secret_access_key: impl Into<SecretString>,
        session_token: Option<SecretString>,
    ) -> Self {
        self.access_key_id = Some(access_key_id.into());
        self.secret_access_key = Some(secret_access_key.into());
        self.session_token = session_token;
        self
    }
    /// Only the access key id (for callers that set the parts separately).
    #[cfg(feature = "sigv4")]
    pub fn access_key_id(mut self, id: impl Into<String>) -> Self {
        self.access_key_id = Some(id.into());
        self
    }
    /// Only the secret access key.
    #[cfg(feature = "sigv4")]
    pub fn secret_access_key(mut self, secret: impl Into<SecretString>) -> Self {
        self.secret_access_key = Some(secret.into());
        self
    }
    /// Only the session token.
    #[cfg(feature = "sigv4")]
    pub fn session_token(mut self, token: impl Into<SecretString>) -> Self {
        self.session_token = Some(token.into());
        self
    }
    /// A named profile from the AWS config and credentials files.
    #[cfg(feature = "sigv4")]
    pub fn profile(mut self, name: impl Into<String>) -> Self {
        self.profile = Some(name.into());
        self
    }
    /// Any AWS credential provider. It is asked on every attempt (it owns
    /// its caching, as aws-config's providers do); the default chain and
    /// profiles are cached by the runtime until shortly before expiry.
    #[cfg(feature = "sigv4")]
    pub fn credentials_provider(
        mut self,
        provider: impl aws_credential_types::provider::ProvideCredentials + 'static,
    ) -> Self {
        self.credentials_provider = Some(SharedCredentialsProvider::new(provider));
        self
    }
    /// The clock used for signing (tests pin it).
    #[cfg(feature = "sigv4")]
    pub fn signing_clock(
        mut self,
        clock: impl Fn() -> std::time::SystemTime + Send + Sync + 'static,
    ) -> Self {
        self.clock = Some(Arc::new(clock));
        self
    }
    /// Replaces how the default credential chain is loaded (tests).
    #[cfg(feature = "sigv4")]
    pub fn default_chain_loader(mut self, loader: ChainLoader) -> Self {
        self.chain_loader = Some(loader);
        self
    }
    /// Where environment variables are read (default: the process).
    pub fn environment(mut self, env: Environment) -> Self {
        self.env = Some(env);
        self
    }

    fn check_values(&self) -> Result<(), Error> {
        let blank = |name: &str, v: Option<&str>| match v {
            Some(v) if v.trim().is_empty() => {
                Err(Error::config(format!("Bedrock: `{name}` is empty")))
            }
            _ => Ok(()),
        };
        blank("region", self.region.as_deref())?;
        blank("base_url", self.base_url.clone().flatten().as_deref())?;
        blank("profile", self.profile.as_deref())?;
        blank("access_key_id", self.access_key_id.as_deref())?;
        blank(
            "secret_access_key",
            self.secret_access_key.as_ref().map(SecretString::expose),
        )?;
        blank(
            "session_token",
            self.session_token.as_ref().map(SecretString::expose),
        )?;
        if let Some(t) = &self.bearer_token {
            validate_token(t.expose(), "the bearer token")?;
        }
        Ok(())
    }

    /// Chooses the authentication mode (see the module docs for the order).
    fn choose(&mut self, env: &Environment) -> Result<Mode, Error> {
        let bearer_modes = [self.bearer_token.is_some(), self.token_provider.is_some()];
        let statics = self.access_key_id.is_some()
            || self.secret_access_key.is_some()
            || self.session_token.is_some();
        #[cfg(feature = "sigv4")]
        let has_provider = self.credentials_provider.is_some();
        #[cfg(not(feature = "sigv4"))]
        let has_provider = false;
        let aws_modes = [statics, self.profile.is_some(), has_provider];
        let bearer_count = bearer_modes.iter().filter(|b| **b).count();
        let aws_count = aws_modes.iter().filter(|b| **b).count();
        if bearer_count > 0 && aws_count > 0 {
            return Err(Error::config(
                "Bedrock: a bearer token and AWS credentials were both given; choose one",
            ));
        }
        if bearer_count > 1 {
            return Err(Error::config(
                "Bedrock: both a bearer token and a bearer-token provider were given; choose one",
            ));
        }
        if aws_count > 1 {
            return Err(Error::config(
                "Bedrock: more than one AWS credential mode was given (static keys, profile, credential provider); choose one",
            ));
        }
        if bearer_count > 0 && self.no_api_key {
            return Err(Error::config(
                "Bedrock: `no_api_key` contradicts the bearer token that was given",
            ));
        }
        if statics {
            match (&self.access_key_id, &self.secret_access_key) {
                (Some(_), None) => {
                    return Err(Error::config(
                        "Bedrock: an access key id was given without its secret access key",
                    ));
                }
                (None, Some(_)) => {
                    return Err(Error::config(
                        "Bedrock: a secret access key was given without its access key id",
                    ));
                }
                (None, None) => {
                    return Err(Error::config(
                        "Bedrock: a session token needs an access key id and a secret access key",
                    ));
                }
                (Some(_), Some(_)) => {}
            }
        }
        if let Some(token) = self.bearer_token.take() {
            return Ok(Mode::Bearer(BearerSource::Static(token), "bearer"));
        }
        if let Some(provider) = self.token_provider.take() {
            return Ok(Mode::Bearer(
                BearerSource::Provider(provider),
                "bearer-provider",
            ));
        }
        #[cfg(feature = "sigv4")]
        {
            if statics
                && let (Some(id), Some(secret)) =
                    (self.access_key_id.take(), self.secret_access_key.take())
            {
                let creds = aws_credential_types::Credentials::new(
                    id,
                    secret.expose(),
                    self.session_token.take().map(|t| t.expose().to_owned()),
                    None,
                    "bedrock-static",
                );
                return Ok(Mode::SigV4(
                    CredentialSource::Provider(SharedCredentialsProvider::new(creds)),
                    "sigv4-static",
                ));
            }
            if let Some(profile) = self.profile.take() {
                return Ok(Mode::SigV4(
                    CredentialSource::Profile(profile),
                    "sigv4-profile",
                ));
            }
            if let Some(provider) = self.credentials_provider.take() {
                return Ok(Mode::SigV4(
                    CredentialSource::Provider(provider),
                    "sigv4-provider",
                ));
            }
        }
        if !self.no_api_key && env.non_empty(BEARER_ENV).is_some() {
            return Ok(Mode::Bearer(BearerSource::Env(env.clone()), "bearer-env"));
        }
        #[cfg(feature = "sigv4")]
        {
            Ok(Mode::SigV4(
                CredentialSource::DefaultChain,
                "sigv4-default-chain",
            ))
        }
        #[cfg(not(feature = "sigv4"))]
        {
            Err(Error::config(format!(
                "Bedrock: no bearer token: pass `bearer_token(..)`, set {BEARER_ENV}, or enable the `bedrock-sigv4` feature for AWS credentials"
            )))
        }
    }

    /// Validates the configuration, chooses the authentication and, for the
    /// default AWS chain, checks that it finds credentials.
    pub async fn build(mut self) -> Result<Bedrock, Error> {
        self.check_values()?;
        let env = self.env.clone().unwrap_or_default();
        let mode = self.choose(&env)?;
        let region = endpoint::resolve_region(self.region.as_deref(), &env)?;
        let explicit_url = match &self.base_url {
            Some(Some(url)) => Some(url.clone()),
            Some(None) => None,
            None => env.non_empty(endpoint::BASE_URL_ENV),
        };
        let base_url = match (explicit_url, &region) {
            (Some(url), _) => endpoint::normalize_base_url(&url)?,
            (None, Some(r)) => self.endpoint.url(r),
            (None, None) => {
                return Err(Error::config(
                    "Bedrock: no region: pass `region(..)` or set AWS_REGION (needed to derive the endpoint)",
                ));
            }
        };
        let endpoint_url = sdk_runtime::uri::parse_http(&base_url)
            .map_err(|e| Error::config(format!("Bedrock: invalid base URL: {e}")))?;
        let (auth, mode_name): (Arc<dyn Authenticator>, &'static str) = match mode {
            Mode::Bearer(source, name) => (
                Arc::new(BearerAuthenticator {
                    source,
                    endpoint: endpoint_url,
                }),
                name,
            ),
            #[cfg(feature = "sigv4")]
            Mode::SigV4(source, name) => {
                let Some(region) = region.clone() else {
                    return Err(Error::config(
                        "Bedrock: no region: pass `region(..)` or set AWS_REGION (needed to sign requests)",
                    ));
                };
                endpoint::check_region(&endpoint_url, &region)
                    .map_err(|e| Error::config(e.to_string()))?;
                let clock = self
                    .clock
                    .clone()
                    .unwrap_or_else(|| Arc::new(std::time::SystemTime::now));
                let cache = match source {
                    CredentialSource::Provider(p) => sigv4::credential_cache(p, false),
                    CredentialSource::Profile(name) => sigv4::credential_cache(
                        SharedCredentialsProvider::new(
                            aws_config::profile::ProfileFileCredentialsProvider::builder()
                                .profile_name(&name)
                                .build(),
                        ),
                        true,
                    ),
                    CredentialSource::DefaultChain => {
                        let loader = self.chain_loader.clone().unwrap_or_else(default_chain);
                        sigv4::credential_cache(loader(Some(region.clone())).await, true)
                    }
                };
                if name == "sigv4-default-chain" {
                    cache.get().await.map_err(|e| match e {
                        Error::Auth { source, .. } => Error::Auth {
                            message: "Bedrock: the default AWS credential chain found no credentials; \
                                      pass a bearer token or AWS credentials, or configure the chain"
                                .into(),
                            source,
                        },
                        other => other,
                    })?;
                }
                (
                    Arc::new(sigv4::SigV4Authenticator {
                        credentials: cache,
                        clock,
                        region,
                        service: self.endpoint.service(),
                        endpoint: endpoint_url,
                    }),
                    name,
                )
            }
        };
        Ok(Bedrock {
            base_url,
            region,
            mode: mode_name,
            auth,
        })
    }
}

#[cfg(feature = "sigv4")]
fn default_chain() -> ChainLoader {
    Arc::new(|region: Option<String>| {
        Box::pin(async move {
            let mut builder =
                aws_config::default_provider::credentials::DefaultCredentialsChain::builder();
            if let Some(r) = region {
                builder = builder.region(aws_config::Region::new(r));
            }
            SharedCredentialsProvider::new(builder.build().await)
        })
    })
}
