//! Secrets never reach logs, `Debug` output or error messages: requests are
//! made with tracing at TRACE level and everything observable is scanned.

use mock_http::{MockServer, Recorded, Reply};
use sdk_runtime::{Client, Environment, Method, RequestOptions, RequestSpec};
use serde_json::Value;
use std::io::Write;
use std::sync::{Arc, Mutex};

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("lock").extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Capture {
    type Writer = Capture;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

const SECRET: &str = "sk-live-0123456789abcdefSECRET";

#[tokio::test]
async fn no_secret_in_logs_debug_or_errors() {
    let capture = Capture::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(capture.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let server = MockServer::start(|r: &Recorded| match r.index {
        0 => Reply::json(500, r#"{"error":{"message":"retry me"}}"#)
            .with_header("retry-after-ms", "1"),
        1 => Reply::json(200, "{}"),
        _ => Reply::json(401, r#"{"error":{"message":"Incorrect API key provided"}}"#),
    })
    .await;
    let builder = Client::builder(server.url())
        .environment(Environment::empty())
        .api_key(SECRET)
        .default_header("api-key", SECRET)
        .organization("org-visible");
    let builder_debug = format!("{builder:?}");
    let client = builder.build().expect("client");
    let options = RequestOptions::new().header("x-api-key", SECRET);
    let ok: sdk_runtime::ApiResponse<Value> = client
        .request(RequestSpec::new(Method::POST, "/a"))
        .options(&options)
        .await
        .expect("retried");
    let err = client
        .request::<Value>(RequestSpec::new(Method::GET, "/b"))
        .await
        .unwrap_err();

    // The secret did reach the server (the test would be vacuous otherwise).
    assert_eq!(
        server.requests()[0].header("authorization"),
        Some(format!("Bearer {SECRET}").as_str())
    );

    let logs = String::from_utf8(capture.0.lock().expect("lock").clone()).expect("utf8");
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
