//! The one error type of the runtime, and the API error object it carries.

use std::error::Error as StdError;
use std::fmt;

use http::{HeaderMap, StatusCode};
use serde::Deserialize;

/// A `Result` whose error is [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

type BoxError = Box<dyn StdError + Send + Sync + 'static>;

/// Everything that can go wrong when calling an API.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The server answered with a non-success status.
    Api(Box<ApiError>),
    /// The connection failed (refused, reset, TLS, closed mid-body).
    Connection {
        /// What failed.
        message: String,
        /// The underlying transport error.
        source: Option<BoxError>,
    },
    /// An attempt did not complete within the configured timeout.
    Timeout {
        /// The timeout that elapsed.
        after: std::time::Duration,
    },
    /// A response body could not be decoded into the expected type.
    Decode(Box<DecodeError>),
    /// The client or a provider is configured wrongly.
    Config(String),
    /// The authenticator refused to authenticate the request.
    Auth {
        /// What went wrong, in words that name no secret.
        message: String,
        /// The cause (for example a credential provider's error).
        source: Option<BoxError>,
    },
    /// The request is invalid before anything is sent (for example an empty
    /// path parameter).
    InvalidRequest(String),
    /// A streaming response broke (malformed event, error event, stall).
    Stream(String),
    /// The response body exceeded the configured size limit.
    BodyTooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// A WebSocket connection closed, broke or refused a message.
    #[cfg(feature = "websocket")]
    WebSocket(crate::websocket::WebSocketError),
    /// The answer stopped before it was complete (a length limit, a content
    /// filter), so it could not be read as the type asked for. The answer
    /// itself is kept.
    Incomplete(Box<IncompleteAnswer>),
}

/// An answer that stopped before it was complete.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct IncompleteAnswer {
    /// Why it stopped, as the API says it (such as `length` or
    /// `content_filter`).
    pub reason: String,
    /// The `x-request-id` of the response, when there was one.
    pub request_id: Option<String>,
    /// The answer as it came, as JSON.
    pub answer: serde_json::Value,
}

impl IncompleteAnswer {
    /// An incomplete answer.
    pub fn new(
        reason: impl Into<String>,
        request_id: Option<String>,
        answer: serde_json::Value,
    ) -> Self {
        Self {
            reason: reason.into(),
            request_id,
            answer,
        }
    }
}

impl Error {
    /// A configuration error.
    pub fn config(message: impl Into<String>) -> Self {
        Self::Config(message.into())
    }

    /// An authentication error without a cause.
    pub fn auth(message: impl Into<String>) -> Self {
        Self::Auth {
            message: message.into(),
            source: None,
        }
    }

    /// An authentication error that keeps its cause.
    pub fn auth_with_source(
        message: impl Into<String>,
        source: impl StdError + Send + Sync + 'static,
    ) -> Self {
        Self::Auth {
            message: message.into(),
            source: Some(Box::new(source)),
        }
    }

