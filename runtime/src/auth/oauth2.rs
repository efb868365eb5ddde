//! OAuth2 client credentials (RFC 6749 §4.4): a client id and secret
//! exchanged at the token endpoint for a bearer token, cached until shortly
//! before it expires by the shared [`IdentityCache`]: however many requests
//! need a token at the same moment, one fetch is in flight; the others wait
//! for its result.

use http::Uri;
use http::{HeaderMap, HeaderValue, Method};
use serde::Deserialize;
use std::fmt;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, SystemTime};

use super::scheme::Basic;
use super::{Authenticator, BoxFuture, OutgoingRequest};
use crate::error::Error;
use crate::identity::{CacheSettings, Identity, IdentityCache, ResolveIdentity};
use crate::secret::SecretString;
use crate::transport::{HttpRequest, HttpTransport, RequestBody};

/// A token is refreshed this long before it expires (plus up to 10 s).
pub const REFRESH_WINDOW: Duration = Duration::from_secs(60);
/// The lifetime assumed when the token endpoint gives no `expires_in`.
pub const DEFAULT_LIFETIME: Duration = Duration::from_secs(3600);
/// Token endpoint answers larger than this are refused.
const MAX_TOKEN_RESPONSE: usize = 64 * 1024;

/// Bearer tokens from an OAuth2 token endpoint, for the client-credentials
/// flow. The client authenticates to the endpoint with HTTP basic.
pub struct ClientCredentials {
    fetcher: Arc<TokenFetcher>,
    cache: IdentityCache<HeaderValue>,
}

/// Fetches tokens; the resolver behind the cache.
struct TokenFetcher {
    token_url: String,
    client_id: String,
    client_auth: Basic,
    scopes: Vec<String>,
    transport: Arc<dyn HttpTransport>,
    /// The token endpoint, resolved against the first request's origin.
    endpoint: OnceLock<Uri>,
}

impl ClientCredentials {
    /// Tokens from `token_url` (absolute, or an absolute path resolved
    /// against each request's origin) for `scopes`.
    pub fn new(
        token_url: impl Into<String>,
        client_id: impl Into<String>,
        client_secret: impl Into<SecretString>,
        scopes: Vec<String>,
    ) -> Result<Self, Error> {
        let client_id = client_id.into();
        let client_secret = client_secret.into();
        if client_id.trim().is_empty() || client_secret.is_blank() {
            return Err(Error::config(
                "the OAuth2 client id and secret must not be empty",
            ));
        }
        // The token endpoint gets the client secret: never follow a redirect.
        let http = crate::transport::default_transport(
            concat!("sdk-runtime/", env!("CARGO_PKG_VERSION")),
            false,
            &crate::env::Environment::process(),
        )?;
        Ok(Self::assemble(Arc::new(TokenFetcher {
            token_url: token_url.into(),
            client_auth: Basic::new(client_id.clone(), client_secret)?,
            client_id,
            scopes,
            transport: http,
            endpoint: OnceLock::new(),
        })))
    }

    fn assemble(fetcher: Arc<TokenFetcher>) -> Self {
        let cache = IdentityCache::new(Arc::clone(&fetcher)).settings(CacheSettings {
            refresh_window: REFRESH_WINDOW,
            jitter: Duration::from_secs(10),
        });
        Self { fetcher, cache }
    }

    /// Sends token requests through `transport` (a proxy, a test double).
    /// It must not follow redirects: the request carries the client secret.
    pub fn transport(self, transport: impl HttpTransport) -> Self {
        let f = &self.fetcher;
        Self::assemble(Arc::new(TokenFetcher {
            token_url: f.token_url.clone(),
            client_id: f.client_id.clone(),
            client_auth: f.client_auth.clone(),
            scopes: f.scopes.clone(),
            transport: Arc::new(transport),
            endpoint: OnceLock::new(),
        }))
    }
}

impl TokenFetcher {
    fn endpoint(&self, request_url: &Uri) -> Result<Uri, Error> {
        crate::uri::resolve(request_url, &self.token_url).map_err(|e| {
            Error::config(format!(
                "invalid OAuth2 token URL `{}`: {e}",
                self.token_url
            ))
        })
    }

