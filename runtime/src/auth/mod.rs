//! The provider seam: authentication sees the final serialized request on
//! every attempt, and a provider owns the base URL and redirect policy.
//!
//! [`scheme`], [`oauth2`] and [`security`] implement what an OpenAPI
//! document declares in `securitySchemes`. Providers (a vendor's routing and
//! credentials) are crates of their own that implement [`Provider`] and
//! [`Authenticator`]; [`check_origin`] and [`scheme::secret_header`] are
//! the pieces they share.

use bytes::Bytes;
use http::Uri;
use http::{HeaderMap, HeaderName, Method};
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use crate::error::Error;
use crate::uri::Origin;

pub mod oauth2;
pub mod resolved;
pub mod scheme;
pub mod security;

/// A boxed, sendable future (the seam is object-safe).
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// A request exactly as it will go on the wire, handed to the
/// [`Authenticator`] before each attempt.
pub struct OutgoingRequest {
    pub(crate) method: Method,
    pub(crate) url: Uri,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Option<Bytes>,
    pub(crate) attempt: u32,
    pub(crate) security: Option<security::Security>,
    /// Query parameters whose values `Debug` hides (an API key in the query).
    pub(crate) sensitive_query: Arc<[String]>,
    /// Whether this is the opening handshake of a WebSocket connection.
    pub(crate) websocket: bool,
    /// The operation the request calls, when a generated method made it.
    pub(crate) operation: Option<crate::request::Operation>,
}

impl OutgoingRequest {
    /// Builds a request (for tests and custom transports).
    pub fn new(method: Method, url: Uri, headers: HeaderMap, body: Option<Bytes>) -> Self {
        Self {
            method,
            url,
            headers,
            body,
            attempt: 1,
            security: None,
            sensitive_query: Arc::from([]),
            websocket: false,
            operation: None,
        }
    }

    /// The operation the request calls (its id and resource), when a
    /// generated method made it.
    pub fn operation(&self) -> Option<crate::request::Operation> {
        self.operation
    }

    /// The same request, as the opening handshake of a WebSocket
    /// connection (a `GET` whose URL is still `http` or `https`; the
    /// runtime turns it into `ws` or `wss` after authentication).
    pub fn for_websocket(mut self) -> Self {
        self.websocket = true;
        self
    }

    /// Whether this is the opening handshake of a WebSocket connection: a
    /// provider may route it differently (naming a deployment in the
    /// query, say).
    pub fn is_websocket(&self) -> bool {
        self.websocket
    }

    /// The same request, for an operation whose security requirement is
    /// `security` (see [`security::Security`]).
    pub fn with_security(mut self, security: security::Security) -> Self {
        self.security = Some(security);
        self
    }

    /// The method.
    pub fn method(&self) -> &Method {
        &self.method
    }
    /// The final URL, query included.
    pub fn url(&self) -> &Uri {
        &self.url
    }
    /// The URL, mutable (a provider may route the request elsewhere; see
    /// [`uri`](crate::uri) for the helpers that build one).
    pub fn url_mut(&mut self) -> &mut Uri {
        &mut self.url
    }
    /// Appends a query parameter (an API key sent in the query, say).
    pub fn append_query_pair(&mut self, name: &str, value: &str) -> Result<(), Error> {
        self.url = crate::uri::with_query_pairs(&self.url, [(name, value)]).map_err(|e| {
            Error::InvalidRequest(format!("cannot add the query parameter `{name}`: {e}"))
        })?;
        Ok(())
    }
    /// The operation's security requirement, when it declares one that
    /// differs from the API's default; `None` means the default.
    pub fn security(&self) -> Option<security::Security> {
        self.security
    }
    /// The headers that will be sent.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }
    /// Mutable headers: set, replace or remove.
    pub fn headers_mut(&mut self) -> &mut HeaderMap {
        &mut self.headers
    }
    /// The body bytes that will be sent; `None` for a one-shot streaming
    /// body, which cannot be read without consuming it.
    pub fn body(&self) -> Option<&[u8]> {
        self.body.as_deref()
    }
    /// The body bytes, shared (a cheap copy), for a provider that signs
    /// them; `None` for a one-shot streaming body.
    pub fn body_bytes(&self) -> Option<Bytes> {
        self.body.clone()
    }
    /// Whether the body can be replayed (and therefore signed).
    pub fn is_replayable(&self) -> bool {
        self.body.is_some()
    }
    /// The attempt number, starting at 1.
    pub fn attempt(&self) -> u32 {
        self.attempt
    }
}

