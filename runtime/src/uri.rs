//! URLs as [`http::Uri`]: a base URL checked once, a path joined below it,
//! query pairs read and appended in `application/x-www-form-urlencoded`
//! form, and origins compared. The runtime and its providers need no more
//! than this, so they do without the `url` crate, whose IDNA tables cost
//! about a quarter of the CPU time of building the HTTP stack (see
//! BENCHMARKS.md).

use http::Uri;
use http::uri::{Parts, PathAndQuery, Scheme};
use std::borrow::Cow;
use std::fmt;

/// Parses an absolute `http` or `https` URL with a host, as a base URL or
/// an endpoint; the error says what is wrong with it.
pub fn parse_http(raw: &str) -> Result<Uri, String> {
    let uri: Uri = raw.parse().map_err(|e| format!("{e}"))?;
    match uri.scheme_str() {
        Some("http" | "https") => {}
        Some(other) => return Err(format!("the scheme `{other}` is not http or https")),
        None => return Err("it is not an absolute URL".into()),
    }
    if uri.host().is_none_or(str::is_empty) {
        return Err("it has no host".into());
    }
    Ok(uri)
}

/// `uri` with its path replaced by `path` (which starts with `/`) and its
/// query by `query`.
pub fn with_path_and_query(uri: &Uri, path: &str, query: Option<&str>) -> Result<Uri, String> {
    let raw = match query {
        Some(q) => format!("{path}?{q}"),
        None => path.to_owned(),
    };
    let path_and_query = PathAndQuery::try_from(raw.as_str())
        .map_err(|e| format!("invalid path or query `{raw}`: {e}"))?;
    let mut parts = Parts::from(uri.clone());
    parts.path_and_query = Some(path_and_query);
    Uri::from_parts(parts).map_err(|e| e.to_string())
}

/// `uri` with its path replaced by `path`, the query kept.
pub fn with_path(uri: &Uri, path: &str) -> Result<Uri, String> {
    with_path_and_query(uri, path, uri.query())
}

/// `uri` with `pairs` appended to its query, each encoded.
pub fn with_query_pairs<'a>(
    uri: &Uri,
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Result<Uri, String> {
    let added = form_encode(pairs);
    match uri.query().filter(|q| !q.is_empty()) {
        Some(query) if !added.is_empty() => {
            with_path_and_query(uri, uri.path(), Some(&format!("{query}&{added}")))
        }
        Some(query) => with_path_and_query(uri, uri.path(), Some(query)),
        None => with_query_text(uri, &added),
    }
}

/// `uri` with its query replaced by `pairs` (none: no query).
pub fn with_query<'a>(
    uri: &Uri,
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Result<Uri, String> {
    with_query_text(uri, &form_encode(pairs))
}

/// `uri` with the encoded query `query` (empty: no query).
fn with_query_text(uri: &Uri, query: &str) -> Result<Uri, String> {
    with_path_and_query(uri, uri.path(), Some(query).filter(|q| !q.is_empty()))
}

/// The query's pairs, decoded (`+` is a space).
pub fn query_pairs(uri: &Uri) -> impl Iterator<Item = (Cow<'_, str>, Cow<'_, str>)> {
    uri.query()
        .unwrap_or("")
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(name), decode(value))
        })
}

/// Appends `name=value` to a form-encoded string (`&` between pairs).
pub fn append_pair(out: &mut String, name: &str, value: &str) {
    if !out.is_empty() {
        out.push('&');
    }
    encode_into(out, name);
    out.push('=');
    encode_into(out, value);
}

/// `pairs` as an `application/x-www-form-urlencoded` body.
pub fn form_encode<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut out = String::new();
    for (name, value) in pairs {
        append_pair(&mut out, name, value);
    }
    out
}

/// Form encoding: letters, digits and `*-._` stay, a space is `+`, any
/// other byte is `%XX`.
fn encode_into(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in text.as_bytes() {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'*' | b'-' | b'.' | b'_' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                out.push(HEX[usize::from(b >> 4)] as char);
                out.push(HEX[usize::from(b & 15)] as char);
            }
        }
    }
}

fn decode(text: &str) -> Cow<'_, str> {
    if !text.contains(['+', '%']) {
        return Cow::Borrowed(text);
    }
    let spaced = text.replace('+', " ");
    Cow::Owned(
        percent_encoding::percent_decode_str(&spaced)
            .decode_utf8_lossy()
            .into_owned(),
    )
}

/// A URL's origin: scheme, host (lower case) and port (the scheme's default
/// when none is written).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Origin {
    scheme: String,
    host: String,
    port: Option<u16>,
}

