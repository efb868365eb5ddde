//! Types of the `images` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[cfg(feature = "images")]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateImageEditRequest {
    /// The image(s) to edit. Must be a supported image file or an array of images.
    ///
    /// For the GPT image models (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`, and `gpt-image-2-2026-04-21`), each image should be a `png`, `webp`, or `jpg`
    /// file less than 50MB. You can provide up to 16 images.
    /// `chatgpt-image-latest` follows the same input constraints as GPT image models.
    ///
    /// For `dall-e-2`, you can only provide one image, and it should be a square
    /// `png` file less than 4MB.
    pub image: CreateImageEditRequestImage,
    /// A text description of the desired image(s). The maximum length is 1000 characters for `dall-e-2`, and 32000 characters for the GPT image models.
    pub prompt: String,
    /// An additional image whose fully transparent areas (e.g. where alpha is zero) indicate where `image` should be edited. If there are multiple images provided, the mask will be applied on the first image. Must be a valid PNG file, less than 4MB, and have the same dimensions as `image`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mask: Option<sdk_runtime_types::multipart::FilePart>,
    /// Set the background of the generated image(s). This parameter is only
    /// supported for the GPT image models. Must be one of `transparent`, `opaque`,
    /// or `auto` (default value). When `auto` is used, the model will automatically
    /// determine the best background for the image.
    ///
    /// Transparent backgrounds are available for supported GPT Image models. For
    /// `gpt-image-2` and `gpt-image-2-2026-04-21`, this support is in preview. When
    /// using `transparent`, set the output format to `png` or `webp`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub background: Option<ImageGenToolBackground>,
    /// The model to use for image generation. One of `dall-e-2` or a GPT image model (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`, `gpt-image-2-2026-04-21`, or `chatgpt-image-latest`). Defaults to `gpt-image-1.5`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<CreateImageEditRequestModel>,
    /// The number of images to generate. Must be between 1 and 10.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub n: Option<i64>,
    /// The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<CreateImageEditRequestSize>,
    /// The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter is only supported for `dall-e-2` (default is `url` for `dall-e-2`), as GPT image models always return base64-encoded images.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_format: Option<CreateImageEditRequestResponseFormat>,
    /// The format in which the generated images are returned. This parameter is
    /// only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`.
    /// The default value is `png`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_format: Option<CreateImageEditRequestOutputFormat>,
    /// The compression level (0-100%) for the generated images. This parameter
    /// is only supported for the GPT image models with the `webp` or `jpeg` output
    /// formats, and defaults to 100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_compression: Option<i64>,
    /// A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices#end-user-ids).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_fidelity: Option<InputFidelity>,
    /// Edit the image in streaming mode. Defaults to `false`. See the
    /// [Image generation guide](https://platform.openai.com/docs/guides/image-generation) for more information.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partial_images: Option<PartialImages>,
    /// The quality of the image that will be generated for GPT image models. Defaults to `auto`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quality: Option<CreateImageEditRequestQuality>,
}
#[cfg(feature = "images")]
impl sdk_runtime_types::de::Object for CreateImageEditRequest {
    const NAME: &'static str = "CreateImageEditRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut image: Option<CreateImageEditRequestImage> = None;
        let mut prompt: Option<String> = None;
        let mut mask: Option<sdk_runtime_types::multipart::FilePart> = None;
        let mut background: Option<ImageGenToolBackground> = None;
        let mut model: Option<CreateImageEditRequestModel> = None;
        let mut n: Option<i64> = None;
        let mut size: Option<CreateImageEditRequestSize> = None;
        let mut response_format: Option<CreateImageEditRequestResponseFormat> = None;
        let mut output_format: Option<CreateImageEditRequestOutputFormat> = None;
        let mut output_compression: Option<i64> = None;
        let mut user: Option<String> = None;
        let mut input_fidelity: Option<InputFidelity> = None;
        let mut stream: Option<bool> = None;
        let mut partial_images: Option<PartialImages> = None;
        let mut quality: Option<CreateImageEditRequestQuality> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "image" => 0,
                    "prompt" => 1,
                    "mask" => 2,
                    "background" => 3,
                    "model" => 4,
                    "n" => 5,
                    "size" => 6,
                    "response_format" => 7,
                    "output_format" => 8,
                    "output_compression" => 9,
                    "user" => 10,
                    "input_fidelity" => 11,
                    "stream" => 12,
                    "partial_images" => 13,
                    "quality" => 14,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut image),
                1 => sdk_runtime_types::de::value(&mut map, &mut prompt),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut mask),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut background),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut n),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut size),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut response_format),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut output_format),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut output_compression),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut user),
                11 => sdk_runtime_types::de::nullable(&mut map, &mut input_fidelity),
                12 => sdk_runtime_types::de::nullable(&mut map, &mut stream),
                13 => sdk_runtime_types::de::nullable(&mut map, &mut partial_images),
                14 => sdk_runtime_types::de::nullable(&mut map, &mut quality),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            image: sdk_runtime_types::de::required::<_, A::Error>(image, "image")?,
            prompt: prompt.unwrap_or_default(),
            mask,
            background,
            model,
            n,
            size,
            response_format,
            output_format,
            output_compression,
            user,
            input_fidelity,
            stream,
            partial_images,
            quality,
        })
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for CreateImageEditRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "images")]
impl CreateImageEditRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        image: impl Into<CreateImageEditRequestImage>,
        prompt: impl Into<String>,
    ) -> Self {
        Self {
            image: image.into(),
            prompt: prompt.into(),
            mask: None,
            background: None,
            model: None,
            n: None,
            size: None,
            response_format: None,
            output_format: None,
            output_compression: None,
            user: None,
            input_fidelity: None,
            stream: None,
            partial_images: None,
            quality: None,
        }
    }
    /// Sets `mask`.
    pub fn mask(
        mut self,
        value: impl Into<sdk_runtime_types::multipart::FilePart>,
    ) -> Self {
        self.mask = Some(value.into());
        self
    }
    /// Sets `background`.
    pub fn background(mut self, value: impl Into<ImageGenToolBackground>) -> Self {
        self.background = Some(value.into());
        self
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<CreateImageEditRequestModel>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `n`.
    pub fn n(mut self, value: impl Into<i64>) -> Self {
        self.n = Some(value.into());
        self
    }
    /// Sets `size`.
    pub fn size(mut self, value: impl Into<CreateImageEditRequestSize>) -> Self {
        self.size = Some(value.into());
        self
    }
    /// Sets `response_format`.
    pub fn response_format(
        mut self,
        value: impl Into<CreateImageEditRequestResponseFormat>,
    ) -> Self {
        self.response_format = Some(value.into());
        self
    }
    /// Sets `output_format`.
    pub fn output_format(
        mut self,
        value: impl Into<CreateImageEditRequestOutputFormat>,
    ) -> Self {
        self.output_format = Some(value.into());
        self
    }
    /// Sets `output_compression`.
    pub fn output_compression(mut self, value: impl Into<i64>) -> Self {
        self.output_compression = Some(value.into());
        self
    }
    /// Sets `user`.
    pub fn user(mut self, value: impl Into<String>) -> Self {
        self.user = Some(value.into());
        self
    }
    /// Sets `input_fidelity`.
    pub fn input_fidelity(mut self, value: impl Into<InputFidelity>) -> Self {
        self.input_fidelity = Some(value.into());
        self
    }
    /// Sets `stream`.
    pub fn stream(mut self, value: impl Into<bool>) -> Self {
        self.stream = Some(value.into());
        self
    }
    /// Sets `partial_images`.
    pub fn partial_images(mut self, value: impl Into<PartialImages>) -> Self {
        self.partial_images = Some(value.into());
        self
    }
    /// Sets `quality`.
    pub fn quality(mut self, value: impl Into<CreateImageEditRequestQuality>) -> Self {
        self.quality = Some(value.into());
        self
    }
}
#[cfg(feature = "images")]
impl sdk_runtime_types::multipart::ToForm for CreateImageEditRequest {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.field("image", &self.image);
        form.field("prompt", &self.prompt);
        if let Some(file) = &self.mask {
            form.file("mask", file);
        }
        form.field("background", &self.background);
        form.field("model", &self.model);
        form.field("n", &self.n);
        form.field("size", &self.size);
        form.field("response_format", &self.response_format);
        form.field("output_format", &self.output_format);
        form.field("output_compression", &self.output_compression);
        form.field("user", &self.user);
        form.field("input_fidelity", &self.input_fidelity);
        form.field("stream", &self.stream);
        form.field("partial_images", &self.partial_images);
        form.field("quality", &self.quality);
    }
}
#[cfg(feature = "images")]
/// The image(s) to edit. Must be a supported image file or an array of images.
///
/// For the GPT image models (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`, and `gpt-image-2-2026-04-21`), each image should be a `png`, `webp`, or `jpg`
/// file less than 50MB. You can provide up to 16 images.
/// `chatgpt-image-latest` follows the same input constraints as GPT image models.
///
/// For `dall-e-2`, you can only provide one image, and it should be a square
/// `png` file less than 4MB.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CreateImageEditRequestImage {
    FileList(Vec<sdk_runtime_types::multipart::FilePart>),
    File(sdk_runtime_types::multipart::FilePart),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
