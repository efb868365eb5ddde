//! # sdk-runtime-types
//!
//! The part of the runtime that generated *types* need, apart from the HTTP
//! stack: serde building blocks ([`de`]), multipart encoding of request
//! bodies ([`multipart`]), query encoding ([`query`]) and the [`Page`]
//! trait of list responses. A generated types crate depends on this and on
//! serde only, so servers, proxies and tools that use the types build
//! without reqwest, hyper, tokio or rustls. `sdk-runtime` re-exports all of
//! it.
#![warn(missing_docs)]

pub mod de;
pub mod multipart;
pub mod pagination;
pub mod query;

pub use pagination::Page;
