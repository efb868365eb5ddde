//! The runtime against a real HTTP server on 127.0.0.1: retries and
//! backoff, server hints, timeouts, errors, the authenticator seam,
//! redirects, providers, streaming, pagination and multipart replay.

use futures_util::StreamExt;
use mock_http::{MockServer, Recorded, Reply};
use sdk_runtime::auth::scheme::Bearer;
use sdk_runtime::auth::security::{Credential, SchemeKind, SchemeSpec, Security, SecurityConfig};
use sdk_runtime::auth::{Authenticator, BoxFuture, OutgoingRequest, Provider};
use sdk_runtime::multipart::{FilePart, Form};
use sdk_runtime::pagination::Page;
use sdk_runtime::sse::EventStream;
use sdk_runtime::{Body, Call, Client, Environment, Error, Method, RequestOptions, RequestSpec};
use serde_json::{Value, json};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn bearer(token: &str) -> Bearer {
    Bearer::new(token).expect("token")
}

fn client(server: &MockServer) -> Client {
    Client::builder(server.url())
        .environment(Environment::empty())
        .authenticator(bearer("sk-test-key"))
        .build()
        .expect("client")
}

/// An API with one bearer scheme, as a generated client declares it.
const SCHEMES: &[SchemeSpec] = &[SchemeSpec {
    name: "TokenAuth",
    kind: SchemeKind::Bearer,
    option: "api_key",
    env: &["EXAMPLE_API_KEY"],
}];
const DEFAULT_SECURITY: Security = &[&["TokenAuth"]];

fn declared(base: &str) -> sdk_runtime::ClientBuilder {
    Client::builder(base)
        .security(SecurityConfig::new(SCHEMES, DEFAULT_SECURITY))
        .base_url_env("EXAMPLE_BASE_URL")
}

fn get(client: &Client, path: &str) -> Call<Value> {
    client.request(RequestSpec::new(Method::GET, path))
}

