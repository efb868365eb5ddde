//! Types of the `videos` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum VideoModel {
    /// `sora-2`
    Sora2,
    /// `sora-2-pro`
    Sora2Pro,
    /// `sora-2-2025-10-06`
    Sora220251006,
    /// `sora-2-pro-2025-10-06`
    Sora2Pro20251006,
    /// `sora-2-2025-12-08`
    Sora220251208,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl VideoModel {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sora2 => "sora-2",
            Self::Sora2Pro => "sora-2-pro",
            Self::Sora220251006 => "sora-2-2025-10-06",
            Self::Sora2Pro20251006 => "sora-2-pro-2025-10-06",
            Self::Sora220251208 => "sora-2-2025-12-08",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "sora-2" => Self::Sora2,
            "sora-2-pro" => Self::Sora2Pro,
            "sora-2-2025-10-06" => Self::Sora220251006,
            "sora-2-pro-2025-10-06" => Self::Sora2Pro20251006,
            "sora-2-2025-12-08" => Self::Sora220251208,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for VideoModel {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for VideoModel {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for VideoModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for VideoModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for VideoModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for VideoModel {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "videos")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
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
#[cfg(feature = "videos")]
impl VideoStatus {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Queued => "queued",
            Self::InProgress => "in_progress",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "queued" => Self::Queued,
            "in_progress" => Self::InProgress,
            "completed" => Self::Completed,
            "failed" => Self::Failed,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "videos")]
impl From<&str> for VideoStatus {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "videos")]
impl From<String> for VideoStatus {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "videos")]
impl std::fmt::Display for VideoStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "videos")]
impl Serialize for VideoStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "videos")]
impl<'de> Deserialize<'de> for VideoStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "videos")]
impl Default for VideoStatus {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum VideoSize {
    /// `720x1280`
    V720x1280,
    /// `1280x720`
    V1280x720,
    /// `1024x1792`
    V1024x1792,
    /// `1792x1024`
    V1792x1024,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl VideoSize {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::V720x1280 => "720x1280",
            Self::V1280x720 => "1280x720",
            Self::V1024x1792 => "1024x1792",
            Self::V1792x1024 => "1792x1024",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "720x1280" => Self::V720x1280,
            "1280x720" => Self::V1280x720,
            "1024x1792" => Self::V1024x1792,
            "1792x1024" => Self::V1792x1024,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for VideoSize {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for VideoSize {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for VideoSize {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for VideoSize {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for VideoSize {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for VideoSize {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "videos")]
/// An error that occurred while generating the response.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct Error2 {
    /// A machine-readable error code that was returned.
    pub code: String,
    /// A human-readable description of the error that was returned.
    pub message: String,
}
#[cfg(feature = "videos")]
impl sdk_runtime_types::de::Object for Error2 {
    const NAME: &'static str = "Error2";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut code: Option<String> = None;
        let mut message: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "code" => 0,
                    "message" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut code),
                1 => sdk_runtime_types::de::value(&mut map, &mut message),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            code: code.unwrap_or_default(),
            message: message.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "videos")]
impl<'de> Deserialize<'de> for Error2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "videos")]
impl Error2 {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
        }
    }
}
#[cfg(feature = "videos")]
/// Structured information describing a generated video job.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct VideoResource {
    /// Unique identifier for the video job.
    pub id: String,
    /// The object type, which is always `video`.
    pub object: VideoLiteral,
    /// The video generation model that produced the job.
    pub model: VideoModel,
    /// Current lifecycle status of the video job.
    pub status: VideoStatus,
    /// Approximate completion percentage for the generation task.
    pub progress: i64,
    /// Unix timestamp (seconds) for when the job was created.
    pub created_at: i64,
    pub completed_at: Option<i64>,
    pub expires_at: Option<i64>,
    pub prompt: Option<String>,
    /// The resolution of the generated video.
    pub size: VideoSize,
    /// Duration of the generated clip in seconds. For extensions, this is the stitched total duration.
    pub seconds: String,
    pub remixed_from_video_id: Option<String>,
    pub error: Option<Error2>,
}
#[cfg(feature = "videos")]
impl sdk_runtime_types::de::Object for VideoResource {
    const NAME: &'static str = "VideoResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut object: Option<VideoLiteral> = None;
        let mut model: Option<VideoModel> = None;
        let mut status: Option<VideoStatus> = None;
        let mut progress: Option<i64> = None;
        let mut created_at: Option<i64> = None;
        let mut completed_at: Option<i64> = None;
        let mut expires_at: Option<i64> = None;
        let mut prompt: Option<String> = None;
        let mut size: Option<VideoSize> = None;
        let mut seconds: Option<String> = None;
        let mut remixed_from_video_id: Option<String> = None;
        let mut error: Option<Error2> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "object" => 1,
                    "model" => 2,
                    "status" => 3,
                    "progress" => 4,
                    "created_at" => 5,
                    "completed_at" => 6,
                    "expires_at" => 7,
                    "prompt" => 8,
                    "size" => 9,
                    "seconds" => 10,
                    "remixed_from_video_id" => 11,
                    "error" => 12,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut object),
                2 => sdk_runtime_types::de::value(&mut map, &mut model),
                3 => sdk_runtime_types::de::value(&mut map, &mut status),
                4 => sdk_runtime_types::de::value(&mut map, &mut progress),
                5 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut completed_at),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut expires_at),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut prompt),
                9 => sdk_runtime_types::de::value(&mut map, &mut size),
                10 => sdk_runtime_types::de::value(&mut map, &mut seconds),
                11 => {
                    sdk_runtime_types::de::nullable(&mut map, &mut remixed_from_video_id)
                }
                12 => sdk_runtime_types::de::nullable(&mut map, &mut error),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            model: model.unwrap_or_default(),
            status: status.unwrap_or_default(),
            progress: progress.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            completed_at,
            expires_at,
            prompt,
            size: size.unwrap_or_default(),
            seconds: seconds.unwrap_or_default(),
            remixed_from_video_id,
            error,
        })
    }
}
#[cfg(feature = "videos")]
impl<'de> Deserialize<'de> for VideoResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "videos")]
impl VideoResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        model: impl Into<VideoModel>,
        status: impl Into<VideoStatus>,
        progress: impl Into<i64>,
        created_at: impl Into<i64>,
        size: impl Into<VideoSize>,
        seconds: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            object: Default::default(),
            model: model.into(),
            status: status.into(),
            progress: progress.into(),
            created_at: created_at.into(),
            completed_at: None,
            expires_at: None,
            prompt: None,
            size: size.into(),
            seconds: seconds.into(),
            remixed_from_video_id: None,
            error: None,
        }
    }
    /// Sets `completed_at`.
    pub fn completed_at(mut self, value: impl Into<i64>) -> Self {
        self.completed_at = Some(value.into());
        self
    }
    /// Sets `expires_at`.
    pub fn expires_at(mut self, value: impl Into<i64>) -> Self {
        self.expires_at = Some(value.into());
        self
    }
    /// Sets `prompt`.
    pub fn prompt(mut self, value: impl Into<String>) -> Self {
        self.prompt = Some(value.into());
        self
    }
    /// Sets `remixed_from_video_id`.
    pub fn remixed_from_video_id(mut self, value: impl Into<String>) -> Self {
        self.remixed_from_video_id = Some(value.into());
        self
    }
    /// Sets `error`.
    pub fn error(mut self, value: impl Into<Error2>) -> Self {
        self.error = Some(value.into());
        self
    }
}
#[cfg(feature = "videos")]
/// The constant `video`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum VideoLiteral {
    /// `video`
    #[default]
    Video,
}
#[cfg(feature = "videos")]
impl VideoLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "video"
    }
}
#[cfg(feature = "videos")]
impl std::fmt::Display for VideoLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "videos")]
impl Serialize for VideoLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("video")
    }
}
#[cfg(feature = "videos")]
impl<'de> Deserialize<'de> for VideoLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "video").map(|()| Self::Video)
    }
}
#[cfg(feature = "videos")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct VideoListResource {
    /// The type of object returned, must be `list`.
    pub object: ListLiteral,
    /// A list of items
    pub data: Vec<VideoResource>,
    pub first_id: Option<String>,
    pub last_id: Option<String>,
    /// Whether there are more items available.
    pub has_more: bool,
}
#[cfg(feature = "videos")]
impl sdk_runtime_types::de::Object for VideoListResource {
    const NAME: &'static str = "VideoListResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<ListLiteral> = None;
        let mut data: Option<Vec<VideoResource>> = None;
        let mut first_id: Option<String> = None;
        let mut last_id: Option<String> = None;
        let mut has_more: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "data" => 1,
                    "first_id" => 2,
                    "last_id" => 3,
                    "has_more" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut data),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut first_id),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut last_id),
                4 => sdk_runtime_types::de::value(&mut map, &mut has_more),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            data: data.unwrap_or_default(),
            first_id,
            last_id,
            has_more: has_more.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "videos")]
