//! What can go wrong on a WebSocket connection once it is open (failures of
//! the handshake itself are the runtime's usual errors: an [`Error::Api`]
//! for a refused upgrade, [`Error::Timeout`], [`Error::Connection`]).
//!
//! [`Error::Api`]: crate::Error::Api
//! [`Error::Timeout`]: crate::Error::Timeout
//! [`Error::Connection`]: crate::Error::Connection

use std::error::Error as StdError;
use std::fmt;

use crate::error::Error;

/// A WebSocket connection's own failures.
#[derive(Debug)]
#[non_exhaustive]
pub enum WebSocketError {
    /// The server closed the connection with a code other than a normal
    /// closure, and it was not one to reconnect after.
    Closed {
        /// The close code (RFC 6455 section 7.4), such as 1008.
        code: u16,
        /// The reason the server gave (may be empty).
        reason: String,
    },
    /// The server answered the handshake with a redirect. Redirects are
    /// not followed: the credentials would travel with them.
    RedirectRefused {
        /// The status code (301, 302, 307, 308).
        status: u16,
    },
    /// The send queue is full: the message would take it past its bound.
    QueueFull {
        /// The bound, in bytes.
        limit: usize,
        /// The bytes queued when the message was refused.
        queued: usize,
        /// The size of the refused message, in bytes.
        message: usize,
    },
    /// The connection is closed: nothing more can be sent.
    NotConnected,
    /// The connection dropped and could not be opened again.
    ReconnectFailed {
        /// The attempts made.
        attempts: u32,
        /// The error of the last attempt.
        last: Box<Error>,
    },
    /// The reconnection callback chose to stop.
    ReconnectAborted {
        /// Why the connection had dropped.
        cause: Box<Error>,
    },
    /// The peer broke the WebSocket protocol, or the connection broke.
    Protocol(String),
}

impl WebSocketError {
    /// The close code, for [`WebSocketError::Closed`].
    pub fn close_code(&self) -> Option<u16> {
        match self {
            Self::Closed { code, .. } => Some(*code),
            _ => None,
        }
    }
}

impl fmt::Display for WebSocketError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Closed { code, reason } if reason.is_empty() => {
                write!(f, "the server closed the WebSocket with code {code}")
            }
            Self::Closed { code, reason } => {
                write!(
                    f,
                    "the server closed the WebSocket with code {code}: {reason}"
                )
            }
            Self::RedirectRefused { status } => write!(
                f,
                "the server answered the WebSocket handshake with a redirect ({status}); redirects are not followed with credentials attached"
            ),
            Self::QueueFull {
                limit,
                queued,
                message,
            } => write!(
                f,
                "the WebSocket send queue is full: {queued} bytes queued, a message of {message} bytes, a limit of {limit} bytes"
            ),
            Self::NotConnected => write!(f, "the WebSocket connection is closed"),
            Self::ReconnectFailed { attempts, last } => write!(
                f,
                "the WebSocket connection dropped and {attempts} attempts to reconnect failed; the last: {last}"
            ),
            Self::ReconnectAborted { cause } => write!(
                f,
                "the WebSocket connection dropped ({cause}) and the reconnection callback stopped"
            ),
            Self::Protocol(message) => write!(f, "WebSocket protocol error: {message}"),
        }
    }
}

impl StdError for WebSocketError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        match self {
            Self::ReconnectFailed { last, .. } => Some(last.as_ref()),
            Self::ReconnectAborted { cause } => Some(cause.as_ref()),
            _ => None,
        }
    }
}

impl From<WebSocketError> for Error {
    fn from(e: WebSocketError) -> Self {
        Error::WebSocket(e)
    }
}
