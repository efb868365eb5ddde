//! WebSocket connections against a local WebSocket server: the handshake
//! (URL, bearer, headers), typed events both ways, unknown event types,
//! binary frames and pings, a drop mid-session (reconnect, callback, queue
//! flushed in order), a silent server (timeout), a flood to a slow reader
//! (bounded), closes with codes, redirects and refusals, the queue bound,
//! and redaction.
#![cfg(feature = "websocket")]

use futures_util::{SinkExt, StreamExt};
use mock_http::logs::LogCapture;
use mock_http::ws::tungstenite::Message;
use mock_http::ws::tungstenite::protocol::CloseFrame;
use mock_http::ws::tungstenite::protocol::frame::coding::CloseCode;
use mock_http::ws::{Answer, Session, WsServer};
use sdk_runtime::auth::scheme::Bearer;
use sdk_runtime::websocket::{
    Connection, ReconnectDecision, ReconnectPolicy, WebSocketError, WebSocketOptions,
};
use sdk_runtime::{Client, Environment, Error};
use serde::{Deserialize, Serialize};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const KEY: &str = "sk-ws-secret-1234";

#[derive(Debug, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum ClientEvent {
    Say { text: String },
}

#[derive(Debug, PartialEq, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum ServerEvent {
    Said {
        text: String,
        n: u64,
    },
    #[serde(other)]
    Unknown,
}

fn say(text: &str) -> ClientEvent {
    ClientEvent::Say {
        text: text.to_owned(),
    }
}

fn said(text: &str, n: u64) -> String {
    serde_json::json!({"type": "said", "text": text, "n": n}).to_string()
}

fn client(server: &WsServer) -> Client {
    Client::builder(format!("{}/v1", server.url()))
        .environment(Environment::empty())
        .authenticator(Bearer::new(KEY).expect("token"))
        .default_header("openai-beta", "realtime=v1")
        .build()
        .expect("client")
}

fn fast() -> WebSocketOptions {
    WebSocketOptions::new()
        .handshake_timeout(Duration::from_secs(5))
        .close_timeout(Duration::from_secs(2))
        .reconnect(
            ReconnectPolicy::default()
                .initial_delay(Duration::from_millis(10))
                .max_delay(Duration::from_millis(50)),
        )
}

type Conn = Connection<ClientEvent, ServerEvent>;

async fn connect(client: &Client, options: WebSocketOptions) -> Result<Conn, Error> {
    client
        .websocket::<ClientEvent, ServerEvent>("/realtime")
        .query("model", "gpt-realtime")
        .options(options)
        .await
}

