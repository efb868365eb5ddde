//! Types of the `moderations` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Object)]
#[api(new(input))]
pub struct CreateModerationRequest {
    /// Input (or inputs) to classify. Can be a single string, an array of strings, or
    /// an array of multi-modal input objects similar to other models.
    pub input: CreateModerationRequestInput,
    /// The content moderation model you would like to use. Learn more in
    /// [the moderation guide](https://platform.openai.com/docs/guides/moderation), and learn about
    /// available models [here](https://platform.openai.com/docs/models#moderation).
    ///
    /// Defaults to `omni-moderation-latest`.
    pub model: Option<CreateModerationRequestModel>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Input (or inputs) to classify. Can be a single string, an array of strings, or
/// an array of multi-modal input objects similar to other models.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
pub enum CreateModerationRequestInput {
    StringList(Vec<String>),
    ItemList(Vec<CreateModerationRequestInputItem>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Other(serde_json::Value),
}
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq, sdk_runtime_types::Union)]
#[api(tag = "type")]
pub enum CreateModerationRequestInputItem {
    /// `image_url`
    #[api(tag = "image_url")]
    ImageUrl(CreateModerationRequestInputItemImageUrl),
    /// `text`
    #[api(tag = "text")]
    Text(CreateModerationRequestInputItemText),
    /// A value this version of the SDK does not recognize, kept as JSON.
    #[api(other)]
    Unknown(serde_json::Value),
}
/// An object describing an image to classify.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(image_url))]
pub struct CreateModerationRequestInputItemImageUrl {
    /// Always `image_url`.
    #[api(rename = "type", constant)]
    pub type_: ImageUrlLiteral,
    /// Contains either an image URL or a data URL for a base64 encoded image.
    #[api(default)]
    pub image_url: CreateModerationRequestInputItemImageUrlImageUrl,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// Contains either an image URL or a data URL for a base64 encoded image.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(url))]
pub struct CreateModerationRequestInputItemImageUrlImageUrl {
    /// Either a URL of the image or the base64 encoded image data.
    #[api(default)]
    pub url: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// An object describing text to classify.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(text))]
pub struct CreateModerationRequestInputItemText {
    /// Always `text`.
    #[api(rename = "type", constant)]
    pub type_: TextLiteral,
    /// A string of text to classify.
    #[api(default)]
    pub text: String,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// The content moderation model you would like to use. Learn more in
/// [the moderation guide](https://platform.openai.com/docs/guides/moderation), and learn about
/// available models [here](https://platform.openai.com/docs/models#moderation).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, sdk_runtime_types::StringEnum)]
pub enum CreateModerationRequestModel {
    /// `omni-moderation-latest`
    #[default]
    #[api(rename = "omni-moderation-latest")]
    OmniModerationLatest,
    /// `omni-moderation-2024-09-26`
    #[api(rename = "omni-moderation-2024-09-26")]
    OmniModeration20240926,
    /// `text-moderation-latest`
    #[api(rename = "text-moderation-latest")]
    TextModerationLatest,
    /// `text-moderation-stable`
    #[api(rename = "text-moderation-stable")]
    TextModerationStable,
    /// A value this version of the SDK does not know.
    Other(String),
}
/// Represents if a given text input is potentially harmful.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(id, model, results))]
#[non_exhaustive]
pub struct CreateModerationResponse {
    /// The unique identifier for the moderation request.
    #[api(default)]
    pub id: String,
    /// The model used to generate the moderation results.
    #[api(default)]
    pub model: String,
    /// A list of moderation objects.
    #[api(default)]
    pub results: Vec<CreateModerationResponseResult>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[api(new(flagged, categories, category_scores, category_applied_input_types))]
#[non_exhaustive]
pub struct CreateModerationResponseResult {
    /// Whether any of the below categories are flagged.
    #[api(default)]
    pub flagged: bool,
    /// A list of the categories, and whether they are flagged or not.
    #[api(default)]
    pub categories: CreateModerationResponseResultCategories,
    /// A list of the categories along with their scores as predicted by model.
    #[api(default)]
    pub category_scores: CreateModerationResponseResultCategoryScores,
    /// A list of the categories along with the input type(s) that the score applies to.
    #[api(default)]
    pub category_applied_input_types: CreateModerationResponseResultCategoryAppliedInputTypes,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// A list of the categories, and whether they are flagged or not.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[non_exhaustive]
pub struct CreateModerationResponseResultCategories {
    /// Content that expresses, incites, or promotes hate based on race, gender, ethnicity, religion, nationality, sexual orientation, disability status, or caste. Hateful content aimed at non-protected groups (e.g., chess players) is harassment.
    #[api(default)]
    pub hate: bool,
    /// Hateful content that also includes violence or serious harm towards the targeted group based on race, gender, ethnicity, religion, nationality, sexual orientation, disability status, or caste.
    #[api(rename = "hate/threatening", default)]
    pub hate_threatening: bool,
    /// Content that expresses, incites, or promotes harassing language towards any target.
    #[api(default)]
    pub harassment: bool,
    /// Harassment content that also includes violence or serious harm towards any target.
    #[api(rename = "harassment/threatening", default)]
    pub harassment_threatening: bool,
    /// Content that includes instructions or advice that facilitate the planning or execution of wrongdoing, or that gives advice or instruction on how to commit illicit acts. For example, "how to shoplift" would fit this category.
    #[api(nullable)]
    pub illicit: Option<bool>,
    /// Content that includes instructions or advice that facilitate the planning or execution of wrongdoing that also includes violence, or that gives advice or instruction on the procurement of any weapon.
    #[api(rename = "illicit/violent", nullable)]
    pub illicit_violent: Option<bool>,
    /// Content that promotes, encourages, or depicts acts of self-harm, such as suicide, cutting, and eating disorders.
    #[api(rename = "self-harm", default)]
    pub self_harm: bool,
    /// Content where the speaker expresses that they are engaging or intend to engage in acts of self-harm, such as suicide, cutting, and eating disorders.
    #[api(rename = "self-harm/intent", default)]
    pub self_harm_intent: bool,
    /// Content that encourages performing acts of self-harm, such as suicide, cutting, and eating disorders, or that gives instructions or advice on how to commit such acts.
    #[api(rename = "self-harm/instructions", default)]
    pub self_harm_instructions: bool,
    /// Content meant to arouse sexual excitement, such as the description of sexual activity, or that promotes sexual services (excluding sex education and wellness).
    #[api(default)]
    pub sexual: bool,
    /// Sexual content that includes an individual who is under 18 years old.
    #[api(rename = "sexual/minors", default)]
    pub sexual_minors: bool,
    /// Content that depicts death, violence, or physical injury.
    #[api(default)]
    pub violence: bool,
    /// Content that depicts death, violence, or physical injury in graphic detail.
    #[api(rename = "violence/graphic", default)]
    pub violence_graphic: bool,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// A list of the categories along with their scores as predicted by model.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[non_exhaustive]
pub struct CreateModerationResponseResultCategoryScores {
    /// The score for the category 'hate'.
    #[api(default)]
    pub hate: f64,
    /// The score for the category 'hate/threatening'.
    #[api(rename = "hate/threatening", default)]
    pub hate_threatening: f64,
    /// The score for the category 'harassment'.
    #[api(default)]
    pub harassment: f64,
    /// The score for the category 'harassment/threatening'.
    #[api(rename = "harassment/threatening", default)]
    pub harassment_threatening: f64,
    /// The score for the category 'illicit'.
    #[api(default)]
    pub illicit: f64,
    /// The score for the category 'illicit/violent'.
    #[api(rename = "illicit/violent", default)]
    pub illicit_violent: f64,
    /// The score for the category 'self-harm'.
    #[api(rename = "self-harm", default)]
    pub self_harm: f64,
    /// The score for the category 'self-harm/intent'.
    #[api(rename = "self-harm/intent", default)]
    pub self_harm_intent: f64,
    /// The score for the category 'self-harm/instructions'.
    #[api(rename = "self-harm/instructions", default)]
    pub self_harm_instructions: f64,
    /// The score for the category 'sexual'.
    #[api(default)]
    pub sexual: f64,
    /// The score for the category 'sexual/minors'.
    #[api(rename = "sexual/minors", default)]
    pub sexual_minors: f64,
    /// The score for the category 'violence'.
    #[api(default)]
    pub violence: f64,
    /// The score for the category 'violence/graphic'.
    #[api(rename = "violence/graphic", default)]
    pub violence_graphic: f64,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
/// A list of the categories along with the input type(s) that the score applies to.
#[derive(Debug, Clone, PartialEq, Default, sdk_runtime_types::Object)]
#[non_exhaustive]
pub struct CreateModerationResponseResultCategoryAppliedInputTypes {
    /// The applied input type(s) for the category 'hate'.
    #[api(default)]
    pub hate: Vec<TextLiteral>,
    /// The applied input type(s) for the category 'hate/threatening'.
    #[api(rename = "hate/threatening", default)]
    pub hate_threatening: Vec<TextLiteral>,
    /// The applied input type(s) for the category 'harassment'.
    #[api(default)]
    pub harassment: Vec<TextLiteral>,
    /// The applied input type(s) for the category 'harassment/threatening'.
    #[api(rename = "harassment/threatening", default)]
    pub harassment_threatening: Vec<TextLiteral>,
    /// The applied input type(s) for the category 'illicit'.
    #[api(default)]
    pub illicit: Vec<TextLiteral>,
    /// The applied input type(s) for the category 'illicit/violent'.
    #[api(rename = "illicit/violent", default)]
    pub illicit_violent: Vec<TextLiteral>,
    /// The applied input type(s) for the category 'self-harm'.
    #[api(rename = "self-harm", default)]
    pub self_harm: Vec<SearchContentType>,
    /// The applied input type(s) for the category 'self-harm/intent'.
    #[api(rename = "self-harm/intent", default)]
    pub self_harm_intent: Vec<SearchContentType>,
    /// The applied input type(s) for the category 'self-harm/instructions'.
    #[api(rename = "self-harm/instructions", default)]
    pub self_harm_instructions: Vec<SearchContentType>,
    /// The applied input type(s) for the category 'sexual'.
    #[api(default)]
    pub sexual: Vec<SearchContentType>,
    /// The applied input type(s) for the category 'sexual/minors'.
    #[api(rename = "sexual/minors", default)]
    pub sexual_minors: Vec<TextLiteral>,
    /// The applied input type(s) for the category 'violence'.
    #[api(default)]
    pub violence: Vec<SearchContentType>,
    /// The applied input type(s) for the category 'violence/graphic'.
    #[api(rename = "violence/graphic", default)]
    pub violence_graphic: Vec<SearchContentType>,
    /// Properties beyond the declared ones, received or to send.
    #[api(extra)]
    pub extra: sdk_runtime_types::Extra,
}
