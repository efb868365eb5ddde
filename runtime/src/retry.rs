//! When to retry and how long to wait: exponential backoff with jitter, and
//! the server's `retry-after-ms` / `retry-after` / `x-should-retry` hints.

use http::{HeaderMap, StatusCode};
use std::time::{Duration, SystemTime};

/// The first backoff delay.
pub const INITIAL_DELAY: Duration = Duration::from_millis(500);
/// The longest backoff delay.
pub const MAX_DELAY: Duration = Duration::from_secs(8);
/// Server hints longer than this are ignored in favour of backoff.
pub const MAX_SERVER_DELAY: Duration = Duration::from_secs(60);

/// Whether a response with `status` should be retried. `x-should-retry`
/// (`true` or `false`) overrides the status-based decision.
pub fn should_retry(status: StatusCode, headers: &HeaderMap) -> bool {
    match headers.get("x-should-retry").and_then(|v| v.to_str().ok()) {
        Some("true") => return true,
        Some("false") => return false,
        _ => {}
    }
    matches!(status.as_u16(), 408 | 409 | 429) || status.is_server_error()
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