impl Origin {
    /// The origin of `uri`.
    pub fn of(uri: &Uri) -> Self {
        let scheme = uri.scheme_str().unwrap_or("").to_ascii_lowercase();
        Self {
            port: uri.port_u16().or_else(|| default_port(&scheme)),
            host: uri.host().unwrap_or("").to_ascii_lowercase(),
            scheme,
        }
    }
}

/// The port a scheme implies when a URL writes none.
fn default_port(scheme: &str) -> Option<u16> {
    match scheme {
        "http" | "ws" => Some(80),
        "https" | "wss" => Some(443),
        _ => None,
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}://{}", self.scheme, self.host)?;
        match self.port {
            Some(port) if Some(port) != default_port(&self.scheme) => write!(f, ":{port}"),
            _ => Ok(()),
        }
    }
}

impl fmt::Debug for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// `location` (a redirect's target) resolved against `base`: an absolute
/// URL, a path from the root, or a path relative to `base`'s directory.
pub fn resolve(base: &Uri, location: &str) -> Result<Uri, String> {
    if location.contains("://") {
        return parse_http(location);
    }
    if let Some(rest) = location.strip_prefix("//") {
        let scheme = base.scheme_str().unwrap_or("https");
        return parse_http(&format!("{scheme}://{rest}"));
    }
    let (path, query) = location.split_once('?').unwrap_or((location, ""));
    let path = if path.starts_with('/') {
        path.to_owned()
    } else {
        let dir = base.path().rsplit_once('/').map_or("", |(dir, _)| dir);
        format!("{dir}/{path}")
    };
    let query = (!query.is_empty()).then_some(query);
    with_path_and_query(base, &path, query)
}

/// `uri` with another scheme (`ws` for `http`, say).
pub fn with_scheme(uri: &Uri, scheme: &str) -> Result<Uri, String> {
    let mut parts = Parts::from(uri.clone());
    parts.scheme = Some(Scheme::try_from(scheme).map_err(|e| e.to_string())?);
    if parts.path_and_query.is_none() {
        parts.path_and_query = Some(PathAndQuery::from_static("/"));
    }
    Uri::from_parts(parts).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_are_form_encoded_and_read_back() {
        let uri = parse_http("https://x.test/v1/a?limit=2").unwrap();
        let uri = with_query_pairs(&uri, [("q", "a b&c=d/é"), ("after", "x+y")]).unwrap();
        assert_eq!(
            uri.to_string(),
            "https://x.test/v1/a?limit=2&q=a+b%26c%3Dd%2F%C3%A9&after=x%2By"
        );
        let pairs: Vec<_> = query_pairs(&uri)
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("limit".to_owned(), "2".to_owned()),
                ("q".to_owned(), "a b&c=d/é".to_owned()),
                ("after".to_owned(), "x+y".to_owned()),
            ]
        );
    }

    #[test]
    fn base_urls_must_be_absolute_http() {
        assert!(parse_http("https://api.example.com/v1").is_ok());
        assert!(parse_http("ftp://x.test").unwrap_err().contains("ftp"));
        assert!(parse_http("/v1").unwrap_err().contains("absolute"));
        assert!(parse_http("https://exa mple.com").is_err());
    }

    #[test]
    fn origins_compare_scheme_host_and_port() {
        let a = parse_http("https://X.test/a").unwrap();
        let b = parse_http("https://x.test:443/b?c=d").unwrap();
        let c = parse_http("http://x.test/a").unwrap();
        assert_eq!(Origin::of(&a), Origin::of(&b));
        assert_ne!(Origin::of(&a), Origin::of(&c));
        assert_eq!(Origin::of(&b).to_string(), "https://x.test");
        let d = parse_http("http://127.0.0.1:8080/").unwrap();
        assert_eq!(Origin::of(&d).to_string(), "http://127.0.0.1:8080");
    }

    #[test]
    fn redirect_targets_resolve_against_the_request() {
        let base = parse_http("https://x.test/v1/files/a?x=1").unwrap();
        assert_eq!(
            resolve(&base, "b").unwrap().to_string(),
            "https://x.test/v1/files/b"
        );
        assert_eq!(
            resolve(&base, "/c?d=e").unwrap().to_string(),
            "https://x.test/c?d=e"
        );
        assert_eq!(
            resolve(&base, "https://y.test/z").unwrap().to_string(),
            "https://y.test/z"
        );
        assert_eq!(
            resolve(&base, "//y.test/z").unwrap().to_string(),
            "https://y.test/z"
        );
    }
}
