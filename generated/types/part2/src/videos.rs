//! Types of the `videos` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum VideoStatus {
    /// `queued`
    Queued,
    /// `in_progress`
    InProgress,
    /// `completed`
    Completed,
    /// `failed`
    Failed,
    /// A value this version of the SDK does not know.
    Other(String),
}
/// An error that occurred while generating the response.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(code, message))]
#[non_exhaustive]
pub struct Error2 {
    /// A machine-readable error code that was returned.
    #[api(default)]
    pub code: String,
    /// A human-readable description of the error that was returned.
    #[api(default)]
    pub message: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Structured information describing a generated video job.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, model, status, progress, created_at, size, seconds))]
#[non_exhaustive]
pub struct VideoResource {
    /// Unique identifier for the video job.
    #[api(default)]
    pub id: String,
    /// The object type, which is always `video`.
    #[api(constant)]
    pub object: VideoLiteral,
    /// The video generation model that produced the job.
    #[api(default)]
    pub model: VideoModel,
    /// Current lifecycle status of the video job.
    #[api(default)]
    pub status: VideoStatus,
    /// Approximate completion percentage for the generation task.
    #[api(default)]
    pub progress: i64,
    /// Unix timestamp (seconds) for when the job was created.
    #[api(default)]
    pub created_at: i64,
    /// Unix timestamp (seconds) for when the job completed, if finished.
    #[api(nullable)]
    pub completed_at: Option<i64>,
    /// Unix timestamp (seconds) for when the downloadable assets expire, if set.
    #[api(nullable)]
    pub expires_at: Option<i64>,
    /// The prompt that was used to generate the video.
    #[api(nullable)]
    pub prompt: Option<String>,
    /// The resolution of the generated video.
    #[api(default)]
    pub size: VideoSize,
    /// Duration of the generated clip in seconds. For extensions, this is the stitched total duration.
    #[api(default)]
    pub seconds: String,
    /// Identifier of the source video if this video is a remix.
    #[api(nullable)]
    pub remixed_from_video_id: Option<String>,
    /// Error payload that explains why generation failed, if applicable.
    #[api(nullable)]
    pub error: Option<Error2>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `video`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    sdk_runtime_types::StringEnum
)]
#[api(constant)]
pub enum VideoLiteral {
    /// `video`
    #[default]
    Video,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(data, has_more))]
