//! Pollers for the resources that finish later: vector-store files and
//! file batches (`create_and_poll`, `upload_and_poll`, `poll`), Assistants
//! runs (also after `create_thread_and_run` and `submit_tool_outputs`), and
//! file processing (`wait_for_processing`), and videos (`create_and_poll`,
//! `poll`; deprecated, as the API deprecates the videos endpoints).
//!
//! Each fetches until the status is final, waiting the options' interval
//! when one is set, else what the API asks in `openai-poll-after-ms`, else
//! a second (as the official SDKs do), within the options' overall timeout
//! (past it, a timeout [`openai_client_core::Error`]).
//! Dropping the future stops polling.
//!
//! ```no_run
//! # openai_helpers::__doc_paths!();
//! use openai_client::prelude::*;
//! # async fn f(client: openai_client::Client) -> Result<(), openai_client::Error> {
//! # #[cfg(all(feature = "vector-stores", feature = "files"))] {
//! use openai_client::runtime::multipart::FilePart;
//! use openai_client::runtime::poll::PollOptions;
//! let file = FilePart::from_bytes("notes.txt", b"hello".to_vec());
//! let done = client
//!     .vector_stores()
//!     .files()
//!     .upload_and_poll("vs_123", file, PollOptions::new())
//!     .await?;
//! println!("{:?}", done.status);
//! # }
//! # Ok(()) }
//! ```

#[cfg(any(
    feature = "vector-stores",
    feature = "threads",
    feature = "files",
    feature = "videos"
))]
use openai_client_core::{Error, types};
#[cfg(any(
    feature = "vector-stores",
    feature = "threads",
    feature = "files",
    feature = "videos"
))]
use sdk_runtime::{
    ApiResponse,
    poll::{PollOptions, poll_until},
};

/// The header in which the API asks for a wait before the next poll.
pub const POLL_AFTER_HEADER: &str = "openai-poll-after-ms";

/// The options, reading the API's hint header.
#[cfg(any(
    feature = "vector-stores",
    feature = "threads",
    feature = "files",
    feature = "videos"
))]
fn hinted(options: PollOptions) -> PollOptions {
    options.hint_header(http::HeaderName::from_static(POLL_AFTER_HEADER))
}

/// How [`VectorStoresFileBatchesExt::upload_and_poll`] uploads a batch.
#[cfg(feature = "vector-stores")]
#[derive(Debug, Clone)]
#[must_use]
pub struct BatchUpload {
    file_ids: Vec<String>,
    concurrency: usize,
    poll: PollOptions,
}

#[cfg(feature = "vector-stores")]
impl Default for BatchUpload {
    fn default() -> Self {
        Self {
            file_ids: Vec::new(),
            concurrency: 5,
            poll: PollOptions::new(),
        }
    }
}

#[cfg(feature = "vector-stores")]
impl BatchUpload {
    /// Five uploads at a time, no existing files, polled with the defaults.
    pub fn new() -> Self {
        Self::default()
    }
    /// Files already uploaded that join the batch.
    pub fn file_ids(mut self, ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.file_ids = ids.into_iter().map(Into::into).collect();
        self
    }
    /// How many uploads run at once (at least one).
    pub fn concurrency(mut self, uploads: usize) -> Self {
        self.concurrency = uploads.max(1);
        self
    }
    /// How the batch is polled.
    pub fn poll(mut self, options: PollOptions) -> Self {
        self.poll = options;
        self
    }
}

#[cfg(feature = "vector-stores")]
fn file_settled(status: &types::VectorStoreFileObjectStatus) -> bool {
    !matches!(status, types::VectorStoreFileObjectStatus::InProgress)
}

