//! The user's side of a WebSocket: [`Connect`] opens it, [`Connection`]
//! sends typed client events and is a `Stream` of typed server events, and
//! [`EventSender`] sends from other tasks.

use futures_core::Stream;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::fmt;
use std::future::{Future, IntoFuture};
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::task::{Context, Poll};
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;
use tokio_tungstenite::tungstenite::Message;

use super::driver::{Driver, Shared};
use super::handshake::{self, Target};
use super::reconnect::{OnReconnect, ReconnectContext, ReconnectDecision};
use super::{WebSocketError, WebSocketOptions};
use crate::client::Client;
use crate::error::Error;

impl Client {
    /// Opens a WebSocket to `path` below the base URL: `C` is the type of
    /// the events sent, `S` of the events received. The handshake is
    /// authenticated like any request (the provider may route it).
    pub fn websocket<C, S>(&self, path: &str) -> Connect<C, S> {
        Connect {
            client: self.clone(),
            target: Target {
                path: path.to_owned(),
                ..Target::default()
            },
            options: WebSocketOptions::default(),
            on_reconnect: None,
            error: None,
            types: PhantomData,
        }
    }
}

/// A WebSocket about to be opened; `.await` it (or call
/// [`Connect::send`]) to connect.
#[must_use = "a connection opens when awaited"]
pub struct Connect<C, S> {
    client: Client,
    target: Target,
    options: WebSocketOptions,
    on_reconnect: Option<OnReconnect>,
    error: Option<Error>,
    types: PhantomData<fn(C) -> S>,
}

impl<C, S> fmt::Debug for Connect<C, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Connect")
            .field("path", &self.target.path)
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl<C, S> Connect<C, S>
where
    C: Serialize,
    S: DeserializeOwned + Send + 'static,
{
    /// Adds a query parameter to the handshake.
    pub fn query(mut self, name: &str, value: impl Into<String>) -> Self {
        self.target.query.push((name.to_owned(), value.into()));
        self
    }
    /// Adds a header to the handshake (authentication sets its own).
    pub fn header(mut self, name: &str, value: &str) -> Self {
        match (
            http::HeaderName::from_bytes(name.as_bytes()),
            http::HeaderValue::from_str(value),
        ) {
            (Ok(name), Ok(value)) => {
                self.target.headers.insert(name, value);
            }
            _ => {
                self.error = Some(Error::InvalidRequest(format!(
                    "the WebSocket header `{name}` is not a valid header"
                )));
            }
        }
        self
    }
    /// The connection's settings.
    pub fn options(mut self, options: WebSocketOptions) -> Self {
        self.options = options;
        self
    }
    /// A callback consulted before each reconnection attempt: it may
    /// change the query and headers, the delay, or stop.
    pub fn on_reconnect(
        mut self,
        callback: impl Fn(&mut ReconnectContext<'_>) -> ReconnectDecision + Send + Sync + 'static,
    ) -> Self {
        self.on_reconnect = Some(Arc::new(callback));
        self
    }

    /// Opens the connection.
    pub async fn send(self) -> Result<Connection<C, S>, Error> {
        if let Some(error) = self.error {
            return Err(error);
        }
        let socket = handshake::open(&self.client.inner, &self.target, 1, &self.options).await?;
        let (outgoing_tx, outgoing) = mpsc::unbounded_channel();
        let (events_tx, events) = mpsc::channel(self.options.event_buffer);
        let (close_tx, close) = oneshot::channel();
        let shared = Arc::new(Shared::default());
        let limit = self.options.max_queued_bytes;
        let driver = Driver {
            client: self.client,
            target: self.target,
            options: self.options,
            on_reconnect: self.on_reconnect,
            outgoing,
            events: events_tx,
            close,
            shared: Arc::clone(&shared),
            pending: None,
        };
        let task = tokio::spawn(driver.run(socket));
        Ok(Connection {
            sender: EventSender {
                outgoing: outgoing_tx,
                shared,
                limit,
                types: PhantomData,
            },
            events,
            close: Some(close_tx),
            task: Some(task),
        })
    }
}

impl<C, S> IntoFuture for Connect<C, S>
where
    C: Serialize + 'static,
    S: DeserializeOwned + Send + 'static,
{
    type Output = Result<Connection<C, S>, Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// An open WebSocket: send client events with [`Connection::send`], read
/// server events as a `Stream` (or with [`Connection::recv`]).
///
/// The stream ends after a normal close; a close with another code is a
/// [`WebSocketError::Closed`] item, and a drop that reconnection could not
/// mend is a [`WebSocketError::ReconnectFailed`] item. Dropping the
/// connection closes it.
pub struct Connection<C, S> {
    sender: EventSender<C>,
    events: mpsc::Receiver<Result<S, Error>>,
    close: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl<C, S> fmt::Debug for Connection<C, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Connection")
            .field("queued_bytes", &self.sender.queued_bytes())
            .field("reconnects", &self.reconnects())
            .finish_non_exhaustive()
    }
}

impl<C: Serialize, S> Connection<C, S> {
    /// Queues a client event; it is written in order, after reconnecting
    /// if the connection is down. Fails when the send queue would pass its
    /// bound or the connection has ended.
    pub fn send(&self, event: &C) -> Result<(), Error> {
        self.sender.send(event)
    }
    /// A handle that sends from another task.
    pub fn sender(&self) -> EventSender<C> {
        self.sender.clone()
    }
}

impl<C, S> Connection<C, S> {
    /// The next server event; `None` once the connection has ended.
    pub async fn recv(&mut self) -> Option<Result<S, Error>> {
        self.events.recv().await
    }
    /// Closes the connection: what is queued is written, then a normal
    /// close frame, and the server's reply is awaited (bounded by the
    /// close timeout).
    pub async fn close(mut self) -> Result<(), Error> {
        if let Some(close) = self.close.take() {
            let _ = close.send(());
        }
        if let Some(task) = self.task.take() {
            task.await.map_err(|e| {
                WebSocketError::Protocol(format!("the connection task failed: {e}"))
            })?;
        }
        Ok(())
    }
    /// The server's close code and reason, after it closed normally.
    pub fn close_frame(&self) -> Option<(u16, String)> {
        self.sender.shared.close_frame.lock().ok()?.clone()
    }
    /// How many times the connection was opened again after a drop.
    pub fn reconnects(&self) -> u32 {
        self.sender.shared.reconnects.load(Ordering::Acquire)
    }
}

impl<C, S> Stream for Connection<C, S> {
    type Item = Result<S, Error>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.events.poll_recv(cx)
    }
}

