//! How to unit-test your own code that calls the SDK, in memory: build the
//! client over a `ReplayTransport` (feature `test-util`), script the answers
//! (JSON, server-sent events, failures), then check what your code did and
//! what it sent.

use openai_client::prelude::*;
use openai_client::runtime::test_util::{ReplayTransport, Reply};

/// Application code under test: asks for a one-line summary.
async fn summarize(client: &Client, text: &str) -> Result<String, Error> {
    let request =
        types::CreateChatCompletionRequest::new("gpt-4o-mini", [format!("Summarize: {text}")]);
    let completion = client.chat().completions().create(&request).await?;
    Ok(completion.output_text().into_owned())
}

/// Application code under test: streams an answer and joins the deltas.
async fn stream_answer(client: &Client) -> Result<String, Error> {
    let request = types::CreateChatCompletionRequest::new("gpt-4o-mini", ["Count to three."]);
    let mut chunks = client.chat().completions().create_stream(&request).await?;
    let mut text = String::new();
    while let Some(chunk) = chunks.next().await {
        text += &chunk?.output_text();
    }
    Ok(text)
}

fn client(transport: &ReplayTransport) -> Client {
    Client::builder()
        .api_key("sk-test")
        .transport(transport.clone())
        .build()
        .expect("client")
}

const COMPLETION: &str = r#"{"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"gpt-4o-mini",
  "choices":[{"index":0,"finish_reason":"stop","logprobs":null,
  "message":{"role":"assistant","content":"A short summary.","refusal":null}}]}"#;

fn chunk(content: &str) -> String {
    format!(
        "data: {{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\
         \"choices\":[{{\"index\":0,\"delta\":{{\"content\":\"{content}\"}},\"finish_reason\":null}}]}}\n\n"
    )
}

#[tokio::test]
async fn summarize_sends_the_text_and_returns_the_answer() {
    // A 500 first: the client retries it, as it would against the API.
    let transport = ReplayTransport::new([
        Reply::json(500, r#"{"error":{"message":"try again"}}"#).header("retry-after-ms", "1"),
        Reply::json(200, COMPLETION),
    ]);
    let summary = summarize(&client(&transport), "a long text")
        .await
        .expect("summary");
    assert_eq!(summary, "A short summary.");

    let sent = transport.requests();
    assert_eq!(sent.len(), 2, "one retry");
    let last = &sent[1];
    assert_eq!(last.method, "POST");
    assert_eq!(last.url.path(), "/v1/chat/completions");
    assert_eq!(last.header("authorization"), Some("Bearer sk-test"));
    assert_eq!(
        last.json()["messages"][0]["content"],
        "Summarize: a long text"
    );
}

#[tokio::test]
async fn stream_answer_joins_the_deltas() {
    let transport = ReplayTransport::new([Reply::sse([
        chunk("one, "),
        chunk("two, "),
        chunk("three"),
        "data: [DONE]\n\n".to_owned(),
    ])]);
    let text = stream_answer(&client(&transport)).await.expect("streamed");
    assert_eq!(text, "one, two, three");
    assert_eq!(
        transport.last_request().expect("sent").json()["stream"],
        true
    );
}

#[tokio::test]
async fn failures_reach_the_caller_as_typed_errors() {
    let transport = ReplayTransport::new([
        Reply::json(
            401,
            r#"{"error":{"message":"bad key","type":"invalid_request_error"}}"#,
        ),
        Reply::sse([chunk("cut ")]).then_break(),
    ]);
    let client = client(&transport);
    let error = summarize(&client, "x").await.expect_err("401");
    assert!(error.is_authentication(), "{error}");
    assert_eq!(error.as_api().map(|e| e.message()), Some("bad key"));

    let error = stream_answer(&client).await.expect_err("broken stream");
    assert!(error.is_connection(), "{error}");
    assert_eq!(transport.remaining(), 0);
}
