//! Conformance tests against a mock of the API (see `cases.rs`).
#[rustfmt::skip]
mod cases;
