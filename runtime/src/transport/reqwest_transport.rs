//! The default transport, on `reqwest`: the runtime's TLS setup (rustls with
//! `ring`, the platform's roots), a redirect policy that never takes
//! credentials to another origin, and the mapping of reqwest's errors.

use futures_util::StreamExt;
use std::fmt;
use std::time::Duration;

use super::{HttpRequest, HttpResponse, HttpTransport, RequestBody};
use crate::auth::BoxFuture;
use crate::error::Error;
use crate::response::ByteStream;

/// Sends requests with a `reqwest::Client`: the runtime's own (the
/// default), or one the user configured (proxy, root certificates, client
/// certificates).
///
/// A client you configure yourself keeps its own redirect policy; build it
/// with `redirect(reqwest::redirect::Policy::none())` so that no header
/// travels to another origin. Whatever the policy, a response that arrives
/// from another origin than the request's is refused.
#[derive(Clone)]
pub struct ReqwestTransport {
    client: reqwest::Client,
}

impl ReqwestTransport {
    /// A transport over `client`.
    pub fn new(client: reqwest::Client) -> Self {
        Self { client }
    }
}

impl fmt::Debug for ReqwestTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ReqwestTransport")
    }
}

impl HttpTransport for ReqwestTransport {
    fn send(&self, request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, Error>> {
        Box::pin(async move {
            let origin = origin_key(&request.url);
            let body = match request.body {
                RequestBody::Bytes(bytes) => reqwest::Body::from(bytes),
                RequestBody::Stream(stream) => reqwest::Body::wrap_stream(stream),
            };
            let response = self
                .client
                .request(request.method, request.url)
                .headers(request.headers)
                .body(body)
                .send()
                .await
                .map_err(from_reqwest)?;
            if origin_key(response.url()) != origin {
                return Err(Error::Connection {
                    message: "the HTTP client followed a redirect to another origin; \
                              build it with `redirect(reqwest::redirect::Policy::none())`"
                        .into(),
                    source: None,
                });
            }
            let status = response.status();
            let headers = response.headers().clone();
            let length = response.content_length();
            let body = response.bytes_stream().map(|r| r.map_err(from_reqwest));
            Ok(HttpResponse::new(
                status,
                headers,
                ByteStream::from_stream(body).with_content_length(length),
            ))
        })
    }
}

/// A fingerprint of a URL's origin (scheme, host, port), without the
/// allocations of `Url::origin`: keyed per process, so a server cannot aim
/// a redirect at a colliding origin.
fn origin_key(url: &url::Url) -> u64 {
    use std::hash::{BuildHasher, Hash, Hasher};
    static KEYS: std::sync::LazyLock<std::collections::hash_map::RandomState> =
        std::sync::LazyLock::new(std::collections::hash_map::RandomState::new);
    let mut hasher = KEYS.build_hasher();
    url.scheme().hash(&mut hasher);
    url.host_str().hash(&mut hasher);
    url.port_or_known_default().hash(&mut hasher);
    hasher.finish()
}

/// The runtime's own client: rustls with `ring` (unless `native-tls`), a
/// 90 s idle pool, `TCP_NODELAY`, and redirects followed within the first
/// request's origin only (or not at all).
pub(crate) fn default_reqwest_client(
    user_agent: &str,
    follow_redirects: bool,
) -> Result<reqwest::Client, Error> {
    let policy = if follow_redirects {
        // Same-origin only: credentials never travel to another host.
        reqwest::redirect::Policy::custom(|attempt| {
            let first = attempt.previous().first().map(|u| u.origin());
            if attempt.previous().len() > 10 {
                attempt.error("too many redirects")
            } else if first.is_some_and(|o| o != attempt.url().origin()) {
                attempt.stop()
            } else {
                attempt.follow()
            }
        })
    } else {
        reqwest::redirect::Policy::none()
    };
    let builder = reqwest::Client::builder()
        .user_agent(user_agent)
        .redirect(policy)
        .pool_idle_timeout(Duration::from_secs(90))
        .tcp_nodelay(true);
    #[cfg(feature = "rustls")]
    let builder = builder.tls_backend_preconfigured(tls_config()?);
    builder
        .build()
        .map_err(|e| Error::config(format!("cannot build the HTTP client: {e}")))
}

/// The runtime's TLS setup: rustls with `ring` and the platform's roots,
/// ALPN `h2` then `http/1.1`.
#[cfg(feature = "rustls")]
pub(crate) fn tls_config() -> Result<rustls::ClientConfig, Error> {
    use rustls_platform_verifier::BuilderVerifierExt;
    // reqwest is built without a default crypto provider (ring compiles far
    // faster than the alternative); install ring as the process default unless the
    // application chose one, so other reqwest clients in the program work.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .and_then(|b| b.with_platform_verifier())
        .map_err(|e| Error::config(format!("cannot set up TLS: {e}")))?
        .with_no_client_auth();
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(config)
}

/// A reqwest error as the runtime's: a timeout, or a connection error whose
/// text names no URL.
pub(crate) fn from_reqwest(e: reqwest::Error) -> Error {
    {
        if e.is_timeout() {
            return Error::Timeout {
                after: Duration::ZERO,
            };
        }
        // reqwest's Display includes the URL, whose query may carry an API
        // key: drop it.
        let e = e.without_url();
        let message = if e.is_connect() {
            "could not connect".to_owned()
        } else if e.is_body() || e.is_decode() {
            "the connection broke while reading the body".to_owned()
        } else if e.is_redirect() {
            "too many redirects".to_owned()
        } else {
            "the request failed".to_owned()
        };
        let detail = std::error::Error::source(&e)
            .map(|s| format!("{message}: {s}"))
            .unwrap_or(message);
        Error::Connection {
            message: detail,
            source: Some(Box::new(e)),
        }
    }
}
