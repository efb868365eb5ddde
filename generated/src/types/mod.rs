//! Every type of the API: request bodies, responses, events and the
//! values inside them. Split into modules by the feature that needs
//! them; all are re-exported here.
#[cfg(feature = "assistants")]
mod assistants;
#[cfg(feature = "assistants")]
pub use assistants::*;
#[cfg(feature = "audio")]
mod audio;
#[cfg(feature = "audio")]
pub use audio::*;
#[cfg(feature = "batches")]
mod batches;
#[cfg(feature = "batches")]
pub use batches::*;
#[cfg(feature = "chat")]
mod chat;
#[cfg(feature = "chat")]
pub use chat::*;
#[cfg(feature = "chatkit")]
mod chatkit;
#[cfg(feature = "chatkit")]
pub use chatkit::*;
#[cfg(feature = "completions")]
mod completions;
#[cfg(feature = "completions")]
pub use completions::*;
#[cfg(feature = "containers")]
mod containers;
#[cfg(feature = "containers")]
pub use containers::*;
#[cfg(feature = "content-provenance-checks")]
mod content_provenance_checks;
#[cfg(feature = "content-provenance-checks")]
pub use content_provenance_checks::*;
#[cfg(feature = "conversations")]
mod conversations;
#[cfg(feature = "conversations")]
pub use conversations::*;
#[cfg(feature = "embeddings")]
mod embeddings;
#[cfg(feature = "embeddings")]
pub use embeddings::*;
#[cfg(feature = "evals")]
mod evals;
#[cfg(feature = "evals")]
pub use evals::*;
#[cfg(feature = "files")]
mod files;
#[cfg(feature = "files")]
pub use files::*;
#[cfg(feature = "fine-tuning")]
mod fine_tuning;
#[cfg(feature = "fine-tuning")]
pub use fine_tuning::*;
#[cfg(feature = "images")]
mod images;
#[cfg(feature = "images")]
pub use images::*;
#[cfg(feature = "models")]
mod models;
#[cfg(feature = "models")]
pub use models::*;
#[cfg(feature = "moderations")]
mod moderations;
#[cfg(feature = "moderations")]
pub use moderations::*;
#[cfg(feature = "organization")]
mod organization;
#[cfg(feature = "organization")]
pub use organization::*;
#[cfg(feature = "projects")]
mod projects;
#[cfg(feature = "projects")]
pub use projects::*;
#[cfg(feature = "realtime")]
mod realtime;
#[cfg(feature = "realtime")]
pub use realtime::*;
#[cfg(feature = "responses")]
mod responses;
#[cfg(feature = "responses")]
pub use responses::*;
mod shared;
pub use shared::*;
#[cfg(feature = "skills")]
mod skills;
#[cfg(feature = "skills")]
pub use skills::*;
#[cfg(feature = "threads")]
mod threads;
#[cfg(feature = "threads")]
pub use threads::*;
#[cfg(feature = "uploads")]
mod uploads;
#[cfg(feature = "uploads")]
pub use uploads::*;
#[cfg(feature = "vector-stores")]
mod vector_stores;
#[cfg(feature = "vector-stores")]
pub use vector_stores::*;
#[cfg(feature = "videos")]
mod videos;
#[cfg(feature = "videos")]
pub use videos::*;
#[cfg(feature = "webhooks")]
mod webhooks;
#[cfg(feature = "webhooks")]
pub use webhooks::*;