/// Sends client events on a [`Connection`] from any task. Cheap to clone.
pub struct EventSender<C> {
    outgoing: mpsc::UnboundedSender<Message>,
    shared: Arc<Shared>,
    limit: usize,
    types: PhantomData<fn(&C)>,
}

impl<C> Clone for EventSender<C> {
    fn clone(&self) -> Self {
        Self {
            outgoing: self.outgoing.clone(),
            shared: Arc::clone(&self.shared),
            limit: self.limit,
            types: PhantomData,
        }
    }
}

impl<C> fmt::Debug for EventSender<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EventSender")
            .field("queued_bytes", &self.queued_bytes())
            .field("limit", &self.limit)
            .finish()
    }
}

impl<C> EventSender<C> {
    /// Bytes accepted and not yet written.
    pub fn queued_bytes(&self) -> usize {
        self.shared.queued.load(Ordering::Acquire)
    }
    /// Queues a text message as it is (JSON the types do not cover).
    pub fn send_text(&self, text: impl Into<String>) -> Result<(), Error> {
        let text = text.into();
        let len = text.len();
        let queued = self.shared.queued.fetch_add(len, Ordering::AcqRel);
        if queued.saturating_add(len) > self.limit {
            self.shared.queued.fetch_sub(len, Ordering::AcqRel);
            return Err(WebSocketError::QueueFull {
                limit: self.limit,
                queued,
                message: len,
            }
            .into());
        }
        self.outgoing.send(Message::text(text)).map_err(|_| {
            self.shared.queued.fetch_sub(len, Ordering::AcqRel);
            Error::from(WebSocketError::NotConnected)
        })
    }
}

impl<C: Serialize> EventSender<C> {
    /// Queues a client event (see [`Connection::send`]).
    pub fn send(&self, event: &C) -> Result<(), Error> {
        let text = serde_json::to_string(event)
            .map_err(|e| Error::InvalidRequest(format!("cannot serialize the event: {e}")))?;
        self.send_text(text)
    }
}
