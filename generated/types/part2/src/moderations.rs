//! Types of the `moderations` feature, some shared with others.
#[allow(unused_imports)]
use super::*;
use serde::{Deserialize, Serialize};
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateModerationRequest {
    /// Input (or inputs) to classify. Can be a single string, an array of strings, or
    /// an array of multi-modal input objects similar to other models.
    pub input: CreateModerationRequestInput,
    /// The content moderation model you would like to use. Learn more in
    /// [the moderation guide](https://platform.openai.com/docs/guides/moderation), and learn about
    /// available models [here](https://platform.openai.com/docs/models#moderation).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<CreateModerationRequestModel>,
}
impl sdk_runtime_types::de::Object for CreateModerationRequest {
    const NAME: &'static str = "CreateModerationRequest";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut input: Option<CreateModerationRequestInput> = None;
        let mut model: Option<CreateModerationRequestModel> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "input" => 0,
                    "model" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut input),
                1 => sdk_runtime_types::de::nullable(&mut map, &mut model),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            input: sdk_runtime_types::de::required::<_, A::Error>(input, "input")?,
            model,
        })
    }
}
impl<'de> Deserialize<'de> for CreateModerationRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateModerationRequest {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
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
    ItemList(Vec<CreateModerationRequestInputItem>),
    String(String),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Other(serde_json::Value),
}
impl From<Vec<String>> for CreateModerationRequestInput {
    fn from(value: Vec<String>) -> Self {
        Self::StringList(value)
    }
}
impl From<Vec<CreateModerationRequestInputItem>> for CreateModerationRequestInput {
    fn from(value: Vec<CreateModerationRequestInputItem>) -> Self {
        Self::ItemList(value)
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
pub enum CreateModerationRequestInputItem {
    /// `image_url`
    ImageUrl(CreateModerationRequestInputItemImageUrl),
    /// `text`
    Text(CreateModerationRequestInputItemText),
    /// A value this version of the SDK does not recognize, kept as JSON.
    Unknown(serde_json::Value),
}
impl Serialize for CreateModerationRequestInputItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ImageUrl(value) => value.serialize(serializer),
            Self::Text(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}
impl sdk_runtime_types::de::TaggedUnion for CreateModerationRequestInputItem {
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
impl<'de> Deserialize<'de> for CreateModerationRequestInputItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::tagged(deserializer)
    }
}
impl From<CreateModerationRequestInputItemImageUrl>
for CreateModerationRequestInputItem {
    fn from(value: CreateModerationRequestInputItemImageUrl) -> Self {
        Self::ImageUrl(value)
    }
}
impl From<CreateModerationRequestInputItemText> for CreateModerationRequestInputItem {
    fn from(value: CreateModerationRequestInputItemText) -> Self {
        Self::Text(value)
    }
}
/// An object describing an image to classify.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateModerationRequestInputItemImageUrl {
    /// Always `image_url`.
    #[serde(rename = "type")]
    pub type_: ImageUrlLiteral,
    /// Contains either an image URL or a data URL for a base64 encoded image.
    pub image_url: CreateModerationRequestInputItemImageUrlImageUrl,
}
impl sdk_runtime_types::de::Object for CreateModerationRequestInputItemImageUrl {
    const NAME: &'static str = "CreateModerationRequestInputItemImageUrl";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<ImageUrlLiteral> = None;
        let mut image_url: Option<CreateModerationRequestInputItemImageUrlImageUrl> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "image_url" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut image_url),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            image_url: image_url.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for CreateModerationRequestInputItemImageUrl {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateModerationRequestInputItemImageUrl {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        image_url: impl Into<CreateModerationRequestInputItemImageUrlImageUrl>,
    ) -> Self {
        Self {
            type_: Default::default(),
            image_url: image_url.into(),
        }
    }
}
/// Contains either an image URL or a data URL for a base64 encoded image.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateModerationRequestInputItemImageUrlImageUrl {
    /// Either a URL of the image or the base64 encoded image data.
    pub url: String,
}
impl sdk_runtime_types::de::Object for CreateModerationRequestInputItemImageUrlImageUrl {
    const NAME: &'static str = "CreateModerationRequestInputItemImageUrlImageUrl";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut url: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "url" => 0,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut url),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            url: url.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for CreateModerationRequestInputItemImageUrlImageUrl {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateModerationRequestInputItemImageUrlImageUrl {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(url: impl Into<String>) -> Self {
        Self { url: url.into() }
    }
}
/// An object describing text to classify.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CreateModerationRequestInputItemText {
    /// Always `text`.
    #[serde(rename = "type")]
    pub type_: TextLiteral,
    /// A string of text to classify.
    pub text: String,
}
impl sdk_runtime_types::de::Object for CreateModerationRequestInputItemText {
    const NAME: &'static str = "CreateModerationRequestInputItemText";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<TextLiteral> = None;
        let mut text: Option<String> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "type" => 0,
                    "text" => 1,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut type_),
                1 => sdk_runtime_types::de::value(&mut map, &mut text),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            type_: sdk_runtime_types::de::required::<_, A::Error>(type_, "type")?,
            text: text.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for CreateModerationRequestInputItemText {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateModerationRequestInputItemText {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            type_: Default::default(),
            text: text.into(),
        }
    }
}
/// The content moderation model you would like to use. Learn more in
/// [the moderation guide](https://platform.openai.com/docs/guides/moderation), and learn about
/// available models [here](https://platform.openai.com/docs/models#moderation).
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
    #[inline]
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
        sdk_runtime_types::de::string_enum(deserializer, Self::from_wire)
    }
}
/// Represents if a given text input is potentially harmful.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CreateModerationResponse {
    /// The unique identifier for the moderation request.
    pub id: String,
    /// The model used to generate the moderation results.
    pub model: String,
    /// A list of moderation objects.
    pub results: Vec<CreateModerationResponseResult>,
}
impl sdk_runtime_types::de::Object for CreateModerationResponse {
    const NAME: &'static str = "CreateModerationResponse";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut model: Option<String> = None;
        let mut results: Option<Vec<CreateModerationResponseResult>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "id" => 0,
                    "model" => 1,
                    "results" => 2,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut id),
                1 => sdk_runtime_types::de::value(&mut map, &mut model),
                2 => sdk_runtime_types::de::value(&mut map, &mut results),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            id: id.unwrap_or_default(),
            model: model.unwrap_or_default(),
            results: results.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for CreateModerationResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateModerationResponse {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        model: impl Into<String>,
        results: impl Into<Vec<CreateModerationResponseResult>>,
    ) -> Self {
        Self {
            id: id.into(),
            model: model.into(),
            results: results.into(),
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CreateModerationResponseResult {
    /// Whether any of the below categories are flagged.
    pub flagged: bool,
    /// A list of the categories, and whether they are flagged or not.
    pub categories: CreateModerationResponseResultCategories,
    /// A list of the categories along with their scores as predicted by model.
    pub category_scores: CreateModerationResponseResultCategoryScores,
    /// A list of the categories along with the input type(s) that the score applies to.
    pub category_applied_input_types: CreateModerationResponseResultCategoryAppliedInputTypes,
}
impl sdk_runtime_types::de::Object for CreateModerationResponseResult {
    const NAME: &'static str = "CreateModerationResponseResult";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut flagged: Option<bool> = None;
        let mut categories: Option<CreateModerationResponseResultCategories> = None;
        let mut category_scores: Option<CreateModerationResponseResultCategoryScores> = None;
        let mut category_applied_input_types: Option<
            CreateModerationResponseResultCategoryAppliedInputTypes,
        > = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "flagged" => 0,
                    "categories" => 1,
                    "category_scores" => 2,
                    "category_applied_input_types" => 3,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut flagged),
                1 => sdk_runtime_types::de::value(&mut map, &mut categories),
                2 => sdk_runtime_types::de::value(&mut map, &mut category_scores),
                3 => {
                    sdk_runtime_types::de::value(
                        &mut map,
                        &mut category_applied_input_types,
                    )
                }
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            flagged: flagged.unwrap_or_default(),
            categories: categories.unwrap_or_default(),
            category_scores: category_scores.unwrap_or_default(),
            category_applied_input_types: category_applied_input_types
                .unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for CreateModerationResponseResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateModerationResponseResult {
    /// A value with the required fields set and the optional ones unset.
    #[inline]
    pub fn new(
        flagged: impl Into<bool>,
        categories: impl Into<CreateModerationResponseResultCategories>,
        category_scores: impl Into<CreateModerationResponseResultCategoryScores>,
        category_applied_input_types: impl Into<
            CreateModerationResponseResultCategoryAppliedInputTypes,
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CreateModerationResponseResultCategories {
    /// Content that expresses, incites, or promotes hate based on race, gender, ethnicity, religion, nationality, sexual orientation, disability status, or caste. Hateful content aimed at non-protected groups (e.g., chess players) is harassment.
    pub hate: bool,
    /// Hateful content that also includes violence or serious harm towards the targeted group based on race, gender, ethnicity, religion, nationality, sexual orientation, disability status, or caste.
    #[serde(rename = "hate/threatening")]
    pub hate_threatening: bool,
    /// Content that expresses, incites, or promotes harassing language towards any target.
    pub harassment: bool,
    /// Harassment content that also includes violence or serious harm towards any target.
    #[serde(rename = "harassment/threatening")]
    pub harassment_threatening: bool,
    pub illicit: Option<bool>,
    #[serde(rename = "illicit/violent")]
    pub illicit_violent: Option<bool>,
    /// Content that promotes, encourages, or depicts acts of self-harm, such as suicide, cutting, and eating disorders.
    #[serde(rename = "self-harm")]
    pub self_harm: bool,
    /// Content where the speaker expresses that they are engaging or intend to engage in acts of self-harm, such as suicide, cutting, and eating disorders.
    #[serde(rename = "self-harm/intent")]
    pub self_harm_intent: bool,
    /// Content that encourages performing acts of self-harm, such as suicide, cutting, and eating disorders, or that gives instructions or advice on how to commit such acts.
    #[serde(rename = "self-harm/instructions")]
    pub self_harm_instructions: bool,
    /// Content meant to arouse sexual excitement, such as the description of sexual activity, or that promotes sexual services (excluding sex education and wellness).
    pub sexual: bool,
    /// Sexual content that includes an individual who is under 18 years old.
    #[serde(rename = "sexual/minors")]
    pub sexual_minors: bool,
    /// Content that depicts death, violence, or physical injury.
    pub violence: bool,
    /// Content that depicts death, violence, or physical injury in graphic detail.
    #[serde(rename = "violence/graphic")]
    pub violence_graphic: bool,
}
impl sdk_runtime_types::de::Object for CreateModerationResponseResultCategories {
    const NAME: &'static str = "CreateModerationResponseResultCategories";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut hate: Option<bool> = None;
        let mut hate_threatening: Option<bool> = None;
        let mut harassment: Option<bool> = None;
        let mut harassment_threatening: Option<bool> = None;
        let mut illicit: Option<bool> = None;
        let mut illicit_violent: Option<bool> = None;
        let mut self_harm: Option<bool> = None;
        let mut self_harm_intent: Option<bool> = None;
        let mut self_harm_instructions: Option<bool> = None;
        let mut sexual: Option<bool> = None;
        let mut sexual_minors: Option<bool> = None;
        let mut violence: Option<bool> = None;
        let mut violence_graphic: Option<bool> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "hate" => 0,
                    "hate/threatening" => 1,
                    "harassment" => 2,
                    "harassment/threatening" => 3,
                    "illicit" => 4,
                    "illicit/violent" => 5,
                    "self-harm" => 6,
                    "self-harm/intent" => 7,
                    "self-harm/instructions" => 8,
                    "sexual" => 9,
                    "sexual/minors" => 10,
                    "violence" => 11,
                    "violence/graphic" => 12,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut hate),
                1 => sdk_runtime_types::de::value(&mut map, &mut hate_threatening),
                2 => sdk_runtime_types::de::value(&mut map, &mut harassment),
                3 => sdk_runtime_types::de::value(&mut map, &mut harassment_threatening),
                4 => sdk_runtime_types::de::nullable(&mut map, &mut illicit),
                5 => sdk_runtime_types::de::nullable(&mut map, &mut illicit_violent),
                6 => sdk_runtime_types::de::value(&mut map, &mut self_harm),
                7 => sdk_runtime_types::de::value(&mut map, &mut self_harm_intent),
                8 => sdk_runtime_types::de::value(&mut map, &mut self_harm_instructions),
                9 => sdk_runtime_types::de::value(&mut map, &mut sexual),
                10 => sdk_runtime_types::de::value(&mut map, &mut sexual_minors),
                11 => sdk_runtime_types::de::value(&mut map, &mut violence),
                12 => sdk_runtime_types::de::value(&mut map, &mut violence_graphic),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            hate: hate.unwrap_or_default(),
            hate_threatening: hate_threatening.unwrap_or_default(),
            harassment: harassment.unwrap_or_default(),
            harassment_threatening: harassment_threatening.unwrap_or_default(),
            illicit,
            illicit_violent,
            self_harm: self_harm.unwrap_or_default(),
            self_harm_intent: self_harm_intent.unwrap_or_default(),
            self_harm_instructions: self_harm_instructions.unwrap_or_default(),
            sexual: sexual.unwrap_or_default(),
            sexual_minors: sexual_minors.unwrap_or_default(),
            violence: violence.unwrap_or_default(),
            violence_graphic: violence_graphic.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for CreateModerationResponseResultCategories {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateModerationResponseResultCategories {
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CreateModerationResponseResultCategoryScores {
    /// The score for the category 'hate'.
    pub hate: f64,
    /// The score for the category 'hate/threatening'.
    #[serde(rename = "hate/threatening")]
    pub hate_threatening: f64,
    /// The score for the category 'harassment'.
    pub harassment: f64,
    /// The score for the category 'harassment/threatening'.
    #[serde(rename = "harassment/threatening")]
    pub harassment_threatening: f64,
    /// The score for the category 'illicit'.
    pub illicit: f64,
    /// The score for the category 'illicit/violent'.
    #[serde(rename = "illicit/violent")]
    pub illicit_violent: f64,
    /// The score for the category 'self-harm'.
    #[serde(rename = "self-harm")]
    pub self_harm: f64,
    /// The score for the category 'self-harm/intent'.
    #[serde(rename = "self-harm/intent")]
    pub self_harm_intent: f64,
    /// The score for the category 'self-harm/instructions'.
    #[serde(rename = "self-harm/instructions")]
    pub self_harm_instructions: f64,
    /// The score for the category 'sexual'.
    pub sexual: f64,
    /// The score for the category 'sexual/minors'.
    #[serde(rename = "sexual/minors")]
    pub sexual_minors: f64,
    /// The score for the category 'violence'.
    pub violence: f64,
    /// The score for the category 'violence/graphic'.
    #[serde(rename = "violence/graphic")]
    pub violence_graphic: f64,
}
impl sdk_runtime_types::de::Object for CreateModerationResponseResultCategoryScores {
    const NAME: &'static str = "CreateModerationResponseResultCategoryScores";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut hate: Option<f64> = None;
        let mut hate_threatening: Option<f64> = None;
        let mut harassment: Option<f64> = None;
        let mut harassment_threatening: Option<f64> = None;
        let mut illicit: Option<f64> = None;
        let mut illicit_violent: Option<f64> = None;
        let mut self_harm: Option<f64> = None;
        let mut self_harm_intent: Option<f64> = None;
        let mut self_harm_instructions: Option<f64> = None;
        let mut sexual: Option<f64> = None;
        let mut sexual_minors: Option<f64> = None;
        let mut violence: Option<f64> = None;
        let mut violence_graphic: Option<f64> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "hate" => 0,
                    "hate/threatening" => 1,
                    "harassment" => 2,
                    "harassment/threatening" => 3,
                    "illicit" => 4,
                    "illicit/violent" => 5,
                    "self-harm" => 6,
                    "self-harm/intent" => 7,
                    "self-harm/instructions" => 8,
                    "sexual" => 9,
                    "sexual/minors" => 10,
                    "violence" => 11,
                    "violence/graphic" => 12,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut hate),
                1 => sdk_runtime_types::de::value(&mut map, &mut hate_threatening),
                2 => sdk_runtime_types::de::value(&mut map, &mut harassment),
                3 => sdk_runtime_types::de::value(&mut map, &mut harassment_threatening),
                4 => sdk_runtime_types::de::value(&mut map, &mut illicit),
                5 => sdk_runtime_types::de::value(&mut map, &mut illicit_violent),
                6 => sdk_runtime_types::de::value(&mut map, &mut self_harm),
                7 => sdk_runtime_types::de::value(&mut map, &mut self_harm_intent),
                8 => sdk_runtime_types::de::value(&mut map, &mut self_harm_instructions),
                9 => sdk_runtime_types::de::value(&mut map, &mut sexual),
                10 => sdk_runtime_types::de::value(&mut map, &mut sexual_minors),
                11 => sdk_runtime_types::de::value(&mut map, &mut violence),
                12 => sdk_runtime_types::de::value(&mut map, &mut violence_graphic),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            hate: hate.unwrap_or_default(),
            hate_threatening: hate_threatening.unwrap_or_default(),
            harassment: harassment.unwrap_or_default(),
            harassment_threatening: harassment_threatening.unwrap_or_default(),
            illicit: illicit.unwrap_or_default(),
            illicit_violent: illicit_violent.unwrap_or_default(),
            self_harm: self_harm.unwrap_or_default(),
            self_harm_intent: self_harm_intent.unwrap_or_default(),
            self_harm_instructions: self_harm_instructions.unwrap_or_default(),
            sexual: sexual.unwrap_or_default(),
            sexual_minors: sexual_minors.unwrap_or_default(),
            violence: violence.unwrap_or_default(),
            violence_graphic: violence_graphic.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for CreateModerationResponseResultCategoryScores {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateModerationResponseResultCategoryScores {}
/// A list of the categories along with the input type(s) that the score applies to.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CreateModerationResponseResultCategoryAppliedInputTypes {
    /// The applied input type(s) for the category 'hate'.
    pub hate: Vec<TextLiteral>,
    /// The applied input type(s) for the category 'hate/threatening'.
    #[serde(rename = "hate/threatening")]
    pub hate_threatening: Vec<TextLiteral>,
    /// The applied input type(s) for the category 'harassment'.
    pub harassment: Vec<TextLiteral>,
    /// The applied input type(s) for the category 'harassment/threatening'.
    #[serde(rename = "harassment/threatening")]
    pub harassment_threatening: Vec<TextLiteral>,
    /// The applied input type(s) for the category 'illicit'.
    pub illicit: Vec<TextLiteral>,
    /// The applied input type(s) for the category 'illicit/violent'.
    #[serde(rename = "illicit/violent")]
    pub illicit_violent: Vec<TextLiteral>,
    /// The applied input type(s) for the category 'self-harm'.
    #[serde(rename = "self-harm")]
    pub self_harm: Vec<SearchContentType>,
    /// The applied input type(s) for the category 'self-harm/intent'.
    #[serde(rename = "self-harm/intent")]
    pub self_harm_intent: Vec<SearchContentType>,
    /// The applied input type(s) for the category 'self-harm/instructions'.
    #[serde(rename = "self-harm/instructions")]
    pub self_harm_instructions: Vec<SearchContentType>,
    /// The applied input type(s) for the category 'sexual'.
    pub sexual: Vec<SearchContentType>,
    /// The applied input type(s) for the category 'sexual/minors'.
    #[serde(rename = "sexual/minors")]
    pub sexual_minors: Vec<TextLiteral>,
    /// The applied input type(s) for the category 'violence'.
    pub violence: Vec<SearchContentType>,
    /// The applied input type(s) for the category 'violence/graphic'.
    #[serde(rename = "violence/graphic")]
    pub violence_graphic: Vec<SearchContentType>,
}
impl sdk_runtime_types::de::Object
for CreateModerationResponseResultCategoryAppliedInputTypes {
    const NAME: &'static str = "CreateModerationResponseResultCategoryAppliedInputTypes";
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut hate: Option<Vec<TextLiteral>> = None;
        let mut hate_threatening: Option<Vec<TextLiteral>> = None;
        let mut harassment: Option<Vec<TextLiteral>> = None;
        let mut harassment_threatening: Option<Vec<TextLiteral>> = None;
        let mut illicit: Option<Vec<TextLiteral>> = None;
        let mut illicit_violent: Option<Vec<TextLiteral>> = None;
        let mut self_harm: Option<Vec<SearchContentType>> = None;
        let mut self_harm_intent: Option<Vec<SearchContentType>> = None;
        let mut self_harm_instructions: Option<Vec<SearchContentType>> = None;
        let mut sexual: Option<Vec<SearchContentType>> = None;
        let mut sexual_minors: Option<Vec<TextLiteral>> = None;
        let mut violence: Option<Vec<SearchContentType>> = None;
        let mut violence_graphic: Option<Vec<SearchContentType>> = None;
        while let Some(field) = map
            .next_key_seed(
                sdk_runtime_types::de::Key(|key: &str| match key {
                    "hate" => 0,
                    "hate/threatening" => 1,
                    "harassment" => 2,
                    "harassment/threatening" => 3,
                    "illicit" => 4,
                    "illicit/violent" => 5,
                    "self-harm" => 6,
                    "self-harm/intent" => 7,
                    "self-harm/instructions" => 8,
                    "sexual" => 9,
                    "sexual/minors" => 10,
                    "violence" => 11,
                    "violence/graphic" => 12,
                    _ => usize::MAX,
                }),
            )?
        {
            let read = match field {
                0 => sdk_runtime_types::de::value(&mut map, &mut hate),
                1 => sdk_runtime_types::de::value(&mut map, &mut hate_threatening),
                2 => sdk_runtime_types::de::value(&mut map, &mut harassment),
                3 => sdk_runtime_types::de::value(&mut map, &mut harassment_threatening),
                4 => sdk_runtime_types::de::value(&mut map, &mut illicit),
                5 => sdk_runtime_types::de::value(&mut map, &mut illicit_violent),
                6 => sdk_runtime_types::de::value(&mut map, &mut self_harm),
                7 => sdk_runtime_types::de::value(&mut map, &mut self_harm_intent),
                8 => sdk_runtime_types::de::value(&mut map, &mut self_harm_instructions),
                9 => sdk_runtime_types::de::value(&mut map, &mut sexual),
                10 => sdk_runtime_types::de::value(&mut map, &mut sexual_minors),
                11 => sdk_runtime_types::de::value(&mut map, &mut violence),
                12 => sdk_runtime_types::de::value(&mut map, &mut violence_graphic),
                _ => sdk_runtime_types::de::skip(&mut map),
            };
            read?;
        }
        Ok(Self {
            hate: hate.unwrap_or_default(),
            hate_threatening: hate_threatening.unwrap_or_default(),
            harassment: harassment.unwrap_or_default(),
            harassment_threatening: harassment_threatening.unwrap_or_default(),
            illicit: illicit.unwrap_or_default(),
            illicit_violent: illicit_violent.unwrap_or_default(),
            self_harm: self_harm.unwrap_or_default(),
            self_harm_intent: self_harm_intent.unwrap_or_default(),
            self_harm_instructions: self_harm_instructions.unwrap_or_default(),
            sexual: sexual.unwrap_or_default(),
            sexual_minors: sexual_minors.unwrap_or_default(),
            violence: violence.unwrap_or_default(),
            violence_graphic: violence_graphic.unwrap_or_default(),
        })
    }
}
impl<'de> Deserialize<'de> for CreateModerationResponseResultCategoryAppliedInputTypes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_runtime_types::de::object(deserializer)
    }
}
impl CreateModerationResponseResultCategoryAppliedInputTypes {}
