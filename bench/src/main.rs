//! `cargo run --release -p sdk-bench [-- SECTION...]`: prints a table per
//! section (generator, request, stream-request, stream, sigv4, decode). Figures are medians
//! over repeated runs on this machine; compare only within one run.

mod payloads;
#[cfg(feature = "async-openai")]
mod peer;
mod stream_request;

use futures_util::StreamExt;
use mock_http::{MockServer, Recorded, Reply};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::time::{Duration, Instant};
use tokio::runtime::Runtime;

/// The system allocator, counting allocations made by the current thread
/// (the client's; the mock server runs on threads of its own).
struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
}

// SAFETY: every call is forwarded unchanged to the system allocator; the
// counter is a const-initialized thread-local without a destructor.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn allocations() -> u64 {
    ALLOCATIONS.with(Cell::get)
}

/// Times one request and counts the allocations the client made for it.
struct Sample {
    time: Vec<Duration>,
    allocations: Vec<u64>,
}

impl Sample {
    fn new() -> Self {
        Self {
            time: Vec::new(),
            allocations: Vec::new(),
        }
    }
    async fn record<T>(&mut self, keep: bool, f: impl std::future::Future<Output = T>) {
        let a = allocations();
        let t = Instant::now();
        std::hint::black_box(f.await);
        let (d, n) = (t.elapsed(), allocations() - a);
        if keep {
            self.time.push(d);
            self.allocations.push(n);
        }
    }
    fn report(self, name: &str, baseline: Option<Duration>) -> Duration {
        let mut allocs = self.allocations;
        allocs.sort_unstable();
        let t = median(self.time);
        row(
            name,
            format!(
                "{:.1} µs, {} allocations",
                t.as_secs_f64() * 1e6,
                allocs[allocs.len() / 2]
            ),
            baseline.map(|b| t.as_secs_f64() / b.as_secs_f64()),
        );
        t
    }
}

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

/// Starts a mock server on a runtime of its own, so that its work is
/// neither timed nor counted with the client's.
fn serve(server_rt: &Runtime, reply: Reply) -> MockServer {
    server_rt.block_on(MockServer::start(move |_: &Recorded| reply.clone()))
}

fn request_overhead(rt: &Runtime, server_rt: &Runtime) {
    header("Request overhead (loopback, fixed chat completion, median of 2000)");
    let server = serve(
        server_rt,
        Reply::json(200, &payloads::chat_completion(1, 4)),
    );
    let base = server.url();
    rt.block_on(async {
        let client = openai_client::Client::builder()
            .base_url(&base)
            .api_key("sk-bench")
            .build()
            .expect("client");
        let request = openai_client::types::CreateChatCompletionRequest::new("gpt-4o-mini", ["hi"]);
        // The same client with an interceptor on all four hooks.
        let intercepted = openai_client::Client::builder()
            .base_url(&base)
            .api_key("sk-bench")
            .interceptor(CountingInterceptor::default())
            .build()
            .expect("client");
        // Built after ours, which installed the process's crypto provider.
        let raw = reqwest::Client::new();
        let url = format!("{base}/chat/completions");
        let payload = serde_json::to_vec(&request).expect("json");
        #[cfg(feature = "async-openai")]
        let peer = peer::Peer::new(&base);
        #[cfg(feature = "async-openai")]
        let mut theirs = Sample::new();
        let (mut ours, mut bare) = (Sample::new(), Sample::new());
        let mut hooked = Sample::new();
        // Each round runs every arm once, starting with a different one, so
        // that no arm always follows the same other one.
        let arms = if cfg!(feature = "async-openai") { 4 } else { 3 };
        for i in 0..2200 {
            let keep = i >= 200;
            for k in 0..arms {
                match (i + k) % arms {
                    0 => {
                        ours.record(keep, async {
                            client
                                .chat()
                                .completions()
                                .create(&request)
                                .await
                                .expect("ours")
                        })
                        .await
                    }
                    1 => {
                        hooked
                            .record(keep, async {
                                intercepted
                                    .chat()
                                    .completions()
                                    .create(&request)
                                    .await
                                    .expect("intercepted")
                            })
                            .await
                    }
                    2 => {
                        bare.record(keep, async {
                            let bytes = post_raw(&raw, &url, &payload).await;
                            serde_json::from_slice::<
                                openai_client::types::CreateChatCompletionResponse,
                            >(&bytes)
                            .expect("decode")
                        })
                        .await
                    }
                    _ => {
                        #[cfg(feature = "async-openai")]
                        theirs.record(keep, peer.chat()).await;
                    }
                }
            }
        }
        let b = bare.report("raw reqwest + serde_json", None);
        ours.report("openai-client", Some(b));
        hooked.report("openai-client + an interceptor on every hook", Some(b));
        #[cfg(feature = "async-openai")]
        theirs.report("async-openai 0.43", Some(b));
    });
}

/// An interceptor on all four hooks that does as little as one can.
#[derive(Debug, Default)]
struct CountingInterceptor(std::sync::atomic::AtomicU64);

