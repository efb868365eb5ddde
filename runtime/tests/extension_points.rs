//! Interceptors and retry policies against a real HTTP server on 127.0.0.1:
//! the order of the chain, per-call additions, what each hook may change and
//! see, authentication after every modifying hook, and custom retry rules
//! per client and per call.

use mock_http::{MockServer, Recorded, Reply};
use sdk_runtime::auth::scheme::Bearer;
use sdk_runtime::auth::{Authenticator, BoxFuture, OutgoingRequest};
use sdk_runtime::interceptor::{ErrorContext, Interceptor, ResponseContext};
use sdk_runtime::retry::{Outcome, RetryPolicy, StandardRetry};
use sdk_runtime::{Client, Environment, Error, Method, RequestSpec};
use serde_json::Value;
use std::sync::{Arc, Mutex};
use std::time::Duration;

type Log = Arc<Mutex<Vec<String>>>;

/// Logs every hook, and appends its name to `x-chain` before each attempt.
#[derive(Debug)]
struct Recorder {
    name: &'static str,
    log: Log,
}

impl Recorder {
    fn new(name: &'static str, log: &Log) -> Self {
        Self {
            name,
            log: Arc::clone(log),
        }
    }
    fn note(&self, what: String) {
        self.log
            .lock()
            .expect("log")
            .push(format!("{}:{what}", self.name));
    }
}

impl Interceptor for Recorder {
    fn modify_before_serialization(&self, _: &mut RequestSpec) -> Result<(), Error> {
        self.note("serialize".into());
        Ok(())
    }
    fn modify_before_attempt(&self, request: &mut OutgoingRequest) -> Result<(), Error> {
        self.note(format!("attempt{}", request.attempt()));
        request
            .headers_mut()
            .append("x-chain", self.name.parse().expect("header"));
        Ok(())
    }
    fn read_after_response(&self, response: &ResponseContext<'_>) {
        assert!(response.elapsed() > Duration::ZERO);
        self.note(format!(
            "response{}#{}",
            response.status().as_u16(),
            response.attempt()
        ));
    }
    fn read_on_error(&self, error: &ErrorContext<'_>) {
        self.note(format!(
            "error{}#{}:retry={}",
            error.error().status().map_or(0, |s| s.as_u16()),
            error.attempt(),
            error.will_retry()
        ));
    }
}

fn builder(server: &MockServer) -> sdk_runtime::ClientBuilder {
    Client::builder(server.url())
        .environment(Environment::empty())
        .authenticator(Bearer::new("sk-test").expect("token"))
}

fn get(path: &str) -> RequestSpec {
    RequestSpec::new(Method::GET, path)
}

fn taken(log: &Log) -> Vec<String> {
    std::mem::take(&mut *log.lock().expect("log"))
}

#[tokio::test]
async fn the_chain_runs_in_order_client_first_then_the_call() {
    let server = MockServer::start(|r: &Recorded| match r.index {
        0 => {
            Reply::json(500, r#"{"error":{"message":"again"}}"#).with_header("retry-after-ms", "1")
        }
        _ => Reply::json(200, "{}"),
    })
    .await;
    let log = Log::default();
    let client = builder(&server)
        .interceptor(Recorder::new("a", &log))
        .interceptor(Recorder::new("b", &log))
        .build()
        .expect("client");
    client
        .request::<Value>(get("/thing"))
        .interceptor(Recorder::new("call", &log))
        .await
        .expect("second attempt succeeds");
    let expected: Vec<String> = [
        "a:serialize",
        "b:serialize",
        "call:serialize",
        "a:attempt1",
        "b:attempt1",
        "call:attempt1",
        "a:response500#1",
        "b:response500#1",
        "call:response500#1",
        "a:attempt2",
        "b:attempt2",
        "call:attempt2",
        "a:response200#2",
        "b:response200#2",
        "call:response200#2",
    ]
    .map(String::from)
    .to_vec();
    assert_eq!(taken(&log), expected);
    let requests = server.requests();
    for request in &requests {
        let chain: Vec<&str> = request
            .headers
            .iter()
            .filter(|(n, _)| n == "x-chain")
            .map(|(_, v)| v.as_str())
            .collect();
        assert_eq!(chain, ["a", "b", "call"], "headers set on every attempt");
    }

    // The call's interceptor belonged to that call only.
    client
        .request::<Value>(get("/thing"))
        .await
        .expect("third request");
    assert_eq!(
        taken(&log),
        [
            "a:serialize",
            "b:serialize",
            "a:attempt1",
            "b:attempt1",
            "a:response200#1",
            "b:response200#1"
        ]
    );
}

#[tokio::test]
async fn errors_reach_the_error_hook_with_the_retry_decision() {
    let server = MockServer::start(|r: &Recorded| match r.index {
        0 => Reply::Close,
        _ => Reply::json(404, r#"{"error":{"message":"missing"}}"#),
    })
    .await;
    let log = Log::default();
    let client = builder(&server)
        .interceptor(Recorder::new("a", &log))
        .build()
        .expect("client");
    let error = client
        .request::<Value>(get("/gone"))
        .await
        .expect_err("404");
    assert!(error.is_not_found(), "{error}");
    assert_eq!(
        taken(&log),
        [
            "a:serialize",
            "a:attempt1",
            "a:error0#1:retry=true",
            "a:attempt2",
            "a:response404#2",
            "a:error404#2:retry=false"
        ]
    );
}

/// Rewrites the request before it is put together: another path, a query
/// value, a header.
#[derive(Debug)]
struct Rewrite;

impl Interceptor for Rewrite {
    fn modify_before_serialization(&self, request: &mut RequestSpec) -> Result<(), Error> {
        request.path = request.path.replace("/old", "/new");
        request.query("tenant", "acme");
        Ok(())
    }
    fn modify_before_attempt(&self, request: &mut OutgoingRequest) -> Result<(), Error> {
        request.append_query_pair("attempt", "1")?;
        // Authentication runs afterwards and wins over this header.
        request
            .headers_mut()
            .insert("authorization", "Bearer forged".parse().expect("header"));
        Ok(())
    }
}

/// Records the headers it is given, to show it runs after the interceptors.
#[derive(Debug, Default)]
struct Witness(Mutex<Vec<Option<String>>>);

impl Authenticator for Witness {
    fn authenticate<'a>(
        &'a self,
        request: &'a mut OutgoingRequest,
    ) -> BoxFuture<'a, Result<(), Error>> {
        let seen = request.url().query().map(str::to_owned);
        self.0.lock().expect("witness").push(seen);
        request
            .headers_mut()
            .insert("authorization", "Bearer real".parse().expect("header"));
        Box::pin(async { Ok(()) })
    }
}

