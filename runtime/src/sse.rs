//! Server-sent events: a decoder that follows the WHATWG specification, and
//! a typed stream of events over a response body.

use bytes::Bytes;
use futures_core::Stream;
use futures_util::StreamExt;
use serde::de::DeserializeOwned;
use std::collections::VecDeque;
use std::fmt;
use std::pin::Pin;
use std::sync::LazyLock;
use std::task::{Context, Poll};
use std::time::Duration;

use crate::error::{ApiError, Error};

/// One dispatched event.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SseEvent {
    /// The `event` field, if any.
    pub event: Option<String>,
    /// The data lines joined by `\n`.
    pub data: String,
    /// The last event id seen, if any.
    pub id: Option<String>,
    /// The `retry` field, if any.
    pub retry: Option<u64>,
}

/// An incremental SSE parser. Feed it chunks split anywhere (inside a line,
/// between CR and LF, inside a UTF-8 character); it yields complete events.
#[derive(Debug, Default)]
pub struct SseDecoder {
    /// The start of a line whose end has not arrived yet.
    line: Vec<u8>,
    after_cr: bool,
    /// The data lines of the pending event, each followed by `\n`.
    data: Vec<u8>,
    has_data: bool,
    /// The pending event's type (reused between events).
    event: String,
    has_event: bool,
    last_id: Option<String>,
    retry: Option<u64>,
}

/// An event as the decoder dispatches it, borrowing its buffers: the typed
/// stream decodes from it without copying the data out.
pub(crate) struct EventRef<'a> {
    pub(crate) event: Option<&'a str>,
    pub(crate) data: &'a [u8],
    pub(crate) id: Option<&'a str>,
    pub(crate) retry: Option<u64>,
}

impl EventRef<'_> {
    fn to_event(&self) -> SseEvent {
        SseEvent {
            event: self.event.map(str::to_owned),
            data: String::from_utf8_lossy(self.data).into_owned(),
            id: self.id.map(str::to_owned),
            retry: self.retry,
        }
    }
}

impl SseDecoder {
    /// A fresh decoder.
    pub fn new() -> Self {
        Self::default()
    }

    /// Consumes a chunk and appends the events it completes to `out`.
    pub fn feed(&mut self, chunk: &[u8], out: &mut VecDeque<SseEvent>) {
        self.feed_with(chunk, &mut |event| out.push_back(event.to_event()));
    }

    /// Ends the input: a last line without a terminator is processed, and a
    /// pending event with data is dispatched (servers often omit the final
    /// blank line).
    pub fn finish(&mut self, out: &mut VecDeque<SseEvent>) {
        self.finish_with(&mut |event| out.push_back(event.to_event()));
    }

