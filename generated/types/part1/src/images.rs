//! Types of the `images` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
#[cfg(feature = "images")]
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(image, prompt))]
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
    #[api(default)]
    pub prompt: String,
    /// An additional image whose fully transparent areas (e.g. where alpha is zero) indicate where `image` should be edited. If there are multiple images provided, the mask will be applied on the first image. Must be a valid PNG file, less than 4MB, and have the same dimensions as `image`.
    pub mask: Option<sdk_runtime_types::multipart::FilePart>,
    /// Set the background of the generated image(s). This parameter is only
    /// supported for the GPT image models. Must be one of `transparent`, `opaque`,
    /// or `auto` (default value). When `auto` is used, the model will automatically
    /// determine the best background for the image.
    ///
    /// Transparent backgrounds are available for supported GPT Image models. For
    /// `gpt-image-2` and `gpt-image-2-2026-04-21`, this support is in preview. When
    /// using `transparent`, set the output format to `png` or `webp`.
    pub background: Option<ImageGenToolBackground>,
    /// The model to use for image generation. One of `dall-e-2` or a GPT image model (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`, `gpt-image-2-2026-04-21`, or `chatgpt-image-latest`). Defaults to `gpt-image-1.5`.
    pub model: Option<CreateImageEditRequestModel>,
    /// The number of images to generate. Must be between 1 and 10.
    pub n: Option<i64>,
    /// The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.
    pub size: Option<CreateImageEditRequestSize>,
    /// The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter is only supported for `dall-e-2` (default is `url` for `dall-e-2`), as GPT image models always return base64-encoded images.
    pub response_format: Option<CreateImageEditRequestResponseFormat>,
    /// The format in which the generated images are returned. This parameter is
    /// only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`.
    /// The default value is `png`.
    pub output_format: Option<CreateImageEditRequestOutputFormat>,
    /// The compression level (0-100%) for the generated images. This parameter
    /// is only supported for the GPT image models with the `webp` or `jpeg` output
    /// formats, and defaults to 100.
    pub output_compression: Option<i64>,
    /// A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices#end-user-ids).
    pub user: Option<String>,
    /// Control how much effort the model will exert to match the style and features, especially facial features, of input images. This parameter is only supported for `gpt-image-1` and `gpt-image-1.5` and later models, unsupported for `gpt-image-1-mini`. Supports `high` and `low`. Defaults to `low`.
    pub input_fidelity: Option<InputFidelity>,
    /// Edit the image in streaming mode. Defaults to `false`. See the
    /// [Image generation guide](https://platform.openai.com/docs/guides/image-generation) for more information.
    pub stream: Option<bool>,
    /// The number of partial images to generate. This parameter is used for
    /// streaming responses that return partial images. Value must be between 0 and 3.
    /// When set to 0, the response will be a single image sent in one streaming event.
    ///
    /// Note that the final image may be sent before the full number of partial images
    /// are generated if the full image is generated more quickly.
    pub partial_images: Option<PartialImages>,
    /// The quality of the image that will be generated for GPT image models. Defaults to `auto`.
    pub quality: Option<CreateImageEditRequestQuality>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
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
        for (name, value) in self.extra.iter() {
            form.field(name, value);
        }
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
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum CreateImageEditRequestImage {
    FileList(Vec<sdk_runtime_types::multipart::FilePart>),
    File(sdk_runtime_types::multipart::FilePart),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
#[cfg(feature = "images")]
/// The model to use for image generation. One of `dall-e-2` or a GPT image model (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`, `gpt-image-2-2026-04-21`, or `chatgpt-image-latest`). Defaults to `gpt-image-1.5`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum CreateImageEditRequestModel {
    /// `gpt-image-1.5`
    #[default]
    #[api(rename = "gpt-image-1.5")]
    GptImage15,
    /// `gpt-image-2`
    #[api(rename = "gpt-image-2")]
    GptImage2,
    /// `gpt-image-2-2026-04-21`
    #[api(rename = "gpt-image-2-2026-04-21")]
    GptImage220260421,
    /// `dall-e-2`
    #[api(rename = "dall-e-2")]
    DallE2,
    /// `gpt-image-1`
    #[api(rename = "gpt-image-1")]
    GptImage1,
    /// `gpt-image-1-mini`
    #[api(rename = "gpt-image-1-mini")]
    GptImage1Mini,
    /// `chatgpt-image-latest`
    #[api(rename = "chatgpt-image-latest")]
    ChatgptImageLatest,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "images")]
