//! The generated OpenAI client routed to Amazon Bedrock, end to end against
//! a local server that checks what it receives: bearer tokens, SigV4 over
//! the exact bytes sent, re-signing on retry, no redirects, no streaming
//! bodies, and no secret in logs.

use aws_credential_types::Credentials;
use aws_credential_types::provider::{ProvideCredentials, future};
use futures_util::StreamExt;
use mock_http::{MockServer, Recorded, Reply};
use openai_client::providers::bedrock::sigv4::{Signing, sign_request};
use openai_client::providers::bedrock::{Bedrock, BedrockBuilder};
use openai_client::{Client, types};
use sdk_runtime::{Body, Environment, Method, RequestSpec};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

const RESPONSE: &str = r#"{"id":"resp_1","object":"response","created_at":1,"status":"completed","model":"openai.gpt-oss-120b","output":[],"parallel_tool_calls":true,"tool_choice":"auto","tools":[],"error":null,"incomplete_details":null,"instructions":null,"metadata":null,"temperature":null,"top_p":null}"#;

mod support;
use support::{local, request};

async fn client(provider: BedrockBuilder) -> Client {
    Client::builder()
        .provider(provider.build().await.expect("provider"))
        .build()
        .expect("client")
}

#[tokio::test]
async fn bearer_token_reaches_the_mantle_path() {
    let server = MockServer::start(|_: &Recorded| Reply::json(200, RESPONSE)).await;
    let client = client(local(&server).bearer_token("bedrock-api-key")).await;
    let response = client
        .responses()
        .create(&request())
        .await
        .expect("created");
    assert_eq!(response.id, "resp_1");
    let r = &server.requests()[0];
    assert_eq!(r.path(), "/openai/v1/responses");
    assert_eq!(r.header("authorization"), Some("Bearer bedrock-api-key"));
    assert_eq!(r.header("x-amz-date"), None);
}

#[tokio::test]
async fn env_bearer_token_is_read_on_every_attempt() {
    let server = MockServer::start(|_: &Recorded| Reply::json(200, RESPONSE)).await;
    let token = Arc::new(Mutex::new("first-token".to_owned()));
    let source = Arc::clone(&token);
    let env = Environment::from_fn(move |name| {
        (name == "AWS_BEARER_TOKEN_BEDROCK").then(|| source.lock().expect("lock").clone())
    });
    let provider = Bedrock::builder()
        .region("us-east-1")
        .environment(env)
        .base_url(format!("{}/openai/v1", server.url()));
    let client = client(provider).await;
    client.responses().create(&request()).await.expect("first");
    *token.lock().expect("lock") = "rotated-token".to_owned();
    client.responses().create(&request()).await.expect("second");
    let got: Vec<_> = server
        .requests()
        .iter()
        .map(|r| r.header("authorization").map(str::to_owned))
        .collect();
    assert_eq!(
        got,
        [
            Some("Bearer first-token".into()),
            Some("Bearer rotated-token".into())
        ]
    );
}

/// A provider that counts its calls and hands out short-lived credentials,
/// so every attempt refreshes them.
#[derive(Debug, Default)]
struct ShortLived {
    calls: AtomicUsize,
}

impl ProvideCredentials for ShortLived {
    fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        let n = self.calls.fetch_add(1, Ordering::SeqCst);
        let expiry = SystemTime::now() + Duration::from_secs(60);
        future::ProvideCredentials::ready(Ok(Credentials::new(
            format!("AKIDSHORT{n}"),
            "short-secret-value",
            Some(format!("session-token-{n}")),
            Some(expiry),
            "short-lived",
        )))
    }
}

/// Checks a received request's signature by signing it again.
fn verify_signature(r: &Recorded, base: &str, secret: &str, session: &str, region: &str) {
    let auth = r.header("authorization").expect("authorization");
    let access_key = auth
        .split("Credential=")
        .nth(1)
        .and_then(|s| s.split('/').next())
        .expect("credential scope");
    let date = r.header("x-amz-date").expect("x-amz-date");
    let time = parse_amz_date(date);
    let signed_names: Vec<&str> = auth
        .split("SignedHeaders=")
        .nth(1)
        .and_then(|s| s.split(',').next())
        .expect("signed headers")
        .split(';')
        .collect();
    let mut headers = http::HeaderMap::new();
    for name in &signed_names {
        if matches!(
            *name,
            "host" | "x-amz-date" | "x-amz-content-sha256" | "x-amz-security-token"
        ) {
            continue;
        }
        let value = r
            .header(name)
            .unwrap_or_else(|| panic!("signed header {name} was not received"));
        headers.insert(
            http::HeaderName::from_bytes(name.as_bytes()).expect("name"),
            value.parse().expect("value"),
        );
    }
    let url: http::Uri = format!("{base}{}", r.target).parse().expect("url");
    let session = (!session.is_empty()).then(|| session.to_owned());
    let creds = Credentials::new(access_key, secret, session, None, "verify");
    let signing = Signing {
        credentials: &creds,
        region,
        service: "bedrock-mantle",
        time,
    };
    let again = sign_request(
        &r.method.parse().expect("method"),
        &url,
        &headers,
        &r.body,
        &signing,
    )
    .expect("sign");
    let expected = again
        .iter()
        .find(|(n, _)| n == "authorization")
        .expect("auth")
        .1
        .to_str()
        .expect("text")
        .to_owned();
    assert_eq!(
        auth, expected,
        "the signature covers exactly the received request"
    );
    let body_hash: String = {
        use sha2::Digest;
        sha2::Sha256::digest(&r.body)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    };
    assert_eq!(
        r.header("x-amz-content-sha256"),
        Some(body_hash.as_str()),
        "the received body is the signed body"
    );
}

