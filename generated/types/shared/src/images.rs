//! Types of the `images` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
#[cfg(
    any(
        feature = "beta",
        feature = "conversations",
        feature = "evals",
        feature = "extra-types",
        feature = "images",
        feature = "responses"
    )
)]
/// Set the background of the generated image. One of `transparent`,
/// `opaque`, or `auto`. Transparent backgrounds are available for
/// supported GPT Image models. For `gpt-image-2` and
/// `gpt-image-2-2026-04-21`, this support is in preview. When using
/// `transparent`, set the output format to `png` or `webp`. Default: `auto`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum ImageGenToolBackground {
    /// `transparent`
    Transparent,
    /// `opaque`
    Opaque,
    /// `auto`
    #[default]
    Auto,
    /// A value this version of the SDK does not know.
    Other(String),
}
#[cfg(any(feature = "images", feature = "organization"))]
/// The quality of the image generated. Either `low`, `medium`, or `high`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, sdk_runtime_types::StringEnum)]
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