#[cfg(feature = "images")]
impl From<Vec<sdk_runtime_types::multipart::FilePart>> for CreateImageEditRequestImage {
    fn from(value: Vec<sdk_runtime_types::multipart::FilePart>) -> Self {
        Self::FileList(value)
    }
}
#[cfg(feature = "images")]
impl From<sdk_runtime_types::multipart::FilePart> for CreateImageEditRequestImage {
    fn from(value: sdk_runtime_types::multipart::FilePart) -> Self {
        Self::File(value)
    }
}
#[cfg(feature = "images")]
/// The model to use for image generation. One of `dall-e-2` or a GPT image model (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`, `gpt-image-2-2026-04-21`, or `chatgpt-image-latest`). Defaults to `gpt-image-1.5`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CreateImageEditRequestModel {
    /// `gpt-image-1.5`
    #[default]
    GptImage15,
    /// `gpt-image-2`
    GptImage2,
    /// `gpt-image-2-2026-04-21`
    GptImage220260421,
    /// `dall-e-2`
    DallE2,
    /// `gpt-image-1`
    GptImage1,
    /// `gpt-image-1-mini`
    GptImage1Mini,
    /// `chatgpt-image-latest`
    ChatgptImageLatest,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "images")]
impl CreateImageEditRequestModel {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::GptImage15 => "gpt-image-1.5",
            Self::GptImage2 => "gpt-image-2",
            Self::GptImage220260421 => "gpt-image-2-2026-04-21",
            Self::DallE2 => "dall-e-2",
            Self::GptImage1 => "gpt-image-1",
            Self::GptImage1Mini => "gpt-image-1-mini",
            Self::ChatgptImageLatest => "chatgpt-image-latest",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "gpt-image-1.5" => Self::GptImage15,
            "gpt-image-2" => Self::GptImage2,
            "gpt-image-2-2026-04-21" => Self::GptImage220260421,
            "dall-e-2" => Self::DallE2,
            "gpt-image-1" => Self::GptImage1,
            "gpt-image-1-mini" => Self::GptImage1Mini,
            "chatgpt-image-latest" => Self::ChatgptImageLatest,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "images")]
impl From<&str> for CreateImageEditRequestModel {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "images")]
impl From<String> for CreateImageEditRequestModel {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "images")]
impl std::fmt::Display for CreateImageEditRequestModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl Serialize for CreateImageEditRequestModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for CreateImageEditRequestModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "images")]
/// The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CreateImageEditRequestSize {
    /// `256x256`
    V256x256,
    /// `512x512`
    V512x512,
    /// `1024x1024`
    #[default]
    V1024x1024,
    /// `1536x1024`
    V1536x1024,
    /// `1024x1536`
    V1024x1536,
    /// `auto`
    Auto,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "images")]
impl CreateImageEditRequestSize {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::V256x256 => "256x256",
            Self::V512x512 => "512x512",
            Self::V1024x1024 => "1024x1024",
            Self::V1536x1024 => "1536x1024",
            Self::V1024x1536 => "1024x1536",
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "256x256" => Self::V256x256,
            "512x512" => Self::V512x512,
            "1024x1024" => Self::V1024x1024,
            "1536x1024" => Self::V1536x1024,
            "1024x1536" => Self::V1024x1536,
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "images")]
impl From<&str> for CreateImageEditRequestSize {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "images")]
impl From<String> for CreateImageEditRequestSize {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "images")]
impl std::fmt::Display for CreateImageEditRequestSize {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl Serialize for CreateImageEditRequestSize {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for CreateImageEditRequestSize {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "images")]
/// The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter is only supported for `dall-e-2` (default is `url` for `dall-e-2`), as GPT image models always return base64-encoded images.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreateImageEditRequestResponseFormat {
    /// `url`
    Url,
    /// `b64_json`
    B64Json,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "images")]
impl CreateImageEditRequestResponseFormat {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Url => "url",
            Self::B64Json => "b64_json",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "url" => Self::Url,
            "b64_json" => Self::B64Json,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "images")]
impl From<&str> for CreateImageEditRequestResponseFormat {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "images")]
impl From<String> for CreateImageEditRequestResponseFormat {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "images")]
impl std::fmt::Display for CreateImageEditRequestResponseFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl Serialize for CreateImageEditRequestResponseFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for CreateImageEditRequestResponseFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "images")]
impl Default for CreateImageEditRequestResponseFormat {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "images")]
/// The format in which the generated images are returned. This parameter is
/// only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`.
/// The default value is `png`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CreateImageEditRequestOutputFormat {
    /// `png`
    #[default]
    Png,
    /// `jpeg`
    Jpeg,
    /// `webp`
    Webp,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "images")]
impl CreateImageEditRequestOutputFormat {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Png => "png",
            Self::Jpeg => "jpeg",
            Self::Webp => "webp",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "png" => Self::Png,
            "jpeg" => Self::Jpeg,
            "webp" => Self::Webp,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "images")]
impl From<&str> for CreateImageEditRequestOutputFormat {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "images")]
impl From<String> for CreateImageEditRequestOutputFormat {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "images")]
impl std::fmt::Display for CreateImageEditRequestOutputFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl Serialize for CreateImageEditRequestOutputFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for CreateImageEditRequestOutputFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "images")]
/// The quality of the image that will be generated for GPT image models. Defaults to `auto`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CreateImageEditRequestQuality {
    /// `standard`
    Standard,
    /// `low`
    Low,
    /// `medium`
    Medium,
    /// `high`
    High,
    /// `auto`
    #[default]
    Auto,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "images")]