#[tokio::test]
async fn retries_server_errors_with_backoff() {
    let server = MockServer::start(|r: &Recorded| match r.index {
        0 | 1 => Reply::json(500, r#"{"error":{"message":"boom"}}"#),
        _ => Reply::json(200, r#"{"ok":true}"#),
    })
    .await;
    let started = Instant::now();
    let response = get(&client(&server), "/thing")
        .await
        .expect("third attempt succeeds");
    let elapsed = started.elapsed();
    assert_eq!(response["ok"], true);
    assert_eq!(server.requests().len(), 3);
    // 0.5 s then 1 s, each with up to 25% negative jitter.
    assert!(elapsed >= Duration::from_millis(1100), "{elapsed:?}");
    assert!(elapsed < Duration::from_millis(3000), "{elapsed:?}");
}

#[tokio::test]
async fn gives_up_after_max_retries_with_the_api_error() {
    let server = MockServer::start(|_: &Recorded| {
        Reply::json(
            503,
            r#"{"error":{"message":"overloaded","type":"server_error","code":"busy"}}"#,
        )
        .with_header("x-request-id", "req_123")
        .with_header("retry-after-ms", "10")
    })
    .await;
    let err = get(&client(&server), "/x")
        .max_retries(1)
        .await
        .unwrap_err();
    assert_eq!(server.requests().len(), 2);
    assert!(err.is_server_error());
    assert_eq!(err.request_id(), Some("req_123"));
    let api = err.as_api().expect("api error");
    assert_eq!(api.message(), "overloaded");
    assert_eq!(
        api.error.as_ref().and_then(|e| e.code.as_deref()),
        Some("busy")
    );
    assert!(
        err.to_string().contains("503") && err.to_string().contains("req_123"),
        "{err}"
    );
}

#[tokio::test]
async fn maps_client_errors_without_retrying() {
    let server = MockServer::start(|_: &Recorded| {
        Reply::json(404, r#"{"error":{"message":"No such file","type":"invalid_request_error","param":"file_id","code":null}}"#)
            .with_header("x-request-id", "req_404")
    })
    .await;
    let err = get(&client(&server), "/files/x").await.unwrap_err();
    assert_eq!(server.requests().len(), 1);
    assert!(err.is_not_found() && !err.is_server_error());
    assert_eq!(err.request_id(), Some("req_404"));
    let e = err
        .as_api()
        .and_then(|a| a.error.clone())
        .expect("error object");
    assert_eq!(e.kind.as_deref(), Some("invalid_request_error"));
    assert_eq!(e.param.as_deref(), Some("file_id"));
    assert_eq!(e.code, None);
}

#[tokio::test]
async fn honours_retry_after_ms_and_seconds_and_dates() {
    // The HTTP date is made when the reply is sent: it has whole seconds.
    let date = || httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(2));
    for (header, kind, min_ms, max_ms) in [
        ("retry-after-ms", "150", 140, 480),
        ("retry-after", "1", 990, 1600),
        ("retry-after", "date", 900, 2600),
    ] {
        let server = MockServer::start(move |r: &Recorded| match r.index {
            0 => {
                let value = if kind == "date" {
                    date()
                } else {
                    kind.to_owned()
                };
                Reply::json(429, "{}").with_header(header, &value)
            }
            _ => Reply::json(200, "{}"),
        })
        .await;
        let started = Instant::now();
        get(&client(&server), "/x").await.expect("retried");
        let ms = started.elapsed().as_millis();
        assert!(ms >= min_ms && ms < max_ms, "{header}: {kind}: {ms} ms");
    }
}

#[tokio::test]
async fn x_should_retry_overrides_the_status() {
    let server = MockServer::start(|_: &Recorded| {
        Reply::json(500, "{}").with_header("x-should-retry", "false")
    })
    .await;
    assert!(get(&client(&server), "/x").await.is_err());
    assert_eq!(server.requests().len(), 1);

    let server = MockServer::start(|r: &Recorded| match r.index {
        0 => Reply::json(400, "{}")
            .with_header("x-should-retry", "true")
            .with_header("retry-after-ms", "1"),
        _ => Reply::json(200, "{}"),
    })
    .await;
    get(&client(&server), "/x")
        .await
        .expect("retried on 400 because the server said so");
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn each_attempt_times_out_and_is_retried() {
    let server = MockServer::start(|_: &Recorded| Reply::Stall).await;
    let started = Instant::now();
    let err = get(&client(&server), "/slow")
        .timeout(Duration::from_millis(200))
        .max_retries(1)
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err}");
    assert_eq!(server.requests().len(), 2);
    assert!(started.elapsed() < Duration::from_secs(3));
}

#[tokio::test]
async fn connection_errors_are_retried() {
    // A server that closes the first connection mid-body, then answers.
    let server = MockServer::start(|r: &Recorded| match r.index {
        0 => Reply::Truncated {
            status: 200,
            declared: 100,
            body: b"{\"partial".to_vec(),
        },
        _ => Reply::json(200, r#"{"ok":1}"#),
    })
    .await;
    let v = get(&client(&server), "/x")
        .await
        .expect("retried after the broken body");
    assert_eq!(v["ok"], 1);
    assert_eq!(server.requests().len(), 2);

    let closed = MockServer::start(|_: &Recorded| Reply::Close).await;
    let err = get(&client(&closed), "/x")
        .max_retries(0)
        .await
        .unwrap_err();
    assert!(err.is_connection(), "{err:?}");
}

/// Records what it saw on each attempt and signs the body into a header.
#[derive(Default)]
struct Recorder {
    seen: Mutex<Vec<(u32, Vec<u8>, String)>>,
}

impl Authenticator for Recorder {
    fn authenticate<'a>(
        &'a self,
        request: &'a mut OutgoingRequest,
    ) -> BoxFuture<'a, Result<(), Error>> {
        let body = request.body().map(<[u8]>::to_vec).unwrap_or_default();
        let digest = format!("{}:{}", request.attempt(), body.len());
        request
            .headers_mut()
            .insert("x-signature", digest.parse().expect("header"));
        self.seen
            .lock()
            .expect("lock")
            .push((request.attempt(), body, request.url().to_string()));
        Box::pin(async { Ok(()) })
    }
}

#[tokio::test]
async fn authenticator_sees_exact_wire_bytes_on_every_attempt() {
    let server = MockServer::start(|r: &Recorded| match r.index {
        0 => Reply::json(500, "{}").with_header("retry-after-ms", "1"),
        _ => Reply::json(200, "{}"),
    })
    .await;
    let recorder = Arc::new(Recorder::default());
    let client = Client::builder(server.url())
        .environment(Environment::empty())
        .authenticator(Arc::clone(&recorder))
        .build()
        .expect("client");
    let mut spec = RequestSpec::new(Method::POST, "/items");
    spec.query("tags", &["a", "b"]);
    spec.body = Body::json(&json!({"name": "x"})).expect("body");
    let _: sdk_runtime::ApiResponse<Value> = client
        .request(spec)
        .body_field("extra", 7)
        .query("q", "1")
        .idempotency_key("idem-1")
        .await
        .expect("second attempt");
    let seen = recorder.seen.lock().expect("lock").clone();
    let received = server.requests();
    assert_eq!(seen.len(), 2, "one call per attempt");
    for (i, (attempt, body, url)) in seen.iter().enumerate() {
        assert_eq!(*attempt, i as u32 + 1);
        assert_eq!(
            body, &received[i].body,
            "the authenticator saw the bytes on the wire"
        );
        assert_eq!(
            received[i].header("x-signature"),
            Some(format!("{attempt}:{}", body.len()).as_str())
        );
        assert!(
            url.ends_with(&received[i].target),
            "{url} vs {}",
            received[i].target
        );
        assert_eq!(received[i].header("idempotency-key"), Some("idem-1"));
    }
    let body: Value = serde_json::from_slice(&received[1].body).expect("json");
    assert_eq!(body, json!({"name": "x", "extra": 7}));
    assert_eq!(
        received[1].query(),
        [
            ("tags[]".into(), "a".into()),
            ("tags[]".into(), "b".into()),
            ("q".into(), "1".into())
        ]
    );
}

#[derive(Debug)]
struct TestProvider {
    base: String,
    follow: bool,
}

struct SecretHeader;
impl Authenticator for SecretHeader {
    fn authenticate<'a>(
        &'a self,
        request: &'a mut OutgoingRequest,
    ) -> BoxFuture<'a, Result<(), Error>> {
        request
            .headers_mut()
            .insert("api-key", "provider-secret".parse().expect("header"));
        Box::pin(async { Ok(()) })
    }
}

