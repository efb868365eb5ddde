//! The orchestrator: one request from the spec a generated method built to
//! the typed answer. Interceptors adjust it, the authenticator signs each
//! attempt, the transport sends it within the timeout, the retry policy
//! classifies the outcome and picks the delay.

use bytes::{Bytes, BytesMut};
use http::{HeaderMap, HeaderValue, StatusCode};
use std::borrow::Cow;
use std::sync::Arc;
use std::time::{Duration, Instant};
use url::Url;

use crate::auth::OutgoingRequest;
use crate::client::Client;
use crate::error::{ApiError, Error, ErrorParser};
use crate::interceptor::{ErrorContext, ResponseContext};
use crate::options::RequestOptions;
use crate::redact::{RedactedHeaders, RedactedUrl};
use crate::request::{Body, RequestSpec};
use crate::response::{ByteStream, ResponseMeta};
use crate::retry::{Outcome, RetryPolicy};
use crate::transport::{HttpRequest, RequestBody};
use tracing::Instrument;

/// A successful response: either buffered, or still streaming.
pub(crate) enum Success {
    Buffered(ResponseMeta, Bytes),
    Streaming(ResponseMeta, ByteStream, Duration),
}

/// The base URL with `path` below it.
pub(crate) fn join_path(base: &Url, path: &str) -> Result<Url, Error> {
    let mut raw = String::with_capacity(base.as_str().len() + path.len());
    raw.push_str(base.as_str().trim_end_matches('/'));
    if !path.starts_with('/') {
        raw.push('/');
    }
    raw.push_str(path);
    Url::parse(&raw).map_err(|e| Error::InvalidRequest(format!("invalid request URL `{raw}`: {e}")))
}

/// Joins the base URL, the path and the query.
pub(crate) fn build_url(
    base: &Url,
    spec: &RequestSpec,
    opts: &RequestOptions,
) -> Result<Url, Error> {
    let mut url = join_path(base, &spec.path)?;
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
        let interceptors = &opts.interceptors;
        let mut spec = Cow::Borrowed(spec);
        for interceptor in interceptors.iter() {
            interceptor.modify_before_serialization(spec.to_mut())?;
        }
        let spec = spec.as_ref();
        let url = build_url(&inner.base_url, spec, &opts)?;
        let body = merged_body(&spec.body, &opts)?;
        let timeout = opts.timeout.unwrap_or(crate::client::DEFAULT_TIMEOUT);
        let max_retries = if body.is_replayable() {
            opts.max_retries
                .unwrap_or(crate::client::DEFAULT_MAX_RETRIES)
        } else {
            0
        };
        let policy: &dyn RetryPolicy = match &opts.retry_policy {
            Some(policy) => policy.as_ref(),
            None => &inner.retry,
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
            let retries_left = attempt <= max_retries;
            // A client that waits for capacity holds the request while the
            // last response said none is left.
            if let Some(wait) = inner.capacity.as_ref().and_then(|c| c.wait()) {
                tracing::debug!(
                    wait_ms = wait.as_millis() as u64,
                    "waiting for rate-limit capacity"
                );
                tokio::time::sleep(wait).await;
            }
            let started = Instant::now();
            let mut out = OutgoingRequest {
                method: spec.method.clone(),
                url: url.clone(),
                headers: base_headers.clone(),
                body: body.replay_bytes(),
                attempt,
                security: spec.security,
                sensitive_query: Arc::clone(&inner.sensitive_query),
                websocket: false,
            };
            let on_error = |error: &Error, url: &Url, will_retry: bool| {
                let context = ErrorContext {
                    method: &spec.method,
                    url,
                    sensitive_query: &inner.sensitive_query,
                    error,
                    attempt,
                    elapsed: started.elapsed(),
                    will_retry,
                };
                for interceptor in interceptors.iter() {
                    interceptor.read_on_error(&context);
                }
            };
            // Interceptors first, authentication last: a signature covers
            // the request exactly as it is sent.
            let prepared = async {
                for interceptor in interceptors.iter() {
                    interceptor.modify_before_attempt(&mut out)?;
                }
                inner.auth.authenticate(&mut out).await
            };
            if let Err(error) = prepared.await {
                on_error(&error, &out.url, false);
                return Err(error);
            }
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
                    RequestBody::Stream(taken.ok_or_else(|| {
                        Error::InvalidRequest(
                            "a streaming request body can be sent only once".into(),
                        )
                    })?)
                }
                (_, Some(bytes)) => RequestBody::Bytes(bytes),
                (_, None) => RequestBody::Bytes(Bytes::new()),
            };
            let sent_url = out.url.clone();
            let request = HttpRequest::new(out.method, out.url, out.headers, wire_body);
            // The call's span (when the call made one) counts the retries.
            tracing::Span::current().record("sdk.retries", attempt - 1);
            let attempt_span = crate::telemetry::attempt_span(attempt);
            let outcome = tokio::time::timeout(timeout, async {
                let response = inner.transport.send(request).await?;
                let meta = ResponseMeta {
                    status: response.status,
                    headers: response.headers,
                };
                if let Some(capacity) = &inner.capacity {
                    capacity.observe(&meta.headers);
                }
                let context = ResponseContext {
                    method: &spec.method,
                    url: &sent_url,
                    sensitive_query: &inner.sensitive_query,
                    status: meta.status,
                    headers: &meta.headers,
                    attempt,
                    elapsed: started.elapsed(),
                };
                for interceptor in interceptors.iter() {
                    interceptor.read_after_response(&context);
                }
                if buffer && meta.status.is_success() {
                    let bytes = read_limited(response.body, inner.max_response_bytes).await?;
                    Ok::<_, Error>(Success::Buffered(meta, bytes))
                } else {
                    Ok(Success::Streaming(meta, response.body, timeout))
                }
            })
            .instrument(attempt_span.clone())
            .await;
            let elapsed = started.elapsed();
            let error = match outcome {
                Err(_) => Error::Timeout { after: timeout },
                Ok(Err(e)) => e,
                Ok(Ok(success)) => {
                    let meta = match &success {
                        Success::Buffered(m, _) | Success::Streaming(m, _, _) => m,
                    };
                    attempt_span.record("http.response.status_code", meta.status.as_u16());
                    tracing::debug!(
                        method = %spec.method,
                        url = %RedactedUrl::new(&sent_url, &inner.sensitive_query),
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
                    // The error is read first, so that the policy sees its
                    // code (and the connection is free for the retry).
                    let api = api_error(
                        meta.status,
                        meta.headers,
                        response,
                        timeout,
                        inner.error_parser,
                    )
                    .await;
                    let outcome = Outcome::Response {
                        status: api.status,
                        headers: &api.headers,
                        error: api.error.as_ref(),
                    };
                    if retries_left && policy.should_retry(outcome) {
                        tokio::time::sleep(policy.delay(attempt - 1, outcome)).await;
                        continue;
                    }
                    let error = Error::Api(api);
                    on_error(&error, &sent_url, false);
                    return Err(error);
                }
            };
            crate::telemetry::record_error(&attempt_span, &error);
            tracing::debug!(
                method = %spec.method,
                url = %RedactedUrl::new(&sent_url, &inner.sensitive_query),
                attempt,
                elapsed_ms = elapsed.as_millis() as u64,
                error = %error,
                "http attempt failed"
            );
            let retry = retries_left && policy.should_retry(Outcome::Error(&error));
            on_error(&error, &sent_url, retry);
            if retry {
                tokio::time::sleep(policy.delay(attempt - 1, Outcome::Error(&error))).await;
                continue;
            }
            return Err(error);
        }
    }
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
