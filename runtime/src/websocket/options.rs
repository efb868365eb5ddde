//! How a WebSocket connection behaves: timeouts, bounds, keep-alive and
//! reconnection, and (with rustls) the TLS configuration.

use std::fmt;
use std::time::Duration;

use super::reconnect::ReconnectPolicy;

/// Settings of one WebSocket connection. The defaults suit long-lived
/// conversational sockets (voice, streamed responses).
#[derive(Clone)]
#[must_use]
pub struct WebSocketOptions {
    pub(crate) handshake_timeout: Duration,
    pub(crate) max_queued_bytes: usize,
    pub(crate) event_buffer: usize,
    pub(crate) max_message_bytes: usize,
    pub(crate) ping_interval: Option<Duration>,
    pub(crate) close_timeout: Duration,
    pub(crate) reconnect: ReconnectPolicy,
    #[cfg(feature = "rustls")]
    pub(crate) tls: Option<std::sync::Arc<rustls::ClientConfig>>,
}

impl Default for WebSocketOptions {
    fn default() -> Self {
        Self {
            handshake_timeout: Duration::from_secs(30),
            max_queued_bytes: 8 << 20,
            event_buffer: 64,
            max_message_bytes: 32 << 20,
            ping_interval: Some(Duration::from_secs(20)),
            close_timeout: Duration::from_secs(5),
            reconnect: ReconnectPolicy::default(),
            #[cfg(feature = "rustls")]
            tls: None,
        }
    }
}

impl fmt::Debug for WebSocketOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebSocketOptions")
            .field("handshake_timeout", &self.handshake_timeout)
            .field("max_queued_bytes", &self.max_queued_bytes)
            .field("event_buffer", &self.event_buffer)
            .field("max_message_bytes", &self.max_message_bytes)
            .field("ping_interval", &self.ping_interval)
            .field("close_timeout", &self.close_timeout)
            .field("reconnect", &self.reconnect)
            .finish_non_exhaustive()
    }
}

impl WebSocketOptions {
    /// The defaults: a 30 s handshake timeout, an 8 MiB send queue, 64
    /// buffered events, 32 MiB messages, a ping every 20 s, and
    /// [`ReconnectPolicy::default`].
    pub fn new() -> Self {
        Self::default()
    }
    /// How long the TCP connection, TLS and the upgrade may take together.
    pub fn handshake_timeout(mut self, timeout: Duration) -> Self {
        self.handshake_timeout = timeout;
        self
    }
    /// The bound of the send queue, in bytes of serialized messages. A
    /// message that would pass it is refused with
    /// [`WebSocketError::QueueFull`](super::WebSocketError::QueueFull).
    /// Messages wait in the queue while the connection reconnects.
    pub fn max_queued_bytes(mut self, bytes: usize) -> Self {
        self.max_queued_bytes = bytes;
        self
    }
    /// How many received events wait for the reader (at least 1). When
    /// they are all waiting, the connection stops reading from the socket,
    /// so a slow reader slows the server down instead of filling memory.
    pub fn event_buffer(mut self, events: usize) -> Self {
        self.event_buffer = events.max(1);
        self
    }
    /// The largest message accepted from the server, in bytes.
    pub fn max_message_bytes(mut self, bytes: usize) -> Self {
        self.max_message_bytes = bytes;
        self
    }
    /// Sends a ping after this much silence; a connection silent for twice
    /// as long counts as dropped (and is reconnected). `None` turns
    /// keep-alive off.
    pub fn ping_interval(mut self, interval: Option<Duration>) -> Self {
        self.ping_interval = interval;
        self
    }
    /// How long [`Connection::close`](super::Connection::close) waits for
    /// the server to answer the close frame.
    pub fn close_timeout(mut self, timeout: Duration) -> Self {
        self.close_timeout = timeout;
        self
    }
    /// When and how often to reconnect after the connection drops.
    pub fn reconnect(mut self, policy: ReconnectPolicy) -> Self {
        self.reconnect = policy;
        self
    }
    /// The TLS configuration for `wss` (default: the runtime's, rustls with
    /// the platform's roots). Its ALPN protocols are replaced by
    /// `http/1.1`.
    #[cfg(feature = "rustls")]
    pub fn tls_config(mut self, config: std::sync::Arc<rustls::ClientConfig>) -> Self {
        self.tls = Some(config);
        self
    }
}
