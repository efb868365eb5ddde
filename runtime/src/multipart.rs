//! `multipart/form-data` bodies (from `sdk-runtime-types`), encoded to bytes
//! up front so that every attempt (and every authenticator) sees exactly the
//! same replayable body; and reading a file part from disk.

use std::path::Path;

use crate::error::Error;
pub use sdk_runtime_types::multipart::*;

/// Reads a file from disk into a part named after the path's file name
/// (the MIME type is guessed from its extension).
pub async fn read_file(path: impl AsRef<Path>) -> Result<FilePart, Error> {
    let path = path.as_ref();
    let bytes = tokio::fs::read(path)
        .await
        .map_err(|e| Error::InvalidRequest(format!("cannot read file {}: {e}", path.display())))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".to_owned());
    Ok(FilePart::from_bytes(name, bytes))
}
