//! Everything an everyday program needs, in one import:
//! `use openai_client::prelude::*;` brings the client and its error, the
//! `types` module, the helpers' extension traits (so that
//! `chat().completions().parse::<T>()`, `chat().completions().stream(..)`
//! and `response.output_text()` are there), `function_tool` and
//! `StreamExt` (so that a stream's `.next()` is).

pub use futures_util::StreamExt;
pub use openai_client_core::types;
pub use openai_client_core::{ApiResponse, Client, ClientBuilder, Error, RequestOptions};

#[cfg(feature = "audio")]
pub use crate::audio::{AudioTranscriptionsExt, AudioTranslationsExt};
#[cfg(feature = "files")]
pub use crate::polling::FilesExt;
#[cfg(feature = "videos")]
pub use crate::polling::VideosExt;
#[cfg(feature = "vector-stores")]
pub use crate::polling::{BatchUpload, VectorStoresFileBatchesExt, VectorStoresFilesExt};
#[cfg(feature = "threads")]
pub use crate::polling::{ThreadsExt, ThreadsRunsExt};
#[cfg(feature = "chat")]
pub use crate::stream_events::ChatCompletionsStream;
#[cfg(feature = "responses")]
pub use crate::stream_events::ResponsesStream;
#[cfg(feature = "structured-outputs")]
pub use crate::structured::StructuredOutput;
#[cfg(all(feature = "chat", feature = "structured-outputs"))]
pub use crate::structured::{ChatCompletionsParse, function_tool};
#[cfg(all(feature = "responses", feature = "structured-outputs"))]
pub use crate::structured::{ResponsesParse, response_function_tool};
#[cfg(feature = "chat")]
pub use crate::text::ChatCompletionExt;
pub use crate::text::OutputText;
pub use crate::tool_calls::{FunctionCall, FunctionCalls};
#[cfg(feature = "uploads")]
pub use crate::uploads::UploadsExt;
#[cfg(feature = "webhooks")]
pub use crate::webhooks::WebhooksExt;
