//! # openai-client
//!
//! The OpenAI REST API. Please see <https://platform.openai.com/docs/api-reference> for more details.
//!
//! Generated from the OpenAI API description, version 2.3.0, by this repository's `codegen`: do not edit by hand.
//!
//! ## The ten most common tasks
//!
//! ```no_run
//! use futures_util::StreamExt;
//! use openai_client::{Client, RequestOptions, types};
//! use std::time::Duration;
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! // 1. A client from OPENAI_API_KEY (and OPENAI_BASE_URL, OPENAI_ORG_ID, OPENAI_PROJECT_ID).
//! let client = Client::from_env()?;
//!
//! // 2. A Responses call.
//! let request = types::CreateResponse::new().model("gpt-4o-mini").input("Say hello");
//! let response = client.responses().create(&request).await?;
//! println!("{} (request id {:?})", response.id, response.request_id());
//!
//! // 3. A chat completion.
//! let chat = types::CreateChatCompletionRequest::new(
//!     [types::ChatCompletionRequestUserMessage::new("Hi!").into()],
//!     "gpt-4o-mini",
//! );
//! let completion = client.chat().completions().create(&chat).await?;
//! println!("{:?}", completion.choices[0].message.content);
//!
//! // 4. Streaming, event by event.
//! let mut events = client.responses().create_stream(&request).await?.into_inner();
//! while let Some(event) = events.next().await {
//!     println!("{:?}", event?);
//! }
//!
//! // 5. Embeddings.
//! let embedding = types::CreateEmbeddingRequest::new("some text", "text-embedding-3-small");
//! let vectors = client.embeddings().create(&embedding).await?;
//! println!("{} dimensions", vectors.data[0].embedding.len());
//!
//! // 6. Upload a file (multipart).
//! let file = openai_client::runtime::multipart::FilePart::from_bytes("notes.txt", b"hello".to_vec());
//! let uploaded = client
//!     .files()
//!     .create(&types::CreateFileRequest::new(file, types::FilePurpose::Assistants))
//!     .await?;
//!
//! // 7. Download a file's content (bytes).
//! let bytes = client.files().content(&uploaded.id).await?;
//! println!("{} bytes", bytes.len());
//!
//! // 8. Every item of a list, across pages.
//! let mut files = Box::pin(client.files().list(&types::ListFilesParams::default()).auto_paginate());
//! while let Some(file) = files.next().await {
//!     println!("{}", file?.id);
//! }
//!
//! // 9. Per-call options: timeout, retries, extra headers, fields the types lack.
//! let quick = client.with_options(RequestOptions::new().timeout(Duration::from_secs(20)).max_retries(5));
//! let answer = quick.responses().create(&request).body_field("metadata", serde_json::json!({"k": "v"})).await?;
//! println!("{:?}", answer.status());
//!
//! // 10. Errors you can match on.
//! match client.models().retrieve("no-such-model").await {
//!     Err(e) if e.is_not_found() => println!("not found (request id {:?})", e.request_id()),
//!     Err(e) => return Err(e.into()),
//!     Ok(model) => println!("{}", model.id),
//! }
//! # Ok(()) }
//! ```
//!
//! ## The helpers above the endpoints
//!
//! ```no_run
//! # async fn run(client: openai_client::Client) -> Result<(), Box<dyn std::error::Error>> {
//! # #[cfg(all(feature = "structured-outputs", feature = "chat", feature = "responses", feature = "vector-stores", feature = "files"))] {
//! use openai_client::extras::{stream_events::{ChatEvents, ChatStreamEvent}, structured, text::*};
//! use openai_client::runtime::{multipart::FilePart, poll::PollOptions};
//! use openai_client::types;
//!
//! #[derive(serde::Deserialize, schemars::JsonSchema)]
//! struct Recipe { name: String, minutes: u32 }
//! let chat = types::CreateChatCompletionRequest::new(
//!     [types::ChatCompletionRequestUserMessage::new("A pasta recipe.").into()],
//!     "gpt-4o-mini",
//! );
//!
//! // Structured output: the answer as a Rust type (feature `structured-outputs`).
//! let answer = client.chat().completions().parse::<Recipe>(&chat).await?;
//! if let Some(recipe) = answer.parsed() { println!("{} in {} min", recipe.name, recipe.minutes); }
//!
//! // A function tool from a type, and the call's arguments as that type.
//! let tool = structured::function_tool::<Recipe>("save_recipe", "Saves a recipe")?;
//! let completion = client.chat().completions().create(&chat.clone().tools([tool])).await?;
//! for call in completion.choices[0].message.tool_calls.iter().flatten() {
//!     if let types::ChatCompletionMessageToolCallsItem::Function(call) = call {
//!         let recipe: Recipe = call.arguments()?;
//!         println!("save {}", recipe.name);
//!     }
//! }
//!
//! // The text of a Responses answer.
//! let request = types::CreateResponse::new().model("gpt-4o-mini").input("Hi");
//! println!("{}", client.responses().create(&request).await?.all_output_text());
//!
//! // A stream as high-level events, then the final completion.
//! let mut events = ChatEvents::new(client.chat().completions().create_stream(&chat).await?.into_inner());
//! while let Some(event) = events.next_event().await {
//!     if let ChatStreamEvent::ContentDelta { delta, .. } = event? { print!("{delta}"); }
//! }
//! let _final = events.final_completion().await?;
//!
//! // Upload a file into a vector store and wait until it is searchable.
//! let file = FilePart::from_bytes("notes.md", b"# Notes".to_vec());
//! let done = client.vector_stores().files().upload_and_poll("vs_123", file, PollOptions::new()).await?;
//! println!("{:?}", done.status);
//! # }
//! # Ok(()) }
//! ```
//!
//! Amazon Bedrock: `Client::builder().provider(runtime::auth::bedrock::Bedrock::builder().region("us-west-2").build().await?).build()?`
//! (features `bedrock`, `bedrock-sigv4`).
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
//! TLS: `rustls` (default) or `native-tls`. `http2`: HTTP/2 through ALPN (off by default: HTTP/1.1 with pooled connections). Providers: `bedrock` (bearer tokens) and `bedrock-sigv4` (AWS SigV4). Azure OpenAI: `azure` (API keys and Microsoft Entra ID tokens) and `azure-identity` (credentials from the `azure_identity` crate, cached). WebSockets: `websocket` (`realtime().connect()`, `responses().connect()`).
#[rustfmt::skip]
mod client;
#[rustfmt::skip]
pub mod resources;
/// Every type of the API: the `openai-types` crate.
pub use openai_types as types;
pub mod extras;
pub use client::{Client, ClientBuilder};
/// The runtime: options, errors, streams, pagination, providers.
pub use sdk_runtime as runtime;
pub use sdk_runtime::{ApiResponse, Call, Error, RequestOptions};
