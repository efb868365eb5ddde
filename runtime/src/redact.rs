//! Which header values and query parameters are secrets, and views of
//! headers and URLs that hide them.

use http::Uri;
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

/// Query parameters that always carry secrets.
pub const ALWAYS_SENSITIVE_QUERY: &[&str] = &[
    "api_key",
    "api-key",
    "apikey",
    "key",
    "access_token",
    "token",
    "client_secret",
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

/// A URL with the values of sensitive query parameters replaced by
/// `[redacted]` (for logs and `Debug`).
pub struct RedactedUrl<'a> {
    url: &'a Uri,
    extra: &'a [String],
}

impl<'a> RedactedUrl<'a> {
    /// A view of `url`; `extra` names more sensitive query parameters.
    pub fn new(url: &'a Uri, extra: &'a [String]) -> Self {
        Self { url, extra }
    }
}

impl fmt::Display for RedactedUrl<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sensitive = |k: &str| {
            ALWAYS_SENSITIVE_QUERY
                .iter()
                .any(|s| s.eq_ignore_ascii_case(k))
                || self.extra.iter().any(|s| s == k)
        };
        let pairs = || crate::uri::query_pairs(self.url);
        if !pairs().any(|(k, _)| sensitive(&k)) {
            return write!(f, "{}", self.url);
        }
        let shown: Vec<(String, String)> = pairs()
            .map(|(k, v)| {
                let v = if sensitive(&k) {
                    "[redacted]".into()
                } else {
                    v.into_owned()
                };
                (k.into_owned(), v)
            })
            .collect();
        match crate::uri::with_query(
            self.url,
            shown.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        ) {
            Ok(url) => write!(f, "{url}"),
            // Not reachable for a valid URL; show nothing of the query then.
            Err(_) => write!(f, "{}", self.url.path()),
        }
    }
}

impl fmt::Debug for RedactedUrl<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_secrets_are_redacted() {
        let url = Uri::from_static("https://x.test/a?limit=2&museum_key=s3cret&api_key=k2");
        let extra = ["museum_key".to_owned()];
        let shown = RedactedUrl::new(&url, &extra).to_string();
        assert_eq!(
            shown,
            "https://x.test/a?limit=2&museum_key=%5Bredacted%5D&api_key=%5Bredacted%5D"
        );
        let plain = Uri::from_static("https://x.test/a?limit=2");
        assert_eq!(
            RedactedUrl::new(&plain, &extra).to_string(),
            plain.to_string()
        );
    }
}
