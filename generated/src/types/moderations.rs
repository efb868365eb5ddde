//! Types of the `moderations` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreateModerationRequest {
    /// Input (or inputs) to classify. Can be a single string, an array of strings, or
    /// an array of multi-modal input objects similar to other models.
    pub input: CreateModerationRequestInput,
    /// The content moderation model you would like to use. Learn more in
    /// [the moderation guide](/docs/guides/moderation), and learn about
    /// available models [here](/docs/models#moderation).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<CreateModerationRequestModel>,
}
impl CreateModerationRequest {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(input: impl Into<CreateModerationRequestInput>) -> Self {
        Self {
            input: input.into(),
            model: None,
        }
    }
    /// Sets `model`.
    pub fn model(mut self, value: impl Into<CreateModerationRequestModel>) -> Self {
        self.model = Some(value.into());
        self
    }
}
/// Input (or inputs) to classify. Can be a single string, an array of strings, or
/// an array of multi-modal input objects similar to other models.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CreateModerationRequestInput {
    StringList(Vec<String>),
    Variant3ItemList(Vec<CreateModerationRequestInputVariant3Item>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<Vec<String>> for CreateModerationRequestInput {
    fn from(value: Vec<String>) -> Self {
        Self::StringList(value)
    }
}
impl From<Vec<CreateModerationRequestInputVariant3Item>>
for CreateModerationRequestInput {
    fn from(value: Vec<CreateModerationRequestInputVariant3Item>) -> Self {
        Self::Variant3ItemList(value)
    }
}
impl From<String> for CreateModerationRequestInput {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
impl From<&str> for CreateModerationRequestInput {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}
///
/// Told apart by the `type` property.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateModerationRequestInputVariant3Item {
    /// `image_url`
    ImageUrl(CreateModerationRequestInputVariant3ItemImageUrl),
    /// `text`
    Text(CreateModerationRequestInputVariant3ItemText),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for CreateModerationRequestInputVariant3Item {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ImageUrl(value) => value.serialize(serializer),
            Self::Text(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime::de::TaggedUnion for CreateModerationRequestInputVariant3Item {
    const TAG: &'static str = "type";
    fn variant<'de, D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Result<Self, D::Error>, D> {
        Ok(
            match tag {
                "image_url" => Deserialize::deserialize(content).map(Self::ImageUrl),
                "text" => Deserialize::deserialize(content).map(Self::Text),
                _ => return Err(content),
            },
        )
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> Deserialize<'de> for CreateModerationRequestInputVariant3Item {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::tagged(deserializer)
    }
}
impl From<CreateModerationRequestInputVariant3ItemImageUrl>
for CreateModerationRequestInputVariant3Item {
    fn from(value: CreateModerationRequestInputVariant3ItemImageUrl) -> Self {
        Self::ImageUrl(value)
    }
}
impl From<CreateModerationRequestInputVariant3ItemText>
for CreateModerationRequestInputVariant3Item {
    fn from(value: CreateModerationRequestInputVariant3ItemText) -> Self {
        Self::Text(value)
    }
}
/// An object describing an image to classify.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateModerationRequestInputVariant3ItemImageUrl {
    /// Always `image_url`.
    #[serde(rename = "type")]
    pub type_: ImageUrlLiteral,
    /// Contains either an image URL or a data URL for a base64 encoded image.
    #[serde(default)]
    pub image_url: CreateModerationRequestInputVariant3ItemImageUrlImageUrl,
}
impl CreateModerationRequestInputVariant3ItemImageUrl {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        image_url: impl Into<CreateModerationRequestInputVariant3ItemImageUrlImageUrl>,
    ) -> Self {
        Self {
            type_: Default::default(),
            image_url: image_url.into(),
        }
    }
}
/// Contains either an image URL or a data URL for a base64 encoded image.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateModerationRequestInputVariant3ItemImageUrlImageUrl {
    /// Either a URL of the image or the base64 encoded image data.
    #[serde(default)]
    pub url: String,
}
impl CreateModerationRequestInputVariant3ItemImageUrlImageUrl {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(url: impl Into<String>) -> Self {
        Self { url: url.into() }
    }
}
/// An object describing text to classify.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateModerationRequestInputVariant3ItemText {
    /// Always `text`.
    #[serde(rename = "type")]
    pub type_: TextLiteral,
    /// A string of text to classify.
    #[serde(default)]
    pub text: String,
}
impl CreateModerationRequestInputVariant3ItemText {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            text: text.into(),
        }
    }
}
/// The content moderation model you would like to use. Learn more in
/// [the moderation guide](/docs/guides/moderation), and learn about
/// available models [here](/docs/models#moderation).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CreateModerationRequestModel {
    /// `omni-moderation-latest`
    #[default]
    OmniModerationLatest,
    /// `omni-moderation-2024-09-26`
    OmniModeration20240926,
    /// `text-moderation-latest`
    TextModerationLatest,
    /// `text-moderation-stable`
    TextModerationStable,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl CreateModerationRequestModel {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OmniModerationLatest => "omni-moderation-latest",
            Self::OmniModeration20240926 => "omni-moderation-2024-09-26",
            Self::TextModerationLatest => "text-moderation-latest",
            Self::TextModerationStable => "text-moderation-stable",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "omni-moderation-latest" => Self::OmniModerationLatest,
            "omni-moderation-2024-09-26" => Self::OmniModeration20240926,
            "text-moderation-latest" => Self::TextModerationLatest,
            "text-moderation-stable" => Self::TextModerationStable,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str> for CreateModerationRequestModel {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String> for CreateModerationRequestModel {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display for CreateModerationRequestModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for CreateModerationRequestModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for CreateModerationRequestModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
/// Represents if a given text input is potentially harmful.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateModerationResponse {
    /// The unique identifier for the moderation request.
    #[serde(default)]
    pub id: String,
    /// The model used to generate the moderation results.
    #[serde(default)]
    pub model: String,
    /// A list of moderation objects.
    #[serde(default)]
    pub results: Vec<CreateModerationResponseResultsItem>,
}
impl CreateModerationResponse {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        id: impl Into<String>,
        model: impl Into<String>,
        results: impl Into<Vec<CreateModerationResponseResultsItem>>,
    ) -> Self {
        Self {
            id: id.into(),
            model: model.into(),
            results: results.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateModerationResponseResultsItem {
    /// Whether any of the below categories are flagged.
    #[serde(default)]
    pub flagged: bool,
    /// A list of the categories, and whether they are flagged or not.
    #[serde(default)]
    pub categories: CreateModerationResponseResultsItemCategories,
    /// A list of the categories along with their scores as predicted by model.
    #[serde(default)]
    pub category_scores: CreateModerationResponseResultsItemCategoryScores,
    /// A list of the categories along with the input type(s) that the score applies to.
    #[serde(default)]
    pub category_applied_input_types: CreateModerationResponseResultsItemCategoryAppliedInputTypes,
}
impl CreateModerationResponseResultsItem {
    /// A value with the required fields set and the optional ones unset.
    pub fn new(
        flagged: impl Into<bool>,
        categories: impl Into<CreateModerationResponseResultsItemCategories>,
        category_scores: impl Into<CreateModerationResponseResultsItemCategoryScores>,
        category_applied_input_types: impl Into<
            CreateModerationResponseResultsItemCategoryAppliedInputTypes,
        >,
    ) -> Self {
        Self {
            flagged: flagged.into(),
            categories: categories.into(),
            category_scores: category_scores.into(),
            category_applied_input_types: category_applied_input_types.into(),
        }
    }
}
/// A list of the categories, and whether they are flagged or not.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateModerationResponseResultsItemCategories {
    /// Content that expresses, incites, or promotes hate based on race, gender, ethnicity, religion, nationality, sexual orientation, disability status, or caste. Hateful content aimed at non-protected groups (e.g., chess players) is harassment.
    #[serde(default)]
    pub hate: bool,
    /// Hateful content that also includes violence or serious harm towards the targeted group based on race, gender, ethnicity, religion, nationality, sexual orientation, disability status, or caste.
    #[serde(rename = "hate/threatening", default)]
    pub hate_threatening: bool,
    /// Content that expresses, incites, or promotes harassing language towards any target.
    #[serde(default)]
    pub harassment: bool,
    /// Harassment content that also includes violence or serious harm towards any target.
    #[serde(rename = "harassment/threatening", default)]
    pub harassment_threatening: bool,
    pub illicit: Option<bool>,
    #[serde(rename = "illicit/violent")]
    pub illicit_violent: Option<bool>,
    /// Content that promotes, encourages, or depicts acts of self-harm, such as suicide, cutting, and eating disorders.
    #[serde(rename = "self-harm", default)]
    pub self_harm: bool,
    /// Content where the speaker expresses that they are engaging or intend to engage in acts of self-harm, such as suicide, cutting, and eating disorders.
    #[serde(rename = "self-harm/intent", default)]
    pub self_harm_intent: bool,
    /// Content that encourages performing acts of self-harm, such as suicide, cutting, and eating disorders, or that gives instructions or advice on how to commit such acts.
    #[serde(rename = "self-harm/instructions", default)]
    pub self_harm_instructions: bool,
    /// Content meant to arouse sexual excitement, such as the description of sexual activity, or that promotes sexual services (excluding sex education and wellness).
    #[serde(default)]
    pub sexual: bool,
    /// Sexual content that includes an individual who is under 18 years old.
    #[serde(rename = "sexual/minors", default)]
    pub sexual_minors: bool,
    /// Content that depicts death, violence, or physical injury.
    #[serde(default)]
    pub violence: bool,
    /// Content that depicts death, violence, or physical injury in graphic detail.
    #[serde(rename = "violence/graphic", default)]
    pub violence_graphic: bool,
}
impl CreateModerationResponseResultsItemCategories {
    /// Sets `illicit`.
    pub fn illicit(mut self, value: impl Into<bool>) -> Self {
        self.illicit = Some(value.into());
        self
    }
    /// Sets `illicit/violent`.
    pub fn illicit_violent(mut self, value: impl Into<bool>) -> Self {
        self.illicit_violent = Some(value.into());
        self
    }
}
/// A list of the categories along with their scores as predicted by model.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateModerationResponseResultsItemCategoryScores {
    /// The score for the category 'hate'.
    #[serde(default)]
    pub hate: f64,
    /// The score for the category 'hate/threatening'.
    #[serde(rename = "hate/threatening", default)]
    pub hate_threatening: f64,
    /// The score for the category 'harassment'.
    #[serde(default)]
    pub harassment: f64,
    /// The score for the category 'harassment/threatening'.
    #[serde(rename = "harassment/threatening", default)]
    pub harassment_threatening: f64,
    /// The score for the category 'illicit'.
    #[serde(default)]
    pub illicit: f64,
    /// The score for the category 'illicit/violent'.
    #[serde(rename = "illicit/violent", default)]
    pub illicit_violent: f64,
    /// The score for the category 'self-harm'.
    #[serde(rename = "self-harm", default)]
    pub self_harm: f64,
    /// The score for the category 'self-harm/intent'.
    #[serde(rename = "self-harm/intent", default)]
    pub self_harm_intent: f64,
    /// The score for the category 'self-harm/instructions'.
    #[serde(rename = "self-harm/instructions", default)]
    pub self_harm_instructions: f64,
    /// The score for the category 'sexual'.
    #[serde(default)]
    pub sexual: f64,
    /// The score for the category 'sexual/minors'.
    #[serde(rename = "sexual/minors", default)]
    pub sexual_minors: f64,
    /// The score for the category 'violence'.
    #[serde(default)]
    pub violence: f64,
    /// The score for the category 'violence/graphic'.
    #[serde(rename = "violence/graphic", default)]
    pub violence_graphic: f64,
}
impl CreateModerationResponseResultsItemCategoryScores {}
/// A list of the categories along with the input type(s) that the score applies to.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateModerationResponseResultsItemCategoryAppliedInputTypes {
    /// The applied input type(s) for the category 'hate'.
    #[serde(default)]
    pub hate: Vec<TextLiteral>,
    /// The applied input type(s) for the category 'hate/threatening'.
    #[serde(rename = "hate/threatening", default)]
    pub hate_threatening: Vec<TextLiteral>,
    /// The applied input type(s) for the category 'harassment'.
    #[serde(default)]
    pub harassment: Vec<TextLiteral>,
    /// The applied input type(s) for the category 'harassment/threatening'.
    #[serde(rename = "harassment/threatening", default)]
    pub harassment_threatening: Vec<TextLiteral>,
    /// The applied input type(s) for the category 'illicit'.
    #[serde(default)]
    pub illicit: Vec<TextLiteral>,
    /// The applied input type(s) for the category 'illicit/violent'.
    #[serde(rename = "illicit/violent", default)]
    pub illicit_violent: Vec<TextLiteral>,
    /// The applied input type(s) for the category 'self-harm'.
    #[serde(rename = "self-harm", default)]
    pub self_harm: Vec<
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem,
    >,
    /// The applied input type(s) for the category 'self-harm/intent'.
    #[serde(rename = "self-harm/intent", default)]
    pub self_harm_intent: Vec<
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem,
    >,
    /// The applied input type(s) for the category 'self-harm/instructions'.
    #[serde(rename = "self-harm/instructions", default)]
    pub self_harm_instructions: Vec<
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem,
    >,
    /// The applied input type(s) for the category 'sexual'.
    #[serde(default)]
    pub sexual: Vec<
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem,
    >,
    /// The applied input type(s) for the category 'sexual/minors'.
    #[serde(rename = "sexual/minors", default)]
    pub sexual_minors: Vec<TextLiteral>,
    /// The applied input type(s) for the category 'violence'.
    #[serde(default)]
    pub violence: Vec<
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem,
    >,
    /// The applied input type(s) for the category 'violence/graphic'.
    #[serde(rename = "violence/graphic", default)]
    pub violence_graphic: Vec<
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem,
    >,
}
impl CreateModerationResponseResultsItemCategoryAppliedInputTypes {}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem {
    /// `text`
    Text,
    /// `image`
    Image,
    /// A value this version of the SDK does not know.
    Other(String),
}
impl CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::Image => "image",
            Self::Other(value) => value,
        }
    }
    fn from_wire(value: &str) -> Self {
        match value {
            "text" => Self::Text,
            "image" => Self::Image,
            other => Self::Other(other.to_owned()),
        }
    }
}
impl From<&str>
for CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem {
    fn from(value: &str) -> Self {
        Self::from_wire(value)
    }
}
impl From<String>
for CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem {
    fn from(value: String) -> Self {
        Self::from_wire(&value)
    }
}
impl std::fmt::Display
for CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize
for CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de>
for CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime::de::string_enum(deserializer, Self::from_wire)
    }
}
impl Default
for CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem {
    fn default() -> Self {
        Self::Other(String::new())
    }
}
