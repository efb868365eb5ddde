//! A scriptable WebSocket server on 127.0.0.1 for tests: it records each
//! handshake (path, query, headers) and either upgrades and hands the
//! socket to the test's session script, refuses with a status, or never
//! answers.

use futures_util::{SinkExt, StreamExt};
use http::HeaderMap;
use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use tokio::net::{TcpListener, TcpStream};
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::handshake::server::{ErrorResponse, Request, Response};

pub use tokio_tungstenite::tungstenite;

/// A handshake as received.
#[derive(Debug, Clone)]
pub struct Handshake {
    /// The path and query, such as `/v1/realtime?model=m`.
    pub uri: String,
    /// The request headers.
    pub headers: HeaderMap,
}

impl Handshake {
    /// A header's value as text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
    /// The path without the query.
    pub fn path(&self) -> &str {
        self.uri.split('?').next().unwrap_or_default()
    }
    /// The decoded query pairs, in order.
    pub fn query(&self) -> Vec<(String, String)> {
        crate::query_pairs(&self.uri)
    }
    /// One query parameter's value.
    pub fn query_value(&self, name: &str) -> Option<String> {
        self.query()
            .into_iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
    }
}

/// How the server answers a handshake.
#[derive(Debug, Clone)]
pub enum Answer {
    /// Upgrade and run the session script.
    Upgrade,
    /// Refuse with this status, headers and body.
    Refuse {
        /// The status code.
        status: u16,
        /// Extra headers (such as `location`).
        headers: Vec<(String, String)>,
        /// The body.
        body: String,
    },
}

/// A connection after the upgrade, handed to the session script.
pub struct Session {
    /// The socket.
    pub socket: WebSocketStream<TcpStream>,
    /// The handshake that opened it.
    pub handshake: Handshake,
    /// The connection's number, from 0.
    pub index: usize,
}

impl Session {
    /// Sends a text message; false when the connection is gone.
    pub async fn send_text(&mut self, text: impl Into<String>) -> bool {
        self.socket.send(Message::text(text.into())).await.is_ok()
    }
    /// The next text (or binary, as text) message; `None` at a close or a
    /// broken connection.
    pub async fn next_text(&mut self) -> Option<String> {
        loop {
            match self.socket.next().await? {
                Ok(Message::Text(t)) => return Some(t.as_str().to_owned()),
                Ok(Message::Binary(b)) => return Some(String::from_utf8_lossy(&b).into_owned()),
                Ok(Message::Close(_)) | Err(_) => return None,
                Ok(_) => {}
            }
        }
    }
}

/// The server. Dropping it stops accepting.
pub struct WsServer {
    port: u16,
    handshakes: Arc<Mutex<Vec<Handshake>>>,
    connections: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for WsServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl WsServer {
    /// A server that upgrades every handshake and runs `session` on it.
    pub async fn start<F, Fut>(session: F) -> Self
    where
        F: Fn(Session) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        Self::start_with(|_, _| Answer::Upgrade, session).await
    }

    /// A server whose `answer` decides each handshake (by the handshake and
    /// the connection's number) and whose `session` runs each upgraded one.
    pub async fn start_with<A, F, Fut>(answer: A, session: F) -> Self
    where
        A: Fn(&Handshake, usize) -> Answer + Send + Sync + 'static,
        F: Fn(Session) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let handshakes = Arc::new(Mutex::new(Vec::new()));
        let connections = Arc::new(AtomicUsize::new(0));
        let (answer, session) = (Arc::new(answer), Arc::new(session));
        let (recorded, counter) = (Arc::clone(&handshakes), Arc::clone(&connections));
        let task = tokio::spawn(async move {
            let mut held = Vec::new();
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let index = counter.fetch_add(1, Ordering::SeqCst);
                let (answer, session, recorded) = (
                    Arc::clone(&answer),
                    Arc::clone(&session),
                    Arc::clone(&recorded),
                );
                held.push(tokio::spawn(async move {
                    let mut seen = None;
                    #[expect(
                        clippy::result_large_err,
                        reason = "the type of tungstenite\'s handshake callback"
                    )]
                    let callback = |request: &Request, response: Response| {
                        let handshake = Handshake {
                            uri: request.uri().to_string(),
                            headers: request.headers().clone(),
                        };
                        let decided = answer(&handshake, index);
                        recorded.lock().expect("lock").push(handshake.clone());
                        seen = Some(handshake);
                        match decided {
                            Answer::Upgrade => Ok(response),
                            Answer::Refuse {
                                status,
                                headers,
                                body,
                            } => {
                                let mut refusal = ErrorResponse::new(Some(body));
                                *refusal.status_mut() =
                                    http::StatusCode::from_u16(status).expect("status");
                                for (k, v) in headers {
                                    refusal.headers_mut().insert(
                                        http::HeaderName::from_bytes(k.as_bytes()).expect("name"),
                                        v.parse().expect("value"),
                                    );
                                }
                                Err(refusal)
                            }
                        }
                    };
                    let accepted = tokio_tungstenite::accept_hdr_async(stream, callback).await;
                    if let (Ok(socket), Some(handshake)) = (accepted, seen) {
                        {
                            session(Session {
                                socket,
                                handshake,
                                index,
                            })
                            .await;
                        }
                    }
                }));
            }
        });
        Self {
            port,
            handshakes,
            connections,
            task,
        }
    }

    /// A server that accepts TCP connections and never answers a
    /// handshake (it holds each connection open until dropped).
    pub async fn silent() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let connections = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&connections);
        let task = tokio::spawn(async move {
            let mut held = Vec::new();
            while let Ok((stream, _)) = listener.accept().await {
                counter.fetch_add(1, Ordering::SeqCst);
                held.push(stream);
            }
        });
        Self {
            port,
            handshakes: Arc::default(),
            connections,
            task,
        }
    }

    /// The base URL, `http://127.0.0.1:{port}` (clients turn it into `ws`).
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
    /// The port.
    pub fn port(&self) -> u16 {
        self.port
    }
    /// The handshakes seen so far, in order.
    pub fn handshakes(&self) -> Vec<Handshake> {
        self.handshakes.lock().expect("lock").clone()
    }
    /// TCP connections accepted so far.
    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}