impl Provider for TestProvider {
    fn name(&self) -> &str {
        "test"
    }
    fn base_url(&self) -> &str {
        &self.base
    }
    fn authenticator(&self) -> Arc<dyn Authenticator> {
        Arc::new(SecretHeader)
    }
    fn follow_redirects(&self) -> bool {
        self.follow
    }
}

#[tokio::test]
async fn redirects_never_carry_credentials_to_another_origin() {
    let elsewhere = MockServer::start(|_: &Recorded| Reply::json(200, "{}")).await;
    let target = format!("{}/stolen", elsewhere.url());
    let redirecting = MockServer::start(move |_: &Recorded| Reply::Full {
        status: 307,
        headers: vec![("location".into(), target.clone())],
        body: Vec::new(),
    })
    .await;
    // A provider that forbids redirects.
    let client = Client::builder("unused")
        .environment(Environment::empty())
        .provider(TestProvider {
            base: redirecting.url(),
            follow: false,
        })
        .build()
        .expect("client");
    let err = get(&client, "/x").await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(307));
    // Default authentication follows only same-origin redirects.
    let err = get(&client_for(&redirecting), "/x").await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(307));
    assert!(
        elsewhere.requests().is_empty(),
        "the other origin saw nothing"
    );

    // A same-origin redirect is followed.
    let same = MockServer::start(|r: &Recorded| match r.path() {
        "/old" => Reply::Full {
            status: 308,
            headers: vec![("location".into(), "/new".into())],
            body: Vec::new(),
        },
        _ => Reply::json(200, r#"{"at":"new"}"#),
    })
    .await;
    let v = get(&client_for(&same), "/old").await.expect("followed");
    assert_eq!(v["at"], "new");
}

fn client_for(server: &MockServer) -> Client {
    client(server)
}

