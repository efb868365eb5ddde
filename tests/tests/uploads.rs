//! A 50 MB upload through the Uploads API against a local server: parts of
//! the chosen size with a bounded number in flight (what the helper has
//! read but the server not yet received stays within that bound), one part
//! failing once and retried, completion with the parts in file order and
//! the file's MD5; a reader that gives fewer bytes than declared cancels.

use md5::{Digest, Md5};
use mock_http::{MockServer, Recorded, Reply};
use openai_client::helpers::uploads::UploadOptions;
use openai_client::prelude::*;
use openai_client::runtime::Environment;
use openai_client::{Client, types};
use serde_json::{Value, json};
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::task::{Context, Poll};
use tokio::io::{AsyncRead, ReadBuf};

const TOTAL: u64 = 50_000_000;
const PART: usize = 8 << 20;
const CONCURRENCY: usize = 2;

/// Deterministic bytes, counted as they are read.
struct Generated {
    position: u64,
    end: u64,
    read: Arc<AtomicU64>,
}

fn byte_at(i: u64) -> u8 {
    (i.wrapping_mul(2_654_435_761) >> 13) as u8
}

impl AsyncRead for Generated {
    fn poll_read(
        mut self: Pin<&mut Self>,
        _: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let n = (buf.remaining() as u64)
            .min(self.end - self.position)
            .min(64 * 1024);
        let start = self.position;
        let bytes: Vec<u8> = (start..start + n).map(byte_at).collect();
        buf.put_slice(&bytes);
        self.position += n;
        self.read.fetch_add(n, Ordering::SeqCst);
        Poll::Ready(Ok(()))
    }
}

/// The bytes of a multipart part named `data` in a request body.
fn part_data(body: &[u8]) -> &[u8] {
    let header_end = body
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("part headers")
        + 4;
    let closing = body[..]
        .windows(4)
        .rposition(|w| w == b"\r\n--")
        .expect("closing boundary");
    &body[header_end..closing]
}

