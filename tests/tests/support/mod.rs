//! What the Bedrock test binaries share: a Responses request and a Bedrock
//! provider pointed at a local server.

use mock_http::MockServer;
use openai_client::providers::bedrock::{Bedrock, BedrockBuilder};
use openai_client::types;
use sdk_runtime::Environment;

/// A small Responses request for a Bedrock model.
pub fn request() -> types::CreateResponse {
    types::CreateResponse::new("openai.gpt-oss-120b", "hello").store(false)
}

/// Bedrock in `us-east-1`, sending to `server`, with no environment.
pub fn local(server: &MockServer) -> BedrockBuilder {
    Bedrock::builder()
        .region("us-east-1")
        .environment(Environment::empty())
        .base_url(format!("{}/openai/v1", server.url()))
}
