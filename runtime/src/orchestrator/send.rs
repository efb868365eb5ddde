//! The send path, in four named phases:
//!
//! 1. **prepare** (once per call): the interceptors' `modify_before_serialization`,
//!    the URL, the body serialized (once, after those hooks: a typed body
//!    is still the request value they may change) with the call's extra
//!    fields, the headers, the timeout and how many retries the body
//!    allows;
//! 2. **attempt** (each try): wait for rate-limit capacity, the
//!    interceptors' `modify_before_attempt`, then the authenticator (last,
//!    so that a signature covers the request as sent), the transport within
//!    the timeout, `read_after_response`;
//! 3. **classify**: a success is done; an error status is read into its
//!    [`ApiError`] first, so that the retry policy sees its code; the
//!    policy decides between another attempt (after its delay) and the end;
//! 4. **finish**: a final error goes to the interceptors' `read_on_error`
//!    and the spans, then to the caller.

use bytes::Bytes;
use http::Uri;
use http::{HeaderMap, HeaderValue};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tracing::Instrument;

use super::body::merged_body;
use super::{Success, api_error, build_url, read_limited};
use crate::auth::OutgoingRequest;
use crate::client::Client;
use crate::error::Error;
use crate::interceptor::{ErrorContext, ResponseContext};
use crate::options::RequestOptions;
use crate::redact::{RedactedHeaders, RedactedUrl};
use crate::request::{Body, RequestSpec};
use crate::response::ResponseMeta;
use crate::retry::{Outcome, RetryPolicy};
use crate::transport::{HttpRequest, RequestBody};

/// What the prepare phase settles once for every attempt of a call.
struct Call {
    spec: RequestSpec,
    opts: RequestOptions,
    url: Uri,
    body: Body,
    headers: HeaderMap,
    timeout: Duration,
    max_retries: u32,
    buffer: bool,
}

/// What one attempt gave.
struct Sent {
    /// The URL as sent (after interceptors and the authenticator).
    url: Uri,
    started: Instant,
    span: tracing::Span,
    /// A response (an error status still unread), or why there is none.
    result: Result<Success, Error>,
}

/// What the classify phase decided.
enum Next {
    /// Send again after this delay.
    Retry(Duration),
    /// The call's answer.
    Done(Result<Success, Error>),
}

impl Client {
    /// Sends `spec`, retrying as configured. With `buffer`, a successful body
    /// is read (within the timeout and size limit) before returning.
    pub(crate) async fn send(
        &self,
        spec: RequestSpec,
        call_opts: &RequestOptions,
        buffer: bool,
        span: &tracing::Span,
    ) -> Result<Success, Error> {
        let call = self.prepare(spec, call_opts, buffer)?;
        crate::telemetry::record_request(span, &call.spec, &call.body);
        let policy: &dyn RetryPolicy = match &call.opts.retry_policy {
            Some(policy) => policy.as_ref(),
            None => &self.inner.retry,
        };
        let mut attempt = 0;
        loop {
            attempt += 1;
            let sent = match self.attempt(&call, attempt).await {
                Ok(sent) => sent,
                Err((error, url, started)) => {
                    return Err(self.finish(&call, attempt, &url, started, error, false));
                }
            };
            match self.classify(&call, policy, attempt, sent).await {
                Next::Retry(delay) => tokio::time::sleep(delay).await,
                Next::Done(result) => return result,
            }
        }
    }

    /// Phase 1: what every attempt shares.
    fn prepare(
        &self,
        mut spec: RequestSpec,
        call_opts: &RequestOptions,
        buffer: bool,
    ) -> Result<Call, Error> {
        let inner = &self.inner;
        let opts = inner.defaults.clone().merge(call_opts);
        opts.check()?;
        for interceptor in opts.interceptors.iter() {
            interceptor.modify_before_serialization(&mut spec)?;
        }
        let url = build_url(&inner.base_url, &spec, &opts)?;
        let body = merged_body(&spec.body, &opts)?;
        let max_retries = match body.is_replayable() {
            true => opts
                .max_retries
                .unwrap_or(crate::client::DEFAULT_MAX_RETRIES),
            false => 0,
        };
        let headers = self.headers(&spec, &opts, &body)?;
        Ok(Call {
            timeout: opts.timeout.unwrap_or(crate::client::DEFAULT_TIMEOUT),
            spec,
            opts,
            url,
            body,
            headers,
            max_retries,
            buffer,
        })
    }

