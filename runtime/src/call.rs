//! A prepared call: what generated methods return. Await it to send it, or
//! adjust it first with per-request options.

use bytes::Bytes;
use serde::de::DeserializeOwned;
use std::fmt;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::time::Duration;

use crate::client::Client;
use crate::error::Error;
use crate::options::RequestOptions;
use crate::orchestrator::Success;
use crate::request::RequestSpec;
use crate::response::{ApiResponse, ByteStream, ResponseMeta};

/// Turns a buffered body into `T`.
pub type BufferedDecoder<T> = fn(&ResponseMeta, Bytes) -> Result<T, Error>;
/// Turns a still-streaming response body into `T` (given the idle timeout).
pub type StreamingDecoder<T> = fn(ByteStream, Duration) -> T;

pub(crate) enum Decode<T> {
    Buffered(BufferedDecoder<T>),
    Streaming(StreamingDecoder<T>),
}

impl<T> Clone for Decode<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Decode<T> {}

/// A request ready to send. `.await` sends it; the builder methods adjust
/// it for this call only.
///
/// ```no_run
/// # async fn f(call: sdk_runtime::Call<serde_json::Value>) -> Result<(), sdk_runtime::Error> {
/// use std::time::Duration;
/// let response = call.timeout(Duration::from_secs(20)).max_retries(5).await?;
/// println!("{:?} {:?}", response.status(), response.request_id());
/// # Ok(()) }
/// ```
#[must_use = "a call does nothing until it is awaited"]
pub struct Call<T> {
    pub(crate) client: Client,
    pub(crate) spec: Result<RequestSpec, Error>,
    pub(crate) options: RequestOptions,
    pub(crate) decode: Decode<T>,
}

impl<T> fmt::Debug for Call<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call")
            .field("spec", &self.spec)
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

fn decode_json<T: DeserializeOwned>(_: &ResponseMeta, body: Bytes) -> Result<T, Error> {
    crate::de::json(&body)
}

fn decode_bytes(_: &ResponseMeta, body: Bytes) -> Result<Bytes, Error> {
    Ok(body)
}

fn decode_unit(_: &ResponseMeta, _: Bytes) -> Result<(), Error> {
    Ok(())
}

fn decode_text(_: &ResponseMeta, body: Bytes) -> Result<String, Error> {
    String::from_utf8(body.to_vec()).map_err(|e| {
        Error::Stream(format!(
            "the response body is not UTF-8 text (invalid at byte {})",
            e.utf8_error().valid_up_to()
        ))
    })
}

fn byte_stream(body: ByteStream, idle: Duration) -> ByteStream {
    use futures_util::StreamExt;
    let stream = futures_util::stream::unfold(Some(body), move |state| async move {
        let mut body = state?;
        match tokio::time::timeout(idle, body.chunk()).await {
            Err(_) => Some((Err(Error::Timeout { after: idle }), None)),
            Ok(Some(Err(e))) => Some((Err(e), None)),
            Ok(None) => None,
            Ok(Some(Ok(chunk))) => Some((Ok(chunk), Some(body))),
        }
    });
    ByteStream::from_stream(stream.boxed())
}

