//! The task that owns an open socket: it writes the send queue in order,
//! reads frames only while the reader has room (so a slow reader slows the
//! server, not memory), keeps the connection alive with pings, answers and
//! surfaces close frames, and reconnects after a drop with the queue kept.

use futures_util::{SinkExt, StreamExt};
use serde::de::DeserializeOwned;
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::Error as WsError;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::error::ProtocolError;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;

use super::handshake::{self, Socket, Target};
use super::reconnect::{OnReconnect, ReconnectContext, ReconnectDecision};
use super::{WebSocketError, WebSocketOptions};
use crate::client::Client;
use crate::error::Error;

/// State the connection handle and the task share.
#[derive(Debug, Default)]
pub(crate) struct Shared {
    /// Bytes of messages accepted by `send` and not yet written.
    pub(crate) queued: AtomicUsize,
    /// The server's close frame, after a normal closure.
    pub(crate) close_frame: Mutex<Option<(u16, String)>>,
    /// Successful reconnections so far.
    pub(crate) reconnects: AtomicU32,
}

/// Why a session (one socket's life) ended.
enum End {
    /// Closed on purpose: by the user, by a normal close from the server,
    /// or because nobody listens any more.
    Done,
    /// The connection dropped: reconnect.
    Dropped(Error),
    /// The connection ended with an error for the reader.
    Fatal(Error),
}

/// The task's state.
pub(crate) struct Driver<S> {
    pub(crate) client: Client,
    pub(crate) target: Target,
    pub(crate) options: WebSocketOptions,
    pub(crate) on_reconnect: Option<OnReconnect>,
    pub(crate) outgoing: mpsc::UnboundedReceiver<Message>,
    pub(crate) events: mpsc::Sender<Result<S, Error>>,
    pub(crate) close: oneshot::Receiver<()>,
    pub(crate) shared: Arc<Shared>,
    /// A message whose write failed: the first to go after reconnecting.
    pub(crate) pending: Option<Message>,
}

