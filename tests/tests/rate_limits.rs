//! Quotas and rate limits: the OpenAI client does not retry a used-up
//! quota (a 429 with `insufficient_quota`) and still retries a rate limit;
//! the `x-ratelimit-*` headers read typed; a client that waits for
//! capacity holds its next request until the limit resets.

use mock_http::{MockServer, Recorded, Reply};
use openai_client::prelude::*;
use openai_client::runtime::Environment;

#[tokio::test]
async fn a_used_up_quota_is_not_retried_and_a_rate_limit_is() {
    let quota = r#"{"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}"#;
    let rate = r#"{"error":{"message":"Rate limit reached for gpt-4o-mini on requests per min (RPM).","type":"requests","param":null,"code":"rate_limit_exceeded"}}"#;
    let answer = r#"{"id":"c","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"finish_reason":"stop","logprobs":null,"message":{"role":"assistant","content":"Hi","refusal":null}}]}"#;
    let server = MockServer::start(move |r: &Recorded| match r.index {
        0 => Reply::json(429, quota).with_header("retry-after-ms", "1"),
        1 => Reply::json(429, rate).with_header("retry-after-ms", "1"),
        _ => Reply::json(200, answer),
    })
    .await;
    let client = Client::builder()
        .environment(Environment::empty())
        .base_url(server.url())
        .api_key("sk-test")
        .build()
        .expect("client");
    let request = types::CreateChatCompletionRequest::new("gpt-4o-mini", ["Hi"]);
    let error = client
        .chat()
        .completions()
        .create(&request)
        .await
        .expect_err("no quota");
    assert!(error.is_rate_limited(), "{error}");
    assert_eq!(server.requests().len(), 1);
    let completion = client
        .chat()
        .completions()
        .create(&request)
        .await
        .expect("retried after the rate limit");
    assert_eq!(completion.output_text(), "Hi");
    assert_eq!(server.requests().len(), 3);
}

fn limited(reply: Reply, remaining: &str, reset: &str) -> Reply {
    reply
        .with_header("x-ratelimit-limit-requests", "60")
        .with_header("x-ratelimit-remaining-requests", remaining)
        .with_header("x-ratelimit-reset-requests", reset)
        .with_header("x-ratelimit-limit-tokens", "150000")
        .with_header("x-ratelimit-remaining-tokens", "149990")
        .with_header("x-ratelimit-reset-tokens", "6ms")
}

#[tokio::test]
async fn rate_limits_read_typed_and_a_waiting_client_holds_its_next_request() {
    let answer = r#"{"id":"c","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"finish_reason":"stop","logprobs":null,"message":{"role":"assistant","content":"Hi","refusal":null}}]}"#;
    let server = MockServer::start(move |r: &Recorded| match r.index {
        0 => limited(Reply::json(200, answer), "0", "300ms"),
        1 => limited(Reply::json(200, answer), "59", "1s"),
        _ => limited(
            Reply::json(429, r#"{"error":{"message":"slow down","type":"requests","code":"rate_limit_exceeded"}}"#),
            "0",
            "1m30s",
        ),
    })
    .await;
    let client = Client::builder()
        .environment(Environment::empty())
        .base_url(server.url())
        .api_key("sk-test")
        .max_retries(0)
        .wait_for_capacity(true)
        .build()
        .expect("client");
    let request = types::CreateChatCompletionRequest::new("gpt-4o-mini", ["Hi"]);
    let started = std::time::Instant::now();
    let first = client
        .chat()
        .completions()
        .create(&request)
        .await
        .expect("ok");
    let limits = first.rate_limits().expect("limits");
    assert_eq!(limits.requests.limit, Some(60));
    assert_eq!(limits.requests.remaining, Some(0));
    assert_eq!(
        limits.requests.reset,
        Some(std::time::Duration::from_millis(300))
    );
    assert_eq!(limits.tokens.remaining, Some(149_990));
    assert_eq!(limits.wait(), Some(std::time::Duration::from_millis(300)));
    client
        .chat()
        .completions()
        .create(&request)
        .await
        .expect("ok");
    assert!(
        started.elapsed() >= std::time::Duration::from_millis(300),
        "the second request waited for the reset: {:?}",
        started.elapsed()
    );
    let error = client
        .chat()
        .completions()
        .create(&request)
        .await
        .expect_err("429");
    let limits = error.rate_limits().expect("limits on the error");
    assert_eq!(
        limits.requests.reset,
        Some(std::time::Duration::from_secs(90))
    );
}