/// The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum CreateImageEditRequestSize {
    /// `256x256`
    #[api(rename = "256x256")]
    V256x256,
    /// `512x512`
    #[api(rename = "512x512")]
    V512x512,
    /// `1024x1024`
    #[default]
    #[api(rename = "1024x1024")]
    V1024x1024,
    /// `1536x1024`
    #[api(rename = "1536x1024")]
    V1536x1024,
    /// `1024x1536`
    #[api(rename = "1024x1536")]
    V1024x1536,
    /// `auto`
    Auto,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "images")]
/// The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter is only supported for `dall-e-2` (default is `url` for `dall-e-2`), as GPT image models always return base64-encoded images.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum CreateImageEditRequestResponseFormat {
    /// `url`
    Url,
    /// `b64_json`
    B64Json,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "images")]
/// The format in which the generated images are returned. This parameter is
/// only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`.
/// The default value is `png`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
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
/// The number of partial images to generate. This parameter is used for
/// streaming responses that return partial images. Value must be between 0 and 3.
/// When set to 0, the response will be a single image sent in one streaming event.
///
/// Note that the final image may be sent before the full number of partial images
/// are generated if the full image is generated more quickly.
pub type PartialImages = i64;
#[cfg(feature = "images")]
/// The quality of the image that will be generated for GPT image models. Defaults to `auto`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
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
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(prompt))]
pub struct CreateImageRequest {
    /// A text description of the desired image(s). The maximum length is 32000 characters for the GPT image models, 1000 characters for `dall-e-2` and 4000 characters for `dall-e-3`.
    #[api(default)]
    pub prompt: String,
    /// The model to use for image generation. One of `dall-e-2`, `dall-e-3`, or a GPT image model (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`, `gpt-image-2-2026-04-21`). Defaults to `dall-e-2` unless a parameter specific to the GPT image models is used.
    pub model: Option<CreateImageRequestModel>,
    /// The number of images to generate. Must be between 1 and 10. For `dall-e-3`, only `n=1` is supported.
    pub n: Option<i64>,
    /// The quality of the image that will be generated.
    ///
    /// - `auto` (default value) will automatically select the best quality for the given model.
    /// - `high`, `medium` and `low` are supported for the GPT image models.
    /// - `hd` and `standard` are supported for `dall-e-3`.
    /// - `standard` is the only option for `dall-e-2`.
    pub quality: Option<CreateImageRequestQuality>,
    /// The format in which generated images with `dall-e-2` and `dall-e-3` are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter isn't supported for the GPT image models, which always return base64-encoded images.
    pub response_format: Option<CreateImageRequestResponseFormat>,
    /// The format in which the generated images are returned. This parameter is only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`.
    pub output_format: Option<CreateImageEditRequestOutputFormat>,
    /// The compression level (0-100%) for the generated images. This parameter is only supported for the GPT image models with the `webp` or `jpeg` output formats, and defaults to 100.
    pub output_compression: Option<i64>,
    /// Generate the image in streaming mode. Defaults to `false`. See the
    /// [Image generation guide](https://platform.openai.com/docs/guides/image-generation) for more information.
    /// This parameter is only supported for the GPT image models.
    pub stream: Option<bool>,
    /// The number of partial images to generate. This parameter is used for
    /// streaming responses that return partial images. Value must be between 0 and 3.
    /// When set to 0, the response will be a single image sent in one streaming event.
    ///
    /// Note that the final image may be sent before the full number of partial images
    /// are generated if the full image is generated more quickly.
    pub partial_images: Option<PartialImages>,
    /// The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.
    pub size: Option<CreateImageRequestSize>,
    /// Control the content-moderation level for images generated by the GPT image models. Must be either `low` for less restrictive filtering or `auto` (default value).
    pub moderation: Option<CreateImageRequestModeration>,
    /// Set the background of the generated image(s). This parameter is only
    /// supported for the GPT image models. Must be one of `transparent`, `opaque`,
    /// or `auto` (default value). When `auto` is used, the model will automatically
    /// determine the best background for the image.
    ///
    /// Transparent backgrounds are available for supported GPT Image models. For
    /// `gpt-image-2` and `gpt-image-2-2026-04-21`, this support is in preview. When
    /// using `transparent`, set the output format to `png` or `webp`.
    pub background: Option<ImageGenToolBackground>,
    /// The style of the generated images. This parameter is only supported for `dall-e-3`. Must be one of `vivid` or `natural`. Vivid causes the model to lean towards generating hyper-real and dramatic images. Natural causes the model to produce more natural, less hyper-real looking images.
    pub style: Option<CreateImageRequestStyle>,
    /// A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices#end-user-ids).
    pub user: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "images")]
