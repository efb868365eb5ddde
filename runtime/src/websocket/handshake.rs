//! The opening handshake: the request is built like an HTTP one (base URL,
//! default headers and query, user agent), seen by the client's
//! interceptors, authenticated through the provider seam,
//! turned into `ws`/`wss`, and sent over TCP (and TLS) within the handshake
//! timeout. Redirects are refused; a refused upgrade is an API error.

use bytes::Bytes;
use http::{HeaderMap, HeaderValue, Method};
use std::sync::Arc;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Error as WsError;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;

use super::{WebSocketError, WebSocketOptions};
use crate::auth::OutgoingRequest;
use crate::client::Inner;
use crate::error::{ApiError, Error};
use crate::redact::{RedactedHeaders, RedactedUrl};

/// A byte stream a WebSocket runs over: TCP, or TLS over TCP.
pub(crate) trait Io: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Io for T {}

/// An open WebSocket.
pub(crate) type Socket = WebSocketStream<Box<dyn Io>>;

/// Where a connection goes: a path below the base URL, its query and extra
/// headers. The reconnection callback may change the query and headers.
#[derive(Debug, Clone, Default)]
pub(crate) struct Target {
    pub(crate) path: String,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) headers: HeaderMap,
}

/// Opens a connection: authentication, then TCP, TLS and the upgrade, all
/// within the handshake timeout.
pub(crate) async fn open(
    inner: &Inner,
    target: &Target,
    attempt: u32,
    options: &WebSocketOptions,
) -> Result<Socket, Error> {
    let timeout = options.handshake_timeout;
    let opening = async {
        let request = authenticated(inner, target, attempt).await?;
        connect(inner, request, options).await
    };
    tokio::time::timeout(timeout, opening)
        .await
        .unwrap_or(Err(Error::Timeout { after: timeout }))
}

/// The handshake request, after the authenticator has seen it.
async fn authenticated(
    inner: &Inner,
    target: &Target,
    attempt: u32,
) -> Result<OutgoingRequest, Error> {
    let mut url = crate::orchestrator::join_path(&inner.base_url, &target.path)?;
    let defaults = &inner.defaults;
    if !target.query.is_empty() || !defaults.query.is_empty() {
        let pairs = defaults.query.pairs().iter().chain(&target.query);
        url = crate::uri::with_query_pairs(&url, pairs.map(|(k, v)| (k.as_str(), v.as_str())))
            .map_err(Error::InvalidRequest)?;
    }
    let mut headers = inner.headers.clone();
    for (name, value) in defaults.headers.iter().chain(&target.headers) {
        headers.insert(name.clone(), value.clone());
    }
    if let Ok(ua) = HeaderValue::from_str(&inner.user_agent) {
        headers.insert(http::header::USER_AGENT, ua);
    }
    let mut request =
        OutgoingRequest::new(Method::GET, url, headers, Some(Bytes::new())).for_websocket();
    request.attempt = attempt;
    request.sensitive_query = Arc::clone(&inner.sensitive_query);
    // As for HTTP: the client's interceptors, then authentication.
    for interceptor in defaults.interceptors.iter() {
        interceptor.modify_before_attempt(&mut request)?;
    }
    inner.auth.authenticate(&mut request).await?;
    Ok(request)
}

/// TCP, TLS and the upgrade.
async fn connect(
    inner: &Inner,
    request: OutgoingRequest,
    options: &WebSocketOptions,
) -> Result<Socket, Error> {
    let secure = match request.url.scheme_str() {
        Some("https" | "wss") => true,
        Some("http" | "ws") => false,
        other => {
            return Err(Error::config(format!(
                "a WebSocket needs an http or https base URL, not `{}`",
                other.unwrap_or("")
            )));
        }
    };
    let url = crate::uri::with_scheme(&request.url, if secure { "wss" } else { "ws" })
        .map_err(|e| Error::InvalidRequest(format!("invalid WebSocket URL: {e}")))?;
    let host = url
        .host()
        .map(|h| h.trim_start_matches('[').trim_end_matches(']').to_owned())
        .ok_or_else(|| Error::config("the WebSocket URL has no host"))?;
    let port = url.port_u16().unwrap_or(if secure { 443 } else { 80 });
    tracing::debug!(
        url = %RedactedUrl::new(&url, &request.sensitive_query),
        attempt = request.attempt,
        headers = %RedactedHeaders::new(&request.headers, &inner.sensitive),
        "opening a WebSocket"
    );
    let mut upgrade = url
        .to_string()
        .into_client_request()
        .map_err(|e| Error::InvalidRequest(format!("invalid WebSocket request: {e}")))?;
    for (name, value) in &request.headers {
        if !is_handshake_header(name) {
            upgrade.headers_mut().append(name.clone(), value.clone());
        }
    }
    let tcp = TcpStream::connect((host.as_str(), port))
        .await
        .map_err(|e| Error::Connection {
            message: "could not connect".to_owned(),
            source: Some(Box::new(e)),
        })?;
    let _ = tcp.set_nodelay(true);
    let io: Box<dyn Io> = if secure {
        tls(&host, tcp, options).await?
    } else {
        Box::new(tcp)
    };
    let config = WebSocketConfig::default()
        .max_message_size(Some(options.max_message_bytes))
        .max_frame_size(Some(options.max_message_bytes));
    match tokio_tungstenite::client_async_with_config(upgrade, io, Some(config)).await {
        Ok((socket, _response)) => Ok(socket),
        Err(e) => Err(handshake_error(e, inner)),
    }
}

