//! The Bedrock provider: the upstream SigV4 fixture, the order in which
//! authentication is chosen, every refusal, and endpoint derivation. No test
//! reads the process environment or touches the network.
#![cfg(feature = "sigv4")]

use aws_credential_types::Credentials;
use aws_credential_types::provider::{
    ProvideCredentials, SharedCredentialsProvider, error::CredentialsError, future,
};
use sdk_provider_bedrock::sigv4::{Signing, sign_request};
use sdk_provider_bedrock::{Bedrock, BedrockBuilder, ChainLoader};
use sdk_runtime::auth::Provider;
use sdk_runtime::{Environment, Error};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn shared_dir() -> std::path::PathBuf {
    std::env::var_os("SHARED_DIR")
        .map(Into::into)
        .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"))
}

#[test]
fn reproduces_the_upstream_sigv4_fixture() {
    let path = shared_dir().join("fixtures/bedrock/sigv4.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("fixture {} is required: {e}", path.display()));
    let f: Value = serde_json::from_str(&text).expect("fixture json");
    let s = |p: &str| {
        f.pointer(p)
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("fixture lacks {p}"))
            .to_owned()
    };

    let time = httpdate_from_iso(&s("/signingDate"));
    let creds = Credentials::new(
        s("/credentials/accessKeyId"),
        s("/credentials/secretAccessKey"),
        Some(s("/credentials/sessionToken")),
        None,
        "fixture",
    );
    let url: http::Uri = s("/request/url").parse().expect("url");
    let mut headers = http::HeaderMap::new();
    headers.insert(
        "content-type",
        s("/request/contentType").parse().expect("header"),
    );
    let body = s("/request/body");
    let method: http::Method = s("/request/method").parse().expect("method");
    let signing = Signing {
        credentials: &creds,
        region: &s("/region"),
        service: &s("/service"),
        time,
    };
    let signed = sign_request(&method, &url, &headers, body.as_bytes(), &signing).expect("signed");
    let get = |name: &str| {
        signed
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.to_str().expect("text").to_owned())
            .unwrap_or_else(|| panic!("no {name} header"))
    };
    assert_eq!(get("x-amz-date"), s("/expected/date"));
    assert_eq!(get("x-amz-content-sha256"), s("/expected/payloadHash"));
    assert_eq!(
        hex(&Sha256::digest(body.as_bytes())),
        s("/expected/payloadHash")
    );
    assert_eq!(get("x-amz-security-token"), s("/credentials/sessionToken"));
    assert_eq!(get("authorization"), s("/expected/authorization"));

    // The canonical request, rebuilt from what is sent, hashes as expected.
    let canonical = format!(
        "{}\n{}\n\ncontent-type:{}\nhost:{}\nx-amz-content-sha256:{}\nx-amz-date:{}\nx-amz-security-token:{}\n\ncontent-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token\n{}",
        method,
        url.path(),
        s("/request/contentType"),
        url.host().expect("host"),
        get("x-amz-content-sha256"),
        get("x-amz-date"),
        get("x-amz-security-token"),
        get("x-amz-content-sha256"),
    );
    assert_eq!(
        hex(&Sha256::digest(canonical.as_bytes())),
        s("/expected/canonicalRequestHash")
    );
}

/// `2025-01-02T03:04:05.000Z` to a `SystemTime`.
fn httpdate_from_iso(iso: &str) -> SystemTime {
    let n = |a: usize, b: usize| iso[a..b].parse::<i64>().expect("digits");
    let (y, m, d) = (n(0, 4), n(5, 7), n(8, 10));
    let (hh, mm, ss) = (n(11, 13), n(14, 16), n(17, 19));
    // Days from civil (Howard Hinnant's algorithm).
    let y2 = if m <= 2 { y - 1 } else { y };
    let era = y2.div_euclid(400);
    let yoe = y2 - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    UNIX_EPOCH + Duration::from_secs((days * 86_400 + hh * 3600 + mm * 60 + ss) as u64)
}

fn env(pairs: &[(&str, &str)]) -> Environment {
    Environment::from_map(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())))
}

/// A default chain that must not be used.
fn no_chain() -> ChainLoader {
    Arc::new(|_| Box::pin(async { panic!("the default chain must not be loaded") }))
}

