//! The transport seam: what the runtime hands a transport ([`HttpRequest`]) and
//! what it gets back ([`HttpResponse`]), in the runtime's own types (built
//! on `http`, `bytes` and `futures`), and the [`HttpTransport`] trait that
//! sends one over the network. [`HyperTransport`] is the default; with the
//! feature `reqwest`, users bring their own `reqwest::Client` through
//! `ReqwestTransport`, or any other transport (see `test_util` for an
//! in-memory one).

use bytes::Bytes;
use http::{HeaderMap, Method, StatusCode, Uri};
use std::fmt;
use std::sync::Arc;

use crate::auth::BoxFuture;
use crate::env::Environment;
use crate::error::Error;
use crate::response::ByteStream;

mod connector;
mod hyper_transport;
#[cfg(feature = "reqwest")]
mod reqwest_transport;

pub use hyper_transport::HyperTransport;
/// The `reqwest` this runtime is built with, for configuring a client to
/// pass to `ClientBuilder::http_client`.
#[cfg(feature = "reqwest")]
pub use reqwest;
#[cfg(feature = "reqwest")]
pub use reqwest_transport::ReqwestTransport;
/// The `rustls` this runtime is built with, for a TLS setup to pass to
/// `ClientBuilder::tls_config`.
#[cfg(feature = "rustls")]
pub use rustls;

/// The runtime's own transport (see [`HyperTransport::new`]).
pub(crate) fn default_transport(
    user_agent: &str,
    follow_redirects: bool,
    env: &Environment,
) -> Result<Arc<dyn HttpTransport>, Error> {
    Ok(Arc::new(HyperTransport::new(
        user_agent,
        follow_redirects,
        env,
    )?))
}

/// The runtime's TLS setup: rustls with `ring` and the platform's roots,
/// ALPN `h2` (with the feature `http2`) then `http/1.1`.
#[cfg(feature = "rustls")]
pub(crate) fn tls_config() -> Result<rustls::ClientConfig, Error> {
    use rustls_platform_verifier::BuilderVerifierExt;
    // Install ring as the process default unless the application chose a
    // provider, so that other rustls clients in the program work too.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .and_then(|b| b.with_platform_verifier())
        .map_err(|e| Error::config(format!("cannot set up TLS: {e}")))?
        .with_no_client_auth();
    config.alpn_protocols = if cfg!(feature = "http2") {
        vec![b"h2".to_vec(), b"http/1.1".to_vec()]
    } else {
        vec![b"http/1.1".to_vec()]
    };
    Ok(config)
}

/// Sends one HTTP request and returns the response head with its body still
/// streaming. Retries, timeouts, authentication and interceptors are the
/// runtime's: a transport makes exactly one exchange per call.
///
/// A transport must not follow redirects to another origin with the
/// request's headers (they carry credentials): the default one follows
/// same-origin redirects only, or none for providers that sign requests.
pub trait HttpTransport: Send + Sync + fmt::Debug + 'static {
    /// Sends `request`. Connection failures are [`Error::Connection`]; an
    /// HTTP error status is a normal response, not an error.
    fn send(&self, request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, Error>>;
}

impl<T: HttpTransport + ?Sized> HttpTransport for std::sync::Arc<T> {
    fn send(&self, request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, Error>> {
        (**self).send(request)
    }
}

/// A request ready for the wire: authenticated, every header final.
#[non_exhaustive]
pub struct HttpRequest {
    /// The method.
    pub method: Method,
    /// The URL, query included.
    pub url: Uri,
    /// The headers.
    pub headers: HeaderMap,
    /// The body.
    pub body: RequestBody,
}

impl HttpRequest {
    /// A request.
    pub fn new(method: Method, url: Uri, headers: HeaderMap, body: RequestBody) -> Self {
        Self {
            method,
            url,
            headers,
            body,
        }
    }
}

impl fmt::Debug for HttpRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Credentials are in the headers by now: show their names only.
        f.debug_struct("HttpRequest")
            .field("method", &self.method)
            .field("url", &crate::redact::RedactedUrl::new(&self.url, &[]))
            .field(
                "headers",
                &crate::redact::RedactedHeaders::new(&self.headers, &[]),
            )
            .field("body", &self.body)
            .finish()
    }
}

/// The body of an [`HttpRequest`].
pub enum RequestBody {
    /// Bytes known in full (empty for no body).
    Bytes(Bytes),
    /// A one-shot stream.
    Stream(ByteStream),
}

impl RequestBody {
    /// The bytes, unless the body is a stream.
    pub fn as_bytes(&self) -> Option<&Bytes> {
        match self {
            Self::Bytes(b) => Some(b),
            Self::Stream(_) => None,
        }
    }
}

impl fmt::Debug for RequestBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Bytes(b) => write!(f, "Bytes({} bytes)", b.len()),
            Self::Stream(_) => f.write_str("Stream"),
        }
    }
}

/// A response head with its body, as a transport returns it.
#[non_exhaustive]
pub struct HttpResponse {
    /// The status.
    pub status: StatusCode,
    /// The headers.
    pub headers: HeaderMap,
    /// The body, still streaming.
    pub body: ByteStream,
}

impl HttpResponse {
    /// A response.
    pub fn new(status: StatusCode, headers: HeaderMap, body: ByteStream) -> Self {
        Self {
            status,
            headers,
            body,
        }
    }
}

impl fmt::Debug for HttpResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HttpResponse")
            .field("status", &self.status)
            .field("headers", &self.headers)
            .finish_non_exhaustive()
    }
}
