//! Webhook deliveries: verify the signature and timestamp, then parse the
//! payload into the generated [`WebhookEvent`](openai_client_core::types::WebhookEvent).
//! Without a secret, `OPENAI_WEBHOOK_SECRET` is read.

#[cfg(feature = "webhooks")]
pub use imp::{SECRET_ENV, WebhookParseError, secret_from, unwrap, unwrap_at};

#[cfg(feature = "webhooks")]
mod imp {
    use openai_client_core::types::WebhookEvent;
    use sdk_runtime::SecretString;
    use sdk_runtime::webhooks::{DEFAULT_TOLERANCE, WebhookError, verify};
    use std::fmt;
    use std::time::SystemTime;

    /// The variable read when no secret is passed.
    pub const SECRET_ENV: &str = "OPENAI_WEBHOOK_SECRET";

    /// Why a delivery could not be used.
    #[derive(Debug)]
    #[non_exhaustive]
    pub enum WebhookParseError {
        /// No secret was passed and `OPENAI_WEBHOOK_SECRET` is not set.
        NoSecret,
        /// The signature, timestamp or headers are wrong.
        Verification(WebhookError),
        /// The payload is not a webhook event.
        Payload(serde_json::Error),
    }

    impl fmt::Display for WebhookParseError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                Self::NoSecret => write!(f, "no webhook secret: pass one or set {SECRET_ENV}"),
                Self::Verification(e) => write!(f, "webhook rejected: {e}"),
                Self::Payload(e) => write!(f, "webhook payload is not an event: {e}"),
            }
        }
    }

    impl std::error::Error for WebhookParseError {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            match self {
                Self::Verification(e) => Some(e),
                Self::Payload(e) => Some(e),
                Self::NoSecret => None,
            }
        }
    }

    /// The webhook secret of an environment (`OPENAI_WEBHOOK_SECRET`).
    pub fn secret_from(env: &sdk_runtime::Environment) -> Option<SecretString> {
        env.non_empty(SECRET_ENV).map(SecretString::from)
    }

    /// Verifies a delivery (five minutes of tolerance) with `secret`, or
    /// else `OPENAI_WEBHOOK_SECRET`, and parses it.
    pub fn unwrap(
        secret: Option<&SecretString>,
        headers: &http::HeaderMap,
        body: &[u8],
    ) -> Result<WebhookEvent, WebhookParseError> {
        unwrap_at(secret, headers, body, SystemTime::now())
    }

    /// [`unwrap`] with an explicit current time.
    pub fn unwrap_at(
        secret: Option<&SecretString>,
        headers: &http::HeaderMap,
        body: &[u8],
        now: SystemTime,
    ) -> Result<WebhookEvent, WebhookParseError> {
        let from_env;
        let secret = match secret {
            Some(secret) => secret,
            None => {
                from_env = secret_from(&sdk_runtime::Environment::process())
                    .ok_or(WebhookParseError::NoSecret)?;
                &from_env
            }
        };
        verify(secret, headers, body, DEFAULT_TOLERANCE, now)
            .map_err(WebhookParseError::Verification)?;
        serde_json::from_slice(body).map_err(WebhookParseError::Payload)
    }
}
