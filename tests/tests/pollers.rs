//! The pollers against a local server: status sequences, the
//! `openai-poll-after-ms` hint, the overall timeout, cancellation, and the
//! upload that comes first.

mod local;
use local::client;

use mock_http::{MockServer, Recorded, Reply};
use openai_client::prelude::*;
use openai_client::runtime::multipart::FilePart;
use openai_client::runtime::poll::PollOptions;
use openai_client::{Error, types};
use serde_json::json;
use std::time::Duration;

fn vector_store_file(status: &str) -> String {
    json!({"id": "file-1", "object": "vector_store.file", "usage_bytes": 10, "created_at": 1,
           "vector_store_id": "vs_1", "status": status, "last_error": null})
    .to_string()
}

/// Polling without an interval of the caller's: the server's hint sets the
/// pace (a second without one).
fn hint_only() -> PollOptions {
    PollOptions::new().timeout(Some(Duration::from_secs(20)))
}

#[tokio::test]
async fn an_interval_the_caller_sets_wins_over_the_server_s_hint() {
    // As in the official SDKs: the hint only paces polling nobody paced.
    let server = MockServer::start(|r: &Recorded| match r.index {
        0 | 1 => Reply::json(200, &vector_store_file("in_progress"))
            .with_header("openai-poll-after-ms", "60000"),
        _ => Reply::json(200, &vector_store_file("completed")),
    })
    .await;
    let done = client(&server)
        .vector_stores()
        .files()
        .poll(
            "vs_1",
            "file-1",
            PollOptions::new()
                .interval(Duration::from_millis(5))
                .timeout(Some(Duration::from_secs(2))),
        )
        .await
        .expect("completed within the caller's pace");
    assert_eq!(done.status, types::VectorStoreFileObjectStatus::Completed);
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
async fn a_file_is_polled_until_ingested_at_the_pace_the_api_asks() {
    let server = MockServer::start(|r: &Recorded| match (r.method.as_str(), r.index) {
        ("POST", _) => Reply::json(200, &vector_store_file("in_progress")),
        (_, 1) => Reply::json(200, &vector_store_file("in_progress"))
            .with_header("openai-poll-after-ms", "5"),
        _ => Reply::json(200, &vector_store_file("completed")),
    })
    .await;
    let done = client(&server)
        .vector_stores()
        .files()
        .create_and_poll(
            "vs_1",
            &types::CreateVectorStoreFileRequest::new("file-1"),
            hint_only().timeout(Some(Duration::from_secs(2))),
        )
        .await
        .expect("completed");
    assert_eq!(done.status, types::VectorStoreFileObjectStatus::Completed);
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    assert_eq!(requests[1].method, "GET");
    assert_eq!(requests[1].path(), "/vector_stores/vs_1/files/file-1");
}

#[tokio::test]
async fn without_a_hint_the_interval_counts_against_the_timeout() {
    let server =
        MockServer::start(|_: &Recorded| Reply::json(200, &vector_store_file("in_progress"))).await;
    let error = client(&server)
        .vector_stores()
        .files()
        .poll(
            "vs_1",
            "file-1",
            PollOptions::new()
                .interval(Duration::from_secs(60))
                .timeout(Some(Duration::from_secs(2))),
        )
        .await
        .expect_err("would wait past the limit");
    assert!(
        matches!(error, Error::Timeout { after } if after == Duration::from_secs(2)),
        "{error}"
    );
    assert_eq!(server.requests().len(), 1);

    // Short waits, then the limit.
    let error = client(&server)
        .vector_stores()
        .files()
        .poll(
            "vs_1",
            "file-1",
            PollOptions::new()
                .interval(Duration::from_millis(10))
                .timeout(Some(Duration::from_millis(200))),
        )
        .await
        .expect_err("never settles");
    assert!(error.is_timeout(), "{error}");
    assert!(server.requests().len() > 2);
}

#[tokio::test]
async fn dropping_the_poll_stops_it() {
    let server =
        MockServer::start(|_: &Recorded| Reply::json(200, &vector_store_file("in_progress"))).await;
    let client = client(&server);
    let files = client.vector_stores().files();
    let polling = files.poll(
        "vs_1",
        "file-1",
        PollOptions::new()
            .interval(Duration::from_millis(5))
            .timeout(None),
    );
    tokio::select! {
        _ = polling => panic!("a poll that never settles ended"),
        _ = async {
            while server.requests().len() < 3 {
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        } => {}
    }
    let seen = server.requests().len();
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(
        server.requests().len(),
        seen,
        "polling went on after the drop"
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
async fn a_run_is_polled_until_it_needs_action_or_ends() {
    let statuses = ["queued", "in_progress", "requires_action", "completed"];
    let server = MockServer::start(move |r: &Recorded| {
        Reply::json(200, &run(statuses[r.index.min(statuses.len() - 1)]))
            .with_header("openai-poll-after-ms", "1")
    })
    .await;
    let run = client(&server)
        .threads()
        .create_thread_and_run_poll(
            &serde_json::from_value(json!({"assistant_id": "asst_1"})).expect("request"),
            hint_only(),
        )
        .await
        .expect("settled");
    assert_eq!(run.status, types::RunObjectStatus::RequiresAction);
    let requests = server.requests();
    assert_eq!(requests[0].path(), "/threads/runs");
    assert_eq!(requests[2].path(), "/threads/thread_1/runs/run_1");
    assert_eq!(requests.len(), 3);
}

#[tokio::test]
async fn upload_and_poll_uploads_first_then_waits_for_ingestion() {
    let server = MockServer::start(|r: &Recorded| match r.path() {
        "/files" => Reply::json(
            200,
            &json!({"id": "file-up", "object": "file", "bytes": 5, "created_at": 1,
                    "filename": "notes.txt", "purpose": "assistants", "status": "uploaded"})
            .to_string(),
        ),
        _ if r.method == "POST" => Reply::json(200, &vector_store_file("in_progress"))
            .with_header("openai-poll-after-ms", "1"),
        _ => Reply::json(200, &vector_store_file("completed")),
    })
    .await;
    let done = client(&server)
        .vector_stores()
        .files()
        .upload_and_poll(
            "vs_1",
            FilePart::from_bytes("notes.txt", b"hello".to_vec()),
            hint_only(),
        )
        .await
        .expect("ingested");
    assert_eq!(done.status, types::VectorStoreFileObjectStatus::Completed);
    let requests = server.requests();
    assert_eq!(requests[0].path(), "/files");
    assert!(String::from_utf8_lossy(&requests[0].body).contains("assistants"));
    assert_eq!(requests[1].path(), "/vector_stores/vs_1/files");
    assert!(String::from_utf8_lossy(&requests[1].body).contains("file-up"));
}

#[tokio::test]
#[allow(deprecated)] // `status` is deprecated, and what the poller reads.
async fn a_file_is_awaited_until_processed() {
    let server = MockServer::start(|r: &Recorded| {
        let status = if r.index < 2 { "uploaded" } else { "processed" };
        Reply::json(
            200,
            &json!({"id": "file-1", "object": "file", "bytes": 5, "created_at": 1,
                    "filename": "a.jsonl", "purpose": "fine-tune", "status": status})
            .to_string(),
        )
        .with_header("openai-poll-after-ms", "1")
    })
    .await;
    let file = client(&server)
        .files()
        .wait_for_processing("file-1", hint_only())
        .await
        .expect("processed");
    assert_eq!(file.status, types::OpenAiFileStatus::Processed);
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
#[expect(deprecated, reason = "the videos endpoints are deprecated by the API")]
async fn a_video_is_polled_until_completed_or_failed() {
    let statuses = ["queued", "in_progress", "completed"];
    let server = MockServer::start(move |r: &Recorded| {
        let status = statuses[r.index.min(2)];
        Reply::json(
            200,
            &json!({"id": "video_1", "object": "video", "model": "sora-2", "status": status,
                    "progress": 0, "created_at": 1, "completed_at": null, "expires_at": null,
                    "size": "720x1280", "seconds": "4", "quality": "standard",
                    "remixed_from_video_id": null, "error": null, "prompt": "a cat"})
            .to_string(),
        )
        .with_header("openai-poll-after-ms", "1")
    })
    .await;
    let video = client(&server)
        .videos()
        .poll("video_1", hint_only())
        .await
        .expect("settled");
    assert_eq!(video.status, types::VideoStatus::Completed);
    assert_eq!(server.requests().len(), 3);
}
