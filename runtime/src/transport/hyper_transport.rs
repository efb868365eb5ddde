//! The default transport, on `hyper`'s pooled client: the runtime's TLS
//! setup (rustls with `ring` and the platform's roots, or the system's
//! through `native-tls`), the environment's proxies, a 90 s idle pool,
//! `TCP_NODELAY`, and redirects followed within the request's origin only
//! (or not at all).

use bytes::Bytes;
use futures_util::StreamExt;
use http::{HeaderValue, Method, StatusCode, header};
use http_body_util::{BodyExt, Full, StreamBody, combinators::UnsyncBoxBody};
use hyper::body::Frame;
use hyper_util::client::legacy::Client as PooledClient;
use hyper_util::rt::{TokioExecutor, TokioTimer};
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use super::connector::{ProxyConnector, proxies_from};
use super::{HttpRequest, HttpResponse, HttpTransport, RequestBody};
use crate::auth::BoxFuture;
use crate::env::Environment;
use crate::error::Error;
use crate::response::ByteStream;
use crate::uri::Origin;

type BoxError = Box<dyn std::error::Error + Send + Sync>;
type Body = UnsyncBoxBody<Bytes, BoxError>;

#[cfg(feature = "rustls")]
type Connector = hyper_rustls::HttpsConnector<ProxyConnector>;
#[cfg(all(feature = "native-tls", not(feature = "rustls")))]
type Connector = hyper_tls::HttpsConnector<ProxyConnector>;
#[cfg(not(any(feature = "rustls", feature = "native-tls")))]
type Connector = ProxyConnector;

/// How many redirects one request follows at most.
const MAX_REDIRECTS: usize = 10;

/// Sends requests with `hyper`'s pooled client; see the module's header
/// for what it sets up. Cloning shares the pool.
#[derive(Clone)]
pub struct HyperTransport {
    client: PooledClient<Connector, Body>,
    proxy: ProxyConnector,
    user_agent: HeaderValue,
    follow_redirects: bool,
}

impl fmt::Debug for HyperTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HyperTransport")
            .field("follow_redirects", &self.follow_redirects)
            .finish_non_exhaustive()
    }
}

impl HyperTransport {
    /// The runtime's transport: proxies from `env`, `user_agent` on every
    /// request that sets none, and same-origin redirects followed when
    /// `follow_redirects` (a provider that signs requests says no).
    pub fn new(user_agent: &str, follow_redirects: bool, env: &Environment) -> Result<Self, Error> {
        Self::build(user_agent, follow_redirects, env, connector)
    }

    /// The same, over TLS set up by `tls` (root certificates, a client
    /// certificate for mutual TLS) in place of the runtime's own.
    #[cfg(feature = "rustls")]
    pub fn with_tls(
        user_agent: &str,
        follow_redirects: bool,
        env: &Environment,
        tls: rustls::ClientConfig,
    ) -> Result<Self, Error> {
        Self::build(user_agent, follow_redirects, env, |tcp| {
            Ok(hyper_rustls::HttpsConnector::from((tcp, tls)))
        })
    }

    /// The pooled client over `tls_layer` on the proxy-aware TCP connector.
    fn build(
        user_agent: &str,
        follow_redirects: bool,
        env: &Environment,
        tls_layer: impl FnOnce(ProxyConnector) -> Result<Connector, Error>,
    ) -> Result<Self, Error> {
        let user_agent = HeaderValue::from_str(user_agent)
            .map_err(|_| Error::config(format!("invalid user agent `{user_agent}`")))?;
        let proxy = ProxyConnector::new(Arc::new(proxies_from(env)));
        let client = PooledClient::builder(TokioExecutor::new())
            .pool_idle_timeout(Duration::from_secs(90))
            .pool_timer(TokioTimer::new())
            .build(tls_layer(proxy.clone())?);
        Ok(Self {
            client,
            proxy,
            user_agent,
            follow_redirects,
        })
    }

    /// One exchange, no redirect followed.
    async fn exchange(
        &self,
        method: &Method,
        url: &http::Uri,
        headers: &http::HeaderMap,
        body: Body,
    ) -> Result<http::Response<hyper::body::Incoming>, Error> {
        let mut request = http::Request::new(body);
        *request.method_mut() = method.clone();
        *request.uri_mut() = url.clone();
        *request.headers_mut() = headers.clone();
        if let Some(auth) = self.proxy.proxy_authorization(url) {
            request
                .headers_mut()
                .insert(header::PROXY_AUTHORIZATION, auth);
        }
        self.client
            .request(request)
            .await
            .map_err(from_hyper_client)
    }
}

/// The TLS layer over the proxy-aware TCP connector: rustls.
#[cfg(feature = "rustls")]
fn connector(tcp: ProxyConnector) -> Result<Connector, Error> {
    Ok(hyper_rustls::HttpsConnector::from((
        tcp,
        super::tls_config()?,
    )))
}