/// The model to use for image generation. One of `dall-e-2`, `dall-e-3`, or a GPT image model (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`, `gpt-image-2-2026-04-21`). Defaults to `dall-e-2` unless a parameter specific to the GPT image models is used.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum CreateImageRequestModel {
    /// `gpt-image-1.5`
    #[api(rename = "gpt-image-1.5")]
    GptImage15,
    /// `gpt-image-2`
    #[api(rename = "gpt-image-2")]
    GptImage2,
    /// `gpt-image-2-2026-04-21`
    #[api(rename = "gpt-image-2-2026-04-21")]
    GptImage220260421,
    /// `dall-e-2`
    #[default]
    #[api(rename = "dall-e-2")]
    DallE2,
    /// `dall-e-3`
    #[api(rename = "dall-e-3")]
    DallE3,
    /// `gpt-image-1`
    #[api(rename = "gpt-image-1")]
    GptImage1,
    /// `gpt-image-1-mini`
    #[api(rename = "gpt-image-1-mini")]
    GptImage1Mini,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "images")]
/// The quality of the image that will be generated.
///
/// - `auto` (default value) will automatically select the best quality for the given model.
/// - `high`, `medium` and `low` are supported for the GPT image models.
/// - `hd` and `standard` are supported for `dall-e-3`.
/// - `standard` is the only option for `dall-e-2`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
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
/// The format in which generated images with `dall-e-2` and `dall-e-3` are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter isn't supported for the GPT image models, which always return base64-encoded images.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
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
/// The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum CreateImageRequestSize {
    /// `auto`
    #[default]
    Auto,
    /// `1024x1024`
    #[api(rename = "1024x1024")]
    V1024x1024,
    /// `1536x1024`
    #[api(rename = "1536x1024")]
    V1536x1024,
    /// `1024x1536`
    #[api(rename = "1024x1536")]
    V1024x1536,
    /// `256x256`
    #[api(rename = "256x256")]
    V256x256,
    /// `512x512`
    #[api(rename = "512x512")]
    V512x512,
    /// `1792x1024`
    #[api(rename = "1792x1024")]
    V1792x1024,
    /// `1024x1792`
    #[api(rename = "1024x1792")]
    V1024x1792,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "images")]
/// Control the content-moderation level for images generated by the GPT image models. Must be either `low` for less restrictive filtering or `auto` (default value).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
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
/// The style of the generated images. This parameter is only supported for `dall-e-3`. Must be one of `vivid` or `natural`. Vivid causes the model to lean towards generating hyper-real and dramatic images. Natural causes the model to produce more natural, less hyper-real looking images.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
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
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(image))]
pub struct CreateImageVariationRequest {
    /// The image to use as the basis for the variation(s). Must be a valid PNG file, less than 4MB, and square.
    pub image: sdk_runtime_types::multipart::FilePart,
    /// The model to use for image generation. Only `dall-e-2` is supported at this time.
    pub model: Option<CreateImageVariationRequestModel>,
    /// The number of images to generate. Must be between 1 and 10.
    pub n: Option<i64>,
    /// The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated.
    pub response_format: Option<CreateImageRequestResponseFormat>,
    /// The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024`.
    pub size: Option<CreateImageVariationRequestSize>,
    /// A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://platform.openai.com/docs/guides/safety-best-practices#end-user-ids).
    pub user: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
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
        for (name, value) in self.extra.iter() {
            form.field(name, value);
        }
    }
}
#[cfg(feature = "images")]
/// The model to use for image generation. Only `dall-e-2` is supported at this time.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum CreateImageVariationRequestModel {
    /// `dall-e-2`
    #[default]
    #[api(rename = "dall-e-2")]
    DallE2,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "images")]