impl CreateImageEditRequestQuality {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "standard",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "standard" => Self::Standard,
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "images")]
impl From<&str> for CreateImageEditRequestQuality {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "images")]
impl From<String> for CreateImageEditRequestQuality {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "images")]
impl std::fmt::Display for CreateImageEditRequestQuality {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl Serialize for CreateImageEditRequestQuality {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for CreateImageEditRequestQuality {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "images")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateImageRequest {
    /// A text description of the desired image(s). The maximum length is 32000 characters for the GPT image models, 1000 characters for `dall-e-2` and 4000 characters for `dall-e-3`.
    pub prompt: String,
    /// The model to use for image generation. One of `dall-e-2`, `dall-e-3`, or a GPT image model (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`, `gpt-image-2-2026-04-21`). Defaults to `dall-e-2` unless a parameter specific to the GPT image models is used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<CreateImageRequestModel>,
    /// The number of images to generate. Must be between 1 and 10. For `dall-e-3`, only `n=1` is supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub n: Option<i64>,
    /// The quality of the image that will be generated.
    ///
    /// - `auto` (default value) will automatically select the best quality for the given model.
    /// - `high`, `medium` and `low` are supported for the GPT image models.
    /// - `hd` and `standard` are supported for `dall-e-3`.
    /// - `standard` is the only option for `dall-e-2`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quality: Option<CreateImageRequestQuality>,
    /// The format in which generated images with `dall-e-2` and `dall-e-3` are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter isn't supported for the GPT image models, which always return base64-encoded images.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_format: Option<CreateImageRequestResponseFormat>,
    /// The format in which the generated images are returned. This parameter is only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_format: Option<CreateImageEditRequestOutputFormat>,
    /// The compression level (0-100%) for the generated images. This parameter is only supported for the GPT image models with the `webp` or `jpeg` output formats, and defaults to 100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_compression: Option<i64>,
    /// Generate the image in streaming mode. Defaults to `false`. See the
    /// [Image generation guide](https://platform.openai.com/docs/guides/image-generation) for more information.
    /// This parameter is only supported for the GPT image models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partial_images: Option<PartialImages>,
    /// The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<CreateImageRequestSize>,
    /// Control the content-moderation level for images generated by the GPT image models. Must be either `low` for less restrictive filtering or `auto` (default value).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moderation: Option<CreateImageRequestModeration>,
    /// Set the background of the generated image(s). This parameter is only
    /// supported for the GPT image models. Must be one of `transparent`, `opaque`,
    /// or `auto` (default value). When `auto` is used, the model will automatically
    /// determine the best background for the image.
    ///
    /// Transparent backgrounds are available for supported GPT Image models. For
    /// `gpt-image-2` and `gpt-image-2-2026-04-21`, this support is in preview. When
    /// using `transparent`, set the output format to `png` or `webp`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub background: Option<ImageGenToolBackground>,
    /// The style of the generated images. This parameter is only supported for `dall-e-3`. Must be one of `vivid` or `natural`. Vivid causes the model to lean towards generating hyper-real and dramatic images. Natural causes the model to produce more natural, less hyper-real looking images.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub style: Option<CreateImageRequestStyle>,
    /// A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices#end-user-ids).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
}
#[cfg(feature = "images")]
impl sdk_runtime_types::de::Object for CreateImageRequest {
    const NAME: &'static str = "CreateImageRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut prompt: Option<String> = None;
        let mut model: Option<CreateImageRequestModel> = None;
        let mut n: Option<i64> = None;
        let mut quality: Option<CreateImageRequestQuality> = None;
        let mut response_format: Option<CreateImageRequestResponseFormat> = None;
        let mut output_format: Option<CreateImageEditRequestOutputFormat> = None;
        let mut output_compression: Option<i64> = None;
        let mut stream: Option<bool> = None;
        let mut partial_images: Option<PartialImages> = None;
        let mut size: Option<CreateImageRequestSize> = None;
        let mut moderation: Option<CreateImageRequestModeration> = None;
        let mut background: Option<ImageGenToolBackground> = None;
        let mut style: Option<CreateImageRequestStyle> = None;
        let mut user: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "prompt" => 0,
                    "model" => 1,
                    "n" => 2,
                    "quality" => 3,
                    "response_format" => 4,
                    "output_format" => 5,
                    "output_compression" => 6,
                    "stream" => 7,
                    "partial_images" => 8,
                    "size" => 9,
                    "moderation" => 10,
                    "background" => 11,
                    "style" => 12,
                    "user" => 13,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut prompt),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut n),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut quality),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut response_format),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut output_format),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut output_compression),
                7 => sdk_runtime_types::de::nullable(&mut map, &mut stream),
                8 => sdk_runtime_types::de::nullable(&mut map, &mut partial_images),
                9 => sdk_runtime_types::de::nullable(&mut map, &mut size),
                10 => sdk_runtime_types::de::nullable(&mut map, &mut moderation),
                11 => sdk_runtime_types::de::nullable(&mut map, &mut background),
                12 => sdk_runtime_types::de::nullable(&mut map, &mut style),
                13 => sdk_runtime_types::de::nullable(&mut map, &mut user),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            prompt: prompt.unwrap_or_default(),
            model,
            n,
            quality,
            response_format,
            output_format,
            output_compression,
            stream,
            partial_images,
            size,
            moderation,
            background,
            style,
            user,
        })
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for CreateImageRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "images")]
impl CreateImageRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(prompt: impl Into<String>) -> Self {
        Self {
            prompt: prompt.into(),
            model: None,
            n: None,
            quality: None,
            response_format: None,
            output_format: None,
            output_compression: None,
            stream: None,
            partial_images: None,
            size: None,
            moderation: None,
            background: None,
            style: None,
            user: None,
        }
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<CreateImageRequestModel>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `n`.
    pub fn n(mut self, value: impl Into<i64>) -> Self {
        self.n = Some(value.into());
        self
    }
    /// Sets `quality`.
    pub fn quality(mut self, value: impl Into<CreateImageRequestQuality>) -> Self {
        self.quality = Some(value.into());
        self
    }
    /// Sets `response_format`.
    pub fn response_format(
        mut self,
        value: impl Into<CreateImageRequestResponseFormat>,
    ) -> Self {
        self.response_format = Some(value.into());
        self
    }
    /// Sets `output_format`.
    pub fn output_format(
        mut self,
        value: impl Into<CreateImageEditRequestOutputFormat>,
    ) -> Self {
        self.output_format = Some(value.into());
        self
    }
    /// Sets `output_compression`.
    pub fn output_compression(mut self, value: impl Into<i64>) -> Self {
        self.output_compression = Some(value.into());
        self
    }
    /// Sets `stream`.
    pub fn stream(mut self, value: impl Into<bool>) -> Self {
        self.stream = Some(value.into());
        self
    }
    /// Sets `partial_images`.
    pub fn partial_images(mut self, value: impl Into<PartialImages>) -> Self {
        self.partial_images = Some(value.into());
        self
    }
    /// Sets `size`.
    pub fn size(mut self, value: impl Into<CreateImageRequestSize>) -> Self {
        self.size = Some(value.into());
        self
    }
    /// Sets `moderation`.
    pub fn moderation(mut self, value: impl Into<CreateImageRequestModeration>) -> Self {
        self.moderation = Some(value.into());
        self
    }
    /// Sets `background`.
    pub fn background(mut self, value: impl Into<ImageGenToolBackground>) -> Self {
        self.background = Some(value.into());
        self
    }
    /// Sets `style`.
    pub fn style(mut self, value: impl Into<CreateImageRequestStyle>) -> Self {
        self.style = Some(value.into());
        self
    }
    /// Sets `user`.
    pub fn user(mut self, value: impl Into<String>) -> Self {
        self.user = Some(value.into());
        self
    }
}
#[cfg(feature = "images")]
/// The model to use for image generation. One of `dall-e-2`, `dall-e-3`, or a GPT image model (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`, `gpt-image-2-2026-04-21`). Defaults to `dall-e-2` unless a parameter specific to the GPT image models is used.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CreateImageRequestModel {
    /// `gpt-image-1.5`
    GptImage15,
    /// `gpt-image-2`
    GptImage2,
    /// `gpt-image-2-2026-04-21`
    GptImage220260421,
    /// `dall-e-2`
    #[default]
    DallE2,
    /// `dall-e-3`
    DallE3,
    /// `gpt-image-1`
    GptImage1,
    /// `gpt-image-1-mini`
    GptImage1Mini,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "images")]
impl CreateImageRequestModel {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::GptImage15 => "gpt-image-1.5",
            Self::GptImage2 => "gpt-image-2",
            Self::GptImage220260421 => "gpt-image-2-2026-04-21",
            Self::DallE2 => "dall-e-2",
            Self::DallE3 => "dall-e-3",
            Self::GptImage1 => "gpt-image-1",
            Self::GptImage1Mini => "gpt-image-1-mini",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "gpt-image-1.5" => Self::GptImage15,
            "gpt-image-2" => Self::GptImage2,
            "gpt-image-2-2026-04-21" => Self::GptImage220260421,
            "dall-e-2" => Self::DallE2,
            "dall-e-3" => Self::DallE3,
            "gpt-image-1" => Self::GptImage1,
            "gpt-image-1-mini" => Self::GptImage1Mini,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "images")]
impl From<&str> for CreateImageRequestModel {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "images")]
impl From<String> for CreateImageRequestModel {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "images")]
impl std::fmt::Display for CreateImageRequestModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl Serialize for CreateImageRequestModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for CreateImageRequestModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "images")]
/// The quality of the image that will be generated.
///
/// - `auto` (default value) will automatically select the best quality for the given model.
/// - `high`, `medium` and `low` are supported for the GPT image models.
/// - `hd` and `standard` are supported for `dall-e-3`.
/// - `standard` is the only option for `dall-e-2`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CreateImageRequestQuality {
    /// `standard`
    Standard,
    /// `hd`
    Hd,
    /// `low`
    Low,
    /// `medium`
    Medium,
    /// `high`
    High,
    /// `auto`
    #[default]
    Auto,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "images")]