impl fmt::Debug for OutgoingRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OutgoingRequest")
            .field("method", &self.method)
            .field(
                "url",
                &crate::redact::RedactedUrl::new(&self.url, &self.sensitive_query),
            )
            .field(
                "headers",
                &crate::redact::RedactedHeaders::new(&self.headers, &[]),
            )
            .field("body_len", &self.body.as_ref().map(Bytes::len))
            .field("attempt", &self.attempt)
            .field("operation", &self.operation.map(|o| o.id))
            .finish()
    }
}

/// Authenticates each attempt of each request.
///
/// Called after the request is completely serialized and just before it is
/// sent, once per attempt (retries included), so signatures and refreshed
/// credentials are always current. Returning an error stops the request
/// before any network traffic.
pub trait Authenticator: Send + Sync + 'static {
    /// Adds or replaces headers on `request`, or refuses it.
    fn authenticate<'a>(
        &'a self,
        request: &'a mut OutgoingRequest,
    ) -> BoxFuture<'a, Result<(), Error>>;

    /// Header names whose values must be redacted from logs (in addition to
    /// the runtime's built-in list).
    fn sensitive_headers(&self) -> Vec<HeaderName> {
        Vec::new()
    }

    /// Query parameter names whose values must be redacted from logs (an
    /// API key sent in the query).
    fn sensitive_query_params(&self) -> Vec<String> {
        Vec::new()
    }
}

impl<T: Authenticator + ?Sized> Authenticator for Arc<T> {
    fn authenticate<'a>(
        &'a self,
        request: &'a mut OutgoingRequest,
    ) -> BoxFuture<'a, Result<(), Error>> {
        (**self).authenticate(request)
    }
    fn sensitive_headers(&self) -> Vec<HeaderName> {
        (**self).sensitive_headers()
    }
    fn sensitive_query_params(&self) -> Vec<String> {
        (**self).sensitive_query_params()
    }
}

/// Refuses a request whose origin is not the provider's endpoint's:
/// `provider`'s credentials never go to another host.
pub fn check_origin(request: &Uri, endpoint: &Uri, provider: &str) -> Result<(), Error> {
    let (to, configured) = (Origin::of(request), Origin::of(endpoint));
    if to != configured {
        return Err(Error::auth(format!(
            "refusing to send {provider} credentials to {to}: the configured endpoint is {configured}"
        )));
    }
    Ok(())
}

/// No authentication at all (public endpoints, local mocks).
#[derive(Debug, Clone, Copy, Default)]
pub struct NoAuth;

impl Authenticator for NoAuth {
    fn authenticate<'a>(&'a self, _: &'a mut OutgoingRequest) -> BoxFuture<'a, Result<(), Error>> {
        Box::pin(async { Ok(()) })
    }
}

/// A provider routes a client to another service: it owns the base URL and
/// the authentication, and decides whether redirects may be followed.
pub trait Provider: Send + Sync + fmt::Debug + 'static {
    /// A short name used in errors and logs.
    fn name(&self) -> &str;
    /// The base URL every request path is appended to.
    fn base_url(&self) -> &str;
    /// The authenticator for each attempt.
    fn authenticator(&self) -> Arc<dyn Authenticator>;
    /// Whether same-origin redirects may be followed. Providers that sign
    /// requests must answer `false`.
    fn follow_redirects(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_sensitive_query_values() {
        let url = Uri::from_static("https://x.test/a?museum_key=s3cret&limit=2");
        let mut request = OutgoingRequest::new(Method::GET, url, HeaderMap::new(), None);
        request.sensitive_query = Arc::from(["museum_key".to_owned()]);
        let shown = format!("{request:?}");
        assert!(
            !shown.contains("s3cret") && shown.contains("limit=2"),
            "{shown}"
        );
    }
}
