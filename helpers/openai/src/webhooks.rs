//! Webhook deliveries: verify the signature and timestamp with the
//! client's webhook secret (`ClientBuilder::webhook_secret`, else
//! `OPENAI_WEBHOOK_SECRET`), then parse the payload into the generated
//! [`WebhookEvent`](openai_client_core::types::WebhookEvent).
//!
//! The functions that parse are `#[inline]`: the decoder of every webhook
//! event is compiled in the program that calls them, not in every build of
//! the helpers.
//!
//! ```no_run
//! # openai_helpers::__doc_paths!();
//! use openai_client::prelude::*;
//! # fn f(client: Client, headers: &http::HeaderMap, body: &[u8]) {
//! # #[cfg(feature = "webhooks")]
//! match client.webhooks().unwrap(headers, body) {
//!     Ok(event) => println!("{event:?}"),
//!     Err(e) => eprintln!("rejected: {e}"),
//! }
//! # }
//! ```

#[cfg(feature = "webhooks")]
pub use imp::{
    SECRET_ENV, WebhookParseError, Webhooks, WebhooksExt, secret_from, unwrap, unwrap_at,
};

#[cfg(feature = "webhooks")]
mod imp {
    use openai_client_core::types::WebhookEvent;
    use sdk_runtime::SecretString;
    use sdk_runtime::webhooks::{DEFAULT_TOLERANCE, WebhookError, verify};
    use std::fmt;
    use std::time::{Duration, SystemTime};

    /// The variable read when no secret is passed.
    pub const SECRET_ENV: &str = "OPENAI_WEBHOOK_SECRET";

    /// Why a delivery could not be used.
    #[derive(Debug)]
    #[non_exhaustive]
    pub enum WebhookParseError {
        /// No secret was given to the client or passed, and
        /// `OPENAI_WEBHOOK_SECRET` is not set.
        NoSecret,
        /// The signature, timestamp or headers are wrong.
        Verification(WebhookError),
        /// The payload is not a webhook event.
        Payload(serde_json::Error),
    }

    impl fmt::Display for WebhookParseError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                Self::NoSecret => write!(
                    f,
                    "no webhook secret: set it with `ClientBuilder::webhook_secret` or {SECRET_ENV}"
                ),
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

    /// `client.webhooks()`: deliveries verified with the client's secret.
    pub trait WebhooksExt {
        /// The webhook helpers, with the secret the client was built with.
        fn webhooks(&self) -> Webhooks<'_>;
    }

    impl WebhooksExt for openai_client_core::Client {
        fn webhooks(&self) -> Webhooks<'_> {
            Webhooks {
                secret: self.runtime().webhook_secret(),
                tolerance: DEFAULT_TOLERANCE,
            }
        }
    }

    /// Verifies and parses deliveries with one secret, as the Python SDK's
    /// `client.webhooks`.
    #[derive(Debug, Clone, Copy)]
    pub struct Webhooks<'a> {
        secret: Option<&'a SecretString>,
        tolerance: Duration,
    }

    impl<'a> Webhooks<'a> {
        /// Uses `secret` in place of the client's.
        pub fn with_secret(self, secret: &'a SecretString) -> Self {
            Self {
                secret: Some(secret),
                ..self
            }
        }

        /// How old a delivery may be (default five minutes).
        pub fn with_tolerance(self, tolerance: Duration) -> Self {
            Self { tolerance, ..self }
        }

        /// Verifies a delivery and parses its event.
        #[inline]
        pub fn unwrap(
            &self,
            headers: &http::HeaderMap,
            body: &[u8],
        ) -> Result<WebhookEvent, WebhookParseError> {
            self.unwrap_at(headers, body, SystemTime::now())
        }

        /// [`Webhooks::unwrap`] with an explicit current time.
        #[inline]
        pub fn unwrap_at(
            &self,
            headers: &http::HeaderMap,
            body: &[u8],
            now: SystemTime,
        ) -> Result<WebhookEvent, WebhookParseError> {
            self.verify_signature_at(headers, body, now)?;
            serde_json::from_slice(body).map_err(WebhookParseError::Payload)
        }

        /// Verifies a delivery's signature and timestamp only.
        pub fn verify_signature(
            &self,
            headers: &http::HeaderMap,
            body: &[u8],
        ) -> Result<(), WebhookParseError> {
            self.verify_signature_at(headers, body, SystemTime::now())
        }

        fn verify_signature_at(
            &self,
            headers: &http::HeaderMap,
            body: &[u8],
            now: SystemTime,
        ) -> Result<(), WebhookParseError> {
            let secret = self.secret.ok_or(WebhookParseError::NoSecret)?;
            verify(secret, headers, body, self.tolerance, now)
                .map_err(WebhookParseError::Verification)
        }
    }

    /// The webhook secret of an environment (`OPENAI_WEBHOOK_SECRET`).
    pub fn secret_from(env: &sdk_runtime::Environment) -> Option<SecretString> {
        env.non_empty(SECRET_ENV).map(SecretString::from)
    }

    /// Verifies a delivery (five minutes of tolerance) with `secret`, or
    /// else `OPENAI_WEBHOOK_SECRET`, and parses it (without a client; with
    /// one, `client.webhooks().unwrap(..)` uses its secret).
    #[inline]
    pub fn unwrap(
        secret: Option<&SecretString>,
        headers: &http::HeaderMap,
        body: &[u8],
    ) -> Result<WebhookEvent, WebhookParseError> {
        unwrap_at(secret, headers, body, SystemTime::now())
    }

    /// [`unwrap`] with an explicit current time.
    #[inline]
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
        Webhooks {
            secret: Some(secret),
            tolerance: DEFAULT_TOLERANCE,
        }
        .unwrap_at(headers, body, now)
    }
}