fn parse_amz_date(d: &str) -> SystemTime {
    let n = |a: usize, b: usize| d[a..b].parse::<u64>().expect("digits");
    let (y, m, day, hh, mm, ss) = (n(0, 4), n(4, 6), n(6, 8), n(9, 11), n(11, 13), n(13, 15));
    let y2 = if m <= 2 { y - 1 } else { y };
    let era = y2 / 400;
    let yoe = y2 - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    UNIX_EPOCH + Duration::from_secs(days * 86_400 + hh * 3600 + mm * 60 + ss)
}

#[tokio::test]
async fn sigv4_signs_every_attempt_with_fresh_time_and_credentials() {
    let server = MockServer::start(|r: &Recorded| match r.index {
        0 => Reply::json(500, r#"{"error":{"message":"transient"}}"#)
            .with_header("retry-after-ms", "1"),
        _ => Reply::json(200, RESPONSE),
    })
    .await;
    let provider = Arc::new(ShortLived::default());
    let tick = Arc::new(AtomicU64::new(0));
    let clock_tick = Arc::clone(&tick);
    let start = UNIX_EPOCH + Duration::from_secs(1_767_225_600);
    let builder = local(&server)
        .credentials_provider(SharedProvider(Arc::clone(&provider)))
        .signing_clock(move || {
            start + Duration::from_secs(clock_tick.fetch_add(7, Ordering::SeqCst))
        });
    // The local endpoint is not a mantle host, so any region signs.
    let client = client(builder).await;
    let response = client
        .responses()
        .create(&request())
        .await
        .expect("second attempt");
    assert_eq!(response.id, "resp_1");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(
        provider.calls.load(Ordering::SeqCst),
        2,
        "one credential fetch per attempt"
    );
    let dates: Vec<_> = requests
        .iter()
        .map(|r| r.header("x-amz-date").map(str::to_owned))
        .collect();
    assert_ne!(dates[0], dates[1], "each attempt has its own signing time");
    for (i, r) in requests.iter().enumerate() {
        let auth = r.header("authorization").expect("signed");
        assert!(
            auth.starts_with(&format!("AWS4-HMAC-SHA256 Credential=AKIDSHORT{i}/")),
            "{auth}"
        );
        assert!(
            auth.contains("/us-east-1/bedrock-mantle/aws4_request"),
            "{auth}"
        );
        assert_eq!(
            r.header("x-amz-security-token"),
            Some(format!("session-token-{i}").as_str())
        );
        verify_signature(
            r,
            &server.url(),
            "short-secret-value",
            &format!("session-token-{i}"),
            "us-east-1",
        );
    }
}

/// Shares one counting provider with the builder.
#[derive(Debug)]
struct SharedProvider(Arc<ShortLived>);
impl ProvideCredentials for SharedProvider {
    fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        self.0.provide_credentials()
    }
}

