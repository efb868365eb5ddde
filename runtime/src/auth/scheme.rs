//! The credentials an OpenAPI document can declare in `securitySchemes`,
//! each an [`Authenticator`]: an HTTP bearer token, HTTP basic
//! authentication, and an API key in a header, a query parameter or a
//! cookie. (OAuth2 client credentials are in [`super::oauth2`].)

use base64::Engine as _;
use http::{HeaderName, HeaderValue};
use std::fmt;

use super::{Authenticator, BoxFuture, OutgoingRequest};
use crate::error::Error;
use crate::secret::SecretString;

/// A header value that carries a secret (marked sensitive), or a config
/// error naming `what` when the text cannot be a header.
pub fn secret_header(text: &str, what: &str) -> Result<HeaderValue, Error> {
    let mut value = HeaderValue::from_str(text).map_err(|_| {
        Error::config(format!(
            "the {what} contains characters not allowed in a header"
        ))
    })?;
    value.set_sensitive(true);
    Ok(value)
}

/// `Authorization: Bearer <token>`.
#[derive(Clone)]
pub struct Bearer {
    header: HeaderValue,
}

impl Bearer {
    /// A bearer authenticator; refuses an empty token or one that is not
    /// valid header text.
    pub fn new(token: impl Into<SecretString>) -> Result<Self, Error> {
        let token = token.into();
        if token.is_blank() {
            return Err(Error::config("the bearer token is empty"));
        }
        Ok(Self {
            header: secret_header(&format!("Bearer {}", token.expose()), "bearer token")?,
        })
    }
}

impl fmt::Debug for Bearer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Bearer([redacted])")
    }
}

impl Authenticator for Bearer {
    fn authenticate<'a>(
        &'a self,
        request: &'a mut OutgoingRequest,
    ) -> BoxFuture<'a, Result<(), Error>> {
        set_authorization(request, &self.header)
    }
}

/// `Authorization: Bearer <token>` with tokens from an identity cache: each
/// attempt asks the cache, which asks its resolver again shortly before
/// the token expires (the user's OAuth2 access token, refreshed).
#[derive(Clone)]
pub struct ResolvedBearer {
    tokens: std::sync::Arc<crate::identity::IdentityCache<SecretString>>,
}

impl ResolvedBearer {
    /// Bearer tokens from `tokens`.
    pub fn new(tokens: std::sync::Arc<crate::identity::IdentityCache<SecretString>>) -> Self {
        Self { tokens }
    }
}

impl fmt::Debug for ResolvedBearer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ResolvedBearer([redacted])")
    }
}

impl Authenticator for ResolvedBearer {
    fn authenticate<'a>(
        &'a self,
        request: &'a mut OutgoingRequest,
    ) -> BoxFuture<'a, Result<(), Error>> {
        Box::pin(async move {
            let token = self.tokens.get().await?;
            if token.is_blank() {
                return Err(Error::auth("the access token resolver gave an empty token"));
            }
            let header = secret_header(&format!("Bearer {}", token.expose()), "access token")?;
            request
                .headers_mut()
                .insert(http::header::AUTHORIZATION, header);
            Ok(())
        })
    }
}

/// Sets `Authorization` (bearer and basic differ only in the value).
fn set_authorization<'a>(
    request: &'a mut OutgoingRequest,
    value: &HeaderValue,
) -> BoxFuture<'a, Result<(), Error>> {
    request
        .headers_mut()
        .insert(http::header::AUTHORIZATION, value.clone());
    Box::pin(async { Ok(()) })
}

/// `Authorization: Basic base64(username:password)` (RFC 7617).
#[derive(Clone)]
pub struct Basic {
    username: String,
    pub(super) header: HeaderValue,
}

