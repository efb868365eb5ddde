//! The blocking face (feature `blocking`), from threads without an async
//! runtime: a chat completion, a stream as an iterator and a paginated
//! list against a local server; inside an async runtime, a clear error.

use mock_http::{MockServer, Recorded, Reply};
use openai_client::prelude::*;
use openai_client::runtime::Environment;
use std::sync::mpsc;

/// A local server on a runtime of its own thread; the server stops when
/// the returned sender is dropped.
fn server(handler: fn(&Recorded) -> Reply) -> (String, mpsc::Sender<()>) {
    let (url_tx, url_rx) = mpsc::channel();
    let (stop_tx, stop_rx) = mpsc::channel::<()>();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async move {
            let server = MockServer::start(handler).await;
            url_tx.send(server.url()).expect("url");
            // Serve until the test drops its sender.
            while stop_rx.try_recv() == Err(mpsc::TryRecvError::Empty) {
                tokio::time::sleep(std::time::Duration::from_millis(5)).await;
            }
        });
    });
    (url_rx.recv().expect("the server's url"), stop_tx)
}

fn client(url: &str) -> Client {
    Client::builder()
        .environment(Environment::empty())
        .base_url(url)
        .api_key("sk-test")
        .max_retries(0)
        .build()
        .expect("client")
}

fn answer(r: &Recorded) -> Reply {
    let chunk = |text: &str| {
        format!(
            "data: {{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{{\"index\":0,\"delta\":{{\"content\":\"{text}\"}},\"finish_reason\":null}}]}}\n\n"
        )
    };
    match r.path() {
        "/chat/completions" if String::from_utf8_lossy(&r.body).contains("\"stream\":true") => {
            let body = format!("{}{}data: [DONE]\n\n", chunk("Hel"), chunk("lo"));
            Reply::sse(&[body.as_bytes()])
        }
        "/chat/completions" => Reply::json(
            200,
            r#"{"id":"c","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"finish_reason":"stop","logprobs":null,"message":{"role":"assistant","content":"Hi","refusal":null}}]}"#,
        ),
        "/files" => {
            let after = r
                .query()
                .into_iter()
                .find(|(k, _)| k == "after")
                .map(|(_, v)| v);
            let (ids, more) = match after.as_deref() {
                None => (["file-1", "file-2"], true),
                _ => (["file-3", "file-4"], false),
            };
            let data: Vec<String> = ids
                .iter()
                .map(|id| format!(r#"{{"id":"{id}","object":"file","bytes":1,"created_at":1,"filename":"a.txt","purpose":"assistants","status":"processed"}}"#))
                .collect();
            Reply::json(
                200,
                &format!(
                    r#"{{"object":"list","data":[{}],"first_id":"{}","last_id":"{}","has_more":{more}}}"#,
                    data.join(","),
                    ids[0],
                    ids[1]
                ),
            )
        }
        _ => Reply::json(404, r#"{"error":{"message":"no route"}}"#),
    }
}

#[test]
fn a_completion_a_stream_and_every_page_without_an_async_runtime() {
    let (url, _stop) = server(answer);
    let client = client(&url);
    let request = types::CreateChatCompletionRequest::new("gpt-4o-mini", ["Hi"]);
    let completion = client
        .chat()
        .completions()
        .create(&request)
        .wait()
        .expect("a completion");
    assert_eq!(completion.output_text(), "Hi");
    assert_eq!(completion.status().as_u16(), 200);

    let text: String = client
        .chat()
        .completions()
        .create_stream(&request)
        .wait()
        .expect("a stream")
        .blocking_iter()
        .map(|chunk| chunk.expect("a chunk").output_text().into_owned())
        .collect();
    assert_eq!(text, "Hello");

    let ids: Vec<String> = client
        .files()
        .list(&types::ListFilesParams::new().limit(2))
        .auto_paginate()
        .blocking_iter()
        .map(|file| file.expect("a file").id)
        .collect();
    assert_eq!(ids, ["file-1", "file-2", "file-3", "file-4"]);

    let missing = client.models().retrieve("nope").wait().expect_err("404");
    assert!(missing.is_not_found(), "{missing}");
}

#[test]
fn a_blocking_call_inside_an_async_runtime_is_an_error_not_a_deadlock() {
    let (url, _stop) = server(answer);
    let client = client(&url);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let error = runtime.block_on(async {
        client
            .models()
            .retrieve("gpt-4o")
            .wait()
            .expect_err("refused")
    });
    assert!(matches!(error, Error::Config(_)), "{error}");
    assert!(error.to_string().contains(".await"), "{error}");
}
