//! Reconnection after a dropped connection: exponential backoff with
//! jitter, a bounded number of attempts, and a callback that sees each
//! attempt and may change its query and headers, or stop.

use http::HeaderMap;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::error::Error;

/// When to reconnect and how long to wait between attempts.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ReconnectPolicy {
    pub(crate) max_attempts: u32,
    pub(crate) initial_delay: Duration,
    pub(crate) max_delay: Duration,
}

impl Default for ReconnectPolicy {
    /// Five attempts, waiting 0.5 s, 1 s, 2 s, 4 s and 8 s (each less up to
    /// a quarter, at random).
    fn default() -> Self {
        Self {
            max_attempts: 5,
            initial_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(8),
        }
    }
}

impl ReconnectPolicy {
    /// Never reconnect: a dropped connection ends the event stream with
    /// the error.
    pub fn none() -> Self {
        Self {
            max_attempts: 0,
            ..Self::default()
        }
    }
    /// At most `attempts` handshakes after each drop.
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts;
        self
    }
    /// The wait before the first attempt; it doubles with each attempt.
    pub fn initial_delay(mut self, delay: Duration) -> Self {
        self.initial_delay = delay;
        self
    }
    /// The longest wait between attempts.
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }
    /// The wait before attempt `attempt` (from 1): doubling from the
    /// initial delay up to the maximum, less up to a quarter at random.
    pub(crate) fn delay(&self, attempt: u32) -> Duration {
        let doubled = self
            .initial_delay
            .saturating_mul(1 << attempt.saturating_sub(1).min(20));
        doubled
            .min(self.max_delay)
            .mul_f64(1.0 - fastrand::f64() * 0.25)
    }
}

/// What the reconnection callback decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReconnectDecision {
    /// Make the attempt.
    Continue,
    /// Stop: the event stream ends with
    /// [`WebSocketError::ReconnectAborted`](super::WebSocketError::ReconnectAborted).
    Abort,
}

/// A callback consulted before each reconnection attempt.
pub type OnReconnect = Arc<dyn Fn(&mut ReconnectContext<'_>) -> ReconnectDecision + Send + Sync>;

/// What the reconnection callback sees, and may change, before an attempt.
pub struct ReconnectContext<'a> {
    pub(crate) attempt: u32,
    pub(crate) cause: &'a Error,
    pub(crate) delay: Duration,
    pub(crate) query: &'a mut Vec<(String, String)>,
    pub(crate) headers: &'a mut HeaderMap,
}

impl fmt::Debug for ReconnectContext<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ReconnectContext")
            .field("attempt", &self.attempt)
            .field("cause", &self.cause)
            .field("delay", &self.delay)
            .finish_non_exhaustive()
    }
}

impl ReconnectContext<'_> {
    /// The attempt about to be made, from 1.
    pub fn attempt(&self) -> u32 {
        self.attempt
    }
    /// Why the connection dropped, or why the previous attempt failed.
    pub fn cause(&self) -> &Error {
        self.cause
    }
    /// The wait before this attempt.
    pub fn delay(&self) -> Duration {
        self.delay
    }
    /// Changes the wait before this attempt.
    pub fn set_delay(&mut self, delay: Duration) {
        self.delay = delay;
    }
    /// The query parameters of the handshake (before authentication adds
    /// its own).
    pub fn query(&self) -> &[(String, String)] {
        self.query
    }
    /// Sets a query parameter of this and later handshakes, replacing any
    /// of the same name.
    pub fn set_query(&mut self, name: &str, value: impl Into<String>) {
        self.query.retain(|(k, _)| k != name);
        self.query.push((name.to_owned(), value.into()));
    }
    /// Removes a query parameter from this and later handshakes.
    pub fn remove_query(&mut self, name: &str) {
        self.query.retain(|(k, _)| k != name);
    }
    /// The extra headers of this and later handshakes (authentication
    /// still sets its own).
    pub fn headers_mut(&mut self) -> &mut HeaderMap {
        self.headers
    }
}
