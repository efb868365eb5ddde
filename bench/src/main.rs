//! `cargo run --release -p sdk-bench [-- SECTION...]`: prints a table per
//! section (generator, request, stream, sigv4, decode). Figures are medians
//! over repeated runs on this machine; compare only within one run.

mod payloads;

use futures_util::StreamExt;
use mock_http::{MockServer, Recorded, Reply};
use std::time::{Duration, Instant};

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// Runs `f` `n` times (after `n / 10` warm-up runs) and returns the median.
fn measure(n: usize, mut f: impl FnMut()) -> Duration {
    for _ in 0..n / 10 {
        f();
    }
    median(
        (0..n)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed()
            })
            .collect(),
    )
}

fn row(name: &str, value: String, ratio: Option<f64>) {
    match ratio {
        Some(r) => println!("| {name} | {value} | {r:.2}x |"),
        None => println!("| {name} | {value} | |"),
    }
}

fn header(title: &str) {
    println!("\n### {title}\n\n| measurement | value | ratio |\n| --- | --- | --- |");
}

fn generator() {
    header("Generator (OpenAI spec, median of 5)");
    let spec = std::env::var("OPENAPI_SPEC")
        .unwrap_or_else(|_| "../shared/spec/openai/openapi.yaml".into());
    let text = std::fs::read_to_string(&spec).unwrap_or_else(|e| panic!("spec at {spec}: {e}"));
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let settings =
        codegen::Settings::from_config(&root.join("spec/openai.toml"), &root).expect("config");
    let mut runs = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let (_, report) =
            codegen::generate_from_text(std::path::Path::new(&spec), &text, &settings)
                .expect("generates");
        runs.push((t.elapsed(), report));
    }
    runs.sort_by_key(|r| r.0);
    let (total, report) = &runs[2];
    row(
        "load (parse + check)",
        format!("{:.0} ms", report.load.as_secs_f64() * 1e3),
        None,
    );
    row(
        "model",
        format!("{:.0} ms", report.model.as_secs_f64() * 1e3),
        None,
    );
    row(
        "emit + format",
        format!("{:.0} ms", report.emit.as_secs_f64() * 1e3),
        None,
    );
    row(
        "total (in memory)",
        format!("{:.0} ms", total.as_secs_f64() * 1e3),
        None,
    );
    row(
        "output",
        format!(
            "{} files, {} lines, {} types",
            report.files, report.lines, report.types
        ),
        None,
    );
}

async fn request_overhead() {
    header("Request overhead (loopback, fixed chat completion, median of 2000)");
    let body = payloads::chat_completion(1, 4);
    let server = MockServer::start(move |_: &Recorded| Reply::json(200, &body)).await;
    let client = openai_client::Client::builder()
        .base_url(server.url())
        .api_key("sk-bench")
        .build()
        .expect("client");
    let request = openai_client::types::CreateChatCompletionRequest::new(
        [openai_client::types::ChatCompletionRequestUserMessage::new("hi").into()],
        "gpt-4o-mini",
    );
    // Built after ours, which installed the process's crypto provider.
    let raw = reqwest::Client::new();
    let url = format!("{}/chat/completions", server.url());
    let payload = serde_json::to_vec(&request).expect("json");
    let n = 2000;
    let mut ours = Vec::with_capacity(n);
    let mut bare = Vec::with_capacity(n);
    for i in 0..n + 200 {
        let t = Instant::now();
        let r = client
            .chat()
            .completions()
            .create(&request)
            .await
            .expect("ours");
        let d1 = t.elapsed();
        std::hint::black_box(r);
        let t = Instant::now();
        let resp = raw
            .post(&url)
            .header("authorization", "Bearer sk-bench")
            .header("content-type", "application/json")
            .body(payload.clone())
            .send()
            .await
            .expect("raw");
        let bytes = resp.bytes().await.expect("body");
        let v: openai_client::types::CreateChatCompletionResponse =
            serde_json::from_slice(&bytes).expect("decode");
        let d2 = t.elapsed();
        std::hint::black_box(v);
        if i >= 200 {
            ours.push(d1);
            bare.push(d2);
        }
    }
    let (o, b) = (median(ours), median(bare));
    row(
        "raw reqwest + serde_json",
        format!("{:.1} µs", b.as_secs_f64() * 1e6),
        None,
    );
    row(
        "openai-client",
        format!("{:.1} µs", o.as_secs_f64() * 1e6),
        Some(o.as_secs_f64() / b.as_secs_f64()),
    );
}

async fn streaming() {
    header("Streaming decode (in memory, random chunk boundaries)");
    for (name, body, events) in [
        (
            "chat completion chunks",
            payloads::chat_sse(20_000),
            20_000usize,
        ),
        ("Responses events", payloads::responses_sse(20_000), 20_000),
    ] {
        let chunks = payloads::split_randomly(&body, 7);
        let mut times = Vec::new();
        for _ in 0..5 {
            let input: Vec<Result<bytes::Bytes, sdk_runtime::Error>> =
                chunks.iter().cloned().map(Ok).collect();
            let t = Instant::now();
            let count = if name.starts_with("chat") {
                let s = sdk_runtime::sse::EventStream::<
                    openai_client::types::CreateChatCompletionStreamResponse,
                >::from_chunks(
                    futures_util::stream::iter(input), Duration::from_secs(60)
                );
                s.fold(0usize, |n, e| async move {
                    e.expect("event");
                    n + 1
                })
                .await
            } else {
                let s = sdk_runtime::sse::EventStream::<openai_client::types::ResponseStreamEvent>::from_chunks(
                    futures_util::stream::iter(input),
                    Duration::from_secs(60),
                );
                s.fold(0usize, |n, e| async move {
                    e.expect("event");
                    n + 1
                })
                .await
            };
            assert_eq!(count, events);
            times.push(t.elapsed());
        }
        let t = median(times).as_secs_f64();
        row(
            name,
            format!(
                "{:.0} MB/s, {:.0}k events/s",
                body.len() as f64 / t / 1e6,
                events as f64 / t / 1e3
            ),
            None,
        );
    }
}