#[tokio::test]
async fn providers_refuse_conflicting_options_and_ignore_the_environment() {
    let err = declared("https://default.invalid")
        .credential("TokenAuth", Credential::Secret("sk-x".into()))
        .base_url("https://elsewhere.invalid")
        .header_option(
            "X-Org",
            "organization",
            Some("org".into()),
            Some("EXAMPLE_ORG"),
        )
        .provider(TestProvider {
            base: "http://127.0.0.1:1".into(),
            follow: false,
        })
        .build()
        .unwrap_err();
    let text = err.to_string();
    for name in ["api_key", "base_url", "organization"] {
        assert!(text.contains(name), "{text}");
    }

    let server = MockServer::start(|_: &Recorded| Reply::json(200, "{}")).await;
    let env = Environment::from_map([
        ("EXAMPLE_API_KEY", "sk-env-key"),
        ("EXAMPLE_BASE_URL", "http://127.0.0.1:1/elsewhere"),
        ("EXAMPLE_ORG", "org-env"),
    ]);
    let client = declared("unused")
        .header_option("X-Org", "organization", None, Some("EXAMPLE_ORG"))
        .environment(env)
        .provider(TestProvider {
            base: server.url(),
            follow: false,
        })
        .build()
        .expect("client");
    get(&client, "/x")
        .await
        .expect("sent to the provider's base URL");
    let r = &server.requests()[0];
    assert_eq!(r.header("api-key"), Some("provider-secret"));
    assert_eq!(r.header("authorization"), None);
    assert_eq!(r.header("x-org"), None);

    // with_options keeps the provider and its base URL.
    let copy = client.with_options(RequestOptions::new().header("x-extra", "1"));
    get(&copy, "/y").await.expect("copy works");
    let r = &server.requests()[1];
    assert_eq!(r.header("api-key"), Some("provider-secret"));
    assert_eq!(r.header("x-extra"), Some("1"));
    assert_eq!(copy.provider_name(), Some("test"));
}

#[tokio::test]
async fn declared_credentials_and_headers_come_from_the_environment() {
    let server = MockServer::start(|_: &Recorded| Reply::json(200, "{}")).await;
    let env = Environment::from_map([
        ("EXAMPLE_API_KEY", "sk-env-key"),
        ("EXAMPLE_BASE_URL", server.url().as_str()),
        ("EXAMPLE_ORG", "org-env"),
    ]);
    let client = declared("https://default.invalid")
        .header_option("X-Org", "organization", None, Some("EXAMPLE_ORG"))
        .environment(env.clone())
        .build()
        .expect("client");
    get(&client, "/x").await.expect("env base URL");
    let r = &server.requests()[0];
    assert_eq!(r.header("authorization"), Some("Bearer sk-env-key"));
    assert_eq!(r.header("x-org"), Some("org-env"));

    // An explicit credential and header win over the environment.
    let client = declared("https://default.invalid")
        .header_option(
            "X-Org",
            "organization",
            Some("org-given".into()),
            Some("EXAMPLE_ORG"),
        )
        .credential("TokenAuth", Credential::Secret("sk-given".into()))
        .environment(env)
        .build()
        .expect("client");
    get(&client, "/x").await.expect("sent");
    let r = &server.requests()[1];
    assert_eq!(r.header("authorization"), Some("Bearer sk-given"));
    assert_eq!(r.header("x-org"), Some("org-given"));

    let err = declared("https://x.invalid")
        .environment(Environment::empty())
        .build()
        .unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("EXAMPLE_API_KEY") && text.contains("api_key(..)"),
        "{text}"
    );

    // A custom authenticator replaces the declared schemes, but not silently
    // next to an explicit credential.
    let err = declared("https://x.invalid")
        .credential("TokenAuth", Credential::Secret("sk-given".into()))
        .authenticator(bearer("other"))
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("api_key"), "{err}");
    let err = declared("https://x.invalid")
        .credential("NoSuchScheme", Credential::Secret("k".into()))
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("`NoSuchScheme`"), "{err}");
}

