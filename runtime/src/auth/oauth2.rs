//! OAuth2 client credentials (RFC 6749 §4.4): a client id and secret
//! exchanged at the token endpoint for a bearer token, cached until shortly
//! before it expires. However many requests need a token at the same
//! moment, one fetch is in flight; the others wait for its result.

use http::HeaderValue;
use serde::Deserialize;
use std::fmt;
use std::time::{Duration, Instant};
use tokio::sync::Mutex;
use url::Url;

use super::scheme::Basic;
use super::{Authenticator, BoxFuture, OutgoingRequest};
use crate::error::Error;
use crate::secret::SecretString;

/// A token is refreshed this long before it expires.
pub const REFRESH_WINDOW: Duration = Duration::from_secs(60);
/// The lifetime assumed when the token endpoint gives no `expires_in`.
pub const DEFAULT_LIFETIME: Duration = Duration::from_secs(3600);
/// Token endpoint answers larger than this are refused.
const MAX_TOKEN_RESPONSE: usize = 64 * 1024;

struct Token {
    header: HeaderValue,
    refresh_at: Instant,
}

/// Bearer tokens from an OAuth2 token endpoint, for the client-credentials
/// flow. The client authenticates to the endpoint with HTTP basic.
pub struct ClientCredentials {
    token_url: String,
    client_id: String,
    client_auth: Basic,
    scopes: Vec<String>,
    http: reqwest::Client,
    cached: Mutex<Option<Token>>,
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
        let http =
            crate::client::build_http(concat!("sdk-runtime/", env!("CARGO_PKG_VERSION")), false)?;
        Ok(Self {
            token_url: token_url.into(),
            client_auth: Basic::new(client_id.clone(), client_secret)?,
            client_id,
            scopes,
            http,
            cached: Mutex::new(None),
        })
    }

    fn endpoint(&self, request_url: &Url) -> Result<Url, Error> {
        Url::parse(&self.token_url)
            .or_else(|_| request_url.join(&self.token_url))
            .map_err(|e| {
                Error::config(format!(
                    "invalid OAuth2 token URL `{}`: {e}",
                    self.token_url
                ))
            })
    }

    async fn fetch(&self, endpoint: Url) -> Result<Token, Error> {
        let form = {
            let mut form = url::form_urlencoded::Serializer::new(String::new());
            form.append_pair("grant_type", "client_credentials");
            if !self.scopes.is_empty() {
                form.append_pair("scope", &self.scopes.join(" "));
            }
            form.finish()
        };
        let failed =
            |what: String| Error::auth(format!("OAuth2 token request to {endpoint} {what}"));
        let response = self
            .http
            .post(endpoint.clone())
            .header(http::header::AUTHORIZATION, self.client_auth.header.clone())
            .header(
                http::header::CONTENT_TYPE,
                "application/x-www-form-urlencoded",
            )
            .header(http::header::ACCEPT, "application/json")
            .body(form)
            .send()
            .await
            .map_err(|e| failed(format!("failed: {}", Error::from(e))))?;
        let status = response.status();
        let body = crate::transport::read_limited(response, MAX_TOKEN_RESPONSE)
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
        Ok(Token {
            header,
            refresh_at: Instant::now() + lifetime.saturating_sub(REFRESH_WINDOW),
        })
    }
}

impl fmt::Debug for ClientCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientCredentials")
            .field("token_url", &self.token_url)
            .field("client_id", &self.client_id)
            .field("client_secret", &"[redacted]")
            .field("scopes", &self.scopes)
            .finish()
    }
}

impl Authenticator for ClientCredentials {
    fn authenticate<'a>(
        &'a self,
        request: &'a mut OutgoingRequest,
    ) -> BoxFuture<'a, Result<(), Error>> {
        Box::pin(async move {
            // Holding the lock across the fetch makes concurrent requests
            // wait for one refresh instead of starting their own.
            let mut cached = self.cached.lock().await;
            let fresh = cached.as_ref().filter(|t| Instant::now() < t.refresh_at);
            let header = match fresh {
                Some(token) => token.header.clone(),
                None => {
                    let endpoint = self.endpoint(request.url())?;
                    let token = self.fetch(endpoint).await?;
                    let header = token.header.clone();
                    *cached = Some(token);
                    header
                }
            };
            drop(cached);
            request
                .headers_mut()
                .insert(http::header::AUTHORIZATION, header);
            Ok(())
        })
    }
}
