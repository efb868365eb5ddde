//! Polling a long-running resource until it settles: fetch, check, wait
//! (the interval the caller set; else the server's hint when it sends one;
//! else a second), within an overall timeout. Dropping the future stops
//! polling.

use http::HeaderName;
use std::future::Future;
use std::time::Duration;
use tokio::time::Instant;

use crate::error::Error;
use crate::response::ApiResponse;

/// The wait between fetches when neither the caller nor the server says.
pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(1);

/// How to poll.
#[derive(Debug, Clone)]
#[must_use]
pub struct PollOptions {
    pub(crate) interval: Option<Duration>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) hint: Option<HeaderName>,
}

impl Default for PollOptions {
    /// Every second (or as the server's hint says), for at most ten
    /// minutes, no hint header.
    fn default() -> Self {
        Self {
            interval: None,
            timeout: Some(Duration::from_secs(600)),
            hint: None,
        }
    }
}

impl PollOptions {
    /// The defaults: every second, for at most ten minutes.
    pub fn new() -> Self {
        Self::default()
    }
    /// The wait between fetches, whatever the server hints (without it:
    /// the server's hint, else a second).
    pub fn interval(mut self, interval: Duration) -> Self {
        self.interval = Some(interval);
        self
    }
    /// How long polling may take in all (`None`: no limit). Past it, the
    /// poll fails with [`Error::Timeout`].
    pub fn timeout(mut self, timeout: Option<Duration>) -> Self {
        self.timeout = timeout;
        self
    }
    /// A response header whose value, in milliseconds, is the wait the
    /// server asks for before the next fetch (such as an API's
    /// `*-poll-after-ms`).
    pub fn hint_header(mut self, name: HeaderName) -> Self {
        self.hint = Some(name);
        self
    }
    /// The hint header's name, if one is set.
    pub fn hint(&self) -> Option<&HeaderName> {
        self.hint.as_ref()
    }
}

/// Fetches with `fetch` until `settled` says the value is final, and
/// returns that answer. Errors of a fetch end the poll (each fetch has the
/// client's retries).
pub async fn poll_until<T, F, Fut>(
    options: &PollOptions,
    mut fetch: F,
    settled: impl Fn(&T) -> bool,
) -> Result<ApiResponse<T>, Error>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<ApiResponse<T>, Error>>,
{
    let started = Instant::now();
    loop {
        let answer = fetch().await?;
        if settled(&answer) {
            return Ok(answer);
        }
        let hinted = || {
            options
                .hint
                .as_ref()
                .and_then(|name| answer.headers().get(name))
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse::<u64>().ok())
                .map(Duration::from_millis)
        };
        let wait = options.interval.or_else(hinted).unwrap_or(DEFAULT_INTERVAL);
        if let Some(limit) = options.timeout
            && started.elapsed() + wait > limit
        {
            return Err(Error::Timeout { after: limit });
        }
        tokio::time::sleep(wait).await;
    }
}