    async fn fetch(&self, endpoint: Uri) -> Result<Identity<HeaderValue>, Error> {
        let form = {
            let scope = self.scopes.join(" ");
            let mut pairs = vec![("grant_type", "client_credentials")];
            if !self.scopes.is_empty() {
                pairs.push(("scope", &scope));
            }
            crate::uri::form_encode(pairs)
        };
        let failed =
            |what: String| Error::auth(format!("OAuth2 token request to {endpoint} {what}"));
        let mut headers = HeaderMap::new();
        headers.insert(http::header::AUTHORIZATION, self.client_auth.header.clone());
        headers.insert(
            http::header::CONTENT_TYPE,
            HeaderValue::from_static("application/x-www-form-urlencoded"),
        );
        headers.insert(
            http::header::ACCEPT,
            HeaderValue::from_static("application/json"),
        );
        let request = HttpRequest::new(
            Method::POST,
            endpoint.clone(),
            headers,
            RequestBody::Bytes(form.into()),
        );
        let response = self
            .transport
            .send(request)
            .await
            .map_err(|e| failed(format!("failed: {e}")))?;
        let status = response.status;
        let body = crate::orchestrator::read_limited(response.body, MAX_TOKEN_RESPONSE)
            .await
            .map_err(|e| failed(format!("failed: {e}")))?;
        if !status.is_success() {
            #[derive(Deserialize)]
            struct OAuthError {
                error: String,
                error_description: Option<String>,
            }
            let reason = serde_json::from_slice::<OAuthError>(&body)
                .map(|e| match e.error_description {
                    Some(d) => format!("{}: {d}", e.error),
                    None => e.error,
                })
                .unwrap_or_else(|_| status.canonical_reason().unwrap_or("").to_owned());
            return Err(failed(format!(
                "was refused with status {}: {reason}",
                status.as_u16()
            )));
        }
        #[derive(Deserialize)]
        struct TokenResponse {
            access_token: SecretString,
            token_type: Option<String>,
            expires_in: Option<f64>,
        }
        let token: TokenResponse = serde_json::from_slice(&body)
            .map_err(|e| failed(format!("answered without a usable token: {e}")))?;
        if let Some(kind) = &token.token_type
            && !kind.eq_ignore_ascii_case("bearer")
        {
            return Err(failed(format!(
                "returned a `{kind}` token; only bearer tokens are supported"
            )));
        }
        let lifetime = token
            .expires_in
            .filter(|s| s.is_finite() && *s >= 0.0)
            .map_or(DEFAULT_LIFETIME, |s| Duration::from_secs_f64(s.min(1e9)));
        let mut header = HeaderValue::from_str(&format!("Bearer {}", token.access_token.expose()))
            .map_err(|_| failed("returned a token that is not valid header text".into()))?;
        header.set_sensitive(true);
        Ok(Identity::new(header, Some(SystemTime::now() + lifetime)))
    }
}

impl ResolveIdentity<HeaderValue> for TokenFetcher {
    fn resolve(&self) -> BoxFuture<'_, Result<Identity<HeaderValue>, Error>> {
        Box::pin(async move {
            let endpoint = self
                .endpoint
                .get()
                .cloned()
                .ok_or_else(|| Error::auth("the OAuth2 token endpoint is not known yet"))?;
            self.fetch(endpoint).await
        })
    }
}

impl fmt::Debug for ClientCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientCredentials")
            .field("token_url", &self.fetcher.token_url)
            .field("client_id", &self.fetcher.client_id)
            .field("client_secret", &"[redacted]")
            .field("scopes", &self.fetcher.scopes)
            .finish()
    }
}

impl Authenticator for ClientCredentials {
    fn authenticate<'a>(
        &'a self,
        request: &'a mut OutgoingRequest,
    ) -> BoxFuture<'a, Result<(), Error>> {
        Box::pin(async move {
            if self.fetcher.endpoint.get().is_none() {
                let endpoint = self.fetcher.endpoint(request.url())?;
                let _ = self.fetcher.endpoint.set(endpoint);
            }
            let header = self.cache.get().await?;
            request
                .headers_mut()
                .insert(http::header::AUTHORIZATION, header);
            Ok(())
        })
    }
}
