//! Per-request options: composable values that adjust one call (or, through
//! `Client::with_options`, every call of a client copy).

use http::{HeaderMap, HeaderName, HeaderValue};
use serde_json::{Map, Value};
use std::sync::Arc;
use std::time::Duration;

use crate::error::Error;
use crate::interceptor::{Chain, Interceptor};
use crate::query::Query;
use crate::retry::RetryPolicy;

/// Options for one request. Every field is optional; `merge` lets later
/// options override earlier ones, so options compose like values.
#[derive(Debug, Clone, Default)]
pub struct RequestOptions {
    pub(crate) headers: HeaderMap,
    pub(crate) query: Query,
    pub(crate) body_fields: Map<String, Value>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) max_retries: Option<u32>,
    pub(crate) idempotency_key: Option<String>,
    pub(crate) interceptors: Chain,
    pub(crate) retry_policy: Option<Arc<dyn RetryPolicy>>,
    pub(crate) error: Option<String>,
}

impl RequestOptions {
    /// No options.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds (or replaces) a header. Invalid names or values make the request
    /// fail with a clear error rather than being dropped.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        match (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            (Ok(n), Ok(v)) => {
                self.headers.insert(n, v);
            }
            _ => self.error = Some(format!("invalid extra header `{name}`")),
        }
        self
    }

    /// Adds a query parameter (repeated keys are kept).
    pub fn query(mut self, key: &str, value: &str) -> Self {
        self.query.push_raw(key, value);
        self
    }

    /// Adds a field to the JSON body (merged at the top level, overriding a
    /// typed field of the same name). Ignored for non-JSON bodies.
    pub fn body_field(mut self, key: &str, value: impl Into<Value>) -> Self {
        self.body_fields.insert(key.to_owned(), value.into());
        self
    }

    /// The timeout of each attempt.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// How many times a failed attempt is retried.
    pub fn max_retries(mut self, max_retries: u32) -> Self {
        self.max_retries = Some(max_retries);
        self
    }

    /// Sends `Idempotency-Key`, the same on every attempt.
    pub fn idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.idempotency_key = Some(key.into());
        self
    }

    /// Adds an interceptor after those already configured (the client's
    /// run first, then the call's, each in the order added).
    pub fn interceptor(mut self, interceptor: impl Interceptor) -> Self {
        self.interceptors.push(Arc::new(interceptor));
        self
    }

    /// Replaces the retry policy (default:
    /// [`StandardRetry`](crate::retry::StandardRetry)).
    pub fn retry_policy(mut self, policy: impl RetryPolicy) -> Self {
        self.retry_policy = Some(Arc::new(policy));
        self
    }

    /// Layers `other` over `self`: its headers, query and body fields are
    /// added, its interceptors run after these, its scalars win when set.
    pub fn merge(mut self, other: &RequestOptions) -> Self {
        for (name, value) in &other.headers {
            self.headers.insert(name.clone(), value.clone());
        }
        self.query.extend(&other.query);
        for (k, v) in &other.body_fields {
            self.body_fields.insert(k.clone(), v.clone());
        }
        self.timeout = other.timeout.or(self.timeout);
        self.max_retries = other.max_retries.or(self.max_retries);
        if other.idempotency_key.is_some() {
            self.idempotency_key.clone_from(&other.idempotency_key);
        }
        self.interceptors.extend(&other.interceptors);
        if other.retry_policy.is_some() {
            self.retry_policy.clone_from(&other.retry_policy);
        }
        if other.error.is_some() {
            self.error.clone_from(&other.error);
        }
        self
    }

    pub(crate) fn check(&self) -> Result<(), Error> {
        match &self.error {
            Some(e) => Err(Error::InvalidRequest(e.clone())),
            None => Ok(()),
        }
    }
}