/// Answers each `say` with `said` (numbered), after an event type the
/// client does not know; records what arrives and how the client closed.
async fn echo(mut session: Session, seen: Arc<Mutex<Vec<String>>>) {
    let _ = session
        .send_text(r#"{"type":"session.brand_new","x":1}"#)
        .await;
    let mut n = 0;
    while let Some(message) = session.socket.next().await {
        match message {
            Ok(Message::Text(text)) => {
                let value: serde_json::Value = serde_json::from_str(text.as_str()).expect("json");
                let text = value["text"].as_str().unwrap_or_default().to_owned();
                seen.lock().unwrap().push(text.clone());
                n += 1;
                let _ = session.send_text(said(&text, n)).await;
            }
            Ok(Message::Close(frame)) => {
                let code = frame.map(|f| u16::from(f.code)).unwrap_or(0);
                seen.lock().unwrap().push(format!("close {code}"));
                return;
            }
            Ok(_) => {}
            Err(_) => return,
        }
    }
}

#[tokio::test]
async fn the_handshake_is_authenticated_and_events_are_typed_both_ways() {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let record = Arc::clone(&seen);
    let server = WsServer::start(move |s| echo(s, Arc::clone(&record))).await;
    let mut connection = connect(&client(&server), fast()).await.expect("connect");

    let handshake = &server.handshakes()[0];
    assert_eq!(handshake.uri, "/v1/realtime?model=gpt-realtime");
    assert_eq!(
        handshake.header("authorization"),
        Some("Bearer sk-ws-secret-1234")
    );
    assert_eq!(handshake.header("openai-beta"), Some("realtime=v1"));
    assert!(handshake.header("user-agent").is_some());
    assert!(handshake.header("sec-websocket-key").is_some());
    assert_eq!(handshake.header("content-type"), None);

    // An event type the client does not know is the catch-all, not an error.
    assert_eq!(
        connection.next().await.expect("event").expect("typed"),
        ServerEvent::Unknown
    );
    connection.send(&say("hello")).expect("send");
    let sender = connection.sender();
    sender.send(&say("world")).expect("send from a clone");
    assert_eq!(
        connection.recv().await.expect("event").expect("typed"),
        ServerEvent::Said {
            text: "hello".into(),
            n: 1
        }
    );
    assert_eq!(
        connection.recv().await.expect("event").expect("typed"),
        ServerEvent::Said {
            text: "world".into(),
            n: 2
        }
    );
    connection.close().await.expect("close");
    assert_eq!(*seen.lock().unwrap(), ["hello", "world", "close 1000"]);
    // After the close, the sender refuses.
    let refused = sender.send(&say("late")).expect_err("closed");
    assert!(matches!(
        refused.as_websocket(),
        Some(WebSocketError::NotConnected)
    ));
}

#[tokio::test]
async fn pings_are_answered_and_binary_frames_decode() {
    let pong = Arc::new(Mutex::new(None));
    let got = Arc::clone(&pong);
    let server = WsServer::start(move |mut s: Session| {
        let got = Arc::clone(&got);
        async move {
            s.socket
                .send(Message::Ping(b"hb".to_vec().into()))
                .await
                .unwrap();
            s.socket
                .send(Message::Binary(said("bin", 7).into_bytes().into()))
                .await
                .unwrap();
            while let Some(Ok(message)) = s.socket.next().await {
                if let Message::Pong(data) = message {
                    *got.lock().unwrap() = Some(data.to_vec());
                    let _ = s.send_text(said("after pong", 8)).await;
                }
            }
        }
    })
    .await;
    let mut connection = connect(&client(&server), fast()).await.expect("connect");
    assert_eq!(
        connection.recv().await.unwrap().unwrap(),
        ServerEvent::Said {
            text: "bin".into(),
            n: 7
        }
    );
    assert_eq!(
        connection.recv().await.unwrap().unwrap(),
        ServerEvent::Said {
            text: "after pong".into(),
            n: 8
        }
    );
    assert_eq!(pong.lock().unwrap().as_deref(), Some(&b"hb"[..]));
}

#[tokio::test]
async fn a_malformed_event_is_an_error_item_and_the_stream_goes_on() {
    let server = WsServer::start(|mut s: Session| async move {
        s.send_text(r#"{"type":"said","text":5}"#).await;
        s.send_text("not json").await;
        s.send_text(said("fine", 1)).await;
        s.next_text().await;
    })
    .await;
    let mut connection = connect(&client(&server), fast()).await.expect("connect");
    for _ in 0..2 {
        let error = connection.recv().await.unwrap().expect_err("malformed");
        assert!(matches!(error, Error::Decode(_)), "{error}");
    }
    assert_eq!(
        connection.recv().await.unwrap().unwrap(),
        ServerEvent::Said {
            text: "fine".into(),
            n: 1
        }
    );
}

#[tokio::test]
async fn a_drop_mid_session_reconnects_consults_the_callback_and_flushes_the_queue_in_order() {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let record = Arc::clone(&seen);
    let server = WsServer::start(move |mut s: Session| {
        let record = Arc::clone(&record);
        async move {
            if s.index == 0 {
                // Read one message, answer it, then vanish without a close.
                let first = s.next_text().await.unwrap_or_default();
                let first: serde_json::Value = serde_json::from_str(&first).expect("json");
                record
                    .lock()
                    .unwrap()
                    .push(first["text"].as_str().unwrap_or_default().to_owned());
                s.send_text(said("first", 1)).await;
                drop(s);
                return;
            }
            echo(s, record).await;
        }
    })
    .await;
    let (attempt_tx, mut attempts) = tokio::sync::mpsc::unbounded_channel();
    let mut connection = client(&server)
        .websocket::<ClientEvent, ServerEvent>("/realtime")
        .query("model", "gpt-realtime")
        .options(fast())
        .on_reconnect(move |context| {
            attempt_tx
                .send((context.attempt(), context.cause().to_string()))
                .unwrap();
            context.set_query("resume", "1");
            context
                .headers_mut()
                .insert("x-attempt", "2".parse().unwrap());
            // Long enough for the test to queue messages meanwhile.
            context.set_delay(Duration::from_millis(300));
            ReconnectDecision::Continue
        })
        .await
        .expect("connect");
    connection.send(&say("a")).unwrap();
    assert_eq!(
        connection.recv().await.unwrap().unwrap(),
        ServerEvent::Said {
            text: "first".into(),
            n: 1
        }
    );
    let (attempt, cause) = attempts.recv().await.expect("the callback was consulted");
    assert_eq!(attempt, 1);
    assert!(!cause.is_empty());
    for text in ["b", "c", "d"] {
        connection.send(&say(text)).unwrap();
    }
    assert!(connection.sender().queued_bytes() > 0);
    // The second session sees the unknown event, then b, c, d in order.
    assert_eq!(
        connection.recv().await.unwrap().unwrap(),
        ServerEvent::Unknown
    );
    for (n, text) in ["b", "c", "d"].into_iter().enumerate() {
        assert_eq!(
            connection.recv().await.unwrap().unwrap(),
            ServerEvent::Said {
                text: text.into(),
                n: n as u64 + 1
            }
        );
    }
    assert_eq!(connection.reconnects(), 1);
    assert_eq!(connection.sender().queued_bytes(), 0);
    let handshakes = server.handshakes();
    assert_eq!(handshakes.len(), 2);
    assert_eq!(handshakes[1].query_value("resume").as_deref(), Some("1"));
    assert_eq!(
        handshakes[1].query_value("model").as_deref(),
        Some("gpt-realtime")
    );
    assert_eq!(handshakes[1].header("x-attempt"), Some("2"));
    // Authentication ran again for the new handshake.
    assert_eq!(
        handshakes[1].header("authorization"),
        Some("Bearer sk-ws-secret-1234")
    );
    connection.close().await.unwrap();
    assert_eq!(*seen.lock().unwrap(), ["a", "b", "c", "d", "close 1000"]);
}

#[tokio::test]
async fn reconnection_stops_after_its_attempts_or_when_the_callback_aborts() {
    // The first session vanishes; every later handshake is refused with 503.
    let server = WsServer::start_with(
        |_, index| match index {
            0 => Answer::Upgrade,
            _ => Answer::Refuse {
                status: 503,
                headers: vec![],
                body: r#"{"error":{"message":"overloaded"}}"#.into(),
            },
        },
        |s: Session| async move { drop(s) },
    )
    .await;
    let options = fast().reconnect(
        ReconnectPolicy::default()
            .max_attempts(2)
            .initial_delay(Duration::from_millis(5)),
    );
    let mut connection = connect(&client(&server), options).await.expect("connect");
    let error = connection.recv().await.unwrap().expect_err("gave up");
    match error.as_websocket() {
        Some(WebSocketError::ReconnectFailed { attempts, last }) => {
            assert_eq!(*attempts, 2);
            assert_eq!(last.status().map(|s| s.as_u16()), Some(503));
        }
        other => panic!("unexpected: {other:?}"),
    }
    assert!(connection.recv().await.is_none());
    assert_eq!(server.connections(), 3);

    let server = WsServer::start(|s: Session| async move { drop(s) }).await;
    let mut connection = client(&server)
        .websocket::<ClientEvent, ServerEvent>("/realtime")
        .options(fast())
        .on_reconnect(|_| ReconnectDecision::Abort)
        .await
        .expect("connect");
    let error = connection.recv().await.unwrap().expect_err("aborted");
    assert!(
        matches!(
            error.as_websocket(),
            Some(WebSocketError::ReconnectAborted { .. })
        ),
        "{error}"
    );
    assert_eq!(server.connections(), 1);
}

#[tokio::test]
async fn a_silent_server_times_out() {
    let server = WsServer::silent().await;
    let started = Instant::now();
    let error = connect(
        &client(&server),
        fast().handshake_timeout(Duration::from_millis(300)),
    )
    .await
    .expect_err("no answer");
    assert!(
        matches!(error, Error::Timeout { after } if after == Duration::from_millis(300)),
        "{error}"
    );
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_eq!(server.connections(), 1);
}

#[tokio::test]
async fn a_flood_to_a_slow_reader_stays_bounded() {
    const MESSAGES: usize = 2000;
    const SIZE: usize = 64 * 1024;
    let sent = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&sent);
    let server = WsServer::start(move |mut s: Session| {
        let counter = Arc::clone(&counter);
        async move {
            let padding = "x".repeat(SIZE);
            for n in 0..MESSAGES {
                if !s.send_text(said(&padding, n as u64)).await {
                    return;
                }
                counter.fetch_add(1, Ordering::SeqCst);
            }
            s.next_text().await;
        }
    })
    .await;
    let mut connection = connect(&client(&server), fast().event_buffer(4))
        .await
        .expect("connect");
    // The reader sleeps; the server keeps writing until the client stops
    // reading and the socket buffers fill.
    let mut last = usize::MAX;
    loop {
        tokio::time::sleep(Duration::from_millis(200)).await;
        let now = sent.load(Ordering::SeqCst);
        if now == last {
            break;
        }
        last = now;
    }
    let stalled = sent.load(Ordering::SeqCst);
    eprintln!("the server stalled after {stalled} of {MESSAGES} messages");
    // 2000 messages of 64 KiB are 125 MiB: the server got about a tenth of
    // them out before the client stopped reading (socket buffers and four
    // buffered events), so the client held no more than that.
    assert!(
        stalled < MESSAGES / 4,
        "the server sent {stalled} of {MESSAGES} messages to a reader that read none"
    );
    for n in 0..MESSAGES {
        match connection.recv().await.unwrap().unwrap() {
            ServerEvent::Said { n: got, .. } => assert_eq!(got, n as u64),
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(sent.load(Ordering::SeqCst), MESSAGES);
}

#[tokio::test]
async fn closes_with_a_code() {
    let server = WsServer::start(|mut s: Session| async move {
        s.send_text(said("bye", 1)).await;
        let code = if s.handshake.query_value("model").as_deref() == Some("normal") {
            CloseCode::Normal
        } else {
            CloseCode::Policy
        };
        let frame = CloseFrame {
            code,
            reason: "done here".into(),
        };
        let _ = s.socket.close(Some(frame)).await;
        while s.socket.next().await.is_some() {}
    })
    .await;
    let client = client(&server);
    // 1008: an error item with the code, then the end; no reconnection.
    let mut connection = connect(&client, fast()).await.expect("connect");
    assert!(connection.recv().await.unwrap().is_ok());
    let error = connection.recv().await.unwrap().expect_err("closed");
    match error.as_websocket() {
        Some(WebSocketError::Closed { code, reason }) => {
            assert_eq!((*code, reason.as_str()), (1008, "done here"));
        }
        other => panic!("unexpected {other:?}"),
    }
    assert!(connection.recv().await.is_none());
    assert_eq!(server.connections(), 1);
    // 1000: the stream just ends, and the frame is kept.
    let mut connection = client
        .websocket::<ClientEvent, ServerEvent>("/realtime")
        .query("model", "normal")
        .options(fast())
        .await
        .expect("connect");
    assert!(connection.recv().await.unwrap().is_ok());
    assert!(connection.recv().await.is_none());
    assert_eq!(
        connection.close_frame(),
        Some((1000, "done here".to_owned()))
    );
}

#[tokio::test]
async fn redirects_are_refused_and_refusals_are_api_errors() {
    let elsewhere = WsServer::start(|s: Session| async move { drop(s) }).await;
    let target = format!("{}/v1/realtime", elsewhere.url().replace("http", "ws"));
    let server = WsServer::start_with(
        move |handshake, _| {
            if handshake.query_value("model").as_deref() == Some("moved") {
                Answer::Refuse {
                    status: 302,
                    headers: vec![("location".into(), target.clone())],
                    body: String::new(),
                }
            } else {
                Answer::Refuse {
                    status: 401,
                    headers: vec![("x-request-id".into(), "req_ws_1".into())],
                    body: r#"{"error":{"message":"Incorrect API key provided","type":"invalid_request_error"}}"#
                        .into(),
                }
            }
        },
        |s: Session| async move { drop(s) },
    )
    .await;
    let client = client(&server);
    let error = client
        .websocket::<ClientEvent, ServerEvent>("/realtime")
        .query("model", "moved")
        .options(fast())
        .await
        .expect_err("redirect");
    assert!(
        matches!(
            error.as_websocket(),
            Some(WebSocketError::RedirectRefused { status: 302 })
        ),
        "{error}"
    );
    assert_eq!(elsewhere.connections(), 0);

    let error = connect(&client, fast()).await.expect_err("refused");
    assert!(error.is_authentication(), "{error}");
    assert_eq!(error.request_id(), Some("req_ws_1"));
    assert!(error.to_string().contains("Incorrect API key"), "{error}");
    assert!(!format!("{error:?}").contains(KEY));
}

#[tokio::test]
async fn the_send_queue_is_bounded_in_bytes() {
    let server = WsServer::start(|s: Session| async move { drop(s) }).await;
    let connection = client(&server)
        .websocket::<ClientEvent, ServerEvent>("/realtime")
        .options(fast().max_queued_bytes(100))
        .on_reconnect(|context| {
            // Stay disconnected while the test fills the queue.
            context.set_delay(Duration::from_secs(60));
            ReconnectDecision::Continue
        })
        .await
        .expect("connect");
    // Wait until the drop is noticed (the stream is idle meanwhile).
    let message = "m".repeat(20);
    let mut accepted = 0;
    let error = loop {
        match connection.send(&say(&message)) {
            Ok(()) => accepted += 1,
            Err(e) => break e,
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
        assert!(accepted < 10_000, "never refused");
    };
    match error.as_websocket() {
        Some(WebSocketError::QueueFull {
            limit,
            queued,
            message,
        }) => {
            assert_eq!(*limit, 100);
            assert!(queued + message > 100, "{queued} + {message}");
        }
        other => panic!("unexpected {other:?}"),
    }
    assert!(connection.sender().queued_bytes() <= 100);
    // Closing while reconnecting returns at once.
    let started = Instant::now();
    connection.close().await.unwrap();
    assert!(started.elapsed() < Duration::from_secs(5));
    assert!(accepted >= 1, "nothing was ever queued");
}

#[tokio::test]
async fn secrets_stay_out_of_debug_and_logs() {
    let capture = LogCapture::global();
    let server = WsServer::start(|mut s: Session| async move {
        s.next_text().await;
    })
    .await;
    let client = client(&server);
    let connect_builder = client
        .websocket::<ClientEvent, ServerEvent>("/realtime")
        .options(fast());
    assert!(!format!("{connect_builder:?}").contains(KEY));
    let connection = connect_builder.await.expect("connect");
    assert!(!format!("{connection:?}").contains(KEY));
    connection.close().await.unwrap();
    let logs = capture.text();
    assert!(logs.contains("opening a WebSocket"), "{logs}");
    assert!(!logs.contains(KEY), "{logs}");
}

/// Marks every attempt it sees.
#[derive(Debug)]
struct Stamp;

impl sdk_runtime::interceptor::Interceptor for Stamp {
    fn modify_before_attempt(
        &self,
        request: &mut sdk_runtime::auth::OutgoingRequest,
    ) -> Result<(), Error> {
        let value = if request.is_websocket() { "ws" } else { "http" };
        request
            .headers_mut()
            .insert("x-stamp", value.parse().expect("header"));
        Ok(())
    }
}

#[tokio::test]
async fn the_handshake_has_the_clients_options_and_interceptors() {
    let server = WsServer::start(|mut s: Session| async move {
        s.next_text().await;
    })
    .await;
    let client = Client::builder(format!("{}/v1", server.url()))
        .environment(Environment::empty())
        .authenticator(Bearer::new(KEY).expect("token"))
        .interceptor(Stamp)
        .build()
        .expect("client")
        .with_options(
            sdk_runtime::RequestOptions::new()
                .header("x-team", "blue")
                .query("trace", "1"),
        );
    let connection = connect(&client, fast()).await.expect("connect");
    connection.close().await.unwrap();
    let handshake = &server.handshakes()[0];
    assert_eq!(handshake.header("x-stamp"), Some("ws"));
    assert_eq!(handshake.header("x-team"), Some("blue"));
    assert_eq!(handshake.uri, "/v1/realtime?trace=1&model=gpt-realtime");
}