#[tokio::test]
async fn empty_path_parameters_send_nothing() {
    let server = MockServer::start(|_: &Recorded| Reply::json(200, "{}")).await;
    let spec = sdk_runtime::request::path("/files/{file_id}", &[("file_id", "")])
        .map(|p| RequestSpec::new(Method::GET, p));
    let err = Call::<Value>::json_call(&client(&server), spec)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
    assert!(server.requests().is_empty());
}

#[derive(Debug, serde::Deserialize, PartialEq)]
struct Chunk {
    n: u32,
}

#[tokio::test]
async fn server_sent_events_end_at_done_and_surface_errors() {
    let server = MockServer::start(|r: &Recorded| match r.path() {
        "/stream" => Reply::sse(&[b"data: {\"n\"", b":1}\r\n\r\n: keep-alive\n\nda", b"ta: {\"n\":2}\n\ndata: [DONE]\n\ndata: {\"n\":3}\n\n"]),
        "/error-event" => Reply::sse(&[b"data: {\"n\":1}\n\nevent: error\ndata: {\"message\":\"bad things\",\"code\":\"x\"}\n\n"]),
        _ => Reply::sse(&[b"data: {\"error\":{\"message\":\"in data\"}}\n\n"]),
    })
    .await;
    let c = client(&server);
    let call = |path: &str| {
        Call::streaming(
            &c,
            Ok(RequestSpec::new(Method::GET, path)),
            EventStream::<Chunk>::from_response,
        )
    };
    let events: Vec<_> = call("/stream")
        .await
        .expect("stream")
        .into_inner()
        .collect()
        .await;
    let values: Vec<u32> = events.into_iter().map(|e| e.expect("event").n).collect();
    assert_eq!(values, [1, 2], "stops at [DONE]");

    let mut stream = call("/error-event").await.expect("stream").into_inner();
    assert_eq!(stream.next().await.expect("first").expect("ok").n, 1);
    let err = stream.next().await.expect("second").unwrap_err();
    assert!(err.to_string().contains("bad things"), "{err}");
    assert!(stream.next().await.is_none());

    let mut stream = call("/error-data").await.expect("stream").into_inner();
    let err = stream.next().await.expect("error item").unwrap_err();
    assert!(err.to_string().contains("in data"), "{err}");
}

#[tokio::test]
async fn a_stalled_stream_times_out() {
    let server = MockServer::start(|_: &Recorded| Reply::Chunks {
        status: 200,
        headers: vec![("content-type".into(), "text/event-stream".into())],
        chunks: vec![
            (Duration::ZERO, b"data: {\"n\":1}\n\n".to_vec()),
            (Duration::from_secs(30), b"data: {}\n\n".to_vec()),
        ],
    })
    .await;
    let c = client(&server);
    let mut stream = Call::streaming(
        &c,
        Ok(RequestSpec::new(Method::GET, "/s")),
        EventStream::<Chunk>::from_response,
    )
    .timeout(Duration::from_millis(300))
    .await
    .expect("headers arrive")
    .into_inner();
    assert_eq!(stream.next().await.expect("first").expect("ok").n, 1);
    let err = stream.next().await.expect("timeout item").unwrap_err();
    assert!(err.is_timeout(), "{err}");
}

#[derive(Debug, serde::Deserialize)]
struct ItemPage {
    data: Vec<Item>,
    has_more: bool,
}

#[derive(Debug, serde::Deserialize)]
struct Item {
    id: String,
}

impl Page for ItemPage {
    type Item = Item;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        self.data.last().map(|i| ("after", i.id.clone()))
    }
    fn into_items(self) -> Vec<Item> {
        self.data
    }
}