impl Basic {
    /// A basic authenticator; the username may not contain `:`.
    pub fn new(
        username: impl Into<String>,
        password: impl Into<SecretString>,
    ) -> Result<Self, Error> {
        let username = username.into();
        let password = password.into();
        if username.contains(':') {
            return Err(Error::config(
                "a basic-authentication username cannot contain `:`",
            ));
        }
        let pair = format!("{username}:{}", password.expose());
        let encoded = base64::engine::general_purpose::STANDARD.encode(pair.as_bytes());
        Ok(Self {
            username,
            header: secret_header(&format!("Basic {encoded}"), "password")?,
        })
    }
}

impl fmt::Debug for Basic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Basic")
            .field("username", &self.username)
            .field("password", &"[redacted]")
            .finish()
    }
}

impl Authenticator for Basic {
    fn authenticate<'a>(
        &'a self,
        request: &'a mut OutgoingRequest,
    ) -> BoxFuture<'a, Result<(), Error>> {
        set_authorization(request, &self.header)
    }
}

/// Where an API key travels (`in` of an `apiKey` security scheme).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiKeyLocation {
    /// A request header.
    Header,
    /// A query parameter (logged as `[redacted]`).
    Query,
    /// A cookie in the `Cookie` header.
    Cookie,
}

/// An API key in a header, a query parameter or a cookie.
#[derive(Clone)]
pub struct ApiKey {
    location: ApiKeyLocation,
    name: String,
    key: SecretString,
    header: Option<(HeaderName, HeaderValue)>,
}

impl ApiKey {
    /// An API key sent as `name` in `location`.
    pub fn new(
        location: ApiKeyLocation,
        name: impl Into<String>,
        key: impl Into<SecretString>,
    ) -> Result<Self, Error> {
        let name = name.into();
        let key = key.into();
        if key.is_blank() {
            return Err(Error::config(format!("the API key for `{name}` is empty")));
        }
        let header = match location {
            ApiKeyLocation::Header => {
                let header_name = HeaderName::from_bytes(name.as_bytes())
                    .map_err(|_| Error::config(format!("`{name}` is not a valid header name")))?;
                Some((header_name, secret_header(key.expose(), "API key")?))
            }
            ApiKeyLocation::Cookie => {
                if name.is_empty() || name.contains(['=', ';', ' ']) {
                    return Err(Error::config(format!(
                        "`{name}` is not a valid cookie name"
                    )));
                }
                if key.expose().contains([';', ' ', ',', '"']) {
                    return Err(Error::config(
                        "the API key contains characters not allowed in a cookie",
                    ));
                }
                None
            }
            ApiKeyLocation::Query => None,
        };
        Ok(Self {
            location,
            name,
            key,
            header,
        })
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiKey")
            .field("location", &self.location)
            .field("name", &self.name)
            .field("key", &"[redacted]")
            .finish()
    }
}

impl Authenticator for ApiKey {
    fn authenticate<'a>(
        &'a self,
        request: &'a mut OutgoingRequest,
    ) -> BoxFuture<'a, Result<(), Error>> {
        match (&self.location, &self.header) {
            (ApiKeyLocation::Header, Some((name, value))) => {
                request.headers_mut().insert(name.clone(), value.clone());
            }
            (ApiKeyLocation::Query, _) => {
                if let Err(e) = request.append_query_pair(&self.name, self.key.expose()) {
                    return Box::pin(async move { Err(e) });
                }
            }
            _ => {
                let pair = format!("{}={}", self.name, self.key.expose());
                let cookie = match request.headers().get(http::header::COOKIE) {
                    Some(existing) => {
                        format!("{}; {pair}", String::from_utf8_lossy(existing.as_bytes()))
                    }
                    None => pair,
                };
                return Box::pin(async move {
                    let value = secret_header(&cookie, "cookie")?;
                    request.headers_mut().insert(http::header::COOKIE, value);
                    Ok(())
                });
            }
        }
        Box::pin(async { Ok(()) })
    }

    fn sensitive_headers(&self) -> Vec<HeaderName> {
        self.header.iter().map(|(name, _)| name.clone()).collect()
    }

    fn sensitive_query_params(&self) -> Vec<String> {
        match self.location {
            ApiKeyLocation::Query => vec![self.name.clone()],
            _ => Vec::new(),
        }
    }
}
