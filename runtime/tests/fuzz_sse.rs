//! Property tests of the SSE decoder and typed event decoding on arbitrary
//! bytes: the same events whatever the chunking, and errors, never panics.
//! `PROPTEST_CASES` raises the number of cases for a longer fuzzing run.

use futures_util::StreamExt;
use proptest::prelude::*;
use sdk_runtime::sse::{EventStream, SseDecoder};
use std::collections::VecDeque;
use std::time::Duration;

fn decode(chunks: &[&[u8]]) -> Vec<sdk_runtime::sse::SseEvent> {
    let mut d = SseDecoder::new();
    let mut out = VecDeque::new();
    for c in chunks {
        d.feed(c, &mut out);
    }
    d.finish(&mut out);
    out.into()
}

fn sse_like() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just(b"data: ".to_vec()),
        Just(b"event: x\n".to_vec()),
        Just(b"id: 1\n".to_vec()),
        Just(b"retry: 10\n".to_vec()),
        Just(b": c\n".to_vec()),
        Just(b"\n".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"\r".to_vec()),
        Just(b"{\"error\":{\"message\":\"m\"}}".to_vec()),
        Just(b"[DONE]".to_vec()),
        Just("é".as_bytes().to_vec()),
        proptest::collection::vec(any::<u8>(), 0..16),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn chunking_never_changes_the_events(data in sse_like(), cuts in proptest::collection::vec(any::<usize>(), 0..8)) {
        let whole = decode(&[&data]);
        let mut points: Vec<usize> = cuts.iter().map(|c| if data.is_empty() { 0 } else { c % (data.len() + 1) }).collect();
        points.sort_unstable();
        let mut chunks = Vec::new();
        let mut at = 0;
        for p in points {
            chunks.push(&data[at..p]);
            at = p;
        }
        chunks.push(&data[at..]);
        prop_assert_eq!(decode(&chunks), whole);
    }

    #[test]
    fn typed_streams_of_arbitrary_bytes_end_without_panicking(data in sse_like()) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_time().build().expect("runtime");
        runtime.block_on(async {
            let chunks: Vec<Result<bytes::Bytes, sdk_runtime::Error>> = data.chunks(7).map(|c| Ok(bytes::Bytes::copy_from_slice(c))).collect();
            let stream = EventStream::<serde_json::Value>::from_chunks(futures_util::stream::iter(chunks), Duration::from_secs(5));
            let items: Vec<_> = stream.collect().await;
            let _ = items;
        });
    }
}