impl CreateImageRequestQuality {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "standard",
            Self::Hd => "hd",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "standard" => Self::Standard,
            "hd" => Self::Hd,
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "images")]
impl From<&str> for CreateImageRequestQuality {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "images")]
impl From<String> for CreateImageRequestQuality {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "images")]
impl std::fmt::Display for CreateImageRequestQuality {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl Serialize for CreateImageRequestQuality {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for CreateImageRequestQuality {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "images")]
/// The format in which generated images with `dall-e-2` and `dall-e-3` are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter isn't supported for the GPT image models, which always return base64-encoded images.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CreateImageRequestResponseFormat {
    /// `url`
    #[default]
    Url,
    /// `b64_json`
    B64Json,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "images")]
impl CreateImageRequestResponseFormat {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Url => "url",
            Self::B64Json => "b64_json",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "url" => Self::Url,
            "b64_json" => Self::B64Json,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "images")]
impl From<&str> for CreateImageRequestResponseFormat {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "images")]
impl From<String> for CreateImageRequestResponseFormat {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "images")]
impl std::fmt::Display for CreateImageRequestResponseFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl Serialize for CreateImageRequestResponseFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for CreateImageRequestResponseFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "images")]
/// The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CreateImageRequestSize {
    /// `auto`
    #[default]
    Auto,
    /// `1024x1024`
    V1024x1024,
    /// `1536x1024`
    V1536x1024,
    /// `1024x1536`
    V1024x1536,
    /// `256x256`
    V256x256,
    /// `512x512`
    V512x512,
    /// `1792x1024`
    V1792x1024,
    /// `1024x1792`
    V1024x1792,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "images")]
impl CreateImageRequestSize {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::V1024x1024 => "1024x1024",
            Self::V1536x1024 => "1536x1024",
            Self::V1024x1536 => "1024x1536",
            Self::V256x256 => "256x256",
            Self::V512x512 => "512x512",
            Self::V1792x1024 => "1792x1024",
            Self::V1024x1792 => "1024x1792",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "1024x1024" => Self::V1024x1024,
            "1536x1024" => Self::V1536x1024,
            "1024x1536" => Self::V1024x1536,
            "256x256" => Self::V256x256,
            "512x512" => Self::V512x512,
            "1792x1024" => Self::V1792x1024,
            "1024x1792" => Self::V1024x1792,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "images")]
impl From<&str> for CreateImageRequestSize {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "images")]
impl From<String> for CreateImageRequestSize {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "images")]
impl std::fmt::Display for CreateImageRequestSize {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl Serialize for CreateImageRequestSize {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for CreateImageRequestSize {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "images")]
/// Control the content-moderation level for images generated by the GPT image models. Must be either `low` for less restrictive filtering or `auto` (default value).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CreateImageRequestModeration {
    /// `low`
    Low,
    /// `auto`
    #[default]
    Auto,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "images")]
impl CreateImageRequestModeration {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "low",
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "low" => Self::Low,
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "images")]
impl From<&str> for CreateImageRequestModeration {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "images")]
impl From<String> for CreateImageRequestModeration {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "images")]
impl std::fmt::Display for CreateImageRequestModeration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl Serialize for CreateImageRequestModeration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for CreateImageRequestModeration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "images")]
/// The style of the generated images. This parameter is only supported for `dall-e-3`. Must be one of `vivid` or `natural`. Vivid causes the model to lean towards generating hyper-real and dramatic images. Natural causes the model to produce more natural, less hyper-real looking images.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CreateImageRequestStyle {
    /// `vivid`
    #[default]
    Vivid,
    /// `natural`
    Natural,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "images")]
impl CreateImageRequestStyle {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Vivid => "vivid",
            Self::Natural => "natural",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "vivid" => Self::Vivid,
            "natural" => Self::Natural,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "images")]
impl From<&str> for CreateImageRequestStyle {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "images")]
impl From<String> for CreateImageRequestStyle {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "images")]
impl std::fmt::Display for CreateImageRequestStyle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl Serialize for CreateImageRequestStyle {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for CreateImageRequestStyle {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "images")]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateImageVariationRequest {
    /// The image to use as the basis for the variation(s). Must be a valid PNG file, less than 4MB, and square.
    pub image: sdk_runtime_types::multipart::FilePart,
    /// The model to use for image generation. Only `dall-e-2` is supported at this time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<CreateImageVariationRequestModel>,
    /// The number of images to generate. Must be between 1 and 10.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub n: Option<i64>,
    /// The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_format: Option<CreateImageRequestResponseFormat>,
    /// The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<CreateImageVariationRequestSize>,
    /// A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices#end-user-ids).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
}
#[cfg(feature = "images")]
impl sdk_runtime_types::de::Object for CreateImageVariationRequest {
    const NAME: &'static str = "CreateImageVariationRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut image: Option<sdk_runtime_types::multipart::FilePart> = None;
        let mut model: Option<CreateImageVariationRequestModel> = None;
        let mut n: Option<i64> = None;
        let mut response_format: Option<CreateImageRequestResponseFormat> = None;
        let mut size: Option<CreateImageVariationRequestSize> = None;
        let mut user: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "image" => 0,
                    "model" => 1,
                    "n" => 2,
                    "response_format" => 3,
                    "size" => 4,
                    "user" => 5,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut image),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut n),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut response_format),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut size),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut user),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            image: sdk_runtime_types::de::required::<_, A::Error>(image, "image")?,
            model,
            n,
            response_format,
            size,
            user,
        })
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for CreateImageVariationRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "images")]
impl CreateImageVariationRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(image: impl Into<sdk_runtime_types::multipart::FilePart>) -> Self {
        Self {
            image: image.into(),
            model: None,
            n: None,
            response_format: None,
            size: None,
            user: None,
        }
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<CreateImageVariationRequestModel>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `n`.
    pub fn n(mut self, value: impl Into<i64>) -> Self {
        self.n = Some(value.into());
        self
    }
    /// Sets `response_format`.
    pub fn response_format(
        mut self,
        value: impl Into<CreateImageRequestResponseFormat>,
    ) -> Self {
        self.response_format = Some(value.into());
        self
    }
    /// Sets `size`.
    pub fn size(mut self, value: impl Into<CreateImageVariationRequestSize>) -> Self {
        self.size = Some(value.into());
        self
    }
    /// Sets `user`.
    pub fn user(mut self, value: impl Into<String>) -> Self {
        self.user = Some(value.into());
        self
    }
}
#[cfg(feature = "images")]
impl sdk_runtime_types::multipart::ToForm for CreateImageVariationRequest {
    fn to_form(&self, form: &mut sdk_runtime_types::multipart::Form) {
        form.file("image", &self.image);
        form.field("model", &self.model);
        form.field("n", &self.n);
        form.field("response_format", &self.response_format);
        form.field("size", &self.size);
        form.field("user", &self.user);
    }
}
#[cfg(feature = "images")]
/// The model to use for image generation. Only `dall-e-2` is supported at this time.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CreateImageVariationRequestModel {
    /// `dall-e-2`
    #[default]
    DallE2,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "images")]
impl CreateImageVariationRequestModel {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::DallE2 => "dall-e-2",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "dall-e-2" => Self::DallE2,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "images")]
impl From<&str> for CreateImageVariationRequestModel {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "images")]
impl From<String> for CreateImageVariationRequestModel {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "images")]
impl std::fmt::Display for CreateImageVariationRequestModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl Serialize for CreateImageVariationRequestModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for CreateImageVariationRequestModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "images")]
/// The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CreateImageVariationRequestSize {
    /// `256x256`
    V256x256,
    /// `512x512`
    V512x512,
    /// `1024x1024`
    #[default]
    V1024x1024,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "images")]
impl CreateImageVariationRequestSize {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::V256x256 => "256x256",
            Self::V512x512 => "512x512",
            Self::V1024x1024 => "1024x1024",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "256x256" => Self::V256x256,
            "512x512" => Self::V512x512,
            "1024x1024" => Self::V1024x1024,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "images")]
