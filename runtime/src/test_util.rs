//! Test doubles for code that calls an SDK built on this runtime (feature
//! `test-util`): a [`ReplayTransport`] answers each request with the next
//! scripted [`Reply`] (JSON, server-sent events, an error status, a broken
//! connection) and keeps what it was sent, so a test runs in memory with no
//! server.
//!
//! ```
//! # async fn run() -> Result<(), sdk_runtime::Error> {
//! use sdk_runtime::test_util::{ReplayTransport, Reply};
//! use sdk_runtime::{Client, Method, RequestSpec};
//!
//! let transport = ReplayTransport::new([
//!     Reply::status(503),
//!     Reply::json(200, r#"{"id":"thing_1"}"#),
//! ]);
//! let client = Client::builder("https://api.example.test")
//!     .transport(transport.clone())
//!     .retry_policy(sdk_runtime::retry::StandardRetry::new())
//!     .build()?;
//! let thing = client
//!     .request::<serde_json::Value>(RequestSpec::new(Method::GET, "/things/1"))
//!     .await?
//!     .into_inner();
//! assert_eq!(thing["id"], "thing_1");
//! assert_eq!(transport.requests().len(), 2); // the 503 was retried
//! # Ok(()) }
//! ```

use bytes::Bytes;
use http::Uri;
use http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use std::collections::VecDeque;
use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::auth::BoxFuture;
use crate::error::Error;
use crate::response::ByteStream;
use crate::transport::{HttpRequest, HttpResponse, HttpTransport, RequestBody};

/// One scripted answer.
#[derive(Debug, Clone)]
pub struct Reply {
    kind: Kind,
    delay: Duration,
}

#[derive(Debug, Clone)]
enum Kind {
    Response {
        status: StatusCode,
        headers: HeaderMap,
        chunks: Vec<Bytes>,
        /// The body breaks after its chunks.
        broken: bool,
    },
    ConnectionError(String),
}

impl Reply {
    /// A JSON body with `status`.
    pub fn json(status: u16, body: impl Into<String>) -> Self {
        Self::body(status, "application/json", body.into())
    }

    /// A body of any content type.
    pub fn body(status: u16, content_type: &str, body: impl Into<Bytes>) -> Self {
        Self::response(status, vec![body.into()]).header("content-type", content_type)
    }

    /// A status with an empty body (a retryable 503, a 204).
    pub fn status(status: u16) -> Self {
        Self::response(status, Vec::new())
    }

    /// A `text/event-stream` body, one chunk per item (`data: {..}\n\n`).
    pub fn sse<I, S>(chunks: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<Bytes>,
    {
        Self::response(200, chunks.into_iter().map(Into::into).collect())
            .header("content-type", "text/event-stream")
    }

    /// A connection that fails before any response.
    pub fn connection_error(message: impl Into<String>) -> Self {
        Self {
            kind: Kind::ConnectionError(message.into()),
            delay: Duration::ZERO,
        }
    }

    /// The body breaks after its chunks (a connection lost mid-stream).
    pub fn then_break(mut self) -> Self {
        if let Kind::Response { broken, .. } = &mut self.kind {
            *broken = true;
        }
        self
    }

    /// Adds a response header.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        if let Kind::Response { headers, .. } = &mut self.kind
            && let (Ok(name), Ok(value)) = (
                HeaderName::from_bytes(name.as_bytes()),
                HeaderValue::from_str(value),
            )
        {
            headers.insert(name, value);
        }
        self
    }

    /// Waits this long before answering (for timeout tests).
    pub fn after(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }

    fn response(status: u16, chunks: Vec<Bytes>) -> Self {
        Self {
            kind: Kind::Response {
                status: StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                headers: HeaderMap::new(),
                chunks,
                broken: false,
            },
            delay: Duration::ZERO,
        }
    }

