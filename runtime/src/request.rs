//! What generated code asks the runtime to send: a method, a path built from
//! a template, a query, headers and a body.

use http::{HeaderMap, HeaderName, HeaderValue, Method};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;

pub use crate::body::{Body, TypedBody};
use crate::error::Error;
use crate::query::{ArrayFormat, Query};

/// Characters left as they are in a path segment (RFC 3986 unreserved).
const PATH_SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Fills `{name}` placeholders of a path template with percent-encoded
/// values. An empty value is refused: it would silently address another
/// resource.
pub fn path(template: &str, params: &[(&str, &str)]) -> Result<String, Error> {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}').ok_or_else(|| {
            Error::InvalidRequest(format!("unclosed `{{` in path template `{template}`"))
        })?;
        let name = &after[..close];
        let value = params
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| *v)
            .ok_or_else(|| {
                Error::InvalidRequest(format!("no value for path parameter `{name}`"))
            })?;
        if value.is_empty() {
            return Err(Error::InvalidRequest(format!(
                "path parameter `{name}` must not be empty"
            )));
        }
        out.extend(utf8_percent_encode(value, PATH_SEGMENT));
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// A request as generated code describes it, before the client adds its
/// base URL, defaults, options and authentication.
#[derive(Debug, Clone)]
pub struct RequestSpec {
    /// The HTTP method.
    pub method: Method,
    /// The path below the base URL, already percent-encoded (see [`path`]).
    pub path: String,
    /// The query.
    pub query: Query,
    /// Operation-specific headers.
    pub headers: HeaderMap,
    /// The body.
    pub body: Body,
    /// The operation's security requirement when it differs from the
    /// API's default (`Some(&[])`: anonymous); `None` uses the default.
    pub security: Option<crate::auth::security::Security>,
    /// Which operation of the API this is (its spans and hooks name it);
    /// `None` for a request the API description does not have.
    pub operation: Option<Operation>,
}

/// An operation of the API: its id in the API description, the resource
/// of the client that calls it (`chat.completions`), and the OpenTelemetry
/// GenAI operation name when it is one (`chat`, `embeddings`, ...), which
/// gives its span the `gen_ai.*` attributes. Hooks, API and decoding
/// errors, and spans name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operation {
    /// The `operationId`.
    pub id: &'static str,
    /// The resource, as the client's path to it (`chat.completions` for
    /// `client.chat().completions()`).
    pub resource: Option<&'static str>,
    /// The GenAI operation name.
    pub gen_ai: Option<&'static str>,
}

impl Operation {
    /// The operation `id`.
    pub const fn new(id: &'static str) -> Self {
        Self {
            id,
            resource: None,
            gen_ai: None,
        }
    }

    /// In the resource `path` (`chat.completions`).
    pub const fn in_resource(self, path: &'static str) -> Self {
        Self {
            resource: Some(path),
            ..self
        }
    }

    /// With a GenAI operation name.
    pub const fn gen_ai(self, name: &'static str) -> Self {
        Self {
            gen_ai: Some(name),
            ..self
        }
    }
}

impl RequestSpec {
    /// A request with no query, headers or body.
    pub fn new(method: Method, path: impl Into<String>) -> Self {
        Self {
            method,
            path: path.into(),
            query: Query::new(),
            headers: HeaderMap::new(),
            body: Body::None,
            security: None,
            operation: None,
        }
    }

    /// Names the operation.
    pub fn with_operation(mut self, operation: Operation) -> Self {
        self.operation = Some(operation);
        self
    }

    /// Sets the operation's security requirement.
    pub fn with_security(mut self, security: crate::auth::security::Security) -> Self {
        self.security = Some(security);
        self
    }

    /// Sets the body.
    pub fn with_body(mut self, body: Body) -> Self {
        self.body = body;
        self
    }

    /// The typed body, when it is a `T`: the request value a generated
    /// method was given (`CreateChatCompletionRequest`, say), for an
    /// interceptor's `modify_before_serialization` to read.
    pub fn body_as<T: 'static>(&self) -> Option<&T> {
        match &self.body {
            Body::Typed(t) => t.get(),
            _ => None,
        }
    }

    /// The typed body, to change, when it is a `T`; the send path
    /// serializes it after the interceptors.
    pub fn body_as_mut<T: 'static>(&mut self) -> Option<&mut T> {
        match &mut self.body {
            Body::Typed(t) => t.get_mut(),
            _ => None,
        }
    }

    /// Appends a query value in the bracket array style.
    pub fn query<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> &mut Self {
        self.query.push(key, value, ArrayFormat::Brackets);
        self
    }

    /// Sets a header from a serializable value; values that are not valid
    /// header text are refused when the request is sent.
    pub fn header<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) -> &mut Self {
        // Header arrays use the `simple` style: comma-separated values.
        let text = serde_json::to_value(value).ok().and_then(|v| match v {
            serde_json::Value::Array(items) => {
                let parts: Vec<String> =
                    items.iter().filter_map(crate::query::scalar_text).collect();
                (!parts.is_empty()).then(|| parts.join(","))
            }
            other => crate::query::scalar_text(&other),
        });
        if let Some(text) = text
            && let (Ok(n), Ok(v)) = (
                HeaderName::from_bytes(name.as_bytes()),
                HeaderValue::from_str(&text),
            )
        {
            self.headers.insert(n, v);
        }
        self
    }

    /// Sets the `Accept` header.
    pub fn accept(mut self, value: &'static str) -> Self {
        self.headers
            .insert(http::header::ACCEPT, HeaderValue::from_static(value));
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_encodes_and_refuses_empty() {
        assert_eq!(
            path("/files/{file_id}/content", &[("file_id", "a/b c")]).unwrap(),
            "/files/a%2Fb%20c/content"
        );
        let err = path("/files/{file_id}", &[("file_id", "")]).unwrap_err();
        assert!(err.to_string().contains("`file_id` must not be empty"));
    }
}
