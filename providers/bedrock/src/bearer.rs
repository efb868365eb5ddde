//! Bearer-token authentication for Bedrock: a fixed token, a token
//! provider, or `AWS_BEARER_TOKEN_BEDROCK` read again on every attempt.

use http::HeaderValue;
use http::Uri;
use std::fmt;
use std::sync::Arc;

use super::endpoint::check_origin;
use sdk_runtime::auth::{Authenticator, BoxFuture, OutgoingRequest};
use sdk_runtime::env::Environment;
use sdk_runtime::error::Error;
use sdk_runtime::secret::SecretString;

/// Environment variable holding a Bedrock API key (bearer token).
pub const BEARER_ENV: &str = "AWS_BEARER_TOKEN_BEDROCK";

/// Supplies bearer tokens, for example short-term Bedrock API keys.
pub trait TokenProvider: Send + Sync + fmt::Debug + 'static {
    /// A current token.
    fn token(&self) -> BoxFuture<'_, Result<SecretString, Error>>;
}

/// Where the bearer token comes from.
#[derive(Clone)]
pub(crate) enum BearerSource {
    Static(SecretString),
    Provider(Arc<dyn TokenProvider>),
    Env(Environment),
}

impl fmt::Debug for BearerSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Static(_) => f.write_str("Static([redacted])"),
            Self::Provider(p) => f.debug_tuple("Provider").field(p).finish(),
            Self::Env(_) => write!(f, "Env({BEARER_ENV})"),
        }
    }
}

/// Checks that a token can be sent as is.
pub(crate) fn validate_token(token: &str, what: &str) -> Result<(), Error> {
    if token.trim().is_empty() {
        return Err(Error::config(format!("Bedrock: {what} is empty")));
    }
    if token.trim() != token {
        return Err(Error::config(format!(
            "Bedrock: {what} has leading or trailing whitespace"
        )));
    }
    if token.chars().any(char::is_control) {
        return Err(Error::config(format!(
            "Bedrock: {what} contains control characters"
        )));
    }
    Ok(())
}

pub(crate) struct BearerAuthenticator {
    pub(crate) source: BearerSource,
    pub(crate) endpoint: Uri,
}

impl BearerAuthenticator {
    async fn token(&self) -> Result<SecretString, Error> {
        let (token, what) = match &self.source {
            BearerSource::Static(t) => (t.clone(), "the bearer token"),
            BearerSource::Provider(p) => {
                (p.token().await?, "the token from the bearer-token provider")
            }
            BearerSource::Env(env) => match env.var(BEARER_ENV) {
                Some(t) if !t.is_empty() => (SecretString::from(t), BEARER_ENV),
                _ => {
                    return Err(Error::auth(format!(
                        "{BEARER_ENV} was set when the client was built but is now unset or empty"
                    )));
                }
            },
        };
        validate_token(token.expose(), what).map_err(|e| Error::auth(e.to_string()))?;
        Ok(token)
    }
}

impl Authenticator for BearerAuthenticator {
    fn authenticate<'a>(
        &'a self,
        request: &'a mut OutgoingRequest,
    ) -> BoxFuture<'a, Result<(), Error>> {
        Box::pin(async move {
            check_origin(request.url(), &self.endpoint)?;
            let token = self.token().await?;
            let mut value = HeaderValue::from_str(&format!("Bearer {}", token.expose()))
                .map_err(|_| Error::auth("the bearer token is not valid header text"))?;
            value.set_sensitive(true);
            request
                .headers_mut()
                .insert(http::header::AUTHORIZATION, value);
            Ok(())
        })
    }
}