impl<S: DeserializeOwned + Send + 'static> Driver<S> {
    /// Runs sessions until the connection ends for good.
    pub(crate) async fn run(mut self, mut socket: Socket) {
        loop {
            let ended = match self.session(&mut socket).await {
                End::Dropped(cause) => match self.reconnect(cause).await {
                    Ok(next) => {
                        socket = next;
                        continue;
                    }
                    Err(end) => end,
                },
                end => end,
            };
            if let End::Fatal(error) = ended {
                tracing::debug!(%error, "the WebSocket connection ended");
                let _ = self.events.send(Err(error)).await;
            }
            return;
        }
    }

    /// One socket's life.
    async fn session(&mut self, socket: &mut Socket) -> End {
        let interval = self.options.ping_interval;
        let mut last_heard = Instant::now();
        let mut keepalive =
            interval.map(|every| tokio::time::interval_at(Instant::now() + every, every));
        loop {
            if let Some(message) = self.pending.take()
                && let Err(end) = self.write(socket, message).await
            {
                return end;
            }
            let frame = tokio::select! {
                biased;
                _ = &mut self.close => return self.close_socket(socket).await,
                message = self.outgoing.recv() => {
                    match message {
                        Some(message) => self.pending = Some(message),
                        None => return self.close_socket(socket).await,
                    }
                    continue;
                }
                frame = socket.next() => frame,
                _ = tick(&mut keepalive) => {
                    let every = interval.unwrap_or(Duration::MAX);
                    if last_heard.elapsed() >= every.saturating_mul(2) {
                        return End::Dropped(WebSocketError::Protocol(format!(
                            "no frame from the server for {:?}",
                            last_heard.elapsed()
                        )).into());
                    }
                    if let Err(e) = socket.send(Message::Ping(Default::default())).await {
                        return End::Dropped(dropped(e));
                    }
                    continue;
                }
            };
            last_heard = Instant::now();
            let item = match frame {
                None => {
                    return End::Dropped(
                        WebSocketError::Protocol(
                            "the server closed the connection without a close frame".to_owned(),
                        )
                        .into(),
                    );
                }
                Some(Err(e)) => return classify(e),
                Some(Ok(Message::Text(text))) => crate::de::json_text::<S>(text.as_str()),
                Some(Ok(Message::Binary(bytes))) => {
                    crate::de::json_text::<S>(&String::from_utf8_lossy(&bytes))
                }
                Some(Ok(Message::Close(frame))) => {
                    return self.closed_by_server(socket, frame).await;
                }
                Some(Ok(_)) => continue,
            };
            if let Err(end) = self.deliver(socket, item).await {
                return end;
            }
            last_heard = Instant::now();
        }
    }

    /// Hands an event to the reader, waiting for room while still writing
    /// what the user sends and honouring a close.
    async fn deliver(&mut self, socket: &mut Socket, item: Result<S, Error>) -> Result<(), End> {
        let mut broken = None;
        let events = self.events.clone();
        loop {
            tokio::select! {
                biased;
                _ = &mut self.close => return Err(self.close_socket(socket).await),
                permit = events.reserve() => {
                    let Ok(permit) = permit else {
                        return Err(self.close_socket(socket).await);
                    };
                    permit.send(item);
                    return broken.map_or(Ok(()), Err);
                }
                Some(message) = self.outgoing.recv(), if broken.is_none() && self.pending.is_none() => {
                    if let Err(end) = self.write(socket, message).await {
                        broken = Some(end);
                    }
                }
            }
        }
    }

    /// Writes one message; on failure it stays first in line.
    async fn write(&mut self, socket: &mut Socket, message: Message) -> Result<(), End> {
        let len = message.len();
        match socket.send(message.clone()).await {
            Ok(()) => {
                self.shared.queued.fetch_sub(len, Ordering::AcqRel);
                Ok(())
            }
            Err(e) => {
                self.pending = Some(message);
                Err(classify(e))
            }
        }
    }

    /// The server sent a close frame: a normal closure ends the stream, a
    /// transient one reconnects, any other is an error for the reader.
    async fn closed_by_server(&mut self, socket: &mut Socket, frame: Option<CloseFrame>) -> End {
        let (code, reason) = frame
            .map(|f| (u16::from(f.code), f.reason.as_str().to_owned()))
            .unwrap_or((1005, String::new()));
        // Sends the close reply tungstenite queued.
        let _ = tokio::time::timeout(self.options.close_timeout, socket.close(None)).await;
        match code {
            1000 | 1005 => {
                if let Ok(mut slot) = self.shared.close_frame.lock() {
                    *slot = Some((code, reason));
                }
                End::Done
            }
            1001 | 1006 | 1011 | 1012 | 1013 | 1014 => {
                End::Dropped(WebSocketError::Closed { code, reason }.into())
            }
            _ => End::Fatal(WebSocketError::Closed { code, reason }.into()),
        }
    }

    /// Writes what waits, sends a normal close and waits (bounded) for the
    /// server's reply.
    async fn close_socket(&mut self, socket: &mut Socket) -> End {
        let timeout = self.options.close_timeout;
        let closing = async {
            if let Some(message) = self.pending.take() {
                self.write(socket, message).await.map_err(|_| ())?;
            }
            while let Ok(message) = self.outgoing.try_recv() {
                self.write(socket, message).await.map_err(|_| ())?;
            }
            let frame = CloseFrame {
                code: CloseCode::Normal,
                reason: Default::default(),
            };
            socket.close(Some(frame)).await.map_err(|_| ())?;
            while let Some(Ok(_)) = socket.next().await {}
            Ok::<(), ()>(())
        };
        let _ = tokio::time::timeout(timeout, closing).await;
        End::Done
    }

    /// Reconnects with backoff, consulting the callback before each
    /// attempt; the send queue is kept and flushed by the next session.
    async fn reconnect(&mut self, cause: Error) -> Result<Socket, End> {
        let policy = self.options.reconnect.clone();
        if policy.max_attempts == 0 {
            return Err(End::Fatal(cause));
        }
        let mut last = cause;
        for attempt in 1..=policy.max_attempts {
            let mut delay = policy.delay(attempt);
            if let Some(callback) = &self.on_reconnect {
                let mut context = ReconnectContext {
                    attempt,
                    cause: &last,
                    delay,
                    query: &mut self.target.query,
                    headers: &mut self.target.headers,
                };
                let decision = callback(&mut context);
                delay = context.delay;
                if decision == ReconnectDecision::Abort {
                    let cause = Box::new(last);
                    return Err(End::Fatal(
                        WebSocketError::ReconnectAborted { cause }.into(),
                    ));
                }
            }
            tracing::info!(attempt, ?delay, cause = %last, "reconnecting the WebSocket");
            tokio::select! {
                _ = &mut self.close => return Err(End::Done),
                _ = tokio::time::sleep(delay) => {}
            }
            let opened = tokio::select! {
                _ = &mut self.close => return Err(End::Done),
                opened = handshake::open(&self.client.inner, &self.target, attempt + 1, &self.options) => opened,
            };
            match opened {
                Ok(socket) => {
                    self.shared.reconnects.fetch_add(1, Ordering::AcqRel);
                    return Ok(socket);
                }
                Err(e) if !worth_retrying(&e) => return Err(End::Fatal(e)),
                Err(e) => last = e,
            }
        }
        let last = Box::new(last);
        Err(End::Fatal(
            WebSocketError::ReconnectFailed {
                attempts: policy.max_attempts,
                last,
            }
            .into(),
        ))
    }
}

/// The next keep-alive tick, or never.
async fn tick(keepalive: &mut Option<tokio::time::Interval>) {
    match keepalive {
        Some(interval) => {
            interval.tick().await;
        }
        None => std::future::pending().await,
    }
}

/// A read or write error: a broken connection reconnects, a broken
/// protocol (or an oversized message) ends the connection.
fn classify(e: WsError) -> End {
    match e {
        WsError::Io(_) | WsError::ConnectionClosed | WsError::AlreadyClosed => {
            End::Dropped(dropped(e))
        }
        WsError::Protocol(ProtocolError::ResetWithoutClosingHandshake) => End::Dropped(
            WebSocketError::Protocol(
                "the server reset the connection without a close frame".to_owned(),
            )
            .into(),
        ),
        other => End::Fatal(WebSocketError::Protocol(other.to_string()).into()),
    }
}

fn dropped(e: WsError) -> Error {
    match e {
        WsError::Io(io) => Error::Connection {
            message: "the WebSocket connection broke".to_owned(),
            source: Some(Box::new(io)),
        },
        other => WebSocketError::Protocol(other.to_string()).into(),
    }
}

/// Whether a failed reconnection attempt is worth another: a connection
/// failure, a timeout or a server error is; a refusal (401, 403, 404, a
/// redirect) or a configuration error is not.
fn worth_retrying(e: &Error) -> bool {
    match e {
        Error::Connection { .. } | Error::Timeout { .. } => true,
        Error::Api(api) => {
            let status = api.status.as_u16();
            status == 408 || status == 429 || status >= 500
        }
        _ => false,
    }
}
