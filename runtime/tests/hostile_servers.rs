//! The runtime against servers that misbehave: malformed and huge bodies,
//! invalid UTF-8, endless streams, cursors that look like URLs, and a
//! thousand concurrent requests on one client.

use futures_util::StreamExt;
use mock_http::{MockServer, Recorded, Reply};
use sdk_runtime::pagination::Page;
use sdk_runtime::sse::EventStream;
use sdk_runtime::{Call, Client, Environment, Error, Method, RequestSpec};
use serde_json::Value;
use std::time::Duration;

fn client(server: &MockServer) -> Client {
    Client::builder(server.url())
        .environment(Environment::empty())
        .authenticator(sdk_runtime::auth::scheme::Bearer::new("sk-hostile").expect("token"))
        .max_retries(0)
        .build()
        .expect("client")
}

fn get(path: &str) -> RequestSpec {
    RequestSpec::new(Method::GET, path)
}

fn rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

#[tokio::test]
async fn malformed_bodies_are_errors_not_panics() {
    let bodies: Vec<(&str, Vec<u8>)> = vec![
        ("truncated", br#"{"id": "x", "data": [1, 2"#.to_vec()),
        ("wrong type", br#"[1, 2, 3]"#.to_vec()),
        ("invalid utf-8", b"{\"id\": \"\xff\xfe\"}".to_vec()),
        ("empty", Vec::new()),
        ("html", b"<!doctype html><p>bad gateway</p>".to_vec()),
    ];
    for (name, body) in bodies {
        let server = MockServer::start(move |_: &Recorded| Reply::Full {
            status: 200,
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.clone(),
        })
        .await;
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Thing {
            id: String,
        }
        let err = Call::<Thing>::json_call(&client(&server), Ok(get("/thing")))
            .await
            .unwrap_err();
        assert!(matches!(err, Error::Decode(_)), "{name}: {err:?}");
    }
}

#[tokio::test]
async fn huge_json_bodies_hit_the_limit_and_binary_bodies_stream_in_bounded_memory() {
    let chunk = vec![b'x'; 1 << 20];
    let server = MockServer::start(move |_: &Recorded| Reply::Repeat {
        status: 200,
        headers: vec![("content-type".into(), "application/octet-stream".into())],
        chunk: chunk.clone(),
        times: 1024,
    })
    .await;
    let c = Client::builder(server.url())
        .environment(Environment::empty())
        .authenticator(sdk_runtime::auth::scheme::Bearer::new("k").expect("token"))
        .max_response_bytes(8 << 20)
        .build()
        .expect("client");
    let err = c.request::<Value>(get("/big.json")).await.unwrap_err();
    assert!(
        matches!(err, Error::BodyTooLarge { limit } if limit == 8 << 20),
        "{err:?}"
    );

    // A 1 GiB download, streamed: memory stays flat.
    let before = rss_kib();
    let response = Call::bytes_call(&c, Ok(get("/big.bin")))
        .bytes_stream()
        .await
        .expect("headers");
    let mut stream = response.into_inner();
    let mut total = 0u64;
    let mut peak = 0u64;
    while let Some(chunk) = stream.next().await {
        total += chunk.expect("chunk").len() as u64;
        if total % (64 << 20) < 65536 {
            peak = peak.max(rss_kib().unwrap_or(0));
        }
    }
    assert_eq!(total, 1 << 30);
    if let (Some(before), true) = (before, peak > 0) {
        assert!(
            peak < before + 200 * 1024,
            "memory grew from {before} KiB to {peak} KiB"
        );
    }
}

#[tokio::test]
async fn an_endless_stream_can_be_dropped_and_the_client_goes_on() {
    let server = MockServer::start(|r: &Recorded| match r.path() {
        "/endless" => Reply::Repeat {
            status: 200,
            headers: vec![("content-type".into(), "text/event-stream".into())],
            chunk: b"data: {\"n\":1}\n\n".to_vec(),
            times: usize::MAX,
        },
        _ => Reply::json(200, r#"{"ok":true}"#),
    })
    .await;
    let c = client(&server);
    let mut events = Call::streaming(&c, Ok(get("/endless")), EventStream::<Value>::from_response)
        .await
        .expect("stream")
        .into_inner();
    for _ in 0..1000 {
        events.next().await.expect("event").expect("decoded");
    }
    drop(events);
    let v = tokio::time::timeout(Duration::from_secs(5), c.request::<Value>(get("/after")))
        .await
        .expect("the client is not stuck")
        .expect("ok");
    assert_eq!(v["ok"], true);
}

#[derive(Debug, serde::Deserialize)]
struct UrlPage {
    data: Vec<Item>,
    has_more: bool,
}
#[derive(Debug, serde::Deserialize)]
struct Item {
    id: String,
}
impl Page for UrlPage {
    type Item = Item;
    fn next_page(&self) -> Option<(&'static str, String)> {
        self.has_more
            .then(|| self.data.last().map(|i| ("after", i.id.clone())))
            .flatten()
    }
    fn into_items(self) -> Vec<Item> {
        self.data
    }
}

#[tokio::test]
async fn cursors_that_look_like_urls_stay_query_values_on_the_same_origin() {
    let elsewhere =
        MockServer::start(|_: &Recorded| Reply::json(200, r#"{"data":[],"has_more":false}"#)).await;
    let evil = format!("{}/steal", elsewhere.url());
    let server = MockServer::start(move |r: &Recorded| {
        if r.query().is_empty() {
            Reply::json(
                200,
                &format!(r#"{{"data":[{{"id":"{evil}"}}],"has_more":true}}"#),
            )
        } else {
            Reply::json(200, r#"{"data":[{"id":"last"}],"has_more":false}"#)
        }
    })
    .await;
    let items: Vec<String> = Call::<UrlPage>::json_call(&client(&server), Ok(get("/items")))
        .auto_paginate()
        .map(|i| i.expect("item").id)
        .collect()
        .await;
    assert_eq!(items.len(), 2);
    assert!(elsewhere.requests().is_empty());
    let second = &server.requests()[1];
    assert_eq!(second.path(), "/items");
    assert!(
        second.query()[0].1.starts_with("http://127.0.0.1"),
        "{:?}",
        second.query()
    );
    assert_eq!(second.header("authorization"), Some("Bearer sk-hostile"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_concurrent_requests_share_one_client() {
    let server =
        MockServer::start(|r: &Recorded| Reply::json(200, &format!(r#"{{"n":{}}}"#, r.index)))
            .await;
    let c = client(&server);
    let results: Vec<Result<Value, Error>> = futures_util::stream::iter(0..1000)
        .map(|_| {
            let c = c.clone();
            async move { c.request::<Value>(get("/n")).await.map(|r| r.into_inner()) }
        })
        .buffer_unordered(100)
        .collect()
        .await;
    assert_eq!(results.len(), 1000);
    assert!(results.iter().all(Result::is_ok), "all complete");
    assert_eq!(server.requests().len(), 1000);
    // Connections are pooled and reused: at most one per concurrent request.
    assert!(
        server.connections() <= 150,
        "{} connections for 1000 requests",
        server.connections()
    );
}
