//! # test-client
//!
//! A small shop with customers, orders and a catalogue.
//!
//! Generated from the Shop API description, version 1.2.0, by this repository's `codegen`: do not edit by hand.
//!
//!
//!
//! ## Cargo features
//!
//! Every resource is a feature, all enabled by default; disable the defaults and pick the ones you call to compile less:
//!
//! - `catalogue`: `client.catalogue()` (1 operations)
//! - `customers`: `client.customers()` (6 operations)
//! - `events`: `client.events()` (1 operations)
//! - `extra-types`: schemas no operation uses directly (for example WebSocket event types)
//!
//! TLS: `rustls` (default) or `native-tls`. `http2`: HTTP/2 through ALPN (off by default: HTTP/1.1 with pooled connections).
#[rustfmt::skip]
mod client;
#[rustfmt::skip]
pub mod resources;
#[rustfmt::skip]
pub mod types;
pub use client::{Client, ClientBuilder};
/// The runtime: options, errors, streams, pagination, providers.
pub use sdk_runtime as runtime;
pub use sdk_runtime::{ApiResponse, Call, Error, RequestOptions};