/// The TLS layer over the proxy-aware TCP connector: the system's (ALPN
/// `h2` with the feature `http2`).
#[cfg(all(feature = "native-tls", not(feature = "rustls")))]
fn connector(tcp: ProxyConnector) -> Result<Connector, Error> {
    let mut builder = tokio_native_tls::native_tls::TlsConnector::builder();
    offer_h2(&mut builder);
    let tls = builder
        .build()
        .map_err(|e| Error::config(format!("cannot set up TLS: {e}")))?;
    Ok(hyper_tls::HttpsConnector::from((tcp, tls.into())))
}

/// With `http2`, ALPN offers `h2` first (hyper-tls tells the client when
/// the server chose it).
#[cfg(all(feature = "native-tls", not(feature = "rustls"), feature = "http2"))]
fn offer_h2(builder: &mut tokio_native_tls::native_tls::TlsConnectorBuilder) {
    builder.request_alpns(&["h2", "http/1.1"]);
}

/// Without `http2`, ALPN is left unset: HTTP/1.1.
#[cfg(all(
    feature = "native-tls",
    not(feature = "rustls"),
    not(feature = "http2")
))]
fn offer_h2(_: &mut tokio_native_tls::native_tls::TlsConnectorBuilder) {}

/// Without a TLS feature: `http` only.
#[cfg(not(any(feature = "rustls", feature = "native-tls")))]
fn connector(tcp: ProxyConnector) -> Result<Connector, Error> {
    Ok(tcp)
}

impl HttpTransport for HyperTransport {
    fn send(&self, request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, Error>> {
        Box::pin(async move {
            let HttpRequest {
                mut method,
                mut url,
                mut headers,
                body,
            } = request;
            if !headers.contains_key(header::USER_AGENT) {
                headers.insert(header::USER_AGENT, self.user_agent.clone());
            }
            let origin = Origin::of(&url);
            let (mut replay, mut body) = match body {
                RequestBody::Bytes(bytes) => (Some(bytes.clone()), full(bytes)),
                RequestBody::Stream(stream) => (None, streaming(stream)),
            };
            let mut redirects = 0;
            loop {
                let response = self.exchange(&method, &url, &headers, body).await?;
                let next = if self.follow_redirects {
                    redirect_target(&response, &url, &origin)
                } else {
                    None
                };
                // A streamed body cannot be sent twice: the redirect is the answer.
                let can_replay = replay.is_some() || changes_to_get(response.status(), &method);
                match next {
                    Some(target) if can_replay => {
                        redirects += 1;
                        if redirects > MAX_REDIRECTS {
                            return Err(Error::Connection {
                                message: "too many redirects".into(),
                                source: None,
                            });
                        }
                        if changes_to_get(response.status(), &method) {
                            method = Method::GET;
                            replay = Some(Bytes::new());
                            for name in [header::CONTENT_TYPE, header::CONTENT_LENGTH] {
                                headers.remove(name);
                            }
                        }
                        body = full(replay.clone().unwrap_or_default());
                        url = target;
                    }
                    _ => return Ok(into_response(response)),
                }
            }
        })
    }
}

/// Where a redirect points, when the runtime follows it: a 3xx with a
/// `Location` within the request's origin.
fn redirect_target<B>(
    response: &http::Response<B>,
    url: &http::Uri,
    origin: &Origin,
) -> Option<http::Uri> {
    if !matches!(response.status().as_u16(), 301 | 302 | 303 | 307 | 308) {
        return None;
    }
    let location = response.headers().get(header::LOCATION)?.to_str().ok()?;
    let target = crate::uri::resolve(url, location).ok()?;
    (Origin::of(&target) == *origin).then_some(target)
}

/// A 303, or a 301 or 302 after a `POST`, is followed with a `GET` and no
/// body, as browsers and other clients do.
fn changes_to_get(status: StatusCode, method: &Method) -> bool {
    match status.as_u16() {
        303 => *method != Method::HEAD,
        301 | 302 => *method == Method::POST,
        _ => false,
    }
}

fn full(bytes: Bytes) -> Body {
    Full::new(bytes)
        .map_err(|never| match never {})
        .boxed_unsync()
}

fn streaming(stream: ByteStream) -> Body {
    let frames = stream.map(|chunk| chunk.map(Frame::data).map_err(|e| Box::new(e) as BoxError));
    StreamBody::new(frames).boxed_unsync()
}

fn into_response(response: http::Response<hyper::body::Incoming>) -> HttpResponse {
    let (head, body) = response.into_parts();
    let length = head
        .headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok());
    let chunks = body.into_data_stream().map(|chunk| {
        chunk.map_err(|e| Error::Connection {
            message: format!("the connection broke while reading the body: {e}"),
            source: Some(Box::new(e)),
        })
    });
    HttpResponse::new(
        head.status,
        head.headers,
        ByteStream::from_stream(chunks).with_content_length(length),
    )
}

/// A client error as the runtime's: a connection error whose text names
/// no URL (a query may carry an API key).
fn from_hyper_client(e: hyper_util::client::legacy::Error) -> Error {
    let message = if e.is_connect() {
        "could not connect"
    } else {
        "the request failed"
    };
    let detail = std::error::Error::source(&e)
        .map(|s| format!("{message}: {s}"))
        .unwrap_or_else(|| message.to_owned());
    Error::Connection {
        message: detail,
        source: Some(Box::new(e)),
    }
}