impl sdk_runtime::interceptor::Interceptor for CountingInterceptor {
    fn modify_before_serialization(
        &self,
        _: &mut sdk_runtime::RequestSpec,
    ) -> Result<(), sdk_runtime::Error> {
        self.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Ok(())
    }
    fn modify_before_attempt(
        &self,
        _: &mut sdk_runtime::auth::OutgoingRequest,
    ) -> Result<(), sdk_runtime::Error> {
        self.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Ok(())
    }
    fn read_after_response(&self, _: &sdk_runtime::interceptor::ResponseContext<'_>) {
        self.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
    fn read_on_error(&self, _: &sdk_runtime::interceptor::ErrorContext<'_>) {
        self.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
}

/// The bare arm: `payload` posted with reqwest as an SDK would send it,
/// the answer's body read whole.
async fn post_raw(raw: &reqwest::Client, url: &str, payload: &[u8]) -> bytes::Bytes {
    let resp = raw
        .post(url)
        .header("authorization", "Bearer sk-bench")
        .header("content-type", "application/json")
        .body(payload.to_vec())
        .send()
        .await
        .expect("raw");
    resp.bytes().await.expect("body")
}

fn throughput(bytes: usize, events: usize, t: Duration) -> String {
    let t = t.as_secs_f64();
    format!(
        "{:.0} MB/s, {:.0}k events/s",
        bytes as f64 / t / 1e6,
        events as f64 / t / 1e3
    )
}

fn streaming(rt: &Runtime, server_rt: &Runtime) {
    header("Streaming decode (20,000 events, random chunk boundaries)");
    let n = 20_000usize;
    for (name, body, chat) in [
        ("chat completion chunks", payloads::chat_sse(n), true),
        ("Responses events", payloads::responses_sse(n), false),
    ] {
        let chunks = payloads::split_randomly(&body, 7);
        // In memory: the runtime's SSE decoder and the generated types alone.
        let mut times = Vec::new();
        for _ in 0..5 {
            let input: Vec<Result<bytes::Bytes, sdk_runtime::Error>> =
                chunks.iter().cloned().map(Ok).collect();
            let input = futures_util::stream::iter(input);
            let idle = Duration::from_secs(60);
            let t = Instant::now();
            let count = rt.block_on(async {
                if chat {
                    count_events(sdk_runtime::sse::EventStream::<
                        openai_client::types::CreateChatCompletionStreamResponse,
                    >::from_chunks(input, idle))
                    .await
                } else {
                    count_events(sdk_runtime::sse::EventStream::<
                        openai_client::types::ResponseStreamEvent,
                    >::from_chunks(input, idle))
                    .await
                }
            });
            assert_eq!(count, n);
            times.push(t.elapsed());
        }
        let in_memory = median(times);
        row(
            &format!("{name}: openai-client, in memory"),
            throughput(body.len(), n, in_memory),
            Some(1.0),
        );
        #[cfg(feature = "async-openai")]
        {
            let mut times = Vec::new();
            for _ in 0..5 {
                let t = Instant::now();
                assert_eq!(rt.block_on(peer::decode_stream(&chunks, chat)), n);
                times.push(t.elapsed());
            }
            let theirs = median(times);
            row(
                &format!("{name}: async-openai 0.43 decoding path, in memory"),
                throughput(body.len(), n, theirs),
                Some(theirs.as_secs_f64() / in_memory.as_secs_f64()),
            );
        }
        // The floor: only the JSON of each event's data into the types.
        let datas: Vec<&[u8]> = body
            .split(|b| *b == b'\n')
            .filter_map(|l| l.strip_prefix(b"data: "))
            .filter(|d| *d != b"[DONE]")
            .collect();
        let json_only = measure(10, || {
            for d in &datas {
                // The runtime's decoding entry point, as the stream calls it.
                if chat {
                    std::hint::black_box(
                        sdk_runtime::de::json::<
                            openai_client::types::CreateChatCompletionStreamResponse,
                        >(d)
                        .expect("chunk"),
                    );
                } else {
                    std::hint::black_box(
                        sdk_runtime::de::json::<openai_client::types::ResponseStreamEvent>(d)
                            .expect("event"),
                    );
                }
            }
        });
        row(
            &format!("{name}: JSON of the data alone, openai-client types"),
            throughput(body.len(), n, json_only),
            None,
        );
        #[cfg(feature = "async-openai")]
        {
            let theirs = measure(10, || peer::decode_data(&datas, chat));
            row(
                &format!("{name}: JSON of the data alone, async-openai 0.43 types"),
                throughput(body.len(), n, theirs),
                None,
            );
        }
        // Over loopback: the same chunks served by a local server, through
        // each client's streaming call.
        let slices: Vec<&[u8]> = chunks.iter().map(|c| c.as_ref()).collect();
        let server = serve(server_rt, Reply::sse(&slices));
        let base = server.url();
        rt.block_on(async {
            let client = openai_client::Client::builder()
                .base_url(&base)
                .api_key("sk-bench")
                .build()
                .expect("client");
            let chat_request =
                openai_client::types::CreateChatCompletionRequest::new("gpt-4o-mini", ["hi"]);
            let responses_request = openai_client::types::CreateResponse::new("gpt-4o-mini", "hi");
            #[cfg(feature = "async-openai")]
            let peer = peer::Peer::new(&base);
            #[cfg(feature = "async-openai")]
            let mut theirs = Vec::new();
            let mut ours = Vec::new();
            for _ in 0..7 {
                let t = Instant::now();
                let count = if chat {
                    count_events(
                        client
                            .chat()
                            .completions()
                            .create_stream(&chat_request)
                            .await
                            .expect("stream")
                            .into_inner(),
                    )
                    .await
                } else {
                    count_events(
                        client
                            .responses()
                            .create_stream(&responses_request)
                            .await
                            .expect("stream")
                            .into_inner(),
                    )
                    .await
                };
                assert_eq!(count, n);
                ours.push(t.elapsed());
                #[cfg(feature = "async-openai")]
                {
                    let t = Instant::now();
                    let count = if chat {
                        peer.chat_stream().await
                    } else {
                        peer.responses_stream().await
                    };
                    assert_eq!(count, n);
                    theirs.push(t.elapsed());
                }
            }
            let ours = median(ours);
            row(
                &format!("{name}: openai-client, loopback"),
                throughput(body.len(), n, ours),
                Some(1.0),
            );
            #[cfg(feature = "async-openai")]
            {
                let theirs = median(theirs);
                row(
                    &format!("{name}: async-openai 0.43, loopback"),
                    throughput(body.len(), n, theirs),
                    Some(theirs.as_secs_f64() / ours.as_secs_f64()),
                );
            }
        });
    }
}

async fn count_events<E>(stream: sdk_runtime::sse::EventStream<E>) -> usize {
    stream
        .fold(0usize, |n, e| async move {
            std::hint::black_box(e.expect("event"));
            n + 1
        })
        .await
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
    let url = http::Uri::from_static(
        "https://bedrock-mantle.us-east-1.api.aws/openai/v1/chat/completions",
    );
    let mut headers = http::HeaderMap::new();
    headers.insert("content-type", "application/json".parse().expect("h"));
    headers.insert("user-agent", "bench".parse().expect("h"));
    let provider = sdk_provider_bedrock::Bedrock::builder()
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
        let url = url.to_string();
        let signable =
            SignableRequest::new("POST", &url, h, SignableBody::Bytes(&body)).expect("signable");
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
    header("Decoding large responses (median of 50)");
    let cases: [(&str, String); 3] = [
        (
            "chat completion, 100 choices with logprobs and tool calls",
            payloads::chat_completion(100, 20),
        ),
        (
            "Responses object with 2000 output items",
            payloads::response_with_items(2000),
        ),
        ("list of 10000 models", payloads::models(10_000)),
    ];
    let n = 50;
    for (name, body) in cases {
        let case = name.chars().next().unwrap_or_default();
        let value = measure(n, || {
            std::hint::black_box(serde_json::from_str::<serde_json::Value>(&body).expect("value"));
        });
        let typed = measure(n, || match case {
            'c' => {
                std::hint::black_box(
                    serde_json::from_str::<openai_client::types::CreateChatCompletionResponse>(
                        &body,
                    )
                    .expect("typed"),
                );
            }
            'R' => {
                std::hint::black_box(
                    serde_json::from_str::<openai_client::types::Response>(&body).expect("typed"),
                );
            }
            _ => {
                std::hint::black_box(
                    serde_json::from_str::<openai_client::types::ListModelsResponse>(&body)
                        .expect("typed"),
                );
            }
        });
        let mb = body.len() as f64 / 1e6;
        let cell = |t: Duration| {
            format!(
                "{:.2} ms ({:.0} MB/s)",
                t.as_secs_f64() * 1e3,
                mb / t.as_secs_f64()
            )
        };
        row(
            &format!("{name}: serde_json::Value"),
            cell(value),
            Some(1.0),
        );
        row(
            &format!("{name}: openai-client types"),
            cell(typed),
            Some(typed.as_secs_f64() / value.as_secs_f64()),
        );
        #[cfg(feature = "async-openai")]
        {
            let theirs = measure(n, || peer::decode(case, &body));
            row(
                &format!("{name}: async-openai 0.43 types"),
                cell(theirs),
                Some(theirs.as_secs_f64() / value.as_secs_f64()),
            );
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let want = |s: &str| args.is_empty() || args.iter().any(|a| a == s);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("client runtime");
    let server_rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("server runtime");
    println!(
        "# sdk-bench ({} cores{})",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        if cfg!(feature = "async-openai") {
            ", with async-openai 0.43"
        } else {
            ""
        }
    );
    if want("generator") {
        generator();
    }
    if want("request") {
        request_overhead(&rt, &server_rt);
    }
    if want("stream-request") {
        stream_request::stream_request(&rt, &server_rt);
    }
    if want("stream") {
        streaming(&rt, &server_rt);
    }
    if want("sigv4") {
        rt.block_on(sigv4());
    }
    if want("decode") {
        decoding();
    }
}