impl<'de> Deserialize<'de> for VideoListResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "videos")]
impl VideoListResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(data: impl Into<Vec<VideoResource>>, has_more: impl Into<bool>) -> Self {
        Self {
            object: Default::default(),
            data: data.into(),
            first_id: None,
            last_id: None,
            has_more: has_more.into(),
        }
    }
    /// Sets `first_id`.
    pub fn first_id(mut self, value: impl Into<String>) -> Self {
        self.first_id = Some(value.into());
        self
    }
    /// Sets `last_id`.
    pub fn last_id(mut self, value: impl Into<String>) -> Self {
        self.last_id = Some(value.into());
        self
    }
}
#[cfg(feature = "videos")]
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ImageRefParam2 {
    /// A fully qualified URL or base64-encoded data URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
}
impl sdk_runtime_types::de::Object for ImageRefParam2 {
    const NAME: &'static str = "ImageRefParam2";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut image_url: Option<String> = None;
        let mut file_id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "image_url" => 0,
                    "file_id" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut image_url),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut file_id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { image_url, file_id })
    }
}
impl<'de> Deserialize<'de> for ImageRefParam2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl ImageRefParam2 {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            image_url: None,
            file_id: None,
        }
    }
    /// Sets `image_url`.
    pub fn image_url(mut self, value: impl Into<String>) -> Self {
        self.image_url = Some(value.into());
        self
    }
    /// Sets `file_id`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum VideoSeconds {
    /// `4`
    V4,
    /// `8`
    V8,
    /// `12`
    V12,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl VideoSeconds {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::V4 => "4",
            Self::V8 => "8",
            Self::V12 => "12",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "4" => Self::V4,
            "8" => Self::V8,
            "12" => Self::V12,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for VideoSeconds {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for VideoSeconds {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for VideoSeconds {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for VideoSeconds {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for VideoSeconds {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for VideoSeconds {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "videos")]
/// Multipart parameters for creating a new video generation job.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateVideoMultipartBody {
    /// The video generation model to use (allowed values: sora-2, sora-2-pro). Defaults to `sora-2`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<VideoModel>,
    /// Text prompt that describes the video to generate.
    pub prompt: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_reference: Option<CreateVideoMultipartBodyInputReference>,
    /// Clip duration in seconds (allowed values: 4, 8, 12). Defaults to 4 seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seconds: Option<VideoSeconds>,
    /// Output resolution formatted as width x height (allowed values: 720x1280, 1280x720, 1024x1792, 1792x1024). Defaults to 720x1280.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<VideoSize>,
}
#[cfg(feature = "videos")]
impl sdk_runtime_types::de::Object for CreateVideoMultipartBody {
    const NAME: &'static str = "CreateVideoMultipartBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut model: Option<VideoModel> = None;
        let mut prompt: Option<String> = None;
        let mut input_reference: Option<CreateVideoMultipartBodyInputReference> = None;
        let mut seconds: Option<VideoSeconds> = None;
        let mut size: Option<VideoSize> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "model" => 0,
                    "prompt" => 1,
                    "input_reference" => 2,
                    "seconds" => 3,
                    "size" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                1 => sdk_runtime_types::de::value(&mut map, &mut prompt),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut input_reference),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut seconds),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut size),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            model,
            prompt: prompt.unwrap_or_default(),
            input_reference,
            seconds,
            size,
        })
    }
}
#[cfg(feature = "videos")]
impl<'de> Deserialize<'de> for CreateVideoMultipartBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "videos")]
impl CreateVideoMultipartBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(prompt: impl Into<String>) -> Self {
        Self {
            model: None,
            prompt: prompt.into(),
            input_reference: None,
            seconds: None,
            size: None,
        }
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<VideoModel>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `input_reference`.
    pub fn input_reference(
        mut self,
        value: impl Into<CreateVideoMultipartBodyInputReference>,
    ) -> Self {
        self.input_reference = Some(value.into());
        self
    }
    /// Sets `seconds`.
    pub fn seconds(mut self, value: impl Into<VideoSeconds>) -> Self {
        self.seconds = Some(value.into());
        self
    }
    /// Sets `size`.
    pub fn size(mut self, value: impl Into<VideoSize>) -> Self {
        self.size = Some(value.into());
        self
    }
}
#[cfg(feature = "videos")]
impl sdk_runtime_types::multipart::ToForm for CreateVideoMultipartBody {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.field("model", &self.model);
        form.field("prompt", &self.prompt);
        form.field("input_reference", &self.input_reference);
        form.field("seconds", &self.seconds);
        form.field("size", &self.size);
    }
}
#[cfg(feature = "videos")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CreateVideoMultipartBodyInputReference {
    ImageRefParam2(ImageRefParam2),
    File(sdk_runtime_types::multipart::FilePart),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(feature = "videos")]
