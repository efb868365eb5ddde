//! Which header values are secrets, and a `Debug` view of headers that
//! hides them.

use http::{HeaderMap, HeaderName};
use std::fmt;

/// Headers that always carry secrets.
pub const ALWAYS_SENSITIVE: &[&str] = &[
    "authorization",
    "proxy-authorization",
    "api-key",
    "x-api-key",
    "x-amz-security-token",
    "cookie",
    "set-cookie",
];

/// True when `name` is in the built-in list or in `extra`.
pub fn is_sensitive(name: &HeaderName, extra: &[HeaderName]) -> bool {
    ALWAYS_SENSITIVE.contains(&name.as_str()) || extra.contains(name)
}

/// Formats headers with sensitive values replaced by `[redacted]`.
pub struct RedactedHeaders<'a> {
    headers: &'a HeaderMap,
    extra: &'a [HeaderName],
}

impl<'a> RedactedHeaders<'a> {
    /// A view of `headers`; `extra` names more sensitive headers.
    pub fn new(headers: &'a HeaderMap, extra: &'a [HeaderName]) -> Self {
        Self { headers, extra }
    }
}

impl fmt::Debug for RedactedHeaders<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_map();
        for (name, value) in self.headers {
            if is_sensitive(name, self.extra) || value.is_sensitive() {
                map.entry(&name.as_str(), &"[redacted]");
            } else {
                map.entry(&name.as_str(), &String::from_utf8_lossy(value.as_bytes()));
            }
        }
        map.finish()
    }
}

impl fmt::Display for RedactedHeaders<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}
