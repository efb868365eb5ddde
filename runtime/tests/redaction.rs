//! Secrets never reach logs, `Debug` output or error messages: requests are
//! made with tracing at TRACE level and everything observable is scanned.
//! The only test of this binary: it reads the process-wide log capture.

use mock_http::logs::LogCapture;
use mock_http::{MockServer, Recorded, Reply};
use sdk_runtime::auth::scheme::ApiKeyLocation;
use sdk_runtime::auth::security::{Credential, SchemeKind, SchemeSpec, SecurityConfig};
use sdk_runtime::{Client, Environment, Method, RequestOptions, RequestSpec};
use serde_json::Value;

/// A bearer scheme, and an API key in the query that an operation uses.
const SCHEMES: &[SchemeSpec] = &[
    SchemeSpec {
        name: "Token",
        kind: SchemeKind::Bearer,
        option: "token",
        env: &[],
    },
    SchemeSpec {
        name: "QueryKey",
        kind: SchemeKind::ApiKey {
            location: ApiKeyLocation::Query,
            name: "museum_key",
        },
        option: "query_key",
        env: &[],
    },
];

const SECRET: &str = "sk-live-0123456789abcdefSECRET";

#[tokio::test]
async fn no_secret_in_logs_debug_or_errors() {
    let capture = LogCapture::global();

    let server = MockServer::start(|r: &Recorded| match r.index {
        0 => Reply::json(500, r#"{"error":{"message":"retry me"}}"#)
            .with_header("retry-after-ms", "1"),
        1 => Reply::json(200, "{}"),
        _ => Reply::json(401, r#"{"error":{"message":"Incorrect API key provided"}}"#),
    })
    .await;
    let builder = Client::builder(server.url())
        .environment(Environment::empty())
        .security(SecurityConfig::new(SCHEMES, &[&["Token"], &["QueryKey"]]))
        .credential("Token", Credential::Secret(SECRET.into()))
        .credential("QueryKey", Credential::Secret(SECRET.into()))
        .default_header("api-key", SECRET)
        .header_option("X-Org", "organization", Some("org-visible".into()), None)
        .header_option("X-Api-Key", "partner_key", Some(SECRET.into()), None);
    let builder_debug = format!("{builder:?}");
    assert!(builder_debug.contains("org-visible"), "{builder_debug}");
    let client = builder.build().expect("client");
    let options = RequestOptions::new().header("x-api-key", SECRET);
    let ok: sdk_runtime::ApiResponse<Value> = client
        .request(RequestSpec::new(Method::POST, "/a"))
        .options(&options)
        .await
        .expect("retried");
    // An operation that takes the key in the query: the URL carries it.
    let err = client
        .request::<Value>(RequestSpec::new(Method::GET, "/b").with_security(&[&["QueryKey"]]))
        .await
        .unwrap_err();
    let query = &server.requests()[2].query();
    assert!(
        query.contains(&("museum_key".into(), SECRET.into())),
        "{query:?}"
    );
    // A connection error on such a URL names no key either.
    let unreachable = Client::builder("http://127.0.0.1:1")
        .security(SecurityConfig::new(SCHEMES, &[&["QueryKey"]]))
        .credential("QueryKey", Credential::Secret(SECRET.into()))
        .max_retries(0)
        .build()
        .expect("client");
    let refused = unreachable
        .request::<Value>(RequestSpec::new(Method::GET, "/c"))
        .await
        .unwrap_err();
    assert!(refused.is_connection(), "{refused:?}");

    // The secret did reach the server (the test would be vacuous otherwise).
    assert_eq!(
        server.requests()[0].header("authorization"),
        Some(format!("Bearer {SECRET}").as_str())
    );

    let logs = capture.text();
    assert!(logs.contains("http attempt"), "logging is on: {logs}");
    assert!(
        logs.contains("[redacted]"),
        "headers are logged, redacted: {logs}"
    );
    let observed = [
        logs,
        builder_debug,
        format!("{client:?}"),
        format!("{:?}", client.with_options(options)),
        format!("{ok:?}"),
        format!("{err}"),
        format!("{err:?}"),
        format!("{refused}"),
        format!("{refused:?}"),
        format!("{:?}", std::error::Error::source(&refused)),
        format!("{:?}", sdk_runtime::SecretString::new(SECRET)),
    ];
    for (i, text) in observed.iter().enumerate() {
        assert!(
            !text.contains(SECRET),
            "secret leaked in observation {i}: {text}"
        );
        assert!(
            !text.contains("0123456789abcdef"),
            "part of the secret leaked in observation {i}"
        );
    }
}
