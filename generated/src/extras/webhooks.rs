//! Webhook deliveries: verify the signature and timestamp, then parse the
//! payload into the generated [`WebhookEvent`](crate::types::WebhookEvent).

#[cfg(feature = "webhooks")]
pub use imp::{WebhookParseError, unwrap, unwrap_at};

#[cfg(feature = "webhooks")]
mod imp {
    use crate::runtime::SecretString;
    use crate::runtime::webhooks::{DEFAULT_TOLERANCE, WebhookError, verify};
    use crate::types::WebhookEvent;
    use std::fmt;
    use std::time::SystemTime;

    /// Why a delivery could not be used.
    #[derive(Debug)]
    pub enum WebhookParseError {
        /// The signature, timestamp or headers are wrong.
        Verification(WebhookError),
        /// The payload is not a webhook event.
        Payload(serde_json::Error),
    }

    impl fmt::Display for WebhookParseError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
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
            }
        }
    }

    /// Verifies a delivery (five minutes of tolerance) and parses it.
    pub fn unwrap(
        secret: &SecretString,
        headers: &http::HeaderMap,
        body: &[u8],
    ) -> Result<WebhookEvent, WebhookParseError> {
        unwrap_at(secret, headers, body, SystemTime::now())
    }

    /// [`unwrap`] with an explicit current time.
    pub fn unwrap_at(
        secret: &SecretString,
        headers: &http::HeaderMap,
        body: &[u8],
        now: SystemTime,
    ) -> Result<WebhookEvent, WebhookParseError> {
        verify(secret, headers, body, DEFAULT_TOLERANCE, now)
            .map_err(WebhookParseError::Verification)?;
        serde_json::from_slice(body).map_err(WebhookParseError::Payload)
    }
}
