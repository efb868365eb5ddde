//! The entry point: a configured client and its resources.
/// A client for the OpenAI API.
///
/// Cheap to clone and safe to share between tasks. Configure it with
/// [`Client::builder`], or read everything from the environment with
/// [`Client::from_env`].
#[derive(Debug, Clone)]
pub struct Client {
    inner: sdk_runtime::Client,
}
impl Client {
    /// The server of the API description.
    pub const DEFAULT_BASE_URL: &'static str = "https://api.openai.com/v1";
    /// A builder with this API's defaults.
    pub fn builder() -> sdk_runtime::ClientBuilder<Client> {
        sdk_runtime::ClientBuilder::for_client(Self::DEFAULT_BASE_URL)
            .user_agent("openai-client/0.1.0")
    }
    /// A client configured from the environment only.
    pub fn from_env() -> Result<Self, sdk_runtime::Error> {
        Self::builder().build()
    }
    /// A copy whose requests all use `options` (timeout, retries,
    /// headers, ...). The base URL and authentication are kept.
    pub fn with_options(&self, options: sdk_runtime::RequestOptions) -> Self {
        Self {
            inner: self.inner.with_options(options),
        }
    }
    /// The runtime client underneath, for requests the API
    /// description does not cover yet.
    pub fn runtime(&self) -> &sdk_runtime::Client {
        &self.inner
    }
    /// The `assistants` resource.
    #[cfg(feature = "assistants")]
    #[inline]
    pub fn assistants(&self) -> crate::resources::assistants::Assistants {
        crate::resources::assistants::Assistants {
            client: self.inner.clone(),
        }
    }
    /// The `audio` resource.
    #[cfg(feature = "audio")]
    #[inline]
    pub fn audio(&self) -> crate::resources::audio::Audio {
        crate::resources::audio::Audio {
            client: self.inner.clone(),
        }
    }
    /// The `batches` resource.
    #[cfg(feature = "batches")]
    #[inline]
    pub fn batches(&self) -> crate::resources::batches::Batches {
        crate::resources::batches::Batches {
            client: self.inner.clone(),
        }
    }
    /// The `beta` resource.
    #[cfg(feature = "beta")]
    #[inline]
    pub fn beta(&self) -> crate::resources::beta::Beta {
        crate::resources::beta::Beta {
            client: self.inner.clone(),
        }
    }
    /// The `chat` resource.
    #[cfg(feature = "chat")]
    #[inline]
    pub fn chat(&self) -> crate::resources::chat::Chat {
        crate::resources::chat::Chat {
            client: self.inner.clone(),
        }
    }
    /// The `chatkit` resource.
    #[cfg(feature = "chatkit")]
    #[inline]
    pub fn chatkit(&self) -> crate::resources::chatkit::Chatkit {
        crate::resources::chatkit::Chatkit {
            client: self.inner.clone(),
        }
    }
    /// The `completions` resource.
    #[cfg(feature = "completions")]
    #[inline]
    pub fn completions(&self) -> crate::resources::completions::Completions {
        crate::resources::completions::Completions {
            client: self.inner.clone(),
        }
    }
    /// The `containers` resource.
    #[cfg(feature = "containers")]
    #[inline]
    pub fn containers(&self) -> crate::resources::containers::Containers {
        crate::resources::containers::Containers {
            client: self.inner.clone(),
        }
    }
    /// The `content_provenance_checks` resource.
    #[cfg(feature = "content-provenance-checks")]
    #[inline]
    pub fn content_provenance_checks(
        &self,
    ) -> crate::resources::content_provenance_checks::ContentProvenanceChecks {
        crate::resources::content_provenance_checks::ContentProvenanceChecks {
            client: self.inner.clone(),
        }
    }
    /// The `conversations` resource.
    #[cfg(feature = "conversations")]
    #[inline]
    pub fn conversations(&self) -> crate::resources::conversations::Conversations {
        crate::resources::conversations::Conversations {
            client: self.inner.clone(),
        }
    }
    /// The `embeddings` resource.
    #[cfg(feature = "embeddings")]
    #[inline]
    pub fn embeddings(&self) -> crate::resources::embeddings::Embeddings {
        crate::resources::embeddings::Embeddings {
            client: self.inner.clone(),
        }
    }
    /// The `evals` resource.
    #[cfg(feature = "evals")]
    #[inline]
    pub fn evals(&self) -> crate::resources::evals::Evals {
        crate::resources::evals::Evals {
            client: self.inner.clone(),
        }
    }
    /// The `files` resource.
    #[cfg(feature = "files")]
    #[inline]
    pub fn files(&self) -> crate::resources::files::Files {
        crate::resources::files::Files {
            client: self.inner.clone(),
        }
    }
    /// The `fine_tuning` resource.
    #[cfg(feature = "fine-tuning")]
    #[inline]
    pub fn fine_tuning(&self) -> crate::resources::fine_tuning::FineTuning {
        crate::resources::fine_tuning::FineTuning {
            client: self.inner.clone(),
        }
    }
    /// The `images` resource.
    #[cfg(feature = "images")]
    #[inline]
    pub fn images(&self) -> crate::resources::images::Images {
        crate::resources::images::Images {
            client: self.inner.clone(),
        }
    }
    /// The `models` resource.
    #[cfg(feature = "models")]
    #[inline]
    pub fn models(&self) -> crate::resources::models::Models {
        crate::resources::models::Models {
            client: self.inner.clone(),
        }
    }
    /// The `moderations` resource.
    #[cfg(feature = "moderations")]
    #[inline]
    pub fn moderations(&self) -> crate::resources::moderations::Moderations {
        crate::resources::moderations::Moderations {
            client: self.inner.clone(),
        }
    }
    /// The `organization` resource.
    #[cfg(feature = "organization")]
    #[inline]
    pub fn organization(&self) -> crate::resources::organization::Organization {
        crate::resources::organization::Organization {
            client: self.inner.clone(),
        }
    }
    /// The `projects` resource.
    #[cfg(feature = "projects")]
    #[inline]
    pub fn projects(&self) -> crate::resources::projects::Projects {
        crate::resources::projects::Projects {
            client: self.inner.clone(),
        }
    }
    /// The `realtime` resource.
    #[cfg(feature = "realtime")]
    #[inline]
    pub fn realtime(&self) -> crate::resources::realtime::Realtime {
        crate::resources::realtime::Realtime {
            client: self.inner.clone(),
        }
    }
    /// The `responses` resource.
    #[cfg(feature = "responses")]
    #[inline]
    pub fn responses(&self) -> crate::resources::responses::Responses {
        crate::resources::responses::Responses {
            client: self.inner.clone(),
        }
    }
    /// The `skills` resource.
    #[cfg(feature = "skills")]
    #[inline]
    pub fn skills(&self) -> crate::resources::skills::Skills {
        crate::resources::skills::Skills {
            client: self.inner.clone(),
        }
    }
    /// The `threads` resource.
    #[cfg(feature = "threads")]
    #[inline]
    pub fn threads(&self) -> crate::resources::threads::Threads {
        crate::resources::threads::Threads {
            client: self.inner.clone(),
        }
    }
    /// The `uploads` resource.
    #[cfg(feature = "uploads")]
    #[inline]
    pub fn uploads(&self) -> crate::resources::uploads::Uploads {
        crate::resources::uploads::Uploads {
            client: self.inner.clone(),
        }
    }
    /// The `vector_stores` resource.
    #[cfg(feature = "vector-stores")]
    #[inline]
    pub fn vector_stores(&self) -> crate::resources::vector_stores::VectorStores {
        crate::resources::vector_stores::VectorStores {
            client: self.inner.clone(),
        }
    }
    /// The `videos` resource.
    #[cfg(feature = "videos")]
    #[inline]
    pub fn videos(&self) -> crate::resources::videos::Videos {
        crate::resources::videos::Videos {
            client: self.inner.clone(),
        }
    }
}
impl From<sdk_runtime::Client> for Client {
    fn from(inner: sdk_runtime::Client) -> Self {
        Self { inner }
    }
}
