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

type Inner = Pin<Box<dyn Stream<Item = Result<Bytes, Error>> + Send>>;

/// A response body as a stream of chunks, for binary downloads that should
/// not be held in memory. Each chunk must arrive within the client timeout.
pub struct ByteStream {
    inner: Inner,
}

impl ByteStream {
    pub(crate) fn new(inner: Inner) -> Self {
        Self { inner }
    }

    /// Reads the whole stream into memory.
    pub async fn collect(mut self) -> Result<Bytes, Error> {
        use futures_util::StreamExt;
        let mut out = bytes::BytesMut::new();
        while let Some(chunk) = self.next().await {
            out.extend_from_slice(&chunk?);
        }
        Ok(out.freeze())
    }
}

impl fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ByteStream")
    }
}

impl Stream for ByteStream {
    type Item = Result<Bytes, Error>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}
