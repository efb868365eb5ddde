//! Live test against Amazon Bedrock, opt-in only:
//!
//! ```text
//! BEDROCK_LIVE_TEST=1 BEDROCK_LIVE_AUTH=profile AWS_PROFILE=my-profile AWS_REGION=us-west-2 \
//! BEDROCK_MODEL=openai.gpt-oss-120b cargo test -p sdk-tests --test bedrock_live -- --nocapture
//! ```
//!
//! `BEDROCK_LIVE_AUTH`: bearer, env-bearer, default-chain, profile, static or provider.
//! `BEDROCK_LIVE_STREAM=1` adds a streaming request; `AWS_BEDROCK_BASE_URL` overrides the endpoint.
//! Retries are off and `store` is false.

use futures_util::StreamExt;
use openai_client::providers::bedrock::Bedrock;
use openai_client::{Client, types};

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

#[tokio::test]
async fn live_bedrock() {
    if var("BEDROCK_LIVE_TEST").as_deref() != Some("1") {
        eprintln!(
            "skipped: set BEDROCK_LIVE_TEST=1 (and BEDROCK_LIVE_AUTH, AWS_REGION, BEDROCK_MODEL) to run"
        );
        return;
    }
    let mode = var("BEDROCK_LIVE_AUTH").unwrap_or_else(|| "default-chain".into());
    let model = var("BEDROCK_MODEL").expect("BEDROCK_MODEL is required");
    let builder = Bedrock::builder();
    let builder = match mode.as_str() {
        "bearer" => {
            builder.bearer_token(var("AWS_BEARER_TOKEN_BEDROCK").expect("AWS_BEARER_TOKEN_BEDROCK"))
        }
        "env-bearer" => builder,
        "default-chain" => builder.no_api_key(),
        "profile" => builder.profile(var("AWS_PROFILE").expect("AWS_PROFILE")),
        "static" => builder.aws_credentials(
            var("AWS_ACCESS_KEY_ID").expect("AWS_ACCESS_KEY_ID"),
            var("AWS_SECRET_ACCESS_KEY").expect("AWS_SECRET_ACCESS_KEY"),
            var("AWS_SESSION_TOKEN").map(Into::into),
        ),
        "provider" => builder.credentials_provider(aws_credential_types::Credentials::new(
            var("AWS_ACCESS_KEY_ID").expect("AWS_ACCESS_KEY_ID"),
            var("AWS_SECRET_ACCESS_KEY").expect("AWS_SECRET_ACCESS_KEY"),
            var("AWS_SESSION_TOKEN"),
            None,
            "live-test",
        )),
        other => panic!("unknown BEDROCK_LIVE_AUTH `{other}`"),
    };
    let provider = builder.build().await.expect("provider");
    eprintln!(
        "Bedrock {} via {}",
        provider.region().unwrap_or("?"),
        provider.auth_mode()
    );
    let client = Client::builder()
        .provider(provider)
        .max_retries(0)
        .build()
        .expect("client");
    let request = types::CreateResponse::new(model.as_str(), "Reply with one word.").store(false);
    let response = client
        .responses()
        .create(&request)
        .await
        .expect("responses call");
    assert!(!response.id.is_empty());
    if var("BEDROCK_LIVE_STREAM").as_deref() == Some("1") {
        let mut events = client
            .responses()
            .create_stream(&request)
            .await
            .expect("stream")
            .into_inner();
        let mut count = 0;
        while let Some(event) = events.next().await {
            event.expect("event");
            count += 1;
        }
        assert!(count > 0);
    }
}
