//! # openai-client
//!
//! The OpenAI REST API. Please see <https://platform.openai.com/docs/api-reference> for more details.
//!
//! Generated from the OpenAI API description, version 2.3.0, by this repository's `codegen`: do not edit by hand.
//!
//! ## Quick start
//!
//! ```no_run
//! use openai_client::{Client, types};
//!
//! # async fn run() -> Result<(), openai_client::Error> {
//! // Reads OPENAI_API_KEY (and OPENAI_BASE_URL, OPENAI_ORG_ID, OPENAI_PROJECT_ID).
//! let client = Client::from_env()?;
//! let request = types::CreateResponse::new().model("gpt-4o-mini").input("Say hello");
//! let response = client.responses().create(&request).await?;
//! println!("{:?} (request id {:?})", response.id, response.request_id());
//! # Ok(()) }
//! ```
//!
//! ## Cargo features
//!
//! Every resource is a feature, all enabled by default; disable the defaults and pick the ones you call to compile less:
//!
//! - `assistants`: `client.assistants()` (5 operations)
//! - `audio`: `client.audio()` (9 operations)
//! - `batches`: `client.batches()` (4 operations)
//! - `beta`: `client.beta()` (7 operations)
//! - `chat`: `client.chat()` (6 operations)
//! - `chatkit`: `client.chatkit()` (6 operations)
//! - `completions`: `client.completions()` (1 operations)
//! - `containers`: `client.containers()` (9 operations)
//! - `content-provenance-checks`: `client.content_provenance_checks()` (1 operations)
//! - `conversations`: `client.conversations()` (8 operations)
//! - `embeddings`: `client.embeddings()` (1 operations)
//! - `evals`: `client.evals()` (12 operations)
//! - `files`: `client.files()` (5 operations)
//! - `fine-tuning`: `client.fine_tuning()` (13 operations)
//! - `images`: `client.images()` (3 operations)
//! - `models`: `client.models()` (3 operations)
//! - `moderations`: `client.moderations()` (1 operations)
//! - `organization`: `client.organization()` (106 operations)
//! - `projects`: `client.projects()` (13 operations)
//! - `realtime`: `client.realtime()` (9 operations)
//! - `responses`: `client.responses()` (7 operations)
//! - `skills`: `client.skills()` (11 operations)
//! - `threads`: `client.threads()` (18 operations)
//! - `uploads`: `client.uploads()` (4 operations)
//! - `vector-stores`: `client.vector_stores()` (16 operations)
//! - `videos`: `client.videos()` (10 operations)
//! - `webhooks`: webhook payload types
//! - `extra-types`: schemas no operation uses directly (for example WebSocket event types)
//!
//! TLS: `rustls` (default) or `native-tls`. Providers: `bedrock` (bearer tokens) and `bedrock-sigv4` (AWS SigV4).
#[rustfmt::skip]
mod client;
#[rustfmt::skip]
pub mod resources;
#[rustfmt::skip]
pub mod types;
pub mod extras;
pub use client::Client;
/// The runtime: options, errors, streams, pagination, providers.
pub use sdk_runtime as runtime;
pub use sdk_runtime::{ApiResponse, Call, Error, RequestOptions};