impl From<&str> for CreateImageVariationRequestSize {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "images")]
impl From<String> for CreateImageVariationRequestSize {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "images")]
impl std::fmt::Display for CreateImageVariationRequestSize {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl Serialize for CreateImageVariationRequestSize {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for CreateImageVariationRequestSize {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "images")]
/// Represents the content or the URL of an image generated by the OpenAI API.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct Image {
    /// The base64-encoded JSON of the generated image. Returned by default for the GPT image models, and only present if `response_format` is set to `b64_json` for `dall-e-2` and `dall-e-3`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub b64_json: Option<String>,
    /// When using `dall-e-2` or `dall-e-3`, the URL of the generated image if `response_format` is set to `url` (default value). Unsupported for the GPT image models.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// For `dall-e-3` only, the revised prompt that was used to generate the image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revised_prompt: Option<String>,
}
#[cfg(feature = "images")]
impl sdk_runtime_types::de::Object for Image {
    const NAME: &'static str = "Image";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut b64_json: Option<String> = None;
        let mut url: Option<String> = None;
        let mut revised_prompt: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "b64_json" => 0,
                    "url" => 1,
                    "revised_prompt" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::nullable(&mut map, &mut b64_json),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut url),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut revised_prompt),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            b64_json,
            url,
            revised_prompt,
        })
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for Image {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "images")]
impl Image {
    /// A value with every optional field unset.
    #[inline]
    pub fn new() -> Self {
        Self {
            b64_json: None,
            url: None,
            revised_prompt: None,
        }
    }
    /// Sets `b64_json`.
    pub fn b64_json(mut self, value: impl Into<String>) -> Self {
        self.b64_json = Some(value.into());
        self
    }
    /// Sets `url`.
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }
    /// Sets `revised_prompt`.
    pub fn revised_prompt(mut self, value: impl Into<String>) -> Self {
        self.revised_prompt = Some(value.into());
        self
    }
}
#[cfg(feature = "images")]
/// Emitted when image editing has completed and the final image is available.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ImageEditCompletedEvent {
    /// The type of the event. Always `image_edit.completed`.
    #[serde(rename = "type")]
    pub type_: ImageEditCompletedLiteral,
    /// Base64-encoded final edited image data, suitable for rendering as an image.
    pub b64_json: String,
    /// The Unix timestamp when the event was created.
    pub created_at: i64,
    /// The size of the edited image.
    pub size: ImageEditCompletedEventSize,
    /// The quality setting for the edited image.
    pub quality: EditImageBodyJsonParamQuality,
    /// The background setting for the edited image.
    pub background: EditImageBodyJsonParamBackground,
    /// The output format for the edited image.
    pub output_format: ImageEditCompletedEventOutputFormat,
    pub usage: ImagesUsage,
}
#[cfg(feature = "images")]
impl sdk_runtime_types::de::Object for ImageEditCompletedEvent {
    const NAME: &'static str = "ImageEditCompletedEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ImageEditCompletedLiteral> = None;
        let mut b64_json: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut size: Option<ImageEditCompletedEventSize> = None;
        let mut quality: Option<EditImageBodyJsonParamQuality> = None;
        let mut background: Option<EditImageBodyJsonParamBackground> = None;
        let mut output_format: Option<ImageEditCompletedEventOutputFormat> = None;
        let mut usage: Option<ImagesUsage> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "b64_json" => 1,
                    "created_at" => 2,
                    "size" => 3,
                    "quality" => 4,
                    "background" => 5,
                    "output_format" => 6,
                    "usage" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut b64_json),
                2 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                3 => sdk_runtime_types::de::value(&mut map, &mut size),
                4 => sdk_runtime_types::de::value(&mut map, &mut quality),
                5 => sdk_runtime_types::de::value(&mut map, &mut background),
                6 => sdk_runtime_types::de::value(&mut map, &mut output_format),
                7 => sdk_runtime_types::de::value(&mut map, &mut usage),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            b64_json: b64_json.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            size: size.unwrap_or_default(),
            quality: quality.unwrap_or_default(),
            background: background.unwrap_or_default(),
            output_format: output_format.unwrap_or_default(),
            usage: usage.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for ImageEditCompletedEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "images")]
impl ImageEditCompletedEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        b64_json: impl Into<String>,
        created_at: impl Into<i64>,
        size: impl Into<ImageEditCompletedEventSize>,
        quality: impl Into<EditImageBodyJsonParamQuality>,
        background: impl Into<EditImageBodyJsonParamBackground>,
        output_format: impl Into<ImageEditCompletedEventOutputFormat>,
        usage: impl Into<ImagesUsage>,
    ) -> Self {
        Self {
            type_: Default::default(),
            b64_json: b64_json.into(),
            created_at: created_at.into(),
            size: size.into(),
            quality: quality.into(),
            background: background.into(),
            output_format: output_format.into(),
            usage: usage.into(),
        }
    }
}
#[cfg(feature = "images")]
/// The constant `image_edit.completed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ImageEditCompletedLiteral {
    /// `image_edit.completed`
    #[default]
    ImageEditCompleted,
}
#[cfg(feature = "images")]
impl ImageEditCompletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "image_edit.completed"
    }
}
#[cfg(feature = "images")]
impl std::fmt::Display for ImageEditCompletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl Serialize for ImageEditCompletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("image_edit.completed")
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for ImageEditCompletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "image_edit.completed")
            .map(|()| Self::ImageEditCompleted)
    }
}
#[cfg(feature = "images")]
/// The size of the edited image.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ImageEditCompletedEventSize {
    /// `1024x1024`
    V1024x1024,
    /// `1024x1536`
    V1024x1536,
    /// `1536x1024`
    V1536x1024,
    /// `auto`
    Auto,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "images")]
impl ImageEditCompletedEventSize {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::V1024x1024 => "1024x1024",
            Self::V1024x1536 => "1024x1536",
            Self::V1536x1024 => "1536x1024",
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "1024x1024" => Self::V1024x1024,
            "1024x1536" => Self::V1024x1536,
            "1536x1024" => Self::V1536x1024,
            "auto" => Self::Auto,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "images")]
impl From<&str> for ImageEditCompletedEventSize {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "images")]
impl From<String> for ImageEditCompletedEventSize {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "images")]
impl std::fmt::Display for ImageEditCompletedEventSize {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl Serialize for ImageEditCompletedEventSize {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for ImageEditCompletedEventSize {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "images")]
impl Default for ImageEditCompletedEventSize {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "images")]
/// The output format for the edited image.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ImageEditCompletedEventOutputFormat {
    /// `png`
    Png,
    /// `webp`
    Webp,
    /// `jpeg`
    Jpeg,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "images")]
impl ImageEditCompletedEventOutputFormat {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Png => "png",
            Self::Webp => "webp",
            Self::Jpeg => "jpeg",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "png" => Self::Png,
            "webp" => Self::Webp,
            "jpeg" => Self::Jpeg,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "images")]
impl From<&str> for ImageEditCompletedEventOutputFormat {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "images")]
impl From<String> for ImageEditCompletedEventOutputFormat {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "images")]
impl std::fmt::Display for ImageEditCompletedEventOutputFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl Serialize for ImageEditCompletedEventOutputFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for ImageEditCompletedEventOutputFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "images")]
impl Default for ImageEditCompletedEventOutputFormat {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "images")]
/// For the GPT image models only, the token usage information for the image generation.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ImagesUsage {
    /// The total number of tokens (images and text) used for the image generation.
    pub total_tokens: i64,
    /// The number of tokens (images and text) in the input prompt.
    pub input_tokens: i64,
    /// The number of image tokens in the output image.
    pub output_tokens: i64,
    /// The input tokens detailed information for the image generation.
    pub input_tokens_details: ImageGenInputUsageDetails,
}
#[cfg(feature = "images")]
impl sdk_runtime_types::de::Object for ImagesUsage {
    const NAME: &'static str = "ImagesUsage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut total_tokens: Option<i64> = None;
        let mut input_tokens: Option<i64> = None;
        let mut output_tokens: Option<i64> = None;
        let mut input_tokens_details: Option<ImageGenInputUsageDetails> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "total_tokens" => 0,
                    "input_tokens" => 1,
                    "output_tokens" => 2,
                    "input_tokens_details" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut total_tokens),
                1 => sdk_runtime_types::de::value(&mut map, &mut input_tokens),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_tokens),
                3 => sdk_runtime_types::de::value(&mut map, &mut input_tokens_details),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            total_tokens: total_tokens.unwrap_or_default(),
            input_tokens: input_tokens.unwrap_or_default(),
            output_tokens: output_tokens.unwrap_or_default(),
            input_tokens_details: input_tokens_details.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for ImagesUsage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "images")]
