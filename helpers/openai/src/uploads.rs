//! Large files through the Uploads API: the file is read part by part
//! (never whole), a bounded number of parts are in flight, each part is
//! retried by the client's retry policy, and the upload is completed with
//! the parts in file order and the file's MD5. On failure the upload is
//! cancelled.
//!
//! ```no_run
//! # openai_helpers::__doc_paths!();
//! use openai_client::prelude::*;
//! # async fn f(client: openai_client::Client) -> Result<(), openai_client::Error> {
//! # #[cfg(feature = "uploads")] {
//! use openai_client::helpers::uploads::UploadOptions;
//! use openai_client::types::UploadPurpose;
//! let upload = client
//!     .uploads()
//!     .upload_file("training.jsonl", UploadPurpose::FineTune, UploadOptions::new())
//!     .await?;
//! println!("{:?}", upload.file.as_ref().map(|f| &f.id));
//! # }
//! # Ok(()) }
//! ```
#![cfg(feature = "uploads")]

/// How to upload.
#[derive(Debug, Clone)]
#[must_use]
pub struct UploadOptions {
    part_size: usize,
    concurrency: usize,
    mime_type: Option<String>,
}

impl Default for UploadOptions {
    /// 64 MiB parts (the API's largest), four in flight, the MIME type
    /// guessed from the file name.
    fn default() -> Self {
        Self {
            part_size: 64 << 20,
            concurrency: 4,
            mime_type: None,
        }
    }
}

impl UploadOptions {
    /// The defaults.
    pub fn new() -> Self {
        Self::default()
    }
    /// The size of each part but the last (at least 1 byte; the API takes
    /// at most 64 MB).
    pub fn part_size(mut self, bytes: usize) -> Self {
        self.part_size = bytes.max(1);
        self
    }
    /// How many parts may be in flight at once (at least 1).
    pub fn concurrency(mut self, parts: usize) -> Self {
        self.concurrency = parts.max(1);
        self
    }
    /// The file's MIME type (default: guessed from its name).
    pub fn mime_type(mut self, mime: impl Into<String>) -> Self {
        self.mime_type = Some(mime.into());
        self
    }
}

pub use imp::UploadsExt;

mod imp {
    use futures_util::StreamExt;
    use futures_util::stream::FuturesUnordered;
    use sdk_runtime::ApiResponse;
    use sdk_runtime::multipart::FilePart;
    use std::path::Path;
    use tokio::io::{AsyncRead, AsyncReadExt};

    use super::UploadOptions;
    use openai_client_core::{Error, types};

    /// What the helpers add to `client.uploads()`.
    pub trait UploadsExt {
        /// Uploads the file at `path` in parts (see the module's
        /// documentation) and returns the completed upload.
        fn upload_file(
            &self,
            path: impl AsRef<Path> + Send,
            purpose: types::UploadPurpose,
            options: UploadOptions,
        ) -> impl std::future::Future<Output = Result<ApiResponse<types::Upload>, Error>> + Send;

        /// Uploads `bytes` bytes read from `reader` in parts, under the file
        /// name `filename`, and returns the completed upload. Fails (and
        /// cancels the upload) if the reader gives more or fewer bytes.
        fn upload_reader<R: AsyncRead + Unpin + Send>(
            &self,
            reader: R,
            filename: &str,
            bytes: u64,
            purpose: types::UploadPurpose,
            options: UploadOptions,
        ) -> impl std::future::Future<Output = Result<ApiResponse<types::Upload>, Error>> + Send;
    }

    impl UploadsExt for openai_client_core::resources::uploads::Uploads {
        async fn upload_file(
            &self,
            path: impl AsRef<Path> + Send,
            purpose: types::UploadPurpose,
            options: UploadOptions,
        ) -> Result<ApiResponse<types::Upload>, Error> {
            let path = path.as_ref();
            let io = |e: std::io::Error| {
                Error::InvalidRequest(format!("cannot read `{}`: {e}", path.display()))
            };
            let file = tokio::fs::File::open(path).await.map_err(io)?;
            let bytes = file.metadata().await.map_err(io)?.len();
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "upload".to_owned());
            self.upload_reader(file, &name, bytes, purpose, options)
                .await
        }

        async fn upload_reader<R: AsyncRead + Unpin + Send>(
            &self,
            mut reader: R,
            filename: &str,
            bytes: u64,
            purpose: types::UploadPurpose,
            options: UploadOptions,
        ) -> Result<ApiResponse<types::Upload>, Error> {
            let mime = options.mime_type.clone().unwrap_or_else(|| {
                FilePart::from_bytes(filename, Vec::new())
                    .mime_type()
                    .to_owned()
            });
            let size = i64::try_from(bytes)
                .map_err(|_| Error::InvalidRequest(format!("{bytes} bytes is too large")))?;
            let request = types::CreateUploadRequest::new(filename, purpose, size, mime);
            let upload = self.create(&request).await?;
            match send_parts(self, &upload.id, &mut reader, filename, bytes, &options).await {
                Ok((part_ids, md5)) => {
                    let done = types::CompleteUploadRequest::new(part_ids).md5(md5);
                    self.complete(&upload.id, &done).await
                }
                Err(error) => {
                    // Best effort: the error that stopped the upload matters more.
                    let _ = self.cancel(&upload.id).await;
                    Err(error)
                }
            }
        }
    }

    /// Reads and sends the parts; returns their ids in file order and the
    /// file's MD5 (hex).
    async fn send_parts<R: AsyncRead + Unpin>(
        uploads: &openai_client_core::resources::uploads::Uploads,
        upload_id: &str,
        reader: &mut R,
        filename: &str,
        bytes: u64,
        options: &UploadOptions,
    ) -> Result<(Vec<String>, String), Error> {
        let mut digest = md5::Context::new();
        let mut ids: Vec<Option<String>> = Vec::new();
        let mut in_flight = FuturesUnordered::new();
        let mut read_total: u64 = 0;
        loop {
            let mut part = Vec::with_capacity(options.part_size);
            let n = (&mut *reader)
                .take(options.part_size as u64)
                .read_to_end(&mut part)
                .await
                .map_err(|e| Error::InvalidRequest(format!("cannot read the file: {e}")))?;
            if n == 0 {
                break;
            }
            read_total += n as u64;
            if read_total > bytes {
                return Err(Error::InvalidRequest(format!(
                    "the file has more than the {bytes} bytes declared"
                )));
            }
            digest.consume(&part);
            let index = ids.len();
            ids.push(None);
            let body = types::AddUploadPartRequest::new(FilePart::from_bytes(filename, part));
            in_flight.push(async move { (index, uploads.parts(upload_id, &body).await) });
            while in_flight.len() >= options.concurrency {
                if let Some((index, sent)) = in_flight.next().await {
                    ids[index] = Some(sent?.into_inner().id);
                }
            }
        }
        while let Some((index, sent)) = in_flight.next().await {
            ids[index] = Some(sent?.into_inner().id);
        }
        if read_total != bytes {
            return Err(Error::InvalidRequest(format!(
                "the file has {read_total} bytes, not the {bytes} declared"
            )));
        }
        let ids = ids.into_iter().flatten().collect();
        let md5 = format!("{:x}", digest.finalize());
        Ok((ids, md5))
    }
}