/// The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum CreateImageVariationRequestSize {
    /// `256x256`
    #[api(rename = "256x256")]
    V256x256,
    /// `512x512`
    #[api(rename = "512x512")]
    V512x512,
    /// `1024x1024`
    #[default]
    #[api(rename = "1024x1024")]
    V1024x1024,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum EditImageBodyJsonParamQuality {
    /// `low`
    Low,
    /// `medium`
    Medium,
    /// `high`
    High,
    /// `auto`
    Auto,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum EditImageBodyJsonParamBackground {
    /// `transparent`
    Transparent,
    /// `opaque`
    Opaque,
    /// `auto`
    Auto,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "images")]
/// Represents the content or the URL of an image generated by the OpenAI API.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new())]
#[non_exhaustive]
pub struct Image {
    /// The base64-encoded JSON of the generated image. Returned by default for the GPT image models, and only present if `response_format` is set to `b64_json` for `dall-e-2` and `dall-e-3`.
    pub b64_json: Option<String>,
    /// When using `dall-e-2` or `dall-e-3`, the URL of the generated image if `response_format` is set to `url` (default value). Unsupported for the GPT image models.
    pub url: Option<String>,
    /// For `dall-e-3` only, the revised prompt that was used to generate the image.
    pub revised_prompt: Option<String>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "images")]
/// Emitted when image editing has completed and the final image is available.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(b64_json, created_at, size, quality, background, output_format, usage))]
#[non_exhaustive]
pub struct ImageEditCompletedEvent {
    /// The type of the event. Always `image_edit.completed`.
    #[api(rename = "type", constant)]
    pub type_: ImageEditCompletedLiteral,
    /// Base64-encoded final edited image data, suitable for rendering as an image.
    #[api(default)]
    pub b64_json: String,
    /// The Unix timestamp when the event was created.
    #[api(default)]
    pub created_at: i64,
    /// The size of the edited image.
    #[api(default)]
    pub size: ImageEditCompletedEventSize,
    /// The quality setting for the edited image.
    #[api(default)]
    pub quality: EditImageBodyJsonParamQuality,
    /// The background setting for the edited image.
    #[api(default)]
    pub background: EditImageBodyJsonParamBackground,
    /// The output format for the edited image.
    #[api(default)]
    pub output_format: ImageEditCompletedEventOutputFormat,
    /// For the GPT image models only, the token usage information for the image generation.
    #[api(default)]
    pub usage: ImagesUsage,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "images")]
/// The constant `image_edit.completed`.
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
pub enum ImageEditCompletedLiteral {
    /// `image_edit.completed`
    #[default]
    #[api(rename = "image_edit.completed")]
    ImageEditCompleted,
}
#[cfg(feature = "images")]
/// The size of the edited image.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ImageEditCompletedEventSize {
    /// `1024x1024`
    #[api(rename = "1024x1024")]
    V1024x1024,
    /// `1024x1536`
    #[api(rename = "1024x1536")]
    V1024x1536,
    /// `1536x1024`
    #[api(rename = "1536x1024")]
    V1536x1024,
    /// `auto`
    Auto,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "images")]
/// The output format for the edited image.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
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
/// For the GPT image models only, the token usage information for the image generation.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(total_tokens, input_tokens, output_tokens, input_tokens_details))]
#[non_exhaustive]
pub struct ImagesUsage {
    /// The total number of tokens (images and text) used for the image generation.
    #[api(default)]
    pub total_tokens: i64,
    /// The number of tokens (images and text) in the input prompt.
    #[api(default)]
    pub input_tokens: i64,
    /// The number of image tokens in the output image.
    #[api(default)]
    pub output_tokens: i64,
    /// The input tokens detailed information for the image generation.
    #[api(default)]
    pub input_tokens_details: ImageGenInputUsageDetails,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "images")]
