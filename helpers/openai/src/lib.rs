//! # openai-helpers
//!
//! The hand-written part of the OpenAI client: what the endpoints alone do
//! not give, after the official SDKs' helpers. Use it through
//! `openai-client`, which re-exports it as `openai_client::helpers` and its
//! [`prelude`] as `openai_client::prelude`; the generated endpoints and
//! types are the `openai-client-core` crate.
//!
//! - [`text`]: the text of an answer;
//! - [`tool_calls`]: an answer's function calls, their arguments as a type;
//! - [`stream_events`] and [`streaming`]: streams read as high-level
//!   events, accumulated into the final answer;
//! - [`structured`] and [`strict_schema`]: answers and tool arguments as
//!   Rust types (feature `structured-outputs`, on by default);
//! - [`polling`]: waiting for what finishes later (vector-store files,
//!   runs, file processing);
//! - [`uploads`]: large files in parts;
//! - [`audio`]: transcriptions and translations as text;
//! - [`webhooks`]: verified webhook deliveries.
//!
//! The helpers that belong to an endpoint are methods of its resource
//! through an extension trait (`ChatCompletionsParse::parse`); the prelude
//! brings them all into scope.

pub mod audio;
#[cfg(feature = "chat")]
mod by_index;
mod partial_json;
pub mod polling;
pub mod prelude;
pub mod stream_events;
pub mod streaming;
pub mod strict_schema;
pub mod structured;
pub mod text;
pub mod tool_calls;
pub mod uploads;
pub mod webhooks;

/// For this crate's documentation examples: the paths users write
/// (`openai_client::...`), made from this crate and the core.
#[doc(hidden)]
#[macro_export]
macro_rules! __doc_paths {
    () => {
        #[allow(unused_imports)]
        mod openai_client {
            pub use ::openai_client_core::*;
            pub mod helpers {
                pub use ::openai_helpers::*;
            }
            pub mod prelude {
                pub use ::openai_helpers::prelude::*;
            }
        }
    };
}
