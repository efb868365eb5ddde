//! The attempt loop: build the wire request, authenticate it, send it with a
//! timeout, classify the outcome, back off and retry.

use bytes::{Bytes, BytesMut};
use http::{HeaderMap, HeaderValue, StatusCode};
use std::sync::Arc;
use std::time::{Duration, Instant};
use url::Url;

use crate::auth::OutgoingRequest;
use crate::client::Client;
use crate::error::{ApiError, Error, ErrorParser};
use crate::options::RequestOptions;
use crate::redact::{RedactedHeaders, RedactedUrl};
use crate::request::{Body, RequestSpec};
use crate::response::ResponseMeta;
use crate::retry;

/// A successful response: either buffered, or still streaming.
pub(crate) enum Success {
    Buffered(ResponseMeta, Bytes),
    Streaming(ResponseMeta, reqwest::Response, Duration),
}

/// Joins the base URL, the path and the query.
pub(crate) fn build_url(
    base: &Url,
    spec: &RequestSpec,
    opts: &RequestOptions,
) -> Result<Url, Error> {
    let mut raw = String::with_capacity(base.as_str().len() + spec.path.len());
    raw.push_str(base.as_str().trim_end_matches('/'));
    if !spec.path.starts_with('/') {
        raw.push('/');
    }
    raw.push_str(&spec.path);
    let mut url = Url::parse(&raw)
        .map_err(|e| Error::InvalidRequest(format!("invalid request URL `{raw}`: {e}")))?;
    if !spec.query.is_empty() || !opts.query.is_empty() {
        let mut pairs = url.query_pairs_mut();
        for (k, v) in spec.query.pairs().iter().chain(opts.query.pairs()) {
            pairs.append_pair(k, v);
        }
    }
    Ok(url)
}

/// Merges extra body fields into a JSON object body.
fn merged_body(body: &Body, opts: &RequestOptions) -> Result<Body, Error> {
    match body {
        Body::Json(bytes) if !opts.body_fields.is_empty() => {
            let mut value: serde_json::Value = serde_json::from_slice(bytes)
                .map_err(|e| Error::InvalidRequest(format!("request body is not JSON: {e}")))?;
            let map = value.as_object_mut().ok_or_else(|| {
                Error::InvalidRequest("extra body fields need a JSON object body".into())
            })?;
            for (k, v) in &opts.body_fields {
                map.insert(k.clone(), v.clone());
            }
            Body::json(&value)
        }
        Body::None if !opts.body_fields.is_empty() => Body::json(&opts.body_fields),
        other => Ok(other.clone()),
    }
}