/// A default chain with fixed credentials, counting loads.
fn fake_chain(loads: Arc<AtomicUsize>) -> ChainLoader {
    Arc::new(move |_| {
        loads.fetch_add(1, Ordering::SeqCst);
        Box::pin(async {
            SharedCredentialsProvider::new(Credentials::new(
                "AKIDCHAIN",
                "chain-secret",
                None,
                None,
                "chain",
            ))
        })
    })
}

#[derive(Debug)]
struct Failing;
impl ProvideCredentials for Failing {
    fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        future::ProvideCredentials::ready(Err(CredentialsError::not_loaded(
            "no credentials in the test chain",
        )))
    }
}

fn base() -> BedrockBuilder {
    Bedrock::builder()
        .region("us-west-2")
        .environment(Environment::empty())
}

async fn mode(builder: BedrockBuilder) -> &'static str {
    builder.build().await.expect("valid").auth_mode()
}

#[tokio::test]
async fn explicit_modes_come_first() {
    let ambient = env(&[
        ("AWS_BEARER_TOKEN_BEDROCK", "env-token"),
        ("AWS_ACCESS_KEY_ID", "AKIDENV"),
        ("AWS_SECRET_ACCESS_KEY", "env-secret"),
        ("AWS_REGION", "us-west-2"),
    ]);
    let b = || {
        Bedrock::builder()
            .environment(ambient.clone())
            .default_chain_loader(no_chain())
    };
    assert_eq!(mode(b().bearer_token("tok")).await, "bearer");
    assert_eq!(
        mode(b().aws_credentials("AKID", "secret", None)).await,
        "sigv4-static"
    );
    assert_eq!(mode(b().profile("work")).await, "sigv4-profile");
    let creds = Credentials::new("AKIDP", "p-secret", None, None, "test");
    assert_eq!(
        mode(b().credentials_provider(creds)).await,
        "sigv4-provider"
    );
}