/// Pollers of `client.vector_stores().files()`.
#[cfg(feature = "vector-stores")]
pub trait VectorStoresFilesExt {
    /// Polls a vector-store file until its ingestion has ended (completed,
    /// failed or cancelled).
    fn poll(
        &self,
        vector_store_id: &str,
        file_id: &str,
        options: PollOptions,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::VectorStoreFile>, Error>> + Send;

    /// Adds a file to a vector store and polls until its ingestion has
    /// ended.
    fn create_and_poll(
        &self,
        vector_store_id: &str,
        body: &types::CreateVectorStoreFileRequest,
        options: PollOptions,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::VectorStoreFile>, Error>> + Send;

    /// Uploads a file (purpose `assistants`) and adds it to a vector store,
    /// without waiting for its ingestion.
    #[cfg(feature = "files")]
    fn upload(
        &self,
        vector_store_id: &str,
        file: sdk_runtime::multipart::FilePart,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::VectorStoreFile>, Error>> + Send;

    /// Uploads a file (purpose `assistants`), adds it to a vector store and
    /// polls until its ingestion has ended.
    #[cfg(feature = "files")]
    fn upload_and_poll(
        &self,
        vector_store_id: &str,
        file: sdk_runtime::multipart::FilePart,
        options: PollOptions,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::VectorStoreFile>, Error>> + Send;
}

#[cfg(feature = "vector-stores")]
impl VectorStoresFilesExt for openai_client_core::resources::vector_stores::VectorStoresFiles {
    async fn poll(
        &self,
        vector_store_id: &str,
        file_id: &str,
        options: PollOptions,
    ) -> Result<ApiResponse<types::VectorStoreFile>, Error> {
        poll_until(
            &hinted(options),
            || self.retrieve(vector_store_id, file_id).into_future(),
            |file| file_settled(&file.status),
        )
        .await
    }

    async fn create_and_poll(
        &self,
        vector_store_id: &str,
        body: &types::CreateVectorStoreFileRequest,
        options: PollOptions,
    ) -> Result<ApiResponse<types::VectorStoreFile>, Error> {
        let created = self.create(vector_store_id, body).await?;
        if file_settled(&created.status) {
            return Ok(created);
        }
        self.poll(vector_store_id, &created.id, options).await
    }

    #[cfg(feature = "files")]
    async fn upload(
        &self,
        vector_store_id: &str,
        file: sdk_runtime::multipart::FilePart,
    ) -> Result<ApiResponse<types::VectorStoreFile>, Error> {
        let files = openai_client_core::Client::from(self.runtime().clone()).files();
        let request = types::CreateFileRequest::new(file, types::FilePurpose::Assistants);
        let uploaded = files.create(&request).await?;
        let body = types::CreateVectorStoreFileRequest::new(uploaded.id.clone());
        self.create(vector_store_id, &body).await
    }

    #[cfg(feature = "files")]
    async fn upload_and_poll(
        &self,
        vector_store_id: &str,
        file: sdk_runtime::multipart::FilePart,
        options: PollOptions,
    ) -> Result<ApiResponse<types::VectorStoreFile>, Error> {
        let created = self.upload(vector_store_id, file).await?;
        if file_settled(&created.status) {
            return Ok(created);
        }
        self.poll(vector_store_id, &created.id, options).await
    }
}

/// Pollers of `client.vector_stores().file_batches()`.
#[cfg(feature = "vector-stores")]
pub trait VectorStoresFileBatchesExt {
    /// Polls a file batch until its ingestion has ended.
    fn poll(
        &self,
        vector_store_id: &str,
        batch_id: &str,
        options: PollOptions,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::VectorStoreFileBatch>, Error>> + Send;

    /// Creates a file batch and polls until its ingestion has ended.
    fn create_and_poll(
        &self,
        vector_store_id: &str,
        body: &types::CreateVectorStoreFileBatchRequest,
        options: PollOptions,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::VectorStoreFileBatch>, Error>> + Send;

    /// Uploads files one after another (purpose `assistants`), creates a
    /// batch of them, and polls until its ingestion has ended.
    /// Uploads files (purpose `assistants`, [`BatchUpload::concurrency`]
    /// at a time, five by default), creates a batch of them and of the
    /// existing files [`BatchUpload::file_ids`] names, and polls until its
    /// ingestion has ended.
    #[cfg(feature = "files")]
    fn upload_and_poll(
        &self,
        vector_store_id: &str,
        files: Vec<sdk_runtime::multipart::FilePart>,
        options: BatchUpload,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::VectorStoreFileBatch>, Error>> + Send;
}

#[cfg(feature = "vector-stores")]
impl VectorStoresFileBatchesExt
    for openai_client_core::resources::vector_stores::VectorStoresFileBatches
{
    async fn poll(
        &self,
        vector_store_id: &str,
        batch_id: &str,
        options: PollOptions,
    ) -> Result<ApiResponse<types::VectorStoreFileBatch>, Error> {
        poll_until(
            &hinted(options),
            || self.retrieve(vector_store_id, batch_id).into_future(),
            |batch| file_settled(&batch.status),
        )
        .await
    }

    async fn create_and_poll(
        &self,
        vector_store_id: &str,
        body: &types::CreateVectorStoreFileBatchRequest,
        options: PollOptions,
    ) -> Result<ApiResponse<types::VectorStoreFileBatch>, Error> {
        let created = self.create(vector_store_id, body).await?;
        if file_settled(&created.status) {
            return Ok(created);
        }
        self.poll(vector_store_id, &created.id, options).await
    }

    #[cfg(feature = "files")]
    async fn upload_and_poll(
        &self,
        vector_store_id: &str,
        files: Vec<sdk_runtime::multipart::FilePart>,
        options: BatchUpload,
    ) -> Result<ApiResponse<types::VectorStoreFileBatch>, Error> {
        use futures_util::StreamExt;
        let uploads = openai_client_core::Client::from(self.runtime().clone()).files();
        let mut ids = options.file_ids;
        // Uploaded `concurrency` at a time, their ids kept in file order.
        let uploaded: Vec<Result<String, Error>> = futures_util::stream::iter(files)
            .map(|file| {
                let uploads = &uploads;
                async move {
                    let request =
                        types::CreateFileRequest::new(file, types::FilePurpose::Assistants);
                    Ok(uploads.create(&request).await?.into_inner().id)
                }
            })
            .buffered(options.concurrency.max(1))
            .collect()
            .await;
        for id in uploaded {
            ids.push(id?);
        }
        let body = types::CreateVectorStoreFileBatchRequest::with_file_ids(ids);
        self.create_and_poll(vector_store_id, &body, options.poll)
            .await
    }
}

#[cfg(feature = "videos")]
fn video_settled(status: &types::VideoStatus) -> bool {
    !matches!(
        status,
        types::VideoStatus::Queued | types::VideoStatus::InProgress
    )
}

/// Pollers of `client.videos()`.
#[cfg(feature = "videos")]
pub trait VideosExt {
    /// Polls a video until it is completed or failed.
    #[deprecated(note = "the API deprecates the videos endpoints")]
    fn poll(
        &self,
        video_id: &str,
        options: PollOptions,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::VideoResource>, Error>> + Send;

    /// Starts a video and polls until it is completed or failed.
    #[deprecated(note = "the API deprecates the videos endpoints")]
    fn create_and_poll(
        &self,
        body: &types::CreateVideoMultipartBody,
        options: PollOptions,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::VideoResource>, Error>> + Send;
}

#[cfg(feature = "videos")]
impl VideosExt for openai_client_core::resources::videos::Videos {
    #[expect(deprecated, reason = "polls a deprecated endpoint, and says so")]
    async fn poll(
        &self,
        video_id: &str,
        options: PollOptions,
    ) -> Result<ApiResponse<types::VideoResource>, Error> {
        poll_until(
            &hinted(options),
            || self.retrieve(video_id).into_future(),
            |video| video_settled(&video.status),
        )
        .await
    }

    #[expect(deprecated, reason = "calls deprecated endpoints, and says so")]
    async fn create_and_poll(
        &self,
        body: &types::CreateVideoMultipartBody,
        options: PollOptions,
    ) -> Result<ApiResponse<types::VideoResource>, Error> {
        let created = self.create(body).await?;
        if video_settled(&created.status) {
            return Ok(created);
        }
        self.poll(&created.id, options).await
    }
}

#[cfg(feature = "threads")]
fn run_settled(status: &types::RunObjectStatus) -> bool {
    use types::RunObjectStatus::*;
    !matches!(status, Queued | InProgress | Cancelling)
}

/// Pollers of `client.threads().runs()`.
#[cfg(feature = "threads")]
pub trait ThreadsRunsExt {
    /// Polls a run until it needs action or has ended (completed, failed,
    /// cancelled, incomplete or expired).
    fn poll(
        &self,
        thread_id: &str,
        run_id: &str,
        options: PollOptions,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::Run>, Error>> + Send;

    /// Creates a run and polls it.
    fn create_and_poll(
        &self,
        thread_id: &str,
        params: &types::CreateRunParams,
        body: &types::CreateRunRequest,
        options: PollOptions,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::Run>, Error>> + Send;

    /// Submits tool outputs and polls the run.
    fn submit_tool_outputs_and_poll(
        &self,
        thread_id: &str,
        run_id: &str,
        body: &types::SubmitToolOutputsRunRequest,
        options: PollOptions,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::Run>, Error>> + Send;
}

#[cfg(feature = "threads")]
impl ThreadsRunsExt for openai_client_core::resources::threads::ThreadsRuns {
    async fn poll(
        &self,
        thread_id: &str,
        run_id: &str,
        options: PollOptions,
    ) -> Result<ApiResponse<types::Run>, Error> {
        poll_until(
            &hinted(options),
            || self.retrieve(thread_id, run_id).into_future(),
            |run| run_settled(&run.status),
        )
        .await
    }

    async fn create_and_poll(
        &self,
        thread_id: &str,
        params: &types::CreateRunParams,
        body: &types::CreateRunRequest,
        options: PollOptions,
    ) -> Result<ApiResponse<types::Run>, Error> {
        let run = self.create(thread_id, params, body).await?;
        if run_settled(&run.status) {
            return Ok(run);
        }
        self.poll(thread_id, &run.id, options).await
    }

    async fn submit_tool_outputs_and_poll(
        &self,
        thread_id: &str,
        run_id: &str,
        body: &types::SubmitToolOutputsRunRequest,
        options: PollOptions,
    ) -> Result<ApiResponse<types::Run>, Error> {
        let run = self.submit_tool_outputs(thread_id, run_id, body).await?;
        if run_settled(&run.status) {
            return Ok(run);
        }
        self.poll(thread_id, &run.id, options).await
    }
}

/// Pollers of `client.threads()`.
#[cfg(feature = "threads")]
pub trait ThreadsExt {
    /// Creates a thread and a run, and polls the run.
    fn create_thread_and_run_poll(
        &self,
        body: &types::CreateThreadAndRunRequest,
        options: PollOptions,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::Run>, Error>> + Send;
}

#[cfg(feature = "threads")]
impl ThreadsExt for openai_client_core::resources::threads::Threads {
    async fn create_thread_and_run_poll(
        &self,
        body: &types::CreateThreadAndRunRequest,
        options: PollOptions,
    ) -> Result<ApiResponse<types::Run>, Error> {
        let run = self.create_thread_and_run(body).await?;
        if run_settled(&run.status) {
            return Ok(run);
        }
        let runs = openai_client_core::Client::from(self.runtime().clone())
            .threads()
            .runs();
        runs.poll(&run.thread_id, &run.id, options).await
    }
}

/// Pollers of `client.files()`.
#[cfg(feature = "files")]
pub trait FilesExt {
    /// Polls a file until it is processed (or failed processing).
    // (`status` is deprecated, but it is what says a file is processed.)
    #[allow(deprecated)]
    fn wait_for_processing(
        &self,
        file_id: &str,
        options: PollOptions,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::OpenAiFile>, Error>> + Send;
}

#[cfg(feature = "files")]
impl FilesExt for openai_client_core::resources::files::Files {
    #[allow(deprecated)]
    async fn wait_for_processing(
        &self,
        file_id: &str,
        options: PollOptions,
    ) -> Result<ApiResponse<types::OpenAiFile>, Error> {
        poll_until(
            &hinted(options),
            || self.retrieve(file_id).into_future(),
            |file| !matches!(file.status, types::OpenAiFileStatus::Uploaded),
        )
        .await
    }
}