impl<T: Send + 'static> Call<T> {
    /// A call with a custom decoder of the buffered body.
    pub fn buffered(
        client: &Client,
        spec: Result<RequestSpec, Error>,
        decode: BufferedDecoder<T>,
    ) -> Self {
        Self {
            client: client.clone(),
            spec,
            options: RequestOptions::new(),
            decode: Decode::Buffered(decode),
        }
    }

    /// A call whose response is consumed as a stream.
    pub fn streaming(
        client: &Client,
        spec: Result<RequestSpec, Error>,
        decode: StreamingDecoder<T>,
    ) -> Self {
        Self {
            client: client.clone(),
            spec,
            options: RequestOptions::new(),
            decode: Decode::Streaming(decode),
        }
    }

    /// The same request, answered with the body as text whatever the
    /// operation declares (for example a transcription asked for as `srt`).
    pub fn into_text(self) -> Call<String> {
        Call {
            client: self.client,
            spec: self.spec,
            options: self.options,
            decode: Decode::Buffered(decode_text),
        }
    }

    /// Layers `options` over the call's options.
    pub fn options(mut self, options: &RequestOptions) -> Self {
        self.options = self.options.merge(options);
        self
    }
    /// Adds a header.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.options = self.options.header(name, value);
        self
    }
    /// Adds a query parameter.
    pub fn query(mut self, key: &str, value: &str) -> Self {
        self.options = self.options.query(key, value);
        self
    }
    /// Adds a top-level JSON body field (for fields the types lack yet).
    pub fn body_field(mut self, key: &str, value: impl Into<serde_json::Value>) -> Self {
        self.options = self.options.body_field(key, value);
        self
    }
    /// The timeout of each attempt.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options = self.options.timeout(timeout);
        self
    }
    /// The number of retries.
    pub fn max_retries(mut self, n: u32) -> Self {
        self.options = self.options.max_retries(n);
        self
    }
    /// Adds an interceptor for this call (after the client's).
    pub fn interceptor(mut self, interceptor: impl crate::interceptor::Interceptor) -> Self {
        self.options = self.options.interceptor(interceptor);
        self
    }
    /// The retry policy of this call.
    pub fn retry_policy(mut self, policy: impl crate::retry::RetryPolicy) -> Self {
        self.options = self.options.retry_policy(policy);
        self
    }
    /// The `Idempotency-Key` header, the same on every attempt.
    pub fn idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.options = self.options.idempotency_key(key);
        self
    }

    /// Sends the call and decodes the response, in a span of its own
    /// (see the runtime's `telemetry` notes: OpenTelemetry attribute names,
    /// no secret).
    pub async fn send(self) -> Result<ApiResponse<T>, Error> {
        use tracing::Instrument;
        let spec = self.spec?;
        let span = crate::telemetry::call_span(&spec, self.client.inner.base_url.host());
        let gen_ai = spec.operation.is_some_and(|o| o.gen_ai.is_some());
        let result = Self::send_spec(self.client, self.options, self.decode, spec, &span, gen_ai)
            .instrument(span.clone())
            .await;
        if let Err(error) = &result {
            crate::telemetry::record_error(&span, error);
        }
        result
    }

    async fn send_spec(
        client: Client,
        options: RequestOptions,
        decode: Decode<T>,
        spec: RequestSpec,
        span: &tracing::Span,
        gen_ai: bool,
    ) -> Result<ApiResponse<T>, Error> {
        let buffer = matches!(decode, Decode::Buffered(_));
        // A decoding error names the operation, as the API errors of the
        // send path do.
        let operation = spec.operation;
        let decoded = |error: Error| error.for_operation(operation);
        match (client.send(spec, &options, buffer, span).await?, decode) {
            (Success::Buffered(meta, body), Decode::Buffered(decode)) => {
                crate::telemetry::record_answer(span, &meta, Some(&body), gen_ai);
                let value = decode(&meta, body).map_err(decoded)?;
                Ok(ApiResponse::new(meta, value))
            }
            (Success::Streaming(meta, response, idle), Decode::Streaming(decode)) => {
                crate::telemetry::record_answer(span, &meta, None, gen_ai);
                Ok(ApiResponse::new(meta, decode(response, idle)))
            }
            (Success::Streaming(meta, response, _), Decode::Buffered(decode)) => {
                let body =
                    crate::orchestrator::read_limited(response, client.inner.max_response_bytes)
                        .await?;
                crate::telemetry::record_answer(span, &meta, Some(&body), gen_ai);
                let value = decode(&meta, body).map_err(decoded)?;
                Ok(ApiResponse::new(meta, value))
            }
            (Success::Buffered(meta, _), Decode::Streaming(_)) => Err(Error::Stream(format!(
                "response with status {} was buffered unexpectedly",
                meta.status
            ))),
        }
    }

    fn retarget<U: Send + 'static>(self, decode: Decode<U>) -> Call<U> {
        Call {
            client: self.client,
            spec: self.spec,
            options: self.options,
            decode,
        }
    }

    /// Sends the call and returns the raw body bytes, undecoded.
    pub async fn raw(self) -> Result<ApiResponse<Bytes>, Error> {
        self.retarget(Decode::Buffered(decode_bytes)).send().await
    }

    /// Sends the call and decodes the body into any type (for fields the
    /// generated types do not have yet, use `serde_json::Value`).
    pub async fn json<U: DeserializeOwned + Send + 'static>(self) -> Result<ApiResponse<U>, Error> {
        self.retarget(Decode::Buffered(decode_json::<U>))
            .send()
            .await
    }

    /// Sends the call and streams the body without buffering it.
    pub async fn bytes_stream(self) -> Result<ApiResponse<ByteStream>, Error> {
        self.retarget(Decode::Streaming(byte_stream)).send().await
    }
}

impl<T: DeserializeOwned + Send + 'static> Call<T> {
    /// A call whose JSON body decodes into `T`.
    pub fn json_call(client: &Client, spec: Result<RequestSpec, Error>) -> Self {
        Self::buffered(client, spec, decode_json::<T>)
    }
}

impl<T: Send + 'static> Call<crate::sse::EventStream<T>> {
    /// The same streamed call with each event decoded as `U`, the caller's
    /// own type (a server's extra fields typed, a lighter chunk), where
    /// [`Call::json`] is the same for a buffered answer.
    pub fn stream_as<U: DeserializeOwned + Send + 'static>(
        self,
    ) -> Call<crate::sse::EventStream<U>> {
        self.retarget(Decode::Streaming(
            crate::sse::EventStream::<U>::from_response,
        ))
    }
}

impl Call<Bytes> {
    /// A call whose body is returned as bytes (binary endpoints).
    pub fn bytes_call(client: &Client, spec: Result<RequestSpec, Error>) -> Self {
        Self::buffered(client, spec, decode_bytes)
    }
}

impl Call<()> {
    /// A call whose body is ignored.
    pub fn unit_call(client: &Client, spec: Result<RequestSpec, Error>) -> Self {
        Self::buffered(client, spec, decode_unit)
    }
}

impl<T: Send + 'static> IntoFuture for Call<T> {
    type Output = Result<ApiResponse<T>, Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

impl Client {
    /// A call to any endpoint, typed or not (for endpoints the spec does not
    /// have yet): `client.request(RequestSpec::new(Method::POST, "/new").with_body(Body::json(&body)?))`.
    pub fn request<T: DeserializeOwned + Send + 'static>(&self, spec: RequestSpec) -> Call<T> {
        Call::json_call(self, Ok(spec))
    }
}