#[tokio::test]
async fn a_large_file_goes_up_in_bounded_parts_and_completes_in_order() {
    let read = Arc::new(AtomicU64::new(0));
    let received = Arc::new(AtomicU64::new(0));
    let worst = Arc::new(AtomicU64::new(0));
    let part_calls = Arc::new(AtomicUsize::new(0));
    let (seen_read, seen_received, seen_worst, calls) = (
        Arc::clone(&read),
        Arc::clone(&received),
        Arc::clone(&worst),
        Arc::clone(&part_calls),
    );
    let server = MockServer::start(move |r: &Recorded| {
        let path = r.path();
        if path == "/uploads" {
            return Reply::json(
                200,
                &json!({"id": "upload_1", "object": "upload", "bytes": TOTAL,
                "created_at": 1, "filename": "big.bin", "purpose": "batch", "status": "pending",
                "expires_at": 2})
                .to_string(),
            );
        }
        if path.ends_with("/parts") {
            let call = calls.fetch_add(1, Ordering::SeqCst);
            // The third part request fails once; the client retries it.
            if call == 2 {
                return Reply::json(500, r#"{"error":{"message":"try again"}}"#)
                    .with_header("retry-after-ms", "1");
            }
            let data = part_data(&r.body);
            let got =
                seen_received.fetch_add(data.len() as u64, Ordering::SeqCst) + data.len() as u64;
            let ahead = seen_read.load(Ordering::SeqCst).saturating_sub(got);
            seen_worst.fetch_max(ahead, Ordering::SeqCst);
            let mut md5 = Md5::new();
            md5.update(data);
            let id: String = md5
                .finalize()
                .iter()
                .take(6)
                .map(|b| format!("{b:02x}"))
                .collect();
            return Reply::json(
                200,
                &json!({"id": format!("part_{id}"), "object": "upload.part",
                "created_at": 1, "upload_id": "upload_1"})
                .to_string(),
            );
        }
        Reply::json(
            200,
            &json!({"id": "upload_1", "object": "upload", "bytes": TOTAL,
            "created_at": 1, "filename": "big.bin", "purpose": "batch", "status": "completed",
            "expires_at": 2, "file": {"id": "file-big", "object": "file", "bytes": TOTAL,
            "created_at": 1, "filename": "big.bin", "purpose": "batch", "status": "processed"}})
            .to_string(),
        )
    })
    .await;
    let client = Client::builder()
        .environment(Environment::empty())
        .base_url(server.url())
        .api_key("sk-test")
        .build()
        .expect("client");
    let reader = Generated {
        position: 0,
        end: TOTAL,
        read: Arc::clone(&read),
    };
    let upload = client
        .uploads()
        .upload_reader(
            reader,
            "big.bin",
            TOTAL,
            types::UploadPurpose::Batch,
            UploadOptions::new()
                .part_size(PART)
                .concurrency(CONCURRENCY),
        )
        .await
        .expect("uploaded");
    assert_eq!(
        upload.file.as_ref().map(|f| f.id.as_str()),
        Some("file-big")
    );

    let requests = server.requests();
    let create: Value = serde_json::from_slice(&requests[0].body).unwrap();
    assert_eq!(create["bytes"], TOTAL);
    assert_eq!(create["filename"], "big.bin");
    let parts: Vec<&Recorded> = requests
        .iter()
        .filter(|r| r.path().ends_with("/parts"))
        .collect();
    // Six parts (five of 8 MiB and the rest), the third sent twice.
    assert_eq!(parts.len(), 7);
    assert_eq!(received.load(Ordering::SeqCst), TOTAL);
    // What was read but not yet received never passed the parts in flight
    // plus the one being read: memory stays flat whatever the file's size.
    let bound = ((CONCURRENCY + 1) * PART) as u64;
    eprintln!(
        "read ahead of the server at most {} bytes (bound {bound})",
        worst.load(Ordering::SeqCst)
    );
    assert!(
        worst.load(Ordering::SeqCst) <= bound,
        "{} > {bound}",
        worst.load(Ordering::SeqCst)
    );

    // The parts in file order, and the file's MD5.
    let complete = requests.last().expect("complete");
    assert_eq!(complete.path(), "/uploads/upload_1/complete");
    let complete: Value = serde_json::from_slice(&complete.body).unwrap();
    let mut expected_ids = Vec::new();
    let mut whole = Md5::new();
    let mut offset = 0u64;
    while offset < TOTAL {
        let end = (offset + PART as u64).min(TOTAL);
        let bytes: Vec<u8> = (offset..end).map(byte_at).collect();
        whole.update(&bytes);
        let mut md5 = Md5::new();
        md5.update(&bytes);
        let id: String = md5
            .finalize()
            .iter()
            .take(6)
            .map(|b| format!("{b:02x}"))
            .collect();
        expected_ids.push(format!("part_{id}"));
        offset = end;
    }
    assert_eq!(complete["part_ids"], json!(expected_ids));
    let md5: String = whole
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(complete["md5"], md5);
}

#[tokio::test]
async fn a_reader_shorter_than_declared_cancels_the_upload() {
    let server = MockServer::start(|r: &Recorded| match r.path() {
        "/uploads" | "/uploads/upload_2/cancel" => Reply::json(
            200,
            &json!({"id": "upload_2", "object": "upload", "bytes": 10, "created_at": 1,
                "filename": "a.txt", "purpose": "batch", "status": "pending", "expires_at": 2})
            .to_string(),
        ),
        _ => Reply::json(
            200,
            &json!({"id": "part_1", "object": "upload.part", "created_at": 1,
            "upload_id": "upload_2"})
            .to_string(),
        ),
    })
    .await;
    let client = Client::builder()
        .environment(Environment::empty())
        .base_url(server.url())
        .api_key("sk-test")
        .build()
        .expect("client");
    let error = client
        .uploads()
        .upload_reader(
            &b"short"[..],
            "a.txt",
            10,
            types::UploadPurpose::Batch,
            UploadOptions::new(),
        )
        .await
        .expect_err("short");
    assert!(
        error.to_string().contains("5 bytes, not the 10 declared"),
        "{error}"
    );
    let last = server.requests().last().cloned().expect("requests");
    assert_eq!(last.path(), "/uploads/upload_2/cancel");
}