impl From<ImageRefParam2> for CreateVideoMultipartBodyInputReference {
    fn from(value: ImageRefParam2) -> Self {
        Self::ImageRefParam2(value)
    }
}
#[cfg(feature = "videos")]
impl From<sdk_runtime_types::multipart::FilePart>
for CreateVideoMultipartBodyInputReference {
    fn from(value: sdk_runtime_types::multipart::FilePart) -> Self {
        Self::File(value)
    }
}
#[cfg(feature = "videos")]
/// Parameters for creating a character from an uploaded video.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateVideoCharacterBody {
    /// Video file used to create a character.
    pub video: sdk_runtime_types::multipart::FilePart,
    /// Display name for this API character.
    pub name: String,
}
#[cfg(feature = "videos")]
impl sdk_runtime_types::de::Object for CreateVideoCharacterBody {
    const NAME: &'static str = "CreateVideoCharacterBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut video: Option<sdk_runtime_types::multipart::FilePart> = None;
        let mut name: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "video" => 0,
                    "name" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut video),
                1 => sdk_runtime_types::de::value(&mut map, &mut name),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            video: sdk_runtime_types::de::required::<_, A::Error>(video, "video")?,
            name: name.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "videos")]
impl<'de> Deserialize<'de> for CreateVideoCharacterBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "videos")]
impl CreateVideoCharacterBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        video: impl Into<sdk_runtime_types::multipart::FilePart>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            video: video.into(),
            name: name.into(),
        }
    }
}
#[cfg(feature = "videos")]
impl sdk_runtime_types::multipart::ToForm for CreateVideoCharacterBody {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.file("video", &self.video);
        form.field("name", &self.name);
    }
}
#[cfg(feature = "videos")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct VideoCharacterResource {
    pub id: Option<String>,
    pub name: Option<String>,
    /// Unix timestamp (in seconds) when the character was created.
    pub created_at: i64,
}
#[cfg(feature = "videos")]
impl sdk_runtime_types::de::Object for VideoCharacterResource {
    const NAME: &'static str = "VideoCharacterResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut created_at: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "name" => 1,
                    "created_at" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut id),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut name),
                2 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id,
            name,
            created_at: created_at.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "videos")]
