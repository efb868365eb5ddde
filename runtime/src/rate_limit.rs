//! Rate limits as the server reports them in `x-ratelimit-*` headers
//! (`x-ratelimit-limit-requests`, `x-ratelimit-remaining-tokens`,
//! `x-ratelimit-reset-requests: 6m0s`, ...), typed; and the state a client
//! keeps to wait for capacity before it sends
//! ([`ClientBuilder::wait_for_capacity`](crate::ClientBuilder::wait_for_capacity)).

use http::HeaderMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// One limit: how many are allowed, how many are left, and when the count
/// resets.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Limit {
    /// The limit (`x-ratelimit-limit-<name>`).
    pub limit: Option<u64>,
    /// What is left (`x-ratelimit-remaining-<name>`).
    pub remaining: Option<u64>,
    /// How long until it resets (`x-ratelimit-reset-<name>`).
    pub reset: Option<Duration>,
}

impl Limit {
    fn read(headers: &HeaderMap, name: &str) -> Self {
        let text = |kind: &str| {
            headers
                .get(format!("x-ratelimit-{kind}-{name}"))
                .and_then(|v| v.to_str().ok())
        };
        Self {
            limit: text("limit").and_then(|v| v.trim().parse().ok()),
            remaining: text("remaining").and_then(|v| v.trim().parse().ok()),
            reset: text("reset").and_then(parse_duration),
        }
    }

    fn is_known(&self) -> bool {
        self.limit.is_some() || self.remaining.is_some() || self.reset.is_some()
    }

    /// How long to wait before this limit has room again: its reset when
    /// nothing is left.
    pub fn wait(&self) -> Option<Duration> {
        (self.remaining == Some(0)).then_some(self.reset).flatten()
    }
}

/// The request and token limits of a response (or of an error's).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RateLimits {
    /// Requests.
    pub requests: Limit,
    /// Tokens.
    pub tokens: Limit,
}

impl RateLimits {
    /// The limits in `headers`; `None` when there are none.
    pub fn from_headers(headers: &HeaderMap) -> Option<Self> {
        let limits = Self {
            requests: Limit::read(headers, "requests"),
            tokens: Limit::read(headers, "tokens"),
        };
        (limits.requests.is_known() || limits.tokens.is_known()).then_some(limits)
    }

    /// How long to wait before both limits have room again.
    pub fn wait(&self) -> Option<Duration> {
        self.requests.wait().max(self.tokens.wait())
    }
}

/// A duration as rate-limit headers write it: `20ms`, `1s`, `6m0s`,
/// `1h2m3.5s`, or plain seconds (`2`, `0.5`).
pub fn parse_duration(text: &str) -> Option<Duration> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    if let Ok(seconds) = text.parse::<f64>() {
        return Duration::try_from_secs_f64(seconds).ok();
    }
    let mut total = 0.0_f64;
    let mut rest = text;
    while !rest.is_empty() {
        let digits = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .filter(|&n| n > 0)?;
        let value: f64 = rest[..digits].parse().ok()?;
        rest = &rest[digits..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let scale = match &rest[..unit_len] {
            "h" => 3600.0,
            "m" => 60.0,
            "s" => 1.0,
            "ms" => 1e-3,
            "us" | "µs" => 1e-6,
            "ns" => 1e-9,
            _ => return None,
        };
        total += value * scale;
        rest = &rest[unit_len..];
    }
    Duration::try_from_secs_f64(total).ok()
}

/// What a client that waits for capacity remembers: until when the last
/// response said there is none.
#[derive(Debug, Default)]
pub(crate) struct Capacity {
    until: Mutex<Option<Instant>>,
}

/// The longest wait for capacity (a server's reset beyond it is not
/// trusted).
const MAX_WAIT: Duration = Duration::from_secs(120);

impl Capacity {
    /// Notes the limits of a response.
    pub(crate) fn observe(&self, headers: &HeaderMap) {
        let Some(wait) = RateLimits::from_headers(headers).and_then(|l| l.wait()) else {
            return;
        };
        let until = Instant::now() + wait.min(MAX_WAIT);
        if let Ok(mut slot) = self.until.lock() {
            *slot = Some(slot.map_or(until, |u| u.max(until)));
        }
    }

    /// How long to wait before sending; `None` when there is room.
    pub(crate) fn wait(&self) -> Option<Duration> {
        let mut slot = self.until.lock().ok()?;
        let until = (*slot)?;
        let now = Instant::now();
        if until <= now {
            *slot = None;
            return None;
        }
        Some(until - now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_as_the_headers_write_them() {
        let ms = Duration::from_millis;
        assert_eq!(parse_duration("20ms"), Some(ms(20)));
        assert_eq!(parse_duration("1s"), Some(ms(1000)));
        assert_eq!(parse_duration("6m0s"), Some(ms(360_000)));
        assert_eq!(parse_duration("1h2m3.5s"), Some(ms(3_723_500)));
        assert_eq!(parse_duration("0.5"), Some(ms(500)));
        assert_eq!(parse_duration("2"), Some(ms(2000)));
        for bad in ["", "s", "5x", "-1", "1m-2s", "ms5"] {
            assert_eq!(parse_duration(bad), None, "{bad}");
        }
    }

    #[test]
    fn limits_are_read_and_give_the_wait() {
        let mut headers = HeaderMap::new();
        assert_eq!(RateLimits::from_headers(&headers), None);
        for (k, v) in [
            ("x-ratelimit-limit-requests", "60"),
            ("x-ratelimit-remaining-requests", "0"),
            ("x-ratelimit-reset-requests", "1s"),
            ("x-ratelimit-limit-tokens", "150000"),
            ("x-ratelimit-remaining-tokens", "149984"),
            ("x-ratelimit-reset-tokens", "6ms"),
        ] {
            headers.insert(k, v.parse().expect("header"));
        }
        let limits = RateLimits::from_headers(&headers).expect("limits");
        assert_eq!(limits.requests.limit, Some(60));
        assert_eq!(limits.tokens.remaining, Some(149_984));
        assert_eq!(limits.tokens.reset, Some(Duration::from_millis(6)));
        assert_eq!(limits.wait(), Some(Duration::from_secs(1)));
        let capacity = Capacity::default();
        assert_eq!(capacity.wait(), None);
        capacity.observe(&headers);
        let wait = capacity.wait().expect("a wait");
        assert!(
            wait <= Duration::from_secs(1) && wait > Duration::from_millis(500),
            "{wait:?}"
        );
    }
}