    /// The headers of every attempt: the client's, the request's, the
    /// call's, the user agent, the body's content type, the idempotency key.
    fn headers(
        &self,
        spec: &RequestSpec,
        opts: &RequestOptions,
        body: &Body,
    ) -> Result<HeaderMap, Error> {
        let inner = &self.inner;
        let mut headers = inner.headers.clone();
        for (name, value) in spec.headers.iter().chain(&opts.headers) {
            headers.insert(name.clone(), value.clone());
        }
        if let Ok(ua) = HeaderValue::from_str(&inner.user_agent) {
            headers.insert(http::header::USER_AGENT, ua);
        }
        if let Some(ct) = body.content_type()
            && !headers.contains_key(http::header::CONTENT_TYPE)
            && let Ok(v) = HeaderValue::from_str(ct)
        {
            headers.insert(http::header::CONTENT_TYPE, v);
        }
        if let Some(key) = &opts.idempotency_key {
            let v = HeaderValue::from_str(key)
                .map_err(|_| Error::InvalidRequest("invalid idempotency key".into()))?;
            headers.insert("idempotency-key", v);
        }
        Ok(headers)
    }

    /// Phase 2: one attempt, from the capacity wait to the response's head
    /// (or its whole body, for a buffered success). An error here, before
    /// anything was sent, ends the call (with the URL as far as it got).
    async fn attempt(&self, call: &Call, attempt: u32) -> Result<Sent, (Error, Uri, Instant)> {
        let inner = &self.inner;
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
            method: call.spec.method.clone(),
            url: call.url.clone(),
            headers: call.headers.clone(),
            body: call.body.replay_bytes(),
            attempt,
            security: call.spec.security,
            sensitive_query: Arc::clone(&inner.sensitive_query),
            websocket: false,
            operation: call.spec.operation,
        };
        // Interceptors first, authentication last: a signature covers the
        // request exactly as it is sent.
        let prepared = async {
            for interceptor in call.opts.interceptors.iter() {
                interceptor.modify_before_attempt(&mut out)?;
            }
            inner.auth.authenticate(&mut out).await
        };
        if let Err(error) = prepared.await {
            return Err((error, out.url, started));
        }
        tracing::trace!(
            method = %out.method,
            url = %RedactedUrl::new(&out.url, &out.sensitive_query),
            attempt,
            headers = %RedactedHeaders::new(&out.headers, &inner.sensitive),
            "sending request"
        );
        let wire_body = match wire_body(&call.body, out.body.take()) {
            Ok(body) => body,
            Err(error) => return Err((error, out.url, started)),
        };
        let url = out.url.clone();
        let request = HttpRequest::new(out.method, out.url, out.headers, wire_body);
        // The call's span (when the call made one) counts the retries.
        tracing::Span::current().record("sdk.retries", attempt - 1);
        let span = crate::telemetry::attempt_span(attempt);
        let result = tokio::time::timeout(
            call.timeout,
            self.exchange(call, request, &url, attempt, started),
        )
        .instrument(span.clone())
        .await
        .unwrap_or(Err(Error::Timeout {
            after: call.timeout,
        }));
        Ok(Sent {
            url,
            started,
            span,
            result,
        })
    }

    /// The transport's round trip: the response's head, seen by the
    /// capacity tracker and the interceptors, and a successful body read
    /// whole when the call buffers.
    async fn exchange(
        &self,
        call: &Call,
        request: HttpRequest,
        url: &Uri,
        attempt: u32,
        started: Instant,
    ) -> Result<Success, Error> {
        let inner = &self.inner;
        let response = inner.transport.send(request).await?;
        let meta = ResponseMeta {
            status: response.status,
            headers: response.headers,
        };
        if let Some(capacity) = &inner.capacity {
            capacity.observe(&meta.headers);
        }
        let context = ResponseContext {
            operation: call.spec.operation,
            method: &call.spec.method,
            url,
            sensitive_query: &inner.sensitive_query,
            status: meta.status,
            headers: &meta.headers,
            attempt,
            elapsed: started.elapsed(),
        };
        for interceptor in call.opts.interceptors.iter() {
            interceptor.read_after_response(&context);
        }
        if call.buffer && meta.status.is_success() {
            let bytes = read_limited(response.body, inner.max_response_bytes).await?;
            Ok(Success::Buffered(meta, bytes))
        } else {
            Ok(Success::Streaming(meta, response.body, call.timeout))
        }
    }

    /// Phase 3: done, or another attempt. An error status is read into its
    /// `ApiError` first, so that the policy sees its code (and the
    /// connection is free for the retry).
    async fn classify(
        &self,
        call: &Call,
        policy: &dyn RetryPolicy,
        attempt: u32,
        sent: Sent,
    ) -> Next {
        let inner = &self.inner;
        let retries_left = attempt <= call.max_retries;
        let elapsed = sent.started.elapsed();
        let error = match sent.result {
            Ok(success) => {
                let meta = match &success {
                    Success::Buffered(m, _) | Success::Streaming(m, _, _) => m,
                };
                sent.span
                    .record("http.response.status_code", meta.status.as_u16());
                tracing::debug!(
                    method = %call.spec.method,
                    url = %RedactedUrl::new(&sent.url, &inner.sensitive_query),
                    status = meta.status.as_u16(),
                    attempt,
                    elapsed_ms = elapsed.as_millis() as u64,
                    "http attempt"
                );
                let (meta, response) = match success {
                    Success::Streaming(meta, response, _) if !meta.status.is_success() => {
                        (meta, response)
                    }
                    success => return Next::Done(Ok(success)),
                };
                let mut api = api_error(
                    meta.status,
                    meta.headers,
                    response,
                    call.timeout,
                    inner.error_parser,
                )
                .await;
                api.operation = call.spec.operation;
                let outcome = Outcome::Response {
                    status: api.status,
                    headers: &api.headers,
                    error: api.error.as_ref(),
                };
                if retries_left && policy.should_retry(outcome) {
                    return Next::Retry(policy.delay(attempt - 1, outcome));
                }
                let error = Error::Api(api);
                return Next::Done(Err(self.finish(
                    call,
                    attempt,
                    &sent.url,
                    sent.started,
                    error,
                    false,
                )));
            }
            Err(error) => error,
        };
        crate::telemetry::record_error(&sent.span, &error);
        tracing::debug!(
            method = %call.spec.method,
            url = %RedactedUrl::new(&sent.url, &inner.sensitive_query),
            attempt,
            elapsed_ms = elapsed.as_millis() as u64,
            error = %error,
            "http attempt failed"
        );
        let retry = retries_left && policy.should_retry(Outcome::Error(&error));
        let delay = retry.then(|| policy.delay(attempt - 1, Outcome::Error(&error)));
        let error = self.finish(call, attempt, &sent.url, sent.started, error, retry);
        match delay {
            Some(delay) => Next::Retry(delay),
            None => Next::Done(Err(error)),
        }
    }

    /// Phase 4: the interceptors see an attempt's error (final, or about to
    /// be retried); the error goes on to the caller.
    fn finish(
        &self,
        call: &Call,
        attempt: u32,
        url: &Uri,
        started: Instant,
        error: Error,
        will_retry: bool,
    ) -> Error {
        let context = ErrorContext {
            operation: call.spec.operation,
            method: &call.spec.method,
            url,
            sensitive_query: &self.inner.sensitive_query,
            error: &error,
            attempt,
            elapsed: started.elapsed(),
            will_retry,
        };
        for interceptor in call.opts.interceptors.iter() {
            interceptor.read_on_error(&context);
        }
        error
    }
}

/// The body as the transport takes it: the attempt's bytes, or the
/// streaming body (which can go out once).
fn wire_body(body: &Body, bytes: Option<Bytes>) -> Result<RequestBody, Error> {
    Ok(match (body, bytes) {
        (Body::Stream { body, .. }, _) => {
            let taken = body.lock().ok().and_then(|mut b| b.take());
            RequestBody::Stream(taken.ok_or_else(|| {
                Error::InvalidRequest("a streaming request body can be sent only once".into())
            })?)
        }
        (_, Some(bytes)) => RequestBody::Bytes(bytes),
        (_, None) => RequestBody::Bytes(Bytes::new()),
    })
}
