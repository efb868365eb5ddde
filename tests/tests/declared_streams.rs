//! Operations that stream although the document declares JSON only, made
//! streaming by the generator's config: legacy completions (body
//! `stream: true`; the config also patches `finish_reason`, which chunks
//! leave null), Assistants runs (events named by the SSE `event:` field),
//! and `responses.retrieve` (`stream=true` in the query, once).

use futures_util::StreamExt;
use mock_http::{MockServer, Recorded, Reply};
use openai_client::runtime::Environment;
use openai_client::{Client, types};
use serde_json::{Value, json};

fn client(server: &MockServer) -> Client {
    Client::builder()
        .environment(Environment::empty())
        .base_url(server.url())
        .api_key("sk-test")
        .build()
        .expect("client")
}

fn sse(events: &[(Option<&str>, String)]) -> Reply {
    let mut body = String::new();
    for (name, data) in events {
        if let Some(name) = name {
            body += &format!("event: {name}\n");
        }
        body += &format!("data: {data}\n\n");
    }
    Reply::json(200, &body).with_header("content-type", "text/event-stream")
}

#[tokio::test]
async fn legacy_completions_stream_typed_chunks() {
    let chunk = |text: &str, finish: Option<&str>| {
        json!({"id": "cmpl-1", "object": "text_completion", "created": 1, "model": "gpt-3.5-turbo-instruct",
               "choices": [{"text": text, "index": 0, "logprobs": null, "finish_reason": finish}]})
        .to_string()
    };
    let server = MockServer::start(move |_: &Recorded| {
        sse(&[
            (None, chunk("Hel", None)),
            (None, chunk("lo", Some("stop"))),
            (None, "[DONE]".into()),
        ])
    })
    .await;
    let request: types::CreateCompletionRequest =
        serde_json::from_value(json!({"model": "gpt-3.5-turbo-instruct", "prompt": "Say hi"}))
            .unwrap();
    let mut chunks = client(&server)
        .completions()
        .create_stream(&request)
        .await
        .expect("stream")
        .into_inner();
    let mut text = String::new();
    let mut finish = Vec::new();
    while let Some(chunk) = chunks.next().await {
        let chunk = chunk.expect("chunk");
        text.push_str(&chunk.choices[0].text);
        finish.push(chunk.choices[0].finish_reason.clone());
    }
    assert_eq!(text, "Hello");
    assert_eq!(
        finish,
        [
            None,
            Some(types::CreateCompletionResponseChoiceFinishReason::Stop)
        ]
    );
    let sent: Value = serde_json::from_slice(&server.requests()[0].body).unwrap();
    assert_eq!(sent["stream"], true);
    assert_eq!(
        server.requests()[0].header("accept"),
        Some("text/event-stream")
    );
}

fn run(status: &str) -> String {
    json!({"id": "run_1", "object": "thread.run", "created_at": 1, "thread_id": "thread_1",
           "assistant_id": "asst_1", "status": status, "required_action": null, "last_error": null,
           "expires_at": null, "started_at": null, "cancelled_at": null, "failed_at": null,
           "completed_at": null, "incomplete_details": null, "model": "gpt-4o", "instructions": "",
           "tools": [], "metadata": {}, "usage": null, "max_prompt_tokens": null,
           "max_completion_tokens": null, "truncation_strategy": {"type": "auto"},
           "tool_choice": "auto", "parallel_tool_calls": true, "response_format": "auto"})
    .to_string()
}

#[tokio::test]
async fn assistants_runs_stream_events_named_by_the_event_field() {
    let server = MockServer::start(|_: &Recorded| {
        sse(&[
            (Some("thread.run.created"), run("queued")),
            (Some("thread.run.completed"), run("completed")),
            (Some("done"), "[DONE]".into()),
        ])
    })
    .await;
    let request: types::CreateThreadAndRunRequest =
        serde_json::from_value(json!({"assistant_id": "asst_1"})).unwrap();
    let mut events = client(&server)
        .threads()
        .create_thread_and_run_stream(&request)
        .await
        .expect("stream")
        .into_inner();
    let mut names = Vec::new();
    while let Some(event) = events.next().await {
        match event.expect("event") {
            types::AssistantStreamEvent::RunStreamEvent(run) => match *run {
                types::RunStreamEvent::ThreadRunCreated(e) => {
                    names.push(format!("created {:?}", e.data.status))
                }
                types::RunStreamEvent::ThreadRunCompleted(e) => {
                    names.push(format!("completed {:?}", e.data.status))
                }
                other => panic!("unexpected run event {other:?}"),
            },
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(names, ["created Queued", "completed Completed"]);
    let sent: Value = serde_json::from_slice(&server.requests()[0].body).unwrap();
    assert_eq!(sent["stream"], true);
}

#[tokio::test]
async fn a_retrieved_response_streams_with_stream_true_in_the_query_once() {
    let server = MockServer::start(|_: &Recorded| {
        sse(&[(
            None,
            r#"{"type":"response.output_text.delta","sequence_number":1,"item_id":"m","output_index":0,"content_index":0,"delta":"Hi","logprobs":[]}"#.into(),
        )])
    })
    .await;
    let params = types::GetResponseParams::new().stream(false);
    let mut events = client(&server)
        .responses()
        .retrieve_stream("resp_1", &params)
        .await
        .expect("stream")
        .into_inner();
    assert!(matches!(
        events.next().await.expect("one").expect("typed"),
        types::ResponseStreamEvent::ResponseOutputTextDelta(_)
    ));
    let request = &server.requests()[0];
    assert_eq!(request.path(), "/responses/resp_1");
    assert_eq!(
        request
            .query()
            .iter()
            .filter(|(k, _)| k == "stream")
            .collect::<Vec<_>>(),
        [&("stream".to_owned(), "true".to_owned())]
    );
}