    /// The HTTP status of an API error.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Self::Api(e) => Some(e.status),
            _ => None,
        }
    }

    /// The API error, if this is one.
    pub fn as_api(&self) -> Option<&ApiError> {
        match self {
            Self::Api(e) => Some(e),
            _ => None,
        }
    }

    /// The operation whose answer this error is about (its id and
    /// resource): set on API errors and undecodable answers of requests a
    /// generated method made. Hooks ([`crate::interceptor`]) and spans see
    /// the operation of every error.
    pub fn operation(&self) -> Option<crate::request::Operation> {
        match self {
            Self::Api(e) => e.operation,
            Self::Decode(e) => e.operation,
            _ => None,
        }
    }

    /// The same error, naming `operation` when it is a decoding error
    /// (API errors get theirs where the send path reads them).
    pub(crate) fn for_operation(mut self, operation: Option<crate::request::Operation>) -> Self {
        if let Self::Decode(e) = &mut self {
            e.operation = operation;
        }
        self
    }

    /// The `x-request-id` of the failed response, when there was one.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Self::Incomplete(a) => a.request_id.as_deref(),
            _ => self.as_api().and_then(|e| e.request_id.as_deref()),
        }
    }

    /// The rate limits the failed response reports (`x-ratelimit-*`).
    pub fn rate_limits(&self) -> Option<crate::rate_limit::RateLimits> {
        crate::rate_limit::RateLimits::from_headers(&self.as_api()?.headers)
    }

    /// The answer that stopped before it was complete, if this is one.
    pub fn as_incomplete(&self) -> Option<&IncompleteAnswer> {
        match self {
            Self::Incomplete(a) => Some(a),
            _ => None,
        }
    }

    fn is_status(&self, code: u16) -> bool {
        self.status().is_some_and(|s| s.as_u16() == code)
    }

    /// 400 Bad Request.
    pub fn is_bad_request(&self) -> bool {
        self.is_status(400)
    }
    /// 401 Unauthorized.
    pub fn is_authentication(&self) -> bool {
        self.is_status(401)
    }
    /// 403 Forbidden.
    pub fn is_permission_denied(&self) -> bool {
        self.is_status(403)
    }
    /// 404 Not Found.
    pub fn is_not_found(&self) -> bool {
        self.is_status(404)
    }
    /// 409 Conflict.
    pub fn is_conflict(&self) -> bool {
        self.is_status(409)
    }
    /// 422 Unprocessable Entity.
    pub fn is_unprocessable(&self) -> bool {
        self.is_status(422)
    }
    /// 429 Too Many Requests.
    pub fn is_rate_limited(&self) -> bool {
        self.is_status(429)
    }
    /// Any 5xx status.
    pub fn is_server_error(&self) -> bool {
        self.status().is_some_and(|s| s.is_server_error())
    }
    /// A connection failure.
    pub fn is_connection(&self) -> bool {
        matches!(self, Self::Connection { .. })
    }
    /// A timeout.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Self::Timeout { .. })
    }
    /// The WebSocket error, when this is one.
    #[cfg(feature = "websocket")]
    pub fn as_websocket(&self) -> Option<&crate::websocket::WebSocketError> {
        match self {
            Self::WebSocket(e) => Some(e),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Api(e) => fmt::Display::fmt(e, f),
            Self::Connection { message, .. } => write!(f, "connection error: {message}"),
            Self::Timeout { after } => write!(f, "request timed out after {after:?}"),
            Self::Decode(e) => fmt::Display::fmt(e, f),
            Self::Config(m) => write!(f, "invalid client configuration: {m}"),
            Self::Auth { message, .. } => write!(f, "authentication failed: {message}"),
            Self::InvalidRequest(m) => write!(f, "invalid request: {m}"),
            Self::Stream(m) => write!(f, "stream error: {m}"),
            Self::BodyTooLarge { limit } => {
                write!(f, "response body exceeds the limit of {limit} bytes")
            }
            Self::Incomplete(a) => write!(
                f,
                "the answer stopped before it was complete (finish reason `{}`), so it is not a whole value",
                a.reason
            ),
            #[cfg(feature = "websocket")]
            Self::WebSocket(e) => fmt::Display::fmt(e, f),
        }
    }
}

impl StdError for Error {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        match self {
            Self::Connection {
                source: Some(s), ..
            }
            | Self::Auth {
                source: Some(s), ..
            } => Some(s.as_ref()),
            Self::Decode(e) => Some(&e.source),
            #[cfg(feature = "websocket")]
            Self::WebSocket(e) => e.source(),
            _ => None,
        }
    }
}

/// The error object of a failed response, as the client's [`ErrorParser`]
/// read it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[non_exhaustive]
pub struct ErrorObject {
    /// Human-readable message.
    #[serde(default)]
    pub message: String,
    /// Error type, for example `invalid_request_error`.
    #[serde(
        default,
        rename = "type",
        deserialize_with = "crate::de::lenient_string"
    )]
    pub kind: Option<String>,
    /// The parameter at fault.
    #[serde(default, deserialize_with = "crate::de::lenient_string")]
    pub param: Option<String>,
    /// A machine-readable code.
    #[serde(default, deserialize_with = "crate::de::lenient_string")]
    pub code: Option<String>,
}

/// A non-success HTTP answer.
#[derive(Debug)]
#[non_exhaustive]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// The parsed error object, when the body had one.
    pub error: Option<ErrorObject>,
    /// The `x-request-id` response header.
    pub request_id: Option<String>,
    /// The response headers.
    pub headers: HeaderMap,
    /// The start of the body, for bodies that are not an error object.
    pub body_excerpt: String,
    /// The operation whose answer this is (its id and resource), when a
    /// generated method made the request.
    pub operation: Option<crate::request::Operation>,
}

