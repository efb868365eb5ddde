//! A transport over a `reqwest::Client` the user configured (feature
//! `reqwest`): a response from another origin than the request's is
//! refused, and reqwest's errors are mapped to the runtime's.

use futures_util::StreamExt;
use std::fmt;
use std::time::Duration;

use super::{HttpRequest, HttpResponse, HttpTransport, RequestBody};
use crate::auth::BoxFuture;
use crate::error::Error;
use crate::response::ByteStream;
use crate::uri::Origin;

/// Sends requests with a `reqwest::Client` the user configured (proxy,
/// root certificates, client certificates).
///
/// A client you configure yourself keeps its own redirect policy; build it
/// with `redirect(reqwest::redirect::Policy::none())` so that no header
/// travels to another origin. Whatever the policy, a response that arrives
/// from another origin than the request's is refused.
#[derive(Clone)]
pub struct ReqwestTransport {
    client: reqwest::Client,
}

impl ReqwestTransport {
    /// A transport over `client`.
    pub fn new(client: reqwest::Client) -> Self {
        Self { client }
    }
}

impl fmt::Debug for ReqwestTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ReqwestTransport")
    }
}

impl HttpTransport for ReqwestTransport {
    fn send(&self, request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, Error>> {
        Box::pin(async move {
            let origin = Origin::of(&request.url);
            let body = match request.body {
                RequestBody::Bytes(bytes) => reqwest::Body::from(bytes),
                RequestBody::Stream(stream) => reqwest::Body::wrap_stream(stream),
            };
            let response = self
                .client
                .request(request.method, request.url.to_string())
                .headers(request.headers)
                .body(body)
                .send()
                .await
                .map_err(from_reqwest)?;
            let arrived = response.url().as_str().parse::<http::Uri>().ok();
            if arrived.as_ref().map(Origin::of) != Some(origin) {
                return Err(Error::Connection {
                    message: "the HTTP client followed a redirect to another origin; \
                              build it with `redirect(reqwest::redirect::Policy::none())`"
                        .into(),
                    source: None,
                });
            }
            let status = response.status();
            let headers = response.headers().clone();
            let length = response.content_length();
            let body = response.bytes_stream().map(|r| r.map_err(from_reqwest));
            Ok(HttpResponse::new(
                status,
                headers,
                ByteStream::from_stream(body).with_content_length(length),
            ))
        })
    }
}

/// A reqwest error as the runtime's: a timeout, or a connection error whose
/// text names no URL.
pub(crate) fn from_reqwest(e: reqwest::Error) -> Error {
    {
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
        } else if e.is_redirect() {
            "too many redirects".to_owned()
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