#[tokio::test]
async fn interceptors_change_the_request_and_authentication_comes_last() {
    let server = MockServer::start(|_: &Recorded| Reply::json(200, "{}")).await;
    let witness = Arc::new(Witness::default());
    let client = Client::builder(server.url())
        .environment(Environment::empty())
        .authenticator(Arc::clone(&witness))
        .interceptor(Rewrite)
        .build()
        .expect("client");
    client
        .request::<Value>(get("/v1/old/items"))
        .await
        .expect("sent");
    let request = &server.requests()[0];
    assert_eq!(request.path(), "/v1/new/items");
    assert_eq!(request.target, "/v1/new/items?tenant=acme&attempt=1");
    assert_eq!(request.header("authorization"), Some("Bearer real"));
    assert_eq!(
        *witness.0.lock().expect("witness"),
        [Some("tenant=acme&attempt=1".to_owned())],
        "the authenticator saw the final URL"
    );
}

/// Refuses every request.
#[derive(Debug)]
struct Gate;

impl Interceptor for Gate {
    fn modify_before_attempt(&self, _: &mut OutgoingRequest) -> Result<(), Error> {
        Err(Error::InvalidRequest("blocked by policy".into()))
    }
}

#[tokio::test]
async fn a_refusing_interceptor_stops_the_request_before_it_is_sent() {
    let server = MockServer::start(|_: &Recorded| Reply::json(200, "{}")).await;
    let log = Log::default();
    let client = builder(&server)
        .interceptor(Recorder::new("a", &log))
        .interceptor(Gate)
        .build()
        .expect("client");
    let error = client
        .request::<Value>(get("/thing"))
        .await
        .expect_err("refused");
    assert!(error.to_string().contains("blocked by policy"), "{error}");
    assert!(server.requests().is_empty(), "nothing was sent");
    assert_eq!(
        taken(&log),
        ["a:serialize", "a:attempt1", "a:error0#1:retry=false"]
    );
}

/// Retries 404 (an eventually consistent read) right away, never 5xx.
#[derive(Debug)]
struct RetryMissing;

impl RetryPolicy for RetryMissing {
    fn should_retry(&self, outcome: Outcome<'_>) -> bool {
        matches!(outcome, Outcome::Response { status, .. } if status.as_u16() == 404)
    }
    fn delay(&self, _: u32, _: Outcome<'_>) -> Duration {
        Duration::from_millis(1)
    }
}

