//! # sdk-runtime-types
//!
//! The part of the runtime that generated *types* need, apart from the HTTP
//! stack: the derives that give generated structs, enums and unions their
//! serde impls, constructors and setters ([`Object`], [`StringEnum`],
//! [`Union`]) with the building blocks they call ([`de`], [`ser`]), the
//! [`Extra`] properties every object keeps, multipart encoding of request
//! bodies ([`multipart`]), query encoding ([`query`]), the [`Page`]
//! trait of list responses and [`Vector`] (floats as an array or base64). A generated types crate depends on this and on
//! serde only, so servers, proxies and tools that use the types build
//! without reqwest, hyper, tokio or rustls. `sdk-runtime` re-exports all of
//! it.
#![warn(missing_docs)]

pub mod de;
pub mod extra;
pub mod multipart;
pub mod pagination;
pub mod query;
pub mod ser;
pub mod vector;

pub use extra::Extra;
pub use pagination::Page;
pub use sdk_runtime_macros::{Object, StringEnum, Union};
pub use vector::Vector;

/// What the derives' expansions name, so that a generated crate needs no
/// dependency of its own on these.
#[doc(hidden)]
pub mod __private {
    pub use serde;
    pub use serde_json;
}