    fn into_response(self) -> Result<HttpResponse, Error> {
        match self.kind {
            Kind::ConnectionError(message) => Err(Error::Connection {
                message,
                source: None,
            }),
            Kind::Response {
                status,
                headers,
                chunks,
                broken,
            } => {
                let length = (!broken).then(|| chunks.iter().map(|c| c.len() as u64).sum());
                let mut items: Vec<Result<Bytes, Error>> = chunks.into_iter().map(Ok).collect();
                if broken {
                    items.push(Err(Error::Connection {
                        message: "the connection broke while reading the body".into(),
                        source: None,
                    }));
                }
                let body = ByteStream::from_stream(futures_util::stream::iter(items))
                    .with_content_length(length);
                Ok(HttpResponse::new(status, headers, body))
            }
        }
    }
}

/// A request as the transport received it: after interceptors and
/// authentication, exactly as it would have gone on the wire.
#[derive(Clone)]
pub struct CapturedRequest {
    /// The method.
    pub method: Method,
    /// The URL, query included.
    pub url: Uri,
    /// The headers (credentials included: keep them out of test output).
    pub headers: HeaderMap,
    /// The body; `None` for a one-shot stream, which is not read.
    pub body: Option<Bytes>,
}

impl CapturedRequest {
    /// A header as text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
    /// The body as JSON (`Null` when absent or not JSON).
    pub fn json(&self) -> serde_json::Value {
        self.body
            .as_deref()
            .and_then(|b| serde_json::from_slice(b).ok())
            .unwrap_or_default()
    }
}

impl fmt::Debug for CapturedRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CapturedRequest")
            .field("method", &self.method)
            .field("url", &crate::redact::RedactedUrl::new(&self.url, &[]))
            .field(
                "headers",
                &crate::redact::RedactedHeaders::new(&self.headers, &[]),
            )
            .field("body_len", &self.body.as_ref().map(Bytes::len))
            .finish()
    }
}

#[derive(Default)]
struct Script {
    replies: VecDeque<Reply>,
    seen: Vec<CapturedRequest>,
}

/// Answers requests with scripted replies, in order, and records them.
/// Clones share the script, so keep one to inspect after the test.
/// A request that finds no reply left fails with a connection error that
/// says so.
#[derive(Clone, Default)]
pub struct ReplayTransport {
    script: Arc<Mutex<Script>>,
}

impl ReplayTransport {
    /// A transport that gives `replies` in order.
    pub fn new(replies: impl IntoIterator<Item = Reply>) -> Self {
        let transport = Self::default();
        for reply in replies {
            transport.push(reply);
        }
        transport
    }

    /// Adds a reply after the others.
    pub fn push(&self, reply: Reply) {
        self.lock().replies.push_back(reply);
    }

    /// Every request received so far, in order.
    pub fn requests(&self) -> Vec<CapturedRequest> {
        self.lock().seen.clone()
    }

    /// The last request received.
    pub fn last_request(&self) -> Option<CapturedRequest> {
        self.lock().seen.last().cloned()
    }

    /// How many scripted replies are left.
    pub fn remaining(&self) -> usize {
        self.lock().replies.len()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Script> {
        self.script.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl fmt::Debug for ReplayTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let script = self.lock();
        f.debug_struct("ReplayTransport")
            .field("remaining", &script.replies.len())
            .field("seen", &script.seen.len())
            .finish()
    }
}

impl HttpTransport for ReplayTransport {
    fn send(&self, request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, Error>> {
        let body = match &request.body {
            RequestBody::Bytes(bytes) => Some(bytes.clone()),
            RequestBody::Stream(_) => None,
        };
        let what = format!("{} {}", request.method, request.url.path());
        let reply = {
            let mut script = self.lock();
            script.seen.push(CapturedRequest {
                method: request.method,
                url: request.url,
                headers: request.headers,
                body,
            });
            script.replies.pop_front()
        };
        Box::pin(async move {
            let reply = reply.ok_or_else(|| Error::Connection {
                message: format!("the replay transport has no reply left for {what}"),
                source: None,
            })?;
            if !reply.delay.is_zero() {
                tokio::time::sleep(reply.delay).await;
            }
            reply.into_response()
        })
    }
}