impl Client {
    /// Sends `spec`, retrying as configured. With `buffer`, a successful body
    /// is read (within the timeout and size limit) before returning.
    pub(crate) async fn send(
        &self,
        spec: &RequestSpec,
        call_opts: &RequestOptions,
        buffer: bool,
    ) -> Result<Success, Error> {
        let inner = &self.inner;
        let opts = inner.defaults.clone().merge(call_opts);
        opts.check()?;
        let url = build_url(&inner.base_url, spec, &opts)?;
        let body = merged_body(&spec.body, &opts)?;
        let timeout = opts.timeout.unwrap_or(crate::client::DEFAULT_TIMEOUT);
        let max_retries = if body.is_replayable() {
            opts.max_retries
                .unwrap_or(crate::client::DEFAULT_MAX_RETRIES)
        } else {
            0
        };

        let mut base_headers = inner.headers.clone();
        for (name, value) in &spec.headers {
            base_headers.insert(name.clone(), value.clone());
        }
        for (name, value) in &opts.headers {
            base_headers.insert(name.clone(), value.clone());
        }
        if let Ok(ua) = HeaderValue::from_str(&inner.user_agent) {
            base_headers.insert(http::header::USER_AGENT, ua);
        }
        if let Some(ct) = body.content_type()
            && !base_headers.contains_key(http::header::CONTENT_TYPE)
            && let Ok(v) = HeaderValue::from_str(ct)
        {
            base_headers.insert(http::header::CONTENT_TYPE, v);
        }
        if let Some(key) = &opts.idempotency_key {
            let v = HeaderValue::from_str(key)
                .map_err(|_| Error::InvalidRequest("invalid idempotency key".into()))?;
            base_headers.insert("idempotency-key", v);
        }

        let mut attempt = 0;
        loop {
            attempt += 1;
            let mut out = OutgoingRequest {
                method: spec.method.clone(),
                url: url.clone(),
                headers: base_headers.clone(),
                body: body.replay_bytes(),
                attempt,
                security: spec.security,
                sensitive_query: Arc::clone(&inner.sensitive_query),
            };
            inner.auth.authenticate(&mut out).await?;
            let retries_left = attempt <= max_retries;
            let started = Instant::now();
            tracing::trace!(
                method = %out.method,
                url = %RedactedUrl::new(&out.url, &out.sensitive_query),
                attempt,
                headers = %RedactedHeaders::new(&out.headers, &inner.sensitive),
                "sending request"
            );
            let wire_body = match (&body, out.body.take()) {
                (Body::Stream { body, .. }, _) => {
                    let taken = body.lock().ok().and_then(|mut b| b.take());
                    taken.ok_or_else(|| {
                        Error::InvalidRequest(
                            "a streaming request body can be sent only once".into(),
                        )
                    })?
                }
                (_, Some(bytes)) => reqwest::Body::from(bytes),
                (_, None) => reqwest::Body::from(Bytes::new()),
            };
            let request = inner
                .http
                .request(out.method.clone(), out.url.clone())
                .headers(out.headers)
                .body(wire_body);
            let outcome = tokio::time::timeout(timeout, async {
                let response = request.send().await?;
                if buffer && response.status().is_success() {
                    let meta = meta_of(&response);
                    let bytes = read_limited(response, inner.max_response_bytes).await?;
                    Ok::<_, Error>(Success::Buffered(meta, bytes))
                } else {
                    Ok(Success::Streaming(meta_of(&response), response, timeout))
                }
            })
            .await;
            let elapsed = started.elapsed();
            let error = match outcome {
                Err(_) => Error::Timeout { after: timeout },
                Ok(Err(e)) => e,
                Ok(Ok(success)) => {
                    let meta = match &success {
                        Success::Buffered(m, _) | Success::Streaming(m, _, _) => m,
                    };
                    tracing::debug!(
                        method = %spec.method,
                        url = %RedactedUrl::new(&url, &inner.sensitive_query),
                        status = meta.status.as_u16(),
                        attempt,
                        elapsed_ms = elapsed.as_millis() as u64,
                        "http attempt"
                    );
                    if meta.status.is_success() {
                        return Ok(success);
                    }
                    let Success::Streaming(meta, response, _) = success else {
                        unreachable!("only successful responses are buffered")
                    };
                    if retries_left && retry::should_retry(meta.status, &meta.headers) {
                        let wait = retry::delay(attempt - 1, Some(&meta.headers));
                        tokio::time::sleep(wait).await;
                        continue;
                    }
                    return Err(api_error(
                        meta.status,
                        meta.headers,
                        response,
                        timeout,
                        inner.error_parser,
                    )
                    .await);
                }
            };
            tracing::debug!(
                method = %spec.method,
                url = %RedactedUrl::new(&url, &inner.sensitive_query),
                attempt,
                elapsed_ms = elapsed.as_millis() as u64,
                error = %error,
                "http attempt failed"
            );
            let transient = matches!(error, Error::Timeout { .. } | Error::Connection { .. });
            if transient && retries_left {
                tokio::time::sleep(retry::delay(attempt - 1, None)).await;
                continue;
            }
            return Err(error);
        }
    }
}

pub(crate) fn meta_of(response: &reqwest::Response) -> ResponseMeta {
    ResponseMeta {
        status: response.status(),
        headers: response.headers().clone(),
    }
}

/// Reads a body, refusing more than `limit` bytes.
pub(crate) async fn read_limited(
    mut response: reqwest::Response,
    limit: usize,
) -> Result<Bytes, Error> {
    if response.content_length().is_some_and(|n| n > limit as u64) {
        return Err(Error::BodyTooLarge { limit });
    }
    // Most bodies arrive in one chunk: keep it without copying.
    let Some(first) = response.chunk().await? else {
        return Ok(Bytes::new());
    };
    if first.len() > limit {
        return Err(Error::BodyTooLarge { limit });
    }
    let Some(second) = response.chunk().await? else {
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
        next = response.chunk().await?;
    }
    Ok(buf.freeze())
}

async fn api_error(
    status: StatusCode,
    headers: HeaderMap,
    response: reqwest::Response,
    timeout: Duration,
    parse: ErrorParser,
) -> Error {
    // Error bodies are small; read at most 1 MiB, within the timeout.
    let body = tokio::time::timeout(timeout, read_limited(response, 1 << 20))
        .await
        .ok()
        .and_then(Result::ok)
        .unwrap_or_default();
    Error::Api(Box::new(ApiError::from_parts_with(
        status, headers, &body, parse,
    )))
}

impl From<reqwest::Error> for Error {
    fn from(e: reqwest::Error) -> Self {
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