impl<'de> Deserialize<'de> for VideoCharacterResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "videos")]
impl VideoCharacterResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(created_at: impl Into<i64>) -> Self {
        Self {
            id: None,
            name: None,
            created_at: created_at.into(),
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
/// Reference to the completed video.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct VideoReferenceInputParam {
    /// The identifier of the completed video.
    pub id: String,
}
impl sdk_runtime_types::de::Object for VideoReferenceInputParam {
    const NAME: &'static str = "VideoReferenceInputParam";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: sdk_runtime_types::de::required::<_, A::Error>(id, "id")?,
        })
    }
}
impl<'de> Deserialize<'de> for VideoReferenceInputParam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl VideoReferenceInputParam {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
#[cfg(feature = "videos")]
/// Parameters for editing an existing generated video.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateVideoEditMultipartBody {
    pub video: CreateVideoEditMultipartBodyVideo,
    /// Text prompt that describes how to edit the source video.
    pub prompt: String,
}
#[cfg(feature = "videos")]
impl sdk_runtime_types::de::Object for CreateVideoEditMultipartBody {
    const NAME: &'static str = "CreateVideoEditMultipartBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut video: Option<CreateVideoEditMultipartBodyVideo> = None;
        let mut prompt: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "video" => 0,
                    "prompt" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut video),
                1 => sdk_runtime_types::de::value(&mut map, &mut prompt),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            video: sdk_runtime_types::de::required::<_, A::Error>(video, "video")?,
            prompt: prompt.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "videos")]