    /// [`feed`](Self::feed), handing each event to `on_event` as it completes.
    pub(crate) fn feed_with(&mut self, mut chunk: &[u8], on_event: &mut impl FnMut(EventRef<'_>)) {
        if chunk.is_empty() {
            // An empty chunk must not forget a `\r` that ended the last one.
            return;
        }
        if self.after_cr && chunk[0] == b'\n' {
            chunk = &chunk[1..];
        }
        self.after_cr = false;
        while let Some(pos) = memchr::memchr2(b'\n', b'\r', chunk) {
            if self.line.is_empty() {
                // The whole line is in this chunk: no copy.
                self.process_line(&chunk[..pos], on_event);
            } else {
                self.line.extend_from_slice(&chunk[..pos]);
                let line = std::mem::take(&mut self.line);
                self.process_line(&line, on_event);
                self.line = line;
                self.line.clear();
            }
            let is_cr = chunk[pos] == b'\r';
            chunk = &chunk[pos + 1..];
            if is_cr {
                if chunk.first() == Some(&b'\n') {
                    chunk = &chunk[1..];
                } else if chunk.is_empty() {
                    self.after_cr = true;
                }
            }
        }
        self.line.extend_from_slice(chunk);
    }

    /// [`finish`](Self::finish), handing the last event to `on_event`.
    pub(crate) fn finish_with(&mut self, on_event: &mut impl FnMut(EventRef<'_>)) {
        if !self.line.is_empty() {
            let line = std::mem::take(&mut self.line);
            self.process_line(&line, on_event);
        }
        self.dispatch(on_event);
    }

    fn process_line(&mut self, line: &[u8], on_event: &mut impl FnMut(EventRef<'_>)) {
        if line.is_empty() {
            self.dispatch(on_event);
            return;
        }
        if line[0] == b':' {
            return;
        }
        let (field, value) = match memchr::memchr(b':', line) {
            Some(i) => {
                let v = &line[i + 1..];
                (&line[..i], v.strip_prefix(b" ").unwrap_or(v))
            }
            None => (line, &[][..]),
        };
        match field {
            b"data" => {
                self.data.extend_from_slice(value);
                self.data.push(b'\n');
                self.has_data = true;
            }
            b"event" => {
                self.event.clear();
                self.event.push_str(&String::from_utf8_lossy(value));
                self.has_event = true;
            }
            b"id" if !value.contains(&0) => {
                self.last_id = Some(String::from_utf8_lossy(value).into_owned());
            }
            b"retry" if !value.is_empty() && value.iter().all(u8::is_ascii_digit) => {
                self.retry = std::str::from_utf8(value).ok().and_then(|v| v.parse().ok());
            }
            _ => {}
        }
    }

    fn dispatch(&mut self, on_event: &mut impl FnMut(EventRef<'_>)) {
        let has_event = std::mem::take(&mut self.has_event);
        if !self.has_data {
            self.data.clear();
            return;
        }
        self.has_data = false;
        let end = self.data.len() - usize::from(self.data.ends_with(b"\n"));
        on_event(EventRef {
            event: (has_event && !self.event.is_empty()).then_some(self.event.as_str()),
            data: &self.data[..end],
            id: self.last_id.as_deref(),
            retry: self.retry.take(),
        });
        self.data.clear();
    }
}

type ChunkStream = Pin<Box<dyn Stream<Item = Result<Bytes, Error>> + Send>>;

struct State<E> {
    body: ChunkStream,
    decoder: SseDecoder,
    /// Events decoded and not yet yielded, in order.
    ready: VecDeque<Result<E, Error>>,
    idle: Duration,
    /// Set at the end of the body, at `[DONE]`, after an error: nothing more
    /// is read or decoded, what is `ready` is still yielded.
    stop: bool,
}

/// Finds `"error"` in event data: only data that mentions it pays for a
/// second parse.
static ERROR_KEY: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(b"\"error\""));

/// Turns one dispatched event into the next item of the stream.
fn handle<E: DeserializeOwned>(
    ev: EventRef<'_>,
    ready: &mut VecDeque<Result<E, Error>>,
    stop: &mut bool,
) {
    if *stop {
        return;
    }
    if ev.data == b"[DONE]" || ev.event == Some("done") {
        *stop = true;
        return;
    }
    if ev.data.is_empty() {
        return;
    }
    if ev.event == Some("error") {
        *stop = true;
        ready.push_back(Err(stream_api_error(ev.data)));
        return;
    }
    if ERROR_KEY.find(ev.data).is_some()
        && let Ok(value) = serde_json::from_slice::<serde_json::Value>(ev.data)
        && value.get("error").is_some_and(|e| !e.is_null())
    {
        *stop = true;
        ready.push_back(Err(stream_api_error(ev.data)));
        return;
    }
    let item = match crate::de::json::<E>(ev.data) {
        // Invalid UTF-8 is read as its replacement characters, as a text
        // event stream is.
        Err(_) if std::str::from_utf8(ev.data).is_err() => {
            crate::de::json::<E>(String::from_utf8_lossy(ev.data).as_bytes())
        }
        item => item,
    };
    ready.push_back(item);
}

fn stream_api_error(data: &[u8]) -> Error {
    let mut err = ApiError::from_parts(http::StatusCode::OK, http::HeaderMap::new(), data);
    if err.error.is_none() {
        err.error = serde_json::from_slice(data).ok();
    }
    Error::Api(Box::new(err))
}

/// A stream of typed events decoded from server-sent events. It ends at
/// `data: [DONE]`, at an `event: done`, or at the end of the body; an error event or an `error`
/// object becomes an [`Error::Api`] item, after which the stream ends.
pub struct EventStream<E> {
    inner: Pin<Box<dyn Stream<Item = Result<E, Error>> + Send>>,
}

impl<E> fmt::Debug for EventStream<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("EventStream")
    }
}

impl<E: DeserializeOwned + Send + 'static> EventStream<E> {
    /// Decodes events from any stream of byte chunks; each chunk must arrive
    /// within `idle`.
    pub fn from_chunks(
        body: impl Stream<Item = Result<Bytes, Error>> + Send + 'static,
        idle: Duration,
    ) -> Self {
        let state = State::<E> {
            body: Box::pin(body),
            decoder: SseDecoder::new(),
            ready: VecDeque::new(),
            idle,
            stop: false,
        };
        let stream = futures_util::stream::unfold(state, |mut st| async move {
            loop {
                if let Some(item) = st.ready.pop_front() {
                    return Some((item, st));
                }
                if st.stop {
                    return None;
                }
                let State {
                    body,
                    decoder,
                    ready,
                    idle,
                    stop,
                } = &mut st;
                match tokio::time::timeout(*idle, body.next()).await {
                    Err(_) => {
                        *stop = true;
                        let after = *idle;
                        return Some((Err(Error::Timeout { after }), st));
                    }
                    Ok(None) => {
                        decoder.finish_with(&mut |ev| handle(ev, ready, stop));
                        *stop = true;
                    }
                    Ok(Some(Err(e))) => {
                        *stop = true;
                        return Some((Err(e), st));
                    }
                    Ok(Some(Ok(chunk))) => {
                        decoder.feed_with(&chunk, &mut |ev| handle(ev, ready, stop));
                    }
                }
            }
        });
        Self {
            inner: Box::pin(stream),
        }
    }

