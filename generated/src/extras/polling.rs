//! Pollers for the resources that finish later: vector-store files and
//! file batches (`create_and_poll`, `upload_and_poll`, `poll`), Assistants
//! runs (also after `create_thread_and_run` and `submit_tool_outputs`), and
//! file processing (`wait_for_processing`), and videos (`create_and_poll`,
//! `poll`; deprecated, as the API deprecates the videos endpoints).
//!
//! Each fetches until the status is final, waiting what the API asks in
//! `openai-poll-after-ms` (else the options' interval), within the options'
//! overall timeout (past it, a timeout [`crate::Error`]).
//! Dropping the future stops polling.
//!
//! ```no_run
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
use crate::{Error, types};
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

#[cfg(feature = "vector-stores")]
fn file_settled(status: &types::VectorStoreFileObjectStatus) -> bool {
    !matches!(status, types::VectorStoreFileObjectStatus::InProgress)
}

#[cfg(feature = "vector-stores")]
impl crate::resources::vector_stores::VectorStoresFiles {
    /// Polls a vector-store file until its ingestion has ended (completed,
    /// failed or cancelled).
    pub async fn poll(
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

    /// Adds a file to a vector store and polls until its ingestion has
    /// ended.
    pub async fn create_and_poll(
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

    /// Uploads a file (purpose `assistants`), adds it to a vector store and
    /// polls until its ingestion has ended.
    #[cfg(feature = "files")]
    pub async fn upload_and_poll(
        &self,
        vector_store_id: &str,
        file: sdk_runtime::multipart::FilePart,
        options: PollOptions,
    ) -> Result<ApiResponse<types::VectorStoreFile>, Error> {
        let files = crate::resources::files::Files {
            client: self.client.clone(),
        };
        let request = types::CreateFileRequest::new(file, types::FilePurpose::Assistants);
        let uploaded = files.create(&request).await?;
        let body = types::CreateVectorStoreFileRequest::new(uploaded.id.clone());
        self.create_and_poll(vector_store_id, &body, options).await
    }
}

#[cfg(feature = "vector-stores")]
impl crate::resources::vector_stores::VectorStoresFileBatches {
    /// Polls a file batch until its ingestion has ended.
    pub async fn poll(
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

    /// Creates a file batch and polls until its ingestion has ended.
    pub async fn create_and_poll(
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

    /// Uploads files one after another (purpose `assistants`), creates a
    /// batch of them, and polls until its ingestion has ended.
    #[cfg(feature = "files")]
    pub async fn upload_and_poll(
        &self,
        vector_store_id: &str,
        files: impl IntoIterator<Item = sdk_runtime::multipart::FilePart>,
        options: PollOptions,
    ) -> Result<ApiResponse<types::VectorStoreFileBatch>, Error> {
        let uploads = crate::resources::files::Files {
            client: self.client.clone(),
        };
        let mut ids = Vec::new();
        for file in files {
            let request = types::CreateFileRequest::new(file, types::FilePurpose::Assistants);
            ids.push(uploads.create(&request).await?.into_inner().id);
        }
        let body = types::CreateVectorStoreFileBatchRequest::with_file_ids(ids);
        self.create_and_poll(vector_store_id, &body, options).await
    }
}

#[cfg(feature = "videos")]
fn video_settled(status: &types::VideoStatus) -> bool {
    !matches!(
        status,
        types::VideoStatus::Queued | types::VideoStatus::InProgress
    )
}

#[cfg(feature = "videos")]
impl crate::resources::videos::Videos {
    /// Polls a video until it is completed or failed.
    #[deprecated(note = "the API deprecates the videos endpoints")]
    #[expect(deprecated, reason = "polls a deprecated endpoint, and says so")]
    pub async fn poll(
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

    /// Starts a video and polls until it is completed or failed.
    #[deprecated(note = "the API deprecates the videos endpoints")]
    #[expect(deprecated, reason = "calls deprecated endpoints, and says so")]
    pub async fn create_and_poll(
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

#[cfg(feature = "threads")]
impl crate::resources::threads::ThreadsRuns {
    /// Polls a run until it needs action or has ended (completed, failed,
    /// cancelled, incomplete or expired).
    pub async fn poll(
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

    /// Creates a run and polls it.
    pub async fn create_and_poll(
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

    /// Submits tool outputs and polls the run.
    pub async fn submit_tool_outputs_and_poll(
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

#[cfg(feature = "threads")]
impl crate::resources::threads::Threads {
    /// Creates a thread and a run, and polls the run.
    pub async fn create_thread_and_run_poll(
        &self,
        body: &types::CreateThreadAndRunRequest,
        options: PollOptions,
    ) -> Result<ApiResponse<types::Run>, Error> {
        let run = self.create_thread_and_run(body).await?;
        if run_settled(&run.status) {
            return Ok(run);
        }
        let runs = crate::resources::threads::ThreadsRuns {
            client: self.client.clone(),
        };
        runs.poll(&run.thread_id, &run.id, options).await
    }
}

#[cfg(feature = "files")]
impl crate::resources::files::Files {
    /// Polls a file until it is processed (or failed processing).
    // (`status` is deprecated, but it is what says a file is processed.)
    #[allow(deprecated)]
    pub async fn wait_for_processing(
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