#[tokio::test]
async fn env_bearer_token_is_next_and_empty_counts_as_absent() {
    let loads = Arc::new(AtomicUsize::new(0));
    let with = |value: &str| {
        Bedrock::builder()
            .region("us-east-1")
            .environment(env(&[("AWS_BEARER_TOKEN_BEDROCK", value)]))
            .default_chain_loader(fake_chain(Arc::clone(&loads)))
    };
    assert_eq!(mode(with("env-token")).await, "bearer-env");
    assert_eq!(loads.load(Ordering::SeqCst), 0);
    assert_eq!(mode(with("")).await, "sigv4-default-chain");
    assert_eq!(loads.load(Ordering::SeqCst), 1);
    // "No API key" skips the environment token and selects AWS credentials.
    assert_eq!(
        mode(with("env-token").no_api_key()).await,
        "sigv4-default-chain"
    );
    assert_eq!(loads.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn the_default_chain_is_last_and_its_error_is_kept() {
    let failing: ChainLoader =
        Arc::new(|_| Box::pin(async { SharedCredentialsProvider::new(Failing) }));
    let err = base()
        .default_chain_loader(failing)
        .build()
        .await
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("default AWS credential chain found no credentials"),
        "{err}"
    );
    let cause = std::error::Error::source(&err).expect("the chain's error is kept");
    assert!(
        format!("{cause:?}").contains("no credentials in the test chain"),
        "{cause:?}"
    );
}

async fn refused(builder: BedrockBuilder, words: &[&str]) {
    let err = builder
        .default_chain_loader(no_chain())
        .build()
        .await
        .unwrap_err();
    let text = err.to_string();
    for w in words {
        assert!(text.contains(w), "`{text}` should mention `{w}`");
    }
}

#[tokio::test]
async fn invalid_configurations_are_refused_with_what_to_change() {
    refused(
        base().bearer_token("t").aws_credentials("A", "S", None),
        &["bearer token and AWS credentials"],
    )
    .await;
    refused(
        base().bearer_token("t").profile("p"),
        &["bearer token and AWS credentials"],
    )
    .await;
    refused(
        base().aws_credentials("A", "S", None).profile("p"),
        &["more than one AWS credential mode"],
    )
    .await;
    refused(
        base()
            .profile("p")
            .credentials_provider(Credentials::new("A", "S", None, None, "t")),
        &["more than one AWS credential mode"],
    )
    .await;
    refused(
        base().access_key_id("AKID"),
        &["without its secret access key"],
    )
    .await;
    refused(
        base().secret_access_key("s"),
        &["without its access key id"],
    )
    .await;
    refused(
        base().session_token("tok"),
        &["needs an access key id and a secret access key"],
    )
    .await;
    refused(base().bearer_token("t").no_api_key(), &["no_api_key"]).await;
    for (builder, name) in [
        (Bedrock::builder().region(" "), "region"),
        (base().base_url("  "), "base_url"),
        (base().profile(""), "profile"),
        (base().bearer_token(" "), "bearer token"),
        (base().aws_credentials(" ", "s", None), "access_key_id"),
        (base().aws_credentials("A", " ", None), "secret_access_key"),
        (
            base().aws_credentials("A", "S", Some(" ".into())),
            "session_token",
        ),
    ] {
        refused(builder.environment(Environment::empty()), &[name, "empty"]).await;
    }
    refused(base().bearer_token("bad\ntoken"), &["control characters"]).await;
    refused(base().bearer_token(" padded "), &["whitespace"]).await;
    refused(
        Bedrock::builder()
            .environment(Environment::empty())
            .bearer_token("t"),
        &["no region", "AWS_REGION"],
    )
    .await;
    refused(
        Bedrock::builder()
            .environment(Environment::empty())
            .base_url("https://bedrock-mantle.us-east-1.api.aws/openai/v1")
            .aws_credentials("A", "S", None),
        &["no region"],
    )
    .await;
    refused(
        base()
            .base_url("https://bedrock-mantle.eu-west-1.api.aws/openai/v1")
            .aws_credentials("A", "S", None),
        &["eu-west-1", "us-west-2"],
    )
    .await;
}

#[tokio::test]
async fn endpoints_are_derived_overridden_and_normalized() {
    let b = base().bearer_token("t").build().await.expect("ok");
    assert_eq!(
        b.base_url(),
        "https://bedrock-mantle.us-west-2.api.aws/openai/v1"
    );
    let b = base()
        .bearer_token("t")
        .runtime_endpoint()
        .build()
        .await
        .expect("ok");
    assert_eq!(
        b.base_url(),
        "https://bedrock-runtime.us-west-2.amazonaws.com/openai/v1"
    );

    let with_env = env(&[
        (
            "AWS_BEDROCK_BASE_URL",
            "https://proxy.example/openai/v1/responses/",
        ),
        ("AWS_REGION", " ap-south-1 "),
    ]);
    let b = Bedrock::builder()
        .environment(with_env.clone())
        .bearer_token("t")
        .build()
        .await
        .expect("ok");
    assert_eq!(b.base_url(), "https://proxy.example/openai/v1");
    assert_eq!(b.region(), Some("ap-south-1"));
    let b = Bedrock::builder()
        .environment(with_env.clone())
        .bearer_token("t")
        .no_base_url()
        .build()
        .await
        .expect("ok");
    assert_eq!(
        b.base_url(),
        "https://bedrock-mantle.ap-south-1.api.aws/openai/v1"
    );
    let b = Bedrock::builder()
        .environment(with_env)
        .bearer_token("t")
        .base_url("http://127.0.0.1:8080/openai/v1/")
        .build()
        .await
        .expect("ok");
    assert_eq!(b.base_url(), "http://127.0.0.1:8080/openai/v1");
    let region_fallback = env(&[("AWS_DEFAULT_REGION", "ca-central-1")]);
    let b = Bedrock::builder()
        .environment(region_fallback)
        .bearer_token("t")
        .build()
        .await
        .expect("ok");
    assert_eq!(b.region(), Some("ca-central-1"));
    assert!(!b.follow_redirects());
}

#[tokio::test]
async fn chain_credentials_are_cached_until_close_to_expiry_and_user_providers_asked_each_time() {
    #[derive(Debug)]
    struct Counting {
        calls: Arc<AtomicUsize>,
        lifetime: Duration,
    }
    impl ProvideCredentials for Counting {
        fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
        where
            Self: 'a,
        {
            self.calls.fetch_add(1, Ordering::SeqCst);
            let expiry = SystemTime::now() + self.lifetime;
            future::ProvideCredentials::ready(Ok(Credentials::new(
                "AKID",
                "secret",
                None,
                Some(expiry),
                "counting",
            )))
        }
    }
    // The default chain is cached until close to expiry; a provider the
    // user passes is asked on every attempt (it owns its caching).
    let cases = [
        (Duration::from_secs(3600), true, 1),
        // Building checks the chain once; the credentials are then stale.
        (Duration::from_secs(60), true, 4),
        (Duration::from_secs(3600), false, 3),
    ];
    for (lifetime, chain, expected_calls) in cases {
        let calls = Arc::new(AtomicUsize::new(0));
        let counting = Counting {
            calls: Arc::clone(&calls),
            lifetime,
        };
        let builder = if chain {
            let provider = SharedCredentialsProvider::new(counting);
            let loader: ChainLoader = Arc::new(move |_| {
                let provider = provider.clone();
                Box::pin(async move { provider })
            });
            base().default_chain_loader(loader)
        } else {
            base().credentials_provider(counting)
        };
        let bedrock = builder.build().await.expect("ok");
        let auth = bedrock.authenticator();
        for _ in 0..3 {
            let mut request = sdk_runtime::auth::OutgoingRequest::new(
                http::Method::POST,
                "https://bedrock-mantle.us-west-2.api.aws/openai/v1/responses"
                    .parse::<http::Uri>()
                    .expect("url"),
                http::HeaderMap::new(),
                Some(bytes::Bytes::from_static(b"{}")),
            );
            auth.authenticate(&mut request).await.expect("signed");
            assert!(request.headers().contains_key("authorization"));
        }
        assert_eq!(
            calls.load(Ordering::SeqCst),
            expected_calls,
            "lifetime {lifetime:?}, default chain {chain}"
        );
    }
}

#[tokio::test]
async fn signing_refuses_unsafe_requests_before_any_traffic() {
    let bedrock = base()
        .aws_credentials("AKID", "secret", None)
        .build()
        .await
        .expect("ok");
    let auth = bedrock.authenticator();
    let url = |u: &str| u.parse::<http::Uri>().expect("url");
    let attempt = |target: &str, headers: http::HeaderMap, body: Option<bytes::Bytes>| {
        sdk_runtime::auth::OutgoingRequest::new(http::Method::POST, url(target), headers, body)
    };
    let ok = "https://bedrock-mantle.us-west-2.api.aws/openai/v1/responses";
    let mut with_auth = http::HeaderMap::new();
    with_auth.insert("authorization", "Bearer mine".parse().expect("header"));
    let cases: Vec<(sdk_runtime::auth::OutgoingRequest, &str)> = vec![
        (
            attempt(ok, with_auth, Some(bytes::Bytes::new())),
            "custom Authorization header",
        ),
        (
            attempt(ok, http::HeaderMap::new(), None),
            "streaming request body",
        ),
        (
            attempt(
                "https://evil.example/openai/v1/responses",
                http::HeaderMap::new(),
                Some(bytes::Bytes::new()),
            ),
            "refusing to send Bedrock credentials",
        ),
    ];
    for (mut request, words) in cases {
        let err = auth.authenticate(&mut request).await.unwrap_err();
        assert!(matches!(err, Error::Auth { .. }), "{err:?}");
        assert!(err.to_string().contains(words), "{err}");
        assert!(
            !request.headers().contains_key("x-amz-date"),
            "nothing was signed"
        );
    }
    // Stale signing headers from a previous attempt are replaced.
    let mut stale = http::HeaderMap::new();
    stale.insert("x-amz-date", "19990101T000000Z".parse().expect("header"));
    stale.insert("x-amz-security-token", "old".parse().expect("header"));
    let mut request = attempt(ok, stale, Some(bytes::Bytes::from_static(b"{}")));
    auth.authenticate(&mut request).await.expect("signed");
    assert_ne!(request.headers()["x-amz-date"], "19990101T000000Z");
    assert!(
        !request.headers().contains_key("x-amz-security-token"),
        "no session token with these keys"
    );
    assert_eq!(request.headers().get_all("x-amz-date").iter().count(), 1);
}

#[tokio::test]
async fn debug_output_hides_every_secret() {
    let secrets = ["tok-SECRET-123", "wJalrSECRETKEY", "session-SECRET-tok"];
    let builder = base()
        .aws_credentials("AKIDVISIBLE", secrets[1], Some(secrets[2].into()))
        .default_chain_loader(no_chain());
    let builder_debug = format!("{builder:?}");
    let bedrock = builder.build().await.expect("ok");
    let bearer_builder = base().bearer_token(secrets[0]);
    let texts = [
        builder_debug,
        format!("{bedrock:?}"),
        format!("{bearer_builder:?}"),
        format!("{:?}", bearer_builder.build().await.expect("ok")),
    ];
    for text in &texts {
        for secret in secrets {
            assert!(!text.contains(secret), "{secret} leaked: {text}");
        }
    }
}