impl ApiError {
    /// Builds an API error from a status, headers and body, reading the
    /// body with the default [`parse_error_object`].
    pub fn from_parts(status: StatusCode, headers: HeaderMap, body: &[u8]) -> Self {
        Self::from_parts_with(status, headers, body, parse_error_object)
    }

    /// Builds an API error, reading the body with `parse`.
    pub fn from_parts_with(
        status: StatusCode,
        headers: HeaderMap,
        body: &[u8],
        parse: ErrorParser,
    ) -> Self {
        let request_id = headers
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        Self {
            status,
            error: parse(body),
            request_id,
            headers,
            body_excerpt: excerpt(body, 0, 1000),
            operation: None,
        }
    }

    /// The error message, or a description of the status.
    pub fn message(&self) -> &str {
        match &self.error {
            Some(e) if !e.message.is_empty() => &e.message,
            _ => self.status.canonical_reason().unwrap_or("unknown status"),
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "API error {}: {}", self.status.as_u16(), self.message())?;
        if let Some(e) = &self.error {
            if let Some(kind) = &e.kind {
                write!(f, " (type: {kind})")?;
            }
            if let Some(code) = &e.code {
                write!(f, " (code: {code})")?;
            }
            if let Some(param) = &e.param {
                write!(f, " (param: {param})")?;
            }
        }
        if let Some(id) = &self.request_id {
            write!(f, " [request id: {id}]")?;
        }
        Ok(())
    }
}

/// Reads the error object out of an error response body. Clients install
/// the one their API uses ([`ClientBuilder::error_format`](crate::ClientBuilder::error_format));
/// the default is [`parse_error_object`].
pub type ErrorParser = fn(&[u8]) -> Option<ErrorObject>;

/// `{"error": {...}}` or `{"error": "message"}`: the envelope many APIs
/// share.
pub fn parse_enveloped(body: &[u8]) -> Option<ErrorObject> {
    #[derive(Deserialize)]
    struct Envelope {
        error: serde_json::Value,
    }
    let value = serde_json::from_slice::<Envelope>(body).ok()?.error;
    match value {
        serde_json::Value::Object(_) => serde_json::from_value(value).ok(),
        serde_json::Value::String(message) => Some(ErrorObject {
            message,
            ..ErrorObject::default()
        }),
        _ => None,
    }
}

/// The default error parser, for an API whose error shape is not known: an
/// `{"error": ...}` envelope, a bare object with a `message`, or an RFC 9457
/// problem (`title`, `detail`, `type`).
pub fn parse_error_object(body: &[u8]) -> Option<ErrorObject> {
    if let Some(e) = parse_enveloped(body) {
        return Some(e);
    }
    let value: serde_json::Value = serde_json::from_slice(body).ok()?;
    let map = value.as_object()?;
    let text = |key: &str| map.get(key).and_then(crate::query::scalar_text);
    let message = text("message")
        .or_else(|| text("detail"))
        .or_else(|| text("title"))?;
    Some(ErrorObject {
        message,
        kind: text("type").or_else(|| text("error")),
        param: text("param"),
        code: text("code").or_else(|| text("status")),
    })
}

/// A response body that did not decode.
#[derive(Debug)]
#[non_exhaustive]
pub struct DecodeError {
    /// What was being decoded (a type name or "SSE event").
    pub what: String,
    /// The JSON path of the failure, such as `choices[0].message.role`.
    pub path: String,
    /// A short excerpt of the body around the failure.
    pub excerpt: String,
    /// The serde error.
    pub source: serde_json::Error,
    /// The operation whose answer this is, when a generated method made
    /// the request.
    pub operation: Option<crate::request::Operation>,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "failed to decode {} at `{}`: {} (near: {})",
            self.what, self.path, self.source, self.excerpt
        )
    }
}

/// Up to `max` characters of `body` around byte `at`, lossily decoded.
pub(crate) fn excerpt(body: &[u8], at: usize, max: usize) -> String {
    let start = at.saturating_sub(max / 2).min(body.len());
    let end = (start + max).min(body.len());
    let mut s = String::from_utf8_lossy(&body[start..end]).into_owned();
    if end < body.len() {
        s.push('…');
    }
    s
}
