//! Everything an everyday program needs, in one import:
//! `use openai_client::prelude::*;` brings the client, the helpers'
//! extension traits (so that `chat().completions().parse::<T>()` and
//! `response.output_text()` are there) and `StreamExt` (so that a stream's
//! `.next()` is).

pub use futures_util::StreamExt;
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
#[cfg(all(feature = "chat", feature = "structured-outputs"))]
pub use crate::structured::ChatCompletionsParse;
#[cfg(all(feature = "responses", feature = "structured-outputs"))]
pub use crate::structured::ResponsesParse;
pub use crate::text::{OutputText, ToolArguments};
#[cfg(feature = "uploads")]
pub use crate::uploads::UploadsExt;
