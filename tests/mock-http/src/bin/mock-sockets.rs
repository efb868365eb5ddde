//! A local stand-in for the parts of OpenAI and Azure OpenAI that Steady
//! cannot mock, for the examples in CI: the Realtime and Responses
//! WebSockets (`/v1/realtime`, `/v1/responses`, Azure's
//! `/openai/realtime`) and Azure's chat completions
//! (`/openai/deployments/{deployment}/chat/completions?api-version=…`,
//! `/openai/v1/chat/completions`), and OpenAI's chat completions with a
//! structured output (`/v1/chat/completions`: the answer is a value of the
//! request's JSON schema, where Steady's is placeholder text). Every
//! request must carry a credential (`Authorization` or `api-key`).
//!
//! `mock-sockets PORT`

use mock_http::fake_openai;
use mock_http::ws::{Handshake, Session};
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio_tungstenite::tungstenite::handshake::server::{ErrorResponse, Request, Response};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let port: u16 = std::env::args()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(4014);
    let listener = TcpListener::bind(("127.0.0.1", port))
        .await
        .unwrap_or_else(|e| panic!("cannot listen on 127.0.0.1:{port}: {e}"));
    println!("mock-sockets listening on 127.0.0.1:{port}");
    let mut index = 0;
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        index += 1;
        tokio::spawn(serve(stream, index));
    }
}

/// The request head, read without consuming it.
async fn peek_head(stream: &TcpStream) -> Option<String> {
    let mut buf = vec![0; 16 * 1024];
    for _ in 0..200 {
        let n = stream.peek(&mut buf).await.ok()?;
        let text = String::from_utf8_lossy(&buf[..n]);
        if let Some(end) = text.find("\r\n\r\n") {
            return Some(text[..end].to_owned());
        }
        if n == 0 {
            return None;
        }
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    None
}

fn authorized(headers: &http::HeaderMap) -> bool {
    headers.contains_key("authorization") || headers.contains_key("api-key")
}

/// Which credential a request carries (never its value).
fn credential(headers: &http::HeaderMap) -> &'static str {
    if headers.contains_key("api-key") {
        "api-key"
    } else if headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("Bearer "))
    {
        "bearer"
    } else {
        "no credential"
    }
}

async fn serve(stream: TcpStream, index: usize) {
    let Some(head) = peek_head(&stream).await else {
        return;
    };
    if head.to_ascii_lowercase().contains("upgrade: websocket") {
        websocket(stream, index).await;
    } else {
        http(stream).await;
    }
}

async fn websocket(stream: TcpStream, index: usize) {
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
        println!(
            "WebSocket {} ({})",
            handshake.path(),
            credential(&handshake.headers)
        );
        let ok = authorized(&handshake.headers);
        seen = Some(handshake);
        if ok {
            Ok(response)
        } else {
            let mut refusal = ErrorResponse::new(Some(
                r#"{"error":{"message":"no credential","type":"invalid_request_error"}}"#.into(),
            ));
            *refusal.status_mut() = http::StatusCode::UNAUTHORIZED;
            Err(refusal)
        }
    };
    let accepted = tokio_tungstenite::accept_hdr_async(stream, callback).await;
    let (Ok(socket), Some(handshake)) = (accepted, seen) else {
        return;
    };
    let path = handshake.path().to_owned();
    let session = Session {
        socket,
        handshake,
        index,
    };
    if path.ends_with("/realtime") {
        fake_openai::realtime(session).await;
    } else if path.ends_with("/responses") {
        fake_openai::responses(session).await;
    }
}

