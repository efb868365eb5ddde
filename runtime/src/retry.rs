//! When to retry and how long to wait. A [`RetryPolicy`] classifies each
//! failed attempt and picks the delay; [`StandardRetry`], the default,
//! retries 408, 409, 429, 5xx, timeouts and connection errors with
//! exponential backoff and jitter, and follows the server's
//! `x-should-retry`, `retry-after-ms` and `retry-after` headers. A policy
//! sees the decoded error object too, so that an error whose code says
//! that waiting will not help (a quota used up) is not retried: the
//! generated client names those codes
//! ([`StandardRetry::not_retrying_codes`]).
//!
//! How many retries a request gets is the `max_retries` option; a request
//! whose body is a one-shot stream is never retried.

use http::{HeaderMap, StatusCode};
use std::fmt;
use std::time::{Duration, SystemTime};

use crate::error::{Error, ErrorObject};

/// How an attempt ended, as a [`RetryPolicy`] sees it.
#[derive(Debug, Clone, Copy)]
pub enum Outcome<'a> {
    /// The server answered with a status that is not a success.
    Response {
        /// The status.
        status: StatusCode,
        /// The response headers.
        headers: &'a HeaderMap,
        /// The error object of the body, as the client's error parser read
        /// it (`None` when the body has none).
        error: Option<&'a ErrorObject>,
    },
    /// No usable answer: a timeout or a connection error.
    Error(&'a Error),
}

/// Decides which failed attempts are retried, and after how long.
pub trait RetryPolicy: Send + Sync + fmt::Debug + 'static {
    /// Whether the request should be tried again after `outcome` (the
    /// runtime also checks the retry budget).
    fn should_retry(&self, outcome: Outcome<'_>) -> bool;

    /// How long to wait before retry number `retry` (0 for the first).
    fn delay(&self, retry: u32, outcome: Outcome<'_>) -> Duration;
}

impl<T: RetryPolicy + ?Sized> RetryPolicy for std::sync::Arc<T> {
    fn should_retry(&self, outcome: Outcome<'_>) -> bool {
        (**self).should_retry(outcome)
    }
    fn delay(&self, retry: u32, outcome: Outcome<'_>) -> Duration {
        (**self).delay(retry, outcome)
    }
}

/// The default policy: `x-should-retry` when the server sends it; else
/// no retry for an error whose code or type is one of
/// [`StandardRetry::not_retrying_codes`]; else [`should_retry`] for
/// statuses, timeouts and connection errors for the rest; [`delay`] for
/// the wait.
#[derive(Debug, Clone, Copy, Default)]
pub struct StandardRetry {
    not_retrying: &'static [&'static str],
}

impl StandardRetry {
    /// The policy with no error codes of its own.
    pub const fn new() -> Self {
        Self { not_retrying: &[] }
    }

    /// Error codes (or types) that retrying does not help with, such as a
    /// used-up quota: an answer with one is not retried, whatever its
    /// status, unless the server's `x-should-retry` says otherwise.
    pub const fn not_retrying_codes(self, codes: &'static [&'static str]) -> Self {
        Self {
            not_retrying: codes,
        }
    }

    /// The codes given to [`StandardRetry::not_retrying_codes`].
    pub fn codes(&self) -> &'static [&'static str] {
        self.not_retrying
    }
}

impl RetryPolicy for StandardRetry {
    fn should_retry(&self, outcome: Outcome<'_>) -> bool {
        match outcome {
            Outcome::Response {
                status,
                headers,
                error,
            } => {
                if server_says(headers).is_none()
                    && error.is_some_and(|e| {
                        [e.code.as_deref(), e.kind.as_deref()]
                            .into_iter()
                            .flatten()
                            .any(|c| self.not_retrying.contains(&c))
                    })
                {
                    return false;
                }
                should_retry(status, headers)
            }
            Outcome::Error(e) => matches!(e, Error::Timeout { .. } | Error::Connection { .. }),
        }
    }

    fn delay(&self, retry: u32, outcome: Outcome<'_>) -> Duration {
        match outcome {
            Outcome::Response { headers, .. } => delay(retry, Some(headers)),
            Outcome::Error(_) => delay(retry, None),
        }
    }
}

