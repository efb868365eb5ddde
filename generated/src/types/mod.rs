//! Every type of the API: request bodies, responses, events and the
//! values inside them. Split into modules by the feature that needs
//! them; all are re-exported here.
#[cfg(
    any(
        feature = "assistants",
        feature = "batches",
        feature = "beta",
        feature = "chat",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "files",
        feature = "fine-tuning",
        feature = "moderations",
        feature = "organization",
        feature = "realtime",
        feature = "responses",
        feature = "threads",
        feature = "vector-stores"
    )
)]
mod assistants;
#[cfg(
    any(
        feature = "assistants",
        feature = "batches",
        feature = "beta",
        feature = "chat",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "files",
        feature = "fine-tuning",
        feature = "moderations",
        feature = "organization",
        feature = "realtime",
        feature = "responses",
        feature = "threads",
        feature = "vector-stores"
    )
)]
pub use assistants::*;
#[cfg(
    any(
        feature = "audio",
        feature = "batches",
        feature = "beta",
        feature = "chat",
        feature = "containers",
        feature = "conversations",
        feature = "embeddings",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "models",
        feature = "organization",
        feature = "projects",
        feature = "realtime",
        feature = "responses"
    )
)]
mod audio;
#[cfg(
    any(
        feature = "audio",
        feature = "batches",
        feature = "beta",
        feature = "chat",
        feature = "containers",
        feature = "conversations",
        feature = "embeddings",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "models",
        feature = "organization",
        feature = "projects",
        feature = "realtime",
        feature = "responses"
    )
)]
pub use audio::*;
#[cfg(any(feature = "batches", feature = "files", feature = "uploads"))]
mod batches;
#[cfg(any(feature = "batches", feature = "files", feature = "uploads"))]
pub use batches::*;
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "chatkit",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "organization",
        feature = "projects",
        feature = "realtime",
        feature = "responses",
        feature = "threads",
        feature = "vector-stores"
    )
)]
mod beta;
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "chatkit",
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "organization",
        feature = "projects",
        feature = "realtime",
        feature = "responses",
        feature = "threads",
        feature = "vector-stores"
    )
)]
pub use beta::*;
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "chatkit",
        feature = "completions",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "moderations",
        feature = "organization",
        feature = "projects",
        feature = "realtime",
        feature = "responses",
        feature = "skills",
        feature = "threads",
        feature = "videos"
    )
)]
mod chat;
#[cfg(
    any(
        feature = "beta",
        feature = "chat",
        feature = "chatkit",
        feature = "completions",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "moderations",
        feature = "organization",
        feature = "projects",
        feature = "realtime",
        feature = "responses",
        feature = "skills",
        feature = "threads",
        feature = "videos"
    )
)]
pub use chat::*;
#[cfg(
    any(
        feature = "chatkit",
        feature = "realtime",
        feature = "skills",
        feature = "videos"
    )
)]
mod chatkit;
#[cfg(
    any(
        feature = "chatkit",
        feature = "realtime",
        feature = "skills",
        feature = "videos"
    )
)]
pub use chatkit::*;
#[cfg(any(feature = "chat", feature = "completions"))]
mod completions;
#[cfg(any(feature = "chat", feature = "completions"))]
pub use completions::*;
#[cfg(
    any(
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
mod containers;
#[cfg(
    any(
        feature = "containers",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
pub use containers::*;
#[cfg(feature = "content-provenance-checks")]
mod content_provenance_checks;
#[cfg(feature = "content-provenance-checks")]
pub use content_provenance_checks::*;
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "images",
        feature = "realtime",
        feature = "responses",
        feature = "vector-stores"
    )
)]
mod conversations;
#[cfg(
    any(
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "images",
        feature = "realtime",
        feature = "responses",
        feature = "vector-stores"
    )
)]
pub use conversations::*;
#[cfg(feature = "embeddings")]
mod embeddings;
#[cfg(feature = "embeddings")]
pub use embeddings::*;
#[cfg(
    any(
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "responses"
    )
)]
mod evals;
#[cfg(
    any(
        feature = "evals",
        feature = "extra-types",
        feature = "fine-tuning",
        feature = "responses"
    )
)]
pub use evals::*;
#[cfg(feature = "extra-types")]
mod extra;
#[cfg(feature = "extra-types")]
pub use extra::*;
#[cfg(feature = "extra-types")]
mod extra_beta;
#[cfg(feature = "extra-types")]
pub use extra_beta::*;
#[cfg(feature = "extra-types")]
mod extra_realtime;
#[cfg(feature = "extra-types")]
pub use extra_realtime::*;
#[cfg(feature = "extra-types")]
mod extra_responses;
#[cfg(feature = "extra-types")]
pub use extra_responses::*;
#[cfg(any(feature = "chat", feature = "files", feature = "uploads"))]
mod files;
#[cfg(any(feature = "chat", feature = "files", feature = "uploads"))]
pub use files::*;
#[cfg(feature = "fine-tuning")]
mod fine_tuning;
#[cfg(feature = "fine-tuning")]
pub use fine_tuning::*;
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "images",
        feature = "organization",
        feature = "responses"
    )
)]
mod images;
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "images",
        feature = "organization",
        feature = "responses"
    )
)]
pub use images::*;
#[cfg(feature = "models")]
mod models;
#[cfg(feature = "models")]
pub use models::*;
#[cfg(feature = "moderations")]
mod moderations;
#[cfg(feature = "moderations")]
pub use moderations::*;
#[cfg(any(feature = "organization", feature = "projects"))]
mod organization;
#[cfg(any(feature = "organization", feature = "projects"))]
pub use organization::*;
#[cfg(feature = "projects")]
mod projects;
#[cfg(feature = "projects")]
pub use projects::*;
#[cfg(any(feature = "extra-types", feature = "realtime", feature = "responses"))]
mod realtime;
#[cfg(any(feature = "extra-types", feature = "realtime", feature = "responses"))]
pub use realtime::*;
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses",
        feature = "threads",
        feature = "webhooks"
    )
)]
mod responses;
#[cfg(
    any(
        feature = "assistants",
        feature = "beta",
        feature = "chat",
        feature = "evals",
        feature = "extra-types",
        feature = "realtime",
        feature = "responses",
        feature = "threads",
        feature = "webhooks"
    )
)]
pub use responses::*;
#[cfg(feature = "skills")]
mod skills;
#[cfg(feature = "skills")]
pub use skills::*;
#[cfg(any(feature = "extra-types", feature = "threads"))]
mod threads;
#[cfg(any(feature = "extra-types", feature = "threads"))]
pub use threads::*;
#[cfg(feature = "uploads")]
mod uploads;
#[cfg(feature = "uploads")]
pub use uploads::*;
#[cfg(
    any(
        feature = "conversations",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
mod vector_stores;
#[cfg(
    any(
        feature = "conversations",
        feature = "extra-types",
        feature = "responses",
        feature = "vector-stores"
    )
)]
pub use vector_stores::*;
#[cfg(any(feature = "extra-types", feature = "videos"))]
mod videos;
#[cfg(any(feature = "extra-types", feature = "videos"))]
pub use videos::*;
#[cfg(feature = "webhooks")]
mod webhooks;
#[cfg(feature = "webhooks")]
pub use webhooks::*;
