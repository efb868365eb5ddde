//! Server-sent events: a decoder that follows the WHATWG specification, and
//! a typed stream of events over a response body.

use bytes::Bytes;
use futures_core::Stream;
use futures_util::StreamExt;
use serde::de::DeserializeOwned;
use std::collections::VecDeque;
use std::fmt;
use std::marker::PhantomData;
use std::pin::Pin;
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
    line: Vec<u8>,
    after_cr: bool,
    data: String,
    has_data: bool,
    event: Option<String>,
    last_id: Option<String>,
    retry: Option<u64>,
}

impl SseDecoder {
    /// A fresh decoder.
    pub fn new() -> Self {
        Self::default()
    }

    /// Consumes a chunk and appends the events it completes to `out`.
    pub fn feed(&mut self, mut chunk: &[u8], out: &mut VecDeque<SseEvent>) {
        if self.after_cr && chunk.first() == Some(&b'\n') {
            chunk = &chunk[1..];
        }
        self.after_cr = false;
        while let Some(pos) = chunk.iter().position(|b| *b == b'\n' || *b == b'\r') {
            self.line.extend_from_slice(&chunk[..pos]);
            let line = std::mem::take(&mut self.line);
            self.process_line(&line, out);
            self.line = line;
            self.line.clear();
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

    /// Ends the input: a last line without a terminator is processed, and a
    /// pending event with data is dispatched (servers often omit the final
    /// blank line).
    pub fn finish(&mut self, out: &mut VecDeque<SseEvent>) {
        if !self.line.is_empty() {
            let line = std::mem::take(&mut self.line);
            self.process_line(&line, out);
        }
        self.dispatch(out);
    }

    fn process_line(&mut self, line: &[u8], out: &mut VecDeque<SseEvent>) {
        if line.is_empty() {
            self.dispatch(out);
            return;
        }
        if line[0] == b':' {
            return;
        }
        let (field, value) = match line.iter().position(|b| *b == b':') {
            Some(i) => {
                let v = &line[i + 1..];
                (&line[..i], v.strip_prefix(b" ").unwrap_or(v))
            }
            None => (line, &[][..]),
        };
        let value = String::from_utf8_lossy(value);
        match field {
            b"data" => {
                self.data.push_str(&value);
                self.data.push('\n');
                self.has_data = true;
            }
            b"event" => self.event = Some(value.into_owned()),
            b"id" if !value.contains('\0') => self.last_id = Some(value.into_owned()),
            b"retry" if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) => {
                self.retry = value.parse().ok();
            }
            _ => {}
        }
    }

    fn dispatch(&mut self, out: &mut VecDeque<SseEvent>) {
        let event = self.event.take();
        if !self.has_data {
            self.data.clear();
            return;
        }
        self.has_data = false;
        let mut data = std::mem::take(&mut self.data);
        if data.ends_with('\n') {
            data.pop();
        }
        out.push_back(SseEvent {
            event: event.filter(|e| !e.is_empty()),
            data,
            id: self.last_id.clone(),
            retry: self.retry.take(),
        });
    }
}

type ChunkStream = Pin<Box<dyn Stream<Item = Result<Bytes, Error>> + Send>>;

struct State<E> {
    body: ChunkStream,
    decoder: SseDecoder,
    queue: VecDeque<SseEvent>,
    idle: Duration,
    done: bool,
    _event: PhantomData<fn() -> E>,
}

enum Step<E> {
    Yield(Result<E, Error>),
    Skip,
    End,
}

impl<E: DeserializeOwned> State<E> {
    fn handle(&mut self, ev: SseEvent) -> Step<E> {
        if ev.data == "[DONE]" || ev.event.as_deref() == Some("done") {
            self.done = true;
            self.queue.clear();
            return Step::End;
        }
        if ev.data.is_empty() {
            return Step::Skip;
        }
        if ev.event.as_deref() == Some("error") {
            self.done = true;
            self.queue.clear();
            return Step::Yield(Err(stream_api_error(&ev.data)));
        }
        // Only data that mentions "error" pays for a second parse.
        if ev.data.contains("\"error\"")
            && let Ok(value) = serde_json::from_str::<serde_json::Value>(&ev.data)
            && value.get("error").is_some_and(|e| !e.is_null())
        {
            self.done = true;
            self.queue.clear();
            return Step::Yield(Err(stream_api_error(&ev.data)));
        }
        Step::Yield(crate::de::json::<E>(ev.data.as_bytes()))
    }
}

fn stream_api_error(data: &str) -> Error {
    let mut err = ApiError::from_parts(
        http::StatusCode::OK,
        http::HeaderMap::new(),
        data.as_bytes(),
    );
    if err.error.is_none() {
        err.error = serde_json::from_str(data).ok();
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
            queue: VecDeque::new(),
            idle,
            done: false,
            _event: PhantomData,
        };
        let stream = futures_util::stream::unfold(state, |mut st| async move {
            loop {
                if let Some(ev) = st.queue.pop_front() {
                    match st.handle(ev) {
                        Step::Yield(item) => return Some((item, st)),
                        Step::Skip => continue,
                        Step::End => return None,
                    }
                }
                if st.done {
                    return None;
                }
                match tokio::time::timeout(st.idle, st.body.next()).await {
                    Err(_) => {
                        st.done = true;
                        return Some((Err(Error::Timeout { after: st.idle }), st));
                    }
                    Ok(None) => {
                        st.decoder.finish(&mut st.queue);
                        st.done = true;
                    }
                    Ok(Some(Err(e))) => {
                        st.done = true;
                        return Some((Err(e), st));
                    }
                    Ok(Some(Ok(chunk))) => st.decoder.feed(&chunk, &mut st.queue),
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