/// The first backoff delay.
pub const INITIAL_DELAY: Duration = Duration::from_millis(500);
/// The longest backoff delay.
pub const MAX_DELAY: Duration = Duration::from_secs(8);
/// Server hints longer than this are ignored in favour of backoff.
pub const MAX_SERVER_DELAY: Duration = Duration::from_secs(60);

/// Whether a response with `status` should be retried. `x-should-retry`
/// (`true` or `false`) overrides the status-based decision.
pub fn should_retry(status: StatusCode, headers: &HeaderMap) -> bool {
    server_says(headers)
        .unwrap_or_else(|| matches!(status.as_u16(), 408 | 409 | 429) || status.is_server_error())
}

/// The server's `x-should-retry`, when it sends `true` or `false`.
fn server_says(headers: &HeaderMap) -> Option<bool> {
    match headers.get("x-should-retry").and_then(|v| v.to_str().ok()) {
        Some("true") => Some(true),
        Some("false") => Some(false),
        _ => None,
    }
}

/// The delay before retry number `retry` (0-based), honouring the server's
/// hint when it lies within 0..=60 s.
pub fn delay(retry: u32, headers: Option<&HeaderMap>) -> Duration {
    if let Some(hint) = headers.and_then(server_hint) {
        return hint;
    }
    backoff(retry)
}

/// Exponential backoff with up to 25% negative jitter.
pub fn backoff(retry: u32) -> Duration {
    let base = INITIAL_DELAY
        .saturating_mul(2u32.saturating_pow(retry.min(16)))
        .min(MAX_DELAY);
    base.mul_f64(1.0 - 0.25 * fastrand::f64())
}

/// The server's retry hint, if present and within bounds.
pub fn server_hint(headers: &HeaderMap) -> Option<Duration> {
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let within = |d: Duration| (d <= MAX_SERVER_DELAY).then_some(d);
    if let Some(ms) = text("retry-after-ms").and_then(|v| v.trim().parse::<f64>().ok())
        && ms.is_finite()
        && ms >= 0.0
    {
        return within(Duration::from_secs_f64(ms / 1000.0));
    }
    let value = text("retry-after")?.trim();
    if let Ok(secs) = value.parse::<f64>() {
        return (secs.is_finite() && secs >= 0.0)
            .then(|| Duration::from_secs_f64(secs))
            .and_then(within);
    }
    let when = httpdate::parse_http_date(value).ok()?;
    let wait = when
        .duration_since(SystemTime::now())
        .unwrap_or(Duration::ZERO);
    within(wait)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, v.parse().unwrap());
        }
        h
    }

    #[test]
    fn backoff_bounds() {
        for retry in 0..10 {
            let d = backoff(retry);
            let nominal = (500u64 << retry.min(5)).min(8000);
            assert!(d <= Duration::from_millis(nominal), "{retry}: {d:?}");
            assert!(
                d >= Duration::from_millis(nominal * 3 / 4),
                "{retry}: {d:?}"
            );
        }
    }

    #[test]
    fn hints() {
        assert_eq!(
            server_hint(&headers(&[("retry-after-ms", "250")])),
            Some(Duration::from_millis(250))
        );
        assert_eq!(
            server_hint(&headers(&[("retry-after", "2")])),
            Some(Duration::from_secs(2))
        );
        assert_eq!(server_hint(&headers(&[("retry-after", "120")])), None);
        let date = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(3));
        let d = server_hint(&headers(&[("retry-after", &date)])).unwrap();
        assert!(
            d <= Duration::from_secs(3) && d >= Duration::from_secs(1),
            "{d:?}"
        );
    }

    #[test]
    fn statuses_and_override() {
        let none = HeaderMap::new();
        for s in [408, 409, 429, 500, 503] {
            assert!(should_retry(StatusCode::from_u16(s).unwrap(), &none));
        }
        for s in [400, 401, 404, 422] {
            assert!(!should_retry(StatusCode::from_u16(s).unwrap(), &none));
        }
        assert!(should_retry(
            StatusCode::BAD_REQUEST,
            &headers(&[("x-should-retry", "true")])
        ));
        assert!(!should_retry(
            StatusCode::INTERNAL_SERVER_ERROR,
            &headers(&[("x-should-retry", "false")])
        ));
    }
}
