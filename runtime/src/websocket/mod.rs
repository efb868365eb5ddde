//! WebSocket connections (feature `websocket`): any API's socket, such as
//! a realtime voice API or a streamed-responses mode.
//!
//! ```no_run
//! # async fn f(client: sdk_runtime::Client) -> Result<(), sdk_runtime::Error> {
//! use futures_util::StreamExt;
//! let mut connection = client
//!     .websocket::<serde_json::Value, serde_json::Value>("/realtime")
//!     .query("model", "gpt-realtime")
//!     .await?;
//! connection.send(&serde_json::json!({"type": "response.create"}))?;
//! while let Some(event) = connection.next().await {
//!     println!("{}", event?);
//! }
//! # Ok(()) }
//! ```
//!
//! - The handshake is an authenticated request: the provider's
//!   authenticator sees it ([`OutgoingRequest::is_websocket`]) and may
//!   route it; the URL then turns from `http(s)` into `ws(s)`. Redirects
//!   are refused, and a refused upgrade is an [`Error::Api`].
//! - Events are typed both ways; unknown server event types arrive as the
//!   union's catch-all variant.
//! - Reconnection ([`ReconnectPolicy`], [`Connect::on_reconnect`]) after
//!   a drop or a transient close (1001, 1006, 1011–1014), with the send
//!   queue kept in order and bounded in bytes.
//! - Back-pressure: at most [`WebSocketOptions::event_buffer`] events
//!   wait for the reader; then the socket is not read.
//!
//! [`OutgoingRequest::is_websocket`]: crate::auth::OutgoingRequest::is_websocket
//! [`Error::Api`]: crate::Error::Api

mod connection;
mod driver;
mod error;
mod handshake;
mod options;
mod reconnect;

pub use connection::{Connect, Connection, EventSender};
pub use error::WebSocketError;
pub use options::WebSocketOptions;
pub use reconnect::{OnReconnect, ReconnectContext, ReconnectDecision, ReconnectPolicy};