impl<'de> Deserialize<'de> for CreateVideoEditMultipartBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "videos")]
impl CreateVideoEditMultipartBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        video: impl Into<CreateVideoEditMultipartBodyVideo>,
        prompt: impl Into<String>,
    ) -> Self {
        Self {
            video: video.into(),
            prompt: prompt.into(),
        }
    }
}
#[cfg(feature = "videos")]
impl sdk_runtime_types::multipart::ToForm for CreateVideoEditMultipartBody {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.field("video", &self.video);
        form.field("prompt", &self.prompt);
    }
}
#[cfg(feature = "videos")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CreateVideoEditMultipartBodyVideo {
    VideoReferenceInputParam(VideoReferenceInputParam),
    File(sdk_runtime_types::multipart::FilePart),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(feature = "videos")]
impl From<VideoReferenceInputParam> for CreateVideoEditMultipartBodyVideo {
    fn from(value: VideoReferenceInputParam) -> Self {
        Self::VideoReferenceInputParam(value)
    }
}
#[cfg(feature = "videos")]
impl From<sdk_runtime_types::multipart::FilePart> for CreateVideoEditMultipartBodyVideo {
    fn from(value: sdk_runtime_types::multipart::FilePart) -> Self {
        Self::File(value)
    }
}
#[cfg(feature = "videos")]
/// Multipart parameters for extending an existing generated video.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateVideoExtendMultipartBody {
    pub video: CreateVideoEditMultipartBodyVideo,
    /// Updated text prompt that directs the extension generation.
    pub prompt: String,
    /// Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20).
    pub seconds: VideoSeconds,
}
#[cfg(feature = "videos")]
impl sdk_runtime_types::de::Object for CreateVideoExtendMultipartBody {
    const NAME: &'static str = "CreateVideoExtendMultipartBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut video: Option<CreateVideoEditMultipartBodyVideo> = None;
        let mut prompt: Option<String> = None;
        let mut seconds: Option<VideoSeconds> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "video" => 0,
                    "prompt" => 1,
                    "seconds" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut video),
                1 => sdk_runtime_types::de::value(&mut map, &mut prompt),
                2 => sdk_runtime_types::de::value(&mut map, &mut seconds),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            video: sdk_runtime_types::de::required::<_, A::Error>(video, "video")?,
            prompt: prompt.unwrap_or_default(),
            seconds: seconds.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "videos")]
impl<'de> Deserialize<'de> for CreateVideoExtendMultipartBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "videos")]
impl CreateVideoExtendMultipartBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        video: impl Into<CreateVideoEditMultipartBodyVideo>,
        prompt: impl Into<String>,
        seconds: impl Into<VideoSeconds>,
    ) -> Self {
        Self {
            video: video.into(),
            prompt: prompt.into(),
            seconds: seconds.into(),
        }
    }
}
#[cfg(feature = "videos")]
impl sdk_runtime_types::multipart::ToForm for CreateVideoExtendMultipartBody {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.field("video", &self.video);
        form.field("prompt", &self.prompt);
        form.field("seconds", &self.seconds);
    }
}
#[cfg(feature = "videos")]
/// Confirmation payload returned after deleting a video.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct DeletedVideoResource {
    /// The object type that signals the deletion response.
    pub object: VideoDeletedLiteral,
    /// Indicates that the video resource was deleted.
    pub deleted: bool,
    /// Identifier of the deleted video.
    pub id: String,
}
#[cfg(feature = "videos")]
impl sdk_runtime_types::de::Object for DeletedVideoResource {
    const NAME: &'static str = "DeletedVideoResource";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut object: Option<VideoDeletedLiteral> = None;
        let mut deleted: Option<bool> = None;
        let mut id: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "object" => 0,
                    "deleted" => 1,
                    "id" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut object),
                1 => sdk_runtime_types::de::value(&mut map, &mut deleted),
                2 => sdk_runtime_types::de::value(&mut map, &mut id),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            object: sdk_runtime_types::de::required::<_, A::Error>(object, "object")?,
            deleted: deleted.unwrap_or_default(),
            id: id.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "videos")]
