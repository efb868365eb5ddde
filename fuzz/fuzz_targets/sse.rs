//! The SSE decoder on arbitrary bytes, split at an arbitrary point: the
//! same events as unsplit, and no panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sdk_runtime::sse::SseDecoder;
use std::collections::VecDeque;

fuzz_target!(|data: &[u8]| {
    let split = data.first().map_or(0, |b| *b as usize % (data.len() + 1));
    let mut whole = SseDecoder::new();
    let mut a = VecDeque::new();
    whole.feed(data, &mut a);
    whole.finish(&mut a);
    let mut parts = SseDecoder::new();
    let mut b = VecDeque::new();
    parts.feed(&data[..split], &mut b);
    parts.feed(&data[split..], &mut b);
    parts.finish(&mut b);
    assert_eq!(a, b);
    for event in a {
        let _ = serde_json::from_str::<serde_json::Value>(&event.data);
    }
});
