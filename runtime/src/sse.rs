//! Server-sent events: a decoder that follows the WHATWG specification, and
//! a typed stream of events over a response body.

use bytes::Bytes;
use futures_core::Stream;
use serde::de::DeserializeOwned;
use std::collections::VecDeque;
use std::fmt;
use std::future::Future;
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
        // The pending event's only data line while it is still in `chunk`:
        // most events are one data line and a blank line in the same chunk,
        // and are decoded from the chunk without a copy.
        let mut borrowed: Option<&[u8]> = None;
        while let Some(pos) = memchr::memchr2(b'\n', b'\r', chunk) {
            if self.line.is_empty() {
                self.process_chunk_line(&chunk[..pos], &mut borrowed, on_event);
            } else {
                // The first line of a chunk may have begun in the last one
                // (nothing is borrowed yet).
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
        if let Some(data) = borrowed {
            self.keep(data);
        }
        self.line.extend_from_slice(chunk);
    }

    /// [`finish`](Self::finish), handing the last event to `on_event`.
    pub(crate) fn finish_with(&mut self, on_event: &mut impl FnMut(EventRef<'_>)) {
        if !self.line.is_empty() {
            let line = std::mem::take(&mut self.line);
            self.process_line(&line, on_event);
        }
        self.dispatch(None, on_event);
    }

    /// A whole line inside the current chunk: the first data line of an
    /// event stays where it is, in `borrowed`.
    fn process_chunk_line<'c>(
        &mut self,
        line: &'c [u8],
        borrowed: &mut Option<&'c [u8]>,
        on_event: &mut impl FnMut(EventRef<'_>),
    ) {
        if line.is_empty() {
            self.dispatch(borrowed.take(), on_event);
            return;
        }
        if line.starts_with(b"data") {
            if let Some(value) = line.strip_prefix(b"data:")
                && !self.has_data
            {
                *borrowed = Some(value.strip_prefix(b" ").unwrap_or(value));
                self.has_data = true;
                return;
            }
            // A second data line: the first joins the buffer first.
            if let Some(first) = borrowed.take() {
                self.keep(first);
            }
        }
        self.process_line(line, on_event);
    }

    /// Moves a borrowed data line into the event's buffer.
    fn keep(&mut self, data: &[u8]) {
        self.data.extend_from_slice(data);
        self.data.push(b'\n');
    }

    fn process_line(&mut self, line: &[u8], on_event: &mut impl FnMut(EventRef<'_>)) {
        if line.is_empty() {
            self.dispatch(None, on_event);
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

    /// Dispatches the pending event; its data is `borrowed` when its one
    /// data line is still in the chunk, else the buffer.
    fn dispatch(&mut self, borrowed: Option<&[u8]>, on_event: &mut impl FnMut(EventRef<'_>)) {
        let has_event = std::mem::take(&mut self.has_event);
        if !self.has_data {
            self.data.clear();
            return;
        }
        self.has_data = false;
        let data = match borrowed {
            Some(data) => data,
            None => {
                let end = self.data.len() - usize::from(self.data.ends_with(b"\n"));
                &self.data[..end]
            }
        };
        on_event(EventRef {
            event: (has_event && !self.event.is_empty()).then_some(self.event.as_str()),
            data,
            id: self.last_id.as_deref(),
            retry: self.retry.take(),
        });
        self.data.clear();
    }
}

type ChunkStream = Pin<Box<dyn Stream<Item = Result<Bytes, Error>> + Send>>;

/// Decodes one event's data into an item (`decode::<E>`, chosen where `E`'s
/// decoding is known, so the stream itself needs no bound on `E`).
type Decode<E> = fn(&[u8]) -> Result<E, Error>;

/// An event waiting to be handed out: its data, decoded only then (a
/// decoded event is large, and is moved once instead of through a queue).
enum Pending {
    Data(Bytes),
    Failed(Error),
}

/// Finds `"error"` in event data: only data that mentions it pays for a
/// second parse.
static ERROR_KEY: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(b"\"error\""));

/// Sorts one dispatched event: the end of the stream, an error, or data to
/// decode. `chunk` is the chunk being fed; data still inside it is kept as
/// a slice of it, without a copy.
fn sort(
    ev: EventRef<'_>,
    chunk: &Bytes,
    ready: &mut VecDeque<Pending>,
    stop: &mut bool,
    envelope: bool,
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
        ready.push_back(Pending::Failed(stream_api_error(ev.data)));
        return;
    }
    if ERROR_KEY.find(ev.data).is_some()
        && let Ok(value) = serde_json::from_slice::<serde_json::Value>(ev.data)
        && value.get("error").is_some_and(|e| !e.is_null())
    {
        *stop = true;
        ready.push_back(Pending::Failed(stream_api_error(ev.data)));
        return;
    }
    if envelope {
        // `{"event": <name>, "data": <data>}`: the name is the `event:`
        // field (`message` when absent, as SSE defines).
        let name = serde_json::to_string(ev.event.unwrap_or("message")).unwrap_or_default();
        let mut wrapped = Vec::with_capacity(ev.data.len() + name.len() + 20);
        wrapped.extend_from_slice(b"{\"event\":");
        wrapped.extend_from_slice(name.as_bytes());
        wrapped.extend_from_slice(b",\"data\":");
        wrapped.extend_from_slice(ev.data);
        wrapped.push(b'}');
        ready.push_back(Pending::Data(Bytes::from(wrapped)));
        return;
    }
    let start = chunk.as_ptr() as usize;
    let at = ev.data.as_ptr() as usize;
    let data = if at >= start && at + ev.data.len() <= start + chunk.len() {
        chunk.slice(at - start..at - start + ev.data.len())
    } else {
        Bytes::copy_from_slice(ev.data)
    };
    ready.push_back(Pending::Data(data));
}

/// One event's data as an item. Invalid UTF-8 is read as its replacement
/// characters, as a text event stream is. (`from_utf8` first: its ASCII
/// fast path is several times cheaper than the lossy conversion's scan.)
fn decode<E: DeserializeOwned>(data: &[u8]) -> Result<E, Error> {
    match std::str::from_utf8(data) {
        Ok(text) => crate::de::json_text::<E>(text),
        Err(_) => crate::de::json_text::<E>(&String::from_utf8_lossy(data)),
    }
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
///
/// The state lives in the stream itself (no boxed future per item): a chunk
/// is split into events as it arrives, and each is decoded as it is handed
/// out.
pub struct EventStream<E> {
    body: ChunkStream,
    decoder: SseDecoder,
    /// Events read and not yet yielded, in order.
    ready: VecDeque<Pending>,
    idle: Duration,
    /// The deadline of the chunk being waited for; armed when the body first
    /// answers `Pending`, disarmed when a chunk arrives.
    timer: Option<Pin<Box<tokio::time::Sleep>>>,
    armed: bool,
    /// Turns one event's data into an item.
    decode: Decode<E>,
    /// Set at the end of the body, at `[DONE]`, after an error: nothing more
    /// is read or decoded, what is `ready` is still yielded.
    stop: bool,
    /// Each item is `{"event": <event name>, "data": <data>}`.
    envelope: bool,
}

// No field is pinned in place: the body and the timer are boxed, and decoded
// events are only ever moved out whole.
impl<E> Unpin for EventStream<E> {}

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
        Self {
            body: Box::pin(body),
            decoder: SseDecoder::new(),
            ready: VecDeque::new(),
            idle,
            timer: None,
            armed: false,
            decode: decode::<E>,
            stop: false,
            envelope: false,
        }
    }

    /// Decodes events from a response body (used by generated streaming
    /// methods).
    pub fn from_response(body: crate::response::ByteStream, idle: Duration) -> Self {
        Self::from_chunks(body, idle)
    }

    /// Decodes events whose type is the `event:` field and whose payload is
    /// the data, as `{"event": <name>, "data": <data>}` (the Assistants
    /// API's runs stream this way).
    pub fn from_response_enveloped(body: crate::response::ByteStream, idle: Duration) -> Self {
        Self {
            envelope: true,
            ..Self::from_chunks(body, idle)
        }
    }
}

impl<E> EventStream<E> {
    /// Whether the chunk being waited for is overdue (arming its deadline on
    /// the first wait).
    fn overdue(&mut self, cx: &mut Context<'_>) -> bool {
        if !self.armed {
            let deadline = tokio::time::Instant::now() + self.idle;
            match &mut self.timer {
                Some(timer) => timer.as_mut().reset(deadline),
                None => self.timer = Some(Box::pin(tokio::time::sleep_until(deadline))),
            }
            self.armed = true;
        }
        self.timer
            .as_mut()
            .is_some_and(|timer| timer.as_mut().poll(cx).is_ready())
    }
}

impl<E> Stream for EventStream<E> {
    type Item = Result<E, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            match this.ready.pop_front() {
                Some(Pending::Data(data)) => return Poll::Ready(Some((this.decode)(&data))),
                Some(Pending::Failed(error)) => return Poll::Ready(Some(Err(error))),
                None => {}
            }
            if this.stop {
                return Poll::Ready(None);
            }
            let Self {
                body,
                decoder,
                ready,
                stop,
                envelope,
                ..
            } = this;
            let envelope = *envelope;
            match body.as_mut().poll_next(cx) {
                Poll::Pending => {
                    if this.overdue(cx) {
                        this.stop = true;
                        return Poll::Ready(Some(Err(Error::Timeout { after: this.idle })));
                    }
                    return Poll::Pending;
                }
                Poll::Ready(None) => {
                    let none = Bytes::new();
                    decoder.finish_with(&mut |ev| sort(ev, &none, ready, stop, envelope));
                    this.stop = true;
                }
                Poll::Ready(Some(Err(e))) => {
                    this.stop = true;
                    return Poll::Ready(Some(Err(e)));
                }
                Poll::Ready(Some(Ok(chunk))) => {
                    decoder.feed_with(&chunk, &mut |ev| sort(ev, &chunk, ready, stop, envelope));
                }
            }
            this.armed = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::StreamExt;

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

    #[tokio::test]
    async fn the_idle_limit_is_per_chunk_and_a_stall_ends_the_stream() {
        // Five chunks 60 ms apart under a 200 ms limit: 300 ms in all, no
        // timeout. Then the body stalls: one timeout item, then the end.
        let chunks = futures_util::stream::unfold(0u32, |n| async move {
            tokio::time::sleep(Duration::from_millis(if n < 5 { 60 } else { 10_000 })).await;
            Some((Ok(Bytes::from(format!("data: {n}\n\n"))), n + 1))
        });
        let mut stream = EventStream::<u32>::from_chunks(chunks, Duration::from_millis(200));
        for n in 0..5 {
            assert_eq!(stream.next().await.expect("item").expect("event"), n);
        }
        let err = stream.next().await.expect("timeout item").unwrap_err();
        assert!(err.is_timeout(), "{err}");
        assert!(stream.next().await.is_none());
    }

    #[tokio::test]
    async fn typed_events_read_invalid_utf8_as_replacement_characters() {
        let chunks = futures_util::stream::iter([Ok(Bytes::from_static(
            b"data: \"a\xffb\"\n\ndata: [DONE]\n\n",
        ))]);
        let items: Vec<_> = EventStream::<String>::from_chunks(chunks, Duration::from_secs(5))
            .collect()
            .await;
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].as_ref().expect("event"), "a\u{fffd}b");
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