impl<'de> Deserialize<'de> for DeletedVideoResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "videos")]
impl DeletedVideoResource {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(deleted: impl Into<bool>, id: impl Into<String>) -> Self {
        Self {
            object: Default::default(),
            deleted: deleted.into(),
            id: id.into(),
        }
    }
}
#[cfg(feature = "videos")]
/// The constant `video.deleted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum VideoDeletedLiteral {
    /// `video.deleted`
    #[default]
    VideoDeleted,
}
#[cfg(feature = "videos")]
impl VideoDeletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "video.deleted"
    }
}
#[cfg(feature = "videos")]
impl std::fmt::Display for VideoDeletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "videos")]
impl Serialize for VideoDeletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("video.deleted")
    }
}
#[cfg(feature = "videos")]
impl<'de> Deserialize<'de> for VideoDeletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "video.deleted")
            .map(|()| Self::VideoDeleted)
    }
}
#[cfg(feature = "videos")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
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
#[cfg(feature = "videos")]
impl VideoContentVariant {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Video => "video",
            Self::Thumbnail => "thumbnail",
            Self::Spritesheet => "spritesheet",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "video" => Self::Video,
            "thumbnail" => Self::Thumbnail,
            "spritesheet" => Self::Spritesheet,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "videos")]
impl From<&str> for VideoContentVariant {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "videos")]
impl From<String> for VideoContentVariant {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "videos")]
impl std::fmt::Display for VideoContentVariant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "videos")]
impl Serialize for VideoContentVariant {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "videos")]
impl<'de> Deserialize<'de> for VideoContentVariant {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "videos")]
impl Default for VideoContentVariant {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "videos")]
/// Parameters for remixing an existing generated video.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateVideoRemixBody {
    /// Updated text prompt that directs the remix generation.
    pub prompt: String,
}
#[cfg(feature = "videos")]
impl sdk_runtime_types::de::Object for CreateVideoRemixBody {
    const NAME: &'static str = "CreateVideoRemixBody";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut prompt: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "prompt" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut prompt),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            prompt: prompt.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "videos")]
impl<'de> Deserialize<'de> for CreateVideoRemixBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "videos")]
impl CreateVideoRemixBody {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(prompt: impl Into<String>) -> Self {
        Self { prompt: prompt.into() }
    }
}
#[cfg(feature = "videos")]
impl sdk_runtime_types::multipart::ToForm for CreateVideoRemixBody {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.field("prompt", &self.prompt);
    }
}
#[cfg(feature = "videos")]
/// Query and header parameters of `ListVideos`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListVideosParams {
    /// Number of items to retrieve
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Sort order of results by timestamp. Use `asc` for ascending order or `desc` for descending order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<OrderEnum>,
    /// Identifier for the last item from the previous pagination request
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
}
#[cfg(feature = "videos")]
impl sdk_runtime_types::de::Object for ListVideosParams {
    const NAME: &'static str = "ListVideosParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut limit: Option<i64> = None;
        let mut order: Option<OrderEnum> = None;
        let mut after: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "limit" => 0,
                    "order" => 1,
                    "after" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut limit),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut order),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut after),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { limit, order, after })
    }
}
#[cfg(feature = "videos")]
impl<'de> Deserialize<'de> for ListVideosParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "videos")]
impl ListVideosParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            limit: None,
            order: None,
            after: None,
        }
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<OrderEnum>) -> Self {
        self.order = Some(value.into());
        self
    }
    /// Sets `after`.
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
}
#[cfg(feature = "videos")]
/// Query and header parameters of `RetrieveVideoContent`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RetrieveVideoContentParams {
    /// Which downloadable asset to return. Defaults to the MP4 video.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variant: Option<VideoContentVariant>,
}
#[cfg(feature = "videos")]
impl sdk_runtime_types::de::Object for RetrieveVideoContentParams {
    const NAME: &'static str = "RetrieveVideoContentParams";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut variant: Option<VideoContentVariant> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "variant" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut variant),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self { variant })
    }
}
#[cfg(feature = "videos")]
impl<'de> Deserialize<'de> for RetrieveVideoContentParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "videos")]
impl RetrieveVideoContentParams {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self { variant: None }
    }
    /// Sets `variant`.
    pub fn variant(mut self, value: impl Into<VideoContentVariant>) -> Self {
        self.variant = Some(value.into());
        self
    }
}
