//! Where Bedrock requests go: the region, the base URL (explicit, from
//! `AWS_BEDROCK_BASE_URL`, or derived), and the checks that keep signed
//! requests on that endpoint.

use http::Uri;

use sdk_runtime::env::Environment;
use sdk_runtime::error::Error;

/// Environment variable overriding the base URL.
pub const BASE_URL_ENV: &str = "AWS_BEDROCK_BASE_URL";

/// Which Bedrock endpoint family to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Endpoint {
    /// `https://bedrock-mantle.<region>.api.aws/openai/v1`, signed as
    /// `bedrock-mantle` (the default).
    #[default]
    Mantle,
    /// `https://bedrock-runtime.<region>.amazonaws.com/openai/v1`, signed as
    /// `bedrock`.
    Runtime,
}

impl Endpoint {
    /// The SigV4 service name.
    pub fn service(self) -> &'static str {
        match self {
            Self::Mantle => "bedrock-mantle",
            Self::Runtime => "bedrock",
        }
    }

    /// The base URL for a region.
    pub fn url(self, region: &str) -> String {
        match self {
            Self::Mantle => format!("https://bedrock-mantle.{region}.api.aws/openai/v1"),
            Self::Runtime => format!("https://bedrock-runtime.{region}.amazonaws.com/openai/v1"),
        }
    }
}

/// The region: the option, then `AWS_REGION`, then `AWS_DEFAULT_REGION`;
/// trimmed. An explicit empty region is an error.
pub fn resolve_region(explicit: Option<&str>, env: &Environment) -> Result<Option<String>, Error> {
    if let Some(r) = explicit {
        let r = r.trim();
        if r.is_empty() {
            return Err(Error::config(
                "Bedrock: `region` is empty; pass a region such as \"us-west-2\"",
            ));
        }
        return Ok(Some(r.to_owned()));
    }
    Ok(env
        .non_empty("AWS_REGION")
        .or_else(|| env.non_empty("AWS_DEFAULT_REGION"))
        .map(|r| r.trim().to_owned()))
}

/// Strips a trailing `/` and a trailing `/responses…` path, and checks the
/// URL is absolute http(s).
pub fn normalize_base_url(raw: &str) -> Result<String, Error> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Err(Error::config("Bedrock: `base_url` is empty"));
    }
    let url = sdk_runtime::uri::parse_http(trimmed).map_err(|e| {
        Error::config(format!(
            "Bedrock: invalid base URL `{trimmed}` (an http(s) URL with a host): {e}"
        ))
    })?;
    let mut path = url.path().trim_end_matches('/').to_owned();
    if let Some(i) = path.find("/responses")
        && path[i + "/responses".len()..]
            .chars()
            .next()
            .is_none_or(|c| c == '/')
    {
        path.truncate(i);
    }
    let path = if path.is_empty() { "/" } else { path.as_str() };
    let url = sdk_runtime::uri::with_path_and_query(&url, path, None)
        .map_err(|e| Error::config(format!("Bedrock: invalid base URL `{trimmed}`: {e}")))?;
    Ok(url.to_string().trim_end_matches('/').to_owned())
}

/// The region named by a `bedrock-mantle.<region>.api.aws` host.
pub fn mantle_host_region(host: &str) -> Option<&str> {
    host.strip_prefix("bedrock-mantle.")?
        .strip_suffix(".api.aws")
}

/// Refuses a request whose origin is not the endpoint's: credentials never
/// go to another host.
pub fn check_origin(request: &Uri, endpoint: &Uri) -> Result<(), Error> {
    sdk_runtime::auth::check_origin(request, endpoint, "Bedrock")
}

/// Refuses a mantle endpoint whose host names another region than the
/// signing region.
pub fn check_region(url: &Uri, region: &str) -> Result<(), Error> {
    if let Some(host_region) = url.host().and_then(mantle_host_region)
        && host_region != region
    {
        return Err(Error::auth(format!(
            "the endpoint host is in region `{host_region}` but requests are signed for `{region}`; set the same region for both"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalization() {
        for (raw, want) in [
            (
                "https://x.example/openai/v1/",
                "https://x.example/openai/v1",
            ),
            (
                "https://x.example/openai/v1/responses",
                "https://x.example/openai/v1",
            ),
            (
                "https://x.example/openai/v1/responses/abc/input_items",
                "https://x.example/openai/v1",
            ),
            (
                "http://127.0.0.1:9000/openai/v1",
                "http://127.0.0.1:9000/openai/v1",
            ),
            (
                "https://x.example/responsesfoo",
                "https://x.example/responsesfoo",
            ),
        ] {
            assert_eq!(normalize_base_url(raw).unwrap(), want, "{raw}");
        }
        assert!(normalize_base_url("  ").is_err());
        assert!(normalize_base_url("ftp://x").is_err());
    }

    #[test]
    fn region_precedence() {
        let env = Environment::from_map([
            ("AWS_REGION", " eu-west-1 "),
            ("AWS_DEFAULT_REGION", "us-east-2"),
        ]);
        assert_eq!(
            resolve_region(Some(" us-west-2 "), &env)
                .unwrap()
                .as_deref(),
            Some("us-west-2")
        );
        assert_eq!(
            resolve_region(None, &env).unwrap().as_deref(),
            Some("eu-west-1")
        );
        let env = Environment::from_map([("AWS_REGION", " "), ("AWS_DEFAULT_REGION", "us-east-2")]);
        assert_eq!(
            resolve_region(None, &env).unwrap().as_deref(),
            Some("us-east-2")
        );
        assert!(resolve_region(Some(""), &env).is_err());
    }
}