#[non_exhaustive]
pub struct VideoListResource {
    /// The type of object returned, must be `list`.
    #[api(constant)]
    pub object: ListLiteral,
    /// A list of items
    #[api(default)]
    pub data: Vec<VideoResource>,
    /// The ID of the first item in the list.
    #[api(nullable)]
    pub first_id: Option<String>,
    /// The ID of the last item in the list.
    #[api(nullable)]
    pub last_id: Option<String>,
    /// Whether there are more items available.
    #[api(default)]
    pub has_more: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
impl sdk_runtime_types::pagination::Page for VideoListResource {
    type Item = VideoResource;
    fn next_page(&self) -> Option<(&'static str, String)> {
        if !self.has_more {
            return None;
        }
        self.last_id.clone().filter(|id| !id.is_empty()).map(|id| ("after", id))
    }
    fn into_items(self) -> Vec<Self::Item> {
        self.data
    }
}
/// Multipart parameters for creating a new video generation job.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(prompt))]
pub struct CreateVideoMultipartBody {
    /// The video generation model to use (allowed values: sora-2, sora-2-pro). Defaults to `sora-2`.
    pub model: Option<VideoModel>,
    /// Text prompt that describes the video to generate.
    ///
    /// `1` to `32000` characters.
    #[api(default)]
    pub prompt: String,
    pub input_reference: Option<CreateVideoMultipartBodyInputReference>,
    /// Clip duration in seconds (allowed values: 4, 8, 12). Defaults to 4 seconds.
    pub seconds: Option<VideoSeconds>,
    /// Output resolution formatted as width x height (allowed values: 720x1280, 1280x720, 1024x1792, 1792x1024). Defaults to 720x1280.
    pub size: Option<VideoSize>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
impl sdk_runtime_types::multipart::ToForm for CreateVideoMultipartBody {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.field("model", &self.model);
        form.field("prompt", &self.prompt);
        form.field("input_reference", &self.input_reference);
        form.field("seconds", &self.seconds);
        form.field("size", &self.size);
        for (name, value) in self.extra.iter() {
            form.field(name, value);
        }
    }
}
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum CreateVideoMultipartBodyInputReference {
    ImageRefParam2(ImageRefParam2),
    File(sdk_runtime_types::multipart::FilePart),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
/// Parameters for creating a character from an uploaded video.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(video, name))]
pub struct CreateVideoCharacterBody {
    /// Video file used to create a character.
    pub video: sdk_runtime_types::multipart::FilePart,
    /// Display name for this API character.
    ///
    /// `1` to `80` characters.
    #[api(default)]
    pub name: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
impl sdk_runtime_types::multipart::ToForm for CreateVideoCharacterBody {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.file("video", &self.video);
        form.field("name", &self.name);
        for (name, value) in self.extra.iter() {
            form.field(name, value);
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(created_at))]
#[non_exhaustive]
pub struct VideoCharacterResource {
    /// Identifier for the character creation cameo.
    #[api(nullable)]
    pub id: Option<String>,
    /// Display name for the character.
    #[api(nullable)]
    pub name: Option<String>,
    /// Unix timestamp (in seconds) when the character was created.
    #[api(default)]
    pub created_at: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Parameters for editing an existing generated video.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(video, prompt))]
pub struct CreateVideoEditMultipartBody {
    pub video: CreateVideoEditMultipartBodyVideo,
    /// Text prompt that describes how to edit the source video.
    ///
    /// `1` to `32000` characters.
    #[api(default)]
    pub prompt: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
impl sdk_runtime_types::multipart::ToForm for CreateVideoEditMultipartBody {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.field("video", &self.video);
        form.field("prompt", &self.prompt);
        for (name, value) in self.extra.iter() {
            form.field(name, value);
        }
    }
}
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum CreateVideoEditMultipartBodyVideo {
    VideoReferenceInputParam(VideoReferenceInputParam),
    File(sdk_runtime_types::multipart::FilePart),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
/// Multipart parameters for extending an existing generated video.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(video, prompt, seconds))]
pub struct CreateVideoExtendMultipartBody {
    pub video: CreateVideoEditMultipartBodyVideo,
    /// Updated text prompt that directs the extension generation.
    ///
    /// `1` to `32000` characters.
    #[api(default)]
    pub prompt: String,
    /// Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20).
    #[api(default)]
    pub seconds: VideoSeconds,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
impl sdk_runtime_types::multipart::ToForm for CreateVideoExtendMultipartBody {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.field("video", &self.video);
        form.field("prompt", &self.prompt);
        form.field("seconds", &self.seconds);
        for (name, value) in self.extra.iter() {
            form.field(name, value);
        }
    }
}
/// Confirmation payload returned after deleting a video.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(deleted, id))]
#[non_exhaustive]
pub struct DeletedVideoResource {
    /// The object type that signals the deletion response.
    ///
    /// Defaults to `video.deleted`.
    #[api(constant)]
    pub object: VideoDeletedLiteral,
    /// Indicates that the video resource was deleted.
    #[api(default)]
    pub deleted: bool,
    /// Identifier of the deleted video.
    #[api(default)]
    pub id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The constant `video.deleted`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    sdk_runtime_types::StringEnum
)]
#[api(constant)]
pub enum VideoDeletedLiteral {
    /// `video.deleted`
    #[default]
    #[api(rename = "video.deleted")]
    VideoDeleted,
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum VideoContentVariant {
    /// `video`
    Video,
    /// `thumbnail`
    Thumbnail,
    /// `spritesheet`
    Spritesheet,
    /// A value this version of the SDK does not know.
    Other(String),
}
/// Parameters for remixing an existing generated video.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(prompt))]
pub struct CreateVideoRemixBody {
    /// Updated text prompt that directs the remix generation.
    ///
    /// `1` to `32000` characters.
    #[api(default)]
    pub prompt: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
impl sdk_runtime_types::multipart::ToForm for CreateVideoRemixBody {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.field("prompt", &self.prompt);
        for (name, value) in self.extra.iter() {
            form.field(name, value);
        }
    }
}
/// Query and header parameters of `ListVideos`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct ListVideosParams {
    /// Number of items to retrieve
    pub limit: Option<i64>,
    /// Sort order of results by timestamp. Use `asc` for ascending order or `desc` for descending order.
    pub order: Option<OrderEnum>,
    /// Identifier for the last item from the previous pagination request
    pub after: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Query and header parameters of `RetrieveVideoContent`.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
pub struct RetrieveVideoContentParams {
    /// Which downloadable asset to return. Defaults to the MP4 video.
    pub variant: Option<VideoContentVariant>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