async fn sigv4() {
    use aws_credential_types::Credentials;
    use sdk_runtime::auth::{Authenticator, OutgoingRequest, Provider};
    header("SigV4 per request (median of 20000)");
    let creds = Credentials::new(
        "AKIDEXAMPLE",
        "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        Some("token".into()),
        None,
        "bench",
    );
    let body = bytes::Bytes::from(payloads::chat_request());
    let url =
        url::Url::parse("https://bedrock-mantle.us-east-1.api.aws/openai/v1/chat/completions")
            .expect("url");
    let mut headers = http::HeaderMap::new();
    headers.insert("content-type", "application/json".parse().expect("h"));
    headers.insert("user-agent", "bench".parse().expect("h"));
    let provider = sdk_runtime::auth::bedrock::Bedrock::builder()
        .region("us-east-1")
        .environment(sdk_runtime::Environment::empty())
        .aws_credentials(
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            Some("token".into()),
        )
        .build()
        .await
        .expect("provider");
    let auth = provider.authenticator();
    let n = 20_000;
    let mut ours = Vec::with_capacity(n);
    for _ in 0..n {
        let mut req = OutgoingRequest::new(
            http::Method::POST,
            url.clone(),
            headers.clone(),
            Some(body.clone()),
        );
        let t = Instant::now();
        auth.authenticate(&mut req).await.expect("signed");
        ours.push(t.elapsed());
    }
    let bare = measure(n, || {
        use aws_sigv4::http_request::{SignableBody, SignableRequest, SigningSettings, sign};
        let identity = creds.clone().into();
        let mut settings = SigningSettings::default();
        settings.payload_checksum_kind = aws_sigv4::http_request::PayloadChecksumKind::XAmzSha256;
        let params = aws_sigv4::sign::v4::SigningParams::builder()
            .identity(&identity)
            .region("us-east-1")
            .name("bedrock-mantle")
            .time(std::time::SystemTime::now())
            .settings(settings)
            .build()
            .expect("params")
            .into();
        let h = headers
            .iter()
            .map(|(k, v)| (k.as_str(), v.to_str().expect("text")));
        let signable = SignableRequest::new("POST", url.as_str(), h, SignableBody::Bytes(&body))
            .expect("signable");
        let out = sign(signable, &params).expect("sign");
        std::hint::black_box(out);
    });
    let o = median(ours);
    row(
        "bare aws-sigv4",
        format!("{:.1} µs", bare.as_secs_f64() * 1e6),
        None,
    );
    row(
        "Bedrock authenticator",
        format!("{:.1} µs", o.as_secs_f64() * 1e6),
        Some(o.as_secs_f64() / bare.as_secs_f64()),
    );
}

fn decoding() {
    header("Decoding large responses (median)");
    let cases: [(&str, String, usize); 3] = [
        (
            "chat completion, 100 choices with logprobs and tool calls",
            payloads::chat_completion(100, 20),
            50,
        ),
        (
            "Responses object with 2000 output items",
            payloads::response_with_items(2000),
            50,
        ),
        ("list of 10000 models", payloads::models(10_000), 50),
    ];
    for (name, body, n) in cases {
        let value = measure(n, || {
            std::hint::black_box(serde_json::from_str::<serde_json::Value>(&body).expect("value"));
        });
        let typed = match name.chars().next() {
            Some('c') => measure(n, || {
                std::hint::black_box(
                    serde_json::from_str::<openai_client::types::CreateChatCompletionResponse>(
                        &body,
                    )
                    .expect("typed"),
                );
            }),
            Some('R') => measure(n, || {
                std::hint::black_box(
                    serde_json::from_str::<openai_client::types::Response>(&body).expect("typed"),
                );
            }),
            _ => measure(n, || {
                std::hint::black_box(
                    serde_json::from_str::<openai_client::types::ListModelsResponse>(&body)
                        .expect("typed"),
                );
            }),
        };
        let mb = body.len() as f64 / 1e6;
        row(
            &format!("{name}: serde_json::Value"),
            format!(
                "{:.2} ms ({:.0} MB/s)",
                value.as_secs_f64() * 1e3,
                mb / value.as_secs_f64()
            ),
            None,
        );
        row(
            &format!("{name}: generated types"),
            format!(
                "{:.2} ms ({:.0} MB/s)",
                typed.as_secs_f64() * 1e3,
                mb / typed.as_secs_f64()
            ),
            Some(typed.as_secs_f64() / value.as_secs_f64()),
        );
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let want = |s: &str| args.is_empty() || args.iter().any(|a| a == s);
    println!(
        "# sdk-bench ({} cores)",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    if want("generator") {
        generator();
    }
    if want("request") {
        request_overhead().await;
    }
    if want("stream") {
        streaming().await;
    }
    if want("sigv4") {
        sigv4().await;
    }
    if want("decode") {
        decoding();
    }
}