/// Headers the WebSocket handshake owns; the request's own are not copied
/// over them.
fn is_handshake_header(name: &http::HeaderName) -> bool {
    use http::header;
    name == header::HOST
        || name == header::CONNECTION
        || name == header::UPGRADE
        || name == header::CONTENT_LENGTH
        || name == header::CONTENT_TYPE
        || name.as_str().starts_with("sec-websocket-")
}

/// A failed upgrade as the runtime's error: a redirect is refused, another
/// status is an API error with the server's error object.
fn handshake_error(e: WsError, inner: &Inner) -> Error {
    match e {
        WsError::Http(response) => {
            let status = response.status();
            if status.is_redirection() {
                return WebSocketError::RedirectRefused {
                    status: status.as_u16(),
                }
                .into();
            }
            let (parts, body) = (*response).into_parts();
            Error::Api(Box::new(ApiError::from_parts_with(
                parts.status,
                parts.headers,
                body.as_deref().unwrap_or_default(),
                inner.error_parser,
            )))
        }
        WsError::Io(e) => Error::Connection {
            message: "the connection broke during the WebSocket handshake".to_owned(),
            source: Some(Box::new(e)),
        },
        other => Error::Connection {
            message: format!("the WebSocket handshake failed: {other}"),
            source: None,
        },
    }
}

#[cfg(feature = "rustls")]
async fn tls(host: &str, tcp: TcpStream, options: &WebSocketOptions) -> Result<Box<dyn Io>, Error> {
    use std::sync::OnceLock;
    static DEFAULT: OnceLock<Result<Arc<rustls::ClientConfig>, String>> = OnceLock::new();
    let http1 = |mut config: rustls::ClientConfig| {
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Arc::new(config)
    };
    let config = match &options.tls {
        Some(config) => http1(rustls::ClientConfig::clone(config)),
        None => DEFAULT
            .get_or_init(|| {
                crate::transport::tls_config()
                    .map(http1)
                    .map_err(|e| e.to_string())
            })
            .clone()
            .map_err(Error::config)?,
    };
    let name = rustls::pki_types::ServerName::try_from(host.to_owned())
        .map_err(|e| Error::config(format!("`{host}` is not a valid TLS server name: {e}")))?;
    let stream = tokio_rustls::TlsConnector::from(config)
        .connect(name, tcp)
        .await
        .map_err(|e| Error::Connection {
            message: "the TLS handshake failed".to_owned(),
            source: Some(Box::new(e)),
        })?;
    Ok(Box::new(stream))
}

#[cfg(all(feature = "native-tls", not(feature = "rustls")))]
async fn tls(host: &str, tcp: TcpStream, _: &WebSocketOptions) -> Result<Box<dyn Io>, Error> {
    let connector = tokio_native_tls::native_tls::TlsConnector::new()
        .map_err(|e| Error::config(format!("cannot set up TLS: {e}")))?;
    let stream = tokio_native_tls::TlsConnector::from(connector)
        .connect(host, tcp)
        .await
        .map_err(|e| Error::Connection {
            message: "the TLS handshake failed".to_owned(),
            source: Some(Box::new(e)),
        })?;
    Ok(Box::new(stream))
}

#[cfg(not(any(feature = "rustls", feature = "native-tls")))]
async fn tls(_: &str, _: TcpStream, _: &WebSocketOptions) -> Result<Box<dyn Io>, Error> {
    Err(Error::config(
        "a wss connection needs the `rustls` or `native-tls` feature",
    ))
}