#[tokio::test]
async fn sigv4_streams_and_query_strings_work_through_the_generated_client() {
    let server = MockServer::start(|r: &Recorded| match r.path() {
        "/openai/v1/responses" => Reply::sse(&[
            b"event: response.created\ndata: {\"type\":\"response.created\",\"sequence_number\":0,\"response\":",
            RESPONSE.as_bytes(),
            b"}\n\ndata: [DONE]\n\n",
        ]),
        _ => Reply::json(200, r#"{"object":"list","data":[],"first_id":"msg_1","last_id":"msg_1","has_more":false}"#),
    })
    .await;
    let client = client(local(&server).aws_credentials("AKIDSTATIC", "static-secret", None)).await;
    let mut events = client
        .responses()
        .create_stream(&request())
        .await
        .expect("stream")
        .into_inner();
    let first = events.next().await.expect("one event").expect("decoded");
    assert!(
        matches!(first, types::ResponseStreamEvent::ResponseCreated(_)),
        "{first:?}"
    );
    assert!(events.next().await.is_none());
    let stream_request = &server.requests()[0];
    assert_eq!(stream_request.header("accept"), Some("text/event-stream"));
    let sent: serde_json::Value = serde_json::from_slice(&stream_request.body).expect("json");
    assert_eq!(sent["stream"], true);
    verify_signature(
        stream_request,
        &server.url(),
        "static-secret",
        "",
        "us-east-1",
    );

    let params = types::ListInputItemsParams::default()
        .include(vec![
            types::IncludeEnum::from("message.input_image.image_url"),
            types::IncludeEnum::from("file_search_call.results"),
        ])
        .limit(5);
    client
        .responses()
        .input_items()
        .list("resp_1", &params)
        .await
        .expect("listed");
    let list_request = &server.requests()[1];
    assert!(
        list_request.target.contains("include%5B%5D=")
            || list_request.target.contains("include[]="),
        "{}",
        list_request.target
    );
    verify_signature(
        list_request,
        &server.url(),
        "static-secret",
        "",
        "us-east-1",
    );
}

#[tokio::test]
async fn redirects_are_not_followed_and_the_other_port_sees_no_credential() {
    let other = MockServer::start(|_: &Recorded| Reply::json(200, RESPONSE)).await;
    let target = format!("{}/openai/v1/responses", other.url());
    let server = MockServer::start(move |_: &Recorded| Reply::Full {
        status: 307,
        headers: vec![("location".into(), target.clone())],
        body: Vec::new(),
    })
    .await;
    for builder in [
        local(&server).bearer_token("redirect-secret"),
        local(&server).aws_credentials("AKIDR", "redirect-secret", None),
    ] {
        let client = client(builder).await;
        let err = client.responses().create(&request()).await.unwrap_err();
        assert_eq!(err.status().map(|s| s.as_u16()), Some(307), "{err}");
    }
    assert!(
        other.requests().is_empty(),
        "the redirect target was never contacted"
    );
}

#[tokio::test]
async fn one_shot_streaming_bodies_are_refused_before_any_attempt() {
    let server = MockServer::start(|_: &Recorded| Reply::json(200, "{}")).await;
    let client = client(local(&server).aws_credentials("AKIDS", "stream-secret", None)).await;
    let body = Body::stream(
        sdk_runtime::ByteStream::from_bytes(b"audio bytes".to_vec()),
        "application/octet-stream",
    );
    let spec = RequestSpec::new(Method::POST, "/audio/transcriptions").with_body(body);
    let err = client
        .runtime()
        .request::<serde_json::Value>(spec)
        .await
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("streaming request body cannot be signed"),
        "{err}"
    );
    assert!(server.requests().is_empty(), "zero network attempts");
}

/// Adds a tracing header on every attempt, after the request is final.
#[derive(Debug)]
struct TraceHeader;

impl sdk_runtime::interceptor::Interceptor for TraceHeader {
    fn modify_before_attempt(
        &self,
        request: &mut sdk_runtime::auth::OutgoingRequest,
    ) -> Result<(), sdk_runtime::Error> {
        let value = format!("trace-{}", request.attempt());
        request
            .headers_mut()
            .insert("x-trace-id", value.parse().expect("header"));
        Ok(())
    }
}

#[tokio::test]
async fn a_header_added_by_an_interceptor_is_covered_by_the_signature() {
    let server = MockServer::start(|r: &Recorded| match r.index {
        0 => Reply::json(503, r#"{"error":{"message":"busy"}}"#).with_header("retry-after-ms", "1"),
        _ => Reply::json(200, RESPONSE),
    })
    .await;
    let provider = local(&server)
        .aws_credentials("AKIDTRACE", "trace-secret", None)
        .build()
        .await
        .expect("provider");
    let client = Client::builder()
        .provider(provider)
        .interceptor(TraceHeader)
        .build()
        .expect("client");
    client
        .responses()
        .create(&request())
        .await
        .expect("second attempt");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    for (i, r) in requests.iter().enumerate() {
        let expected = format!("trace-{}", i + 1);
        assert_eq!(r.header("x-trace-id"), Some(expected.as_str()));
        let auth = r.header("authorization").expect("signed");
        let signed = auth
            .split("SignedHeaders=")
            .nth(1)
            .and_then(|s| s.split(',').next())
            .expect("signed headers");
        assert!(signed.split(';').any(|h| h == "x-trace-id"), "{auth}");
        verify_signature(r, &server.url(), "trace-secret", "", "us-east-1");
    }
}