impl ImagesUsage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        total_tokens: impl Into<i64>,
        input_tokens: impl Into<i64>,
        output_tokens: impl Into<i64>,
        input_tokens_details: impl Into<ImageGenInputUsageDetails>,
    ) -> Self {
        Self {
            total_tokens: total_tokens.into(),
            input_tokens: input_tokens.into(),
            output_tokens: output_tokens.into(),
            input_tokens_details: input_tokens_details.into(),
        }
    }
}
#[cfg(feature = "images")]
/// Emitted when a partial image is available during image editing streaming.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ImageEditPartialImageEvent {
    /// The type of the event. Always `image_edit.partial_image`.
    #[serde(rename = "type")]
    pub type_: ImageEditPartialImageLiteral,
    /// Base64-encoded partial image data, suitable for rendering as an image.
    pub b64_json: String,
    /// The Unix timestamp when the event was created.
    pub created_at: i64,
    /// The size of the requested edited image.
    pub size: ImageEditCompletedEventSize,
    /// The quality setting for the requested edited image.
    pub quality: EditImageBodyJsonParamQuality,
    /// The background setting for the requested edited image.
    pub background: EditImageBodyJsonParamBackground,
    /// The output format for the requested edited image.
    pub output_format: ImageEditCompletedEventOutputFormat,
    /// 0-based index for the partial image (streaming).
    pub partial_image_index: i64,
}
#[cfg(feature = "images")]
impl sdk_runtime_types::de::Object for ImageEditPartialImageEvent {
    const NAME: &'static str = "ImageEditPartialImageEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ImageEditPartialImageLiteral> = None;
        let mut b64_json: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut size: Option<ImageEditCompletedEventSize> = None;
        let mut quality: Option<EditImageBodyJsonParamQuality> = None;
        let mut background: Option<EditImageBodyJsonParamBackground> = None;
        let mut output_format: Option<ImageEditCompletedEventOutputFormat> = None;
        let mut partial_image_index: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "b64_json" => 1,
                    "created_at" => 2,
                    "size" => 3,
                    "quality" => 4,
                    "background" => 5,
                    "output_format" => 6,
                    "partial_image_index" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut b64_json),
                2 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                3 => sdk_runtime_types::de::value(&mut map, &mut size),
                4 => sdk_runtime_types::de::value(&mut map, &mut quality),
                5 => sdk_runtime_types::de::value(&mut map, &mut background),
                6 => sdk_runtime_types::de::value(&mut map, &mut output_format),
                7 => sdk_runtime_types::de::value(&mut map, &mut partial_image_index),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            b64_json: b64_json.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            size: size.unwrap_or_default(),
            quality: quality.unwrap_or_default(),
            background: background.unwrap_or_default(),
            output_format: output_format.unwrap_or_default(),
            partial_image_index: partial_image_index.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for ImageEditPartialImageEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "images")]
impl ImageEditPartialImageEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        b64_json: impl Into<String>,
        created_at: impl Into<i64>,
        size: impl Into<ImageEditCompletedEventSize>,
        quality: impl Into<EditImageBodyJsonParamQuality>,
        background: impl Into<EditImageBodyJsonParamBackground>,
        output_format: impl Into<ImageEditCompletedEventOutputFormat>,
        partial_image_index: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            b64_json: b64_json.into(),
            created_at: created_at.into(),
            size: size.into(),
            quality: quality.into(),
            background: background.into(),
            output_format: output_format.into(),
            partial_image_index: partial_image_index.into(),
        }
    }
}
#[cfg(feature = "images")]
/// The constant `image_edit.partial_image`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ImageEditPartialImageLiteral {
    /// `image_edit.partial_image`
    #[default]
    ImageEditPartialImage,
}
#[cfg(feature = "images")]
impl ImageEditPartialImageLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "image_edit.partial_image"
    }
}
#[cfg(feature = "images")]
impl std::fmt::Display for ImageEditPartialImageLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl Serialize for ImageEditPartialImageLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("image_edit.partial_image")
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for ImageEditPartialImageLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "image_edit.partial_image")
            .map(|()| Self::ImageEditPartialImage)
    }
}
#[cfg(feature = "images")]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ImageEditStreamEvent {
    /// `image_edit.partial_image`
    ImageEditPartialImage(ImageEditPartialImageEvent),
    /// `image_edit.completed`
    ImageEditCompleted(ImageEditCompletedEvent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(feature = "images")]
impl Serialize for ImageEditStreamEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ImageEditPartialImage(value) => value.serialize(serializer),
            Self::ImageEditCompleted(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(feature = "images")]
impl sdk_runtime_types::de::TaggedUnion for ImageEditStreamEvent {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "image_edit.partial_image" => {
                    Deserialize::deserialize(content).map(Self::ImageEditPartialImage)
                }
                "image_edit.completed" => {
                    Deserialize::deserialize(content).map(Self::ImageEditCompleted)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for ImageEditStreamEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "images")]
impl From<ImageEditPartialImageEvent> for ImageEditStreamEvent {
    fn from(value: ImageEditPartialImageEvent) -> Self {
        Self::ImageEditPartialImage(value)
    }
}
#[cfg(feature = "images")]
impl From<ImageEditCompletedEvent> for ImageEditStreamEvent {
    fn from(value: ImageEditCompletedEvent) -> Self {
        Self::ImageEditCompleted(value)
    }
}
#[cfg(feature = "images")]
/// Emitted when image generation has completed and the final image is available.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ImageGenCompletedEvent {
    /// The type of the event. Always `image_generation.completed`.
    #[serde(rename = "type")]
    pub type_: ImageGenerationCompletedLiteral,
    /// Base64-encoded image data, suitable for rendering as an image.
    pub b64_json: String,
    /// The Unix timestamp when the event was created.
    pub created_at: i64,
    /// The size of the generated image.
    pub size: ImageEditCompletedEventSize,
    /// The quality setting for the generated image.
    pub quality: EditImageBodyJsonParamQuality,
    /// The background setting for the generated image.
    pub background: EditImageBodyJsonParamBackground,
    /// The output format for the generated image.
    pub output_format: ImageEditCompletedEventOutputFormat,
    pub usage: ImagesUsage,
}
#[cfg(feature = "images")]
impl sdk_runtime_types::de::Object for ImageGenCompletedEvent {
    const NAME: &'static str = "ImageGenCompletedEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ImageGenerationCompletedLiteral> = None;
        let mut b64_json: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut size: Option<ImageEditCompletedEventSize> = None;
        let mut quality: Option<EditImageBodyJsonParamQuality> = None;
        let mut background: Option<EditImageBodyJsonParamBackground> = None;
        let mut output_format: Option<ImageEditCompletedEventOutputFormat> = None;
        let mut usage: Option<ImagesUsage> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "b64_json" => 1,
                    "created_at" => 2,
                    "size" => 3,
                    "quality" => 4,
                    "background" => 5,
                    "output_format" => 6,
                    "usage" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut b64_json),
                2 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                3 => sdk_runtime_types::de::value(&mut map, &mut size),
                4 => sdk_runtime_types::de::value(&mut map, &mut quality),
                5 => sdk_runtime_types::de::value(&mut map, &mut background),
                6 => sdk_runtime_types::de::value(&mut map, &mut output_format),
                7 => sdk_runtime_types::de::value(&mut map, &mut usage),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            b64_json: b64_json.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            size: size.unwrap_or_default(),
            quality: quality.unwrap_or_default(),
            background: background.unwrap_or_default(),
            output_format: output_format.unwrap_or_default(),
            usage: usage.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for ImageGenCompletedEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "images")]