#[tokio::test]
async fn auto_pagination_walks_three_pages_lazily() {
    let server = MockServer::start(|r: &Recorded| {
        let after = r
            .query()
            .into_iter()
            .find(|(k, _)| k == "after")
            .map(|(_, v)| v);
        let body = match after.as_deref() {
            None => r#"{"data":[{"id":"a"},{"id":"b"}],"has_more":true}"#,
            Some("b") => r#"{"data":[{"id":"c"},{"id":"d"}],"has_more":true}"#,
            Some("d") => r#"{"data":[{"id":"e"}],"has_more":false}"#,
            Some(_) => r#"{"error":{"message":"bad cursor"}}"#,
        };
        Reply::json(200, body)
    })
    .await;
    let c = client(&server);
    let mut spec = RequestSpec::new(Method::GET, "/items");
    spec.query("limit", &2);
    let call = Call::<ItemPage>::json_call(&c, Ok(spec));
    let mut stream = Box::pin(call.auto_paginate());
    let first = stream.next().await.expect("item").expect("ok");
    assert_eq!(first.id, "a");
    assert_eq!(
        server.requests().len(),
        1,
        "the next page is fetched only when needed"
    );
    let rest: Vec<String> = stream.map(|i| i.expect("ok").id).collect().await;
    assert_eq!(rest, ["b", "c", "d", "e"]);
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    assert_eq!(
        requests[2].query(),
        [("limit".into(), "2".into()), ("after".into(), "d".into())]
    );
}

#[tokio::test]
async fn multipart_bodies_are_replayed_on_retry() {
    let server = MockServer::start(|r: &Recorded| match r.index {
        0 => Reply::json(500, "{}").with_header("retry-after-ms", "1"),
        _ => Reply::json(200, r#"{"id":"file-1"}"#),
    })
    .await;
    let mut form = Form::new();
    form.text("purpose", "batch").file(
        "file",
        &FilePart::from_bytes("data.jsonl", b"{\"a\":1}\n".to_vec()),
    );
    let spec = RequestSpec::new(Method::POST, "/files").with_body(Body::from_form(&form));
    let _: sdk_runtime::ApiResponse<Value> = client(&server).request(spec).await.expect("uploaded");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(
        requests[0].body, requests[1].body,
        "identical bytes on both attempts"
    );
    let text = String::from_utf8_lossy(&requests[1].body);
    assert!(text.contains("filename=\"data.jsonl\""), "{text}");
    assert!(text.contains("{\"a\":1}"), "{text}");
    assert!(
        requests[1]
            .header("content-type")
            .is_some_and(|ct| ct.starts_with("multipart/form-data; boundary="))
    );
}

#[tokio::test]
async fn streaming_bodies_are_never_retried() {
    let server =
        MockServer::start(|_: &Recorded| Reply::json(500, "{}").with_header("retry-after-ms", "1"))
            .await;
    let body = Body::stream(
        sdk_runtime::ByteStream::from_bytes(b"one shot".to_vec()),
        "application/octet-stream",
    );
    let spec = RequestSpec::new(Method::POST, "/upload").with_body(body);
    let err = client(&server)
        .request::<Value>(spec)
        .max_retries(3)
        .await
        .unwrap_err();
    assert!(err.is_server_error());
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn decoding_errors_name_the_path_and_show_the_body() {
    let server = MockServer::start(|_: &Recorded| {
        Reply::json(200, r#"{"data":[{"id":1}],"has_more":false}"#)
    })
    .await;
    let err =
        Call::<ItemPage>::json_call(&client(&server), Ok(RequestSpec::new(Method::GET, "/x")))
            .await
            .unwrap_err();
    let text = err.to_string();
    assert!(text.contains("data[0].id"), "{text}");
    assert!(text.contains("ItemPage"), "{text}");
    assert!(text.contains("\"id\":1"), "{text}");

    let html = MockServer::start(|_: &Recorded| Reply::Full {
        status: 200,
        headers: vec![("content-type".into(), "text/html".into())],
        body: b"<html>maintenance</html>".to_vec(),
    })
    .await;
    let err = get(&client(&html), "/x").await.unwrap_err();
    assert!(
        matches!(err, Error::Decode(_)) && err.to_string().contains("<html>"),
        "{err}"
    );
}

#[tokio::test]
async fn json_bodies_have_a_size_limit() {
    let server =
        MockServer::start(|_: &Recorded| Reply::json(200, &format!("\"{}\"", "x".repeat(10_000))))
            .await;
    let c = Client::builder(server.url())
        .environment(Environment::empty())
        .authenticator(bearer("k"))
        .max_response_bytes(1000)
        .build()
        .expect("client");
    let err = get(&c, "/big").await.unwrap_err();
    assert!(
        matches!(err, Error::BodyTooLarge { limit: 1000 }),
        "{err:?}"
    );
}