/// Emitted when a partial image is available during image editing streaming.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(
    new(
        b64_json,
        created_at,
        size,
        quality,
        background,
        output_format,
        partial_image_index
    )
)]
#[non_exhaustive]
pub struct ImageEditPartialImageEvent {
    /// The type of the event. Always `image_edit.partial_image`.
    #[api(rename = "type", constant)]
    pub type_: ImageEditPartialImageLiteral,
    /// Base64-encoded partial image data, suitable for rendering as an image.
    #[api(default)]
    pub b64_json: String,
    /// The Unix timestamp when the event was created.
    #[api(default)]
    pub created_at: i64,
    /// The size of the requested edited image.
    #[api(default)]
    pub size: ImageEditCompletedEventSize,
    /// The quality setting for the requested edited image.
    #[api(default)]
    pub quality: EditImageBodyJsonParamQuality,
    /// The background setting for the requested edited image.
    #[api(default)]
    pub background: EditImageBodyJsonParamBackground,
    /// The output format for the requested edited image.
    #[api(default)]
    pub output_format: ImageEditCompletedEventOutputFormat,
    /// 0-based index for the partial image (streaming).
    #[api(default)]
    pub partial_image_index: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "images")]
/// The constant `image_edit.partial_image`.
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
pub enum ImageEditPartialImageLiteral {
    /// `image_edit.partial_image`
    #[default]
    #[api(rename = "image_edit.partial_image")]
    ImageEditPartialImage,
}
#[cfg(feature = "images")]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum ImageEditStreamEvent {
    /// `image_edit.partial_image`
    #[api(tag = "image_edit.partial_image")]
    ImageEditPartialImage(ImageEditPartialImageEvent),
    /// `image_edit.completed`
    #[api(tag = "image_edit.completed")]
    ImageEditCompleted(ImageEditCompletedEvent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(feature = "images")]
/// Emitted when image generation has completed and the final image is available.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(b64_json, created_at, size, quality, background, output_format, usage))]
#[non_exhaustive]
pub struct ImageGenCompletedEvent {
    /// The type of the event. Always `image_generation.completed`.
    #[api(rename = "type", constant)]
    pub type_: ImageGenerationCompletedLiteral,
    /// Base64-encoded image data, suitable for rendering as an image.
    #[api(default)]
    pub b64_json: String,
    /// The Unix timestamp when the event was created.
    #[api(default)]
    pub created_at: i64,
    /// The size of the generated image.
    #[api(default)]
    pub size: ImageEditCompletedEventSize,
    /// The quality setting for the generated image.
    #[api(default)]
    pub quality: EditImageBodyJsonParamQuality,
    /// The background setting for the generated image.
    #[api(default)]
    pub background: EditImageBodyJsonParamBackground,
    /// The output format for the generated image.
    #[api(default)]
    pub output_format: ImageEditCompletedEventOutputFormat,
    /// For the GPT image models only, the token usage information for the image generation.
    #[api(default)]
    pub usage: ImagesUsage,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "images")]
/// The constant `image_generation.completed`.
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
pub enum ImageGenerationCompletedLiteral {
    /// `image_generation.completed`
    #[default]
    #[api(rename = "image_generation.completed")]
    ImageGenerationCompleted,
}
#[cfg(feature = "images")]
/// Emitted when a partial image is available during image generation streaming.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(
    new(
        b64_json,
        created_at,
        size,
        quality,
        background,
        output_format,
        partial_image_index
    )
)]
#[non_exhaustive]
pub struct ImageGenPartialImageEvent {
    /// The type of the event. Always `image_generation.partial_image`.
    #[api(rename = "type", constant)]
    pub type_: ImageGenerationPartialImageLiteral,
    /// Base64-encoded partial image data, suitable for rendering as an image.
    #[api(default)]
    pub b64_json: String,
    /// The Unix timestamp when the event was created.
    #[api(default)]
    pub created_at: i64,
    /// The size of the requested image.
    #[api(default)]
    pub size: ImageEditCompletedEventSize,
    /// The quality setting for the requested image.
    #[api(default)]
    pub quality: EditImageBodyJsonParamQuality,
    /// The background setting for the requested image.
    #[api(default)]
    pub background: EditImageBodyJsonParamBackground,
    /// The output format for the requested image.
    #[api(default)]
    pub output_format: ImageEditCompletedEventOutputFormat,
    /// 0-based index for the partial image (streaming).
    #[api(default)]
    pub partial_image_index: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "images")]
