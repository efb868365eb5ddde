//! Hand-written helpers shipped with the generated crate (copied from the
//! generator's configuration).

pub mod audio;
pub mod polling;
pub mod stream_events;
pub mod streaming;
pub mod strict_schema;
pub mod structured;
pub mod text;
pub mod uploads;
pub mod webhooks;