async fn http(mut stream: TcpStream) {
    let mut data = Vec::new();
    let mut buf = [0; 8192];
    let (head, body) = loop {
        let Ok(n) = stream.read(&mut buf).await else {
            return;
        };
        if n == 0 {
            return;
        }
        data.extend_from_slice(&buf[..n]);
        if let Some(end) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&data[..end]).into_owned();
            let length = head
                .lines()
                .find_map(|l| {
                    let (k, v) = l.split_once(':')?;
                    k.eq_ignore_ascii_case("content-length")
                        .then(|| v.trim().parse::<usize>().ok())?
                })
                .unwrap_or(0);
            while data.len() < end + 4 + length {
                let Ok(n) = stream.read(&mut buf).await else {
                    return;
                };
                if n == 0 {
                    return;
                }
                data.extend_from_slice(&buf[..n]);
            }
            break (head, data[end + 4..end + 4 + length].to_vec());
        }
    };
    let target = head.split(' ').nth(1).unwrap_or_default().to_owned();
    let mut headers = http::HeaderMap::new();
    for line in head.lines().skip(1) {
        if let Some((k, v)) = line.split_once(':')
            && let (Ok(k), Ok(v)) = (
                http::HeaderName::from_bytes(k.trim().as_bytes()),
                http::HeaderValue::from_str(v.trim()),
            )
        {
            headers.append(k, v);
        }
    }
    println!(
        "HTTP {} ({})",
        target.split('?').next().unwrap_or_default(),
        credential(&headers)
    );
    let (status, reply) = if !authorized(&headers) {
        (
            401,
            json!({"error": {"message": "no credential", "type": "invalid_request_error"}}),
        )
    } else if let Some(model) = chat_model(&target, &body) {
        let request: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
        let schema = &request["response_format"]["json_schema"]["schema"];
        let content = if schema.is_object() {
            value_of(schema, 0).to_string()
        } else {
            "Hello from the stand-in.".to_owned()
        };
        (
            200,
            json!({
                "id": "chatcmpl-standin-1", "object": "chat.completion", "created": 1_764_000_000,
                "model": model,
                "choices": [{"index": 0, "finish_reason": "stop", "logprobs": null,
                    "message": {"role": "assistant", "content": content, "refusal": null}}]
            }),
        )
    } else {
        (
            404,
            json!({"error": {"message": format!("no route for {target}"), "type": "invalid_request_error"}}),
        )
    };
    let body = reply.to_string();
    let response = format!(
        "HTTP/1.1 {status} {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        if status == 200 { "OK" } else { "Error" },
        body.len()
    );
    let _ = stream.write_all(response.as_bytes()).await;
}

/// The deployment (classic layout, with `api-version`) or the body's model
/// (v1 layout) of a chat completions request.
fn chat_model(target: &str, body: &[u8]) -> Option<String> {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    if let Some(rest) = path.strip_prefix("/openai/deployments/") {
        let (deployment, operation) = rest.split_once('/')?;
        return (operation == "chat/completions" && query.contains("api-version="))
            .then(|| deployment.to_owned());
    }
    if path == "/openai/v1/chat/completions" || path == "/v1/chat/completions" {
        let body: serde_json::Value = serde_json::from_slice(body).ok()?;
        return body["model"].as_str().map(str::to_owned);
    }
    None
}

/// A value of a JSON schema (the strict schemas structured outputs send):
/// every property of an object, one item of an array.
fn value_of(schema: &serde_json::Value, depth: usize) -> serde_json::Value {
    let kind = match &schema["type"] {
        serde_json::Value::Array(kinds) => kinds
            .iter()
            .filter_map(|k| k.as_str())
            .find(|k| *k != "null")
            .unwrap_or("null"),
        kind => kind.as_str().unwrap_or("null"),
    };
    if depth > 8 {
        return serde_json::Value::Null;
    }
    match kind {
        "object" => serde_json::Value::Object(
            schema["properties"]
                .as_object()
                .into_iter()
                .flatten()
                .map(|(name, property)| (name.clone(), value_of(property, depth + 1)))
                .collect(),
        ),
        "array" => json!([value_of(&schema["items"], depth + 1)]),
        "string" => json!("text"),
        "integer" => json!(1),
        "number" => json!(1.5),
        "boolean" => json!(true),
        _ => serde_json::Value::Null,
    }
}
