//! The hand-written helpers shipped in the generated crate: stream
//! accumulators and webhook verification.

use openai_client::helpers::streaming::{ChatCompletionAccumulator, ResponseAccumulator};
use openai_client::helpers::webhooks;
use openai_client::prelude::*;
use openai_client::runtime::SecretString;
use openai_client::types;
use std::time::{Duration, UNIX_EPOCH};

fn chunk(json: &str) -> types::CreateChatCompletionStreamResponse {
    serde_json::from_str(json).expect("chunk")
}

#[test]
fn chat_chunks_accumulate_into_the_final_completion() {
    let mut acc = ChatCompletionAccumulator::new();
    let base = r#""id":"c1","object":"chat.completion.chunk","created":5,"model":"gpt""#;
    for c in [
        format!(
            r#"{{{base},"choices":[{{"index":0,"delta":{{"role":"assistant","content":"Hel"}},"finish_reason":null}}]}}"#
        ),
        format!(
            r#"{{{base},"choices":[{{"index":0,"delta":{{"content":"lo"}},"finish_reason":null}}]}}"#
        ),
        format!(
            r#"{{{base},"choices":[{{"index":0,"delta":{{"tool_calls":[{{"index":0,"id":"call_1","type":"function","function":{{"name":"get_weather","arguments":"{{\"ci"}}}}]}},"finish_reason":null}}]}}"#
        ),
        format!(
            r#"{{{base},"choices":[{{"index":0,"delta":{{"tool_calls":[{{"index":0,"function":{{"arguments":"ty\":\"Oslo\"}}"}}}}]}},"finish_reason":"tool_calls"}}]}}"#
        ),
        format!(
            r#"{{{base},"choices":[],"usage":{{"prompt_tokens":3,"completion_tokens":4,"total_tokens":7}}}}"#
        ),
    ] {
        acc.push(&chunk(&c));
        // Readable while streaming.
        assert!(acc.completion().is_ok());
    }
    assert_eq!(acc.content(0), Some("Hello"));
    let done = acc.completion().expect("completion");
    assert_eq!(done.id, "c1");
    let value = serde_json::to_value(&done).expect("json");
    assert_eq!(value["choices"][0]["message"]["content"], "Hello");
    assert_eq!(value["choices"][0]["finish_reason"], "tool_calls");
    let call = &value["choices"][0]["message"]["tool_calls"][0];
    assert_eq!(call["id"], "call_1");
    assert_eq!(call["function"]["name"], "get_weather");
    assert_eq!(call["function"]["arguments"], r#"{"city":"Oslo"}"#);
    assert_eq!(value["usage"]["total_tokens"], 7);
}

#[test]
fn response_events_accumulate_text_and_the_final_response() {
    let response = r#"{"id":"resp_9","object":"response","created_at":1,"status":"completed","model":"gpt","output":[],"parallel_tool_calls":true,"tool_choice":"auto","tools":[],"error":null,"incomplete_details":null,"instructions":null,"metadata":null,"temperature":null,"top_p":null}"#;
    let events = [
        format!(r#"{{"type":"response.created","sequence_number":0,"response":{response}}}"#),
        r#"{"type":"response.output_text.delta","item_id":"m","output_index":0,"content_index":0,"delta":"Hi ","sequence_number":1,"logprobs":[]}"#.to_owned(),
        r#"{"type":"response.output_text.delta","item_id":"m","output_index":0,"content_index":0,"delta":"there","sequence_number":2,"logprobs":[]}"#.to_owned(),
        format!(r#"{{"type":"response.completed","sequence_number":3,"response":{response}}}"#),
    ];
    let mut acc = ResponseAccumulator::new();
    for e in &events {
        let event: types::ResponseStreamEvent = serde_json::from_str(e).expect("event");
        acc.push(&event);
    }
    assert_eq!(acc.output_text(), "Hi there");
    assert_eq!(acc.events(), 4);
    assert_eq!(acc.into_response().expect("final").id, "resp_9");
}

#[test]
fn webhooks_are_verified_then_parsed() {
    let secret = SecretString::new("whsec_c2VjcmV0LWtleS1mb3ItdGVzdHM=");
    let body = br#"{"id":"evt_1","type":"response.completed","created_at":1700000000,"object":"event","data":{"id":"resp_1"}}"#;
    let ts = 1_700_000_000;
    let now = UNIX_EPOCH + Duration::from_secs(ts as u64 + 10);
    let signature =
        openai_client::runtime::webhooks::sign(&secret, "wh_1", ts, body).expect("sign");
    let mut headers = http::HeaderMap::new();
    headers.insert("webhook-id", "wh_1".parse().expect("h"));
    headers.insert("webhook-timestamp", ts.to_string().parse().expect("h"));
    headers.insert("webhook-signature", signature.parse().expect("h"));
    let event = webhooks::unwrap_at(Some(&secret), &headers, body, now).expect("verified");
    assert!(
        matches!(event, types::WebhookEvent::ResponseCompleted(_)),
        "{event:?}"
    );

    let tampered = br#"{"id":"evt_1","type":"response.completed","created_at":1700000000,"object":"event","data":{"id":"resp_2"}}"#;
    let err = webhooks::unwrap_at(Some(&secret), &headers, tampered, now).unwrap_err();
    assert!(
        err.to_string().contains("no webhook signature matches"),
        "{err}"
    );
    let stale = now + Duration::from_secs(3600);
    assert!(webhooks::unwrap_at(Some(&secret), &headers, body, stale).is_err());

    // Without a secret: OPENAI_WEBHOOK_SECRET.
    let env = openai_client::runtime::Environment::from_map([(
        webhooks::SECRET_ENV.to_owned(),
        "whsec_c2VjcmV0LWtleS1mb3ItdGVzdHM=".to_owned(),
    )]);
    let from_env = webhooks::secret_from(&env).expect("set");
    assert!(webhooks::unwrap_at(Some(&from_env), &headers, body, now).is_ok());
    assert!(webhooks::secret_from(&openai_client::runtime::Environment::empty()).is_none());
    if std::env::var_os(webhooks::SECRET_ENV).is_none() {
        let err = webhooks::unwrap_at(None, &headers, body, now).unwrap_err();
        assert!(
            matches!(err, webhooks::WebhookParseError::NoSecret),
            "{err}"
        );
        assert!(err.to_string().contains("OPENAI_WEBHOOK_SECRET"), "{err}");
    }
}

#[test]
fn the_client_verifies_webhooks_with_its_own_secret() {
    use openai_client::helpers::webhooks::WebhooksExt;
    let secret = SecretString::new("whsec_c2VjcmV0LWtleS1mb3ItdGVzdHM=");
    let body = br#"{"id":"evt_1","type":"response.completed","created_at":1700000000,"object":"event","data":{"id":"resp_1"}}"#;
    let ts = 1_700_000_000;
    let now = UNIX_EPOCH + Duration::from_secs(ts as u64 + 10);
    let signature =
        openai_client::runtime::webhooks::sign(&secret, "wh_1", ts, body).expect("sign");
    let mut headers = http::HeaderMap::new();
    headers.insert("webhook-id", "wh_1".parse().expect("h"));
    headers.insert("webhook-timestamp", ts.to_string().parse().expect("h"));
    headers.insert("webhook-signature", signature.parse().expect("h"));
    let build = |env: openai_client::runtime::Environment| {
        openai_client::Client::builder()
            .environment(env)
            .api_key("sk-test")
    };
    let empty = openai_client::runtime::Environment::empty;

    // Given to the builder.
    let client = build(empty())
        .webhook_secret(secret.expose())
        .build()
        .expect("client");
    let event = client
        .webhooks()
        .unwrap_at(&headers, body, now)
        .expect("verified");
    assert!(matches!(event, types::WebhookEvent::ResponseCompleted(_)));
    assert!(!format!("{client:?}").contains("c2VjcmV0"), "{client:?}");

    // Read from the client's environment.
    let env = openai_client::runtime::Environment::from_map([(
        "OPENAI_WEBHOOK_SECRET".to_owned(),
        secret.expose().to_owned(),
    )]);
    let client = build(env).build().expect("client");
    assert!(client.webhooks().unwrap_at(&headers, body, now).is_ok());

    // None: a clear error; a secret passed for one call wins.
    let client = build(empty()).build().expect("client");
    let err = client
        .webhooks()
        .unwrap_at(&headers, body, now)
        .expect_err("no secret");
    assert!(err.to_string().contains("webhook_secret"), "{err}");
    let webhooks = client.webhooks().with_secret(&secret);
    assert!(webhooks.unwrap_at(&headers, body, now).is_ok());
    let wrong = SecretString::new("whsec_d3Jvbmc=");
    let err = client
        .webhooks()
        .with_secret(&wrong)
        .unwrap_at(&headers, body, now)
        .expect_err("wrong secret");
    assert!(
        matches!(err, webhooks::WebhookParseError::Verification(_)),
        "{err}"
    );
}

#[tokio::test]
async fn transcriptions_in_text_formats_are_text() {
    use mock_http::{MockServer, Recorded, Reply};
    let srt = "1\n00:00:00,000 --> 00:00:01,000\nHello\n";
    let server = MockServer::start(move |_: &Recorded| {
        Reply::json(200, srt).with_header("content-type", "text/plain; charset=utf-8")
    })
    .await;
    let client = openai_client::Client::builder()
        .environment(openai_client::runtime::Environment::empty())
        .base_url(server.url())
        .api_key("sk-test")
        .build()
        .expect("client");
    let audio = openai_client::runtime::multipart::FilePart::from_bytes("a.mp3", vec![0; 16]);
    let request = types::CreateTranscriptionRequest::new(audio.clone(), "whisper-1")
        .response_format(types::AudioResponseFormat::Srt);
    let text = client
        .audio()
        .transcriptions()
        .create_text(&request)
        .await
        .expect("text");
    assert_eq!(text.into_inner(), srt);
    let sent = String::from_utf8_lossy(&server.requests()[0].body).into_owned();
    assert!(sent.contains("srt"), "{sent}");
    let request = types::CreateTranslationRequest::new(audio, "whisper-1");
    let text = client
        .audio()
        .translations()
        .create_text(&request)
        .await
        .expect("text");
    assert_eq!(text.into_inner(), srt);
}
