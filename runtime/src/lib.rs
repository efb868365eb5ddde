//! # sdk-runtime
//!
//! The hand-written, spec-agnostic core that every generated SDK calls into.
//! Generated crates describe *what* to send (a [`RequestSpec`]) and *how* to
//! decode the answer; this crate owns *how it travels*: a pluggable
//! [`transport::HttpTransport`] (hyper by default), [`interceptor`]s around
//! every request, per-attempt authentication through the
//! [`auth::Authenticator`] seam with credentials from one expiry-aware
//! [`identity`] cache, a [`retry::RetryPolicy`], timeouts, typed errors,
//! server-sent events, pagination and multipart bodies. `test_util`
//! (feature `test-util`) replays scripted responses in memory.
//!
//! The core knows no vendor. Authentication is what the API declares
//! ([`auth::security`]: bearer, basic, API keys, OAuth2 client credentials),
//! a custom [`auth::Authenticator`], or a provider: a crate of its own that
//! implements [`auth::Provider`] (another host for the same API, with its
//! own routing and credentials).
#![warn(missing_docs)]

pub mod auth;
#[cfg(feature = "blocking")]
pub mod blocking;
pub mod body;
pub mod call;
pub mod client;
pub mod de;
pub mod env;
pub mod error;
pub mod identity;
pub mod interceptor;
pub mod multipart;
pub mod options;
mod orchestrator;
pub mod pagination;
pub mod poll;
pub mod rate_limit;
pub mod redact;
pub mod request;
pub mod response;
pub mod retry;
pub mod secret;
pub mod sse;
mod telemetry;
#[cfg(feature = "test-util")]
pub mod test_util;
pub mod transport;
pub mod uri;
#[cfg(feature = "webhooks")]
pub mod webhooks;
#[cfg(feature = "websocket")]
pub mod websocket;

pub use call::Call;
pub use client::{Client, ClientBuilder};
pub use env::Environment;
pub use error::{ApiError, Error, ErrorObject, IncompleteAnswer, Result};
pub use options::RequestOptions;
pub use request::{Body, RequestSpec};
pub use response::{ApiResponse, ByteStream, ResponseMeta};
pub use secret::SecretString;

pub use bytes::Bytes;
pub use http::{HeaderMap, Method, StatusCode};
pub use sdk_runtime_types::query;