#[tokio::test]
async fn a_custom_retry_policy_per_client_and_per_call() {
    let server = MockServer::start(|r: &Recorded| match (r.path(), r.index) {
        ("/eventually", 0 | 1) => Reply::json(404, r#"{"error":{"message":"not yet"}}"#),
        ("/eventually", _) => Reply::json(200, r#"{"ok":true}"#),
        ("/flaky", _) => Reply::json(503, r#"{"error":{"message":"busy"}}"#),
        _ => Reply::json(404, r#"{"error":{"message":"missing"}}"#),
    })
    .await;
    let client = builder(&server)
        .retry_policy(RetryMissing)
        .max_retries(3)
        .build()
        .expect("client");

    let ok = client
        .request::<Value>(get("/eventually"))
        .await
        .expect("third attempt");
    assert_eq!(ok["ok"], true);
    assert_eq!(server.requests().len(), 3);

    // The policy says 503 is final: one attempt.
    let error = client
        .request::<Value>(get("/flaky"))
        .await
        .expect_err("503");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(server.requests().len(), 4);

    // Per call, the standard policy again: 404 is not retried.
    let error = client
        .request::<Value>(get("/missing"))
        .retry_policy(StandardRetry::new())
        .await
        .expect_err("404");
    assert!(error.is_not_found());
    assert_eq!(server.requests().len(), 5);
}

#[tokio::test]
async fn the_standard_policy_still_reads_the_server_hints() {
    let server = MockServer::start(|r: &Recorded| match r.index {
        0 => Reply::json(400, "{}").with_header("x-should-retry", "true"),
        1 => Reply::json(503, "{}").with_header("x-should-retry", "false"),
        _ => Reply::json(200, "{}"),
    })
    .await;
    let client = builder(&server)
        .retry_policy(StandardRetry::new())
        .build()
        .expect("client");
    let error = client
        .request::<Value>(get("/hinted"))
        .await
        .expect_err("the 503 says do not retry");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(server.requests().len(), 2);

    let mut headers = http::HeaderMap::new();
    headers.insert("retry-after-ms", "7".parse().expect("header"));
    let outcome = Outcome::Response {
        status: http::StatusCode::TOO_MANY_REQUESTS,
        headers: &headers,
        error: None,
    };
    assert!(StandardRetry::new().should_retry(outcome));
    assert_eq!(
        StandardRetry::new().delay(0, outcome),
        Duration::from_millis(7)
    );
    headers.clear();
    headers.insert("retry-after", "2".parse().expect("header"));
    let outcome = Outcome::Response {
        status: http::StatusCode::SERVICE_UNAVAILABLE,
        headers: &headers,
        error: None,
    };
    assert_eq!(
        StandardRetry::new().delay(3, outcome),
        Duration::from_secs(2)
    );
}

#[tokio::test]
async fn error_codes_that_waiting_does_not_fix_are_not_retried() {
    let quota = r#"{"error":{"message":"You exceeded your current quota.","type":"insufficient_quota","code":"insufficient_quota"}}"#;
    let rate = r#"{"error":{"message":"Rate limit reached.","type":"requests","code":"rate_limit_exceeded"}}"#;
    let server = MockServer::start(move |r: &Recorded| match (r.path(), r.index) {
        ("/quota", _) => Reply::json(429, quota).with_header("retry-after-ms", "1"),
        ("/quota-hinted", _) => Reply::json(429, quota)
            .with_header("retry-after-ms", "1")
            .with_header("x-should-retry", "true"),
        ("/rate", 1) => Reply::json(429, rate).with_header("retry-after-ms", "1"),
        _ => Reply::json(200, "{}"),
    })
    .await;
    let client = builder(&server)
        .not_retrying_codes(&["insufficient_quota"])
        .max_retries(2)
        .build()
        .expect("client");
    let error = client
        .request::<Value>(get("/quota"))
        .await
        .expect_err("no quota");
    let code = error
        .as_api()
        .and_then(|e| e.error.as_ref())
        .and_then(|e| e.code.clone());
    assert_eq!(code.as_deref(), Some("insufficient_quota"));
    assert_eq!(server.requests().len(), 1, "a used-up quota is not retried");

    client
        .request::<Value>(get("/rate"))
        .await
        .expect("a rate limit is retried, then succeeds");
    assert_eq!(server.requests().len(), 3);

    // The server's word comes first.
    let error = client
        .request::<Value>(get("/quota-hinted"))
        .await
        .expect_err("still no quota");
    assert!(error.status().is_some_and(|s| s.as_u16() == 429));
    assert_eq!(
        server.requests().len(),
        6,
        "x-should-retry: true is followed"
    );

    // A custom policy reads the error object.
    #[derive(Debug)]
    struct ByCode;
    impl RetryPolicy for ByCode {
        fn should_retry(&self, outcome: Outcome<'_>) -> bool {
            matches!(outcome, Outcome::Response { error: Some(e), .. } if e.code.as_deref() == Some("rate_limit_exceeded"))
        }
        fn delay(&self, _: u32, _: Outcome<'_>) -> Duration {
            Duration::from_millis(1)
        }
    }
    let before = server.requests().len();
    let error = client
        .request::<Value>(get("/quota"))
        .retry_policy(ByCode)
        .await
        .expect_err("no quota");
    assert!(error.status().is_some());
    assert_eq!(server.requests().len(), before + 1);
}
