//! What a call gives back: the typed value together with the status, the
//! headers and the request id; and a stream of body bytes.

use bytes::Bytes;
use futures_core::Stream;
use http::{HeaderMap, StatusCode};
use std::fmt;
use std::ops::Deref;
use std::pin::Pin;
use std::task::{Context, Poll};

use crate::error::Error;

/// Status, headers and request id of a response.
#[derive(Debug, Clone)]
pub struct ResponseMeta {
    /// The HTTP status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
}

impl ResponseMeta {
    /// The `x-request-id` header.
    pub fn request_id(&self) -> Option<&str> {
        self.headers
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
    }
    /// The rate limits the response reports (`x-ratelimit-*`).
    pub fn rate_limits(&self) -> Option<crate::rate_limit::RateLimits> {
        crate::rate_limit::RateLimits::from_headers(&self.headers)
    }
}

/// A typed response value with its metadata. Derefs to the value.
#[derive(Debug, Clone)]
pub struct ApiResponse<T> {
    meta: ResponseMeta,
    value: T,
}

impl<T> ApiResponse<T> {
    /// Pairs a value with its metadata.
    pub fn new(meta: ResponseMeta, value: T) -> Self {
        Self { meta, value }
    }
    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.meta.status
    }
    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.meta.headers
    }
    /// The `x-request-id` header.
    pub fn request_id(&self) -> Option<&str> {
        self.meta.request_id()
    }
    /// The rate limits the response reports (`x-ratelimit-*`), typed.
    pub fn rate_limits(&self) -> Option<crate::rate_limit::RateLimits> {
        self.meta.rate_limits()
    }
    /// The metadata.
    pub fn meta(&self) -> &ResponseMeta {
        &self.meta
    }
    /// The value, dropping the metadata.
    pub fn into_inner(self) -> T {
        self.value
    }
    /// Metadata and value.
    pub fn into_parts(self) -> (ResponseMeta, T) {
        (self.meta, self.value)
    }
    /// Maps the value, keeping the metadata.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> ApiResponse<U> {
        ApiResponse {
            meta: self.meta,
            value: f(self.value),
        }
    }
}

impl<T> Deref for ApiResponse<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T> std::ops::DerefMut for ApiResponse<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.value
    }
}

/// A streamed answer is read directly: `while let Some(event) =
/// response.next().await`, with the status and headers still at hand.
impl<S: Stream + Unpin> Stream for ApiResponse<S> {
    type Item = S::Item;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        Pin::new(&mut self.value).poll_next(cx)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.value.size_hint()
    }
}

type Chunks = Pin<Box<dyn Stream<Item = Result<Bytes, Error>> + Send>>;

/// A body as a stream of chunks: what a transport returns, what binary
/// downloads hand out (so they need not be held in memory), and what a
/// one-shot request body is made of.
pub struct ByteStream {
    inner: Inner,
    length: Option<u64>,
}

enum Inner {
    /// The whole body, known up front (handed out once).
    Full(Option<Bytes>),
    Stream(Chunks),
}

impl ByteStream {
    /// A stream of chunks; an `Err` item ends it.
    pub fn from_stream(stream: impl Stream<Item = Result<Bytes, Error>> + Send + 'static) -> Self {
        Self {
            inner: Inner::Stream(Box::pin(stream)),
            length: None,
        }
    }

    /// A body known in full.
    pub fn from_bytes(bytes: impl Into<Bytes>) -> Self {
        let bytes = bytes.into();
        Self {
            length: Some(bytes.len() as u64),
            inner: Inner::Full((!bytes.is_empty()).then_some(bytes)),
        }
    }

    /// An empty body.
    pub fn empty() -> Self {
        Self::from_bytes(Bytes::new())
    }

    /// Declares the body's length (from `Content-Length`), so that a body
    /// above a size limit is refused before it is read.
    pub fn with_content_length(mut self, length: Option<u64>) -> Self {
        self.length = length;
        self
    }

    /// The declared length, when known.
    pub fn content_length(&self) -> Option<u64> {
        self.length
    }

    /// The next chunk, or `None` at the end.
    pub async fn chunk(&mut self) -> Option<Result<Bytes, Error>> {
        use futures_util::StreamExt;
        self.next().await
    }

    /// Reads the whole stream into memory.
    pub async fn collect(mut self) -> Result<Bytes, Error> {
        use futures_util::StreamExt;
        if let Inner::Full(bytes) = &mut self.inner {
            return Ok(bytes.take().unwrap_or_default());
        }
        let mut out = bytes::BytesMut::new();
        while let Some(chunk) = self.next().await {
            out.extend_from_slice(&chunk?);
        }
        Ok(out.freeze())
    }
}

impl From<Bytes> for ByteStream {
    fn from(bytes: Bytes) -> Self {
        Self::from_bytes(bytes)
    }
}

impl fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ByteStream")
            .field("content_length", &self.length)
            .finish_non_exhaustive()
    }
}

impl Stream for ByteStream {
    type Item = Result<Bytes, Error>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        match &mut self.inner {
            Inner::Full(bytes) => Poll::Ready(bytes.take().map(Ok)),
            Inner::Stream(stream) => stream.as_mut().poll_next(cx),
        }
    }
}
