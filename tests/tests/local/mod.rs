//! What the OpenAI client tests share: a client of a local server, with an
//! API key, no environment and no retries.

use mock_http::MockServer;
use openai_client::Client;
use openai_client::runtime::Environment;

/// A client that sends to `server`.
pub fn client(server: &MockServer) -> Client {
    Client::builder()
        .environment(Environment::empty())
        .base_url(server.url())
        .api_key("sk-test")
        .max_retries(0)
        .build()
        .expect("client")
}