impl ImageGenCompletedEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        b64_json: impl Into<String>,
        created_at: impl Into<i64>,
        size: impl Into<ImageEditCompletedEventSize>,
        quality: impl Into<EditImageBodyJsonParamQuality>,
        background: impl Into<EditImageBodyJsonParamBackground>,
        output_format: impl Into<ImageEditCompletedEventOutputFormat>,
        usage: impl Into<ImagesUsage>,
    ) -> Self {
        Self {
            type_: Default::default(),
            b64_json: b64_json.into(),
            created_at: created_at.into(),
            size: size.into(),
            quality: quality.into(),
            background: background.into(),
            output_format: output_format.into(),
            usage: usage.into(),
        }
    }
}
#[cfg(feature = "images")]
/// The constant `image_generation.completed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ImageGenerationCompletedLiteral {
    /// `image_generation.completed`
    #[default]
    ImageGenerationCompleted,
}
#[cfg(feature = "images")]
impl ImageGenerationCompletedLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "image_generation.completed"
    }
}
#[cfg(feature = "images")]
impl std::fmt::Display for ImageGenerationCompletedLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl Serialize for ImageGenerationCompletedLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("image_generation.completed")
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for ImageGenerationCompletedLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "image_generation.completed")
            .map(|()| Self::ImageGenerationCompleted)
    }
}
#[cfg(feature = "images")]
/// Emitted when a partial image is available during image generation streaming.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ImageGenPartialImageEvent {
    /// The type of the event. Always `image_generation.partial_image`.
    #[serde(rename = "type")]
    pub type_: ImageGenerationPartialImageLiteral,
    /// Base64-encoded partial image data, suitable for rendering as an image.
    pub b64_json: String,
    /// The Unix timestamp when the event was created.
    pub created_at: i64,
    /// The size of the requested image.
    pub size: ImageEditCompletedEventSize,
    /// The quality setting for the requested image.
    pub quality: EditImageBodyJsonParamQuality,
    /// The background setting for the requested image.
    pub background: EditImageBodyJsonParamBackground,
    /// The output format for the requested image.
    pub output_format: ImageEditCompletedEventOutputFormat,
    /// 0-based index for the partial image (streaming).
    pub partial_image_index: i64,
}
#[cfg(feature = "images")]
impl sdk_runtime_types::de::Object for ImageGenPartialImageEvent {
    const NAME: &'static str = "ImageGenPartialImageEvent";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ImageGenerationPartialImageLiteral> = None;
        let mut b64_json: Option<String> = None;
        let mut created_at: Option<i64> = None;
        let mut size: Option<ImageEditCompletedEventSize> = None;
        let mut quality: Option<EditImageBodyJsonParamQuality> = None;
        let mut background: Option<EditImageBodyJsonParamBackground> = None;
        let mut output_format: Option<ImageEditCompletedEventOutputFormat> = None;
        let mut partial_image_index: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "b64_json" => 1,
                    "created_at" => 2,
                    "size" => 3,
                    "quality" => 4,
                    "background" => 5,
                    "output_format" => 6,
                    "partial_image_index" => 7,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut b64_json),
                2 => sdk_runtime_types::de::value(&mut map, &mut created_at),
                3 => sdk_runtime_types::de::value(&mut map, &mut size),
                4 => sdk_runtime_types::de::value(&mut map, &mut quality),
                5 => sdk_runtime_types::de::value(&mut map, &mut background),
                6 => sdk_runtime_types::de::value(&mut map, &mut output_format),
                7 => sdk_runtime_types::de::value(&mut map, &mut partial_image_index),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            b64_json: b64_json.unwrap_or_default(),
            created_at: created_at.unwrap_or_default(),
            size: size.unwrap_or_default(),
            quality: quality.unwrap_or_default(),
            background: background.unwrap_or_default(),
            output_format: output_format.unwrap_or_default(),
            partial_image_index: partial_image_index.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for ImageGenPartialImageEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "images")]
impl ImageGenPartialImageEvent {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        b64_json: impl Into<String>,
        created_at: impl Into<i64>,
        size: impl Into<ImageEditCompletedEventSize>,
        quality: impl Into<EditImageBodyJsonParamQuality>,
        background: impl Into<EditImageBodyJsonParamBackground>,
        output_format: impl Into<ImageEditCompletedEventOutputFormat>,
        partial_image_index: impl Into<i64>,
    ) -> Self {
        Self {
            type_: Default::default(),
            b64_json: b64_json.into(),
            created_at: created_at.into(),
            size: size.into(),
            quality: quality.into(),
            background: background.into(),
            output_format: output_format.into(),
            partial_image_index: partial_image_index.into(),
        }
    }
}
#[cfg(feature = "images")]
/// The constant `image_generation.partial_image`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ImageGenerationPartialImageLiteral {
    /// `image_generation.partial_image`
    #[default]
    ImageGenerationPartialImage,
}
#[cfg(feature = "images")]
impl ImageGenerationPartialImageLiteral {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        "image_generation.partial_image"
    }
}
#[cfg(feature = "images")]
impl std::fmt::Display for ImageGenerationPartialImageLiteral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl Serialize for ImageGenerationPartialImageLiteral {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("image_generation.partial_image")
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for ImageGenerationPartialImageLiteral {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::literal(deserializer, "image_generation.partial_image")
            .map(|()| Self::ImageGenerationPartialImage)
    }
}
#[cfg(feature = "images")]
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum ImageGenStreamEvent {
    /// `image_generation.partial_image`
    ImageGenerationPartialImage(ImageGenPartialImageEvent),
    /// `image_generation.completed`
    ImageGenerationCompleted(ImageGenCompletedEvent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
#[cfg(feature = "images")]
impl Serialize for ImageGenStreamEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ImageGenerationPartialImage(value) => value.serialize(serializer),
            Self::ImageGenerationCompleted(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
#[cfg(feature = "images")]
impl sdk_runtime_types::de::TaggedUnion for ImageGenStreamEvent {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "image_generation.partial_image" => {
                    Deserialize::deserialize(content)
                        .map(Self::ImageGenerationPartialImage)
                }
                "image_generation.completed" => {
                    Deserialize::deserialize(content).map(Self::ImageGenerationCompleted)
                }
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for ImageGenStreamEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
#[cfg(feature = "images")]
impl From<ImageGenPartialImageEvent> for ImageGenStreamEvent {
    fn from(value: ImageGenPartialImageEvent) -> Self {
        Self::ImageGenerationPartialImage(value)
    }
}
#[cfg(feature = "images")]
impl From<ImageGenCompletedEvent> for ImageGenStreamEvent {
    fn from(value: ImageGenCompletedEvent) -> Self {
        Self::ImageGenerationCompleted(value)
    }
}
#[cfg(feature = "images")]
/// The response from the image generation endpoint.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ImagesResponse {
    /// The Unix timestamp (in seconds) of when the image was created.
    pub created: i64,
    /// The list of generated images.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<Image>>,
    /// The background parameter used for the image generation. Either `transparent` or `opaque`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub background: Option<ImagesResponseBackground>,
    /// The output format of the image generation. Either `png`, `webp`, or `jpeg`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_format: Option<ImageEditCompletedEventOutputFormat>,
    /// The size of the image generated. Either `1024x1024`, `1024x1536`, or `1536x1024`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<ImagesResponseSize>,
    /// The quality of the image generated. Either `low`, `medium`, or `high`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quality: Option<ImagesResponseQuality>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usage: Option<ImageGenUsage>,
}
#[cfg(feature = "images")]
impl sdk_runtime_types::de::Object for ImagesResponse {
    const NAME: &'static str = "ImagesResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut created: Option<i64> = None;
        let mut data: Option<Vec<Image>> = None;
        let mut background: Option<ImagesResponseBackground> = None;
        let mut output_format: Option<ImageEditCompletedEventOutputFormat> = None;
        let mut size: Option<ImagesResponseSize> = None;
        let mut quality: Option<ImagesResponseQuality> = None;
        let mut usage: Option<ImageGenUsage> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "created" => 0,
                    "data" => 1,
                    "background" => 2,
                    "output_format" => 3,
                    "size" => 4,
                    "quality" => 5,
                    "usage" => 6,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut created),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut data),
                2 => sdk_runtime_types::de::nullable(&mut map, &mut background),
                3 => sdk_runtime_types::de::nullable(&mut map, &mut output_format),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut size),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut quality),
                6 => sdk_runtime_types::de::nullable(&mut map, &mut usage),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            created: created.unwrap_or_default(),
            data,
            background,
            output_format,
            size,
            quality,
            usage,
        })
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for ImagesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "images")]
impl ImagesResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(created: impl Into<i64>) -> Self {
        Self {
            created: created.into(),
            data: None,
            background: None,
            output_format: None,
            size: None,
            quality: None,
            usage: None,
        }
    }
    /// Sets `data`.
    pub fn data(mut self, value: impl Into<Vec<Image>>) -> Self {
        self.data = Some(value.into());
        self
    }
    /// Sets `background`.
    pub fn background(mut self, value: impl Into<ImagesResponseBackground>) -> Self {
        self.background = Some(value.into());
        self
    }
    /// Sets `output_format`.
    pub fn output_format(
        mut self,
        value: impl Into<ImageEditCompletedEventOutputFormat>,
    ) -> Self {
        self.output_format = Some(value.into());
        self
    }
    /// Sets `size`.
    pub fn size(mut self, value: impl Into<ImagesResponseSize>) -> Self {
        self.size = Some(value.into());
        self
    }
    /// Sets `quality`.
    pub fn quality(mut self, value: impl Into<ImagesResponseQuality>) -> Self {
        self.quality = Some(value.into());
        self
    }
    /// Sets `usage`.
    pub fn usage(mut self, value: impl Into<ImageGenUsage>) -> Self {
        self.usage = Some(value.into());
        self
    }
}
#[cfg(feature = "images")]
/// The background parameter used for the image generation. Either `transparent` or `opaque`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ImagesResponseBackground {
    /// `transparent`
    Transparent,
    /// `opaque`
    Opaque,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "images")]
