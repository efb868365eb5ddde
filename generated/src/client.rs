//! The entry point: a configured client, its builder and its resources.
use sdk_runtime::auth::security;
/// The security schemes of the API description that the runtime implements.
const SCHEMES: &[security::SchemeSpec] = &[
    security::SchemeSpec {
        name: "ApiKeyAuth",
        kind: security::SchemeKind::Bearer,
        option: "api_key",
        env: &["OPENAI_API_KEY"],
    },
    security::SchemeSpec {
        name: "AdminApiKeyAuth",
        kind: security::SchemeKind::Bearer,
        option: "admin_api_key",
        env: &["OPENAI_ADMIN_KEY"],
    },
];
/// What an operation needs unless it declares otherwise.
const DEFAULT_SECURITY: security::Security = &[&["ApiKeyAuth"]];
/// A client for the OpenAI API.
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
    pub const DEFAULT_BASE_URL: &'static str = "https://api.openai.com/v1";
    /// A builder with this API's defaults. It reads these environment
    /// variables unless the matching option is set:
    ///
    /// - `OPENAI_BASE_URL`: the base URL (default `https://api.openai.com/v1`).
    /// - `OPENAI_API_KEY`: the `ApiKeyAuth` scheme (`api_key(..)`).
    /// - `OPENAI_ADMIN_KEY`: the `AdminApiKeyAuth` scheme (`admin_api_key(..)`).
    /// - `OPENAI_ORG_ID`: the `OpenAI-Organization` header (`organization(..)`).
    /// - `OPENAI_PROJECT_ID`: the `OpenAI-Project` header (`project(..)`).
    pub fn builder() -> ClientBuilder {
        ClientBuilder {
            inner: sdk_runtime::ClientBuilder::for_client(Self::DEFAULT_BASE_URL)
                .user_agent("openai-client/0.1.0")
                .base_url_env("OPENAI_BASE_URL")
                .security(security::SecurityConfig::new(SCHEMES, DEFAULT_SECURITY))
                .header_option(
                    "OpenAI-Organization",
                    "organization",
                    None,
                    Some("OPENAI_ORG_ID"),
                )
                .header_option(
                    "OpenAI-Project",
                    "project",
                    None,
                    Some("OPENAI_PROJECT_ID"),
                )
                .error_format(sdk_runtime::auth::openai::parse_error),
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
    /// The `assistants` resource.
    #[cfg(feature = "assistants")]
    #[inline]
    pub fn assistants(&self) -> crate::resources::assistants::Assistants {
        crate::resources::assistants::Assistants {
            client: self.inner.clone(),
        }
    }
    /// The `audio` resource.
    #[cfg(feature = "audio")]
    #[inline]
    pub fn audio(&self) -> crate::resources::audio::Audio {
        crate::resources::audio::Audio {
            client: self.inner.clone(),
        }
    }
    /// The `batches` resource.
    #[cfg(feature = "batches")]
    #[inline]
    pub fn batches(&self) -> crate::resources::batches::Batches {
        crate::resources::batches::Batches {
            client: self.inner.clone(),
        }
    }
    /// The `beta` resource.
    #[cfg(feature = "beta")]
    #[inline]
    pub fn beta(&self) -> crate::resources::beta::Beta {
        crate::resources::beta::Beta {
            client: self.inner.clone(),
        }
    }
    /// The `chat` resource.
    #[cfg(feature = "chat")]
    #[inline]
    pub fn chat(&self) -> crate::resources::chat::Chat {
        crate::resources::chat::Chat {
            client: self.inner.clone(),
        }
    }
    /// The `chatkit` resource.
    #[cfg(feature = "chatkit")]
    #[inline]
    pub fn chatkit(&self) -> crate::resources::chatkit::Chatkit {
        crate::resources::chatkit::Chatkit {
            client: self.inner.clone(),
        }
    }
    /// The `completions` resource.
    #[cfg(feature = "completions")]
    #[inline]
    pub fn completions(&self) -> crate::resources::completions::Completions {
        crate::resources::completions::Completions {
            client: self.inner.clone(),
        }
    }
    /// The `containers` resource.
    #[cfg(feature = "containers")]
    #[inline]
    pub fn containers(&self) -> crate::resources::containers::Containers {
        crate::resources::containers::Containers {
            client: self.inner.clone(),
        }
    }
    /// The `content_provenance_checks` resource.
    #[cfg(feature = "content-provenance-checks")]
    #[inline]
    pub fn content_provenance_checks(
        &self,
    ) -> crate::resources::content_provenance_checks::ContentProvenanceChecks {
        crate::resources::content_provenance_checks::ContentProvenanceChecks {
            client: self.inner.clone(),
        }
    }
    /// The `conversations` resource.
    #[cfg(feature = "conversations")]
    #[inline]
    pub fn conversations(&self) -> crate::resources::conversations::Conversations {
        crate::resources::conversations::Conversations {
            client: self.inner.clone(),
        }
    }
    /// The `embeddings` resource.
    #[cfg(feature = "embeddings")]
    #[inline]
    pub fn embeddings(&self) -> crate::resources::embeddings::Embeddings {
        crate::resources::embeddings::Embeddings {
            client: self.inner.clone(),
        }
    }
    /// The `evals` resource.
    #[cfg(feature = "evals")]
    #[inline]
    pub fn evals(&self) -> crate::resources::evals::Evals {
        crate::resources::evals::Evals {
            client: self.inner.clone(),
        }
    }
    /// The `files` resource.
    #[cfg(feature = "files")]
    #[inline]
    pub fn files(&self) -> crate::resources::files::Files {
        crate::resources::files::Files {
            client: self.inner.clone(),
        }
    }
    /// The `fine_tuning` resource.
    #[cfg(feature = "fine-tuning")]
    #[inline]
    pub fn fine_tuning(&self) -> crate::resources::fine_tuning::FineTuning {
        crate::resources::fine_tuning::FineTuning {
            client: self.inner.clone(),
        }
    }
    /// The `images` resource.
    #[cfg(feature = "images")]
    #[inline]
    pub fn images(&self) -> crate::resources::images::Images {
        crate::resources::images::Images {
            client: self.inner.clone(),
        }
    }
    /// The `models` resource.
    #[cfg(feature = "models")]
    #[inline]
    pub fn models(&self) -> crate::resources::models::Models {
        crate::resources::models::Models {
            client: self.inner.clone(),
        }
    }
    /// The `moderations` resource.
    #[cfg(feature = "moderations")]
    #[inline]
    pub fn moderations(&self) -> crate::resources::moderations::Moderations {
        crate::resources::moderations::Moderations {
            client: self.inner.clone(),
        }
    }
    /// The `organization` resource.
    #[cfg(feature = "organization")]
    #[inline]
    pub fn organization(&self) -> crate::resources::organization::Organization {
        crate::resources::organization::Organization {
            client: self.inner.clone(),
        }
    }
    /// The `projects` resource.
    #[cfg(feature = "projects")]
    #[inline]
    pub fn projects(&self) -> crate::resources::projects::Projects {
        crate::resources::projects::Projects {
            client: self.inner.clone(),
        }
    }
    /// The `realtime` resource.
    #[cfg(feature = "realtime")]
    #[inline]
    pub fn realtime(&self) -> crate::resources::realtime::Realtime {
        crate::resources::realtime::Realtime {
            client: self.inner.clone(),
        }
    }
    /// The `responses` resource.
    #[cfg(feature = "responses")]
    #[inline]
    pub fn responses(&self) -> crate::resources::responses::Responses {
        crate::resources::responses::Responses {
            client: self.inner.clone(),
        }
    }
    /// The `skills` resource.
    #[cfg(feature = "skills")]
    #[inline]
    pub fn skills(&self) -> crate::resources::skills::Skills {
        crate::resources::skills::Skills {
            client: self.inner.clone(),
        }
    }
    /// The `threads` resource.
    #[cfg(feature = "threads")]
    #[inline]
    pub fn threads(&self) -> crate::resources::threads::Threads {
        crate::resources::threads::Threads {
            client: self.inner.clone(),
        }
    }
    /// The `uploads` resource.
    #[cfg(feature = "uploads")]
    #[inline]
    pub fn uploads(&self) -> crate::resources::uploads::Uploads {
        crate::resources::uploads::Uploads {
            client: self.inner.clone(),
        }
    }
    /// The `vector_stores` resource.
    #[cfg(feature = "vector-stores")]
    #[inline]
    pub fn vector_stores(&self) -> crate::resources::vector_stores::VectorStores {
        crate::resources::vector_stores::VectorStores {
            client: self.inner.clone(),
        }
    }
    /// The `videos` resource.
    #[cfg(feature = "videos")]
    #[inline]
    pub fn videos(&self) -> crate::resources::videos::Videos {
        crate::resources::videos::Videos {
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
    /// Authenticates with a bearer token (`Authorization: Bearer`): the `ApiKeyAuth` scheme.
    ///
    /// Default: `OPENAI_API_KEY`. Operations that declare another scheme use that one.
    pub fn api_key(self, secret: impl Into<sdk_runtime::SecretString>) -> Self {
        self.credential("ApiKeyAuth", security::Credential::Secret(secret.into()))
    }
    /// Authenticates with a bearer token (`Authorization: Bearer`): the `AdminApiKeyAuth` scheme.
    ///
    /// Default: `OPENAI_ADMIN_KEY`. Operations that declare another scheme use that one.
    pub fn admin_api_key(self, secret: impl Into<sdk_runtime::SecretString>) -> Self {
        self.credential("AdminApiKeyAuth", security::Credential::Secret(secret.into()))
    }
    /// Sends `OpenAI-Organization` with every request: the organization the requests count against. Default: `OPENAI_ORG_ID`.
    pub fn organization(self, value: impl Into<String>) -> Self {
        Self {
            inner: self
                .inner
                .header_option(
                    "OpenAI-Organization",
                    "organization",
                    Some(value.into()),
                    Some("OPENAI_ORG_ID"),
                ),
        }
    }
    /// Sends `OpenAI-Project` with every request: the project the requests count against. Default: `OPENAI_PROJECT_ID`.
    pub fn project(self, value: impl Into<String>) -> Self {
        Self {
            inner: self
                .inner
                .header_option(
                    "OpenAI-Project",
                    "project",
                    Some(value.into()),
                    Some("OPENAI_PROJECT_ID"),
                ),
        }
    }
    fn credential(self, scheme: &'static str, credential: security::Credential) -> Self {
        Self {
            inner: self.inner.credential(scheme, credential),
        }
    }
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
