//! The orchestrator: one request from the spec a generated method built to
//! the typed answer. Interceptors adjust it, the authenticator signs each
//! attempt, the transport sends it within the timeout, the retry policy
//! classifies the outcome and picks the delay. The send path's phases are
//! in `send.rs`; this file has the pieces they share (URLs, bodies, reading
//! a response within limits).

mod body;
mod send;

use bytes::{Bytes, BytesMut};
use http::Uri;
use http::{HeaderMap, StatusCode};
use std::time::Duration;

use crate::error::{ApiError, Error, ErrorParser};
use crate::options::RequestOptions;
use crate::request::RequestSpec;
use crate::response::{ByteStream, ResponseMeta};

/// A successful response: either buffered, or still streaming.
pub(crate) enum Success {
    Buffered(ResponseMeta, Bytes),
    Streaming(ResponseMeta, ByteStream, Duration),
}

/// The base URL with `path` below it.
pub(crate) fn join_path(base: &Uri, path: &str) -> Result<Uri, Error> {
    let base_path = base.path().trim_end_matches('/');
    let mut raw = String::with_capacity(base_path.len() + path.len() + 1);
    raw.push_str(base_path);
    if !path.starts_with('/') {
        raw.push('/');
    }
    raw.push_str(path);
    crate::uri::with_path_and_query(base, &raw, None).map_err(Error::InvalidRequest)
}

/// Joins the base URL, the path and the query.
pub(crate) fn build_url(
    base: &Uri,
    spec: &RequestSpec,
    opts: &RequestOptions,
) -> Result<Uri, Error> {
    let url = join_path(base, &spec.path)?;
    if spec.query.is_empty() && opts.query.is_empty() {
        return Ok(url);
    }
    let pairs = spec.query.pairs().iter().chain(opts.query.pairs());
    crate::uri::with_query_pairs(&url, pairs.map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(Error::InvalidRequest)
}

/// Reads a body, refusing more than `limit` bytes.
pub(crate) async fn read_limited(mut body: ByteStream, limit: usize) -> Result<Bytes, Error> {
    if body.content_length().is_some_and(|n| n > limit as u64) {
        return Err(Error::BodyTooLarge { limit });
    }
    // Most bodies arrive in one chunk: keep it without copying.
    let Some(first) = body.chunk().await.transpose()? else {
        return Ok(Bytes::new());
    };
    if first.len() > limit {
        return Err(Error::BodyTooLarge { limit });
    }
    let Some(second) = body.chunk().await.transpose()? else {
        return Ok(first);
    };
    let mut buf = BytesMut::with_capacity(first.len() + second.len());
    buf.extend_from_slice(&first);
    let mut next = Some(second);
    while let Some(chunk) = next {
        if buf.len() + chunk.len() > limit {
            return Err(Error::BodyTooLarge { limit });
        }
        buf.extend_from_slice(&chunk);
        next = body.chunk().await.transpose()?;
    }
    Ok(buf.freeze())
}

async fn api_error(
    status: StatusCode,
    headers: HeaderMap,
    body: ByteStream,
    timeout: Duration,
    parse: ErrorParser,
) -> Box<ApiError> {
    // Error bodies are small; read at most 1 MiB, within the timeout.
    let body = tokio::time::timeout(timeout, read_limited(body, 1 << 20))
        .await
        .ok()
        .and_then(Result::ok)
        .unwrap_or_default();
    Box::new(ApiError::from_parts_with(status, headers, &body, parse))
}
