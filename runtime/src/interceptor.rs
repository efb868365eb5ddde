//! Interceptors: user code run around every request, in order, at named
//! points of its life. The client's chain runs first, then the call's.
//!
//! | hook | when | may |
//! | --- | --- | --- |
//! | [`modify_before_serialization`](Interceptor::modify_before_serialization) | once, before the URL and body are final | change method, path, query, headers, the typed body |
//! | [`modify_before_attempt`](Interceptor::modify_before_attempt) | before each attempt, before authentication | change headers and URL |
//! | [`read_after_response`](Interceptor::read_after_response) | after each response head | read status, headers, timing |
//! | [`read_on_error`](Interceptor::read_on_error) | after each failed attempt | read the error |
//!
//! Authentication runs after every modifying hook, so a signature covers
//! exactly what goes on the wire. A hook that returns an error stops the
//! request before anything (more) is sent.
//!
//! ```
//! use sdk_runtime::interceptor::{Interceptor, ResponseContext};
//!
//! #[derive(Debug)]
//! struct Timing;
//!
//! impl Interceptor for Timing {
//!     fn read_after_response(&self, response: &ResponseContext<'_>) {
//!         println!("{} {} in {:?}", response.method(), response.status(), response.elapsed());
//!     }
//! }
//! ```

use http::Uri;
use http::{HeaderMap, Method, StatusCode};
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::auth::OutgoingRequest;
use crate::error::Error;
use crate::redact::RedactedUrl;
use crate::request::{Operation, RequestSpec};

/// Behaviour added around every request. Every hook has a default that does
/// nothing; implement the ones you need. Hooks are synchronous and should
/// be quick: they run on the request's task.
pub trait Interceptor: Send + Sync + fmt::Debug + 'static {
    /// Once per request, before its URL and body are put together: the
    /// request as the generated method described it. A generated method's
    /// JSON body is still the typed value it was given
    /// ([`RequestSpec::body_as_mut`]); it is serialized after this hook.
    fn modify_before_serialization(&self, request: &mut RequestSpec) -> Result<(), Error> {
        let _ = request;
        Ok(())
    }

    /// Before each attempt (retries included) and before authentication:
    /// the wire request, whose headers and URL may change.
    fn modify_before_attempt(&self, request: &mut OutgoingRequest) -> Result<(), Error> {
        let _ = request;
        Ok(())
    }

    /// After each response head arrives, whatever its status.
    fn read_after_response(&self, response: &ResponseContext<'_>) {
        let _ = response;
    }

    /// After each attempt that failed without a response (connection error,
    /// timeout, refused authentication), and after an error status that
    /// will not be retried.
    fn read_on_error(&self, error: &ErrorContext<'_>) {
        let _ = error;
    }
}

impl<T: Interceptor + ?Sized> Interceptor for Arc<T> {
    fn modify_before_serialization(&self, request: &mut RequestSpec) -> Result<(), Error> {
        (**self).modify_before_serialization(request)
    }
    fn modify_before_attempt(&self, request: &mut OutgoingRequest) -> Result<(), Error> {
        (**self).modify_before_attempt(request)
    }
    fn read_after_response(&self, response: &ResponseContext<'_>) {
        (**self).read_after_response(response)
    }
    fn read_on_error(&self, error: &ErrorContext<'_>) {
        (**self).read_on_error(error)
    }
}

/// An ordered list of interceptors.
#[derive(Clone, Default)]
pub(crate) struct Chain(pub(crate) Vec<Arc<dyn Interceptor>>);

impl Chain {
    pub(crate) fn push(&mut self, interceptor: Arc<dyn Interceptor>) {
        self.0.push(interceptor);
    }
    pub(crate) fn extend(&mut self, other: &Chain) {
        self.0.extend(other.0.iter().cloned());
    }
    pub(crate) fn iter(&self) -> impl Iterator<Item = &Arc<dyn Interceptor>> {
        self.0.iter()
    }
}

impl fmt::Debug for Chain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(&self.0).finish()
    }
}

/// What [`Interceptor::read_after_response`] sees of an attempt.
pub struct ResponseContext<'a> {
    pub(crate) operation: Option<Operation>,
    pub(crate) method: &'a Method,
    pub(crate) url: &'a Uri,
    pub(crate) sensitive_query: &'a [String],
    pub(crate) status: StatusCode,
    pub(crate) headers: &'a HeaderMap,
    pub(crate) attempt: u32,
    pub(crate) elapsed: Duration,
}

impl ResponseContext<'_> {
    /// The operation called (its id and resource), when a generated
    /// method made the request.
    pub fn operation(&self) -> Option<Operation> {
        self.operation
    }
    /// The request's method.
    pub fn method(&self) -> &Method {
        self.method
    }
    /// The request's URL, with secret query values hidden (for logs).
    pub fn url(&self) -> RedactedUrl<'_> {
        RedactedUrl::new(self.url, self.sensitive_query)
    }
    /// The status.
    pub fn status(&self) -> StatusCode {
        self.status
    }
    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        self.headers
    }
    /// The attempt number, from 1.
    pub fn attempt(&self) -> u32 {
        self.attempt
    }
    /// From sending the attempt to the response head.
    pub fn elapsed(&self) -> Duration {
        self.elapsed
    }
}

/// What [`Interceptor::read_on_error`] sees of a failed attempt.
pub struct ErrorContext<'a> {
    pub(crate) operation: Option<Operation>,
    pub(crate) method: &'a Method,
    pub(crate) url: &'a Uri,
    pub(crate) sensitive_query: &'a [String],
    pub(crate) error: &'a Error,
    pub(crate) attempt: u32,
    pub(crate) elapsed: Duration,
    pub(crate) will_retry: bool,
}

impl ErrorContext<'_> {
    /// The operation called (its id and resource), when a generated
    /// method made the request.
    pub fn operation(&self) -> Option<Operation> {
        self.operation
    }
    /// The request's method.
    pub fn method(&self) -> &Method {
        self.method
    }
    /// The request's URL, with secret query values hidden (for logs).
    pub fn url(&self) -> RedactedUrl<'_> {
        RedactedUrl::new(self.url, self.sensitive_query)
    }
    /// The error.
    pub fn error(&self) -> &Error {
        self.error
    }
    /// The attempt number, from 1.
    pub fn attempt(&self) -> u32 {
        self.attempt
    }
    /// From the start of the attempt to the error.
    pub fn elapsed(&self) -> Duration {
        self.elapsed
    }
    /// Whether another attempt follows.
    pub fn will_retry(&self) -> bool {
        self.will_retry
    }
}
