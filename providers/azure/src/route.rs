//! Deployment routing for Azure OpenAI's classic layout: the operations
//! Azure serves per deployment go to `/openai/deployments/{deployment}/…`,
//! the deployment being the client's own or else the request's `model`.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Deserialize;

use http::Uri;
use sdk_runtime::error::Error;
use sdk_runtime::uri;

/// Left as they are in a path segment (RFC 3986 unreserved).
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The operations Azure serves per deployment (as the official SDKs list
/// them), by their path below `/openai`.
pub const DEPLOYMENT_PATHS: &[&str] = &[
    "/completions",
    "/chat/completions",
    "/embeddings",
    "/audio/transcriptions",
    "/audio/translations",
    "/audio/speech",
    "/images/generations",
    "/images/edits",
];

/// The `model` of a request body: a JSON object's, or a multipart form's
/// `model` field, read whole (up to the next boundary, CR LF included).
pub fn model_of(body: &[u8], content_type: Option<&str>) -> Option<String> {
    let content_type = content_type.unwrap_or_default();
    if content_type.starts_with("multipart/form-data") {
        const FIELD: &[u8] = b"Content-Disposition: form-data; name=\"model\"\r\n\r\n";
        let boundary = content_type
            .split(';')
            .find_map(|p| p.trim().strip_prefix("boundary="))?
            .trim_matches('"');
        let start = memchr::memmem::find(body, FIELD)? + FIELD.len();
        let delimiter = format!("\r\n--{boundary}");
        let end = memchr::memmem::find(&body[start..], delimiter.as_bytes())? + start;
        return std::str::from_utf8(&body[start..end])
            .ok()
            .map(str::to_owned);
    }
    #[derive(Deserialize)]
    struct Model {
        model: Option<String>,
    }
    serde_json::from_slice::<Model>(body).ok()?.model
}

/// The path a request goes to: below `root` (the endpoint's `/openai`),
/// deployment operations move under `/deployments/{deployment}`.
pub fn route(
    path: &str,
    root: &str,
    deployment: Option<&str>,
    body: Option<&[u8]>,
    content_type: Option<&str>,
) -> Result<Option<String>, Error> {
    let Some(operation) = path.strip_prefix(root) else {
        return Ok(None);
    };
    if !DEPLOYMENT_PATHS.contains(&operation) {
        return Ok(None);
    }
    let deployment = match deployment {
        Some(d) => d.to_owned(),
        None => body
            .and_then(|b| model_of(b, content_type))
            .filter(|m| !m.is_empty())
            .ok_or_else(|| {
                Error::InvalidRequest(format!(
                    "Azure OpenAI: `{operation}` is served per deployment, and the request names no `model`; set a `model` or build the client with `deployment(..)`"
                ))
            })?,
    };
    // URL normalisation would collapse these segments and send the request
    // to another path than the deployment's.
    if deployment == "." || deployment == ".." {
        return Err(Error::InvalidRequest(format!(
            "Azure OpenAI: `{deployment}` can't be a deployment name (the URL would drop or climb the path segment); name the deployment"
        )));
    }
    Ok(Some(format!(
        "{root}/deployments/{}{operation}",
        utf8_percent_encode(&deployment, SEGMENT)
    )))
}

/// The Realtime socket in the classic layout: Azure names the deployment
/// in the query (`deployment=`) instead of the path, and takes no `model`.
pub fn route_realtime(url: &mut Uri, root: &str, deployment: Option<&str>) -> Result<(), Error> {
    if url.path().strip_prefix(root) != Some("/realtime") {
        return Ok(());
    }
    let model = uri::query_pairs(url)
        .find(|(k, _)| k == "model")
        .map(|(_, v)| v.into_owned());
    let deployment = deployment
        .map(str::to_owned)
        .or(model)
        .filter(|d| !d.is_empty())
        .ok_or_else(|| {
            Error::InvalidRequest(
                "Azure OpenAI: the Realtime API needs a deployment: pass a model or build the client with `deployment(..)`".to_owned(),
            )
        })?;
    set_query(url, &["model"], "deployment", &deployment)
}

/// Sets query parameter `name` to `value` (last), dropping any earlier
/// `name` and every parameter in `drop`.
pub(crate) fn set_query(
    url: &mut Uri,
    drop: &[&str],
    name: &str,
    value: &str,
) -> Result<(), Error> {
    let kept: Vec<(String, String)> = uri::query_pairs(url)
        .filter(|(k, _)| k != name && !drop.contains(&k.as_ref()))
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let pairs = kept.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    *url = uri::with_query(url, pairs.chain([(name, value)]))
        .map_err(|e| Error::InvalidRequest(format!("Azure OpenAI: {e}")))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_deployment_operations_only() {
        let json = br#"{"model":"gpt-4o mini","messages":[]}"#;
        assert_eq!(
            route(
                "/openai/chat/completions",
                "/openai",
                None,
                Some(json),
                Some("application/json")
            )
            .unwrap(),
            Some("/openai/deployments/gpt-4o%20mini/chat/completions".to_owned())
        );
        assert_eq!(
            route(
                "/openai/chat/completions",
                "/openai",
                Some("prod"),
                Some(json),
                None
            )
            .unwrap(),
            Some("/openai/deployments/prod/chat/completions".to_owned())
        );
        assert_eq!(
            route("/openai/files", "/openai", None, None, None).unwrap(),
            None
        );
        let err = route("/openai/embeddings", "/openai", None, Some(b"{}"), None).unwrap_err();
        assert!(err.to_string().contains("names no `model`"), "{err}");
    }

    #[test]
    fn names_the_realtime_deployment_in_the_query() {
        let mut url = Uri::from_static("https://r.example/openai/realtime?model=gpt-rt&x=1");
        route_realtime(&mut url, "/openai", None).unwrap();
        assert_eq!(url.query(), Some("x=1&deployment=gpt-rt"));
        let mut url = Uri::from_static("https://r.example/openai/realtime?model=gpt-rt");
        route_realtime(&mut url, "/openai", Some("prod")).unwrap();
        assert_eq!(url.query(), Some("deployment=prod"));
        let mut url = Uri::from_static("https://r.example/openai/realtime");
        let err = route_realtime(&mut url, "/openai", None).unwrap_err();
        assert!(err.to_string().contains("needs a deployment"), "{err}");
        let mut url = Uri::from_static("https://r.example/openai/responses");
        route_realtime(&mut url, "/openai", None).unwrap();
        assert_eq!(url.query(), None);
    }

    #[test]
    fn refuses_dot_segments_and_reads_a_multipart_model_whole() {
        for name in [".", ".."] {
            let json = format!(r#"{{"model":"{name}","messages":[]}}"#);
            let err = route(
                "/openai/chat/completions",
                "/openai",
                None,
                Some(json.as_bytes()),
                None,
            )
            .expect_err("refused");
            assert!(err.to_string().contains(&format!("`{name}`")), "{err}");
            let err = route(
                "/openai/chat/completions",
                "/openai",
                Some(name),
                None,
                None,
            )
            .expect_err("refused");
            assert!(err.to_string().contains("deployment name"), "{err}");
        }
        // `...` and a name with a dot are names like any other.
        assert!(
            route(
                "/openai/chat/completions",
                "/openai",
                Some("..."),
                None,
                None
            )
            .is_ok()
        );
        let form = b"--b\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\nwhisper-1\r\nevil\r\n--b--\r\n";
        let content_type = Some("multipart/form-data; boundary=b");
        assert_eq!(
            model_of(form, content_type),
            Some("whisper-1\r\nevil".into())
        );
        let routed = route(
            "/openai/audio/transcriptions",
            "/openai",
            None,
            Some(form),
            content_type,
        )
        .expect("routed")
        .expect("a deployment path");
        assert_eq!(
            routed,
            "/openai/deployments/whisper-1%0D%0Aevil/audio/transcriptions"
        );
    }

    #[test]
    fn reads_the_model_of_a_multipart_form() {
        let form =
            b"--b\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\nwhisper-1\r\n--b--\r\n";
        assert_eq!(
            model_of(form, Some("multipart/form-data; boundary=b")),
            Some("whisper-1".to_owned())
        );
    }
}
