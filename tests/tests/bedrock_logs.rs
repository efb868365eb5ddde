//! No Bedrock secret (bearer token, AWS secret key, session token, request
//! signature) reaches the logs, `Debug` output or errors. A test binary of
//! its own: it reads the process-wide log capture.

use mock_http::logs::LogCapture;
use mock_http::{MockServer, Recorded, Reply};
use openai_client::Client;

mod support;
use support::{local, request};

#[tokio::test]
async fn no_bedrock_secret_reaches_logs_debug_or_errors() {
    let capture = LogCapture::global();
    let server = MockServer::start(|r: &Recorded| match r.index % 2 {
        0 => Reply::json(500, "{}").with_header("retry-after-ms", "1"),
        _ => Reply::json(403, r#"{"error":{"message":"denied"}}"#),
    })
    .await;
    let bearer = "bedrock-bearer-SECRET-1";
    let secret_key = "aws-secret-key-SECRET-2";
    let session = "aws-session-token-SECRET-3";
    let mut observed = Vec::new();
    for builder in [
        local(&server).bearer_token(bearer),
        local(&server).aws_credentials("AKIDLOG", secret_key, Some(session.into())),
    ] {
        observed.push(format!("{builder:?}"));
        let provider = builder.build().await.expect("provider");
        observed.push(format!("{provider:?}"));
        let client = Client::builder()
            .provider(provider)
            .build()
            .expect("client");
        observed.push(format!("{client:?}"));
        let err = client.responses().create(&request()).await.unwrap_err();
        observed.push(format!("{err}"));
        observed.push(format!("{err:?}"));
    }
    // The signatures that went on the wire are secrets too.
    let signatures: Vec<String> = server
        .requests()
        .iter()
        .filter_map(|r| r.header("authorization"))
        .filter_map(|a| a.split("Signature=").nth(1).map(str::to_owned))
        .collect();
    assert!(!signatures.is_empty());
    observed.push(capture.text());
    assert!(
        observed
            .last()
            .is_some_and(|logs| logs.contains("x-amz-security-token")),
        "headers were logged"
    );
    for text in &observed {
        for secret in [bearer, secret_key, session]
            .iter()
            .map(|s| s.to_string())
            .chain(signatures.iter().cloned())
        {
            assert!(!text.contains(&secret), "secret leaked: {secret} in {text}");
        }
    }
}