/// The constant `image_generation.partial_image`.
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
pub enum ImageGenerationPartialImageLiteral {
    /// `image_generation.partial_image`
    #[default]
    #[api(rename = "image_generation.partial_image")]
    ImageGenerationPartialImage,
}
#[cfg(feature = "images")]
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum ImageGenStreamEvent {
    /// `image_generation.partial_image`
    #[api(tag = "image_generation.partial_image")]
    ImageGenerationPartialImage(ImageGenPartialImageEvent),
    /// `image_generation.completed`
    #[api(tag = "image_generation.completed")]
    ImageGenerationCompleted(ImageGenCompletedEvent),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
#[cfg(feature = "images")]
/// The response from the image generation endpoint.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(created))]
#[non_exhaustive]
pub struct ImagesResponse {
    /// The Unix timestamp (in seconds) of when the image was created.
    #[api(default)]
    pub created: i64,
    /// The list of generated images.
    pub data: Option<Vec<Image>>,
    /// The background parameter used for the image generation. Either `transparent` or `opaque`.
    pub background: Option<ImagesResponseBackground>,
    /// The output format of the image generation. Either `png`, `webp`, or `jpeg`.
    pub output_format: Option<ImageEditCompletedEventOutputFormat>,
    /// The size of the image generated. Either `1024x1024`, `1024x1536`, or `1536x1024`.
    pub size: Option<ImagesResponseSize>,
    /// The quality of the image generated. Either `low`, `medium`, or `high`.
    pub quality: Option<ImagesResponseQuality>,
    /// For `gpt-image-1` only, the token usage information for the image generation.
    pub usage: Option<ImageGenUsage>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "images")]
/// The background parameter used for the image generation. Either `transparent` or `opaque`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ImagesResponseBackground {
    /// `transparent`
    Transparent,
    /// `opaque`
    Opaque,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "images")]
/// The size of the image generated. Either `1024x1024`, `1024x1536`, or `1536x1024`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
pub enum ImagesResponseSize {
    /// `1024x1024`
    #[api(rename = "1024x1024")]
    V1024x1024,
    /// `1024x1536`
    #[api(rename = "1024x1536")]
    V1024x1536,
    /// `1536x1024`
    #[api(rename = "1536x1024")]
    V1536x1024,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(feature = "images")]
/// For `gpt-image-1` only, the token usage information for the image generation.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(input_tokens, total_tokens, output_tokens, input_tokens_details))]
#[non_exhaustive]
pub struct ImageGenUsage {
    /// The number of tokens (images and text) in the input prompt.
    #[api(default)]
    pub input_tokens: i64,
    /// The total number of tokens (images and text) used for the image generation.
    #[api(default)]
    pub total_tokens: i64,
    /// The number of output tokens generated by the model.
    #[api(default)]
    pub output_tokens: i64,
    /// The output token details for the image generation.
    pub output_tokens_details: Option<ImageGenOutputTokensDetails>,
    /// The input tokens detailed information for the image generation.
    #[api(default)]
    pub input_tokens_details: ImageGenInputUsageDetails,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "images")]
/// The output token details for the image generation.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(image_tokens, text_tokens))]
#[non_exhaustive]
pub struct ImageGenOutputTokensDetails {
    /// The number of image output tokens generated by the model.
    #[api(default)]
    pub image_tokens: i64,
    /// The number of text output tokens generated by the model.
    #[api(default)]
    pub text_tokens: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[cfg(feature = "images")]
/// The input tokens detailed information for the image generation.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(text_tokens, image_tokens))]
#[non_exhaustive]
pub struct ImageGenInputUsageDetails {
    /// The number of text tokens in the input prompt.
    #[api(default)]
    pub text_tokens: i64,
    /// The number of image tokens in the input prompt.
    #[api(default)]
    pub image_tokens: i64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