    /// Decodes events from a response body (used by generated streaming
    /// methods).
    pub fn from_response(response: reqwest::Response, idle: Duration) -> Self {
        Self::from_chunks(
            response.bytes_stream().map(|r| r.map_err(Error::from)),
            idle,
        )
    }
}

impl<E> Stream for EventStream<E> {
    type Item = Result<E, Error>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_all(chunks: &[&[u8]]) -> Vec<SseEvent> {
        let mut d = SseDecoder::new();
        let mut out = VecDeque::new();
        for c in chunks {
            d.feed(c, &mut out);
        }
        d.finish(&mut out);
        out.into_iter().collect()
    }

    const SAMPLE: &[u8] = b": comment\r\nevent: greet\r\nid: 7\r\ndata: h\xc3\xa9llo\r\ndata: world\r\nretry: 1500\r\n\r\ndata: second\n\ndata: third\r\rdata:[DONE]\n\n";

    fn expected() -> Vec<SseEvent> {
        vec![
            SseEvent {
                event: Some("greet".into()),
                data: "héllo\nworld".into(),
                id: Some("7".into()),
                retry: Some(1500),
            },
            SseEvent {
                event: None,
                data: "second".into(),
                id: Some("7".into()),
                retry: None,
            },
            SseEvent {
                event: None,
                data: "third".into(),
                id: Some("7".into()),
                retry: None,
            },
            SseEvent {
                event: None,
                data: "[DONE]".into(),
                id: Some("7".into()),
                retry: None,
            },
        ]
    }

    #[test]
    fn every_single_split_point() {
        let bytes = SAMPLE;
        for i in 0..=bytes.len() {
            let (a, b) = bytes.split_at(i);
            assert_eq!(decode_all(&[a, b]), expected(), "split at {i}");
        }
    }

    #[test]
    fn every_split_point_with_an_empty_chunk_between() {
        // Found by the property test: an empty chunk after one ending in
        // `\r` made the `\n` that followed a second line end.
        let bytes = SAMPLE;
        for i in 0..=bytes.len() {
            let (a, b) = bytes.split_at(i);
            assert_eq!(decode_all(&[a, b"", b]), expected(), "split at {i}");
        }
    }

    #[test]
    fn byte_by_byte() {
        let chunks: Vec<&[u8]> = SAMPLE.chunks(1).collect();
        assert_eq!(decode_all(&chunks), expected());
    }

    #[test]
    fn invalid_utf8_is_replaced_not_fatal() {
        let events = decode_all(&[b"data: a\xffb\n\n"]);
        assert_eq!(events[0].data, "a\u{fffd}b");
    }

    #[test]
    fn event_without_data_is_not_dispatched() {
        assert!(decode_all(&[b"event: ping\n\n"]).is_empty());
    }
}
