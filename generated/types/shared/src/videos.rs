//! Types of the `videos` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum VideoModel {
    /// `sora-2`
    #[api(rename = "sora-2")]
    Sora2,
    /// `sora-2-pro`
    #[api(rename = "sora-2-pro")]
    Sora2Pro,
    /// `sora-2-2025-10-06`
    #[api(rename = "sora-2-2025-10-06")]
    Sora220251006,
    /// `sora-2-pro-2025-10-06`
    #[api(rename = "sora-2-pro-2025-10-06")]
    Sora2Pro20251006,
    /// `sora-2-2025-12-08`
    #[api(rename = "sora-2-2025-12-08")]
    Sora220251208,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum VideoSize {
    /// `720x1280`
    #[api(rename = "720x1280")]
    V720x1280,
    /// `1280x720`
    #[api(rename = "1280x720")]
    V1280x720,
    /// `1024x1792`
    #[api(rename = "1024x1792")]
    V1024x1792,
    /// `1792x1024`
    #[api(rename = "1792x1024")]
    V1792x1024,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[api(strict)]
pub struct ImageRefParam2 {
    /// A fully qualified URL or base64-encoded data URL.
    ///
    /// At most `20971520` characters.
    pub image_url: Option<String>,
    pub file_id: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum VideoSeconds {
    /// `4`
    #[api(rename = "4")]
    V4,
    /// `8`
    #[api(rename = "8")]
    V8,
    /// `12`
    #[api(rename = "12")]
    V12,
    /// A value this version of the SDK does not know.
    Other(String),
}
/// Reference to the completed video.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id))]
#[api(strict)]
pub struct VideoReferenceInputParam {
    /// The identifier of the completed video.
    pub id: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