impl ImagesResponseBackground {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Transparent => "transparent",
            Self::Opaque => "opaque",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "transparent" => Self::Transparent,
            "opaque" => Self::Opaque,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "images")]
impl From<&str> for ImagesResponseBackground {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "images")]
impl From<String> for ImagesResponseBackground {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "images")]
impl std::fmt::Display for ImagesResponseBackground {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl Serialize for ImagesResponseBackground {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for ImagesResponseBackground {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "images")]
impl Default for ImagesResponseBackground {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "images")]
/// The size of the image generated. Either `1024x1024`, `1024x1536`, or `1536x1024`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ImagesResponseSize {
    /// `1024x1024`
    V1024x1024,
    /// `1024x1536`
    V1024x1536,
    /// `1536x1024`
    V1536x1024,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "images")]
impl ImagesResponseSize {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::V1024x1024 => "1024x1024",
            Self::V1024x1536 => "1024x1536",
            Self::V1536x1024 => "1536x1024",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "1024x1024" => Self::V1024x1024,
            "1024x1536" => Self::V1024x1536,
            "1536x1024" => Self::V1536x1024,
            other => Self::Other(other.to_owned()),
        }
    }
}
#[cfg(feature = "images")]
impl From<&str> for ImagesResponseSize {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
#[cfg(feature = "images")]
impl From<String> for ImagesResponseSize {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
#[cfg(feature = "images")]
impl std::fmt::Display for ImagesResponseSize {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl Serialize for ImagesResponseSize {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for ImagesResponseSize {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
#[cfg(feature = "images")]
impl Default for ImagesResponseSize {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
/// The quality of the image generated. Either `low`, `medium`, or `high`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ImagesResponseQuality {
    /// `low`
    Low,
    /// `medium`
    Medium,
    /// `high`
    High,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl ImagesResponseQuality {
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for ImagesResponseQuality {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for ImagesResponseQuality {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for ImagesResponseQuality {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ImagesResponseQuality {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ImagesResponseQuality {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default for ImagesResponseQuality {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
#[cfg(feature = "images")]
/// For `gpt-image-1` only, the token usage information for the image generation.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ImageGenUsage {
    /// The number of tokens (images and text) in the input prompt.
    pub input_tokens: i64,
    /// The total number of tokens (images and text) used for the image generation.
    pub total_tokens: i64,
    /// The number of output tokens generated by the model.
    pub output_tokens: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_tokens_details: Option<ImageGenOutputTokensDetails>,
    pub input_tokens_details: ImageGenInputUsageDetails,
}
#[cfg(feature = "images")]
impl sdk_runtime_types::de::Object for ImageGenUsage {
    const NAME: &'static str = "ImageGenUsage";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut input_tokens: Option<i64> = None;
        let mut total_tokens: Option<i64> = None;
        let mut output_tokens: Option<i64> = None;
        let mut output_tokens_details: Option<ImageGenOutputTokensDetails> = None;
        let mut input_tokens_details: Option<ImageGenInputUsageDetails> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "input_tokens" => 0,
                    "total_tokens" => 1,
                    "output_tokens" => 2,
                    "output_tokens_details" => 3,
                    "input_tokens_details" => 4,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut input_tokens),
                1 => sdk_runtime_types::de::value(&mut map, &mut total_tokens),
                2 => sdk_runtime_types::de::value(&mut map, &mut output_tokens),
                3 => {
                    sdk_runtime_types::de::nullable(&mut map, &mut output_tokens_details)
                }
                4 => sdk_runtime_types::de::value(&mut map, &mut input_tokens_details),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            input_tokens: input_tokens.unwrap_or_default(),
            total_tokens: total_tokens.unwrap_or_default(),
            output_tokens: output_tokens.unwrap_or_default(),
            output_tokens_details,
            input_tokens_details: input_tokens_details.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for ImageGenUsage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "images")]
impl ImageGenUsage {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        input_tokens: impl Into<i64>,
        total_tokens: impl Into<i64>,
        output_tokens: impl Into<i64>,
        input_tokens_details: impl Into<ImageGenInputUsageDetails>,
    ) -> Self {
        Self {
            input_tokens: input_tokens.into(),
            total_tokens: total_tokens.into(),
            output_tokens: output_tokens.into(),
            output_tokens_details: None,
            input_tokens_details: input_tokens_details.into(),
        }
    }
    /// Sets `output_tokens_details`.
    pub fn output_tokens_details(
        mut self,
        value: impl Into<ImageGenOutputTokensDetails>,
    ) -> Self {
        self.output_tokens_details = Some(value.into());
        self
    }
}
#[cfg(feature = "images")]
/// The output token details for the image generation.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ImageGenOutputTokensDetails {
    /// The number of image output tokens generated by the model.
    pub image_tokens: i64,
    /// The number of text output tokens generated by the model.
    pub text_tokens: i64,
}
#[cfg(feature = "images")]
impl sdk_runtime_types::de::Object for ImageGenOutputTokensDetails {
    const NAME: &'static str = "ImageGenOutputTokensDetails";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut image_tokens: Option<i64> = None;
        let mut text_tokens: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "image_tokens" => 0,
                    "text_tokens" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut image_tokens),
                1 => sdk_runtime_types::de::value(&mut map, &mut text_tokens),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            image_tokens: image_tokens.unwrap_or_default(),
            text_tokens: text_tokens.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for ImageGenOutputTokensDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "images")]
impl ImageGenOutputTokensDetails {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(image_tokens: impl Into<i64>, text_tokens: impl Into<i64>) -> Self {
        Self {
            image_tokens: image_tokens.into(),
            text_tokens: text_tokens.into(),
        }
    }
}
#[cfg(feature = "images")]
/// The input tokens detailed information for the image generation.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct ImageGenInputUsageDetails {
    /// The number of text tokens in the input prompt.
    pub text_tokens: i64,
    /// The number of image tokens in the input prompt.
    pub image_tokens: i64,
}
#[cfg(feature = "images")]
impl sdk_runtime_types::de::Object for ImageGenInputUsageDetails {
    const NAME: &'static str = "ImageGenInputUsageDetails";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut text_tokens: Option<i64> = None;
        let mut image_tokens: Option<i64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "text_tokens" => 0,
                    "image_tokens" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut text_tokens),
                1 => sdk_runtime_types::de::value(&mut map, &mut image_tokens),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            text_tokens: text_tokens.unwrap_or_default(),
            image_tokens: image_tokens.unwrap_or_default(),
        })
    }
}
#[cfg(feature = "images")]
impl<'de> Deserialize<'de> for ImageGenInputUsageDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
#[cfg(feature = "images")]
impl ImageGenInputUsageDetails {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(text_tokens: impl Into<i64>, image_tokens: impl Into<i64>) -> Self {
        Self {
            text_tokens: text_tokens.into(),
            image_tokens: image_tokens.into(),
        }
    }
}
